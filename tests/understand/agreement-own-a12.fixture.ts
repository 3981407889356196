/**
 * Agreement set of session 9 (issue 11, helper a12): six invented news articles written and
 * labelled before the agreement extractor was read or run on them, labelled by the rule of
 * agreement-patterns.fixture.ts. Varied on purpose: a court settlement with an older failed deal
 * and a team's lease in the same story, a stake bought in a company described rather than named,
 * joint-venture terms, a union vote on an earlier offer, a river treaty with an older pact, a
 * shirt sponsorship with a player contract and a possessive lease holder, a patent licence after a
 * voided first settlement; and close non-agreements (an offer, a hypothetical or demanded
 * extension, "settled the battle", "settled in", talks, an offer not answered). Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --own-a12`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A12_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — court report: a roof lawsuit settled; the team's lease with the same council; a failed earlier deal.
  {
    name: 'arena-roof-settlement',
    headline: 'Harrowgate Council settles roof lawsuit with builder',
    body: [
      `Harrowgate City Council has settled its lawsuit against the builder Stanmore Construction over the leaking roof of the Eastfield Arena, agreeing to accept $3.2 million to end the case, court papers filed on Tuesday show.`,
      ``,
      `The arena is home to the Harrowgate Hawks, the city's professional ice hockey team.`,
      `The Hawks' lease on the arena, signed with the council in 2018, runs until 2031.`,
      ``,
      `Under the settlement, Stanmore will also replace the roof's drainage system at its own cost by next autumn.`,
      `A proposed deal in 2024 fell apart after the builder's insurer refused to contribute.`,
      ``,
      `Judge Miriam Oakes must still approve the agreement at a hearing next month.`,
      `Stanmore's chief executive, Leon Varga, said the company was glad to put the dispute behind it.`,
      ``,
      `The council also said it would not seek to extend the Hawks' lease unless the team paid a higher rent.`,
      `Fans have called for the team to settle the question of a new arena before the lease expires.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Harrowgate', 'builder'], status: 'reached', kind: 'headline settles lawsuit with' },
      { at: '1.1', parties: ['Harrowgate City Council', 'Stanmore Construction'], status: 'reached', kind: 'settled its lawsuit against' },
      { at: '2.2', parties: ['Harrowgate Hawks', 'Harrowgate City Council'], status: 'in force', kind: 'possessive holder lease, signed with description' },
      { at: '3.1', parties: ['Harrowgate City Council', 'Stanmore Construction'], status: 'reached', kind: 'under the settlement (older lease in between)' },
      { at: '3.2', parties: ['Harrowgate City Council', 'Stanmore Construction'], status: 'collapsed', kind: 'earlier deal fell apart, same kind' },
      { at: '4.1', parties: ['Harrowgate City Council', 'Stanmore Construction'], status: 'reached', kind: 'later mention awaiting approval' },
    ],
  },

  // 2 — business page: a stake in a described company, a joint venture and its terms, an old offer, a renewed licence.
  {
    name: 'stake-in-pastry-maker',
    headline: 'Oberlin Foods buys stake in frozen pastry maker',
    body: [
      `Castellan Bakeries, a family-owned maker of frozen pastries in Rennick, has grown fast since it began supplying supermarkets in 2021.`,
      ``,
      `On Wednesday the food group Oberlin Foods said it had acquired a 30 % stake in the pastry maker for an undisclosed sum.`,
      `The two companies also agreed to form a joint venture, Castellan Oberlin Ltd, to build a bakery in Poland.`,
      ``,
      `Each partner will hold 50 % of the venture, which is expected to employ 200 people.`,
      `Oberlin had tried to buy Castellan outright in 2022, but the Castellan family rejected the offer.`,
      ``,
      `The stake purchase still needs the approval of the national competition regulator.`,
      `Oberlin's shares rose 4 % on the news.`,
      ``,
      `Separately, Oberlin renewed its licence to sell Dellacqua ice cream in Britain, a deal first signed with the Italian firm in 2015.`,
      `Oberlin is also in talks with two other bakeries, a spokeswoman said.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Oberlin Foods', 'Castellan Bakeries'], status: 'reached', kind: 'headline stake in a described company' },
      { at: '2.1', parties: ['Oberlin Foods', 'Castellan Bakeries'], status: 'reached', kind: 'acquired a stake in a described company' },
      { at: '2.2', parties: ['Oberlin Foods', 'Castellan Bakeries'], status: 'reached', kind: 'the two companies agreed to form a joint venture' },
      { at: '3.1', parties: ['Oberlin Foods', 'Castellan Bakeries'], status: 'reached', kind: 'each partner will hold (venture terms)' },
      { at: '3.2', parties: ['Oberlin', 'Castellan'], status: 'rejected', kind: 'rejected the offer' },
      { at: '4.1', parties: ['Oberlin Foods', 'Castellan Bakeries'], status: 'reached', kind: 'later mention awaiting approval' },
      { at: '5.1', parties: ['Oberlin', 'Dellacqua'], status: 'reached', kind: 'renewed licence' },
    ],
  },

  // 3 — labour: a pay offer accepted in a vote, the old accord breached, earlier offers rejected, a demanded extension.
  {
    name: 'bus-drivers-pay',
    body: [
      `Corrin Transit, which runs the city's buses, offered its drivers a 7 % pay rise last week after a month of strikes.`,
      ``,
      `Members of the Transport Workers Union voted on Thursday to accept the terms, ending the dispute.`,
      `Of the 1,400 members who voted, 82 % backed the deal, the union said.`,
      ``,
      `The new pay accord runs for two years and replaces one signed in 2022.`,
      `The previous accord was breached in 2023, the union says, when the company cut overtime rates without notice.`,
      ``,
      `Drivers had rejected two earlier offers from the company, in March and in May.`,
      `The company's chief executive, Anya Roth, said services would return to normal on Monday.`,
      ``,
      `Tram staff, who belong to a different union, have not yet been offered a deal.`,
      `Their union has threatened to strike if the company refuses to extend the drivers' terms to them.`,
    ].join('\n'),
    gold: [
      { at: '2.1', parties: ['Transport Workers Union', 'Corrin Transit'], status: 'approved', kind: 'voted to accept the terms of an earlier offer' },
      { at: '2.2', parties: ['Transport Workers Union', 'Corrin Transit'], status: 'approved', kind: 'members backed the deal' },
      { at: '3.1', parties: ['Transport Workers Union', 'Corrin Transit'], status: 'in force', kind: 'the new pay accord runs' },
      { at: '3.2', parties: ['Transport Workers Union', 'Corrin Transit'], status: 'breached', kind: 'previous accord breached' },
      { at: '4.1', parties: ['drivers', 'Corrin Transit'], status: 'rejected', kind: 'rejected offers from the company' },
    ],
  },

  // 4 — foreign news: a river treaty, an older collapsed pact, a hoped-for border settlement, a battle.
  {
    name: 'river-treaty',
    body: [
      `The governments of Valmora and Estrand signed a treaty on Monday to share the waters of the Dresna river, ending a quarrel that has simmered since the 1990s.`,
      `The accord sets quotas for each country's dams during dry summers.`,
      ``,
      `Valmora's parliament must ratify the treaty before it takes effect; Estrand's did so on Wednesday.`,
      `The two countries had signed a fisheries pact in 2009 that collapsed two years later.`,
      ``,
      `Under the treaty, a joint commission will measure the river's flow every month.`,
      `Farmers' groups in Valmora said the quotas were too low.`,
      ``,
      `Estrand's foreign minister, Ilse Varn, said the two countries would now try to settle their border dispute in the north as well.`,
      `Valmoran troops settled the battle for the river crossing within a day in 1994, historians say.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Valmora', 'Estrand'], status: 'signed', kind: 'signed a treaty' },
      { at: '1.2', parties: ['Valmora', 'Estrand'], status: 'signed', kind: 'the accord sets (terms)' },
      { at: '2.1', parties: ['Valmora', 'Estrand'], status: 'ratified', kind: 'ratify, did so' },
      { at: '2.2', parties: ['Valmora', 'Estrand'], status: 'collapsed', kind: 'older pact collapsed' },
      { at: '3.1', parties: ['Valmora', 'Estrand'], status: 'signed', kind: 'under the treaty (older pact in between)' },
    ],
  },

  // 5 — sport: a shirt sponsorship, a player contract, a rejected offer, a possessive lease holder, a settled row.
  {
    name: 'rovers-shirt-deal',
    headline: 'Riverside Rovers sign shirt deal with Kelso Bank',
    body: [
      `Riverside Rovers, the second-division football club, have signed a three-year shirt sponsorship deal with the regional lender Kelso Bank worth a reported £1.5 million a season.`,
      `The bank replaces the betting firm Luckstar on the front of the shirts.`,
      ``,
      `The club's striker Tomas Greer has also signed a new contract, keeping him at the club until 2028.`,
      `Greer, 24, had turned down an offer from Ardmore City in January.`,
      ``,
      `The Rovers' lease on Mill Lane stadium, agreed with the Halford Estate in 2010, expires next summer.`,
      `The club wants to extend the lease by 25 years, but the estate has asked for a higher rent.`,
      ``,
      `Last season the club settled a row with its former manager, Alan Pike, over unpaid bonuses.`,
      `Supporters settled in for a long evening when the match went to extra time.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Riverside Rovers', 'Kelso Bank'], status: 'signed', kind: 'headline signed deal with' },
      { at: '1.1', parties: ['Riverside Rovers', 'Kelso Bank'], status: 'signed', kind: 'signed sponsorship deal with, apposition' },
      { at: '2.1', parties: ['Tomas Greer', 'Riverside Rovers'], status: 'signed', kind: 'player signed a new contract' },
      { at: '2.2', parties: ['Greer', 'Ardmore City'], status: 'rejected', kind: 'turned down an offer from' },
      { at: '3.1', parties: ['Riverside Rovers', 'Halford Estate'], status: 'in force', kind: 'possessive holder lease, agreed with' },
      { at: '4.1', parties: ['Riverside Rovers', 'Alan Pike'], status: 'reached', kind: 'settled a row with' },
    ],
  },

  // 6 — technology and courts: a patent fight ended with a licence; a voided first settlement; judge's approval.
  {
    name: 'battery-patent-licence',
    body: [
      `Nordlight Systems and Parvel Electronics have agreed to end their patent fight, with Parvel taking a licence to use Nordlight's battery technology, the companies said on Thursday.`,
      `The licence runs for ten years and covers phones sold in Europe and Asia.`,
      ``,
      `A federal court in Ashby had found in 2024 that Parvel infringed two of Nordlight's patents.`,
      `A first settlement, struck in 2023, was thrown out by the same court because it left out a third patent holder.`,
      ``,
      `According to a filing, the agreement also requires Parvel to pay Nordlight $45 million upfront.`,
      `Nordlight said it had offered the same licence to Tavi Mobile, which has not responded.`,
      ``,
      `The settlement was approved by Judge Carla Brandt on Friday.`,
      `Parvel's rival Sunmoor said it would fight any similar claim in court.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Nordlight Systems', 'Parvel Electronics'], status: 'reached', kind: 'agreed to end a fight, with a licence' },
      { at: '1.2', parties: ['Nordlight Systems', 'Parvel Electronics'], status: 'in force', kind: 'the licence runs' },
      { at: '2.2', parties: ['Nordlight Systems', 'Parvel Electronics'], status: 'voided', kind: 'earlier settlement thrown out' },
      { at: '3.1', parties: ['Nordlight Systems', 'Parvel Electronics'], status: 'reached', kind: 'according to a filing, the agreement requires' },
      { at: '4.1', parties: ['Nordlight Systems', 'Parvel Electronics'], status: 'approved', kind: 'settlement approved by a judge' },
    ],
  },
];
