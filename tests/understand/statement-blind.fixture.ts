/**
 * Ten news-like articles of our own writing, written before reading the statement extractor (issue
 * 10, fourth session) to check it blind: wire copy, a court report, a match report, a science
 * story, company results with two firms, a political story, an interview with colon quotes, a
 * quote over several paragraphs, reported speech in every tense and position with page furniture,
 * and an airline story. `gold` names every statement sentence (paragraph.sentence) with its
 * speaker (alternatives split by '|', same rule as the MEANTIME labels), its cue kind and the kind
 * of speaker; every other sentence is the article's own voice and must get no speaker. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns`.
 */
export type CueKind = 'direct' | 'colon' | 'continued' | 'reported' | 'according-to';
export type SpeakerKind = 'person' | 'organisation' | 'group' | 'document';

export interface BlindStatement {
  at: string;
  speaker: string;
  cue: CueKind;
  who: SpeakerKind;
}

export interface BlindArticle {
  name: string;
  /** Paragraphs split by blank lines, sentences by line breaks (tests/understand/statements-fixture.ts). */
  body: string;
  gold: BlindStatement[];
}

export const BLIND_STATEMENT_ARTICLES: BlindArticle[] = [
  {
    name: 'wire-flood',
    body: [
      'Flooding along the Tessen River forced about 4,000 people from their homes on Tuesday, police said.',
      'The regional council voted late on Monday to open three emergency shelters.',
      'Water levels will peak on Thursday, the weather service warned in a bulletin.',
      'Rescue teams have reached most of the stranded villages, according to Deputy Fire Chief Anna Kellerman.',
      'Kellerman told reporters the worst was not over yet.',
      'The river last burst its banks in 1998.',
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'police', cue: 'reported', who: 'group' },
      { at: '1.3', speaker: 'weather service', cue: 'reported', who: 'organisation' },
      { at: '1.4', speaker: 'Anna Kellerman', cue: 'according-to', who: 'person' },
      { at: '1.5', speaker: 'Anna Kellerman', cue: 'reported', who: 'person' },
    ],
  },
  {
    name: 'court',
    body: [
      'A former accountant at Bellwood Logistics was sentenced on Friday to six years in prison for stealing $2.3 million from the firm.',
      'Judge Martin Osei told the court that Daniel Pryce had shown "no real remorse" for the theft.',
      "Pryce's lawyer, Helen Varga, argued that her client had repaid part of the money.",
      'She said he would appeal.',
      'The jury took four hours to reach its verdict.',
      '"This was a betrayal of people who trusted him," the judge said.',
      'Bellwood said in a statement it welcomed the sentence.',
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Martin Osei', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Helen Varga', cue: 'reported', who: 'person' },
      { at: '1.4', speaker: 'Helen Varga', cue: 'reported', who: 'person' },
      { at: '1.6', speaker: 'Martin Osei', cue: 'direct', who: 'person' },
      { at: '1.7', speaker: 'Bellwood Logistics|Bellwood', cue: 'reported', who: 'organisation' },
    ],
  },
  {
    name: 'match',
    body: [
      'Harlow City came from two goals down to beat Redmont 3-2 on Saturday.',
      '"I told the lads at half-time that we had nothing to lose," said Harlow manager Pete Doyle.',
      '',
      '"They showed real character.',
      'I\'m proud of every one of them."',
      '',
      'Redmont captain Luis Ferreira was less happy.',
      '"We gave them two soft goals," Ferreira admitted.',
      '"You can\'t do that at this level."',
      '',
      'The win lifts Harlow to fourth in the table.',
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Pete Doyle', cue: 'direct', who: 'person' },
      { at: '2.1', speaker: 'Pete Doyle', cue: 'continued', who: 'person' },
      { at: '2.2', speaker: 'Pete Doyle', cue: 'continued', who: 'person' },
      { at: '3.2', speaker: 'Luis Ferreira', cue: 'direct', who: 'person' },
      { at: '3.3', speaker: 'Luis Ferreira', cue: 'continued', who: 'person' },
    ],
  },
  {
    name: 'science',
    body: [
      'Drinking three cups of coffee a day may lower the risk of liver disease, a new study suggests.',
      'The study, published in the Journal of Hepatology on Wednesday, followed 12,000 adults for ten years.',
      'Participants who drank coffee were 21% less likely to develop the disease, the authors found.',
      '"The effect was much stronger than we expected," said lead author Dr. Priya Nair of the University of Leeds.',
      'Nair cautioned that the study could not prove cause and effect.',
      'The team plans to repeat the trial in Brazil next year.',
      'Professor Mark Ellis, who was not involved in the research, called the findings "intriguing but preliminary".',
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'study', cue: 'reported', who: 'document' },
      { at: '1.3', speaker: 'authors', cue: 'reported', who: 'group' },
      { at: '1.4', speaker: 'Priya Nair', cue: 'direct', who: 'person' },
      { at: '1.5', speaker: 'Priya Nair', cue: 'reported', who: 'person' },
      { at: '1.7', speaker: 'Mark Ellis', cue: 'direct', who: 'person' },
    ],
  },
  {
    name: 'results',
    body: [
      'Corvane Systems reported a net profit of $412 million for the third quarter, up 18% from a year earlier.',
      'The company said demand for its cloud storage products had grown faster than expected.',
      'Its shares rose 6% in early trading.',
      '',
      'Rival Tallis Networks, which reported results on Tuesday, fared worse.',
      'The firm said it would cut 900 jobs after sales fell for a fourth straight quarter.',
      '',
      'Corvane chief executive Ruth Adebayo said on a call with analysts that the company was "in a very strong position".',
      'The board approved a share buyback of $1 billion.',
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Corvane Systems|Corvane', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Tallis Networks|Tallis', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Ruth Adebayo', cue: 'reported', who: 'person' },
    ],
  },
  {
    name: 'politics',
    body: [
      'The government will raise the minimum wage by 5% from April, officials said on Sunday.',
      'A spokesman for the finance ministry said the increase would cost employers about 1.2 billion euros a year.',
      'Parliament approved the budget by 214 votes to 190 last week.',
      'Opposition leader Carla Mendes is saying the rise is too small.',
      'She insists that workers have lost ground to inflation for three years.',
      'The ministry said in a statement that talks with unions would resume on Monday.',
      'The cabinet plans to publish the full proposal next month.',
      'The so-called "fair pay" law was first passed in 2019.',
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'officials', cue: 'reported', who: 'group' },
      { at: '1.2', speaker: 'spokesman|finance ministry', cue: 'reported', who: 'person' },
      { at: '1.4', speaker: 'Carla Mendes', cue: 'reported', who: 'person' },
      { at: '1.5', speaker: 'Carla Mendes', cue: 'reported', who: 'person' },
      { at: '1.6', speaker: 'finance ministry|ministry', cue: 'reported', who: 'organisation' },
    ],
  },
  {
    name: 'interview',
    body: [
      'Novelist Ines Barta spoke to us about her new book.',
      '',
      'Asked why she returned to her home town, Barta said: "I needed the quiet.',
      'The city had worn me out."',
      '',
      'On her critics: "I read every review.',
      'Some of them are fair."',
      '',
      'Her publisher, Halden Press, wrote on X: "We are thrilled to have Ines back."',
      'The book goes on sale on 12 May.',
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Ines Barta', cue: 'colon', who: 'person' },
      { at: '2.2', speaker: 'Ines Barta', cue: 'continued', who: 'person' },
      { at: '3.1', speaker: 'Ines Barta', cue: 'colon', who: 'person' },
      { at: '3.2', speaker: 'Ines Barta', cue: 'continued', who: 'person' },
      { at: '4.1', speaker: 'Halden Press', cue: 'colon', who: 'organisation' },
    ],
  },
  {
    name: 'ferry',
    body: [
      'The harbour authority has delayed the new ferry terminal by two years.',
      '',
      '"We underestimated the ground conditions," the authority\'s director, Sam Whitlock, said in an interview with the Coastal Times.',
      '"The piles had to go twice as deep as planned.',
      '',
      '"That cost money and it cost time.',
      'Nobody likes it, but the terminal will be safer for it."',
      '',
      'The terminal was originally due to open in 2027.',
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Sam Whitlock', cue: 'direct', who: 'person' },
      { at: '2.2', speaker: 'Sam Whitlock', cue: 'continued', who: 'person' },
      { at: '3.1', speaker: 'Sam Whitlock', cue: 'continued', who: 'person' },
      { at: '3.2', speaker: 'Sam Whitlock', cue: 'continued', who: 'person' },
    ],
  },
  {
    name: 'depot',
    body: [
      'The new bus depot on Maple Street opened in March.',
      'Photo: Depot workers on the night shift Greta Holm Greta Holm, who lives opposite the depot, says the lorries start at 4am.',
      'Holm has warned the council that she will go to court.',
      'The council will respond next week, a council spokeswoman said.',
      'Bus operator Routeline says it is trying to reduce the noise.',
      'It added that new electric buses would arrive by summer.',
      "Councillors will vote on the depot's opening hours in June.",
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Greta Holm', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Greta Holm', cue: 'reported', who: 'person' },
      { at: '1.4', speaker: 'council spokeswoman|spokeswoman|council', cue: 'reported', who: 'person' },
      { at: '1.5', speaker: 'Routeline', cue: 'reported', who: 'organisation' },
      { at: '1.6', speaker: 'Routeline', cue: 'reported', who: 'organisation' },
    ],
  },
  {
    name: 'airline',
    body: [
      'Shares in airline Skyvale fell 9% on Wednesday after it cut its profit forecast.',
      'Chief executive Omar Haddad told reporters at the Paris air show that fuel costs were "brutal".',
      'According to a report by the consultancy Brightline, European airlines face a shortage of 4,000 pilots.',
      'Transport minister Eva Lindqvist wrote on X that the government would not bail out the airline.',
      'Skyvale was founded in 2004 and flies to 80 cities.',
      "The pilots' union, meanwhile, warned of strikes if pay talks fail.",
      'A decision on the strike is expected next week.',
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Omar Haddad', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Brightline|report', cue: 'according-to', who: 'document' },
      { at: '1.4', speaker: 'Eva Lindqvist', cue: 'reported', who: 'person' },
      { at: '1.6', speaker: "pilots' union|union", cue: 'reported', who: 'group' },
    ],
  },
];

