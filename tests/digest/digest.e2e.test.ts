/**
 * Digests end to end: the real bot (startBot, real discord.js client) with the /digest module,
 * against the loopback Discord stand-in of tests/discord. The runner uses a fixed clock so slots
 * fire when the test says; everything else (REST, nonces, permissions) is the real path.
 */
import { ApplicationCommandOptionType, type Client } from 'discord.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DigestRunner, type Poster } from '../../src/digest/runner.js';
import { digestCommand, storagePauseLine, discordDirectMessage, discordPoster } from '../../src/discord/commands/digest.js';
import { databasePath, openDatabase, type Db } from '../../src/storage/db.js';
import { startHarness, type Harness } from '../discord/harness.js';
import { DiscordStandIn, snowflake, type User } from '../discord/standin.js';
import { memoryLogger } from '../storage/helpers.js';
import { fixedClock } from './fakeDiscord.js';

const SUB = ApplicationCommandOptionType.Subcommand;
const STRING = ApplicationCommandOptionType.String;
const CHANNEL = ApplicationCommandOptionType.Channel;
const MANAGE_CHANNELS = 1n << 4n;
const EMBED_LINKS = 1n << 14n;

let n = 500_000_000_000_000_000n;
function newUser(name: string): User {
  n += 1n;
  return { id: n.toString(), username: name, global_name: null };
}

interface World {
  standin: DiscordStandIn;
  h: Harness;
  db: Db;
  runner: DigestRunner;
  clock: ReturnType<typeof fixedClock>;
  log: ReturnType<typeof memoryLogger>;
  file: string;
}
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A bot process: the harness bot plus a digest runner on the database file. */
async function startProcess(standin: DiscordStandIn, file: string, clock: ReturnType<typeof fixedClock>, wrap?: (p: Poster) => Poster): Promise<World> {
  const log = memoryLogger();
  const db = openDatabase(file, log);
  let client: Client | null = null;
  const real: Poster = (channelId, payload) => discordPoster(client!)(channelId, payload);
  const runner = new DigestRunner({
    db,
    getCorpus: () => h.corpus,
    post: wrap ? wrap(real) : real,
    directMessage: (userId, payload) => discordDirectMessage(client!)(userId, payload),
    logger: log,
    clock,
    sleep: () => Promise.resolve(),
  });
  const h: Harness = await startHarness('harbour', { standin, extraCommands: [digestCommand({ runner })], cooldown: { limit: 100, windowMs: 1_000 } });
  client = h.bot.client;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await runner.stop(50);
    await h.bot.stop();
    db.close();
  };
  cleanups.push(stop);
  return { standin, h, db, runner, clock, log, file };
}

async function newWorld(): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-digest-e2e-'));
  const standin = await new DiscordStandIn().start();
  cleanups.push(async () => {
    await standin.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return startProcess(standin, databasePath(dir), fixedClock('2031-05-01T06:00:00Z'));
}

/** Gives `user` an overwrite in `channelId` (allow/deny bits), as a moderator would in the channel settings. */
function overwrite(standin: DiscordStandIn, channelId: string, id: string, type: 0 | 1, allow: bigint, deny = 0n): void {
  standin.dispatch('CHANNEL_UPDATE', {
    id: channelId,
    type: 0,
    name: 'general',
    position: 0,
    guild_id: standin.guildId,
    permission_overwrites: [{ id, type, allow: allow.toString(), deny: deny.toString() }],
  });
}

async function digestCmd(w: World, user: User, sub: string, options: { name: string; type: number; value: string }[]): Promise<string> {
  const i = w.standin.chatInput('digest', [{ name: sub, type: SUB, options }], { user });
  const reply = await w.standin.reply(i);
  return String(reply.body.content);
}

const chan = (w: World, id = w.standin.channelId) => ({ name: 'channel', type: CHANNEL, value: id });
/** Digest messages posted in the channel (not interaction replies, which come through the webhook). */
const digestPosts = (w: World, channelId = w.standin.channelId) =>
  [...w.standin.messages.values()].filter((m) => m.channel_id === channelId && m.webhook_id === undefined && String(m.content).startsWith('**OnRecord digest**'));

/** Waits until the bot's cache has taken in the gateway events just sent (overwrites, channels). */
async function settle(w: World, ready: (client: Client) => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(w.h.bot.client); i++) await new Promise((r) => setTimeout(r, 10));
  if (!ready(w.h.bot.client)) throw new Error('the bot did not take in the gateway event');
}
const hasOverwrite = (channelId: string, id: string) => (c: Client) => {
  const ch = c.channels.cache.get(channelId);
  return !!ch && 'permissionOverwrites' in ch && ch.permissionOverwrites.cache.has(id);
};

