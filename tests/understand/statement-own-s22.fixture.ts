/**
 * Four invented news articles (statements, session 13, helper s22), written before any fix and
 * scored at first sight: cue shapes the extractor missed on unseen articles. A quoted fragment after
 * a verb of expecting or naming whose subject is a speaker ("She expects … “…”", "a result that X
 * called “…”", "a fine the league described as “…”"); "citing" a reason after an organisation's act;
 * interview topic lines with a colon and a quote followed by a continued quote; a byline glued to the
 * first sentence; "complained to the X that", "told the inquiry that"; "the inquiry heard that"
 * after a witness's evidence (that witness, as the earlier sets label it) and a headline "Inquiry told …" (own voice); "disputed"/"rejected" a finding without content.
 * Same format and labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s22`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S22_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — an economist's outlook: quoted fragments after a view verb and after "described … as".
  {
    name: 'rates-outlook',
    body: [
      `Mortgage rates fell for a third month in October.`,
      `Martina Holm, the chief economist at Carrow Bank, said the worst of the squeeze was over.`,
      `She expects house prices to recover “slowly, and probably not before the autumn”.`,
      `Holm described the outlook for first-time buyers as “fragile at best”.`,
      `Carrow Bank lends to about 90,000 households.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Martina Holm', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Martina Holm', cue: 'direct', who: 'person' },
      { at: '1.4', speaker: 'Martina Holm', cue: 'direct', who: 'person' },
    ],
  },
  // 2 — a match report and a closure: quotes inside relative clauses; "citing" a reason.
  {
    name: 'rovers-and-cinema',
    body: [
      `Fenmoor Rovers lost 5-0 at home on Saturday, a result that manager Colm Reddy called “an embarrassment for everyone at the club”.`,
      `The club was also fined £8,000 for a pitch invasion the league described as “deeply worrying”.`,
      `Rovers play Tidebury next.`,
      ``,
      `The Lantern Cinema in Ashby has closed after 61 years, citing falling audiences and a doubling of its rent.`,
      `The Ferris Group withdrew its plan to convert the building into flats in June, citing delays at the planning office.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Colm Reddy', cue: 'direct', who: 'person' },
      { at: '1.2', speaker: 'league', cue: 'direct', who: 'organisation' },
      { at: '2.1', speaker: 'Lantern Cinema', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Ferris Group', cue: 'reported', who: 'organisation' },
    ],
  },
  // 3 — an interview: topic lines with a colon and a quote, each followed by a continued quote; a
  //     byline glued to the first sentence.
  {
    name: 'potter-interview',
    body: [
      `By Dana Whitcombe, Arts Reporter Selwyn Marsh has been making teapots in the same Stoke workshop for forty years, his studio's website says.`,
      `Marsh, 71, spoke to us before his last exhibition.`,
      ``,
      `On the rumour that he had stopped throwing pots: “I throw every single morning.`,
      `My hands would seize up otherwise.”`,
      ``,
      `On his apprentices: “Two of them are better than me already.`,
      `I tell them so, which annoys them.”`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'website|studio', cue: 'reported', who: 'document' },
      { at: '2.1', speaker: 'Selwyn Marsh', cue: 'direct', who: 'person' },
      { at: '2.2', speaker: 'Selwyn Marsh', cue: 'continued', who: 'person' },
      { at: '3.1', speaker: 'Selwyn Marsh', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Selwyn Marsh', cue: 'continued', who: 'person' },
    ],
  },
  // 4 — a bridge inquiry: a headline "Inquiry told …", "complained to the X that", "told the inquiry
  //     that", "the inquiry heard that" after a witness, a finding disputed without content.
  {
    name: 'bridge-inquiry',
    body: [
      `Inquiry told viaduct cracks went unrepaired`,
      ``,
      `A retired signalman complained to the county council in 2019 that the viaduct's bearings were rusting.`,
      `Dr Sunil Rao, who led the first inspection, told the inquiry that the cracks had been visible from the road.`,
      `The inquiry heard that the viaduct had not been inspected for six years.`,
      `The county council disputed parts of the engineers' report.`,
      `The hearing resumes on Monday.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'A retired signalman|signalman', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Sunil Rao', cue: 'reported', who: 'person' },
      // Labelled own voice at first; corrected to the sets' convention for a hearing body that "heard
      // that" (own-s13 2.2, own-s13b 3.2): the speaker of the statement before it in its paragraph.
      { at: '2.3', speaker: 'Sunil Rao', cue: 'reported', who: 'person' },
    ],
  },
];
