import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../src/understand/agreements.js';
import { extractStatements } from '../../src/understand/statements.js';
import { BLIND_ARTICLES, FIFTH_ARTICLES, FOURTH_ARTICLES, SEVENTH_ARTICLES, SIXTH_ARTICLES, NO_AGREEMENT, PATTERN_ARTICLES, THIRD_ARTICLES, type PatternArticle } from './agreement-patterns.fixture.js';

const ARTICLES = [...PATTERN_ARTICLES, ...BLIND_ARTICLES, ...THIRD_ARTICLES, ...FOURTH_ARTICLES, ...FIFTH_ARTICLES, ...SIXTH_ARTICLES, ...SEVENTH_ARTICLES];
import { docOf } from './statements-fixture.js';

/** One row per agreement: key, parties joined by " | ", status, resolution, the agreement referred to, clause. */
function rows(article: PatternArticle): string[][] {
  const doc = docOf(article.body);
  const out: string[][] = [];
  for (const [k, list] of extractAgreements(doc, extractStatements(doc)))
    for (const a of list) {
      const r = a.resolution;
      out.push([k, a.parties.join(' | '), a.status, r ? `${r.how}@${r.from.paragraph}.${r.from.sentence}` : '-', a.refersTo ? `${a.refersTo.paragraph}.${a.refersTo.sentence}` : '-', a.action]);
    }
  return out;
}

/**
 * The extractor's exact output on each article of our own writing. Every clause is a verbatim
 * slice of its sentence; the hand labels of the fixture (which sentences, whose, what status) are
 * checked separately below, so a change that breaks a label fails twice.
 */
