/**
 * Invented news articles (statements, session 19, helper s35), written for issue 10's kinds that the
 * unseen set 35 missed: a speaker named only inside a relative clause ("Another, who gave only his
 * first name, Callum, said …"); a bare verb of disputing with a demonstrative ("Mrs Quayle disputes
 * that."); a document with an irregular participle between it and its verb ("The audit, read to the
 * committee, found that …", then "It also said …"); a quote closed by "wrote X, …, in a note to
 * clients."; descriptions resolved to the body ("The union said" after a name that does not say
 * "union"; "a spokesperson for the authority" with the council named in the sentence; "The company
 * says" past a place-named site and a regulator); appositions ("The regulator, the Grain Standards
 * Office, said"; "Objectors, led by former captain Elsie Varn, argued"); an attribution inside the
 * clause ("Buyers, the guild said, are …"); a document from a body ("Guidance from the Hall Owners
 * Association states that …"); a reported clause that opens with a figure ("said about 300 people
 * came", after a photo caption); and the article's own voice (a magistrate denying bail, a refit, a queue).
 * Same format and labelling rule as statement-blind.fixture.ts.
 * Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s35`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S35_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a market reopens: passers-by named in relative clauses, a denial of a claim.
  {
    name: 'market-hall-reopens',
    body: [
      `The covered market in Pellam reopened on Saturday after a two-year refit, the Pellam Traders' Guild said.`,
      `Stallholder Wyn Carrow said trade had been brisk all morning.`,
      ``,
      `The council's contractor, Brisco Build, said the roof had been finished a month early.`,
      `Mrs Carrow disputes that.`,
      ``,
      `Shoppers queued from eight o'clock.`,
      `One, who would give only her first name, Ingrid, said the queue was worth it.`,
      `Another, who asked to be identified only as Tomas, said the prices had gone up.`,
      `A magistrate later denied bail.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: "Pellam Traders' Guild", cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Wyn Carrow', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Brisco Build', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Wyn Carrow', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Ingrid', cue: 'reported', who: 'person' },
      { at: '3.3', speaker: 'Tomas', cue: 'reported', who: 'person' },
    ],
  },
  // 2 — a depot fire inquiry: an audit with an irregular participle, then "It also said".
  {
    name: 'depot-fire-audit',
    body: [
      `A committee of Harrowby council met on Tuesday to hear the findings into a fire at the Pell Road fuel depot.`,
      ``,
      `The county's audit, read to the committee, found that the pumps had not been serviced for a year.`,
      `It also said that two of the depot's four valves had failed.`,
      ``,
      `Harrow Fuels, which runs the depot, accepted that its logs were incomplete.`,
      `The depot reopened last month.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: "county's audit|audit", cue: 'reported', who: 'document' },
      { at: '2.2', speaker: "county's audit|audit", cue: 'reported', who: 'document' },
      { at: '3.1', speaker: 'Harrow Fuels', cue: 'reported', who: 'organisation' },
    ],
  },
  // 3 — a shipping line for sale: an analyst who wrote, a union whose name does not say so.
  {
    name: 'shipping-line-sale',
    body: [
      `Corrow Lines, the ferry operator, is looking for a buyer, people close to the talks said on Thursday.`,
      ``,
      `Analysts at Dunmere Capital expected the line to fetch about £80 million.`,
      `"The routes are what buyers want, and Corrow has the best ones," wrote Ayla Brennick, an analyst at the bank, in a note to clients.`,
      `"The ships are a bonus."`,
      ``,
      `Sea Crews United warned that a sale could mean cuts at the Harwick port.`,
      `The union said it would ask the board for guarantees.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'people close to the talks', cue: 'reported', who: 'group' },
      { at: '2.1', speaker: 'Dunmere Capital analysts|Dunmere Capital|analysts', cue: 'reported', who: 'group' },
      { at: '2.2', speaker: 'Ayla Brennick', cue: 'direct', who: 'person' },
      { at: '2.3', speaker: 'Ayla Brennick', cue: 'continued', who: 'person' },
      { at: '3.1', speaker: 'Sea Crews United', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'Sea Crews United', cue: 'reported', who: 'organisation' },
    ],
  },
  // 4 — a water company's release: a regulator in apposition, "the company" past a site's name.
  {
    name: 'water-upgrade-release',
    body: [
      `PRESS RELEASE`,
      `£9m upgrade for Saltby works`,
      ``,
      `Corlan Water today confirmed that work will begin in May on a £9 million upgrade of its Saltby works.`,
      `The scheme will replace filters fitted in 1981.`,
      ``,
      `"This is the largest sum we have spent in the Saltby valley," said Ana Pell, Corlan Water's director of operations.`,
      `Ms Pell said the works would stay open throughout.`,
      ``,
      `The regulator, the Grain Standards Office, said in its annual report that Saltby had recorded two minor failures in 2023.`,
      `The company says neither posed a risk to health.`,
      ``,
      `Bills will not rise, according to the company.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Corlan Water', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Ana Pell', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Ana Pell', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'Grain Standards Office', cue: 'reported', who: 'organisation' },
      { at: '4.2', speaker: 'Corlan Water', cue: 'reported', who: 'organisation' },
      { at: '5.1', speaker: 'Corlan Water', cue: 'according-to', who: 'organisation' },
    ],
  },
  // 5 — a cricket club sells a field: a leader named in a participle clause, a council's spokesperson, guidance.
  {
    name: 'cricket-field-sale',
    body: [
      `Members of Brackley Cricket Club have voted to sell the club's second field to a builder.`,
      ``,
      `Objectors, led by former captain Elsie Varn, argued that the field was where juniors learned the game.`,
      `She said: "We are selling our future."`,
      ``,
      `A planning application has not yet been made to Maddock District Council, a spokesperson for the authority said.`,
      ``,
      `Guidance from the Hall Owners Association states that clubs should consult juniors before selling land.`,
      `The association cannot block a sale.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Elsie Varn', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Elsie Varn', cue: 'colon', who: 'person' },
      { at: '3.1', speaker: 'Maddock District Council', cue: 'reported', who: 'organisation' },
      { at: '4.1', speaker: 'Hall Owners Association guidance|Hall Owners Association', cue: 'reported', who: 'document' },
    ],
  },
  // 6 — clockmakers: an attribution inside the clause; a scraped page with a caption, a figure after "said".
  {
    name: 'clock-guild-scraped',
    body: [
      `HOME › LOCAL › CRAFTS`,
      `Clockmakers reopen old mill workshop`,
      `By Jo Pell | Published 10:02, 3 May | Share: Facebook | X | Email`,
      `The old Farrow mill was opened to visitors on Sunday for the first time in decades.`,
      `"It was like stepping back a century," said Ana Brill, who led the appeal.`,
      `Photo: Volunteers clean the wheel before opening. (Image: Farrow Mill Trust)`,
      `The Farrow Mill Trust said about 300 people came, including pupils from two schools.`,
      `The Hale Clockmakers' Guild held its fair in the mill's yard.`,
      `Buyers, the guild said, are willing to wait a year for a clock.`,
    ].join('\n'),
    gold: [
      { at: '1.5', speaker: 'Ana Brill', cue: 'direct', who: 'person' },
      { at: '1.7', speaker: 'Farrow Mill Trust', cue: 'reported', who: 'organisation' },
      { at: '1.9', speaker: "Hale Clockmakers' Guild", cue: 'reported', who: 'organisation' },
    ],
  },
];
