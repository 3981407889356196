/**
 * Blind agreement set 9: eight invented news articles (a hearing-aid maker's takeover on the wire,
 * a herbicide-drift settlement, a fire station leased to an arts group, an athletics kit contract
 * ended, a battery-storage power contract, a nurse-training partnership, a visa-waiver accord, a
 * painting's loan in one paragraph) written in its own words by a separate session that read no
 * extractor code (session 10). Precision / recall / parties / status at first sight on session 9's
 * last code (95aac81): 97.8 / 88.0 / 72.7 / 97.7 %; unchanged after session 10's first round (a15);
 * 97.8 / 88.0 / 77.3 / 97.7 % after round 2 (a16, kinds of set 8 in our own sentences: descriptions
 * resolved to names of their own kind). Not tuned on yet. Its writer labels an offer the other side
 * refused as an agreement with status rejected (as blind set 4 does; set 8's writer did not).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --blind-9`. Same format and labelling
 * rule as agreement-patterns.fixture.ts; `BLIND9_CLOSE_NON_AGREEMENTS` lists the close
 * non-agreements, for counting only.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const BLIND9_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — wire copy with dateline, American spelling: a hearing-aid maker buys a rival.
  {
    name: "hearing-aid-makers-takeover-wire",
    body: [
      `COPENVALE, April 8 (Meridian Press) — Auralis Hearing, the second-largest maker of hearing aids in the Baltic region, has agreed to buy its smaller rival Sonnet Medical for 2.4 billion kroner in cash, the companies said on Tuesday.`,
      `Under the agreement, Sonnet shareholders will receive 118 kroner a share, a premium of 31 percent over Monday's closing price.`,
      ``,
      `Sonnet's board approved the takeover late on Monday, after Auralis raised its price twice.`,
      `Auralis chief executive Henrik Lysgaard met Sonnet's founders three times over the winter.`,
      `Analysts at Nordbay Capital said a rival bid from a larger American group could not be ruled out.`,
      ``,
      `Sonnet signed a ten-year supply contract with the chip designer Miravox in 2022, and that contract will pass to Auralis.`,
      `Auralis plans to close Sonnet's headquarters in Halby within two years.`,
      `A spokesman for Sonnet's largest shareholder, the Halby Pension Fund, said it had not yet decided whether to accept the offer.`,
      `Worker representatives at Sonnet said they had not been consulted.`,
      ``,
      `A planned merger between Sonnet and Kessler Akustik collapsed last year over the value of Kessler's clinic network.`,
      `If regulators block the takeover, Auralis would have to pay Sonnet a break fee of 150 million kroner.`,
      `Auralis shares rose 4 percent in Copenvale trading.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Auralis Hearing", "Sonnet Medical"], status: 'reached', kind: "agreed to buy, dateline, apposition subject" },
      { at: '1.2', parties: ["Auralis Hearing", "Sonnet Medical"], status: 'in force', kind: "under the agreement (terms)" },
      { at: '2.1', parties: ["Auralis Hearing", "Sonnet Medical"], status: 'approved', kind: "board approved takeover" },
      { at: '3.1', parties: ["Sonnet Medical", "Miravox"], status: 'signed', kind: "earlier contract signed with" },
      { at: '4.1', parties: ["Sonnet Medical", "Kessler Akustik"], status: 'collapsed', kind: "planned merger collapsed" },
    ],
  },

  // 2 — court report, American spelling: a judge approves a herbicide-drift settlement after rejecting an earlier one.
  {
    name: "herbicide-drift-settlement-court",
    body: [
      `A federal judge in Carrow County on Friday approved a $6.8 million settlement between the agrochemical maker Veldt Crop Sciences and 212 organic farmers who said drift from its weedkiller had ruined their harvests.`,
      `The farmers sued in 2023, alleging that the herbicide, sold under the brand name Trellis, vaporized in summer heat and blew onto neighboring fields.`,
      ``,
      `Under the settlement, each farm will receive at least $18,000, and Veldt will fund a five-year testing program run by Carrow State University.`,
      `Veldt did not admit wrongdoing.`,
      `Judge Harold Imrie rejected an earlier version of the deal in March, saying it left out farmers who rented rather than owned their land.`,
      ``,
      `Veldt's lawyers had offered in January to pay each farm $9,000, an offer the plaintiffs never answered.`,
      `Lawyers for both sides then spent eleven days with a mediator, retired judge Evelyn Strand, before reaching the revised agreement.`,
      `The company also faces a separate suit brought by the state of Marren, which has not been settled.`,
      ``,
      `Veldt's distribution contract with the farm-supply chain Harrowgate Co-op, which sold most of the Trellis used in the county, was terminated by the co-op last year.`,
      `Harrowgate is now in talks with Sumner Agri about stocking a rival product.`,
      `If fewer than 90 percent of the farmers sign on, Veldt may withdraw from the settlement.`,
      ``,
      `The company said it would stop selling Trellis in three states next season.`,
      `Farmers have until Oct. 31 to file claims under the agreement.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Veldt Crop Sciences", "organic farmers"], status: 'approved', kind: "settlement approved by a judge" },
      { at: '2.1', parties: ["Veldt Crop Sciences", "organic farmers"], status: 'in force', kind: "under the settlement (terms)" },
      { at: '2.3', parties: ["Veldt Crop Sciences", "organic farmers"], status: 'rejected', kind: "earlier deal rejected by the judge" },
      { at: '3.2', parties: ["Veldt Crop Sciences", "organic farmers"], status: 'reached', kind: "both sides reached revised agreement after mediation" },
      { at: '4.1', parties: ["Harrowgate Co-op", "Veldt Crop Sciences"], status: 'voided', kind: "later mention passive terminated" },
      { at: '5.2', parties: ["Veldt Crop Sciences", "organic farmers"], status: 'in force', kind: "claims under the agreement" },
    ],
  },

  // 3 — local paper, British spelling: a council leases an old fire station to an arts group.
  {
    name: "fire-station-arts-lease-council",
    body: [
      `Ashcombe Borough Council has agreed to lease the former fire station on Quarry Lane to the Quarry Lane Arts Collective for a peppercorn rent of £1 a year.`,
      `The 25-year lease was signed at the town hall on Wednesday by council leader Priya Haldane and the collective’s chair, Morwenna Pike.`,
      ``,
      `Under the lease, the collective must raise £400,000 within five years to repair the roof and install step-free access.`,
      `The Ashcombe and Wenford Fire Service handed the building to the borough in 2019 under a transfer agreement signed by both bodies.`,
      `Opposition councillors had wanted the site sold to the highest bidder.`,
      ``,
      `A developer, Brindle Homes, expressed interest in the site in 2022 but never made a formal offer.`,
      `The council has also signed a memorandum of understanding with Ashcombe College, under which students on the college’s construction courses will help with the restoration.`,
      ``,
      `An earlier arrangement with the Ashcombe Model Railway Society, which kept its layout in the station’s engine bay, was ended by the council in 2021 after a dispute over insurance.`,
      `The society has asked to return, but no decision has been made.`,
      `Councillors rejected a motion to put the lease out to public consultation.`,
      `Ms Pike said the collective hoped to open a gallery and print workshop by Easter.`,
      `The council’s cabinet will discuss a similar scheme for the old library in Fenby next month.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Ashcombe Borough Council", "Quarry Lane Arts Collective"], status: 'reached', kind: "agreed to lease to" },
      { at: '1.2', parties: ["Ashcombe Borough Council", "Quarry Lane Arts Collective"], status: 'signed', kind: "lease signed by two representatives" },
      { at: '2.1', parties: ["Ashcombe Borough Council", "Quarry Lane Arts Collective"], status: 'in force', kind: "under the lease (terms)" },
      { at: '2.2', parties: ["Ashcombe and Wenford Fire Service", "Ashcombe Borough Council"], status: 'signed', kind: "transfer agreement signed by both; and in a name" },
      { at: '3.2', parties: ["Ashcombe Borough Council", "Ashcombe College"], status: 'signed', kind: "memorandum of understanding signed" },
      { at: '4.1', parties: ["Ashcombe Borough Council", "Ashcombe Model Railway Society"], status: 'voided', kind: "later mention arrangement passive ended" },
    ],
  },

  // 4 — sport, British spelling: a national athletics federation drops its kit supplier.
  {
    name: "athletics-kit-contract-terminated",
    body: [
      `Athletics Norvania has terminated its kit contract with the sportswear maker Stridon, two years before it was due to expire, after a row over late deliveries to the national team.`,
      `The federation said Stridon had repeatedly breached the contract by failing to deliver spikes and racing vests in time for major championships.`,
      ``,
      `Stridon denied breaking the agreement and said it would contest the termination.`,
      `The federation has signed a four-year deal with Kelso Sport, worth a reported €3m a year, to kit out its athletes from January.`,
      ``,
      `Sprinter Aino Varkaus, the European indoor champion, extended her personal sponsorship deal with Kelso until 2030 last month.`,
      `Hurdler Tomas Elg said he had spoken to several brands but had not yet chosen one.`,
      `Stridon had offered to waive a year's fees if the federation stayed, the company said, but received no reply.`,
      ``,
      `The federation’s board voted on Monday to seek damages from Stridon.`,
      `Under the new agreement, Kelso will also fund a youth coaching programme in the north of the country.`,
      `Talks between the federation and the Norvanian Olympic Committee about a joint marketing arrangement are continuing.`,
      ``,
      `Stridon and the federation had agreed a three-month extension of delivery deadlines last year, which the company also missed.`,
      `If the dispute reaches court, the team could compete in unbranded kit at the world indoor championships in March.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Athletics Norvania", "Stridon"], status: 'voided', kind: "terminated contract with" },
      { at: '1.2', parties: ["Athletics Norvania", "Stridon"], status: 'breached', kind: "later mention breached; the federation" },
      { at: '2.2', parties: ["Athletics Norvania", "Kelso Sport"], status: 'signed', kind: "signed deal with; the federation" },
      { at: '3.1', parties: ["Aino Varkaus", "Kelso Sport"], status: 'in force', kind: "sponsorship extended" },
      { at: '4.2', parties: ["Athletics Norvania", "Kelso Sport"], status: 'in force', kind: "under the new agreement (terms)" },
      { at: '5.1', parties: ["Stridon", "Athletics Norvania"], status: 'breached', kind: "agreed extension, then missed" },
    ],
  },

  // 5 — energy, American spelling: a battery plant wins a utility contract and forms a joint venture with landowners.
  {
    name: "battery-storage-power-contract",
    body: [
      `Pinecrest Energy Storage has signed a 15-year agreement to supply grid-balancing power to the utility Tri-Valley Electric from a 400-megawatt battery plant it is building outside the town of Garnet Flats, the companies said Wednesday.`,
      `The contract, valued at about $640 million, is the largest of its kind in the region.`,
      ``,
      `The agreement must still be approved by the state Public Utilities Commission, which is expected to rule in the fall.`,
      `Tri-Valley had invited bids from eleven developers last year.`,
      `A rival bidder, Sunmark Renewables, had proposed a cheaper project using pumped hydro, but the utility rejected it as too slow to build.`,
      ``,
      `Pinecrest has also formed a joint venture with the Corral Mesa Land Trust, which owns the site, to share revenue from the plant.`,
      `Under the joint venture, the trust will receive 4 percent of annual revenue and two seats on the project's board.`,
      `The trust's members voted to approve the venture in August.`,
      ``,
      `Pinecrest chief executive Lorna Vasquez-Hale said the company was also "in conversations" with two other utilities.`,
      `Her company tried to buy a solar farm from Drylands Power in 2022, but that deal fell apart when financing costs rose.`,
      `County commissioners have not yet issued a building permit for the plant.`,
      `Tri-Valley denied that it had promised Pinecrest a second contract.`,
      ``,
      `If the commission turns down the contract, Pinecrest says it could sell the power on the wholesale market instead.`,
      `Construction is due to begin in January.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Pinecrest Energy Storage", "Tri-Valley Electric"], status: 'signed', kind: "signed agreement to supply" },
      { at: '1.2', parties: ["Pinecrest Energy Storage", "Tri-Valley Electric"], status: 'in force', kind: "later mention value" },
      { at: '2.3', parties: ["Sunmark Renewables", "Tri-Valley Electric"], status: 'rejected', kind: "proposal rejected by the utility" },
      { at: '3.1', parties: ["Pinecrest Energy Storage", "Corral Mesa Land Trust"], status: 'reached', kind: "formed joint venture with" },
      { at: '3.2', parties: ["Pinecrest Energy Storage", "Corral Mesa Land Trust"], status: 'in force', kind: "under the joint venture (terms)" },
      { at: '3.3', parties: ["Pinecrest Energy Storage", "Corral Mesa Land Trust"], status: 'approved', kind: "members voted to approve" },
      { at: '4.2', parties: ["Pinecrest Energy Storage", "Drylands Power"], status: 'collapsed', kind: "purchase deal fell apart" },
    ],
  },

  // 6 — health, British spelling: a health board and a university set up a nursing school.
  {
    name: "nurse-training-partnership",
    body: [
      `Kerrow Health Board and the University of Dunmaray have signed a partnership to train 300 extra nurses a year at a new campus in Kerrow.`,
      `The agreement, announced on Monday, will run for ten years.`,
      ``,
      `Under the partnership, the health board will provide clinical placements and the university will recruit and employ the teaching staff.`,
      `The Ministry of Health has promised £18m towards the cost of the campus building.`,
      `Unions have called for guarantees that students will not be used to fill gaps in ward rotas.`,
      ``,
      `The board ended its previous training arrangement with Westmuir College in 2023, citing poor completion rates.`,
      `Westmuir has since struck a new deal with the neighbouring Sollas Health Board.`,
      `The Nursing Staff Federation said it had not been consulted on the plans.`,
      ``,
      `Board chief executive Duncan Arkwright said talks with a second university were at an early stage.`,
      `A pay agreement between the board and its nurses, approved by union members in June, gives newly qualified staff a starting salary of £31,200.`,
      `The board also looked at buying a private clinic in Lannock but decided against it.`,
      ``,
      `Had the university pulled out, the campus would have been scrapped, Mr Arkwright said.`,
      `The first students are due to start in September 2027.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Kerrow Health Board", "University of Dunmaray"], status: 'signed', kind: "partnership signed" },
      { at: '1.2', parties: ["Kerrow Health Board", "University of Dunmaray"], status: 'in force', kind: "later mention duration" },
      { at: '2.1', parties: ["Kerrow Health Board", "University of Dunmaray"], status: 'in force', kind: "under the partnership (terms)" },
      { at: '3.1', parties: ["Kerrow Health Board", "Westmuir College"], status: 'voided', kind: "ended arrangement with" },
      { at: '3.2', parties: ["Westmuir College", "Sollas Health Board"], status: 'reached', kind: "struck deal with" },
      { at: '4.2', parties: ["Kerrow Health Board", "nurses"], status: 'approved', kind: "pay agreement approved by members" },
    ],
  },

  // 7 — politics wire, American spelling: two countries sign and ratify a visa waiver.
  {
    name: "visa-waiver-accord-wire",
    body: [
      `KELDAR, Feb. 3 (Meridian Press) — Ostrelia and the Republic of Pashtel signed an agreement on Monday allowing each other's citizens to travel visa-free for stays of up to 90 days, ending more than a decade of strained relations.`,
      `The accord was signed in Keldar by Foreign Ministers Adela Rinn and Baraz Tohmal.`,
      ``,
      `Ostrelia's parliament must ratify the agreement before it takes effect; Pashtel's does not.`,
      `The two countries' 2009 air services agreement was torn up by Pashtel in 2014 after a row over an expelled journalist.`,
      `Rinn said restoring direct flights would be "the next conversation."`,
      `Pashtel's president met a delegation of Ostrelian business leaders on Tuesday.`,
      ``,
      `Pashtel had proposed a visa deal in 2019, but Ostrelia's then government never replied.`,
      `Opposition leader Mattias Ferr said his party would vote against ratification.`,
      ``,
      `Under the agreement, both countries will share passenger data on travelers crossing their border at Tesk.`,
      `A similar visa pact between Pashtel and neighboring Durovia collapsed in 2021 after Durovia accused Pashtel of refusing to take back deported citizens.`,
      ``,
      `Ostrelia's parliament ratified the agreement on Thursday by 212 votes to 88, three days after it was signed.`,
      `The agreement will enter into force on March 1.`,
      `Officials denied that Ostrelia had agreed to any side deal on gas prices.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Ostrelia", "Pashtel"], status: 'signed', kind: "signed agreement, dateline" },
      { at: '1.2', parties: ["Ostrelia", "Pashtel"], status: 'signed', kind: "accord signed by two ministers" },
      { at: '2.2', parties: ["Ostrelia", "Pashtel"], status: 'voided', kind: "old agreement torn up" },
      { at: '4.1', parties: ["Ostrelia", "Pashtel"], status: 'in force', kind: "under the agreement (terms)" },
      { at: '4.2', parties: ["Pashtel", "Durovia"], status: 'collapsed', kind: "pact between X and Y collapsed" },
      { at: '5.1', parties: ["Ostrelia", "Pashtel"], status: 'ratified', kind: "update: ratified" },
      { at: '5.2', parties: ["Ostrelia", "Pashtel"], status: 'in force', kind: "enters into force" },
    ],
  },

  // 8 — arts, scraped as one long paragraph, British spelling: a gallery lends its star painting and changes sponsor.
  {
    name: "painting-loan-gallery-one-paragraph",
    body: [
      `The Harland Gallery in Brisport has agreed to lend its most famous painting, Ida Vennick’s ‘The Salt Gatherers’, to the Musée Corvain in Lyre for an exhibition next spring, the first time the work has left the city in 60 years.`,
      `Under the loan agreement, the Musée Corvain will pay for a specialist courier, insurance and a climate-controlled crate, and will lend two of its own Vennick sketches to Brisport in return.`,
      `The gallery’s trustees approved the loan at a meeting in October, despite objections from two of its conservators.`,
      `A request from the Stellan Museum in Oskberg to borrow the painting was turned down in 2019 because the canvas was judged too fragile to travel.`,
      `Conservators have since relined the canvas.`,
      `The gallery has also signed a three-year sponsorship deal with the shipping firm Corrigan Lines, which will pay for free entry on Sunday mornings.`,
      `Its previous sponsorship agreement, with the Brisport Building Society, was ended by the society in 2022.`,
      `The society was taken over by Halvern Bank the same year.`,
      `Director Annika Sole said the gallery had discussed touring the painting with several other museums but had no plans to do so.`,
      `The city council, which owns the building, voted last week to freeze the gallery’s grant for a third year.`,
      `The Musée Corvain has asked whether the loan could be extended to a second venue, but no decision has been taken.`,
      `Had the trustees refused the loan, the Lyre exhibition would have gone ahead without its centrepiece, Ms Sole said.`,
      `Corrigan Lines denied reports that it had also offered to take over the gallery’s café.`,
      `The painting will return to Brisport in September.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Harland Gallery", "Musée Corvain"], status: 'reached', kind: "agreed to lend to" },
      { at: '1.2', parties: ["Harland Gallery", "Musée Corvain"], status: 'in force', kind: "under the loan agreement (terms)" },
      { at: '1.3', parties: ["Harland Gallery", "Musée Corvain"], status: 'approved', kind: "trustees approved loan" },
      { at: '1.4', parties: ["Stellan Museum", "Harland Gallery"], status: 'rejected', kind: "request passive turned down" },
      { at: '1.6', parties: ["Harland Gallery", "Corrigan Lines"], status: 'signed', kind: "sponsorship deal signed with" },
      { at: '1.7', parties: ["Brisport Building Society", "Harland Gallery"], status: 'voided', kind: "later mention passive ended" },
      { at: '1.8', parties: ["Halvern Bank", "Brisport Building Society"], status: 'reached', kind: "acquisition passive taken over by" },
    ],
  },

];

/** Close non-agreements (talks, meetings, unanswered offers, pending approvals, one-party decisions, votes, denials, hypotheticals) by article. */
export const BLIND9_CLOSE_NON_AGREEMENTS: Record<string, string[]> = {
  "hearing-aid-makers-takeover-wire": ['2.2', '2.3', '3.2', '3.3', '3.4', '4.2'],
  "herbicide-drift-settlement-court": ['1.2', '2.2', '3.1', '3.3', '4.2', '4.3', '5.1'],
  "fire-station-arts-lease-council": ['2.3', '3.1', '4.2', '4.3', '4.4', '4.5'],
  "athletics-kit-contract-terminated": ['2.1', '3.2', '3.3', '4.1', '4.3', '5.2'],
  "battery-storage-power-contract": ['2.1', '2.2', '4.1', '4.3', '4.4', '5.1'],
  "nurse-training-partnership": ['2.2', '2.3', '3.3', '4.1', '4.3', '5.1'],
  "visa-waiver-accord-wire": ['2.1', '2.3', '2.4', '3.1', '3.2', '5.3'],
  "painting-loan-gallery-one-paragraph": ['1.9', '1.10', '1.11', '1.12', '1.13'],
};
