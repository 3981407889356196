/**
 * Invented news articles (statements, session 18, helper s34), written for issue 10's kinds of
 * roles named later, documents with modifiers and stand-ins: a role said before the person is named
 * ("…, its chief executive said. Oriel Vance told reporters …" … "The chief executive said …"); a
 * role's abbreviation ("chief financial officer Bram Edley" … "The CFO said"); a collective
 * description for the body the sentence names ("…, the chain announced"); a person apposed with an
 * age ("Her deputy, 24-year-old Bethan Skeel, joined …. She said …"); documents with modifiers ("A
 * traffic study commissioned by the council found …", "Quorley Bank's website says …"); and the
 * article's own voice (a judge denying a motion, a board proposing a dividend, page furniture after
 * a quote). Same format and labelling rule as statement-blind.fixture.ts.
 * Scored by `npx tsx bench/facts-eval.ts --score statement-patterns --own-s34`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S34_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a food plant shuts: the role first, the name in the next sentence, the role again later.
  {
    name: 'plant-role-named-later',
    body: [
      `Tessary Foods will shut its Dunmere plant in the spring, its chief executive said on Monday.`,
      `Oriel Vance told reporters that the site had lost money for four years.`,
      ``,
      `About 300 people work at the plant.`,
      `Councillor Hamish Peake said the town would fight the closure.`,
      ``,
      `The chief executive said staff would be offered posts at other sites.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Oriel Vance', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: 'Oriel Vance', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Hamish Peake', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Oriel Vance', cue: 'reported', who: 'person' },
    ],
  },
  // 2 — a bakery's results: an abbreviated role after the words in full.
  {
    name: 'bakery-abbreviated-role',
    body: [
      `Harlow Crust, the bakery group, said profits fell by a tenth.`,
      `Its chief financial officer, Bram Edley, said flour had cost a third more than a year earlier.`,
      ``,
      `The group runs 85 shops in the north.`,
      `The CFO said prices in the shops would rise by 5p a loaf.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Harlow Crust', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Bram Edley', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Bram Edley', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a hardware chain closes shops: the chain is the body the sentence names.
  {
    name: 'hardware-chain-announced',
    body: [
      `Corran Hardware will close 30 of its 200 stores, the chain announced on Friday.`,
      `Most of them are in retail parks, it said.`,
      ``,
      `Shop workers' union official Nell Garrity said staff had been told by email.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Corran Hardware', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Corran Hardware', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Nell Garrity', cue: 'reported', who: 'person' },
    ],
  },
  // 4 — a pottery: a deputy apposed with her age, then "she said".
  {
    name: 'pottery-apposed-age',
    body: [
      `Lorna Pask has thrown pots in Wetherby since 1988.`,
      `Her deputy, 24-year-old Bethan Skeel, joined in May.`,
      `She said she had answered an advert in a shop window.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Bethan Skeel', cue: 'reported', who: 'person' },
    ],
  },
  // 5 — a court and a board: acts in the article's own voice, and furniture after a quote.
  {
    name: 'court-board-own-voice',
    body: [
      `Judge Ivo Marsh denied a motion for a retrial.`,
      `Sutter Mills' lawyer, Dana Royce, said the firm would appeal.`,
      `"We are confident of the outcome," she said.`,
      `She said the firm had kept every record.`,
      `Advertisement Most read Comments Sign up to our newsletter`,
      `The board has proposed a dividend of 2p a share.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Dana Royce', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Dana Royce', cue: 'direct', who: 'person' },
      { at: '1.4', speaker: 'Dana Royce', cue: 'reported', who: 'person' },
    ],
  },
  // 6 — a ward short of staff: one of a counted group speaks.
  {
    name: 'ward-one-of-four',
    body: [
      `Four nurses at Kelham General spoke to us on condition of anonymity.`,
      `One, who has worked on the ward since 2019, said shifts were often left two staff short.`,
      ``,
      `The hospital trust said it was recruiting 40 nurses.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'nurse|one nurse', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'hospital trust|Kelham General', cue: 'reported', who: 'organisation' },
    ],
  },
  // 7 — a junction and a bank: documents with modifiers, and an investor who told this paper.
  {
    name: 'junction-documents',
    body: [
      `A traffic survey carried out last spring found that lorry numbers on Mill Lane had doubled.`,
      `That study, by Larch Consulting, found no safe place for a crossing.`,
      `The Quorley Bank's website states that the Mill Lane branch will close in June.`,
      ``,
      `One of those depositors, Ada Corran of Wexley Farms, told this paper she would move her accounts.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'traffic survey|survey', cue: 'reported', who: 'document' },
      { at: '1.2', speaker: 'Larch Consulting|study', cue: 'reported', who: 'document' },
      { at: '1.3', speaker: "Quorley Bank's website|Quorley Bank", cue: 'reported', who: 'document' },
      { at: '2.1', speaker: 'Ada Corran', cue: 'reported', who: 'person' },
    ],
  },
  // 8 — a ferry route: the role said first, the holder named with it paragraphs later.
  {
    name: 'ferry-role-named-paragraphs-later',
    body: [
      `Calder Ferries will drop its winter sailings to Inchmore, its chairman said on Thursday.`,
      `The route lost money for three years.`,
      ``,
      `Islander Morag Tulloch said the decision would cut the island off.`,
      ``,
      `The chairman, Euan Slessor, said a smaller boat would run twice a week.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Euan Slessor', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Morag Tulloch', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Euan Slessor', cue: 'reported', who: 'person' },
    ],
  },
];
