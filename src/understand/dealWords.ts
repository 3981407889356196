/**
 * What kind of word a word is, for the agreement readers, asked of WordNet (`src/wordnet.ts`)
 * instead of kept in hand lists: whether a noun names an agreement ("covenant", "bargain",
 * "lease", "truce" — kinds of agreement.n.01 or of a truce), or a buying of a company ("buyout",
 * "takeover", kinds of a merger or a buyout); and what a verb, or the noun of an act, does to an
 * agreement ("repudiated", "revocation" → voided/rejected, "endorse" → approved), read from the
 * verb's place under a few anchor senses (ratify, sign, authorize, violate, cancel/annul, reject).
 *
 * Only the first senses count (WordNet orders senses by frequency; "settlement" sense 1 is a
 * colony, sense 3 the agreement). Answers are memoised per lemma.
 *
 * The `live…` functions ask WordNet; `candidateWords` lists every word they can answer for. The
 * extractor reads their answers from `dealWords.data.ts`, which `bench/dealwords-gen.ts` writes
 * from them: loading WordNet's index costs one to two seconds per process and worker, more than
 * extracting a small record (tests/understand/dealWords.test.ts checks the table against WordNet).
 */
import { senseKeys, synsetAt, synsetIsKindOf, synsetsOf, type Pos, type Synset } from '../wordnet.js';
import { ACT_NOUN_STATUS, DEAL_KINDS, DEAL_NOUNS, DISPUTE_NOUNS, HELD_DEAL_NOUNS, HOLD_VERBS, SETTLE_VERBS, UNION_VERBS, VERB_STATUS } from './dealWords.data.js';
import type { AgreementStatus } from './types.js';

let pactKeys: ReadonlySet<string> | null = null;
let tradeKeys: ReadonlySet<string> | null = null;
let statusKeys: ReadonlyArray<readonly [AgreementStatus, ReadonlySet<string>]> | null = null;

/** agreement.n.01 (contracts, treaties, covenants, bargains, the settlement of a dispute …) and the truce synset. */
const pacts = (): ReadonlySet<string> => (pactKeys ??= senseKeys('noun', ['agreement', 1], ['armistice', 1]));
/** The merger of firms and the buying of one (buyout → takeover). */
const trades = (): ReadonlySet<string> => (tradeKeys ??= senseKeys('noun', ['merger', 1], ['buyout', 1]));
/** Verb senses by what they do to an agreement; the first that a sense is a kind of wins (ratify before authorize). */
const statuses = (): ReadonlyArray<readonly [AgreementStatus, ReadonlySet<string>]> =>
  (statusKeys ??= [
    ['ratified', senseKeys('verb', ['ratify', 1])],
    ['signed', senseKeys('verb', ['sign', 1], ['sign', 3])],
    ['approved', senseKeys('verb', ['authorize', 1], ['approve', 1])],
    ['breached', senseKeys('verb', ['violate', 1], ['violate', 2])],
    // dissolve.v.03 ("bring the association of to an end": a partnership dissolved) is only dissolve's third sense.
    ['voided', senseKeys('verb', ['cancel', 1], ['cancel', 3], ['annul', 1], ['annul', 2], ['dissolve', 3])],
    // Not reject.v.01 ("reject the idea"): its kinds are doubting, dismissing, ignoring.
    ['rejected', senseKeys('verb', ['reject', 2], ['reject', 3], ['reject', 4], ['veto', 1], ['repudiate', 1])],
  ]);

/**
 * Kinds of agreement WordNet lists whose sense in the news is another: an insurance policy, a
 * debt (an obligation), a conspiracy, a concession or franchise, a charter. Named
 * by a word whose agreement sense it is; everything under them is no deal.
 */
const NOT_DEAL_WORDS = ['policy', 'obligation', 'conspiracy', 'concession', 'charter'];
/** Nouns whose agreement sense comes early but is rare in the news: "an understanding of", "the party convention", hotel accommodation (its kinds, compromises, stay deals). */
const NOT_DEALS = new Set(['understanding', 'convention', 'accommodation']);

