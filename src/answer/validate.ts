/**
 * Query validation shared by every surface (console, contract, Discord). A query is rejected
 * with a plain reason, never echoed raw: the reason names the problem, not the input.
 */

/** Long enough for a pasted quote of a couple of sentences; longer input is not a question. */
export const MAX_QUERY_LENGTH = 300;

export type Checked = { readonly ok: true; readonly query: string } | { readonly ok: false; readonly message: string };

// C0/C1 controls other than tab and line breaks (which become spaces).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
// Zero-width and bidirectional formatting characters: invisible, and able to make an echoed query
// read differently from what it is. They carry no searchable content, so they are dropped.
const FORMAT = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;
// Discord mention syntax and mass pings.
const MENTION = /<@[!&]?\d+>|<#\d+>|@(?:everyone|here)\b/iu;

/** Normalises and checks a free-text query. `optional` allows an empty query (`/agreed`). */
export function checkQuery(raw: string | undefined | null, options: { optional?: boolean } = {}): Checked {
  const text = (raw ?? '').normalize('NFC');
  if (CONTROL.test(text)) {
    return { ok: false, message: 'The query contains control characters. Type the words you are looking for as plain text.' };
  }
  const query = text.replace(FORMAT, '').replace(/\s+/gu, ' ').trim();
  if (query.length > MAX_QUERY_LENGTH) {
    return { ok: false, message: `The query is ${query.length} characters long; the limit is ${MAX_QUERY_LENGTH}. Shorten it to the words that matter.` };
  }
  if (MENTION.test(query)) {
    return { ok: false, message: 'Mentions cannot be searched. Type the words you are looking for instead of a mention.' };
  }
  if (!query && !options.optional) {
    return { ok: false, message: 'The query is empty. Type a few words to look for, for example a name, an event or a phrase.' };
  }
  if (query && !/[\p{L}\p{N}]/u.test(query)) {
    return { ok: false, message: 'The query has no letters or digits to look for.' };
  }
  return { ok: true, query };
}
