import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { LiveCorpus, buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { consoleLine, consoleRecordLine, runConsole, type ConsoleState } from '../../src/cli/console.js';
import { RecordEditor } from '../../src/record/editor.js';
import { watchKnowledge } from '../../src/record/watch.js';
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

describe('/record in the console', () => {
  it('adds a file by path, shows how it was read, refuses a clash, and removes it; each change is logged', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'onrecord-console-record-'));
    writeFileSync(path.join(dir, 'pier.txt'), ' date 2024-05-01 Pier repairs\n\nThe pier reopened on Friday.\n');
    const src = path.join(mkdtempSync(path.join(tmpdir(), 'onrecord-console-src-')), 'night-ferry.md');
    writeFileSync(src, '---\ntitle: Night ferry returns\ndate: 2024-06-01\n---\n\nThe night ferry returned on Saturday, the operator said.\n');
    const live = new LiveCorpus(await buildCorpus(dir));
    const watcher = watchKnowledge(dir, ({ docs, problems }) => live.update(docs, problems), { debounceMs: 20, stableMs: 100, pollMs: 200 });
    await watcher.ready;
    const log: string[] = [];
    const editor = new RecordEditor({ knowledgeDir: dir, allowHosts: [], docById: (id) => live.current.doc(id), log: (e) => log.push(`${e.action} ${e.doc} by ${e.userName}`) });
    try {
      const added = (await consoleRecordLine(`/record add ${src}`, editor, () => live.current))!;
      expect(added.split('\n').slice(0, 4)).toEqual([
        `Added night-ferry read as text, as written; written to ${path.join(dir, 'night-ferry.md')}.`,
        'Title: Night ferry returns',
        'Date: 2024-06-01',
        'Read as 1 paragraph, 2 sentences.',
      ]);
      expect(added.split('\n').at(-1)).toBe('It is in the record now.');
      expect(consoleLine(live.current, '/search night ferry returned')).toContain('night-ferry ¶1.1');
      expect(await consoleRecordLine(`/record add ${src}`, editor, () => live.current)).toBe(
        '✖ Nothing was changed: a document named night-ferry is already in the record (“Night ferry returns”). To put this one in its place, use replace with document night-ferry; to keep both, give this one another title.',
      );
      expect(await consoleRecordLine('/record remove night-ferry', editor, () => live.current)).toBe('Removed night-ferry (Night ferry returns) from the record.');
      expect(await consoleRecordLine('/record add', editor, () => live.current)).toBe(
        '✖ Usage: /record add <path or url> · /record replace <document> <path or url> · /record remove <document>',
      );
      expect(await consoleRecordLine('/search pier', editor, () => live.current)).toBe(null);
      expect(log.map((l) => l.replace(/by .*$/u, 'by someone'))).toEqual(['added night-ferry by someone', 'removed night-ferry by someone']);
    } finally {
      await watcher.close();
    }
  });
});
