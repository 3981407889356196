/**
 * Agreement set of session 23 (helper a58): the second side a found sentence leaves out, in invented
 * articles of our own — a headline naming one side of a sale the body reports with both, a lease
 * whose landlord only a later mention names ("The lease, agreed with …"), a lease taken "from" a
 * family, a sponsor set off after "The club's previous sponsor", "X and its supplier, Y," settling, a
 * deal of one side introduced by "with" (the article's main side is the other), a first offer turned
 * down (made to the other side of its maker's deal) — with close negatives beside them (a lease
 * "from March", an offer nobody in the article has a deal with).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a58`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A58_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a sale: the headline names the seller only; later mentions carry both sides; a lease "from" a family.
  {
    name: 'cider-press-sale',
    headline: 'Quarrel Hill Cider agrees £3m sale to Brannock Drinks',
    body: [
      `Quarrel Hill Cider, the farm cidermaker near Lowmoor, has agreed to be bought by Brannock Drinks for £3.1m.`,
      `The deal, agreed after a summer of talks, keeps the orchard staff on their present terms.`,
      `Under the agreement, the Quarrel Hill name will stay on every bottle.`,
      `Brannock has also signed a seven-year lease on the old press house from the Tamsin family, who will keep the orchards.`,
      `Both boards have approved the takeover.`,
      ``,
      `Brannock shares rose 2 per cent on the news.`,
      `A lease on the cellar from March was mentioned in the accounts.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Quarrel Hill Cider', 'Brannock Drinks'], status: 'reached', kind: 'headline: agrees sale' },
      { at: '1.1', parties: ['Quarrel Hill Cider', 'Brannock Drinks'], status: 'reached', kind: 'agreed to be bought' },
      { at: '1.2', parties: ['Quarrel Hill Cider', 'Brannock Drinks'], status: 'reached', kind: 'the deal, agreed, keeps' },
      { at: '1.3', parties: ['Quarrel Hill Cider', 'Brannock Drinks'], status: 'reached', kind: 'under the agreement' },
      { at: '1.4', parties: ['Brannock Drinks', 'Tamsin family'], status: 'signed', kind: 'signed a lease from a family' },
      { at: '1.5', parties: ['Quarrel Hill Cider', 'Brannock Drinks'], status: 'approved', kind: 'boards approved the takeover' },
    ],
  },
  // 2 — a lease whose landlord only the second sentence names; its terms after.
  {
    name: 'rowing-club-boathouse-lease',
    headline: 'Rowing club signs lease on river boathouse',
    body: [
      `Ferrowby Rowing Club has signed a twelve-year lease on the old ferry house at Catter Quay.`,
      `The lease, agreed with landlord Pellworth Estates in May, sets the rent at £9,000 a year.`,
      `Under its terms, the club will repaint the ferry house every five years.`,
      `The deal also lets schools use the slipway on weekday mornings.`,
      ``,
      `Club captain Dara Nolloth said the crews had trained from a car park for two winters.`,
    ].join('\n'),
    gold: [
      // (The headline's described side, "Rowing club", is still left unnamed: open.)
      { at: '0.1', parties: ['Ferrowby Rowing Club', 'Pellworth Estates'], status: 'signed', kind: 'headline: signs lease' },
      { at: '1.1', parties: ['Ferrowby Rowing Club', 'Pellworth Estates'], status: 'signed', kind: 'signed a lease' },
      { at: '1.2', parties: ['Ferrowby Rowing Club', 'Pellworth Estates'], status: 'signed', kind: 'the lease, agreed with' },
      { at: '1.3', parties: ['Ferrowby Rowing Club', 'Pellworth Estates'], status: 'signed', kind: 'under its terms' },
      { at: '1.4', parties: ['Ferrowby Rowing Club', 'Pellworth Estates'], status: 'signed', kind: 'the deal also lets' },
    ],
  },
  // 3 — a sponsor: the club's previous sponsor pulled out; a supplier and its maker settling.
  {
    name: 'choir-sponsor-and-supplier',
    body: [
      `The Wendle Valley Choir has signed a two-year sponsorship deal with the printing firm Ashcombe Press.`,
      `Under the deal, Ashcombe will print every concert programme free of charge.`,
      `The choir's previous sponsor, the seed merchants Corvell Brothers, pulled out of its deal in 2023.`,
      ``,
      `Separately, Ashcombe and its paper supplier, Yelland Mills, settled a dispute over late deliveries last month.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Wendle Valley Choir', 'Ashcombe Press'], status: 'signed', kind: 'signed a sponsorship deal' },
      { at: '1.2', parties: ['Wendle Valley Choir', 'Ashcombe Press'], status: 'signed', kind: 'under the deal' },
      { at: '1.3', parties: ['Wendle Valley Choir', 'Corvell Brothers'], status: 'voided', kind: 'previous sponsor pulled out' },
      { at: '2.1', parties: ['Ashcombe', 'Yelland Mills'], status: 'reached', kind: 'X and its supplier settled' },
    ],
  },
  // 4 — a franchisor: a similar deal with one named side, far from the main deal; a first offer turned down.
  {
    name: 'bakery-franchise-deal',
    body: [
      `Crumbwell Bakeries, the sourdough chain with 18 shops in the north, has signed a franchise agreement with Holmfirth Retail Partners to open six shops in Cumbria.`,
      `The agreement gives Holmfirth sole rights in the county for eight years.`,
      ``,
      `Crumbwell's founder, Ines Garrow, said the chain had spoken to a dozen possible franchisees.`,
      `The chain's shares rose 5 per cent.`,
      `Bread prices in the region have risen by a tenth this year.`,
      ``,
      `Two years ago a similar arrangement with the Leeds operator Oventide Group fell apart over rents.`,
      `Holmfirth's first offer in April was turned down, Ms Garrow said.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Crumbwell Bakeries', 'Holmfirth Retail Partners'], status: 'signed', kind: 'signed a franchise agreement' },
      { at: '1.2', parties: ['Crumbwell Bakeries', 'Holmfirth Retail Partners'], status: 'signed', kind: 'the agreement gives' },
      { at: '3.1', parties: ['Crumbwell Bakeries', 'Oventide Group'], status: 'collapsed', kind: 'a similar arrangement with X fell apart' },
      { at: '3.2', parties: ['Holmfirth Retail Partners', 'Crumbwell Bakeries'], status: 'rejected', kind: 'first offer turned down' },
    ],
  },
];
