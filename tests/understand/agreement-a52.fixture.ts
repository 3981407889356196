/**
 * Agreement set of session 21 (helper a52): the shapes blind set 39 missed — a deal someone tried
 * and failed to leave, a courtesy title and a surname for the full name written before, "the chain"
 * after "the Crumbly chain", agreements with "two other" franchisees, a deal "for X to stock … Y
 * shops" that fell apart, its collapse mentioned by the noun, "agreed to stock … from X", what is
 * asked "whether the new deal was" of a deal, a place bought (its seller named in the next sentence,
 * who "exchanged contracts"), "under the five-year licence" and a lease's term after "If …," — our own invented articles, with
 * close negatives beside them (a founder who leaves, insults exchanged, a wish to leave a contract,
 * a question whether a deal would go ahead, a lease signed only if).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a52`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A52_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a franchisee who lost her bid to leave; the franchisor named as "the chain".
  {
    name: 'bakery-franchise-ruling',
    body: [
      `Dora Hale, who runs a bakery in Ames, has lost her bid to leave a ten-year franchise agreement with the Crumbly chain.`,
      `Mrs Hale signed the agreement in 2020, paying a £20,000 joining fee.`,
      ``,
      `She told the court that the chain had overstated the profits she could expect.`,
      `Crumbly, which has 80 franchised bakeries, terminated its agreements with three other franchisees last year.`,
      `The chain has since signed a new servicing contract with Tolley Ovens.`,
      ``,
      `Mrs Hale said she wanted to leave the trade altogether.`,
      `The founder of the chain, Amos Crumb, retired in 2019.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Dora Hale', 'Crumbly'], status: 'in force', kind: 'lost her bid to leave a franchise agreement' },
      { at: '1.2', parties: ['Dora Hale', 'Crumbly'], status: 'signed', kind: 'courtesy title, signed the agreement' },
      { at: '2.2', parties: ['Crumbly', 'three other franchisees'], status: 'voided', kind: 'agreements with other franchisees' },
      { at: '2.3', parties: ['Crumbly', 'Tolley Ovens'], status: 'signed', kind: 'the chain signed' },
    ],
  },
  // 2 — a supply deal that fell apart, mentioned by its collapse; the shop chain's new supplier.
  {
    name: 'pie-supply-collapse',
    body: [
      `A deal for Pellow Pies to stock its pasties in all 200 Marl Stores shops has fallen apart, two months after it was announced.`,
      `The agreement, signed in March, was expected to bring Pellow about £4m a year.`,
      ``,
      `Marl Stores said it had cancelled the contract after Pellow missed three deliveries.`,
      `Pellow's owner, Gus Pellow, said the firm had never missed a delivery.`,
      `He said the bakery had taken on six staff in the spring.`,
      `The collapse leaves Pellow with 30,000 pasties in its freezers.`,
      ``,
      `Marl Stores has since agreed to stock pasties from Tanner Bakes, a larger rival.`,
      `Tanner's finance director, Ada Roe, declined to say whether the new deal was exclusive.`,
      `She would not say whether a second deal would go ahead.`,
      `The two men exchanged insults outside the court.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Pellow Pies', 'Marl Stores'], status: 'collapsed', kind: 'deal for X to stock, fallen apart' },
      { at: '1.2', parties: ['Pellow Pies', 'Marl Stores'], status: 'signed', kind: 'the agreement, signed' },
      { at: '2.1', parties: ['Pellow Pies', 'Marl Stores'], status: 'voided', kind: 'cancelled the contract' },
      { at: '2.4', parties: ['Pellow Pies', 'Marl Stores'], status: 'collapsed', kind: 'the collapse, later mention' },
      { at: '3.1', parties: ['Marl Stores', 'Tanner Bakes'], status: 'reached', kind: 'agreed to stock from' },
      { at: '3.2', parties: ['Marl Stores', 'Tanner Bakes'], status: 'reached', kind: 'whether the new deal was' },
    ],
  },
  // 3 — a holiday park bought: the park is no side; the family that sold it exchanged contracts.
  {
    name: 'holiday-park-sale',
    body: [
      `Gull Rock Holiday Park, the 90-pitch site above Porth Bay, has been bought by the holiday operator Brackwater Leisure in a deal worth £5m.`,
      `The Penhale family, whose company Gull Rock Holidays Ltd has run the park since 1980, exchanged contracts with Brackwater on Friday.`,
      ``,
      `Under the terms of the sale, all 12 staff will keep their jobs.`,
      `Brackwater tried to buy Gull Rock in 2019, but that deal fell through when the family turned down its price.`,
      `The park reopens for the season at Easter.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brackwater Leisure', 'Penhale family|Gull Rock Holidays Ltd'], status: 'reached', kind: 'place bought, seller named next' },
      { at: '1.2', parties: ['Brackwater Leisure', 'Penhale family|Gull Rock Holidays Ltd'], status: 'signed', kind: 'exchanged contracts' },
      { at: '2.1', parties: ['Brackwater Leisure', 'Penhale family|Gull Rock Holidays Ltd'], status: 'signed', kind: 'under the terms of the sale' },
      { at: '2.2', parties: ['Brackwater Leisure', 'Penhale family|Gull Rock Holidays Ltd'], status: 'collapsed', kind: 'earlier attempt fell through' },
    ],
  },
  // 4 — a licence and its terms.
  {
    name: 'hat-licence',
    body: [
      `Pell & Sons, a maker of hats in Wexley, has signed a licensing agreement allowing the fashion house Varo to sell hats under its name, the companies said on Tuesday.`,
      `Under the five-year licence, Varo will design two collections a year.`,
      ``,
      `Pell & Sons employs 60 people.`,
      `Its founder, Ivor Pell, opened the first shop in 1902.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Pell & Sons', 'Varo'], status: 'signed', kind: 'signed a licensing agreement' },
      { at: '1.2', parties: ['Pell & Sons', 'Varo'], status: 'signed', kind: 'under the five-year licence' },
    ],
  },
  // 5 — a lease's term under a condition that a comma closes; a condition on a deal still ahead.
  {
    name: 'rowing-club-boathouse-lease',
    body: [
      `The Wexley Rowing Club has signed a 20-year lease with the town of Ambridge for its old boathouse.`,
      `The town council approved the lease on Monday.`,
      `If the club fails to repair the slipway, the lease allows the town to take the boathouse back, the town clerk said.`,
      ``,
      `If the club signs a second lease, the rent would double.`,
      `Members will hold a regatta in June.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Wexley Rowing Club', 'Ambridge|town of Ambridge'], status: 'signed', kind: 'signed a lease' },
      { at: '1.2', parties: ['Wexley Rowing Club', 'Ambridge|town of Ambridge'], status: 'approved', kind: 'lease approved' },
      { at: '1.3', parties: ['Wexley Rowing Club', 'Ambridge|town of Ambridge'], status: 'signed', kind: 'lease term under a closed condition' },
    ],
  },
];
