/**
 * Four invented news articles (statements, session 16, helper s31), written for issue 10's kinds of
 * documents that show: a filing, court papers, minutes and released figures reporting a clause
 * with or without "that" ("A regulatory filing showed the company had set aside …", "Minutes of
 * the meeting, seen by this paper, show …"); records kept by a body, whose keeper is no speaker
 * ("Rainfall records kept by the council show an average of …"); an inspection or review whose verb
 * of finding no list reads ("The inspection identified …", "The review highlighted …"); and the
 * article's own voice about documents ("The figures were published on Monday.", "Records go back to
 * 1910."), which has no speaker. Same format and labelling rule as statement-blind.fixture.ts.
 * Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s31`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S31_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a ferry operator fined: a filing and court papers show, a manager speaks.
  {
    name: 'ferry-operator-filing',
    body: [
      `Brackwater Ferries has been fined for running a vessel with a faulty ramp.`,
      `A regulatory filing showed the operator had set aside £3 million to cover the penalty.`,
      `Court papers show the ramp had failed twice in the month before the inspection.`,
      ``,
      `Operations manager Tove Rasmussen said the ramp had since been replaced.`,
      `The filing was lodged on Tuesday.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'filing|regulatory filing', cue: 'reported', who: 'document' },
      { at: '1.3', speaker: 'papers|Court papers', cue: 'reported', who: 'document' },
      { at: '2.1', speaker: 'Tove Rasmussen', cue: 'reported', who: 'person' },
    ],
  },
  // 2 — a parish and its weather: records kept by the council, figures released on a Monday.
  {
    name: 'parish-rainfall',
    body: [
      `Rainfall records kept by the parish council show an average of 910mm a year since the war.`,
      `Records go back to 1911.`,
      `Figures released on Monday show last winter was the wettest on record.`,
      ``,
      `The figures were published on the council's website.`,
      `Parish clerk Ingrid Maal said the drains could not cope.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'records|Rainfall records', cue: 'reported', who: 'document' },
      { at: '1.3', speaker: 'Figures', cue: 'reported', who: 'document' },
      { at: '2.2', speaker: 'Ingrid Maal', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a care home inspected: the inspection identified, the review highlighted.
  {
    name: 'care-home-inspection',
    body: [
      `The Larkspur care home in Dunmore has been placed in special measures.`,
      `The inspection identified serious failings in how medicines were stored.`,
      `A review ordered by the county highlighted long delays in answering call bells.`,
      ``,
      `The home's owner, Selwyn Care, said it had hired a new manager.`,
      `The review was carried out in August.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'inspection', cue: 'reported', who: 'document' },
      { at: '1.3', speaker: 'review', cue: 'reported', who: 'document' },
      { at: '2.1', speaker: 'Selwyn Care', cue: 'reported', who: 'organisation' },
    ],
  },
  // 4 — a school board's minutes: minutes seen by the paper, internal emails.
  {
    name: 'school-board-minutes',
    body: [
      `Governors at Ashgrove Academy were told of the leaking roof two years before it fell in.`,
      `Minutes of the meeting, seen by this paper, show the board was warned in March 2023.`,
      `Internal emails show staff moved classes out of the hall that winter.`,
      ``,
      `A study by Fenwick University found that one school in ten had a similar roof.`,
      `The board's chair, Odile Brant, declined to comment.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'minutes|Minutes of the meeting', cue: 'reported', who: 'document' },
      { at: '1.3', speaker: 'emails|Internal emails', cue: 'reported', who: 'document' },
      { at: '2.1', speaker: 'Fenwick University', cue: 'reported', who: 'organisation' },
    ],
  },
];
