/**
 * Blind agreement set 30: eight invented news articles (two cinema chains merging with a headline, a
 * council's rooftop-solar contract scraped as one paragraph, a touring theatre's licence, a paper
 * recycler's breach in court, an ice-hockey arena lease, a language-school franchise release, a
 * toll-motorway concession cancelled on the wire, a honey cooperative with no agreement) written by a
 * separate session that read no code (session 17). Precision / recall / parties / status at first
 * sight on cd1312a: 94.7 / 76.6 / 58.3 / 88.9 %. Its misses were read after first sight and worked on
 * in session 17. Scored by `npx tsx bench/facts-eval.ts --score patterns --blind-30`;
 * `BLIND30_CLOSE_NON_AGREEMENTS` lists the close non-agreements.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const BLIND30_AGREEMENT_ARTICLES: PatternArticle[] = [
  {
    name: "cinema-chains-merger",
    headline: "Lumenhall and Pictorama agree £310m merger to create Britain's third-biggest cinema chain",
    body: ["Lumenhall Cinemas has agreed to merge with rival Pictorama Group in an all-share deal that values the combined business at £310 million.", "The boards of both companies approved the terms on Monday evening.", "", "Under the agreement, Lumenhall shareholders will own 55 per cent of the enlarged group, which will trade under the Lumenhall name.", "Pictorama chief executive Nadia Fersten will become chair of the new board.", "The two chains had held talks on and off since 2023.", "", "The merger still requires clearance from the Competition Review Board.", "Shares in Lumenhall rose 9 per cent to 142p on the news.", "Analysts had expected Pictorama to look for a buyer after it lost £14 million last year.", "", "A separate offer for Pictorama from private equity firm Greywater Partners, tabled in March, was formally rejected by the Pictorama board last month.", "Lumenhall also said it would close its four-screen site in Dorrington in January.", "Its lease on the building, signed with landlord Orrisfield Estates in 2006, runs out that month.", "Fersten said the combined chain would not raise ticket prices in its first year."].join('\n'),
    gold: [
      { at: '0.1', parties: ["Lumenhall Cinemas", "Pictorama Group"], status: 'reached', kind: "headline agree merger" },
      { at: '1.1', parties: ["Lumenhall Cinemas", "Pictorama Group"], status: 'reached', kind: "agreed to merge" },
      { at: '1.2', parties: ["Lumenhall Cinemas", "Pictorama Group"], status: 'approved', kind: "boards approved terms" },
      { at: '2.1', parties: ["Lumenhall Cinemas", "Pictorama Group"], status: 'in force', kind: "under the agreement terms" },
      { at: '3.1', parties: ["Lumenhall Cinemas", "Pictorama Group"], status: 'reached', kind: "merger pending clearance" },
      { at: '4.1', parties: ["Greywater Partners", "Pictorama Group"], status: 'rejected', kind: "offer formally rejected" },
      { at: '4.3', parties: ["Lumenhall Cinemas", "Orrisfield Estates"], status: 'in force', kind: "lease signed, expiring" },
    ],
  },
  {
    name: "solar-council-contract-scrape",
    body: ["Home > News > Local Posted by Ellen Ruthven | 14 May 2026 | 3 min read Hallamore County Council has signed a £4.2m contract with rooftop installer Sunhollow Energy to fit solar panels on 38 school buildings.", "Under the contract, Sunhollow will complete the installations during the next two summer holidays and maintain the panels for ten years.", "Panels being fitted at Pennock Lane Primary (Photo: BCC) The council's cabinet approved the deal in April after a tender that drew seven bids.", "Councillors also voted to raise parking charges at three country parks.", "Sunhollow has separately agreed a supply deal with panel manufacturer Verrano Photonics that fixes prices until 2028.", "ADVERTISEMENT A rival bidder, Gleam Roofworks, had offered to do the work for £3.9m but was ruled out on safety grounds.", "Gleam said it would consider a legal challenge.", "An earlier arrangement with installer Roofsun Ltd was terminated in 2024 after the firm went into administration.", "Read more: Solar farm plan near Thrushley rejected by planners The council estimates the panels will save schools £310,000 a year on electricity.", "Opposition leader Marcus Drennan said the authority should have struck a deal with a local firm instead.", "Share this article Facebook Twitter WhatsApp Email Related: Sunhollow to create 40 jobs at new depot"].join('\n'),
    gold: [
      { at: '1.1', parties: ["Hallamore County Council", "Sunhollow Energy"], status: 'signed', kind: "signed contract" },
      { at: '1.2', parties: ["Hallamore County Council", "Sunhollow Energy"], status: 'in force', kind: "under the contract" },
      { at: '1.3', parties: ["Hallamore County Council", "Sunhollow Energy"], status: 'approved', kind: "cabinet approved the deal" },
      { at: '1.5', parties: ["Sunhollow Energy", "Verrano Photonics"], status: 'reached', kind: "agreed supply deal" },
      { at: '1.8', parties: ["Hallamore County Council", "Roofsun Ltd"], status: 'voided', kind: "arrangement terminated" },
    ],
  },
  {
    name: "touring-theatre-rights-deal",
    body: ["The Wandering Lantern Theatre Company has secured the touring rights to \"The Salt Road\", the hit play by Gwendolyn Ashby-Rae, through a licence deal with her agents, Merriot & Croft.", "The licence allows the company to stage the play at up to 30 venues outside the capital over two years.", "", "The company has also signed a three-year partnership with the Northern Stages Consortium, a group of eleven regional theatres.", "Each member theatre will host at least one Lantern production a year under the arrangement.", "Artistic director Callum Breck-Hayes said the partnership would \"give us a home in every county we visit\".", "", "The company is also in talks with the Sallowgate Playhouse about a Christmas residency.", "Last year the Playhouse formally turned down a co-production proposal from the Lantern.", "Lottery arts funding for the tour is still to be decided.", "", "The Lantern's previous tour ended early in 2025 when its contract with the Granary Arts Centre was cancelled after a roof collapse.", "The company would sue if the centre refused to return its deposit, Breck-Hayes said at the time.", "Members voted at the annual meeting to move the company's base to Drayford.", "Ashby-Rae said she had agreed to attend the opening night."].join('\n'),
    gold: [
      { at: '1.1', parties: ["Wandering Lantern Theatre Company", "Merriot & Croft"], status: 'reached', kind: "licence deal" },
      { at: '1.2', parties: ["Wandering Lantern Theatre Company", "Merriot & Croft"], status: 'in force', kind: "licence terms" },
      { at: '2.1', parties: ["Wandering Lantern Theatre Company", "Northern Stages Consortium"], status: 'signed', kind: "signed partnership" },
      { at: '2.2', parties: ["Wandering Lantern Theatre Company", "Northern Stages Consortium"], status: 'in force', kind: "under the arrangement" },
      { at: '2.3', parties: ["Wandering Lantern Theatre Company", "Northern Stages Consortium"], status: 'signed', kind: "later mention of partnership" },
      { at: '3.2', parties: ["Wandering Lantern Theatre Company", "Sallowgate Playhouse"], status: 'rejected', kind: "proposal formally turned down" },
      { at: '4.1', parties: ["Wandering Lantern Theatre Company", "Granary Arts Centre"], status: 'voided', kind: "contract cancelled" },
    ],
  },
  {
    name: "paper-recycler-breach-ruling",
    body: ["A paper recycler breached its contract with a packaging firm by failing to deliver 12,000 tonnes of baled cardboard, the High Court in Carsby has ruled.", "Tallivant Fibre Recovery signed a five-year supply agreement with Calderbrook Packaging in 2021.", "Under its terms, Tallivant was to deliver 500 tonnes of sorted cardboard a month at a fixed price.", "", "When prices for recovered fibre doubled in 2022, Tallivant began selling much of its output to overseas buyers instead.", "Judge Imogen Radcliffe-Soames found that the shortfall amounted to a breach of the agreement.", "She ordered Tallivant to pay £1.9 million in damages.", "", "Tallivant had argued that the two firms informally agreed to cut the monthly tonnage, but the judge said there was no evidence of any such deal.", "The judge also dismissed a counterclaim brought by Tallivant.", "", "Calderbrook terminated the agreement in March 2023.", "It now buys its fibre from Marrowby Reclaim under a four-year contract signed that summer.", "Tallivant said it would appeal.", "A planned merger between Tallivant and Dutch recycler Verhoeven Vezel fell through last year.", "Recovered paper prices have since dropped back by about 40 per cent."].join('\n'),
    gold: [
      { at: '1.1', parties: ["Tallivant Fibre Recovery", "Calderbrook Packaging"], status: 'breached', kind: "court rules contract breached" },
      { at: '1.2', parties: ["Tallivant Fibre Recovery", "Calderbrook Packaging"], status: 'signed', kind: "signed supply agreement" },
      { at: '1.3', parties: ["Tallivant Fibre Recovery", "Calderbrook Packaging"], status: 'in force', kind: "under its terms" },
      { at: '2.2', parties: ["Tallivant Fibre Recovery", "Calderbrook Packaging"], status: 'breached', kind: "judge found breach" },
      { at: '4.1', parties: ["Tallivant Fibre Recovery", "Calderbrook Packaging"], status: 'voided', kind: "terminated agreement" },
      { at: '4.2', parties: ["Calderbrook Packaging", "Marrowby Reclaim"], status: 'signed', kind: "contract signed" },
      { at: '4.4', parties: ["Tallivant Fibre Recovery", "Verhoeven Vezel"], status: 'collapsed', kind: "merger fell through" },
    ],
  },
  {
    name: "hockey-arena-lease-vote",
    body: ["The Tamsett Falls Wolverines and the city's arena authority have reached a tentative agreement on a new 15-year lease for Riverside Ice Center, officials said Wednesday.", "The deal must still be approved by the City Council, which is expected to vote next month.", "", "Under the tentative deal, the team will pay $1.1 million a year in rent and keep 80% of concession revenue.", "The current lease, signed in 2011, expires in June.", "Last year the team said it could move to a suburban site if a new lease was not agreed.", "", "Team president Sandra Kowalczyk-Reyes called the agreement \"a win for the fans and for downtown.\"", "The authority's board also voted to replace the arena's ice plant, a $4 million project.", "", "Separately, the Wolverines signed a three-year affiliation agreement with the Port Saltley Otters, a minor-league club.", "The team's naming-rights contract with regional lender Tamarind Federal was terminated in January after the bank was taken over.", "The Wolverines are looking for a new arena sponsor.", "A proposal from a Tamarind rival to take over the naming rights has gone unanswered.", "Ticket prices will rise by an average of 3% next season."].join('\n'),
    gold: [
      { at: '1.1', parties: ["Tamsett Falls Wolverines", "Riverside Arena Authority|arena authority"], status: 'reached', kind: "tentative lease agreement" },
      { at: '1.2', parties: ["Tamsett Falls Wolverines", "Riverside Arena Authority|arena authority"], status: 'reached', kind: "deal awaiting approval" },
      { at: '2.1', parties: ["Tamsett Falls Wolverines", "Riverside Arena Authority|arena authority"], status: 'reached', kind: "under the tentative deal" },
      { at: '2.2', parties: ["Tamsett Falls Wolverines", "Riverside Arena Authority|arena authority"], status: 'in force', kind: "current lease" },
      { at: '3.1', parties: ["Tamsett Falls Wolverines", "Riverside Arena Authority|arena authority"], status: 'reached', kind: "later mention" },
      { at: '4.1', parties: ["Tamsett Falls Wolverines", "Port Saltley Otters"], status: 'signed', kind: "affiliation agreement signed" },
      { at: '4.2', parties: ["Tamsett Falls Wolverines", "Tamarind Federal"], status: 'voided', kind: "naming-rights contract terminated" },
    ],
  },
  {
    name: "language-school-franchise-release",
    body: ["PALMERTON, March 9 — Parlando Language Centers today announced that it has signed a master franchise agreement with Kiyomi Education Holdings to open 25 schools across the Korovan region over five years.", "The agreement is Parlando's first outside North America.", "", "Under the agreement, Kiyomi will pay an upfront fee and a royalty of 7% on tuition revenue.", "Parlando plans to hire 40 curriculum staff to support the expansion.", "\"This partnership lets us grow faster than we ever could alone,\" said Parlando CEO Marisol Quintanar-Webb.", "", "The companies first discussed a tie-up at an education trade fair in 2024.", "A memorandum of understanding signed last October set out the main terms.", "Parlando's board ratified the franchise deal at its February meeting.", "", "Parlando would consider a stock market listing if the Asian expansion succeeds, the company said.", "The company denied reports that it had agreed to buy a rival chain, Verbum Academies.", "An earlier franchise arrangement with Idiomas Corrente collapsed in 2022 over unpaid royalties.", "About Parlando Language Centers: Parlando operates 96 schools teaching 14 languages to 60,000 students a year."].join('\n'),
    gold: [
      { at: '1.1', parties: ["Parlando Language Centers", "Kiyomi Education Holdings"], status: 'signed', kind: "master franchise agreement signed" },
      { at: '1.2', parties: ["Parlando Language Centers", "Kiyomi Education Holdings"], status: 'signed', kind: "later mention" },
      { at: '2.1', parties: ["Parlando Language Centers", "Kiyomi Education Holdings"], status: 'in force', kind: "under the agreement" },
      { at: '2.3', parties: ["Parlando Language Centers", "Kiyomi Education Holdings"], status: 'signed', kind: "partnership quoted" },
      { at: '3.2', parties: ["Parlando Language Centers", "Kiyomi Education Holdings"], status: 'signed', kind: "memorandum of understanding" },
      { at: '3.3', parties: ["Parlando Language Centers", "Kiyomi Education Holdings"], status: 'ratified', kind: "board ratified" },
      { at: '4.3', parties: ["Parlando Language Centers", "Idiomas Corrente"], status: 'collapsed', kind: "franchise arrangement collapsed" },
    ],
  },
  {
    name: "tolway-concession-cancelled",
    body: ["VELDHAVEN, Oct 2 (Vantide Wire) — Ostraland's government on Thursday cancelled a 30-year concession to build and run a toll motorway between Veldhaven and Korsmark, citing repeated delays.", "The concession was signed in 2019 with the Baltramo Consortium, a group led by builder Hellqvist & Sohn.", "", "Transport minister Annika Stroem-Vale said the consortium had missed every construction deadline in the contract.", "The consortium said it would challenge the decision in court.", "The ministry formally rejected an offer from the consortium in August to pay a 40 million euro penalty in exchange for a two-year extension.", "", "Hellqvist & Sohn shares fell 11 percent in Korsmark.", "The government said it would tender the project again next year and could run the road itself if no bidder came forward.", "Under the cancelled concession, tolls would have been capped at 9 euro cents per kilometre.", "", "Separately, the ministry signed an 85 million euro maintenance contract with Kranvik Roads for the existing Route 7 tolway.", "Talks with neighbouring Lessovia on a cross-border toll-sharing treaty resumed last week.", "A 2015 treaty between the two countries on road freight remains in force."].join('\n'),
    gold: [
      { at: '1.1', parties: ["Ostraland government|Ostraland Ministry of Transport", "Baltramo Consortium"], status: 'voided', kind: "concession cancelled" },
      { at: '1.2', parties: ["Ostraland government|Ostraland Ministry of Transport", "Baltramo Consortium"], status: 'signed', kind: "concession signed" },
      { at: '2.1', parties: ["Ostraland government|Ostraland Ministry of Transport", "Baltramo Consortium"], status: 'breached', kind: "missed contract deadlines" },
      { at: '2.3', parties: ["Ostraland government|Ostraland Ministry of Transport", "Baltramo Consortium"], status: 'rejected', kind: "offer formally rejected" },
      { at: '3.3', parties: ["Ostraland government|Ostraland Ministry of Transport", "Baltramo Consortium"], status: 'voided', kind: "under the cancelled concession" },
      { at: '4.1', parties: ["Ostraland government|Ostraland Ministry of Transport", "Kranvik Roads"], status: 'signed', kind: "maintenance contract signed" },
      { at: '4.3', parties: ["Ostraland", "Lessovia"], status: 'in force', kind: "treaty remains in force" },
    ],
  },
  {
    name: "honey-prices-no-deal",
    body: ["Beekeepers in the Solvey Valley are getting less for their honey than at any time in a decade, as cheap imported blends flood the market.", "Wholesale prices for local wildflower honey fell to £4.10 a kilo in June, down from £6.80 two years ago.", "", "Members of the Solvey Honey Cooperative met on Saturday to discuss whether to set a minimum price.", "They voted to ask the valley's three main packers to pay at least £5 a kilo.", "The packers have not responded to the request.", "", "Trehune Packers, the largest buyer in the valley, denied that it had any arrangement with supermarket chains to hold prices down.", "If the packers refused, the cooperative could sell directly to shops, chair Marta Obiora-Hughes said.", "She met officials from the county trading standards office last week to discuss labelling rules.", "", "The cooperative's board decided to open a shop at its Ravelston warehouse in the autumn.", "Some members would rather join forces with beekeepers in neighbouring valleys, one said.", "Honey sales at farmers' markets rose 8 per cent last year, the cooperative's figures show.", "A court order last month stopped one importer from labelling a blended product as \"Solvey honey\"."].join('\n'),
    gold: [
    ],
  },
];
export const BLIND30_CLOSE_NON_AGREEMENTS: Record<string, string[]> = {
  "cinema-chains-merger": ["2.2", "2.3", "3.2", "3.3", "4.2", "4.4"],
  "solar-council-contract-scrape": ["1.4", "1.6", "1.7", "1.9", "1.10", "1.11"],
  "touring-theatre-rights-deal": ["3.1", "3.3", "4.2", "4.3", "4.4"],
  "paper-recycler-breach-ruling": ["2.1", "2.3", "3.1", "3.2", "4.3", "4.5"],
  "hockey-arena-lease-vote": ["2.3", "3.2", "4.3", "4.4", "4.5"],
  "language-school-franchise-release": ["2.2", "3.1", "4.1", "4.2"],
  "tolway-concession-cancelled": ["2.2", "3.1", "3.2", "4.2"],
  "honey-prices-no-deal": ["1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.4"],
};
