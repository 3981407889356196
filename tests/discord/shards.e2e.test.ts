/**
 * SHARDS=auto as real processes against the stand-in: the manager asks /gateway/bot (two shards),
 * starts one process per shard, each identifies as its shard and answers in its own guild, and a
 * digest due in each guild is posted exactly once though both processes run the digest timer on
 * the same database.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { databasePath, openDatabase } from '../../src/storage/db.js';
import { DIGEST_ROWS } from '../../src/digest/rows.js';
import { DigestStore } from '../../src/storage/digests.js';
import { memoryLogger } from '../storage/helpers.js';
import { spawnBot } from './harness.js';
import { DiscordStandIn, shardOfGuild } from './standin.js';

let s: DiscordStandIn;
let child: ChildProcess;
let dataDir: string;
const stderr: string[] = [];
let exit: Promise<number | null>;
const MOD = '400000000000000009';

beforeAll(async () => {
  s = await new DiscordStandIn({ shards: 2 }).start();
  dataDir = await mkdtemp(path.join(tmpdir(), 'onrecord-shards-'));
  // A daily digest in each guild whose time today has passed, set up two days ago: due at once.
  const now = new Date();
  const past = new Date(now.getTime() - 5 * 60_000);
  const time = `${String(past.getUTCHours()).padStart(2, '0')}:${String(past.getUTCMinutes()).padStart(2, '0')}`;
  const db = openDatabase(databasePath(dataDir), memoryLogger());
  const store = new DigestStore(db, memoryLogger(), DIGEST_ROWS);
  s.guildIds.forEach((guildId, i) => {
    store.upsert(
      { guildId, channelId: s.channelIds[i] as string, schedule: { kind: 'daily', time, timezone: 'UTC' }, topic: null, createdBy: MOD, notifyChannelId: null },
      new Date(now.getTime() - 2 * 86_400_000),
    );
  });
  db.close();
  child = spawnBot(s, dataDir, { SHARDS: 'auto' });
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
  exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  // Shard 1 starts once shard 0 is connected (and Discord's 5 s between identifies has passed).
  // The budgets are for a loaded machine (two bot processes starting on 2 busy cores); the whole file takes 15–25 s on a lightly loaded one.
  await s.waitForGateway((e) => e.op === 2 && JSON.stringify((e.d as { shard?: unknown }).shard) === '[1,2]', 110_000);
  await waitForLog('"shard":1', 'OnRecord is online', 30_000);
}, 150_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await s?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function waitForLog(part: string, msg: string, timeoutMs: number): Promise<void> {
  const has = () => stderr.join('').split('\n').some((l) => l.includes(part) && l.includes(`"msg":"${msg}"`));
  for (const until = Date.now() + timeoutMs; !has() && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
  if (!has()) throw new Error(`no log line ${part} ${msg}`);
}

test('the guilds fall on different shards; each process identified as its shard; only shard 0 registered the commands', () => {
  expect(s.guildIds.map((g) => shardOfGuild(g, 2))).toEqual([0, 1]);
  const shards = s.gatewayIn.filter((e) => e.op === 2).map((e) => JSON.stringify((e.d as { shard?: unknown }).shard));
  expect(shards).toEqual(['[0,2]', '[1,2]']);
  expect(s.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands')).length).toBe(1);
});

test('a command is answered in the guild of each shard', async () => {
  for (const guild of s.guildIds) {
    const r = await s.reply(s.chatInput('search', [{ name: 'query', type: 3, value: 'mooring posts' }], { user: { id: '400000000000000001', username: 'dana' }, guild }), 30_000);
    expect(String(r.body.content).split('\n')[0]).toBe('**Search** “mooring posts” · Results 1–1 of 1');
  }
}, 70_000);

test('each due digest is posted once, though both shard processes ran the digest timer', async () => {
  await waitForLog('"shard":1', 'OnRecord is online', 1_000);
  // Both runners have had their first pass (it runs right after connecting).
  await new Promise((r) => setTimeout(r, 2_000));
  const posts = s.channelIds.map((channel) =>
    [...s.messages.values()].filter((m) => m.channel_id === channel && m.webhook_id === undefined && String(m.content).startsWith('**OnRecord digest**')).length,
  );
  expect(posts).toEqual([1, 1]);
  const db = openDatabase(databasePath(dataDir), memoryLogger());
  const runs = db.prepare('SELECT digest_id, status FROM digest_runs ORDER BY digest_id').all();
  db.close();
  expect(runs).toEqual([
    { digest_id: 1, status: 'posted' },
    { digest_id: 2, status: 'posted' },
  ]);
}, 10_000);

test('SIGTERM to the manager stops both shard processes cleanly', async () => {
  child.kill('SIGTERM');
  expect(await exit).toBe(0);
  const log = stderr.join('');
  expect(log.match(/"msg":"disconnected from Discord"/g)?.length).toBe(2);
  expect(log).not.toContain(s.token);
}, 15_000);
