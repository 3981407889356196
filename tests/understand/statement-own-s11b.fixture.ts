/**
 * Six more invented news articles (41 statements) written for issue 10, session 9, after the first own set's fixes
 * and before any fix for these, to check whether those fixes were general: a council meeting
 * with a heckler and a written objection, a police appeal, an obituary with tributes, a product
 * recall with a regulator's notice, an environment story with a charity's report and a company's
 * denial, and a short entertainment interview with a headline quote. Same format and labelling
 * rule as statement-blind.fixture.ts. First sight: 33/41 right speaker on the code before session 9 (3aea9c0),
 * 34/41 after its first four fixes (22ed4cb). Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s11b`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S11B_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — council meeting: a vote (own voice), a councillor's warning, a heckle, a written objection,
  //     officers' report, "the leader insisted".
  {
    name: 'council-library-closures',
    body: [
      `Councillors in Ashby Vale voted 27-19 on Wednesday night to close four of the borough's eleven libraries by next April.`,
      ``,
      `The council's leader, Graham Stott, insisted the decision had been forced on the authority by a £14 million gap in its budget.`,
      `"Nobody came into politics to shut libraries," he told the chamber.`,
      `"But I will not put social care at risk to keep buildings open that fewer and fewer people use."`,
      ``,
      `Opposition councillor Priya Nandra warned that the closures would hit the poorest wards hardest.`,
      `A man in the public gallery shouted "shame on you" as the result was read out and was asked to leave.`,
      ``,
      `A written objection from the Friends of Millbrook Library, signed by 3,100 residents, argues that the branch is the only place in the ward with free internet access.`,
      `A report by council officers estimated that the closures would save £610,000 a year.`,
      ``,
      `The libraries will close in stages from January.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Graham Stott', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Graham Stott', cue: 'direct', who: 'person' },
      { at: '2.3', speaker: 'Graham Stott', cue: 'continued', who: 'person' },
      { at: '3.1', speaker: 'Priya Nandra', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'man', cue: 'direct', who: 'person' },
      { at: '4.1', speaker: 'objection|Friends of Millbrook Library', cue: 'reported', who: 'document' },
      { at: '4.2', speaker: 'report|council officers', cue: 'reported', who: 'document' },
    ],
  },

  // 2 — police appeal: police say, a detective's appeal with a colon quote, a victim's family
  //     statement, a quote that opens a paragraph and is attributed in the next sentence.
  {
    name: 'police-appeal-hit-and-run',
    body: [
      `Police are appealing for witnesses after a cyclist was seriously injured in a hit-and-run on the A614 near Elmton early on Sunday.`,
      `The 52-year-old man was taken to Queen's Medical Centre, where he remains in a critical condition, a spokesperson for Nottinghamshire Police said.`,
      ``,
      `Detective Sergeant Aisha Barlow, who is leading the investigation, said officers believed the driver had stopped briefly before driving off.`,
      `She added: "Someone knows who was behind the wheel of that car.`,
      `If that is you, please do the right thing and call us."`,
      ``,
      `"He is a careful rider and he was wearing lights and a helmet."`,
      `The man's daughter, Chloe Ferris, said the family was "in pieces" and urged anyone with dashcam footage to come forward.`,
      ``,
      `The road was closed for nine hours while collision investigators examined the scene.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Nottinghamshire Police|spokesperson', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Aisha Barlow', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Aisha Barlow', cue: 'colon', who: 'person' },
      { at: '2.3', speaker: 'Aisha Barlow', cue: 'continued', who: 'person' },
      { at: '3.1', speaker: 'Chloe Ferris', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Chloe Ferris', cue: 'reported', who: 'person' },
    ],
  },

  // 3 — obituary: the family's announcement, tributes from a former colleague and a club, a quote
  //     from the dead man's own memoir ("he wrote"), a statement posted online.
  {
    name: 'obituary-lifeboat-coxswain',
    body: [
      `Tom Pengelly, who served as coxswain of the St Ives lifeboat for 22 years and took part in more than 600 rescues, has died aged 88.`,
      `His family announced his death on Tuesday, saying he had died peacefully at home with his wife, Mary, beside him.`,
      ``,
      `Born in Porthmeor in 1937, Pengelly joined the crew at 17 and was awarded the RNLI's bronze medal twice.`,
      `In his 2004 memoir, Salt in the Blood, he wrote that the sea had "taken more friends from me than I care to count".`,
      ``,
      `Former crew member Jack Tregenza described him as "the calmest man I ever saw in a storm".`,
      `"When Tom said we were going, we went, and when he said we were turning back, nobody argued," Tregenza said.`,
      ``,
      `In a statement on its website, the St Ives Gig Club, which Pengelly founded in 1979, said it would fly its flag at half mast for a week.`,
      `He is survived by his wife, three children and seven grandchildren.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'family', cue: 'reported', who: 'group' },
      { at: '2.2', speaker: 'Tom Pengelly', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Jack Tregenza', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Jack Tregenza', cue: 'direct', who: 'person' },
      { at: '4.1', speaker: 'St Ives Gig Club', cue: 'reported', who: 'organisation' },
    ],
  },

  // 4 — product recall: a regulator's notice, a company statement, an expert, "the notice says",
  //     a firm that put its costs at a figure, a reported estimate by analysts.
  {
    name: 'air-fryer-recall',
    body: [
      `Kitchen appliance maker Brenna Home is recalling 240,000 air fryers sold in Britain and Ireland after reports that the handles can melt during use.`,
      `The Office for Product Safety and Standards said it had received 58 reports of burns, nine of them serious.`,
      ``,
      `A safety notice published on the regulator's website tells owners to "stop using the product immediately and unplug it".`,
      `Brenna Home said in a statement that it was "deeply sorry" and would refund every customer in full.`,
      `The company put the cost of the recall at about £9 million.`,
      ``,
      `Dr Owen Ashworth, a materials engineer at the University of Leeds, said the fault pointed to a plastic that was never rated for the temperatures involved.`,
      `"This is not a subtle defect," he said.`,
      `"It is the kind of thing basic testing should have caught."`,
      ``,
      `Retailers including Dunmore's and Kitchenworld have removed the fryers from sale.`,
      `Shares in Brenna Home's parent company, Halvard Group, fell 7 percent.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Office for Product Safety and Standards', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'notice|regulator', cue: 'direct', who: 'document' },
      { at: '2.2', speaker: 'Brenna Home', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'Brenna Home|company', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Owen Ashworth', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Owen Ashworth', cue: 'direct', who: 'person' },
      { at: '3.3', speaker: 'Owen Ashworth', cue: 'continued', who: 'person' },
    ],
  },

  // 5 — environment: a charity's report finds, its director says, the company denies, a
  //     government department responds, "residents say", a quote split over paragraphs.
  {
    name: 'river-sewage-report',
    body: [
      `Raw sewage was released into the River Wenn on 212 days last year, more than twice as often as in 2022, according to a report published on Thursday by the campaign group Clean Rivers Trust.`,
      `The report found that three treatment works owned by Westwater Utilities accounted for most of the discharges.`,
      ``,
      `"These are not accidents or freak storms.`,
      ``,
      `"This is a business choosing to treat a river as a drain," said the trust's director, Helen Okafor.`,
      ``,
      `Westwater Utilities denied breaking any permits.`,
      `A spokesman for the company said it was investing £400 million in the affected works over the next five years.`,
      ``,
      `The Department for Environment said it would study the report carefully.`,
      `Residents of Wenbridge say the smell in summer is so bad that they keep their windows shut.`,
      `"My grandchildren used to swim here," said Derek Vaughan, 71, who has lived by the river all his life.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'report|Clean Rivers Trust', cue: 'according-to', who: 'document' },
      { at: '1.2', speaker: 'report', cue: 'reported', who: 'document' },
      { at: '2.1', speaker: 'Helen Okafor', cue: 'continued', who: 'person' },
      { at: '3.1', speaker: 'Helen Okafor', cue: 'direct', who: 'person' },
      { at: '4.1', speaker: 'Westwater Utilities', cue: 'reported', who: 'organisation' },
      { at: '4.2', speaker: 'Westwater Utilities|spokesman', cue: 'reported', who: 'organisation' },
      { at: '5.1', speaker: 'Department for Environment', cue: 'reported', who: 'organisation' },
      { at: '5.2', speaker: 'Residents', cue: 'reported', who: 'group' },
      { at: '5.3', speaker: 'Derek Vaughan', cue: 'direct', who: 'person' },
    ],
  },

  // 6 — entertainment interview: a headline quote repeated in the body, present-tense "says",
  //     "she laughs", a colon quote, a quote whose speaker is the subject of the sentence before.
  {
    name: 'singer-comeback-interview',
    body: [
      `'I had to learn to sing all over again': Mara Lindqvist on her return to the stage`,
      ``,
      `Three years after an operation on her vocal cords, Mara Lindqvist is back on tour, and she is not taking a single night for granted.`,
      `"I had to learn to sing all over again, like a child learns to walk," she says, sitting in a dressing room in Glasgow an hour before the show.`,
      `"Some days nothing came out at all."`,
      ``,
      `Her surgeon, Dr Anil Mehta, told her there was a one-in-three chance she would never perform again.`,
      `She describes the first rehearsal after the operation as "terrifying and wonderful in equal measure".`,
      ``,
      `Her band has changed too.`,
      `Her guitarist of twenty years, Rob Kell, is blunt about what the break meant: "We all thought it was over."`,
      `Lindqvist laughs when asked whether she will slow down.`,
      `"Ask me again when I'm eighty."`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Mara Lindqvist', cue: 'colon', who: 'person' },
      { at: '2.2', speaker: 'Mara Lindqvist', cue: 'direct', who: 'person' },
      { at: '2.3', speaker: 'Mara Lindqvist', cue: 'continued', who: 'person' },
      { at: '3.1', speaker: 'Anil Mehta', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Mara Lindqvist', cue: 'reported', who: 'person' },
      { at: '4.2', speaker: 'Rob Kell', cue: 'colon', who: 'person' },
      { at: '4.4', speaker: 'Mara Lindqvist', cue: 'direct', who: 'person' },
    ],
  },
];
