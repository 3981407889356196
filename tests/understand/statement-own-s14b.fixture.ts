/**
 * Three invented news articles (issue 10, session 10 round 2, helper s14) written after the fixes for
 * own set s14 and scored before any fix for them: natural variants of the round's kinds in other
 * subjects, tenses and word orders (a school closure, a ferry accident hearing, a heatwave). Same
 * format and labelling rule as statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s14b`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S14B_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a village school closes.
  {
    name: 'village-school-closes',
    body: [
      `Head teacher: “We did everything we could”`,
      ``,
      `Mark Oduya, head teacher of St Bride’s Primary, has thanked parents for their support after the school was told it would close in July.`,
      `The county’s education committee voted 7-2 for the closure on Thursday evening.`,
      ``,
      `Oduya told the Gazette on Friday that the decision had been "a hammer blow" for the village.`,
      `Councillor Jean Fairlie, who chairs the committee, has defended the vote.`,
      `She said in a statement posted online that falling rolls left the council no choice.`,
      ``,
      `The Parents’ Action Group claims that the figures were out of date.`,
      `According to its own count, 31 children are due to start next year.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Mark Oduya|head teacher', cue: 'colon', who: 'person' },
      { at: '2.1', speaker: 'Mark Oduya', cue: 'reported', who: 'person' },
      { at: '3.1', speaker: 'Mark Oduya', cue: 'reported', who: 'person' },
      { at: '3.2', speaker: 'Jean Fairlie', cue: 'reported', who: 'person' },
      { at: '3.3', speaker: 'Jean Fairlie', cue: 'reported', who: 'person' },
      { at: '4.1', speaker: 'Parents’ Action Group|Parents\' Action Group', cue: 'reported', who: 'group' },
      { at: '4.2', speaker: 'count|Parents’ Action Group|Parents\' Action Group', cue: 'according-to', who: 'document' },
    ],
  },
  // 2 — a ferry accident hearing.
  {
    name: 'ferry-ramp-hearing',
    body: [
      `A ferry ramp that collapsed in Portree in March had not been serviced for two years, a marine surveyor told an inquiry yesterday.`,
      `The surveyor, Kirsty Lamond, said corrosion was visible from the quay.`,
      ``,
      `The ferry operator's harbour master, Callum Reid, admitted under cross-examination that he had never seen a maintenance log.`,
      `Reid conceded during the second day of evidence that two warning notices had been ignored.`,
      `The operator has apologised to the families of the three injured passengers.`,
      ``,
      `The ramp was replaced in May, a spokesman for the harbour trust told reporters.`,
      `The inquiry resumes on Monday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', speaker: 'Kirsty Lamond|marine surveyor', cue: 'reported', who: 'person' },
      { at: '1.2', speaker: 'Kirsty Lamond', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Callum Reid', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Callum Reid', cue: 'reported', who: 'person' },
      { at: '2.3', speaker: 'operator|ferry operator', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'spokesman|harbour trust', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a heatwave warning.
  {
    name: 'heatwave-warning',
    body: [
      `Temperatures are expected to reach 36C in parts of the south-east this weekend.`,
      ``,
      `The Met Office warned on its website on Thursday that the heat could last into next week.`,
      `The health agency advises avoiding the sun between 11am and 3pm.`,
      `NHS England recommended checking on elderly neighbours twice a day.`,
      ``,
      `The Farmers’ Union estimates that the dry spell has already cut wheat yields by a tenth.`,
      `Its president, Helen Marsh, wrote in the Farmers Weekly that some growers faced "ruin".`,
      `Environment secretary Tom Baird has praised farmers for conserving water.`,
      ``,
      `Hosepipe bans have been announced in three counties.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Met Office', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'health agency', cue: 'reported', who: 'organisation' },
      { at: '2.3', speaker: 'NHS England', cue: 'reported', who: 'organisation' },
      { at: '3.1', speaker: 'Farmers’ Union|Farmers\' Union', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'Helen Marsh', cue: 'reported', who: 'person' },
      { at: '3.3', speaker: 'Tom Baird', cue: 'reported', who: 'person' },
    ],
  },
];
