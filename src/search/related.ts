import { baseForms, sensesOf, synsetAt } from '../wordnet.js';

/**
 * Word forms and related words from WordNet 3.1 (see src/wordnet.ts), for query terms:
 * "merger" meets "merge", "relief" meets "assistance". What a word gives is memoised.
 */

/**
 * Senses read per part of speech: the most common one (WordNet orders them by tagged frequency).
 * With two, the dev set scored alike (top-1 71.9 % vs 72.0 %) but refused fewer off-topic questions (97.6 % vs 97.8 %).
 */
const SENSES = 1;
/** Related words given per query word, at most. */
const MAX_RELATED = 12;

export interface Related {
  /** Base forms of the word (morphy), the word itself excluded. */
  readonly forms: readonly string[];
  /** Same-synset lemmas of its most common senses and their derivationally related forms. */
  readonly related: readonly string[];
}

const NONE: Related = Object.freeze({ forms: [], related: [] });
const memo = new Map<string, Related>();

/**
 * Base forms and related words of a folded word (lower case, as query terms are). Empty when
 * WordNet does not know it or the dict files are missing.
 */
export function relatedWords(word: string): Related {
  const cached = memo.get(word);
  if (cached) return cached;
  if (!/^[a-z]+$/.test(word)) return NONE;
  const forms = new Set<string>();
  const related = new Set<string>();
  for (const [pos, bases] of baseForms(word)) {
    for (const base of bases) {
      if (base !== word) forms.add(base);
      for (const offset of sensesOf(base, pos).slice(0, SENSES)) {
        const s = synsetAt(pos, offset);
        if (!s) continue;
        const own = s.words.indexOf(base) + 1;
        for (const w of s.words) related.add(w);
        for (const p of s.pointers) {
          if (p.symbol !== '+' || (p.source !== own && p.source !== 0)) continue;
          const target = synsetAt(p.pos, p.offset)?.words[p.target - 1];
          if (target) related.add(target);
        }
      }
    }
  }
  const out: Related = {
    forms: [...forms],
    related: [...related].filter((w) => w !== word && !forms.has(w) && /^[a-z]+$/.test(w)).slice(0, MAX_RELATED),
  };
  if (memo.size > 50_000) memo.clear();
  memo.set(word, out);
  return out;
}

const dictionaryMemo = new Map<string, boolean>();

/**
 * Whether WordNet knows a folded word, as written or as an inflection of one of its lemmas
 * ("teams" → "team"). False when the dict files are missing.
 */
export function isDictionaryWord(word: string): boolean {
  const known = dictionaryMemo.get(word);
  if (known !== undefined) return known;
  const is = /^[a-z]+$/.test(word) && baseForms(word).size > 0;
  if (dictionaryMemo.size > 50_000) dictionaryMemo.clear();
  dictionaryMemo.set(word, is);
  return is;
}