const EXPECTED: Record<string, string[][]> = {
  'joint credit arrangements': [
    ['1.1', 'the Bank of Norland | the Vesta Reserve Bank | the Central Bank of Ostria', 'reached', '-', '-', 'that they would provide reciprocal credit arrangements to each other'],
    ['2.1', 'the Bank of Norland | the Vesta Reserve Bank | the Central Bank of Ostria', 'reached', 'earlier-agreement@1.1', '1.1', 'The arrangements, known as swap lines, were welcomed by traders'],
  ],
  'settlement approved by a judge, then voided': [
    ['1.1', 'Marlow Pharma | the state of Ostria', 'reached', '-', '-', 'to pay $12 million to settle a lawsuit brought by the state of Ostria'],
    ['2.1', 'Marlow Pharma | the state of Ostria', 'approved', '-', '1.1', 'the settlement between Marlow Pharma and the state on Friday'],
    ['4.1', 'Marlow Pharma | the state of Ostria', 'voided', 'earlier-agreement@1.1', '1.1', 'The settlement was voided in March after an appeals court found it unfair'],
  ],
  'merger agreed with each other, approved, merged with': [
    ['1.1', 'Halden Bank | Corvo Savings', 'reached', 'collective@1.1', '-', 'to merge their retail arms'],
    ['2.1', 'Halden Bank | Corvo Savings', 'approved', 'earlier-agreement@1.1', '1.1', 'the merger in a vote on Wednesday'],
    ['3.1', 'Halden Bank | Trask Finance', 'reached', '-', '-', 'merged with Trask Finance in 2004'],
    ['4.1', 'Pell Foods | Dunmore Farms', 'approved', '-', '-', 'the merger of Pell Foods and Dunmore Farms'],
  ],
  'ceasefire: long subject, signed, in force, breached, collapsed, ratified': [
    ['1.1', 'the Lorne Council', 'reached', '-', '-', 'to cap water use'],
    ['2.1', 'Norland | Vesta', 'signed', '-', '-', 'a ceasefire in Geneva on Saturday'],
    ['3.1', 'Norland | Vesta', 'in force', 'earlier-agreement@2.1', '2.1', 'The truce took effect at dawn'],
    ['4.1', 'Vesta | Norland', 'breached', '-', '2.1', 'the ceasefire on Monday, shelling two villages'],
    ['5.1', 'Vesta | Norland', 'collapsed', 'earlier-agreement@2.1', '2.1', 'The ceasefire collapsed a week later'],
    ['7.1', 'Vesta | Norland', 'ratified', '-', '2.1', 'the 1998 border treaty with Vesta on Thursday'],
  ],
  'not agreements': [
  ],
  'names that contain "and"': [
    ['1.1', 'the Securities and Exchange Commission | Farrow Capital', 'reached', '-', '-', 'a settlement with Farrow Capital over misleading reports'],
    ['2.1', 'the Bank of Trade and Industry | Vesta Telecom', 'signed', '-', '-', 'a memorandum of understanding with Vesta Telecom'],
    ['3.1', 'Farrow Capital | Dunmore Foods', 'approved', '-', '-', 'the deal between Farrow Capital and Dunmore Foods in June'],
  ],
  'agreement nouns and outcomes': [
    ['1.1', 'Dunmore Foods | Pell Group', 'reached', '-', '-', 'an agreement with Pell Group to supply grain'],
    ['2.1', 'Dunmore Foods | Pell Group', 'reached', 'earlier-agreement@1.1', '1.1', 'Under the contract, Dunmore will deliver 40,000 tonnes a year'],
    ['3.1', 'Vesta Airways | Halvard Air', 'reached', '-', '-', 'an order for 12 jets with Halvard Air'],
    ['4.1', 'Norland | Ostria', 'signed', '-', '-', 'a memorandum of understanding on energy'],
    ['5.1', 'Vesta Telecom | Corvo Mobile', 'rejected', '-', '-', 'The agreement between Vesta Telecom and Corvo Mobile was rejected by the regulator'],
    ['6.1', 'Corvo Mobile | the pilots’ union', 'reached', '-', '-', 'settled its dispute with the pilots’ union'],
    ['7.1', 'the singer | Lorne Records', 'signed', '-', '-', 'a recording contract with Lorne Records in 2010'],
  ],
  'a later mention of an old deal': [
    ['1.1', 'Ashby Mining | the Kirra Land Council', 'reached', '-', '-', 'a royalty deal in 1991'],
    ['2.1', 'Ashby Mining | the Kirra Land Council', 'breached', 'earlier-agreement@1.1', '1.1', 'the 1991 agreement with the council'],
    ['3.1', 'Ashby Mining | the Kirra Land Council', 'in force', 'earlier-agreement@1.1', '1.1', 'The deal remains in force until 2030'],
  ],
  // (Session 36, a89: "reached a tentative agreement" is reached — the verb says it was made; this,
  // the oldest set, labels it proposed, the sets since reached.)
  'labour contract': [
    ['1.1', 'their union | Halley Terminals', 'reached', '-', '-', 'a tentative agreement with the port operator, Halley Terminals'],
    ['2.1', 'their union | Halley Terminals', 'reached', 'earlier-agreement@1.1', '1.1', 'The deal raises wages by 4 percent a year over three years'],
    ['5.1', 'their union | Halley Terminals', 'ratified', 'earlier-agreement@1.1', '1.1', 'the contract on Friday by a wide margin'],
  ],
  'takeover': [
    ['1.1', 'Brightwell Media | Oakden Press', 'reached', 'pronoun@1.1', '-', 'buy rival publisher Oakden Press for $2.1 billion in cash'],
    ['2.1', 'Brightwell Media | Oakden Press', 'approved', 'earlier-agreement@1.1', '1.1', 'the transaction, which is expected to close in the spring'],
    ['5.1', 'Brightwell Media | Oakden Press', 'reached', 'earlier-agreement@1.1', '1.1', 'The acquisition was completed on April 30'],
  ],
  'trade pact': [
    ['1.1', 'Kestria | the Ulm Federation', 'signed', '-', '-', 'a free trade agreement in Vasse on Wednesday, ending six years of negotiations'],
    ['2.1', 'Kestria | the Ulm Federation', 'signed', 'earlier-agreement@1.1', '1.1', 'The pact removes tariffs on most farm goods'],
    ['4.1', 'Kestria | the Ulm Federation', 'approved', 'earlier-agreement@1.1', '1.1', 'the agreement in November'],
    // (a84: "It" opening the paragraph after a sentence the pact itself opens is that pact, the step still ahead.)
    ['3.1', 'Kestria | the Ulm Federation', 'signed', 'earlier-agreement@1.1', '1.1', 'It must still be ratified by both parliaments'],
  ],
  'peace accord': [
    ['1.1', 'the government of Sarnia | the Free Hills Movement', 'signed', '-', '-', 'a peace accord in the capital on Saturday, ending a conflict that lasted 14 years'],
    ['2.1', 'the government of Sarnia | the Free Hills Movement', 'signed', 'earlier-agreement@1.1', '1.1', 'Under the accord, rebel fighters will hand in their weapons within six months'],
    ['3.1', 'the government of Sarnia | the Free Hills Movement', 'signed', 'earlier-agreement@1.1', '1.1', 'the deal'],
    ['4.1', 'the government of Sarnia | the Free Hills Movement', 'breached', 'earlier-agreement@1.1', '1.1', 'the accord by shelling a village'],
  ],
  'court settlement': [
    ['1.1', 'Carrow Motors', 'reached', '-', '-', 'pay $85 million to settle claims that it hid defects in its brakes'],
    // "with owners": a bare plural of people is the other side (session 10, a15); the mention still links to 1.1.
    ['2.1', 'owners | Carrow Motors', 'reached', '-', '1.1', 'The settlement with owners of about 200,000 cars still needs the approval of a judge in Denton'],
  ],
  'supply and licence deals': [
    ['1.1', 'Nexa Semiconductors | Volland', 'reached', '-', '-', 'a contract to supply chips to carmaker Volland for five years'],
    ['2.1', 'Volland | Nexa Semiconductors', 'reached', '-', '1.1', 'the deal in a statement'],
    ['3.1', 'Nexa Semiconductors | Tamsin Energy', 'reached', '-', '-', 'licensed its battery technology to Tamsin Energy'],
  ],
  'coalition and non-agreements': [
    ['1.1', 'the Green Party | the Liberal Union', 'reached', '-', '-', 'to form a coalition government in Wessar'],
  ],
  'deal called off': [
    ['1.1', 'Ferro Steel | Kaldor Metals', 'voided', '-', '-', 'their planned merger'],
    ['2.1', 'Ferro Steel | Kaldor Metals', 'voided', 'earlier-agreement@1.1', '1.1', 'The merger'],
  ],
  'airline alliance and codeshare': [
    ['1.1', 'Skyline Air | Pacific Crest Airways', 'in force', 'collective@1.1', '-', 'under a codeshare agreement announced on Monday'],
    // Session 18 (a45): a deal still waiting on a step is the deal before, mentioned again (made, not yet approved).
    ['2.1', 'Skyline Air | Pacific Crest Airways', 'reached', 'earlier-agreement@1.1', '1.1', 'The agreement still needs the approval of transport regulators in both countries'],
  ],
  'hostage swap': [
    ['1.1', 'Tessaly | Morvania', 'in force', 'collective@1.1', '-', 'under a deal reached in Geneva last month'],
  ],
  'pharma lawsuit and licence': [
    ['1.1', 'Venn Biologics | Orrin Labs', 'reached', '-', '-', 'settled a patent lawsuit with rival drugmaker Orrin Labs, ending a four-year legal fight'],
    ['2.1', 'Venn Biologics | Orrin Labs', 'reached', 'earlier-agreement@1.1', '1.1', 'Under the terms of the settlement, Orrin will pay royalties on sales of its arthritis drug'],
  ],
  'EU members agree': [
    ['1.1', 'member states of the Union', 'reached', '-', '-', 'to cut methane emissions by a third by 2030, after all-night talks in Brussels'],
    // 3.1 "The deal must now be approved by the European Parliament": the deal waiting on its step,
    // as the sets written from the current brief label it (session 25, a63; this set leaves it unlabelled).
    ['3.1', 'member states of the Union', 'reached', 'earlier-agreement@1.1', '1.1', 'The deal must now be approved by the European Parliament'],
  ],
  'sale of a unit and a broken deal': [
    ['1.1', 'Grenholm Energy | Aster Capital', 'reached', '-', '-', 'sold its wind farm business to Aster Capital for €900 million'],
    // 2.1 "The sale is expected to be completed by the end of the year": the sale's completion forecast,
    // a later mention of it (session 19, a48; round 2 of session 9 had left it no agreement sentence).
    ['2.1', 'Grenholm Energy | Aster Capital', 'reached', 'earlier-agreement@1.1', '1.1', 'The sale is expected to be completed by the end of the year'],
    ['3.1', 'Grenholm Energy | Dunmere Power', 'voided', '-', '-', 'walked away from a planned deal with Dunmere Power after a dispute over price'],
  ],
  'no deal here': [
  ],
  // The fourth set (written before its fixes): an object then the partner ("agreed a fee with"),
  // a noun of what was done to the deal ("final approval to", "a clear breach of"), a licence
  // granted to a receiver, accepted terms, a counted plural ("the two chains"), a sponsorship.
  'transfer fee': [
    ['1.1', 'Halden United | Porto Verde', 'reached', '-', '-', 'a £45 million fee with Porto Verde for winger Tiago Sá'],
  ],
  'nurses pay deal': [
    ['1.1', 'the Calder Nurses Union | the regional health authority', 'reached', '-', '-', 'a pay deal late on Wednesday'],
    ['2.1', 'the Calder Nurses Union | the regional health authority', 'ratified', 'earlier-agreement@1.1', '1.1', 'the three-year contract by a margin of 82 percent on Sunday, ending a strike that had closed wards in four hospitals'],
    ['3.1', 'the Calder Nurses Union | the regional health authority', 'ratified', 'earlier-agreement@1.1', '1.1', 'the agreement fair to patients and staff'],
  ],
  'class action approved': [
    ['1.1', 'Zoomly | about 60,000 of its drivers', 'approved', '-', '-', 'approval to a $310 million settlement between ride-hailing company Zoomly and about 60,000 of its drivers'],
    ['3.1', 'Zoomly | about 60,000 of its drivers', 'approved', 'earlier-agreement@1.1', '1.1', 'Under the settlement, each driver will receive an average of $5,000, and Zoomly admits no wrongdoing'],
  ],
  'drug licence': [
    ['1.1', 'Kestrel Therapeutics | Miura Pharma', 'reached', '-', '-', 'exclusive rights to sell its migraine drug in Asia in exchange for $120 million up front'],
    ['2.1', 'Kestrel Therapeutics | Miura Pharma', 'reached', 'earlier-agreement@1.1', '1.1', 'The licensing pact also entitles Kestrel to royalties of up to 15 percent'],
  ],
  'bail-out terms accepted': [
    // The government stands for its country (session h: a body of an organisation is the organisation), as labelled.
    ['1.1', 'Lydonia | Monetary Fund', 'reached', '-', '-', 'the terms of a €14 billion rescue package from the Monetary Fund, including deep cuts to public pensions'],
  ],
  'peace accord broken': [
    ['1.1', 'Barova | Northern Front', 'signed', '-', '-', 'a peace accord in Tamsi on 4 May, ending eleven years of civil war'],
    ['2.1', 'Barova | Northern Front', 'breached', 'earlier-agreement@1.1', '1.1', 'breach of the accord'],
  ],
  'merger blocked': [
    ['1.1', 'Fairway | Brightmart', 'rejected', '-', '-', 'the proposed merger of supermarket chains Fairway and Brightmart, saying it would raise prices for shoppers'],
    ['2.1', 'Fairway | Brightmart', 'reached', 'collective@1.1', '-', 'to combine in a $9 billion all-share deal last March'],
  ],
  'sponsorship renewed': [
    ['1.1', 'Carmaker Velora | Harbour City Hawks', 'reached', '-', '-', 'its shirt sponsorship of the Harbour City Hawks for another five years'],
    ['2.1', 'Carmaker Velora | Harbour City Hawks', 'reached', 'earlier-agreement@1.1', '1.1', 'The renewed contract is worth about $8 million a season'],
  ],
  'trade pact in force': [
    ['1.1', 'Merovia | Kalan Republic', 'in force', '-', '-', 'A free-trade agreement between Merovia and the Kalan Republic came into force on 1 January, removing tariffs on 90 percent of goods'],
    ['2.1', 'Merovia | Kalan Republic', 'signed', 'earlier-agreement@1.1', '1.1', 'The pact was signed in 2024'],
  ],
  'takeover fell apart': [
    ['1.1', 'Caldera Group | Norbeck Yards', 'collapsed', '-', '-', 'Caldera Group’s £2 billion takeover of shipbuilder Norbeck Yards fell apart on Friday after the two sides failed to agree on pension liabilities'],
    // Session 24 (a62): "the offer", taken by a verb of approving, is the offer made before; its board approved it.
    ['2.1', 'Caldera Group | Norbeck Yards', 'approved', 'earlier-agreement@1.1', '1.1', 'the offer in October'],
  ],
  'nothing agreed': [
  ],
  'chip maker acquisition': [
    ['1.1', 'Orrin Semiconductor | Vantel Systems', 'reached', 'pronoun@1.1', '-', 'to acquire Vantel Systems, a maker of power chips, for $3.4 billion in cash'],
    ['2.1', 'Orrin Semiconductor | Vantel Systems', 'approved', 'earlier-agreement@1.1', '1.1', 'the transaction, which is expected to close in the second half of next year'],
  ],
  'pollution settlement': [
    ['1.1', 'Brannock Chemicals | residents of Elsford', 'reached', '-', '-', 'pay $85 million to residents of Elsford to resolve claims that its plant polluted their drinking water, under a settlement filed in federal court on Wednesday'],
    // Session 18 (a45): a deal still waiting on a step is the deal before, mentioned again (made, not yet approved).
    ['2.1', 'Brannock Chemicals | residents of Elsford', 'reached', 'earlier-agreement@1.1', '1.1', 'The agreement still needs the approval of Judge Martha Okafor, who is expected to rule next month'],
  ],
  'dockworkers contract': [
    ['1.1', 'the Harbour Workers Guild | the Salvano Port Employers Association', 'reached', '-', '-', 'a new four-year contract overnight'],
    // What a deal made before provides keeps the status it stands at, reached (session 33, a81: the sets
    // of the current brief label it so, as this set does; blind set 2 labels it in force).
    ['2.1', 'the Harbour Workers Guild | the Salvano Port Employers Association', 'reached', 'earlier-agreement@1.1', '1.1', 'The deal gives workers a 4 percent raise each year and limits the use of automated cranes'],
  ],
  'trade treaty ratified': [
    ['1.1', 'Parliament in Tessaly | Republic of Ganmar', 'ratified', '-', '-', 'a trade treaty with the Republic of Ganmar, clearing the last hurdle before the agreement can take effect'],
    ['2.1', 'Parliament in Tessaly | Republic of Ganmar', 'approved', 'earlier-agreement@1.1', '1.1', 'the treaty in May'],
    ['3.1', 'Parliament in Tessaly | Republic of Ganmar', 'ratified', 'earlier-agreement@1.1', '1.1', 'The accord will cut duties on rice, textiles and steel over ten years'],
  ],
  'truce agreed, then violated': [
    ['1.1', 'the army of Meltra | the Sorran Liberation Army', 'reached', '-', '-', 'to a 30-day truce on Sunday after talks mediated by envoys from Qadira'],
    ['2.1', 'the army of Meltra | the Sorran Liberation Army', 'in force', 'earlier-agreement@1.1', '1.1', 'The ceasefire took hold at midnight'],
    ['3.1', 'the army of Meltra | the Sorran Liberation Army', 'breached', 'earlier-agreement@1.1', '1.1', 'the truce with artillery fire'],
  ],
  'striker transfer': [
    ['1.1', 'Striker Mateo Ruiz | Atletico Varela | Kingsbridge Rovers', 'reached', '-', '-', 'his move from Atletico Varela to Kingsbridge Rovers on a five-year contract'],
    ['2.1', 'Varela | Rovers', 'reached', '-', '-', 'Rovers’ third offer last week after turning down two earlier bids'],
  ],
  'film library licence': [
    ['1.1', 'Larkspur Pictures | Quillo', 'signed', '-', '-', 'a licensing deal that lets streaming service Quillo show its entire film library in North America until 2030'],
    ['2.1', 'Larkspur Pictures | Quillo', 'signed', 'earlier-agreement@1.1', '1.1', 'the agreement were not disclosed'],
    ['3.1', 'Quillo | Kettering Films', 'reached', '-', '-', 'a similar arrangement with rival studio Kettering Films last year'],
  ],
  'airline merger abandoned': [
    ['1.1', 'Airlines Skyra | Eastwind', 'collapsed', '-', '-', 'their planned $6 billion merger, three months after announcing it, citing opposition from pilots’ unions'],
    ['2.1', 'Airlines Skyra | Eastwind', 'reached', 'collective@1.1', '-', 'to combine under the Skyra name'],
  ],
  'power contract annulled': [
    ['1.1', 'the state power company | Norsun Energy', 'voided', '-', '-', 'a 2019 contract under which the state power company sold electricity to Norsun Energy at a fixed price, ruling that it had been awarded without a tender'],
    ['1.1', 'the state power company | Norsun Energy', 'reached', '-', '-', 'sold electricity to Norsun Energy at a fixed price, ruling that it had been awarded without a tender'],
    ['2.1', 'the state power company | Norsun Energy', 'voided', 'earlier-agreement@1.1', '1.1', 'the cancelled contract'],
  ],
  'brewers merger voted down': [
    // "the company’s proposed merger": the possessor, a description, is Dellmont Brewing (session g).
    ['1.1', 'Dellmont Brewing | Arlen Beverages', 'rejected', 'description@1.1', '-', 'the company’s proposed merger with Arlen Beverages, with 61 percent voting against'],
    ['2.1', 'Dellmont Brewing | Arlen Beverages', 'reached', 'earlier-agreement@1.1', '1.1', 'the deal in January'],
  ],
  'offer unanswered, denial, hypotheticals': [
  ],
  'spectrum purchase': [
    // Session h: a capitalised first word and a noun describe the name after them ("Telecom operator"), as labelled.
    ['1.1', 'Brightwave | Norcell', 'reached', '-', '-', 'a $1.2 billion agreement to buy wireless spectrum licences from rival Norcell'],
    // Session 18 (a45): a deal still waiting on a step is the deal before, mentioned again (made, not yet approved).
    ['2.1', 'Brightwave | Norcell', 'reached', 'earlier-agreement@1.1', '1.1', 'The transaction requires the blessing of the national communications regulator'],
  ],
  'patent dispute resolved': [
    ['1.1', 'Drugmakers Pellam | Avix', 'reached', '-', '-', 'resolved their long-running patent dispute over a blood-thinning drug, ending litigation in three countries'],
    ['2.1', 'Drugmakers Pellam | Avix', 'reached', 'earlier-agreement@1.1', '1.1', 'the settlement were kept confidential'],
  ],
  'teachers accept wage offer': [
    ['1.1', 'their union | the provincial government', 'reached', '-', '-', 'a revised wage offer from the provincial government'],
    ['2.1', 'their union | the provincial government', 'reached', 'earlier-agreement@1.1', '1.1', 'Under the four-year accord, salaries will rise by 11 percent'],
  ],
  'water treaty exit': [
    ['1.1', 'Vostria', 'voided', '-', '-', 'withdrew from the Lake Sannor water-sharing treaty on Friday, a move its neighbour Kalmar called reckless'],
  ],
  'prisoner exchange': [
    ['1.1', 'Ostran authorities | the Free Dalan Movement', 'in force', 'collective@1.1', '-', 'under a deal brokered by Qatari mediators'],
  ],
  'insurer takeover completed': [
    ['1.1', 'Harwell Insurance | Dunmore Life', 'reached', '-', '-', 'its takeover of Dunmore Life on Wednesday, creating the country’s third-largest insurer'],
    ['2.1', 'Harwell Insurance | Dunmore Life', 'reached', 'earlier-agreement@1.1', '1.1', 'The deal'],
  ],
  'no deal yet': [
  ],
  // The seventh set (session f): a rejected offer, paying to settle, transfers, a pronoun object,
  // a deal declared void, in force, an apposed participle, a deal as an adjunct, parties from structure.
  'offers turned down': [
    ['1.1', 'Dalmore Shipping | Haldane Group', 'rejected', '-', '-', 'a takeover bid of 2.1 billion crowns from the port operator Haldane Group on Tuesday'],
    ['2.1', 'Fenwick Rail | Carrow Partners', 'rejected', '-', '-', 'A revised proposal for Fenwick Rail from the investment fund Carrow Partners was turned down by Fenwick’s directors'],
    ['3.1', 'the nurses’ union | Health Ministry', 'rejected', '-', '-', 'an offer of a 3 percent raise from the Health Ministry in May'],
  ],
  'paying to settle': [
    ['1.1', 'Orvane | the town of Penwick', 'reached', '-', '-', 'pay 22 million dollars to settle a lawsuit brought by the town of Penwick over a chemical leak'],
    ['2.1', 'Stellar Foods | Amberline', 'reached', '-', '-', 'paying 5 million euros to resolve its dispute with the distributor Amberline'],
  ],
  'transfers': [
    ['1.1', 'Goalkeeper Ilse Marn | Dunholm City | Ravensby Athletic', 'reached', '-', '-', 'joined Dunholm City from Ravensby Athletic on a four-year contract'],
    ['2.1', 'Defender Kofi Asare | Westport United | Calder Town', 'reached', '-', '-', 'moved to Westport United from Calder Town for 6 million pounds on Friday'],
  ],
  'pronoun object': [
    ['1.1', 'Norland | Ostria', 'signed', 'collective@1.1', '-', 'The fisheries pact was signed by Norland and Ostria in May'],
    ['2.1', 'Norland | Ostria', 'approved', 'earlier-agreement@1.1', '1.1', 'approved it on Friday'],
    ['3.1', 'Lindqvist Motors | the Tarsk Metalworkers’ Union', 'reached', '-', '-', 'a wage accord in March'],
    ['4.1', 'Lindqvist Motors | the Tarsk Metalworkers’ Union', 'approved', 'earlier-agreement@3.1', '3.1', 'endorsed it in a ballot a week later'],
  ],
  'declared void': [
    ['1.1', 'the province | Tolvaro', 'voided', '-', '-', 'declared void the 2015 mining concession agreement between the province and the mining group Tolvaro'],
    ['2.1', 'Brightnet | the city of Olm', 'voided', '-', '-', 'ruled the licence agreement between Brightnet and the city of Olm invalid on Monday'],
    ['3.1', 'Brightnet | the city of Olm', 'voided', 'earlier-agreement@2.1', '2.1', 'the arrangement unfair long before the ruling'],
  ],
  'in force and apposed participle': [
    ['1.1', 'Norland | Vesta', 'in force', '-', '-', 'A 2009 fishing accord between Norland and Vesta has been in force since 2010'],
    ['2.1', 'Carvo Bank | its former traders', 'approved', '-', '-', 'The settlement between Carvo Bank and its former traders, approved by a judge in Lisk on Monday, ends six years of litigation'],
  ],
  'deal as an adjunct': [
    ['1.1', 'Halvik | Ardley Town', 'reached', '-', '-', 'become the shirt sponsor of Ardley Town in a two-year deal'],
    ['2.1', 'Volsk | Hadda', 'signed', '-', '-', 'supply engines to the truck maker Hadda from 2027 under a ten-year contract signed on Monday'],
  ],
  'parties from structure': [
    ['1.1', 'Harlow Foods | Pemberton Bakes', 'reached', '-', '-', 'to acquire the family-owned bakery chain Pemberton Bakes for 90 million pounds'],
    ['2.1', 'Harlow Foods | Pemberton Bakes', 'approved', 'earlier-agreement@1.1', '1.1', 'the sale'],
    ['3.1', 'Harlow Foods | Kesby Farms', 'collapsed', '-', '-', 'that deal fell apart over pension debts'],
    ['4.1', 'Harlow Foods | Ostmark Retail', 'voided', 'earlier-agreement@3.1', '-', 'A similar distribution deal with Ostmark Retail was cancelled in 2023'],
    ['5.1', 'Bakers’ Federation | Harlow Foods', 'signed', '-', '-', 'Under an accord signed with the Bakers’ Federation in 2021, Harlow must keep every Pemberton shop open for three years'],
  ],
};

