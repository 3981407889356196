/**
 * Three invented news articles (37 statements) written for issue 10, session 8, before the writer
 * read any extractor code, as a fresh check of the kinds of miss seen on unseen sets: a person whose
 * apposition names an employer ("Kerensa Polglaze, a mechanic employed by Tregarth Marine
 * Services, wrote that …"), documents as speakers ("a memo … warns", "the letter … sets out",
 * "minutes … show", "according to records"), a description in a headline and lede named later by
 * another noun, a quote whose speaker is named only in the next sentence, and a quote continued
 * after a paragraph break with an organisation mentioned in between. Same format and labelling rule
 * as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s10`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S10_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — American local news: a memo and records as speakers, an employer apposition in an email,
  //     a quote opening a paragraph whose speaker is named in the next sentence, a quote continued
  //     over a paragraph break after a state agency is named.
  {
    name: 'reservoir-boil-notice',
    body: [
      `Harwick Falls residents were told on Thursday to boil their tap water after bacteria were detected in the town's main reservoir.`,
      `The notice covers about 18,000 households and is expected to last at least a week, the county health department said.`,
      ``,
      `A memo sent to council members on Tuesday, two days before the public was told, warns that chlorine levels at the treatment plant had fallen below the legal minimum for most of the weekend.`,
      `The memo was written by the plant's operations supervisor, Dale Pruitt.`,
      ``,
      `In an email to the town manager, Renata Solis, a chemist at Corvan Analytical Services, wrote that the samples showed "levels we would expect after a pump failure, not a pipe break."`,
      `The town manager, Gil Abernathy, said he had not seen the email until Wednesday morning.`,
      `"I should have been told sooner, and so should every family in this town," he said.`,
      ``,
      `"Nobody should drink from the tap until we say so."`,
      `Mayor Luanne Whitcomb, who chaired an emergency meeting at the high school on Thursday evening, said the town would hand out bottled water at three sites from Friday.`,
      `She said the state Department of Environmental Quality had offered to send two inspectors.`,
      `"They will have full access to the plant and to every record we hold.`,
      ``,
      `"If someone made a mistake, we will find out who, and we will say so publicly."`,
      ``,
      `According to records filed with the state, the plant failed two inspections in 2023 and was fined $40,000.`,
      `A report by the county's auditors last year concluded that the plant needed a new backup pump, at a cost of about $1.2 million.`,
      `The council deferred the purchase twice.`,
      `Pruitt did not respond to requests for comment.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'county health department', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'memo', cue: 'reported', who: 'document' },
      { at: '3.1', speaker: 'Renata Solis', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Gil Abernathy', cue: 'reported', who: 'person' },
      { at: '3.3', speaker: 'Gil Abernathy', cue: 'direct', who: 'person' },
      { at: '4.1', speaker: 'Luanne Whitcomb', cue: 'continued', who: 'person' },
      { at: '4.2', speaker: 'Luanne Whitcomb', cue: 'reported', who: 'person' },
      { at: '4.3', speaker: 'Luanne Whitcomb', cue: 'reported', who: 'person' },
      { at: '4.4', speaker: 'Luanne Whitcomb', cue: 'continued', who: 'person' },
      { at: '5.1', speaker: 'Luanne Whitcomb', cue: 'continued', who: 'person' },
      { at: '6.1', speaker: 'records', cue: 'according-to', who: 'document' },
      { at: '6.2', speaker: 'report|auditors', cue: 'reported', who: 'document' },
    ],
  },

  // 2 — British regional news: a headline and lede describing a man named later by another noun,
  //     a letter that "sets out" and "describes", a charity named in apposition, an employer
  //     apposition in a message, a quote whose speaker is named in the next sentence although
  //     another person spoke just before.
  {
    name: 'lifeboat-volunteer-letter',
    body: [
      `Veteran lifeboat volunteer says he was forced out after raising safety fears`,
      ``,
      `A man who crewed the Porthkennack lifeboat for more than three decades says he was pushed out of the station after warning that its launch tractor was unsafe.`,
      `Jory Trevaskis, 64, who first went to sea with the crew as a teenager, told the Western Packet that he had been "frozen out" within weeks of his complaint.`,
      ``,
      `A letter sent to him by the station's management in May, which has been seen by this newspaper, sets out four reasons for removing him from the rota, none of which mentions the tractor.`,
      `The letter describes his conduct at a training exercise as "argumentative and disruptive".`,
      `Mr Trevaskis was not at that exercise, according to the crew's own logbook.`,
      ``,
      `The charity that runs the station, the Coastal Rescue Trust, said it could not comment on individual volunteers but that every concern raised about equipment was "taken seriously and investigated".`,
      `It said the tractor had passed an independent inspection in June.`,
      ``,
      `In a message to the crew's group chat last November, Kerensa Polglaze, a mechanic employed by Tregarth Marine Services, wrote that the tractor's brakes were "not fit for a slipway".`,
      `Tregarth Marine Services, which maintains the vehicle under contract, declined to comment.`,
      ``,
      `"I have given this boat half my life."`,
      `Mr Trevaskis, who still lives within sight of the station, said he would keep paying his membership subscription.`,
      ``,
      `Alan Brereton, the trust's chief executive, said in a statement on Friday that he had asked for an independent review of the station's management.`,
      `The review's findings are due in the new year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Jory Trevaskis', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Jory Trevaskis', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Jory Trevaskis', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'letter', cue: 'reported', who: 'document' },
      { at: '3.2', speaker: 'letter', cue: 'reported', who: 'document' },
      { at: '3.3', speaker: 'logbook', cue: 'according-to', who: 'document' },
      { at: '4.1', speaker: 'Coastal Rescue Trust', cue: 'reported', who: 'organisation' },
      { at: '4.2', speaker: 'Coastal Rescue Trust', cue: 'reported', who: 'organisation' },
      { at: '5.1', speaker: 'Kerensa Polglaze', cue: 'reported', who: 'person' },
      { at: '6.1', speaker: 'Jory Trevaskis', cue: 'continued', who: 'person' },
      { at: '6.2', speaker: 'Jory Trevaskis', cue: 'reported', who: 'person' },
      { at: '7.1', speaker: 'Alan Brereton', cue: 'reported', who: 'person' },
    ],
  },

  // 3 — American business news: a filing and minutes as speakers, an employer apposition with
  //     "told", a colon quote after a title, a quote continued over a paragraph break after a
  //     state board is named, analysts with their firm.
  {
    name: 'chip-plant-delay',
    body: [
      `Solvane Semiconductor has pushed back the opening of its $6 billion chip plant in Marrow County by at least a year, according to a regulatory filing made public on Monday.`,
      `The company said in the filing that a shortage of specialized construction workers and late deliveries of lithography equipment were to blame.`,
      ``,
      `Minutes of a county commission meeting in August show that officials were told about the delay weeks before it was announced.`,
      `At that meeting, Prakash Venkataraman, a site director at Solvane, told commissioners that the first production line would not run before 2027.`,
      ``,
      `County Commissioner Bettina Szabo said she felt misled.`,
      `"We gave them the tax breaks on the understanding that people would be working there next spring," she said.`,
      `"Now we hear it from a filing."`,
      `Szabo said the commission would ask the state's Economic Development Board to review the incentive package.`,
      `The board approved $410 million in grants for the project in 2022.`,
      ``,
      `"Nobody is talking about clawing money back yet.`,
      `But we want to know what we are paying for."`,
      ``,
      `Solvane's chief financial officer, Marcus Delacroix-Hunt, struck a different note on a call with investors on Tuesday: "The demand picture has not changed, and neither has our commitment to Marrow County."`,
      `He said the company still expected the plant to employ about 3,000 people once it reached full output.`,
      ``,
      `Shares of Solvane fell 2.4 percent on Tuesday.`,
      `Analysts at Birchfield Capital wrote in a note to clients that the delay would cost the company roughly $900 million in lost revenue next year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'filing', cue: 'according-to', who: 'document' },
      { at: '1.2', speaker: 'Solvane Semiconductor|Solvane', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'minutes', cue: 'reported', who: 'document' },
      { at: '2.2', speaker: 'Prakash Venkataraman', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Bettina Szabo', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Bettina Szabo', cue: 'direct', who: 'person' },
      { at: '3.3', speaker: 'Bettina Szabo', cue: 'continued', who: 'person' },
      { at: '3.4', speaker: 'Bettina Szabo', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'Bettina Szabo', cue: 'continued', who: 'person' },
      { at: '4.2', speaker: 'Bettina Szabo', cue: 'continued', who: 'person' },
      { at: '5.1', speaker: 'Marcus Delacroix-Hunt', cue: 'colon', who: 'person' },
      { at: '5.2', speaker: 'Marcus Delacroix-Hunt', cue: 'reported', who: 'person' },
      { at: '6.2', speaker: 'analysts|Birchfield Capital', cue: 'reported', who: 'group' },
    ],
  },
];
