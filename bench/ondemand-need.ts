/**
 * How many documents a fact command about the generated record's last document reads (ondemand.ts),
 * probed from no document read: `npx tsx bench/ondemand-need.ts 10000`. No facts are extracted:
 * every document asked for counts as read with no facts, so this is the first round's count.
 */
import { makeCorpus } from '../src/answer/corpus.js';
import type { Request } from '../src/answer/index.js';
import { probe } from '../src/answer/ondemand.js';
import { parseDocument } from '../src/record/parse.js';
import { sentencesOf, type Doc } from '../src/record/types.js';
import { createSearchIndex } from '../src/search/index.js';
import { agreedParty, generateRecord } from './generate.js';

const size = Number(process.argv[2] ?? 10_000);
const { files, world } = generateRecord(size, 42);
const docs = files.map((f) => {
  const parsed = parseDocument(Buffer.from(f.raw), { id: f.id, file: `${f.id}.txt` });
  if (!parsed.ok) throw new Error(f.id);
  return parsed.doc;
}).sort((a, b) => (a.id < b.id ? -1 : 1));
const index = createSearchIndex(docs.flatMap((d) => sentencesOf(d)));
const corpus = makeCorpus({ docs, problems: [], index, facts: new Map() });
const late = docs.at(-1) as Doc;
const text = sentencesOf(late).map((s) => s.text).join(' ');
const person = world.people.find((p) => text.includes(p)) as string;
const requests: Request[] = [
  { command: 'who-said', query: person },
  { command: 'when', query: (late.headline ?? (sentencesOf(late)[0] as Doc['headline'] & object)).text },
  { command: 'agreed', query: agreedParty(docs, world) ?? '' },
];
for (const request of requests) {
  const t = performance.now();
  const found = probe(corpus, { has: () => false, facts: { get: () => undefined } }, request);
  console.log(`${request.command} ${request.query}: ${found?.missing.size} of ${docs.length} documents (${(performance.now() - t).toFixed(0)} ms)`);
}
const exact = docs.filter((d) => sentencesOf(d).some((s) => s.text.includes(person))).length;
const words = person.toLowerCase().split(' ');
const each = words.map((w) => docs.filter((d) => sentencesOf(d).some((s) => new RegExp(`\\b${w}\\b`, 'i').test(s.text))).length);
console.log(`${person}: written in full in ${exact} documents; its words as whole words in ${each.join(', ')}`);
