/**
 * A small Discord of our own on 127.0.0.1 for end-to-end tests: REST under /api/v10 and the v10
 * JSON gateway (no compression). The bot's real discord.js client connects to it through
 * DISCORD_API_BASE, unchanged. Every request is recorded; a route can be made to fail once
 * (429 with retry_after, 500); the gateway can be dropped and resumed; interactions are
 * dispatched as Discord does (slash and message commands, autocomplete, buttons), in a server
 * and in a DM. Like Discord, an interaction must be
 * acknowledged within 3 seconds and only once. With `shards`, /gateway/bot recommends that many,
 * each IDENTIFY names its shard `[id, count]`, and a guild's events go to the session of the shard
 * that owns it, `(guild_id >> 22) % count`, as Discord routes them.
 *
 * Discord telling the bot to stop, or being away: the token can be revoked (REST answers 401 and
 * the gateway closes with 4004), a session invalidated (op 9), the gateway taken down for an
 * outage (connections refused with 503 until it is back), and an interaction delivered twice.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

const EPOCH = 1_420_070_400_000n;
let counter = 0n;
/** A snowflake for now: ids carry their creation time, which discord.js reads. */
export function snowflake(at = Date.now()): string {
  counter = (counter + 1n) % 4096n;
  return ((BigInt(at) - EPOCH) << 22n | counter).toString();
}

export interface RecordedRequest {
  readonly method: string;
  /** Path after /api/v10, e.g. `/interactions/1/abc/callback`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly status: number;
  readonly at: number;
}

export interface GatewayEvent {
  readonly op: number;
  readonly d: unknown;
  readonly at: number;
}

export interface Failure {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface User {
  readonly id: string;
  readonly username: string;
  readonly global_name?: string | null;
}

type Json = Record<string, unknown>;

/** Where an interaction happens: a guild (default the first) or a DM. */
export interface Where {
  readonly user: User;
  readonly dm?: boolean;
  readonly guild?: string;
}

interface Session {
  readonly id: string;
  /** `[id, count]` from IDENTIFY (`[0, 1]` when the client did not shard). */
  readonly shard: readonly [number, number];
  socket: WebSocket | null;
  seq: number;
  readonly log: Array<{ s: number; payload: string }>;
  /** The client closed it on purpose (code 1000/1001): it will not resume. */
  ended: boolean;
}

interface InteractionState {
  readonly id: string;
  readonly token: string;
  readonly createdAt: number;
  readonly channelId: string;
  /** For buttons: the message the button sits on. */
  readonly message: Json | null;
  readonly user: Json;
  acknowledged: boolean;
  original: Json | null;
}

export const ACK_WINDOW_MS = 3_000;

/** What a member may do in the stand-in server unless told otherwise: no Manage Server (1 << 5). */
export const MEMBER_PERMISSIONS = String(1071698660929n & ~(1n << 5n));
/** A moderator: the same plus Manage Server. */
export const MEMBER_PERMISSIONS_MODERATOR = String(1071698660929n | (1n << 5n));

export interface Where {
  readonly user: User;
  readonly dm?: boolean;
  /** The member's permissions in the server, as a decimal bit field. */
  readonly permissions?: string;
}

/**
 * An uploaded file as Discord describes it in `data.resolved.attachments`; the tests serve its
 * bytes from their own local web server at `url`.
 */
export function attachment(filename: string, url: string, size: number, contentType = 'text/plain'): { id: string; option: Json; resolved: Json } {
  const id = snowflake();
  const att = { id, filename, size, url, proxy_url: url, content_type: contentType, ephemeral: true };
  return { id, option: { name: 'file', type: 11, value: id }, resolved: { attachments: { [id]: att } } };
}

export interface StandInOptions {
  readonly token?: string;
  /** Heartbeat interval sent in HELLO (ms). */
  readonly heartbeatMs?: number;
  /** Leave `application` out of READY, as a leaner gateway might. */
  readonly readyWithoutApplication?: boolean;
  /** Shards /gateway/bot recommends (default 1); there is one guild per shard, each on its own. */
  readonly shards?: number;
}

/** Which shard of `count` Discord sends a guild's events to. */
export const shardOfGuild = (guildId: string, count: number): number => Number((BigInt(guildId) >> 22n) % BigInt(count));

/** A guild id that falls on `shard` of `count` (ids made a millisecond apart until one does). */
function guildOnShard(shard: number, count: number): string {
  for (let at = Date.now(); ; at--) {
    const id = snowflake(at);
    if (shardOfGuild(id, count) === shard) return id;
  }
}

export class DiscordStandIn extends EventEmitter {
  token: string;
  /** When a gateway connection was attempted (accepted or refused), for back-off checks. */
  readonly connectionAttempts: number[] = [];
  private down = false;
  private readonly dispatched = new Map<string, Json>();
  readonly applicationId = snowflake();
  readonly botUser: User & { bot: true; discriminator: string; avatar: null };
  /** One guild per shard, the first is `guildId`; each has one text channel. */
  readonly guildIds: readonly string[];
  readonly channelIds: readonly string[];
  readonly guildId: string;
  readonly channelId: string;
  readonly shards: number;
  readonly dmChannelId = snowflake();
  readonly requests: RecordedRequest[] = [];
  readonly gatewayIn: GatewayEvent[] = [];
  /** Registered commands per scope: `global` or a guild id. */
  readonly commands = new Map<string, Json[]>();
  readonly messages = new Map<string, Json>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly failures: Failure[] = [];
  private readonly nonces = new Map<string, { id: string; at: number }>();
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  /** Gateway sessions, oldest first; events go to the newest one not closed normally. */
  private readonly sessions: Session[] = [];
  private readonly heartbeatMs: number;
  private readonly readyWithoutApplication: boolean;
  port = 0;

