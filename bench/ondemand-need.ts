/**
 * How many documents a fact command about the generated record's last document reads (ondemand.ts),
 * probed from no document read: `npx tsx --expose-gc bench/ondemand-need.ts 10000`. No facts are
 * extracted: every document asked for counts as read with no facts, so this is the first round's
 * count. Each round is timed three ways: at once with no text kept (`probe`: how long it would hold
 * the main thread), in slices as a cold start runs it (`probing` + `sliced`: its longest slice and
 * its wall time), and once more at once with the texts the sliced round kept (a later round's
 * cost); then the heap the kept texts take.
 */
import { makeCorpus } from '../src/answer/corpus.js';
import type { Request } from '../src/answer/index.js';
import { DocTexts } from '../src/answer/agreedBound.js';
import { PROBE_SLICE_MS, probe, probing } from '../src/answer/ondemand.js';
import type { Steps } from '../src/answer/slices.js';
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
const none = { has: (): boolean => false, facts: { get: () => undefined } };
const gc = (globalThis as { gc?: () => void }).gc;
const heap = (): number => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
/** `steps` in slices of PROBE_SLICE_MS, as `sliced` runs them: the longest slice and the wall time. */
async function timedSlices<T>(steps: Steps<T>): Promise<{ value: T; longest: number; wall: number }> {
  const t0 = performance.now();
  let longest = 0;
  for (;;) {
    const start = performance.now();
    const until = start + PROBE_SLICE_MS;
    for (;;) {
      const next = steps.next();
      if (next.done) return { value: next.value, longest: Math.max(longest, performance.now() - start), wall: performance.now() - t0 };
      if (performance.now() >= until) break;
    }
    longest = Math.max(longest, performance.now() - start);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
const texts = new DocTexts();
for (const request of requests) {
  const t = performance.now();
  const found = probe(corpus, none, request);
  const once = performance.now() - t;
  const run = await timedSlices(probing(corpus, none, request, texts));
  const t2 = performance.now();
  probe(corpus, none, request, texts);
  const again = performance.now() - t2;
  if (run.value?.missing.size !== found?.missing.size) throw new Error('a sliced probe asked for other documents');
  console.log(
    `${request.command} ${request.query}: ${found?.missing.size} of ${docs.length} documents (at once ${once.toFixed(0)} ms; in slices: longest ${run.longest.toFixed(1)} ms, wall ${run.wall.toFixed(0)} ms; at once with the texts kept ${again.toFixed(0)} ms)`,
  );
}
const kept = texts.size;
const withTexts = heap();
texts.clear();
console.log(`texts kept: ${kept} documents, ${((withTexts - heap()) / 1e6).toFixed(1)} MB of heap${gc ? '' : ' (no --expose-gc: rough)'}`);
const exact = docs.filter((d) => sentencesOf(d).some((s) => s.text.includes(person))).length;
const words = person.toLowerCase().split(' ');
const each = words.map((w) => docs.filter((d) => sentencesOf(d).some((s) => new RegExp(`\\b${w}\\b`, 'i').test(s.text))).length);
console.log(`${person}: written in full in ${exact} documents; its words as whole words in ${each.join(', ')}`);
