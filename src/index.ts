/**
 * Composition root: config → knowledge → corpus (kept live) → console or Discord → digests; or,
 * with SHARDS, the sharding manager that runs this file once per shard process.
 * Nothing below this file reads the environment or decides which surface runs.
 */
import path from 'node:path';
import { LiveCorpus, buildCorpus } from './answer/build.js';
import { runConsole } from './cli/console.js';
import { fail, loadConfig, progressLines } from './cli/shared.js';
import type { Config } from './config.js';
import { createDigestRunner } from './digest/runner.js';
import { prepareAnswers, startBot } from './discord/bot.js';
import { digestCommand, discordDirectMessage, discordPoster } from './discord/commands/digest.js';
import { runShards } from './discord/shards.js';
import { createLogger, type Logger } from './log.js';
import { watchKnowledge } from './record/watch.js';
import { ANSI, PLAIN } from './render/text.js';
import { databasePath, openDatabase } from './storage/db.js';
import { cachedAnalyzer } from './understand/cache.js';
import type { Client } from 'discord.js';

const DISCORD_HINT =
  'Not connected to Discord. To run the bot, put DISCORD_TOKEN=<your bot token> in a .env file (see .env.example and the README) and run npm start again.';

/** Shutdown must not hang on a stuck socket: after this, the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 5_000;

async function runBot(config: Config, logger: Logger, getCorpus: () => LiveCorpus['current']): Promise<() => Promise<void>> {
  const db = openDatabase(databasePath(config.dataDir), logger);
  let client: Client | null = null;
  const connected = (): Client => {
    if (!client) throw new Error('OnRecord: the Discord client is not connected yet');
    return client;
  };
  const runner = createDigestRunner({
    db,
    getCorpus,
    logger,
    post: (channelId, payload) => discordPoster(connected())(channelId, payload),
    directMessage: (userId, payload) => discordDirectMessage(connected())(userId, payload),
  });
  // Under a sharding manager, shard 0 alone keeps the slash commands registered.
  const registerCommands = !config.shard || config.shard.id === 0;
  const bot = await startBot({ config, getCorpus, logger, registerCommands, extraCommands: [digestCommand({ runner })] });
  client = bot.client;
  runner.start();
  logger.info({ user: bot.client.user.tag, commands: bot.commands }, 'OnRecord is online');
  return async () => {
    await runner.stop();
    await bot.stop();
    db.close();
  };
}

/** Shutdown on SIGTERM/SIGINT: `stop`, then exit (after SHUTDOWN_DEADLINE_MS in any case). */
function exitOnSignal(logger: Logger, stop: () => Promise<unknown>): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const root = createLogger({ level: config.logLevel, token: config.token });
  const logger = config.shard ? root.child({ shard: config.shard.id }) : root;
  if (config.token && config.shards !== null) {
    // The manager's process only starts and watches the shard processes; each reads the record.
    const shards = await runShards(config, logger);
    exitOnSignal(logger, () => shards.stop());
    return;
  }
  const analyze = cachedAnalyzer(config.dataDir, undefined, {
    onWriteError: (doc, error) => logger.warn({ doc: doc.id, err: error }, 'extraction cache not written'),
  });
  // The first build extracts across worker threads through the same facts cache (`analyze` is
  // for the documents a reload finds changed, a few at a time).
  const corpus = await buildCorpus(config.knowledgeDir, {
    dataDir: config.dataDir,
    onProgress: progressLines((line, { done, total, elapsedMs }) => {
      logger.info({ done, total, elapsedMs: Math.round(elapsedMs) }, line);
      if (!config.token && process.stderr.isTTY) process.stderr.write(`${line}\n`);
    }),
    onIndexMiss: (why) => logger.debug({ why }, 'search index built afresh'),
    onParseCache: (use) => logger.debug(use, 'documents read from the parse cache'),
    onCacheWriteError: (error) => logger.warn({ err: error }, 'parse cache not written'),
  });
  const live = new LiveCorpus(corpus, analyze);
  for (const p of live.current.problems) logger.warn({ file: p.file, reason: p.reason }, 'knowledge file skipped');
  const watcher = watchKnowledge(config.knowledgeDir, ({ docs, problems }) => {
    const change = live.update(docs, problems);
    logger.info(change, 'knowledge reloaded');
    const fresh = live.current;
    if (config.token) prepareAnswers(fresh, logger, () => live.current === fresh);
    for (const p of problems) logger.warn({ file: p.file, reason: p.reason }, 'knowledge file skipped');
  });
  const getCorpus = () => live.current;

  if (!config.token) {
    await runConsole({
      getCorpus,
      input: process.stdin,
      output: process.stdout,
      style: process.stdout.isTTY ? ANSI : PLAIN,
      historyFile: path.join(config.dataDir, 'console-history'),
      banner: DISCORD_HINT,
    });
    await watcher.close();
    return;
  }

  const stopBot = await runBot(config, logger, getCorpus);
  exitOnSignal(logger, () => Promise.all([stopBot(), watcher.close()]));
}

main().catch(fail);
