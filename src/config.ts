import { z } from 'zod';

/**
 * The whole environment of OnRecord, parsed once at start-up. Nothing else reads `process.env`:
 * the composition root calls `parseConfig(process.env)` and passes the `Config` down.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** Bot token; null means console mode (no Discord). Never log it. */
  readonly token: string | null;
  /** Application id: from DISCORD_CLIENT_ID, else read from the token, else null (learned at ready). */
  readonly clientId: string | null;
  /** When set, commands are registered to this one server (instant) instead of globally. */
  readonly guildId: string | null;
  /** REST base such as `http://127.0.0.1:8080/api` (no version); null means Discord's default. */
  readonly apiBase: string | null;
  readonly knowledgeDir: string;
  /** How long a changed knowledge file must hold still before it is read (see record/watch.ts). */
  readonly knowledgeStableMs: number;
  readonly dataDir: string;
  readonly logLevel: LogLevel;
  /** RECORD_EDITORS: user ids who may change the record besides the home server's Manage Server members. */
  readonly recordEditors: readonly string[];
  /** RECORD_URL_ALLOW: hosts (names or IPs, lowercase) exempt from the private-address rule for links. */
  readonly recordUrlAllow: readonly string[];
  /**
   * SHARDS: run the bot as this many shard processes under discord.js's ShardingManager (`auto`:
   * as many as Discord recommends); null: one process, no manager.
   */
  readonly shards: number | 'auto' | null;
  /** Set in a shard process started by the manager: which shard it serves, of how many. */
  readonly shard: { readonly id: number; readonly count: number } | null;
  /**
   * MEANING (`auto`, the default, `on` or `off`): questions read the sentence encoder's vectors once
   * the record's are computed (src/search/meaning.ts; a worker thread, 10-25 ms of CPU per sentence,
   * about 200 MB RSS, +10 ms per question); off: by their words alone; auto: on for a record of at
   * most MEANING_AUTO_MAX_SENTENCES sentences, off above (where the memory and the hours of
   * background CPU would break the budgets of a large record).
   */
  readonly meaning: 'auto' | 'on' | 'off';
}

/** More shards than this is a typo, not a bot (Discord asks for one per 1,000 to 2,500 servers). */
export const MAX_SHARDS = 1_024;

/** A configuration problem; `problems` holds one line per bad key, naming it and what it expects. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`OnRecord configuration: ${problems.join('; ')}`);
  }
}

const SNOWFLAKE = /^\d{17,20}$/;

/** dotenv turns `KEY=` into an empty string; treat blank values as "not set". */
const blankAsUnset = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
/** `a, b,,c` → `['a', 'b', 'c']`; blank → unset. */
const listOf = (v: unknown): unknown =>
  typeof v === 'string'
    ? v.trim() === ''
      ? undefined
      : v
          .split(',')
          .map((x) => x.trim().toLowerCase())
          .filter(Boolean)
    : v;
const optionalText = (inner: z.ZodType<string>) => z.preprocess(blankAsUnset, inner.optional());

