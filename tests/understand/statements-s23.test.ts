import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

describe('statements, session 13 round 2 (helper s23)', () => {
  it('the owner of a document after "according to", written as a description, is not the speaker even when the cast can name it: the document is', () => {
    expect(said(['The musical director of the Pellow Valley Singers, Rhian Cole, said the choir would tour Norway in June.', "Membership fell by a quarter, according to the choir's yearly accounts."].join('\n'))).toEqual([
      ['1.1', 'Rhian Cole', 'said'],
      ['1.2', "the choir's yearly accounts", 'according to'],
    ]);
    expect(said(['Marla Foods is closing two depots.', 'Its rival, Dell Bakeries, said prices would rise.', "Profits fell by a fifth, according to the company's accounts."].join('\n'))).toEqual([
      ['1.2', 'Dell Bakeries', 'said'],
      ['1.3', "the company's accounts", 'according to'],
    ]);
  });
});
