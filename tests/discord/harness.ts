/**
 * Starts the real bot (startBot, real discord.js client) against the stand-in, over a corpus
 * built from one of our own fixture folders. Logs are collected, not printed.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { parseConfig } from '../../src/config.js';
import { startBot, type RunningBot, type StartBotOptions } from '../../src/discord/bot.js';
import { createLogger } from '../../src/log.js';
import { DiscordStandIn, type User } from './standin.js';

/** Small pages so that paging shows up on a short fixture. */
export const PAGE_SIZE = 2;

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export const ALICE: User = { id: '200000000000000001', username: 'alice', global_name: 'Alice' };
export const BOB: User = { id: '200000000000000002', username: 'bob', global_name: 'Bob' };

export interface Harness {
  readonly standin: DiscordStandIn;
  readonly bot: RunningBot;
  readonly corpus: Corpus;
  readonly logs: string[];
  stop(): Promise<void>;
}

export async function startHarness(
  fixture: 'harbour' | 'mentions' | 'layout',
  options: Partial<Omit<StartBotOptions, 'config' | 'logger' | 'getCorpus'>> & { guild?: boolean; standin?: DiscordStandIn } = {},
): Promise<Harness> {
  const standin = options.standin ?? (await new DiscordStandIn().start());
  const corpus = await buildCorpus(`${FIXTURES}${fixture}`);
  const config = parseConfig({
    DISCORD_TOKEN: standin.token,
    DISCORD_API_BASE: standin.apiBase,
    DISCORD_GUILD_ID: options.guild === false ? undefined : standin.guildId,
    LOG_LEVEL: 'debug',
  });
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', token: config.token, sink: { write: (line: string) => logs.push(line) } });
  const bot = await startBot({ cooldown: { limit: 100, windowMs: 1_000 }, pageSize: PAGE_SIZE, ...options, config, logger, getCorpus: () => corpus });
  return {
    standin,
    bot,
    corpus,
    logs,
    async stop() {
      await bot.stop();
      await standin.close();
    },
  };
}

/**
 * The real bot process (`src/index.ts`, as `npm start` runs it) against the stand-in, on the
 * harbour fixture, with `env` added or overriding; stdout is drained, stderr (the log) piped.
 */
export function spawnBot(s: DiscordStandIn, dataDir: string, env: Readonly<Record<string, string>> = {}): ChildProcessByStdio<null, Readable, Readable> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: path.resolve(FIXTURES, '../../..'),
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: s.token,
      DISCORD_API_BASE: s.apiBase,
      DISCORD_GUILD_ID: s.guildId,
      KNOWLEDGE_DIR: path.join(FIXTURES, 'harbour'),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.resume();
  return child;
}
