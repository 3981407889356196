/**
 * `npm start` as a real process whose DATA_DIR cannot hold a database (a file stands where the
 * folder should be, as after a botched clean-up; root ignores permission bits, this it cannot):
 * the bot still starts and answers, and `/digest` says why digests wait.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { spawnBot } from './harness.js';
import { DiscordStandIn } from './standin.js';

test('an unusable DATA_DIR: answers go on, /digest says why digests wait, the log says it once', async () => {
  const s = await new DiscordStandIn().start();
  const work = await mkdtemp(path.join(tmpdir(), 'onrecord-datadir-'));
  const dataDir = path.join(work, 'data');
  await writeFile(dataDir, 'not a folder');
  const child = spawnBot(s, dataDir);
  const chunks: string[] = [];
  child.stderr.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  try {
    await s.waitFor((r) => r.method === 'PUT' && r.path.endsWith('/commands'), 30_000);
    const user = { id: '400000000000000009', username: 'dana' };
    const answer = await s.reply(s.chatInput('search', [{ name: 'query', type: 3, value: 'mooring posts' }], { user }), 10_000);
    expect(String(answer.body.content).split('\n')[0]).toBe('**Search** “mooring posts” · Results 1–1 of 1');
    const digest = await s.reply(s.chatInput('digest', [{ name: 'list', type: 1, options: [] }], { user }), 10_000);
    expect(digest.body.content).toBe(
      '❌ Digests wait: the database in DATA_DIR cannot be opened (DATA_DIR was removed, or is not a folder) (EEXIST). Answers go on; digests start by themselves once DATA_DIR can be written.',
    );
    const log = chunks.join('');
    expect(log.split('"msg":"Digests wait: the database cannot be opened; answers go on"').length - 1).toBe(1);
    expect(log).toContain('"msg":"OnRecord is online"');
  } finally {
    child.kill('SIGKILL');
    await s.close();
    await rm(work, { recursive: true, force: true });
  }
}, 45_000);
