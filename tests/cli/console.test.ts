import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { consoleLine, runConsole, type ConsoleState } from '../../src/cli/console.js';
import { PLAIN } from '../../src/render/text.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await buildCorpus('tests/fixtures/newsroom');
});

describe('console lines', () => {
  it('runs a slash command like Discord does', () => {
    expect(consoleLine(corpus, '/when negotiators met in Brussels')!.split('\n').slice(0, 3)).toEqual([
      'When: negotiators met in Brussels',
      '1. “On March 3, **negotiators** from both ports **met** in **Brussels** to settle the last technical questions.”',
      '   Date: 2021-03-03 — as written: “March 3”',
    ]);
  });

  it('treats bare text as a question, unknown commands and /quit explicitly', () => {
    expect(consoleLine(corpus, 'who said ships wait too long?')!.startsWith('Who said: who said ships wait too long?\n1. ')).toBe(true);
    expect(consoleLine(corpus, '/dance now')).toBe('✖ Unknown command /dance. Type /help for the list.');
    expect(consoleLine(corpus, '   ')).toBe('');
    expect(consoleLine(corpus, '/quit')).toBeNull();
  });
});

describe('/more', () => {
  it('shows the next page of the previous answer, then says there is nothing more', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'onrecord-more-'));
    const lines = Array.from({ length: 12 }, (_, i) => `The ferry made crossing number ${i + 1} before noon.`);
    writeFileSync(path.join(dir, 'ferry.txt'), ` date 2024-05-01 Ferry log\n\n${lines.join(' ')}\n`);
    const ferries = await buildCorpus(dir);
    const state: ConsoleState = { last: null };
    const page1 = consoleLine(ferries, '/search ferry crossing', PLAIN, state)!;
    expect(page1.split('\n').at(-1)).toBe('(1–10 of 12; /more shows the next ones)');
    const page2 = consoleLine(ferries, '/more', PLAIN, state)!;
    expect(page2.split('\n').filter((l) => /^\d+\. /u.test(l)).map((l) => l.split('.')[0])).toEqual(['11', '12']);
    expect(consoleLine(ferries, '/more', PLAIN, state)).toBe('✖ Nothing more to show. /more continues an answer that said “(1–10 of N)”.');
  });
});

describe('the interactive console', () => {
  it('greets, says how to connect to Discord, answers each line and keeps history', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d: Buffer) => (printed += d.toString()));
    const historyFile = path.join(mkdtempSync(path.join(tmpdir(), 'onrecord-console-')), 'history');
    const done = runConsole({ getCorpus: () => corpus, input, output, historyFile, banner: 'Set DISCORD_TOKEN to run the bot.' });
    input.end('/sources\n/quit\n/never reached\n');
    await done;
    expect(printed.split('\n').slice(0, 2)).toEqual([
      'OnRecord console: 2 document(s), 16 sentences. Type /help for commands, /quit to leave.',
      'Set DISCORD_TOKEN to run the bot.',
    ]);
    expect(printed).toContain('Sources (2):\n- 2021-03-12-harbor-data: Two North Sea ports agree to share berth data');
    expect(printed).not.toContain('never reached');
    expect(readFileSync(historyFile, 'utf8')).toBe('/sources\n');
  });
});
