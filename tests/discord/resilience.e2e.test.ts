/**
 * Discord telling the bot to stop, and Discord being away, against the stand-in: a revoked token
 * (gateway close 4004, REST 401) ends the bot once with a clear message and no reconnect loop; an
 * invalid session is identified again; a gateway outage is ridden out with back-off and nothing
 * is answered twice.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, expect, test } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startBot } from '../../src/discord/bot.js';
import { FATAL_CLOSE_CODES, REST_UNAUTHORIZED } from '../../src/discord/gateway.js';
import { buildCorpus } from '../../src/answer/build.js';
import { createLogger } from '../../src/log.js';
import { FIXTURES, startHarness, type Harness } from './harness.js';
import { DiscordStandIn, type User } from './standin.js';

const STRING = ApplicationCommandOptionType.String;
const SEARCH = [{ name: 'query', type: STRING, value: 'mooring posts' }];
const FIRST_LINE = '**Search** “mooring posts” · Results 1–1 of 1';
const TOKEN_4004 = FATAL_CLOSE_CODES.get(4004);

let next = 500_000_000_000_000_000n;
function newUser(): User {
  next += 1n;
  return { id: next.toString(), username: 'op', global_name: null };
}

let h: Harness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

const callbacksOf = (s: DiscordStandIn, id: string) => s.requests.filter((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`));

test('a token revoked while running: gateway close 4004 ends the bot once, with what to do, and it never reconnects', async () => {
  const fatal: string[] = [];
  h = await startHarness('harbour', { onFatal: (m) => fatal.push(m) });
  const attempts = h.standin.connectionAttempts.length;
  h.standin.revokeToken();
  const t0 = Date.now();
  while (fatal.length === 0 && Date.now() - t0 < 5_000) await sleep(20);
  await sleep(2_000); // time for a reconnect loop to show itself
  expect(fatal).toEqual([TOKEN_4004]);
  expect(TOKEN_4004).toContain('DISCORD_TOKEN');
  expect(h.standin.connectionAttempts.length).toBe(attempts);
  expect(h.logs.join('')).not.toContain(h.standin.token);
});

test('a REST 401 on the bot token ends the bot once; a 401 again does not repeat it', async () => {
  const fatal: string[] = [];
  h = await startHarness('harbour', { onFatal: (m) => fatal.push(m) });
  for (let i = 0; i < 2; i++) {
    h.standin.failOnce({ method: 'GET', path: /^\/users\/@me$/, status: 401, body: { message: '401: Unauthorized', code: 0 } });
    await h.bot.client.rest.get('/users/@me').catch(() => undefined);
  }
  expect(fatal).toEqual([REST_UNAUTHORIZED]);
});

test('a wrong token at start-up: startBot fails at once with the token message, after one request and no IDENTIFY', async () => {
  const standin = await new DiscordStandIn().start();
  try {
    const config = parseConfig({ DISCORD_TOKEN: 'MTIz.wrong.token', DISCORD_API_BASE: standin.apiBase, LOG_LEVEL: 'silent' });
    const logger = createLogger({ level: 'silent', token: config.token });
    const corpus = await buildCorpus(`${FIXTURES}harbour`);
    const t0 = Date.now();
    await expect(startBot({ config, logger, getCorpus: () => corpus })).rejects.toThrow(`OnRecord could not connect to Discord: ${REST_UNAUTHORIZED}`);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(standin.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /gateway/bot 401']);
    expect(standin.gatewayIn.filter((e) => e.op === 2)).toEqual([]);
  } finally {
    await standin.close();
  }
});

test('an invalid session (op 9, not resumable) is identified again and answers go on', async () => {
  h = await startHarness('harbour');
  const identifies = () => h!.standin.gatewayIn.filter((e) => e.op === 2).length;
  expect(identifies()).toBe(1);
  h.standin.invalidateSession(false);
  await h.standin.waitForGateway((e) => e.op === 2 && h!.standin.gatewayIn.filter((x) => x.op === 2).length === 2);
  await sleep(200); // READY after the new IDENTIFY
  const r = await h.standin.reply(h.standin.chatInput('search', SEARCH, { user: newUser() }));
  expect(String(r.body.content).split('\n')[0]).toBe(FIRST_LINE);
  expect(identifies()).toBe(2);
});

test('an interaction delivered twice is answered once', async () => {
  h = await startHarness('harbour');
  const i = h.standin.chatInput('search', SEARCH, { user: newUser() });
  await h.standin.reply(i);
  h.standin.redeliver(i);
  await sleep(500);
  expect(callbacksOf(h.standin, i.id).map((r) => r.status)).toEqual([204]);
});

/**
 * Five minutes at 1/40 scale: back-off from 25 ms doubling to 1.5 s (the defaults are 1 s and
 * 60 s), an outage of 7.5 s. A fixed half-second retry would try about 15 times; the back-off
 * tries at most 10, its waits grow, and the last ones are the longest.
 */
test('a gateway outage is ridden out with back-off; the bot answers when it returns; what came meanwhile is not answered twice', async () => {
  h = await startHarness('harbour', { reconnect: { baseMs: 25, maxMs: 1_500 } });
  const s = h.standin;
  const before = s.connectionAttempts.length;
  s.startOutage();
  const during = s.chatInput('search', SEARCH, { user: newUser() }); // waits in the session log
  await sleep(7_500);
  const attempts = s.connectionAttempts.slice(before);
  const gaps = attempts.slice(1).map((t, k) => t - attempts[k]!);
  expect(attempts.length).toBeGreaterThanOrEqual(5);
  expect(attempts.length).toBeLessThanOrEqual(10);
  expect(Math.max(...gaps.slice(-2))).toBeGreaterThanOrEqual(1_500);
  expect(gaps[gaps.length - 1]!).toBeGreaterThan(gaps[0]! + 1_000);
  expect(h.bot.backoff.waits.slice(0, 5)).toEqual([0, 25, 50, 100, 200]);

  s.endOutage();
  const back = Date.now();
  await s.waitForGateway((e) => e.op === 6 && e.at >= back, 5_000); // RESUME: the session survived
  const after = await s.reply(s.chatInput('search', SEARCH, { user: newUser() }));
  expect(String(after.body.content).split('\n')[0]).toBe(FIRST_LINE);
  // The interaction sent during the outage was replayed on resume, too late for Discord's 3 s:
  // the bot says so in the log and sends nothing (an answer would be refused as unknown).
  await sleep(300);
  expect(callbacksOf(s, during.id)).toEqual([]);
  expect(h.logs.filter((l) => l.includes(during.id) && l.includes('cannot be answered any more')).length).toBe(1);
}, 25_000);
