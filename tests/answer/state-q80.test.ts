import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';
import { questionStates, stateWords } from '../../src/search/related.js';

/**
 * A state a question asks who is in ("Who is in charge of …?": "in N" after "be", with WordNet's
 * verb "take_N" of entering it) is read by the words of the act WordNet files that verb under
 * (`questionStates`, `stateWords`, `QUESTION_STATE`, session 38, q80): a record writes who runs the
 * place. On a story of our own writing (names invented).
 */
const STORY =
  ' date 2026-03-02 Rope maker marks its centenary\n\n' +
  'Harrow Lane Ropeworks makes rope and netting in a long brick shed beside the canal at Quobrey Fen. ' +
  'It was started in 1926 by Amos Feltwell, a sailmaker who had come home from the navy.\n\n' +
  'The shed is 300 metres long, so that a whole rope can be laid in one piece. ' +
  'The ropeworks is run by his granddaughter, Nell Feltwell-Ames.\n\n' +
  'Today the ropeworks sells hammocks and garden netting to shops across the north.\n';

let dir: string;
let corpus: Corpus;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onrecord-state-'));
  writeFileSync(join(dir, 'ropeworks.txt'), STORY);
  corpus = await buildCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shown = (a: Answer): [string, string[]] => [a.status, a.status === 'answered' ? a.results.map((r) => r.excerpt.cite) : (a.suggestions ?? []).map((r) => r.excerpt.cite)];

describe('a state the question asks who is in', () => {
  it('is read from "in N" after a form of "be", where WordNet has "take_N"', () => {
    expect([...questionStates('Who is now in charge of the ferry?')]).toEqual([['charge', 'take_charge']]);
    expect([...questionStates('Who was in control of the mill?')]).toEqual([['control', 'take_control']]);
    expect([...questionStates('What was built in place of the mill?')]).toEqual([]);
    expect([...questionStates('Who paid the charge in cash?')]).toEqual([]);
    expect(stateWords('take_charge')).toEqual(['head', 'lead', 'led', 'guide', 'steer', 'operate', 'run', 'ran', 'running', 'director', 'manager']);
  });
  it('is held by the words of its act: who runs the place answers who is in charge of it', () => {
    expect(shown(answer(corpus, { command: 'ask', query: 'Who is in charge of this ropeworks today?' }))).toEqual(['answered', ['ropeworks ¶2.2']]);
  });
});
