/**
 * Five invented news articles (statements, session 17, helper s33), written for issue 10's kinds
 * of short names, role synonyms, pronoun agreement and verbs of opinion: a body's short form after
 * its full name paragraphs before ("Brannock Haulage raised …" … "Brannock said …"); a role noun that
 * is a WordNet synonym or derivation of the title or verb that introduced the person ("Captain …"
 * … "The skipper said", "…, who chairs the panel" … "The chairman added"); a he/she that agrees
 * with the pronouns the article gave its people ("She hired Tobin Kell" … "he said" is Tobin Kell);
 * verbs of opinion read from WordNet ("He reckons he can …") and a report's author between commas;
 * a quantifier for the group named before ("Several told the paper …"); and the article's own
 * voice (a wire dateline lead, "The tribunal awarded her £8,000."), which has no speaker. Same
 * format and labelling rule as statement-blind.fixture.ts.
 * Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s33`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S33_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a haulier raises prices: the short form paragraphs after the full name, a union official between.
  {
    name: 'haulier-short-form',
    body: [
      `Brannock Haulage has run lorries out of Fellside since 1962.`,
      `Its fleet now numbers 140 trucks.`,
      ``,
      `Diesel prices doubled over the winter.`,
      `Union official Kay Morrow said drivers had not had a rise in three years.`,
      ``,
      `Brannock said the rise in its charges was unavoidable.`,
    ].join('\n'),
    gold: [
      { at: '2.2', speaker: 'Kay Morrow', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Brannock Haulage', cue: 'reported', who: 'organisation' },
    ],
  },
  // 2 — a ship held in port: the skipper is the captain; the chairman is who chairs the panel.
  {
    name: 'ship-held-skipper',
    body: [
      `Captain Ilse Varga told reporters the Morwen Star had been held in Skarholm for two days.`,
      `The crew of eleven were unhurt.`,
      `The skipper said later that the cargo of timber was safe.`,
      ``,
      `Cllr Tom Rudd, who chairs the harbour panel, said the berth fees would be waived.`,
      `Fishermen had complained of delays.`,
      `The chairman added that the panel would review the rules in a year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Ilse Varga', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Ilse Varga', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Tom Rudd', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Fishermen', cue: 'reported', who: 'group' },
      { at: '2.3', speaker: 'Tom Rudd', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a workshop: the owner is "she", her foreman reckons and says.
  {
    name: 'workshop-foreman',
    body: [
      `Mabel Orrin owns the engine workshop on Quay Street.`,
      `She hired Tobin Kell as foreman in 1990.`,
      `He reckons he can fix any engine built before 1980.`,
      ``,
      `"We have never turned a job away," he said.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Tobin Kell', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Tobin Kell', cue: 'direct', who: 'person' },
    ],
  },
  // 4 — a hospital report: its author between commas, "it noted"; residents and "several".
  {
    name: 'hospital-report-residents',
    body: [
      `The report, by the Aldmoor Inspectorate, described the wards as cramped and poorly lit.`,
      `It noted that nurses were working fourteen-hour shifts.`,
      ``,
      `Residents who crowded the town hall on Tuesday clapped as the closure plan was dropped.`,
      `Several told the paper afterwards that they had feared for their mothers' care.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Aldmoor Inspectorate', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Aldmoor Inspectorate', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Residents', cue: 'reported', who: 'group' },
    ],
  },
  // 5 — a wire story and a tribunal: the dateline lead and the award are the article's own voice.
  {
    name: 'wire-recall-tribunal',
    body: [
      `HOLM, May 2 (Norden Wire) — Dog food maker Oakfell Petcare is recalling 30,000 bags of kibble.`,
      `For the company, Gil Marr said the fault lay with a supplier.`,
      `He told the bench the directors were "truly sorry".`,
      ``,
      `A former packer, Jo Tarn, was dismissed in 2023.`,
      `The tribunal awarded her £8,000.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Gil Marr', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Gil Marr', cue: 'reported', who: 'person' },
    ],
  },
];
