/**
 * `npx tsx bench/gold-status.ts [--sets a,b]` prints every gold agreement sentence of the read pattern sets
 * with its gold status and kind (held-out and clean sets skipped): a view to see how each set labels a shape.
 */
import { patternSentences, readPatternSets } from './facts/patterns.js';

const arg = (f: string): string | undefined => (process.argv.includes(f) ? process.argv[process.argv.indexOf(f) + 1] : undefined);
for (const [set, articles] of readPatternSets(arg('--sets')?.split(','))) {
  for (const { article, at, sentence, gold } of patternSentences(articles, false)) {
    if (gold) console.log(`${set}\t${article.name} ${at}\t${gold.status}\t${gold.kind}\t${sentence.text}`);
  }
}
