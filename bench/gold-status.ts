/**
 * `npx tsx bench/gold-status.ts [--sets a,b]` prints every gold agreement sentence of the read pattern sets
 * with its gold status and kind (held-out and clean sets skipped): a view to see how each set labels a shape.
 */
import { docOf } from '../tests/understand/statements-fixture.js';
import { PATTERN_SETS } from './facts/patterns.js';

const UNREAD = new Set(['29', '32', '65', '68', '71', '74', '77', '80', '81', '82']);
const arg = (f: string): string | undefined => (process.argv.includes(f) ? process.argv[process.argv.indexOf(f) + 1] : undefined);
const only = arg('--sets')?.split(',');
for (const [set, articles] of Object.entries(PATTERN_SETS)) {
  const n = /^blind-?(\d+)$/.exec(set)?.[1];
  if (n && UNREAD.has(n)) continue;
  if (only && !only.includes(set)) continue;
  for (const article of articles) {
    const doc = docOf(article.body, article.headline ?? null);
    const gold = new Map(article.gold.map((g) => [g.at, g]));
    for (const p of [...(doc.headline ? [{ sentences: [doc.headline] }] : []), ...doc.paragraphs])
      for (const s of p.sentences) {
        const g = gold.get(`${s.paragraph}.${s.sentence}`);
        if (g) console.log(`${set}\t${article.name} ${s.paragraph}.${s.sentence}\t${g.status}\t${g.kind}\t${s.text}`);
      }
  }
}