/**
 * A second set, written after the fixes for the first and scored before any change for it
 * (`--score statement-patterns --second`): the blind figure for the fixes themselves.
 */
export const SECOND_BLIND_STATEMENT_ARTICLES: BlindArticle[] = [
  {
    name: 'strike',
    body: [
      'LONDON (Reuters) - Train drivers will strike for 48 hours next week after talks broke down, their union said on Thursday.',
      'The rail operator, Northway Trains, said it was "deeply disappointed" by the decision.',
      '"We have made a fair offer and we stand by it," a spokeswoman for Northway told the BBC.',
      'Union leader Mick Dorran accused the company of refusing to negotiate.',
      'Passengers are advised to check timetables before travelling.',
      'Dorran added that further strikes in December could not be ruled out.',
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'union', cue: 'reported', who: 'group' },
      { at: '1.2', speaker: 'Northway Trains|Northway', cue: 'direct', who: 'organisation' },
      { at: '1.3', speaker: 'spokeswoman|Northway', cue: 'direct', who: 'person' },
      { at: '1.4', speaker: 'Mick Dorran', cue: 'reported', who: 'person' },
      { at: '1.6', speaker: 'Mick Dorran', cue: 'reported', who: 'person' },
    ],
  },
  {
    name: 'trial-drug',
    body: [
      'A drug used for decades to treat gout may also slow the progress of heart failure, researchers at Kessler University reported on Monday.',
      'In a trial of 900 patients, those given the drug were admitted to hospital 30% less often.',
      'The results were published in The Lancet.',
      '"It is cheap, it is safe and it is already on every pharmacy shelf," said Dr. Amara Quinn, who led the trial.',
      'But Quinn warned patients not to start taking it without advice from their doctor.',
      'Heart failure affects about 64 million people worldwide, the World Health Organization estimates.',
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'researchers', cue: 'reported', who: 'group' },
      { at: '1.4', speaker: 'Amara Quinn', cue: 'direct', who: 'person' },
      { at: '1.5', speaker: 'Amara Quinn', cue: 'reported', who: 'person' },
      { at: '1.6', speaker: 'World Health Organization', cue: 'reported', who: 'organisation' },
    ],
  },
  {
    name: 'takeover',
    body: [
      'Brewer Halvorsen agreed on Friday to buy its smaller rival Oakcask for $2.1 billion.',
      'Halvorsen chief executive Lena Stroud described the deal as "a perfect fit".',
      'Oakcask founder Peter Mayne, who owns 30% of the company, is expected to join the board.',
      'The deal still needs approval from regulators.',
      'Mayne says he is sad to let go but that the brand will be in good hands.',
      'Shares in Halvorsen rose 4%.',
      'The takeover values Oakcask at about 15 times its annual profit, according to analysts at Dunmore Bank.',
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Lena Stroud', cue: 'direct', who: 'person' },
      { at: '1.5', speaker: 'Peter Mayne', cue: 'reported', who: 'person' },
      { at: '1.7', speaker: 'analysts', cue: 'according-to', who: 'group' },
    ],
  },
  {
    name: 'storm-interview',
    body: [
      'Fisherman Joe Tarrant has lived on the island for sixty years.',
      '"I have never seen a storm like it," he said, standing beside what is left of his boat shed.',
      '"The sea came right over the wall.',
      'My neighbours lost everything."',
      '',
      'The island council has asked the government for emergency funds.',
      'Council leader Ruth Pell told residents at a meeting on Tuesday that help was coming.',
      'Government officials have not said how much money will be made available.',
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Joe Tarrant', cue: 'direct', who: 'person' },
      { at: '1.3', speaker: 'Joe Tarrant', cue: 'continued', who: 'person' },
      { at: '1.4', speaker: 'Joe Tarrant', cue: 'continued', who: 'person' },
      { at: '2.2', speaker: 'Ruth Pell', cue: 'reported', who: 'person' },
    ],
  },
  {
    name: 'tech-launch',
    body: [
      'Phone maker Kestrel unveiled its first folding handset on Wednesday.',
      'The device will go on sale in Europe in October for 1,499 euros, the company said.',
      'Kestrel wrote on its website: "This is the phone we have wanted to build for ten years."',
      'Tech reviewer Sana Malik, writing for the Daily Circuit, called the hinge "the best we have tested".',
      'Analysts are more cautious.',
      '"Folding phones remain a niche," said Tom Behr of research firm Gartwell.',
      'Kestrel sold 40 million phones last year.',
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Kestrel', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'Kestrel', cue: 'colon', who: 'organisation' },
      { at: '1.4', speaker: 'Sana Malik', cue: 'direct', who: 'person' },
      { at: '1.6', speaker: 'Tom Behr', cue: 'direct', who: 'person' },
    ],
  },
];

