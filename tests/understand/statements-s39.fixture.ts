/**
 * Invented news articles (statements, session 22, helper s39), written for issue 10's kinds of the
 * unseen sets 43-46: a pronoun after capitals that modify a noun ("a Welsh Language tutor"); a
 * subject whose relative clause holds an apposition ("X, who runs Y, the agency …, says"); a press
 * release's "today announced" with a thing for its object, and the release's short names for the
 * body ("Marrow Lane says", "According to Tollis"); a judge named by title, then "The judge was not
 * convinced." and her words in quotes; groups through their members (", many of them saying",
 * ", with several saying"); a warning "against"; a body's document ("Its latest members' survey",
 * "its website says", "according to the society's website"); "X estimates that …" after a body's
 * "Guild of" name; a fronted participle's object ("Addressing Kell, she said"); and an age before
 * an apposed name. Same format and labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s39`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S39_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a feature: capitals inside a noun phrase before "she says"; a relative clause with an apposition.
  {
    name: 'tutor-feature-relative-apposition',
    body: [
      `At noon on a grey Monday, Ada Brill is already on her third class of the week, standing beside a whiteboard at the Tarn Road library.`,
      `She has been a Welsh Language tutor for nine years, and she says the work has changed.`,
      ``,
      `"Nobody reads the handouts," she says, over coffee.`,
      `"But they still keep them."`,
      ``,
      `Piet Holm, who runs Quayline, the small agency in Dunmere that books her classes, says libraries now want video lessons.`,
      `"It is cheaper," he says.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Ada Brill', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Ada Brill', cue: 'direct', who: 'person' },
      { at: '2.2', speaker: 'Ada Brill', cue: 'continued', who: 'person' },
      { at: '3.1', speaker: 'Piet Holm', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Piet Holm', cue: 'direct', who: 'person' },
    ],
  },
  // 2 — a press release: "today announced" a thing, then the body by a shorter form of its name.
  {
    name: 'cabins-release-short-names',
    body: [
      `FOR IMMEDIATE RELEASE: Marrow Lane Cabins, the family-run site near Osk, today announced the opening of six new cabins.`,
      `The cabins sleep four and run on solar power.`,
      ``,
      `Marrow Lane says it will hire four staff before the summer.`,
      `The firm announced 40 job cuts at its sawmill last year.`,
      ``,
      `Tollis Storage, the family-owned operator, today announced the opening of its fifth store.`,
      `According to Tollis, occupancy averaged 80 per cent last year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Marrow Lane Cabins', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Marrow Lane Cabins', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Tollis Storage', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'Tollis Storage', cue: 'according-to', who: 'organisation' },
    ],
  },
  // 3 — a court report: the judge by title, a sentence about her, then her written words.
  {
    name: 'loaf-tin-court-judge',
    body: [
      `A Devon baker has lost a High Court fight with a rival over the shape of its loaf tins.`,
      `Mrs Justice Pellow found that the rival's tins had been copied "line for line".`,
      ``,
      `Its founder, Ada Crane, said in evidence that she had drawn the tin herself.`,
      ``,
      `The judge was not convinced.`,
      `"The likeness is in the whole, not in the parts," she wrote.`,
      `"A hurried buyer would take one for the other."`,
      ``,
      `Addressing Crane, she said: "You should have checked the register."`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Mrs Justice Pellow|Pellow', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Ada Crane', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Mrs Justice Pellow|Pellow', cue: 'direct', who: 'person' },
      { at: '3.3', speaker: 'Mrs Justice Pellow|Pellow', cue: 'continued', who: 'person' },
      { at: '4.1', speaker: 'Mrs Justice Pellow|Pellow', cue: 'colon', who: 'person' },
    ],
  },
  // 4 — a trade body: a warning "against", "its survey", "estimates that", groups through their members.
  {
    name: 'growers-survey-groups',
    body: [
      `Regulars have filled the tea room's page with notes, many of them saying it was the best scone in town.`,
      ``,
      `The Hedgerow Growers' Federation warned last month that small farms were being squeezed by the new levy.`,
      `Its latest members' survey found that one in four expect a loss this year.`,
      `The Guild of Quill Makers estimates that about 300 firms sell hand-cut pens in Britain.`,
      `The society's chair, Nia Vose, cautioned against reading too much into the figure.`,
      ``,
      `Other growers at the meeting were split, with several saying the weather was to blame.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'regulars', cue: 'reported', who: 'group' },
      { at: '2.1', speaker: "Hedgerow Growers' Federation", cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: "Hedgerow Growers' Federation survey|survey", cue: 'reported', who: 'document' },
      { at: '2.3', speaker: 'Guild of Quill Makers', cue: 'reported', who: 'organisation' },
      { at: '2.4', speaker: 'Nia Vose', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'growers|other growers', cue: 'reported', who: 'group' },
    ],
  },
  // 5 — a workshop: an age before an apposed name; a website "says" and "according to" a society's website.
  {
    name: 'workshop-apprentice-website',
    body: [
      `Ada Quill takes one apprentice at a time.`,
      `The current one, 19-year-old Bram Tolley, spent his first year sweeping floors.`,
      `He says he does not regret a day of it.`,
      ``,
      `A spokeswoman for the Fellside Sheepdog Society said the judge had acted in good faith.`,
      `Kell has judged trials for a decade, according to the society's website.`,
      ``,
      `Quillcast said in a statement that the error was its own.`,
      `Quillcast was founded in 2012 and, its website says, employs nine writers.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Bram Tolley', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Fellside Sheepdog Society', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Fellside Sheepdog Society website|website', cue: 'according-to', who: 'document' },
      { at: '3.1', speaker: 'Quillcast', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'Quillcast website|Quillcast', cue: 'reported', who: 'document' },
    ],
  },
];
