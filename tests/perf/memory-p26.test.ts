import { beforeAll, describe, expect, it } from 'vitest';
import { mentionPattern, mentionPatternsHeld, MENTION_PATTERNS } from '../../src/answer/whoSaid.js';
import { remember } from '../../src/lazy.js';
import { NAMED_PATTERNS, namedBy, namedPatternsHeld } from '../../src/search/index.js';
import { holdsAnswerType, TAG_CACHE, taggedHeld } from '../../src/search/shape.js';

// Issue 15 (p26): the memos that keep large entries (a sentence's tags, about 3 KB; a compiled
// Unicode pattern, 19-36 KB) hold at most their bound, letting the oldest go first.

describe('remember', () => {
  it('keeps at most the bound, the oldest let go first', () => {
    const memo = new Map<string, number>();
    for (const [i, k] of ['a', 'b', 'c', 'd', 'e'].entries()) expect(remember(memo, k, i, 3)).toBe(i);
    expect([...memo]).toEqual([['c', 2], ['d', 3], ['e', 4]]);
  });
});

describe('the tagging memo of the answer-type checks', () => {
  beforeAll(() => {
    // The tagger's model loads on the first tag (seconds on a loaded machine).
    holdsAnswerType('Warm the tagger up.', 'number', new Set());
  }, 60_000);

  it(`holds exactly ${TAG_CACHE} sentences once more were checked, and answers alike after letting one go`, () => {
    expect(TAG_CACHE).toBe(2_000);
    const first = 'Wenna Colley paid 40 pounds for the old rowing boat in Porthcarn.';
    expect(holdsAnswerType(first, 'money', new Set())).toBe(true);
    expect(holdsAnswerType(first, 'date', new Set())).toBe(false);
    for (let i = 0; i < TAG_CACHE + 3; i++) holdsAnswerType(`The ferry crew of boat number ${i} sailed from Tregarrow at dawn.`, 'number', new Set());
    expect(taggedHeld()).toBe(2_000);
    // The first sentence was let go; tagged again, it gives the same answers.
    expect(holdsAnswerType(first, 'money', new Set())).toBe(true);
    expect(holdsAnswerType(first, 'date', new Set())).toBe(false);
    expect(taggedHeld()).toBe(2_000);
  }, 60_000);
});

describe('the compiled name and mention patterns', () => {
  it(`hold exactly ${NAMED_PATTERNS} name patterns`, () => {
    expect(NAMED_PATTERNS).toBe(100);
    expect(namedBy('Abbey').exec('They met at Kellan Abbey last May.')?.[0]).toBe('Kellan Abbey');
    for (let i = 0; i < NAMED_PATTERNS + 5; i++) namedBy(`Quay${String.fromCharCode(97 + (i % 26))}${i}`);
    expect(namedPatternsHeld()).toBe(100);
    expect(namedBy('Abbey').exec('They met at Kellan Abbey last May.')?.[0]).toBe('Kellan Abbey');
  });

  it(`hold exactly ${MENTION_PATTERNS} mention patterns`, () => {
    expect(MENTION_PATTERNS).toBe(100);
    expect(mentionPattern('Colley').exec('Ms Colley said the boat was sound.')?.index).toBe(3);
    expect(mentionPattern('he').exec('The harbour master said he would wait.')?.index).toBe(24);
    for (let i = 0; i < MENTION_PATTERNS + 5; i++) mentionPattern(`Speaker ${i}`);
    expect(mentionPatternsHeld()).toBe(100);
    expect(mentionPattern('he').exec('The harbour master said he would wait.')?.index).toBe(24);
  });
});