let notDealKeys: ReadonlySet<string> | null = null;
/** The agreement senses of NOT_DEAL_WORDS. */
function notDeals(): ReadonlySet<string> {
  if (notDealKeys) return notDealKeys;
  const out = new Set<string>();
  for (const w of NOT_DEAL_WORDS) for (const s of synsetsOf(w, 'noun')) if (synsetIsKindOf(s, pacts())) out.add(`noun:${s.offset}`);
  return (notDealKeys = out);
}


let candidates: ReadonlySet<string> | null = null;
/**
 * Every lemma of a synset under the anchors (a few hundred words, read once by walking down
 * WordNet's hyponym links): a word outside it is no agreement noun, without reading its senses.
 */
function nounCandidates(): ReadonlySet<string> {
  if (candidates) return candidates;
  const out = new Set<string>();
  const seen = new Set<string>();
  const todo = [...pacts(), ...trades()];
  while (todo.length > 0) {
    const key = todo.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = synsetAt('noun', Number(key.slice(key.indexOf(':') + 1)));
    if (!s) continue;
    for (const w of s.words) out.add(w);
    for (const p of s.pointers) if ((p.symbol === '~' || p.symbol === '~i') && p.pos === 'noun') todo.push(`noun:${p.offset}`);
  }
  return (candidates = out);
}

const nounMemo = new Map<string, 'pact' | 'trade' | null>();

/**
 * 'pact' when one of the first three senses of a noun (by lemma) is a kind of agreement or of a
 * truce; 'trade' when one of its first two is a merger or a buyout; else null.
 */
export function liveDealNounKind(lemma: string): 'pact' | 'trade' | null {
  const cached = nounMemo.get(lemma);
  if (cached !== undefined) return cached;
  let kind: 'pact' | 'trade' | null = null;
  if (!NOT_DEALS.has(lemma) && nounCandidates().has(lemma)) {
    const senses = synsetsOf(lemma, 'noun', 3);
    if (senses.some((s) => synsetIsKindOf(s, pacts()) && !synsetIsKindOf(s, notDeals()))) kind = 'pact';
    else if (senses.slice(0, 2).some((s) => synsetIsKindOf(s, trades()))) kind = 'trade';
  }
  if (nounMemo.size > 50_000) nounMemo.clear();
  nounMemo.set(lemma, kind);
  return kind;
}

let contractKeys: ReadonlySet<string> | null = null;
/**
 * A noun left out of the agreement nouns above (`NOT_DEAL_WORDS`: "concession", "franchise")
 * whose first sense is still a contract: a deal when someone holds it ("a concession held by X",
 * "X's franchise", "had its franchise terminated"), not when one "makes concessions".
 */
export function liveHeldDealNoun(lemma: string): boolean {
  contractKeys ??= senseKeys('noun', ['contract', 1]);
  const first = synsetsOf(lemma, 'noun', 1)[0];
  return first !== undefined && nounCandidates().has(lemma) && synsetIsKindOf(first, contractKeys) && synsetIsKindOf(first, notDeals());
}

/** The words the status anchors name whose anchored sense is not among their first two. */
const ANCHOR_WORDS = new Set(['dissolve']);

/** The status of a synset that is itself an anchor. */
function anchoredStatus(s: Synset): AgreementStatus | null {
  for (const [status, keys] of statuses()) if (keys.has(`verb:${s.offset}`)) return status;
  return null;
}

/** The status a verb sense gives an agreement, if it is a kind of one of the anchors. */
function statusOfSynset(s: Synset): AgreementStatus | null {
  for (const [status, keys] of statuses()) if (synsetIsKindOf(s, keys)) return status;
  return null;
}

const verbMemo = new Map<string, AgreementStatus | null>();

/**
 * What a verb (by lemma) does to an agreement it governs, from its first two senses: "repudiate",
 * "veto" → rejected, "nullify", "revoke" → voided, "endorse", "sanction" → approved, "infract" →
 * breached; null when neither sense is a kind of the anchors.
 */
