import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Corpus } from '../answer/corpus.js';
import { collectBuildGarbage, answer as coreAnswer, prepareCorpus } from '../answer/index.js';
import { redactToken, type Config } from '../config.js';
import type { Logger } from '../log.js';
import { TextStore } from './buttons.js';
import { Cooldown } from './cooldown.js';
import { GatewayBackoff, RECONNECT_DEFAULTS, REST_UNAUTHORIZED, backoffStrategy, watchGateway, type ReconnectOptions } from './gateway.js';
import { buildRegistry, commandDefinitions } from './registry.js';
import { DEFAULT_COOLDOWN, createRouter } from './router.js';
import { syncCommands, type SyncOutcome } from './sync.js';
import type { AnswerFn, BotContext, CommandModule } from './types.js';

export interface StartBotOptions {
  readonly config: Config;
  /** The current record; called per request because the record reloads on file edits. */
  readonly getCorpus: () => Corpus;
  readonly logger: Logger;
  /** Commands whose modules are built at start-up (e.g. `/digest`); see registry.ts. */
  readonly extraCommands?: readonly CommandModule[];
  /** The core answer function; tests inject a slow one to prove deferral. */
  readonly answer?: AnswerFn;
  /** Results per page (default 5). */
  readonly pageSize?: number;
  /** Defer if no answer this long after the interaction was created (default 1500 ms of Discord's 3 s). */
  readonly deferAfterMs?: number;
  readonly cooldown?: { readonly limit: number; readonly windowMs: number };
  /** Register commands when they differ from Discord's copy (default true). */
  readonly registerCommands?: boolean;
  /** Give up connecting after this long (default 30 s). */
  readonly readyTimeoutMs?: number;
  /**
   * Discord told the bot to stop (gateway close 4004 and other unrecoverable codes, REST 401)
   * after it was running: called once with what to do; the bot no longer reconnects. Before
   * READY the same condition makes `startBot` reject instead. Default: log it as fatal.
   */
  readonly onFatal?: (message: string) => void;
  /** Back-off of gateway reconnects while Discord is away (default 1 s doubling to 60 s). */
  readonly reconnect?: ReconnectOptions;
}

export interface RunningBot {
  readonly client: Client<true>;
  readonly applicationId: string;
  /** What start-up did about command registration. */
  readonly commands: SyncOutcome | 'skipped';
  /** The gateway reconnect back-off (its waits, for the log and tests). */
  readonly backoff: GatewayBackoff;
  /** Lets in-flight answers finish (up to 2 s), then closes the gateway. */
  stop(): Promise<void>;
}

export const DEFAULT_PAGE_SIZE = 5;
export const DEFAULT_DEFER_AFTER_MS = 1_500;
const STOP_GRACE_MS = 2_000;
/**
 * Interaction ids remembered to drop a second delivery of the same one (a replay after a resume,
 * a gateway that sends it twice): answering twice would post twice. Discord accepts a response
 * within 15 minutes at most, far fewer interactions than this arrive in that time.
 */
export const SEEN_INTERACTIONS_MAX = 10_000;
/**
 * Discord takes the first response to an interaction within 3 s of its creation. One older than
 * that on arrival (replayed after a gateway outage) can no longer be answered: trying only
 * produces "Unknown interaction" errors, and then an error report that fails the same way.
 */
export const DISCORD_ACK_WINDOW_MS = 3_000;

/** Documented empty values for interaction fields that discord.js expects to be present. */
export function fillInteractionDefaults(d: Record<string, unknown>): void {
  if (!Array.isArray(d.entitlements)) d.entitlements = [];
  if (!d.authorizing_integration_owners || typeof d.authorizing_integration_owners !== 'object') d.authorizing_integration_owners = {};
  if (d.app_permissions === undefined || d.app_permissions === null) d.app_permissions = '0';
}

/** Errors from start-up may quote a URL or header; make sure the token is never among them. */
function scrub(error: unknown, token: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  const clean = new Error(`OnRecord could not connect to Discord: ${redactToken(message, token)}`);
  if (error instanceof Error && error.stack) clean.stack = redactToken(error.stack, token);
  return clean;
}

/**
 * Connect to Discord (or to `DISCORD_API_BASE`), register commands if they changed, and serve
 * interactions. Intents: Guilds only; the bot reads no message content.
 */
