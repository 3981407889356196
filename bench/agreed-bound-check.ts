/**
 * Checks on real text the claim /agreed's cold-start bound rests on (src/answer/agreedBound.ts):
 * every word an agreement answers to as a party (its parties' and mention's words and initials,
 * as facts.ts lists them, those a topic can hold) and every word of its noun and verb (its facets) is one the text of its
 * document could hold by those tests. Reads every document bench/real-docs.ts gives, the clean and
 * held-out sets left out; prints the counts and the first words that fail.
 *
 *   npx tsx bench/agreed-bound-check.ts
 */
import { topicOf } from '../src/answer/agreed.js';
import { mayAnswer } from '../src/answer/agreedBound.js';
import { facetStemOf, partyWords } from '../src/answer/facts.js';
import { analyzeDocument } from '../src/understand/analyze.js';
import { realDocs } from './real-docs.js';

/** Sets never read (clean) or held out this round: totals only, so not here. */
const UNREAD = /blind(?:29|32|65|68|71|74|75|76)\b|held-back/;

let agreements = 0;
let partyChecked = 0;
let facetChecked = 0;
const fails: string[] = [];
const docs = (await realDocs()).filter(([id]) => !UNREAD.test(id));
for (const [id, doc] of docs) {
  for (const facts of analyzeDocument(doc).values()) {
    for (const a of facts.agreements) {
      agreements++;
      const mention = a.mention === a.noun ? [] : [a.mention];
      for (const w of new Set([...a.parties, ...mention].flatMap(partyWords))) {
        // ("and", "the": a topic never holds them, agreed.ts `topicOf`.)
        if (!topicOf(w)) continue;
        partyChecked++;
        if (!mayAnswer(doc, w).party) fails.push(`${id} party word "${w}" (${a.parties.join(' | ')})`);
      }
      for (const w of [...(a.noun ?? '').split(/[^\p{L}]+/u), a.cue].filter((x) => x.length > 2)) {
        if (facetStemOf(w).startsWith('status:')) continue;
        facetChecked++;
        if (!mayAnswer(doc, w.toLowerCase()).facet) fails.push(`${id} facet word "${w}"`);
      }
    }
  }
}
console.log(`${docs.length} documents, ${agreements} agreements: ${partyChecked - fails.filter((f) => f.includes(' party ')).length}/${partyChecked} party words and ${facetChecked - fails.filter((f) => f.includes(' facet ')).length}/${facetChecked} facet words within the bound`);
for (const f of fails.slice(0, 30)) console.log(`  outside: ${f}`);
