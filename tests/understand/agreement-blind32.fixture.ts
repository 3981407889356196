/**
 * Blind agreement set 32: eight invented news articles (a sugar refinery's beet contract on the wire,
 * a data-centre land lease with a headline, a furniture-retailer merger collapsing, an observatory
 * accord, a cable-car concession cancelled, a rugby ground lease scraped as one paragraph, a hotel
 * franchise in court, a translation agency with no agreement) written by a separate session that read
 * no code (session 17). Precision / recall / parties / status at first sight on cd1312a: 100 / 72.3 /
 * 58.8 / 76.5 %. Kept CLEAN through session 17 (its misses were not read). Scored by `npx tsx
 * bench/facts-eval.ts --score patterns --blind-32`; `BLIND32_CLOSE_NON_AGREEMENTS` lists the close
 * non-agreements.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const BLIND32_AGREEMENT_ARTICLES: PatternArticle[] = [
  {
    name: "tallisker-beet-contract-wire",
    body: "PORTHAVEN, Oct 2 (Tidewire) — Tallisker Sugar has signed a five-year supply contract with the Eastmarsh Sugarbeet Cooperative, ending a dispute that kept its refinery idle for three weeks.\nUnder the contract, the refinery will pay growers €41 a tonne for beet delivered between September and January.\n\nGrowers had blockaded the refinery gates since mid-September in protest at a proposed cut to €36.\nTalks brokered by the regional agriculture office resumed on Monday and ran late into the night.\nThe two sides reached agreement shortly after 3 a.m. on Wednesday, according to people present.\n\nCooperative chair Annelie Vorstermans said the deal was \"not everything we wanted, but enough to plant again\".\nTallisker's chief executive, Ruairi Penhaligon, said the refinery would restart its evaporators on Friday.\n\nThe agreement also commits Tallisker to buy at least 900,000 tonnes a year, up from 750,000.\nThe deal must still be ratified by the cooperative's 1,100 members at a general meeting on October 14.\n\nShares in Tallisker's parent, Vendrel Agrifoods, rose 3.1 percent in early trading.\nSeparately, Tallisker said it had held preliminary discussions with a Polish refiner about sharing storage capacity.\nA previous supply agreement with growers in the Westfold polders was terminated by Tallisker in 2021 after repeated late deliveries.\nThe regional government had threatened to impose a price if the two sides failed to settle.",
    gold: [
      { at: '1.1', parties: ["Tallisker Sugar", "Eastmarsh Sugarbeet Cooperative"], status: 'signed', kind: "signed supply contract" },
      { at: '1.2', parties: ["Tallisker Sugar", "Eastmarsh Sugarbeet Cooperative"], status: 'in force', kind: "under the contract terms" },
      { at: '2.3', parties: ["Tallisker Sugar", "Eastmarsh Sugarbeet Cooperative"], status: 'reached', kind: "the two sides reached agreement" },
      { at: '3.1', parties: ["Tallisker Sugar", "Eastmarsh Sugarbeet Cooperative"], status: 'signed', kind: "later mention, the deal" },
      { at: '4.1', parties: ["Tallisker Sugar", "Eastmarsh Sugarbeet Cooperative"], status: 'in force', kind: "agreement commits to terms" },
      { at: '4.2', parties: ["Tallisker Sugar", "Eastmarsh Sugarbeet Cooperative"], status: 'signed', kind: "ratification still pending" },
      { at: '5.3', parties: ["Tallisker Sugar", "growers in the Westfold polders|Westfold growers"], status: 'voided', kind: "agreement terminated" },
    ],
  },
  {
    name: "northvault-glenharrow-lease",
    headline: "Northvault signs 25-year lease for Glenharrow data centre site",
    body: "Data centre operator Northvault Data has signed a 25-year lease on 40 acres of former farmland outside Glenharrow, the landowner, Glenharrow Estates, confirmed on Thursday.\nThe site will house four data halls drawing up to 180 megawatts when fully built.\n\nNorthvault has also struck a power purchase agreement with wind developer Caldermoss Renewables to supply about half the site's electricity.\nUnder that deal, Caldermoss will build a 90-megawatt wind farm on Keldy Moor and sell its output to Northvault at a fixed price for 15 years.\n\nPlanning permission has not yet been granted.\nCouncillors on the Glenharrow planning committee are due to vote on the application in March.\nThe neighborhood group Keep Keldy Green said it would object to any arrangement that let the operator draw cooling water from the River Keld.\n\nNorthvault said it had also been in talks with the regional water utility, Aberlane Water, about a recycled-water supply.\nNo agreement has been reached, a spokesperson for Aberlane Water said.\n\nAn option agreement the two companies signed in 2023, which gave Northvault the right to buy the land outright, has been cancelled as part of the lease.\nGlenharrow Estates will receive an annual rent understood to be about £1.2 million, rising with inflation.\nNorthvault's shares were unchanged.\n\nThe trustees of Glenharrow Estates approved the lease at a meeting on Monday, three days before it was signed.\nNorthvault, which is backed by the pension fund Harroway Superannuation, said it expected the first hall to open in 2028.",
    gold: [
      { at: '0.1', parties: ["Northvault Data", "Glenharrow Estates"], status: 'signed', kind: "headline, signs lease" },
      { at: '1.1', parties: ["Northvault Data", "Glenharrow Estates"], status: 'signed', kind: "signed a lease" },
      { at: '2.1', parties: ["Northvault Data", "Caldermoss Renewables"], status: 'reached', kind: "struck a power purchase agreement" },
      { at: '2.2', parties: ["Northvault Data", "Caldermoss Renewables"], status: 'in force', kind: "under that deal" },
      { at: '5.1', parties: ["Northvault Data", "Glenharrow Estates"], status: 'voided', kind: "earlier option agreement cancelled" },
      { at: '5.2', parties: ["Northvault Data", "Glenharrow Estates"], status: 'in force', kind: "rent term, lease not named" },
      { at: '6.1', parties: ["Northvault Data", "Glenharrow Estates"], status: 'approved', kind: "trustees approved the lease" },
    ],
  },
  {
    name: "homestead-larchmont-merger-collapse",
    body: "The planned merger of furniture retailers Homestead Oakworks and Larchmont Living has collapsed, six weeks after the two boards agreed terms.\nLarchmont said on Monday that it had walked away after a review of Homestead's books found a larger pension deficit than had been disclosed.\n\nThe all-share deal, announced in February, would have created Britain's second-largest sofa and bed chain, with 310 stores.\nUnder the agreed terms, Larchmont shareholders were to own 45 per cent of the combined company.\nHomestead's chief executive, Imelda Strachan-Boyce, said she was \"disappointed but not surprised\".\n\nShe said Homestead had offered to cut the price by 8 per cent to reflect the deficit, an offer Larchmont's board formally rejected on Friday.\nLarchmont will pay Homestead a break fee of £6 million under the terms of the merger agreement.\n\nBoth companies' shares fell sharply, with Homestead down 14 per cent.\nAnalysts at Quarrington Partners said a tie-up with another partner could make sense if Homestead could fix its pension hole.\nLarchmont is now in early talks with private equity firm Stourvale Capital about a possible investment.\n\nHomestead also confirmed that its distribution contract with logistics firm Redwing Haulage, signed in 2022, remains in force.\nLarchmont's lease on its Kingsmere flagship store was renewed for ten years in April with its landlord, Orrin Estates.\nHomestead's board met on Sunday to consider its options.",
    gold: [
      { at: '1.1', parties: ["Homestead Oakworks", "Larchmont Living"], status: 'collapsed', kind: "merger collapsed" },
      { at: '1.2', parties: ["Homestead Oakworks", "Larchmont Living"], status: 'collapsed', kind: "walked away (deal implied)" },
      { at: '2.1', parties: ["Homestead Oakworks", "Larchmont Living"], status: 'collapsed', kind: "would have created (real deal, counterfactual)" },
      { at: '2.2', parties: ["Homestead Oakworks", "Larchmont Living"], status: 'reached', kind: "agreed terms, past" },
      { at: '3.1', parties: ["Homestead Oakworks", "Larchmont Living"], status: 'rejected', kind: "revised offer formally rejected" },
      { at: '3.2', parties: ["Homestead Oakworks", "Larchmont Living"], status: 'in force', kind: "break fee under the terms" },
      { at: '5.1', parties: ["Homestead Oakworks", "Redwing Haulage"], status: 'in force', kind: "contract remains in force" },
      { at: '5.2', parties: ["Larchmont Living", "Orrin Estates"], status: 'signed', kind: "lease renewed" },
    ],
  },
  {
    name: "monte-carrasco-telescope-accord",
    body: "Three universities have agreed to share observing time on the new 4-metre telescope at the Monte Carrasco Observatory under a ten-year accord signed in Sorvela last week.\nThe telescope, perched at 2,900 metres, saw first light in January.\n\nUnder the accord, the University of Sorvela, which operates the observatory, keeps half of the nights, while Tollerby University and the Marenne Institute of Astrophysics get a quarter each.\nThe partners will also split the running costs of about €3 million a year in the same proportions.\n\nA fourth institution, the Halvard Space Science Centre, is considering whether to apply for observing time next year.\nThe accord was ratified by Sorvela's university senate on Tuesday.\nTollerby's governing council approved the agreement in December, before it was signed.\n\nThe observatory's director, Teodora Lianou, said astronomers had queued for time on smaller instruments for years.\nProposals for the first observing season open on 1 March and will be judged by a joint panel.\n\nThe accord replaces a 2014 memorandum of understanding between Sorvela and Marenne that covered the older 1.5-metre telescope.\nA licence allowing the observatory to use the forest road to the summit, granted by the regional forestry board, runs until 2030.\n\nLight pollution remains a worry.\nThe town council in nearby Ostuval voted last year to switch its street lamps to amber LEDs.\nTalks with a second town, Pinarejo Alto, about dimming lights after midnight have so far gone nowhere.",
    gold: [
      { at: '1.1', parties: ["University of Sorvela", "Tollerby University", "Marenne Institute of Astrophysics"], status: 'signed', kind: "accord signed" },
      { at: '2.1', parties: ["University of Sorvela", "Tollerby University", "Marenne Institute of Astrophysics"], status: 'in force', kind: "under the accord" },
      { at: '2.2', parties: ["University of Sorvela", "Tollerby University", "Marenne Institute of Astrophysics"], status: 'in force', kind: "cost-sharing term" },
      { at: '3.2', parties: ["University of Sorvela", "Tollerby University", "Marenne Institute of Astrophysics"], status: 'ratified', kind: "senate ratified" },
      { at: '3.3', parties: ["University of Sorvela", "Tollerby University", "Marenne Institute of Astrophysics"], status: 'approved', kind: "council approved" },
      { at: '5.1', parties: ["University of Sorvela", "Marenne Institute of Astrophysics"], status: 'voided', kind: "MoU replaced" },
      { at: '5.2', parties: ["University of Sorvela|Monte Carrasco Observatory", "regional forestry board"], status: 'in force', kind: "licence runs until" },
    ],
  },
  {
    name: "drummarra-cable-car-contract-cancelled",
    body: "Drummarra council has cancelled its contract with the operator of the town's cable car, citing repeated safety failings.\nAltivo Ropeways has run the 1.2-kilometre line between the seafront and Carrick Hill since 2017 under a 20-year concession.\n\nAn inspection in June found that Altivo had missed three scheduled cable checks, in breach of the concession agreement.\nCouncillors voted 27 to 4 on Tuesday night to terminate the deal with immediate effect.\n\nAltivo's managing director, Cosmo Treharne, said the company would challenge the decision in the High Court.\nHe said the missed checks had been logged late rather than skipped.\nAn injunction obtained by Altivo in August bars the council from removing the company's equipment from the stations.\nThe line has been closed since the inspection.\n\nThe council said it had approached two other operators about running the cable car next summer.\nAny new operator would have to accept a contract with a shorter break clause, the council's leader, Philippa Ormsby-Lane, said.\n\nUnder the original concession, Altivo paid the council £180,000 a year and kept all ticket revenue.\nThe council also agreed a £40,000 settlement last year with a passenger who was stranded in a cabin for four hours in 2022.\nA sign at the lower station reads: \"Closed until further notice — apologies.\"",
    gold: [
      { at: '1.1', parties: ["Drummarra Borough Council|Drummarra council", "Altivo Ropeways"], status: 'voided', kind: "contract cancelled" },
      { at: '1.2', parties: ["Drummarra Borough Council|Drummarra council", "Altivo Ropeways"], status: 'in force', kind: "under a concession (mention)" },
      { at: '2.1', parties: ["Drummarra Borough Council|Drummarra council", "Altivo Ropeways"], status: 'breached', kind: "in breach of agreement" },
      { at: '2.2', parties: ["Drummarra Borough Council|Drummarra council", "Altivo Ropeways"], status: 'voided', kind: "voted to terminate" },
      { at: '5.1', parties: ["Drummarra Borough Council|Drummarra council", "Altivo Ropeways"], status: 'in force', kind: "under the original concession" },
      { at: '5.2', parties: ["Drummarra Borough Council|Drummarra council", "passenger"], status: 'reached', kind: "agreed a settlement" },
    ],
  },
  {
    name: "pennock-vale-ground-lease-scraped",
    body: "Sport | Rugby | Local\nPennock Vale RFC agree new 99-year lease on Ferncote ground\nBy Callum Dertheridge, Sports Reporter\nPennock Vale RFC have agreed a 99-year lease on their Ferncote ground with the town council, securing the club's future after two seasons of uncertainty.\nThe lease, which still needs approval from the council's cabinet, sets a peppercorn rent of £1 a year.\nIn return, the club has agreed to open its clubhouse and pitches to schools and community groups for at least 30 hours a week.\nPhoto: Pennock Vale's players celebrate promotion last April.\nThe club's previous lease ran out in 2023, and a bid by housing developer Marlcombe Homes to buy part of the site was formally turned down by the council.\nClub chairman Dafydd Llewellyn-Pryce said the committee had \"never stopped believing\".\nHe denied reports that the club had agreed to sell naming rights to the ground.\nAdvertisement\nThe club also signed a groundshare agreement with the women's side Ferncote Ravens last month.\nTalks with the Westhollow Rugby Union about hosting age-grade fixtures are continuing.\nCouncillors will also consider a separate plan to build a car park on adjacent land.\nRead more: Pennock Vale's promotion season in pictures\nShare: Facebook Twitter WhatsApp",
    gold: [
      { at: '1.2', parties: ["Pennock Vale RFC", "Pennock Vale Town Council|town council"], status: 'reached', kind: "headline-style line, agree lease" },
      { at: '1.4', parties: ["Pennock Vale RFC", "Pennock Vale Town Council|town council"], status: 'reached', kind: "agreed a lease" },
      { at: '1.5', parties: ["Pennock Vale RFC", "Pennock Vale Town Council|town council"], status: 'reached', kind: "terms, approval pending" },
      { at: '1.6', parties: ["Pennock Vale RFC", "Pennock Vale Town Council|town council"], status: 'in force', kind: "reciprocal terms" },
      { at: '1.8', parties: ["Marlcombe Homes", "Pennock Vale Town Council|town council"], status: 'rejected', kind: "bid formally turned down" },
      { at: '1.12', parties: ["Pennock Vale RFC", "Ferncote Ravens"], status: 'signed', kind: "signed groundshare agreement" },
    ],
  },
  {
    name: "corrivane-franchise-ruling-court",
    body: "A High Court judge has ruled that hotel group Corrivane Hotels breached its franchise agreement with Ostler Inns by opening a rival hotel two streets away from the franchisee's property.\nMr Justice Hallworth-Binns said the franchise agreement, signed in 2016, gave Ostler Inns an exclusive territory within a one-mile radius of its hotel in Saltinghame.\n\nCorrivane opened a 140-room hotel under its budget brand Kipwell inside that radius in 2022.\nOstler Inns, which runs the 90-room Corrivane Saltinghame, said its occupancy had fallen by a fifth since.\nThe judge rejected Corrivane's argument that a budget brand was a different business altogether.\n\nDamages will be assessed at a later hearing.\nThe court declined to void the contract, as Ostler had asked, meaning the franchise remains in force until 2031.\n\nCorrivane said it was \"studying the judgment\" and had not decided whether to appeal.\nThe group has 212 hotels across Britain and Ireland, most of them run by franchisees.\nLast year it settled a similar dispute with a franchisee in Drumcorrie for an undisclosed sum.\n\nOstler Inns' managing director, Winifred Szalai, said the family had offered to settle out of court in 2023 but never received a reply.\nCorrivane's own licence to use the Kipwell name, held under an agreement with the brand's founder, Anselmo Petridou, is not affected by the ruling.\nA separate 25-year lease on the Kipwell building was signed with landlord Tanhurst Property in 2021.",
    gold: [
      { at: '1.1', parties: ["Corrivane Hotels", "Ostler Inns"], status: 'breached', kind: "ruled breached" },
      { at: '1.2', parties: ["Corrivane Hotels", "Ostler Inns"], status: 'in force', kind: "exclusivity term of agreement" },
      { at: '3.2', parties: ["Corrivane Hotels", "Ostler Inns"], status: 'in force', kind: "remains in force" },
      { at: '4.3', parties: ["Corrivane Hotels", "franchisee in Drumcorrie"], status: 'reached', kind: "settled a dispute" },
      { at: '5.2', parties: ["Corrivane Hotels", "Anselmo Petridou"], status: 'in force', kind: "licence held under agreement" },
      { at: '5.3', parties: ["Corrivane Hotels", "Tanhurst Property"], status: 'signed', kind: "lease signed" },
    ],
  },
  {
    name: "wordhaven-tender-no-deal",
    body: "Translation agency Wordhaven Linguistics is weighing a bid to supply interpreters to courts in the eastern region, its chief executive said.\nThe work, worth about £30 million over five years, will be put out to tender by the Eastern Courts Service in April.\n\nWordhaven's chief executive, Leopold Amankwah, said the firm had held \"constructive conversations\" with the courts service but that nothing had been decided.\nHe denied a report in a trade newsletter that Wordhaven had already agreed to take over a smaller rival, Babelcroft.\n\"There is no deal, and there are no talks,\" he said.\n\nWordhaven's board met on Thursday to discuss the tender.\nIf the firm won the work, it would need to hire about 120 more interpreters.\nInterpreters' union Tongues United voted last month to boycott agencies paying less than £28 an hour.\n\nBabelcroft's founder, Greta Hollstein, said she had received an approach from an unnamed buyer last year and ignored it.\nShares in Wordhaven's parent, Lexigon Group, rose 6 per cent on the report.\nA combination of the two agencies could create the region's largest court interpreting business, analysts said.\n\nWordhaven employs 340 staff and freelancers.\nIt translated more than 2 million words of medical records last year.",
    gold: [
    ],
  },
];

export const BLIND32_CLOSE_NON_AGREEMENTS: Record<string, string[]> = {
  "tallisker-beet-contract-wire": ["2.1", "2.2", "3.2", "5.1", "5.2", "5.4"],
  "northvault-glenharrow-lease": ["3.1", "3.2", "3.3", "4.1", "4.2", "5.3", "6.2"],
  "homestead-larchmont-merger-collapse": ["4.1", "4.2", "4.3", "5.3"],
  "monte-carrasco-telescope-accord": ["3.1", "4.2", "6.2", "6.3"],
  "drummarra-cable-car-contract-cancelled": ["3.1", "3.3", "4.1", "4.2"],
  "pennock-vale-ground-lease-scraped": ["1.10", "1.13", "1.14"],
  "corrivane-franchise-ruling-court": ["2.3", "3.1", "4.1", "5.1"],
  "wordhaven-tender-no-deal": ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"],
};
