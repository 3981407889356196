/**
 * SHARDS: the bot as several processes under discord.js's ShardingManager, each serving its share
 * of the servers (Discord sends a guild's events to shard `(guild_id >> 22) % count`). Every shard
 * process is a whole bot (`src/index.ts` again, with SHARDING_MANAGER, SHARDS and SHARD_COUNT set
 * by discord.js): it reads the record from the same DATA_DIR caches and runs the digest timer on
 * the same database, where the claim of a slot lets exactly one process post it.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';

export interface RunningShards {
  readonly count: number;
  /** Stops every shard process (each shuts down as on SIGTERM). */
  stop(): Promise<void>;
}

/** How many shards Discord recommends for this bot (GET /gateway/bot), through DISCORD_API_BASE when set. */
export async function recommendedShards(config: Config): Promise<number> {
  const rest = new REST(config.apiBase ? { api: config.apiBase, version: '10' } : { version: '10' }).setToken(config.token ?? '');
  const body = (await rest.get(Routes.gatewayBot())) as { shards?: unknown };
  const shards = Number(body.shards);
  if (!Number.isInteger(shards) || shards < 1) throw new Error('OnRecord: Discord did not say how many shards to run (GET /gateway/bot)');
  return shards;
}

/**
 * The node flags of this process that each shard process runs with too: those `npm start` gives the
 * bot for its memory (package.json): `--expose-gc` (one collection after start-up),
 * `--max-semi-space-size` (a smaller young generation) and `--v8-pool-size` (one V8 helper thread:
 * see the README's Deployment). Others (an inspector, a loader) stay with this process.
 */
export function memoryFlags(execArgv: readonly string[]): string[] {
  return execArgv.filter((a) => a === '--expose-gc' || a.startsWith('--max-semi-space-size') || a.startsWith('--v8-pool-size'));
}

/**
 * Starts the shard processes one after another, each once the previous one is connected: the
 * first builds the caches on a cold start and the others read them (and Discord wants identifies
 * spaced out anyway). A shard process that dies is started again by the manager.
 */
export async function runShards(config: Config, logger: Logger): Promise<RunningShards> {
  if (!config.token) throw new Error('OnRecord: SHARDS needs DISCORD_TOKEN');
  const count = config.shards === 'auto' || config.shards === null ? await recommendedShards(config) : config.shards;
  // The same entry point as this process: the build's JavaScript (`npm start`), or the sources through tsx.
  const compiled = import.meta.url.endsWith('.js');
  const manager = new ShardingManager(fileURLToPath(new URL(`../index.${compiled ? 'js' : 'ts'}`, import.meta.url)), {
    token: config.token,
    totalShards: count,
    mode: 'process',
    respawn: true,
    execArgv: [...(compiled ? [] : ['--import', 'tsx']), ...memoryFlags(process.execArgv)],
  });
  manager.on('shardCreate', (shard: Shard) => {
    logger.info({ shard: shard.id, of: count }, 'shard process started');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
  });
  // No time limit for a shard to connect: on a cold start it first reads the whole record.
  await manager.spawn({ amount: count, timeout: -1 });
  logger.info({ shards: count }, 'every shard is connected');
  return {
    count,
    async stop() {
      manager.respawn = false;
      await Promise.all([...manager.shards.values()].map((s) => stopShard(s)));
    },
  };
}

/** SIGTERM, so the shard shuts down as a single bot does; the manager's kill() would be SIGKILL. */
function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