export function liveVerbStatus(lemma: string): AgreementStatus | null {
  const cached = verbMemo.get(lemma);
  if (cached !== undefined) return cached;
  let status: AgreementStatus | null = null;
  for (const s of synsetsOf(lemma, 'verb', 2)) if ((status = statusOfSynset(s))) break;
  // An anchor's own word keeps its anchored sense even when that sense comes later ("dissolve").
  if (!status && ANCHOR_WORDS.has(lemma)) for (const s of synsetsOf(lemma, 'verb')) if ((status = anchoredStatus(s))) break;
  verbMemo.set(lemma, status);
  return status;
}

const actMemo = new Map<string, AgreementStatus | null>();

/**
 * The status given by a noun of an act done to an agreement ("approval", "ratification",
 * "breach", "revocation", "repudiation"): through WordNet's derivational links from one of the
 * noun's first two senses to a verb sense, classified as `verbStatus` does.
 */
export function liveActNounStatus(lemma: string): AgreementStatus | null {
  const cached = actMemo.get(lemma);
  if (cached !== undefined) return cached;
  let status: AgreementStatus | null = null;
  for (const s of synsetsOf(lemma, 'noun', 2)) {
    const at = s.words.indexOf(lemma) + 1;
    for (const p of s.pointers) {
      if (p.symbol !== '+' || p.pos !== 'verb' || (p.source !== 0 && p.source !== at)) continue;
      const verb = synsetAt('verb', p.offset);
      if (verb && (status = statusOfSynset(verb))) break;
    }
    if (status) break;
  }
  actMemo.set(lemma, status);
  return status;
}

const settleMemo = new Map<string, boolean>();
/**
 * A verb whose first sense is one of settling a dispute ("resolve": decide, settle, resolve,
 * adjudicate; "square off"): read like "settle" when its object is a dispute ("resolved their
 * patent dispute"). Only the first sense: "decide" settles nothing in most of its uses.
 */
export function liveSettleLike(lemma: string): boolean {
  let yes = settleMemo.get(lemma);
  if (yes === undefined) {
    const first = synsetsOf(lemma, 'verb', 1)[0];
    const keys = senseKeys('verb', ['settle', 2], ['settle', 3]);
    yes = first !== undefined && keys.has(`verb:${first.offset}`);
    settleMemo.set(lemma, yes);
  }
  return yes;
}

let disputeKeys: ReadonlySet<string> | null = null;
let militaryKeys: ReadonlySet<string> | null = null;
/**
 * What can be settled between sides: a disagreement (a dispute, a row, a quarrel), a conflict (a
 * feud), resistance (a strike), a legal proceeding (a lawsuit, a case), a pleading (a charge, an
 * allegation, a complaint), a claim to a right.
 */
const disputes = (): ReadonlySet<string> =>
  (disputeKeys ??= senseKeys('noun', ['disagreement', 3], ['conflict', 1], ['resistance', 11], ['proceeding', 1], ['pleading', 1], ['claim', 1]));
const military = (): ReadonlySet<string> => (militaryKeys ??= senseKeys('noun', ['military_action', 1]));

const disputeMemo = new Map<string, 'dispute' | 'military' | null>();
/**
 * Whether a noun (by lemma, '_' between words) names what two sides settle: 'dispute' when one of
 * its first four senses is a kind of the anchors above ("lawsuit", "row", "feud", "strike",
 * "allegation", "class_action"); 'military' when it is, but its first sense is a military action
 * ("battle", "war", "fight"): settled only as a "legal battle", a "price war", not "the battle
 * for the town"; else null ("score", "matter", "question").
 */
export function liveDisputeNoun(lemma: string): 'dispute' | 'military' | null {
  let kind = disputeMemo.get(lemma);
  if (kind !== undefined) return kind;
  const senses = synsetsOf(lemma, 'noun', 4);
  kind = !senses.some((s) => synsetIsKindOf(s, disputes())) ? null : synsetIsKindOf(senses[0]!, military()) ? 'military' : 'dispute';
  disputeMemo.set(lemma, kind);
  return kind;
}

