/**
 * A day of load, compressed: `npm run bench -- --soak [--count 100000] [--concurrency 8]
 * [--reload-s 60] [--json FILE]`.
 *
 * Starts the real bot (`src/index.ts`, its own process, as `npm start` runs it) against the
 * Discord stand-in, on a copy of the bundled record, with a digest every minute in one channel;
 * sends `count` interactions (every command, autocomplete keystrokes, from many users so the
 * per-user cooldown stays out of the way), `concurrency` at a time; rewrites a document of the
 * record every `reload-s` seconds so the record reloads. Reports:
 * - the bot's RSS after warm-up (the first 10 % of interactions): the mean of the first third of
 *   the samples (every 5 s) against the mean of the last third, since one sample lands anywhere
 *   on the garbage collector's saw-tooth; flat means no growth beyond 10 %. The peak is shown too;
 * - its open file descriptors, active handles and client listeners (from its debug health line)
 *   at warm-up and at the end: a leak shows as growth;
 * - the time from each interaction's creation to its acknowledgement (Discord allows 3 s), and
 *   any interaction never acknowledged;
 * - digests posted, reloads done.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { DiscordStandIn, type RecordedRequest } from '../tests/discord/standin.js';

interface SoakArgs {
  count: number;
  concurrency: number;
  reloadS: number;
  json: string | null;
}

export function parseSoakArgs(argv: readonly string[]): SoakArgs {
  const args: SoakArgs = { count: 100_000, concurrency: 8, reloadS: 60, json: null };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1];
    if (v === undefined) continue;
    if (argv[i] === '--count') args.count = Number(v);
    else if (argv[i] === '--concurrency') args.concurrency = Number(v);
    else if (argv[i] === '--reload-s') args.reloadS = Number(v);
    else if (argv[i] === '--json') args.json = v;
  }
  return args;
}

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ACK_LIMIT_MS = 3_000;
const STRING = 3;
const SUB = 1;
const CHANNEL = 7;
const MANAGE_CHANNELS = 1n << 4n;

/** The requests a user might send: every command, and autocomplete keystrokes. */
const MIX: ReadonlyArray<{ kind: 'command' | 'autocomplete'; name: string; options: Array<Record<string, unknown>> }> = [
  { kind: 'command', name: 'search', options: [{ name: 'query', type: STRING, value: 'military relations' }] },
  { kind: 'command', name: 'search', options: [{ name: 'query', type: STRING, value: 'stock market crash' }] },
  { kind: 'command', name: 'when', options: [{ name: 'event', type: STRING, value: 'phone talks' }] },
  { kind: 'command', name: 'who-said', options: [{ name: 'query', type: STRING, value: 'navigation' }] },
  { kind: 'command', name: 'agreed', options: [] },
  { kind: 'command', name: 'ask', options: [{ name: 'question', type: STRING, value: 'when will the conference be held?' }] },
  { kind: 'command', name: 'timeline', options: [] },
  { kind: 'command', name: 'sources', options: [] },
  { kind: 'command', name: 'help', options: [] },
  { kind: 'autocomplete', name: 'when', options: [{ name: 'event', type: STRING, value: 'vid', focused: true }] },
  { kind: 'autocomplete', name: 'who-said', options: [{ name: 'query', type: STRING, value: 'w', focused: true }] },
];

interface Sample {
  readonly at: number;
  readonly done: number;
  readonly rssKb: number;
  readonly fds: number;
}

interface Health {
  readonly rss: number;
  readonly resources: Record<string, number>;
  readonly listeners: number;
}

function procStatus(pid: number): { rssKb: number; fds: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { rssKb, fds: readdirSync(`/proc/${pid}/fd`).length };
  } catch {
    return { rssKb: 0, fds: 0 };
  }
}

