/**
 * Seven invented news articles (issue 10, session 10, helper s13) written AFTER round 1's fixes and
 * before running the extractor on them, as an unseen check of whether those fixes carry to new
 * text: an inquest report, a markets wrap, a council planning meeting, a manager's press
 * conference, a health study with an outside expert, translated wildfire wire copy and a product
 * recall. Same format and labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s13b`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S13B_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — an inquest report.
  {
    name: 'cliff-fall-inquest',
    body: [
      `A walker who fell from a cliff path near Sandby had stopped to photograph seabirds, an inquest has heard.`,
      `Margaret Olney, 67, from Leicester, died at the foot of Gull Point in June.`,
      ``,
      `Her husband, Derek Olney, told the inquest at Sandby Town Hall that his wife had stepped off the path to get closer to a puffin colony.`,
      `"She was always chasing the perfect picture," he said.`,
      `He agreed that the warning signs on the path were clear.`,
      ``,
      `Coastguard officer Paula Grint said the ground at the edge had been undercut by winter storms.`,
      `The inquest was told that two other walkers had fallen from the same spot since 2019.`,
      ``,
      `Recording a verdict of accidental death, the coroner, Dr Ian Pascoe, said the council should consider fencing the edge.`,
      `Sandby Council said it would review the path.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Derek Olney', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Derek Olney', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Derek Olney', cue: 'direct', who: 'person' },
      { at: '2.3', speaker: 'Derek Olney', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Paula Grint', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Paula Grint', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'Ian Pascoe', cue: 'reported', who: 'person' },
      { at: '4.2', speaker: 'Sandby Council', cue: 'reported', who: 'organisation' },
    ],
  },
  // 2 — a markets wrap.
  {
    name: 'inflation-shares-wrap',
    body: [
      `London shares fell on Tuesday after figures showed that inflation rose unexpectedly in October.`,
      `The FTSE 100 closed down 1.2% at 7,412.`,
      ``,
      `Data from the Office for National Statistics show that consumer prices rose 3.1% in the year to October, up from 2.7% in September.`,
      ``,
      `"This is an unwelcome surprise for the Bank of England," said Hannah Crole, chief economist at Whitby & Marr.`,
      `She said rates were now unlikely to fall before the spring.`,
      ``,
      `Traders at one London bank said selling had been heavy but orderly.`,
      `Shares in the housebuilder Bellstone dropped 6% after it reported a 20% fall in orders.`,
      `Whitby & Marr cut its forecast for growth next year to 0.8%.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'figures', cue: 'reported', who: 'document' },
      { at: '2.1', speaker: 'data|Office for National Statistics', cue: 'reported', who: 'document' },
      { at: '3.1', speaker: 'Hannah Crole', cue: 'direct', who: 'person' },
      { at: '3.2', speaker: 'Hannah Crole', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'traders', cue: 'reported', who: 'group' },
      { at: '4.2', speaker: 'Bellstone', cue: 'reported', who: 'organisation' },
    ],
  },
  // 3 — a council planning meeting.
  {
    name: 'car-park-planning-meeting',
    body: [
      `Plans for a 400-space car park on the edge of Ashwell were approved by councillors on Thursday despite objections from residents.`,
      ``,
      `Speaking at the planning committee, resident Joan Tate said the site flooded "every single winter".`,
      `Her neighbour, Keith Moran, told councillors that traffic on Mill Road had doubled in five years.`,
      ``,
      `The council's head of planning, Sunita Rao of Ashwell District Council, said drainage would be built before any cars parked there.`,
      `Councillor Mark Heald rose to say that the town centre "cannot survive without parking".`,
      `He said shops had closed because visitors could not park.`,
      ``,
      `Committee members voted seven to two in favour.`,
      `Councillor Ann Berry, who voted against, said she had "serious doubts" about the drainage.`,
      `Her colleague, Tom Fisk, agreed that flooding was a risk but said the plan had been improved.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Joan Tate', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Keith Moran', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Sunita Rao', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Mark Heald', cue: 'reported', who: 'person' },
      { at: '3.3', speaker: 'Mark Heald', cue: 'reported', who: 'person' },
      { at: '4.2', speaker: 'Ann Berry', cue: 'reported', who: 'person' },
      { at: '4.3', speaker: 'Tom Fisk', cue: 'reported', who: 'person' },
    ],
  },
  // 4 — a manager's press conference.
  {
    name: 'manager-press-conference',
    body: [
      `Dunmore Athletic manager Rhys Coleman says his side must "stop feeling sorry for themselves" after a fourth straight defeat.`,
      ``,
      `Speaking at his weekly press conference, Coleman admitted that confidence was low.`,
      `"We are giving away goals that a youth team wouldn't concede," he said.`,
      `"That has to stop on Saturday."`,
      ``,
      `Coleman also confirmed that striker Leon Asante would miss six weeks with a hamstring injury.`,
      `Asante was injured in training on Tuesday.`,
      ``,
      `The club's chairman, Geoff Palin, insisted last month that the manager's job was safe.`,
      `Dunmore are 19th in the table, two points above the relegation zone.`,
      `Supporters' group Dunmore Together said in a statement that it backed the manager "for now".`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Rhys Coleman', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Rhys Coleman', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Rhys Coleman', cue: 'direct', who: 'person' },
      { at: '2.3', speaker: 'Rhys Coleman', cue: 'continued', who: 'person' },
      { at: '3.1', speaker: 'Rhys Coleman', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'Geoff Palin', cue: 'reported', who: 'person' },
      { at: '4.3', speaker: 'Dunmore Together', cue: 'reported', who: 'organisation' },
    ],
  },
  // 5 — a health study with an outside expert.
  {
    name: 'walk-to-school-study',
    body: [
      `Children who walk to school are more alert in morning lessons, a study of 1,800 pupils in the Netherlands suggests.`,
      `The research, by a team at Utrecht Medical Centre, was published in the journal Child Health on Monday.`,
      ``,
      `Its results show that walkers scored 12% higher on attention tests in the first two hours of the school day.`,
      `The lead researcher, Prof Anouk de Wit, said the effect faded by lunchtime.`,
      ``,
      `Dr Sam Okafor, a paediatrician at Leeds General Infirmary who was not involved in the research, told the Times the findings made sense.`,
      `But he warned that families who drive often live further from school.`,
      ``,
      `Government figures show that fewer than half of primary pupils in England walk to school.`,
      `The Department for Education said it wanted to see that number rise.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'study', cue: 'reported', who: 'document' },
      { at: '2.1', speaker: 'results|research|study', cue: 'reported', who: 'document' },
      { at: '2.2', speaker: 'Anouk de Wit', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Sam Okafor', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Sam Okafor', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'figures|government figures', cue: 'reported', who: 'document' },
      { at: '4.2', speaker: 'Department for Education', cue: 'reported', who: 'organisation' },
    ],
  },
  // 6 — translated wire copy: a wildfire.
  {
    name: 'wildfire-villages-wire',
    body: [
      `ATHENS, Aug 12 (Wire) - Greek firefighters battled a wildfire north of Athens for a second day on Monday, and authorities ordered the evacuation of four villages.`,
      `"The next hours are critical," fire service spokesman Yiannis Kostas told state broadcaster ERT.`,
      ``,
      `The civil protection ministry said more than 600 firefighters and 12 aircraft were at the scene.`,
      `Local officials reported 14 homes destroyed.`,
      `A resident of Varnavas, 72-year-old Eleni Marou, said she had left with "only my medicines and the cat".`,
      ``,
      `Temperatures above 40C and strong winds are forecast until Wednesday, the meteorological service warned.`,
      `Last year's fires burned almost 1,750 square km, according to the European Forest Fire Information System.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Yiannis Kostas', cue: 'direct', who: 'person' },
      { at: '2.1', speaker: 'civil protection ministry|ministry', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'officials|local officials', cue: 'reported', who: 'group' },
      { at: '2.3', speaker: 'Eleni Marou', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'meteorological service', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'European Forest Fire Information System', cue: 'according-to', who: 'organisation' },
    ],
  },
  // 7 — a product recall.
  {
    name: 'kettle-handle-recall',
    body: [
      `Kettle maker Brannock & Hale is recalling 40,000 cordless kettles after customers complained that the handles could snap when full.`,
      `The Office for Product Safety said it had received 23 complaints, including two of minor burns.`,
      ``,
      `Brannock & Hale said in a statement that the fault affected kettles made between March and June.`,
      `Customers should stop using them and claim a refund, the company said.`,
      ``,
      `Consumer group Which Way, which tested the kettle last year, said it had raised concerns about the handle at the time.`,
      `Its head of testing, Lorna Pike, said: "We flagged this in October."`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'customers', cue: 'reported', who: 'group' },
      { at: '1.2', speaker: 'Office for Product Safety', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Brannock & Hale', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Brannock & Hale|company', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Which Way', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'Lorna Pike', cue: 'colon', who: 'person' },
    ],
  },
];
