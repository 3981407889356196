import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, mention, kind, resolution] per statement, in reading order. */
const who = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'mention', 'kind', 'resolution']);

describe('statements, session 25 (helper s42): the misses of sets 50-55', () => {
  it('a lone surname is the person who carries it as a surname, not a firm named after him that a common word opening a sentence made a person', () => {
    const lines = [
      'Corvin Kessock, 52, who trades as Kessock Quarrying, is contesting the claim.',
      'He is being sued by a neighbour.',
      '',
      'Quarrying crews in the valley usually work in pairs.',
      'Kessock said the blasts had been logged.',
      '"Every charge was written down," he told the court.',
    ];
    expect(who(lines)).toEqual([
      ['2.2', 'Corvin Kessock', 'Kessock', 'person', 'surname@1.1'],
      ['2.3', 'Corvin Kessock', 'he', 'person', 'pronoun@2.2'],
    ]);
  });
});
