import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { planDigest, planning, type DigestPlan, type PlanInput } from '../../src/digest/content.js';
import { planInFull, type Planning } from '../../src/digest/inFull.js';
import { renderDigest } from '../../src/digest/render.js';
import { DigestRunner } from '../../src/digest/runner.js';
import { parseSchedule } from '../../src/digest/schedule.js';
import { snapshotOf } from '../../src/digest/snapshot.js';
import { openDatabase, type Db } from '../../src/storage/db.js';
import { FERRY_ITEMS, ferryItem } from '../fixtures/ferries.js';
import { memoryLogger } from '../storage/helpers.js';
import { fakeDiscord, fixedClock, recordedSleep } from './fakeDiscord.js';
import { coldRecord } from '../fixtures/slowReader.js';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-digest-infull-'));
  for (let i = 0; i < FERRY_ITEMS; i++) writeFileSync(join(dir, `item-${i}.txt`), ferryItem(i));
  return dir;
}

const NOW = new Date('2031-03-01T08:00:00Z');
const base = (corpus: Corpus): PlanInput => ({ corpus, previous: null, now: NOW, timezone: 'UTC', topic: null });
const messages = (plan: DigestPlan): string[] => renderDigest(plan, { slot: NOW, timezone: 'UTC', late: false, topic: null, previousAt: null, manual: false });

const dbs: Db[] = [];
const runners: DigestRunner[] = [];
afterEach(async () => {
  for (const r of runners.splice(0)) await r.stop(10);
  for (const db of dbs.splice(0)) if (db.open) db.close();
});

/** The ferries record opened on a new folder whose facts a slow reader holds back (`read`: the documents asked for) until `finish`. */
async function coldFerries(): Promise<{ dir: string } & Awaited<ReturnType<typeof coldRecord>>> {
  const dir = folder();
  return { dir, ...(await coldRecord(dir)) };
}

/** The turns of the event loop counted from now until `stop()`: what else the thread did meanwhile. */
function turnCounter(): { readonly turns: number; stop(): void } {
  let turns = 0;
  let spinning = true;
  const spin = (): void => {
    turns++;
    if (spinning) setImmediate(spin);
  };
  spin();
  return {
    get turns() {
      return turns;
    },
    stop() {
      spinning = false;
    },
  };
}

/** A runner with the 'ferries' channel's daily 09:00 UTC digest, at 08:00 on its day; `inFull` plans during a cold start. */
function dailyDigest(getCorpus: () => Corpus, inFull?: (plan: Planning) => Promise<DigestPlan | null>): { runner: DigestRunner; clock: ReturnType<typeof fixedClock>; discord: ReturnType<typeof fakeDiscord> } {
  const log = memoryLogger();
  const db = openDatabase(':memory:', log);
  dbs.push(db);
  const clock = fixedClock('2031-03-01T08:00:00Z');
  const discord = fakeDiscord();
  const runner = new DigestRunner({ db, getCorpus, post: discord.post, logger: log, clock, sleep: recordedSleep().sleep, ...(inFull ? { planInFull: inFull } : {}) });
  runners.push(runner);
  const schedule = parseSchedule({ schedule: 'daily', time: '09:00', timezone: 'UTC' });
  runner.store.upsert({ guildId: 'g', channelId: 'ferries', schedule, topic: null, createdBy: 'mod', notifyChannelId: null }, clock.now());
  return { runner, clock, discord };
}

