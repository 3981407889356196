/**
 * News-like articles written for the agreement extractor (invented names, our own words), with
 * hand labels: which sentences state an agreement (or mention one again), between whom, and with
 * what status. Labelled before the extractor was run on them; `agreement-patterns.test.ts` checks
 * the extractor's exact output on them, `bench/facts-eval.ts --score patterns` scores them like
 * the MEANTIME labels.
 *
 * Sentences are one per line, paragraphs separated by blank lines (see `docOf`); a gold key is
 * "paragraph.sentence".
 */
export interface PatternGold {
  readonly at: string;
  readonly parties: readonly string[];
  readonly status: string;
  /** The pattern the sentence stands for (groups the misses). */
  readonly kind: string;
}

export interface PatternArticle {
  readonly name: string;
  /** A headline (paragraph 0, gold key "0.1"), when the article has one. */
  readonly headline?: string;
  readonly body: string;
  readonly gold: readonly PatternGold[];
}

export const PATTERN_ARTICLES: readonly PatternArticle[] = [
  {
    name: 'joint credit arrangements',
    body: [
      'The Bank of Norland, the Vesta Reserve Bank and the Central Bank of Ostria jointly announced on Thursday that they would provide reciprocal credit arrangements to each other.',
      'The arrangements, known as swap lines, were welcomed by traders.',
      'Traders said the move calmed the markets.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Bank of Norland', 'Vesta Reserve Bank', 'Central Bank of Ostria'], status: 'reached', kind: 'joint announcement' },
      { at: '2.1', parties: ['Bank of Norland', 'Vesta Reserve Bank', 'Central Bank of Ostria'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'settlement approved by a judge, then voided',
    body: [
      'Marlow Pharma has agreed to pay $12 million to settle a lawsuit brought by the state of Ostria.',
      'A federal judge approved the settlement between Marlow Pharma and the state on Friday.',
      'The company denied that it had made any deal with prosecutors.',
      'The settlement was voided in March after an appeals court found it unfair.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Marlow Pharma', 'Ostria'], status: 'reached', kind: 'settle' },
      { at: '2.1', parties: ['Marlow Pharma', 'state'], status: 'approved', kind: 'approved by a third party' },
      { at: '4.1', parties: ['Marlow Pharma', 'Ostria'], status: 'voided', kind: 'later' },
    ],
  },
  {
    name: 'merger agreed with each other, approved, merged with',
    body: [
      'Halden Bank and Corvo Savings said on Monday that they had agreed with each other to merge their retail arms.',
      'Shareholders of Corvo Savings approved the merger in a vote on Wednesday.',
      'Halden Bank merged with Trask Finance in 2004.',
      'The Competition Authority approved the merger of Pell Foods and Dunmore Farms.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Halden Bank', 'Corvo Savings'], status: 'reached', kind: 'agreed with each other' },
      { at: '2.1', parties: ['Halden Bank', 'Corvo Savings'], status: 'approved', kind: 'later' },
      { at: '3.1', parties: ['Halden Bank', 'Trask Finance'], status: 'reached', kind: 'merge' },
      { at: '4.1', parties: ['Pell Foods', 'Dunmore Farms'], status: 'approved', kind: 'approved by a third party' },
    ],
  },
  {
    name: 'ceasefire: long subject, signed, in force, breached, collapsed, ratified',
    body: [
      'The fifteen members of the Lorne Council — those that share the river — agreed on Tuesday to cap water use.',
      'Norland and Vesta signed a ceasefire in Geneva on Saturday.',
      'The truce took effect at dawn.',
      'Vesta breached the ceasefire on Monday, shelling two villages.',
      'The ceasefire collapsed a week later.',
      'Talks on a permanent peace treaty are due to start in May.',
      'Norland’s parliament ratified the 1998 border treaty with Vesta on Thursday.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Lorne Council'], status: 'reached', kind: 'long subject' },
      { at: '2.1', parties: ['Norland', 'Vesta'], status: 'signed', kind: 'noun' },
      { at: '3.1', parties: ['Norland', 'Vesta'], status: 'in force', kind: 'later' },
      { at: '4.1', parties: ['Norland', 'Vesta'], status: 'breached', kind: 'later' },
      { at: '5.1', parties: ['Norland', 'Vesta'], status: 'collapsed', kind: 'later' },
      { at: '7.1', parties: ['Norland', 'Vesta'], status: 'ratified', kind: 'noun' },
    ],
  },
  {
    name: 'not agreements',
    body: [
      'Pell Group has decided to close its plant in Ashby.',
      'The mayor met union leaders on Monday.',
      'The council voted to raise bus fares by five percent.',
      'Trask proposed a merger with Borel, but Borel has not responded.',
      'Officials denied that a deal had been reached with the rebels.',
      'If the two firms merge, prices could rise.',
      'Ostria did not sign the accord.',
      'The rail union and the operator held talks on pay.',
      'A deal would give Acme control of the port.',
      'A court order forced the firm to halt sales.',
    ].join('\n\n'),
    gold: [],
  },
  {
    name: 'names that contain "and"',
    body: [
      'The Securities and Exchange Commission reached a settlement with Farrow Capital over misleading reports.',
      'The Bank of Trade and Industry signed a memorandum of understanding with Vesta Telecom.',
      'A regulator approved the deal between Farrow Capital and Dunmore Foods in June.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Securities and Exchange Commission', 'Farrow Capital'], status: 'reached', kind: 'and in a name' },
      { at: '2.1', parties: ['Bank of Trade and Industry', 'Vesta Telecom'], status: 'signed', kind: 'and in a name' },
      { at: '3.1', parties: ['Farrow Capital', 'Dunmore Foods'], status: 'approved', kind: 'approved by a third party' },
    ],
  },
  {
    name: 'agreement nouns and outcomes',
    body: [
      'Dunmore Foods has entered into an agreement with Pell Group to supply grain.',
      'Under the contract, Dunmore will deliver 40,000 tonnes a year.',
      'Vesta Airways placed an order for 12 jets with Halvard Air.',
      'Norland and Ostria signed a memorandum of understanding on energy.',
      'The agreement between Vesta Telecom and Corvo Mobile was rejected by the regulator.',
      'Corvo Mobile settled its dispute with the pilots’ union.',
      'The singer signed a recording contract with Lorne Records in 2010.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Dunmore Foods', 'Pell Group'], status: 'reached', kind: 'noun' },
      { at: '2.1', parties: ['Dunmore Foods', 'Pell Group'], status: 'reached', kind: 'later' },
      { at: '3.1', parties: ['Vesta Airways', 'Halvard Air'], status: 'reached', kind: 'order' },
      { at: '4.1', parties: ['Norland', 'Ostria'], status: 'signed', kind: 'noun' },
      { at: '5.1', parties: ['Vesta Telecom', 'Corvo Mobile'], status: 'rejected', kind: 'approved by a third party' },
      { at: '6.1', parties: ['Corvo Mobile', 'pilots’ union'], status: 'reached', kind: 'settle' },
      { at: '7.1', parties: ['singer', 'Lorne Records'], status: 'signed', kind: 'noun' },
    ],
  },
  {
    name: 'a later mention of an old deal',
    body: [
      'Ashby Mining and the Kirra Land Council struck a royalty deal in 1991.',
      'Activists say the new pit violates the 1991 agreement with the council.',
      'The deal remains in force until 2030.',
      'Ashby Mining is also in talks with Lorne Power about a joint venture.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Ashby Mining', 'Kirra Land Council'], status: 'reached', kind: 'noun' },
      { at: '2.1', parties: ['Ashby Mining', 'Kirra Land Council'], status: 'breached', kind: 'later' },
      { at: '3.1', parties: ['Ashby Mining', 'Kirra Land Council'], status: 'in force', kind: 'later' },
    ],
  },
];

