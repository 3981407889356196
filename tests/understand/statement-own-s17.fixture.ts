/**
 * Five invented news articles (statements, session 11, helper s17), written BEFORE reading the
 * statement extractor's code, to measure carry of the document "cast" (speakers' descriptions and
 * pronouns resolved by kind and recency): "the company / the housebuilder / the operator / the
 * retailer said" after a body named earlier (sometimes only in the article's own voice, sometimes
 * by a longer name), "it said" with a place named nearer, "she"/"he" with a man and a woman both
 * named. First sight on d6cc9b9: 24/28 right speaker, one own-voice sentence given a speaker. Its
 * articles were then used while debugging the round's first fixes, so its end figure (28/28) is a
 * tuned one; own-s17b is the unseen set of the round. Same format and labelling rule as
 * statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s17`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S17_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a product recall: a company named in own voice, then "the battery maker" and "it".
  {
    name: 'battery-recall',
    body: [
      `Velantra Components recalled 12,000 electric bike batteries on Monday after reports of overheating in the Wendle Valley.`,
      `The Lyndhurst-based battery maker said no one had been hurt.`,
      `It said owners should stop charging the packs at once.`,
      ``,
      `The Rider Safety Network, a charity, had warned in May that the packs ran hot.`,
      `Its director, Imogen Tilsworth, said the recall came "far too late".`,
      `She added that three fires had been reported to the charity.`,
      ``,
      `Shares in Velantra fell 6 per cent.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Velantra Components|Velantra', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'Velantra Components|Velantra', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Rider Safety Network', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Imogen Tilsworth', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'Imogen Tilsworth', cue: 'reported', who: 'person' },
    ],
  },
  // 2 — a planning refusal: a housebuilder and a council, a place named between them.
  {
    name: 'housing-refusal',
    body: [
      `Plans for 240 homes on the edge of Stainthorpe were rejected by Quarley District Council on Wednesday.`,
      ``,
      `Bexwell Homes, which had applied to build on the former dairy site, said it would appeal.`,
      `The housebuilder said the council had ignored its own planning officers.`,
      ``,
      `Councillor Derek Mensforth, who chairs the planning committee, said the site flooded most winters.`,
      `"We cannot put families in homes that will be underwater by February," he said.`,
      ``,
      `Stainthorpe has grown by a third since 2001.`,
      `It needs new homes, according to a county report published last year.`,
      `The council said it would look at two other sites next year.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Bexwell Homes', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Bexwell Homes', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Derek Mensforth', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Derek Mensforth', cue: 'direct', who: 'person' },
      { at: '4.2', speaker: 'county report|report', cue: 'according-to', who: 'document' },
      { at: '4.3', speaker: 'Quarley District Council', cue: 'reported', who: 'organisation' },
    ],
  },
  // 3 — a museum sale: a woman and a man both named, then pronouns for each, then a second woman.
  {
    name: 'museum-tapestry',
    body: [
      `The Greywell Museum of Rural Life will sell a 17th-century tapestry to pay for a new roof, its trustees announced on Thursday.`,
      ``,
      `The decision was opposed by the museum's founder, Margaret Pennick, and by the local MP, Tom Quenby.`,
      `Ms Pennick said the tapestry had been given on condition that it never left the building.`,
      `She said she would ask the Charity Commission to block the sale.`,
      ``,
      `Mr Quenby said he understood the trustees' position but hoped a buyer in Britain could be found.`,
      `He said he had written to the culture secretary.`,
      ``,
      `The museum's director, Priya Wendt, said the roof had leaked for a decade.`,
      `"Without a roof there is no museum," she told the Norbury Gazette.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'trustees|Greywell Museum of Rural Life', cue: 'reported', who: 'group' },
      { at: '2.2', speaker: 'Margaret Pennick', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'Margaret Pennick', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Tom Quenby', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Tom Quenby', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'Priya Wendt', cue: 'reported', who: 'person' },
      { at: '4.2', speaker: 'Priya Wendt', cue: 'direct', who: 'person' },
    ],
  },
  // 4 — a strike: a union with a long name, a contractor called "the operator" and "it".
  {
    name: 'bin-strike',
    body: [
      `Bin collections in Wrexley will stop for two weeks from Monday, the Municipal and Transport Workers' Union said.`,
      `The union said talks with Tarnmoor Environmental Services had broken down over night-shift pay.`,
      ``,
      `Tarnmoor, which collects waste from 60,000 homes in the borough, said it was "disappointed".`,
      `The operator said it had offered a 5 per cent rise.`,
      `Households should keep recycling indoors until the strike ends, it said.`,
      ``,
      `Wrexley residents have faced two strikes in three years.`,
      `Their councillor, Ruth Mabey, said the borough would hire private crews if the stoppage went on.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: "Municipal and Transport Workers' Union", cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: "Municipal and Transport Workers' Union", cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Tarnmoor Environmental Services|Tarnmoor', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Tarnmoor Environmental Services|Tarnmoor', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'Tarnmoor Environmental Services|Tarnmoor', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'Ruth Mabey', cue: 'reported', who: 'person' },
    ],
  },
  // 5 — results: a retailer named in own voice by a longer name, a broker named in between.
  {
    name: 'optician-results',
    body: [
      `Tandridge Optical Group, the spectacles retailer, closed 30 shops in the year to March.`,
      `Sales fell 8 per cent to £410m.`,
      `The company said higher rents had made the smaller stores unprofitable.`,
      ``,
      `Its chief executive, Lionel Basu, said the chain would open clinics inside supermarkets instead.`,
      ``,
      `Analysts at Loxley Securities said Tandridge had been slow to sell online.`,
      `The retailer said online sales had doubled in the second half.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Tandridge Optical Group|Tandridge', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Lionel Basu', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'analysts|Loxley Securities', cue: 'reported', who: 'group' },
      { at: '3.2', speaker: 'Tandridge Optical Group|Tandridge', cue: 'reported', who: 'organisation' },
    ],
  },
];
