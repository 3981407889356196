import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answerLine } from '../../src/cli/contract.js';

// shared/CONTRACT.md: scripts depend on these shapes exactly.
const H = '2021-03-12-harbor-data';
let corpus: Corpus;
beforeAll(async () => {
  corpus = await buildCorpus('tests/fixtures/newsroom');
});

describe('ask --jsonl answers', () => {
  it('carry the contract fields for a when answer', () => {
    const a = answerLine(corpus, JSON.stringify({ command: 'when', query: 'negotiators met in Brussels' }));
    expect(Object.keys(a).slice(0, 4)).toEqual(['command', 'query', 'status', 'text']);
    expect([a.command, a.query, a.status]).toEqual(['when', 'negotiators met in Brussels', 'answered']);
    const first = (a.results as Record<string, unknown>[])[0]!;
    expect(first.excerpt).toMatchObject({
      doc: H,
      title: 'Two North Sea ports agree to share berth data, officials said on Friday',
      published: '2021-03-12',
      paragraph: 3,
      sentence: 1,
      cite: `${H} ¶3.1`,
      text: 'On March 3, negotiators from both ports met in Brussels to settle the last technical questions.',
    });
    expect(first.when).toEqual({ text: 'March 3', start: '2021-03-03', end: '2021-03-03', approximate: false });
    // Every content word of the question is in the sentence, "met in Brussels" in the question's
    // order, but "negotiators" four words before it: all of the share, most of the proximity.
    expect(first.score).toBe(0.799);
  });

  it('give when: null where the record gives no date', () => {
    const a = answerLine(corpus, JSON.stringify({ command: 'when', query: 'critics' }));
    expect((a.results as { when: unknown }[]).map((r) => r.when)).toEqual([null]);
  });

  it('answer a malformed line with status invalid, and an unknown command too', () => {
    expect(answerLine(corpus, '{not json')).toMatchObject({ status: 'invalid', results: [], suggestions: [] });
    expect(answerLine(corpus, '{"command":"dance","query":"x"}')).toMatchObject({ command: 'dance', status: 'invalid' });
    expect(answerLine(corpus, '[1,2]')).toMatchObject({ command: null, status: 'invalid' });
  });

  it('allow agreed without a query, and give not_found with suggestions, never results', () => {
    expect(answerLine(corpus, '{"command":"agreed"}').status).toBe('answered');
    const nf = answerLine(corpus, '{"command":"search","query":"stock market crash"}');
    expect([nf.status, (nf.results as unknown[]).length]).toEqual(['not_found', 0]);
    expect((nf.suggestions as { excerpt: { cite: string } }[]).map((x) => x.excerpt.cite)).toEqual([`${H} ¶1.1`, '2022-06-08-library-budget ¶2.2', `${H} ¶5.2`]);
  });
});

describe('the command line itself', () => {
  it('ask --jsonl writes one JSON line per request, in order, and nothing else on stdout', () => {
    const input = ['{"command":"search","query":"berth data"}', 'oops', '', '{"command":"ask","query":"when did negotiators meet?"}'].join('\n');
    const run = spawnSync('npm', ['run', '-s', 'ask', '--', '--jsonl', '--knowledge', 'tests/fixtures/newsroom'], { input, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; command: string });
    expect(lines.map((l) => [l.command, l.status])).toEqual([
      ['search', 'answered'],
      [null, 'invalid'],
      ['ask', 'answered'],
    ]);
  }, 30_000);

  it('inspect --json writes a line per file, with errors for a file that is not a document', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'onrecord-inspect-'));
    const bad = path.join(dir, 'empty.txt');
    writeFileSync(bad, '');
    const run = spawnSync('npm', ['run', '-s', 'inspect', '--', '--json', `tests/fixtures/newsroom/${H}.txt`, bad, 'tests/fixtures/ingest/library-blog.html'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const [doc, empty, page] = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect([doc!.doc, doc!.published, doc!.errors]).toEqual([H, '2021-03-12', []]);
    const paragraphs = doc!.paragraphs as { sentences: { cite: string; times: { text: string; start: string }[] }[] }[];
    expect(paragraphs.map((p) => p.sentences.length)).toEqual([1, 2, 2, 2, 2]);
    expect(paragraphs[2]!.sentences[0]!.times.map((t) => [t.text, t.start])).toEqual([['March 3', '2021-03-03']]);
    expect(empty).toMatchObject({ doc: 'empty', paragraphs: [] });
    expect((empty!.errors as string[]).length).toBe(1);
    // An .html file is read as /record add reads it: the article only, under a front-matter header.
    expect([page!.doc, page!.title, page!.published, page!.errors]).toEqual(['library-blog', 'Northgate library extends weekend opening hours', '2024-11-02', []]);
    expect((page!.paragraphs as unknown[]).length).toBe(7);
  }, 30_000);

  it('ask --help prints the usage instead of searching for "help"; an unknown option is an error', () => {
    const help = spawnSync('npm', ['run', '-s', 'ask', '--', '--help'], { encoding: 'utf8' });
    expect([help.status, help.stdout.split('\n')[0]]).toEqual([0, 'usage: npm run ask -- [--json] [--knowledge DIR] [COMMAND] QUERY...']);
    const typo = spawnSync('npm', ['run', '-s', 'ask', '--', '--jsnol', 'when', 'talks'], { encoding: 'utf8' });
    expect([typo.status, typo.stdout, typo.stderr.split('\n')[0]]).toEqual([2, '', 'onrecord: unknown option --jsnol']);
  }, 30_000);
});