/**
 * A second set, written and labelled after the first set's fixes, and scored before any change
 * made for it: a check of how the extractor does on agreements phrased in ways it was not tuned on.
 */
export const BLIND_ARTICLES: readonly PatternArticle[] = [
  {
    name: 'labour contract',
    body: [
      'Dock workers in Port Halley ended a nine-day strike on Sunday after their union reached a tentative agreement with the port operator, Halley Terminals.',
      'The deal raises wages by 4 percent a year over three years.',
      'Union members will vote on the agreement next week.',
      'Halley Terminals had earlier rejected the union’s demand for a 7 percent rise.',
      'Members ratified the contract on Friday by a wide margin.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['union', 'Halley Terminals'], status: 'proposed', kind: 'noun' },
      { at: '2.1', parties: ['union', 'Halley Terminals'], status: 'proposed', kind: 'later' },
      { at: '3.1', parties: ['union', 'Halley Terminals'], status: 'proposed', kind: 'later' },
      { at: '5.1', parties: ['union', 'Halley Terminals'], status: 'ratified', kind: 'later' },
    ],
  },
  {
    name: 'takeover',
    body: [
      'Brightwell Media said on Tuesday it would buy rival publisher Oakden Press for $2.1 billion in cash.',
      'The boards of both companies have approved the transaction, which is expected to close in the spring.',
      'Oakden shareholders will receive $31 a share.',
      'Analysts said the price looked high.',
      'The acquisition was completed on April 30.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Brightwell Media', 'Oakden Press'], status: 'reached', kind: 'acquisition' },
      { at: '2.1', parties: ['Brightwell Media', 'Oakden Press'], status: 'approved', kind: 'later' },
      { at: '5.1', parties: ['Brightwell Media', 'Oakden Press'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'trade pact',
    body: [
      'Trade ministers from Kestria and the Ulm Federation signed a free trade agreement in Vasse on Wednesday, ending six years of negotiations.',
      'The pact removes tariffs on most farm goods.',
      'It must still be ratified by both parliaments.',
      'The Ulm parliament approved the agreement in November, but Kestria’s senate voted it down in January.',
      'A spokesman for the Kestrian government said talks on a revised text could begin in the summer.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Kestria', 'Ulm Federation'], status: 'signed', kind: 'noun' },
      { at: '2.1', parties: ['Kestria', 'Ulm Federation'], status: 'signed', kind: 'later' },
      { at: '3.1', parties: ['Kestria', 'Ulm Federation'], status: 'signed', kind: 'later' },
      { at: '4.1', parties: ['Kestria', 'Ulm Federation'], status: 'approved', kind: 'later' },
    ],
  },
  {
    name: 'peace accord',
    body: [
      'The government of Sarnia and the Free Hills Movement signed a peace accord in the capital on Saturday, ending a conflict that lasted 14 years.',
      'Under the accord, rebel fighters will hand in their weapons within six months.',
      'The United Nations will monitor the deal.',
      'In March, rebels accused the army of violating the accord by shelling a village.',
      'The army denied the claim.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Sarnia', 'Free Hills Movement'], status: 'signed', kind: 'noun' },
      { at: '2.1', parties: ['Sarnia', 'Free Hills Movement'], status: 'signed', kind: 'later' },
      { at: '3.1', parties: ['Sarnia', 'Free Hills Movement'], status: 'signed', kind: 'later' },
      { at: '4.1', parties: ['Sarnia', 'Free Hills Movement'], status: 'breached', kind: 'later' },
    ],
  },
  {
    name: 'court settlement',
    body: [
      'Carrow Motors will pay $85 million to settle claims that it hid defects in its brakes, the company said on Thursday.',
      'The settlement with owners of about 200,000 cars still needs the approval of a judge in Denton.',
      'Carrow did not admit any wrongdoing.',
      'Last year, a similar case against Dray Autos was dismissed.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Carrow Motors'], status: 'reached', kind: 'settle' },
      { at: '2.1', parties: ['Carrow Motors', 'owners'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'supply and licence deals',
    body: [
      'Nexa Semiconductors has won a contract to supply chips to carmaker Volland for five years.',
      'Volland confirmed the deal in a statement.',
      'Separately, Nexa licensed its battery technology to Tamsin Energy.',
      'Nexa also plans to open a factory in Ruddock.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Nexa Semiconductors', 'Volland'], status: 'reached', kind: 'noun' },
      { at: '2.1', parties: ['Nexa Semiconductors', 'Volland'], status: 'reached', kind: 'later' },
      { at: '3.1', parties: ['Nexa', 'Tamsin Energy'], status: 'reached', kind: 'licence' },
    ],
  },
  {
    name: 'coalition and non-agreements',
    body: [
      'The Green Party and the Liberal Union agreed on Monday to form a coalition government in Wessar.',
      'The two parties will share the ministries equally.',
      'The Labour bloc said it would not join any coalition.',
      'Parliament passed the budget by 61 votes to 40.',
      'The prime minister met the leaders of both parties on Tuesday.',
      'Whether the coalition survives the winter is unclear.',
    ].join('\n\n'),
    gold: [{ at: '1.1', parties: ['Green Party', 'Liberal Union'], status: 'reached', kind: 'verb' }],
  },
  {
    name: 'deal called off',
    body: [
      'Ferro Steel and Kaldor Metals have called off their planned merger, the two companies said on Friday.',
      'The merger, announced in May, would have created the region’s largest steelmaker.',
      'Regulators had raised concerns about competition.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Ferro Steel', 'Kaldor Metals'], status: 'voided', kind: 'noun' },
      { at: '2.1', parties: ['Ferro Steel', 'Kaldor Metals'], status: 'voided', kind: 'later' },
    ],
  },
];

