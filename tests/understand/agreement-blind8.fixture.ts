/**
 * Blind agreement set 8: eight invented news articles (a district-heating concession, a dental
 * chain's purchase, a cycle race's television rights, a sheriff's cloud contract voided, a border
 * ceasefire, a sugar-beet price deal, a department store's takeover, a rail signallers' pay deal)
 * written in its own words by a separate session that read no extractor code (session 10). Scored
 * by the lead at first sight on session 9's last code (95aac81): precision / recall / parties /
 * status 95.0 / 84.4 / 78.9 / 78.9 %; unchanged after session 10's first round (a15, fixes from our
 * own set); then its kinds of miss were written again in our own sentences and fixed (round 2,
 * a16): 95.5 / 93.3 / 85.7 / 85.7 %. It is now a set that may be tuned on. Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --blind-8`. Same format and labelling rule as
 * agreement-patterns.fixture.ts. `BLIND8_CLOSE_NON_AGREEMENTS` lists, per article, sentences that
 * come close to an agreement but state none, for counting only.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const BLIND8_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — energy, British spelling: a district heating concession.
  {
    name: 'district-heating-concession',
    body: [
      `Harlowmere City Council has signed a 30-year concession with the energy company Northvane Heat to build and run a district heating network serving 12,000 homes.`,
      `Under the contract, Northvane will pipe waste heat from the Dunmill incinerator to council flats on the Lowfield and Castlegate estates.`,
      ``,
      `The cabinet voted unanimously for the scheme on Tuesday.`,
      `Opposition councillors had asked for a second bidder to be considered, but no other firm came forward.`,
      ``,
      `Northvane also agreed to buy heat from the incinerator's operator, Greyfell Waste, under a separate 15-year supply deal.`,
      `Greyfell's own contract with the council to burn household rubbish runs until 2041.`,
      ``,
      `An earlier plan to heat the estates with a biomass boiler was dropped in 2021.`,
      `If heat prices rise faster than inflation, tenants could end up paying more than they do now, the Tenants' Federation warned.`,
      `Northvane met tenants' representatives twice in the autumn to discuss tariffs.`,
      ``,
      `The concession was approved by the Secretary of State for Energy on Friday, clearing the way for work to start in June.`,
      `Northvane denied reports that it was in talks to sell a stake in the project to a pension fund.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harlowmere City Council', 'Northvane Heat'], status: 'signed', kind: 'concession signed' },
      { at: '1.2', parties: ['Harlowmere City Council', 'Northvane Heat'], status: 'in force', kind: 'under the contract' },
      { at: '3.1', parties: ['Northvane Heat', 'Greyfell Waste'], status: 'reached', kind: 'agreed to buy under a supply deal, apposed party' },
      { at: '3.2', parties: ['Greyfell Waste', 'Harlowmere City Council'], status: 'in force', kind: 'possessed contract runs until; the council' },
      { at: '5.1', parties: ['Harlowmere City Council', 'Northvane Heat'], status: 'approved', kind: 'later mention passive approved by a third party' },
    ],
  },

  // 2 — health business wire copy, American spelling: a dental chain buys a rival.
  {
    name: 'dental-chain-acquisition-wire',
    body: [
      `BOSTON, Sept. 9 (Harbor Financial Wire) — Brightsmile Dental Partners, the largest dental chain in New England, has agreed to acquire Coastal Family Dentistry for $186 million in cash, the companies said Monday.`,
      `The purchase adds 41 clinics in Maine and New Hampshire to Brightsmile's network.`,
      ``,
      `The deal is expected to close in the first quarter, subject to approval by federal antitrust regulators.`,
      `Coastal's founder, Dr. Ruth Alvarado, said she had turned down two earlier offers from private equity firms.`,
      ``,
      `Brightsmile was itself bought by the investment firm Tidewater Capital in 2019.`,
      `Tidewater has said it wants to list the company on the stock market within three years.`,
      ``,
      `Dentists at 12 Coastal clinics have signed a petition asking the state to review the sale.`,
      `Maine's attorney general has not said whether she will investigate.`,
      `Coastal held preliminary talks with a hospital group in 2023 that went nowhere.`,
      ``,
      `In a separate move, Brightsmile signed a five-year supply contract with the instrument maker Orland Medical worth about $30 million.`,
      `A similar contract with Orland's rival, Pentrex, was canceled last year after a dispute over late deliveries.`,
      `Pentrex said it would sue.`,
    ].join('\n'),
    gold: [
      { at: '2.2', parties: ['Coastal Family Dentistry', 'private equity firms'], status: 'rejected', kind: 'reported: turned down two earlier offers from (relabelled in session 12: the project convention)' },
      { at: '1.1', parties: ['Brightsmile Dental Partners', 'Coastal Family Dentistry'], status: 'reached', kind: 'agreed to acquire, dateline, apposition subject' },
      { at: '1.2', parties: ['Brightsmile Dental Partners', 'Coastal Family Dentistry'], status: 'reached', kind: 'later: the purchase adds … to possessor' },
      { at: '2.1', parties: ['Brightsmile Dental Partners', 'Coastal Family Dentistry'], status: 'reached', kind: 'later: the deal is expected to close' },
      { at: '3.1', parties: ['Tidewater Capital', 'Brightsmile Dental Partners'], status: 'reached', kind: 'passive bought by' },
      { at: '5.1', parties: ['Brightsmile Dental Partners', 'Orland Medical'], status: 'signed', kind: 'supply contract signed' },
      { at: '5.2', parties: ['Brightsmile Dental Partners', 'Pentrex'], status: 'voided', kind: 'later passive canceled; similar contract, party from context' },
    ],
  },

  // 3 — sport, British spelling: a cycle race sells its television rights.
  {
    name: 'cycle-race-tv-rights',
    body: [
      `The Tour of the Marrach Hills has sold its television rights to the streaming service Velox Sport in a four-year deal worth £9 million, race organisers announced on Wednesday.`,
      `The race had been shown live by the public broadcaster RTM since 2003 under a partnership that expires in December.`,
      ``,
      `RTM said it had offered to match Velox's bid but was given no chance to do so.`,
      `Velox will show all six stages and a nightly highlights programme.`,
      `Fans’ groups have started a petition asking for free-to-air coverage to be kept.`,
      ``,
      `Under the deal, Velox must also post a free highlights clip on the race's website within an hour of each finish.`,
      `The race's title sponsor, Corrabay Bank, renewed its sponsorship contract with the organisers for three more years in March.`,
      ``,
      `Sports minister Gwen Pask met the organisers last week but said she had no power to block the sale.`,
      `Ministers are considering whether to add the race to the list of events that must be shown on free television.`,
      `If that happens, the Velox agreement could be challenged in court.`,
      ``,
      `The contract was approved on Thursday by the board of Cycling Marrach, the sport's governing body.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tour of the Marrach Hills', 'Velox Sport'], status: 'reached', kind: 'sold rights in a deal' },
      { at: '1.2', parties: ['Tour of the Marrach Hills', 'RTM'], status: 'in force', kind: 'under a partnership that expires; the race' },
      { at: '3.1', parties: ['Tour of the Marrach Hills', 'Velox Sport'], status: 'in force', kind: 'under the deal' },
      { at: '3.2', parties: ['Corrabay Bank', 'Tour of the Marrach Hills'], status: 'reached', kind: 'renewed contract with the organisers' },
      { at: '5.1', parties: ['Tour of the Marrach Hills', 'Velox Sport'], status: 'approved', kind: 'later passive approved by governing body' },
    ],
  },

  // 4 — courts and tech, American spelling: a sheriff's cloud contract voided.
  {
    name: 'sheriff-cloud-contract-voided',
    body: [
      `A state judge on Thursday voided a $48 million contract between the Carrow County Sheriff's Office and the software company Nimbus Vault, ruling that the county had skipped required public hearings.`,
      `The contract, signed in 2023, moved the department's body-camera footage and case files to Nimbus servers.`,
      ``,
      `Judge Marcia Delano ordered the county to stop new uploads within 90 days.`,
      `Nimbus Vault said it would appeal.`,
      `Sheriff Tom Keller had offered in January to hold the hearings retroactively, an offer the plaintiffs rejected.`,
      ``,
      `The lawsuit was brought by the civil liberties group Open Carrow and two county residents.`,
      `Open Carrow and the county reached a partial settlement last year over how long footage may be kept, but it did not cover the contract itself.`,
      ``,
      `Nimbus has signed similar contracts with the police departments of Dunmore and Westvale.`,
      `The company also held talks with the state police about a statewide system, but no deal was reached.`,
      ``,
      `On Friday the county signed a one-year stopgap storage agreement with Harlan State University, whose data center will take over the files if the appeal fails.`,
      `The county had considered building its own storage center but dropped the idea as too costly.`,
    ].join('\n'),
    gold: [
      { at: '2.3', parties: ['Sheriff Tom Keller', 'plaintiffs'], status: 'rejected', kind: 'an offer the plaintiffs rejected (relabelled in session 12: the project convention)' },
      { at: '1.1', parties: ["Carrow County Sheriff's Office", 'Nimbus Vault'], status: 'voided', kind: 'court voided a contract between X and Y' },
      { at: '1.2', parties: ["Carrow County Sheriff's Office", 'Nimbus Vault'], status: 'signed', kind: 'later: the contract, signed in 2023' },
      { at: '3.2', parties: ['Open Carrow', 'Carrow County'], status: 'reached', kind: 'X and the county reached a settlement' },
      { at: '4.1', parties: ['Nimbus Vault', 'Dunmore', 'Westvale'], status: 'signed', kind: 'signed contracts with police departments of A and B' },
      { at: '5.1', parties: ['Carrow County', 'Harlan State University'], status: 'signed', kind: 'stopgap agreement signed' },
    ],
  },

  // 5 — diplomacy, British spelling: a border ceasefire, breached, collapsed; an old treaty left.
  {
    name: 'river-border-ceasefire',
    body: [
      `Velmaria and Ostrakia agreed a ceasefire on Sunday after three weeks of fighting along their disputed river border, the foreign ministries of both countries said.`,
      `The truce, brokered by the Union of Southern States, took effect at midnight.`,
      ``,
      `Velmarian artillery breached the ceasefire within hours, shelling a customs post at Drell, according to monitors from the Union of Southern States.`,
      `Velmaria denied that its forces had fired first.`,
      ``,
      `Negotiators from both sides will meet in the neutral city of Assen-Kor next week to discuss a permanent settlement.`,
      `A peace treaty would require the approval of both parliaments.`,
      `Ostrakia rejected a Velmarian proposal in May to share the river's fishing grounds.`,
      ``,
      `The two countries signed a water-sharing treaty in 1994.`,
      `Velmaria withdrew from the treaty in 2019, accusing its neighbour of diverting the river upstream.`,
      ``,
      `By Wednesday the ceasefire had collapsed, with fighting reported in three border districts.`,
      `The Union of Southern States called an emergency summit for Friday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Velmaria', 'Ostrakia'], status: 'reached', kind: 'X and Y agreed a ceasefire' },
      { at: '1.2', parties: ['Velmaria', 'Ostrakia'], status: 'in force', kind: 'later: the truce took effect; mediator is not a party' },
      { at: '2.1', parties: ['Velmaria', 'Ostrakia'], status: 'breached', kind: 'later: adjective subject breached the ceasefire' },
      { at: '4.1', parties: ['Velmaria', 'Ostrakia'], status: 'signed', kind: 'the two countries signed a treaty' },
      { at: '4.2', parties: ['Velmaria', 'Ostrakia'], status: 'voided', kind: 'later: withdrew from the treaty' },
      { at: '5.1', parties: ['Velmaria', 'Ostrakia'], status: 'collapsed', kind: 'later: the ceasefire had collapsed' },
    ],
  },

  // 6 — farming, British spelling: growers and a sugar processor settle prices.
  {
    name: 'sugar-beet-price-accord',
    body: [
      `The Beet Growers' Association and the processor Ambersfield Sugar have reached a two-year pricing agreement, ending a dispute that had threatened this autumn's harvest.`,
      `Under the accord, growers will receive £38 a tonne, up from £31, with a bonus if the sugar content is high.`,
      ``,
      `Ambersfield had first offered £34, which the association's members turned down by a large majority in July.`,
      `The association's members ratified the new deal at a meeting in Lincoln on Tuesday, with 81 per cent voting in favour.`,
      ``,
      `The association's chairman, Colin Brack, said the price was "fair, if not generous".`,
      `Ambersfield said it would close its Holtby factory in 2027.`,
      `Brack said growers would not sign any contract with a new owner of the Holtby site, if one is found, without a guaranteed minimum price.`,
      ``,
      `The company is also in talks with a Dutch seed breeder, Verhaag Zaden, about developing hardier varieties.`,
      `Last year Ambersfield signed a ten-year contract to supply sugar to the drinks maker Fizzwell.`,
      `Fizzwell was bought by the American beverage group Tallcroft in January.`,
      ``,
      `The deal between growers and processor was welcomed by the farming minister, who had threatened to intervene if no agreement was reached.`,
      `Had the dispute dragged on, much of the crop could have been left to rot in the fields.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Beet Growers' Association", 'Ambersfield Sugar'], status: 'reached', kind: 'X and Y reached an agreement' },
      { at: '1.2', parties: ["Beet Growers' Association", 'Ambersfield Sugar'], status: 'in force', kind: 'under the accord' },
      { at: '2.2', parties: ["Beet Growers' Association", 'Ambersfield Sugar'], status: 'ratified', kind: 'members ratified the new deal' },
      { at: '4.2', parties: ['Ambersfield Sugar', 'Fizzwell'], status: 'signed', kind: 'signed a contract to supply to Y' },
      { at: '4.3', parties: ['Tallcroft', 'Fizzwell'], status: 'reached', kind: 'passive bought by' },
      { at: '5.1', parties: ['growers', 'Ambersfield Sugar'], status: 'reached', kind: 'later: the deal between growers and processor was welcomed' },
    ],
  },

  // 7 — retail wire copy, American spelling: a department store chain is bought.
  {
    name: 'department-store-takeover-wire',
    body: [
      `NEW YORK, March 3 (Northgate Wire) — Halloway & Finch, the 140-year-old department store chain, has agreed to be bought by the retail investor Corbin Street Partners for $620 million, the companies said on Tuesday.`,
      `The takeover ends a six-month auction in which at least four bidders took part.`,
      ``,
      `Rival chain Mercer's made an offer of $580 million in January, which Halloway's board rejected as too low.`,
      `Mercer's said Tuesday it would not raise its bid.`,
      ``,
      `Halloway's shareholders are due to vote on the sale in May.`,
      `Under the agreement, Corbin has promised to keep the flagship store on Fifth Avenue open for at least five years.`,
      ``,
      `The chain's lease on its Chicago store, signed with the landlord Varick Realty in 1998, expires next year.`,
      `Varick has said it wants to turn the building into offices.`,
      `Halloway's management offered to buy the Chicago building outright last year, but Varick did not reply.`,
      ``,
      `The deal was approved by Halloway's board on Monday night.`,
      `A planned merger of Halloway's credit card business with Pinecrest Bank was called off in 2022.`,
      `Analysts said a takeover by Mercer's would have led to hundreds of store closures.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Halloway & Finch', 'Corbin Street Partners'], status: 'reached', kind: 'agreed to be bought by, dateline' },
      { at: '1.2', parties: ['Halloway & Finch', 'Corbin Street Partners'], status: 'reached', kind: 'later: the takeover ends' },
      { at: '2.1', parties: ["Mercer's", 'Halloway & Finch'], status: 'rejected', kind: 'offer rejected by the board, relative clause (relabelled in session 12: the project convention)' },
      { at: '3.2', parties: ['Halloway & Finch', 'Corbin Street Partners'], status: 'in force', kind: 'under the agreement' },
      { at: '4.1', parties: ['Halloway & Finch', 'Varick Realty'], status: 'in force', kind: "the chain's lease, signed with Y, expires next year" },
      { at: '5.1', parties: ['Halloway & Finch', 'Corbin Street Partners'], status: 'approved', kind: 'later passive approved by own board' },
      { at: '5.2', parties: ['Halloway & Finch', 'Pinecrest Bank'], status: 'collapsed', kind: 'planned merger called off; possessed unit' },
    ],
  },

  // 8 — transport labour, British spelling: signallers accept a pay deal.
  {
    name: 'rail-signallers-pay-deal',
    body: [
      `Members of the Rail Signalling Union have voted to accept a pay deal with Trackline Infrastructure, ending a dispute that caused 11 days of strikes since the spring.`,
      `The agreement gives signallers a 5.5 per cent rise this year and 4 per cent next year.`,
      ``,
      `An earlier offer of 4 per cent was rejected by 68 per cent of members in a ballot in June.`,
      `The union's general secretary, Mick Dorran, said the deal was "the best we could get without another summer of strikes".`,
      ``,
      `Trackline said the rise would be paid for partly by changes to rostering.`,
      `Train drivers in the Footplate Union are still in dispute with the operator and will hold talks on Monday.`,
      `The government refused to fund the rise.`,
      ``,
      `Last year the two sides signed a no-strike agreement covering the Christmas period.`,
      `Trackline breached that agreement in December by using managers to staff signal boxes during a walkout by another union, an employment tribunal found in May.`,
      ``,
      `The new deal was signed by both sides on Thursday and takes effect from April 1.`,
      `If the drivers' dispute is not settled, services could still be disrupted in the summer.`,
      `The union has not ruled out further action over staffing.`,
    ].join('\n'),
    gold: [
      { at: '2.1', parties: ['Rail Signalling Union', 'Trackline Infrastructure'], status: 'rejected', kind: 'earlier offer rejected by members, passive (relabelled in session 12: the project convention)' },
      { at: '1.1', parties: ['Rail Signalling Union', 'Trackline Infrastructure'], status: 'approved', kind: 'members voted to accept a deal with Y' },
      { at: '1.2', parties: ['Rail Signalling Union', 'Trackline Infrastructure'], status: 'in force', kind: 'later: the agreement gives' },
      { at: '2.2', parties: ['Rail Signalling Union', 'Trackline Infrastructure'], status: 'reached', kind: 'later: the deal, inside reported speech' },
      { at: '4.1', parties: ['Rail Signalling Union', 'Trackline Infrastructure'], status: 'signed', kind: 'the two sides signed an agreement' },
      { at: '4.2', parties: ['Rail Signalling Union', 'Trackline Infrastructure'], status: 'breached', kind: 'later: X breached that agreement' },
      { at: '5.1', parties: ['Rail Signalling Union', 'Trackline Infrastructure'], status: 'signed', kind: 'later passive signed by both sides' },
    ],
  },
];

export const BLIND8_CLOSE_NON_AGREEMENTS: Record<string, string[]> = {
  'district-heating-concession': ['2.1', '2.2', '4.1', '4.2', '4.3', '5.2'],
  'dental-chain-acquisition-wire': ['3.2', '4.1', '4.2', '4.3', '5.3'],
  'cycle-race-tv-rights': ['2.1', '2.3', '4.1', '4.2', '4.3'],
  'sheriff-cloud-contract-voided': ['2.1', '2.2', '4.2', '5.2'],
  'river-border-ceasefire': ['2.2', '3.1', '3.2', '3.3', '5.2'],
  'sugar-beet-price-accord': ['2.1', '3.2', '3.3', '4.1', '5.2'],
  'department-store-takeover-wire': ['2.2', '3.1', '4.2', '4.3', '5.3'],
  'rail-signallers-pay-deal': ['3.2', '3.3', '5.2', '5.3'],
};
