/**
 * Invented news articles (statements, session 20, helper s37), written for issue 10's kinds of the
 * unseen set 38: a body described by what it makes or runs ("The operator said", "The
 * Dunholt-based maker of drills, saws and sanders said"), a place word inside a company's name
 * ("Pennick River Barges"); a role noun derived from the verb that introduced a person ("who
 * chairs the panel … The chair said", "who leads … the leader"); a union numbered as a branch
 * ("Bakery and Mill Workers Local 52, which represents …, called the closure "…""); a person named
 * by "called" inside an apposition, whom a later "he says" means; a survey with a participle and a
 * year ("published in 2023 found no rise …"); a mid-sentence "she says" after a quoted title; and
 * the article's own voice (bail denied to a man, a sign that reads). Same format and labelling rule
 * as statement-blind.fixture.ts. Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s37`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S37_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — barges in low water on the wire: "the operator" after a name with a place word inside it.
  {
    name: 'barge-operator-wire',
    body: [
      `PORTLEY, May 9 (Norland Wire) — Pennick River Barges cancelled six trips on the lower Arle on Friday after the water at the Sandley weir fell to a record low.`,
      `The operator said passengers booked on the cancelled trips would be refunded in full.`,
      ``,
      `"We have never seen the weir this dry," skipper Tobias Lunn told reporters.`,
      `The Arle Navigation Board said it would review the limits next week.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Pennick River Barges', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Tobias Lunn', cue: 'direct', who: 'person' },
      { at: '2.2', speaker: 'Arle Navigation Board', cue: 'reported', who: 'organisation' },
    ],
  },
  // 2 — a tool maker's warning: a long description with a list after "of", and a numbered union.
  {
    name: 'tool-maker-forecast-union',
    body: [
      `Kelver Tools cut its profit forecast for the second time this year on Monday.`,
      `The Dunholt Vale-based maker of drills, saws and sanders said it now expects sales of $40 million to $42 million.`,
      ``,
      `Kelver also said it would close its blade works in Orrin, where 210 people are employed.`,
      `Toolmakers and Grinders Local 31, which represents the works' staff, called the closure "a kick in the teeth for people who never missed a shift."`,
      `Finance chief Ruth Amble said the two decisions were not linked.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Kelver Tools', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Kelver Tools', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Toolmakers and Grinders Local 31', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'Ruth Amble', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a licensing panel: "the chair" after "who chairs", "the leader" after "who leads"; bail denied is an act.
  {
    name: 'market-licence-panel-chair',
    body: [
      `Stallholders on Quay Row will keep their Sunday pitches for another year after a council panel renewed the market's licence.`,
      ``,
      `Wilf Garrow, who leads the stallholders' association, said the traders had been "on tenterhooks" for weeks.`,
      `The leader said the association would now push for a covered walkway.`,
      ``,
      `Cllr Ada Prowse, who chairs the licensing panel, said both sides had argued their case well.`,
      `The chair said she hoped the market would fix its litter problem by the spring.`,
      ``,
      `In a separate case, the magistrates denied bail to a trader who was charged with selling fake perfume.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Wilf Garrow', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Wilf Garrow', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Ada Prowse', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Ada Prowse', cue: 'reported', who: 'person' },
    ],
  },
  // 4 — a feature at a beach clean: a man named by "called" inside an apposition, after a woman who spoke.
  {
    name: 'beach-clean-feature-called',
    body: [
      `On a grey Sunday on the sands below Hollin Head, Dr Mira Stape is sorting plastic into buckets.`,
      `"Every tide brings in something new," she says.`,
      ``,
      `A survey of the bay published in 2023 found more than 900 pieces of litter per hundred metres.`,
      `The harbour master, Jenna Coil, said the figure had fallen since the new bins went in.`,
      ``,
      `Further along, the man beside Stape, a retired welder called Amos Trell, holds up a rusted lamp.`,
      `"Fifty years I walked this beach," he says.`,
      `"Never once picked anything up."`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Mira Stape', cue: 'direct', who: 'person' },
      { at: '2.1', speaker: 'survey of the bay|a survey of the bay published in 2023', cue: 'reported', who: 'document' },
      { at: '2.2', speaker: 'Jenna Coil', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Amos Trell', cue: 'direct', who: 'person' },
      { at: '3.3', speaker: 'Amos Trell', cue: 'continued', who: 'person' },
    ],
  },
  // 5 — a radio feature: "she says" inside the sentence after a quoted song title.
  {
    name: 'late-show-last-request',
    body: [
      `Just before midnight on Saturday, Mel Dorran played the last record Ashwick Sound would ever broadcast.`,
      `It was "Blue Hour", requested, she says, by a listener who had phoned in every week since 1998.`,
      ``,
      `Ashwick Sound's owner, Tallis Media, said the station had lost half its listeners in five years.`,
      `A card on the studio door still reads "Quiet Please".`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Mel Dorran', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Tallis Media', cue: 'reported', who: 'organisation' },
    ],
  },
];
