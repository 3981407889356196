/**
 * Held-back agreement set: twelve invented news articles written in our own words by a separate
 * session that read no extractor code and no fixture text, and scored once by the lead before any
 * tuner saw them (issue 11, session 3): mergers and takeovers, supply and licensing deals, a court
 * settlement, a labour deal, a trade treaty and its ratification, a ceasefire taking effect, a
 * football transfer, a memorandum of understanding, a shirt sponsorship, a contract declared void
 * and an airline codeshare, with later mentions and with sentences that are not agreements.
 *
 * Its labelling differs from agreement-patterns.fixture.ts in one way: a sentence that only
 * restates the terms of, or comments on, a deal already labelled ("Under the contract, X will
 * deliver …", "will monitor the ceasefire") is left unlabelled, so a later mention found there
 * counts as a false positive. Scored by `npx tsx bench/facts-eval.ts --score patterns --held-back`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const HELD_BACK_ARTICLES: readonly PatternArticle[] = [
  {
    name: 'merger-grain-traders',
    body: [
      `OSTBY, Feb 10 (Norland Wire) — Ostby Mills and Kaarlund Grain, two of Norland's largest grain traders, agreed on Monday to merge in a deal worth about 1.8 billion crowns.`,
      `The merger agreement was signed at Ostby's head office late on Monday evening, a spokeswoman said.`,
      `The combined company will be called OK Grain and will keep its headquarters in Ostby.`,
      ``,
      `Shareholders of both firms still have to vote on the merger at meetings in April.`,
      `Talks between the two first began in 2023 but broke down over the value of Kaarlund's port terminals.`,
      `A rival offer for Kaarlund from the trading house Velmar was rejected by Kaarlund's board in January.`,
      ``,
      `Kaarlund Grain itself was created in 2009, when the Kaarlund Farmers' Cooperative merged with the shipping firm Tollby Freight.`,
      `The competition authority said it would examine the deal closely.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ostby Mills', 'Kaarlund Grain'], status: 'reached', kind: 'merger verb agreed to merge' },
      { at: '1.2', parties: ['Ostby Mills', 'Kaarlund Grain'], status: 'signed', kind: 'noun agreement signed' },
      { at: '2.3', parties: ['Kaarlund Grain', 'Velmar'], status: 'rejected', kind: 'offer rejected passive' },
      { at: '3.1', parties: ["Kaarlund Farmers' Cooperative", 'Tollby Freight'], status: 'reached', kind: 'merger verb past merged with' },
    ],
  },
  {
    name: 'acquisition-biotech',
    body: [
      `Helvig Pharma has agreed to buy the biotech start-up Corra Bio for 640 million euros, the two companies said on Thursday.`,
      `The purchase gives Helvig an experimental treatment for a rare liver disease that is now in late-stage trials.`,
      `Corra's board has unanimously approved the takeover.`,
      ``,
      `Helvig tried to buy another biotech firm, Sunmarch Therapeutics, in 2024, but that deal collapsed when Sunmarch's largest investor refused to sell.`,
      `Helvig's chief executive, Tomas Ferrell, would not say whether the company was talking to other targets.`,
      `The takeover is expected to close in the first half of next year.`,
      `If regulators block it, Helvig would have to pay Corra a break fee of 30 million euros.`,
      ``,
      `Shares in Corra, which listed in 2021, jumped 41 percent.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Helvig Pharma', 'Corra Bio'], status: 'reached', kind: 'acquisition agreed to buy' },
      { at: '1.3', parties: ['Helvig Pharma', 'Corra Bio'], status: 'approved', kind: 'board approved takeover' },
      { at: '2.1', parties: ['Helvig Pharma', 'Sunmarch Therapeutics'], status: 'collapsed', kind: 'later mention collapsed' },
      // Session 19 (a48) relabel: "The takeover is expected to close …" is a later mention of the
      // takeover agreed in 1.1 (its completion forecast), as the unseen sets 35–37, blind-8, blind-31
      // and the fixtures' brief ("later mentions count") label it; this set had left it unlabelled.
      { at: '2.3', parties: ['Helvig Pharma', 'Corra Bio'], status: 'reached', kind: 'later mention: completion forecast' },
    ],
  },
  {
    name: 'supply-and-licensing',
    body: [
      `The battery maker Voltaris signed a five-year supply agreement with the mining company Redcliff Lithium on Tuesday, securing about a fifth of the lithium it will need for its new factory.`,
      `Under the contract, Redcliff will deliver 12,000 tonnes of lithium carbonate a year from 2027.`,
      ``,
      `Voltaris also struck a licensing deal with the research institute Tessin Labs that lets it use Tessin's patented cathode coating.`,
      `A similar supply deal with Pelham Minerals was voided last year after Pelham failed to open its mine on time.`,
      `Voltaris is still negotiating with two other suppliers.`,
      ``,
      `The factory, in Aldmoor, is due to open in 2027 and will employ 1,800 people.`,
      `Redcliff's shares rose 8 percent on the news.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Voltaris', 'Redcliff Lithium'], status: 'signed', kind: 'noun agreement signed with' },
      { at: '2.1', parties: ['Voltaris', 'Tessin Labs'], status: 'reached', kind: 'noun deal struck' },
      { at: '2.2', parties: ['Voltaris', 'Pelham Minerals'], status: 'voided', kind: 'later mention voided' },
    ],
  },
  {
    name: 'court-settlement-overtime',
    body: [
      `The retailer Marlow & Finch will pay $14 million to settle a class-action lawsuit brought by about 3,000 of its warehouse workers, who said they had been denied overtime pay.`,
      `Judge Alma Reyes of the federal court in Carver City must still approve the terms at a hearing on June 3.`,
      `Marlow & Finch denied any wrongdoing.`,
      ``,
      `The workers' lawyers had rejected an earlier offer of $6 million from the company in March.`,
      `In a separate case last month, a judge in Lowell County approved a settlement between Marlow & Finch and the state of Arvena over packaging waste.`,
      ``,
      `The company opened its first warehouse in Carver City in 1994.`,
      `It employs about 40,000 people.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marlow & Finch', 'warehouse workers'], status: 'reached', kind: 'settle lawsuit' },
      { at: '2.1', parties: ['warehouse workers', 'Marlow & Finch'], status: 'rejected', kind: 'offer rejected' },
      { at: '2.2', parties: ['Marlow & Finch', 'Arvena'], status: 'approved', kind: 'court approved settlement' },
    ],
  },
  {
    name: 'labour-bus-strike',
    body: [
      `Bus drivers in Keswold will return to work on Monday after the Transport Workers' Union reached a pay agreement with Keswold City Transit late on Friday.`,
      `The deal gives drivers a 6.5 percent raise this year and 4 percent next year.`,
      `Union members will vote on it next week.`,
      ``,
      `A previous agreement, struck in February, collapsed within days when the company tried to change the drivers' rosters.`,
      `The 19-day strike cost the company about 2 million crowns, according to city estimates.`,
      `The city council had proposed a mediator in the first week, but the company refused.`,
      ``,
      `A separate agreement between Keswold City Transit and the Mechanics' Guild, which covers the workshop staff, was extended in April until 2028.`,
      `Buses will run to a Sunday timetable over the weekend.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Transport Workers' Union", 'Keswold City Transit'], status: 'reached', kind: 'noun agreement reached with' },
      { at: '2.1', parties: ["Transport Workers' Union", 'Keswold City Transit'], status: 'collapsed', kind: 'later mention collapsed' },
      { at: '3.1', parties: ['Keswold City Transit', "Mechanics' Guild"], status: 'in force', kind: 'later mention extended' },
    ],
  },
  {
    name: 'trade-treaty-ratified',
    body: [
      `The parliament of Valmora on Wednesday ratified a free-trade treaty with the neighbouring republic of Estrell, ending four years of negotiation.`,
      `The vote was 112 to 64.`,
      `Farmers who fear cheaper Estrellan wine and olive oil protested outside the building during the debate.`,
      ``,
      `The treaty was signed by the two countries' trade ministers in Port Cassel in June 2025.`,
      `Estrell's senate ratified it in March.`,
      `Tariffs on about 90 percent of the goods traded between the two countries will be phased out over seven years.`,
      ``,
      `An older customs agreement between Valmora and Estrell, in force since 1998, will be replaced by the new treaty.`,
      `Valmora rejected a similar treaty with the Sallic Federation in a referendum in 2019.`,
      `Trade Minister Iona Petrakis said she hoped to reopen talks with the federation next year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Valmora', 'Estrell'], status: 'ratified', kind: 'treaty ratified by parliament' },
      { at: '2.1', parties: ['Valmora', 'Estrell'], status: 'signed', kind: 'treaty signed passive' },
      { at: '2.2', parties: ['Valmora', 'Estrell'], status: 'ratified', kind: 'later mention ratified (pronoun)' },
      { at: '3.1', parties: ['Valmora', 'Estrell'], status: 'in force', kind: 'later mention in force since' },
      { at: '3.2', parties: ['Valmora', 'Sallic Federation'], status: 'rejected', kind: 'treaty rejected in referendum' },
    ],
  },
  {
    name: 'ceasefire-highlands',
    body: [
      `A ceasefire between the government of Marenzia and the Free Highland Front took effect at midnight on Sunday after nearly three years of fighting in the northern hills.`,
      `The truce was agreed last week in talks hosted by the neighbouring state of Caldera in the town of Lissan.`,
      `Both sides accused each other of firing shots in the first hours, but no casualties were reported.`,
      ``,
      `A 2024 truce between the two sides was broken within a week when rebels attacked an army post at Dunmore.`,
      `The Front's leader, Ardo Kesh, said his fighters would respect the ceasefire "as long as the army does".`,
      `The government has not agreed to the Front's main demand, a referendum on autonomy for the highlands.`,
      ``,
      `Mediators from Caldera will monitor the ceasefire from a base in Lissan.`,
      `Aid convoys are expected to reach the town of Bellhaven on Tuesday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Marenzia', 'Free Highland Front'], status: 'in force', kind: 'ceasefire took effect' },
      { at: '1.2', parties: ['Marenzia', 'Free Highland Front'], status: 'reached', kind: 'truce was agreed passive (parties from context)' },
      { at: '2.1', parties: ['Marenzia', 'Free Highland Front'], status: 'breached', kind: 'later mention broken' },
    ],
  },
  {
    name: 'football-transfer',
    body: [
      `Striker Mateo Calde has joined Real Sonora from Sporting Varenne for a club-record fee of 38 million euros, the two clubs announced on Friday.`,
      `The 24-year-old signed a five-year contract with Sonora after passing a medical on Thursday.`,
      `Varenne had turned down an offer of 30 million euros from Sonora in January.`,
      ``,
      `Calde scored 21 league goals last season.`,
      `A loan move from Varenne to Porto Calva fell through in 2022 when the two clubs could not agree on his wages.`,
      `Sonora coach Diego Armat had said for months that he wanted a new striker.`,
      `Calde will wear the number nine shirt.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Mateo Calde', 'Real Sonora', 'Sporting Varenne'], status: 'reached', kind: 'transfer joined from' },
      { at: '1.2', parties: ['Mateo Calde', 'Real Sonora'], status: 'signed', kind: 'contract signed (pronoun subject)' },
      { at: '1.3', parties: ['Sporting Varenne', 'Real Sonora'], status: 'rejected', kind: 'offer turned down' },
      { at: '2.2', parties: ['Sporting Varenne', 'Porto Calva'], status: 'collapsed', kind: 'later mention fell through' },
    ],
  },
  {
    name: 'mou-green-corridor',
    body: [
      `The Port of Kallstad and the Port of Brennmouth signed a memorandum of understanding on Tuesday to develop a shared green-shipping corridor across the Vell Sea.`,
      `The non-binding memorandum commits the two ports to study refuelling stations for ammonia-powered ships.`,
      `A third port, Olsund, was invited to join but has not yet decided.`,
      ``,
      `Separately, Kallstad and the shipping line Nordvell Lines agreed to run the first trial voyages in 2028.`,
      `An earlier cooperation deal between the two ports on pilot services has been in force since 2016.`,
      ``,
      `Environmental groups welcomed the memorandum but said it lacked deadlines.`,
      `Brennmouth's harbour master, Per Ulvik, said a binding treaty between the two countries would be needed before any public money was spent.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Port of Kallstad', 'Port of Brennmouth'], status: 'signed', kind: 'memorandum of understanding signed' },
      { at: '2.1', parties: ['Port of Kallstad', 'Nordvell Lines'], status: 'reached', kind: 'A and B agreed to' },
      { at: '2.2', parties: ['Port of Kallstad', 'Port of Brennmouth'], status: 'in force', kind: 'later mention in force since' },
    ],
  },
  {
    name: 'shirt-sponsorship',
    body: [
      `The energy company Solbrant has become the main shirt sponsor of Kessfield Rovers in a three-year deal worth 9 million crowns, the club said on Wednesday.`,
      `Solbrant replaces the betting firm Lucky Vane, whose sponsorship of the club was cancelled in the summer after the league banned gambling logos on shirts.`,
      `Supporters' groups had campaigned against the Lucky Vane deal for years.`,
      ``,
      `Rovers also extended their kit deal with the sportswear maker Arrow until 2030.`,
      `Chairman Alun Prosser said the club had spoken to several companies before choosing Solbrant.`,
      `Solbrant will also pay for new floodlights at the Mill Lane ground.`,
      ``,
      `The women's team keeps its own sponsor, the bakery chain Hobbs, under a contract signed last year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Solbrant', 'Kessfield Rovers'], status: 'reached', kind: 'sponsorship deal (became sponsor)' },
      { at: '1.2', parties: ['Lucky Vane', 'Kessfield Rovers'], status: 'voided', kind: 'later mention cancelled' },
      { at: '2.1', parties: ['Kessfield Rovers', 'Arrow'], status: 'in force', kind: 'later mention extended' },
      { at: '3.1', parties: ['Kessfield Rovers', 'Hobbs'], status: 'signed', kind: 'later mention contract signed' },
    ],
  },
  {
    name: 'water-contract-void',
    body: [
      `A court in Tarvik on Monday declared void a 25-year contract under which the city had handed its water supply to the private company Aquen.`,
      `Tarvik signed the contract with Aquen in 2011 without holding a public tender, the judges found.`,
      `Aquen said it would appeal.`,
      ``,
      `Until a new operator is chosen, a temporary agreement between the city and Aquen, approved by the council at an emergency session on Tuesday, will keep the water running.`,
      `Opposition councillors have proposed that the city run the water supply itself.`,
      `Households in Tarvik have paid some of the highest water bills in the country since 2011.`,
      ``,
      `The nearby town of Brask ended its own contract with Aquen in 2020 and now runs its water supply itself.`,
      `Had the Tarvik contract survived, it would have run until 2036.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tarvik', 'Aquen'], status: 'voided', kind: 'court declared void' },
      { at: '1.2', parties: ['Tarvik', 'Aquen'], status: 'signed', kind: 'later mention signed (inside a finding)' },
      { at: '2.1', parties: ['Tarvik', 'Aquen'], status: 'approved', kind: 'temporary agreement approved' },
      { at: '3.1', parties: ['Brask', 'Aquen'], status: 'voided', kind: 'later mention ended contract' },
    ],
  },
  {
    name: 'airline-codeshare-denial',
    body: [
      `Aerolis and the regional carrier Skyhop have reached a codeshare agreement that will let passengers book connecting flights on a single ticket from March.`,
      `Aerolis on Tuesday denied reports that it was also in talks to buy Skyhop outright.`,
      `"There is no deal and there is no negotiation," a spokeswoman said.`,
      ``,
      `Skyhop's board is still weighing a proposed merger with Arden Air, which the two companies announced in August.`,
      `Brightwing breached the safety-audit terms of its joint-venture agreement with Aerolis last spring, according to a regulator's report.`,
      `Aerolis ended that agreement in October.`,
      `Had the partnership survived, it would have run until 2029.`,
      ``,
      `Under a deal signed with the Aviators' Guild in 2024, Aerolis cannot move more than 10 percent of its flights to partner airlines.`,
      `Regulators must still approve the codeshare.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Aerolis', 'Skyhop'], status: 'reached', kind: 'noun agreement reached (A and B)' },
      { at: '2.1', parties: ['Skyhop', 'Arden Air'], status: 'proposed', kind: 'proposed merger announced' },
      { at: '2.2', parties: ['Brightwing', 'Aerolis'], status: 'breached', kind: 'later mention breached terms' },
      { at: '2.3', parties: ['Aerolis', 'Brightwing'], status: 'voided', kind: 'later mention ended (parties from context)' },
      { at: '3.1', parties: ["Aviators' Guild", 'Aerolis'], status: 'signed', kind: 'later mention deal signed with' },
    ],
  },
];
