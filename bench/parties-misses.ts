/**
 * `npx tsx bench/parties-misses.ts [--list] [--dump FILE] [--sets a,b]` scores the sides of every read agreement
 * pattern set (every set but the held-out and clean ones) in one run: found gold sentences, parties right, extra
 * sides, status right, false positives, pooled and per set. `--list` prints each found gold sentence whose sides
 * are wrong or go beyond the gold (gold, found, the cue, the earlier sentence a later mention links to, and the
 * sentence); `--dump FILE` writes one line per found sentence (sides, status, link) to diff two branches by.
 * A view to sort side misses by kind; it reads only the committed fixtures of the read sets.
 */
import { writeFileSync } from 'node:fs';
import { extraParties, partiesMatch } from './facts/agreements.js';
import { patternSentences, readPatternSets } from './facts/patterns.js';

const arg = (f: string): string | undefined => (process.argv.includes(f) ? process.argv[process.argv.indexOf(f) + 1] : undefined);
const list = process.argv.includes('--list');
const dumpTo = arg('--dump');
const dump: string[] = [];
const total = { tp: 0, fp: 0, fn: 0, parties: 0, status: 0, extra: 0 };
for (const [set, articles] of readPatternSets(arg('--sets')?.split(','))) {
  const t = { tp: 0, fp: 0, fn: 0, parties: 0, status: 0, extra: 0 };
  for (const { article, at, sentence: s, gold: g, found: got } of patternSentences(articles)) {
    const parties = got.flatMap((a) => a.parties);
    const shown = got
      .map((a) => `${a.parties.join(' | ')} {${a.status}${a.refersTo ? ` <${a.refersTo.paragraph}.${a.refersTo.sentence}` : ''} [${a.cue}]}`)
      .join(' ; ');
    if (got.length > 0) dump.push(`${set}\t${article.name} ${at}\t${g ? 'gold' : 'FP'}\t${shown}`);
    if (!g) {
      if (got.length > 0) t.fp++;
      continue;
    }
    if (got.length === 0) {
      t.fn++;
      continue;
    }
    t.tp++;
    const right = partiesMatch(g.parties, parties);
    const extra = extraParties(g.parties, parties);
    if (right) t.parties++;
    t.extra += extra.length;
    if (got.some((a) => a.status === g.status)) t.status++;
    if (list && (!right || extra.length > 0)) {
      // A later mention: does the sentence it links to hold the same deal by the gold (the same sides)?
      const gold = new Map(article.gold.map((x) => [x.at, x]));
      const links = got.flatMap((a) => (a.refersTo ? [gold.get(`${a.refersTo.paragraph}.${a.refersTo.sentence}`)] : []));
      const link =
        links.length === 0
          ? 'own'
          : links.some((l) => l && partiesMatch(g.parties, l.parties.map((x) => x.split('|')[0]!)) && partiesMatch(l.parties, g.parties.map((x) => x.split('|')[0]!)))
            ? 'link-same-deal'
            : links.some((l) => l)
              ? 'link-other-deal'
              : 'link-no-gold';
      console.log(
        `${right ? 'EXTRA' : 'WRONG'}\t${set}\t${article.name} ${at}\tgold ${g.parties.join(' | ')}\tfound ${shown}\t${s.text}\t${link}`,
      );
    }
  }
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += t[k];
  if (!list) console.log(`${set}\ttp ${t.tp}\tfp ${t.fp}\tparties ${t.parties}\textra ${t.extra}\tstatus ${t.status}`);
}
console.log(
  `READ\ttp ${total.tp}/${total.tp + total.fn}\tfp ${total.fp}\tparties ${total.parties} (${((100 * total.parties) / total.tp).toFixed(2)} %)\textra ${total.extra}\tstatus ${total.status}`,
);
if (dumpTo) writeFileSync(dumpTo, `${dump.join('\n')}\n`);
