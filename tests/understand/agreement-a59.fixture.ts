/**
 * Agreement set of session 23 (helper a59): sides that are named but wrong, in invented articles of
 * our own — councillors and trustees standing for their body, a role word glued before an owner's
 * name, a landlord's agents, places named after "in" that a later "the two companies" must not take,
 * "it" after a body's vote when another body spoke two sentences before, and "the company" after a
 * founder spoke — with close negatives beside them (a vote on a motion, a loan).
 * Scored by `npx tsx bench/facts-eval.ts --score patterns --own-a59`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A59_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — a council lease approved by its councillors; a vote on a motion beside it.
  {
    name: 'kayak-lease-councillors',
    body: [
      `Brayford Town Council has signed a ten-year lease handing the old ferry slipway to Quayside Kayaks Ltd.`,
      `Quayside Kayaks Ltd will pay the council 18,000 pounds a year under the lease.`,
      ``,
      `Councillors voted 9 to 2 on Wednesday to approve the lease after a long debate.`,
      `They also voted down a motion to close the car park on Sundays.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Brayford Town Council', 'Quayside Kayaks Ltd'], status: 'signed', kind: 'signed a lease' },
      { at: '1.2', parties: ['Brayford Town Council', 'Quayside Kayaks Ltd'], status: 'signed', kind: 'under the lease' },
      { at: '2.1', parties: ['Brayford Town Council', 'Quayside Kayaks Ltd'], status: 'approved', kind: 'councillors approved the lease' },
    ],
  },
  // 2 — a camping deal that fell through: the trustees for their trust; the agents for their firm.
  {
    name: 'moor-camping-trustees',
    body: [
      `Fellrunner Camping has walked away from a plan to run a campsite on Halden Moor.`,
      `The firm signed a memorandum with the Halden Moor Trust in March.`,
      `The chair of the Halden Moor Trust, Ivy Pellam, said the trustees had offered to share the cost of a new track but Fellrunner turned the offer down.`,
      ``,
      `Separately, a cafe on the moor road has been told to leave its premises.`,
      `Tolley's Tearoom signed a 12-year lease with Corvan Estates in 2018.`,
      `Owner Bram Tolley says the landlord never repaired the roof.`,
      `Corvan's agents offered Mr Tolley a settlement last month of 5,000 pounds if he left by March.`,
    ].join('\n'),
    gold: [
      { at: '1.2', parties: ['Fellrunner Camping', 'Halden Moor Trust'], status: 'signed', kind: 'signed a memorandum' },
      { at: '1.3', parties: ['Halden Moor Trust', 'Fellrunner Camping'], status: 'rejected', kind: 'turned the offer down' },
      { at: '2.2', parties: ["Tolley's Tearoom", 'Corvan Estates'], status: 'signed', kind: 'signed a lease' },
      { at: '2.4', parties: ['Corvan Estates', "Tolley's Tearoom|Bram Tolley"], status: 'proposed', kind: 'agents offered a settlement' },
    ],
  },
  // 3 — a franchise deal naming the states it covers; an earlier deal settled by "the two companies".
  {
    name: 'noodle-franchise-states',
    body: [
      `Kestrel Noodle Bar has signed a franchise agreement with Harrowgate Dining to open eight restaurants in Ohio and Indiana.`,
      `The agreement gives Harrowgate exclusive rights in both states for six years.`,
      ``,
      `Last year a similar arrangement with the Kentucky operator Lantern Eats fell apart over menu prices.`,
      `Lantern later sued, and the two companies settled the case in May.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kestrel Noodle Bar', 'Harrowgate Dining'], status: 'signed', kind: 'signed a franchise agreement' },
      { at: '1.2', parties: ['Kestrel Noodle Bar', 'Harrowgate Dining'], status: 'signed', kind: 'the agreement gives' },
      { at: '2.1', parties: ['Kestrel Noodle Bar', 'Lantern Eats'], status: 'collapsed', kind: 'arrangement fell apart' },
      { at: '2.2', parties: ['Kestrel Noodle Bar', 'Lantern Eats'], status: 'reached', kind: 'the two companies settled' },
    ],
  },
  // 4 — "it" after a commission's vote, another body having spoken two sentences before.
  {
    name: 'rescue-boats-commission',
    body: [
      `The town of Port Ambleworth has ended its contract with the boat firm Morrow Marine after a summer of missed patrols.`,
      ``,
      `Morrow Marine said in a statement that it disputed the town's account.`,
      `The Port Ambleworth Town Commission voted 4-1 on Monday to run the patrols itself from next year.`,
      `It also approved an emergency agreement with neighbouring Lisk County to borrow six rescue boats.`,
      `Under that arrangement, the town will pay the county 40 dollars an hour per boat.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Port Ambleworth', 'Morrow Marine'], status: 'voided', kind: 'ended its contract' },
      { at: '2.3', parties: ['Port Ambleworth', 'Lisk County'], status: 'approved', kind: 'it approved an agreement' },
      { at: '2.4', parties: ['Port Ambleworth', 'Lisk County'], status: 'approved', kind: 'under that arrangement' },
    ],
  },
  // 5 — "the company" after its founder spoke; a loan beside it is no agreement.
  {
    name: 'candle-supply-founder',
    body: [
      `A supply deal between the candle maker Wickbright Candles and the store group Dallow's has collapsed.`,
      `The two companies had signed a memorandum of understanding in May.`,
      ``,
      `Wickbright founder Osric Penhallow said the firm would not "change a good candle for anybody".`,
      `The company's existing contracts with a box firm, Glowcrate, remain in force.`,
      `Harnet District Council, which lent the company 20,000 pounds for a new kiln, said the loan was safe.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Wickbright Candles', "Dallow's"], status: 'collapsed', kind: 'supply deal collapsed' },
      { at: '1.2', parties: ['Wickbright Candles', "Dallow's"], status: 'signed', kind: 'signed a memorandum' },
      { at: '2.2', parties: ['Wickbright Candles', 'Glowcrate'], status: 'in force', kind: 'existing contracts remain in force' },
    ],
  },
];
