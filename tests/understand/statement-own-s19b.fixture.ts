/**
 * Three more invented news articles (statements, session 12, helper s19), written after the fixes
 * for own-s19 and scored before any fix for them, to measure what those fixes carry to other
 * shapes of the same readings: an age and a descriptor closed by a participle or "whose"; a
 * partitive after a group named in the article's own voice; a trailing cue with an apposed speaker
 * and a participle; a body described as a trade and then called "the firm"; a plural forecast; a
 * lower-case body of three words; "according to a review of X by Y". Same format and labelling
 * rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s19b`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S19B_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — tenants told to leave a block: a developer described, then "the firm"; tenants.
  {
    name: 'larch-court',
    body: [
      `Tenants of Larch Court have been told to leave by June so that the property developer that owns the block can demolish it.`,
      `The firm says the building failed a fire safety inspection in January.`,
      ``,
      `Dervla Quinn, 72, a retired postmistress living on the third floor, told a meeting on Tuesday that she had nowhere else to go.`,
      `She said she had lived there for 41 years.`,
      `Residents of the block were not consulted before the inspection.`,
      `Several of the residents, who have formed an action group, said they would take the case to court.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'property developer', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Dervla Quinn', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Dervla Quinn', cue: 'reported', who: 'person' },
      { at: '2.4', speaker: 'several of the residents', cue: 'reported', who: 'group' },
    ],
  },
  // 2 — a closed bridge: a trailing cue with an apposed speaker and a participle; a lower-case body.
  {
    name: 'bridge-closure',
    body: [
      `The Ferrand Bridge will stay closed until March, the county's highways chief, Nils Amory, said on Tuesday, citing a shortage of steel.`,
      `The joint planning committee has warned that the diversion adds 20 minutes to journeys.`,
      `Abel Stroud, 19, an apprentice whose workshop is on the far bank, said he now cycles 14 miles a day.`,
      `The bridge was built in 1932.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Nils Amory', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: 'joint planning committee', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'Abel Stroud', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — school meals and prices: a review by a panel, a plural forecast, a minister after a participle.
  {
    name: 'school-meals',
    body: [
      `According to a review of school meals by the Child Food Panel, one in five lunches served in Calder schools falls short of the national standard.`,
      `Analysts at Hollin Bank forecast a further rise in food prices this autumn.`,
      ``,
      `Free meals will be extended to every primary pupil from September, Education Minister Rhea Todd announced on Wednesday, calling the change overdue.`,
      `Forecasts of higher prices have already led some schools to cut portions.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Child Food Panel', cue: 'according-to', who: 'organisation' },
      { at: '1.2', speaker: 'Analysts at Hollin Bank|Hollin Bank', cue: 'reported', who: 'group' },
      { at: '2.1', speaker: 'Rhea Todd', cue: 'reported', who: 'person' },
    ],
  },
];
