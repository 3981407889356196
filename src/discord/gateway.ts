import { GatewayCloseCodes, RESTEvents, SimpleShardingStrategy, type Client, type WebSocketOptions } from 'discord.js';

/**
 * How the bot treats Discord telling it to stop, and Discord being away.
 *
 * - A close code that no reconnect can fix (4004: the token was reset or is wrong; bad intents,
 *   shard or API version) and a REST 401 on an authorised request end the bot: `onFatal` is
 *   called once with a message that says what to do. discord.js already stops reconnecting on
 *   those codes; without this the process would sit there connected to nothing.
 * - A gateway that keeps failing (an outage of minutes) is retried with exponential back-off
 *   instead of discord.js's fixed half second: the first retry is immediate (a single drop
 *   resumes at once), then base, 2×base … up to max. A READY or RESUMED resets it.
 */

export interface ReconnectOptions {
  /** Wait before the second consecutive reconnect attempt; doubles per failure (default 1 s). */
  readonly baseMs: number;
  /** Longest wait between attempts (default 60 s). */
  readonly maxMs: number;
}

export const RECONNECT_DEFAULTS: ReconnectOptions = Object.freeze({ baseMs: 1_000, maxMs: 60_000 });

/** Close codes after which reconnecting cannot help; each with what the operator should do. */
export const FATAL_CLOSE_CODES: ReadonlyMap<number, string> = new Map([
  [
    GatewayCloseCodes.AuthenticationFailed,
    'Discord rejected the bot token (gateway close 4004, authentication failed): it is wrong or was reset. Copy the current token from the Bot page of the Discord Developer Portal into DISCORD_TOKEN and start OnRecord again.',
  ],
  [GatewayCloseCodes.InvalidShard, 'Discord closed the gateway with 4010 (invalid shard); OnRecord runs a single shard, so this needs a newer OnRecord.'],
  [GatewayCloseCodes.ShardingRequired, 'Discord closed the gateway with 4011 (sharding required): the bot is in too many servers for one shard.'],
  [GatewayCloseCodes.InvalidAPIVersion, 'Discord closed the gateway with 4012 (invalid API version); this needs a newer OnRecord.'],
  [GatewayCloseCodes.InvalidIntents, 'Discord closed the gateway with 4013 (invalid intents); this needs a newer OnRecord.'],
  [GatewayCloseCodes.DisallowedIntents, 'Discord closed the gateway with 4014 (disallowed intents): an intent OnRecord asks for is not enabled for the application.'],
]);

export const REST_UNAUTHORIZED =
  'Discord answered 401 Unauthorized to the bot token: it is wrong or was reset. Copy the current token from the Bot page of the Discord Developer Portal into DISCORD_TOKEN and start OnRecord again.';

export class GatewayBackoff {
  private failures = 0;
  private pending = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  /** Waits chosen so far, for the log and for tests. */
  readonly waits: number[] = [];

  constructor(private readonly options: ReconnectOptions = RECONNECT_DEFAULTS) {}

  /** The connection closed and discord.js will try again. */
  closed(): void {
    this.failures++;
    this.pending = true;
  }

  /** READY or RESUMED: the gateway is back. */
  connected(): void {
    this.failures = 0;
    this.pending = false;
  }

  /** The wait before the next attempt after `failures` consecutive closes. */
  delayFor(failures: number): number {
    if (failures <= 1) return 0;
    return Math.min(this.options.maxMs, this.options.baseMs * 2 ** (failures - 2));
  }

  /** Called by discord.js right before it opens a connection: waits out the back-off. */
  async beforeConnect(): Promise<void> {
    if (this.stopped) return new Promise<void>(() => undefined); // never connect after stop
    if (!this.pending) return;
    this.pending = false;
    const wait = this.delayFor(this.failures);
    this.waits.push(wait);
    if (wait === 0) return;
    await new Promise<void>((resolve) => {
      this.timer = setTimeout(() => {
        this.timer = null;
        resolve();
      }, wait);
    });
    if (this.stopped) return new Promise<void>(() => undefined);
  }

  get consecutiveFailures(): number {
    return this.failures;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * discord.js's `ws.buildStrategy` hook: the default strategy, with the back-off waited out where
 * a shard starts each connection (it asks for its session there, before opening the socket).
 */
export function backoffStrategy(backoff: GatewayBackoff): NonNullable<WebSocketOptions['buildStrategy']> {
  return (manager) => {
    const retrieve = manager.options.retrieveSessionInfo.bind(manager.options);
    manager.options.retrieveSessionInfo = async (shardId) => {
      await backoff.beforeConnect();
      return retrieve(shardId);
    };
    return new SimpleShardingStrategy(manager);
  };
}

/**
 * Wires the client's events to the back-off and to `onFatal` (called at most once). Returns the
 * message of the fatal condition once it happened, for `startBot` to refuse a half-started bot.
 */
export function watchGateway(client: Client, backoff: GatewayBackoff, onFatal: (message: string) => void): void {
  let fatal = false;
  const stop = (message: string): void => {
    if (fatal) return;
    fatal = true;
    backoff.stop();
    onFatal(message);
  };
  client.on('shardDisconnect', (event) => {
    const message = FATAL_CLOSE_CODES.get(event.code);
    if (message) stop(message);
  });
  client.on('shardReconnecting', () => backoff.closed());
  client.on('shardReady', () => backoff.connected());
  client.on('shardResume', () => backoff.connected());
  client.rest.on(RESTEvents.Response, (request, response) => {
    // Interaction callbacks and webhooks carry their own token (auth: false); a 401 there says
    // nothing about the bot token.
    if (response.status === 401 && request.data.auth !== false) stop(REST_UNAUTHORIZED);
  });
}