describe('/digest end to end', () => {
  test('a non-moderator is refused; a moderator sets a digest; a slot fires and exactly one message appears', async () => {
    const w = await newWorld();
    const mod = newUser('mod');
    const member = newUser('member');
    overwrite(w.standin, w.standin.channelId, mod.id, 1, MANAGE_CHANNELS);
    await settle(w, hasOverwrite(w.standin.channelId, mod.id));

    const refused = await digestCmd(w, member, 'set', [chan(w), { name: 'schedule', type: STRING, value: '* * * * *' }]);
    expect(refused).toBe(`❌ You need the Manage Channels permission in <#${w.standin.channelId}> (or Manage Server) to change its digest.`);
    expect(w.runner.store.list()).toEqual([]);

    const bad = await digestCmd(w, mod, 'set', [chan(w), { name: 'schedule', type: STRING, value: 'daily' }, { name: 'timezone', type: STRING, value: 'Mars/Olympus' }]);
    expect(bad).toBe('❌ unknown timezone "Mars/Olympus"; pick an IANA name such as Europe/Berlin or America/New_York.');

    const ok = await digestCmd(w, mod, 'set', [chan(w), { name: 'schedule', type: STRING, value: '* * * * *' }]);
    expect(ok.split('\n')[0]).toBe(`Digest set for <#${w.standin.channelId}>: cron \`* * * * *\` (UTC).`);
    const [digest] = w.runner.store.list();
    expect([digest?.channelId, digest?.createdBy, digest?.schedule]).toEqual([w.standin.channelId, mod.id, { kind: 'cron', expression: '* * * * *', timezone: 'UTC' }]);

    // The runner's clock reaches the next minute after set-up: one post, with a nonce, no pings.
    w.clock.set(new Date(Math.floor(digest!.anchor.getTime() / 60_000 + 1) * 60_000).toISOString());
    await w.runner.tick();
    await w.runner.tick();
    const posts = digestPosts(w);
    expect(posts.length).toBe(1);
    const request = w.standin.requests.find((r) => r.method === 'POST' && r.path === `/channels/${w.standin.channelId}/messages`);
    expect((request?.body as { nonce: string; enforce_nonce: boolean; allowed_mentions: unknown; flags: number })).toMatchObject({
      enforce_nonce: true,
      allowed_mentions: { parse: [] },
      flags: 4,
    });

    const status = await digestCmd(w, mod, 'status', [chan(w)]);
    expect(status.split('\n').slice(0, 2)).toEqual([`**Digest of <#${w.standin.channelId}>**`, 'Schedule: cron `* * * * *` (UTC)']);
    expect(status.split('\n')[3]).toMatch(/^Last run: \d{4}-\d\d-\d\d \d\d:\d\d UTC · posted — overview: \d+ items? in \d messages?$/);
  });

  test('a read-only DATA_DIR: answers go on, /digest status says why digests wait, /digest set is refused clearly; all resume by themselves', async () => {
    const w = await newWorld();
    const mod = newUser('mod');
    overwrite(w.standin, w.standin.channelId, mod.id, 1, MANAGE_CHANNELS);
    await settle(w, hasOverwrite(w.standin.channelId, mod.id));
    await digestCmd(w, mod, 'set', [chan(w), { name: 'schedule', type: STRING, value: '* * * * *' }]);
    const [digest] = w.runner.store.list();
    const minute = (k: number) => new Date((Math.floor(digest!.anchor.getTime() / 60_000) + k) * 60_000).toISOString();

    w.db.pragma('query_only = ON'); // every write refused, as on a read-only or full disk
    w.clock.set(minute(1));
    await w.runner.tick();
    expect(digestPosts(w)).toEqual([]);
    const r = await w.standin.reply(w.standin.chatInput('search', [{ name: 'query', type: STRING, value: 'mooring posts' }], { user: mod }));
    expect(String(r.body.content).split('\n')[0]).toBe('**Search** “mooring posts” · Results 1–1 of 1');
    const status = await digestCmd(w, mod, 'status', [chan(w)]);
    const t = Date.parse(minute(1)) / 1000;
    const since = `<t:${t}:f> (${minute(1).slice(0, 10)} ${minute(1).slice(11, 16)} UTC, <t:${t}:R>)`;
    expect(status.split('\n').at(-1)).toBe(storagePauseLine('DATA_DIR is read-only (SQLITE_READONLY)', since));
    const refused = await digestCmd(w, mod, 'set', [chan(w), { name: 'schedule', type: STRING, value: 'daily' }]);
    expect(refused).toBe("❌ Digests cannot be saved right now: DATA_DIR is read-only (SQLITE_READONLY). Answers go on; try again once the bot's operator has fixed it.");

    w.db.pragma('query_only = OFF');
    w.clock.set(minute(3));
    await w.runner.tick();
    await w.runner.tick();
    expect(digestPosts(w).length).toBe(1);
    expect((await digestCmd(w, mod, 'status', [chan(w)])).includes('**Paused**')).toBe(false);
  });

  test('the bot lacking Embed Links there is refused with the permission named', async () => {
    const w = await newWorld();
    const mod = newUser('mod');
    w.standin.dispatch('CHANNEL_UPDATE', {
      id: w.standin.channelId,
      type: 0,
      name: 'general',
      position: 0,
      guild_id: w.standin.guildId,
      permission_overwrites: [
        { id: mod.id, type: 1, allow: MANAGE_CHANNELS.toString(), deny: '0' },
        { id: w.standin.applicationId, type: 1, allow: '0', deny: EMBED_LINKS.toString() },
      ],
    });
    await settle(w, hasOverwrite(w.standin.channelId, w.standin.applicationId));
    const refused = await digestCmd(w, mod, 'set', [chan(w), { name: 'schedule', type: STRING, value: 'daily' }]);
    expect(refused).toBe(
      `❌ I cannot post digests in <#${w.standin.channelId}>: I am missing Embed Links there. Give my role that permission in the channel settings, then run /digest set again.`,
    );
  });

  test('killed between claim and post, restarted: still exactly one message (same nonce)', async () => {
    const first = await newWorld();
    const mod = newUser('mod');
    overwrite(first.standin, first.standin.channelId, mod.id, 1, MANAGE_CHANNELS);
    await settle(first, hasOverwrite(first.standin.channelId, mod.id));
    await digestCmd(first, mod, 'set', [chan(first), { name: 'schedule', type: STRING, value: '* * * * *' }]);
    const anchor = first.runner.store.list()[0]!.anchor;
    const slot = new Date(Math.floor(anchor.getTime() / 60_000 + 1) * 60_000);
    first.clock.set(slot.toISOString());
    // This process dies right after Discord created the message, before the claim is completed.
    const crashing = await startProcess(first.standin, first.file, first.clock, (real) => (channelId, payload) => {
      void real(channelId, payload);
      return new Promise(() => undefined);
    });
    void crashing.runner.tick();
    await first.standin.waitFor((r) => r.method === 'POST' && r.path === `/channels/${first.standin.channelId}/messages` && r.status === 200);
    expect(crashing.runner.store.openClaims().length).toBe(1);
    await crashing.runner.stop(10);
    await crashing.h.bot.stop();
    await first.runner.stop(10);
    await first.h.bot.stop();

    // Restart: a new process on the same database resumes the open claim with the same nonce.
    const restarted = await startProcess(first.standin, first.file, first.clock);
    await restarted.runner.tick();
    await restarted.runner.tick();
    const creates = first.standin.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${first.standin.channelId}/messages`);
    const parts = restarted.runner.status(first.standin.channelId)!.lastRun!.parts.length;
    // The first part was sent twice with one nonce; Discord (the stand-in) kept one message.
    const nonces = creates.map((c) => (c.body as { nonce: string }).nonce);
    expect(nonces.length).toBe(parts + 1);
    expect(nonces[0]).toBe(nonces[1]);
    expect(new Set(nonces).size).toBe(parts);
    expect(digestPosts(restarted).length).toBe(1);
    expect([...first.standin.messages.values()].filter((m) => m.channel_id === first.standin.channelId && nonces.includes(String(m.nonce))).length).toBe(parts);
    expect(restarted.runner.status(first.standin.channelId)?.lastRun?.status).toBe('posted');
  });

  test('a 403 pauses the digest; /digest status shows the reason; the moderator is told once', async () => {
    const w = await newWorld();
    const mod = newUser('mod');
    overwrite(w.standin, w.standin.channelId, mod.id, 1, MANAGE_CHANNELS);
    await settle(w, hasOverwrite(w.standin.channelId, mod.id));
    await digestCmd(w, mod, 'set', [chan(w), { name: 'schedule', type: STRING, value: '* * * * *' }]);
    w.standin.failOnce({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    w.clock.set(new Date(Math.floor(w.runner.store.list()[0]!.anchor.getTime() / 60_000 + 1) * 60_000).toISOString());
    const [outcome] = await w.runner.tick();
    expect(outcome).toEqual({ kind: 'paused', reason: 'Missing Permissions: the bot cannot send messages in this channel (Discord 403, code 50013)' });
    expect(digestPosts(w).length).toBe(0);
    // Set up in the failing channel itself: the notice goes by DM (this stand-in has no DMs, so it is logged).
    expect(w.log.lines.filter((l) => l.msg === 'Digest: could not report the pause; /digest status shows it').length).toBe(1);
    const status = await digestCmd(w, mod, 'status', [chan(w)]);
    expect(status.split('\n')[2]).toMatch(
      /^\*\*Paused\*\* since <t:\d+:f> \(.+\): Missing Permissions: the bot cannot send messages in this channel \(Discord 403, code 50013\)\. Fix it, then run \/digest set again to resume\.$/,
    );
    w.clock.advance(60_000);
    await w.runner.tick();
    expect(digestPosts(w).length).toBe(0);
    expect(w.log.lines.filter((l) => l.msg === 'Digest: could not report the pause; /digest status shows it').length).toBe(1);
  });

  test('a deleted channel (404) pauses that digest and the moderator is told in the command channel', async () => {
    const w = await newWorld();
    const mod = newUser('mod');
    const news = snowflake();
    overwrite(w.standin, w.standin.channelId, mod.id, 1, MANAGE_CHANNELS);
    w.standin.dispatch('CHANNEL_CREATE', { id: news, type: 0, name: 'news', position: 1, guild_id: w.standin.guildId, permission_overwrites: [{ id: mod.id, type: 1, allow: MANAGE_CHANNELS.toString(), deny: '0' }] });
    await settle(w, hasOverwrite(w.standin.channelId, mod.id));
    await settle(w, hasOverwrite(news, mod.id));
    const ok = await digestCmd(w, mod, 'set', [chan(w, news), { name: 'schedule', type: STRING, value: 'daily' }, { name: 'time', type: STRING, value: '09:00' }]);
    expect(ok.split('\n')[0]).toBe(`Digest set for <#${news}>: daily at 09:00 (UTC).`);
    w.standin.dispatch('CHANNEL_DELETE', { id: news, type: 0, name: 'news', position: 1, guild_id: w.standin.guildId, permission_overwrites: [] });
    await settle(w, (c) => !c.channels.cache.has(news));
    w.clock.set('2031-05-01T09:00:00Z');
    const [outcome] = await w.runner.tick();
    expect(outcome).toEqual({ kind: 'paused', reason: "Unknown Channel: the channel was deleted or is out of the bot's reach (Discord 404, code 10003)" });
    const notices = [...w.standin.messages.values()].filter((m) => m.channel_id === w.standin.channelId && String(m.content).startsWith('The OnRecord digest for'));
    expect(notices.map((m) => String(m.content).split('\n')[0])).toEqual([
      `The OnRecord digest for <#${news}> is paused: Unknown Channel: the channel was deleted or is out of the bot's reach (Discord 404, code 10003).`,
    ]);
    const removed = await digestCmd(w, mod, 'remove', [chan(w, news)]);
    expect(removed).toBe(`Removed the digest of <#${news}> and its history.`);
  });

  test('list, preview (privately, with reasons) and send-now', async () => {
    const w = await newWorld();
    const mod = newUser('mod');
    overwrite(w.standin, w.standin.channelId, mod.id, 1, MANAGE_CHANNELS);
    await settle(w, hasOverwrite(w.standin.channelId, mod.id));
    await digestCmd(w, mod, 'set', [chan(w), { name: 'schedule', type: STRING, value: 'weekly' }, { name: 'weekday', type: STRING, value: 'friday' }, { name: 'time', type: STRING, value: '18:30' }, { name: 'timezone', type: STRING, value: 'Asia/Kolkata' }, { name: 'topic', type: STRING, value: 'ferry' }]);
    expect(await digestCmd(w, mod, 'list', [])).toBe(`**Digests in this server**\n<#${w.standin.channelId}> · every Friday at 18:30 (Asia/Kolkata) · topic “ferry”`);

    const i = w.standin.chatInput('digest', [{ name: 'preview', type: SUB, options: [chan(w)] }], { user: mod });
    const first = await w.standin.reply(i);
    expect(String(first.body.content)).toBe(`**Preview of the digest for <#${w.standin.channelId}>** (only you see this; 1 message would be posted)`);
    const followUps = await w.standin.waitFor((r) => r.method === 'POST' && r.path.startsWith(`/webhooks/${w.standin.applicationId}/${i.token}`) && String((r.body as { content?: string }).content).startsWith('**Why each item is in**'));
    expect(((followUps.body as { flags: number }).flags & 64) === 64).toBe(true);
    expect(digestPosts(w).length).toBe(0);

    expect(await digestCmd(w, mod, 'send-now', [chan(w)])).toBe(`Posted the digest in <#${w.standin.channelId}> (1 message).`);
    expect(digestPosts(w).length).toBe(1);
    expect(String(digestPosts(w)[0]!.content).split('\n')[0]).toMatch(/^\*\*OnRecord digest\*\* · \d{4}-\d\d-\d\d \d\d:\d\d Asia\/Kolkata · sent now by a moderator · topic “ferry”$/);
  });
});