describe('agreement patterns on articles of our own writing', () => {
  for (const article of ARTICLES) {
    it(`${article.name}: exact parties, status, link and clause`, () => {
      expect(rows(article)).toEqual(EXPECTED[article.name]);
    });
  }

  it('no agreement in sentences that state none', () => {
    const found = NO_AGREEMENT.filter((text) => {
      const doc = docOf(text);
      return extractAgreements(doc, extractStatements(doc)).size > 0;
    });
    expect(found).toEqual([]);
  });

  it('every labelled sentence of the first set is found with its labelled parties and status, and nothing else is', () => {
    // "Under the contract, Dunmore will deliver …": terms still to come keep the status the deal
    // was made with (reached), as the sets written from the current brief (51 on) label them (see
    // `termsAhead`); this set was relabelled to that brief in session 34 (a85).
    expect(labelErrors(PATTERN_ARTICLES)).toEqual([]);
  });

  it('the second set: what is still missed or wrong against the labels, exactly', () => {
    // Missed: a mention through a vote ("will vote on the agreement"; "It must still be ratified"
    // after "The pact removes …" is read since a84). ("Under the accord, rebel fighters will hand in …"
    // keeps the status the accord was signed with, and "The settlement … still needs the approval of a
    // judge" the settlement's, reached: the labels say so since session 34 (a85 relabelled this set to
    // the current brief, where a deal waiting on a step or terms still to come say nothing new of what
    // became of it).)
    // (Session 36, a89: "reached a tentative agreement", 1.1 and the mention 2.1, is reached, where this set's labels say proposed.)
    expect(labelErrors(BLIND_ARTICLES)).toEqual(['labour contract 1.1', 'labour contract 2.1', 'labour contract 3.1']);
  });

  it('the third set: what is still wrong against the labels, exactly', () => {
    // "will share flights under a codeshare agreement announced on Monday": "under" reads as in
    // force where the label says reached (the agreement is only announced), and its later mention inherits that.
    // "The deal must now be approved by …" is a deal waiting on its step since session 25 (a63), unlabelled here.
    // (The pharma article's "Orrin will pay …" under the settlement: terms still to come, reached as the
    // settlement was, as the label says since session 34.)
    expect(labelErrors(THIRD_ARTICLES)).toEqual(['airline alliance and codeshare 1.1', 'EU members agree 3.1 (not labelled)']);
  });

  it('the fourth set: what is still wrong against the labels, exactly', () => {
    // ("Norbeck’s board had backed the offer" is linked to the takeover since session 24: nothing.)
    // ("Under the settlement, each driver will receive …": terms still to come, approved as the
    // settlement was, as the label says since session 34.)
    expect(labelErrors(FOURTH_ARTICLES)).toEqual([]);
  });
});