/**
 * Sentences of business and political news that state no agreement (a buy-back, a court's order,
 * talks, an offer, a rejected proposal, a failed attempt, a condition, a plan, a denial, a joint
 * announcement of a fact), each read alone: a precision check for the rules above.
 */
export const NO_AGREEMENT: readonly string[] = [
  'Shares of Acme rose after the company said it would buy back $1 billion of its stock.',
  'The central bank said it would cut interest rates in March.',
  'Acme and Borel jointly announced record sales for the quarter.',
  'Investors sold shares of Borel on Tuesday.',
  'Acme\'s order book grew by 12 percent.',
  'A judge ordered Acme to pay $3 million in damages.',
  'Merger talks between Acme and Borel collapsed on Friday.',
  'Lawmakers approved the budget by a narrow margin.',
  'The Lorne family settled in Denver in 1990.',
  'Borel said a deal with Acme was possible but not certain.',
  'Acme declined to comment on reports of a deal.',
  'Acme is in talks to buy Borel.',
  'Acme has offered to buy Borel for $3 billion.',
  'Borel rejected the offer on Monday.',
  'The company signed up two million new users last year.',
  'The contract for the new bridge was put out to tender.',
  'The exchange said it had coordinated its move with other exchanges.',
  'Analysts expect a settlement later this year.',
  'Acme denied it had agreed to sell its stake in Borel.',
  'The union and the company will hold talks next week.',
  'A court order blocked the sale of the plant.',
  'European markets closed higher after the Fed and the ECB announced rate cuts.',
  'The treaty would ban nuclear tests if it were ever ratified.',
  'Acme said it would sign an agreement with Borel only if the price fell.',
  'Acme may merge with Borel next year, analysts said.',
  'Borel\'s chief executive said he would welcome a deal.',
  'The ceasefire talks will resume on Monday.',
  'Ostria and Norland failed to reach an agreement on fishing rights.',
  'The proposal was rejected by a majority of shareholders.',
  'Acme will announce its results on Thursday.',
  // Written with the fourth set: an act on a deal that is not done, a legal claim, an opinion shared, a judgement of nothing made.
  'The regulator said it could grant approval to a merger of the two grocers only if prices were frozen.',
  'Officials discussed the ratification of a trade pact with Ambria on Tuesday.',
  'Dunmere sued Grenholm for breach of contract in 2021.',
  'Halden United agreed with Porto Verde that the pitch was in poor condition.',
  'The mayor called the proposal unworkable.',
];

