import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { RANKING } from '../../src/search/options.js';
import { cite, record } from './record.js';

/**
 * A candidate sharing one word with a question of a specific kind (a sum of money here) that holds
 * an answer of that kind answers a little short of the decision (`ANSWER_TYPE_LONE_ODDS`), and
 * further short of it where its cosine in meaning with the question reaches
 * `ANSWER_TYPE_MEANING_FLOOR` (`ANSWER_TYPE_MEANING_LONE_ODDS`, session 34, q66): the sentence
 * says what is asked in other words. On a story of our own writing (names invented); the cosine
 * is given by hand (0.2 with every sentence but the one restating the question), as the sentence
 * encoder would give it once every vector is computed.
 */
const HALL = record('hall', [
  ['The Tresham Street drill hall in Dunvarrow was built for a volunteer rifle company in 1889.', 'It served as an army store until 1994 and then stood empty for twenty years.'],
  ['A trust formed by local residents bought the hall in 2015 and reopened it as a concert venue last spring.', 'The restoration took three years and came to £2.4 million, which a heritage grant largely met.'],
  ['The main room seats 400 people and has a sprung maple floor.', 'Concerts are held on Friday and Saturday evenings from September to June.'],
]);
const PARAPHRASE = 'The restoration took three years';
const asked = (q: string, close: number, ranking = RANKING, to = PARAPHRASE): [string[], string[]] => {
  const o = createSearchIndex(HALL, { ranking }).search(q, { meaning: (s) => (s.text.startsWith(to) ? close : 0.2) });
  return [o.hits.map((h) => cite(h.sentence)), o.suggestions.map((h) => cite(h.sentence))];
};
const SHUT = { ...RANKING, typeMeaningOdds: 0 };

describe('a sentence close in meaning to the question opens the answer type’s window', () => {
  const q = 'How much was spent putting the building right?';

  it('answers with the sum a paraphrase of the question gives, where it would have suggested it', () => {
    // ¶2.2 shares one word with the question at most (it names neither the building nor the
    // spending): log-odds short of 0 by more than the lone window of 0.25.
    expect(asked(q, 0.45, SHUT)).toEqual([[], ['hall ¶2.2', 'hall ¶1.1', 'hall ¶1.2']]);
    expect(asked(q, 0.45)).toEqual([['hall ¶2.2'], []]);
  });

  it('keeps the narrow window for a sentence further in meaning', () => {
    expect(asked(q, 0.4)).toEqual([[], ['hall ¶2.2', 'hall ¶1.1', 'hall ¶1.2']]);
    expect(asked(q, 0.4)).toEqual(asked(q, 0.4, SHUT));
  });

  it('opens nothing for a question asking no specific kind of answer', () => {
    expect(asked('Who paid for the concert venue?', 0.45)).toEqual(asked('Who paid for the concert venue?', 0.45, SHUT));
  });

  it('reads any count in a sentence that close for a "how many" question, not only a count of its noun', () => {
    // "400 people" counts no listeners; the sentence says what the question asks in its own words.
    const many = 'How many listeners fit in the room?';
    expect(asked(many, 0.5, RANKING, 'The main room')).toEqual([['hall ¶3.1'], []]);
    expect(asked(many, 0.44, RANKING, 'The main room')).toEqual([[], ['hall ¶3.1']]);
    expect(asked(many, 0.5, SHUT, 'The main room')).toEqual([[], ['hall ¶3.1']]);
  });
});
