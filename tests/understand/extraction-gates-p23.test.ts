import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

// Issue 15, session 15 (p23): cheap necessary conditions in front of three readers' patterns. Each
// reader still finds what its pattern needs; sentences of our own writing.
describe('readers behind cheap word tests (issue 15, session 15, helper p23)', () => {
  it('a verb filed with "lease" and a "from" after its object: the pattern runs only when " from " is there', () => {
    expect(rows('Tarn Ferries chartered a barge from Holm Marine for the summer season.')).toEqual([['1.1', 'Tarn Ferries | Holm Marine', 'reached', null]]);
    expect(rows('Tarn Ferries hired a barge from Holm Marine.')).toEqual([['1.1', 'Tarn Ferries | Holm Marine', 'reached', null]]);
    expect(rows('Tarn Ferries chartered a barge for the summer season.')).toEqual([]);
  });

  it('a pronoun or "the" + noun after a verb changing an agreement, just after one (each word asked once)', () => {
    const made = 'Corve Dairies and Hatton Foods signed a supply contract in March.\n';
    expect(rows(`${made}The county council approved it on Monday.`)).toEqual([
      ['1.1', 'Corve Dairies | Hatton Foods', 'signed', null],
      ['1.2', 'Corve Dairies | Hatton Foods', 'approved', '1.1'],
    ]);
    expect(rows(`${made}It was ratified by the board of Corve Dairies in May.`)).toEqual([
      ['1.1', 'Corve Dairies | Hatton Foods', 'signed', null],
      ['1.2', 'Corve Dairies | Hatton Foods', 'ratified', '1.1'],
    ]);
    // The same word asked again in a second document gives the same answer (memoised).
    expect(rows(`${made}The county council approved it on Monday.`)).toEqual(rows(`${made}The county council approved it on Monday.`));
    expect(rows(`${made}The county council discussed it on Monday.`)).toEqual([['1.1', 'Corve Dairies | Hatton Foods', 'signed', null]]);
  });

  it('a hearing body that "heard" or "was told": read only in a sentence holding one of the two words', () => {
    expect(said('The inquiry heard from engineer Rob Tace that the pumps had failed twice.')).toEqual([['1.1', 'Rob Tace', 'The inquiry heard from']]);
    expect(said('Jurors were told how the van left the yard at night.')).toEqual([['1.1', 'the prosecution', 'Jurors were told']]);
    expect(said('The ladder had been moved twice, the court heard.')).toEqual([['1.1', 'the prosecution', 'the court heard']]);
    expect(said('The court heard that the ladder had been moved twice.\n\nThe prosecutor, Ann Lisle, said the scaffold was unsafe.')).toEqual([
      ['1.1', 'Ann Lisle', 'The court heard'],
      ['2.1', 'Ann Lisle', 'said'],
    ]);
    expect(said('The court sat late on Friday.')).toEqual([]);
  });
});