/**
 * A third set, written and labelled after the second set's fixes and scored before any change
 * for it (see `--score patterns --third`).
 */
export const THIRD_ARTICLES: readonly PatternArticle[] = [
  {
    name: 'airline alliance and codeshare',
    body: [
      'Skyline Air and Pacific Crest Airways will share flights on twelve routes under a codeshare agreement announced on Monday.',
      'The agreement still needs the approval of transport regulators in both countries.',
      'Skyline’s chief executive, Mara Oduya, said passengers would benefit from more connections.',
      'Pacific Crest left the Horizon alliance last year.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Skyline Air', 'Pacific Crest Airways'], status: 'reached', kind: 'noun' },
      // Session 18 (a45): a deal still waiting on a step is a later mention of it, the rule blind sets 28, 30, 31, 33 and 34 label by (and this set's writer did, before session h); its label restored.
      { at: '2.1', parties: ['Skyline Air', 'Pacific Crest Airways'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'hostage swap',
    body: [
      'After months of mediation by Qadira, the governments of Tessaly and Morvania exchanged prisoners on Thursday under a deal reached in Geneva last month.',
      'Each side released 40 detainees.',
      'Morvania had rejected an earlier proposal in June.',
    ].join('\n\n'),
    gold: [{ at: '1.1', parties: ['Tessaly', 'Morvania'], status: 'in force', kind: 'noun' }],
  },
  {
    name: 'pharma lawsuit and licence',
    body: [
      'Venn Biologics has settled a patent lawsuit with rival drugmaker Orrin Labs, ending a four-year legal fight.',
      'Under the terms of the settlement, Orrin will pay royalties on sales of its arthritis drug.',
      'Venn shares rose 6 percent after the news.',
      'The company also said it was in early talks with a Japanese partner.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Venn Biologics', 'Orrin Labs'], status: 'reached', kind: 'settle' },
      { at: '2.1', parties: ['Venn Biologics', 'Orrin Labs'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'EU members agree',
    body: [
      'The 27 member states of the Union agreed early on Friday to cut methane emissions by a third by 2030, after all-night talks in Brussels.',
      'Poland and Hungary had threatened to block the accord.',
      'The deal must now be approved by the European Parliament.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['member states of the Union'], status: 'reached', kind: 'verb' },
      // Session h: a pending approval ("still needs the approval of …", "must now be approved by …") is no agreement sentence, the rule blind sets 2 and 3 and the eighth set label by; relabelled.
    ],
  },
  {
    name: 'sale of a unit and a broken deal',
    body: [
      'Grenholm Energy has sold its wind farm business to Aster Capital for €900 million.',
      'The sale is expected to be completed by the end of the year.',
      'In 2019, Grenholm walked away from a planned deal with Dunmere Power after a dispute over price.',
      'Dunmere later sued Grenholm for breach of contract.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Grenholm Energy', 'Aster Capital'], status: 'reached', kind: 'acquisition' },
      // Session 9, round 2 had labelled "is expected to be completed" a step still ahead, no agreement
      // sentence. Session 19 (a48) relabels it: the unseen sets 35, 36 and 37, blind-8, blind-31 and
      // the fixtures' brief ("later mentions count") label a deal's completion forecast a later mention
      // of the deal made before, status reached.
      { at: '2.1', parties: ['Grenholm Energy', 'Aster Capital'], status: 'reached', kind: 'later mention: completion forecast' },
      { at: '3.1', parties: ['Grenholm', 'Dunmere Power'], status: 'voided', kind: 'noun' },
    ],
  },
  {
    name: 'no deal here',
    body: [
      'Negotiators from Kessin and Varda met for a third round of talks on Tuesday but failed to agree on a border line.',
      'Kessin’s foreign minister said a deal was close.',
      'Varda’s parliament voted to extend the state of emergency.',
      'The talks will continue next month in Oslo.',
    ].join('\n\n'),
    gold: [],
  },
];

/**
 * A fourth set, written and labelled by another hand after the third set's fixes, before reading
 * the extractor's code, and scored before any change for it (see `--score patterns --fourth`):
 * sport, labour, courts, licensing, a bail-out, a peace accord, a blocked merger, a sponsorship,
 * a trade pact in force, a takeover that fell apart, and sentences that state no agreement.
 */
