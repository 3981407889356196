/**
 * Blind agreement set 46: eight invented news articles written by a separate session that read no code
 * (session 22). Precision / recall / parties / status at first sight on 364a166: 95.1 / 84.8 / 56.4 / 89.7 %.
 * Read from session 22 on. Scored by `npx tsx bench/facts-eval.ts --score
 * patterns --blind-46`; `BLIND46_CLOSE_NON_AGREEMENTS` lists the close non-agreements.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

const PW = 'Paddlewise Canoe Hire|Paddlewise';
const BTC = 'Tadwick Town Council|the council';
const CE = 'Canvasmere Events|Canvasmere';
const TT = 'Tollbury Tents|Tollbury';
const LF = 'Lorna Feathergill|Mrs Feathergill';
const PC = 'Petalcraft Franchising Ltd|Petalcraft';
const HC = 'Birdsong Creek Basket Cooperative|the cooperative';
const LV = 'Thistle & Oakum';
const MB = 'City of Marrowgate Beach|Marrowgate Beach|the city';
const BW = 'Bluewatch Aquatic Safety|Bluewatch';
const WC = 'Wexbury City Council|the council';
const NP = 'Nightbloom Pyrotechnics|Nightbloom';
const CL = 'Corriemoor Leather|Corriemoor';
const CB = 'Conceria Belmonti|Belmonti';

export const BLIND46_AGREEMENT_ARTICLES: PatternArticle[] = [
  {
    name: 'canoe-hire-boathouse-lease',
    headline: 'Canoe firm signs 15-year lease on riverside boathouse',
    body: [
      `Paddlewise Canoe Hire has signed a 15-year lease on the old boathouse at Tadwick Meadows, ending two years of uncertainty for the business.`,
      `The lease, agreed with Tadwick Town Council last month and signed on Friday, sets the rent at £14,500 a year.`,
      `Under its terms, Paddlewise will repair the slipway and keep the boathouse open to the public for at least 200 days a year.`,
      `The deal also gives the council a share of ticket income above £100,000.`,
      ``,
      `Councillors first discussed selling the boathouse outright in 2024.`,
      `Owner Kezia Rathmore said talks with the council had at times been "painful".`,
      `A rival bid from a paddleboard school was floated but never put to a vote.`,
      `The council's finance committee approved the lease by six votes to one in March.`,
      ``,
      `Rathmore said the firm would now buy 20 new open canoes and take on two more instructors.`,
      `She would like to agree a shared-use arrangement with the Scout group next door, though no talks have started.`,
      `Half-day hire at Tadwick will go up from £35 to £38 in April.`,
      `The previous lease on the boathouse, held by Tadwick Boat Club, was terminated in 2022 after the rent went unpaid.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: [PW, BTC], status: 'signed', kind: 'headline: signs lease' },
      { at: '1.1', parties: [PW, BTC], status: 'signed', kind: 'has signed a lease' },
      { at: '1.2', parties: [PW, BTC], status: 'signed', kind: 'the lease, agreed and signed' },
      { at: '1.3', parties: [PW, BTC], status: 'in force', kind: 'under its terms' },
      { at: '1.4', parties: [PW, BTC], status: 'in force', kind: 'the deal also gives' },
      { at: '2.4', parties: [PW, BTC], status: 'approved', kind: 'committee approved the lease' },
      { at: '3.4', parties: ['Tadwick Boat Club', BTC], status: 'voided', kind: 'previous lease terminated' },
    ],
  },
  {
    name: 'marquee-hire-merger',
    body: [
      `LONDON, Feb 12 (Northwire) — Canvasmere Events, Britain's second-largest marquee hire firm, has agreed to merge with family-run rival Tollbury Tents in an all-share deal, the companies said on Thursday.`,
      `Under the deal, the combined group, to be called Canvasmere Tollbury, will own about 1,400 marquees and employ 520 people.`,
      `Tollbury shareholders will receive 0.42 new Canvasmere shares for each share they hold.`,
      ``,
      `Both boards have approved the merger, which still needs clearance from the Fair Trading Authority.`,
      `Canvasmere shares rose 6 per cent in early trading.`,
      `Canvasmere had approached Tollbury twice before, in 2022 and 2024, but the Tollbury board rejected both earlier offers.`,
      `Analysts said the tie-up would give the enlarged firm more pricing power at summer weddings and festivals.`,
      ``,
      `Tollbury chairman Ruaridh Penwarrick said the family had held "long and honest conversations" before deciding to sell.`,
      `Separately, Canvasmere said it was in talks to buy a small flooring supplier in Wales.`,
      `It denied press reports that it had agreed to buy the Dutch firm Zeltwerk.`,
      `A deal with Zeltwerk could have doubled Canvasmere's European business, one banker said.`,
      `The merger is expected to complete by June.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: [CE, TT], status: 'reached', kind: 'has agreed to merge' },
      { at: '1.2', parties: [CE, TT], status: 'in force', kind: 'under the deal' },
      { at: '1.3', parties: [CE, TT], status: 'in force', kind: 'share-swap terms' },
      { at: '2.1', parties: [CE, TT], status: 'approved', kind: 'both boards approved merger' },
      { at: '2.3', parties: [CE, TT], status: 'rejected', kind: 'earlier offers rejected' },
      { at: '2.4', parties: [CE, TT], status: 'reached', kind: 'tie-up mentioned by analysts' },
      { at: '3.5', parties: [CE, TT], status: 'reached', kind: 'merger expected to complete' },
    ],
  },
  {
    name: 'florist-franchise-ruling',
    body: [
      `A florist who ran three shops under the Petalcraft name breached her franchise agreement by buying flowers from an unapproved wholesaler, the High Court has ruled.`,
      `Lorna Feathergill signed a ten-year franchise contract with Petalcraft Franchising Ltd in 2019.`,
      `The contract required franchisees to buy at least 80 per cent of their stock from Petalcraft's own supplier.`,
      ``,
      `She told the court the approved supplier's prices had risen by 30 per cent in a year.`,
      `Mrs Justice Cordingley found that the rise did not entitle her to ignore the supply clause.`,
      `Petalcraft terminated the franchise in January 2025, and the judge held that it had been entitled to do so.`,
      `She ordered Mrs Feathergill to pay £48,000 in damages.`,
      ``,
      `Mrs Feathergill had offered in 2024 to settle the dispute for £10,000, the court heard, but Petalcraft never replied.`,
      `Petalcraft, which has 64 franchised shops, said it would now review all its supplier arrangements.`,
      `Two other franchisees, in Mossbridge and Caddon Vale, have since agreed new contracts with looser buying rules.`,
      `Lawyers for Mrs Feathergill met Petalcraft's solicitors on Monday to discuss costs.`,
      `A separate dispute with a former franchisee in Tamsford was settled out of court in 2023 on confidential terms.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: [LF, PC], status: 'breached', kind: 'breached franchise agreement' },
      { at: '1.2', parties: [LF, PC], status: 'signed', kind: 'signed a franchise contract' },
      { at: '1.3', parties: [LF, PC], status: 'in force', kind: 'contract terms' },
      { at: '2.2', parties: [LF, PC], status: 'breached', kind: 'supply clause ignored' },
      { at: '2.3', parties: [LF, PC], status: 'voided', kind: 'terminated the franchise' },
      { at: '3.3', parties: [PC, 'franchisees in Mossbridge and Caddon Vale|franchisees'], status: 'reached', kind: 'agreed new contracts' },
      { at: '3.5', parties: [PC, 'former franchisee in Tamsford|former franchisee'], status: 'reached', kind: 'settled out of court' },
    ],
  },
  {
    name: 'basket-cooperative-supply-contract',
    body: [
      `For years the 30 members of the Birdsong Creek Basket Cooperative sold their white-oak baskets at county fairs and from a single shop on Route 9.`,
      `This fall their work will appear in 45 stores after the cooperative signed a three-year supply contract with the home-goods chain Thistle & Oakum.`,
      `Under the agreement, Thistle & Oakum will buy at least 6,000 baskets a year at a guaranteed price.`,
      ``,
      `"This contract is the biggest thing that's happened to us since we formed in 1987," said weaver Mae Dellinger, 74.`,
      `The cooperative's members voted 27-3 in June to accept the contract.`,
      `Some members had wanted to hold out for more money, and the chain's first offer in March was turned down.`,
      `The co-op also voted to raise its annual dues to $60.`,
      ``,
      `Thistle & Oakum has discussed similar arrangements with potters and quilters in the region, a spokeswoman said.`,
      `She would not say whether those talks had produced anything.`,
      `An earlier tie-up between the cooperative and the mail-order catalog Porchlight Direct fell apart in 2009 when the catalog went bankrupt.`,
      `If sales go well, the chain could extend the contract to five years.`,
      `The price of white-oak splints has climbed 15 percent since spring.`,
      `The first baskets under the contract ship on Sept. 15.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: [HC, LV], status: 'signed', kind: 'signed a supply contract' },
      { at: '1.3', parties: [HC, LV], status: 'in force', kind: 'under the agreement' },
      { at: '2.1', parties: [HC, LV], status: 'signed', kind: 'contract in a quote' },
      { at: '2.2', parties: [HC, LV], status: 'approved', kind: 'members voted to accept' },
      { at: '2.3', parties: [HC, LV], status: 'rejected', kind: 'first offer turned down' },
      { at: '3.3', parties: [HC, 'Porchlight Direct'], status: 'collapsed', kind: 'earlier tie-up fell apart' },
      { at: '3.6', parties: [HC, LV], status: 'in force', kind: 'shipments under the contract' },
    ],
  },
  {
    name: 'lifeguard-contract-terminated',
    body: [
      `MARROWGATE BEACH, Fla., July 8 (Coastal Wire Service) — The city of Marrowgate Beach has terminated its contract with the lifeguard company Bluewatch Aquatic Safety after two drownings on unguarded stretches of sand this summer.`,
      `The five-year contract, worth $3.2 million a year, was signed in 2023 and required Bluewatch to staff 14 towers from 9 a.m. to 6 p.m. daily.`,
      `City officials said the company had left as many as five towers empty on some days, in breach of the contract.`,
      ``,
      `Bluewatch said in a statement that it disputed the city's account and was reviewing its legal options.`,
      `The City Commission voted 5-0 on Monday night to hire lifeguards directly through the parks department from next year.`,
      `It also approved an emergency agreement with neighboring Sawgrass County to borrow 12 county lifeguards for the rest of the season.`,
      `Under that arrangement, the city will pay the county $48 an hour per guard.`,
      ``,
      `Bluewatch holds lifeguard contracts with at least six other Florida towns.`,
      `Officials in two of them, Coral Point and Yarrowby Key, said they had no plans to cancel.`,
      `Bluewatch's agreed takeover of a smaller rival, SurfSentry, fell through last month when financing could not be found.`,
      `Bluewatch shares, which trade over the counter, fell 11 percent on Tuesday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: [MB, BW], status: 'voided', kind: 'terminated its contract' },
      { at: '1.2', parties: [MB, BW], status: 'signed', kind: 'contract signed in 2023' },
      { at: '1.3', parties: [MB, BW], status: 'breached', kind: 'in breach of the contract' },
      { at: '2.3', parties: [MB, 'Sawgrass County'], status: 'approved', kind: 'approved emergency agreement' },
      { at: '2.4', parties: [MB, 'Sawgrass County'], status: 'in force', kind: 'under that arrangement' },
      { at: '3.1', parties: [BW, 'six other Florida towns'], status: 'in force', kind: 'holds contracts' },
      { at: '3.3', parties: [BW, 'SurfSentry'], status: 'collapsed', kind: 'agreed takeover fell through' },
    ],
  },
  {
    name: 'fireworks-display-scraped',
    body: [
      `News | Local | Wexbury Echo Fireworks deal for New Year display collapses By Harriet Mawdsley-Tinn`,
      `Wexbury City Council's £95,000 contract with Nightbloom Pyrotechnics to stage the New Year's Eve fireworks has collapsed after the firm lost its explosives licence.`,
      `The deal was signed in July after a tender that drew four bids.`,
      `Photo: Last year's display over the river (Wexbury Echo)`,
      `Council leader Dafydd Penrallt said the authority was "urgently" talking to other suppliers.`,
      `Nightbloom said it had asked for the decision to be reviewed.`,
      `The company's licence was suspended by the Explosives Licensing Office on 3 November after an inspection.`,
      `Share this article Facebook WhatsApp Email`,
      `Under the contract, Nightbloom was to have fired 2,400 shells from two barges in an 18-minute show.`,
      `A council spokesman said a £20,000 deposit would be returned under the contract's cancellation clause.`,
      `Read more: Ice rink returns to Castle Square`,
      `If no new supplier is found by 1 December, the display could be replaced by a laser show.`,
      `Opposition councillors have called for a meeting with Nightbloom's directors.`,
      `Tickets for the riverside enclosure have been cut from £8 to £5.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: [WC, NP], status: 'collapsed', kind: 'headline glued to furniture' },
      { at: '1.2', parties: [WC, NP], status: 'collapsed', kind: 'contract has collapsed' },
      { at: '1.3', parties: [WC, NP], status: 'signed', kind: 'deal was signed' },
      { at: '1.9', parties: [WC, NP], status: 'in force', kind: 'under the contract' },
      { at: '1.10', parties: [WC, NP], status: 'in force', kind: 'cancellation clause' },
    ],
  },
  {
    name: 'tannery-takeover-rejected',
    body: [
      `The board of Corriemoor Leather, one of Scotland's last working tanneries, has formally rejected a £22m takeover offer from the Italian group Conceria Belmonti.`,
      `The offer of 310p a share was "opportunistic and well below fair value", the board said.`,
      `Corriemoor shares closed up 14 per cent at 295p.`,
      ``,
      `Belmonti, which supplies leather to luxury handbag makers, already owns a 9 per cent stake in Corriemoor.`,
      `It has until 20 May under takeover rules to make a firm offer or walk away.`,
      `Corriemoor signed a five-year supply agreement with the Danish furniture maker Holmgaard last year, which accounts for about a third of its sales.`,
      `That contract contains a change-of-control clause allowing Holmgaard to walk away if the tannery is sold.`,
      ``,
      `Chief executive Alasdair Gilfeather said the company had held no talks with Belmonti before the approach was made public.`,
      `He said the board would consider a higher offer if one came.`,
      `Corriemoor's 2019 joint venture with the Moroccan tannery Oued Zitoun was dissolved by mutual consent in 2023.`,
      `A union representing 180 workers at the site said it would seek a meeting with both companies.`,
      `Holmgaard said in a statement that its supply agreement with Corriemoor remained in force.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: [CL, CB], status: 'rejected', kind: 'board rejected takeover offer' },
      { at: '1.2', parties: [CL, CB], status: 'rejected', kind: 'offer dismissed by board' },
      { at: '2.3', parties: [CL, 'Holmgaard'], status: 'signed', kind: 'signed supply agreement' },
      { at: '2.4', parties: [CL, 'Holmgaard'], status: 'in force', kind: 'change-of-control clause' },
      { at: '3.3', parties: [CL, 'Oued Zitoun'], status: 'voided', kind: 'joint venture dissolved' },
      { at: '3.5', parties: [CL, 'Holmgaard'], status: 'in force', kind: 'agreement remained in force' },
    ],
  },
  {
    name: 'board-game-cafe-mall-talks',
    body: [
      `The owners of Meeple Street, a board game café in Aldermoor Falls, are in talks to open a second location inside the Ridgeview Mall.`,
      `No lease has been signed, mall manager Colette Ferenc-Hume said on Wednesday.`,
      `The café opened in 2021 and now has 1,100 games on its shelves.`,
      ``,
      `Co-owner Jerome Ifill-Quist said the partners had met the mall's leasing team twice.`,
      `"We'd sign tomorrow if the rent were right," he said.`,
      `The two sides still disagree over how long any lease should run.`,
      `The owners also decided last month to raise the table fee from $6 to $8.`,
      ``,
      `A planning commission vote on the mall's wider redevelopment is set for March.`,
      `If approved, the plan would add 40 new storefronts.`,
      `Several regulars said they feared the original café would lose its character.`,
      `A rival chain, Rook & Roll, denied rumors that it had agreed to buy Meeple Street.`,
      `"We've never even spoken to them," Rook & Roll's founder said.`,
    ].join('\n'),
    gold: [],
  },
];

export const BLIND46_CLOSE_NON_AGREEMENTS: Record<string, string[]> = {
  'canoe-hire-boathouse-lease': ['2.1', '2.2', '2.3', '3.1', '3.2', '3.3'],
  'marquee-hire-merger': ['2.2', '3.1', '3.2', '3.3', '3.4'],
  'florist-franchise-ruling': ['2.1', '2.4', '3.1', '3.2', '3.4'],
  'basket-cooperative-supply-contract': ['2.4', '3.1', '3.2', '3.4', '3.5'],
  'lifeguard-contract-terminated': ['2.1', '2.2', '3.2', '3.4'],
  'fireworks-display-scraped': ['1.5', '1.7', '1.12', '1.13', '1.14'],
  'tannery-takeover-rejected': ['1.3', '2.1', '2.2', '3.1', '3.2', '3.4'],
  'board-game-cafe-mall-talks': ['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.4'],
};
