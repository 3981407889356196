/**
 * `npm start` as a real process when Discord tells it to stop: a wrong token at start-up, and a
 * token revoked while running (gateway close 4004). Either way one clear message, a non-zero
 * exit, and no reconnect loop.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { FATAL_CLOSE_CODES, REST_UNAUTHORIZED } from '../../src/discord/gateway.js';
import { spawnBot } from './harness.js';
import { DiscordStandIn } from './standin.js';

async function run(s: DiscordStandIn, token: string, whileRunning?: () => void): Promise<{ code: number | null; stderr: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'onrecord-fatal-'));
  try {
    const child = spawnBot(s, dataDir, { DISCORD_TOKEN: token });
    const chunks: string[] = [];
    child.stderr.on('data', (c: Buffer) => {
      chunks.push(c.toString('utf8'));
      if (whileRunning && chunks.join('').includes('"msg":"OnRecord is online"')) {
        const act = whileRunning;
        whileRunning = undefined;
        act();
      }
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    clearTimeout(killer);
    return { code, stderr: chunks.join('') };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const count = (text: string, part: string) => text.split(part).length - 1;

test('a wrong token at start-up: one message saying what to do, exit 2, one REST request, no IDENTIFY', async () => {
  const s = await new DiscordStandIn().start();
  try {
    const { code, stderr } = await run(s, 'MTIz.wrong.token');
    expect(code).toBe(2);
    expect(count(stderr, REST_UNAUTHORIZED)).toBe(1);
    expect(s.requests.filter((r) => r.path === '/gateway/bot').length).toBe(1);
    expect(s.gatewayIn.filter((e) => e.op === 2)).toEqual([]);
  } finally {
    await s.close();
  }
}, 45_000);

test('a token revoked while running (close 4004): one fatal message, exit 1, no reconnect', async () => {
  const s = await new DiscordStandIn().start();
  try {
    let attempts = -1;
    const token = s.token;
    const { code, stderr } = await run(s, token, () => {
      attempts = s.connectionAttempts.length;
      s.revokeToken();
    });
    expect(code).toBe(1);
    expect(count(stderr, JSON.stringify(FATAL_CLOSE_CODES.get(4004)))).toBe(1);
    expect(s.connectionAttempts.length).toBe(attempts);
    expect(stderr).not.toContain(token);
  } finally {
    await s.close();
  }
}, 45_000);
