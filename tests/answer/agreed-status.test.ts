import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';
import { renderText } from '../../src/render/text.js';
import { intersectionOf, unionOf } from '../../src/answer/facts.js';

// A story of our own: a merger agreed, approved, then voided by a court; a supply contract elsewhere.
const STORY =
  ' date 2024-05-20 Court voids Pell Foods merger\n\n' +
  'Pell Foods and Ostrander Dairy signed a merger agreement on March 4.\n\n' +
  'The board of Pell Foods approved the merger on April 2.\n\n' +
  'On May 17, a court in Lisbon voided the deal.\n' +
  'The two firms had also settled a dispute over milk prices.\n\n' +
  'Separately, Vesta Rail entered into a contract with Norland Steel for new track.\n';

let corpus: Corpus;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-status-'));
  writeFileSync(join(dir, 'pell.txt'), STORY);
  corpus = await buildCorpus(dir);
});

const rows = (a: Answer) => a.results.map((r) => [r.excerpt.cite, r.agreement?.status, r.agreement?.refersTo ?? null, r.agreement?.parties.join(' | ')]);

describe('agreed: by subject, party or status word', () => {
  it('"merger" finds the agreement and its later approval and voiding, each with its status', () => {
    // The headline's "merger" is voided ("voids"): a mention of the body's agreement (¶1.1), which
    // is signed, approved, voided.
    expect(rows(answer(corpus, { command: 'agreed', query: 'merger' }))).toEqual([
      ['pell ¶0.1', 'voided', '¶1.1', 'Pell Foods | Ostrander Dairy'],
      ['pell ¶1.1', 'signed', null, 'Pell Foods | Ostrander Dairy'],
      ['pell ¶2.1', 'approved', '¶1.1', 'Pell Foods | Ostrander Dairy'],
    ]);
  });

  it('a status word finds the agreements with that status, and a synonym of it too', () => {
    const voided = [['pell ¶0.1', 'voided', '¶1.1', 'Pell Foods | Ostrander Dairy'], ['pell ¶3.1', 'voided', '¶1.1', 'Pell Foods | Ostrander Dairy']];
    expect(rows(answer(corpus, { command: 'agreed', query: 'voided' }))).toEqual(voided);
    expect(rows(answer(corpus, { command: 'agreed', query: 'cancelled' }))).toEqual(voided);
  });

  it('"settlement" finds "settled a dispute"; a party finds its contract', () => {
    expect(rows(answer(corpus, { command: 'agreed', query: 'settlement' }))).toEqual([['pell ¶3.2', 'reached', null, 'Pell Foods | Ostrander Dairy']]);
    expect(rows(answer(corpus, { command: 'agreed', query: 'Norland Steel' }))).toEqual([['pell ¶4.1', 'reached', null, 'Vesta Rail | Norland Steel']]);
  });

  it('a party and a kind or status word together find only the agreements answering both', () => {
    expect(rows(answer(corpus, { command: 'agreed', query: 'Vesta contract' }))).toEqual([['pell ¶4.1', 'reached', null, 'Vesta Rail | Norland Steel']]);
    expect(rows(answer(corpus, { command: 'agreed', query: 'Pell voided' }))).toEqual([['pell ¶0.1', 'voided', '¶1.1', 'Pell Foods | Ostrander Dairy'], ['pell ¶3.1', 'voided', '¶1.1', 'Pell Foods | Ostrander Dairy']]);
  });

  it('the text answer shows the status and the agreement a later mention refers to', () => {
    const text = renderText(answer(corpus, { command: 'agreed', query: 'voided' }));
    expect(text.split('\n').filter((l) => /Status|Parties/.test(l)).map((l) => l.trim())).toEqual([
      'Parties: Pell Foods, Ostrander Dairy — merger = the agreement of Pell Foods, Ostrander Dairy in ¶1.1',
      'Status: voided — the agreement of ¶1.1',
      'Parties: Pell Foods, Ostrander Dairy — the deal = the agreement of Pell Foods, Ostrander Dairy in ¶1.1',
      'Status: voided — the agreement of ¶1.1',
    ]);
  });

  it('with no topic on a record without agreements, says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-none-'));
    writeFileSync(join(dir, 'talks.txt'), ' date 2024-01-09 Talks go on\n\nNorland and Vesta met in Geneva on Monday.\n\nThe board decided to widen the share offer.\n');
    const a = answer(await buildCorpus(dir), { command: 'agreed', query: '' });
    expect([a.status, renderText(a).split('\n')[0]]).toEqual(['not_found', 'The record mentions no agreement.']);
  });
});

describe('timeline: agreements and their status changes in date order', () => {
  it('lists the signing, the approval and the voiding by date, each with its status', () => {
    const t = answer(corpus, { command: 'timeline' });
    expect(t.results.map((r) => [r.excerpt.cite, r.when?.start, r.agreement?.status ?? null])).toEqual([
      ['pell ¶1.1', '2024-03-04', 'signed'],
      ['pell ¶2.1', '2024-04-02', 'approved'],
      ['pell ¶3.1', '2024-05-17', 'voided'],
      // Dated by context: the earlier sentence of its paragraph.
      ['pell ¶3.2', '2024-05-17', 'reached'],
    ]);
  });
});

describe('the inverted lists /agreed looks topics up in', () => {
  it('unites and intersects ascending positions without repeats', () => {
    expect(unionOf([1, 4, 9], [2, 4, 10, 11])).toEqual([1, 2, 4, 9, 10, 11]);
    expect(unionOf([], [3])).toEqual([3]);
    expect(intersectionOf([1, 4, 9, 11], [2, 4, 10, 11])).toEqual([4, 11]);
    expect(intersectionOf([1, 2], [])).toEqual([]);
  });
});
