import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 35 (r1): the agreement readers ask the lexicon whether a word reports a clause
 * (`reportsClause`: a form of a strong speech lemma) instead of keeping their own lists of
 * "said|says|announced|confirmed|stated". Forms those lists left out now read as their kin did.
 * Rows: key, parties, status, the sentence a later mention refers to.
 */
describe('a reporter named before a verb of saying outside the old lists', () => {
  it('"Its parent, X, revealed in a notice that it has agreed to sell … to Y": X | Y', () => {
    expect(rows('Its parent, Pellow Holdings, revealed in a notice that it has agreed to sell its boiler arm to the Dutch group Verloo for $30m.')).toEqual([
      ['1.1', 'Pellow Holdings | Verloo', 'reached', null],
    ]);
  });
});

describe('the body that gave a contract, after a comma and a verb of saying', () => {
  it('"X has won a contract to …, Y stated on Monday.": X | Y', () => {
    expect(rows('Tarrant Buses has won a four-year contract to run the hospital shuttle, Brede District Council stated on Monday.')).toEqual([
      ['1.1', 'Tarrant Buses | Brede District Council', 'reached', null],
    ]);
  });
});

describe('reportsClause: the forms of a strong speech lemma', () => {
  it('reads irregular, "-ied" and regular forms; no verb of deciding or of recording', async () => {
    const { reportsClause } = await import('../../src/understand/lexicon.js');
    expect(['said', 'says', 'told', 'announced', 'confirms', 'stated', 'disclosed', 'replied', 'added'].filter(reportsClause)).toEqual(['said', 'says', 'told', 'announced', 'confirms', 'stated', 'disclosed', 'replied', 'added']);
    expect(['signed', 'agreed', 'reported', 'Said', 'states-', 'deal'].filter(reportsClause)).toEqual([]);
  });
});

describe('a trailing "…, X declared" is who told of the deal, not what was agreed', () => {
  const actions = async (body: string): Promise<string[]> => {
    const { extractAgreements } = await import('../../src/understand/agreements.js');
    const { extractStatements } = await import('../../src/understand/statements.js');
    const { docOf } = await import('./statements-fixture.js');
    const doc = docOf(body, null);
    return [...extractAgreements(doc, extractStatements(doc)).values()].flat().map((a) => a.action);
  };
  it('verbs of saying outside the old list, after a comma or an apposition', async () => {
    expect(await actions('The two boroughs agreed to run a joint tip, the leader declared.')).toEqual(['to run a joint tip']);
    expect(await actions('The two boroughs agreed to run a joint tip, the leader warned on Monday.')).toEqual(['to run a joint tip']);
    expect(await actions('The two boroughs agreed to run a joint tip, Ivo Brand, the leader of Hale, argued.')).toEqual(['to run a joint tip']);
  });
  it('"confirmed" still only at the end of the sentence', async () => {
    expect(await actions('The two boroughs agreed to run a joint tip, the leader confirms.')).toEqual(['to run a joint tip, the leader confirms']);
  });
});
