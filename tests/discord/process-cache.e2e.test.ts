/**
 * `npm start` as a real process on a DATA_DIR whose facts cache was damaged (a crash of another
 * tool, a disk error): the bot says so once in its log, answers, extracts afresh behind, and leaves
 * a good cache file for the next start.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { EXTRACTOR_VERSION, factsCachePath } from '../../src/understand/cache.js';
import { spawnBot } from './harness.js';
import { DiscordStandIn } from './standin.js';

test('a corrupt facts cache: one clear log line, facts extracted afresh, the file rewritten', async () => {
  const s = await new DiscordStandIn().start();
  const work = await mkdtemp(path.join(tmpdir(), 'onrecord-factscache-'));
  const dataDir = path.join(work, 'data');
  await mkdir(path.join(dataDir, 'cache'), { recursive: true });
  await writeFile(factsCachePath(dataDir), '{"version": 9, "fingerprint": "ab');
  const child = spawnBot(s, dataDir);
  const chunks: string[] = [];
  child.stderr.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  try {
    await s.waitFor((r) => r.method === 'PUT' && r.path.endsWith('/commands'), 30_000);
    const answer = await s.reply(s.chatInput('search', [{ name: 'query', type: 3, value: 'mooring posts' }], { user: { id: '400000000000000009', username: 'dana' } }), 10_000);
    expect(String(answer.body.content).split('\n')[0]).toBe('**Search** “mooring posts” · Results 1–1 of 1');
    const lines = chunks.join('').split('\n').filter((l) => l.includes('facts cache'));
    expect(lines.length).toBe(1);
    const line = JSON.parse(lines[0] ?? '{}') as { level: number; msg: string; why: string; file: string };
    expect([line.level, line.msg, line.why, line.file]).toEqual([40, 'facts cache corrupt: extracting afresh', 'corrupt', factsCachePath(dataDir)]);
    // The bot answers before the facts are extracted (behind it); the file is written once they are.
    for (let i = 0; i < 300 && !chunks.join('').includes('the record\'s facts are complete'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    const [head = '', ...entries] = (await readFile(factsCachePath(dataDir), 'utf8')).split('\n').filter((l) => l !== '');
    expect([(JSON.parse(head) as { version: number }).version, entries.length]).toEqual([EXTRACTOR_VERSION, 1]);
  } finally {
    child.kill('SIGKILL');
    await s.close();
    await rm(work, { recursive: true, force: true });
  }
}, 45_000);
