import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name] per statement, in reading order. */
const rows = (body: string): string[][] => statementRows(body, ['name']);

describe('statements, session 30 (helper s48): the person a "he" or "she" tagging a quote means', () => {
  it('a full name given an age, then a quote tagged by a bare "she": that person, not a woman who spoke paragraphs before', () => {
    const body = [
      'Elowen Pelgrane has bound books in the same attic for thirty years.',
      '"Leather forgives you, glue never does," she said.',
      '',
      'Senara Saffrey, 24, gave up a law course to train with her last spring.',
      '"Nobody at college ever asked me to sharpen a knife," she said.',
      '"Here I sharpen four before lunch."',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.2', 'Elowen Pelgrane'],
      ['2.2', 'Senara Saffrey'],
      ['2.3', 'Senara Saffrey'],
    ]);
  });
  it('an age apposed with no pronoun after it names nobody a later "he" must mean', () => {
    const body = [
      'Jowan Wrexall said the ferry would run all winter.',
      'Cadan Hockin, 61, has sailed it since 1990.',
      'The crossing takes forty minutes.',
      '"We have never missed a Christmas," he added.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Jowan Wrexall'],
      ['1.4', 'Jowan Wrexall'],
    ]);
  });
});
