/**
 * Invented news articles (statements, session 23, helper s40), written for issue 10's kinds of the
 * sets 45-49: documents as speakers ("The report found …" after "A flood report commissioned by …";
 * "According to a 2024 survey of hedgerows commissioned by …"; "a warden's report"); a place and its
 * region before the speaker ("in Fenwick Mills, Ohio, Dorrit Kaplow …", "a cellist in Dunmore,
 * Vermont, who told …"); "the company" after a firm described with a place before its noun ("the
 * Holtby maker of dried pasta", "Pellow's, the Marnham baker"); "According to him"; "said retired
 * nurse X"; a linked headline glued before a group subject ("Read more: … Vendors along Mill Row said"); a hyphenated surname as the subject before "he says". Same format and labelling rule as
 * statement-blind.fixture.ts. Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s40`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S40_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — documents: a report named in full, then "The report"; a study and what it is of; an indefinite owner's possessive.
  {
    name: 'weir-report-documents',
    body: [
      `A flood report commissioned by Lowmoor Town Council in 2023 described the Ashby weir as "beyond repair".`,
      `The report found that the sluice gates had not been greased for a decade.`,
      ``,
      `According to a 2024 survey of hedgerows commissioned by the parish trust, a third of the field edges have no hedge left.`,
      `Farmers told the survey team that the cost of planting had put them off.`,
      ``,
      `According to a warden's report commissioned by the board, the footpath flooded on 40 days last winter.`,
      `The report warned that the bridge at Fell End could close by spring.`,
      `The board meets again in June.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'flood report', cue: 'reported', who: 'document' },
      { at: '1.2', speaker: 'flood report', cue: 'reported', who: 'document' },
      { at: '2.1', speaker: '2024 survey of hedgerows|survey', cue: 'according-to', who: 'document' },
      { at: '2.2', speaker: 'farmers', cue: 'reported', who: 'group' },
      { at: '3.1', speaker: "warden's report", cue: 'according-to', who: 'document' },
      { at: '3.2', speaker: "warden's report", cue: 'reported', who: 'document' },
    ],
  },
  // 2 — a feature: a town and its state before the subject; a person placed by town and state; "According to him".
  {
    name: 'guitar-maker-feature-places',
    body: [
      `In a back room above a bakery in Fenwick Mills, Ohio, Dorrit Kaplow is sanding the neck of her 90th guitar.`,
      `She figures it will be done by Easter.`,
      ``,
      `Buyers include a cellist in Dunmore, Vermont, who told this paper the guitar had "a warm, dark voice".`,
      `Kaplow's apprentice, Tobin Rake, said the waiting list ran to two years.`,
      `According to him, nobody has cancelled an order.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Dorrit Kaplow', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'cellist in Dunmore, Vermont|cellist', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Tobin Rake', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'Tobin Rake', cue: 'according-to', who: 'person' },
    ],
  },
  // 3 — a press release: "the company" after a firm whose description holds a place before its noun.
  {
    name: 'pasta-release-company',
    body: [
      `Casa Verrone Pasta, the Holtby maker of dried pasta, will open a second factory in Quarry Vale in May.`,
      ``,
      `The new factory will double output and create 30 jobs, the company said.`,
      `"We started with one machine in a garage," said Lucia Verrone, chief executive.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Casa Verrone Pasta', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Lucia Verrone', cue: 'direct', who: 'person' },
    ],
  },
  // 4 — a shop whose name is written like a possessive; "said retired nurse X"; a linked headline glued before a group subject ("Read more: … Vendors along Mill Row said"); a hyphenated surname before "he says".
  {
    name: 'bakery-street-hyphenated',
    body: [
      `Pellow's, the Marnham baker that grew from one oven into a chain of six shops, is to open a café in Dunstow.`,
      `The company said on Monday that the café would create eight jobs.`,
      ``,
      `Read more: Harbour lights switch-on date set Vendors along Mill Row said delivery vans had blocked the pavement for weeks.`,
      `"We have had vans outside our door every morning," said retired nurse Greta Vavasour-Ashby.`,
      ``,
      `Carl Okoro-Blane has run the corner shop since 1998.`,
      `Its owner, Ruth Penhale, said the vans were a nuisance.`,
      `Asked whether he will still be open next year, Okoro-Blane laughs.`,
      `"Ask my landlord," he says.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: "Pellow's", cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'vendors along Mill Row|vendors', cue: 'reported', who: 'group' },
      { at: '2.2', speaker: 'Greta Vavasour-Ashby', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Ruth Penhale', cue: 'reported', who: 'person' },
      { at: '3.4', speaker: 'Carl Okoro-Blane', cue: 'direct', who: 'person' },
    ],
  },
];
