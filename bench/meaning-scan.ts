/**
 * `npx tsx bench/meaning-scan.ts [--sizes 2000,20000] [--top 5]`
 *
 * What it costs to take a question's top sentences by cosine over the whole record (issue q14:
 * cosine-only candidates): every sentence's int8 vector read through `MeaningStore.cosine` (the
 * 512 products plus the text's hash lookup), the best `--top` kept. Random unit vectors; CPU ms per
 * question, median of 21 questions, after a warm-up.
 */
import { MEANING_DIMENSIONS, MeaningStore } from '../src/search/meaning.js';
import { opt } from './squad.js';

const sizes = opt('--sizes', '2000,20000').split(',').map(Number);
const top = Number(opt('--top', '5'));
let seed = 7;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
const unit = (): Float32Array => {
  const v = Float32Array.from({ length: MEANING_DIMENSIONS }, rand);
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};
for (const n of sizes) {
  const store = new MeaningStore();
  const texts = Array.from({ length: n }, (_, i) => `Sentence number ${i} of the generated record.`);
  for (const t of texts) store.add(t, unit());
  const times: number[] = [];
  for (let r = 0; r < 24; r++) {
    const q = unit();
    const c0 = process.cpuUsage();
    const best: { i: number; c: number }[] = [];
    for (let i = 0; i < n; i++) {
      const c = store.cosine(q, texts[i] as string);
      if (best.length < top || c > (best[best.length - 1] as { c: number }).c) {
        best.push({ i, c });
        best.sort((a, b) => b.c - a.c);
        if (best.length > top) best.pop();
      }
    }
    const u = process.cpuUsage(c0);
    if (r >= 3) times.push((u.user + u.system) / 1000);
  }
  times.sort((a, b) => a - b);
  console.log(`${n} sentences: top ${top} by cosine in ${(times[10] as number).toFixed(2)} ms CPU per question (median), max ${(times[times.length - 1] as number).toFixed(2)} ms`);
}
