/**
 * Three invented news articles (statements, session 15, helper s28), written before any fix and
 * scored at first sight: wire copy whose lede ends "…, the company said Tuesday"; a body apposed to a
 * hyphenated "-based" adjective, then "The company said"; a hyphenated figure opening a sentence
 * ("Pre-tax profit fell …") before "The group blamed …"; a named body with the head noun "local"
 * and a which-clause; a witness and a judge whose he/she follow their own statement, not a person
 * named inside it; "Mr Justice X ruled on Friday that …"; and a sentence in the article's own voice
 * whose quote belongs to a relative clause nested in the subject's. Same format and labelling rule as
 * statement-blind.fixture.ts. Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s28`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S28_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — wire copy on a maker's results: a "-based" apposition, a hyphenated figure, a union local.
  {
    name: 'pump-maker-results',
    body: [
      `ORLEN, May 12 (Coastwire) — Brannock Pumps, which makes pumps for water utilities, will close its Tilby plant after demand weakened, the company said Tuesday.`,
      `Its rival Quell Hydraulics, the Derby-based valve maker, reported steady sales.`,
      `The company said its order book was full until June.`,
      ``,
      `Year-end profit at Brannock fell to €9m.`,
      `The group blamed the drop on what it called “a very wet spring”.`,
      `The Tilby Machinists local, which represents 230 workers, said it had not been consulted.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Brannock Pumps', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'Quell Hydraulics', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Brannock Pumps|Brannock', cue: 'direct', who: 'organisation' },
      { at: '2.3', speaker: 'Tilby Machinists|Tilby Machinists local', cue: 'reported', who: 'organisation' },
    ],
  },
  // 2 — a fraud trial: the defendant's he after his own statement that names another man.
  {
    name: 'harbour-fraud-trial',
    body: [
      `Owen Marsh, 47, denies paying bribes to a harbour official, Neil Carver.`,
      `Prosecutors say the payments ran for three years.`,
      ``,
      `Giving evidence on Wednesday, he said his meetings with Mr Carver had been about moorings.`,
      `“I saw Neil because he held the berth list,” he told the jury.`,
      ``,
      `Mr Justice Holt ruled on Friday that the bank records could be shown to the jury.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Owen Marsh', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: 'Prosecutors', cue: 'reported', who: 'group' },
      { at: '2.1', speaker: 'Owen Marsh', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Owen Marsh', cue: 'direct', who: 'person' },
      // 3.1: a ruling, a decision in the article's own voice as the blind sets label every ruling and order
      // (31, 37, 41, 47, 51; issue 10: a decision is no quote); relabelled in session 27.
    ],
  },
  // 3 — a libel claim: own voice with a quote inside a nested relative clause; a judge's "she wrote".
  {
    name: 'cafe-libel-claim',
    body: [
      `A cafe owner who sued a blogger over a post that called her scones “little rocks” has lost her case.`,
      `Rhona Vale, 58, had sought £20,000 from Tess Hardy.`,
      ``,
      `Judge Alison Crane heard the claim in March.`,
      `In her judgment, the judge said the sales figures Ms Vale produced did not show any loss.`,
      `“Trade at the cafe had been falling before the post appeared,” she wrote.`,
    ].join('\n'),
    gold: [
      { at: '2.2', speaker: 'Alison Crane|Crane', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'Alison Crane|Crane', cue: 'direct', who: 'person' },
    ],
  },
];
