/**
 * Eight invented news articles (60 statements) written for issue 10, session 9, before the writer
 * read the statement extractor, as a fresh check of its generality: wire copy with a dateline and a
 * reported estimate ("put its losses at"), a public-health story (officials who "confirmed" cases,
 * a notice that "reads", emails "obtained by" a paper), a British court report (counsel named with
 * "prosecuting", a witness who "replied" and "agreed", a form that "states"), a science story with a
 * study's findings and an outside expert, a match report with a headline quote and a colon quote,
 * a press release with "said X, Chief Executive Officer of Y", a transcript-like Q&A interview, and
 * a one-paragraph feature whose headline quote's speaker is named only deep in the text. Same
 * format and labelling rule as statement-blind.fixture.ts (questions put by an interviewer, pleas,
 * "declined to comment", "called for" and "agreed to lease" are the article's own voice; a
 * question that reports others' words, "Q: Some councillors say you should have …", was first
 * labelled own voice and relabelled after the first score as a statement of the councillors,
 * as the MEANTIME rule has it). Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s11`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S11_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — wire copy: dateline, a reported estimate, analysts' estimate, a call for stoppages (own voice).
  {
    name: 'ferry-operator-losses-wire',
    body: [
      `LISBON, Nov 12 (Reuters) - Atlantica Ferries put its losses for the third quarter at 41 million euros on Thursday, blaming a strike by deckhands and the rising cost of fuel.`,
      `The operator, which runs 14 routes between the mainland and the Azores, said bookings for next summer were running 8 percent ahead of last year.`,
      ``,
      `Chief financial officer Duarte Menezes told analysts on a call that the company would not need to raise new capital.`,
      `"We have enough cash to see us through the winter, and then some," he said.`,
      ``,
      `Shares in the company fell 6 percent in Lisbon trading.`,
      `Analysts at Banco Meridional estimated that the strike alone had cost the firm about 15 million euros.`,
      ``,
      `The deckhands' union has called for further stoppages in December.`,
      `A union spokeswoman, Ines Carvalho, said talks had broken down over pensions.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Atlantica Ferries', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Atlantica Ferries|operator', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Duarte Menezes', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Duarte Menezes', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Banco Meridional|analysts', cue: 'reported', who: 'group' },
      { at: '4.2', speaker: 'Ines Carvalho', cue: 'reported', who: 'person' },
    ],
  },

  // 2 — American local news: officials who confirm cases, a notice that reads, parents quoted,
  //     emails obtained by the paper, a spokesman who declines to comment (own voice).
  {
    name: 'county-measles-clinics',
    body: [
      `Measles cases climb to 52 as county opens extra vaccine clinics`,
      ``,
      `Health officials in Brannock County confirmed 11 new cases of measles on Monday, bringing the total since the outbreak began in September to 52.`,
      `Most of the new patients are children under five who had not been vaccinated, the county's public health director, Dr. Samuel Okoye, said at a briefing.`,
      ``,
      `"This is entirely preventable," Okoye said.`,
      `"Every case we are seeing is a child who did not need to get sick."`,
      ``,
      `A notice taped to the front door of Westbrook Elementary School reads, "Unvaccinated pupils may not attend until further notice."`,
      `The school district said 31 pupils had been sent home under the rule.`,
      ``,
      `Parents who spoke to the Ledger were divided.`,
      `"I understand why they're doing it, but my son has missed two weeks of school," said Carla Benning, whose seven-year-old attends Westbrook.`,
      `Another parent, Tom Ruiz, said he had taken his daughters for their shots the day the notice went up.`,
      ``,
      `The state recorded nine measles cases in all of last year.`,
      `Internal emails obtained by the Ledger show that county staff asked for extra nurses in August but were told there was no money.`,
      `A county spokesman declined to comment on the emails.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Health officials|officials', cue: 'reported', who: 'group' },
      { at: '2.2', speaker: 'Samuel Okoye', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Samuel Okoye', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Samuel Okoye', cue: 'continued', who: 'person' },
      { at: '4.1', speaker: 'notice', cue: 'direct', who: 'document' },
      { at: '4.2', speaker: 'school district', cue: 'reported', who: 'organisation' },
      { at: '5.2', speaker: 'Carla Benning', cue: 'direct', who: 'person' },
      { at: '5.3', speaker: 'Tom Ruiz', cue: 'reported', who: 'person' },
      { at: '6.2', speaker: 'emails', cue: 'reported', who: 'document' },
    ],
  },

  // 3 — British court report: a lede whose speaker is counsel named in the next sentence,
  //     "X, prosecuting, told the jury", a quote over two sentences, a form that states, a witness
  //     who replied and agreed, a plea and "The trial continues" (own voice).
  {
    name: 'grant-fraud-trial',
    body: [
      `A baker who claimed £180,000 in pandemic grants for shops that no longer existed did so to "line her own pockets", a jury has heard.`,
      `Marion Harcourt, 47, of Penwell Road, Carrick, denies nine counts of fraud.`,
      ``,
      `Philippa Dunne, prosecuting, told Carrick Crown Court that Mrs Harcourt had used the names of three shops she closed in 2018 to apply for the grants.`,
      `"She knew those shops were gone.`,
      `She had handed back the keys," Ms Dunne said.`,
      ``,
      `The jury was shown a grant form signed by Mrs Harcourt in May 2020.`,
      `The form states that the Market Street shop employed four people.`,
      ``,
      `A council officer, Gareth Pugh, was asked by the prosecution whether anyone had visited the shops.`,
      `"No. We were told to pay quickly and check later," he replied.`,
      `Under cross-examination by Owen Tate, defending, Mr Pugh agreed that the council's own guidance had been "confusing".`,
      ``,
      `Mrs Harcourt is expected to give evidence on Thursday.`,
      `The trial continues.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Philippa Dunne', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Philippa Dunne', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Philippa Dunne', cue: 'direct', who: 'person' },
      { at: '2.3', speaker: 'Philippa Dunne', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'form', cue: 'reported', who: 'document' },
      { at: '4.2', speaker: 'Gareth Pugh', cue: 'direct', who: 'person' },
      { at: '4.3', speaker: 'Gareth Pugh', cue: 'reported', who: 'person' },
    ],
  },

  // 4 — science story: according to a study, the research found, its authors wrote, a quote
  //     continued over two sentences, an outside expert who "pointed out", data that show.
  {
    name: 'teen-phone-sleep-study',
    body: [
      `Teenagers who use their phones after midnight sleep almost an hour less a night than those who stop earlier, according to a study of 4,200 pupils in Norway.`,
      `The research, published on Wednesday in the journal Sleep Health, found that the effect was strongest among girls aged 14 to 16.`,
      `Its authors, led by Dr. Ingrid Solheim of the University of Bergen, wrote that schools should consider later start times.`,
      ``,
      `"We were surprised by how large the difference was," Solheim said in an interview.`,
      `"It is not a few minutes.`,
      `It is the equivalent of losing a full night's sleep every week."`,
      ``,
      `The pupils wore wrist monitors for two weeks and kept diaries of their screen use.`,
      ``,
      `Independent experts were more cautious.`,
      `Professor Alan Marsh, who studies adolescent health at King's College London and was not involved in the work, pointed out that the study could not show that phones caused the lost sleep.`,
      `Teenagers who sleep badly may simply reach for their phones more often, he said.`,
      ``,
      `Data from the Norwegian Institute of Public Health show that the share of 15-year-olds sleeping less than seven hours a night has doubled since 2010.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'study', cue: 'according-to', who: 'document' },
      { at: '1.2', speaker: 'research|study', cue: 'reported', who: 'document' },
      { at: '1.3', speaker: 'Ingrid Solheim|authors', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Ingrid Solheim', cue: 'direct', who: 'person' },
      { at: '2.2', speaker: 'Ingrid Solheim', cue: 'continued', who: 'person' },
      { at: '2.3', speaker: 'Ingrid Solheim', cue: 'continued', who: 'person' },
      { at: '4.2', speaker: 'Alan Marsh', cue: 'reported', who: 'person' },
      { at: '4.3', speaker: 'Alan Marsh', cue: 'reported', who: 'person' },
      { at: '5.1', speaker: 'Norwegian Institute of Public Health|data', cue: 'reported', who: 'document' },
    ],
  },

  // 5 — match report: headline quote of the captain named in paragraph 3, a losing manager's
  //     quote continued on the next line, "Asked about …, the 33-year-old said", a colon quote.
  {
    name: 'county-cup-final-report',
    body: [
      `'We gave them nothing': Harlow captain hails cup triumph`,
      ``,
      `Harlow Athletic won the Women's County Cup for the first time on Sunday, beating Denby Vale 2-0 in front of a record crowd of 3,400 at Marsh Lane.`,
      `Goals in either half from Kezia Long and Tamsin Roe settled a final that Harlow controlled from the start.`,
      ``,
      `Denby Vale's manager, Phil Garside, was blunt about his side's display.`,
      `"We didn't turn up, simple as that," he said.`,
      `"I've told the players that if they play like that in the league, we will go down."`,
      ``,
      `Harlow's captain, Ruth Adeyemi, who has played for the club since she was nine, said the win belonged to the volunteers who had kept the team going through two seasons without a sponsor.`,
      `"We gave them nothing today.`,
      `We defended as a team, we ran as a team, and we deserved it," Adeyemi said.`,
      `Asked about her future, the 33-year-old said she would decide in the summer.`,
      ``,
      `Manager Chris Oduya: "Ruth has been immense for ten years.`,
      `Today she was the best player on the pitch by a mile."`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Ruth Adeyemi', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Phil Garside', cue: 'direct', who: 'person' },
      { at: '3.3', speaker: 'Phil Garside', cue: 'continued', who: 'person' },
      { at: '4.1', speaker: 'Ruth Adeyemi', cue: 'reported', who: 'person' },
      { at: '4.2', speaker: 'Ruth Adeyemi', cue: 'direct', who: 'person' },
      { at: '4.3', speaker: 'Ruth Adeyemi', cue: 'direct', who: 'person' },
      { at: '4.4', speaker: 'Ruth Adeyemi', cue: 'reported', who: 'person' },
      { at: '5.1', speaker: 'Chris Oduya', cue: 'colon', who: 'person' },
      { at: '5.2', speaker: 'Chris Oduya', cue: 'continued', who: 'person' },
    ],
  },

  // 6 — press release: "today announced", "said X, Chief Executive Officer of Y", a second
  //     quote of the same person, a partner's quote, and boilerplate (own voice).
  {
    name: 'community-solar-press-release',
    body: [
      `BRISTOL, England, March 4, 2026 — Vantor Energy, a developer of community solar farms, today announced that it has secured £60 million in financing to build eleven new sites across the South West.`,
      `The sites will have a combined capacity of 210 megawatts, enough to power around 70,000 homes, the company said.`,
      ``,
      `"This financing allows us to move from planning to construction on every one of these projects," said Helena Marr, Chief Executive Officer of Vantor Energy.`,
      `"Community ownership is at the heart of what we do, and local residents will be able to invest from as little as £50."`,
      ``,
      `The financing was arranged by Castlegate Capital.`,
      `"Vantor has a proven track record of delivering projects on time and on budget," said Raj Pillai, Managing Director at Castlegate Capital.`,
      ``,
      `Construction of the first three sites is expected to begin in June.`,
      ``,
      `About Vantor Energy`,
      `Vantor Energy was founded in 2015 and has built 26 community solar farms in England and Wales.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Vantor Energy', cue: 'reported', who: 'organisation' },
      { at: '1.2', speaker: 'Vantor Energy|company', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Helena Marr', cue: 'direct', who: 'person' },
      { at: '2.2', speaker: 'Helena Marr', cue: 'continued', who: 'person' },
      { at: '3.2', speaker: 'Raj Pillai', cue: 'direct', who: 'person' },
    ],
  },

  // 7 — transcript-like Q&A: a headline colon quote, an introduction in the paper's voice,
  //     questions (own voice) and answers that run over several sentences.
  {
    name: 'mayor-bus-strike-interview',
    body: [
      `Mayor Dolores Quint on the bus strike: "Nobody wins when the buses stop"`,
      ``,
      `Dolores Quint has been mayor of Fenwick for six years.`,
      `As the city's bus drivers enter the third week of a strike, she spoke to the Fenwick Gazette about the talks, the cost and what comes next.`,
      `The interview has been edited for length.`,
      ``,
      `Q: When did you last speak to the drivers' union?`,
      `A: On Friday evening.`,
      `We talked for about two hours, and I think both sides left the room understanding each other better.`,
      ``,
      `Q: Will the city raise its pay offer?`,
      `A: We have put 4 percent on the table, which is more than any other city in the region has offered.`,
      `I can't promise more than that without cutting services somewhere else.`,
      ``,
      `Q: Some councillors say you should have stepped in sooner.`,
      `A: They are entitled to their view.`,
      `Hindsight is a wonderful thing.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Dolores Quint', cue: 'colon', who: 'person' },
      { at: '3.2', speaker: 'Dolores Quint', cue: 'colon', who: 'person' },
      { at: '3.3', speaker: 'Dolores Quint', cue: 'continued', who: 'person' },
      { at: '4.2', speaker: 'Dolores Quint', cue: 'colon', who: 'person' },
      { at: '4.3', speaker: 'Dolores Quint', cue: 'continued', who: 'person' },
      { at: '5.1', speaker: 'Some councillors|councillors', cue: 'reported', who: 'group' },
      { at: '5.2', speaker: 'Dolores Quint', cue: 'colon', who: 'person' },
      { at: '5.3', speaker: 'Dolores Quint', cue: 'continued', who: 'person' },
    ],
  },

  // 8 — a one-paragraph feature: a headline quote whose speaker is named only in the sixth
  //     sentence, a sign that "says", present-tense "she says", minutes that record.
  {
    name: 'headland-cafe-feature',
    body: [
      `"I just wanted somewhere warm for the walkers"`,
      ``,
      `On a grey Tuesday in February the car park at Skerry Point is almost empty, but the door of the old lighthouse keeper's cottage is open and the smell of baking drifts across the headland.`,
      `A hand-painted sign by the gate says, "Soup, scones and shelter, pay what you can."`,
      `Inside, four hikers are steaming gently beside a wood burner.`,
      `The cottage had stood empty for eleven years before the parish council agreed in 2024 to lease it for a peppercorn rent.`,
      `The woman behind the counter, Maggie Tolland, is a retired midwife who grew up in the village.`,
      `She says the cafe loses money most weeks and that she has no plans to change that.`,
      `"People come off that path soaked and frozen," she says.`,
      `"I just wanted somewhere warm for the walkers, and it turns out half the village wanted somewhere to talk."`,
      `The parish council's minutes from last month record that no rent has been collected since the cafe opened.`,
      `Councillor Ben Ashdown said nobody on the council minded.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Maggie Tolland', cue: 'direct', who: 'person' },
      { at: '2.2', speaker: 'sign', cue: 'direct', who: 'document' },
      { at: '2.6', speaker: 'Maggie Tolland', cue: 'reported', who: 'person' },
      { at: '2.7', speaker: 'Maggie Tolland', cue: 'direct', who: 'person' },
      { at: '2.8', speaker: 'Maggie Tolland', cue: 'continued', who: 'person' },
      { at: '2.9', speaker: 'minutes|parish council', cue: 'reported', who: 'document' },
      { at: '2.10', speaker: 'Ben Ashdown', cue: 'reported', who: 'person' },
    ],
  },
];