const quantile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export async function soak(args: SoakArgs): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'onrecord-soak-'));
  const knowledge = join(work, 'knowledge');
  cpSync(join(ROOT, 'knowledge'), knowledge, { recursive: true });
  const docFile = join(knowledge, readdirSync(knowledge).find((f) => f.endsWith('.txt') || f.endsWith('.md')) ?? '');
  const original = readFileSync(docFile, 'utf8');
  const standin = await new DiscordStandIn().start();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: standin.token,
      DISCORD_API_BASE: standin.apiBase,
      DISCORD_GUILD_ID: standin.guildId,
      KNOWLEDGE_DIR: knowledge,
      DATA_DIR: join(work, 'data'),
      LOG_LEVEL: 'debug',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const health: Array<Health & { at: number }> = [];
  let reloads = 0;
  let warnings = 0;
  let errors = 0;
  let tail = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const lines = (tail + chunk.toString('utf8')).split('\n');
    tail = lines.pop() ?? '';
    for (const line of lines) {
      if (line.includes('"msg":"health"')) health.push({ ...(JSON.parse(line) as Health), at: Date.now() });
      else if (line.includes('"msg":"knowledge reloaded"')) reloads++;
      if (line.includes('MaxListenersExceededWarning')) warnings++;
      if (line.includes('"level":50') || line.includes('"level":60')) {
        errors++;
        if (errors <= 5) console.error(`bot error: ${line.slice(0, 400)}`);
      }
    }
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  try {
    await standin.waitFor((r) => r.method === 'PUT' && r.path.endsWith('/commands'), 60_000);
    await sleep(500);

    // A moderator sets up a digest every minute in the channel.
    const mod = { id: '600000000000000001', username: 'mod', global_name: null };
    standin.dispatch('CHANNEL_UPDATE', {
      id: standin.channelId,
      type: 0,
      name: 'general',
      position: 0,
      guild_id: standin.guildId,
      permission_overwrites: [{ id: mod.id, type: 1, allow: MANAGE_CHANNELS.toString(), deny: '0' }],
    });
    await sleep(500);
    const set = await standin.reply(
      standin.chatInput('digest', [{ name: 'set', type: SUB, options: [{ name: 'channel', type: CHANNEL, value: standin.channelId }, { name: 'schedule', type: STRING, value: '* * * * *' }] }], { user: mod }),
      20_000,
    );
    console.log(`digest: ${String(set.body.content).split('\n')[0]}`);

    // Acknowledgements, matched by interaction id from the stand-in's request stream.
    const pending = new Map<string, { sent: number; done: (ms: number) => void }>();
    const acks: number[] = [];
    let digestPosts = 0;
    standin.on('request', (r: RecordedRequest) => {
      if (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.status < 300) digestPosts++;
      const m = /^\/interactions\/(\d+)\//.exec(r.path);
      if (!m || r.method !== 'POST') return;
      const p = pending.get(m[1] ?? '');
      if (!p) return;
      pending.delete(m[1] ?? '');
      p.done(r.status < 300 ? r.at - p.sent : Number.POSITIVE_INFINITY);
    });

    let next = 0;
    let unacked = 0;
    let rejected = 0;
    const samples: Sample[] = [];
    const t0 = Date.now();
    let lastReload = t0;
    let variant = 0;
    const sampler = setInterval(() => {
      samples.push({ at: Date.now(), done: acks.length + unacked + rejected, ...procStatus(child.pid ?? 0) });
      standin.trim();
      if (Date.now() - lastReload >= args.reloadS * 1000) {
        lastReload = Date.now();
        variant++;
        // An edit a reader would make: a paragraph added, then taken out again.
        writeFileSync(docFile, variant % 2 ? `${original.trimEnd()}\n\nThe soak run added paragraph ${variant} on ${new Date().toISOString().slice(0, 10)}.\n` : original);
      }
    }, 5_000);

    const one = async (): Promise<void> => {
      for (;;) {
        const n = next++;
        if (n >= args.count) return;
        const spec = MIX[n % MIX.length]!;
        const user = { id: (700_000_000_000_000_000n + BigInt(n % 2_000)).toString(), username: `u${n % 2_000}`, global_name: null };
        const sent = Date.now();
        const i = spec.kind === 'command' ? standin.chatInput(spec.name, spec.options, { user, dm: n % 5 === 0 }) : standin.autocomplete(spec.name, spec.options, { user });
        const ms = await new Promise<number>((done) => {
          const timer = setTimeout(() => {
            pending.delete(i.id);
            done(Number.NaN);
          }, 10_000);
          pending.set(i.id, {
            sent,
            done: (v) => {
              clearTimeout(timer);
              done(v);
            },
          });
        });
        if (Number.isNaN(ms)) unacked++;
        else if (!Number.isFinite(ms)) rejected++;
        else acks.push(ms);
        if (n > 0 && n % 10_000 === 0) console.log(`${n} interactions, ${((Date.now() - t0) / 1000).toFixed(0)} s, RSS ${(procStatus(child.pid ?? 0).rssKb / 1024).toFixed(0)} MB`);
      }
    };
    await Promise.all(Array.from({ length: args.concurrency }, one));
    clearInterval(sampler);
    samples.push({ at: Date.now(), done: args.count, ...procStatus(child.pid ?? 0) });
    const seconds = (Date.now() - t0) / 1000;
    writeFileSync(docFile, original);

    const warm = samples.find((s) => s.done >= args.count / 10) ?? samples[0]!;
    const after = samples.filter((s) => s.at >= warm.at);
    const end = samples[samples.length - 1]!;
    const peak = Math.max(...after.map((s) => s.rssKb));
    const third = Math.max(1, Math.floor(after.length / 3));
    const mean = (xs: readonly Sample[]) => xs.reduce((n, x) => n + x.rssKb, 0) / xs.length;
    const firstMean = mean(after.slice(0, third));
    const lastMean = mean(after.slice(-third));
    const growth = (100 * (lastMean - firstMean)) / firstMean;
    const peakGrowth = (100 * (peak - firstMean)) / firstMean;
    const sorted = [...acks].sort((a, b) => a - b);
    const firstHealth = health.find((h) => h.at >= warm.at) ?? health[0];
    const lastHealth = health[health.length - 1];
    const figures = {
      interactions: args.count,
      concurrency: args.concurrency,
      seconds: Math.round(seconds),
      perSecond: Math.round(args.count / seconds),
      reloads,
      digestPosts,
      rssMb: {
        firstThirdMean: Math.round(firstMean / 1024),
        lastThirdMean: Math.round(lastMean / 1024),
        growthPct: Number(growth.toFixed(1)),
        atWarmUp: Math.round(warm.rssKb / 1024),
        atEnd: Math.round(end.rssKb / 1024),
        peakAfterWarmUp: Math.round(peak / 1024),
        peakOverFirstThirdPct: Number(peakGrowth.toFixed(1)),
      },
      fds: { warm: warm.fds, end: end.fds, max: Math.max(...after.map((s) => s.fds)) },
      handles: { warm: firstHealth?.resources ?? null, end: lastHealth?.resources ?? null },
      listeners: { warm: firstHealth?.listeners ?? null, end: lastHealth?.listeners ?? null },
      ackMs: { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted[sorted.length - 1] ?? null, over3s: sorted.filter((v) => v > ACK_LIMIT_MS).length },
      unacknowledged: unacked,
      refused: rejected,
      maxListenersWarnings: warnings,
      botErrorLines: errors,
      rssSeries: samples.filter((_, k) => k % 6 === 0).map((s) => `${Math.round((s.at - t0) / 1000)} s: ${Math.round(s.rssKb / 1024)} MB`),
    };
    console.log(JSON.stringify(figures, null, 2));
    const ok = growth <= 10 && figures.ackMs.over3s === 0 && unacked === 0 && rejected === 0 && warnings === 0 && end.fds <= warm.fds + 2;
    console.log(ok ? 'soak: flat memory, no leak, every interaction acknowledged within 3 s' : 'soak: a target was missed (see above)');
    if (args.json) writeFileSync(args.json, `${JSON.stringify(figures, null, 2)}\n`);
    if (!ok) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(8_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    await standin.close();
    rmSync(work, { recursive: true, force: true });
  }
}
