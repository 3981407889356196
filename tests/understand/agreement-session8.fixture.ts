/**
 * Agreement set of session 8 (issue 11): three invented news articles written for this session's
 * fixes before the agreement extractor was read or run on them, labelled by the rule of
 * agreement-patterns.fixture.ts. They carry the kinds of miss blind set 5 showed (definite
 * descriptions of a party named earlier, a possessive first word of a name, a party given in a
 * relative or participle clause, a settlement out of court, a merger after an apposition, a breach
 * found, a turned-down offer, a headline "X to Acquire Y", an employment contract, a renewed
 * licence, a concession voided by a court) in sentences of their own. Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --session-8`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const SESSION8_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — business page: a brewer buys a cider maker; headline, offer turned down, renewal, player contract.
  {
    name: 'brewer-buys-cider-maker',
    headline: 'Tarnwick Brewing to Acquire Hollin Cider in $40 Million Deal',
    body: [
      `Tarnwick Brewing Co., the largest independent brewer in the Calder valley, has agreed to buy Hollin Cider for about $40 million in cash, the companies said on Monday.`,
      `The cider maker's founders, Ruth and Abel Hollin, will stay on to run the orchards for at least three years.`,
      ``,
      `Under the agreement, the brewer will also take over a bottling hall in Mossbridge that Hollin rents from the town council.`,
      `Tarnwick first approached the family in 2023, but the Hollins turned down its offer, saying the price undervalued the business.`,
      ``,
      `The deal must still be cleared by the Competition Office, which blocked a smaller brewery merger last year.`,
      `Analysts at Greyling Securities said the price looked fair.`,
      ``,
      `Separately, Tarnwick said it had renewed its distribution contract with the supermarket group Pellow's for another five years.`,
      `Talks with a second chain, Bramley Stores, broke down in the spring without an agreement.`,
      ``,
      `The brewer's head brewer, Colm Dunmore, signed a new four-year contract in January, a spokeswoman added.`,
      `Dunmore joined the company from a brewery in Leeds in 2016.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Tarnwick Brewing', 'Hollin Cider'], status: 'reached', kind: 'headline to acquire' },
      { at: '1.1', parties: ['Tarnwick Brewing', 'Hollin Cider'], status: 'reached', kind: 'agreed to buy after apposition' },
      { at: '2.1', parties: ['Tarnwick Brewing', 'Hollin Cider'], status: 'reached', kind: 'under the agreement, definite description' },
      { at: '2.2', parties: ['Tarnwick', 'Hollin'], status: 'rejected', kind: 'turned down an offer' },
      { at: '3.1', parties: ['Tarnwick Brewing', 'Hollin Cider'], status: 'reached', kind: 'later mention awaiting clearance' },
      { at: '4.1', parties: ['Tarnwick', "Pellow's"], status: 'reached', kind: 'renewed contract' },
      { at: '5.1', parties: ['Colm Dunmore', 'Tarnwick'], status: 'signed', kind: 'employment contract, definite description' },
    ],
  },

  // 2 — local paper: an abbey's farm lease, a former tenant, a voided quarry concession, two clubs merge.
  {
    name: 'abbey-farm-lease',
    body: [
      `The Abbey of Saint Wenna, a Benedictine house on the edge of the Pellan moors, has leased its former dairy farm to Tamsin and Joel Arrow, a young couple who plan to make cheese there.`,
      `The monks signed the 25-year lease last week after the diocese gave its consent, the abbey's bursar, Brother Anselm Treleaven, said.`,
      `The Benedictine community at Saint Wenna has owned the land since the fourteenth century.`,
      ``,
      `The farm was previously rented to Kernow Dairies, whose tenancy the monastery ended in 2024 after a row over unpaid rent.`,
      `Kernow Dairies later went into administration.`,
      ``,
      `In a separate ruling on Tuesday, the Pellan district court declared void a concession that Pellan County Council had granted to the quarry firm Granmoor Aggregates in 2019 to cut stone from hills near the abbey.`,
      `Granmoor said it would appeal.`,
      ``,
      `The Pellan Ramblers and the Moorland Footpaths Society, two walking clubs that have mapped the moor's paths for decades, agreed on Saturday to merge into a single body.`,
      `The two clubs fell out in 2010 over the route of a footbridge.`,
      `Members of both clubs approved the merger by a show of hands, organisers said.`,
      ``,
      `St Piran's Village Hall Trust, which runs the hall in nearby Trewint, has renewed its licence with the county council to hold a weekly farmers' market on the green.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Abbey of Saint Wenna', 'Arrow'], status: 'signed', kind: 'leased to, apposition' },
      { at: '1.2', parties: ['Abbey of Saint Wenna', 'Arrow'], status: 'signed', kind: 'definite description the monks' },
      { at: '2.1', parties: ['Abbey of Saint Wenna', 'Kernow Dairies'], status: 'voided', kind: 'party in a relative clause, the monastery' },
      { at: '3.1', parties: ['Pellan County Council', 'Granmoor Aggregates'], status: 'voided', kind: 'concession voided by a court' },
      { at: '4.1', parties: ['Pellan Ramblers', 'Moorland Footpaths Society'], status: 'reached', kind: 'merge into a single body after apposition' },
      { at: '4.3', parties: ['Pellan Ramblers', 'Moorland Footpaths Society'], status: 'approved', kind: 'merger approved, both clubs' },
      { at: '5.1', parties: ["St Piran's Village Hall Trust", 'Pellan County Council'], status: 'reached', kind: 'renewed licence, possessive name' },
    ],
  },

  // 3 — sports and business: a club's sponsor, an ended contract, a patent settlement, a breach.
  {
    name: 'football-club-sponsor',
    body: [
      `Corvo Athletic have agreed a two-year shirt sponsorship deal with the energy company Brightwater Power, the club announced on Friday.`,
      `The club's previous sponsor, the betting firm Lucky Lantern, had its contract ended early after the league banned gambling logos.`,
      ``,
      `Corvo also confirmed that its captain, Daria Voss, had turned down the club's offer of a new contract and would leave in the summer.`,
      `Voss, 31, is understood to be in talks with clubs in Spain.`,
      ``,
      `Brightwater and the turbine maker Olsen Kraft settled their long-running patent dispute out of court in March, according to filings seen by this newspaper.`,
      `In 2023 Olsen Kraft was found by an arbitration panel to have breached a maintenance contract with Brightwater by failing to service turbines on time.`,
      `Brightwater declined to comment on its finances.`,
      ``,
      `The city's licensing committee on Monday renewed the club's safety certificate for its Marsh Lane ground for three years.`,
      `The stadium's naming rights remain unsold, the club said.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Corvo Athletic', 'Brightwater Power'], status: 'reached', kind: 'agreed a deal with' },
      { at: '1.2', parties: ['Corvo Athletic', 'Lucky Lantern'], status: 'voided', kind: 'previous sponsor, definite description, contract ended' },
      { at: '2.1', parties: ['Corvo Athletic', 'Daria Voss'], status: 'rejected', kind: 'turned down an offer of a contract' },
      { at: '3.1', parties: ['Brightwater Power', 'Olsen Kraft'], status: 'reached', kind: 'settled dispute out of court' },
      { at: '3.2', parties: ['Olsen Kraft', 'Brightwater Power'], status: 'breached', kind: 'found to have breached a contract with' },
    ],
  },
];
