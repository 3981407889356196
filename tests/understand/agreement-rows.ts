import { extractAgreements } from '../../src/understand/agreements.js';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/**
 * The agreements the readers find in a document written by hand (`docOf`), one row each: the
 * sentence's key, the parties joined by " | ", the status, and the sentence a later mention refers
 * to ("p.s", or null). The agreement-kinds tests assert these rows exactly.
 */
export function agreementRows(body: string, headline: string | null = null): (string | null)[][] {
  const doc = docOf(body, headline);
  const out: (string | null)[][] = [];
  for (const [k, list] of extractAgreements(doc, extractStatements(doc)))
    for (const a of list) out.push([k, a.parties.join(' | '), a.status, a.refersTo ? `${a.refersTo.paragraph}.${a.refersTo.sentence}` : null]);
  return out;
}

/** The rows without the sentence referred to: key, parties, status. */
export function statusRows(body: string): (string | null)[][] {
  return agreementRows(body).map((r) => r.slice(0, 3));
}
