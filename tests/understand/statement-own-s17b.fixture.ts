/**
 * Four more invented news articles (statements, session 11, helper s17), written after the first
 * fixes of the round but before looking at how the extractor reads them, because the first fresh
 * set (own-s17) was used while debugging those fixes and so no longer measures carry. Kinds: a
 * body named in the article's own voice and then described by its trade or called "it", a place
 * named between, a long name shortened, a woman and a man each referred to by pronoun. Same
 * format and labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s17b`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S17B_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a food producer fined; a town named before "it"; an inspector and the firm's lawyer.
  {
    name: 'cheese-fine',
    body: [
      `Ostlin Dairy Products was fined £85,000 on Friday after listeria was found at its creamery in Pemberdale.`,
      `The cheesemaker had admitted two breaches of food hygiene law at an earlier hearing.`,
      ``,
      `Pemberdale is home to about 9,000 people.`,
      `The inspector who visited the site, Carys Odell, told magistrates that mould had been growing on a cooling pipe.`,
      `She said the firm had ignored three written warnings.`,
      ``,
      `Mark Quade, for the company, said it had spent £400,000 on new equipment since the outbreak.`,
      `He said no illness had been linked to its cheese.`,
    ].join('\n'),
    gold: [
      // 1.2 ("had admitted two breaches of food hygiene law") is a plea, the article's own voice, as the
      // blind sets label every plea to offences with no clause (6, 28, 40, 47, 48, 52, 53); relabelled in session 27.
      { at: '2.2', speaker: 'Carys Odell', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'Carys Odell', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Mark Quade', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Mark Quade', cue: 'reported', who: 'person' },
    ],
  },
  // 2 — a charity's appeal: the long name, then "the charity" and "it", a city between.
  {
    name: 'hospice-appeal',
    body: [
      `The Varnley and District Hospice Trust needs to raise £2 million by the end of the year to keep its 12 beds open, it said on Monday.`,
      `The charity said the cost of nursing had risen by a fifth since 2022.`,
      ``,
      `Varnley's council leader, Ian Burrage, said the city would help to find the money.`,
      `Varnley lost its only other hospice in 2019.`,
      `The hospice has cared for more than 4,000 patients since it opened, it said.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Varnley and District Hospice Trust|hospice trust', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Varnley and District Hospice Trust|hospice trust', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Ian Burrage', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'Varnley and District Hospice Trust|hospice trust', cue: 'reported', who: 'organisation' },
    ],
  },
  // 3 — a cycling race: a woman and a man, pronouns after each, a team described by its sponsor's trade.
  {
    name: 'cycle-race',
    body: [
      `Linnet Thackery won the Kelmarsh Classic on Sunday, finishing 40 seconds ahead of Paul Ingleby.`,
      `She said the final climb had been "the hardest ten minutes of my life".`,
      `Ingleby, who won the race in 2023, said he had punctured twice.`,
      `He said he would ride again next year.`,
      ``,
      `Thackery rides for Dunstall Racing, a team backed by the bicycle maker Yorvane.`,
      `The manufacturer said it would give her a new contract.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Linnet Thackery', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Paul Ingleby', cue: 'reported', who: 'person' },
      { at: '1.4', speaker: 'Paul Ingleby', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Yorvane', cue: 'reported', who: 'organisation' },
    ],
  },
  // 4 — a takeover: two companies, one named only in own voice, "the brewer" and "the buyer".
  {
    name: 'brewery-takeover',
    body: [
      `Halsted Brewing Company has agreed to buy the family-owned Mirefield Ales for £31 million.`,
      `Mirefield, founded in 1868, owns 45 pubs across the Cressing valley.`,
      ``,
      `The brewer's chairman, Anne Wolsey, said the family had decided to sell after no one in the next generation wanted to run it.`,
      `Halsted said it would keep all 45 pubs open and retain the Mirefield name.`,
      `The buyer's chief executive, Tom Caddick, said the deal would "double our presence in the north".`,
      `He added that no jobs would be lost.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Anne Wolsey', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Halsted Brewing Company|Halsted', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'Tom Caddick', cue: 'reported', who: 'person' },
      { at: '2.4', speaker: 'Tom Caddick', cue: 'reported', who: 'person' },
    ],
  },
];