describe('the fifth set (written before the WordNet vocabulary and the fixes for it)', () => {
  it('what is still missed or wrong against the labels, exactly', () => {
    // Wrong (this check wants the label's full name): "Varela" for "Atletico Varela";
    // ("The accord will cut duties", after an approval, takes the status the treaty was made with
    // since session 23: ratified, as the label says.)
    // ("The deal gives workers a 4 percent raise" keeps the status the deal stands at, reached, as
    // this set labels it, since session 33; blind set 2 labels "The agreement gives nurses …" in force.)
    expect(labelErrors(FIFTH_ARTICLES)).toEqual(['striker transfer 2.1']);
  });
});

describe('the sixth set (written after the fifth set’s fixes)', () => {
  it('every labelled sentence is found with its parties and status, and nothing else is', () => {
    // "the Lake Sannor water-sharing treaty": the lake names what the treaty is about, not a party (fixed in a11b).
    // ("Under the four-year accord, salaries will rise …": terms still to come, reached as the accord
    // was, as the label says since session 34.)
    expect(labelErrors(SIXTH_ARTICLES)).toEqual([]);
  });
});

/** One row per agreement of a one-paragraph-per-sentence text of our own. */
const rowsOf = (...sentences: string[]): string[][] => rows({ name: '', body: sentences.join('\n\n'), gold: [] });

