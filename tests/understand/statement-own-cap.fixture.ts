/**
 * Four invented news articles (session 11, helper cap), written and labelled before the tagger or
 * the statement reader was read or run on them, to measure carry of one general correction: names
 * whose words are also common verbs or nouns ("Snow Watch", "Sheepwash Fold Capital", "the Board
 * of Glass Standards", "the Plover Evening Post") in speaker, listener and publication places.
 * Same format and labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-cap`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_CAP_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a local paper: a glassworks closes.
  {
    name: 'glassworks-closure',
    body: [
      `Workers at Quillhurst Glass Works learned on Monday that the furnace will close in June, the Wrenfield Herald reported.`,
      ``,
      `The owner, Drossel Crystal, said the plant had lost money in each of the last five years.`,
      `About 140 people work at the site.`,
      ``,
      `The Guild of Glass Blowers said it would fight the closure.`,
      `"We were told nothing until the gates were locked," said Tessa Varnley, a cutter at the works for 22 years.`,
      `Varnley said the town would not recover without the furnace.`,
      ``,
      `A spokeswoman for the Board of Glass Standards said inspectors had visited the site twice this year.`,
      `The furnace was lit in 1911 and has burned almost without a break since then.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Wrenfield Herald', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Drossel Crystal', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Guild of Glass Blowers', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'Tessa Varnley', cue: 'direct', who: 'person' },
      { at: '3.3', speaker: 'Tessa Varnley', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'spokeswoman|Board of Glass Standards', cue: 'reported', who: 'organisation' },
    ],
  },
  // 2 — arts page: a playhouse closes; a councillor writes in the local paper.
  {
    name: 'playhouse-last-show',
    body: [
      `The Fallowmere Playhouse will stage its last show in August, its director told the Plover Evening Post on Friday.`,
      `Imogen Sallow said rising heating and lighting costs had left the theatre no choice.`,
      ``,
      `The Guild of Stage Lighting said in a statement that the closure was a loss for the whole county.`,
      `Grants from the Northern Shires Arts Fund ended in 2024, according to the playhouse's accounts.`,
      ``,
      `Local councillor Rhys Caddow wrote in the Fallowmere Crier that the town had "let its theatre die".`,
      `The Crier has started a petition to save the building.`,
      `"A town without a stage is a town without a voice," the petition reads.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Imogen Sallow|director', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: 'Imogen Sallow', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Guild of Stage Lighting', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'accounts|playhouse|Fallowmere Playhouse', cue: 'according-to', who: 'document' },
      { at: '3.1', speaker: 'Rhys Caddow', cue: 'reported', who: 'person' },
      { at: '3.3', speaker: 'petition', cue: 'direct', who: 'document' },
    ],
  },
  // 3 — a mountain rescue, with a volunteer group named by a verb-like word.
  {
    name: 'fell-rescue',
    body: [
      `Two walkers were found alive on Cragside Fell on Sunday after a night in the snow, the Scarrow Valley Rescue Team said.`,
      `Team leader Owain Pryddy told the Dalebeck Gazette the pair had followed a path marked on an old map.`,
      `"They did everything right once they knew they were lost," he said.`,
      ``,
      `The Office of Upland Access says new posts will mark the path by spring.`,
      `Snow Watch, a volunteer group that records the depth of drifts, said 40 centimetres fell overnight.`,
      `Both walkers were treated in hospital for cold.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Scarrow Valley Rescue Team', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Owain Pryddy', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Owain Pryddy', cue: 'direct', who: 'person' },
      { at: '2.1', speaker: 'Office of Upland Access', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Snow Watch', cue: 'reported', who: 'group' },
    ],
  },
  // 4 — business page: an outdoor-clothing retailer's shares fall.
  {
    name: 'outfitter-shares-fall',
    body: [
      `Shares in Hollow Peak Outfitters fell by a fifth on Thursday after the company said its spring sales had collapsed.`,
      `Chief executive Dana Whitlow told analysts that the mild winter had kept customers away.`,
      ``,
      `Analysts at Grey Heron Securities said the shares could fall further.`,
      `"The brand has lost its shine," wrote Priya Anstruther, who follows the firm for the Amberley Ledger.`,
      ``,
      `The company's biggest shareholder, Sheepwash Fold Capital, said it still backed the board.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Hollow Peak Outfitters|company', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Dana Whitlow', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Grey Heron Securities|analysts', cue: 'reported', who: 'group' },
      { at: '2.2', speaker: 'Priya Anstruther', cue: 'direct', who: 'person' },
      { at: '3.1', speaker: 'Sheepwash Fold Capital', cue: 'reported', who: 'organisation' },
    ],
  },
];
