/**
 * Agreement set of session 19 (helper a46): the kinds the unseen set 35 missed, in our own invented
 * articles — a merger announced by a group subject whose apposition names the firms and the
 * combined business named after it, a deal noun meeting a wait or a forecast, earlier or rival
 * attempts (collapsed, rejected, offered), a settlement offered and awaiting a reply, a passive
 * agreement inside a finding, a headline win, and parties and status of contracts told later —
 * with close negatives beside them. Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a46`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A46_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a merger told by a group subject with the firms in apposition; the combined business; a wait; an earlier attempt.
  {
    name: 'removal-firms-merger',
    body: [
      `Two of Halden's oldest removal firms, Pryce Movers and Lanyard Removals, said on Monday that they will merge.`,
      `The combined business, to be called Pryce Lanyard, will employ 90 people from a depot in Eastgate.`,
      ``,
      `The merger still needs approval from the county's licensing board.`,
      `The board meets in April.`,
      ``,
      `An earlier attempt to combine the two firms collapsed in 2016 over the value of their storage licences.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Pryce Movers', 'Lanyard Removals'], status: 'reached', kind: 'announced they will merge' },
      { at: '1.2', parties: ['Pryce Movers', 'Lanyard Removals'], status: 'reached', kind: 'the combined business (terms)' },
      { at: '2.1', parties: ['Pryce Movers', 'Lanyard Removals'], status: 'reached', kind: 'merger still needs approval' },
      { at: '3.1', parties: ['Pryce Movers', 'Lanyard Removals'], status: 'collapsed', kind: 'earlier attempt collapsed' },
    ],
  },

  // 2 — a purchase whose completion is forecast; a rival offer rejected; a plan that is no deal.
  {
    name: 'garden-centre-sale',
    body: [
      `Tamsin Leisure has agreed to buy nine garden centres from the hardware chain Oakridge for £64 million.`,
      `The centres employ about 700 people.`,
      ``,
      `Rival bidder Colver Group had made an offer of £58 million, which Oakridge's board rejected in June.`,
      `Colver said it would not bid again.`,
      ``,
      `The deal is expected to complete in the spring.`,
      `Tamsin is expected to open two more centres next year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tamsin Leisure', 'Oakridge'], status: 'reached', kind: 'agreed to buy' },
      { at: '2.1', parties: ['Colver Group', 'Oakridge'], status: 'rejected', kind: 'rival offer rejected' },
      { at: '3.1', parties: ['Tamsin Leisure', 'Oakridge'], status: 'reached', kind: 'deal expected to complete' },
    ],
  },

  // 3 — contracts in force, an earlier proposal rejected, an offer to extend and a settlement awaiting reply.
  {
    name: 'hospital-porters-contract',
    body: [
      `Porters at Lindell General, who are represented by the Lindell Staff Association, ratified a new pay contract on Friday.`,
      `The contracts, which run until 2028, raise the hourly rate by 80p.`,
      `The trust had first put forward a rise of 6 per cent, which the association rejected in May.`,
      ``,
      `Lindell's laundry agreement with Farrow Linen will also carry over.`,
      `Farrow had offered to extend that contract for two years at a lower price.`,
      ``,
      `The trust has also offered Brigley Pumps a £400,000 settlement; Brigley has until May to respond.`,
      `The trust has asked staff to suggest savings.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Lindell Staff Association', 'Lindell General'], status: 'ratified', kind: 'ratified a pay contract' },
      { at: '1.2', parties: ['Lindell Staff Association', 'Lindell General'], status: 'in force', kind: 'the contracts run until (terms)' },
      { at: '1.3', parties: ['Lindell General', 'Lindell Staff Association'], status: 'rejected', kind: 'earlier offer rejected' },
      { at: '2.1', parties: ['Lindell General', 'Farrow Linen'], status: 'in force', kind: 'agreement carries over' },
      { at: '2.2', parties: ['Farrow Linen', 'Lindell General'], status: 'proposed', kind: 'had offered to extend contract' },
      { at: '3.1', parties: ['Lindell General', 'Brigley Pumps'], status: 'proposed', kind: 'offered a settlement, awaiting reply' },
    ],
  },

  // 4 — a finding of a passive agreement; a headline win; offers turned down.
  {
    name: 'tulip-licence-dispute',
    headline: 'Grower wins licence to sell prize-winning tulip',
    body: [
      `Merrow Plants has signed a licence with the breeder Hollin Bulbs to sell the 'Sunward' tulip in Scotland.`,
      `Kessock Bulbs and a second grower had bid for the rights, but Hollin turned down both offers.`,
      ``,
      `The judge found that the changes had been agreed in writing by both companies.`,
      `Hollin found that the bulbs had been stored too warm.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Merrow Plants', 'Hollin Bulbs'], status: 'reached', kind: 'headline: wins licence' },
      { at: '1.1', parties: ['Merrow Plants', 'Hollin Bulbs'], status: 'signed', kind: 'signed a licence' },
      { at: '1.2', parties: ['Kessock Bulbs', 'Hollin Bulbs'], status: 'rejected', kind: 'turned down offers' },
      { at: '2.1', parties: ['Merrow Plants', 'Hollin Bulbs'], status: 'reached', kind: 'agreed in writing' },
    ],
  },

  // 5 — a contract cleared, the authority not a party; an arrangement replaced that still runs.
  {
    name: 'port-fuel-contract',
    body: [
      `Gannet Oils has signed a four-year contract to supply diesel to Kelby Port, the two companies said.`,
      `It replaces a supply arrangement with Harwick Fuels that runs until June.`,
      ``,
      `The competition authority cleared the contract last week, the port said.`,
      `The authority also fined a rival supplier.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Gannet Oils', 'Kelby Port'], status: 'signed', kind: 'signed a contract' },
      { at: '1.2', parties: ['Kelby Port', 'Harwick Fuels'], status: 'in force', kind: 'replaced arrangement runs until' },
      { at: '2.1', parties: ['Gannet Oils', 'Kelby Port'], status: 'approved', kind: 'authority cleared the contract' },
    ],
  },
];
