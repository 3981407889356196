/**
 * Second agreement set of session 12 (issue 11, helper a20): five invented news articles written
 * after the first round of party fixes (own-a20) and scored at first sight on them, as a carry test
 * of the same kinds in other words: collectives ("both trusts", "the two committees"), officers
 * and members of a body ("The Harrowgate Parish councillors", "Shareholders of X"), names holding
 * "and"/"of", an owner set off after "from", a step agreed to that the sentence before names, a
 * relative clause without a pronoun on a later mention, an approver that is no party, joining an
 * agreement. Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a20b`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A20B_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — two hospice charities combine.
  {
    name: 'hospice-charities',
    body: [
      `St Aldhelm's Hospice in Wexcombe cares for 400 patients a year.`,
      `The Marlowe Valley Hospice Trust runs two day centres in the north of the county.`,
      ``,
      `Both trusts agreed on Monday to combine their services under one name.`,
      `The Charity Commission approved the combination in October, the charities said.`,
      ``,
      `Staff were told of the plan at a meeting in Wexcombe.`,
    ].join('\n'),
    gold: [
      { at: '2.1', parties: ["St Aldhelm's Hospice", 'Marlowe Valley Hospice Trust'], status: 'reached', kind: 'both trusts as the subject, named in two sentences' },
      { at: '2.2', parties: ["St Aldhelm's Hospice", 'Marlowe Valley Hospice Trust'], status: 'approved', kind: 'approver is not a party' },
    ],
  },

  // 2 — a parish sells its hall.
  {
    name: 'parish-hall-sale',
    body: [
      `The Harrowgate Parish councillors voted on Tuesday night to sell the village hall to the Harrowgate Arts and Crafts Guild for £1.`,
      `The guild will repair the roof.`,
      ``,
      `The sale was signed on Friday.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Harrowgate Parish', 'Harrowgate Arts and Crafts Guild'], status: 'approved', kind: 'councillors of a named body; a name with and' },
      { at: '2.1', parties: ['Harrowgate Parish', 'Harrowgate Arts and Crafts Guild'], status: 'signed', kind: 'later mention was signed' },
    ],
  },

  // 3 — a brewery buys a pub chain from its founders.
  {
    name: 'pub-chain',
    body: [
      `Kettleby Brewery has bought the Old Lamp pub chain from its founders, the Ainsworth brothers.`,
      `Shareholders of Kettleby Brewery approved the purchase at a meeting in York.`,
      ``,
      `The lease the chain signed with Dunmore Estates in 2015 runs until 2035.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kettleby Brewery', 'Ainsworth brothers'], status: 'reached', kind: 'bought from its founders, a plural set off' },
      { at: '1.2', parties: ['Kettleby Brewery', 'Ainsworth brothers'], status: 'approved', kind: 'shareholders of X approved' },
      { at: '2.1', parties: ['Old Lamp', 'Dunmore Estates'], status: 'in force', kind: 'a relative clause without a pronoun; runs until' },
    ],
  },

  // 4 — a school joins a federation.
  {
    name: 'school-federation',
    body: [
      `The Lynford Church of England Federation already includes four village schools.`,
      `Earlier this year, Chalkbourne Infant School applied to join the federation.`,
      ``,
      `The school's governors approved the plan last week.`,
      `Chalkbourne also joined a music partnership with the Wessex Youth Orchestra in 2023.`,
    ].join('\n'),
    gold: [
      { at: '2.1', parties: ['Chalkbourne Infant School', 'Lynford Church of England Federation'], status: 'approved', kind: 'the plan named in the sentence before' },
      { at: '2.2', parties: ['Chalkbourne Infant School', 'Wessex Youth Orchestra'], status: 'reached', kind: 'joined a partnership with' },
    ],
  },

  // 5 — a licence for a museum's photographs.
  {
    name: 'photo-licence',
    body: [
      `The Tyneford Museum of Industry and Labour holds 20,000 photographs of the shipyards.`,
      `The licence it gave Halden Press in 2020 to publish them was revoked on Wednesday.`,
      ``,
      `The two committees that run the museum will meet in January.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Tyneford Museum of Industry and Labour', 'Halden Press'], status: 'voided', kind: 'licence it gave X; name with of and and' },
    ],
  },
];
