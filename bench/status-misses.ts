/**
 * `npx tsx bench/status-misses.ts [--hits] [--sets a,b]` lists the agreement status misses of the read pattern sets
 * (every set but the held-out and clean ones): gold status, found status, the gold kind, whether the
 * found agreement is a later mention (refersTo) and the earlier gold status it could carry, and the
 * sentence. A view to sort status misses by kind; it reads only the committed fixtures.
 */
import { patternSentences, readPatternSets } from './facts/patterns.js';

const arg = (f: string): string | undefined => (process.argv.includes(f) ? process.argv[process.argv.indexOf(f) + 1] : undefined);
const hits = process.argv.includes('--hits');
for (const [set, articles] of readPatternSets(arg('--sets')?.split(','))) {
  let current: unknown = null;
  const earlier: string[] = [];
  for (const { article, at, sentence, gold: g, found: list } of patternSentences(articles)) {
    if (article !== current) {
      current = article;
      earlier.length = 0;
    }
    if (g && list.length > 0) {
      const right = list.some((a) => a.status === g.status);
      if (!right || hits) {
        const f = list.map((a) => `${a.status}${a.refersTo ? `<${a.refersTo.paragraph}.${a.refersTo.sentence}` : ''}[${a.cue}]`).join(', ');
        console.log(`${right ? 'HIT ' : 'MISS'}\t${set}\t${article.name} ${at}\tgold ${g.status}\tfound ${f}\tprev ${earlier.at(-1) ?? '-'}\t${g.kind}\t${sentence.text}`);
      }
    }
    if (g) earlier.push(g.status);
  }
}