export const FOURTH_ARTICLES: readonly PatternArticle[] = [
  {
    name: 'transfer fee',
    body: [
      'Halden United have agreed a £45 million fee with Porto Verde for winger Tiago Sá, both clubs confirmed on Saturday.',
      'Sá, 24, scored 19 goals in the Portuguese league last season.',
    ].join('\n\n'),
    gold: [{ at: '1.1', parties: ['Halden United', 'Porto Verde'], status: 'reached', kind: 'agree a noun' }],
  },
  {
    name: 'nurses pay deal',
    body: [
      'Nurses in the Calder region will get a 7 percent raise over two years after the Calder Nurses Union and the regional health authority reached a pay deal late on Wednesday.',
      'Members ratified the three-year contract by a margin of 82 percent on Sunday, ending a strike that had closed wards in four hospitals.',
      'The health authority’s director, Ines Marr, called the agreement fair to patients and staff.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Calder Nurses Union', 'regional health authority'], status: 'reached', kind: 'noun' },
      { at: '2.1', parties: ['Calder Nurses Union', 'regional health authority'], status: 'ratified', kind: 'later' },
      { at: '3.1', parties: ['Calder Nurses Union', 'regional health authority'], status: 'ratified', kind: 'later' },
    ],
  },
  {
    name: 'class action approved',
    body: [
      'A federal judge in Ashby on Tuesday granted final approval to a $310 million settlement between ride-hailing company Zoomly and about 60,000 of its drivers.',
      'The drivers had accused Zoomly of classifying them as contractors to avoid paying overtime.',
      'Under the settlement, each driver will receive an average of $5,000, and Zoomly admits no wrongdoing.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Zoomly', 'drivers'], status: 'approved', kind: 'approved by a third party' },
      { at: '3.1', parties: ['Zoomly', 'drivers'], status: 'approved', kind: 'later' },
    ],
  },
  {
    name: 'drug licence',
    body: [
      'Kestrel Therapeutics has granted Japan’s Miura Pharma exclusive rights to sell its migraine drug in Asia in exchange for $120 million up front.',
      'The licensing pact also entitles Kestrel to royalties of up to 15 percent.',
      'Kestrel’s shares jumped 22 percent in early trading.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Kestrel Therapeutics', 'Miura Pharma'], status: 'reached', kind: 'licence' },
      { at: '2.1', parties: ['Kestrel Therapeutics', 'Miura Pharma'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'bail-out terms accepted',
    body: [
      'Lydonia’s government on Monday accepted the terms of a €14 billion rescue package from the Monetary Fund, including deep cuts to public pensions.',
      'The first tranche of the loan is due to be paid in March.',
    ].join('\n\n'),
    gold: [{ at: '1.1', parties: ['Lydonia', 'Monetary Fund'], status: 'reached', kind: 'accept terms' }],
  },
  {
    name: 'peace accord broken',
    body: [
      'Leaders of Barova and the Northern Front rebels signed a peace accord in Tamsi on 4 May, ending eleven years of civil war.',
      'Six weeks later, rebel units attacked an army post near the border, in what the government called a clear breach of the accord.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Barova', 'Northern Front'], status: 'signed', kind: 'noun' },
      { at: '2.1', parties: ['Barova', 'Northern Front'], status: 'breached', kind: 'later' },
    ],
  },
  {
    name: 'merger blocked',
    body: [
      'The Competition Board on Thursday blocked the proposed merger of supermarket chains Fairway and Brightmart, saying it would raise prices for shoppers.',
      'The two chains had agreed to combine in a $9 billion all-share deal last March.',
      'Brightmart said it would appeal the decision.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Fairway', 'Brightmart'], status: 'rejected', kind: 'blocked' },
      { at: '2.1', parties: ['Fairway', 'Brightmart'], status: 'reached', kind: 'verb' },
    ],
  },
  {
    name: 'sponsorship renewed',
    body: [
      'Carmaker Velora has extended its shirt sponsorship of the Harbour City Hawks for another five years.',
      'The renewed contract is worth about $8 million a season, the club said.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Velora', 'Harbour City Hawks'], status: 'reached', kind: 'renewal' },
      { at: '2.1', parties: ['Velora', 'Harbour City Hawks'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'trade pact in force',
    body: [
      'A free-trade agreement between Merovia and the Kalan Republic came into force on 1 January, removing tariffs on 90 percent of goods.',
      'The pact was signed in 2024 but took two years to clear both parliaments.',
      'Exporters of wine and machinery are expected to gain most.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Merovia', 'Kalan Republic'], status: 'in force', kind: 'noun' },
      { at: '2.1', parties: ['Merovia', 'Kalan Republic'], status: 'signed', kind: 'later' },
    ],
  },
  {
    name: 'takeover fell apart',
    body: [
      'Caldera Group’s £2 billion takeover of shipbuilder Norbeck Yards fell apart on Friday after the two sides failed to agree on pension liabilities.',
      'Norbeck’s board had backed the offer in October.',
      'Caldera said it had no plans to make a new bid.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Caldera Group', 'Norbeck Yards'], status: 'collapsed', kind: 'collapsed' },
      { at: '2.1', parties: ['Caldera Group', 'Norbeck Yards'], status: 'approved', kind: 'later' },
    ],
  },
  {
    name: 'nothing agreed',
    body: [
      'Officials from Ambria and Tolvenia held a second day of talks on fishing quotas in Reykholt.',
      'The mayor proposed a new contract for the city’s bus drivers, but the drivers’ union has not responded.',
      'The central bank decided on its own to raise interest rates by half a point.',
      'A spokesman for Dunmore Steel denied reports that the company had agreed to sell its Welsh plant.',
    ].join('\n\n'),
    gold: [],
  },
];

/**
 * A fifth set, written and labelled (session e) before the extractor was run on it and before
 * the WordNet rewrite of the deal vocabulary: ten short news items of varied domains and one
 * control article. `--score patterns --fifth`.
 */