/**
 * Verbs of holding or letting property (WordNet: own.v.01 and its kinds, "have, have got, hold"
 * in its possession sense, "lease, let, rent" and "lease, rent, hire, charter"): "a lease on vines
 * owned by X", "the previous lease, held by X", "a hall rented by X" — whoever holds what a deal is
 * on, or the deal itself, is one of its sides. The words of those senses, with own's kinds.
 */
export function liveHoldVerbs(): Set<string> {
  return wordsOf([...below(senseKeys('verb', ['own', 1])), ...senseKeys('verb', ['hold', 4], ['lease', 3], ['lease', 4])]);
}

/** Every synset key under some keys, by hyponym links (`~`, `~i`), the keys included. */
function below(keys: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const todo = [...keys];
  while (todo.length > 0) {
    const key = todo.pop()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const [pos, offset] = key.split(':') as [Pos, string];
    const s = synsetAt(pos, Number(offset));
    if (s) for (const p of s.pointers) if ((p.symbol === '~' || p.symbol === '~i') && p.pos === pos) todo.push(`${pos}:${p.offset}`);
  }
  return seen;
}

/** The lower-case words of some synsets; with `phrasal`, two-word verbs too ("strike_down", "throw_out"). */
const wordsOf = (keys: Iterable<string>, phrasal = false): Set<string> => {
  const out = new Set<string>();
  for (const k of keys) {
    const [pos, offset] = k.split(':') as [Pos, string];
    for (const w of synsetAt(pos, Number(offset))?.words ?? []) if (/^\p{Ll}[\p{Ll}-]+$/u.test(w) || (phrasal && /^\p{Ll}+_\p{Ll}+$/u.test(w))) out.add(w);
  }
  return out;
};

/** The words the live functions can answer for: nouns, verbs, act nouns and settling verbs under the anchors, and what is settled. */
let linkUpKeys: ReadonlySet<string> | null = null;
/** Every sense of "link up" (connect, link, tie, join, unite …): joining two things. */
function linkUps(): ReadonlySet<string> {
  return (linkUpKeys ??= new Set(synsetsOf('link_up', 'verb').map((s) => `verb:${s.offset}`)));
}

const unionMemo = new Map<string, boolean>();
/**
 * A verb one of whose first four senses WordNet files with "link up" ("tie", "link", "join",
 * "connect"): its noun with "up" ("tie-up", "link-up") names two sides joined, as an alliance does.
 */
export function liveUnionVerb(lemma: string): boolean {
  let yes = unionMemo.get(lemma);
  if (yes === undefined) {
    yes = synsetsOf(lemma, 'verb', 4).some((s) => linkUps().has(`verb:${s.offset}`));
    unionMemo.set(lemma, yes);
  }
  return yes;
}

export function candidateWords(): { nouns: Set<string>; verbs: Set<string>; acts: Set<string>; settles: Set<string>; disputes: Set<string>; unions: Set<string> } {
  const verbKeys = below(statuses().flatMap(([, keys]) => [...keys]));
  const actKeys = new Set<string>();
  for (const k of verbKeys) {
    const s = synsetAt('verb', Number(k.split(':')[1]));
    for (const p of s?.pointers ?? []) if (p.symbol === '+' && p.pos === 'noun') actKeys.add(`noun:${p.offset}`);
  }
  return {
    nouns: new Set([...nounCandidates()].filter((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w))),
    verbs: wordsOf(verbKeys, true),
    acts: wordsOf(actKeys),
    settles: wordsOf(senseKeys('verb', ['settle', 2], ['settle', 3])),
    disputes: disputeWords(),
    unions: wordsOf(linkUps()),
  };
}

/** Every noun lemma under the dispute anchors, compounds ("class_action") included. */
function disputeWords(): Set<string> {
  const out = new Set<string>();
  for (const k of below(disputes())) for (const w of synsetAt('noun', Number(k.split(':')[1]))?.words ?? []) if (/^\p{Ll}[\p{Ll}_-]+$/u.test(w)) out.add(w);
  return out;
}

