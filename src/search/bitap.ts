/**
 * fuse.js 7.5's fuzzy match of one pattern in one string (`BitapSearch.searchIn` and `search` in
 * its dist/fuse.mjs), ported line for line for the options the search pins (`SEARCH_OPTIONS`:
 * location ignored, no matches or indices wanted, case folded, diacritics kept, first match
 * only), so a question's candidates are scored without building a fuse.js collection for each
 * term and with typed arrays for the bit rows. It gives the score fuse.js gives that string (its
 * quirks included: the score is that of the last match its loop saw), or -1 where fuse.js finds
 * no match or skips the string (a blank one). The exhaustive baseline (`index.exhaustive`) still
 * runs fuse.js itself, and tests compare the two, as well as this port with fuse.js on random
 * patterns and texts. Pin fuse.js's version (package.json) with this file.
 */

/** fuse.js's bit-parallel patterns hold 32 characters; a longer pattern is searched in chunks. */
const MAX_BITS = 32;

interface Chunk {
  readonly pattern: string;
  /** Character code → bit mask of its places in the chunk (fuse's `createPatternAlphabet`). */
  readonly alphabet: ReadonlyMap<number, number>;
  /** Codes under 128, the common case, in an array. */
  readonly ascii: Int32Array;
  readonly startIndex: number;
}

export interface BitapPattern {
  /** The fuse.js score of `text`, or -1 (no match). */
  score(text: string): number;
}

function chunkOf(pattern: string, startIndex: number): Chunk {
  const alphabet = new Map<number, number>();
  const ascii = new Int32Array(128);
  const len = pattern.length;
  for (let i = 0; i < len; i += 1) {
    const code = pattern.charCodeAt(i);
    const mask = (alphabet.get(code) ?? 0) | (1 << (len - i - 1));
    alphabet.set(code, mask);
    if (code < 128) ascii[code] = mask;
  }
  return { pattern, alphabet, ascii, startIndex };
}

/** A pattern as fuse.js's `BitapSearch` prepares it, at fuse's `threshold`. */
export function bitapPattern(raw: string, threshold: number): BitapPattern {
  // fuse.js answers a blank query with every string, unscored: a score of 1, no match for us.
  if (!raw.trim()) return { score: () => -1 };
  const pattern = raw.toLowerCase();
  const chunks: Chunk[] = [];
  const len = pattern.length;
  if (len > MAX_BITS) {
    let i = 0;
    const remainder = len % MAX_BITS;
    const end = len - remainder;
    while (i < end) {
      chunks.push(chunkOf(pattern.substr(i, MAX_BITS), i));
      i += MAX_BITS;
    }
    if (remainder) {
      const startIndex = len - MAX_BITS;
      chunks.push(chunkOf(pattern.substr(startIndex), startIndex));
    }
  } else if (len > 0) chunks.push(chunkOf(pattern, 0));
  return {
    score(original: string): number {
      // fuse's index skips blank strings; its searcher lower-cases the text.
      if (!original.trim().length) return -1;
      const text = original.toLowerCase();
      if (pattern === text) return 0;
      let totalScore = 0;
      let hasMatches = false;
      for (const chunk of chunks) {
        const s = search(text, chunk, threshold);
        if (s.isMatch) hasMatches = true;
        totalScore += s.score;
      }
      // fuse multiplies the one field's score by itself to the power 1 (no key weight, no norm).
      return hasMatches ? totalScore / chunks.length : -1;
    },
  };
}

/** fuse's `search` with `ignoreLocation`, `findAllMatches` off and no matches computed. */
function search(text: string, chunk: Chunk, threshold: number): { isMatch: boolean; score: number } {
  const { pattern, alphabet, ascii } = chunk;
  const location = chunk.startIndex;
  const patternLen = pattern.length;
  const textLen = text.length;
  const expectedLocation = Math.max(0, Math.min(location, textLen));
  let currentThreshold = threshold;
  let bestLocation = expectedLocation;
  // With the location ignored, a score is the share of the pattern's characters in error
  // (fuse's `calcScore`, written out: errors / patternLen).
  let index;
  while ((index = text.indexOf(pattern, bestLocation)) > -1) {
    const score = 0 / patternLen;
    currentThreshold = Math.min(score, currentThreshold);
    bestLocation = index + patternLen;
  }
  bestLocation = -1;
  // Two rows reused across calls (a fresh typed array per row cost an allocation each).
  let bitArr = rows.a;
  let lastBitArr = rows.b;
  /** Cells of the last row that were written; fuse reads the others as undefined, that is 0. */
  let lastLength = 0;
  let finalScore = 1;
  let binMax = patternLen + textLen;
  const mask = 1 << (patternLen - 1);
  for (let i = 0; i < patternLen; i += 1) {
    let binMin = 0;
    let binMid = binMax;
    while (binMin < binMid) {
      if (i / patternLen <= currentThreshold) binMin = binMid;
      else binMax = binMid;
      binMid = Math.floor((binMax - binMin) / 2 + binMin);
    }
    binMax = binMid;
    let start = Math.max(1, expectedLocation - binMid + 1);
    const finish = Math.min(expectedLocation + binMid, textLen) + patternLen;
    if (bitArr.length < finish + 2) {
      const last = lastBitArr.slice(0, lastLength);
      grow(finish + 2);
      bitArr = rows.a;
      lastBitArr = rows.b;
      lastBitArr.set(last);
    }
    bitArr.fill(0, 0, finish + 2);
    bitArr[finish + 1] = (1 << i) - 1;
    for (let j = finish; j >= start; j -= 1) {
      const currentLocation = j - 1;
      let charMatch = 0;
      if (currentLocation < textLen) {
        const code = text.charCodeAt(currentLocation);
        charMatch = code < 128 ? (ascii[code] as number) : (alphabet.get(code) ?? 0);
      }
      let bits = (((bitArr[j + 1] as number) << 1) | 1) & charMatch;
      if (i) {
        const next = j + 1 < lastLength ? (lastBitArr[j + 1] as number) : 0;
        const here = j < lastLength ? (lastBitArr[j] as number) : 0;
        bits |= (((next | here) << 1) | 1) | next;
      }
      bitArr[j] = bits;
      if (bits & mask) {
        finalScore = i / patternLen;
        if (finalScore <= currentThreshold) {
          currentThreshold = finalScore;
          bestLocation = currentLocation;
          if (bestLocation <= expectedLocation) break;
          start = Math.max(1, 2 * expectedLocation - bestLocation);
        }
      }
    }
    if ((i + 1) / patternLen > currentThreshold) break;
    [lastBitArr, bitArr] = [bitArr, lastBitArr];
    lastLength = finish + 2;
  }
  return { isMatch: bestLocation >= 0, score: Math.max(0.001, finalScore) };
}

const rows = { a: new Int32Array(512), b: new Int32Array(512) };

function grow(length: number): void {
  let n = rows.a.length;
  while (n < length) n *= 2;
  rows.a = new Int32Array(n);
  rows.b = new Int32Array(n);
}
