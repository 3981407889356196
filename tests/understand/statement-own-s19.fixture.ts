/**
 * Four invented news articles (statements, session 12, helper s19), written before looking at how
 * the extractor reads them, for the subject readings of issue 10 that the unseen sets still miss:
 * a name with an age and an apposition that holds a relative clause before the verb (and the
 * pronoun after it); a partitive subject ("one of the …", "several of the …") with a relative
 * clause; a trailing cue followed by a participle clause; a body described in the article's own
 * voice and then called "the company"; a body's forecast with a plain object (no "that"); a body
 * named by several lower-case words; "according to an analysis of X by Y". Same format and
 * labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s19`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S19_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a flooded valley: a farmer with age and apposition, a partitive neighbour, a forecaster.
  {
    name: 'valley-flood',
    body: [
      `The River Wend burst its banks at Callow Bridge on Tuesday for the third time since November.`,
      `Tomas Feld, 58, a sheep farmer whose lower fields have been under water since Sunday, said he had moved his flock to higher ground.`,
      `He said the drainage ditches had not been cleared for years.`,
      ``,
      `One of his neighbours, who did not want to be named, said the water had risen a metre overnight.`,
      `The Regional Weather Bureau forecasts another 40mm of rain before the weekend.`,
      `Callow Bridge has about 600 homes.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Tomas Feld', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Tomas Feld', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'one of his neighbours', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Regional Weather Bureau|Weather Bureau', cue: 'reported', who: 'organisation' },
    ],
  },
  // 2 — bus cuts: a trailing cue with a participle clause, an analysis by a body, a lower-case body.
  {
    name: 'bus-cuts',
    body: [
      `Four rural bus routes will be withdrawn in June, council leader Amira Sandhu said on Wednesday, blaming a fall in passenger numbers since the pandemic.`,
      `According to an analysis of ticket sales by the Rural Transport Trust, journeys on the routes have fallen by 40 per cent since 2019.`,
      ``,
      `The combined transport authority said it would look at running smaller buses on two of the routes.`,
      `Ines Caro, 34, a nurse who works night shifts at Hallam General, said she would have no way to get to work.`,
      `She said a taxi would cost her £22 each way.`,
      `The routes were first run in 1974.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Amira Sandhu', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: 'Rural Transport Trust', cue: 'according-to', who: 'organisation' },
      { at: '2.1', speaker: 'combined transport authority', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Ines Caro', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'Ines Caro', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a water bill rise: the supplier described in own voice, then "the company"; stallholders.
  {
    name: 'water-bills',
    body: [
      `Households in Marlow Fen face a rise of £90 a year in their bills under a plan the water supplier sent to the regulator on Thursday.`,
      `The company says it must replace 60 miles of pipes laid before 1950.`,
      ``,
      `Several of the parish councillors, who met on Thursday evening, said the rise was too steep for pensioners.`,
      `The Consumer Council for Water will publish its view next month.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'water supplier|supplier', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'several of the parish councillors', cue: 'reported', who: 'group' },
    ],
  },
  // 4 — a festival cancelled: a minister's trailing cue with a participle, a partitive with a relative clause.
  {
    name: 'festival-cancelled',
    body: [
      `The Harbour Lights festival will not go ahead this summer, Arts Minister Olu Benning confirmed on Monday, ending a run of 31 years.`,
      `Two of the festival's founders, who now live abroad, said they were saddened by the news.`,
      `The event drew 40,000 visitors in 2024.`,
      `A spokesperson for the district health partnership said crowd safety had not been a factor.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Olu Benning', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: "two of the festival's founders", cue: 'reported', who: 'group' },
      { at: '1.4', speaker: 'spokesperson|district health partnership|health partnership', cue: 'reported', who: 'person' },
    ],
  },
];
