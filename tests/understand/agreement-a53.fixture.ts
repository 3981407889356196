/**
 * Agreement set of session 21 (helper a53): the parties and statuses blind set 41 got wrong, in
 * our own invented articles — a settlement's sides from the suit (a described defendant named
 * later, the owners of what the agreed work was done to, "the couple", the same description
 * repeated), sides left as descriptions ("their lease" after "The owners of X", "the landlord"
 * then "X, which owns the retail park", "Last year it signed …"), a body's leader or staff for the
 * body, an agreed tie-up that collapsed, a franchise with "the X toy chain" terminated, a parish
 * council written in lower case and a memorandum that "lets the firm" act — with close negatives
 * beside them (a leader who only speaks, a rival named by role, a plea with no deal).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a53`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A53_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a claim settled: the plumber described, then named; the couple whose kitchen it was.
  {
    name: 'kitchen-claim-settled',
    body: [
      `A master plumber sued over a leaking boiler has settled the case on the third day of a hearing at Pellam County Court.`,
      `Owen Tarr, 51, had agreed in 2022 to refit Dev and Mina Rowe's Victorian kitchen in Ashby for £18,000.`,
      ``,
      `The Rowes said the work breached that contract because the pipes were badly joined.`,
      `Mina Rowe said the kitchen had been unusable for most of a year.`,
      ``,
      `Under the settlement, Mr Tarr will replace the pipes and pay the couple £2,000.`,
      `Judge Ada Penn approved the terms on Friday.`,
      `The couple had turned down an offer of £500 from the plumber last spring.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Owen Tarr', 'Dev Rowe|Mina Rowe|the Rowes'], status: 'reached', kind: 'described defendant settled the case' },
      { at: '1.2', parties: ['Owen Tarr', 'Dev Rowe|Mina Rowe|the Rowes'], status: 'reached', kind: "agreed to refit X's kitchen" },
      { at: '2.1', parties: ['Owen Tarr', 'Dev Rowe|Mina Rowe|the Rowes'], status: 'breached', kind: 'work breached that contract' },
      { at: '3.1', parties: ['Owen Tarr', 'Dev Rowe|Mina Rowe|the Rowes'], status: 'reached', kind: 'under the settlement' },
      { at: '3.2', parties: ['Owen Tarr', 'Dev Rowe|Mina Rowe|the Rowes'], status: 'approved', kind: 'judge approved the terms' },
      { at: '3.3', parties: ['Owen Tarr', 'Dev Rowe|Mina Rowe|the Rowes'], status: 'rejected', kind: 'the couple turned down an offer from the plumber' },
    ],
  },
  // 2 — a lease ended by a landlord named in the next sentence; a partnership "it" signed.
  {
    name: 'arena-lease-row',
    body: [
      `The owners of Brightjump Arena in Fenwold have been told to leave their unit on the Marle Retail Park after the landlord terminated their lease.`,
      `Corran Estates, which owns the retail park, says the operators fell three months behind with rent due under the lease they signed in 2018.`,
      ``,
      `The arena opened with 30 trampolines and a climbing wall.`,
      `Last year it signed a three-year partnership with the Fenwold Schools Trust to run holiday clubs.`,
      `A rival centre, Bounce Barn, has since opened in the town.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brightjump Arena', 'Corran Estates'], status: 'voided', kind: 'the landlord terminated their lease' },
      { at: '1.2', parties: ['Brightjump Arena', 'Corran Estates'], status: 'breached', kind: 'behind with rent due under the lease' },
      { at: '2.2', parties: ['Brightjump Arena', 'Fenwold Schools Trust'], status: 'signed', kind: 'Last year it signed a partnership' },
    ],
  },
  // 3 — a merger; a chairman's refusal; staff and their union; an agreed tie-up that collapsed.
  {
    name: 'jewellers-merge',
    body: [
      `Jewellers Vell & Dunn and Corso Goldsmiths will merge to create a 60-store group, the companies said on Monday.`,
      `Corso's chairman, Olaf Brand, had rejected an earlier approach from Vell in 2022.`,
      `Vell's chairman, Ida Kerr, said the group would keep every shop open.`,
      `Corso's workshop staff, members of the Tinworkers' Union, ratified a pay deal worth 6 per cent in October.`,
      `Vell's agreed tie-up with the watch retailer Hoban's collapsed in 2021 after the two sides fell out over rents.`,
      `Corso's rival, Brightmoor Jewels, said it would open four shops next year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Vell & Dunn', 'Corso Goldsmiths'], status: 'reached', kind: 'will merge' },
      { at: '1.2', parties: ['Corso Goldsmiths', 'Vell & Dunn'], status: 'rejected', kind: "chairman rejected an approach" },
      { at: '1.4', parties: ['Corso Goldsmiths', "Tinworkers' Union"], status: 'ratified', kind: 'staff, union members, ratified a pay deal' },
      { at: '1.5', parties: ['Vell & Dunn', "Hoban's"], status: 'collapsed', kind: 'agreed tie-up collapsed' },
    ],
  },
  // 4 — a kite maker: a licence, a lower-case parish council, a memorandum that lets the firm act, a franchise terminated.
  {
    name: 'kite-maker-memorandum',
    body: [
      `Ames Kites, a family firm that has sewn kites in Harlow Cross since 1981, has signed a licensing deal with Pell Brands.`,
      `The firm employs 12 people.`,
      `A memorandum of understanding signed with Harlow Cross parish council in 2022 lets the firm fly test kites from the village green.`,
      `Read more: Pell's franchise with the Rusk & Tandy toy chain was terminated in 2020 after an audit found shortfalls`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ames Kites', 'Pell Brands'], status: 'signed', kind: 'signed a licensing deal' },
      { at: '1.3', parties: ['Ames Kites', 'Harlow Cross Parish Council'], status: 'in force', kind: 'memorandum with a parish council lets the firm' },
      { at: '1.4', parties: ['Pell Brands', 'Rusk & Tandy'], status: 'voided', kind: 'franchise with the X toy chain terminated' },
    ],
  },
];
