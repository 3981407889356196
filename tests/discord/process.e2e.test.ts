/**
 * `npm start` as a real process, configured only through the environment keys, against the
 * stand-in: it connects, registers the commands, answers, and stops cleanly on SIGTERM.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawnBot } from './harness.js';
import { DiscordStandIn } from './standin.js';

let s: DiscordStandIn;
let child: ChildProcess;
let dataDir: string;
const stderr: string[] = [];
let exit: Promise<number | null>;

beforeAll(async () => {
  s = await new DiscordStandIn().start();
  dataDir = await mkdtemp(path.join(tmpdir(), 'onrecord-process-'));
  child = spawnBot(s, dataDir);
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
  exit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  await s.waitFor((r) => r.method === 'PUT' && r.path.endsWith('/commands'), 25_000);
}, 30_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await s?.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('connects with the Guilds intent and registers the record commands, /digest and /record to the guild', async () => {
  const identify = await s.waitForGateway((e) => e.op === 2);
  expect((identify.d as { intents: number }).intents).toBe(1);
  const names = (s.commands.get(s.guildId) ?? []).map((c) => c.name);
  expect([...names].sort()).toEqual(['Check in the record', 'agreed', 'ask', 'context', 'digest', 'help', 'record', 'search', 'sources', 'timeline', 'when', 'who-said']);
});

test('answers a command', async () => {
  const r = await s.reply(s.chatInput('search', [{ name: 'query', type: 3, value: 'mooring posts' }], { user: { id: '400000000000000001', username: 'dana' } }), 10_000);
  expect(String(r.body.content).split('\n')[0]).toBe('**Search** “mooring posts” · Results 1–1 of 1');
  expect(r.body.allowed_mentions).toEqual({ parse: [] });
});

test('SIGTERM: a clean exit within a few seconds, and the token never reached the logs', async () => {
  const started = Date.now();
  child.kill('SIGTERM');
  expect(await exit).toBe(0);
  expect(Date.now() - started).toBeLessThan(5_000);
  const log = stderr.join('');
  expect(log).toContain('"msg":"OnRecord is online"');
  expect(log).not.toContain(s.token);
}, 10_000);
