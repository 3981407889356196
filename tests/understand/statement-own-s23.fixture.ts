/**
 * Three invented news articles (statements, session 13 round 2, helper s23), written before any fix
 * and scored at first sight: the owner of a document after "according to" ("the choir's yearly
 * accounts") is not the speaker, the document is; "…, it added." is the sentence's own subject; a
 * person named in an own-voice sentence is who "She said" means; "found X to be “…”" is a judgement;
 * "according to the X's regulator, Name," is the name in apposition and "The body said" after it;
 * a document "published before the vote" is the speaker, not the vote; "X disputed …, saying";
 * "A study into … has found"; "Lawyers for some of the Y said"; "according to the first results of
 * last year's census"; "Its chair, Name: “…”"; a letter "asking it to" is a request (own voice).
 * Same format and labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s23`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S23_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a choir's finances: a document whose owner was named before; "it added"; a person named in an own-voice sentence.
  {
    name: 'choir-funds',
    body: [
      `The musical director of the Pellow Valley Singers, Rhian Cole, said the choir would tour Norway in June.`,
      `Membership fell by a quarter, according to the choir's yearly accounts.`,
      ``,
      `The Fenwick Housing Trust will sell its two vans, it added.`,
      `For members like Owen Tarr, a bus driver from Lye, the higher fees are hard to meet.`,
      `He said he would have to leave the choir in the spring.`,
      `Rhian Cole found the auditor's letter to be “rushed and, in places, simply mistaken”.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Rhian Cole', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: 'accounts', cue: 'according-to', who: 'document' },
      { at: '2.1', speaker: 'Fenwick Housing Trust', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'Owen Tarr', cue: 'reported', who: 'person' },
      { at: '2.4', speaker: 'Rhian Cole', cue: 'reported', who: 'person' },
    ],
  },
  // 2 — a rowing regulator: apposed name after "according to", "The body said", a report before a vote, disputed … saying.
  {
    name: 'rowing-rules',
    body: [
      `According to the sport's national regulator, Rowing Scotland, six clubs have broken the safety code.`,
      `The body said the clubs would be fined.`,
      `A club report circulated before the meeting admitted that two boats had no lifejackets.`,
      `Ferris disputed the count, saying only one boat had been checked.`,
      ``,
      `A study into the capsize has found that the coach boat arrived late.`,
      `Solicitors for four of the rowers said they would seek damages.`,
      `Club numbers have halved since 2019, according to the early findings of last year's census.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Rowing Scotland', cue: 'according-to', who: 'organisation' },
      { at: '1.2', speaker: 'Rowing Scotland', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'report', cue: 'reported', who: 'document' },
      { at: '1.4', speaker: 'Ferris', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'study', cue: 'reported', who: 'document' },
      { at: '2.2', speaker: 'solicitors', cue: 'reported', who: 'group' },
      { at: '2.3', speaker: 'census', cue: 'according-to', who: 'document' },
    ],
  },
  // 3 — a library closure: a colon after an apposed name; a letter asking a body to act is a request.
  {
    name: 'library-closure',
    body: [
      `Kelby Library will close on Saturdays from March.`,
      `The Friends of Kelby Library have opposed the cut.`,
      `Its secretary, Mina Hollis: “We were never asked.”`,
      `Councillor Joe Varley has written to the county asking it to think again.`,
      `The county council said the savings were needed.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Mina Hollis', cue: 'colon', who: 'person' },
      { at: '1.5', speaker: 'county council', cue: 'reported', who: 'organisation' },
    ],
  },
];
