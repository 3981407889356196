import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { bitapPattern } from '../../src/search/bitap.js';
import { fuseOptionsFor } from '../../src/search/options.js';

/**
 * The fast path's port of fuse.js's match (src/search/bitap.ts) gives fuse.js's own score on
 * every pattern and text: sentences of our own writing, words taken from them with typos, at
 * the thresholds the search uses.
 */
const SENTENCES = [
  'The harbour board in Kell voted on Tuesday to close the old ferry slipway by the end of March.',
  'Mayor Ilse Varga said the bridge had cut the crossing to four minutes and the ferries ran half empty.',
  'Fishermen who moor at the slipway asked for a year’s notice; the board offered six months.',
  'A spokesperson for the Aldmoor Ferry Company, which has run the crossing since 1921, declined to comment.',
  'Émile Dutronc, 74, sold tickets at the kiosk for thirty years: "It was the town\'s front door."',
];

/** The fuse text of a sentence as the index writes it: words folded, space separated and padded. */
const fuseText = (s: string): string => ` ${(s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).join(' ')} `;

function fuseScore(pattern: string, text: string, threshold: number): number {
  const hits = new Fuse([text], { ...fuseOptionsFor(0), threshold }).search(pattern);
  return hits.length > 0 && hits[0]?.score !== undefined ? hits[0].score : -1;
}

describe('bitapPattern', () => {
  it('scores as fuse.js does: exact, one typo, two typos, none', () => {
    const text = fuseText(SENTENCES[0] as string);
    const got = [' slipway ', ' slipwey ', ' slpwey ', ' gondola ', ' the harbour board in kell voted '].map((p) => bitapPattern(p, 0.4).score(text));
    // " slipwey " is one error in nine characters, " slpwey " two in eight.
    expect(got).toEqual([0.001, 1 / 9, 0.25, -1, 0.001]);
    expect(got).toEqual([' slipway ', ' slipwey ', ' slpwey ', ' gondola ', ' the harbour board in kell voted '].map((p) => fuseScore(p, text, 0.4)));
  });

  it('scores a text longer than the rows it reuses (1,500 characters) as fuse.js does', () => {
    const text = fuseText([...SENTENCES, ...SENTENCES, ...SENTENCES].join(' '));
    const patterns = [' kiosk ', ' kiosq ', ' dutronk ', ' the town s front door ', ' zzzzzz '];
    expect(text.length > 1400).toBe(true);
    expect(patterns.map((p) => bitapPattern(p, 0.4).score(text))).toEqual(patterns.map((p) => fuseScore(p, text, 0.4)));
    expect(patterns.map((p) => bitapPattern(p, 0.4).score(text))).toEqual([0.001, 1 / 7, 1 / 9, 1 / 23, -1]); // the text writes "town's"
  });

  it('leaves out blank texts and blank patterns, as fuse.js gives them no score', () => {
    expect([bitapPattern(' kell ', 0.4).score('   '), bitapPattern('  ', 0.4).score(fuseText(SENTENCES[1] as string))]).toEqual([-1, -1]);
  });

  it('agrees with fuse.js on 3,000 patterns drawn from the sentences with typos, long ones included', () => {
    let seed = 7;
    const r = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const texts = SENTENCES.map(fuseText);
    const words = texts.flatMap((t) => t.trim().split(' '));
    const typo = (w: string): string => {
      const i = Math.floor(r() * (w.length + 1));
      const c = String.fromCharCode(97 + Math.floor(r() * 26));
      return [w.slice(0, i) + c + w.slice(i + 1), w.slice(0, i) + w.slice(i + 1), w.slice(0, i) + c + w.slice(i)][Math.floor(r() * 3)] as string;
    };
    let differ = 0;
    let matched = 0;
    for (let k = 0; k < 3000; k++) {
      let w = words[Math.floor(r() * words.length)] as string;
      const t = r();
      if (t < 0.4) w = typo(w);
      else if (t < 0.6) w = typo(typo(w));
      else if (t < 0.7) w = `${w} ${words[Math.floor(r() * words.length)]} ${words[Math.floor(r() * words.length)]} ${words[Math.floor(r() * words.length)]} ${w}`;
      const pattern = ` ${w} `;
      const text = texts[Math.floor(r() * texts.length)] as string;
      const threshold = [0.4, 0.3, 0.28, 0.2, 0][Math.floor(r() * 5)] as number;
      const want = fuseScore(pattern, text, threshold);
      if (want >= 0) matched++;
      if (bitapPattern(pattern, threshold).score(text) !== want) differ++;
    }
    expect([differ, matched > 1000]).toEqual([0, true]);
  });
});
