import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/answer/corpus.js';
import { classifyPostError, DigestRunner, LEASE_MS, nonceOf, READING_TICK_MS, TICK_MAX_MS, type DigestDeps } from '../../src/digest/runner.js';
import { parseSchedule } from '../../src/digest/schedule.js';
import { databasePath, openDatabase, unwritableReason, type Db } from '../../src/storage/db.js';
import { ChangeLog } from '../../src/storage/changes.js';
import { memoryLogger } from '../storage/helpers.js';
import { fakeDiscord, fixedClock, recordedSleep } from './fakeDiscord.js';
import { corpusOf, day, docOf } from './fixtures.js';

// An invented story of our own.
const MARKET = docOf('market', 'Riverside market moves to the old depot', [
  ['The Riverside market will move to the old tram depot on June 3.', 'Stallholders voted for the move last week.'],
]);
const corpus = corpusOf([MARKET], { market: { '1.1': { times: [day('on June 3', 'The Riverside market will move to the old tram depot on June 3.', '2031-06-03')] } } });

const runners: DigestRunner[] = [];
const dbs: Db[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const r of runners.splice(0)) await r.stop(10);
  for (const db of dbs.splice(0)) if (db.open) db.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function dbFile(): string {
  const d = mkdtempSync(join(tmpdir(), 'onrecord-runner-'));
  dirs.push(d);
  return databasePath(d);
}

function setup(options: { file?: string; clock?: ReturnType<typeof fixedClock>; discord?: ReturnType<typeof fakeDiscord>; getCorpus?: () => Corpus } = {}) {
  const log = memoryLogger();
  const db = openDatabase(options.file ?? ':memory:', log);
  dbs.push(db);
  const clock = options.clock ?? fixedClock('2031-05-01T06:00:00Z');
  const discord = options.discord ?? fakeDiscord();
  const sleeper = recordedSleep();
  const deps: DigestDeps = { db, getCorpus: options.getCorpus ?? (() => corpus), post: discord.post, logger: log, clock, sleep: sleeper.sleep };
  const runner = new DigestRunner(deps);
  runners.push(runner);
  return { runner, db, clock, discord, log, sleeper, deps };
}

const daily = parseSchedule({ schedule: 'daily', time: '09:00', timezone: 'Europe/Berlin' }); // 07:00Z in May
const set = (r: DigestRunner, channelId: string, now: Date, notify: string | null = 'cmd') =>
  r.store.upsert({ guildId: 'g', channelId, schedule: daily, topic: null, createdBy: 'mod', notifyChannelId: notify }, now).digest;