/** 'pact' or 'trade' for a noun (by lemma) that names an agreement, as WordNet says (from the table). */
export const dealNounKind = (lemma: string): 'pact' | 'trade' | null => DEAL_NOUNS.get(lemma) ?? null;
/** What a verb (by lemma) governing an agreement does to it, as WordNet says (from the table). */
export const verbStatus = (lemma: string): AgreementStatus | null => VERB_STATUS.get(lemma) ?? null;
/** What the noun of an act done to an agreement does to it ("revocation" → voided), from the table. */
export const actNounStatus = (lemma: string): AgreementStatus | null => ACT_NOUN_STATUS.get(lemma) ?? null;
/** Whether a noun names a contract only when held ("concession", "franchise"), from the table. */
export const heldDealNoun = (lemma: string): boolean => HELD_DEAL_NOUNS.has(lemma);
/** Whether a verb (by lemma) is one of holding or letting property ("own", "hold", "lease"), from the table. */
export const holdVerb = (lemma: string): boolean => HOLD_VERBS.has(lemma);
/** What a noun (by lemma, '_' between words) is to "settle": a dispute, a military action (settled only with a modifier), or nothing (from the table). */
export const disputeNoun = (lemma: string): 'dispute' | 'military' | null => DISPUTE_NOUNS.get(lemma) ?? null;
/** Whether a verb's first sense is settling a dispute ("resolve"). */
export const settleLike = (lemma: string): boolean => SETTLE_VERBS.has(lemma);
/** "tie-up", "link-up" (one word, or its plural): the noun of a verb of joining (liveUnionVerb) with "up". */
export function unionNoun(lemma: string): boolean {
  const m = /^(\p{Ll}+)-ups?$/u.exec(lemma);
  return m !== null && UNION_VERBS.has(m[1]!);
}