describe('parties after "between"', () => {
  it('a determiner opens a new party, and "the government of X" is a party', () => {
    expect(
      rowsOf(
        'A truce between Norland and the Free Border Army took effect on Monday.',
        'A truce between the government of Norland and the Border Army took effect on Monday.',
        'The pact between the government of Ostria and the rebels was signed in May.',
      ).map((r) => r.slice(0, 3)),
    ).toEqual([
      ['1.1', 'Norland | Free Border Army', 'in force'],
      ['2.1', 'the government of Norland | Border Army', 'in force'],
      ['3.1', 'the government of Ostria | the rebels', 'signed'],
    ]);
  });

  it('an apposition that a number or a quantifier opens stands between the parties and the verb', () => {
    expect(
      rowsOf(
        'Tollan Mills and Verdo Grain, two of the largest grain traders, agreed on Monday to merge.',
        'Tollan Mills and Verdo Grain, both family firms, agreed on Monday to merge.',
      ).map((r) => r.slice(0, 3)),
    ).toEqual([
      ['1.1', 'Tollan Mills | Verdo Grain', 'reached'],
      ['2.1', 'Tollan Mills | Verdo Grain', 'reached'],
    ]);
  });
});

describe('agreement words WordNet knows, not listed in the code', () => {
  it('nouns that are kinds of agreement, with the status their verb gives', () => {
    expect(
      rowsOf(
        'Ostria and the Holy See signed a concordat on Tuesday.',
        'Halden Mining and the Calder Council signed a ten-year lease for the quarry.',
        'The two firms reached a compromise on water rights after months of talks.',
      ),
    ).toEqual([
      ['1.1', 'Ostria | the Holy See', 'signed', '-', '-', 'a concordat on Tuesday'],
      ['2.1', 'Halden Mining | the Calder Council', 'signed', '-', '-', 'a ten-year lease for the quarry'],
      ['3.1', 'Halden Mining | the Calder Council', 'reached', 'collective@2.1', '-', 'a compromise on water rights after months of talks'],
    ]);
  });

  it('verbs and act nouns by their place under ratify, cancel/annul, reject, violate', () => {
    expect(
      rowsOf(
        'Norland and Vesta signed a border treaty in 1998.',
        'Vesta repudiated the treaty in 2020.',
        'The Norland government announced the revocation of the treaty with Vesta.',
        'A court in Lorne quashed the contract between Brenna Oil and the Lorne Port Authority.',
      ),
    ).toEqual([
      ['1.1', 'Norland | Vesta', 'signed', '-', '-', 'a border treaty in 1998'],
      ['2.1', 'Vesta | Norland', 'rejected', '-', '1.1', 'the treaty in 2020'],
      ['3.1', 'Vesta | Norland', 'voided', '-', '1.1', 'revocation of the treaty with Vesta'],
      ['4.1', 'Brenna Oil | Lorne Port Authority', 'voided', '-', '-', 'the contract between Brenna Oil and the Lorne Port Authority'],
    ]);
  });

  it('a participle before a definite deal says what became of it', () => {
    expect(rowsOf('Teller Motors and Hoshin Batteries signed a supply contract in May.', 'Hoshin sued over the terminated contract in June.')).toEqual([
      ['1.1', 'Teller Motors | Hoshin Batteries', 'signed', '-', '-', 'a supply contract in May'],
      ['2.1', 'Teller Motors | Hoshin Batteries', 'voided', 'earlier-agreement@1.1', '1.1', 'the terminated contract in June'],
    ]);
  });

  it('nouns WordNet files under agreement whose news sense is another are none', () => {
    expect(
      rowsOf(
        'Dunmore Foods renewed its insurance with Old Mutual last year.',
        'The ministers showed an understanding of the risks.',
        'The party opened its convention in Lorne on Monday.',
        'Halden Bank approved the policy on Tuesday.',
      ),
    ).toEqual([]);
  });
});

