/**
 * Composition root: config → knowledge → corpus (kept live) → console or Discord → digests; or,
 * with SHARDS, the sharding manager that runs this file once per shard process.
 * Nothing below this file reads the environment or decides which surface runs.
 */
import path from 'node:path';
import { LiveCorpus, openRecord } from './answer/build.js';
import { MEANING_AUTO_MAX_SENTENCES, Meaning } from './answer/meaning.js';
import { answer as coreAnswer, type Request } from './answer/index.js';
import { answerSoon } from './answer/ondemand.js';
import type { AnswerFn } from './discord/types.js';
import { runConsole } from './cli/console.js';
import { fail, loadConfig, progressLines } from './cli/shared.js';
import type { Config } from './config.js';
import { createDigestRunner, type DigestDeps, type DigestRunner } from './digest/runner.js';
import { planInFull } from './digest/inFull.js';
import { prepareAnswers, startBot } from './discord/bot.js';
import { digestCommand, digestData, discordDirectMessage, discordPoster } from './discord/commands/digest.js';
import { recordEditCommand } from './discord/commands/editing.js';
import { UserFacingError } from './discord/errors.js';
import type { CommandModule } from './discord/types.js';
import { runShards } from './discord/shards.js';
import { createLogger, type Logger } from './log.js';
import { RecordEditor } from './record/editor.js';
import { watchKnowledge } from './record/watch.js';
import { ANSI, PLAIN } from './render/text.js';
import { ChangeLog } from './storage/changes.js';
import { databasePath, openDatabase, unwritableReason, type Db } from './storage/db.js';
import { factsCachePath } from './understand/cache.js';
import type { Client } from 'discord.js';

const DISCORD_HINT =
  'Not connected to Discord. To run the bot, put DISCORD_TOKEN=<your bot token> in a .env file (see .env.example and the README) and run npm start again.';

/** Shutdown must not hang on a stuck socket: after this, the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 5_000;
const HEALTH_EVERY_MS = 60_000;
const DATABASE_RETRY_MS = 30_000;

/**
 * The digests: a database in DATA_DIR and the runner on it. When the database cannot be opened
 * (DATA_DIR full, read-only or removed) the bot serves anyway: `/digest` says why digests wait,
 * and the database is tried again every `DATABASE_RETRY_MS` until it opens.
 */
function startDigests(config: Config, logger: Logger, getCorpus: () => LiveCorpus['current'], connected: () => Client, planInFull?: DigestDeps['planInFull']) {
  let runner: DigestRunner | null = null;
  let db: Db | null = null;
  let module: CommandModule | null = null;
  let problem = '';
  let retry: NodeJS.Timeout | null = null;
  let running = false;
  const open = (): boolean => {
    try {
      db = openDatabase(databasePath(config.dataDir), logger);
    } catch (error) {
      const reason = unwritableReason(error) ?? (error instanceof Error ? error.message : String(error));
      if (reason !== problem) logger.error({ reason, retryInMs: DATABASE_RETRY_MS }, 'Digests wait: the database cannot be opened; answers go on');
      problem = reason;
      return false;
    }
    if (problem) logger.info('Digests: the database opened; digests start');
    runner = createDigestRunner({
      db,
      getCorpus,
      logger,
      post: (channelId, payload) => discordPoster(connected())(channelId, payload),
      directMessage: (userId, payload) => discordDirectMessage(connected())(userId, payload),
      planInFull,
    });
    module = digestCommand({ runner });
    if (running) runner.start();
    return true;
  };
  if (!open()) {
    retry = setInterval(() => {
      if (open() && retry) clearInterval(retry);
    }, DATABASE_RETRY_MS);
    retry.unref();
  }
  const command: CommandModule = {
    data: digestData,
    execute: (interaction, ctx) => {
      if (module) return module.execute(interaction, ctx);
      return Promise.reject(new UserFacingError(`Digests wait: ${problem}. Answers go on; digests start by themselves once DATA_DIR can be written.`));
    },
    autocomplete: (interaction, ctx) => module?.autocomplete?.(interaction, ctx) ?? [],
  };
  return {
    command,
    database: (): Db | null => db,
    start(): void {
      running = true;
      runner?.start();
    },
    async stop(): Promise<void> {
      if (retry) clearInterval(retry);
      await runner?.stop();
      db?.close();
    },
  };
}