export const FIFTH_ARTICLES: readonly PatternArticle[] = [
  {
    name: 'chip maker acquisition',
    body: [
      'Orrin Semiconductor said on Tuesday it had agreed to acquire Vantel Systems, a maker of power chips, for $3.4 billion in cash.',
      'The boards of both companies have unanimously approved the transaction, which is expected to close in the second half of next year.',
      'Vantel shareholders will receive $41 per share, a 30 percent premium to Monday’s closing price.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Orrin Semiconductor', 'Vantel Systems'], status: 'reached', kind: 'acquire' },
      { at: '2.1', parties: ['Orrin Semiconductor', 'Vantel Systems'], status: 'approved', kind: 'later' },
    ],
  },
  {
    name: 'pollution settlement',
    body: [
      'Brannock Chemicals will pay $85 million to residents of Elsford to resolve claims that its plant polluted their drinking water, under a settlement filed in federal court on Wednesday.',
      'The agreement still needs the approval of Judge Martha Okafor, who is expected to rule next month.',
      'Lawyers for the residents had sought more than $300 million.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Brannock Chemicals', 'residents'], status: 'reached', kind: 'settlement filed' },
      // Session 18 (a45): a deal still waiting on a step is a later mention of it, the rule blind sets 28, 30, 31, 33 and 34 label by (and this set's writer did, before session h); its label restored.
      { at: '2.1', parties: ['Brannock Chemicals', 'residents'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'dockworkers contract',
    body: [
      'Dockworkers at the port of Salvano returned to work on Monday after the Harbour Workers Guild and the Salvano Port Employers Association hammered out a new four-year contract overnight.',
      'The deal gives workers a 4 percent raise each year and limits the use of automated cranes.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Harbour Workers Guild', 'Salvano Port Employers Association'], status: 'reached', kind: 'hammer out' },
      { at: '2.1', parties: ['Harbour Workers Guild', 'Salvano Port Employers Association'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'trade treaty ratified',
    body: [
      'Parliament in Tessaly voted 212 to 97 on Thursday to ratify a trade treaty with the Republic of Ganmar, clearing the last hurdle before the agreement can take effect.',
      'Ganmar’s legislature approved the treaty in May.',
      'The accord will cut duties on rice, textiles and steel over ten years.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Tessaly', 'Ganmar'], status: 'ratified', kind: 'ratify' },
      { at: '2.1', parties: ['Tessaly', 'Ganmar'], status: 'approved', kind: 'later' },
      { at: '3.1', parties: ['Tessaly', 'Ganmar'], status: 'ratified', kind: 'later' },
    ],
  },
  {
    name: 'truce agreed, then violated',
    body: [
      'The army of Meltra and the Sorran Liberation Army agreed to a 30-day truce on Sunday after talks mediated by envoys from Qadira.',
      'The ceasefire took hold at midnight, and residents of Dura reported their first quiet night in months.',
      'By Wednesday, both sides were accusing each other of violating the truce with artillery fire.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Meltra', 'Sorran Liberation Army'], status: 'reached', kind: 'agree to a noun' },
      { at: '2.1', parties: ['Meltra', 'Sorran Liberation Army'], status: 'in force', kind: 'later' },
      { at: '3.1', parties: ['Meltra', 'Sorran Liberation Army'], status: 'breached', kind: 'later' },
    ],
  },
  {
    name: 'striker transfer',
    body: [
      'Striker Mateo Ruiz has completed his move from Atletico Varela to Kingsbridge Rovers on a five-year contract, the club announced on Friday.',
      'Varela had accepted Rovers’ third offer last week after turning down two earlier bids.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Mateo Ruiz', 'Kingsbridge Rovers'], status: 'reached', kind: 'transfer' },
      { at: '2.1', parties: ['Atletico Varela', 'Rovers'], status: 'reached', kind: 'accept offer' },
    ],
  },
  {
    name: 'film library licence',
    body: [
      'Larkspur Pictures has signed a licensing deal that lets streaming service Quillo show its entire film library in North America until 2030.',
      'Financial terms of the agreement were not disclosed.',
      'Quillo struck a similar arrangement with rival studio Kettering Films last year.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Larkspur Pictures', 'Quillo'], status: 'signed', kind: 'noun, partner in clause' },
      { at: '2.1', parties: ['Larkspur Pictures', 'Quillo'], status: 'signed', kind: 'later' },
      { at: '3.1', parties: ['Quillo', 'Kettering Films'], status: 'reached', kind: 'strike a noun' },
    ],
  },
  {
    name: 'airline merger abandoned',
    body: [
      'Airlines Skyra and Eastwind have abandoned their planned $6 billion merger, three months after announcing it, citing opposition from pilots’ unions.',
      'The carriers had agreed in March to combine under the Skyra name.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Skyra', 'Eastwind'], status: 'collapsed', kind: 'abandon' },
      { at: '2.1', parties: ['Skyra', 'Eastwind'], status: 'reached', kind: 'verb' },
    ],
  },
  {
    name: 'power contract annulled',
    body: [
      'The Supreme Court of Caravel on Wednesday annulled a 2019 contract under which the state power company sold electricity to Norsun Energy at a fixed price, ruling that it had been awarded without a tender.',
      'Norsun said it would seek compensation for the cancelled contract.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['state power company', 'Norsun Energy'], status: 'voided', kind: 'annul' },
      { at: '2.1', parties: ['state power company', 'Norsun Energy'], status: 'voided', kind: 'later' },
    ],
  },
  {
    name: 'brewers merger voted down',
    body: [
      'Shareholders of Dellmont Brewing on Thursday rejected the company’s proposed merger with Arlen Beverages, with 61 percent voting against.',
      'The two brewers announced the deal in January.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Dellmont Brewing', 'Arlen Beverages'], status: 'rejected', kind: 'rejected' },
      { at: '2.1', parties: ['Dellmont Brewing', 'Arlen Beverages'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'offer unanswered, denial, hypotheticals',
    body: [
      'Ventra Foods offered to buy rival Holm Dairy for $900 million last month, but Holm’s board has not responded.',
      'A spokeswoman for Holm denied that the two companies were in talks about a merger.',
      'If regulators object, the companies could still agree to sell some of their plants.',
      'Analysts said a combination would make Ventra the country’s largest dairy group.',
      'The city council rejected a plan to privatise the water utility.',
    ].join('\n\n'),
    gold: [],
  },
];

