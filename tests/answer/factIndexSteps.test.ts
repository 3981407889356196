import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import { makeCorpus } from '../../src/answer/corpus.js';
import { factIndex, factIndexSteps } from '../../src/answer/facts.js';
import { answer, type Request } from '../../src/answer/index.js';
import { DocTexts } from '../../src/answer/agreedBound.js';
import { probe, probing } from '../../src/answer/ondemand.js';
import { finish, type Steps } from '../../src/answer/slices.js';
import { sentencesOf, type Doc } from '../../src/record/types.js';
import { renderText } from '../../src/render/text.js';
import type { DocFacts } from '../../src/understand/parallel.js';
import { sentenceKey } from '../../src/understand/types.js';

/** Six short items of our own: a glassworks in Mossbeck, its kiln, and a haulage deal. */
const ITEMS = [
  ['2032-02-01 Mossbeck kiln relit', '"The new kiln holds its heat for eleven hours," said Idris Treloy, who runs the Larkholt Glassworks.'],
  ['2032-02-03 Glassworks hires', 'Maren Edevane, the works manager, said twelve blowers would join the Larkholt Glassworks in March.'],
  ['2032-02-05 Haulage deal', 'The Larkholt Glassworks signed a three-year haulage contract with Sorrel Haulage on 4 February 2032.'],
  ['2032-02-07 Kiln tour', '"Visitors can watch the furnace from the gallery," said Idris Treloy, the owner.'],
  ['2032-02-09 Sand supply', 'The glassworks and the Mossbeck quarry agreed on a sand supply deal for the spring.'],
  ['2032-02-11 Apprentices', '"Our apprentices start on the small pieces," said Maren Edevane, the works manager.'],
];

async function record() {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-factindex-'));
  ITEMS.forEach(([title, body], i) => writeFileSync(join(dir, `item-${i}.txt`), `${title}\n\n${body}\n`));
  return buildCorpus(dir, { threads: 1 });
}

/** How many times `steps` yields before it ends, and its value. */
function counted<T>(steps: Steps<T>): { steps: number; value: T } {
  for (let n = 0; ; n++) {
    const next = steps.next();
    if (next.done) return { steps: n, value: next.value };
  }
}

describe("the record's lists built a document a step", () => {
  it('yields once per document, gives the lists the call builds, and keeps them as the corpus value', async () => {
    const warm = await record();
    const facts = { get: (id: string): DocFacts => new Map(sentencesOf(warm.doc(id) as Doc).map((s) => [sentenceKey(s), warm.facts(s)])) };
    const fresh = () => makeCorpus({ docs: warm.docs, problems: warm.problems, index: warm.index, facts });
    const built = factIndex(fresh());
    expect(built.speakers.map((s) => [s.name, s.statements])).toEqual([
      ['Idris Treloy', 2],
      ['Maren Edevane', 2],
    ]);
    expect(built.agreements.map((a) => [a.sentence.doc, a.agreement.parties, a.agreement.status])).toEqual([
      ['item-2', ['the Larkholt Glassworks', 'Sorrel Haulage'], 'signed'],
      ['item-4', ['the glassworks', 'the Mossbeck quarry'], 'reached'],
    ]);

    const corpus = fresh();
    const stepped = counted(factIndexSteps(corpus));
    expect(stepped.steps).toBe(ITEMS.length);
    expect(stepped.value).toEqual(built);
    // Kept: the call reuses it, and stepping again has nothing to do.
    expect(factIndex(corpus)).toBe(stepped.value);
    expect(counted(factIndexSteps(corpus))).toEqual({ steps: 0, value: stepped.value });
  });

  it("lets a probe build them in slices: a step per document, and probe's answer", async () => {
    const warm = await record();
    const filling = { has: () => true, facts: { get: (id: string): DocFacts => new Map(sentencesOf(warm.doc(id) as Doc).map((s) => [sentenceKey(s), warm.facts(s)])) } };
    for (const request of [
      { command: 'who-said', query: 'Treloy' },
      { command: 'agreed', query: 'haulage' },
    ] as const satisfies readonly Request[]) {
      // Every document is read: nothing else to step over, so the steps are the lists' build.
      const run = counted(probing(warm, filling, request, new DocTexts()));
      expect(run.steps).toBe(ITEMS.length);
      expect(run.value?.missing.size).toBe(0);
      const once = probe(warm, filling, request);
      expect(run.value?.answer && renderText(run.value.answer)).toBe(once?.answer && renderText(once.answer));
      expect(renderText(run.value?.answer as ReturnType<typeof answer>)).toBe(renderText(answer(warm, request)));
    }
    expect(finish(probing(warm, filling, { command: 'who-said', query: 'Treloy' }, new DocTexts()))?.answer?.results.map((r) => [r.excerpt.doc, r.speaker?.name])).toEqual([
      ['item-0', 'Idris Treloy'],
      ['item-3', 'Idris Treloy'],
    ]);
  });
});
