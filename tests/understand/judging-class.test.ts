import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, mention, resolution] per statement, in reading order. */
const speakers = (body: string): string[][] => statementRows(body, ['name', 'mention', 'resolution']);

/**
 * Session 35 (r1): a verb that judges with a quoted object is asked of WordNet (`judgesFirst`:
 * evaluating, criticising, accusing) instead of a list of eight forms; forms the list left out
 * read as "praised" and "criticised" did.
 */
describe('a judging verb outside the old list, then a short object, "for" and quoted words', () => {
  it('"commended the pupils for \"…\"": the judge speaks', () => {
    expect(speakers('The head teacher commended the pupils for "outstanding courage".')).toEqual([['1.1', 'the head teacher', 'The head teacher', '-']]);
  });
  it('"rebuked the landlord for \"…\" of the flats"', () => {
    expect(speakers('The inspector rebuked the landlord for "wilful neglect" of the flats.')).toEqual([['1.1', 'the inspector', 'The inspector', '-']]);
  });
  it('without quoted words a judging verb stays weak: the article\'s voice', () => {
    expect(speakers('The inspector rebuked the landlord for neglect of the flats.')).toEqual([]);
  });
});

describe('judgesFirst', () => {
  it('evaluating, criticising and accusing verbs; not saying, naming or receiving', async () => {
    const { judgesFirst } = await import('../../src/understand/lexicon.js');
    expect(['praised', 'criticised', 'condemned', 'blamed', 'hailed', 'lauded', 'denounced', 'accused'].filter(judgesFirst)).toEqual(['praised', 'criticised', 'condemned', 'blamed', 'hailed', 'lauded', 'denounced', 'accused']);
    expect(['said', 'called', 'welcomed', 'described', 'mentioned', 'reported', 'Praised'].filter(judgesFirst)).toEqual([]);
  });
});
