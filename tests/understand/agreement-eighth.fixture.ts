/**
 * The eighth agreement set (session g): my own variants, in my own words and names, of the kinds
 * blind set 2 still missed — parties given as definite descriptions ("the utility", "the two
 * countries"), later mentions in the passive with an owner ("X's earlier partnership with Y was
 * terminated", "a previous concession held by X was cancelled"), terms sentences ("Under its
 * terms, …", "The accord commits both …"), other statuses (an offer rejected in the passive, a
 * truce brokered by a third side that collapsed, a draft put forward) and close non-agreements
 * (a condition, a pending approval, a negated proposal, a request, a comment on a contract).
 * Labelled before the extractor was run on them, by the rule of agreement-patterns.fixture.ts
 * (and blind set 2's: a pending approval, a condition, a request or a comment is no agreement
 * sentence). Scored by `npx tsx bench/facts-eval.ts --score patterns --eighth`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const EIGHTH_ARTICLES: readonly PatternArticle[] = [
  {
    name: 'definite descriptions',
    body: [
      'Mellwood Power, the state’s largest electricity utility, was sued by the town of Harnock after a week-long blackout in 2023.',
      'The utility and the town signed a settlement on Friday that pays each household $900.',
      '',
      'Tollan Shipping had accused the Brisk Insurance group of delaying storm claims for two years.',
      'The insurer reached a settlement with the shipowner in March, the two companies said.',
      '',
      'Orsova’s navy and Kelland’s coast guard clashed twice over fishing grounds last spring.',
      'The two countries signed a maritime boundary treaty in Geneva on Sunday.',
      '',
      'Pellham District Council has spent a year negotiating with the bus operator Greyline over rural routes.',
      'On Tuesday the council approved a ten-year contract with the operator.',
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Mellwood Power', 'Harnock'], status: 'signed', kind: 'definite description parties' },
      { at: '2.2', parties: ['Brisk Insurance', 'Tollan Shipping'], status: 'reached', kind: 'definite description parties' },
      { at: '3.2', parties: ['Orsova', 'Kelland'], status: 'signed', kind: 'the two countries' },
      { at: '4.2', parties: ['Pellham District Council', 'Greyline'], status: 'approved', kind: 'definite description parties' },
    ],
  },
  {
    name: 'the two clubs',
    body: [
      'Dunmore Rovers have agreed a fee of 8 million pounds with Caddick Athletic for the midfielder Jonas Pell.',
      'The two clubs had fallen out over an unpaid loan fee last year.',
      'Under the deal, Caddick will receive a further 1 million pounds if Dunmore win promotion.',
      '',
      'Residents of Ashby Court sued their landlord, Carrick Homes, over damp flats in 2024.',
      'The residents accepted a settlement from the landlord on Wednesday.',
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Dunmore Rovers', 'Caddick Athletic'], status: 'reached', kind: 'agreed fee with' },
      { at: '1.3', parties: ['Dunmore Rovers', 'Caddick Athletic'], status: 'reached', kind: 'under the deal' },
      { at: '2.2', parties: ['Ashby Court', 'Carrick Homes'], status: 'reached', kind: 'definite description parties' },
    ],
  },
  {
    name: 'passive later mentions with an owner',
    body: [
      'Dellmont Labs signed a licensing agreement with Okabe Chemicals on Monday.',
      'Dellmont’s earlier licensing agreement with Crane Pharma was terminated in 2021 after a patent dispute.',
      '',
      'The Harlan Port Authority leased the old grain terminal to Vesko Freight for 20 years.',
      'A previous lease held by Ostrova Logistics on the terminal was cancelled by the port authority in 2019.',
      '',
      'Sandwick Buses had its operating licence revoked by the Transport Board last year.',
      'The carrier’s former sponsorship deal with Kestrel Bank was ended by the bank in May.',
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Dellmont Labs', 'Okabe Chemicals'], status: 'signed', kind: 'signed agreement with' },
      { at: '1.2', parties: ['Dellmont Labs', 'Crane Pharma'], status: 'voided', kind: 'later mention possessive passive' },
      { at: '2.1', parties: ['Harlan Port Authority', 'Vesko Freight'], status: 'reached', kind: 'leased to' },
      { at: '2.2', parties: ['Ostrova Logistics', 'Harlan Port Authority'], status: 'voided', kind: 'later mention held by passive' },
      { at: '3.1', parties: ['Sandwick Buses', 'Transport Board'], status: 'voided', kind: 'had its licence revoked' },
      { at: '3.2', parties: ['Sandwick Buses', 'Kestrel Bank'], status: 'voided', kind: 'later mention possessive passive' },
    ],
  },
  {
    name: 'terms sentences',
    body: [
      'Harwell Turbines signed a supply contract with the Danish developer Nordvind on Thursday.',
      'Under its terms, Harwell will deliver 40 turbines a year until 2030.',
      '',
      'Tessaly and Brenmark ratified a water-sharing accord last month.',
      'The accord commits both governments to releasing at least 30 percent of the river’s flow downstream.',
      'It also obliges Tessaly to warn its neighbour before opening the dam.',
      '',
      'The Ironworkers’ Guild reached a pay deal with Carrow Steel after a four-week strike.',
      'The terms of the deal give members a 5 percent rise in each of the next two years.',
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harwell Turbines', 'Nordvind'], status: 'signed', kind: 'signed contract with' },
      { at: '1.2', parties: ['Harwell Turbines', 'Nordvind'], status: 'signed', kind: 'under its terms' },
      { at: '2.1', parties: ['Tessaly', 'Brenmark'], status: 'ratified', kind: 'ratified accord' },
      { at: '2.2', parties: ['Tessaly', 'Brenmark'], status: 'ratified', kind: 'accord commits' },
      { at: '2.3', parties: ['Tessaly', 'Brenmark'], status: 'ratified', kind: 'it obliges' },
      { at: '3.1', parties: ['Ironworkers’ Guild', 'Carrow Steel'], status: 'reached', kind: 'reached deal with' },
      { at: '3.2', parties: ['Ironworkers’ Guild', 'Carrow Steel'], status: 'reached', kind: 'the terms of the deal give' },
    ],
  },
  {
    name: 'other statuses',
    body: [
      'The Drivers’ Union and Metro Coaches signed a new pay agreement on Friday.',
      'An earlier offer of 3 percent was rejected by the union in June.',
      '',
      'A ceasefire between the Red Hand militia and the Ossic Front, brokered by envoys from Qatar, broke down on Sunday.',
      'A truce between the Delta Fishers’ Union and the Saltport Trawler Association, mediated by the harbour board, collapsed in July.',
      '',
      'The health ministries of Aldora and Vesk have put forward a joint draft agreement on sharing patient data.',
      'A proposed merger with Calder Foods was rejected by Pinecrest Dairy’s shareholders on Monday.',
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Drivers’ Union', 'Metro Coaches'], status: 'signed', kind: 'signed agreement' },
      { at: '1.2', parties: ['Drivers’ Union', 'Metro Coaches'], status: 'rejected', kind: 'offer rejected passive by' },
      { at: '2.1', parties: ['Red Hand militia', 'Ossic Front'], status: 'collapsed', kind: 'truce between brokered collapsed' },
      { at: '2.2', parties: ['Delta Fishers’ Union', 'Saltport Trawler Association'], status: 'collapsed', kind: 'truce between brokered collapsed' },
      { at: '3.1', parties: ['Aldora', 'Vesk'], status: 'proposed', kind: 'draft put forward' },
      { at: '3.2', parties: ['Pinecrest Dairy', 'Calder Foods'], status: 'rejected', kind: 'proposed merger rejected by' },
    ],
  },
  {
    name: 'not agreements',
    body: [
      'Norrland Telecom agreed to buy the cable operator Vistamar for 2 billion crowns on Monday.',
      'If the regulator blocks the takeover, Norrland will pay Vistamar a break fee of 100 million crowns.',
      'The purchase must still be approved by Vistamar’s shareholders.',
      'The deal also awaits approval from the competition authority.',
      '',
      'Neither company has proposed changes to the deal since it was announced.',
      'Unions have asked Norrland to publish the staffing annex of the agreement.',
      'One analyst said the contract was unusually generous to Vistamar’s founders.',
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Norrland Telecom', 'Vistamar'], status: 'reached', kind: 'agreed to buy' },
      // Session 18 (a45): a deal waiting on a step is a later mention of it (the rule blind sets 28, 30, 31, 33 and 34 label by); relabelled.
      { at: '1.4', parties: ['Norrland Telecom', 'Vistamar'], status: 'reached', kind: 'the deal awaits approval' },
    ],
  },
];
