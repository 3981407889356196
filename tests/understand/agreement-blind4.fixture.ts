/**
 * Blind agreement set 4: eight invented news articles (46 agreement sentences and 47 close
 * non-agreements) written in its own words by a separate session (session 6) that read no
 * extractor code, scored by the lead at first sight on session 6's first code (precision / recall /
 * parties / status 93.8 / 65.2 / 50.0 / 96.7 %) and after session 6's first merges (97.0 / 69.6 /
 * 53.1 / 96.9 %), then committed as a set that may be tuned on. Same format and labelling rule as
 * agreement-patterns.fixture.ts. Scored by `npx tsx bench/facts-eval.ts --score patterns --blind-4`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const BLIND4_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — wire copy, American spelling: merger of two shipping insurers.
  {
    name: 'shipping-insurers-merger-wire',
    body: [
      `OSTRAVEN, June 4 (Northgate Wire) — Brannock Marine Mutual, one of the oldest shipping insurers in the North Sea trade, has agreed to merge with its smaller rival Corvel P&I Club, the two insurers said on Wednesday.`,
      `Under the terms of the deal, Corvel members will receive a one-off premium credit of 3 percent, and Corvel's regional office in Port Anselm will stay open for at least five years.`,
      ``,
      `The merger still needs the approval of the Ostraven Financial Conduct Board, which is expected to rule by October.`,
      `Brannock held talks with a third insurer, Haldane Mutual, in 2022, but those discussions ended without a deal.`,
      ``,
      `“This gives our members the balance sheet of a giant and the service of a village,” said Brannock's chief executive, Ingrid Sollum.`,
      `If regulators demand the sale of Corvel's tanker book, the larger insurer could walk away, Sollum acknowledged.`,
      ``,
      `The larger insurer's 2019 reinsurance contract with Aldwych Re, which would have overlapped with Corvel's own cover, was terminated by mutual consent in March.`,
      `Corvel's members will vote on the combination at an extraordinary meeting on July 12.`,
      ``,
      `Brannock's board approved the merger on Tuesday evening, a day before the announcement.`,
      `Separately, Corvel and the broker Fenmark Partners signed a memorandum of understanding to set up a claims-handling joint venture in Ostraven.`,
      `Fenmark said it remained open to working with other clubs.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brannock Marine Mutual', 'Corvel P&I Club'], status: 'reached', kind: 'merge verb, dateline, apposition subject' },
      { at: '1.2', parties: ['Brannock Marine Mutual', 'Corvel P&I Club'], status: 'in force', kind: 'under the terms of the deal' },
      { at: '4.1', parties: ['Brannock Marine Mutual', 'Aldwych Re'], status: 'voided', kind: 'later mention passive terminated; definite description party' },
      { at: '5.1', parties: ['Brannock Marine Mutual', 'Corvel P&I Club'], status: 'approved', kind: 'board approved merger' },
      { at: '5.2', parties: ['Corvel P&I Club', 'Fenmark Partners'], status: 'signed', kind: 'memorandum of understanding signed' },
    ],
  },

  // 2 — local paper, British spelling: a vineyard lease on monastery land.
  {
    name: 'vineyard-monastery-lease',
    body: [
      `The Valdera Growers' Cooperative has signed a ten-year lease on 40 hectares of hillside vines owned by the Monastery of San Ilario, ending a dispute that had rumbled on since the harvest of 2022.`,
      `Under the lease, the cooperative will pay the monks 18 per cent of the value of every harvest and will restore the terraces on the estate's steep eastern slope.`,
      ``,
      `The previous lease, held by the wine merchant Casa Orsenigo, was terminated by the monastery in 2022 after the merchant fell two years behind on payments.`,
      `Casa Orsenigo sued, and the two sides settled the case out of court last spring for an undisclosed sum.`,
      ``,
      `Abbot Fidenzio Rau said the community had considered selling the land outright.`,
      `Had a buyer come forward before the cooperative did, the vines might well have been grubbed up, he said.`,
      `The cooperative's board, which met on Monday night, also voted to seek a bank loan of €250,000 for new presses.`,
      ``,
      `Cooperative chairwoman Lidia Ferrante said talks had begun with a regional supermarket chain, Mercato Verde, about stocking a new ‘San Ilario’ label.`,
      `Mercato Verde denied that any agreement had been reached.`,
      ``,
      `The lease was approved by the diocesan property commission on Thursday, a formality required for church land.`,
      `The first harvest under the new arrangement is expected in late September.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Valdera Growers' Cooperative", 'Monastery of San Ilario'], status: 'signed', kind: 'lease signed, long object' },
      { at: '1.2', parties: ["Valdera Growers' Cooperative", 'Monastery of San Ilario'], status: 'in force', kind: 'under the lease terms; the monks = monastery' },
      { at: '2.1', parties: ['Casa Orsenigo', 'Monastery of San Ilario'], status: 'voided', kind: 'later mention passive terminated' },
      { at: '2.2', parties: ['Casa Orsenigo', 'Monastery of San Ilario'], status: 'reached', kind: 'settled out of court; the two sides' },
      { at: '5.1', parties: ["Valdera Growers' Cooperative", 'Monastery of San Ilario'], status: 'approved', kind: 'passive approved by commission' },
    ],
  },

  // 3 — courts abroad, American spelling: water concession voided.
  {
    name: 'water-concession-voided-court',
    body: [
      `A court in Merovia on Monday voided the 25-year concession under which Aquenta Utilities has run the water network of the port city of Saltrec since 2011, ruling that the contract had been awarded without a proper tender.`,
      `The Supreme Administrative Court ordered the city to hold a new tender within 18 months.`,
      ``,
      `Aquenta said it would appeal.`,
      `The company had offered last year to cut tariffs by 5 percent if the city extended the concession to 2045, a proposal the city council never put to a vote.`,
      `If the appeal fails, Aquenta could seek damages from the city, lawyers following the case said.`,
      ``,
      `A separate 2019 memorandum of understanding between Aquenta and the neighboring town of Brisk, under which the two share a treatment plant, remains in force, the court said.`,
      ``,
      `Saltrec and a consortium led by Renvik Water had struck a provisional deal in 2010.`,
      `That deal collapsed within months when the consortium failed to raise financing, and the concession went to Aquenta instead.`,
      ``,
      `Mayor Oriane Belcourt said the council would meet on Thursday to discuss interim arrangements.`,
      `She has not ruled out bringing the network back under municipal control.`,
      `The Saltrec Water Workers' Union and Aquenta agreed in a separate accord last week that no jobs would be cut before the end of the year.`,
      `The accord commits both sides to renegotiate shift patterns by March.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Aquenta Utilities', 'Saltrec'], status: 'voided', kind: 'court voided concession' },
      { at: '3.1', parties: ['Aquenta Utilities', 'Brisk'], status: 'in force', kind: 'later mention remains in force; memorandum between X and Y' },
      { at: '4.1', parties: ['Saltrec', 'Renvik Water'], status: 'reached', kind: 'struck provisional deal' },
      { at: '4.2', parties: ['Saltrec', 'Renvik Water'], status: 'collapsed', kind: 'later mention collapsed; the consortium' },
      { at: '5.3', parties: ["Saltrec Water Workers' Union", 'Aquenta Utilities'], status: 'reached', kind: 'agreed in accord' },
      { at: '5.4', parties: ["Saltrec Water Workers' Union", 'Aquenta Utilities'], status: 'in force', kind: 'accord commits both sides (terms)' },
    ],
  },

  // 4 — sports: two cycling teams merge.
  {
    name: 'cycling-teams-merge',
    body: [
      `Two of the continent's struggling professional cycling teams, Team Harrier-Voss and Ostland Pro Cycling, will merge at the end of the season, the teams announced at a joint press conference in Kelmar on Thursday.`,
      `The merged team will race under the Harrier-Voss licence, while Ostland's licence will be handed back to the sport's governing body, the teams said.`,
      ``,
      `The governing body, the Union of Continental Cycling, must still approve the transfer of riders' contracts.`,
      `Ostland's title sponsor, a maker of solar panels, pulled out in May.`,
      `Harrier-Voss manager Piet Brondum said he had spoken to every rider on both rosters.`,
      ``,
      `The new team has also won a three-year contract to supply riders for the Tour of Kelmar's promotional events, worth an estimated €1.2 million.`,
      `Ostland's star sprinter, Jonas Aavik, has rejected Harrier-Voss's offer of a two-year contract with the merged team.`,
      `Aavik is in talks with at least two other teams, his agent said.`,
      ``,
      `The Professional Riders' Association, which represents the 34 affected riders, reached a settlement with both teams on Wednesday guaranteeing salaries until December 31.`,
      `Under the settlement, riders who are not offered a place may leave without paying a release fee.`,
      ``,
      `A proposed merger between Ostland and a third team, Velo Sarn, fell through in 2023 after the two could not agree on a name.`,
      `Had that deal gone ahead, Harrier-Voss would probably have folded, Brondum said.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Team Harrier-Voss', 'Ostland Pro Cycling'], status: 'reached', kind: 'will merge, announced' },
      { at: '1.2', parties: ['Team Harrier-Voss', 'Ostland Pro Cycling'], status: 'in force', kind: 'terms of the merger' },
      { at: '3.1', parties: ['Team Harrier-Voss', 'Tour of Kelmar'], status: 'reached', kind: 'won the contract to; the new team = Harrier-Voss' },
      { at: '3.2', parties: ['Jonas Aavik', 'Team Harrier-Voss'], status: 'rejected', kind: 'offer rejected' },
      { at: '4.1', parties: ["Professional Riders' Association", 'Team Harrier-Voss', 'Ostland Pro Cycling'], status: 'reached', kind: 'settlement with both teams' },
      { at: '4.2', parties: ["Professional Riders' Association", 'Team Harrier-Voss', 'Ostland Pro Cycling'], status: 'in force', kind: 'under the settlement' },
      { at: '5.1', parties: ['Ostland Pro Cycling', 'Velo Sarn'], status: 'collapsed', kind: 'proposed merger fell through' },
    ],
  },

  // 5 — labour story, British spelling: airport ground handlers' pay deal.
  {
    name: 'airport-ground-handlers-pay-deal',
    body: [
      `The Transport and Aviation Workers' Union and Skyline Ground Services, which handles baggage and check-in at Kestrow Airport, struck a two-year pay deal on Tuesday, ending a dispute that had led to three one-day strikes since January.`,
      `The deal gives staff a 6.5 per cent rise this year and a further 4 per cent next April.`,
      ``,
      `Union members will vote on the agreement in a ballot closing on 19 June.`,
      `Skyline had earlier offered 4 per cent, an offer the union rejected in March.`,
      `The company also proposed linking part of the rise to punctuality targets, an idea it dropped during talks at the conciliation service on Monday.`,
      ``,
      `Kestrow Airport's owner, Harlan Infrastructure, said it was not a party to the negotiations.`,
      `Harlan renewed Skyline's handling licence in 2023 for another seven years.`,
      `Union regional organiser Bronagh Tully said: “Nobody wanted to go out again in the summer.”`,
      ``,
      `A separate agreement between the union and Skyline on sick pay, signed in 2021, was breached last winter when the company stopped paying staff for the first three days of illness, an employment tribunal found in April.`,
      `Skyline has said it will appeal against that finding.`,
      `The union and Skyline have also jointly put forward a draft agreement on summer rostering, which both sides want finalised by May.`,
      ``,
      `Carriers using Kestrow had warned they might divert flights if the strikes continued into the summer.`,
      `If members reject the deal in the ballot, strikes planned for 1 July would go ahead.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Transport and Aviation Workers' Union", 'Skyline Ground Services'], status: 'reached', kind: 'struck pay deal, long subject with relative clause' },
      { at: '1.2', parties: ["Transport and Aviation Workers' Union", 'Skyline Ground Services'], status: 'in force', kind: 'the deal gives (terms)' },
      { at: '2.2', parties: ['Skyline Ground Services', "Transport and Aviation Workers' Union"], status: 'rejected', kind: 'offer rejected by the union' },
      { at: '3.2', parties: ['Harlan Infrastructure', 'Skyline Ground Services'], status: 'in force', kind: 'licence renewed (extended)' },
      { at: '4.1', parties: ["Transport and Aviation Workers' Union", 'Skyline Ground Services'], status: 'breached', kind: 'later mention breached; the union' },
      { at: '4.3', parties: ["Transport and Aviation Workers' Union", 'Skyline Ground Services'], status: 'proposed', kind: 'jointly put forward draft agreement; the union' },
    ],
  },

  // 6 — political story, American spelling: glacier meltwater treaty ratified.
  {
    name: 'glacier-meltwater-treaty-ratified',
    body: [
      `The parliament of Estrovia on Wednesday ratified a treaty with neighboring Tamsk that divides meltwater from the shrinking Orlan Glacier between the two countries for the next 30 years.`,
      `The vote was 141 to 37, with the nationalist Homeland bloc voting against.`,
      ``,
      `The treaty was signed in the Tamsk capital, Velgorod, in November by the two countries' foreign ministers, Ana Petrescu-Dahl and Ruslan Omarov.`,
      `Tamsk's own parliament has yet to vote on it, and opposition deputies there have demanded changes to the drought clause.`,
      ``,
      `Under the treaty, Estrovia will release at least 40 percent of the glacier's summer runoff into the Sava river, and Tamsk will pay half the cost of a new network of gauging stations.`,
      `The accord also commits both governments to share monitoring data every month.`,
      ``,
      `A 1994 agreement between the two countries, which allocated water by fixed volumes rather than shares, was repeatedly breached during dry summers, according to a 2020 report by the Orlan Basin Commission.`,
      `Negotiators came close to a replacement in 2016, but those talks broke down over the location of the gauging stations.`,
      ``,
      `Petrescu-Dahl called the vote “a victory for hydrology over history.”`,
      `Should Tamsk's parliament reject the text, the two sides would have to reopen negotiations, she said.`,
      `Estrovia also signed a memorandum of understanding with the Alpine Research Network on Wednesday to install eight automated weather stations on the glacier.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Estrovia', 'Tamsk'], status: 'ratified', kind: 'parliament ratified treaty with' },
      { at: '2.1', parties: ['Estrovia', 'Tamsk'], status: 'signed', kind: 'treaty passive signed; the two countries' },
      { at: '3.1', parties: ['Estrovia', 'Tamsk'], status: 'in force', kind: 'under the treaty terms' },
      { at: '3.2', parties: ['Estrovia', 'Tamsk'], status: 'in force', kind: 'accord commits both (terms)' },
      { at: '4.1', parties: ['Estrovia', 'Tamsk'], status: 'breached', kind: 'later mention breached; between the two countries' },
      { at: '5.3', parties: ['Estrovia', 'Alpine Research Network'], status: 'signed', kind: 'memorandum of understanding signed with' },
    ],
  },

  // 7 — press-release style, tech/business: software acquisition and patent settlement.
  {
    name: 'scheduling-software-acquisition-press-release',
    body: [
      `Tessaline Systems to Acquire Brightfold Analytics`,
      ``,
      `PORT HALDEN, Feb. 20 /PressLine/ -- Tessaline Systems, Inc., a provider of scheduling software for hospitals and clinics, today announced that it has entered into a definitive agreement to acquire Brightfold Analytics, a privately held maker of patient-flow forecasting tools, for $410 million in cash and stock.`,
      `The transaction has been approved by the boards of directors of both companies and is expected to close in the second quarter, subject to regulatory approvals and customary closing conditions.`,
      ``,
      `“Brightfold’s forecasting engine is the missing half of our platform,” said Renata Quist, Chief Executive Officer of Tessaline.`,
      `“Together we can tell a hospital not only who is booked, but who is coming.”`,
      ``,
      `Under the terms of the agreement, Brightfold shareholders will receive $260 million in cash and approximately 3.1 million shares of Tessaline common stock.`,
      `Brightfold co-founders Amal Haddad and Jun Sato have each signed three-year employment contracts with Tessaline.`,
      ``,
      `In connection with the transaction, the companies have settled a patent infringement lawsuit that Brightfold filed against Tessaline in 2024.`,
      `Tessaline does not expect the acquisition to affect its full-year revenue guidance.`,
      `Tessaline’s previous attempt to buy an analytics company, a 2023 offer for Medora Labs, was rejected by Medora’s board.`,
      ``,
      `If the transaction does not close by September 30, either party may terminate the agreement, in which case Tessaline would owe Brightfold a break fee of $15 million.`,
      `Goldmere & Price is serving as financial adviser to Tessaline.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tessaline Systems', 'Brightfold Analytics'], status: 'reached', kind: 'headline to acquire' },
      { at: '2.1', parties: ['Tessaline Systems', 'Brightfold Analytics'], status: 'reached', kind: 'definitive agreement to acquire, press-release dateline' },
      { at: '2.2', parties: ['Tessaline Systems', 'Brightfold Analytics'], status: 'approved', kind: 'transaction passive approved by boards' },
      { at: '4.1', parties: ['Tessaline Systems', 'Brightfold Analytics'], status: 'in force', kind: 'under the terms of the agreement' },
      { at: '4.2', parties: ['Amal Haddad', 'Jun Sato', 'Tessaline Systems'], status: 'signed', kind: 'employment contracts signed with' },
      { at: '5.1', parties: ['Tessaline Systems', 'Brightfold Analytics'], status: 'reached', kind: 'settled lawsuit; the companies' },
      { at: '5.3', parties: ['Tessaline Systems', 'Medora Labs'], status: 'rejected', kind: 'offer passive rejected by board' },
    ],
  },

  // 8 — local paper arriving as one long paragraph, British spelling: bridge repair contract.
  {
    name: 'bridge-repair-contract-one-paragraph',
    body: [
      `Gorran County Council has cancelled its £14 million contract with Brackwell Civil to repair the Old Mere Bridge after months of delays.`,
      `Work on the bridge began in 2022 and was due to finish last October.`,
      `Council leader Mair Pritchard said the authority had “run out of patience” with the contractor.`,
      `Brackwell disputed the council's account and said it would seek compensation.`,
      `The council has instead reached an interim deal with Osprey Structures, the firm that built the bridge's temporary footway, to finish the deck repairs by spring.`,
      `That arrangement must still be approved by the council's cabinet on 9 March.`,
      `Osprey's managing director, Huw Lant, met councillors at the site on Friday.`,
      `Meanwhile, the council and the Mere Valley Rail Trust signed a licence allowing the trust's heritage trains to use a siding beneath the bridge during the works.`,
      `A 2019 partnership between the council and neighbouring Tarrow Borough to share bridge inspectors was ended by Tarrow last year, a decision the opposition blames for the delays.`,
      `Opposition councillors have called for an independent inquiry.`,
      `If the cabinet turns down the Osprey deal, the bridge could stay closed until 2028.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Gorran County Council', 'Brackwell Civil'], status: 'voided', kind: 'cancelled contract with' },
      { at: '1.5', parties: ['Gorran County Council', 'Osprey Structures'], status: 'reached', kind: 'reached interim deal with; the council' },
      { at: '1.8', parties: ['Gorran County Council', 'Mere Valley Rail Trust'], status: 'signed', kind: 'licence signed; the council' },
      { at: '1.9', parties: ['Gorran County Council', 'Tarrow Borough'], status: 'voided', kind: 'later mention partnership passive ended' },
    ],
  },
];
