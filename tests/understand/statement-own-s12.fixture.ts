/**
 * Three invented news articles (issue 10, session 9, round 2) in the shapes of the round's kinds,
 * written after its fixes as a fresh check of them in running text: a post-match interview printed
 * as topic lines, a science story (findings with a participle's phrase, "is careful to stress",
 * "she points out", an outside expert "told the Post" with a bare clause), and a court follow-up
 * (a whose-clause with a name inside, "has always denied"). Same format and labelling rule as
 * statement-blind.fixture.ts. Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s12`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S12_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a post-match interview printed as topic lines, one running over two paragraphs.
  {
    name: 'netball-captain-topics',
    body: [
      `Carrow Falcons reached the national netball final for the first time on Sunday, beating Linden 51-48 in Dorby.`,
      ``,
      `Their captain, Sadie Okoro, sat down with the Courier an hour after the final whistle.`,
      ``,
      `On the last quarter: "We were tired, and it showed.`,
      `I told the girls to slow everything down."`,
      ``,
      `On the crowd: "I have never heard noise like it.`,
      ``,
      `"My mum was in the front row, crying before we had even started."`,
      ``,
      `On the final: "Nobody expects us to win, which suits us fine."`,
      ``,
      `The final will be played in Hamley on 14 June.`,
    ].join('\n'),
    gold: [
      { at: '3.1', speaker: 'Sadie Okoro', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Sadie Okoro', cue: 'continued', who: 'person' },
      { at: '4.1', speaker: 'Sadie Okoro', cue: 'direct', who: 'person' },
      { at: '5.1', speaker: 'Sadie Okoro', cue: 'continued', who: 'person' },
      { at: '6.1', speaker: 'Sadie Okoro', cue: 'direct', who: 'person' },
    ],
  },
  // 2 — a science story: findings with a participle's phrase, an adjective's infinitive, a
  //     parenthetical "she points out", an outside expert with "told" and no "that".
  {
    name: 'moth-night-light-study',
    body: [
      `Street lights are cutting the number of moths in rural Wales by as much as a third, a team at Bryncoed University has found.`,
      ``,
      `Their results, released on Wednesday by the journal Insect Ecology, show that hedges under white LED lamps held far fewer caterpillars than unlit ones.`,
      `The lead author, Dr Hana Price, is careful to stress that the study covered only two summers.`,
      `Moths are a vital food for bats and birds, she points out, and their decline is easy to miss because few people look for them.`,
      ``,
      `Professor Iain Doyle, an ecologist at Marsh University who was not involved in the research, told the Post the effect was larger than he had expected.`,
      `Councils in Wales switched most street lights to LED between 2014 and 2019.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'team|Bryncoed University', cue: 'reported', who: 'group' },
      { at: '2.1', speaker: 'results', cue: 'reported', who: 'document' },
      { at: '2.2', speaker: 'Hana Price', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'Hana Price', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Iain Doyle', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a court follow-up: a whose-clause with a name in apposition inside it, "has always
  //     denied", "was quick to point out that".
  {
    name: 'care-home-fraud-trial',
    body: [
      `The former manager of a care home in Tollbridge has gone on trial accused of taking £84,000 from residents' savings.`,
      ``,
      `Martin Crewe, 58, ran Elmfield House from 2016 until it closed in 2021.`,
      `He has always denied taking any money from residents.`,
      ``,
      `Joan Fairley, whose father, Albert, lived at the home for six years, said: "We trusted that place with everything."`,
      `Prosecutor Ruth Anand told the jury that the money had been moved in small amounts over four years.`,
      `Mr Crewe's barrister was quick to point out that no bank records from 2016 had survived.`,
      ``,
      `The trial continues.`,
    ].join('\n'),
    gold: [
      { at: '2.2', speaker: 'Martin Crewe', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Joan Fairley', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Ruth Anand', cue: 'reported', who: 'person' },
      { at: '3.3', speaker: 'barrister', cue: 'reported', who: 'person' },
    ],
  },
];