/**
 * A third set (issue 10, fifth session), written and labelled before the extractor was run on it
 * (`--score statement-patterns --third`): colon quotes that run over sentences, "the company" and
 * "it" after a company is named, documents and offices as speakers, "in a statement" / "in an
 * interview" / "according to", pronouns, and own-voice traps (votes, decisions, "declared a state
 * of emergency", "conceded defeat", "declined to name").
 */
export const THIRD_BLIND_STATEMENT_ARTICLES: BlindArticle[] = [
  {
    name: 'dock-strike',
    body: [
      'Dock workers at the port of Valmera walked out on Monday in a dispute over night shifts.',
      "The strike was called by the Harbour Workers' Union after 87% of its members voted to stop work.",
      'Union secretary Dario Fenn said: "Nobody takes this step lightly.',
      'Our members have been working twelve-hour nights since March."',
      '',
      "The port's operator, Calvane Terminals, said the walkout would cost it about 3 million euros a day.",
      'The company insisted that its offer of a 4% pay rise was "more than fair".',
      'It added that ships were already being diverted to the rival port of Ostrand.',
      '',
      'Transport minister Hilde Sorensen told parliament on Tuesday she would not intervene "at this stage".',
      'Talks between the two sides are due to resume on Thursday.',
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Dario Fenn', cue: 'colon', who: 'person' },
      { at: '1.4', speaker: 'Dario Fenn', cue: 'continued', who: 'person' },
      { at: '2.1', speaker: 'Calvane Terminals|Calvane', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Calvane Terminals|Calvane', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'Calvane Terminals|Calvane', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Hilde Sorensen', cue: 'reported', who: 'person' },
    ],
  },
  {
    name: 'hospital-report',
    body: [
      'Patients at Northfield General Hospital waited an average of eleven hours in its emergency department last winter, a report by the regional health inspectorate has found.',
      'The report, published on Wednesday, says staff shortages were "the single biggest cause" of the delays.',
      'It also found that two patients had died while waiting for a bed.',
      '',
      'In a statement, the hospital said it had already hired 40 extra nurses.',
      '"We accept every one of the recommendations," chief executive Maureen Achebe said in an interview with local radio.',
      '"Some of the changes will take time, but patients will see a difference this winter."',
      '',
      'The inspectorate will return to the hospital in six months.',
      "According to the health ministry's own figures, waiting times have risen at two thirds of the country's hospitals since 2021.",
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'report|regional health inspectorate|health inspectorate', cue: 'reported', who: 'document' },
      { at: '1.2', speaker: 'report|regional health inspectorate|health inspectorate', cue: 'reported', who: 'document' },
      { at: '1.3', speaker: 'report|regional health inspectorate|health inspectorate', cue: 'reported', who: 'document' },
      { at: '2.1', speaker: 'Northfield General Hospital|hospital', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Maureen Achebe', cue: 'direct', who: 'person' },
      { at: '2.3', speaker: 'Maureen Achebe', cue: 'continued', who: 'person' },
      { at: '3.2', speaker: 'health ministry|ministry', cue: 'according-to', who: 'organisation' },
    ],
  },
  {
    name: 'mayor-election',
    body: [
      'Voters in the town of Kelby elected Samira Oduya as their first female mayor on Sunday.',
      'Oduya won 52% of the vote, the electoral commission said on Monday.',
      'Her opponent, the sitting mayor Gregor Lind, conceded defeat in a short speech to supporters.',
      '"The people have spoken and I respect their choice," he said.',
      '',
      'Observers from the Citizens\' Vote Watch group said the count had been "orderly and transparent".',
      'The town council voted 9-4 on Tuesday to move the swearing-in ceremony forward by a week.',
      "Oduya told supporters that her first job would be to fix the town's roads.",
      'Turnout was 61%, the highest since 1994.',
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'electoral commission', cue: 'reported', who: 'organisation' },
      { at: '1.4', speaker: 'Gregor Lind', cue: 'direct', who: 'person' },
      { at: '2.1', speaker: "observers|Citizens' Vote Watch", cue: 'reported', who: 'group' },
      { at: '2.3', speaker: 'Samira Oduya', cue: 'reported', who: 'person' },
    ],
  },
  {
    name: 'toy-recall',
    body: [
      'Toy maker Brindle & Co. is recalling 200,000 wooden puzzle sets because small parts can come loose.',
      'The recall follows three reports of children choking on the pieces, according to the Consumer Safety Office.',
      'No child was seriously hurt, the office said.',
      '',
      'Brindle & Co. said in a statement on its website that it was "deeply sorry" and would refund every customer.',
      'A spokesperson for the company, Jonas Weller, told the Evening Courier the fault had been traced to a single supplier.',
      'He declined to name the supplier.',
      '',
      'Parents who bought the puzzles between January and June are asked to stop using them at once.',
      "The firm's shares fell 3% on the news.",
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Consumer Safety Office', cue: 'according-to', who: 'organisation' },
      { at: '1.3', speaker: 'Consumer Safety Office', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Brindle & Co.|Brindle', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Jonas Weller|spokesperson', cue: 'reported', who: 'person' },
    ],
  },
  {
    name: 'climate-talks',
    body: [
      'Ministers from 30 countries ended two days of talks in Lisbon on Friday without agreeing on a date to phase out coal.',
      'The host, Portuguese environment minister Rui Tavares, said the talks had made "real progress" on finance.',
      'But he warned that time was running out.',
      '',
      'Speaking to reporters after the final session, Kenyan delegate Grace Wanjiru said poorer nations had been "asked to pay for a crisis they did not cause".',
      '"We came here in good faith.',
      'We will leave with very little."',
      '',
      '"Some countries are still hiding behind their coal miners," she told the Lisbon Daily in an interview.',
      'Environmental groups were more blunt.',
      'The summit was "a waste of jet fuel", Greenmark campaigner Tobias Lehr said.',
      'The next round of talks will be held in Nairobi in March.',
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Rui Tavares', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Rui Tavares', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Grace Wanjiru', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Grace Wanjiru', cue: 'continued', who: 'person' },
      { at: '2.3', speaker: 'Grace Wanjiru', cue: 'continued', who: 'person' },
      { at: '3.1', speaker: 'Grace Wanjiru', cue: 'direct', who: 'person' },
      { at: '3.3', speaker: 'Tobias Lehr', cue: 'direct', who: 'person' },
    ],
  },
  {
    name: 'appeal',
    body: [
      'A court in Dresnay on Monday upheld the conviction of former mayor Alain Brossard for taking bribes from a building firm.',
      'Brossard, 64, has always maintained that he is innocent.',
      'His lawyer, Nadia Keller, argued at the hearing that the key witness had lied.',
      '',
      'The three judges rejected that argument.',
      'In their written judgment, they said the evidence against Brossard was "overwhelming".',
      'Keller said outside the court that her client would take the case to the Supreme Court.',
      '"We are not finished," she said.',
      '',
      'Prosecutors say Brossard received more than 400,000 euros between 2014 and 2019.',
      'He must now serve a four-year prison sentence.',
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Alain Brossard', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'Nadia Keller', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'judges|three judges', cue: 'reported', who: 'group' },
      { at: '2.3', speaker: 'Nadia Keller', cue: 'reported', who: 'person' },
      { at: '2.4', speaker: 'Nadia Keller', cue: 'direct', who: 'person' },
      { at: '3.1', speaker: 'prosecutors', cue: 'reported', who: 'group' },
    ],
  },
  {
    name: 'layoffs',
    body: [
      'Software company Pexa Labs will cut 1,200 jobs, about a tenth of its workforce, chief executive Lorna Quist told staff on Tuesday.',
      'In a memo seen by the Daily Ledger, Quist wrote: "These are people who helped build this company.',
      'I take full responsibility for the decisions that brought us here."',
      '',
      'The memo says most of the cuts will fall in sales and marketing.',
      'Pexa Labs hired more than 3,000 people during the pandemic.',
      'Analysts at Brookfield Securities said the move was overdue.',
      '',
      '"They grew too fast and now they are paying for it," said Brookfield analyst Kenji Mori.',
      'Mori thinks that more cuts will follow in the summer.',
      'Shares in the company rose 7% after the announcement.',
      'Pexa Labs will report its annual results on 14 February.',
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Lorna Quist', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: 'Lorna Quist', cue: 'colon', who: 'person' },
      { at: '1.3', speaker: 'Lorna Quist', cue: 'continued', who: 'person' },
      { at: '2.1', speaker: 'memo|Lorna Quist', cue: 'reported', who: 'document' },
      { at: '2.3', speaker: 'analysts|Brookfield Securities', cue: 'reported', who: 'group' },
      { at: '3.1', speaker: 'Kenji Mori', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Kenji Mori', cue: 'reported', who: 'person' },
    ],
  },
  {
    name: 'wildfire',
    body: [
      'A wildfire that has burned for five days in the hills above Santa Lira was finally brought under control on Sunday, the county fire service said.',
      'About 2,300 hectares have burned and 14 homes were destroyed.',
      'Two firefighters were treated for smoke inhalation, according to a fire service spokesman.',
      '"The wind dropped overnight and that gave our crews the chance they needed," said incident commander Rosa Delgado, adding that some hot spots could flare up again.',
      '',
      'Police say the fire was started deliberately.',
      'A 19-year-old man was arrested on Saturday and is due in court on Tuesday.',
      'Residents who fled the flames were allowed to return home on Sunday afternoon.',
      '"We lost the barn, but the house is still standing," one of them, retired teacher Frank Albers, told local television.',
      "The county's governor has declared a state of emergency.",
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'county fire service|fire service', cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: 'spokesman|fire service', cue: 'according-to', who: 'person' },
      { at: '1.4', speaker: 'Rosa Delgado', cue: 'direct', who: 'person' },
      { at: '2.1', speaker: 'police', cue: 'reported', who: 'group' },
      { at: '2.4', speaker: 'Frank Albers', cue: 'direct', who: 'person' },
    ],
  },
];
