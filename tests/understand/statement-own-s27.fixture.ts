/**
 * Three invented news articles (statements, session 15, helper s27), written before any fix and
 * scored at first sight: a role "to/of the inquiry" with an apposed name ("Counsel to the inquiry,
 * X, said"), a role apposed to a description and then a name ("The chair of the inquiry, the former
 * engineer X, said"), "according to the group's operations director, X"; a named body with a head
 * noun and a which-clause ("The X Workers branch, which …, said"); a group with a participle modifier
 * ("Drivers finishing the early round said"); he/she after a speaker whose sentence names another
 * person as an object; a judge titled "Lady/Mr Justice X" who "ruled that", and a later "the judge
 * said"; "blamed the fall on what it called “…”" after sentences that open with a capitalised common
 * word; and the present tense "calls it “…”". Same format and labelling rule as
 * statement-blind.fixture.ts ("called it 'x'" with a quoted fragment is direct). Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s27`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S27_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a public inquiry: roles with apposed names, a judge, a witness's pronouns.
  {
    name: 'tunnel-inquiry',
    body: [
      `A public inquiry into the collapse of the Belmore rail tunnel opened in Carlow on Monday.`,
      `Counsel to the inquiry, Priya Nandakumar, said the lining had been inspected only twice in ten years.`,
      `The chair of the inquiry, the former engineer Sir Malcolm Dunne, said he would publish an interim report in May.`,
      ``,
      `Lady Justice Arlow ruled that the contractor's site records must be disclosed.`,
      `The contractor, Kestrel Civil, had argued that the files were confidential.`,
      `The judge said the public interest outweighed any commercial harm.`,
      ``,
      `The site foreman, Karl Obi, was the first witness.`,
      `Giving evidence, he said his phone calls with Dean Rusk had been about overtime.`,
      `“I rang Dean because he ran the rota,” he told the inquiry.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Priya Nandakumar', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Malcolm Dunne', cue: 'reported', who: 'person' },
      // 2.1: a ruling, a decision in the article's own voice as the blind sets label every ruling and order
      // (31, 37, 41, 47, 51; issue 10: a decision is no quote); relabelled in session 27.
      { at: '2.2', speaker: 'Kestrel Civil', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'Justice Arlow|Arlow', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Karl Obi', cue: 'reported', who: 'person' },
      { at: '3.3', speaker: 'Karl Obi', cue: 'direct', who: 'person' },
    ],
  },
  // 2 — a brewer's results: "blamed … on what it called", an apposed director, a named branch, a group with a participle.
  {
    name: 'brewery-results',
    body: [
      `Hallam Brewing Group's annual profit fell by 14%, to £31m.`,
      `Turnover slipped to £402m, and net debt rose by a fifth.`,
      `The group blamed the fall on what it called “a summer that never arrived”.`,
      ``,
      `The cuts will be felt hardest at the Dunmere site, according to the group's operations director, Fenella Rowe.`,
      `The Dunmere Brewery Workers branch, which has 340 members, said it would seek urgent talks.`,
      `Drivers finishing the early round said they had been told nothing.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Hallam Brewing Group|group', cue: 'direct', who: 'organisation' },
      { at: '2.1', speaker: 'Fenella Rowe', cue: 'according-to', who: 'person' },
      { at: '2.2', speaker: 'Dunmere Brewery Workers|Dunmere Brewery Workers branch', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'Drivers', cue: 'reported', who: 'group' },
    ],
  },
  // 3 — an orchestra and a football match: "calls it “…”"; "admitted" then "He said" after a player named before.
  {
    name: 'season-openers',
    body: [
      `The Ravelstone Symphony Orchestra will open its season with a new work by Tomas Ek.`,
      `Principal conductor Ines Carvalho, who will lead the premiere, calls it “a mountain with no path up it”.`,
      `The score runs to 600 pages.`,
      ``,
      `Ravelstone Rovers, managed by Dan Okafor, lost 3-0 at home to Pelham on Saturday.`,
      `Their captain, Joe Harker, was sent off after 20 minutes.`,
      `Okafor admitted his players had been second best all afternoon.`,
      `He said the red card had changed the game.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Ines Carvalho', cue: 'direct', who: 'person' },
      { at: '2.3', speaker: 'Dan Okafor|Okafor', cue: 'reported', who: 'person' },
      { at: '2.4', speaker: 'Dan Okafor|Okafor', cue: 'reported', who: 'person' },
    ],
  },
];
