import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Schedule } from '../../src/digest/schedule.js';
import { databasePath, openDatabase, type Db } from '../../src/storage/db.js';
import { DIGEST_ROWS } from '../../src/digest/rows.js';
import type { Snapshot } from '../../src/digest/snapshot.js';
import { DigestStore, type ClaimInput } from '../../src/storage/digests.js';
import { memoryLogger } from './helpers.js';

const run = promisify(execFile);
const dirs: string[] = [];
const dbs: Db[] = [];
function tempFile(): string {
  const d = mkdtempSync(join(tmpdir(), 'onrecord-store-'));
  dirs.push(d);
  return databasePath(d);
}
function open(file = ':memory:', log = memoryLogger()): { db: Db; store: DigestStore<Schedule, Snapshot>; log: ReturnType<typeof memoryLogger> } {
  const db = openDatabase(file, log);
  dbs.push(db);
  return { db, store: new DigestStore(db, log, DIGEST_ROWS), log };
}
afterEach(() => {
  for (const db of dbs.splice(0)) if (db.open) db.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const daily: Schedule = { kind: 'daily', time: '09:00', timezone: 'Europe/Berlin' };
const T0 = new Date('2026-05-01T10:00:00Z');
const input = (channelId: string, guildId = 'g1') => ({ guildId, channelId, schedule: daily, topic: null, createdBy: 'mod', notifyChannelId: 'cmd' });
const claimOf = (digestId: number, slot: string, over: Partial<ClaimInput<Snapshot>> = {}): ClaimInput<Snapshot> => ({
  digestId,
  slot: new Date(slot),
  trigger: 'schedule',
  late: false,
  owner: 'A',
  now: T0,
  parts: ['hello'],
  snapshot: { doc: { hash: 'h1', title: null, sentences: ['s1'] } },
  summary: '1 item',
  ...over,
});

describe('digests', () => {
  it('one digest per channel: set again updates it, clears a pause and moves the anchor', () => {
    const { store } = open();
    const a = store.upsert(input('c1'), T0);
    expect(a.created).toBe(true);
    store.pause(a.digest.id, 'Missing permission: Send Messages', T0);
    expect(store.byChannel('c1')?.pausedReason).toBe('Missing permission: Send Messages');
    const later = new Date('2026-05-02T10:00:00Z');
    const b = store.upsert({ ...input('c1'), topic: 'harbour', schedule: { kind: 'cron', expression: '* * * * *', timezone: 'UTC' } }, later);
    expect(b.created).toBe(false);
    expect(b.digest.id).toBe(a.digest.id);
    expect(b.digest.topic).toBe('harbour');
    expect(b.digest.schedule).toEqual({ kind: 'cron', expression: '* * * * *', timezone: 'UTC' });
    expect(b.digest.pausedReason).toBeNull();
    expect(b.digest.anchor).toEqual(later);
    expect(b.digest.createdAt).toEqual(T0);
  });

  it('lists by guild in creation order and removes with history', () => {
    const { store, db } = open();
    const d1 = store.upsert(input('c1'), T0).digest;
    store.upsert(input('c2', 'g2'), T0);
    store.upsert(input('c3'), T0);
    expect(store.list('g1').map((d) => d.channelId)).toEqual(['c1', 'c3']);
    expect(store.list().map((d) => d.channelId)).toEqual(['c1', 'c2', 'c3']);
    store.claim(claimOf(d1.id, '2026-05-02T07:00:00Z'));
    expect(store.remove('c1')).toBe(true);
    expect(store.remove('c1')).toBe(false);
    expect(store.list('g1').map((d) => d.channelId)).toEqual(['c3']);
    expect(db.prepare('SELECT COUNT(*) FROM digest_runs').pluck().get()).toBe(0);
  });

  it('a pause keeps its first reason and is notified once', () => {
    const { store } = open();
    const d = store.upsert(input('c1'), T0).digest;
    store.pause(d.id, 'first', T0);
    store.pause(d.id, 'second', new Date('2026-05-03T00:00:00Z'));
    expect(store.byId(d.id)?.pausedReason).toBe('first');
    expect(store.byId(d.id)?.pausedAt).toEqual(T0);
    expect(store.markPauseNotified(d.id)).toBe(true);
    expect(store.markPauseNotified(d.id)).toBe(false);
  });

  it('a corrupt row is reported through the logger and skipped; the others still load', () => {
    const { store, db, log } = open();
    store.upsert(input('c1'), T0);
    store.upsert(input('c2'), T0);
    store.upsert(input('c3'), T0);
    db.prepare("UPDATE digests SET schedule = '{not json' WHERE channel_id = 'c2'").run();
    db.prepare(`UPDATE digests SET schedule = '{"kind":"hourly","timezone":"UTC"}' WHERE channel_id = 'c3'`).run();
    expect(store.list().map((d) => d.channelId)).toEqual(['c1']);
    expect(store.byChannel('c2')).toBeNull();
    const warnings = log.lines.filter((l) => l.level === 'warn');
    expect(warnings.slice(0, 2).map((w) => [w.msg, (w.obj as { table: string; id: number }).table, (w.obj as { id: number }).id])).toEqual([
      ['Storage: skipped a digests row that does not match the schema', 'digests', 2],
      ['Storage: skipped a digests row that does not match the schema', 'digests', 3],
    ]);
    expect((warnings[0]!.obj as { issues: string[] }).issues).toEqual(['schedule: not JSON']);
    // Read again (the timer does, every few seconds): still skipped, reported only once.
    expect(store.list().map((d) => d.channelId)).toEqual(['c1']);
    expect(log.lines.filter((l) => l.level === 'warn').length).toBe(2);
  });

  it('the timer reads the last scheduled slot without reading a snapshot; the last posted run and the last run read one, not five', () => {
    const db = openDatabase(':memory:', memoryLogger());
    dbs.push(db);
    // A snapshot is 2 MB of JSON at 100,000 sentences: count how many are parsed.
    let parsed = 0;
    const counted = z.custom<Snapshot>(() => ++parsed > 0);
    const store = new DigestStore(db, memoryLogger(), { schedule: DIGEST_ROWS.schedule, snapshot: counted });
    const d = store.upsert(input('c1'), T0).digest;
    for (const day of ['02', '03', '04', '05', '06', '07']) store.complete(store.claim(claimOf(d.id, `2026-05-${day}T07:00:00Z`))!.id, 'A', 'posted', T0);
    parsed = 0;
    expect(store.lastScheduledSlot(d.id)).toEqual(new Date('2026-05-07T07:00:00Z'));
    expect(parsed).toBe(0);
    expect(store.lastPosted(d.id)?.slot).toEqual(new Date('2026-05-07T07:00:00Z'));
    expect(store.lastRun(d.id)?.snapshot).toEqual({ doc: { hash: 'h1', title: null, sentences: ['s1'] } });
    expect(parsed).toBe(2);
    expect(store.lastPostedId(d.id)).toBe(6);
    expect(parsed).toBe(2);
  });

  it('a corrupt run row is skipped and the previous valid one is used', () => {
    const { store, db, log } = open();
    const d = store.upsert(input('c1'), T0).digest;
    store.claim(claimOf(d.id, '2026-05-02T07:00:00Z'));
    store.claim(claimOf(d.id, '2026-05-03T07:00:00Z'));
    db.prepare("UPDATE digest_runs SET status = 'exploded' WHERE slot = '2026-05-03T07:00:00.000Z'").run();
    expect(store.lastScheduledSlot(d.id)).toEqual(new Date('2026-05-02T07:00:00Z'));
    expect(log.lines.filter((l) => l.level === 'warn').map((l) => (l.obj as { issues: string[] }).issues)).toEqual([['status: Invalid option: expected one of "claimed"|"posted"|"empty"|"failed"']]);
  });
});

describe('runs: claim, complete, take over', () => {
  it('a slot is claimed once; nothing to post is recorded as empty at once', () => {
    const { store } = open();
    const d = store.upsert(input('c1'), T0).digest;
    const first = store.claim(claimOf(d.id, '2026-05-02T07:00:00Z'));
    expect([first?.status, first?.owner, first?.parts]).toEqual(['claimed', 'A', ['hello']]);
    expect(store.claim(claimOf(d.id, '2026-05-02T07:00:00Z', { owner: 'B' }))).toBeNull();
    const empty = store.claim(claimOf(d.id, '2026-05-03T07:00:00Z', { parts: [] }));
    expect([empty?.status, empty?.completedAt]).toEqual(['empty', T0]);
    expect(store.openClaims().map((r) => r.id)).toEqual([first!.id]);
  });

  it('only the owner completes; previousSnapshot follows the last posted run', () => {
    const { store } = open();
    const d = store.upsert(input('c1'), T0).digest;
    expect(store.previousSnapshot(d.id)).toBeNull();
    const r = store.claim(claimOf(d.id, '2026-05-02T07:00:00Z'))!;
    expect(store.complete(r.id, 'B', 'posted', T0)).toBe(false);
    store.recordPart(r.id, 'A', ['m1']);
    expect(store.complete(r.id, 'A', 'posted', T0)).toBe(true);
    expect(store.complete(r.id, 'A', 'posted', T0)).toBe(false);
    expect(store.run(r.id)?.messageIds).toEqual(['m1']);
    expect(store.previousSnapshot(d.id)).toEqual({ doc: { hash: 'h1', title: null, sentences: ['s1'] } });
    expect(store.lastRun(d.id)?.status).toBe('posted');
  });

  it('take-over is a compare-and-swap: of two contenders one wins', () => {
    const { store } = open();
    const d = store.upsert(input('c1'), T0).digest;
    const r = store.claim(claimOf(d.id, '2026-05-02T07:00:00Z'))!;
    const later = new Date('2026-05-02T08:00:00Z');
    const b = store.takeOver(r, 'B', later);
    const c = store.takeOver(r, 'C', later);
    expect([b?.owner, c]).toEqual(['B', null]);
    expect(store.complete(r.id, 'A', 'posted', later)).toBe(false);
    expect(store.heartbeat(r.id, 'B', new Date('2026-05-02T08:01:00Z'))).toBe(true);
  });

  it('two connections on one file: the second sees the first claim and cannot claim again', () => {
    const file = tempFile();
    const one = open(file);
    const two = open(file);
    const d = one.store.upsert(input('c1'), T0).digest;
    expect(two.store.byChannel('c1')?.id).toBe(d.id);
    expect(one.store.claim(claimOf(d.id, '2026-05-02T07:00:00Z'))?.owner).toBe('A');
    expect(two.store.claim(claimOf(d.id, '2026-05-02T07:00:00Z', { owner: 'B' }))).toBeNull();
    expect(two.store.openClaims().map((r) => r.owner)).toEqual(['A']);
  });

  it('three processes claiming the same 200 slots at once: every slot won exactly once', async () => {
    const file = tempFile();
    const { store } = open(file);
    const d = store.upsert(input('c1'), T0).digest;
    const startAt = String(Date.now() + 1500);
    const worker = join(import.meta.dirname, 'claim-race.worker.ts');
    const outs = await Promise.all(
      ['P1', 'P2', 'P3'].map((owner) => run(process.execPath, ['--import', 'tsx', worker, file, String(d.id), '200', owner, startAt], { cwd: process.cwd() })),
    );
    const won = outs.map((o) => JSON.parse(o.stdout) as number[]);
    const all = won.flat().sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 200 }, (_, i) => i));
    expect(store.openClaims().length).toBe(200);
  });
});
