import type { Clock, PostPayload, Poster } from '../../src/digest/runner.js';

export interface Posted {
  readonly channelId: string;
  readonly id: string;
  readonly content: string;
  readonly nonce: string;
}

/** What the fake does with one create: succeed, throw a Discord-shaped error, or hang (a crash). */
export type Behaviour = 'ok' | 'hang' | 'create-then-hang' | { status: number; code?: number; retryAfter?: number };

/**
 * Channels that keep the messages created in them, honouring `enforce_nonce` like Discord: a
 * create with a nonce already used in that channel returns the existing message instead of a
 * second one. `script` decides each call in turn (default: ok).
 */
export function fakeDiscord() {
  const messages: Posted[] = [];
  const calls: { channelId: string; payload: PostPayload }[] = [];
  const script: Behaviour[] = [];
  const perChannel = new Map<string, Behaviour>();
  let next = 1000;
  const create = (channelId: string, payload: PostPayload): { id: string } => {
    const existing = messages.find((m) => m.channelId === channelId && m.nonce === payload.nonce);
    if (existing && payload.enforce_nonce) return { id: existing.id };
    const m = { channelId, id: String(next++), content: payload.content, nonce: payload.nonce };
    messages.push(m);
    return { id: m.id };
  };
  const post: Poster = (channelId, payload) => {
    calls.push({ channelId, payload });
    const b = perChannel.get(channelId) ?? script.shift() ?? 'ok';
    if (b === 'ok') return Promise.resolve(create(channelId, payload));
    if (b === 'hang') return new Promise(() => undefined);
    if (b === 'create-then-hang') {
      create(channelId, payload);
      return new Promise(() => undefined);
    }
    return Promise.reject(Object.assign(new Error(`fake Discord ${b.status}`), b));
  };
  const inChannel = (channelId: string) => messages.filter((m) => m.channelId === channelId);
  return { post, messages, calls, script, perChannel, inChannel };
}

/** A clock that only moves when told. */
export function fixedClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso).getTime();
  return {
    now: () => new Date(now),
    set: (s) => {
      now = new Date(s).getTime();
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Records waits instead of waiting. */
export function recordedSleep() {
  const waits: number[] = [];
  return { waits, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
}
