/**
 * Agreement carry set of session 13 (helper a23): written after the round's fixes, before running
 * them on it, with the kinds of agreement-own-a23.fixture.ts in other words (an offer or request in
 * one clause refused in the next, a scheme put forward and thrown out, an earlier offer refused in
 * the passive, an agreed deal a third party scrapped, licensing as a verb and "under the licence",
 * "agreed with X to", a licence granted to X revoked, a lease by A to B ended, an accord between two
 * states broken) and close non-agreements (a visit before a lease was signed, a takeover subject to
 * approval). Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a23b`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A23B_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a football club and a church's training ground.
  {
    name: 'training-ground',
    body: [
      `The Diocese of Welham owns the Saltmarsh training ground, used by Brenton Rovers since 1994.`,
      `Brenton Rovers made an offer for the ground in 2020, but the diocese turned it down.`,
      `A housing association, Calder Homes, bid for the site in 2018, but the diocese rejected its bid.`,
      `Brenton Rovers had asked the diocese for a ten-year lease, but the diocese declined the request.`,
      `Club officials visited the ground several times before the old lease was signed.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Brenton Rovers', 'Diocese of Welham'], status: 'rejected', kind: 'refusal: offer in one clause, turned it down' },
      { at: '1.3', parties: ['Calder Homes', 'Diocese of Welham'], status: 'rejected', kind: 'refusal: bid, rejected its bid' },
      { at: '1.4', parties: ['Brenton Rovers', 'Diocese of Welham'], status: 'rejected', kind: 'refusal: asked Y for Z, declined the request' },
    ],
  },

  // 2 — two bus firms and a depot.
  {
    name: 'bus-depot',
    body: [
      `Mercer Buses tabled a rescue scheme for the Ashworth depot in April, which the county council threw out.`,
      `An earlier timetable deal, agreed by Mercer and Tallis Coaches in 2019, was scrapped by the transport authority.`,
      `Mercer's opening offer of £900,000 was rejected by the depot's owners.`,
      `The takeover is subject to approval by the traffic commissioner.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Mercer Buses', 'county council'], status: 'rejected', kind: 'refusal: tabled a scheme, which Y threw out' },
      { at: '1.2', parties: ['Mercer', 'Tallis Coaches'], status: 'voided', kind: 'an agreed deal a third party scrapped' },
      { at: '1.3', parties: ['Mercer', 'owners'], status: 'rejected', kind: 'refusal: earlier offer rejected in the passive' },
    ],
  },

  // 3 — an observatory licenses its data.
  {
    name: 'observatory-licence',
    body: [
      `The Royal Harwick Observatory has licensed its star-mapping data to Orbitek, a Swiss software firm.`,
      `Under the licence, Orbitek will share its revenue with the observatory.`,
      `The observatory also agreed with the Harwick Astronomical Society to open its dome to members.`,
      `A licence granted to an American publisher, Starfield Press, to print the observatory's atlas was revoked in 2016.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Royal Harwick Observatory', 'Orbitek'], status: 'reached', kind: 'licensed X to Y (verb)' },
      { at: '1.2', parties: ['Royal Harwick Observatory', 'Orbitek'], status: 'reached', kind: 'later: under the licence' },
      { at: '1.3', parties: ['Royal Harwick Observatory', 'Harwick Astronomical Society'], status: 'reached', kind: 'agreed with X to' },
      { at: '1.4', parties: ['Starfield Press'], status: 'voided', kind: 'fate: a licence granted to X revoked' },
    ],
  },

  // 4 — a fishing accord and a harbour lease.
  {
    name: 'fishing-accord',
    body: [
      `Norland and Vesta agreed a new fishing accord on Friday.`,
      `The 1962 fishing accord between Norland and Vesta was broken repeatedly in the 1980s.`,
      `A lease of the harbour wall by the port authority to Kessock Marine was ended in 2015 after the firm went bankrupt.`,
      `Officials held six rounds of talks before the accord was initialled.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Norland', 'Vesta'], status: 'reached', kind: 'agreed an accord' },
      { at: '1.2', parties: ['Norland', 'Vesta'], status: 'breached', kind: 'fate: an accord between two states broken' },
      { at: '1.3', parties: ['port authority', 'Kessock Marine'], status: 'voided', kind: 'fate: a lease by A to B ended' },
    ],
  },
];
