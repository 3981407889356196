/**
 * Five invented news articles (issue 10, session 10, helper s13) written after every fix of the
 * session and scored before any fix for them, as a last fresh check: a by-election count, a
 * sentencing, a space-probe update, a police appeal and a retail feature. Same format and
 * labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s13c`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S13C_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a by-election count in the small hours.
  {
    name: 'by-election-count',
    body: [
      `The Green candidate, Maya Holt, won the Fenwick by-election in the early hours of Friday, overturning a majority of 6,000.`,
      `Turnout was 38%, the returning officer, Graham Pyle, announced.`,
      ``,
      `"Fenwick has sent a message tonight, and I hope Westminster is listening," Holt told supporters at the count.`,
      `She said her first priority would be the closure of the town's maternity unit.`,
      ``,
      `The defeated candidate, Richard Amis, congratulated her but blamed "a national mood" for his loss.`,
      `Polling expert Prof Lena Shore of Carrow University said the swing was the largest at a by-election since 2019.`,
      `Party officials conceded privately that the result was "a disaster".`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Graham Pyle', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Maya Holt', cue: 'direct', who: 'person' },
      { at: '2.2', speaker: 'Maya Holt', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Richard Amis', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Lena Shore', cue: 'reported', who: 'person' },
      { at: '3.3', speaker: 'officials|party officials', cue: 'reported', who: 'group' },
    ],
  },
  // 2 — a sentencing.
  {
    name: 'scaffold-collapse-sentencing',
    body: [
      `The director of a building firm has been jailed for 18 months after a scaffold collapsed on a busy street in Corby, injuring two pedestrians.`,
      `Alan Prest, 51, of Hill Rise, admitted breaching health and safety law at an earlier hearing.`,
      ``,
      `Northampton Crown Court heard that the scaffold had been put up without a single inspection.`,
      `Prosecuting, Emma Lloyd said workers had complained about loose fittings for weeks.`,
      `In mitigation, Daniel Frost said his client was "deeply ashamed" and had sold the firm.`,
      ``,
      `Sentencing him, Judge Carol Whitby told Prest: "You gambled with the lives of strangers."`,
      `She said the injuries could easily have been fatal.`,
      ``,
      `One of the pedestrians, retired teacher Joan Ayres, said outside court that she still could not walk without a stick.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Emma Lloyd', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Emma Lloyd', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'Daniel Frost', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Carol Whitby', cue: 'colon', who: 'person' },
      { at: '3.2', speaker: 'Carol Whitby', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'Joan Ayres', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a space-probe update.
  {
    name: 'probe-antenna-fault',
    body: [
      `Engineers have regained contact with the Halcyon probe after a nine-day silence, the European Space Agency said on Wednesday.`,
      `The probe, launched in 2023 to study the asteroid Fenra, stopped transmitting on 2 May.`,
      ``,
      `Mission manager Dr Kofi Mensah said a faulty switch in the antenna had been bypassed by a command sent from Spain.`,
      `"There were a few long nights," he admitted.`,
      `Telemetry received on Tuesday shows that the probe's batteries are healthy.`,
      ``,
      `Dr Ines Vidal, a planetary scientist at the University of Lisbon who is not part of the mission, called the recovery "a textbook piece of engineering".`,
      `The probe is due to reach Fenra in 2027.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'European Space Agency', cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: 'Kofi Mensah', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Kofi Mensah', cue: 'direct', who: 'person' },
      { at: '2.3', speaker: 'telemetry', cue: 'reported', who: 'document' },
      { at: '3.1', speaker: 'Ines Vidal', cue: 'reported', who: 'person' },
    ],
  },
  // 4 — a police appeal.
  {
    name: 'cashpoint-robbery-appeal',
    body: [
      `Police are appealing for witnesses after a woman was robbed at a cashpoint in Leyton on Saturday evening.`,
      `The 68-year-old was pushed to the ground and her bag was taken, officers said.`,
      ``,
      `Det Sgt Paul Keane, who is leading the inquiry, said the attack had left her "shaken and bruised".`,
      `"Someone will have seen this man running along the High Road," he said.`,
      `He urged anyone with dashcam footage to come forward.`,
      ``,
      `The suspect is described as white, about 5ft 10in, and wearing a grey hooded top.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'officers', cue: 'reported', who: 'group' },
      { at: '2.1', speaker: 'Paul Keane', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Paul Keane', cue: 'direct', who: 'person' },
      { at: '2.3', speaker: 'Paul Keane', cue: 'reported', who: 'person' },
    ],
  },
  // 5 — a retail feature.
  {
    name: 'market-stall-feature',
    body: [
      `On a wet Tuesday morning at Brixford market, Sal Moreno is already on her third flask of tea.`,
      `She has sold fruit from the same stall for 34 years and says trade has never been harder.`,
      ``,
      `"People come for a look, then buy their bananas at the supermarket," she says.`,
      `"I don't blame them."`,
      ``,
      `The council, which owns the market, raised stall rents by 12% in April.`,
      `A council spokesman said the rise was needed to repair the roof.`,
      `Traders say fewer than half of the market's 60 stalls are now let.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Sal Moreno', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Sal Moreno', cue: 'direct', who: 'person' },
      { at: '2.2', speaker: 'Sal Moreno', cue: 'continued', who: 'person' },
      { at: '3.2', speaker: 'spokesman|council', cue: 'reported', who: 'person' },
      { at: '3.3', speaker: 'traders', cue: 'reported', who: 'group' },
    ],
  },
];