function labelErrors(articles: readonly PatternArticle[]): string[] {
  const wrong: string[] = [];
  for (const article of articles) {
    const found = rows(article);
    const keys = new Set(found.map((r) => r[0]));
    for (const g of article.gold) {
      const here = found.filter((r) => r[0] === g.at);
      const parties = here.flatMap((r) => r[1]!.split(' | ').map((p) => p.toLowerCase()));
      const partiesOk = g.parties.every((p) => parties.some((q) => q.includes(p.toLowerCase())));
      if (here.length === 0 || !partiesOk || !here.some((r) => r[2] === g.status)) wrong.push(`${article.name} ${g.at}`);
      keys.delete(g.at);
    }
    for (const k of keys) wrong.push(`${article.name} ${k} (not labelled)`);
  }
  return wrong;
}

describe('the seventh set (session f: my variants of the held-back set’s misses, labelled before the fixes)', () => {
  it('every labelled sentence is found with its parties and status, and nothing else is', () => {
    // A later sentence's short form "Harlow" is the one fuller name it opens that the article used
    // before, "Harlow Foods" (a33). A capitalised role word that opens the sentence stays in the
    // name ("Goalkeeper Ilse Marn").
    expect(labelErrors(SEVENTH_ARTICLES)).toEqual([]);
  });
});
