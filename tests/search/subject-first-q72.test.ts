import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { RANKING } from '../../src/search/options.js';
import { questionSubject, writesSubjectFirst } from '../../src/search/shape.js';
import { cite, record } from './record.js';

/**
 * A candidate sharing one word with a question gains `SUBJECT_FIRST_ODDS` when it writes the
 * question's subject (its nouns between the auxiliary and the main verb) before its own verb
 * (session 36, q72). On a story of our own writing (names invented); the cosines are given by
 * hand, as the sentence encoder would give them once every vector is computed.
 */
const ROPE = record('rope', [
  ['Pellow Ropeworks is a rope maker in the harbour town of Danmoor.', 'It was started in 1871 by a sailmaker, Ezra Pellow.'],
  ['The ropewalk, a shed 300 metres long, still turns hemp on its original track.', 'Twelve spinners work there on weekdays.'],
  ['Visitors can tour the works in summer and watch the spinners twist a hawser by hand.', 'A fire in 1952 destroyed the tar house.'],
]);
// The rule at 1 with a floor of 0.25 whatever the shipped constants, and off.
const ON = { ...RANKING, subjectFirst: 1, subjectFirstFloor: 0.25 };
const OFF = { ...RANKING, subjectFirst: 0 };
const asked = (q: string, to: string, close: number, ranking: typeof RANKING): [string[], string[]] => {
  const o = createSearchIndex(ROPE, { ranking }).search(q, { meaning: (s) => (s.text.startsWith(to) ? close : 0.1) });
  return [o.hits.map((h) => cite(h.sentence)), o.suggestions.map((h) => cite(h.sentence))];
};

describe('a question’s subject written first by a sentence sharing one word with it', () => {
  it('reads the subject between the auxiliary and the main verb, none where the question word is the subject', () => {
    expect(questionSubject('What does the ropewalk produce?')).toEqual(['ropewalk']);
    expect(questionSubject('When did the Danmoor ferry stop running?')).toEqual(['danmoor', 'ferri']);
    expect(questionSubject('Who founded the company?')).toEqual([]);
    expect(writesSubjectFirst('Twelve spinners work there on weekdays.', new Set(['spinner']))).toBe(true);
    expect(writesSubjectFirst('In 1952 the ropewalk burned down.', new Set(['ropewalk']))).toBe(true);
    expect(writesSubjectFirst('Visitors can watch the spinners twist a hawser.', new Set(['spinner']))).toBe(false);
  });

  it('answers with the sentence about the subject, where it would have suggested it', () => {
    const q = 'What does the ropewalk produce?';
    expect(asked(q, 'The ropewalk', 0.3, OFF)).toEqual([[], ['rope ¶2.1', 'rope ¶1.1']]);
    expect(asked(q, 'The ropewalk', 0.3, ON)).toEqual([['rope ¶2.1'], []]);
  });

  it('moves nothing below the floor of the cosine in meaning, nor without the vectors', () => {
    const q = 'What does the ropewalk produce?';
    expect(asked(q, 'The ropewalk', 0.2, ON)).toEqual(asked(q, 'The ropewalk', 0.2, OFF));
    expect(asked(q, 'The ropewalk', 0.2, ON)[0]).toEqual([]);
    const plain = (ranking: typeof RANKING): string[] => createSearchIndex(ROPE, { ranking }).search(q).hits.map((h) => cite(h.sentence));
    expect(plain(ON)).toEqual(plain(OFF));
  });

  it('moves nothing for a sentence writing the word after its verb', () => {
    const q = 'How do the spinners relax?';
    expect(asked(q, 'Visitors', 0.3, OFF)).toEqual([[], ['rope ¶3.1', 'rope ¶2.2']]);
    expect(asked(q, 'Visitors', 0.3, ON)).toEqual([[], ['rope ¶3.1', 'rope ¶2.2']]);
  });
});
