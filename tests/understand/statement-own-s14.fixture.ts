/**
 * Four invented news articles (issue 10, session 10 round 2, helper s14) written before reading the
 * extractor's code for the round, for the kinds the lead named from unseen set 8 (examples reworded):
 * a verb of saying with a publication/venue/medium phrase before its that-clause, a tail attribution
 * to an indefinite role with an object and a time, concession verbs with an adverbial phrase, an
 * organisation's guidance in the present tense with a gerund or to-infinitive, a body's possessive
 * plural name with a curly or straight apostrophe, a headline colon quote by a role, an apology or
 * criticism as a speech act, and `according to its survey`. Same format and labelling rule as
 * statement-blind.fixture.ts. Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s14`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S14_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a touring show closes early; critics and a producer in print and on air.
  {
    name: 'touring-farce-closes',
    body: [
      `A touring production of a classic farce has closed two weeks early after poor ticket sales in the north.`,
      `Critic Ada Moss wrote in the Harbour Post that the show was "tired and overlong".`,
      ``,
      `The producer, Tom Greer, said on local radio on Sunday that the reviews had been "brutal but fair".`,
      `Moss insisted in her column last week that she had no quarrel with the cast.`,
      ``,
      `Dr Helen Lin, a theatre historian, argued in a letter to the Stage that touring had always been a gamble.`,
      `The cast will give a final performance in Hull on Saturday.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Ada Moss', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Tom Greer', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Ada Moss', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Helen Lin', cue: 'reported', who: 'person' },
    ],
  },
  // 2 — an inquest into a warehouse fire: role attributions and concessions under questioning.
  {
    name: 'warehouse-fire-inquest',
    body: [
      `An inquest into the death of a warehouse worker in Dunmore opened on Monday.`,
      ``,
      `The sprinkler system had failed twice before, a fire officer told the hearing on Tuesday.`,
      `Fire officer Sam Ruddock said the alarm panel had been switched off at the wall.`,
      ``,
      `The firm's director, Ian Platt, accepted under questioning that the fire door had been left open.`,
      `He admitted in cross-examination that staff had never been trained to use the extinguishers.`,
      ``,
      `The loading bay had not been inspected for three years, an engineer told the court.`,
      `The company’s lawyer, Ruth Adair, conceded at the hearing that records were missing.`,
      `Platt acknowledged on Wednesday that the firm had ignored two written warnings.`,
      ``,
      `The inquest continues.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Sam Ruddock|fire officer', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Sam Ruddock', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Ian Platt', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Ian Platt', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'engineer', cue: 'reported', who: 'person' },
      { at: '4.2', speaker: 'Ruth Adair', cue: 'reported', who: 'person' },
      { at: '4.3', speaker: 'Ian Platt', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a boil-water notice: guidance by bodies, possessive plural names, a survey.
  {
    name: 'boil-water-notice',
    body: [
      `Traces of E. coli were found at a treatment works serving 12,000 homes in Marston on Wednesday.`,
      ``,
      `The water board advises boiling tap water for a minute before drinking it.`,
      `The county council urges residents to check on elderly neighbours.`,
      `The health service recommends keeping children under five at home if they have symptoms.`,
      ``,
      `The Traders’ Association estimates that the notice will cost cafés in the town £40,000 a week.`,
      `The Teachers’ Union said schools would stay open.`,
      `The Parents' Forum has criticised the delay in warning families.`,
      ``,
      `Campaign group Clean Taps said the works had failed two inspections last year.`,
      `According to its survey of 600 households, most had not received a text alert.`,
      ``,
      `Bottled water will be handed out at the leisure centre from 8am.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'water board', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'county council', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'health service', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Traders’ Association|Traders\' Association', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'Teachers’ Union|Teachers\' Union', cue: 'reported', who: 'organisation' },
      { at: '3.3', speaker: 'Parents\' Forum|Parents’ Forum', cue: 'reported', who: 'organisation' },
      { at: '4.1', speaker: 'Clean Taps', cue: 'reported', who: 'organisation' },
      { at: '4.2', speaker: 'survey|Clean Taps', cue: 'according-to', who: 'document' },
    ],
  },
  // 4 — bus cancellations: a headline quote by a role, an apology, criticism, a survey.
  {
    name: 'bus-cancellations',
    body: [
      `Bus chief: ‘We let our riders down’`,
      ``,
      `Dana Kell, chief executive of Westline Buses, has apologised to passengers after a month of cancellations.`,
      `More than 900 services were cancelled in October because of a shortage of drivers.`,
      ``,
      `Kell has defended the decision to cut evening routes.`,
      `The company has hired 40 new drivers since September.`,
      ``,
      `Campaign group Fair Fares said the figures were "a scandal".`,
      `According to its survey of 900 members, most had missed work because of a cancelled bus.`,
      `Passenger Lucy Dent wrote on social media that she had waited two hours in the rain.`,
      ``,
      `Transport minister Raj Anand has criticised the operator in a letter to MPs.`,
      `Westline Buses has raised fares twice this year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Dana Kell|bus chief', cue: 'colon', who: 'person' },
      { at: '2.1', speaker: 'Dana Kell', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Dana Kell', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'Fair Fares', cue: 'reported', who: 'organisation' },
      { at: '4.2', speaker: 'survey|Fair Fares', cue: 'according-to', who: 'document' },
      { at: '4.3', speaker: 'Lucy Dent', cue: 'reported', who: 'person' },
      { at: '5.1', speaker: 'Raj Anand', cue: 'reported', who: 'person' },
    ],
  },
];