/** The lemma of an agreement noun a lower-case word is, or of its plural ("covenants" → "covenant"), or null. */
export function dealNounOf(word: string): string | null {
  for (const base of [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y')]) if (base.length > 2 && DEAL_NOUNS.has(base)) return base;
  return null;
}

/** The verbs a past participle can be of ("terminated" → terminate, "cancelled" → cancel, "annulled" → annul). */
export function participleBases(word: string): string[] {
  const w = word.toLowerCase();
  if (!w.endsWith('ed')) return [w];
  const stem = w.slice(0, -2);
  return [w, stem, `${stem}e`, stem.replace(/i$/, 'y'), stem.replace(/(\p{Ll})\1$/u, '$1')];
}

let givingKeys: ReadonlySet<string> | null = null;
const givingMemo = new Map<string, boolean>();
/**
 * Whether a verb's first two senses are kinds of giving something to someone (give.v.03: supply,
 * provide, lend, grant), of handing over ownership (transfer.v.05: sell) or of delivering
 * (deliver.v.01): "a contract to supply flour to X" names X as the other side. Asked of WordNet, once a lemma (rare: only after "a deal to").
 */
export function givingVerb(lemma: string): boolean {
  let known = givingMemo.get(lemma);
  if (known === undefined) {
    givingKeys ??= senseKeys('verb', ['give', 3], ['transfer', 5], ['deliver', 1]);
    known = synsetsOf(lemma, 'verb', 2).some((s) => synsetIsKindOf(s, givingKeys!));
    if (givingMemo.size > 10_000) givingMemo.clear();
    givingMemo.set(lemma, known);
  }
  return known;
}

const handingMemo = new Map<string, boolean>();
/**
 * Whether a participle after a deal hands something over: a giving verb as `givingVerb` reads it,
 * or one of its first six senses a possession verb that is such a kind of giving ("transferring the depot to
 * X": transfer.v.05; "letting the quay to X": let.v.06). Only right after a deal noun, where
 * "to X" then names whom it goes to.
 */
export function handingVerb(lemma: string): boolean {
  let known = handingMemo.get(lemma);
  if (known === undefined) {
    givingKeys ??= senseKeys('verb', ['give', 3], ['transfer', 5], ['deliver', 1]);
    known = givingVerb(lemma) || synsetsOf(lemma, 'verb', 6).some((s) => s.lexname === 'verb.possession' && synsetIsKindOf(s, givingKeys!));
    if (handingMemo.size > 10_000) handingMemo.clear();
    handingMemo.set(lemma, known);
  }
  return known;
}

/**
 * The kind of deal a noun names, for telling which earlier deal a mention means ("the treaty" is
 * the pact signed before, not a lease reported since): a truce, a treaty, a settlement, a lease, a
 * licence, a sale (a firm or a property bought, merged or taken over), a partnership, a contract,
 * or an agreement of no kind more exact ("deal", "bargain", "arrangement").
 */
export type DealKind = 'truce' | 'treaty' | 'settlement' | 'lease' | 'licence' | 'sale' | 'partnership' | 'contract' | 'agreement';

/**
 * The WordNet senses each kind gathers, most exact first (a noun takes the first kind one of its
 * first three senses is a kind of): armistice.n.01 (truce, cease-fire); treaty.n.01 (pact, accord,
 * peace treaty, alliance) and covenant.n.01 (compact, concordat); settlement.n.03; lease.n.02 and
 * charter.n.02 (a contract to hire transport); license.n.01 (licence, permit), license.n.04
 * (permission) and concession.n.01 (franchise); merger.n.01, acquisition.n.01 (purchase, buyout,
 * takeover) and sale.n.01; partnership.n.03 and joint_venture.n.01; contract.n.01 (subcontract,
 * indenture); agreement.n.01 and agreement.n.04 (arrangement).
 */
const KIND_ANCHORS: ReadonlyArray<readonly [DealKind, ReadonlyArray<readonly [string, number]>]> = [
  ['truce', [['armistice', 1]]],
  ['treaty', [['treaty', 1], ['covenant', 1]]],
  ['settlement', [['settlement', 3]]],
  ['lease', [['lease', 2], ['charter', 2]]],
  ['licence', [['license', 1], ['license', 4], ['concession', 1]]],
  ['sale', [['merger', 1], ['acquisition', 1], ['sale', 1]]],
  ['partnership', [['partnership', 3], ['joint_venture', 1]]],
  ['contract', [['contract', 1]]],
  ['agreement', [['agreement', 1], ['agreement', 4]]],
];

/**
 * Deal nouns the readers take that WordNet does not file as agreements (so not in DEAL_NOUNS),
 * each with the kind to give it where WordNet's senses reach no anchor above (null: WordNet's
 * kind holds). The lexicon is the last resort, each entry for a reason WordNet cannot supply:
 * - "ceasefire": WordNet spells it "cease-fire" only;
 * - "memorandum": WordNet has only the note; news writes "a memorandum of understanding";
 * - "order": WordNet's first senses are a command and a rank; a purchase order is a sale;
 * - "purchase", "acquisition": acts of acquiring in WordNet, not agreements (kind: sale);
 * - "licence", "license": a legal document or a permission in WordNet (kind: licence);
 * - "charter": first a document; its contract sense is second, kept out of DEAL_NOUNS (NOT_DEAL_WORDS);
 * - "arrangement": agreement.n.04 is filed under planning, not agreement.n.01;
 * - "tenancy": WordNet has only the act of occupying; in the news, a lease held;
 * - "venture": an undertaking in WordNet; a joint venture is a partnership;
 * - "tie-up": the noun of a verb of joining with "up" (unionNoun), absent from WordNet.
 */
export const LEXICON_DEALS: ReadonlyMap<string, DealKind | null> = new Map<string, DealKind | null>([
  ['ceasefire', 'truce'],
  ['memorandum', 'agreement'],
  ['order', 'sale'],
  ['purchase', null],
  ['acquisition', null],
  ['licence', null],
  ['license', null],
  ['charter', null],
  ['arrangement', null],
  ['tenancy', 'lease'],
  ['venture', 'partnership'],
  ['tie-up', 'partnership'],
]);

let kindKeys: ReadonlyArray<readonly [DealKind, ReadonlySet<string>]> | null = null;
const kindMemo = new Map<string, DealKind | null>();
/** The kind of deal a deal noun (by lemma) names, from WordNet's first three senses, else the lexicon's kind. */
export function liveDealKind(lemma: string): DealKind | null {
  const cached = kindMemo.get(lemma);
  if (cached !== undefined) return cached;
  kindKeys ??= KIND_ANCHORS.map(([kind, senses]) => [kind, senseKeys('noun', ...senses)] as const);
  const senses = synsetsOf(lemma, 'noun', 3);
  let kind: DealKind | null = null;
  for (const [k, keys] of kindKeys) if (senses.some((s) => synsetIsKindOf(s, keys))) { kind = k; break; }
  kind ??= LEXICON_DEALS.get(lemma) ?? null;
  kindMemo.set(lemma, kind);
  return kind;
}

/** The words a kind is written for: every agreement noun WordNet knows, those held as contracts, and the lexicon's. */
export function dealKindCandidates(): Set<string> {
  return new Set([...nounCandidates()].filter((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w) && (liveDealNounKind(w) !== null || liveHeldDealNoun(w))).concat([...LEXICON_DEALS.keys()]));
}

/**
 * The one answer to "is this lower-case word a deal noun, and of which kind": its lemma (a
 * plural read back: "treaties" → treaty, "leases" → lease) and kind, or null. The deal nouns are
 * WordNet's (DEAL_NOUNS, and contracts held: "franchise", "concession") and the lexicon's
 * (LEXICON_DEALS); the heldMention linker, the kind words of agreements.ts and dealNounOf's
 * callers all ask here.
 */
export function dealKindOf(word: string): { lemma: string; kind: DealKind } | null {
  const w = word.toLowerCase();
  // (Not "-es" after any letter: "franchisees", "licensees" are the holders, not the deals.)
  for (const base of [w, w.replace(/s$/, ''), w.replace(/(?<=(?:s|x|z|ch|sh))es$/, ''), w.replace(/ies$/, 'y')]) {
    const kind = base.length > 2 ? DEAL_KINDS.get(base) : undefined;
    if (kind) return { lemma: base, kind };
  }
  return null;
}

/** Every deal noun dealKindOf answers for (lemmas), longest first: for building a pattern of them. */
export const DEAL_WORDS: readonly string[] = [...DEAL_KINDS.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));

/** Two deal nouns (lemmas or any word) of one exact kind: "pact" and "treaty", "takeover" and "merger"; never by the general kind ("deal", "agreement"). */
export function sameDealKind(a: string, b: string): boolean {
  const x = dealKindOf(a)?.kind;
  return x !== undefined && x !== 'agreement' && x === dealKindOf(b)?.kind;
}

/**
 * A cheap test before tagging (deals.ts, `dealHinted`): most sentences hold none of these words —
 * the deal nouns news writes most (the rest are asked of WordNet, `dealNounOf`, by deals.ts's
 * `wordNetDealAt`), verbs of buying, selling, merging and settling, and phrases that carry a deal
 * ("letters of intent", "swap lines", "under its terms,"). Kept here, with the other deal words,
 * so that deals.ts keeps no pattern of deal words of its own.
 */
export const DEAL_HINT =
  /\b(?:agreements?|deals?|accords?|pacts?|treat(?:y|ies)|tenanc(?:y|ies)|settle(?:ment|ments|d|s)?|resolv(?:e|es|ed|ing)|merge[rsd]?|mergers|merging|memorand(?:um|a)|letters?\s+of\s+intent|cease-?fires?|truces?|armistices?|contracts?|arrangements?|undertakings?|orders?|ordered|purchas(?:e|es|ed|ing)|acqui(?:re|res|red|ring|sition|sitions)|takeovers?|buyouts?|bought|buys?|sold|sell(?:s|ing)?|t(?:ook|akes?|aking|aken)\s+over|swap\s+lines?|credit\s+lines?|ventures?|partnerships?|sponsorships?|transactions?|sale|alliances?|options|rights|licen[cs](?:e|es|ed|ing)|loans?|(?:join|mov|switch|transferr?)(?:s|es|ed|e)?\b.{0,80}\bfrom|(?:accept|recommend)(?:s|ed|ing)?\b.{0,60}\b(?:terms|offers?|bids?)|under\s+(?:its|their|the)\s+(?:\w+\s+)?(?:terms|provisions|conditions)(?=(?:\s+\w+ed)?\s*,))\b/i;
