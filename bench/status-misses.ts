/**
 * `npx tsx bench/status-misses.ts [--hits] [--sets a,b]` lists the agreement status misses of the read pattern sets
 * (every set but the held-out and clean ones): gold status, found status, the gold kind, whether the
 * found agreement is a later mention (refersTo) and the earlier gold status it could carry, and the
 * sentence. A view to sort status misses by kind; it reads only the committed fixtures.
 */
import { extractAgreements } from '../src/understand/agreements.js';
import { extractStatements } from '../src/understand/statements.js';
import { sentenceKey } from '../src/understand/types.js';
import { docOf } from '../tests/understand/statements-fixture.js';
import { PATTERN_SETS } from './facts/patterns.js';

const UNREAD = new Set(['29', '32', '65', '68', '71', '74', '77', '80', '81', '82']);
const arg = (f: string): string | undefined => (process.argv.includes(f) ? process.argv[process.argv.indexOf(f) + 1] : undefined);
const only = arg('--sets')?.split(',');
const hits = process.argv.includes('--hits');
for (const [set, articles] of Object.entries(PATTERN_SETS)) {
  const n = /^blind-?(\d+)$/.exec(set)?.[1];
  if (n && UNREAD.has(n)) continue;
  if (only && !only.includes(set)) continue;
  for (const article of articles) {
    const doc = docOf(article.body, article.headline ?? null);
    const found = extractAgreements(doc, extractStatements(doc));
    const gold = new Map(article.gold.map((g) => [g.at, g]));
    const earlier: string[] = [];
    for (const p of [...(doc.headline ? [{ sentences: [doc.headline] }] : []), ...doc.paragraphs])
      for (const s of p.sentences) {
        const at = `${s.paragraph}.${s.sentence}`;
        const g = gold.get(at);
        const list = found.get(sentenceKey(s)) ?? [];
        if (g && list.length > 0) {
          const right = list.some((a) => a.status === g.status);
          if (!right || hits) {
            const f = list.map((a) => `${a.status}${a.refersTo ? `<${a.refersTo.paragraph}.${a.refersTo.sentence}` : ''}[${a.cue}]`).join(', ');
            console.log(`${right ? 'HIT ' : 'MISS'}\t${set}\t${article.name} ${at}\tgold ${g.status}\tfound ${f}\tprev ${earlier.at(-1) ?? '-'}\t${g.kind}\t${s.text}`);
          }
        }
        if (g) earlier.push(g.status);
      }
  }
}