export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { config, logger } = options;
  const token = config.token;
  if (!token) throw new Error('OnRecord: startBot needs DISCORD_TOKEN (without it, run the console instead)');

  const backoff = new GatewayBackoff(options.reconnect ?? RECONNECT_DEFAULTS);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ws: { buildStrategy: backoffStrategy(backoff) },
    // The same base serves every REST call the client makes; the version stays 10.
    rest: config.apiBase ? { api: config.apiBase, version: '10' } : { version: '10' },
    allowedMentions: { parse: [] },
  });

  const registry = buildRegistry(options.extraCommands ?? []);
  const ctx: BotContext = {
    client,
    getCorpus: options.getCorpus,
    answer: options.answer ?? coreAnswer,
    logger,
    store: new TextStore(),
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
  };
  const limits = options.cooldown ?? DEFAULT_COOLDOWN;
  const router = createRouter(registry, ctx, { cooldown: new Cooldown(limits.limit, limits.windowMs) });

  // discord.js 14 reads some payload fields without a guard (an interaction's `entitlements`
  // and `authorizing_integration_owners`, READY's `application`) and throws inside its packet
  // handler when a (stand-in or older) gateway leaves them out: the interaction would go
  // unanswered, READY would never complete. The raw listener runs first, on the same object,
  // so fill in Discord's documented values.
  client.on('raw', (packet: { t?: unknown; d?: unknown }) => {
    if (!packet.d || typeof packet.d !== 'object') return;
    const d = packet.d as Record<string, unknown>;
    if (packet.t === 'INTERACTION_CREATE') fillInteractionDefaults(d);
    if (packet.t === 'READY' && !d.application) {
      const user = d.user as { id?: unknown } | undefined;
      d.application = { id: config.clientId ?? (typeof user?.id === 'string' ? user.id : ''), flags: 0 };
    }
  });

  const inFlight = new Set<Promise<void>>();
  const seen = new Set<string>();
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (seen.has(interaction.id)) {
      logger.warn({ interaction: interaction.id }, 'the same interaction was delivered again; it is answered once');
      return;
    }
    seen.add(interaction.id);
    // A Set iterates in insertion order: the first entry is the oldest.
    if (seen.size > SEEN_INTERACTIONS_MAX) seen.delete(seen.values().next().value as string);
    const ageMs = Date.now() - interaction.createdTimestamp;
    if (ageMs > DISCORD_ACK_WINDOW_MS) {
      logger.warn({ interaction: interaction.id, ageMs }, 'an interaction arrived after Discord’s 3 s (the gateway was away); it cannot be answered any more');
      return;
    }
    const job = router.route(interaction).catch((error: unknown) => logger.error({ err: error }, 'router failed'));
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job));
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ code: event.code, shard }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) =>
    logger.info({ shard, attempt: backoff.consecutiveFailures, waitMs: backoff.delayFor(backoff.consecutiveFailures) }, 'gateway reconnecting'),
  );
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));

  const readyTimeout = options.readyTimeoutMs ?? 30_000;
  let readyTimer: NodeJS.Timeout | undefined;
  let started = false;
  let refuseStart: (error: Error) => void = () => undefined;
  const ready = new Promise<Client<true>>((resolve, reject) => {
    client.once(Events.ClientReady, resolve);
    refuseStart = reject;
    readyTimer = setTimeout(() => reject(new Error(`no READY from the gateway within ${readyTimeout} ms`)), readyTimeout);
  });
  watchGateway(client, backoff, (message) => {
    if (!started) return refuseStart(new Error(message));
    if (options.onFatal) options.onFatal(message);
    else logger.fatal(message);
  });
  try {
    // A gateway that refuses the token leaves login() waiting for a READY that never comes; the
    // fatal close rejects `ready` instead, and the abandoned login must not reject unhandled.
    const login = client.login(token);
    login.catch(() => undefined);
    await Promise.race([login, ready]);
    await ready;
    started = true;
  } catch (error) {
    backoff.stop();
    await client.destroy();
    // discord.js says "An invalid token was provided." when /gateway/bot answers 401.
    throw scrub((error as { code?: unknown }).code === 'TokenInvalid' ? new Error(REST_UNAUTHORIZED) : error, token);
  } finally {
    clearTimeout(readyTimer);
  }
  const readyClient = client as Client<true>;
  // READY carries the application (filled in above from DISCORD_CLIENT_ID or the bot user's id,
  // which is the application's for every bot made since 2019, when a gateway leaves it out).
  const applicationId = readyClient.application.id || readyClient.user.id;
  if (config.clientId && config.clientId !== applicationId) {
    logger.warn({ configured: config.clientId, actual: applicationId }, 'DISCORD_CLIENT_ID differs from the token’s application; using the token’s');
  }
  logger.info({ user: readyClient.user.tag, applicationId, guilds: readyClient.guilds.cache.size }, 'connected to Discord');

  let commands: SyncOutcome | 'skipped' = 'skipped';
  if (options.registerCommands ?? true) {
    try {
      commands = await syncCommands(readyClient.rest, applicationId, config.guildId, commandDefinitions(options.extraCommands ?? []));
      logger.info({ outcome: commands, scope: config.guildId ? `guild ${config.guildId}` : 'global' }, 'slash commands checked');
    } catch (error) {
      // Serving with the previous registration beats not serving at all.
      logger.error({ err: error }, 'could not register slash commands; serving the ones Discord has');
    }
  }

  const first = options.getCorpus();
  prepareAnswers(first, logger, () => options.getCorpus() === first);

  let stopping: Promise<void> | null = null;
  return {
    client: readyClient,
    applicationId,
    commands,
    backoff,
    stop() {
      stopping ??= (async () => {
        let grace: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...inFlight]),
          new Promise((resolve) => {
            grace = setTimeout(resolve, STOP_GRACE_MS);
          }),
        ]);
        clearTimeout(grace);
        backoff.stop();
        await client.destroy();
        logger.info('disconnected from Discord');
      })();
      return stopping;
    },
  };
}

/**
 * What answers derive from a corpus once (statement lists, the timeline, autocomplete lists;
 * 3-4 s at 100,000 sentences, milliseconds for an article) is built right after start-up or a
 * reload, a list at a time, rather than by the first question or keystroke, which Discord gives
 * 3 seconds.
 */
export function prepareAnswers(corpus: Corpus, logger: Logger, current: () => boolean = () => true): void {
  // While its facts are still read, the lists wait for all of them (index.ts prepares them then).
  if (corpus.reading) return;
  prepareCorpus(corpus, current)
    .then(collectBuildGarbage)
    .catch((error: unknown) => {
      logger.warn({ err: error }, 'could not prepare the answer lists; they will be built on first use');
    });
}
