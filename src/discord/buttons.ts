import { createHash } from 'node:crypto';
import { COMMANDS, type Command } from '../answer/types.js';
import { CUSTOM_ID_MAX_LENGTH } from '../render/discord.js';

/**
 * What a button does, and how that survives a restart.
 *
 * Everything a button needs is in its custom_id (at most 100 characters), so buttons keep
 * working after a restart:
 *   `or1|m|<command>|<page>|<p|s>|<owner id>|=<query>`  More: the next page, only for the asker
 *   `or1|c|=<citation>`                                   Show context (private)
 *   `or1|s`                                               Share: re-posts the message's own content
 * A query or citation too long to fit is kept in a small in-memory store under a short hash
 * (`~<key>`); after a restart such a button answers that it expired and says what to run instead.
 * Share never needs state: it posts the content of the private message it is attached to, so
 * nothing is searched again.
 */

export const BUTTON_PREFIX = 'or1|';

export type ButtonAction =
  | { readonly kind: 'more'; readonly command: Command; readonly page: number; readonly private: boolean; readonly owner: string; readonly query: string }
  | { readonly kind: 'context'; readonly cite: string }
  | { readonly kind: 'share' };

export type Decoded = ButtonAction | { readonly kind: 'expired'; readonly command: Command | null } | null;

/** A bounded least-recently-used map for texts that do not fit in a custom_id. */
export class TextStore {
  private readonly map = new Map<string, string>();
  constructor(readonly capacity = 1_000) {}

  put(text: string): string {
    const key = createHash('sha256').update(text).digest('base64url').slice(0, 12);
    this.map.delete(key);
    this.map.set(key, text);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
    return key;
  }

  get(key: string): string | undefined {
    const text = this.map.get(key);
    if (text !== undefined) {
      this.map.delete(key);
      this.map.set(key, text);
    }
    return text;
  }
}

function withText(head: string, text: string, store: TextStore): string {
  const inline = `${head}=${text}`;
  return inline.length <= CUSTOM_ID_MAX_LENGTH ? inline : `${head}~${store.put(text)}`;
}

export function encodeButton(action: ButtonAction, store: TextStore): string {
  switch (action.kind) {
    case 'more':
      return withText(
        `${BUTTON_PREFIX}m|${action.command}|${action.page}|${action.private ? 'p' : 's'}|${action.owner}|`,
        action.query,
        store,
      );
    case 'context':
      return withText(`${BUTTON_PREFIX}c|`, action.cite, store);
    case 'share':
      return `${BUTTON_PREFIX}s`;
  }
}

const isCommand = (c: string | undefined): c is Command => (COMMANDS as readonly string[]).includes(c ?? '');

/** Read a custom_id back. `null`: not one of ours or malformed; `expired`: its text is gone. */
export function decodeButton(customId: string, store: TextStore): Decoded {
  if (!customId.startsWith(BUTTON_PREFIX)) return null;
  const rest = customId.slice(BUTTON_PREFIX.length);
  const kind = rest.slice(0, 2);
  if (rest === 's') return { kind: 'share' };
  if (kind === 'c|') {
    const text = readText(rest.slice(2), store);
    return text === undefined ? { kind: 'expired', command: 'context' } : { kind: 'context', cite: text };
  }
  if (kind === 'm|') {
    const m = /^m\|([a-z-]+)\|(\d{1,4})\|([ps])\|(\d{1,20})\|([=~][\s\S]*)$/.exec(rest);
    if (!m || !isCommand(m[1])) return null;
    const text = readText(m[5] ?? '', store);
    if (text === undefined) return { kind: 'expired', command: m[1] };
    return { kind: 'more', command: m[1], page: Number(m[2]), private: m[3] === 'p', owner: m[4] ?? '', query: text };
  }
  return null;
}

function readText(field: string, store: TextStore): string | undefined {
  if (field.startsWith('=')) return field.slice(1);
  if (field.startsWith('~')) return store.get(field.slice(1));
  return undefined;
}
