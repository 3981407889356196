/** The benchmark's fixed query set, drawn from the generated record with a seeded PRNG. */
import type { SuggestionKind } from '../src/answer/autocomplete.js';
import type { Sentence } from '../src/record/types.js';
import { pick, rng, type Rng, type World } from './generate.js';

export type QueryClass = 'exact' | 'typo1' | 'typo2' | 'notfound' | 'when' | 'who-said' | 'agreed' | 'autocomplete' | 'timeline';
export interface Query {
  readonly cls: QueryClass;
  readonly text: string;
  /** For autocomplete: the suggestion lists one keystroke in one command option asks for. */
  readonly kinds?: readonly SuggestionKind[];
  /** For the timeline: which page (of 5 entries, as Discord shows it). */
  readonly page?: number;
}

/** The options that autocomplete, as the command registry wires them: /when, /who-said, /agreed, /context. */
const OPTION_KINDS: readonly (readonly SuggestionKind[])[] = [['events'], ['speakers', 'quotes'], ['topics'], ['citations']];

/** One typo in a word of four letters or more: substitution, deletion, insertion or transposition. */
export function typo(r: Rng, word: string): string {
  const i = 1 + Math.floor(r() * (word.length - 2));
  const c = String.fromCharCode(97 + Math.floor(r() * 26));
  switch (Math.floor(r() * 4)) {
    case 0:
      return word.slice(0, i) + c + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + c + word.slice(i);
    default:
      return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
  }
}

const NOT_FOUND = [
  'stock market crash', 'volcano eruption tourism', 'football championship final', 'smartphone battery recall',
  'wedding ceremony guests', 'chess tournament winner', 'bakery bread recipe', 'olympic swimming record',
  'movie premiere festival', 'vaccine for dogs', 'pizza delivery robots', 'lottery jackpot', 'cryptocurrency wallet hack',
  'garden flowers spring', 'museum painting theft', 'airline luggage fees', 'piano concert tickets',
  'snowboard competition', 'coffee prices café', 'marathon runners',
];

export function makeQueries(sentences: readonly Sentence[], w: World, seed: number, perClass: number): Query[] {
  const r = rng(seed);
  const out: Query[] = [];
  const phrase = (): string[] => {
    for (;;) {
      const s = pick(r, sentences);
      const words = s.text.split(/[^\p{L}\p{N}]+/u).filter((x) => x.length > 2);
      if (words.length < 4) continue;
      const n = 2 + Math.floor(r() * 3);
      const at = Math.floor(r() * (words.length - n));
      return words.slice(at, at + n);
    }
  };
  for (let i = 0; i < perClass; i++) {
    out.push({ cls: 'exact', text: phrase().join(' ') });
    const p1 = phrase();
    const j = p1.findIndex((x) => x.length >= 4);
    if (j >= 0) p1[j] = typo(r, p1[j] as string);
    out.push({ cls: 'typo1', text: p1.join(' ') });
    const p2 = phrase();
    const long = p2.map((x, k) => [x, k] as const).filter(([x]) => x.length >= 5);
    const a = long[0];
    const b = long[long.length - 1];
    if (a) p2[a[1]] = typo(r, a[0]);
    if (b) p2[b[1]] = typo(r, p2[b[1]] as string);
    out.push({ cls: 'typo2', text: p2.join(' ') });
    out.push({ cls: 'notfound', text: NOT_FOUND[i % NOT_FOUND.length] as string });
    const c1 = pick(r, w.countries);
    const c2 = pick(r, w.countries);
    out.push({ cls: 'when', text: pick(r, [`when did ${c1} and ${c2} agree to extend the ceasefire`, `when was the military hotline set up`, `when did ${c1} announce the ${phrase().slice(-1).join('')}`]) });
    out.push({ cls: 'who-said', text: pick(r, [`who said the talks would go ahead`, `what did ${pick(r, w.people)} say`, `who warned about ${phrase().slice(-1).join('')}`]) });
    out.push({ cls: 'agreed', text: pick(r, ['fishing quotas', 'ceasefire', `${c1}`, 'border crossing', 'prisoners', 'hotline']) });
    const ac = phrase();
    const lastWord = ac[ac.length - 1] as string;
    out.push({
      cls: 'autocomplete',
      text: `${ac.slice(0, -1).join(' ')} ${lastWord.slice(0, 1 + Math.floor(r() * lastWord.length))}`.trim(),
      kinds: OPTION_KINDS[i % OPTION_KINDS.length],
    });
    // Pages near the start, as people read a timeline, and now and then one far in (without
    // drawing from the generator, so the other classes keep their queries from earlier runs).
    out.push({ cls: 'timeline', text: '', page: i % 4 === 3 ? (i * 397) % 2000 : i % 4 });
  }
  return out;
}