const schema = z.object({
  DISCORD_TOKEN: optionalText(
    z
      .string()
      .trim()
      .regex(/^[\x21-\x7e]+$/, { message: 'a bot token without spaces (from the Bot page of the application)' }),
  ),
  DISCORD_CLIENT_ID: optionalText(z.string().trim().regex(SNOWFLAKE, { message: 'a Discord application id (17–20 digits)' })),
  DISCORD_GUILD_ID: optionalText(z.string().trim().regex(SNOWFLAKE, { message: 'a Discord server id (17–20 digits)' })),
  DISCORD_API_BASE: optionalText(
    z
      .string()
      .trim()
      .refine((v) => /^https?:\/\/[^\s/]+/.test(v) && URL.canParse(v), {
        message: 'an http(s) URL such as http://127.0.0.1:8080/api',
      }),
  ),
  KNOWLEDGE_DIR: z.preprocess(blankAsUnset, z.string().default('./knowledge')),
  KNOWLEDGE_STABLE_MS: z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ message: 'a whole number of milliseconds from 100 to 600000, e.g. 2000' })
      .int({ message: 'a whole number of milliseconds from 100 to 600000, e.g. 2000' })
      .min(100, { message: 'a whole number of milliseconds from 100 to 600000, e.g. 2000' })
      .max(600_000, { message: 'a whole number of milliseconds from 100 to 600000, e.g. 2000' })
      .default(2_000),
  ),
  DATA_DIR: z.preprocess(blankAsUnset, z.string().default('./data')),
  RECORD_EDITORS: z.preprocess(
    listOf,
    z.array(z.string().regex(SNOWFLAKE, { message: 'a comma-separated list of Discord user ids (17–20 digits each)' })).default([]),
  ),
  RECORD_URL_ALLOW: z.preprocess(
    listOf,
    z
      .array(z.string().regex(/^(?:[a-z0-9.-]+|\[?[0-9a-f:.]+\]?)$/u, { message: 'a comma-separated list of host names or IP addresses (no scheme, no port)' }))
      .default([]),
  ),
  SHARDS: optionalText(
    z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => v === 'auto' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_SHARDS), {
        message: `a number of shards (1 to ${MAX_SHARDS}) or auto`,
      }),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof blankAsUnset(v) === 'string' ? (v as string).trim().toLowerCase() : undefined),
    z.enum(LOG_LEVELS, { message: `one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  MEANING: z.preprocess(
    (v) => (typeof blankAsUnset(v) === 'string' ? (v as string).trim().toLowerCase() : undefined),
    z.enum(['auto', 'on', 'off'], { message: 'auto, on or off' }).default('auto'),
  ),
});

/**
 * Parse the environment. Pure: the same env always gives the same Config or the same error.
 * @throws ConfigError naming every bad key and what it expects (never echoing the token).
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  // In a process the ShardingManager started, discord.js has put the shard's id in SHARDS and the
  // total in SHARD_COUNT (and SHARDING_MANAGER=true): that SHARDS is an assignment, not a setting.
  const shard = env.SHARDING_MANAGER === 'true' ? shardOf(env.SHARDS, env.SHARD_COUNT) : null;
  const parsed = schema.safeParse(shard ? { ...env, SHARDS: undefined } : env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = issue.path.map(String).join('.') || '(environment)';
      return `${key} must be ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const token = e.DISCORD_TOKEN ?? null;
  return {
    token,
    clientId: e.DISCORD_CLIENT_ID ?? (token ? clientIdFromToken(token) : null),
    guildId: e.DISCORD_GUILD_ID ?? null,
    apiBase: e.DISCORD_API_BASE ? e.DISCORD_API_BASE.replace(/\/+$/, '') : null,
    knowledgeDir: e.KNOWLEDGE_DIR,
    knowledgeStableMs: e.KNOWLEDGE_STABLE_MS,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    recordEditors: e.RECORD_EDITORS,
    recordUrlAllow: e.RECORD_URL_ALLOW.map((h) => h.replace(/^\[|\]$/gu, '')),
    shards: shard ? null : e.SHARDS === undefined ? null : e.SHARDS === 'auto' ? 'auto' : Number(e.SHARDS),
    shard,
    meaning: e.MEANING,
  };
}

function shardOf(id: string | undefined, count: string | undefined): Config['shard'] {
  const shard = { id: Number(id), count: Number(count) };
  if (!Number.isInteger(shard.id) || !Number.isInteger(shard.count) || shard.id < 0 || shard.id >= shard.count) {
    throw new ConfigError([`SHARDS and SHARD_COUNT (set by the sharding manager) must be a shard id below the shard count, not ${String(id)} of ${String(count)}`]);
  }
  return shard;
}

/**
 * A bot token's first segment is the application's user id in base64. Returns null when it is
 * not (test tokens, future formats): the id is then learned from the gateway's READY.
 */
export function clientIdFromToken(token: string): string | null {
  const first = token.split('.')[0] ?? '';
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(first)) return null;
  const decoded = Buffer.from(first, 'base64').toString('utf8');
  return SNOWFLAKE.test(decoded) ? decoded : null;
}

export const REDACTED = '[redacted]';

/** Replace every occurrence of the token in a text (error messages, URLs, log lines). */
export function redactToken(text: string, token: string | null): string {
  if (!token || token.length < 8) return text;
  return text.split(token).join(REDACTED);
}
