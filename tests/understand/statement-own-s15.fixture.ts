/**
 * Five invented news articles (statements round 2, session 10, helper s15) for "the company said"
 * after a body named only in the article's own voice, capitalised determiners and possessives
 * opening the sentence before such a cue, names with a trailing abbreviation described by their
 * trade, and pronouns after a speaker in apposition to a possessive ("Mrs Tey's son, Graham Tey").
 * Written after the fixes of helper s15 (so not a blind figure), one sentence or two a paragraph as
 * in wire copy. Same format and labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s15`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S15_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a water company's drought measures, named once in the article's own voice.
  {
    name: 'hosepipe-ban',
    body: [
      `Brackwater Springs has banned the use of hosepipes across three counties from Friday, the first such ban in the region since 2018.`,
      ``,
      `The restriction covers about 900,000 homes and businesses.`,
      ``,
      `Reservoir stocks stood at 51% on Monday, against 78% a year earlier, the company said.`,
      ``,
      `Its engineers have repaired 1,200 leaks since April, it added.`,
      ``,
      `Customers who break the ban can be fined up to £1,000.`,
      `The Consumer Council for Water said the measures were "overdue" and urged the firm to cut leakage further.`,
      ``,
      `"We would rather not be here, but the rain simply has not come," said Brackwater Springs' operations director, Neil Harbury.`,
    ].join('\n'),
    gold: [
      { at: '3.1', speaker: 'Brackwater Springs', cue: 'reported', who: 'organisation' },
      { at: '4.1', speaker: 'Brackwater Springs', cue: 'reported', who: 'organisation' },
      { at: '5.2', speaker: 'Consumer Council for Water|The Consumer Council for Water', cue: 'reported', who: 'organisation' },
      { at: '6.1', speaker: 'Neil Harbury', cue: 'direct', who: 'person' },
    ],
  },
  // 2 — results of a company with an abbreviation, described by its trade.
  {
    name: 'furniture-maker-results',
    body: [
      `Shares in Orrin Home Inc. fell 11% on Wednesday after the furniture maker cut its sales forecast for the second time this year.`,
      ``,
      `The company now expects revenue of $1.9bn, down from $2.1bn.`,
      ``,
      `The board has approved a review of its 40 showrooms, the retailer said in a filing.`,
      ``,
      `Analysts at Castle Row Securities said the cut was "worse than feared".`,
      ``,
      `Orrin's chief financial officer, Dana Pell, said on a call with investors that demand for sofas had "fallen off a cliff" in May.`,
      `She said the company would not cut its dividend.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Orrin Home Inc.|Orrin Home', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Orrin Home Inc.|Orrin Home', cue: 'reported', who: 'organisation' },
      { at: '4.1', speaker: 'analysts|Analysts at Castle Row Securities|Castle Row Securities', cue: 'reported', who: 'group' },
      { at: '5.1', speaker: 'Dana Pell', cue: 'reported', who: 'person' },
      { at: '5.2', speaker: 'Dana Pell', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — an inquest, family members named in apposition to a possessive.
  {
    name: 'cyclist-inquest',
    body: [
      `A retired teacher who died after her bicycle was struck by a van on the A38 was unlawfully killed, a coroner has ruled.`,
      ``,
      `Jean Tey, 71, was cycling home from a choir practice in Lanreath in November.`,
      ``,
      `The van's driver, Martin Cole, told the inquest in Bodmin he had been dazzled by the low sun.`,
      ``,
      `Outside the court, Mrs Tey's son, Graham Tey, said the family had never blamed the driver.`,
      `"What we want is a proper cycle lane on that road, so that no other family goes through this," he said.`,
      ``,
      `His sister, Ruth Adair, said their mother had ridden the route for 30 years.`,
      `"She knew every bend of it," she said.`,
      ``,
      `Cornwall Council said a safety review of the road would report in the spring.`,
    ].join('\n'),
    gold: [
      // 1.1: a ruling, a decision in the article's own voice as the blind sets label every ruling and order
      // (31, 37, 41, 47, 51; issue 10: a decision is no quote); relabelled in session 27.
      { at: '3.1', speaker: 'Martin Cole', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'Graham Tey', cue: 'reported', who: 'person' },
      { at: '4.2', speaker: 'Graham Tey', cue: 'direct', who: 'person' },
      { at: '5.1', speaker: 'Ruth Adair', cue: 'reported', who: 'person' },
      { at: '5.2', speaker: 'Ruth Adair', cue: 'direct', who: 'person' },
      { at: '6.1', speaker: 'Cornwall Council', cue: 'reported', who: 'organisation' },
    ],
  },
  // 4 — a bank and a council in one story: "the bank" and "the council" each their own.
  {
    name: 'branch-closure',
    body: [
      `Halberd Bank is to close its last branch in the market town of Wyvern, leaving 14,000 residents without a bank.`,
      ``,
      `Wyvern Town Council had asked for the branch to stay open until a banking hub was in place.`,
      ``,
      `Fewer than 90 customers a week now use the counter, the bank said.`,
      ``,
      `Our members were not consulted, the council said in a statement.`,
      ``,
      `The Wyvern branch opened in 1894.`,
      `Its closure was "a sad day for the high street", the town's mayor, Priya Okafor, said.`,
    ].join('\n'),
    gold: [
      { at: '3.1', speaker: 'Halberd Bank', cue: 'reported', who: 'organisation' },
      { at: '4.1', speaker: 'Wyvern Town Council', cue: 'reported', who: 'organisation' },
      { at: '5.2', speaker: 'Priya Okafor', cue: 'reported', who: 'person' },
    ],
  },
  // 5 — a recall by a food firm; the subject of the first sentence is only an owner.
  {
    name: 'yoghurt-recall',
    body: [
      `Glenmarr Dairy Ltd's yoghurts have been withdrawn from sale in 2,000 shops after traces of plastic were found in one batch.`,
      ``,
      `The Food Standards Agency said the risk to health was low.`,
      ``,
      `The batch was made at its plant in Ayr on 3 June, the firm said.`,
      ``,
      `No one has reported being ill.`,
      `Customers can return the pots for a full refund, according to the company.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Food Standards Agency|The Food Standards Agency', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Glenmarr Dairy Ltd|Glenmarr Dairy', cue: 'reported', who: 'organisation' },
      { at: '4.2', speaker: 'Glenmarr Dairy Ltd|Glenmarr Dairy', cue: 'according-to', who: 'organisation' },
    ],
  },
];
