import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../src/understand/agreements.js';
import { extractStatements } from '../../src/understand/statements.js';
import { PATTERN_ARTICLES, type PatternArticle } from './agreement-patterns.fixture.js';
import { docOf } from './statements-fixture.js';

/** One row per agreement: key, parties joined by " | ", status, resolution, the agreement referred to, clause. */
function rows(article: PatternArticle): string[][] {
  const doc = docOf(article.body);
  const out: string[][] = [];
  for (const [k, list] of extractAgreements(doc, extractStatements(doc)))
    for (const a of list) {
      const r = a.resolution;
      out.push([k, a.parties.join(' | '), a.status, r ? `${r.how}@${r.from.paragraph}.${r.from.sentence}` : '-', a.refersTo ? `${a.refersTo.paragraph}.${a.refersTo.sentence}` : '-', a.action]);
    }
  return out;
}

/**
 * The extractor's exact output on each article of our own writing. Every clause is a verbatim
 * slice of its sentence; the hand labels of the fixture (which sentences, whose, what status) are
 * checked separately below, so a change that breaks a label fails twice.
 */
const EXPECTED: Record<string, string[][]> = {
  'joint credit arrangements': [
    ['1.1', 'the Bank of Norland | the Vesta Reserve Bank | the Central Bank of Ostria', 'reached', '-', '-', 'that they would provide reciprocal credit arrangements to each other'],
    ['2.1', 'the Bank of Norland | the Vesta Reserve Bank | the Central Bank of Ostria', 'reached', 'earlier-agreement@1.1', '1.1', 'The arrangements, known as swap lines, were welcomed by traders'],
  ],
  'settlement approved by a judge, then voided': [
    ['1.1', 'Marlow Pharma | the state of Ostria', 'reached', '-', '-', 'to pay $12 million to settle a lawsuit brought by the state of Ostria'],
    ['2.1', 'Marlow Pharma | the state of Ostria', 'approved', '-', '1.1', 'the settlement between Marlow Pharma and the state on Friday'],
    ['4.1', 'Marlow Pharma | the state of Ostria', 'voided', 'earlier-agreement@1.1', '1.1', 'The settlement was voided in March after an appeals court found it unfair'],
  ],
  'merger agreed with each other, approved, merged with': [
    ['1.1', 'Halden Bank | Corvo Savings', 'reached', 'collective@1.1', '-', 'to merge their retail arms'],
    ['2.1', 'Halden Bank | Corvo Savings', 'approved', 'earlier-agreement@1.1', '1.1', 'the merger in a vote on Wednesday'],
    ['3.1', 'Halden Bank | Trask Finance', 'reached', '-', '-', 'merged with Trask Finance in 2004'],
    ['4.1', 'Pell Foods | Dunmore Farms', 'approved', '-', '-', 'the merger of Pell Foods and Dunmore Farms'],
  ],
  'ceasefire: long subject, signed, in force, breached, collapsed, ratified': [
    ['1.1', 'the fifteen members of the Lorne Council', 'reached', '-', '-', 'to cap water use'],
    ['2.1', 'Norland | Vesta', 'signed', '-', '-', 'a ceasefire in Geneva on Saturday'],
    ['3.1', 'Norland | Vesta', 'in force', 'earlier-agreement@2.1', '2.1', 'The truce took effect at dawn'],
    ['4.1', 'Vesta | Norland', 'breached', '-', '2.1', 'the ceasefire on Monday, shelling two villages'],
    ['5.1', 'Vesta | Norland', 'collapsed', 'earlier-agreement@2.1', '2.1', 'The ceasefire collapsed a week later'],
    ['7.1', 'Norland’s parliament | Vesta', 'ratified', '-', '2.1', 'the 1998 border treaty with Vesta on Thursday'],
  ],
  'not agreements': [
  ],
  'names that contain "and"': [
    ['1.1', 'the Securities and Exchange Commission | Farrow Capital', 'reached', '-', '-', 'a settlement with Farrow Capital over misleading reports'],
    ['2.1', 'the Bank of Trade and Industry | Vesta Telecom', 'signed', '-', '-', 'a memorandum of understanding with Vesta Telecom'],
    ['3.1', 'Farrow Capital | Dunmore Foods', 'approved', '-', '-', 'the deal between Farrow Capital and Dunmore Foods in June'],
  ],
  'agreement nouns and outcomes': [
    ['1.1', 'Dunmore Foods | Pell Group', 'reached', '-', '-', 'an agreement with Pell Group to supply grain'],
    ['2.1', 'Dunmore Foods | Pell Group', 'in force', 'earlier-agreement@1.1', '1.1', 'Under the contract, Dunmore will deliver 40,000 tonnes a year'],
    ['3.1', 'Vesta Airways | Halvard Air', 'reached', '-', '-', 'an order for 12 jets with Halvard Air'],
    ['4.1', 'Norland | Ostria', 'signed', '-', '-', 'a memorandum of understanding on energy'],
    ['5.1', 'Vesta Telecom | Corvo Mobile', 'rejected', '-', '-', 'The agreement between Vesta Telecom and Corvo Mobile was rejected by the regulator'],
    ['6.1', 'Corvo Mobile | the pilots’ union', 'reached', '-', '-', 'settled its dispute with the pilots’ union'],
    ['7.1', 'the singer | Lorne Records', 'signed', '-', '-', 'a recording contract with Lorne Records in 2010'],
  ],
  'a later mention of an old deal': [
    ['1.1', 'Ashby Mining | the Kirra Land Council', 'reached', '-', '-', 'a royalty deal in 1991'],
    ['2.1', 'Ashby Mining | the Kirra Land Council', 'breached', 'earlier-agreement@1.1', '1.1', 'the 1991 agreement with the council'],
    ['3.1', 'Ashby Mining | the Kirra Land Council', 'in force', 'earlier-agreement@1.1', '1.1', 'The deal remains in force until 2030'],
  ],
};

describe('agreement patterns on articles of our own writing', () => {
  for (const article of PATTERN_ARTICLES) {
    it(`${article.name}: exact parties, status, link and clause`, () => {
      expect(rows(article)).toEqual(EXPECTED[article.name]);
    });
  }

  it('every labelled sentence is found with its labelled parties and status, and nothing else is', () => {
    const wrong: string[] = [];
    for (const article of PATTERN_ARTICLES) {
      const found = rows(article);
      const keys = new Set(found.map((r) => r[0]));
      for (const g of article.gold) {
        const here = found.filter((r) => r[0] === g.at);
        const parties = here.flatMap((r) => r[1]!.split(' | ').map((p) => p.toLowerCase()));
        const partiesOk = g.parties.every((p) => parties.some((q) => q.includes(p.toLowerCase())));
        if (here.length === 0 || !partiesOk || !here.some((r) => r[2] === g.status)) wrong.push(`${article.name} ${g.at}`);
        keys.delete(g.at);
      }
      for (const k of keys) wrong.push(`${article.name} ${k} (not labelled)`);
    }
    expect(wrong).toEqual([]);
  });
});
