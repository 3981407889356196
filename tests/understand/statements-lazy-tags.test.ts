/**
 * Growth (issue 15): the statement reader sends a sentence to the tagger only where a tag decides
 * something. Each test counts the texts tagged afresh on sentences of our own (each text new to
 * the tagger's cache) and asserts the exact statements, so a rule made lazier reads what it read before.
 */
import { describe, expect, it } from 'vitest';
import { taggedAfresh } from '../../src/understand/nlp.js';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/** [sentence key, speaker, cue, content] for every statement, and how many texts were tagged for them. */
function read(body: string): { said: string[][]; tagged: number } {
  const before = taggedAfresh();
  const map = extractStatements(docOf(body));
  const said = [...map].flatMap(([k, list]) => list.map((s) => [k, s.speaker.name, s.cue, s.content]));
  return { said, tagged: taggedAfresh() - before };
}

describe('the count test of "confirmed 11 new cases" (reported)', () => {
  it('is not read for a that-clause: the sentence is never tagged', () => {
    expect(read('The harbour board confirmed that the ferry would sail at night from March.')).toEqual({
      said: [['1.1', 'the harbour board', 'confirmed', 'the ferry would sail at night from March']],
      tagged: 0,
    });
  });

  it('is read for a count with no "that", which stays a claim', () => {
    expect(read('The harbour board confirmed 12 extra sailings on Friday.')).toEqual({
      said: [['1.1', 'the harbour board', 'confirmed', '12 extra sailings on Friday']],
      tagged: 1,
    });
  });

  it('a decision with no count and no clause still reports nothing', () => {
    expect(read('The harbour board announced 40 new berths.')).toEqual({ said: [], tagged: 1 });
  });
});

describe('capitalised words are no reporting verb (maybeLemmaCue)', () => {
  it('a name that looks like a verb form is not taken for one; the lower-case verb after it is', () => {
    expect(read('Warns Lodge, the island shop, reported that sales fell by a third.').said).toEqual([
      ['1.1', 'Warns Lodge', 'reported', 'sales fell by a third'],
    ]);
  });
});