describe('a slot fires once', () => {
  it('nothing before the slot; exactly one safe post at it; nothing again at the next tick', async () => {
    const { runner, clock, discord } = setup();
    const d = set(runner, 'news', clock.now());
    clock.set('2031-05-01T06:59:59Z');
    expect(await runner.tick()).toEqual([]);
    clock.set('2031-05-01T07:00:00Z');
    const [outcome] = await runner.tick();
    expect(outcome?.kind).toBe('posted');
    expect(discord.calls.map((c) => [c.channelId, c.payload.nonce, c.payload.enforce_nonce, c.payload.allowed_mentions, c.payload.flags])).toEqual([
      ['news', nonceOf(d.id, new Date('2031-05-01T07:00:00Z'), 'schedule', 0), true, { parse: [] }, 4],
    ]);
    expect(discord.messages[0]!.content.split('\n')[0]).toBe('**OnRecord digest** · 2031-05-01 09:00 Europe/Berlin');
    expect(discord.messages[0]!.content).toContain('First digest in this channel: an overview of the record.');
    clock.set('2031-05-01T07:00:30Z');
    expect(await runner.tick()).toEqual([]);
    expect(discord.messages.length).toBe(1);
    const status = runner.status('news')!;
    expect([status.lastRun?.status, status.lastRun?.messageIds, status.lastRun?.summary, status.nextRun]).toEqual([
      'posted',
      ['1000'],
      'overview: 2 items in 1 message',
      new Date('2031-05-02T07:00:00Z'),
    ]);
  });

  it('a due slot waits while the record\'s facts are still being read, then posts once with all of them', async () => {
    let current: Corpus = { ...corpus, reading: { sentences: 1, total: 2 } };
    const { runner, clock, discord } = setup({ getCorpus: () => current });
    set(runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    expect(await runner.tick()).toEqual([]);
    expect(await runner.sendNow('news')).toEqual({ kind: 'reading', sentences: 1, total: 2 });
    expect([discord.calls.length, runner.msToNextTick()]).toEqual([0, READING_TICK_MS]);
    current = corpus;
    clock.set('2031-05-01T07:00:05Z');
    expect((await runner.tick()).map((o) => o.kind)).toEqual(['posted']);
    expect(await runner.tick()).toEqual([]);
    expect(discord.messages.length).toBe(1);
  });

  it('the nonce is at most 25 characters and differs by digest, slot, trigger and part', () => {
    const slot = new Date('2031-05-01T07:00:00Z');
    const n = nonceOf(2_000_000_000, slot, 'manual', 99);
    expect(n.length).toBeLessThanOrEqual(25);
    expect(nonceOf(1, slot, 'schedule', 0)).toBe('d1sw0a0s0p0');
    expect(new Set([nonceOf(1, slot, 'schedule', 0), nonceOf(2, slot, 'schedule', 0), nonceOf(1, slot, 'manual', 0), nonceOf(1, slot, 'schedule', 1), nonceOf(1, new Date('2031-05-02T07:00:00Z'), 'schedule', 0)]).size).toBe(5);
  });

  it('then: nothing new and nothing coming up → nothing posted, the run is still recorded', async () => {
    const { runner, clock, discord } = setup();
    set(runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    await runner.tick();
    clock.set('2031-05-02T07:00:00Z');
    const [outcome] = await runner.tick();
    expect(outcome?.kind).toBe('empty');
    expect(discord.messages.length).toBe(1);
    expect(runner.status('news')?.lastRun?.summary).toBe('nothing new and nothing coming up: nothing posted');
    // Coming up: June 3 is within 7 days of May 27.
    clock.set('2031-05-27T07:00:00Z');
    await runner.tick();
    expect(discord.messages.length).toBe(2);
    expect(discord.messages[1]!.content).toContain('__**Coming up**__\n> The Riverside market will move to the old tram depot **on June 3**.');
  });

  it('after downtime only the latest missed slot is posted, once, marked late', async () => {
    const { runner, clock, discord } = setup();
    set(runner, 'news', clock.now());
    clock.set('2031-05-04T08:30:00Z'); // slots on 05-01, 05-02, 05-03 and 05-04 07:00Z were missed
    const outcomes = await runner.tick();
    expect(outcomes.map((o) => o.kind)).toEqual(['posted']);
    expect(discord.messages.length).toBe(1);
    expect(discord.messages[0]!.content.split('\n')[0]).toBe('**OnRecord digest** · 2031-05-04 09:00 Europe/Berlin · posted late');
    expect(runner.status('news')?.lastRun?.late).toBe(true);
    expect(await runner.tick()).toEqual([]);
  });

  it('a one-minute cron posts every minute, and once per minute', async () => {
    const { runner, clock, discord } = setup({ getCorpus: () => corpusOf([docOf('x', 'Quiet day at the quay', [['Nothing moved.']])]) });
    runner.store.upsert({ guildId: 'g', channelId: 'c', schedule: parseSchedule({ schedule: '* * * * *' }), topic: null, createdBy: 'm', notifyChannelId: null }, new Date('2031-05-01T06:00:10Z'));
    clock.set('2031-05-01T06:01:00.020Z');
    await runner.tick();
    await runner.tick();
    expect(runner.msToNextTick()).toBe(60_000 - 20 + 50 > TICK_MAX_MS ? TICK_MAX_MS : 60_030);
    clock.set('2031-05-01T06:01:59.990Z');
    expect(runner.msToNextTick()).toBe(250);
    clock.set('2031-05-01T06:02:00.000Z');
    await runner.tick();
    // First an overview; then nothing changed, so nothing is posted but both runs are recorded.
    expect(discord.messages.length).toBe(1);
    expect(runner.store.lastRun(1)?.slot).toEqual(new Date('2031-05-01T06:02:00Z'));
  });
});

describe('never twice, never lost', () => {
  it('killed after Discord created the message but before completion: the restart re-posts with the same nonce → still one message', async () => {
    const file = dbFile();
    const discord = fakeDiscord();
    const clock = fixedClock('2031-05-01T06:00:00Z');
    const a = setup({ file, discord, clock });
    set(a.runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    discord.script.push('create-then-hang');
    void a.runner.tick(); // never settles: the process "dies" here
    await new Promise((r) => setTimeout(r, 20));
    expect(a.runner.store.openClaims().map((r) => r.status)).toEqual(['claimed']);
    await a.runner.stop(10); // gone
    const b = setup({ file, discord, clock });
    clock.set('2031-05-01T07:00:05Z');
    await b.runner.tick();
    expect(discord.inChannel('news').length).toBe(1);
    expect(discord.calls.map((c) => c.payload.nonce)).toEqual([discord.calls[0]!.payload.nonce, discord.calls[0]!.payload.nonce]);
    expect(b.runner.status('news')?.lastRun?.status).toBe('posted');
    expect(b.runner.status('news')?.lastRun?.messageIds).toEqual([discord.messages[0]!.id]);
    expect(b.log.lines.map((l) => l.msg)).toContain('Digest: resuming a slot claimed but not completed; same nonces, so no second post');
  });

  it('killed before Discord saw the message: the restart posts it, once; never dropped', async () => {
    const file = dbFile();
    const discord = fakeDiscord();
    const clock = fixedClock('2031-05-01T06:00:00Z');
    const a = setup({ file, discord, clock });
    set(a.runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    discord.script.push('hang');
    void a.runner.tick();
    await new Promise((r) => setTimeout(r, 20));
    await a.runner.stop(10);
    const b = setup({ file, discord, clock });
    await b.runner.tick();
    await b.runner.tick();
    expect(discord.inChannel('news').length).toBe(1);
  });

  it('a claim of another live process is left alone until its lease runs out', async () => {
    const file = dbFile();
    const discord = fakeDiscord();
    const clock = fixedClock('2031-05-01T06:00:00Z');
    const a = setup({ file, discord, clock });
    set(a.runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    discord.script.push('hang');
    void a.runner.tick(); // a is alive but stuck
    await new Promise((r) => setTimeout(r, 20));
    const b = setup({ file, discord, clock });
    await b.runner.tick();
    expect(discord.calls.length).toBe(1);
    clock.advance(LEASE_MS + 1);
    await b.runner.tick();
    expect(discord.calls.length).toBe(2);
    expect(discord.inChannel('news').length).toBe(1);
  });

  it('two processes ticking at once on one database post a slot once', async () => {
    const file = dbFile();
    const discord = fakeDiscord();
    const clock = fixedClock('2031-05-01T06:00:00Z');
    const a = setup({ file, discord, clock });
    const b = setup({ file, discord, clock });
    set(a.runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    const [ra, rb] = await Promise.all([a.runner.tick(), b.runner.tick()]);
    expect([...ra, ...rb].map((o) => o.kind)).toEqual(['posted']);
    expect(discord.messages.length).toBe(1);
  });

  it('when another process claims the slot between our "due" check and our claim, we do not post', async () => {
    const file = dbFile();
    const discord = fakeDiscord();
    const clock = fixedClock('2031-05-01T06:00:00Z');
    const other = setup({ file, discord, clock });
    let interleave = true;
    const b = setup({
      file,
      discord,
      clock,
      getCorpus: () => {
        if (interleave) {
          interleave = false;
          other.runner.store.claim({ digestId: 1, slot: new Date('2031-05-01T07:00:00Z'), trigger: 'schedule', late: false, owner: other.runner.owner, now: clock.now(), parts: ['x'], snapshot: {}, summary: 'x' });
        }
        return corpus;
      },
    });
    set(b.runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    expect((await b.runner.tick()).map((o) => o.kind)).toEqual(['taken']);
    expect(discord.calls.length).toBe(0);
  });

  it('a multi-part digest killed after part 1 resumes at part 2', async () => {
    const file = dbFile();
    const discord = fakeDiscord();
    const clock = fixedClock('2031-05-01T06:00:00Z');
    const sentence = (i: number) => `Paragraph ${i} of the depot notice lists, at length, ${'every stall, every crate and every lamp that must be moved, '.repeat(10)}in that order.`;
    const long = docOf('long', 'Depot notice', [1, 2, 3, 4].map((i) => [sentence(i)]));
    let docs = [MARKET];
    const getCorpus = () => corpusOf(docs);
    const a = setup({ file, discord, clock, getCorpus });
    set(a.runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    await a.runner.tick(); // the overview
    docs = [MARKET, long];
    clock.set('2031-05-02T07:00:00Z');
    discord.script.push('ok', 'hang');
    void a.runner.tick();
    await new Promise((r) => setTimeout(r, 20));
    await a.runner.stop(10);
    const b = setup({ file, discord, clock, getCorpus });
    await b.runner.tick();
    const run = b.runner.status('news')!.lastRun!;
    expect(run.parts.length).toBe(2);
    expect(discord.calls.map((c) => c.payload.nonce.slice(-2))).toEqual(['p0', 'p0', 'p1', 'p1']);
    expect(discord.inChannel('news').slice(1).map((m) => m.content)).toEqual(run.parts);
    expect(run.messageIds).toEqual(discord.inChannel('news').slice(1).map((m) => m.id));
  });
});

describe('Discord errors', () => {
  it('429 waits retry_after, then posts once', async () => {
    const { runner, clock, discord, sleeper } = setup();
    set(runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    discord.script.push({ status: 429, retryAfter: 1500 });
    await runner.tick();
    expect(sleeper.waits).toEqual([1500]);
    expect(discord.messages.length).toBe(1);
    expect(classifyPostError({ status: 429, rawError: { retry_after: 2.5 } })).toEqual({ kind: 'rate-limited', afterMs: 2500 });
  });

  it('5xx retries with backoff; if it keeps failing the claim stays open and the next tick posts it', async () => {
    const { runner, clock, discord, sleeper } = setup();
    set(runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    discord.script.push({ status: 500 }, { status: 502 }, { status: 503 }, { status: 500 });
    const [outcome] = await runner.tick();
    expect(outcome?.kind).toBe('pending');
    expect(sleeper.waits).toEqual([1000, 2000, 4000]);
    expect(runner.store.openClaims().length).toBe(1);
    await runner.tick();
    expect(discord.messages.length).toBe(1);
    expect(new Set(discord.calls.map((c) => c.payload.nonce)).size).toBe(1);
    expect(runner.status('news')?.lastRun?.status).toBe('posted');
  });

  it('403 pauses that digest with the reason, tells the moderator once, and the others keep running', async () => {
    const { runner, clock, discord } = setup();
    set(runner, 'locked', clock.now());
    set(runner, 'open', clock.now());
    discord.perChannel.set('locked', { status: 403, code: 50013 });
    clock.set('2031-05-01T07:00:00Z');
    const outcomes = await runner.tick();
    expect(outcomes.map((o) => o.kind)).toEqual(['paused', 'posted']);
    const reason = 'Missing Permissions: the bot cannot send messages in this channel (Discord 403, code 50013)';
    expect(runner.status('locked')?.digest.pausedReason).toBe(reason);
    expect(runner.status('locked')?.nextRun).toBeNull();
    expect(discord.inChannel('cmd').map((m) => m.content)).toEqual([
      `The OnRecord digest for <#locked> is paused: ${reason}.\nGive the bot View Channel, Send Messages and Embed Links there (or pick another channel), then run \`/digest set\` again to resume. \`/digest status\` shows this too.`,
    ]);
    clock.set('2031-05-02T07:00:00Z');
    await runner.tick();
    expect(discord.calls.filter((c) => c.channelId === 'locked').length).toBe(1);
    expect(discord.inChannel('cmd').length).toBe(1);
    expect(discord.inChannel('open').length).toBe(1); // the second day has nothing new: recorded, not posted
    expect(runner.status('open')?.lastRun?.slot).toEqual(new Date('2031-05-02T07:00:00Z'));
  });

  it('404 (deleted channel) pauses with the reason', async () => {
    const { runner, clock, discord } = setup();
    set(runner, 'gone', clock.now());
    discord.perChannel.set('gone', { status: 404, code: 10003 });
    clock.set('2031-05-01T07:00:00Z');
    await runner.tick();
    expect(runner.status('gone')?.digest.pausedReason).toBe("Unknown Channel: the channel was deleted or is out of the bot's reach (Discord 404, code 10003)");
    expect(runner.status('gone')?.lastRun?.status).toBe('failed');
    // Setting the digest again resumes it.
    discord.perChannel.delete('gone');
    set(runner, 'gone', clock.now());
    expect(runner.status('gone')?.digest.pausedReason).toBeNull();
  });

  it('a corrupt digest row is skipped and reported; the others run', async () => {
    const { runner, clock, discord, db, log } = setup();
    set(runner, 'bad', clock.now());
    set(runner, 'good', clock.now());
    db.prepare("UPDATE digests SET anchor = 'yesterday-ish' WHERE channel_id = 'bad'").run();
    clock.set('2031-05-01T07:00:00Z');
    await runner.tick();
    expect(discord.messages.map((m) => m.channelId)).toEqual(['good']);
    expect(log.lines.some((l) => l.msg === 'Storage: skipped a digests row that does not match the schema')).toBe(true);
  });
});

describe('send-now and preview', () => {
  it('send-now posts once per second at most, with a manual nonce; preview shows what and why', async () => {
    const { runner, clock, discord } = setup();
    set(runner, 'news', clock.now());
    const preview = runner.preview('news')!;
    expect(preview.messages.length).toBe(1);
    expect(preview.report[1]!.split('\n').slice(0, 3)).toEqual(['**Why each item is in**', '• market ¶0.1: document in the record', '• market ¶1.1: key dated event (2031-06-03)']);
    const first = await runner.sendNow('news');
    const second = await runner.sendNow('news');
    expect([first?.kind, second?.kind]).toEqual(['posted', 'taken']);
    expect(discord.calls[0]!.payload.nonce).toBe(nonceOf(1, clock.now(), 'manual', 0));
    expect(discord.messages[0]!.content.split('\n')[0]).toBe('**OnRecord digest** · 2031-05-01 08:00 Europe/Berlin · sent now by a moderator');
    // The scheduled slot still comes, now as an update with nothing new: recorded, not posted.
    clock.set('2031-05-01T07:00:00Z');
    expect((await runner.tick()).map((o) => o.kind)).toEqual(['empty']);
    expect(await runner.sendNow('nowhere')).toBeNull();
  });
});

describe('telling the moderator', () => {
  it('set up in the failing channel itself: the notice goes by direct message, once', async () => {
    const { deps, clock, discord } = setup();
    const dms: { userId: string; content: string }[] = [];
    const runner = new DigestRunner({ ...deps, directMessage: (userId, payload) => (dms.push({ userId, content: payload.content }), Promise.resolve({ id: 'dm1' })) });
    runners.push(runner);
    set(runner, 'locked', clock.now(), 'locked');
    discord.perChannel.set('locked', { status: 403, code: 50001 });
    clock.set('2031-05-01T07:00:00Z');
    await runner.tick();
    clock.set('2031-05-02T07:00:00Z');
    await runner.tick();
    expect(dms.map((d) => [d.userId, d.content.split('\n')[0]])).toEqual([['mod', 'The OnRecord digest for <#locked> is paused: Missing Access: the bot cannot view this channel (Discord 403, code 50001).']]);
  });
});

describe('the timer', () => {
  it('start() ticks at once and at the next slot; stop() ends it', async () => {
    const { runner, clock, discord } = setup();
    runner.store.upsert({ guildId: 'g', channelId: 'c', schedule: parseSchedule({ schedule: '* * * * *' }), topic: null, createdBy: 'm', notifyChannelId: null }, clock.now());
    // Just before the 06:02 slot: the first tick posts 06:01 at once, then the timer wakes for 06:02.
    clock.set('2031-05-01T06:01:59.900Z');
    runner.start();
    for (let i = 0; i < 50 && discord.messages.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(discord.messages.length).toBe(1);
    expect(runner.msToNextTick()).toBe(250);
    clock.set('2031-05-01T06:02:00.000Z');
    for (let i = 0; i < 100 && runner.store.lastRun(1)?.slot.getTime() !== Date.parse('2031-05-01T06:02:00Z'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(runner.store.lastRun(1)?.slot).toEqual(new Date('2031-05-01T06:02:00Z'));
    await runner.stop();
    const runs = runner.store.lastRun(1);
    clock.set('2031-05-01T06:05:00Z');
    await new Promise((r) => setTimeout(r, 300));
    expect(runner.store.lastRun(1)).toEqual(runs);
  });
});

describe('a DATA_DIR that cannot be written', () => {
  it('pauses every digest with the reason, once in the log; resumes by itself with exactly one catch-up', async () => {
    let record = corpus;
    const { runner, db, clock, discord, log } = setup({ file: dbFile(), getCorpus: () => record });
    set(runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    expect((await runner.tick()).map((o) => o.kind)).toEqual(['posted']);

    db.pragma('query_only = ON'); // SQLite refuses every write, as on a read-only disk
    record = corpusOf([MARKET, docOf('ferry', 'Night ferry returns', [['The night ferry returns to the harbour timetable.']])]);
    clock.set('2031-05-02T07:00:00Z');
    expect(await runner.tick()).toEqual([]);
    clock.set('2031-05-04T07:00:30Z'); // down across three slots
    expect(await runner.tick()).toEqual([]);
    expect(discord.messages.length).toBe(1);
    expect(runner.storage).toEqual({ reason: 'DATA_DIR is read-only (SQLITE_READONLY)', since: new Date('2031-05-02T07:00:00Z') });
    expect(runner.status('news')?.storage).toEqual(runner.storage);
    expect(log.lines.filter((l) => l.msg?.startsWith('Digest: paused: the database cannot be written')).map((l) => l.obj)).toEqual([{ reason: 'DATA_DIR is read-only (SQLITE_READONLY)' }]);

    db.pragma('query_only = OFF');
    clock.set('2031-05-04T07:01:00Z');
    const [catchUp, ...more] = await runner.tick();
    expect([catchUp?.kind, more]).toEqual(['posted', []]);
    expect(catchUp?.kind === 'posted' ? [catchUp.run.slot, catchUp.run.late] : null).toEqual([new Date('2031-05-04T07:00:00Z'), true]);
    expect(runner.storage).toBe(null);
    clock.set('2031-05-04T07:01:30Z');
    expect(await runner.tick()).toEqual([]);
    expect(discord.messages.length).toBe(2);
    expect(discord.messages[1]!.content).toContain('Night ferry returns');
    expect(log.lines.filter((l) => l.msg === 'Digest: the database can be written again; digests resume').length).toBe(1);
  });

  it('names a full disk as such (a real SQLITE_FULL)', () => {
    const db = openDatabase(':memory:', memoryLogger());
    dbs.push(db);
    db.exec('CREATE TABLE filler (x BLOB)');
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`);
    let error: unknown;
    try {
      db.prepare('INSERT INTO filler VALUES (randomblob(100000))').run();
    } catch (e) {
      error = e;
    }
    expect(unwritableReason(error)).toBe('the disk of DATA_DIR is full (SQLITE_FULL)');
    expect(unwritableReason(new Error('something else'))).toBe(null);
  });
});

describe('who changed the record', () => {
  it('the next posted digest names who added and removed documents since the previous one, from the change log', async () => {
    const PIER = docOf('pier', 'Pier reopens after repairs', [['The eastern pier reopened on Friday after six weeks of repairs.']]);
    let current = corpus;
    const { runner, clock, discord, db, log } = setup({ getCorpus: () => current });
    set(runner, 'news', clock.now());
    clock.set('2031-05-01T07:00:00Z');
    await runner.tick();
    const changes = new ChangeLog(db, log);
    changes.record({ at: new Date('2031-05-01T08:00:00Z'), action: 'added', doc: 'pier', title: 'Pier reopens after repairs', origin: 'pier.txt', userId: '1', userName: 'Mara' });
    changes.record({ at: new Date('2031-05-01T08:05:00Z'), action: 'removed', doc: 'market', title: 'Riverside market moves to the old depot', origin: null, userId: '2', userName: 'Ola' });
    current = corpusOf([PIER], {});
    clock.set('2031-05-02T07:00:00Z');
    await runner.tick();
    const lines = discord.messages[1]!.content.split('\n');
    expect(lines.filter((l) => l.startsWith('↳') || l.startsWith('•'))).toEqual(['↳ added by Mara', '• *Riverside market moves to the old depot* (market) — removed by Ola']);
  });
});