/** Changing the record (Discord's /record, the console's /record): writes the folder, logs each change. */
function recordEditing(config: Config, db: Db | (() => Db | null), logger: Logger, getCorpus: () => LiveCorpus['current']): { editor: RecordEditor; changes: ChangeLog } {
  const changes = new ChangeLog(db, logger);
  const editor = new RecordEditor({
    knowledgeDir: config.knowledgeDir,
    allowHosts: config.recordUrlAllow,
    docById: (id) => getCorpus().doc(id),
    log: (entry) => {
      try {
        changes.record(entry);
      } catch (error) {
        logger.warn({ err: error, doc: entry.doc }, 'record change not written to the change log');
      }
      logger.info({ action: entry.action, doc: entry.doc, user: entry.userId, origin: entry.origin }, 'record changed');
    },
  });
  return { editor, changes };
}

async function runBot(config: Config, logger: Logger, getCorpus: () => LiveCorpus['current'], answer: AnswerFn | undefined, planInFull?: DigestDeps['planInFull']): Promise<() => Promise<void>> {
  let client: Client | null = null;
  const connected = (): Client => {
    if (!client) throw new Error('OnRecord: the Discord client is not connected yet');
    return client;
  };
  const digests = startDigests(config, logger, getCorpus, connected, planInFull);
  // The change log shares the digests' database: while it cannot be opened, edits still land
  // and are logged to the log file only.
  const { editor, changes } = recordEditing(config, digests.database, logger, getCorpus);
  let stop: () => Promise<void> = () => digests.stop();
  const bot = await startBot({
    config,
    getCorpus,
    logger,
    ...(answer ? { answer } : {}),
    // Under a sharding manager, shard 0 alone keeps the slash commands registered.
    registerCommands: !config.shard || config.shard.id === 0,
    extraCommands: [digests.command, recordEditCommand({ editor, changes, homeGuildId: config.guildId, editors: config.recordEditors })],
    // Discord told us to stop (token reset, 4004, 401): say what to do, once, and exit non-zero;
    // restarting in a loop (a process manager) would only be refused again.
    onFatal: (message) => {
      logger.fatal(message);
      setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
      stop()
        .catch((error: unknown) => logger.error({ err: error }, 'error during shutdown'))
        .finally(() => process.exit(1));
    },
  });
  client = bot.client;
  digests.start();
  // A health line a minute at debug level: what a leak would show (memory, handles, listeners).
  const health = setInterval(() => {
    const resources: Record<string, number> = {};
    for (const r of process.getActiveResourcesInfo()) resources[r] = (resources[r] ?? 0) + 1;
    const listeners = bot.client.eventNames().reduce((n, e) => n + bot.client.listenerCount(e), 0);
    logger.debug({ rss: process.memoryUsage.rss(), heapUsed: process.memoryUsage().heapUsed, resources, listeners }, 'health');
  }, HEALTH_EVERY_MS);
  health.unref();
  logger.info({ user: bot.client.user.tag, commands: bot.commands }, 'OnRecord is online');
  stop = async () => {
    clearInterval(health);
    await digests.stop();
    await bot.stop();
  };
  return () => stop();
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
  // The first build extracts across worker threads through the facts cache in DATA_DIR; a reload
  // analyses the few documents it finds changed (the next start adds them to the cache).
  // The record answers once parsed and indexed; a new record's facts are extracted behind it.
  const started = performance.now();
  const record = await openRecord(config.knowledgeDir, {
    dataDir: config.dataDir,
    onProgress: progressLines((line, { done, total, elapsedMs }) => {
      logger.info({ done, total, elapsedMs: Math.round(elapsedMs) }, line);
      if (!config.token && process.stderr.isTTY) process.stderr.write(`${line}\n`);
    }),
    onFactsCacheProblem: (why) =>
      logger[why === 'stale' ? 'info' : 'warn']({ why, file: factsCachePath(config.dataDir) }, `facts cache ${why === 'stale' ? 'written by other extractors' : why}: extracting afresh`),
    onIndexMiss: (why) => logger.debug({ why }, 'search index built afresh'),
    onParseCache: (use) => logger.debug(use, 'documents read from the parse cache'),
    onCacheWriteError: (error) => logger.warn({ err: error }, 'cache not written'),
  });
  const live = new LiveCorpus(record.corpus, undefined, record);
  // Sentence vectors (MEANING=on, or auto on a record small enough): computed in a worker thread once the facts are in (not to slow
  // them), kept in DATA_DIR; questions read them once every sentence of the record has one.
  const meaning = config.meaning !== 'off' ? startMeaning(config, logger) : null;
  if (record.fill) logger.info({ sentences: record.fill.total, ms: Math.round(performance.now() - started) }, 'answering; the record\'s facts are read behind');
  if (!record.fill) meaning?.track(live.current);
  live.complete.then(
    (full) => {
      if (!record.fill) return;
      logger.info({ ms: Math.round(performance.now() - started) }, 'the record\'s facts are complete');
      meaning?.track(live.current);
      if (config.token) prepareAnswers(full, logger, () => live.current === full);
    },
    (error: unknown) => logger.error({ err: error }, 'the record\'s facts could not be extracted; answers use the facts read so far'),
  );
  for (const p of live.current.problems) logger.warn({ file: p.file, reason: p.reason }, 'knowledge file skipped');
  const watcher = watchKnowledge(
    config.knowledgeDir,
    ({ docs, problems }) => {
      const change = live.update(docs, problems);
      logger.info(change, 'knowledge reloaded');
      const fresh = live.current;
      if (meaning && !fresh.reading) meaning.track(fresh);
      if (config.token) prepareAnswers(fresh, logger, () => live.current === fresh);
      for (const p of problems) logger.warn({ file: p.file, reason: p.reason }, 'knowledge file skipped');
    },
    { stableMs: config.knowledgeStableMs },
  );
  const getCorpus = () => live.current;
  // While the facts are read behind the record, a /who-said or /when waits (a few seconds at most)
  // for the documents it reads and is answered in full (ondemand.ts).
  const plain = (corpus: LiveCorpus['current'], request: Request) => (meaning ? meaning.answer(corpus, request) : coreAnswer(corpus, request));
  const answerNow = (corpus: LiveCorpus['current'], request: Request) => (corpus.reading ? answerSoon(live, request, plain) : plain(corpus, request));

  if (!config.token) {
    const db = openDatabase(databasePath(config.dataDir), logger);
    const { editor } = recordEditing(config, db, logger, getCorpus);
    await runConsole({
      editor,
      getCorpus,
      input: process.stdin,
      output: process.stdout,
      style: process.stdout.isTTY ? ANSI : PLAIN,
      historyFile: path.join(config.dataDir, 'console-history'),
      banner: DISCORD_HINT,
      answer: async (corpus: LiveCorpus['current'], request: Request) => answerNow(corpus, request),
    });
    await watcher.close();
    db.close();
    return;
  }

  // A digest slot due meanwhile is planned from final facts once the documents it reads are in (digest/inFull.ts).
  const stopBot = await runBot(config, logger, getCorpus, answerNow, (plan) => planInFull(live, plan));
  exitOnSignal(logger, () => Promise.all([stopBot(), watcher.close()]));
}

/** The sentence vectors' service, its progress logged every 30 s and when they are all in. */
function startMeaning(config: Config, logger: Logger): Meaning {
  let last = 0;
  return new Meaning({
    dataDir: config.dataDir,
    onProgress: (done, total) => {
      const now = performance.now();
      if (done < total && now - last < MEANING_LOG_EVERY_MS) return;
      last = now;
      logger.info({ done, total }, 'sentence vectors computed');
    },
    onReady: (total, ms) => logger.info({ computed: total, ms }, 'sentence vectors ready: questions read them'),
    onError: (error) => logger.warn({ err: error }, 'sentence vectors failed: questions are answered by their words'),
    ...(config.meaning === 'auto' ? { maxSentences: MEANING_AUTO_MAX_SENTENCES } : {}),
    onSkip: (sentences, max) =>
      logger.info({ sentences, max }, 'no sentence vectors for a record this large (MEANING=auto; MEANING=on computes them): questions are answered by their words'),
  });
}
const MEANING_LOG_EVERY_MS = 30_000;

main().catch(fail);
