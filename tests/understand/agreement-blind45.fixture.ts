/**
 * Blind agreement set 45: eight invented news articles written by a separate session that read no code
 * (session 22). Precision / recall / parties / status at first sight on 364a166: 97.5 / 81.3 / 59.0 / 74.4 %.
 * Read from session 22 on. Scored by `npx tsx bench/facts-eval.ts --score
 * patterns --blind-45`; `BLIND45_CLOSE_NON_AGREEMENTS` lists the close non-agreements.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const BLIND45_AGREEMENT_ARTICLES: PatternArticle[] = [
  {
    name: "rope-net-makers-merger-wire",
    body: [
      "CORDHAVEN, June 2 (Coastline Newswire) \u2014 Two of Britain's last big rope and net makers, Halyard Cordage and Senn & Bryce Netting, have agreed to merge in a deal worth about 19 million pounds, the companies said on Monday.",
      "Under the terms, Halyard shareholders will own 58 per cent of the combined group, to be called Halyard Senn.",
      "",
      "The boards of both companies have approved the merger, which still needs clearance from the competition regulator.",
      "Halyard and Senn & Bryce first held talks in 2022, but those discussions were abandoned over pension liabilities.",
      "Senn & Bryce makes sports nets for tennis and golf ranges, while Halyard supplies mooring lines to the fishing fleet.",
      "",
      "Halyard chief executive Rhodri Vellacott said the merger would protect about 240 jobs across the two sites.",
      "He said the company had no plans to close the Senn & Bryce factory at Lodden Cross.",
      "Shares in Halyard rose 11 per cent to 142p on the news.",
      "",
      "As part of the agreement, Senn & Bryce will end a ten-year supply contract with the Dutch netting firm Vanderhoek Twijn early, in 2026.",
      "Vanderhoek Twijn said it was \"considering its position\" and would not comment on whether it might seek compensation.",
      "The Allied Crafts union said it would ask for a meeting with both managements next week.",
      "A separate licence allowing Halyard to use a patented knotless netting process, signed with the University of Stoke Ferrers in 2021, is unaffected.",
      "",
      "Analysts said a rival bid from a US cordage group could emerge but would face the same regulatory scrutiny.",
      "Completion is expected in the fourth quarter."
    ].join('\n'),
    gold: [
      { at: "1.1", parties: ["Halyard Cordage", "Senn & Bryce Netting"], status: "reached", kind: "agreed to merge" },
      { at: "1.2", parties: ["Halyard Cordage", "Senn & Bryce Netting"], status: "in force", kind: "under the terms" },
      { at: "2.1", parties: ["Halyard Cordage", "Senn & Bryce Netting"], status: "approved", kind: "boards approved merger" },
      { at: "3.1", parties: ["Halyard Cordage", "Senn & Bryce Netting"], status: "reached", kind: "the merger (later mention)" },
      { at: "4.1", parties: ["Senn & Bryce Netting", "Vanderhoek Twijn"], status: "voided", kind: "supply contract ended early" },
      { at: "4.4", parties: ["Halyard Cordage", "University of Stoke Ferrers"], status: "signed", kind: "licence signed" },
      { at: "5.2", parties: ["Halyard Cordage", "Senn & Bryce Netting"], status: "reached", kind: "completion of deal expected" }
    ],
  },
  {
    name: "beach-hut-lease-local",
    headline: "Council hands beach hut lease to private firm despite owners' protests",
    body: [
      "Wainsea Town Council has signed a 25-year lease handing management of its 340 beach huts on the North Promenade to a private operator.",
      "Shorefront Huts Ltd will pay the council 210,000 pounds a year under the lease, rising with inflation.",
      "",
      "Councillors voted 11 to 4 on Tuesday to approve the arrangement after a two-hour debate.",
      "Earlier the same evening they voted down a motion to raise the parking charge on the promenade.",
      "The Wainsea Beach Hut Owners' Association had asked the council to delay any decision until the summer.",
      "",
      "The association's chairman, Barnaby Quillfoot, said his members had wanted to run the huts themselves as a co-operative.",
      "A bid on those lines was formally rejected by the council's finance committee in March.",
      "\"We were never given a proper hearing,\" Quillfoot said.",
      "",
      "The deal with Shorefront replaces an older agreement with the Promenade Trust, which was terminated last year after the trust fell behind on repairs.",
      "The trust says it is taking legal advice.",
      "Shorefront has also struck a partnership with Wainsea Surf Lifesaving Club to share a storage hut at the east end.",
      "",
      "Shorefront's lease can be ended early if fewer than 300 huts are let in any two consecutive years.",
      "Annual fees currently range from 480 to 1,150 pounds depending on the row."
    ].join('\n'),
    gold: [
      { at: "1.1", parties: ["Wainsea Town Council", "Shorefront Huts Ltd"], status: "signed", kind: "lease signed" },
      { at: "1.2", parties: ["Wainsea Town Council", "Shorefront Huts Ltd"], status: "in force", kind: "under the lease" },
      { at: "2.1", parties: ["Wainsea Town Council", "Shorefront Huts Ltd"], status: "approved", kind: "councillors approved arrangement" },
      { at: "3.2", parties: ["Wainsea Beach Hut Owners' Association", "Wainsea Town Council"], status: "rejected", kind: "offer formally rejected" },
      { at: "4.1", parties: ["Wainsea Town Council", "Promenade Trust"], status: "voided", kind: "older agreement terminated" },
      { at: "4.3", parties: ["Shorefront Huts Ltd", "Wainsea Surf Lifesaving Club"], status: "reached", kind: "partnership struck" },
      { at: "5.1", parties: ["Wainsea Town Council", "Shorefront Huts Ltd"], status: "in force", kind: "lease clause" }
    ],
  },
  {
    name: "button-maker-licence-business",
    body: [
      "Corrowick Buttons, the Lessingshire firm that has made horn and corozo buttons since 1883, has signed a licensing deal with the fashion house Elsmere Vane.",
      "The agreement gives Elsmere Vane the right to use Corrowick's archive of 4,000 historic button patterns on its own-brand coats for five years.",
      "",
      "Corrowick will receive a royalty of 6 per cent on each garment, according to people familiar with the terms.",
      "Neither company would disclose the minimum payment.",
      "Corrowick employs 38 people and turned over 2.7 million pounds last year.",
      "",
      "The deal follows the collapse of a similar arrangement with the Italian tailoring group Sartoria Benedek, which fell through in 2023 when Benedek went into administration.",
      "Corrowick chairman Hesketh Lyle said the firm had learned to \"read the small print twice\".",
      "He said the board had considered selling the pattern archive outright before deciding against it.",
      "",
      "Separately, Corrowick has renewed a supply contract with the Royal Dunnage Regiment for brass mess-dress buttons.",
      "That contract, first signed in 1961, is thought to be one of the longest-running in British military tailoring.",
      "The Defence Procurement Office said it did not comment on individual suppliers.",
      "",
      "Trade body the Button Makers' Circle said it would like to see more licensing of heritage designs but had no plans to set up a scheme.",
      "A proposal from Elsmere Vane to take a minority stake in Corrowick was put to the board last spring and has not been answered.",
      "Corrowick would consider outside investment if it could keep control of the factory, Lyle said."
    ].join('\n'),
    gold: [
      { at: "1.1", parties: ["Corrowick Buttons", "Elsmere Vane"], status: "signed", kind: "licensing deal signed" },
      { at: "1.2", parties: ["Corrowick Buttons", "Elsmere Vane"], status: "in force", kind: "the agreement gives right" },
      { at: "2.1", parties: ["Corrowick Buttons", "Elsmere Vane"], status: "in force", kind: "royalty terms" },
      { at: "3.1", parties: ["Corrowick Buttons", "Sartoria Benedek"], status: "collapsed", kind: "arrangement fell through" },
      { at: "4.1", parties: ["Corrowick Buttons", "Royal Dunnage Regiment"], status: "signed", kind: "supply contract renewed" },
      { at: "4.2", parties: ["Corrowick Buttons", "Royal Dunnage Regiment"], status: "signed", kind: "contract first signed" }
    ],
  },
  {
    name: "cobbler-franchise-breach-court",
    body: [
      "A chain of cobblers and key cutters broke its franchise agreement with a former franchisee by opening a competing kiosk 200 metres away, the High Court has ruled.",
      "Mr Justice Penrose found that Heelfast, which has 96 outlets, had acted \"in plain disregard\" of an exclusivity clause.",
      "",
      "Odalys Brightwater signed the franchise agreement with Heelfast in 2017 and ran a shoe repair and key cutting shop in Tolsby Market.",
      "Under the agreement, Heelfast promised not to open another outlet within a kilometre of her shop.",
      "In 2022 the company opened a key-cutting kiosk inside a supermarket on the same street.",
      "",
      "Heelfast argued that the kiosk did not repair shoes and so was not a competing outlet.",
      "The judge rejected that argument, finding that key cutting made up nearly half of Ms Brightwater's takings.",
      "He ordered Heelfast to pay damages of 84,000 pounds and to close the kiosk within 60 days.",
      "",
      "Heelfast had offered Ms Brightwater 15,000 pounds to settle the claim in 2023, an offer she turned down in writing.",
      "The two sides also tried mediation, but those talks ended without agreement.",
      "Ms Brightwater ended the franchise agreement in January and now trades independently as Tolsby Soles & Keys.",
      "",
      "Heelfast said it was disappointed and was considering an appeal.",
      "The company has separately reached a settlement with two other franchisees in Dunsey over similar claims, court documents show.",
      "That settlement, approved by a district judge in March, has not been made public."
    ].join('\n'),
    gold: [
      { at: "1.1", parties: ["Heelfast", "Odalys Brightwater"], status: "breached", kind: "broke franchise agreement" },
      { at: "1.2", parties: ["Heelfast", "Odalys Brightwater"], status: "breached", kind: "disregard of exclusivity clause" },
      { at: "2.1", parties: ["Odalys Brightwater", "Heelfast"], status: "signed", kind: "franchise agreement signed" },
      { at: "2.2", parties: ["Odalys Brightwater", "Heelfast"], status: "in force", kind: "under the agreement" },
      { at: "4.1", parties: ["Heelfast", "Odalys Brightwater"], status: "rejected", kind: "settlement offer turned down" },
      { at: "4.3", parties: ["Odalys Brightwater", "Heelfast"], status: "voided", kind: "franchise agreement ended" },
      { at: "5.2", parties: ["Heelfast", "two other franchisees in Dunsey|franchisees"], status: "reached", kind: "settlement reached" },
      { at: "5.3", parties: ["Heelfast", "two other franchisees in Dunsey|franchisees"], status: "approved", kind: "settlement approved by court" }
    ],
  },
  {
    name: "pub-quiz-rivals-no-deal",
    body: [
      "The two biggest names in Britain's pub quiz business have spent the week insisting they are not about to join forces.",
      "Reports in the trade press on Monday suggested that Brainbox Leagues had held talks about buying its rival, Quizzard Ltd.",
      "Brainbox chief executive Ottilie Ravensworth said on Wednesday that there was \"no deal, no offer and no negotiation\".",
      "",
      "Quizzard's founder, Lemuel Fotheringill, told the Licensee magazine he had met Ravensworth at a trade fair in February.",
      "\"We had a coffee and talked about the price of pens,\" he said.",
      "Between them the two firms supply weekly quizzes to about 2,100 pubs, clubs and village halls.",
      "",
      "Any combination would almost certainly be looked at by competition regulators.",
      "If the two companies did merge, one analyst said, landlords could face higher fees for question packs.",
      "Brainbox said its board would decide next month whether to launch a subscription app of its own.",
      "",
      "Quizzard recently raised its standard fee by 8 per cent, its first increase since 2019.",
      "Brainbox was founded in a flat above a pub in Hexley in 2004.",
      "Neither company is listed on the stock market.",
      "Fotheringill said he would consider selling \"one day, perhaps, for the right money\"."
    ].join('\n'),
    gold: [

    ],
  },
  {
    name: "brass-band-sponsorship-scraped",
    body: [
      "News > Community > Music  |  Posted by Staff Reporter  |  4 min read  |  Share: f  x  in",
      "The Pennistow Silver Band has signed a three-year sponsorship contract with the local building society Pennistow & Dene, securing its future after two lean seasons.",
      "Under the contract the society will pay 12,000 pounds a year towards instruments and travel to contests, and its name will appear on the band's bass drum.",
      "IMAGE: Players in the band room on Gannet Row. Photo: Band archive",
      "The band's previous sponsor, the agricultural engineers Rudd Harrowby, pulled out of its deal a year early in 2024, citing falling orders.",
      "Band manager Ceinwen Tallack said the new arrangement was \"a lifeline\" and thanked members who had kept playing without new uniforms.",
      "Pennistow & Dene's board signed off the sponsorship last month, the society said.",
      "She said the band would enter the regional championships in March for the first time since 2019.",
      "Read more: Town council cuts grant to summer carnival",
      "The band also agreed a deal with Pennistow Primary School to give free lessons to Year 5 pupils on Thursday afternoons.",
      "The school's governors approved the scheme at their November meeting.",
      "A plan to share a rehearsal room with the town's male voice choir is still being discussed.",
      "Members voted at the annual general meeting to raise subscriptions to 5 pounds a month.",
      "Like this story? Sign up to our newsletter  |  Comments are closed"
    ].join('\n'),
    gold: [
      { at: "1.2", parties: ["Pennistow Silver Band", "Pennistow & Dene"], status: "signed", kind: "sponsorship contract signed" },
      { at: "1.3", parties: ["Pennistow Silver Band", "Pennistow & Dene"], status: "in force", kind: "under the contract" },
      { at: "1.5", parties: ["Pennistow Silver Band", "Rudd Harrowby"], status: "voided", kind: "previous deal pulled out early" },
      { at: "1.6", parties: ["Pennistow Silver Band", "Pennistow & Dene"], status: "signed", kind: "new arrangement (later mention)" },
      { at: "1.7", parties: ["Pennistow Silver Band", "Pennistow & Dene"], status: "approved", kind: "board signed off sponsorship" },
      { at: "1.10", parties: ["Pennistow Silver Band", "Pennistow Primary School"], status: "reached", kind: "agreed a deal" },
      { at: "1.11", parties: ["Pennistow Silver Band", "Pennistow Primary School"], status: "approved", kind: "governors approved scheme" }
    ],
  },
  {
    name: "soap-supply-deal-collapse-business",
    body: [
      "A supply deal between the Penvoran soap maker Pellandry Soap Works and the department store group Hartigan's has collapsed, weeks before the first bars were due on shelves.",
      "The two companies had signed a memorandum of understanding in September covering 60 Hartigan's stores.",
      "",
      "The deal fell apart over packaging, according to two people involved.",
      "Hartigan's wanted each bar wrapped in film; Pellandry refused.",
      "Pellandry founder Jory Trewhella said the firm would not \"wrap a zero-waste product in plastic for anybody\".",
      "",
      "Hartigan's said it was \"disappointed\" and had since chosen another supplier, which it did not name.",
      "The store group's shares were unchanged.",
      "Pellandry makes about 9,000 bars a week from a unit on the Treloggan industrial estate.",
      "",
      "The company's existing contracts with 140 independent shops and a subscription box firm, Soapscribe, remain in force.",
      "Pellandry and Soapscribe extended their agreement to 2027 in January.",
      "Trewhella said he would look at selling through an online marketplace if another retailer came forward.",
      "",
      "An earlier exclusivity deal with a Penvoran gift chain was cancelled by mutual consent in 2022.",
      "Penvoran District Council, which lent the company 40,000 pounds to buy a new curing rack, said the loan was not affected."
    ].join('\n'),
    gold: [
      { at: "1.1", parties: ["Pellandry Soap Works", "Hartigan's"], status: "collapsed", kind: "supply deal collapsed" },
      { at: "1.2", parties: ["Pellandry Soap Works", "Hartigan's"], status: "signed", kind: "memorandum of understanding signed" },
      { at: "2.1", parties: ["Pellandry Soap Works", "Hartigan's"], status: "collapsed", kind: "talks on contract broke down" },
      { at: "4.1", parties: ["Pellandry Soap Works", "Soapscribe"], status: "in force", kind: "existing contracts remain in force" },
      { at: "4.2", parties: ["Pellandry Soap Works", "Soapscribe"], status: "signed", kind: "agreement extended" },
      { at: "5.1", parties: ["Pellandry Soap Works", "Penvoran gift chain"], status: "voided", kind: "exclusivity deal cancelled" }
    ],
  },
  {
    name: "hedge-laying-county-contract-wire",
    body: [
      "MARLSTOKE, Oct 20 (Shirewide Wire) \u2014 Marlshire County Council has awarded a four-year contract to lay and maintain roadside hedges on 180 miles of rural lanes to the contractor Buckthorn & Pardew.",
      "The contract, worth 2.3 million pounds, was approved by the council's cabinet on Thursday.",
      "",
      "Buckthorn & Pardew has agreed to lay at least 15 miles a year by hand rather than flail them, the council said.",
      "The council said the rest would be trimmed on a three-year cycle to allow hawthorn to flower.",
      "Roadside hedges in the county were last surveyed in 2019.",
      "",
      "The previous contractor, Gorsemoor Land Services, had its contract terminated in March after missing the nesting-season cut-off two years running.",
      "Under the new contract, the council can hold back up to 10 per cent of payments if hedges are cut in the nesting season.",
      "Gorsemoor said it would challenge the decision and accused the council of moving the goalposts.",
      "Gorsemoor has asked for a meeting with the council leader, but none has been arranged.",
      "",
      "Buckthorn & Pardew will subcontract some work to the Marlshire Hedgelaying Society, under an agreement the two signed last week.",
      "The society's members would train 12 apprentices if the council found money for wages, its secretary said.",
      "The Marlshire Landowners' Association said it welcomed hand-laying but warned landowners about the cost of fencing while hedges regrow.",
      "",
      "A proposal from the council to share hedge-cutting machinery with neighbouring Wendshire was turned down by Wendshire's highways committee in June.",
      "The work starts in November."
    ].join('\n'),
    gold: [
      { at: "1.1", parties: ["Marlshire County Council", "Buckthorn & Pardew"], status: "signed", kind: "contract awarded" },
      { at: "1.2", parties: ["Marlshire County Council", "Buckthorn & Pardew"], status: "approved", kind: "cabinet approved contract" },
      { at: "2.1", parties: ["Buckthorn & Pardew", "Marlshire County Council"], status: "in force", kind: "agreed to terms" },
      { at: "3.1", parties: ["Marlshire County Council", "Gorsemoor Land Services"], status: "voided", kind: "contract terminated" },
      { at: "3.2", parties: ["Marlshire County Council", "Buckthorn & Pardew"], status: "in force", kind: "under the contract" },
      { at: "4.1", parties: ["Buckthorn & Pardew", "Marlshire Hedgelaying Society"], status: "signed", kind: "subcontract agreement signed" },
      { at: "5.1", parties: ["Marlshire County Council", "Wendshire|Wendshire County Council"], status: "rejected", kind: "proposal turned down" }
    ],
  },
];

export const BLIND45_CLOSE_NON_AGREEMENTS: Record<string, string[]> = {
  "rope-net-makers-merger-wire": ["2.2", "3.3", "4.2", "4.3", "5.1"],
  "beach-hut-lease-local": ["2.2", "2.3", "3.1", "3.3", "4.2"],
  "button-maker-licence-business": ["2.2", "3.3", "4.3", "5.1", "5.2", "5.3"],
  "cobbler-franchise-breach-court": ["2.3", "3.1", "3.2", "3.3", "4.2", "5.1"],
  "pub-quiz-rivals-no-deal": ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.4"],
  "brass-band-sponsorship-scraped": ["1.8", "1.12", "1.13"],
  "soap-supply-deal-collapse-business": ["2.2", "2.3", "3.1", "3.2", "4.3", "5.2"],
  "hedge-laying-county-contract-wire": ["2.2", "3.3", "3.4", "4.2", "4.3"],
};
