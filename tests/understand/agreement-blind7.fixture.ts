/**
 * Blind agreement set 7: eight invented news articles written in its own words by a separate
 * session that read no extractor code (session 9). Scored by the lead at first sight on session 8's
 * last code (ae75f48): precision / recall / parties / status 97.7 / 85.7 / 66.7 / 92.9 %; after
 * session 9's first round (a12 merged, fixes from our own sets) 97.6 / 83.7 / 68.3 / 92.7 %; then
 * its kinds of miss were written again in our own sentences and fixed (round 2, a13) and the set
 * committed as one that may be tuned on: 100 / 93.9 / 84.8 / 97.8 %; round 3 (a14) found why those
 * fixes had missed the original sentences and widened them: 100 / 100 / 100 / 98.0 %. Scored by
 * `npx tsx bench/facts-eval.ts --score patterns --blind-7`. Same format and labelling rule as
 * agreement-patterns.fixture.ts. `BLIND7_CLOSE_NON_AGREEMENTS` lists, per article, the sentences
 * that come close to an agreement (talks, meetings, offers nobody accepted, one-party decisions,
 * votes, denials, hypotheticals, pending approvals) but state none, for counting only.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const BLIND7_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — transport, British local paper: bus franchise contract.
  {
    name: 'bus-franchise-contract',
    body: [
      `Carrick Coaches has won a seven-year contract to run bus services across the Westmarch district, Westmarch County Council announced on Monday.`,
      `Under the contract, worth £84 million, the firm will run 38 routes and replace its entire fleet with electric buses by 2029.`,
      `Dunlow Buses, which has run the routes since 2011, decided in the spring not to bid.`,
      ``,
      `Dunlow's existing contract with the council, which ends in April, has been extended by three months to allow a smooth handover.`,
      `The council's cabinet approved the award on Thursday by six votes to two.`,
      `Opposition councillors had called for the routes to be brought back under public control.`,
      ``,
      `Carrick has also signed a lease with the Port of Hensby for a depot on the former ferry car park, where the charging equipment will be installed.`,
      `The Road Transport Workers' Union said it would seek talks with Carrick about pay for drivers transferring from Dunlow.`,
      `Carrick's managing director, Alison Reeve, met parish councillors in Hensby on Friday.`,
      ``,
      `If the electric buses arrive late, Carrick has said it will hire diesel vehicles in the meantime.`,
      `A 2016 partnership between Dunlow and the council to run a dial-a-ride minibus service was scrapped in 2020 after passenger numbers collapsed.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Carrick Coaches', 'Westmarch County Council'], status: 'reached', kind: 'won a contract; announced by the other party' },
      { at: '1.2', parties: ['Carrick Coaches', 'Westmarch County Council'], status: 'in force', kind: 'under the contract (terms)' },
      { at: '2.1', parties: ['Dunlow Buses', 'Westmarch County Council'], status: 'in force', kind: 'existing contract extended' },
      { at: '2.2', parties: ['Carrick Coaches', 'Westmarch County Council'], status: 'approved', kind: 'cabinet approved the award' },
      { at: '3.1', parties: ['Carrick Coaches', 'Port of Hensby'], status: 'signed', kind: 'lease signed with' },
      { at: '4.2', parties: ['Dunlow Buses', 'Westmarch County Council'], status: 'voided', kind: 'old partnership scrapped' },
    ],
  },

  // 2 — arts, American spelling: film catalogue licence to a streamer, old contract terminated, guild deal.
  {
    name: 'film-catalogue-streaming-licence',
    body: [
      `Ridgeway Pictures, the independent studio behind the "Harbour Lights" films, has signed a licensing deal giving the streaming service Clarion+ exclusive rights to its back catalog of 140 titles in North America.`,
      `The agreement, reported to be worth $220 million over five years, takes effect on January 1.`,
      ``,
      `Ridgeway had held talks with two other streamers, Vantor and Bluefinch, over the summer.`,
      `Vantor made an offer for the catalog in July, but Ridgeway never replied.`,
      `Bluefinch said it had never made a bid.`,
      ``,
      `The films had previously been licensed to the cable network HBN under a 2015 contract, which Ridgeway terminated last year in a dispute over unpaid royalties.`,
      `HBN sued, and the two companies settled in March for an undisclosed sum.`,
      ``,
      `Ridgeway's founder, Celia Marsh, met Clarion+ executives in Los Angeles in September.`,
      `Clarion+ said it had no plans to buy the studio outright.`,
      ``,
      `Separately, the Screen Directors Guild and Ridgeway reached an agreement on Tuesday on payments to directors whose films are streamed.`,
      `Under that agreement, directors will receive 2 percent of licensing income.`,
      `The guild's members are due to vote on it next month.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Ridgeway Pictures', 'Clarion+'], status: 'signed', kind: 'licensing deal signed, long subject' },
      { at: '1.2', parties: ['Ridgeway Pictures', 'Clarion+'], status: 'in force', kind: 'the agreement takes effect (terms)' },
      { at: '3.1', parties: ['Ridgeway Pictures', 'HBN'], status: 'voided', kind: 'earlier contract terminated, relative clause' },
      { at: '3.2', parties: ['Ridgeway Pictures', 'HBN'], status: 'reached', kind: 'settled; the two companies' },
      { at: '5.1', parties: ['Screen Directors Guild', 'Ridgeway Pictures'], status: 'reached', kind: 'X and Y reached an agreement' },
      { at: '5.2', parties: ['Screen Directors Guild', 'Ridgeway Pictures'], status: 'in force', kind: 'under that agreement (terms)' },
    ],
  },

  // 3 — energy, wire copy: power-cable treaty ratified by one parliament, MoU and joint venture between grid firms.
  {
    name: 'undersea-power-cable-treaty',
    body: [
      `KASTRO, May 2 (Northgate Wire) — The parliament of Velmora ratified a treaty with neighbouring Ostreland on Tuesday to build a 600-megawatt undersea power cable between the two countries.`,
      `The treaty was signed by the two prime ministers in Kastro last September.`,
      ``,
      `Under the accord, each country will own half of the cable and share the cost of its upkeep.`,
      `Ostreland's parliament has not yet voted on it.`,
      ``,
      `The two state grid companies, Velnet and Ostgrid, signed a memorandum of understanding on Wednesday setting out how the cable will be operated.`,
      `They also agreed to set up a joint venture, Baltro Link, to build and run it.`,
      ``,
      `Velmora's opposition Green Party voted against the treaty, arguing that the cable would mainly carry coal power from Ostreland.`,
      `A similar cable deal between Velmora and its southern neighbour, Tarsia, collapsed in 2019 after a row over tariffs.`,
      `Velmora and Ostreland held talks on a joint gas pipeline in 2021, without result.`,
      ``,
      `Ostreland's energy minister, Piet Ramaker, said he expected his parliament to approve the treaty before the summer recess.`,
      `Talks on a second cable, to Norland, have not yet started.`,
      `If both parliaments approve it, construction could begin in 2027.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Velmora', 'Ostreland'], status: 'ratified', kind: 'parliament ratified treaty with, dateline' },
      { at: '1.2', parties: ['Velmora', 'Ostreland'], status: 'signed', kind: 'treaty passive signed by the two prime ministers' },
      { at: '2.1', parties: ['Velmora', 'Ostreland'], status: 'in force', kind: 'under the accord (terms)' },
      { at: '3.1', parties: ['Velnet', 'Ostgrid'], status: 'signed', kind: 'memorandum of understanding, apposition subject' },
      { at: '3.2', parties: ['Velnet', 'Ostgrid'], status: 'reached', kind: 'pronoun subject agreed to set up joint venture' },
      { at: '4.2', parties: ['Velmora', 'Tarsia'], status: 'collapsed', kind: 'deal between X and Y collapsed' },
    ],
  },

  // 4 — farming, British: growers accept a crisp maker's supply contract after rejecting a first offer.
  {
    name: 'potato-growers-crisp-contract',
    body: [
      `Growers in the Fenland Potato Cooperative have voted to accept a three-year supply contract with the snack maker Crunchley, ending months of uncertainty over the region’s largest buyer.`,
      `The contract guarantees a price of £185 a tonne for the first year, with later rises linked to the cost of fertiliser.`,
      ``,
      `Crunchley’s first offer, of £160 a tonne, was rejected by the cooperative in June.`,
      `The company then threatened to source more of its potatoes from the Netherlands.`,
      ``,
      `Cooperative chairman Ian Pocklington said members had been “backed into a corner”.`,
      `About a fifth of the 230 members voted against.`,
      ``,
      `Crunchley was bought by the American food group Halvorsen Brands in 2021.`,
      `It has also renewed its lease on a storage depot at Wisbeach owned by the cooperative.`,
      `Halvorsen Brands denied reports that it was looking for a buyer for Crunchley.`,
      ``,
      `A rival buyer, Golden Acre Foods, said it was still interested in working with the growers but had made no formal offer.`,
      `The cooperative’s board will meet in January to plan for next year’s harvest.`,
      `Golden Acre’s supply agreement with Marsh Lane Growers in Lincolnshire was cancelled by the growers last year after the company missed three payments.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Fenland Potato Cooperative', 'Crunchley'], status: 'approved', kind: 'voted to accept a contract with' },
      { at: '1.2', parties: ['Fenland Potato Cooperative', 'Crunchley'], status: 'in force', kind: 'the contract guarantees (terms)' },
      { at: '2.1', parties: ['Crunchley', 'Fenland Potato Cooperative'], status: 'rejected', kind: 'offer passive rejected by' },
      { at: '4.1', parties: ['Halvorsen Brands', 'Crunchley'], status: 'reached', kind: 'passive bought by' },
      { at: '4.2', parties: ['Crunchley', 'Fenland Potato Cooperative'], status: 'in force', kind: 'pronoun renewed lease; owner by definite description' },
      { at: '5.3', parties: ['Golden Acre Foods', 'Marsh Lane Growers'], status: 'voided', kind: 'supply agreement passive cancelled' },
    ],
  },

  // 5 — sport, British: rugby club ground-share with a football club, sale of the old ground, sponsorships.
  {
    name: 'rugby-football-ground-share',
    body: [
      `Harbury Rugby Club will play its home games at the Eastfield Stadium from next season after agreeing a ten-year ground-share with Eastfield Town Football Club.`,
      `The agreement was approved by the football club's board on Wednesday night.`,
      ``,
      `Harbury have played at Mill Lane since 1904, but the club sold the ground to the housebuilder Brackley Homes in 2023 to pay off its debts.`,
      `Under the ground-share, Harbury will pay £400,000 a year in rent and keep all ticket income from rugby matches.`,
      ``,
      `Harbury's chief executive, Owen Price, said the club had looked at building a new stadium but decided it could not afford one.`,
      `The move must still be approved by the league.`,
      `Price denied that the two clubs had ever discussed a full merger.`,
      ``,
      `Eastfield’s shirt sponsorship deal with the energy firm Voltra was extended until 2028 on the same day.`,
      `Harbury's own sponsor, the bookmaker BetBrook, pulled out of its contract in the summer, citing the club’s financial problems.`,
      ``,
      `Eastfield supporters’ groups met club officials on Monday to raise concerns about damage to the pitch.`,
      `Fans of both clubs staged a joint protest in August against any plan to share.`,
      `If the grass cannot cope, the football club will install a hybrid surface at a cost of about £1 million.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harbury Rugby Club', 'Eastfield Town Football Club'], status: 'reached', kind: 'after agreeing a ground-share with' },
      { at: '1.2', parties: ['Harbury Rugby Club', 'Eastfield Town Football Club'], status: 'approved', kind: 'agreement passive approved by board' },
      { at: '2.1', parties: ['Harbury Rugby Club', 'Brackley Homes'], status: 'reached', kind: 'sold the ground to, second clause' },
      { at: '2.2', parties: ['Harbury Rugby Club', 'Eastfield Town Football Club'], status: 'in force', kind: 'under the ground-share (terms)' },
      { at: '4.1', parties: ['Eastfield Town Football Club', 'Voltra'], status: 'in force', kind: 'sponsorship extended; short club name' },
      { at: '4.2', parties: ['BetBrook', 'Harbury Rugby Club'], status: 'voided', kind: 'pulled out of its contract' },
    ],
  },

  // 6 — courts, American: class action settlement over boilers, approved after an earlier rejection; sale of the business.
  {
    name: 'boiler-class-action-settlement',
    body: [
      `A federal judge on Friday approved a $36 million settlement between the heating manufacturer Thermacore and about 90,000 homeowners who said its boilers leaked carbon monoxide.`,
      `Thermacore agreed to the settlement in March without admitting wrongdoing.`,
      ``,
      `Under the deal, each homeowner will receive up to $400 and a free safety inspection.`,
      `Lawyers for the homeowners had initially sought $150 million.`,
      `If too many homeowners opt out, Thermacore can still walk away.`,
      ``,
      `Judge Renata Ocampo rejected an earlier version of the settlement in June, saying the fees for the plaintiffs' lawyers were too high.`,
      `The company has denied that it agreed to recall any boilers.`,
      ``,
      `Thermacore's parent, Hollis Industries, said in a filing that it had agreed to sell the boiler business to the Swedish group Norvalla for $210 million.`,
      `That sale is expected to close by the end of the year.`,
      `Norvalla's board has not yet voted on the purchase.`,
      ``,
      `A separate lawsuit brought by the attorney general of Delmont is still pending, and settlement talks broke down last month.`,
      `Thermacore's 2018 distribution contract with the retailer HomeBase Depot was terminated after the first complaints surfaced.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Thermacore', 'homeowners'], status: 'approved', kind: 'judge approved settlement between' },
      { at: '1.2', parties: ['Thermacore', 'homeowners'], status: 'reached', kind: 'agreed to the settlement; other party from context' },
      { at: '2.1', parties: ['Thermacore', 'homeowners'], status: 'in force', kind: 'under the deal (terms)' },
      { at: '3.1', parties: ['Thermacore', 'homeowners'], status: 'rejected', kind: 'judge rejected earlier version' },
      { at: '4.1', parties: ['Hollis Industries', 'Norvalla'], status: 'reached', kind: 'reported: agreed to sell a business to' },
      // Session 19 (a48) relabel: "That sale is expected to close …" is a later mention of the sale in
      // 4.1 (its completion forecast), as the unseen sets 35–37, blind-8, blind-31 and the fixtures'
      // brief ("later mentions count") label it; this set had left it unlabelled.
      { at: '4.2', parties: ['Hollis Industries', 'Norvalla'], status: 'reached', kind: 'later mention: completion forecast' },
      { at: '5.2', parties: ['Thermacore', 'HomeBase Depot'], status: 'voided', kind: 'contract passive terminated' },
    ],
  },

  // 7 — tech, British: takeover abandoned after shareholder approval; break fee; partnership; licence signed then cancelled.
  {
    name: 'password-manager-takeover-abandoned',
    body: [
      `Sentrix, the Helsinki-based cybersecurity company, has abandoned its €1.1 billion takeover of the password manager KeyVault after competition regulators raised objections.`,
      `The two companies had agreed the deal in February.`,
      ``,
      `KeyVault's shareholders approved the acquisition in April, with 94 per cent voting in favour.`,
      `The European Commission opened an in-depth investigation in May.`,
      `Sentrix offered to sell its own password product to win approval, but the Commission said the remedy did not go far enough.`,
      ``,
      `Under the merger agreement, Sentrix must now pay KeyVault a break fee of €45 million.`,
      `KeyVault chief executive Lena Moor said the company would "carry on as before".`,
      ``,
      `Sentrix has also signed a partnership with the chipmaker Arvion to build password-free log-ins into laptop processors.`,
      `KeyVault, meanwhile, is understood to have held early talks with the American firm Portcullis Security.`,
      ``,
      `Analysts said a bid from Portcullis would face fewer objections, because it has no password product of its own.`,
      `In 2022 KeyVault signed a five-year licensing agreement with the browser maker Orbis.`,
      `Orbis cancelled the agreement last month.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Sentrix', 'KeyVault'], status: 'collapsed', kind: 'abandoned its takeover of' },
      { at: '1.2', parties: ['Sentrix', 'KeyVault'], status: 'reached', kind: 'the two companies had agreed the deal' },
      { at: '2.1', parties: ['Sentrix', 'KeyVault'], status: 'approved', kind: 'shareholders approved the acquisition' },
      { at: '3.1', parties: ['Sentrix', 'KeyVault'], status: 'in force', kind: 'under the merger agreement (break fee)' },
      { at: '4.1', parties: ['Sentrix', 'Arvion'], status: 'signed', kind: 'partnership signed with' },
      { at: '5.2', parties: ['KeyVault', 'Orbis'], status: 'signed', kind: 'licensing agreement signed with, fronted year' },
      { at: '5.3', parties: ['KeyVault', 'Orbis'], status: 'voided', kind: 'later mention cancelled by one party' },
    ],
  },

  // 8 — retail, British: bookshop chain bought by private equity, flagship lease, breached distribution deal, joint venture dissolved.
  {
    name: 'bookshop-chain-bought-private-equity',
    body: [
      `The private equity firm Alder Rock Capital has bought the bookshop chain Pageturner for £62 million, ending 80 years of family ownership.`,
      `The deal was cleared by the Competition and Markets Board on Monday.`,
      ``,
      `Alder Rock said it had no plans to close any of Pageturner’s 74 shops.`,
      `Staff at the chain’s warehouse in Kettering have voted to strike over pay.`,
      `Alder Rock denied that it intended to sell the warehouse.`,
      ``,
      `Pageturner has also agreed a new 15-year lease on its flagship store on Broad Street with the landlord, St Aubyn Estates.`,
      `Under the lease, the rent will be cut by a third for the first five years.`,
      ``,
      `A rival bidder, the online retailer Quillo, offered £70 million in the spring but withdrew after examining the accounts.`,
      `Pageturner’s distribution agreement with the wholesaler Bramwell Books was breached when Bramwell failed to deliver for six weeks last winter, according to court papers.`,
      ``,
      `Chairman Giles Hartwell said the family had decided to sell after his father’s death last year.`,
      `The Retail Workers’ Union has asked Alder Rock for a meeting.`,
      `A 2021 joint venture between Pageturner and the café chain Bean Republic to run coffee bars inside its shops was dissolved in January.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Alder Rock Capital', 'Pageturner'], status: 'reached', kind: 'has bought' },
      { at: '1.2', parties: ['Alder Rock Capital', 'Pageturner'], status: 'approved', kind: 'deal passive cleared by regulator' },
      { at: '3.1', parties: ['Pageturner', 'St Aubyn Estates'], status: 'reached', kind: 'agreed a lease with, apposed landlord' },
      { at: '3.2', parties: ['Pageturner', 'St Aubyn Estates'], status: 'in force', kind: 'under the lease (terms)' },
      { at: '4.2', parties: ['Pageturner', 'Bramwell Books'], status: 'breached', kind: 'agreement passive breached, according to' },
      { at: '5.3', parties: ['Pageturner', 'Bean Republic'], status: 'voided', kind: 'joint venture passive dissolved' },
    ],
  },
];

export const BLIND7_CLOSE_NON_AGREEMENTS: Record<string, string[]> = {
  'bus-franchise-contract': ['1.3', '2.3', '3.2', '3.3', '4.1'],
  'film-catalogue-streaming-licence': ['2.1', '2.2', '2.3', '4.1', '4.2', '5.3'],
  'undersea-power-cable-treaty': ['2.2', '4.1', '4.3', '5.1', '5.2', '5.3'],
  'potato-growers-crisp-contract': ['2.2', '3.1', '3.2', '4.3', '5.1', '5.2'],
  'rugby-football-ground-share': ['3.1', '3.2', '3.3', '5.1', '5.2', '5.3'],
  'boiler-class-action-settlement': ['2.2', '2.3', '3.2', '4.2', '4.3', '5.1'],
  'password-manager-takeover-abandoned': ['2.2', '2.3', '3.2', '4.2', '5.1'],
  'bookshop-chain-bought-private-equity': ['2.1', '2.2', '2.3', '4.1', '5.1', '5.2'],
};
