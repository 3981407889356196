/**
 * Agreement carry set of session 13 (helper a24): written after the round's first fixes, before
 * running them on it, with the kinds of agreement-own-a24.fixture.ts in other words (a group of
 * a firm's own people as the other side, a court or tribunal that rules on a deal without being a
 * side, a later deal naming its own sides, a lease of a building named before, a made thing's
 * contract, an apposed participle, a renewal, a struck-out term). Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a24b`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A24B_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a bus company settles with drivers; a tribunal approves.
  {
    name: 'bus-drivers-settlement',
    body: [
      `An employment tribunal in Corbridge has approved a £900,000 settlement between the bus operator Greywing Coaches and nearly 300 of its drivers.`,
      `The drivers said they had been denied rest breaks.`,
      `Greywing also agreed a separate deal with hundreds of its mechanics over unpaid overtime.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Greywing Coaches', 'drivers'], status: 'approved', kind: 'tribunal approved a settlement with N of its staff' },
      { at: '1.3', parties: ['Greywing', 'mechanics'], status: 'reached', kind: 'a deal with hundreds of its staff' },
    ],
  },

  // 2 — a rugby league's sponsor; its old deal with the players' association was broken.
  {
    name: 'rugby-league',
    body: [
      `The Northern Rugby League has signed a kit deal with Ardent Sportswear.`,
      `A 2021 agreement between the league and the players' association was breached when insurance premiums went unpaid, a disputes panel ruled.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Northern Rugby League', 'Ardent Sportswear'], status: 'signed', kind: 'signed a deal with' },
      { at: '1.2', parties: ['Northern Rugby League', "players' association"], status: 'breached', kind: 'a later agreement naming its own sides, a panel ruled' },
    ],
  },

  // 3 — a mill building let twice.
  {
    name: 'mill-lease',
    body: [
      `Ambler Mill is owned by the Calderbank Heritage Trust.`,
      `The trust has agreed to rent the mill to a brewing company, Foxhollow Ales.`,
      `A 2018 lease of the same mill to the visiting Circus Orlando was terminated after a fire.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Calderbank Heritage Trust', 'Foxhollow Ales'], status: 'reached', kind: 'agreed to rent X to a described name' },
      { at: '1.3', parties: ['Calderbank Heritage Trust', 'Circus Orlando'], status: 'voided', kind: 'a lease of the same building to X, terminated' },
    ],
  },

  // 4 — a brewery's malt contract.
  {
    name: 'brewery-malt',
    body: [
      `The Tollgate Brewery has been sold to a regional pub group.`,
      `The brewery's 2020 malt supply contract with Westfield Maltings was cancelled in May.`,
    ].join('\n'),
    gold: [{ at: '1.2', parties: ['Tollgate Brewery', 'Westfield Maltings'], status: 'voided', kind: "the brewery's contract with X" }],
  },

  // 5 — a hospital's cleaning contract, an apposed participle.
  {
    name: 'hospital-cleaning',
    body: [
      `Southmead Health Trust ended its cleaning contract with Brightway Services in March.`,
      `The five-year contract, approved by the trust's board in 2019 and worth £12m, was supposed to run until 2024.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Southmead Health Trust', 'Brightway Services'], status: 'voided', kind: 'ended its contract with' },
      { at: '1.2', parties: ['Southmead Health Trust', 'Brightway Services'], status: 'approved', kind: 'approved by, worth, supposed to run' },
    ],
  },

  // 6 — a theatre renews a partnership; a court strikes out a term.
  {
    name: 'theatre-partnership',
    body: [
      `The Lyceum Theatre has renewed its education partnership with Kestrel College for four years.`,
      `Penhallow Ferries signed a berthing contract with the harbour board in 2017.`,
      `A judge last week struck out a term in the contract that let the board raise fees without notice.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Lyceum Theatre', 'Kestrel College'], status: 'reached', kind: 'renewed its partnership with X' },
      { at: '1.2', parties: ['Penhallow Ferries', 'harbour board'], status: 'signed', kind: 'signed a contract with' },
      { at: '1.3', parties: ['Penhallow Ferries', 'harbour board'], status: 'voided', kind: 'judge struck out a term in the contract' },
    ],
  },
];