  constructor(options: StandInOptions = {}) {
    super();
    this.token = options.token ?? `${Buffer.from(this.applicationId).toString('base64url')}.standin.${snowflake()}`;
    this.heartbeatMs = options.heartbeatMs ?? 41_250;
    this.readyWithoutApplication = options.readyWithoutApplication ?? false;
    this.shards = options.shards ?? 1;
    this.guildIds = this.shards === 1 ? [snowflake()] : Array.from({ length: this.shards }, (_, i) => guildOnShard(i, this.shards));
    this.channelIds = this.guildIds.map(() => snowflake());
    this.guildId = this.guildIds[0] as string;
    this.channelId = this.channelIds[0] as string;
    this.botUser = { id: this.applicationId, username: 'OnRecord', discriminator: '0', global_name: null, avatar: null, bot: true };
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({
      server: this.server,
      verifyClient: (_info, done) => {
        this.connectionAttempts.push(Date.now());
        if (this.down) done(false, 503, 'Service Unavailable');
        else done(true);
      },
    });
    this.wss.on('connection', (ws) => this.onSocket(ws));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next request matching `method` and `path` gets this response instead. */
  failOnce(failure: Failure): void {
    this.failures.push(failure);
  }

  // ---- gateway -------------------------------------------------------------------------------

  private send(ws: WebSocket, payload: Json): void {
    ws.send(JSON.stringify(payload));
  }

  private onSocket(ws: WebSocket): void {
    this.send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatMs }, s: null, t: null });
    ws.on('message', (raw) => {
      let msg: { op: number; d: unknown };
      try {
        msg = JSON.parse((raw as Buffer).toString('utf8')) as { op: number; d: unknown };
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      this.gatewayIn.push({ op: msg.op, d: msg.d, at: Date.now() });
      this.emit('gateway', msg);
      if (msg.op === 1) this.send(ws, { op: 11, d: null, s: null, t: null });
      else if (msg.op === 2) this.identify(ws, msg.d as Json);
      else if (msg.op === 6) this.resume(ws, msg.d as Json);
    });
  }

