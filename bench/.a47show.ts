import { PATTERN_SETS } from '/work/wt/a47/bench/facts/patterns.ts';
import { extractAgreements } from '/work/wt/a47/src/understand/agreements.ts';
import { extractStatements } from '/work/wt/a47/src/understand/statements.ts';
import { sentenceKey } from '/work/wt/a47/src/understand/types.ts';
const [set, name] = process.argv.slice(2);

import { docOf } from '/work/wt/a47/tests/understand/statements-fixture.ts';
for (const article of PATTERN_SETS[set]!) {
  if (name && !article.name.startsWith(name)) continue;
  const doc = docOf(article.body, article.headline ?? null);
  const found = extractAgreements(doc, extractStatements(doc));
  const gold = new Map(article.gold.map((g: any) => [g.at, g]));
  console.log('##', article.name);
  for (const p of [...(doc.headline ? [{ sentences: [doc.headline] }] : []), ...doc.paragraphs])
    for (const s of p.sentences) {
      const at = `${s.paragraph}.${s.sentence}`;
      const list = found.get(sentenceKey(s)) ?? [];
      const g: any = gold.get(at);
      if (!g && list.length === 0) continue;
      console.log(`${at} ${s.text.slice(0, 110)}`);
      if (g) console.log(`   GOLD ${g.parties.join(' | ')} [${g.status}]`);
      for (const a of list) console.log(`   got  ${a.parties.join(' | ')} [${a.status}] cue=${a.cue} refers=${a.refersTo ? a.refersTo.paragraph + '.' + a.refersTo.sentence : ''} res=${JSON.stringify(a.resolution)}`);
    }
}
