/**
 * Four invented news articles (statements, session 13, helper s21), written before any fix and
 * scored at first sight: who "the company" / "the bank" / "the club" is when the body is named in the
 * same sentence, the sentence before or the article's first line; a role noun ("her barrister", "the
 * prosecutor") meaning the person named earlier in that role; nested appositions around the subject
 * ("Dr. X, an expert hired by the owner, Y, told …", "A surveyor instructed by the council's
 * insurers, Z, said"); a description subject ("The family-run dairy blamed …") that must never take a
 * holiday word of the headline; pleas are own voice; "Residents of A, B and C said"; "according to the
 * broadcaster" named before; "sent a message to X saying …". Same format and labelling rule as
 * statement-blind.fixture.ts. Scored by
 * `npx tsx bench/facts-eval.ts --score statement-patterns --own-s21`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const OWN_S21_STATEMENT_ARTICLES: BlindArticle[] = [
  // 1 — a food recall: same-sentence antecedent, description subject under a holiday headline, "the bank".
  {
    name: 'cheese-recall',
    body: [
      `Hollin Dairies recalls soft cheese before Easter weekend`,
      ``,
      `Hollin Dairies is recalling 12,000 packs of its soft cheese after tests found listeria at its Brackley plant, the company said on Tuesday.`,
      `The family-run dairy blamed a faulty cooling unit.`,
      `Shops in three counties have been told to clear their shelves.`,
      ``,
      `Norwell Bank lent the dairy £2m last year to expand the plant.`,
      `The bank said the loan was not at risk.`,
      `Hollin employs 140 people.`,
    ].join('\n'),
    gold: [
      { at: '2.1', speaker: 'Hollin Dairies', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Hollin Dairies', cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: 'Norwell Bank', cue: 'reported', who: 'organisation' },
    ],
  },
  // 2 — a court report: pleas are own voice; "her barrister" / "the prosecutor" are the people named in that role.
  {
    name: 'pharmacy-trial',
    body: [
      `A pharmacist accused of selling prescription drugs online will stand trial in March.`,
      `Nadia Orr, 41, who managed the Kelso Road pharmacy for nine years, denies four counts of supplying controlled drugs.`,
      `Prosecuting, Simon Reade said the drugs had been posted to buyers in six countries.`,
      `Her barrister, Leah Munro, said Ms Orr had not known about the sales.`,
      ``,
      `Ms Orr would ask for the case to be heard in another town, her barrister said.`,
      `The prosecutor said a date would be fixed next week.`,
      `Ms Orr was released on bail.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Simon Reade', cue: 'reported', who: 'person' },
      { at: '1.4', speaker: 'Leah Munro', cue: 'reported', who: 'person' },
      { at: '2.1', speaker: 'Leah Munro', cue: 'reported', who: 'person' },
      { at: '2.2', speaker: 'Simon Reade', cue: 'reported', who: 'person' },
    ],
  },
  // 3 — a planning inquiry: nested appositions, residents of a list of villages.
  {
    name: 'quarry-inquiry',
    body: [
      `A public inquiry into plans to deepen Brant Hill quarry heard evidence on noise on Wednesday.`,
      `Dr. Mira Scholz, an acoustics expert hired by the quarry's owner, Brant Stone, told the inquiry that blasting noise stayed within legal limits.`,
      `A surveyor instructed by the parish council's insurers, Lowfield Mutual, said cracks in two cottages were older than the blasting.`,
      `Residents of Oldbury, Pennick and Straye said the blasts rattled their windows.`,
      `The inquiry continues on Friday.`,
    ].join('\n'),
    gold: [
      { at: '1.2', speaker: 'Mira Scholz', cue: 'reported', who: 'person' },
      { at: '1.3', speaker: 'A surveyor instructed by the parish council\'s insurers|surveyor', cue: 'reported', who: 'person' },
      { at: '1.4', speaker: 'Residents of Oldbury, Pennick and Straye|residents', cue: 'reported', who: 'group' },
    ],
  },
  // 4 — a football club and a radio station: "the club" named the sentence before, "the company" the
  // article's subject named in the first line, "according to the broadcaster", an email "saying".
  {
    name: 'club-radio',
    body: [
      `Pellam Engineering has agreed to sponsor Ashgrove Rovers for three more seasons.`,
      `Ashgrove Rovers sacked their manager last month after seven straight defeats.`,
      `The club said a new manager would be named within a week.`,
      ``,
      `The deal was first reported on Tidewave FM.`,
      `According to the broadcaster, the sponsorship is worth £300,000 a season.`,
      `Pellam's chief executive, Gail Purnell, sent an email to staff saying the deal would put the firm's name on every shirt.`,
      `The company said the sponsorship would be paid from its marketing budget.`,
    ].join('\n'),
    gold: [
      { at: '1.3', speaker: 'Ashgrove Rovers', cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: 'Tidewave FM', cue: 'according-to', who: 'organisation' },
      { at: '2.3', speaker: 'Gail Purnell', cue: 'reported', who: 'person' },
      { at: '2.4', speaker: 'Pellam Engineering', cue: 'reported', who: 'organisation' },
    ],
  },
];