/**
 * A sixth set (session e), written and labelled after the WordNet vocabulary and the fixes for
 * the fifth set, and scored once before any change for it: `--score patterns --sixth`.
 */
export const SIXTH_ARTICLES: readonly PatternArticle[] = [
  {
    name: 'spectrum purchase',
    body: [
      'Telecom operator Brightwave has struck a $1.2 billion agreement to buy wireless spectrum licences from rival Norcell, the companies said on Monday.',
      'The transaction requires the blessing of the national communications regulator.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Brightwave', 'Norcell'], status: 'reached', kind: 'strike a noun' },
      // Session 18 (a45): a deal still waiting on a step is a later mention of it, the rule blind sets 28, 30, 31, 33 and 34 label by (and this set's writer did, before session h); its label restored.
      { at: '2.1', parties: ['Brightwave', 'Norcell'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'patent dispute resolved',
    body: [
      'Drugmakers Pellam and Avix have resolved their long-running patent dispute over a blood-thinning drug, ending litigation in three countries.',
      'Terms of the settlement were kept confidential.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Pellam', 'Avix'], status: 'reached', kind: 'resolve a dispute' },
      { at: '2.1', parties: ['Pellam', 'Avix'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'teachers accept wage offer',
    body: [
      'Teachers in the province of Marle will return to classrooms on Monday after their union accepted a revised wage offer from the provincial government.',
      'Under the four-year accord, salaries will rise by 11 percent.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['union', 'provincial government'], status: 'reached', kind: 'accept offer' },
      { at: '2.1', parties: ['union', 'provincial government'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'water treaty exit',
    body: ['Vostria formally withdrew from the Lake Sannor water-sharing treaty on Friday, a move its neighbour Kalmar called reckless.'].join('\n\n'),
    gold: [{ at: '1.1', parties: ['Vostria'], status: 'voided', kind: 'leave' }],
  },
  {
    name: 'prisoner exchange',
    body: [
      'Ostran authorities and the Free Dalan Movement exchanged 40 prisoners on Tuesday under a deal brokered by Qatari mediators.',
      'Both sides said the swap could pave the way for broader peace talks.',
    ].join('\n\n'),
    gold: [{ at: '1.1', parties: ['Ostran authorities', 'Free Dalan Movement'], status: 'in force', kind: 'under a deal' }],
  },
  {
    name: 'insurer takeover completed',
    body: [
      'Harwell Insurance completed its takeover of Dunmore Life on Wednesday, creating the country’s third-largest insurer.',
      'The deal, first announced in March, was valued at $2.7 billion.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Harwell Insurance', 'Dunmore Life'], status: 'reached', kind: 'complete' },
      { at: '2.1', parties: ['Harwell Insurance', 'Dunmore Life'], status: 'reached', kind: 'later' },
    ],
  },
  {
    name: 'no deal yet',
    body: [
      'Unions and employers failed to reach a deal after ten hours of talks on Thursday.',
      'Lenders are considering whether to extend the loan.',
      'The ministry said any agreement would have to be approved by parliament.',
    ].join('\n\n'),
    gold: [],
  },
];

/**
 * A seventh set (session f), written and labelled before any change for it, one article per kind
 * the held-back set still missed (an offer turned down, a payment to settle, a transfer, a pronoun
 * object, a deal declared void, a deal in force, an apposed participle, a deal as an adjunct),
 * each in other words, nouns and voices than the held-back sentences, with controls that are
 * not agreements: `--score patterns --seventh`.
 */
export const SEVENTH_ARTICLES: readonly PatternArticle[] = [
  {
    name: 'offers turned down',
    body: [
      'Dalmore Shipping rejected a takeover bid of 2.1 billion crowns from the port operator Haldane Group on Tuesday.',
      'A revised proposal for Fenwick Rail from the investment fund Carrow Partners was turned down by Fenwick’s directors.',
      'The nurses’ union had spurned an offer of a 3 percent raise from the Health Ministry in May.',
      'Gorvan Steel is considering an offer from Trellis Metals.',
      'The board could reject a bid from Axle Corp if the price is too low.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Dalmore Shipping', 'Haldane Group'], status: 'rejected', kind: 'offer rejected' },
      { at: '2.1', parties: ['Fenwick Rail', 'Carrow Partners'], status: 'rejected', kind: 'offer rejected passive' },
      { at: '3.1', parties: ['nurses’ union', 'Health Ministry'], status: 'rejected', kind: 'offer rejected' },
    ],
  },
  {
    name: 'paying to settle',
    body: [
      'The chemical maker Orvane will pay 22 million dollars to settle a lawsuit brought by the town of Penwick over a chemical leak.',
      'Stellar Foods is paying 5 million euros to resolve its dispute with the distributor Amberline.',
      'Orvane would pay more to settle the case only if the court agreed.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Orvane', 'Penwick'], status: 'reached', kind: 'pay to settle' },
      { at: '2.1', parties: ['Stellar Foods', 'Amberline'], status: 'reached', kind: 'pay to settle' },
    ],
  },
  {
    name: 'transfers',
    body: [
      'Goalkeeper Ilse Marn has joined Dunholm City from Ravensby Athletic on a four-year contract.',
      'Defender Kofi Asare moved to Westport United from Calder Town for 6 million pounds on Friday.',
      'Marn joined Ravensby as a teenager.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Ilse Marn', 'Dunholm City', 'Ravensby Athletic'], status: 'reached', kind: 'transfer joined from' },
      { at: '2.1', parties: ['Kofi Asare', 'Westport United', 'Calder Town'], status: 'reached', kind: 'transfer moved to from' },
    ],
  },
  {
    name: 'pronoun object',
    body: [
      'The fisheries pact was signed by Norland and Ostria in May.',
      'Ostria’s parliament approved it on Friday.',
      'Lindqvist Motors and the Tarsk Metalworkers’ Union concluded a wage accord in March.',
      'Union members endorsed it in a ballot a week later.',
      'The union’s leaders discussed it again on Monday.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Norland', 'Ostria'], status: 'signed', kind: 'passive signed by' },
      { at: '2.1', parties: ['Norland', 'Ostria'], status: 'approved', kind: 'status verb, pronoun object' },
      { at: '3.1', parties: ['Lindqvist Motors', 'Tarsk Metalworkers’ Union'], status: 'reached', kind: 'noun concluded' },
      { at: '4.1', parties: ['Lindqvist Motors', 'Tarsk Metalworkers’ Union'], status: 'approved', kind: 'status verb, pronoun object' },
    ],
  },
  {
    name: 'declared void',
    body: [
      'A tribunal in Ardent declared void the 2015 mining concession agreement between the province and the mining group Tolvaro.',
      'Judges ruled the licence agreement between Brightnet and the city of Olm invalid on Monday.',
      'Critics called the arrangement unfair long before the ruling.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['province', 'Tolvaro'], status: 'voided', kind: 'declared void' },
      { at: '2.1', parties: ['Brightnet', 'Olm'], status: 'voided', kind: 'ruled invalid' },
      // Added after the first score: "the arrangement" mentions the licence agreement again, which
      // this fixture labels (I had meant it as a control and mislabelled it).
      { at: '3.1', parties: ['Brightnet', 'Olm'], status: 'voided', kind: 'later' },
    ],
  },
  {
    name: 'in force and apposed participle',
    body: [
      'A 2009 fishing accord between Norland and Vesta has been in force since 2010.',
      'The settlement between Carvo Bank and its former traders, approved by a judge in Lisk on Monday, ends six years of litigation.',
      'Had the merger with Pell Bank gone ahead, Carvo would have become the largest lender in Lisk.',
      'Were the treaty ever ratified, tariffs on wool would fall by half.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Norland', 'Vesta'], status: 'in force', kind: 'in force since' },
      { at: '2.1', parties: ['Carvo Bank', 'former traders'], status: 'approved', kind: 'apposed participle approved' },
    ],
  },
  {
    name: 'deal as an adjunct',
    body: [
      'The insurer Halvik has become the shirt sponsor of Ardley Town in a two-year deal.',
      'The carmaker Volsk will supply engines to the truck maker Hadda from 2027 under a ten-year contract signed on Monday.',
      'Volsk has built engines for other truck makers for years.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Halvik', 'Ardley Town'], status: 'reached', kind: 'in a deal' },
      { at: '2.1', parties: ['Volsk', 'Hadda'], status: 'signed', kind: 'under a contract signed' },
    ],
  },
  {
    // Added after the fixes for the kinds above, before any fix for the parties kinds it holds
    // (one party's board approving, "that deal" after an attempt, "a similar deal with X" with no
    // subject, "Under an accord signed with X, Y …").
    name: 'parties from structure',
    body: [
      'Harlow Foods has agreed to acquire the family-owned bakery chain Pemberton Bakes for 90 million pounds.',
      'Pemberton’s directors have approved the sale.',
      'Harlow also tried to buy the dairy group Kesby Farms in 2022, but that deal fell apart over pension debts.',
      'A similar distribution deal with Ostmark Retail was cancelled in 2023.',
      'Under an accord signed with the Bakers’ Federation in 2021, Harlow must keep every Pemberton shop open for three years.',
    ].join('\n\n'),
    gold: [
      { at: '1.1', parties: ['Harlow Foods', 'Pemberton Bakes'], status: 'reached', kind: 'description before the object name' },
      { at: '2.1', parties: ['Harlow Foods', 'Pemberton Bakes'], status: 'approved', kind: 'one party approves' },
      { at: '3.1', parties: ['Harlow Foods', 'Kesby Farms'], status: 'collapsed', kind: 'that deal after an attempt' },
      { at: '4.1', parties: ['Harlow Foods', 'Ostmark Retail'], status: 'voided', kind: 'similar deal with X' },
      { at: '5.1', parties: ['Bakers’ Federation', 'Harlow Foods'], status: 'signed', kind: 'under a deal signed with X, Y' },
    ],
  },
];