  private identify(ws: WebSocket, d: Json): void {
    if (d.token !== this.token) {
      ws.close(4004, 'Authentication failed');
      return;
    }
    const [shardId, count] = Array.isArray(d.shard) ? (d.shard as number[]) : [0, 1];
    if (!Number.isInteger(shardId) || !Number.isInteger(count) || (shardId as number) < 0 || (shardId as number) >= (count as number)) {
      ws.close(4010, 'Invalid shard');
      return;
    }
    const shard = [shardId as number, count as number] as const;
    const session: Session = { id: snowflake(), shard, socket: ws, seq: 0, log: [], ended: false };
    this.sessions.push(session);
    this.watch(ws, session);
    const guilds = this.guildIds.filter((g) => shardOfGuild(g, shard[1]) === shard[0]);
    this.dispatch('READY', {
      v: 10,
      user: this.botUser,
      guilds: guilds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: `ws://127.0.0.1:${this.port}`,
      shard,
      ...(this.readyWithoutApplication ? {} : { application: { id: this.applicationId, flags: 0 } }),
    }, session);
    for (const g of guilds) this.dispatch('GUILD_CREATE', this.guild(g), session);
  }

  private watch(ws: WebSocket, session: Session): void {
    ws.on('close', (code) => {
      if (session.socket !== ws) return;
      session.socket = null;
      if (code === 1000 || code === 1001) session.ended = true;
    });
  }

  private resume(ws: WebSocket, d: Json): void {
    const session = this.sessions.find((x) => x.id === d.session_id && !x.ended);
    if (d.token !== this.token || !session) {
      this.send(ws, { op: 9, d: false, s: null, t: null });
      return;
    }
    session.socket = ws;
    this.watch(ws, session);
    const after = Number(d.seq ?? 0);
    for (const e of session.log) if (e.s > after) ws.send(e.payload);
    this.dispatch('RESUMED', {}, session);
  }

  private get session(): Session {
    const live = this.sessions.filter((x) => !x.ended).at(-1);
    if (!live) throw new Error('stand-in: no gateway session');
    return live;
  }

  /** The newest live session of the shard that owns `guildId`. */
  private sessionFor(guildId: string): Session {
    const live = this.sessions.filter((x) => !x.ended && shardOfGuild(guildId, x.shard[1]) === x.shard[0]).at(-1);
    if (!live) throw new Error(`stand-in: no gateway session serves guild ${guildId}`);
    return live;
  }

  /** Send a dispatch event; while the connection is down it waits in the session log for RESUME. */
  dispatch(t: string, d: unknown, session: Session = this.session): void {
    const s = ++session.seq;
    const payload = JSON.stringify({ op: 0, t, s, d });
    session.log.push({ s, payload });
    if (session.socket && session.socket.readyState === session.socket.OPEN) session.socket.send(payload);
  }

  /** Close the gateway connection as Discord does when it wants a resume (4000: unknown error). */
  dropConnection(code = 4000): void {
    const session = this.session;
    const ws = session.socket;
    session.socket = null;
    ws?.close(code, 'stand-in drop');
  }

  /** Revoke the bot token: REST answers 401 from now on and the gateway closes with 4004. */
  revokeToken(): void {
    this.token = `revoked.${snowflake()}`;
    for (const session of this.sessions) {
      session.ended = true;
      session.socket?.close(4004, 'Authentication failed');
      session.socket = null;
    }
  }

  /** Op 9 on the live session; not resumable means the bot must identify again. */
  invalidateSession(resumable = false): void {
    const session = this.session;
    if (!resumable) session.ended = true;
    if (session.socket) this.send(session.socket, { op: 9, d: resumable, s: null, t: null });
  }

  /**
   * A gateway outage: open connections are cut (no close frame, as when a network fails) and
   * new ones refused with 503 until `endOutage`. Dispatches meanwhile wait in the session log.
   */
  startOutage(): void {
    this.down = true;
    for (const session of this.sessions) session.socket = null;
    for (const client of this.wss?.clients ?? []) client.terminate();
  }

  endOutage(): void {
    this.down = false;
  }

  /**
   * Forget what a long run no longer needs (records, messages, answered interactions, the replay
   * log) so the stand-in's own memory stays flat in a soak.
   */
  trim(olderThanMs = 60_000): void {
    const cut = Date.now() - olderThanMs;
    this.requests.splice(0, this.requests.length);
    this.gatewayIn.splice(0, this.gatewayIn.length);
    for (const [token, state] of this.interactions) if (state.createdAt < cut) this.interactions.delete(token);
    for (const [id, payload] of this.dispatched) if (!this.interactions.has(String(payload.token))) this.dispatched.delete(id);
    for (const [id, m] of this.messages) if (Date.parse(String(m.timestamp)) < cut) this.messages.delete(id);
    for (const session of this.sessions) session.log.splice(0, Math.max(0, session.log.length - 1_000));
    for (const [key, n] of this.nonces) if (n.at < cut - 5 * 60_000) this.nonces.delete(key);
  }

