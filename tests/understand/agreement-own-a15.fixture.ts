/**
 * Agreement set of session 10 (issue 11, helper a15): nine invented news articles written and
 * labelled before the agreement extractor was read or run on them, labelled by the rule of
 * agreement-patterns.fixture.ts. Subjects far from the earlier sets: a hospital trust's outsourcing
 * contract, a record-label signing, a three-state water compact, a university research
 * partnership, a franchise, a plea deal, a nurses' collective agreement, a debt restructuring and a
 * trade pact later suspended. Parties sit in hard places on purpose: possessives ("Luminar's
 * landlords", "Verity's distribution deal with"), appositions ("The trust's previous caterer, X,"),
 * "the two sides", a party named only in an earlier paragraph, "with" set off by commas, passive
 * "was bought by", a list of three states, "an offer the association rejected", terms stated
 * without the agreement's noun. Close non-agreements: talks, offers and bids not answered,
 * proposals dropped, "nearly agreed", "would not sign", "run jointly with", a hypothetical
 * agreement, a vote still to come. Scored by `npx tsx bench/facts-eval.ts --score patterns
 * --own-a15`.
 */
import type { PatternArticle } from './agreement-patterns.fixture.js';

export const OWN_A15_AGREEMENT_ARTICLES: PatternArticle[] = [
  // 1 — British local paper: a hospital trust outsources cleaning and catering.
  {
    name: 'hospital-cleaning-contract',
    headline: 'Hospital trust hands cleaning contract to Brightwell',
    body: [
      `The Sellbridge and Amory Hospitals NHS Trust has awarded a seven-year contract for cleaning and catering at its three hospitals to the facilities firm Brightwell Services, ending decades of in-house provision.`,
      `The deal, worth £84 million, was approved by the trust's board on Thursday despite protests from staff.`,
      ``,
      `About 900 porters, cleaners and cooks will transfer to the firm under the contract, keeping their current pay and pensions.`,
      `Unison, which represents most of them, said it had not been consulted and would ballot members on strike action.`,
      ``,
      `Brightwell, a subsidiary of the Dutch group Veldman, employs 12,000 people across Britain.`,
      `The trust's previous caterer, Hallam Foods, had its contract ended early in 2022 after a food-poisoning outbreak.`,
      ``,
      `Trust chairman Peter Aske said the agreement would save £2 million a year.`,
      `Campaigners want the board to reverse its decision and bring the services back in-house.`,
      ``,
      `Brightwell's offer to run the hospital car parks as well was rejected.`,
      `The rival firm Corra had also bid for the work.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Hospital trust|Sellbridge and Amory Hospitals NHS Trust', 'Brightwell'], status: 'reached', kind: 'headline hands contract to' },
      { at: '1.1', parties: ['Sellbridge and Amory Hospitals NHS Trust', 'Brightwell Services'], status: 'reached', kind: 'awarded a contract to' },
      { at: '1.2', parties: ['Sellbridge and Amory Hospitals NHS Trust', 'Brightwell Services'], status: 'approved', kind: 'the deal was approved by the board' },
      { at: '2.1', parties: ['Sellbridge and Amory Hospitals NHS Trust', 'Brightwell Services'], status: 'reached', kind: 'under the contract at the end' },
      { at: '3.2', parties: ['Hallam Foods', 'Sellbridge and Amory Hospitals NHS Trust'], status: 'voided', kind: 'possessive apposition had its contract ended' },
      { at: '4.1', parties: ['Sellbridge and Amory Hospitals NHS Trust', 'Brightwell Services'], status: 'reached', kind: 'later mention in a statement' },
      { at: '5.1', parties: ['Brightwell', 'Sellbridge and Amory Hospitals NHS Trust'], status: 'rejected', kind: 'possessive offer was rejected' },
    ],
  },

  // 2 — music press: a band signs to an independent label.
  {
    name: 'band-signs-to-label',
    headline: 'Glasgow band Pale Orchard sign to Verity Records',
    body: [
      `Pale Orchard, the four-piece who won last year's Clyde Prize, have signed a two-album deal with the independent label Verity Records.`,
      `Verity's founder, Moira Kell, said she had followed the band since their first gig.`,
      ``,
      `The band turned down larger offers from two major labels, according to their manager.`,
      `Their debut single will be released in March.`,
      ``,
      `Under the deal, Verity will pay for the recording of both albums and split profits equally with the band.`,
      `The label also holds the rights to the band's early recordings, which it bought from the defunct Tiderow label in 2024.`,
      ``,
      `Pale Orchard's drummer, Fin Abbot, left an earlier band after a dispute over royalties.`,
      `Abbot said he was glad to be writing songs again.`,
      ``,
      `Verity's distribution deal with the streaming service Loopline, signed in 2021, expires in June.`,
      `The label is negotiating a new one.`,
      `Kell said the label would not sign another act this year.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Pale Orchard', 'Verity Records'], status: 'signed', kind: 'headline sign to' },
      { at: '1.1', parties: ['Pale Orchard', 'Verity Records'], status: 'signed', kind: 'signed a deal with, long apposition' },
      { at: '2.1', parties: ['Pale Orchard', 'major labels'], status: 'rejected', kind: 'turned down offers from' },
      { at: '3.1', parties: ['Pale Orchard', 'Verity Records'], status: 'signed', kind: 'under the deal' },
      { at: '3.2', parties: ['Verity Records', 'Tiderow'], status: 'reached', kind: 'which it bought from' },
      { at: '5.1', parties: ['Verity Records', 'Loopline'], status: 'in force', kind: 'possessive holder deal with, signed' },
    ],
  },

  // 3 — US regional paper: three states divide a river.
  {
    name: 'river-water-compact',
    headline: 'Ardella, Merrin and New Carrow sign Tamsen River compact',
    body: [
      `The governors of Ardella, Merrin and New Carrow signed a compact on Tuesday dividing the waters of the Tamsen River, ending a twelve-year legal fight over the shrinking river.`,
      `The compact gives Ardella 45 percent of the river's flow in normal years, with the rest split between the other two states.`,
      ``,
      `The House of Representatives approved the compact on Friday.`,
      `Farmers in the lower valley say the shares are unfair.`,
      ``,
      `Merrin had walked away from an earlier version of the deal in 2019, saying it favoured cities upstream.`,
      `The two downstream states then sued Merrin in federal court.`,
      ``,
      `Under the compact, a joint board will measure the snowpack each spring.`,
      `Officials from the three states say the board will meet for the first time in April.`,
      ``,
      `Ardella's separate water-sharing treaty with the neighbouring province of Lusk, which dates from 1961, is not affected.`,
      `Lusk has asked to join the new compact, but none of the three states has replied.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Ardella', 'Merrin', 'New Carrow'], status: 'signed', kind: 'headline three parties sign' },
      { at: '1.1', parties: ['Ardella', 'Merrin', 'New Carrow'], status: 'signed', kind: 'governors of three states signed' },
      { at: '1.2', parties: ['Ardella', 'Merrin', 'New Carrow'], status: 'signed', kind: 'the compact gives (terms)' },
      { at: '2.1', parties: ['Ardella', 'Merrin', 'New Carrow'], status: 'approved', kind: 'approved by a third party' },
      { at: '3.1', parties: ['Merrin'], status: 'voided', kind: 'walked away from an earlier version' },
      { at: '4.1', parties: ['Ardella', 'Merrin', 'New Carrow'], status: 'signed', kind: 'under the compact' },
      { at: '5.1', parties: ['Ardella', 'Lusk'], status: 'in force', kind: 'possessive holder treaty with' },
    ],
  },

  // 4 — higher education: a university and a drugmaker form a partnership.
  {
    name: 'university-drug-partnership',
    body: [
      `Kestrel University and the drugmaker Omvera Therapeutics have formed a five-year research partnership to develop treatments for rare childhood cancers, the university said on Monday.`,
      `Omvera will fund two new laboratories on the campus and pay for 20 doctoral students under the agreement.`,
      ``,
      `The university's medical school, which will host the laboratories, is run jointly with the Harland Children's Hospital.`,
      `Some staff have questioned the deal, saying a drug company should not set the research agenda.`,
      ``,
      `Omvera had a similar agreement with the rival Danbury Institute, which ended in 2023 when Danbury withdrew.`,
      `The university will own any patents, but Omvera will have the first right to license them.`,
      ``,
      `Kestrel's vice-chancellor, Ruth Elgin, said the partnership was the largest in the university's history.`,
      `A proposal to open a joint campus in Singapore is still being discussed.`,
      ``,
      `The two institutions will hold a joint conference in May.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Kestrel University', 'Omvera Therapeutics'], status: 'reached', kind: 'formed a partnership' },
      { at: '1.2', parties: ['Kestrel University', 'Omvera Therapeutics'], status: 'reached', kind: 'under the agreement at the end' },
      { at: '2.2', parties: ['Kestrel University', 'Omvera Therapeutics'], status: 'reached', kind: 'later mention questioned the deal' },
      { at: '3.1', parties: ['Omvera', 'Danbury Institute'], status: 'voided', kind: 'older agreement ended when a party withdrew' },
      { at: '3.2', parties: ['Kestrel University', 'Omvera Therapeutics'], status: 'reached', kind: 'terms without the noun' },
      { at: '4.1', parties: ['Kestrel University', 'Omvera Therapeutics'], status: 'reached', kind: 'later mention in a statement' },
    ],
  },

  // 5 — business page: a burger chain franchises abroad.
  {
    name: 'burger-franchise',
    body: [
      `The burger chain Rocco's has agreed to let the Gulf hospitality group Almas open 40 restaurants across the Middle East under a franchise agreement announced on Wednesday.`,
      `Almas, which already runs franchises for two coffee brands, will pay Rocco's a fee on every meal sold.`,
      ``,
      `Rocco's ended its previous Middle East franchise, with the Cairo-based Nilo Group, in 2022 after a row over food standards.`,
      `Nilo disputed the termination, and the two sides settled the dispute a year later.`,
      ``,
      `The chain was bought by the private equity firm Harrow Lane Capital in 2020.`,
      `Harrow Lane has since tried to sell it, but no buyer has matched its price.`,
      ``,
      `Analysts said the franchise deal could be worth £30 million a year to Rocco's.`,
      `Rocco's is also considering a franchise in India.`,
      `Several landlords in Dubai have offered sites to the chain.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ["Rocco's", 'Almas'], status: 'reached', kind: 'agreed to let, under a franchise agreement' },
      { at: '1.2', parties: ['Almas', "Rocco's"], status: 'reached', kind: 'terms without the noun' },
      { at: '2.1', parties: ["Rocco's", 'Nilo Group'], status: 'voided', kind: 'ended its franchise, with X set off' },
      { at: '2.2', parties: ["Rocco's", 'Nilo'], status: 'reached', kind: 'the two sides settled the dispute' },
      { at: '3.1', parties: ["Rocco's", 'Harrow Lane Capital'], status: 'reached', kind: 'passive was bought by' },
      { at: '4.1', parties: ["Rocco's", 'Almas'], status: 'reached', kind: 'later mention in a statement' },
    ],
  },

  // 6 — court report: a finance director's plea deal.
  {
    name: 'shipping-plea-deal',
    body: [
      `A former finance director of the shipping firm Carrow Line, Neil Brask, has agreed to plead guilty to fraud in a deal with prosecutors that will see him testify against his former boss.`,
      `The plea agreement was accepted by Judge Hana Lisle at a hearing in Marlow on Thursday.`,
      ``,
      `Under the agreement, Brask will serve no more than four years in prison.`,
      `His lawyers had rejected an earlier offer that would have required him to serve six.`,
      ``,
      `Carrow Line's former chief executive, Owen Tate, denies the charges and goes on trial in May.`,
      `Tate refused a similar deal in January, his spokesman said.`,
      ``,
      `The company itself paid a $14 million fine last year to settle charges brought by the Maritime Authority.`,
      `Shareholders are suing the company over its losses.`,
      `Prosecutors have not said whether they will offer deals to other employees.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Neil Brask', 'prosecutors'], status: 'reached', kind: 'apposition before the name, deal with' },
      { at: '1.2', parties: ['Neil Brask', 'prosecutors'], status: 'approved', kind: 'accepted by a judge' },
      { at: '2.1', parties: ['Neil Brask', 'prosecutors'], status: 'reached', kind: 'under the agreement' },
      { at: '2.2', parties: ['Brask', 'prosecutors'], status: 'rejected', kind: 'his lawyers rejected an earlier offer' },
      { at: '3.2', parties: ['Owen Tate', 'prosecutors'], status: 'rejected', kind: 'refused a similar deal' },
      { at: '4.1', parties: ['Carrow Line', 'Maritime Authority'], status: 'reached', kind: 'paid to settle charges brought by' },
    ],
  },

  // 7 — health service: nurses accept a collective agreement.
  {
    name: 'nurses-collective-agreement',
    headline: 'Nurses back new pay deal with Serrin health board',
    body: [
      `Members of the Serrin Nurses' Association have voted to accept a new collective agreement with the Serrin Regional Health Board, ending a dispute that led to three strikes this year.`,
      `The agreement raises pay by 9 percent over two years and caps shifts at twelve hours.`,
      ``,
      `The association's leader, Grace Ombu, said members had accepted it reluctantly.`,
      `Junior doctors are still in dispute with the board over rotas.`,
      ``,
      `The board had offered 6 percent in March, an offer the association rejected.`,
      `Talks then broke down twice before a mediator was called in.`,
      ``,
      `The health board's chair, Martin Yeo, said the deal would cost £41 million.`,
      `Hospital porters, who belong to the Unity union, will vote on their own offer next week.`,
      `During the strikes the board signed a contract with the agency Medstaff to supply temporary nurses.`,
      `That contract has now been cancelled.`,
    ].join('\n'),
    gold: [
      { at: '0.1', parties: ['Nurses', 'Serrin health board'], status: 'approved', kind: 'headline back a deal with' },
      { at: '1.1', parties: ["Serrin Nurses' Association", 'Serrin Regional Health Board'], status: 'approved', kind: 'members voted to accept an agreement with' },
      { at: '1.2', parties: ["Serrin Nurses' Association", 'Serrin Regional Health Board'], status: 'approved', kind: 'the agreement raises (terms)' },
      { at: '2.1', parties: ["Serrin Nurses' Association", 'Serrin Regional Health Board'], status: 'approved', kind: 'members had accepted it' },
      { at: '3.1', parties: ["Serrin Nurses' Association", 'Serrin Regional Health Board'], status: 'rejected', kind: 'an offer the association rejected' },
      { at: '4.1', parties: ["Serrin Nurses' Association", 'Serrin Regional Health Board'], status: 'approved', kind: 'later mention in a statement' },
      { at: '4.3', parties: ['Serrin Regional Health Board', 'Medstaff'], status: 'signed', kind: 'signed a contract with' },
      { at: '4.4', parties: ['Serrin Regional Health Board', 'Medstaff'], status: 'voided', kind: 'that contract cancelled' },
    ],
  },

  // 8 — business page: a cinema chain restructures its debts.
  {
    name: 'cinema-debt-restructuring',
    body: [
      `The struggling cinema chain Luminar has reached a deal with most of its creditors to cut its debts by half, the company said on Monday.`,
      `Under the deal, bondholders will swap £300 million of debt for a 60 percent stake in the company.`,
      ``,
      `Two banks, Pellham and the Ostra Bank, have refused to sign up and could challenge the deal in court.`,
      `A court hearing is set for June.`,
      ``,
      `Luminar's landlords agreed last year to cut rents at 30 of its cinemas.`,
      `The chain had proposed closing 12 cinemas, but dropped the idea after protests.`,
      `Its shares have lost 80 percent of their value since 2022.`,
      ``,
      `Luminar's chief executive, Sara Quist, said the company could now invest in new screens.`,
      `The company warned in March that it might run out of cash without an agreement.`,
      `Creditors will vote on the plan on 14 May.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Luminar', 'creditors'], status: 'reached', kind: 'reached a deal with its creditors' },
      { at: '1.2', parties: ['Luminar', 'creditors'], status: 'reached', kind: 'under the deal' },
      { at: '2.1', parties: ['Pellham', 'Ostra Bank'], status: 'rejected', kind: 'apposition list refused to sign up' },
      { at: '3.1', parties: ['Luminar', 'landlords'], status: 'reached', kind: 'possessive party agreed to' },
    ],
  },

  // 9 — foreign news: a trade pact suspended, a neighbour's renewed.
  {
    name: 'trade-pact-suspended',
    body: [
      `Tervania and Oskia signed a free-trade pact in 2021 that removed tariffs on grain and steel.`,
      `On Sunday Tervania suspended the pact, accusing Oskian officials of letting smugglers through the border.`,
      ``,
      `Oskia's trade minister, Lev Daran, called the move illegal and said his country would take the case to the regional trade court.`,
      `Tervania's neighbour to the south, Belsa, renewed its own trade agreement with Oskia last month.`,
      ``,
      `Economists warned that grain prices in both countries could rise if the suspension lasted.`,
      `The two governments had nearly agreed on a customs union in 2023 before elections in Oskia intervened.`,
    ].join('\n'),
    gold: [
      { at: '1.1', parties: ['Tervania', 'Oskia'], status: 'signed', kind: 'signed a pact' },
      { at: '1.2', parties: ['Tervania', 'Oskia'], status: 'voided', kind: 'suspended the pact' },
      { at: '2.2', parties: ['Belsa', 'Oskia'], status: 'reached', kind: 'apposition name renewed its own agreement with' },
    ],
  },
];
