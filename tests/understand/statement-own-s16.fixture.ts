/**
 * Four invented news articles (statements round 3, session 10, helper s16) for records that
 * "showed" a clause with or without "that", tail attribution by researchers with a place of
 * publication ("the researchers report in the journal X"), praise or criticism "for" quoted words,
 * and "she"/"he" after a first name apposed to a gendered relation word ("Hale's wife, June, …").
 * Written after the fixes of helper s16 (so not a blind figure). Same format and labelling rule as
 * statement-blind.fixture.ts. Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s16`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S16_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — an inquiry into a dockside accident, with records and logs.
  {
    name: 'dock-crane-inquiry',
    body: [
      `A crane that collapsed at Portlow docks in March had missed two safety checks, an inquiry heard on Tuesday.`,
      ``,
      `Records from the harbour office showed the crane had not been inspected since 2022.`,
      `Maintenance logs kept by the operator, Dunmere Cargo, showed that a cracked weld was reported in January.`,
      ``,
      `The company's safety manager, Carl Ebbs, accepted that the checks were overdue.`,
      `"We had too few inspectors for too many cranes," he said.`,
      ``,
      `The inquiry continues on Thursday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'inquiry', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'records|harbour office', cue: 'reported', who: 'document' },
      { at: '2.2', speaker: 'logs|Dunmere Cargo|operator', cue: 'reported', who: 'document' },
      { at: '3.1', speaker: 'Carl Ebbs', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Carl Ebbs', cue: 'direct', who: 'person' },
    ],
  },
  // 2 — a science story with tail attribution and a journal.
  {
    name: 'seagrass-study',
    body: [
      `Seagrass meadows off the Welsh coast store twice as much carbon as was thought, according to a new study.`,
      ``,
      `The meadows have grown by a tenth since 2015, the researchers report in the journal Coastal Ecology.`,
      `Warmer winters may explain part of the rise, they write.`,
      ``,
      `Dr Hana Sulik, who led the work at Tarwin University, said the findings should change how the meadows are protected.`,
      `Boat moorings still tear up large patches every summer, the team reported in an earlier paper.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'study', cue: 'according-to', who: 'document' },
      { at: '2.1', speaker: 'researchers', cue: 'reported', who: 'group' },
      { at: '2.2', speaker: 'researchers', cue: 'reported', who: 'group' },
      { at: '3.1', speaker: 'Hana Sulik', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'team', cue: 'reported', who: 'group' },
    ],
  },
  // 3 — a cricket report with praise "for" quoted words.
  {
    name: 'cricket-final',
    body: [
      `Northfield won the county final by four wickets at Elm Park on Sunday.`,
      ``,
      `Captain Jo Pratt praised her wicketkeeper, Ana Diaz, for "keeping calm when everyone else panicked".`,
      `The losing coach, Mark Rudd, criticised his batters for "throwing it away" in the last ten overs.`,
      ``,
      `"It was the best game I have played in," Diaz said.`,
      `Rudd thanked the crowd for coming.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Jo Pratt', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Mark Rudd', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Ana Diaz', cue: 'direct', who: 'person' },
    ],
  },
  // 4 — a feature about a couple selling a house: relations named by first name.
  {
    name: 'lighthouse-cottage',
    body: [
      `Peter Hale bought the lighthouse keeper's cottage at Cragg Point in 1998.`,
      `His neighbour, Ruth Amory, remembers the day he moved in.`,
      `"He arrived with a piano and nothing else," she said.`,
      ``,
      `Now Hale wants to sell.`,
      `Hale's wife, June, is less keen.`,
      `She says the stairs have never worried her.`,
      ``,
      `Their son, Owen, lives in Leeds.`,
      `He says his parents should move closer to town.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Ruth Amory', cue: 'direct', who: 'person' },
      { at: '2.3', speaker: 'June', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Owen', cue: 'reported', who: 'person' },
    ],
  },
];
