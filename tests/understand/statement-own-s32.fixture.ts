/**
 * Five invented news articles (statements, session 17, helper s32), written before any fix and
 * scored at first sight: organisations known by what they do ("X, a supplier of brake drums, …",
 * "X, the developer of a booking app, …", "Ferry operator X"), then "the company said" / "the firm
 * said" / "the operator said"; a sector word before the name ("Esports outfit X said", "Charity
 * group X", "Football side X") and a later noun in a WordNet relation to it ("the team said", "the
 * organisation said", "the club said"); a possessive role before a company-shaped name ("The
 * depot's landlord, X Holdings, said", "The mill's new owner, X Group", "The site's buyer, X
 * Partners") beside a person in the same shape ("The shop's tenant, Mira Odell, said"); rulings
 * ("In its ruling, the tribunal said", "In its judgment, the court found", "In a written decision,
 * the panel said") after the body was named; and the article's own voice about them ("The tribunal
 * ruled in her favour.", "The company was fined …"). Same format and labelling rule as
 * statement-blind.fixture.ts. Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s32`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S32_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a plant closes: a supplier described by what it supplies, a retailer that buys the site.
  {
    name: 'brake-plant-closure',
    body: [
      `Quarrytop Axle, a supplier of brake drums to bus builders, said on Monday it would close its plant in Wendle.`,
      `The company said 140 jobs were at risk.`,
      `Union officials said they would fight the closure.`,
      ``,
      `The site has been bought by Ostrand Lume, a retailer of garden furniture.`,
      `The firm said it would reopen the plant as a warehouse by the autumn.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Quarrytop Axle', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Quarrytop Axle', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'Union officials|officials', cue: 'reported', who: 'group' },
      { at: '2.2', speaker: 'Ostrand Lume', cue: 'reported', who: 'organisation' },
    ],
  },
  // 2 — a data breach: the developer of an app, fined; a ferry operator that uses it.
  {
    name: 'ferry-app-breach',
    body: [
      `Pinwheel Harbour, the developer of a ferry booking app, has lost the details of its customers.`,
      `The company said the breach affected fewer than 2,000 accounts.`,
      `The company was fined £40,000 by the data regulator in March.`,
      ``,
      `Ferry operator Skelby Sound, which sells its tickets through the app, said it had not been told of the breach.`,
      `The operator said it was reviewing the contract.`,
      `The firm said refunds would be paid within a month.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Pinwheel Harbour', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Skelby Sound', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Skelby Sound', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'Skelby Sound', cue: 'reported', who: 'organisation' },
    ],
  },
  // 3 — a new arena: an esports outfit, a charity group, a football side, each then by another noun.
  {
    name: 'brough-arena-move',
    body: [
      `Esports outfit Tallow Kite said on Friday it would move its matches to a new arena in Brough.`,
      `The team said the old hall had become too small for its fans.`,
      `Tickets for the first match sold out within an hour.`,
      ``,
      `Charity group Hearthwell runs the cafe in the arena's foyer.`,
      `The organisation said the move would double its takings.`,
      ``,
      `Football side Corrow Vale will share the arena's training pitch.`,
      `The club said the deal would run for five years.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Tallow Kite', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Tallow Kite', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Hearthwell', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'Corrow Vale', cue: 'reported', who: 'organisation' },
    ],
  },
  // 4 — leases and sales: company-shaped names after a possessive role, and a person in the same shape.
  {
    name: 'mill-yard-leases',
    body: [
      `The depot's landlord, Kelsworth Holdings, said the lease would not be renewed.`,
      `The company said it planned to build flats on the site.`,
      ``,
      `The mill's new owner, Brannock Group, said all 60 staff would keep their jobs.`,
      `The shop's tenant, Mira Odell, said she had not been warned.`,
      `The site's buyer, Lowmoor Partners, said the sale had closed on Friday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Kelsworth Holdings', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Kelsworth Holdings', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Brannock Group', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Mira Odell', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'Lowmoor Partners', cue: 'reported', who: 'organisation' },
    ],
  },
  // 5 — rulings: a tribunal, a court and a panel named first, then "in its ruling" and the like.
  {
    name: 'bakery-tribunal-and-yard-appeal',
    body: [
      `An employment tribunal in Castlemere has found that a bakery worker was unfairly dismissed.`,
      `Lena Fairbairn had worked at the Copperloaf bakery for nine years.`,
      `In its ruling, the tribunal said the bakery had ignored its own procedures.`,
      `The tribunal ruled in her favour.`,
      ``,
      `The Fenwold county court has upheld a fine against a scrapyard in Tilsey.`,
      `In its judgment, the court found that the yard had stored oil drums without a permit.`,
      `The yard's owner, Garrick Stone, was fined £3,000.`,
      ``,
      `A planning panel heard his appeal against the closure of the yard in May.`,
      `In a written decision, the panel said the yard could stay open until June.`,
      `Stone said he would appeal again.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'employment tribunal in Castlemere|Castlemere employment tribunal', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'employment tribunal in Castlemere|Castlemere employment tribunal', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Fenwold county court', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'planning panel', cue: 'reported', who: 'organisation' },
      { at: '3.3', speaker: 'Garrick Stone', cue: 'reported', who: 'person' },
    ],
  },
];
