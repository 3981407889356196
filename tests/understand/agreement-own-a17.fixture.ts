/**
 * Agreement set of session 11 (issue 11, helper a17): five invented news articles written and
 * labelled before the agreement extractor was read or run on them (the helper's fresh set for the
 * carry test: scored at first sight, never tuned on), labelled by the rule of
 * agreement-patterns.fixture.ts and the lead's convention of session 11 (an offer one side refused
 * is no agreement; a deal reached and later voted down is one, status rejected). Subjects far from
 * the earlier sets: an elephant breeding loan, two orchestras merging, a satellite launch contract,
 * two councils' waste contract, a regional airline. Parties sit in the places issue 11 names:
 * "X of Place" names, appositions ("Skellig's rival, Westmere Airways,"), possessive descriptions
 * ("Its parent company"), descriptions to resolve by kind ("the carrier", "the launch provider",
 * "the two councils", "the wildlife service"), lists of three, members and trustees approving (a
 * status, not a party). Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a17`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A17_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a zoo borrows elephants.
  {
    name: 'elephant-breeding-loan',
    body: [
      `The Ravensholt Zoological Society, which runs Calloway Zoo in Dunharrow, has signed a ten-year breeding loan with the Tessaly Wildlife Service for two female elephants.`,
      `The agreement was approved by the society's trustees last week.`,
      ``,
      `Under the loan, the zoo will pay for a new elephant house and send its keepers to train in Tessaly.`,
      `Visitor numbers at the zoo fell by a fifth last year.`,
      ``,
      `The society had turned down an offer from the Brenmoor Safari Park, its nearest rival, to buy the animals outright.`,
      `Brenmoor's owner, the leisure group Haldane Parks, bought the safari park in 2019.`,
      ``,
      `The wildlife service ended a similar loan with the Garrow City Zoo in 2021 after one of its elephants died.`,
      `Keepers said the animals would arrive in the spring.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ravensholt Zoological Society', 'Tessaly Wildlife Service'], status: 'signed', kind: 'long subject with a which-clause, signed a loan with' },
      { at: '1.2', parties: ['Ravensholt Zoological Society', 'Tessaly Wildlife Service'], status: 'approved', kind: 'approved by trustees (status, not party)' },
      { at: '2.1', parties: ['Ravensholt Zoological Society', 'Tessaly Wildlife Service'], status: 'signed', kind: 'under the loan' },
      { at: '3.1', parties: ['Brenmoor Safari Park', 'Ravensholt Zoological Society'], status: 'rejected', kind: 'turned down an offer from X to buy (relabelled in session 15 to the settled convention of session 13: a refused offer is an agreement sentence, rejected, both sides)' },
      { at: '3.2', parties: ['Haldane Parks', 'Brenmoor Safari Park'], status: 'reached', kind: 'possessive apposition bought' },
      { at: '4.1', parties: ['Tessaly Wildlife Service', 'Garrow City Zoo'], status: 'voided', kind: 'description subject ended a loan with' },
    ],
  },

  // 2 — two orchestras merge; the musicians vote it down.
  {
    name: 'orchestras-merge-vote',
    body: [
      `The Northern Sinfonia of Kelby and the Strandhaven Philharmonic have agreed to merge into a single orchestra from next season, their boards said on Tuesday.`,
      `The combined orchestra will be based at the Lowther Hall in Kelby.`,
      ``,
      `The deal was rejected on Friday by members of the Musicians' Guild, who play in both orchestras.`,
      `The guild's secretary, Ada Merritt, said 40 jobs would go.`,
      ``,
      `The Strandhaven orchestra's sponsorship contract with the energy firm Corvane, which runs until 2028, will pass to the new orchestra.`,
      `Corvane said it welcomed the plan.`,
      ``,
      `Kelby City Council, which owns the Lowther Hall, signed a new 20-year lease with the Sinfonia in March.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Northern Sinfonia of Kelby', 'Strandhaven Philharmonic'], status: 'reached', kind: 'X of Place and Y agreed to merge' },
      { at: '2.1', parties: ['Northern Sinfonia of Kelby', 'Strandhaven Philharmonic'], status: 'rejected', kind: 'deal rejected by members (status, not party)' },
      { at: '3.1', parties: ['Strandhaven Philharmonic', 'Corvane'], status: 'in force', kind: 'possessive description holder contract with' },
      { at: '4.1', parties: ['Kelby City Council', 'Northern Sinfonia of Kelby'], status: 'signed', kind: 'signed a lease with a short description' },
    ],
  },

  // 3 — a satellite start-up buys launches.
  {
    name: 'satellite-launch-contract',
    headline: 'Orbweave signs launch deal with Valtane Rockets',
    body: [
      `The satellite start-up Orbweave has signed a contract with Valtane Rockets to launch its first six weather satellites from the Isle of Corr.`,
      `The launch provider will be paid about €40 million under the contract.`,
      ``,
      `Orbweave had previously agreed a launch with Spirex, a rival of Valtane, but cancelled it last year when Spirex's rocket failed.`,
      ``,
      `Valtane, a subsidiary of the engineering group Moravec Industries, has launched 31 rockets since 2015.`,
      `Its parent company bought a stake in Orbweave in January.`,
      ``,
      `The European Space Office, the Corr Islands Authority and Orbweave signed a separate accord on tracking stations in May.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Orbweave', 'Valtane Rockets'], status: 'signed', kind: 'headline signs deal with' },
      { at: '1.1', parties: ['Orbweave', 'Valtane Rockets'], status: 'signed', kind: 'description before the name, signed a contract with' },
      { at: '1.2', parties: ['Orbweave', 'Valtane Rockets'], status: 'signed', kind: 'description subject under the contract' },
      { at: '2.1', parties: ['Orbweave', 'Spirex'], status: 'voided', kind: 'agreed then cancelled, apposition a rival of' },
      { at: '3.2', parties: ['Moravec Industries', 'Orbweave'], status: 'reached', kind: 'possessive description its parent company bought a stake' },
      { at: '4.1', parties: ['European Space Office', 'Corr Islands Authority', 'Orbweave'], status: 'signed', kind: 'list of three signed' },
    ],
  },

  // 4 — two councils share a waste contract.
  {
    name: 'councils-waste-contract',
    body: [
      `Amberlow District Council and Fennick Borough Council have awarded a joint waste collection contract to the recycling company Greenhythe.`,
      `The two councils said the deal would save £3 million over eight years.`,
      ``,
      `Greenhythe replaces Tollard Environmental, whose contract with the councils ends in April.`,
      `Tollard had offered to cut its fees by a tenth, but the councils refused.`,
      ``,
      `Bin crews employed by Tollard will move to the new firm.`,
      `Vandermolen Capital bought Greenhythe from its founders in 2020.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Amberlow District Council', 'Fennick Borough Council', 'Greenhythe'], status: 'reached', kind: 'two awarders, awarded a contract to' },
      { at: '1.2', parties: ['Amberlow District Council', 'Fennick Borough Council', 'Greenhythe'], status: 'reached', kind: 'the two councils said the deal' },
      { at: '2.1', parties: ['Tollard Environmental', 'Amberlow District Council', 'Fennick Borough Council'], status: 'in force', kind: 'whose contract with the councils ends' },
      { at: '3.2', parties: ['Vandermolen Capital', 'Greenhythe'], status: 'reached', kind: 'bought from its founders' },
    ],
  },

  // 5 — a regional airline: pilots, a lessor, a rival bought.
  {
    name: 'regional-airline-deals',
    body: [
      `Skellig Air has reached a pay deal with the Airline Pilots' Association, ending a strike that grounded half its flights.`,
      `Members of the association approved the deal by 412 votes to 88 on Sunday.`,
      ``,
      `The carrier also agreed a lease for four turboprops with the Irish lessor Corran Aviation.`,
      `The aircraft will arrive in May.`,
      ``,
      `Skellig's rival, Westmere Airways, was bought by the Danish travel group Nordhav in March.`,
      `Nordhav had offered to buy Skellig as well, but the regional carrier's owners refused.`,
      ``,
      `Skellig's codeshare agreement with the flag carrier Aer Lonan was ended by the new management in 2023.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Skellig Air", "Airline Pilots' Association"], status: 'reached', kind: 'reached a pay deal with' },
      { at: '1.2', parties: ["Skellig Air", "Airline Pilots' Association"], status: 'approved', kind: 'approved by members (status, not party)' },
      { at: '2.1', parties: ['Skellig Air', 'Corran Aviation'], status: 'reached', kind: 'the carrier (WordNet person) agreed a lease with' },
      { at: '3.1', parties: ['Westmere Airways', 'Nordhav'], status: 'reached', kind: 'possessive apposition was bought by' },
      { at: '3.2', parties: ['Nordhav', 'Skellig Air'], status: 'rejected', kind: 'offer refused by the owners (relabelled in session 13 to the settled convention: a refused offer is an agreement sentence, rejected, both sides)' },
      { at: '4.1', parties: ['Skellig Air', 'Aer Lonan'], status: 'voided', kind: 'possessive holder agreement with, was ended' },
    ],
  },
];