describe('a digest planned during a cold start', () => {
  it('an overview reads the facts of the documents its sections show and of those before them, and is the plan of the record with every fact', async () => {
    const { dir, read, record, live, finish } = await coldFerries();
    const warm = await buildCorpus(dir, { threads: 1 });

    const plan = await planInFull(live, (corpus) => planning({ ...base(corpus), reasons: false }), { waitMs: 5_000 });
    const full = planDigest(base(warm));
    expect(plan).not.toBe(null);
    expect(messages(plan!)).toEqual(messages(full));
    expect(plan!.items.map((i) => [i.section, i.result.excerpt.cite])).toEqual(full.items.map((i) => [i.section, i.result.excerpt.cite]));
    expect(plan!.snapshot).toEqual(full.snapshot);
    // Its agreements are the second and third items', its two quotes the first and second items':
    // those three were read, the other five not (their dates were read from their text).
    expect(full.items.filter((i) => i.section === 'agreements' || i.section === 'statements').map((i) => [i.section, i.result.excerpt.doc])).toEqual([
      ['agreements', 'item-1'],
      ['agreements', 'item-2'],
      ['statements', 'item-0'],
      ['statements', 'item-1'],
    ]);
    expect(read).toEqual([0, 1, 2]);
    expect(record.fill?.complete).toBe(false);
    await finish();
  });

  it('an update reads the facts of the documents added since the previous digest only; coming-up items need dates alone', async () => {
    const { dir, read, live, finish } = await coldFerries();
    const warm = await buildCorpus(dir, { threads: 1 });
    const previous = snapshotOf(warm.docs.filter((d) => d.id !== 'item-6'));

    const plan = await planInFull(live, (corpus) => planning({ ...base(corpus), previous, reasons: false }), { waitMs: 5_000 });
    const full = planDigest({ ...base(warm), previous });
    expect(plan).not.toBe(null);
    expect(messages(plan!)).toEqual(messages(full));
    expect(full.items.map((i) => [i.section, i.result.excerpt.cite])).toEqual([
      ['added', 'item-6 ¶1.1'],
      ['added', 'item-6 ¶2.1'],
      ['added', 'item-6 ¶3.1'],
      ['upcoming', 'item-0 ¶2.1'],
      ['upcoming', 'item-1 ¶2.1'],
      ['upcoming', 'item-2 ¶2.1'],
      ['upcoming', 'item-3 ¶2.1'],
      ['upcoming', 'item-4 ¶2.1'],
    ]);
    expect(read).toEqual([0, 6]);
    await finish();
  });

  it('without reasons, a plan has the items of the plan with them, on a topic too', async () => {
    const warm = await buildCorpus(folder(), { threads: 1 });
    for (const topic of [null, 'ferries', 'tides', 'Cawder']) {
      const input = { ...base(warm), topic, limits: { overviewEvents: 2 } };
      const lean = planDigest({ ...input, reasons: false });
      const whole = planDigest(input);
      expect(lean.items).toEqual(whole.items);
      expect(lean.omitted.length).toBeLessThan(whole.omitted.length);
    }
  });

  it('a slot due during a cold start is posted before every fact is in, once, with the messages of the record with every fact', async () => {
    const { dir, read, record, live, finish } = await coldFerries();
    const warm = await buildCorpus(dir, { threads: 1 });

    const posted = async (getCorpus: () => Corpus, inFull?: (plan: Planning) => Promise<DigestPlan | null>) => {
      const { runner, clock, discord } = dailyDigest(getCorpus, inFull);
      clock.set('2031-03-01T09:00:00Z');
      const outcomes = await runner.tick();
      return { outcomes: outcomes.map((o) => o.kind), contents: discord.messages.map((m) => m.content), again: await runner.tick() };
    };
    const cold = await posted(() => live.current, (plan) => planInFull(live, plan, { waitMs: 5_000 }));
    const whole = await posted(() => warm);
    expect(cold.outcomes).toEqual(['posted']);
    expect(cold.contents).toEqual(whole.contents);
    expect(cold.again).toEqual([]);
    expect(read).toEqual([0, 1, 2]);
    expect(record.fill?.complete).toBe(false);
    await finish();
  });
  it('a round of planning walks the record in slices, letting the loop turn between documents', async () => {
    const { live, finish } = await coldFerries();
    const loop = turnCounter();
    let atRound = 0;
    const plan = await planInFull(
      live,
      (corpus) => {
        atRound = loop.turns;
        return planning({ ...base(corpus), reasons: false });
      },
      { waitMs: 5_000, sliceMs: 0 },
    );
    const duringLastRound = loop.turns - atRound;
    loop.stop();
    expect(plan?.items.length).toBe(16);
    // The last round, the one that plans from final facts, walks the dates of every document (a
    // step each) and more: the loop turned after each step, none of it in one go.
    expect(duringLastRound).toBeGreaterThanOrEqual(FERRY_ITEMS);
    await finish();
  });

  it('a round starts its slices on turns of the loop of their own: neither the work of its caller nor the dates read ahead run in one go with the plan', async () => {
    const { live, finish } = await coldFerries();
    const loop = turnCounter();
    const rounds: number[] = [];
    // Slices long enough to hold each run whole: the dates read ahead are one slice, the plan one.
    const asked = loop.turns;
    const planned = planInFull(
      live,
      (corpus) => {
        rounds.push(loop.turns);
        return planning({ ...base(corpus), reasons: false });
      },
      { waitMs: 5_000, sliceMs: 60_000 },
    );
    let after = -1;
    const plan = await planned.then((p) => ((after = loop.turns), p));
    loop.stop();
    expect(plan?.items.length).toBe(16);
    // The first round: a turn before the dates are read ahead (not in the caller's turn) and
    // another before the plan (not in the turn of the dates' last slice); in one go, none.
    expect(rounds[0]! - asked).toBeGreaterThanOrEqual(2);
    // The plan goes back to its caller (who posts it) on a turn after the plan's last slice.
    expect(after - rounds.at(-1)!).toBeGreaterThanOrEqual(1);
    await finish();
  });

  it('two plans in slices at once (a slot and a send-now) take turns, each noting the documents it asks for, each the plan of the record with every fact', async () => {
    const { dir, read, record, live, finish } = await coldFerries();
    const warm = await buildCorpus(dir, { threads: 1 });
    const previous = snapshotOf(warm.docs.filter((d) => d.id !== 'item-6'));

    const [overview, update] = await Promise.all([
      planInFull(live, (corpus) => planning({ ...base(corpus), reasons: false }), { waitMs: 5_000, sliceMs: 0 }),
      planInFull(live, (corpus) => planning({ ...base(corpus), previous, reasons: false }), { waitMs: 5_000, sliceMs: 0 }),
    ]);
    expect(messages(overview!)).toEqual(messages(planDigest(base(warm))));
    expect(messages(update!)).toEqual(messages(planDigest({ ...base(warm), previous })));
    expect([...read].sort()).toEqual([0, 1, 2, 6]);
    expect(record.fill?.complete).toBe(false);
    await finish();
  });

  it('/digest send-now during a cold start posts the complete digest, as the record with every fact does, before every fact is in', async () => {
    const { dir, read, record, live, finish } = await coldFerries();
    const warm = await buildCorpus(dir, { threads: 1 });

    const sent = async (getCorpus: () => Corpus, inFull?: (plan: Planning) => Promise<DigestPlan | null>) => {
      const { runner, clock, discord } = dailyDigest(getCorpus, inFull);
      clock.set('2031-03-01T08:30:00Z');
      const outcome = await runner.sendNow('ferries');
      return { outcome: outcome?.kind, contents: discord.messages.map((m) => m.content), summary: runner.status('ferries')?.lastRun?.summary };
    };
    const cold = await sent(() => live.current, (plan) => planInFull(live, plan, { waitMs: 5_000 }));
    const whole = await sent(() => warm);
    expect(cold.outcome).toBe('posted');
    expect(cold.contents).toEqual(whole.contents);
    expect(cold.summary).toBe('overview: 16 items in 1 message');
    expect(read).toEqual([0, 1, 2]);
    expect(record.fill?.complete).toBe(false);
    // Without a plan in full (it cannot be soon), it still says the record is being read.
    expect((await sent(() => live.current, () => Promise.resolve(null))).outcome).toBe('reading');
    await finish();
  });
});