  /** Deliver an interaction a second time, as a replaying or misbehaving gateway might. */
  redeliver(interaction: { id: string }): void {
    const payload = this.dispatched.get(interaction.id);
    if (!payload) throw new Error('stand-in: no such interaction');
    this.dispatch('INTERACTION_CREATE', payload);
  }

  private channelOf(guildId: string): string {
    return this.channelIds[this.guildIds.indexOf(guildId)] ?? this.channelId;
  }

  private guild(guildId = this.guildId): Json {
    const channelId = this.channelOf(guildId);
    return {
      id: guildId,
      name: 'Stand-in server',
      icon: null,
      owner_id: snowflake(),
      unavailable: false,
      member_count: 2,
      large: false,
      joined_at: new Date().toISOString(),
      features: [],
      roles: [{ id: guildId, name: '@everyone', permissions: '1071698660929', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      channels: [{ id: channelId, type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: guildId }],
      members: [{ user: this.botUser, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
      emojis: [],
      stickers: [],
      threads: [],
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      preferred_locale: 'en-US',
    };
  }

  // ---- interactions --------------------------------------------------------------------------

  /**
   * Where an interaction comes from: a user, in the server or a DM, and in the server with the
   * member's permissions as Discord computes them (default: the @everyone role's, which has no
   * Manage Server; `MEMBER_PERMISSIONS_MODERATOR` adds it).
   */
  private base(type: number, where: Where, message: Json | null = null): Json & { id: string; token: string } {
    const id = snowflake();
    const token = `itoken-${id}`;
    const guildId = where.guild ?? this.guildId;
    const channelId = where.dm ? this.dmChannelId : this.channelOf(guildId);
    const user = { discriminator: '0', avatar: null, global_name: null, ...where.user };
    this.interactions.set(token, { id, token, createdAt: Date.now(), channelId, message, user, acknowledged: false, original: null });
    const common = {
      id,
      token,
      type,
      version: 1,
      application_id: this.applicationId,
      channel_id: channelId,
      app_permissions: '1071698660929',
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 8_388_608,
    };
    if (where.dm) {
      return {
        ...common,
        user,
        channel: { id: channelId, type: 1, recipients: [user] },
        authorizing_integration_owners: { '1': user.id },
        context: 1,
      };
    }
    return {
      ...common,
      guild_id: guildId,
      guild_locale: 'en-US',
      guild: { id: guildId, locale: 'en-US', features: [] },
      channel: { id: channelId, type: 0, name: 'general', guild_id: guildId, position: 0, permission_overwrites: [] },
      member: { user, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null, permissions: where.permissions ?? MEMBER_PERMISSIONS },
      authorizing_integration_owners: { '0': guildId },
      context: 0,
    };
  }

  private commandId(name: string): string {
    for (const list of this.commands.values()) {
      const found = list.find((c) => c.name === name);
      if (found) return String(found.id);
    }
    return snowflake();
  }

  /**
   * A slash command; `options` as Discord sends them (name, type, value). `strip` removes
   * optional payload fields, as an older or different Discord might leave them out.
   */
  chatInput(name: string, options: Json[], where: Where & { strip?: readonly string[]; resolved?: Json }): { id: string; token: string } {
    const payload = this.base(2, where);
    for (const key of where.strip ?? []) delete payload[key];
    payload.data = { id: this.commandId(name), name, type: 1, options, ...(where.resolved ? { resolved: where.resolved } : {}) };
    this.dispatched.set(payload.id, payload);
    this.dispatchInteraction(payload, where);
    return { id: payload.id, token: payload.token };
  }

  autocomplete(name: string, options: Json[], where: Where): { id: string; token: string } {
    const payload = this.base(4, where);
    payload.data = { id: this.commandId(name), name, type: 1, options };
    this.dispatchInteraction(payload, where);
    return { id: payload.id, token: payload.token };
  }

  /** A click on a button of `message` (a message object as the bot sent it). */
  button(customId: string, message: Json, where: Where): { id: string; token: string } {
    const payload = this.base(3, where, message);
    payload.data = { custom_id: customId, component_type: 2 };
    payload.message = message;
    this.dispatchInteraction(payload, where);
    return { id: payload.id, token: payload.token };
  }

  /**
   * A message posted by someone (not the bot), as Discord resolves it for a message command:
   * text, attachments (images) and embeds as given; it mentions nobody by itself.
   */
  userMessage(content: string, author: User, options: { dm?: boolean; attachments?: Json[]; embeds?: Json[] } = {}): Json {
    return messageJson(options.dm ? this.dmChannelId : this.channelId, { discriminator: '0', avatar: null, global_name: null, ...author }, content, {
      attachments: options.attachments ?? [],
      embeds: options.embeds ?? [],
    });
  }


  /**
   * A message command (Apps → `name` on `target`), as Discord sends it: type 2 with command type
   * 3, `target_id` and the message in `resolved.messages`.
   */
  messageCommand(name: string, target: Json, where: { user: User; dm?: boolean }): { id: string; token: string } {
    const payload = this.base(2, where);
    const id = String(target.id);
    payload.data = { id: this.commandId(name), name, type: 3, target_id: id, resolved: { messages: { [id]: target } } };
    this.dispatchInteraction(payload, where);
    return { id: payload.id, token: payload.token };
  }

  /** A guild's interaction goes to the shard that owns the guild; a DM's to shard 0, as Discord does. */
  private dispatchInteraction(payload: Json, where: Where): void {
    this.dispatch('INTERACTION_CREATE', payload, this.sessionFor(where.dm ? '0' : (where.guild ?? this.guildId)));
  }

  // ---- waiting -------------------------------------------------------------------------------

  waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs = 8_000): Promise<RecordedRequest> {
    const found = this.requests.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('request', listener);
        reject(new Error(`stand-in: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (r: RecordedRequest) => {
        if (!predicate(r)) return;
        clearTimeout(timer);
        this.off('request', listener);
        resolve(r);
      };
      this.on('request', listener);
    });
  }

  waitForGateway(predicate: (e: GatewayEvent) => boolean, timeoutMs = 8_000): Promise<GatewayEvent> {
    const found = this.gatewayIn.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`stand-in: no matching gateway op within ${timeoutMs} ms`)), timeoutMs);
      const listener = () => {
        const hit = this.gatewayIn.find(predicate);
        if (!hit) return;
        clearTimeout(timer);
        this.off('gateway', listener);
        resolve(hit);
      };
      this.on('gateway', listener);
    });
  }

  /** The successful callback of an interaction. */
  callback(interaction: { id: string }, timeoutMs?: number): Promise<RecordedRequest> {
    return this.waitFor((r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interaction.id}/`) && r.status < 300, timeoutMs);
  }

  /**
   * The first message content the user gets for an interaction: the callback's data when it
   * carries a message (4, 7), else the edit of the original or the first follow-up.
   */
  async reply(interaction: { id: string; token: string }, timeoutMs?: number): Promise<{ via: 'callback' | 'edit' | 'followup'; type: number; body: Json; request: RecordedRequest }> {
    const cb = await this.callback(interaction, timeoutMs);
    const cbBody = cb.body as { type: number; data?: Json };
    if ((cbBody.type === 4 || cbBody.type === 7) && cbBody.data) return { via: 'callback', type: cbBody.type, body: cbBody.data, request: cb };
    const next = await this.waitFor(
      (r) => r.status < 300 && r.path.startsWith(`/webhooks/${this.applicationId}/${interaction.token}`) && (r.method === 'PATCH' || r.method === 'POST'),
      timeoutMs,
    );
    return { via: next.method === 'PATCH' ? 'edit' : 'followup', type: cbBody.type, body: next.body as Json, request: next };
  }

  // ---- REST ----------------------------------------------------------------------------------

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    let body: unknown = null;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const method = req.method ?? 'GET';
    let status = 200;
    let out: unknown = null;
    let headers: Record<string, string> = {};
    const failure = this.failures.findIndex((f) => f.method === method && f.path.test(path));
    if (!url.pathname.startsWith('/api/v10/')) {
      status = 404;
      out = { message: 'stand-in serves /api/v10 only', code: 0 };
    } else if (failure >= 0) {
      const f = this.failures.splice(failure, 1)[0] as Failure;
      status = f.status;
      out = f.body ?? { message: `injected ${f.status}`, code: 0 };
      headers = f.headers ?? {};
    } else {
      try {
        [status, out] = this.route(method, path, url.searchParams, body, req.headers.authorization);
      } catch (error) {
        status = 500;
        out = { message: String(error), code: 0 };
      }
    }
    const record: RecordedRequest = { method, path, query: url.searchParams, body, headers: req.headers, status, at: Date.now() };
    this.requests.push(record);
    if (status === 204) {
      res.writeHead(204, headers).end();
    } else {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(out));
    }
    this.emit('request', record);
  }

  /** The last message the bot has in the stand-in with exactly this content. */
  messageWith(content: unknown): Json {
    const found = [...this.messages.values()].reverse().find((m) => m.content === content);
    if (!found) throw new Error('stand-in: no message with that content');
    return found;
  }

  /** A message of the bot as if posted earlier (e.g. by a previous process). */
  oldMessage(content: string, channelId = this.channelId): Json {
    return this.message(channelId, { content });
  }

  private message(channelId: string, data: Json, extra: Json = {}): Json {
    const msg = messageJson(channelId, { ...this.botUser }, typeof data.content === 'string' ? data.content : '', {
      flags: data.flags ?? 0,
      components: data.components ?? [],
      ...extra,
    });
    this.messages.set(String(msg.id), msg);
    return msg;
  }

  private route(method: string, path: string, query: URLSearchParams, body: unknown, auth: string | undefined): [number, unknown] {
    const b = (body ?? {}) as Json;
    const authed = auth === `Bot ${this.token}`;
    const unauthorized: [number, unknown] = [401, { message: '401: Unauthorized', code: 0 }];
    let m: RegExpExecArray | null;

    if (method === 'GET' && path === '/gateway/bot') {
      if (!authed) return unauthorized;
      return [200, { url: `ws://127.0.0.1:${this.port}`, shards: this.shards, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }];
    }
    if (method === 'GET' && path === '/gateway') return [200, { url: `ws://127.0.0.1:${this.port}` }];
    if (method === 'GET' && path === '/users/@me') return authed ? [200, this.botUser] : unauthorized;
    if (method === 'GET' && (path === '/oauth2/applications/@me' || path === '/applications/@me')) {
      return authed ? [200, { id: this.applicationId, name: 'OnRecord', bot: this.botUser, flags: 0, description: '' }] : unauthorized;
    }
    if ((m = /^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands(?:\/(\d+))?$/.exec(path))) {
      if (!authed) return unauthorized;
      if (m[1] !== this.applicationId) return [403, { message: 'Missing Access', code: 50001 }];
      const scope = m[2] ?? 'global';
      const list = this.commands.get(scope) ?? [];
      const stored = (c: Json): Json => ({
        id: list.find((o) => o.name === c.name)?.id ?? snowflake(),
        application_id: this.applicationId,
        version: snowflake(),
        type: 1,
        default_member_permissions: null,
        nsfw: false,
        ...(m?.[2] ? { guild_id: m[2] } : {}),
        ...c,
      });
      if (method === 'GET' && !m[3]) return [200, list];
      if (method === 'PUT' && !m[3]) {
        const next = (body as Json[]).map(stored);
        this.commands.set(scope, next);
        return [200, next];
      }
      if (method === 'POST' && !m[3]) {
        const created = stored(b);
        this.commands.set(scope, [...list.filter((c) => c.name !== b.name), created]);
        return [201, created];
      }
      if (method === 'DELETE' && m[3]) {
        this.commands.set(scope, list.filter((c) => c.id !== m?.[3]));
        return [204, null];
      }
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const state = this.interactions.get(m[2] ?? '');
      if (!state || state.id !== m[1]) return [404, { message: 'Unknown interaction', code: 10062 }];
      if (Date.now() - state.createdAt > ACK_WINDOW_MS) return [404, { message: 'Unknown interaction', code: 10062 }];
      if (state.acknowledged) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
      state.acknowledged = true;
      const data = (b.data ?? {}) as Json;
      let resource: Json | null = null;
      if (b.type === 4 || b.type === 5) {
        state.original = this.message(state.channelId, b.type === 5 ? { ...data, flags: Number(data.flags ?? 0) | 128 } : data, {
          type: 20,
          application_id: this.applicationId,
          webhook_id: this.applicationId,
          interaction_metadata: { id: state.id, type: 2, user: state.user, authorizing_integration_owners: {} },
        });
        resource = state.original;
      } else if (b.type === 7 && state.message) {
        const id = String(state.message.id);
        const updated = { ...(this.messages.get(id) ?? state.message), ...data, edited_timestamp: new Date().toISOString() };
        this.messages.set(id, updated);
        state.original = updated;
        resource = updated;
      } else if (b.type === 6 && state.message) {
        state.original = this.messages.get(String(state.message.id)) ?? state.message;
      }
      if (query.get('with_response') === 'true') {
        return [200, { interaction: { id: state.id, type: 2, activity_instance_id: null, response_message_id: resource?.id ?? null, response_message_loading: b.type === 5, response_message_ephemeral: false }, resource: { type: b.type, message: resource } }];
      }
      return [204, null];
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path))) {
      const state = this.interactions.get(m[2] ?? '');
      if (!state || m[1] !== this.applicationId) return [404, { message: 'Unknown Webhook', code: 10015 }];
      if (!state.acknowledged) return [404, { message: 'Unknown Webhook', code: 10015 }];
      const target = m[3] === '@original' ? state.original : m[3] ? (this.messages.get(m[3]) ?? null) : null;
      if (method === 'POST' && !m[3]) {
        return [200, this.message(state.channelId, b, { type: 19, application_id: this.applicationId, webhook_id: this.applicationId })];
      }
      if (!target) return [404, { message: 'Unknown Message', code: 10008 }];
      if (method === 'GET') return [200, target];
      if (method === 'DELETE') {
        this.messages.delete(String(target.id));
        if (m[3] === '@original') state.original = null;
        return [204, null];
      }
      if (method === 'PATCH') {
        const updated = { ...target, ...b, flags: (Number(target.flags ?? 0) & ~128) | Number(b.flags ?? 0), edited_timestamp: new Date().toISOString() };
        this.messages.set(String(target.id), updated);
        if (m[3] === '@original') state.original = updated;
        return [200, updated];
      }
    }
    if ((m = /^\/channels\/(\d+)(\/messages)?$/.exec(path))) {
      const guildId = this.guildIds[this.channelIds.indexOf(m[1] ?? '')];
      if (!guildId && m[1] !== this.dmChannelId) return [404, { message: 'Unknown Channel', code: 10003 }];
      if (method === 'GET' && !m[2]) {
        return [200, guildId ? { id: m[1], type: 0, name: 'general', guild_id: guildId, position: 0, permission_overwrites: [] } : { id: m[1], type: 1, recipients: [] }];
      }
      if (method === 'POST' && m[2]) {
        if (!authed) return unauthorized;
        const nonce = typeof b.nonce === 'string' || typeof b.nonce === 'number' ? String(b.nonce) : null;
        if (nonce && b.enforce_nonce) {
          const seen = this.nonces.get(`${m[1]}:${nonce}`);
          if (seen && Date.now() - seen.at < 5 * 60_000) return [200, this.messages.get(seen.id)];
        }
        const msg = this.message(m[1] ?? '', b, nonce ? { nonce } : {});
        if (nonce && b.enforce_nonce) this.nonces.set(`${m[1]}:${nonce}`, { id: String(msg.id), at: Date.now() });
        return [200, msg];
      }
    }
    return [404, { message: `stand-in: unknown route ${method} ${path}`, code: 0 }];
  }
}

/** A message object as Discord sends it: nobody mentioned, nothing attached unless `extra` says so. */
function messageJson(channelId: string, author: Json, content: string, extra: Json = {}): Json {
  return {
    id: snowflake(),
    type: 0,
    channel_id: channelId,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    flags: 0,
    components: [],
    ...extra,
  };
}
