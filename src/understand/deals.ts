/**
 * Agreements that news states by a noun or an outcome rather than by "agreed to", read from the
 * part-of-speech tags of `nlp.ts` (lemmas and UPOS), not from word lists of inflected forms.
 *
 * What it finds
 * - An agreement noun (by lemma: deal, agreement, accord, pact, treaty, settlement, merger,
 *   memorandum, ceasefire, truce, armistice, contract, arrangement, order, purchase, acquisition,
 *   takeover, swap or credit line, joint venture, partnership, alliance) with what happened to it:
 *   the verb that governs it as an object ("signed a supply deal" → signed, "struck an accord",
 *   "won an order from …" → reached, "approved the merger" → approved, "ratified the treaty",
 *   "violates an agreement" → breached, "scrapped the deal" → voided, "rejected the pact"), or
 *   the verb it is the subject of ("a settlement was reached", "the deal was voided", "the
 *   ceasefire took effect" → in force, "the deal collapsed"), or "under the agreement" (in force),
 *   or a party leaving it ("withdrew from the treaty", "pulled out of the deal" → voided);
 *   "accused X of violating the accord" makes X the one in breach.
 * - Outcomes that are agreements without such a noun: "settled the lawsuit", "settled its dispute
 *   with …", "merged with …", "X and Y will merge", "acquired X", "took over X", "X was acquired by Y", "bought X",
 *   "will purchase 20 of X's jets", "sold its stake to X"; rights or a licence got from someone
 *   ("gained rights to sell videos from record labels", "secured a licence from X"); a bid or
 *   offer accepted ("accepted X's bid", "accepted an offer from X"); a deal given to a receiver
 *   ("awarded X a contract").
 * - A participle that made the deal before its parties ("the treaty signed by X and Y", "the truce
 *   brokered by X between Y and Z"); a go-between (broker, mediate) is no party when two are named.
 * - Where the parties stand apart from the verb: "between X and Y", "with X", "from X" (an order),
 *   "of X and Y" (a merger), "by X" (a purchase), a possessor ("X's purchase of Y"), and names
 *   before the noun ("wins Qatar Airways order"). The subject is the caller's business (it resolves
 *   collectives and pronouns as for "agreed").
 * - A later mention ("the order is worth …", "these swap lines will be available …", "the 1991
 *   settlement between …"): a definite noun with no verb of its own is marked `later`; the caller
 *   links it to the agreement it refers to and gives it that agreement's status.
 *
 * What it leaves out, on purpose: a proposal, an offer, talks, a vote or a meeting about a deal
 *   ("proposed a deal", "talks on a merger", "hopes for a ceasefire"), a deal under a negation or a
 *   hypothesis ("no deal", "did not sign", "would approve", "if they settle"), a denial, a
 *   question, a possible or rumoured deal, and an indefinite deal with no verb that makes it real
 *   ("a deal to buy the plant" alone states nothing). Orders, purchases and acquisitions need two
 *   named parties: "149 orders have been received" or "customers bought the phone" is no deal.
 */
import { DEAL_HINT, LEXICON_DEALS, actNounStatus, dealNounKind, dealNounOf, disputeNoun, givingVerb, handingVerb, heldDealNoun, holdVerb, participleBases, settleLike, unionNoun, verbStatus } from './dealWords.js';
import { CALENDAR_WORDS, ORG_HEADS, countryOf, helpNoun, requestVerb, speechLemma, triesAct } from './lexicon.js';
import { bodyNoun, nounClass, nounLemma, organOwner } from './descriptions.js';
import { describingWordEnd, headAt, nameEnd } from './nounPhrase.js';
import { tag, type TaggedToken } from './nlp.js';
import type { AgreementStatus } from './types.js';
import { baseForms, isKindOf, senseKeys, synsetAt, synsetIsKindOf, synsetsOf } from '../wordnet.js';

/** A span of the sentence text (character offsets). */
export type Span = readonly [number, number];

export interface DealHit {
  /** A deal made before saying what it provides ("The accord commits both …"): in force once more than signed. */
  readonly provides?: boolean;
  /** The collective is who accuses the named side of breaching the deal ("The cooperative has accused X of breaching …"): a description the caller resolves. */
  readonly accuser?: boolean;
  /** What it provides, said of a deal signed long ago ("The contract, signed in 2021, commits …"): in force even after a signing. */
  readonly signedBefore?: boolean;
  /** A deal made before, still waiting on a step ("The takeover still needs clearance"): made, not yet approved or in force. */
  readonly waiting?: boolean;
  /** The end of a deal mentioned again by its act noun ("is challenging the termination"): the deal ended before, if one was. */
  readonly ended?: boolean;
  /** A part of a deal breached with no deal named ("a breach of the non-compete clause", "sued it for breach of contract"): the deal made before, if one was. */
  readonly partBreached?: boolean;
  /** What a clause joined after the deal says became of it ("…, but it fell apart"): its status overrides the verb's. */
  readonly fate?: AgreementStatus;
  /** A failed attempt at a deal ("an earlier attempt to combine the two firms collapsed"), its sides a collective. */
  readonly attempt?: boolean;
  /** The verb (or noun) that carries the status, as written, and where it stands. */
  readonly cue: string;
  readonly cueAt: number;
  readonly status: AgreementStatus;
  /** The lemma of the agreement noun, or of the outcome verb ("settle", "merge", "acquire"). */
  readonly kind: string;
  /** The noun phrase naming the agreement, or null for an outcome verb. */
  readonly noun: Span | null;
  /** Where the clause shown as the action begins. */
  readonly actionStart: number;
  /** Party names stated around the noun or verb (not the subject), each as written. */
  readonly named: readonly string[];
  /** Where the subject of the cue verb ends (the cue's position), or null when the subject is not a party. */
  readonly subjectEnd: number | null;
  /** The subject is a relative pronoun ("Pixar, which was acquired by …"): its antecedent ends here. */
  readonly antecedent: string | null;
  /** Parties named by a collective after "between"/"with" ("between the two sides"), for the caller to resolve. */
  readonly collective: string | null;
  /** A definite mention with no verb that makes or changes it: the caller links it to an earlier agreement. */
  readonly later: boolean;
  /** Orders, purchases and acquisitions need two named parties to be a deal. */
  readonly needsTwo: boolean;
  /** A bid or offer accepted or turned down: the one who decides on it is a party, whatever its name. */
  readonly proposal?: boolean;
  /** "voted to accept the terms": the terms of an offer made before; the caller finds who made it. */
  readonly offerTerms?: boolean;
  /** A refused offer named only by "the", "that" or "this" (or opening the sentence with no maker): one made before, kept only when someone offered, or an agreement was found, before it. */
  readonly offerBefore?: boolean;
  /** A draft of the agreement reported before ("An earlier draft was voted down"): it takes that agreement's parties, or is none. */
  readonly draftOfEarlier?: boolean;
  /** "The dispute was settled by arbitration": a dispute told just before, settled; its sides are the parties, or it is none. */
  readonly disputeBefore?: boolean;
  /** "The talks' deal fell apart": the talks (a meeting noun's lemma) own the deal; who held them, told just before, are its parties. */
  readonly talksBefore?: string;
}

/**
 * Agreement nouns WordNet does not file as agreements in their first senses (or spells otherwise:
 * "ceasefire"), each with a reader of its own below; every other agreement noun ("treaty",
 * "covenant", "lease", "compromise", "takeover", "buyout" …) is found by `dealNounKind`.
 */
const OWN_DEAL_LEMMAS = new Set([
  'ceasefire', 'memorandum', 'arrangement', 'order', 'purchase', 'acquisition', 'line', 'venture', 'alliance', 'option', 'transaction', 'sale', 'sponsorship',
  'move', 'transfer', 'undertaking',
]);
/** A player's or an employee's move between two named sides ("his move from X to Y", "a loan move from X to Y"). */
const MOVE_LEMMAS = new Set(['move', 'transfer']);
/** Whether a lemma names an agreement (by WordNet, or one of the nouns above). */
// (Or a noun of dealWords' lexicon given a kind of deal of its own there — "tenancy", a lease.)
export const isDealLemma = (lemma: string): boolean => OWN_DEAL_LEMMAS.has(lemma) || dealNounKind(lemma) !== null || unionNoun(lemma) || (LEXICON_DEALS.get(lemma) ?? null) !== null;
/** Nouns that name a business deal rather than a pact: a deal only with two named parties. */
const OWN_TRADE_LEMMAS = new Set(['order', 'purchase', 'acquisition', 'option']);
const isTrade = (lemma: string): boolean => OWN_TRADE_LEMMAS.has(lemma) || (lemma !== 'merger' && dealNounKind(lemma) === 'trade');
/** Nouns too common to stand alone: they need a verb that forms them ("formed an alliance"). */
const NEEDS_VERB = new Set(['partnership', 'alliance', 'venture', 'line', 'option', 'undertaking']);
/** A noun that needs a verb forming it: one above, or two sides joined ("a tie-up", "the link-up"). */
const needsVerb = (lemma: string): boolean => NEEDS_VERB.has(lemma) || unionNoun(lemma);

/** "tie-up", "link-up": a noun of two sides joined (unionNoun), read when the sentence has an "X-up". */
const UNION_HINT = /(?<![\p{L}\p{M}\p{N}_])\p{L}+-ups?\b/u;
/** (The cheap test of deal words before tagging, `DEAL_HINT`, lives with the other deal words in dealWords.ts.) */

/**
 * Verbs acting on an agreement they govern as object, by lemma → the status they give it, where
 * WordNet does not say it (idioms: "struck a deal", "hammered out an accord", "scrapped the
 * pact"); every other verb is asked of WordNet (`verbStatus`: "sign", "endorse", "veto",
 * "revoke", "breach" …). "flout" is a kind of rejecting in WordNet, a breach in the news.
 */
/** Verbs that make a deal anew: it holds, or (one side with the other, see nounDeal) a new term is agreed. */
const RENEWING: ReadonlySet<string> = new Set(['renew']);
/** Verbs that make a deal last longer: in the present perfect, one side's news of a new term (see nounDeal). */
const EXTENDING: ReadonlySet<string> = new Set(['extend']);
const OWN_OBJECT_STATUS = new Map<string, AgreementStatus>([
  ...[
    'reach', 'strike', 'seal', 'clinch', 'conclude', 'agree', 'broker', 'finalize', 'finalise', 'complete', 'close', 'win', 'secure',
    'land', 'receive', 'get', 'place', 'book', 'announce', 'unveil', 'forge', 'cut', 'hammer', 'enter', 'make', 'award', 'accept',
    'have', 'open', 'form', 'establish', 'set', 'exercise', 'arrange', 'do', 'reaffirm', 'confirm', 'join',
  ].map((v) => [v, 'reached'] as const),
  ...['clear', 'adopt', 'pass', 'greenlight'].map((v) => [v, 'approved'] as const),
  ...['implement', 'honour', 'honor', 'extend', ...RENEWING, 'enforce', 'respect', 'uphold', 'observe', 'increase', 'expand'].map((v) => [v, 'in force'] as const),
  ...['break', 'flout'].map((v) => [v, 'breached'] as const),
  ...['scrap', 'terminate', 'abandon', 'ditch', 'overturn', 'quit', 'tear', 'end'].map((v) => [v, 'voided'] as const),
  ...['block'].map((v) => [v, 'rejected'] as const),
]);
/** What a verb governing an agreement does to it, or null. */
export const statusOfVerb = (lemma: string): AgreementStatus | null => OWN_OBJECT_STATUS.get(lemma) ?? verbStatus(lemma);

/**
 * Nouns of an act done to a deal ("approval of", "breach of") that WordNet does not derive from
 * a verb of the anchors; the others come from `actNounStatus` ("ratification", "revocation").
 */
const OWN_ACTION_NOUNS = new Map<string, AgreementStatus>([['signing', 'signed'], ['termination', 'voided'], ['implementation', 'in force']]);

/** Verbs whose object is a deal not (yet) made: a proposal, talks, a hope, a denial. */
const NOT_MADE = new Set([
  'propose', 'offer', 'table', 'suggest', 'draft', 'seek', 'want', 'need', 'push', 'discuss', 'negotiate', 'consider', 'pursue',
  'explore', 'urge', 'demand', 'request', 'hope', 'expect', 'plan', 'eye', 'weigh', 'study', 'review', 'debate', 'await', 'mull',
  'prepare', 'talk', 'vote', 'deny', 'oppose', 'criticise', 'criticize', 'question', 'challenge', 'call', 'try', 'attempt', 'aim',
  'favour', 'favor', 'support', 'welcome', 'rule', 'dismiss', 'fear', 'doubt', 'delay', 'postpone', 'threaten', 'lobby', 'press',
]);

/** Parts of a deal: acting on them is acting on it ("breached the terms of the agreement"). */
const PART_NOUNS = new Set(['term', 'provision', 'condition', 'clause', 'spirit', 'letter', 'obligation', 'version', 'draft']);

/** Verbs that declare an object to be something ("declared the contract void", "ruled it unlawful"). */
export const DECLARE_VERBS: ReadonlySet<string> = new Set(['declare', 'rule', 'find', 'deem', 'pronounce', 'hold', 'judge']);
/** What a court declares a deal that it voids. */
const INVALID = new Set(['void', 'null', 'invalid', 'illegal', 'unlawful', 'unconstitutional', 'illegitimate', 'unenforceable']);
/** Whether an adjective of invalidity stands at `k` (after adverbs: "legally void", "null and void"). */
function invalidAt(tokens: readonly TaggedToken[], k: number): boolean {
  let a = k;
  while (tokens[a]?.pos === 'ADV') a++;
  return INVALID.has(word(tokens[a]));
}

/** Verbs that judge an object ("called the deal fair", "described it as a victory"). */
const JUDGE_VERBS = new Set(['call', 'deem', 'consider', 'describe', 'judge', 'brand', 'label', 'term']);

/** Verbs of reacting to a deal: said of a definite one ("welcomed the accord"), they mention it again. */
const REACTIONS = new Set(['welcome', 'criticise', 'criticize', 'question', 'challenge', 'oppose', 'support', 'favour', 'favor', 'praise', 'hail']);

/** Verbs an agreement is the subject of (active), by lemma → status. */
const SUBJECT_STATUS = new Map<string, AgreementStatus>([
  ...['take', 'come', 'go', 'enter', 'remain', 'stay', 'hold', 'apply', 'run', 'last'].map((v) => [v, 'in force'] as const),
  ...['collapse', 'fail', 'fall', 'break', 'unravel', 'founder', 'crumble', 'die', 'falter', 'stall'].map((v) => [v, 'collapsed'] as const),
]);
/** "the collapse of the deal": a noun that is a verb of a deal falling apart names its collapse. */
const collapseNoun = (lemma: string): AgreementStatus | undefined => (SUBJECT_STATUS.get(lemma) === 'collapsed' ? 'collapsed' : undefined);

/**
 * "A deal to store wine from one of the region's biggest estates in a set of old cellars has
 * collapsed", "a supply deal between its parent, X, and the dealer Y fell through", "A licensing deal
 * that was supposed to bring X to shops nationwide by spring has collapsed": however
 * long what stands between a deal as subject and its verb (phrases of a preposition, an infinitive,
 * a relative clause, a name set off by commas), the first finite verb of the main clause after the
 * deal is its verb. Where that verb (after its auxiliaries) says the deal fell apart (`SUBJECT_STATUS`),
 * the token where its group begins; else -1. A possessive ("the deal's critics fell silent"), a clause
 * opened by a conjunction of time or cause, any other punctuation, or a negation stops the reading.
 */
function collapseVerbAfter(tokens: readonly TaggedToken[], e: number): number {
  let relative = false;
  let relativeVerb = false;
  for (let c = e; c < tokens.length && c - e < 40; c++) {
    const x = tokens[c]!;
    const w = word(x);
    // ("settlement talks broke down": a deal noun that modifies another is no subject.)
    if (c === e && (/^['’]s?$/.test(x.text) || x.pos === 'NOUN')) return -1;
    if (x.text === ',') {
      // ", X ," a name (or a description ending in one) set off: an apposition to the noun before.
      let d = c + 1;
      while (d < tokens.length && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[d]!.pos)) d++;
      if (d > c + 1 && tokens[d - 1]!.pos === 'PROPN' && tokens[d]?.text === ',') {
        c = d;
        continue;
      }
      return -1;
    }
    if (x.pos === 'PUNCT' || x.pos === 'SCONJ' || /^(?:because|after|before|when|while|although|though|if|unless|since|until|as|so|but)$/.test(w)) return -1;
    if (/^(?:that|which|who|whose|whom)$/.test(w)) {
      if (relative) return -1;
      relative = true;
      continue;
    }
    if (w === 'to' && tokens[c + 1]?.pos === 'VERB') {
      c++;
      continue;
    }
    if (x.pos !== 'AUX' && x.pos !== 'VERB') continue;
    // (A participle modifying a noun: "farms supplying the plant".)
    if (x.pos === 'VERB' && /ing$/.test(x.text)) continue;
    let m = c;
    while (m < tokens.length && /^(?:AUX|ADV|PART)$/.test(tokens[m]!.pos)) m++;
    const v = tokens[m];
    if (relative && !relativeVerb) {
      relativeVerb = true;
      c = m;
      continue;
    }
    const fell = v !== undefined && v.pos === 'VERB' && v.text !== v.lemma && !/ing$/.test(v.text) && SUBJECT_STATUS.get(v.lemma) === 'collapsed';
    if (fell && !tokens.slice(c, m).some((y) => NEGATIONS.has(word(y)))) return c;
    // (A participle modifying a noun: "a plant built in 1990".)
    if (x.pos === 'VERB' && m === c && /(?:ed|en)$/.test(x.text) && tokens[c + 1]?.pos === 'ADP' && !relative) continue;
    return -1;
  }
  return -1;
}
/** A participle after "was/were/has been" → the status it gives; the NOT_MADE ones make no deal. */
const NOT_PASSIVE = new Set(['have', 'get', 'receive', 'accept', 'increase', 'expand']);
const passiveStatus = (lemma: string): AgreementStatus | null => (NOT_PASSIVE.has(lemma) ? null : statusOfVerb(lemma));

/** Nouns whose talk about a deal is not the deal: "talks on a merger", "hopes for a ceasefire". */
const TALK_NOUNS = new Set([
  'talk', 'negotiation', 'discussion', 'meeting', 'vote', 'referendum', 'proposal', 'offer', 'bid', 'plan', 'hope', 'prospect',
  'possibility', 'chance', 'rumour', 'rumor', 'speculation', 'report', 'call', 'demand', 'push', 'request', 'effort', 'attempt',
  'idea', 'draft', 'denial', 'opposition', 'objection', 'question', 'doubt', 'fear', 'threat', 'search', 'quest', 'pursuit',
  'lack', 'absence', 'failure', 'summit', 'conference', 'round',
]);
const NOT_YET_ADJ = new Set(['possible', 'potential', 'rumoured', 'rumored', 'hypothetical', 'eventual', 'future', 'hoped-for', 'likely', 'mooted', 'failed', 'stalled', 'elusive']);
export const PROPOSED_ADJ = new Set(['proposed', 'planned', 'pending', 'draft', 'tentative', 'prospective']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without']);
const HYPOTHESIS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'shall']);
const CONDITION = new Set(['if', 'unless', 'whether', 'once']);
/** "failed to sign", "refused to ratify": the attempt did not come off. */
const FAILED = new Set(['fail', 'refuse', 'decline', 'hesitate', 'struggle', 'want', 'hope', 'seek', 'try', 'plan', 'aim', 'expect', 'threaten', 'propose', 'offer', 'intend', 'need', 'urge', 'ask', 'attempt']);
/** Verbs by which a third party brings others to a deal: its subject is no party ("Egypt brokered a ceasefire between X and Y"). */
const GO_BETWEEN = new Set(['broker', 'mediate', 'facilitate']);
/** Verbs of leaving a deal ("withdrew from", "pulled out of", "walked away from"): it is voided for them. */
const LEAVE_VERBS = new Set(['withdraw', 'pull', 'walk', 'exit', 'back']);

/** Whether a cue is one of those verbs of leaving a deal, in any form ("pulled", "withdrew"). */
export function leavesDeal(cue: string): boolean {
  const w = cue.toLowerCase();
  return LEAVE_VERBS.has(w) || (baseForms(w).get('verb') ?? []).some((b) => LEAVE_VERBS.has(b));
}
/** Verbs that give a deal to a receiver named before it ("awarded Acme a contract"). */
const GIVE_VERBS = new Set(['award', 'grant', 'give', 'hand']);
/** A proposal that becomes a deal when its receiver accepts it ("accepted Acme's bid"), or a rejected one. */
/** Verbs of putting a text forward ("unveiled a draft treaty"); "put forward" is read as two words. */
const PUT_FORWARD = new Set(['propose', 'table', 'submit', 'present', 'unveil']);
/** Verbs of a step still ahead: "the deal requires/needs/awaits approval". */
const PENDING_VERBS = new Set(['need', 'require', 'await']);
const ACCEPTED_NOUNS = new Set(['offer', 'bid', 'proposal', 'term', 'request']);
/** Nouns of a tentative offer ("an earlier approach from X", "overtures from Y"): an offer only with its maker after "from". */
const OVERTURE_NOUNS = new Set(['approach', 'overture', 'advance']);
const TRADE_VERBS = new Set(['acquire', 'buy', 'purchase', 'order', 'sell', 'take', 'license', 'licence']);
/** Trade verbs whose other party follows "to" ("sold its stake to X", "licensed its patents to X"). */
/** Verbs of supporting or supplying someone, a deal with them after "agreed to". */
const SUPPORT_VERBS = new Set(['sponsor', 'fund', 'finance', 'supply', 'insure']);
const SELL_VERBS = new Set(['sell', 'license', 'licence']);
/** Rights or a licence (by lemma) that one party gets from another: a licensing deal. */
const LICENCE_NOUNS = new Set(['right', 'license', 'licence']);
/** Verbs by which rights or a licence change hands ("gained rights … from X", "secured a licence from X"). */
const LICENCE_VERBS = new Set(['gain', 'obtain', 'secure', 'win', 'acquire', 'buy', 'purchase', 'get', 'land', 'receive', 'license']);
/** "wins", "lands", "secures" an order: a deal given to the subject by someone (no verb of buying or selling). */
export const winningVerb = (lemma: string): boolean => LICENCE_VERBS.has(lemma) && !TRADE_VERBS.has(lemma);

const isCapital = (t: TaggedToken): boolean => /^\p{Lu}/u.test(t.text) || /^[\p{Ll}]+\p{Lu}/u.test(t.text);
const word = (t: TaggedToken | undefined): string => (t ? t.text.toLowerCase() : '');

/** A token that can be part of a name: a proper noun, or a capitalised noun/adjective ("Apple Computer", "A350"). */
/** Days and months are capitalised but name no party. */

function nameToken(t: TaggedToken | undefined, i: number): boolean {
  if (!t || /[$€£%]/.test(t.text) || CALENDAR_WORDS.has(t.text)) return false;
  if (t.pos === 'PROPN') return isCapital(t) || /\d/.test(t.text);
  return i > 0 && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'NUM') && isCapital(t);
}

const CAP_WORD = String.raw`\p{Lu}[\p{L}.’'-]*`;
/** "Securities | Exchange Commission": one capitalised word, then words ending with an organisation's head. */
const SHARED_HEAD = new RegExp(String.raw`^(?:[Tt]he\s+)?${CAP_WORD}$`, 'u');
const HEADED = new RegExp(String.raw`^${CAP_WORD}(?:\s+${CAP_WORD})*\s+(${CAP_WORD})$`, 'u');
/** "Bank of Trade | Industry": an organisation's head, "of", one word, then one more word. */
const HEAD_OF = new RegExp(String.raw`\b(${CAP_WORD})\s+(?:of|for)\s+(${CAP_WORD})$`, 'u');

/**
 * Whether two names joined by "and" are one name: "the Securities and Exchange Commission" (a
 * lone word before a name that ends with an organisation's head), "the Department of Trade and
 * Industry" (an organisation of two things). Countries are never joined ("the Bank of Norway and
 * Sweden" names two).
 */
export function oneName(left: string, right: string): boolean {
  const headed = HEADED.exec(right);
  // (The head by the list, or a singular one WordNet files as an organisation after a common noun, no place's:
  // "the Glaze and Kiln Workers Guild"; "Ostravane and Corvashay Utilities" names two.)
  const orgHead = (h: string): boolean => ORG_HEADS.has(h) || (commonWord(left.replace(/^[Tt]he\s+/, '')) && nounLemma(h.toLowerCase()) === h.toLowerCase() && nounClass(h.toLowerCase()) === 'org');
  if (SHARED_HEAD.test(left) && headed && orgHead(headed[1]!) && !countryOf(left)) return true;
  if (fieldsBeforeHead(left, right)) return true;
  const of = HEAD_OF.exec(left);
  // "the National Union of Metal and Allied Workers", "the Department of Health and Human
  // Services": an organisation's head, "of", a common word, then common words (WordNet) ending in
  // a plural that heads no organisation of its own ("… and Allied Irish Banks" names two).
  const words = right.split(/\s+/);
  if (of !== null && ORG_HEADS.has(of[1]!) && words.length === 2 && !countryOf(of[2]!) && !countryOf(right) && fieldNoun(of[2]!) && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && baseForms(w.toLowerCase()).size > 0) && /s$/.test(words[1]!) && !ORG_HEADS.has(words[1]!) && nounClass(words[1]!.toLowerCase()) !== 'org') return true;
  if (of === null || !new RegExp(`^${CAP_WORD}$`, 'u').test(right) || countryOf(of[2]!) || countryOf(right)) return false;
  // "the Museum of Science and Industry", "the College of Art and Design": any head whose "of"
  // joins two common nouns of a field (WordNet: neither a place nor a person) is one name.
  return ORG_HEADS.has(of[1]!) || (fieldNoun(of[2]!) && fieldNoun(right));
}

/** "the Harrowgate Arts | Crafts Guild": two fields (common nouns of no body) joined before one head that WordNet files as an organisation. */
function fieldsBeforeHead(left: string, right: string): boolean {
  const l = left.split(/\s+/);
  const r = right.split(/\s+/);
  const field = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && fieldNoun(w) && nounClass(w.toLowerCase()) === null;
  return l.length >= 2 && r.length === 2 && field(l.at(-1)!) && field(r[0]!) && nounClass(r[1]!.toLowerCase()) === 'org' && !countryOf(left);
}

/** A capitalised word WordNet knows as a common noun (by its lemma: "Brewers") whose first sense is no place. */
function commonWord(w: string): boolean {
  const lemma = nounLemma(w.toLowerCase());
  return /^\p{Lu}\p{Ll}+$/u.test(w) && baseForms(w.toLowerCase()).has('noun') && synsetsOf(lemma, 'noun', 1)[0]?.lexname !== 'noun.location';
}

/** A capitalised word WordNet knows as a common noun whose first sense is no place or person ("Industry", "Design"; not "America", "Leeds"). */
function fieldNoun(w: string): boolean {
  const first = synsetsOf(w.toLowerCase(), 'noun', 1)[0];
  return first !== undefined && !/^noun\.(?:location|person)$/.test(first.lexname);
}

/**
 * The names listed from token `k`: "Air Berlin and ALAFCO Aviation Lease & Finance of Kuwait",
 * "the Bank of Japan", "German airline Air Berlin" (a lower-case description before a name is
 * left out). Null when no name starts there.
 */
/**
 * "a third team, Velo Sarn,", "another baker, Marrow Mills": an indefinite description of common
 * words, then the one name it stands for between commas (or before the sentence's end).
 */
/** "the rescue plan put forward by Harrow", "a scheme submitted by X": a participle of putting forward and its agent after the noun. */
function proposedBy(tokens: readonly TaggedToken[], i: number): boolean {
  const p = tokens[i + 1];
  const forward = p?.lemma === 'put' && word(tokens[i + 2]) === 'forward' ? 1 : 0;
  return p?.pos === 'VERB' && (forward === 1 || (PUT_FORWARD.has(p.lemma) && /ed$/.test(p.text))) && word(tokens[i + 2 + forward]) === 'by' && tokens[i + 3 + forward]?.pos === 'PROPN';
}

/** Whether the noun at `i` is the object of a verb of putting forward ("put forward a plan", "submitted a scheme", "proposed a deal"). */
function putForward(tokens: readonly TaggedToken[], i: number): boolean {
  let d = i - 1;
  while (d > 0 && /^(?:DET|ADJ|NOUN|NUM|PRON|PART|PROPN)$/.test(tokens[d]!.pos) && !/^[,;]$/.test(tokens[d]!.text) && i - d <= 5) d--;
  const v = word(tokens[d]) === 'forward' && tokens[d - 1]?.lemma === 'put' ? d - 1 : d;
  return tokens[v]?.pos === 'VERB' && (v < d || PUT_FORWARD.has(tokens[v].lemma)) && /^(?:DET|PRON)$/.test(tokens[d + 1]?.pos ?? '');
}

/** "made an approach for Morva": an overture someone made for a target (not "an approach for dealing with …"). */
function madeFor(tokens: readonly TaggedToken[], i: number): boolean {
  let d = i - 1;
  while (d > 0 && tokens[d]!.pos === 'ADJ') d--;
  return word(tokens[i + 1]) === 'for' && tokens[i + 2]?.pos === 'PROPN' && tokens[d]?.pos === 'DET' && tokens[d - 1]?.pos === 'VERB' && tokens[d - 1]!.lemma === 'make';
}

/** A lower-case participle that describes the noun after it ("retiring owners", "listed firm"). */
function participleAt(tokens: readonly TaggedToken[], x: number): boolean {
  return tokens[x]?.pos === 'VERB' && /^\p{Ll}+(?:ing|ed)$/u.test(tokens[x].text) && /^(?:NOUN|ADJ)$/.test(tokens[x + 1]?.pos ?? '');
}

/**
 * "from the Lowe family trust": a name run that a determiner opens and two lower-case nouns close,
 * the last a body (WordNet: an organisation, or a group among its first senses), is that whole
 * body. Only for a seller after "from" (a bought thing, "the Old Lamp pub chain", stays as read).
 */
function withBodyHead(tokens: readonly TaggedToken[], run: { names: string[]; end: number } | null, text: string, k: number): { names: string[]; end: number } | null {
  if (!run || run.names.length !== 1 || word(tokens[k]) !== 'the') return run;
  const e = tokens.findIndex((x) => x.start >= run.end);
  const [a, b, c] = [tokens[e], tokens[e + 1], tokens[e + 2]];
  if (e < 0 || a?.pos !== 'NOUN' || b?.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(a.text) || !/^\p{Ll}+$/u.test(b.text) || c?.pos === 'NOUN' || c?.pos === 'PART') return run;
  if (isDealLemma(a.lemma) || isDealLemma(b.lemma) || (nounClass(b.text) !== 'org' && !bodyNoun(b.lemma))) return run;
  return { names: [`${run.names[0]!} ${text.slice(a.start, b.end)}`], end: b.end };
}

/** Whether two names are one ("Kell" in "Kell Foods"). */
const overlapsName = (x: string, y: string): boolean => x.toLowerCase().includes(y.toLowerCase()) || y.toLowerCase().includes(x.toLowerCase());

export function apposedName(tokens: readonly TaggedToken[], k: number, text: string, owned = false): { names: string[]; end: number } | null {
  let c = k + 1;
  // A plural of persons (WordNet), whatever the tagger reads it as ("founders" may be a verb).
  let group = false;
  const personsAt = (x: number): boolean => /^\p{Ll}+s$/u.test(tokens[x]?.text ?? '') && nounLemma(tokens[x]!.text) !== tokens[x]!.text && synsetsOf(nounLemma(tokens[x]!.text), 'noun', 2).some((y) => y.lexname === 'noun.person');
  // "from the port's owner, Kestle Holdings": with `owned`, a definite phrase whose first noun is a
  // possessor ("the port's") is described by the name after its comma.
  if (owned && /^the$/i.test(word(tokens[k])) && /^(?:NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '') && tokens[k + 2]?.pos === 'PART') c = k + 3;
  // "with the landlord, Orme Estates": with `owned`, a definite role noun (singular) set off by
  // the one name after its comma.
  // "between Velm and its southern neighbour, Tarsia": a possessive determiner too.
  // "its retiring owners": a participle describes like an adjective.
  // ("with that firm, Kessick Ropes": a demonstrative, pointing back, too.)
  else if (owned && /^(?:the|its|their|his|her|that|this)$/i.test(word(tokens[k])) && describingWordEnd(tokens, k + 1, (x) => (/^(?:ADJ|NOUN)$/.test(tokens[x]?.pos ?? '') || personsAt(x) || participleAt(tokens, x)) && /^\p{Ll}/u.test(tokens[x]!.text)) > k + 1) {
    // "the long-standing landlord": a hyphenated word describes as one (nounPhrase.ts).
    const describing = (x: number): boolean => (/^(?:ADJ|NOUN)$/.test(tokens[x]?.pos ?? '') || participleAt(tokens, x)) && /^\p{Ll}/u.test(tokens[x]!.text);
    let x = describingWordEnd(tokens, k + 1, (y) => describing(y) || personsAt(y));
    for (let next = describingWordEnd(tokens, x, describing); next > x; next = describingWordEnd(tokens, x, describing)) x = next;
    const h = x - 1;
    // "from its owners, the Strachan family": a plural of persons set off by one name (a family, a couple).
    if ((tokens[h]!.pos !== 'NOUN' && !personsAt(h) && !headAt(tokens, h)) || (/s$/.test(tokens[h]!.text) && !personsAt(h)) || tokens[h + 1]?.text !== ',') return null;
    // …and then only by a group of persons ("the Strachan family", "the Ainsworth brothers"), not a firm ("the owners, Brackley Estates").
    group = /s$/.test(tokens[h]!.text);
  } else if (!/^(?:a|an|another)$/i.test(word(tokens[k]))) return null;
  const from = c;
  // "a Dutch caterer, Voedam": a capitalised adjective of a country or people (WordNet's pertainym) describes too.
  // ("a US fund, Bluefin Capital": a country's name as a modifier, too.)
  const demonym = (x: number): boolean => x > k && /^(?:ADJ|NOUN)$/.test(tokens[x + 1]?.pos ?? '') && ((/^\p{Lu}\p{Ll}+$/u.test(tokens[x]!.text) && (synsetsOf(tokens[x]!.text.toLowerCase(), 'adj', 1)[0]?.lexname === 'adj.pert' || (synsetsOf(tokens[x]!.text.toLowerCase(), 'adj', 1).length > 0 && synsetsOf(tokens[x]!.text.toLowerCase(), 'noun', 1).length === 0))) || (/^\p{Lu}{2,3}$/u.test(tokens[x]!.text) && countryOf(tokens[x]!.text) !== null));
  // ("a generator hire firm, Gennick Hire": in a description a bare word the tagger reads as a verb
  // or an adverb is a noun when WordNet's first reading of it is one.)
  const misread = (x: number): boolean => /^(?:VERB|ADV)$/.test(tokens[x]!.pos) && /^\p{Ll}{3,}$/u.test(tokens[x]!.text) && tokens[x]!.text === tokens[x]!.lemma && synsetsOf(tokens[x]!.text, 'noun', 1).length > 0;
  // (At most five words after the determiner, a possessor's two among them.)
  for (let words = 0; c < tokens.length && words < 6 - (from - k); words++) {
    const next = describingWordEnd(tokens, c, (x) => ((/^(?:ADJ|NOUN|NUM)$/.test(tokens[x]!.pos) || participleAt(tokens, x) || (c > from && misread(x))) && /^\p{Ll}/u.test(tokens[x]!.text)) || demonym(x));
    if (next === c) break;
    c = next;
  }
  if (c === from) return null;
  // ("a rival, Arno Lifts": the head may be an adjective WordNet knows as a noun, nounPhrase's headAt.)
  if (c === k + 1 || (tokens[c - 1]!.pos !== 'NOUN' && !headAt(tokens, c - 1) && !misread(c - 1)) || tokens[c]?.text !== ',') return null;
  const found = namesAt(tokens, c + 1, text);
  // "its owners, Ron and Ada Pett": a couple sharing a surname is one party, the group the plural names.
  const couple = group && found?.names.length === 2 && isCouple(found.names[0]!, found.names[1]!) && /^\s+and\s+$/.test(text.slice(text.indexOf(found.names[0]!, tokens[c + 1]!.start) + found.names[0]!.length, text.lastIndexOf(found.names[1]!, found.end)));
  // "between its owner, Marr Chemicals, and the trader …": the set-off name ends at its closing comma; what "and" adds after it is the next side.
  const firstEnd = found && found.names.length > 1 && !couple ? text.indexOf(found.names[0]!, tokens[c + 1]!.start) + found.names[0]!.length : -1;
  const closed = firstEnd > 0 && /^,\s+and\s/.test(text.slice(firstEnd)) ? { names: [found!.names[0]!], end: firstEnd } : null;
  const run = couple ? { names: [text.slice(tokens[c + 1]!.start, found.end)], end: found.end } : (closed ?? found);
  // ("his agents, Harlan & Pike": a name joined by an ampersand is a firm's, a partnership the plural names.)
  if (!run || run.names.length !== 1 || (group && !couple && !/\s\p{Ll}+$/u.test(run.names[0]!) && !/\s&\s/u.test(run.names[0]!))) return null;
  const after = tokens.findIndex((x) => x.start >= run.end);
  return after < 0 || /^[,.;]$/.test(tokens[after]!.text) ? run : null;
}

/**
 * "Keith and Mary Dunn", set off as people: a lone given name joined to a given name and a
 * surname is a couple, one party (in a list of parties, and set off after "its owners,"). No word may be a country or a body's word (an organisation's
 * head, or first in WordNet a group, an artefact or a place: "Ostrander Freight" stays a firm).
 * Names not in WordNet pass ("its owners, Vodafone and Deutsche Telekom" would read as a couple).
 */
export function isCouple(left: string, right: string): boolean {
  const r = right.split(/\s+/);
  if (!/^\p{Lu}\p{Ll}+$/u.test(left) || r.length !== 2 || !r.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  const personal = (w: string): boolean => !countryOf(w) && !ORG_HEADS.has(w) && nounClass(w.toLowerCase()) !== 'org' && !/^noun\.(?:group|artifact|location)$/.test(synsetsOf(w.toLowerCase(), 'noun', 1)[0]?.lexname ?? '');
  // A plural last word is a firm's ("Kelso Holdings", "Tarn Foods"), not a surname.
  const plural = nounLemma(r[1]!.toLowerCase()) !== r[1]!.toLowerCase();
  return personal(left) && r.every(personal) && !plural;
}

export function namesAt(tokens: readonly TaggedToken[], k: number, text: string): { names: string[]; end: number } | null {
  const units: Array<{ name: string; end: number; joinedBy: string }> = [];
  let i = k;
  let joinedBy = '';
  for (let guard = 0; guard < 12; guard++) {
    let j = i;
    // A determiner opens a new noun phrase: "X and the Free Border Army" names two.
    const determined = /^(?:the|its|their)$/i.test(tokens[j]?.text ?? '');
    if (determined) j++;
    // A lower-case description before the name: "German airline Air Berlin", "carrier Ryanair".
    let d = j;
    // A lower-case participle describes too: "streaming service Quillo", "listed miner Orvik".
    // "the touring Blue Fox Circus": before the name itself, too.
    const participle = (x: number): boolean => tokens[x]!.pos === 'VERB' && /^\p{Ll}+(?:ing|ed)$/u.test(tokens[x]!.text) && (tokens[x + 1]?.pos === 'NOUN' || (x === j && nameRunStartsAt(tokens, x + 1)));
    // The tagger reads some lower-case words with accents as names ("café chain"): a lower-case "name" describes.
    // "the farmers’ co-operative Vale Milk": a plural possessor inside the description.
    const pluralOwner = (x: number): boolean => x > j && tokens[x]!.pos === 'PART' && /^['’]$/.test(tokens[x]!.text) && /^\p{Ll}+s$/u.test(tokens[x - 1]!.text) && /^(?:NOUN|ADJ)$/.test(tokens[x + 1]?.pos ?? '');
    // A hyphenated word is one (nounPhrase.ts): "ride-hailing company Zoomly", "the not-for-profit provider Kindred Care".
    for (let words = 0; d < tokens.length && words < 6 && !(d > j && nameRunStartsAt(tokens, d)); words++) {
      const next = describingWordEnd(tokens, d, (x) => tokens[x]!.pos === 'NOUN' || tokens[x]!.pos === 'ADJ' || (tokens[x]!.pos === 'PROPN' && /^\p{Ll}/u.test(tokens[x]!.text)) || participle(x) || pluralOwner(x) || nameToken(tokens[x], x));
      if (next === d) break;
      d = next;
    }
    if (d > j && nameRunStartsAt(tokens, d) && tokens.slice(j, d).some((x) => /^\p{Ll}/u.test(x.text))) j = d;
    if (!nameToken(tokens[j], j)) break;
    let e = j;
    // The tagger may read the second word of a name as a verb ("Merrill Lynch"): capitals continue it.
    const more = (x: TaggedToken | undefined): boolean => x !== undefined && x.pos !== 'PUNCT' && /^\p{Lu}\p{Ll}/u.test(x.text) && !CALENDAR_WORDS.has(x.text);
    // "the Mechanics' Guild", "Transport Workers' Union": an apostrophe after a plural inside a name.
    // "the Reykholt Fishermen's Association": a possessive between two words of a name, too.
    const inner = (x: number): boolean =>
      ((/^['’]$/.test(tokens[x]!.text) && /s$/.test(tokens[x - 1]!.text)) || (/^['’]s$/.test(tokens[x]!.text) && isCapital(tokens[x - 1]!) && countryOf(text.slice(tokens[j]!.start, tokens[x - 1]!.end)) === null)) &&
      x > j && tokens[x - 1]!.end === tokens[x]!.start && nameToken(tokens[x + 1], x + 1);
    while (e < tokens.length && (nameToken(tokens[e], e) || (e > j && more(tokens[e])) || inner(e) || (/^(?:of|de|&|for)$/.test(tokens[e]!.text) && nameToken(tokens[e + 1], e + 1)))) e++;
    // "Lumen+", "Disney+": a plus sign written onto a name is part of it.
    if (tokens[e]?.text === '+' && tokens[e]!.start === tokens[e - 1]!.end) e++;
    // "the supermarket group Pellow's for five years": a possessive that possesses nothing is the name's own.
    else if (e > j && /^['’]s$/.test(tokens[e]?.text ?? '') && tokens[e]!.start === tokens[e - 1]!.end && (tokens[e + 1] === undefined || /^(?:ADP|PUNCT|CCONJ|SCONJ)$/.test(tokens[e + 1]!.pos))) e++;
    // "the Red Hand militia", "the Caldera agency": a common noun after a name the article opens is its head.
    if (determined && tokens[e]?.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[e]!.text) && !isDealLemma(tokens[e]!.lemma) && !PART_NOUNS.has(tokens[e]!.lemma) && tokens[e + 1]?.pos !== 'NOUN' && tokens[e + 1]?.pos !== 'PART') {
      e++;
      // "with the local NHS trust, Arden Health, to …": the one name set off after such a phrase is what it describes.
      const set = units.length === 0 && tokens[e]?.text === ',' && nameRunStartsAt(tokens, e + 1) ? namesAt(tokens, e + 1, text) : null;
      const after = set ? tokens.findIndex((x) => x.start >= set.end) : -1;
      if (set && set.names.length === 1 && (after < 0 || /^[,.;]$/.test(tokens[after]!.text)) && !/^(?:and|&)$/.test(tokens[after + 1]?.text ?? '')) return set;
    }
    const name = text.slice(tokens[j]!.start, tokens[e - 1]!.end);
    const prev = units[units.length - 1];
    // "the Securities and Exchange Commission" is one name, not two.
    if (prev && joinedBy === 'and' && !determined && oneName(prev.name, name)) units[units.length - 1] = { name: text.slice(text.lastIndexOf(prev.name, tokens[j]!.start), tokens[e - 1]!.end), end: tokens[e - 1]!.end, joinedBy: prev.joinedBy };
    else units.push({ name, end: tokens[e - 1]!.end, joinedBy });
    i = e;
    // "X, Y and Z", "X and Y", "X, and Y"
    if (tokens[i]?.text === ',' && /^(?:and|&)$/.test(tokens[i + 1]?.text ?? '')) {
      joinedBy = 'and';
      i += 2;
    } else if (/^(?:and|&)$/.test(tokens[i]?.text ?? '')) {
      joinedBy = 'and';
      i += 1;
    } else if (tokens[i]?.text === ',') {
      joinedBy = ',';
      i += 1;
    } else break;
  }
  // A comma joins names only in a list that an "and" closes: "X, Y and Z", not "from X, US$200".
  let n = units.length;
  while (n > 1 && units.slice(1, n).every((u) => u.joinedBy === ',')) n = 1;
  if (n > 1 && units[n - 1]!.joinedBy !== 'and') {
    const lastAnd = units.map((u) => u.joinedBy).lastIndexOf('and');
    n = lastAnd > 0 ? lastAnd + 1 : 1;
  }
  const kept = units.slice(0, n);
  return kept.length > 0 ? { names: kept.map((u) => u.name), end: kept[kept.length - 1]!.end } : null;
}

/**
 * A party named by a group of people or bodies with no name, from token `k`: one reader, three
 * shapes (GROUP_SHAPES) that differ only in what may open the phrase, which words it runs over and
 * what its head must be. Null when the shape does not fit.
 */
type GroupShape = 'people' | 'counted' | 'bare';
interface GroupReading {
  /** Where the phrase's words begin after what opens it (`k` when nothing does), or null when it needs an opener and has none. */
  readonly opener: (tokens: readonly TaggedToken[], k: number) => number | null;
  /** A word of the phrase at `e` (`c`: where the words began). */
  readonly word: (tokens: readonly TaggedToken[], e: number, c: number) => boolean;
  /** The head: the phrase's last word. */
  readonly head: (t: TaggedToken) => boolean;
}
const firstLexname = (x: TaggedToken | undefined): string => (x ? (synsetsOf(x.lemma, 'noun', 1)[0]?.lexname ?? '') : '');
const GROUP_SHAPES: Readonly<Record<GroupShape, GroupReading>> = {
  // "passengers who were stranded", "former passengers", "thousands of its passengers", "a group of
  // its drivers", "hundreds of homeowners": a count or a group noun (WordNet) then "of", and a
  // possessor after it; up to four lower-case adjectives and nouns; a plural whose noun WordNet
  // files first as persons or an organisation.
  people: {
    opener: (tokens, k) => {
      let c = k;
      // "thousands of", "a group of", "a number of".
      if (/^(?:a|an)$/i.test(word(tokens[c])) && (/^(?:noun\.group|noun\.quantity)$/.test(firstLexname(tokens[c + 1])) || nounClass(tokens[c + 1]?.text ?? '') === 'org') && word(tokens[c + 2]) === 'of') c += 3;
      else if (tokens[c]?.pos === 'NOUN' && /s$/.test(tokens[c]!.text) && firstLexname(tokens[c]) === 'noun.quantity' && word(tokens[c + 1]) === 'of') c += 2;
      else if (tokens[c]?.pos === 'NUM' && word(tokens[c + 1]) === 'of') c += 2;
      if (c > k && /^(?:its|their|the)$/i.test(word(tokens[c]))) c++;
      return c;
    },
    word: (tokens, e, c) => e - c < 4 && (tokens[e]!.pos === 'ADJ' || tokens[e]!.pos === 'NOUN') && /^\p{Ll}/u.test(tokens[e]!.text),
    head: (t) => t.pos === 'NOUN' && nounLemma(t.text) !== t.text.toLowerCase() && /^(?:person|org)$/.test(nounClass(t.text) ?? ''),
  },
  // "about 4,000 borrowers", "1,200 former staff": a number (with no determiner) opens it, then
  // adjectives and nouns ending in a plural noun (the second side of "between X and …").
  counted: {
    opener: (tokens, k) => {
      const q = quantityAt(tokens, k);
      return tokens[q]?.pos === 'NUM' ? q + 1 : null;
    },
    word: (tokens, e) => /^(?:ADJ|NOUN)$/.test(tokens[e]!.pos),
    head: (t) => t.pos === 'NOUN' && /s$/i.test(t.text),
  },
  // "offers from betting firms": a bare plural (no determiner) whose head is a group by WordNet's
  // first sense (firm, club, company) stands for the bodies that made the offers. ("betting firms":
  // the tagger may read a gerund modifier as a verb.)
  bare: {
    opener: (_tokens, k) => k,
    word: (tokens, e) => /^(?:ADJ|NOUN)$/.test(tokens[e]!.pos) || (tokens[e]!.pos === 'VERB' && /ing$/.test(tokens[e]!.text) && /^(?:ADJ|NOUN)$/.test(tokens[e + 1]?.pos ?? '')),
    head: (t) => t.pos === 'NOUN' && /s$/i.test(t.text) && t.text !== t.lemma && firstLexname(t) === 'noun.group',
  },
};

function groupParty(shape: GroupShape, tokens: readonly TaggedToken[], k: number, text: string): { name: string; end: number } | null {
  const reading = GROUP_SHAPES[shape];
  const c = reading.opener(tokens, k);
  if (c === null) return null;
  let e = c;
  while (e < tokens.length && reading.word(tokens, e, c)) e++;
  const head = tokens[e - 1];
  if (e === c || head === undefined || !reading.head(head)) return null;
  return { name: text.slice(tokens[k]!.start, head.end), end: head.end };
}

/** "its passengers", "more than 9,000 of their members": a plural of persons or groups (WordNet) that "its"/"their" owns. */
function ownPeople(np: string): boolean {
  const m = /^(?:.*?\bof\s+)?(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u.exec(np);
  if (!m) return false;
  const head = m[1]!;
  return nounLemma(head) !== head && /^(?:person|org)$/.test(nounClass(head) ?? '');
}

/**
 * Where the number of a quantity opening at `k` stands ("about 4,000", "more than 9,000", "up to
 * 300": one or two adverbs, comparatives or prepositions before a number), else `k`.
 */
function quantityAt(tokens: readonly TaggedToken[], k: number): number {
  let q = k;
  while (q < k + 2 && /^(?:ADV|ADJ|ADP)$/.test(tokens[q]?.pos ?? '')) q++;
  return q > k && tokens[q]?.pos === 'NUM' ? q : k;
}

/**
 * A party named by a plain noun phrase from token `k`: "the state", "the pilots’ union", "the
 * state of Ostria" (with the name it is of). Needs a determiner or a possessor; null otherwise.
 */
/**
 * "a Finnish-style sauna operator", "a local builder": an indefinite singular description at `k`
 * (its adjectives, nouns and hyphened words) whose head WordNet files as a person or an
 * organisation, ending the phrase (no "of" after it); null otherwise.
 */
function describedSide(tokens: readonly TaggedToken[], k: number, text: string): { names: string[]; end: number } | null {
  if (!/^(?:a|an)$/i.test(tokens[k]?.text ?? '')) return null;
  let e = k + 1;
  // ("a beekeepers' association": a plural's possessive mark before the next noun is inside the phrase.)
  while (e < tokens.length && e - k <= 6 && !(e > k + 1 && /^(?:last|next|this|earlier|later)$/.test(word(tokens[e]))) && (/^(?:ADJ|NOUN)$/.test(tokens[e]!.pos) || (tokens[e]!.text === '-' && e > k + 1) || (tokens[e]!.pos === 'PROPN' && tokens[e + 1]?.text === '-') || (/^['’]$/.test(tokens[e]!.text) && /s$/.test(tokens[e - 1]!.text) && e > k + 1 && tokens[e + 1]?.pos === 'NOUN'))) e++;
  const head = tokens[e - 1];
  if (e === k + 1 || head?.pos !== 'NOUN' || /s$/.test(head.text) || word(tokens[e]) === 'of' || tokens[e]?.text === '-') return null;
  // (A person in one of its first two senses: "operator", "builder" name a machine or a thing first.)
  const lemma = nounLemma(head.text);
  if (nounClass(lemma) !== 'org' && !synsetsOf(lemma, 'noun', 2).some((x) => x.lexname === 'noun.person')) return null;
  return { names: [text.slice(tokens[k]!.start, head.end)], end: head.end };
}

function commonParty(tokens: readonly TaggedToken[], k0: number, text: string): { name: string; end: number } | null {
  // "about 60,000 of its drivers": a number of a group is that group, named whole.
  let k = quantityAt(tokens, k0);
  if (tokens[k]?.pos === 'NUM' && word(tokens[k + 1]) === 'of') k += 2;
  if (k > k0 && word(tokens[k - 1]) !== 'of') return null;
  if (tokens[k]?.pos !== 'DET' && !(tokens[k]?.pos === 'PRON' && /^(?:its|their)$/i.test(tokens[k]!.text))) return null;
  if (!/^(?:the|its|their)$/i.test(tokens[k]!.text)) return null;
  let e = k + 1;
  // ("with its neighbour last year": a time phrase after the phrase is no part of it.)
  const timeAt = (x: number): boolean => /^(?:last|next|this|previous)$/.test(word(tokens[x])) && (CALENDAR_WORDS.has(tokens[x + 1]?.text ?? '') || /^(?:year|month|week|weekend|season|spring|summer|autumn|winter)$/.test(word(tokens[x + 1])));
  // ("its former animal-feed supplier": a hyphen joining two nouns, unspaced, is inside the phrase.)
  while (e < tokens.length && !timeAt(e) && (/^(?:ADJ|NOUN)$/.test(tokens[e]!.pos) || (/^['’]s?$/.test(tokens[e]!.text) && tokens[e + 1]?.pos === 'NOUN') || (tokens[e]!.text === '-' && e > k + 1 && tokens[e - 1]!.end === tokens[e]!.start && tokens[e + 1]?.start === tokens[e]!.end && tokens[e + 1]?.pos === 'NOUN'))) e++;
  // "rejected by the cooperative": the tagger may read a last noun as an adjective; WordNet's
  // organisation, country or place noun heads the phrase all the same.
  const headNoun = (x: TaggedToken): boolean => x.pos === 'NOUN' || (x.pos === 'ADJ' && /^(?:org|nation|place)$/.test(nounClass(x.text) ?? ''));
  if (e === k + 1 || !headNoun(tokens[e - 1]!)) return null;
  let end = tokens[e - 1]!.end;
  // "the state of Ostria", "the city of Lorne": the name it is of belongs to it.
  if (word(tokens[e]) === 'of') {
    const run = namesAt(tokens, e + 1, text);
    // "the government of Norland and the rebels": only the first name listed is what it is of.
    if (run) end = run.names.length === 1 ? run.end : text.indexOf(run.names[0]!, tokens[e + 1]!.start) + run.names[0]!.length;
  }
  // "its former manager, Alan Pike,": a singular description with one name set off after it is that name.
  else if (tokens[e]?.text === ',' && !/s$/.test(tokens[e - 1]!.text)) {
    const run = namesAt(tokens, e + 1, text);
    const next = run ? tokens.find((t) => t.start >= run.end) : undefined;
    if (run && run.names.length === 1 && (!next || /^[,.;]$/.test(next.text))) return { name: run.names[0]!, end: run.end };
  }
  return { name: text.slice(tokens[k0]!.start, end), end };
}

const oneParty = (p: { name: string; end: number } | null): { names: string[]; end: number } | null => (p ? { names: [p.name], end: p.end } : null);
/** A description with "the" ("the county council"), which the caller may resolve to a name, as one party. */
const theParty = (p: { name: string; end: number } | null): { names: string[]; end: number } | null => (p && /^the\s/i.test(p.name) ? oneParty(p) : null);

function nameRunStartsAt(tokens: readonly TaggedToken[], d: number): boolean {
  const t = tokens[d];
  return t !== undefined && t.pos === 'PROPN' && isCapital(t);
}

/** The index of the first token of the clause holding token `i` (after the last , ; : — or a quote). */
function clauseStart(tokens: readonly TaggedToken[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (/^[;:—–"“”]$/.test(tokens[k]!.text)) return k + 1;
  return 0;
}

/**
 * Whether the phrase ending before token `e` closes its clause: the sentence's end, a closing quote
 * or a semicolon follows, past a time phrase ("on Tuesday", "last week", "in March").
 */
/** After a time phrase at `e`, a verb joined by "but" or "and" ("… but questioned …"), or a participle set off by a comma ("…, saying …"). */
function goesOnAfter(tokens: readonly TaggedToken[], e: number): boolean {
  const c = pastTime(tokens, e);
  const x = tokens[c];
  const y = tokens[c + 1];
  if (!x || !y || y.pos !== 'VERB') return false;
  if (x.pos === 'CCONJ' && /^(?:but|and)$/i.test(x.text)) return y.text !== y.lemma && !/ing$/.test(y.text);
  return x.text === ',' && /ing$/.test(y.text);
}

function closesClause(tokens: readonly TaggedToken[], e: number): boolean {
  const c = pastTime(tokens, e);
  return c >= tokens.length || /^[.!;"”’]$/.test(tokens[c]!.text);
}

/**
 * The token after a time phrase at `e` ("on Tuesday", "last week", "in March", "yesterday", a bare
 * day in the American way: "Tuesday"), or `e` itself when none stands there.
 */
function pastTime(tokens: readonly TaggedToken[], e: number): number {
  let c = e;
  if (/^(?:on|in|at|last|this|yesterday|today)$/.test(word(tokens[c])) || (CALENDAR_WORDS.has(tokens[c]?.text ?? '') && c > 0)) {
    c++;
    while (c < tokens.length && c - e <= 3 && (tokens[c]!.pos === 'PROPN' || tokens[c]!.pos === 'NUM' || CALENDAR_WORDS.has(tokens[c]!.text) || /^(?:week|weekend|month|year|morning|evening|night|the|this|last)$/i.test(tokens[c]!.text))) c++;
  }
  return c;
}

/**
 * Whether a mention of a deal at token `s` stands where the sentence asserts nothing of it: in a
 * condition ("If the regulator blocks the takeover, …"), in a clause whose subject is negated
 * ("Neither company has proposed changes to the deal"), or in what someone is asked, urged or
 * plans to do ("asked the government to publish the annex of the agreement").
 */
function unasserted(tokens: readonly TaggedToken[], s: number): boolean {
  let from = clauseStart(tokens, s);
  for (let k = s - 1; k > from; k--) if (tokens[k]!.text === ',') {
    from = k + 1;
    break;
  }
  const clause = tokens.slice(from, s);
  if (clause.some((t) => CONDITION.has(word(t)))) return true;
  if (/^(?:neither|no|none)$/.test(word(clause[0]))) return true;
  const to = clause.findLastIndex((t) => word(t) === 'to' && t.pos === 'PART');
  if (to > 0) for (let k = to - 1; k >= 0 && to - k <= 4; k--) if (clause[k]!.pos === 'VERB') return FAILED.has(clause[k]!.lemma);
  return false;
}

/** Verbs of choosing whose "not to" (or, for declining, "to") renew a deal lets it lapse. */
const CHOSE_NOT = new Set(['decide', 'choose', 'opt', 'elect', 'vote']);

/**
 * "did not renew its contract", "The licence was not renewed when it ran out", "has never renewed",
 * "decided not to renew", "declined to renew", "was not extended": a renewal or extension denied in a past or present (no modal, no
 * condition) lets the deal lapse — it is voided. `v` is the renewing verb; the answer is where the
 * words that deny it begin (the subject ends there), or -1.
 */
function renewalDenied(tokens: readonly TaggedToken[], v: number): number {
  if (!(RENEWING.has(tokens[v]?.lemma ?? '') || EXTENDING.has(tokens[v]?.lemma ?? '')) || tokens[v]!.pos !== 'VERB') return -1;
  for (let k = clauseStart(tokens, v); k < v; k++) if (CONDITION.has(word(tokens[k]))) return -1;
  let k = v - 1;
  // "declined to renew", "decided not to renew", "chose not to renew": the choice, in a past or present.
  if (word(tokens[k]) === 'to') {
    const negated = NEGATIONS.has(word(tokens[k - 1]));
    const c = negated ? k - 2 : k - 1;
    const chooser = tokens[c];
    if (chooser?.pos !== 'VERB' || !(negated ? CHOSE_NOT.has(chooser.lemma) : chooser.lemma === 'decline') || notReal(tokens, c)) return -1;
    return c;
  }
  let negated = false;
  let tensed = false;
  for (; k >= 0 && v - k <= 4 && /^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos); k--) {
    const w = word(tokens[k]);
    if (HYPOTHESIS.has(w) || w === 'will' || w === 'to') return -1;
    if (NEGATIONS.has(w) || w.endsWith("n't")) negated = true;
    // ("never renewed": the verb's own past tense.)
    if ((tokens[k]!.pos === 'AUX' && /^(?:do|have|be)$/.test(tokens[k]!.lemma)) || (w === 'never' && tokens[v]!.text !== tokens[v]!.lemma)) tensed = true;
  }
  return negated && tensed ? k + 1 : -1;
}

/** Negation, a modal, or a failed attempt on the verb at `v` (looking at the auxiliaries before it). */
function notReal(tokens: readonly TaggedToken[], v: number, reported = false): boolean {
  // "has proposed extending the treaty", "wants renewing": a gerund after a verb of trying, wanting or proposing;
  // "discussed renewing the contract", "is considering extending it": or of talking or weighing a deal not made.
  if (/ing$/.test(tokens[v]?.text ?? '') && tokens[v - 1]?.pos === 'VERB' && (FAILED.has(tokens[v - 1]!.lemma) || NOT_MADE.has(tokens[v - 1]!.lemma))) return true;
  // "held talks on extending the lease", "a discussion about renewing it": a gerund that talks are about.
  if (/ing$/.test(tokens[v]?.text ?? '') && /^(?:on|about|over|of)$/.test(word(tokens[v - 1])) && tokens[v - 2]?.pos === 'NOUN' && TALK_NOUNS.has(tokens[v - 2]!.lemma)) return true;
  for (let k = v - 1; k >= 0 && v - k <= 4; k--) {
    const t = tokens[k]!;
    const w = word(t);
    if (NEGATIONS.has(w) || w.endsWith("n't")) return true;
    // "agreed in May to sell", "signed on 3 May": the month, not the modal.
    if (t.text === 'May' && (/^(?:in|since|until|till|by|from|last|next|early|late|mid|of|during|before|after|on)$/.test(word(tokens[k - 1])) || tokens[k - 1]?.pos === 'NUM' || tokens[k + 1]?.pos === 'NUM')) break;
    if (HYPOTHESIS.has(w) && !(reported && w === 'would' && reportedFuture(tokens, k))) return true;
    if (w === 'to' && FAILED.has(tokens[k - 1]?.lemma ?? '')) return true;
    // ("had offered in 2024 to settle", "tried last year to buy": a time phrase between the verb and "to".)
    if (w === 'to' && t.pos === 'PART') {
      let b = k - 1;
      // (A time is a number, a month or day, or a noun WordNet files first under time.)
      while (b > 0 && k - b <= 3 && (/^(?:NUM|PROPN)$/.test(tokens[b]!.pos) || /^(?:in|on|last|this|next|early|late)$/.test(word(tokens[b])) || (tokens[b]!.pos === 'NOUN' && synsetsOf(tokens[b]!.lemma, 'noun', 1)[0]?.lexname === 'noun.time'))) b--;
      if (b < k - 1 && /^(?:in|on|last|this|next|early|late)$/.test(word(tokens[b + 1])) && tokens[b]?.pos === 'VERB' && FAILED.has(tokens[b]!.lemma)) return true;
    }
    // "met to discuss how to finance the purchase": an infinitive after how / whether asks, it states nothing.
    if (w === 'to' && /^(?:how|whether)$/.test(word(tokens[k - 1]))) return true;
    // "had urged the two firms to reach a deal", "asked them to sign": the verb's object between.
    if (w === 'to' && t.pos === 'PART') {
      let o = k - 1;
      while (o > 0 && k - o <= 5 && /^(?:DET|ADJ|NOUN|NUM|PROPN|PRON)$/.test(tokens[o]!.pos)) o--;
      if (o < k - 1 && tokens[o]!.pos === 'VERB' && FAILED.has(tokens[o]!.lemma)) return true;
    }
    // "still has to approve the deal": an obligation in the present is a step still ahead ("had to sell" was done).
    if (w === 'to' && t.pos === 'PART' && /^(?:has|have)$/.test(word(tokens[k - 1])) && tokens[k - 1]!.pos === 'AUX') return true;
    // "voted to ratify the treaty" is the ratification; "plans to ratify" is not yet.
    if (w === 'to' && NOT_MADE.has(tokens[k - 1]?.lemma ?? '') && tokens[k - 1]!.lemma !== 'vote') return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && w !== 'to') break;
  }
  // "if they sign", "whether to ratify": a condition earlier in the clause.
  for (let k = clauseStart(tokens, v); k < v; k++) if (CONDITION.has(word(tokens[k]))) return true;
  // "would sign it only if the price fell", "unless the board objects": a condition after it.
  // "said it would honour the agreement if the sale goes through": any "if" after a modal's verb.
  const modal = tokens.slice(Math.max(0, v - 3), v).some((x) => /^(?:would|could|might)$/.test(word(x)));
  for (let k = v + 1; k < tokens.length && !/^[;:]$/.test(tokens[k]!.text); k++) {
    if (word(tokens[k]) === 'unless' || (word(tokens[k]) === 'if' && (word(tokens[k - 1]) === 'only' || modal))) return true;
  }
  return false;
}

/** Statuses that make or confirm a deal; a future one makes it proposed. */
const MAKING = new Set<AgreementStatus>(['signed', 'reached', 'approved', 'ratified']);

/**
 * "… runs for four years and was approved by the board": the participle of a passive joined by "and" to the
 * clause from `from` on (before any other clause opens), when it makes a deal (`MAKING`: signed, reached, approved, ratified).
 */
function madeAfterAnd(tokens: readonly TaggedToken[], from: number): TaggedToken | null {
  for (let k = from; k < tokens.length && !/^[;:,]$/.test(tokens[k]!.text) && !/^(?:which|that|who|but|while|although)$/.test(word(tokens[k])); k++) {
    if (word(tokens[k]) !== 'and') continue;
    let v = k + 1;
    let be = false;
    while (tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'PART') {
      if (tokens[v]!.lemma === 'be') be = true;
      if (NEGATIONS.has(word(tokens[v]))) return null;
      v++;
    }
    const verb = tokens[v];
    const made = be && verb?.pos === 'VERB' && /(?:ed|en)$/.test(verb.text) ? passiveStatus(verb.lemma) : null;
    return made && MAKING.has(made) ? verb! : null;
  }
  return null;
}

/** "will sign", "said it would sign", "is to sign": the verb at `v` is in the future. */
function willDo(tokens: readonly TaggedToken[], v: number): boolean {
  for (let k = v - 1; k >= 0 && v - k <= 4; k--) {
    const w = word(tokens[k]);
    if (w === 'will' || w === 'shall' || w === "'ll" || (w === 'would' && reportedFuture(tokens, k))) return true;
    if (w === 'to' && /^(?:be|go)$/.test(tokens[k - 1]?.lemma ?? '')) return true;
    if (tokens[k]!.pos !== 'AUX' && tokens[k]!.pos !== 'ADV' && tokens[k]!.pos !== 'PART') return false;
  }
  return false;
}

/**
 * "Under the accord, porters will receive a 4 per cent increase", "X will pay £9,000 a year under the
 * lease": a clause acting under a deal named before whose main verb is still to come ("will",
 * `willDo`) tells a term of the deal, not that it has taken effect; the deal keeps the status it
 * was made with (the caller carries it). A clause in the present or past ("Under the deal it paid
 * …", "Under its terms, X must …") tells the deal at work: in force.
 */
export function termsAhead(text: string): boolean {
  const tokens = tag(text, { entities: false }).tokens;
  const u = tokens.findIndex((t) => word(t) === 'under');
  if (u < 0) return false;
  let main = -1;
  if (clauseStart(tokens, u) === u) {
    // The main clause after the phrase: its first finite verb or "will", past what is set off by
    // commas (a participle, "agreed with the trust", a relative clause, "who runs the shop") and
    // past participles and gerunds that modify a noun ("its managing director").
    // (From the phrase's comma, "Under the terms agreed, …"; with none, from the phrase on.)
    const comma = tokens.findIndex((x, k) => k > u && x.text === ',');
    let setOff = false;
    for (let k = comma > u ? comma : u + 1; k < tokens.length; k++) {
      const x = tokens[k]!;
      if (x.text === ',') {
        setOff = /^(?:who|which|whose|where)$/.test(word(tokens[k + 1])) || (tokens[k + 1]?.pos === 'VERB' && /(?:ed|en)$/.test(tokens[k + 1]!.text));
        continue;
      }
      if (setOff) continue;
      if (/^(?:will|shall|'ll)$/.test(word(x))) return true;
      if (x.pos === 'VERB' && !/ing$/.test(x.text) && !(tokens[k - 1]?.pos === 'DET' || tokens[k + 1]?.pos === 'NOUN')) {
        main = k;
        break;
      }
    }
  } else main = tokens.findLastIndex((x, k) => k < u && k >= clauseStart(tokens, u) && x.pos === 'VERB');
  return main >= 0 && willDo(tokens, main);
}

/**
 * "The lease runs until 2036", "The permit, which comes into effect from 3 June, …", "comes into
 * force": a sentence telling a deal at work — a verb of lasting (`LAST_VERBS`) with its span, or
 * taking effect, coming or staying in force. What a deal provides, told so, holds: in force.
 */
export function atWork(text: string): boolean {
  const tokens = tag(text, { entities: false }).tokens;
  return tokens.some((t, k) => {
    if (t.pos !== 'VERB') return false;
    const next = word(tokens[k + 1]);
    if (LAST_VERBS.has(t.lemma) && /^(?:until|till|to|through|for)$/.test(next)) return true;
    if (t.lemma === 'take' && next === 'effect') return true;
    return /^(?:come|enter|remain|stay)$/.test(t.lemma) && /^(?:in|into)$/.test(next) && /^(?:force|effect)$/.test(word(tokens[k + 2]));
  });
}

/**
 * "Members of the Kiln Workers' Union backed the agreement", "Union members approved the deal":
 * the subject before the verb `cue` is people (a plural of WordNet's person class: members,
 * workers, nurses), not a body (a board, a council, a legislature). People voting on a deal
 * are its rank and file ratifying it (the caller keeps a deal they ratified so).
 */
export function peopleVote(text: string, cue: string): boolean {
  const tokens = tag(text, { entities: false }).tokens;
  const v = tokens.findIndex((t) => t.text === cue);
  if (v <= 0) return false;
  // (A capitalised first word, "Members of …", the tagger may read as a name.)
  const nouns = tokens.slice(0, v).map((t, k) => ({ t, k })).filter(({ t, k }) => t.pos === 'NOUN' || (k === 0 && t.pos === 'PROPN'));
  const head = nouns.find(({ k }) => word(tokens[k + 1]) === 'of') ?? nouns.at(-1);
  if (!head || /^['’]s?$/.test(tokens[head.k + 1]?.text ?? '')) return false;
  const lemma = nounLemma(head.t.text);
  return lemma !== head.t.text.toLowerCase() && nounClass(lemma) === 'person';
}

/**
 * A verb lemma that reports what someone said or announced: a strong speech lemma (lexicon's
 * `speechLemma`, the class `reportsClause` asks of a form), and "report", which is none there (it
 * also reports facts: "reported a loss") but reports a deal as "said" does ("reported that it would buy …").
 */
function reportingLemma(lemma: string): boolean {
  return lemma === 'report' || speechLemma(lemma) === 'strong';
}

/**
 * "X said on Tuesday it would buy Y": "would" after a reporting verb in the past is the reported
 * "will" (sequence of tenses), not a hypothesis; "would have …" still is one.
 */
function reportedFuture(tokens: readonly TaggedToken[], k: number): boolean {
  if (word(tokens[k + 1]) === 'have') return false;
  for (let r = k - 1; r >= 0 && k - r <= 8; r--) {
    const t = tokens[r]!;
    if (t.pos === 'VERB') return reportingLemma(t.lemma) && /ed$|^(?:said|told)$/i.test(t.text);
    if (/^[,;:"“”]$/.test(t.text) && r < k - 1 && tokens[r + 1]?.pos !== 'PRON' && tokens[r + 1]?.pos !== 'SCONJ') return false;
  }
  return false;
}

const wordMemo = new Map<string, boolean>();
/** Whether a lower-case word is (the plural of) an agreement noun WordNet knows and the hint does not list. */
function wordNetDealWord(w: string): boolean {
  let yes = wordMemo.get(w);
  if (yes === undefined) {
    // "leased", "contracted": the past of a verb whose lemma is an agreement noun (read by `letTo`).
    yes = dealNounOf(w) !== null || heldDealNoun(w) || heldDealNoun(w.replace(/s$/, '')) || (/ed$/.test(w) && participleBases(w).some((b) => dealNounKind(b) === 'pact'));
    if (wordMemo.size > 50_000) wordMemo.clear();
    wordMemo.set(w, yes);
  }
  return yes;
}

/**
 * "chartered a vessel from X", "hired a barge from X": the past of a verb WordNet files in one sense
 * with a verb whose lemma is an agreement noun ("charter" with "lease"), its object got "from"
 * someone (read by `letTo`). Not "granted an injunction to X" ("grant" shares a sense with "accord").
 */
function synonymFrom(text: string): boolean {
  // (The pattern needs "from" after a space: without one, no scan of every "-ed" word.)
  if (!FROM_AFTER_SPACE.test(text)) return false;
  SYNONYM_FROM.lastIndex = 0;
  for (let m = SYNONYM_FROM.exec(text); m !== null; m = SYNONYM_FROM.exec(text)) if (participleBases(m[1]!).some((b) => pactSynonym(b))) return true;
  return false;
}
const SYNONYM_FROM = /(?<![\p{L}\p{M}\p{N}_])(\p{Ll}+ed)\s+(?:[\p{L}\d'’-]+\s+){1,5}from\s/gu;
const FROM_AFTER_SPACE = /\sfrom\s/u;

/** Where the first agreement noun stands that only WordNet knows ("a covenant", "the lease"), or -1. */
function wordNetDealAt(text: string): number {
  // One global regex, reset per call (`matchAll` would copy it on every call).
  LOWER_WORDS.lastIndex = 0;
  for (let m = LOWER_WORDS.exec(text); m !== null; m = LOWER_WORDS.exec(text)) if (wordNetDealWord(m[0])) return m.index;
  return -1;
}
const LOWER_WORDS = /(?<![\p{L}\p{M}\p{N}_])\p{Ll}[\p{Ll}-]{3,}(?<=[\p{L}\p{M}\p{N}_])(?![\p{L}\p{M}\p{N}_])/gu;

/** Verb forms of buying and selling: "agreed to buy X" names X only through the tagger. */
/** A plan put forward and then accepted or refused (see putForward): "put forward a plan, which X rejected". */
const PLAN_HINT = /\b(?:put\s+forward|propos|submit|tabl|unveil|present)\w*\b[^.;]*\b(?:accept|reject|spurn|rebuff|declin|refus|block|veto|turn(?:s|ed|ing)?\s+(?:\S+\s+)?down|vot(?:e|es|ed|ing)\s+(?:\S+\s+)?down|thr(?:ew|own)\s+(?:\S+\s+)?out)|\b(?:accept|reject|spurn|rebuff|declin|refus|block|veto|turn|vot|thr(?:ew|own))\w*\b[^.;]*\b(?:put\s+forward|propos\w*|submit\w*|tabled|unveiled|presented)\s+by\b/i;
/**
 * Nouns WordNet files only as rules or etiquette, whose sense between states is an agreement ("the
 * 1990 fishing protocol between the two states"): agreements only with their sides named after
 * "between", "with" or "among".
 */
// "Dunmore offered a replacement boiler, but Kell declined.": an offer made by a verb, refused by a
// verb with no object that ends the sentence (offeredThenRefused reads what was offered).
/** "asked for a longer term, which the port declined", "asked X to sell its depot, a remedy the firm refused" (read by `askedThenRefused`). */
// (Any past form: whether its verb asks is read by the lexicon, `requestVerb`.)
const ASKED_HINT = /\b(?:sought|\p{Ll}+ed)\b[^.;]*,\s+(?:which|an?\s)[^.;]*\b(?:declin|refus|reject|rebuff|spurn|turn(?:s|ed)?\s+down)/iu;
const ASKING = new Set(['ask', 'request', 'seek']);
/** "An earlier tie-up, struck with X in 2020, remains in force" (read by `participleDeal`). */
const MADE_WITH_HINT = /^(?:An?|The|Its|Their)\s+[^,;]{1,40},\s+(?:agreed|signed|struck|reached|sealed|concluded|negotiated)\s+with\s/u;
/** "An earlier draft was voted down by the assembly" (read by `draftRefused`). */
const DRAFT_REFUSED_HINT = /^(?:An?|The)\s+(?:\p{Ll}+\s+){0,2}(?:draft|version)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s+(?:down\s+|out\s+)?by\b/u;
const REFUSED_HINT = /\b(?:offered|proposed)\b[^.;]*\bbut\b[^.;]*\b(?:declin|refus|reject)\w*\.\s*$/i;
const BOUND_DEALS = new Set(['protocol']);
const BOUND_HINT = /\bprotocols?\s+(?:between|with|among)\b/i;
/** An agreed draft (see the draft reader in dealsIn): "An earlier draft, agreed in 2020, …". */
const DRAFT_HINT = /\b(?:draft|version),\s+(?:agreed|signed|reached|initialled|initialed)\b/i;
const SUPPORT_HINT = /\bagreed\s+to\s+(?:sponsor|fund|finance|supply|insure)\b/i;
/** "agreed to lend its painting to the Musée X", "agreed to lease the station to X": a verb after "agreed to" and a name after a later "to"/"from" (read by `handedOver`). */
// (or a description set off by the name: "to a theatre company, Brightlamp Players"; or one lower-case word before it: "to rival Brackwell").
const HANDED_HINT = /\bagree(?:d|s)?\s+to\s+\p{Ll}+(?![\p{L}\p{M}\p{N}_])[^.;]*?\s(?:to|from)\s+(?:(?:an?|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*,\s+|\p{Ll}[\p{Ll}-]*\s+(?=\p{Lu}))?(?:the\s+)?\p{Lu}/u;
const TRADE_HINT = /\bagreed\s+to\s+(?:sponsor|fund|finance|supply|insure)\b|\b(?:licen[cs]ed|purchas(?:e|es|ed|ing)|acqui(?:re|res|red|ring)|bought|buys?|sold|sell(?:s|ing)?|ordered|merge[sd]?|merging|settled?|(?:take|takes|took|taking|taken)\s+over)\b/i;

/**
 * Whether a sentence holds a word or phrase `dealsIn` reads a deal from whatever came before it
 * (an agreement noun, a WordNet deal word, a proposal, a purchase …): its gate's part that depends
 * on the sentence alone. Memoised, as a document's sentences are asked twice: by `mayReadDeal`
 * (which sentences to tag ahead) and by `dealsIn`.
 */
function dealHinted(text: string): boolean {
  const known = hintedMemo.get(text);
  if (known !== undefined) return known;
  const out = DEAL_HINT.test(text) || (text.includes('-up') && UNION_HINT.test(text)) || wordNetDealAt(text) >= 0 || synonymFrom(text) || PROPOSAL_HINT.test(text) || REFUSED_HINT.test(text) || PLAN_HINT.test(text) || DRAFT_HINT.test(text) || BOUND_HINT.test(text) || SUPPORT_HINT.test(text) || HANDED_HINT.test(text) || ASKED_HINT.test(text) || DRAFT_REFUSED_HINT.test(text) || MADE_WITH_HINT.test(text) || (ATTEMPT_GATE.test(text) && ATTEMPT_HINT.test(text));
  if (hintedMemo.size >= 4096) hintedMemo.clear();
  hintedMemo.set(text, out);
  return out;
}
const hintedMemo = new Map<string, boolean>();

/**
 * Whether `dealsIn` may tag a sentence: it holds a deal hint (`dealHinted`) and is not a question. A
 * sentence it reads only after a deal (a pronoun, "the terms were …", an end or a breach) is left
 * out: the tagger meets it on demand, with the same tags (analyze.ts, `readTagged`).
 */
export function mayReadDeal(text: string): boolean {
  return dealHinted(text) && !/\?\s*["”’]?\s*$/.test(text);
}

/**
 * Deals stated by a noun or an outcome verb in one sentence. `covered` are the spans the verb
 * cues ("agreed to a ceasefire") already explain: a sentence whose agreement words all lie in
 * them, with no purchase or sale and no "with"/"between" to add a party, is not tagged (tagging
 * is most of the cost). `afterDeal`: an agreement was found in the two sentences before;
 * `dealBefore`: one was found anywhere before (a definite noun of its end, "the collapse", mentions it).
 */
export function dealsIn(text: string, headline: boolean, covered: readonly Span[] = [], afterDeal = false, dealBefore = afterDeal): DealHit[] {
  const pronoun = afterDeal && pronounHint(text);
  if (!(dealHinted(text) || (afterDeal && TERMS_TOLD_HINT.test(text)) || (dealBefore && (endedHint(text) || BREACHED_PART_HINT.test(text) || OFFER_STANDS_HINT.test(text))) || pronoun) || /\?\s*["”’]?\s*$/.test(text)) return [];
  // "ratified the treaty with X", "approved a settlement between X and Y", "a deal that lets X …",
  // "a deal giving X …", "a contract to supply flour to X":
  // the verb's clause holds a party the noun reader adds, so such a sentence is tagged too.
  if (covered.length > 0 && !pronoun && !TRADE_HINT.test(text) && !HANDED_HINT.test(text) && !/\b(?:with|between|among|that|which|by)\b|\b(?:merger|acquisition|purchase|takeover)\s+of\b|\b(?:deal|agreement|contract|accord|pact|licen[cs]e|lease)(?:\s+(?:(?:in|on)\s+(?:\p{Lu}\p{Ll}+|\d{4})|\p{Lu}\p{Ll}+day|(?:last|this)\s+(?:week|weekend|month)|yesterday|today))?\s+(?:\p{Ll}+ing|to\s+\p{Ll}+)(?![\p{L}\p{M}\p{N}_])/iu.test(text)) {
    const words = new RegExp(DEAL_HINT.source, 'gi');
    let m: RegExpExecArray | null;
    let outside = false;
    while (!outside && (m = words.exec(text)) !== null) outside = !covered.some(([x, y]) => m!.index >= x && m!.index < y);
    const other = wordNetDealAt(text);
    if (!outside && !(other >= 0 && !covered.some(([x, y]) => other >= x && other < y))) return [];
  }
  // "Rovers’ third offer": the tagger reads an apostrophe after a plural as punctuation; it is the possessive.
  // ("X Foods' $90 million acquisition of Y": before a sum too.)
  const titled = headline || !/[.!?…"”’)]\s*$/u.test(text);
  const tokens = tag(text, { entities: false }).tokens.map((t, k, all): TaggedToken =>
    t.pos === 'PUNCT' && /^['’]$/.test(t.text) && /s$/.test(all[k - 1]?.text ?? '') && all[k - 1]!.end === t.start && (/^(?:ADJ|NOUN|PROPN|NUM)$/.test(all[k + 1]?.pos ?? '') || (all[k + 1]?.pos === 'SYM' && /^\p{Sc}$/u.test(all[k + 1]!.text) && all[k + 2]?.pos === 'NUM') || (all[k + 1]?.pos === 'VERB' && /^\p{Ll}+ed$/u.test(all[k + 1]!.text) && all[k + 2]?.pos === 'NOUN'))
      ? { ...t, pos: 'PART' }
      : headsPhrase(all, k)
        ? { ...t, pos: 'NOUN', lemma: t.text.toLowerCase() }
        : // "Terms of the sale were not disclosed": the tagger reads a capitalised first word as a name.
          k === 0 && t.pos === 'PROPN' && word(all[1]) === 'of' && word(all[2]) === 'the' && PART_NOUNS.has(t.text.toLowerCase().replace(/s$/, ''))
          ? { ...t, pos: 'NOUN', lemma: t.text.toLowerCase().replace(/s$/, '') }
        : // "An earlier lease with X was terminated": after a determiner (and its modifiers) the
          // tagger may read an agreement noun as a verb; before a preposition, an auxiliary or a
          // verb it heads the phrase.
          t.pos === 'VERB' && t.text === t.lemma && /^\p{Ll}+$/u.test(t.text) && argumentNoun(t.lemma) && afterDeterminer(all, k) && /^(?:ADP|AUX|VERB|PUNCT)$/.test(all[k + 1]?.pos ?? '')
          ? { ...t, pos: 'NOUN' }
        : // "Teachers ratify pay deal": in a headline (no determiners) the tagger may read a compound's
          // first noun as a second verb; a bare form between a verb and an agreement noun modifies the noun.
          titled && t.pos === 'VERB' && t.text === t.lemma && /^\p{Ll}+$/u.test(t.text) && all[k - 1]?.pos === 'VERB' && all[k + 1]?.pos === 'NOUN' && isDealLemma(all[k + 1]!.lemma)
          ? { ...t, pos: 'NOUN' }
        : titled && headlineVerb(all, k)
          ? { ...t, pos: 'VERB' }
        : // "the tie-up", "a link-up": the tagger splits the noun at its hyphen; its particle heads the phrase.
          /^ups?$/i.test(t.text) && all[k - 1]?.text === '-' && all[k - 1]!.start === all[k - 2]?.end && all[k - 1]!.end === t.start && unionNoun(`${all[k - 2]!.text.toLowerCase()}-${t.text.toLowerCase()}`)
          ? { ...t, pos: 'NOUN', lemma: `${all[k - 2]!.text.toLowerCase()}-up` }
          : t,
  );
  // "Had the merger gone ahead, …", "Were the treaty ratified, …": an inverted condition, and the
  // clause it governs ("would have run until 2036"), state no deal.
  if (/^(?:Had|Were|Should)\s+(?:the|a|an|this|that|its|their|\p{Lu})/u.test(text)) return [];
  // A denial anywhere ("denied reports of a deal") makes the sentence no statement of one.
  // "who said they had been denied overtime pay" is a refusal suffered, not a denial: a passive "denied" is none.
  // ("said it was disappointed and denied that …": an auxiliary of another verb, past a conjunction, is not this one's.)
  const passiveAt = (k: number): boolean => {
    let a = k - 1;
    while (a > 0 && k - a < 3 && tokens[a]!.pos === 'ADV') a--;
    return tokens[a]?.pos === 'AUX' && tokens[a]!.lemma === 'be';
  };
  if (tokens.some((t, k) => (t.lemma === 'deny' && !passiveAt(k)) || (t.lemma === 'rule' && word(tokens[k + 1]) === 'out'))) return [];
  const hits: DealHit[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    const lemma = t.pos === 'PROPN' ? lower.replace(/s$/, '') : t.lemma;
    let hit: DealHit | null = null;
    // "its sponsorship contract with X": a deal noun modifying another is read with its head.
    const next = tokens[i + 1];
    if (t.pos === 'NOUN' && next?.pos === 'NOUN' && isDealLemma(lemma) && isDealLemma(next.lemma) && !isTrade(lemma)) continue;
    // "the £60,000 purchase price", "its order book": a trade noun modifying a plain noun (no deal,
    // offer, part or talks) names that thing, no deal.
    if (t.pos === 'NOUN' && isTrade(lemma) && next?.pos === 'NOUN' && next.text === next.lemma && !isDealLemma(next.lemma) && !ACCEPTED_NOUNS.has(next.lemma) && !OVERTURE_NOUNS.has(next.lemma) && !PART_NOUNS.has(next.lemma) && !TALK_NOUNS.has(next.lemma)) continue;
    // "offered a compromise that X turned down": a deal noun offered and refused is a refused offer.
    if (t.pos === 'NOUN' && isDealLemma(lemma) && /^(?:that|which)$/.test(word(tokens[i + 1])) && (hit = proposalOutcome(tokens, i, text)) !== null) void 0;
    // "An earlier draft was voted down by the members' assembly": a draft of the agreement reported
    // before, refused (linked by the caller; none without one before it).
    else if (i <= 3 && /^(?:draft|version)$/.test(lower) && DRAFT_REFUSED_HINT.test(text) && (hit = draftRefused(tokens, i)) !== null) void 0;
    // "A fishing licence was granted to X by the harbour board": a licence, loan or contract held
    // given in the passive, to its taker by its giver (both named).
    else if (t.pos === 'NOUN' && (GRANTED_DEALS.has(lemma) || heldDealNoun(lemma)) && (hit = grantedPassive(tokens, i, text)) !== null) void 0;
    // "X was granted a five-year lease by the port trust": a deal given in the passive, its
    // taker the subject, its giver named after "by".
    else if (t.pos === 'NOUN' && (GRANTED_DEALS.has(lemma) || isDealLemma(lemma) || heldDealNoun(lemma)) && (hit = givenBy(tokens, i, text, lemma)) !== null) void 0;
    else if ((t.pos === 'NOUN' || (t.pos === 'PROPN' && (headline || /^\p{Ll}/u.test(t.text)))) && (isDealLemma(lemma) || (heldDealNoun(lemma) && held(tokens, i)) || (GRANTED_DEALS.has(lemma) && (bound(tokens, i, text) || definiteAt(tokens, i))))) hit = nounDeal(tokens, i, lemma, text);
    // "signed a 25-year concession with the utility firm X": granted with a named party, it is a
    // contract, and a later "the contract" names it.
    else if (t.pos === 'NOUN' && heldDealNoun(lemma) && grantedTo(tokens, i, text) && (hit = nounDeal(tokens, i, lemma, text)) !== null) hit = { ...hit, kind: `${lemma} contract` };
    // "won a 30-year concession to run the ring road": a term or a purpose reads the contract sense too.
    else if (t.pos === 'NOUN' && heldDealNoun(lemma) && contractSense(tokens, i) && (hit = nounDeal(tokens, i, lemma, text)) !== null) hit = { ...hit, kind: `${lemma} contract` };
    // "The concession was approved by the Secretary of State": a definite concession or franchise
    // is a mention of one made before, kept only when it links to one called by its noun (two
    // parties needed: nothing else is taken for it).
    else if (t.pos === 'NOUN' && heldDealNoun(lemma) && definiteAt(tokens, i) && (hit = nounDeal(tokens, i, lemma, text)) !== null) hit = { ...hit, kind: lemma, needsTwo: true };
    // ("Under the five-year licence, X will design …": a licence the clause acts under is one made before, as "under the agreement" is.)
    else if (t.pos === 'NOUN' && LICENCE_NOUNS.has(lemma)) hit = licensed(tokens, i, text) ?? (underPhrase(tokens, i) ? nounDeal(tokens, i, lemma, text) : null);
    // "had signed a letter of intent in June": read as a memorandum of understanding is (WordNet's
    // letter_of_intent, a written statement of a deal's terms before the deal).
    else if (t.pos === 'NOUN' && lemma === 'letter' && word(next) === 'of' && word(tokens[i + 2]) === 'intent') hit = nounDeal(tokens, i, 'memorandum', text);
    else if (t.pos === 'NOUN' && BOUND_DEALS.has(lemma) && /^(?:between|with|among)$/.test(word(next))) hit = nounDeal(tokens, i, lemma, text);
    // "an earlier offer": after a determiner the tagger may read the noun as a verb.
    else if (t.pos === 'NOUN' && PART_NOUNS.has(lemma) && /s$/.test(t.text) && (hit = underTerms(tokens, i) ?? (afterDeal ? termsTold(tokens, i) : null)) !== null) void 0;
    // "An earlier draft, agreed in 2020, was rejected by the regulator": a draft or version that a
    // participle of making (set off by commas) says was agreed is an agreement, read as one.
    else if ((t.pos === 'NOUN' || (t.pos === 'VERB' && afterDeterminer(tokens, i))) && /^(?:draft|version)$/.test(t.text.toLowerCase()) && tokens[i + 1]?.text === ',' && tokens[i + 2]?.pos === 'VERB' && /ed$/.test(tokens[i + 2]!.text) && (tokens[i + 2]!.lemma === 'agree' || MAKING.has(statusOfVerb(tokens[i + 2]!.lemma) ?? 'voided'))) hit = nounDeal(tokens, i, 'agreement', text);
    // ("Kell rejected Dunmore's approach": an overture a name made, by its possessive.)
    else if ((t.pos === 'NOUN' || (t.pos === 'VERB' && afterDeterminer(tokens, i))) && (ACCEPTED_NOUNS.has(lemma) || (OVERTURE_NOUNS.has(lemma) && (word(tokens[i + 1]) === 'from' || madeFor(tokens, i) || (tokens[i - 1]?.pos === 'PART' && tokens[i - 2]?.pos === 'PROPN'))))) hit = offerStands(tokens, i) ?? proposalOutcome(tokens, i, text);
    // "X put forward a rescue plan in May, which the lenders rejected", "submitted a scheme, but the
    // council threw it out": a plan (WordNet) put forward is an offer, refused or taken as one.
    // ("had put forward a pay award of 4 per cent, which the drivers rejected": whatever is put forward is
    // proposed, a plan or not — but a person proposed, "proposed an outside referee" (WordNet's first sense), is no terms.)
    else if (t.pos === 'NOUN' && (putForward(tokens, i) || proposedBy(tokens, i)) && (planLike(lemma) || (putForward(tokens, i) && synsetsOf(lemma, 'noun', 1)[0]?.lexname !== 'noun.person'))) hit = proposalOutcome(tokens, i, text) ?? offeredThenRefused(tokens, tokens.findLastIndex((x, k) => k < i && x.pos === 'VERB'), text, true);
    // "The commissioners approved the plan": a plan or proposal (WordNet), the whole object, just after an agreement is that agreement.
    else if (pronoun && ((t.pos === 'PRON' && /^(?:it|them)$/i.test(t.text)) || (t.pos === 'NOUN' && word(tokens[i - 1]) === 'the' && (GIVE_VERBS.has(t.lemma) || ((!/^(?:NOUN|PROPN|PART|ADP)$/.test(tokens[i + 1]?.pos ?? '') || adjunctAt(tokens, i + 1)) && planLike(t.lemma)))))) hit = pronounDeal(tokens, i);
    else if (t.pos === 'VERB' && (lemma === 'settle' || settleLike(lemma))) hit = settled(tokens, i, text, lemma === 'settle') ?? settledPassive(tokens, i, text);
    // "Tessa Systems to Acquire Brightfold", a headline (or a line without a full stop, as a
    // headline set in the body is): a name, "to" and a verb of buying or merging announce the deal.
    else if (titled && t.pos === 'VERB' && (TRADE_VERBS.has(lemma) || lemma === 'merge') && word(tokens[i - 1]) === 'to' && tokens[i - 2]?.pos === 'PROPN' && !tokens.slice(0, i - 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) {
      const h = lemma === 'merge' ? merged(tokens, i, text, true) : traded(tokens, i, text, true);
      // The subject ends before "to".
      hit = h && h.subjectEnd !== null ? { ...h, subjectEnd: tokens[i - 1]!.start } : h;
    } else if (t.pos === 'VERB' && lemma === 'merge') hit = merged(tokens, i, text);
    // "A first attempt to join the two mills failed in 2011": a failed attempt at a merger or a sale.
    // (The tagger may read the noun after "an earlier" as a verb.)
    // ("An earlier attempt by Holm to join forces with Y": who tried, after "by", before "to".)
    else if ((t.pos === 'NOUN' || (t.pos === 'VERB' && afterDeterminer(tokens, i))) && /^(?:to|by)$/.test(word(tokens[i + 1])) && attemptNoun(lemma) && (hit = attemptFailed(tokens, i, text)) !== null) void 0;
    // "An earlier attempt at a takeover fell apart in 2009": the attempt's deal noun after "at".
    else if ((t.pos === 'NOUN' || (t.pos === 'VERB' && afterDeterminer(tokens, i))) && word(tokens[i + 1]) === 'at' && attemptNoun(lemma) && (hit = attemptAtFailed(tokens, i)) !== null) void 0;
    // "has leased its former dairy farm to X", "contracted the work to X": a verb whose lemma
    // names an agreement, made with whom the object goes to or comes from.
    // "agreed to let the hall to X", "rented the yard to X": a verb WordNet files in one sense with such a verb ("let, lease, rent") too.
    else if (t.pos === 'VERB' && (dealNounKind(lemma) === 'pact' || pactSynonym(lemma)) && (hit = letTo(tokens, i, text)) !== null) void 0;
    // "has chartered a vessel from X", "X chartered a vessel": the tagger may read the participle after
    // "have", or a name's verb before its object, as an adjective.
    else if (t.pos === 'ADJ' && /ed$/.test(t.text) && ((tokens[i - 1]?.pos === 'AUX' && tokens[i - 1]!.lemma === 'have') || (tokens[i - 1]?.pos === 'PROPN' && tokens[i + 1]?.pos === 'DET')) && (hit = letTo(tokens, i, text, participleBases(t.text.toLowerCase()).find((b) => dealNounKind(b) === 'pact' || pactSynonym(b)))) !== null) void 0;
    else if (t.pos === 'VERB' && MOVE_VERBS.has(lemma)) hit = joined(tokens, i, text);
    // A capitalised verb inside a sentence is part of a name ("Best Buy").
    else if (t.pos === 'VERB' && TRADE_VERBS.has(lemma) && (i === 0 || !isCapital(t))) hit = traded(tokens, i, text);
    // "agreed to sponsor the Marisco Documentary Week", "agreed to supply Volland": whom one agrees
    // to sponsor, fund or supply is the other party of the agreement.
    else if (t.pos === 'VERB' && SUPPORT_VERBS.has(lemma) && word(tokens[i - 1]) === 'to' && tokens[i - 2]?.lemma === 'agree') hit = traded(tokens, i, text);
    // "agreed to lend its best-known painting to the Musée X", "agreed to lease the old station on
    // Quarry Lane to the Y Collective": a verb of giving (WordNet) or of letting (its lemma an
    // agreement noun), agreed to, makes a deal with whom the thing goes to.
    else if (t.pos === 'VERB' && word(tokens[i - 1]) === 'to' && tokens[i - 2]?.lemma === 'agree' && (givingVerb(lemma) || dealNounKind(lemma) === 'pact')) hit = handedOver(tokens, i, text);
    // "has taken a lease on the boathouse from X", "granted the drugmaker X an exclusive licence",
    // "awarded a concession to run the terminal to X": an agreement noun no reader above decided,
    // the object of an ordinary verb, read as an argument of that verb (see argumentDeal).
    // "the bridge, which X and Y have operated as a joint venture since 2015": a thing two named
    // parties run as a deal holds it in force.
    if (!hit && t.pos === 'NOUN' && (argumentNoun(lemma) || /^(?:venture|partnership|alliance)$/.test(lemma))) hit = heldAs(tokens, i, text);
    if (!hit && t.pos === 'NOUN' && (argumentNoun(lemma) || /^(?:venture|partnership|alliance)$/.test(lemma))) hit = argumentDeal(tokens, i, lemma, text, dealBefore);
    // "X offered £4 million for the site, but the trust turned it down": an offer made by a verb and refused in the next clause.
    // ("had bid £4 million": the tagger may read the participle after "had" as a noun.)
    // ("A builder, Oakline Homes, bid for the depot": the tagger may read the verb after a name as a noun.)
    const verbAfterName = t.pos === 'NOUN' && (lemma === 'bid' || lemma === 'offer') && word(tokens[i + 1]) === 'for' && (tokens[i - 1]?.pos === 'PROPN' || (tokens[i - 1]?.text === ',' && tokens[i - 2]?.pos === 'PROPN'));
    // ("had proposed a one-off payment of £2m, which X turned down": a thing proposed, refused after a comma.)
    if (!hit && (t.pos === 'VERB' || verbAfterName || (t.pos === 'NOUN' && tokens[i - 1]?.pos === 'AUX' && tokens[i - 1]!.lemma === 'have')) && (ACCEPTED_NOUNS.has(lemma) || (t.pos === 'VERB' && lemma === 'propose'))) hit = offeredThenRefused(tokens, i, text);
    // "X has offered Y a £400,000 settlement", "X had offered to extend that contract": an offer of a deal still unanswered.
    if (!hit && t.pos === 'VERB' && lemma === 'offer') hit = offerMade(tokens, i, text);
    // "Ostby had asked for a longer term, which the port declined": a request made by a verb and
    // refused in a relative clause or an apposition after it (a request turned down is a refused offer).
    // ("invited the trust to buy a stake, an offer the trust refused": another verb of requesting
    // (WordNet, `requestVerb`) asks for an act, an infinitive; "invited X to the concert" asks for none.)
    if (!hit && t.pos === 'VERB' && (ASKING.has(lemma) || (requestVerb(lemma) && tokens.some((x, k) => k > i && k - i < 8 && word(x) === 'to' && tokens[k + 1]?.pos === 'VERB'))) && ASKED_HINT.test(text)) hit = askedThenRefused(tokens, i, text);
    // "Ormond tried to take over Keswick in 2020, but Keswick's board rejected the approach": an
    // attempt (a verb of trying, WordNet) at buying or merging is an offer, refused in the next clause.
    if (!hit && t.pos === 'VERB' && triesAct(lemma) && !tokens.some((x, k) => k > i && x.pos === 'NOUN' && (x.lemma === 'offer' || x.lemma === 'bid')) && word(tokens[i + 1]) === 'to' && tokens[i + 2]?.pos === 'VERB' && (TRADE_VERBS.has(tokens[i + 2]!.lemma) || tokens[i + 2]!.lemma === 'merge')) hit = offeredThenRefused(tokens, i, text);
    // "has agreed to stock ice cream from Frostvale", "agreed to source its flour from X": a verb
    // of getting or having (WordNet: its first sense one of possession), agreed to, makes a deal
    // with whom the thing comes from.
    if (!hit && t.pos === 'VERB' && word(tokens[i - 1]) === 'to' && tokens[i - 2]?.lemma === 'agree' && possessionVerb(lemma)) hit = handedOver(tokens, i, text, 'from');
    // "Ross had proposed splitting the fees, but Arden refused.": an act proposed by its gerund.
    if (!hit && t.pos === 'VERB' && lemma === 'propose' && /^(?:VERB|NOUN)$/.test(tokens[i + 1]?.pos ?? '') && /ing$/.test(tokens[i + 1]!.text)) hit = offeredThenRefused(tokens, i, text);
    // "Veldt made an unsolicited offer for Corran, but Corran's board turned it down": an offer noun made (make, submit, table …), then refused.
    // ("made an approach for the bakery, but Pollard turned it down": an overture made, too.)
    if (!hit && t.pos === 'NOUN' && (ACCEPTED_NOUNS.has(lemma) || OVERTURE_NOUNS.has(lemma)) && lemma !== 'term') {
      let m = i;
      while (m > 0 && /^(?:DET|ADJ|ADV|NUM|SYM)$/.test(tokens[m - 1]!.pos)) m--;
      // ("put in a bid of £4m": a phrasal verb before the phrase that WordNet files with a verb of
      // putting forward, "put_in" with "submit".)
      const phrasal = /^(?:ADP|PART|ADV)$/.test(tokens[m - 1]?.pos ?? '') && tokens[m - 2]?.pos === 'VERB' && synsetsOf(`${tokens[m - 2]!.lemma}_${word(tokens[m - 1])}`, 'verb').some((x) => x.words.some((w) => PUT_FORWARD.has(w)));
      const made = phrasal ? tokens[m - 2] : tokens[m - 1];
      // ("an offer of help" is none; "an offer of £4 million" is one.)
      const ofWhat = word(tokens[i + 1]) !== 'of' || /^(?:NUM|SYM)$/.test(tokens[i + 2]?.pos ?? '');
      if (m < i && ofWhat && made?.pos === 'VERB' && (made.lemma === 'make' || ((phrasal || PUT_FORWARD.has(made.lemma)) && ACCEPTED_NOUNS.has(lemma))) && (ACCEPTED_NOUNS.has(lemma) || word(tokens[i + 1]) === 'for')) hit = offeredThenRefused(tokens, phrasal ? m - 2 : m - 1, text, true);
    }
    // "X is challenging the termination in court", "The judge held that the cancellation was
    // lawful": a definite noun of the act of ending a deal (WordNet's derivation of a verb that
    // voids one, "termination", "cancellation"), not of something else ("the cancellation of the
    // match"), mentions the deal ended before (linked by the caller; none without one).
    // "The collapse leaves X with 40,000 pies": a noun of a deal falling apart ("collapse") so
    // mentions the deal that collapsed before (not when another deal is named after it: "The
    // collapse casts doubt over a charter agreement …" is about that one).
    const endNoun = !hit && dealBefore && t.pos === 'NOUN' ? ((OWN_ACTION_NOUNS.get(lemma) ?? actNounStatus(lemma) ?? actNounStatus(lower)) === 'voided' ? 'voided' : lemma === lower && collapseEvent(lemma) && !tokens.some((x, k) => k > i && x.pos === 'NOUN' && isDealLemma(x.lemma)) ? 'collapsed' : null) : null;
    if (!hit && endNoun !== null && /^(?:the|that|this|its)$/i.test(word(tokens[i - 1])) && !/^(?:of|for)$/.test(word(tokens[i + 1])) && !unasserted(tokens, i)) {
      const det = tokens[i - 1]!;
      hit = { cue: t.text, cueAt: t.start, status: endNoun, kind: 'deal', noun: [det.start, t.end], actionStart: det.start, named: [], subjectEnd: null, antecedent: null, collective: null, later: true, needsTwo: true, ended: true };
    }
    // "the panel found an obvious breach of the non-compete clause", "said the shop had breached a
    // clause on opening hours", "sued the builder for breach of contract": a clause, provision or term
    // of no deal named (nothing "of" after it), or a contract with no determiner (the idiom), that
    // a verb or a noun of breaching (WordNet) governs, is a part of the deal reported before,
    // breached (linked by the caller; none without one).
    if (!hit && dealBefore && t.pos === 'NOUN' && (BREACHED_PARTS.has(lemma) || (lemma === 'contract' && word(tokens[i - 1]) === 'of')) && !/^(?:of|with|between)$/.test(word(tokens[i + 1])) && !unasserted(tokens, i)) {
      let m = i;
      while (m > 0 && lemma !== 'contract' && /^(?:DET|ADJ|NOUN|NUM|PROPN)$/.test(tokens[m - 1]!.pos) && i - m < 5) m--;
      const governor = tokens[m - 1];
      const byVerb = governor?.pos === 'VERB' && statusOfVerb(governor.lemma) === 'breached';
      const byNoun = word(governor) === 'of' && tokens[m - 2]?.pos === 'NOUN' && (OWN_ACTION_NOUNS.get(tokens[m - 2]!.lemma) ?? actNounStatus(tokens[m - 2]!.lemma)) === 'breached';
      // ("no tenant was in breach of contract", "did not breach any clause": a negation in the clause states none.)
      const negated = tokens.slice(clauseStart(tokens, m), m).some((x) => NEGATIONS.has(word(x)));
      // (The breach of one side's own rule is no breach of a deal: "breached a clause of the club's rules" names its whole after "of", left above.)
      if ((byVerb || byNoun) && !negated) {
        const from = byVerb ? governor : tokens[m - 2]!;
        hit = { cue: from.text, cueAt: from.start, status: 'breached', kind: 'deal', noun: [tokens[m]!.start, t.end], actionStart: from.start, named: [], subjectEnd: null, antecedent: null, collective: null, later: true, needsTwo: true, partBreached: true };
      }
    }
    // "X sells bulbs to about 4,000 gardeners", "X, which rents boats to tourists, …": a verb of
    // trading or letting in the present of habit, to people only counted or described (no named
    // side, no agreement noun), is a trade carried on, not a deal.
    if (hit && hit.noun === null && t.pos === 'VERB' && !titled && t.text !== t.lemma && /s$/.test(t.text) && tokens[i - 1]?.pos !== 'AUX' && hit.named.length > 0 && hit.named.every((n) => /^[\p{Ll}\d]/u.test(n))) hit = null;
    if (!hit) continue;
    hits.push(hit);
    // One agreement per noun phrase: the rest of the phrase names the same deal.
    for (let k = i; k < tokens.length && tokens[k]!.start < (hit.noun?.[1] ?? t.end); k++) used.add(k);
  }
  // "An earlier tie-up, struck with Orla Networks in 2020, remains in force": a noun no reader
  // knows as an agreement is one when a participle of making one with a partner is set off after it.
  // ("A carve-out, signed with X in 2017, lapsed in May": what the main clause says became of it.)
  // (Only just after an agreement: its first side is the other one, see `partnerOnly` in agreements.ts.)
  // ("An earlier alliance, struck with X, …": a noun that needs a verb forming it, read with no side, is read so too.)
  const sideless = hits.length === 1 && needsVerb(hits[0]!.kind) && hits[0]!.named.length === 0 && hits[0]!.collective === null;
  if ((hits.length === 0 || sideless) && afterDeal && MADE_WITH_HINT.test(text)) {
    const made = participleDeal(tokens, text);
    if (made) hits.splice(0, hits.length, made);
  }
  // "X tried to buy Y in 2022, but that deal fell apart": a demonstrative deal after an attempt
  // in the same sentence is the attempted one, between its subject and what it would have bought.
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (!hit.noun || !/^(?:that|this)\s/i.test(text.slice(hit.noun[0], hit.noun[1])) || hit.named.length > 0) continue;
    const v = tokens.findLastIndex((x) => x.start < hit.noun![0] && x.pos === 'VERB' && (TRADE_VERBS.has(x.lemma) || x.lemma === 'merge'));
    const tried = v >= 0 ? (tokens[v]!.lemma === 'merge' ? merged(tokens, v, text, true) : traded(tokens, v, text, true)) : null;
    if (tried && tried.named.length > 0) hits[h] = { ...hit, named: tried.named, subjectEnd: tried.subjectEnd, later: false };
  }
  // "The two parties made a similar arrangement in 2016, but it fell apart within a year": what a
  // clause joined after the deal says became of "it" is the deal's status (an end only).
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    const after = hit.noun && hit.later === false ? tokens.findIndex((x) => x.start >= hit.noun![1]) : -1;
    const fate = after > 0 && hit.cueAt < hit.noun![0] ? fateAfter(tokens, after) : null;
    if (fate && fate.status !== hit.status) hits[h] = { ...hit, status: fate.status, fate: fate.status };
  }
  // "will pay $85 million to X to resolve claims …, under a settlement": two readers of one clause
  // (the same start, the same subject) state one deal; the one naming more parties stays.
  // ("X offered £3m, but Y rejected the offer": the offer verb's reader and the offer noun's read one refusal; the first stays.)
  return hits.filter((h, k) => !hits.some((o) => o !== h && o.actionStart === h.actionStart && o.subjectEnd === h.subjectEnd && o.named.length > h.named.length && h.named.every((n) => o.named.includes(n))) && !(h.proposal && hits.slice(0, k).some((o) => o.proposal && o.cueAt === h.cueAt)));
}

/** Parts of a deal that may be breached alone, their deal reported before (see `partBreached`). */
const BREACHED_PARTS = new Set(['clause', 'provision', 'term']);
/** A cheap test for an offer said to stand (`offerStands`), read only after a deal. */
const OFFER_STANDS_HINT = /\b(?:offer|bid|proposal)\s+(?:\p{Ll}+\s+){0,2}?on\s+the\s+table\b|\b(?:offer|bid|proposal)\s+(?:still\s+)?stands\b/iu;
/** A cheap test for them: a word of breaching before a part or "contract". */
const BREACHED_PART_HINT = /\b(?:breach\w*|violat\w*|br(?:eak|eaks|eaking|oke|oken)|flout\w*)\b[^.;]{0,60}?\b(?:clauses?|provisions?|terms?|contract)\b/i;
/** "the termination", "that cancellation": a definite noun whose act (WordNet) voids a deal, for a deal ended before. */
const ENDED_HINT = /\b(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts)\s+(\p{Ll}{6,})\b/gu;
function endedHint(text: string): boolean {
  for (const m of text.matchAll(ENDED_HINT)) if ((OWN_ACTION_NOUNS.get(m[1]!) ?? actNounStatus(m[1]!)) === 'voided' || collapseEvent(m[1]!)) return true;
  return false;
}

/**
 * "the collapse": a noun written as a verb of a deal falling apart (`SUBJECT_STATUS`) none of whose
 * senses (WordNet) is a person, a thing or a food ("the founder", "the crumble" are none).
 */
function collapseEvent(w: string): boolean {
  if (collapseNoun(w) !== 'collapsed') return false;
  const senses = synsetsOf(w, 'noun');
  return senses.length > 0 && senses.every((x) => !/^noun\.(?:person|artifact|food|object|substance)$/.test(x.lexname));
}

/** Nouns the argument reading takes: agreement nouns, contracts held (concession, franchise), licences and loans. */
const argumentNoun = (lemma: string): boolean => (isDealLemma(lemma) && !needsVerb(lemma) && !MOVE_LEMMAS.has(lemma) && lemma !== 'order' && lemma !== 'memorandum' && lemma !== 'line') || heldDealNoun(lemma) || GRANTED_DEALS.has(lemma);

/**
 * One general reading of an agreement noun as an argument of an ordinary verb, for what the
 * shape readers leave: an indefinite agreement noun phrase that a verb governs as its object
 * ("has taken a twenty-year lease on the boathouse from the Port Trust"), its parties the verb's
 * subject (for the caller) and the other side: the verb's indirect object ("granted the drugmaker
 * Ostrin Pharma an exclusive licence", a name or a description set before a name), else a name
 * after "from", "with" or "to" past what the deal is on or for and an infinitive of its purpose
 * ("a concession to run the container terminal to Dock Holdings"). Its status is the verb's
 * (WordNet verb classes and the status table), a deal made ("reached") for a verb of no status;
 * a future makes it proposed; negation, modals, conditions and verbs of a deal not yet made
 * (NOT_MADE, reactions) state none.
 */
function argumentDeal(tokens: readonly TaggedToken[], i: number, lemma: string, text: string, dealBefore = false): DealHit | null {
  // The noun phrase: a determiner, numbers, adjectives, compound nouns and hyphens before the noun.
  let s = i;
  // "a ten-year breeding loan": a participle modifies the noun too.
  while (s > 0 && (/^(?:ADJ|NUM|NOUN)$/.test(tokens[s - 1]!.pos) || tokens[s - 1]!.text === '-' || (tokens[s - 1]!.pos === 'SYM' && /^\p{Sc}$/u.test(tokens[s - 1]!.text)) || (tokens[s - 1]!.pos === 'VERB' && /^\p{Ll}+(?:ing|ed)$/u.test(tokens[s - 1]!.text) && tokens[s - 2]?.pos !== 'AUX'))) s--;
  // "has long held a Trowbeck agency contract": a name before the phrase's nouns, the deal's other side
  // when the verb holds the deal (read below).
  let modifier: { names: string[]; end: number } | null = null;
  if (tokens[s - 1]?.pos === 'PROPN' && tokens[s]?.pos === 'NOUN' && s < i) {
    let r = s - 1;
    while (r > 0 && tokens[r - 1]!.pos === 'PROPN') r--;
    if (/^(?:a|an)$/i.test(tokens[r - 1]?.text ?? '')) {
      const run = namesAt(tokens, r, text);
      if (run && run.names.length === 1 && run.end === tokens[s - 1]!.end) {
        modifier = run;
        s = r;
      }
    }
  }
  const det = tokens[s - 1];
  // ("holds lifeguard contracts with …": a plural held with no determiner, right after a verb of holding.)
  // (Not a verb inside a compound: "private-hire licences".)
  const bareHeld = dealBefore && !modifier && det?.pos === 'VERB' && holdVerb(det.lemma) && statusOfVerb(det.lemma) === null && tokens[i]!.text.toLowerCase() !== tokens[i]!.lemma && tokens[s - 2]?.text !== '-';
  if (!bareHeld && (!det || !/^(?:a|an)$/i.test(det.text))) return null;
  if (!bareHeld) s--;
  // "Telvo and Skyreach will pool their masts in a joint venture": a deal as the adjunct of a
  // clause whose subject names two or more parties is made between them, by that clause's verb.
  if (word(tokens[s - 1]) === 'in') {
    const from = clauseStart(tokens, s - 1);
    // "The two contractors are partners in a joint venture": a counted plural (resolved by the caller) as the subject too.
    const counted = /^the$/i.test(tokens[from]?.text ?? '') && /^(?:two|three|four)$/i.test(tokens[from + 1]?.text ?? '') && tokens[from + 2]?.pos === 'NOUN' && /s$/.test(tokens[from + 2]!.text) ? { names: [text.slice(tokens[from]!.start, tokens[from + 2]!.end)], end: tokens[from + 2]!.end } : null;
    const subject = namesAt(tokens, from, text) ?? counted;
    const vb = tokens.findIndex((x, k) => k >= from && k < s - 1 && x.pos === 'VERB');
    if (!subject || (subject.names.length < 2 && !counted) || vb < 0 || tokens[vb]!.start < subject.end || tokens.slice(from, vb).some((x) => x.start >= subject.end && !/^(?:AUX|ADV|PART)$/.test(x.pos))) return null;
    const made = tokens[vb]!;
    // "are already partners in a joint venture": a plural noun (the tagger's verb) after a copula is a state: the deal holds.
    const state = vb === s - 2 && /s$/.test(made.text) && nounLemma(made.text) !== made.text && tokens.slice(from, vb).some((x) => x.pos === 'AUX' && x.lemma === 'be');
    if (counted && !state) return null;
    if (NOT_MADE.has(made.lemma) || reportingLemma(made.lemma) || notReal(tokens, vb, true) || unasserted(tokens, vb)) return null;
    // "will pool … in a joint venture" states the deal as "will merge" does: made.
    return { cue: made.text, cueAt: made.start, status: state ? 'in force' : 'reached', kind: heldDealNoun(lemma) ? `${lemma} contract` : lemma, noun: [tokens[s]!.start, tokens[i]!.end], actionStart: made.start, named: [], subjectEnd: counted ? null : made.start, antecedent: null, collective: counted ? counted.names[0]! : null, later: false, needsTwo: false };
  }
  // A venture, partnership or alliance as an object needs a verb that forms it (read by nounDeal).
  if (needsVerb(lemma)) return null;
  // An indirect object between the verb and the phrase: a name, possibly after a description.
  let v = s - 1;
  let receiver: { names: string[]; end: number } | null = null;
  let collective: string | null = null;
  if (tokens[v]?.pos === 'PROPN') {
    let r = v;
    while (r > 0 && r > s - 8 && /^(?:PROPN|NOUN|ADJ|DET)$/.test(tokens[r - 1]!.pos) && tokens[r - 1]!.pos !== 'VERB') r--;
    // The receiver starts right after the verb.
    if (tokens[r - 1]?.pos !== 'VERB') return null;
    receiver = namesAt(tokens, r, text);
    if (!receiver || receiver.names.length !== 1 || receiver.end !== tokens[v]!.end) return null;
    v = r - 1;
  } else if (tokens[v]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[v]!.text)) {
    // "granted the venture a 30-year lease": a definite description as the receiver, resolved by the caller.
    let r = v;
    while (r > 0 && /^(?:NOUN|ADJ)$/.test(tokens[r - 1]!.pos)) r--;
    if (!/^the$/i.test(word(tokens[r - 1])) || tokens[r - 2]?.pos !== 'VERB') return null;
    collective = text.slice(tokens[r - 1]!.start, tokens[v]!.end);
    v = r - 2;
  }
  while (v >= 0 && tokens[v]!.pos === 'ADV') v--;
  const verb = tokens[v];
  // "has a contract with X": the tagger reads "have" as an auxiliary even as the main verb (only
  // in the present: "had a deal with X until 2019" is over).
  if (!verb || (verb.pos !== 'VERB' && !(verb.pos === 'AUX' && /^(?:has|have)$/i.test(verb.text) && !receiver && !collective)) || isCapital(verb)) return null;
  // A ditransitive needs a verb of giving.
  if ((receiver || collective) && !GIVE_VERBS.has(verb.lemma) && !givingVerb(verb.lemma)) return null;
  // ("holds a lease on the quay from the port trust": holding the deal, not holding it void.)
  const holds = verb.lemma === 'hold' && !invalidAt(tokens, i + 1);
  if (NOT_MADE.has(verb.lemma) || REACTIONS.has(verb.lemma) || JUDGE_VERBS.has(verb.lemma) || (DECLARE_VERBS.has(verb.lemma) && !holds) || PENDING_VERBS.has(verb.lemma)) return null;
  // "seeking", "plans to take": the verb's own clause must assert it.
  if (notReal(tokens, v, true) || unasserted(tokens, v)) return null;
  // A participle modifying a noun ("the company holding a licence") or a gerund after a preposition.
  if (/ing$/.test(verb.text) && !tokens.slice(Math.max(0, v - 3), v).some((x) => x.pos === 'AUX')) return null;
  // A passive ("was granted a lease") has no subject that gives.
  if (tokens.slice(Math.max(0, v - 3), v).some((x) => x.lemma === 'be' && x.pos === 'AUX') && /(?:ed|en)$/.test(verb.text)) return null;
  // "said a deal with X was possible": a verb of saying governs the clause the phrase opens, not the phrase.
  if (reportingLemma(verb.lemma)) return null;
  // "granted Pell a concession on fees": a concession or franchise on something is a point yielded, no contract.
  if (heldDealNoun(lemma) && /^(?:on|over|in)$/.test(word(tokens[i + 1]))) return null;
  const named: string[] = receiver ? [...receiver.names] : [];
  // After the phrase: what it is on or for, an infinitive of its purpose, then from/with/to a name.
  let e = i + 1;
  const heldFromName = modifier !== null && !receiver && !collective && statusOfVerb(verb.lemma) === null && (holdVerb(verb.lemma) || verb.lemma === 'share') && !/^(?:from|with|to)$/.test(word(tokens[e]));
  if (modifier && !heldFromName) return null;
  if (heldFromName) named.push(...modifier!.names);
  // ("has a contract to deliver desks to the Corvath Academy": whom the purpose's verb of giving or
  // supplying goes to is the other side.)
  let purpose: string | null = null;
  let heldTo = false;
  if (named.length === 0 && collective === null) {
    for (let guard = 0; guard < 3 && e < tokens.length; guard++) {
      const before = e;
      // "on the old boathouse", "for cleaning at its hospitals": phrases of what the deal is on or for.
      while (tokens[e]?.pos === 'ADP' && !/^(?:from|with|to|by)$/.test(word(tokens[e]))) {
        let d = e + 1;
        while (d < tokens.length && d - e < 8 && (/^(?:DET|ADJ|NOUN|NUM|PROPN)$/.test(tokens[d]!.pos) || /^(?:its|their|his|her|our)$/i.test(tokens[d]!.text))) d++;
        if (d === e + 1 || !/^(?:NOUN|PROPN)$/.test(tokens[d - 1]!.pos)) break;
        e = d;
      }
      if (word(tokens[e]) === 'to' && tokens[e + 1]?.pos === 'VERB') {
        purpose = tokens[e + 1]!.lemma;
        let c = e + 2;
        while (c < tokens.length && c - e < 12 && /^(?:DET|ADJ|NOUN|NUM|PRON|ADV|PROPN)$/.test(tokens[c]!.pos) && !/^(?:to|from|with)$/.test(word(tokens[c]))) c++;
        e = c;
      }
      if (e === before) break;
    }
    const prep = word(tokens[e]);
    // "Glimmerdyke holds gritting contracts with nine other parishes", "The company also holds a distinct
    // grazing permit on the common", "had held a 15-year lease over the boathouse from 1998": a deal
    // held (a verb of holding, WordNet's own/hold/have) by the subject is in force with the subject
    // as its one side, when no name after from/with/to is its other. Only in an article that told of a
    // deal before: alone, "the yard held a licence for storing 40 drums of solvent" is a permit.
    const heldAlone = dealBefore && holdVerb(verb.lemma) && statusOfVerb(verb.lemma) === null && verb.pos === 'VERB' && !receiver && !collective;
    const partner = /^(?:from|with|to)$/.test(prep) ? (namesAt(tokens, e + 1, text) ?? apposedName(tokens, e + 1, text, true) ?? (holds && prep === 'from' ? theParty(commonParty(tokens, e + 1, text)) : null)) : null;
    if (heldAlone && (!partner || partner.names.length !== 1) && !/^(?:AUX|VERB)$/.test(tokens[e]?.pos ?? '') && word(tokens[e]) !== 'to') {
      const status: AgreementStatus = willDo(tokens, v) ? 'proposed' : 'in force';
      return { cue: verb.text, cueAt: verb.start, status, kind: heldDealNoun(lemma) ? `${lemma} contract` : lemma, noun: [tokens[s]!.start, tokens[i]!.end], actionStart: verb.start, named: [], subjectEnd: verb.start, antecedent: null, collective: null, later: false, needsTwo: false };
    }
    if (!/^(?:from|with|to)$/.test(prep)) return null;
    // "to" names whom the deal goes to only after a verb of giving.
    heldTo = prep === 'to' && !GIVE_VERBS.has(verb.lemma) && !givingVerb(verb.lemma);
    if (heldTo && !(purpose !== null && (SUPPORT_VERBS.has(purpose) || givingVerb(purpose)) && holdVerb(verb.lemma))) return null;
    // ("from the port trust": a body described, when the verb holds the deal; the caller resolves it.)
    const run = partner;
    if (!run || run.names.length !== 1) return null;
    // "with Rolls-Royce engines": a name that modifies a noun after it is no party.
    const after = tokens.findIndex((x) => x.start >= run.end);
    if (after >= 0 && tokens[after]!.pos === 'NOUN') return null;
    named.push(...run.names);
    e = after < 0 ? tokens.length : after;
  }
  // "… a deal with X was possible": the phrase is the subject of a clause of its own.
  if (/^(?:AUX|VERB)$/.test(tokens[e]?.pos ?? '')) return null;
  // A verb of no status makes the deal only when it gets, takes or gives it ("took a lease",
  // "secured a loan", "granted a licence"): "lost a contract with X" makes none.
  const verbStatusOf = statusOfVerb(verb.lemma);
  // "has a payroll contract with X", "already shares a cleaning contract with X": a deal held (a
  // verb of holding, WordNet's have/hold/own, or one used jointly) is in force.
  // (Not a verb that gets, takes or gives it: "has taken a lease" made one.)
  const gets = GIVE_VERBS.has(verb.lemma) || LICENCE_VERBS.has(verb.lemma) || TRADE_VERBS.has(verb.lemma) || givingVerb(verb.lemma);
  const holding = verbStatusOf === null && !gets && !receiver && !collective && (holdVerb(verb.lemma) || verb.lemma === 'share') && word(tokens[e - 1]) !== 'to';
  if (verbStatusOf === null && !holding && !GIVE_VERBS.has(verb.lemma) && !givingVerb(verb.lemma) && !LICENCE_VERBS.has(verb.lemma) && !TRADE_VERBS.has(verb.lemma)) return null;
  // (A deal held to supply someone, "has a contract to supply … to X", holds.)
  const made: AgreementStatus = heldTo ? 'in force' : (verbStatusOf ?? (holding ? 'in force' : 'reached'));
  const status: AgreementStatus = willDo(tokens, v) ? (MAKING.has(made) ? 'proposed' : made) : made;
  const kind = heldDealNoun(lemma) ? `${lemma} contract` : lemma;
  return {
    cue: verb.text, cueAt: verb.start, status, kind, noun: [tokens[s]!.start, tokens[i]!.end], actionStart: verb.start, named, subjectEnd: verb.start,
    antecedent: null, collective, later: false, needsTwo: false,
  };
}

/**
 * "Under its terms, X will pay …", "Under the proposed terms, households would receive …": the
 * terms (provisions, conditions) of the agreement just mentioned, with no deal noun of their own;
 * the deal is in force (proposed when the terms are), and the caller links it (kind 'it') to the
 * agreement of this or the two sentences before, whose parties it takes.
 */
function underTerms(tokens: readonly TaggedToken[], i: number): DealHit | null {
  const under = tokens.findLastIndex((x, k) => k < i && word(x) === 'under');
  if (under < 0 || i - under > 4 || word(tokens[i + 1]) === 'of') return null;
  const between = tokens.slice(under + 1, i);
  if (!/^(?:its|their|the)$/.test(word(between[0])) || !between.slice(1).every((x) => x.pos === 'ADJ' || (x.pos === 'VERB' && /ed$/.test(x.text)))) return null;
  const proposed = between.some((x) => PROPOSED_ADJ.has(word(x)));
  const u = tokens[under]!;
  // "Under the terms agreed, X will …": a participle of making a deal after the noun, closed by the comma, is part of the phrase.
  const made = tokens[i + 1]?.pos === 'VERB' && /ed$/.test(tokens[i + 1]!.text) && MAKING.has(statusOfVerb(tokens[i + 1]!.lemma) ?? 'voided') && tokens[i + 2]?.text === ',' ? tokens[i + 1]! : null;
  return { kind: 'it', noun: [between[0]!.start, (made ?? tokens[i]!).end], named: [], collective: null, antecedent: null, needsTwo: false, cue: u.text, cueAt: u.start, status: proposed ? 'proposed' : 'in force', actionStart: u.start, subjectEnd: null, later: true };
}

/**
 * "Financial terms were not disclosed", "The terms were not made public": the terms of the
 * agreement just reported (no deal noun of their own), as the subject of a passive of telling
 * (WordNet: the verb's first sense a verb of communication), whether told or not — a later mention
 * of that deal, its status as it was (the caller links it, kind 'it', to one of the two sentences
 * before; none without one).
 */
const TERMS_TOLD_HINT = /^(?:The\s+|\p{Lu}\p{Ll}+\s+)?(?:terms|conditions)\s+(?:were|have|had|are|will|was)\b/u;
function termsTold(tokens: readonly TaggedToken[], i: number): DealHit | null {
  if (i > 2 || !tokens.slice(0, i).every((x) => x.pos === 'DET' || x.pos === 'ADJ' || (x.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(x.text) && baseForms(x.text.toLowerCase()).has('adj')))) return null;
  let k = i + 1;
  const auxFrom = k;
  while (k < tokens.length && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  let v = tokens[k];
  // ("were not made public": a verb of making, and what it made the terms.)
  if (v?.lemma === 'make' && /^(?:public|known|available)$/.test(word(tokens[k + 1]))) v = { ...v, lemma: 'disclose' };
  if (k === auxFrom || !tokens.slice(auxFrom, k).some((x) => x.lemma === 'be') || !v || v.pos !== 'VERB' || v.text === v.lemma || synsetsOf(v.lemma, 'verb', 1)[0]?.lexname !== 'verb.communication') return null;
  // "Financial terms were not disclosed." on its own names no deal, no party, no more: it is no
  // agreement sentence (session 18); a clause joined after it ("…, but people familiar with the
  // deal put its value at $85m") still speaks of the deal just before.
  if (!tokens.slice(k + 1).some((x) => /^(?:but|and|while|although|though)$/.test(word(x)) || x.text === ';')) return null;
  const first = tokens[0]!;
  return { kind: 'it', noun: [first.start, tokens[i]!.end], named: [], collective: null, antecedent: null, needsTwo: false, cue: v.text, cueAt: v.start, status: 'in force', actionStart: first.start, subjectEnd: null, later: true };
}

/**
 * Whether the noun at `i` is held by someone: "a concession held by X", "X's franchise", "had
 * its rail franchise terminated" (a possessor before its modifiers).
 */
function held(tokens: readonly TaggedToken[], i: number): boolean {
  if (word(tokens[i + 1]) === 'held' && word(tokens[i + 2]) === 'by') return true;
  // "the concession under which X has run the network", "a concession that the council had
  // granted to X": a relative clause says who holds it or who gave it.
  if (word(tokens[i + 1]) === 'under' && word(tokens[i + 2]) === 'which') return true;
  if (/^(?:that|which)$/.test(word(tokens[i + 1]))) {
    for (let k = i + 2; k < tokens.length && k - i <= 8 && !/^[,;.]$/.test(tokens[k]!.text); k++)
      if (tokens[k]!.pos === 'VERB') return GIVE_VERBS.has(tokens[k]!.lemma) || holdVerb(tokens[k]!.lemma);
  }
  let k = i - 1;
  while (k > 0 && i - k <= 3 && /^(?:ADJ|NOUN|VERB|ADV)$/.test(tokens[k]!.pos) && !/^(?:its|their|his|her)$/i.test(tokens[k]!.text)) k--;
  const owner = tokens[k]?.text ?? '';
  return /^['’]s?$/.test(owner) || /^(?:its|their|his|her)$/i.test(owner);
}

/**
 * Whether the context reads a concession or franchise (`heldDealNoun`) in its contract sense
 * rather than as a point yielded: a term it runs for ("a 30-year concession"), what it lets its
 * holder do ("a concession to run the ring road") — a point is conceded, never for thirty years.
 * (Granted in the passive, "The concession was granted in 2018 to X by Y", is `grantedPassive`'s;
 * a definite one cancelled or approved, a mention linked by its own noun.) "made concessions to
 * the strikers", "a concession on fees" stay none.
 */
function contractSense(tokens: readonly TaggedToken[], i: number): boolean {
  if (/^(?:on|over|in)$/.test(word(tokens[i + 1]))) return false;
  // "a 30-year concession", "a ten-year franchise": a term (the tagger splits the hyphen).
  let s = i - 1;
  while (s >= 0 && i - s <= 4 && (/^(?:ADJ|NUM|NOUN)$/.test(tokens[s]!.pos) || tokens[s]!.text === '-')) {
    if (/^(?:years?|months?|decades?)$/i.test(tokens[s]!.text) && tokens[s + 1]?.text !== 's' && (tokens[s - 1]?.text === '-' || /-(?:years?|months?|decades?)$/i.test(tokens[s]!.text))) return true;
    if (/^\p{L}+-(?:year|month|decade)$/u.test(tokens[s]!.text)) return true;
    s--;
  }
  // "a concession to run the ring road": what it lets its holder do.
  return word(tokens[i + 1]) === 'to' && tokens[i + 2]?.pos === 'VERB' && tokens[i + 2]!.text === tokens[i + 2]!.lemma;
}

/**
 * A licence or a loan (of an animal, a painting, a player) is a permission WordNet files apart
 * from agreements, but one granted between two parties is a deal: "signed a licence with X",
 * "the licence, agreed between X and Y", "breached the licence", "a licence that X terminated",
 * "Under the loan, …", "has held a licence since 1987". A bare "her driving licence" is none.
 */
const GRANTED_DEALS = new Set(['licence', 'license', 'loan']);

/** Whether the granted deal at `i` is bound to parties or to what became of it (see GRANTED_DEALS). */
/**
 * "the fire services of Alder and Brent", "the councils of Ardley, Brisk and Corran": a plural
 * common noun of two or more names (none with a determiner of its own) stands for each of them.
 */
function pluralOfList(tokens: readonly TaggedToken[], k: number, text: string): { names: string[]; end: number } | null {
  if (!/^(?:the|its|their)$/i.test(word(tokens[k]))) return null;
  let e = k + 1;
  // ("betting firms": the tagger may read a gerund modifier as a verb.)
  while (e < tokens.length && (/^(?:ADJ|NOUN)$/.test(tokens[e]!.pos) || (tokens[e]!.pos === 'VERB' && /ing$/.test(tokens[e]!.text) && /^(?:ADJ|NOUN)$/.test(tokens[e + 1]?.pos ?? '')))) e++;
  const head = tokens[e - 1];
  if (e === k + 1 || head?.pos !== 'NOUN' || nounLemma(head.text) === head.text.toLowerCase() || word(tokens[e]) !== 'of') return null;
  const run = namesAt(tokens, e + 1, text);
  if (!run || run.names.length < 2 || run.names.some((n) => /^(?:the|its|their)\s/i.test(n))) return null;
  return run;
}

/** After a possessor `run` ("Orbis's"), a role noun and the name it describes ("rival, Quantel"): that name. */
function possessedRole(tokens: readonly TaggedToken[], run: { names: string[]; end: number }, text: string): { names: string[]; end: number } | null {
  const p = tokens.findIndex((x) => x.start >= run.end);
  if (p < 0 || tokens[p]!.pos !== 'PART' || !/^['’]s?$/.test(tokens[p]!.text)) return null;
  let c = p + 1;
  for (let next = c; (next = describingWordEnd(tokens, c, (x) => /^(?:ADJ|NOUN)$/.test(tokens[x]!.pos) && /^\p{Ll}/u.test(tokens[x]!.text))) > c; ) c = next;
  // "rival" is read as an adjective: a word WordNet files as a person or a body heads it all the same.
  const head = tokens[c - 1]!;
  if (c === p + 1 || (head.pos !== 'NOUN' && nounClass(head.text) === null) || /s$/.test(head.text)) return null;
  const comma = tokens[c]?.text === ',';
  const named = namesAt(tokens, comma ? c + 1 : c, text);
  if (!named || named.names.length !== 1) return null;
  const after = tokens.findIndex((x) => x.start >= named.end);
  return !comma || after < 0 || /^[,.;]$/.test(tokens[after]!.text) ? named : null;
}

/**
 * "a licence granted to a German firm, Optec,", "a franchise awarded to Voedam to run the cafés":
 * a participle of a verb of giving (WordNet) right after the deal, then "to" and whom it went to (a
 * name, or a description set off by the name it stands for). The taker, and where the phrase ends:
 * past the apposition's closing comma and an infinitive of what the deal lets the taker do, when a
 * verb of the main clause follows.
 */
/**
 * "An earlier tie-up, struck with Orla Networks in 2020, remains in force", "A smaller buy-in,
 * agreed with the insurer in 2019, is already in force": a noun phrase opening the sentence (no
 * agreement noun in it: those have their readers), then, set off by commas, a participle of making
 * an agreement ("agreed", or a verb whose status is signed or reached) "with" a partner (a name or
 * a plain noun phrase): an agreement with that partner (the caller adds the other side from the
 * agreement before). Its status is what the main clause says became of it (in force, a status
 * verb), else the participle's. Not when the main clause is negated or hypothetical.
 */
function participleDeal(tokens: readonly TaggedToken[], text: string): DealHit | null {
  if (tokens[0]?.pos !== 'DET' && !/^(?:its|their)$/i.test(tokens[0]?.text ?? '')) return null;
  const c = tokens.findIndex((x) => x.text === ',');
  if (c < 2 || c > 7) return null;
  const phrase = tokens.slice(1, c);
  if (!phrase.every((x) => /^(?:ADJ|ADV|NOUN|VERB|ADP)$/.test(x.pos) || x.text === '-') || phrase.some((x) => (isDealLemma(x.lemma) && !needsVerb(x.lemma)) || ACCEPTED_NOUNS.has(x.lemma) || PART_NOUNS.has(x.lemma))) return null;
  // The head: a noun, or a hyphenated compound ("tie-up", "buy-in", "carve-out").
  const head = phrase[phrase.length - 1]!;
  if (!(head.pos === 'NOUN' || (phrase[phrase.length - 2]?.text === '-' && phrase[phrase.length - 2]!.start === phrase[phrase.length - 3]?.end))) return null;
  // A person or a group is no agreement ("The chairman, agreed with …" is none).
  if (head.pos === 'NOUN' && /^(?:person|org)$/.test(nounClass(head.text) ?? '')) return null;
  const participle = tokens[c + 1];
  if (!participle || participle.pos !== 'VERB' || participle.text === participle.lemma || /ing$/.test(participle.text)) return null;
  const made = participle.lemma === 'agree' ? 'reached' : statusOfVerb(participle.lemma);
  if (made !== 'reached' && made !== 'signed') return null;
  if (word(tokens[c + 2]) !== 'with') return null;
  const partner = namesAt(tokens, c + 3, text) ?? oneParty(commonParty(tokens, c + 3, text));
  if (!partner || partner.names.length !== 1) return null;
  const close = tokens.findIndex((x, k) => k > c + 2 && x.start >= partner.end && /^[,;:.]$/.test(x.text));
  if (close < 0 || tokens[close]!.text !== ',' || close - c > 14) return null;
  let k = close + 1;
  const auxFrom = k;
  let passive = false;
  while (k < tokens.length && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) {
    if (tokens[k]!.lemma === 'be') passive = true;
    k++;
  }
  const verb = tokens[k];
  if (!verb) return null;
  if (tokens.slice(auxFrom, k).some((x) => NEGATIONS.has(word(x)) || HYPOTHESIS.has(word(x)))) return null;
  const inForce = (n: number): boolean => word(tokens[n]) === 'in' && /^(?:force|effect|place)$/.test(word(tokens[n + 1]));
  let status: AgreementStatus | null = null;
  if (passive && k > auxFrom && inForce(k)) status = 'in force';
  else if (verb.pos === 'VERB' && /^(?:remain|stay)$/.test(verb.lemma) && inForce(k + 1)) status = 'in force';
  else if (verb.pos === 'VERB' || (verb.pos === 'ADJ' && /ed$/.test(verb.text))) {
    const lemma = verb.pos === 'ADJ' ? (participleBases(verb.text).find((b) => statusOfVerb(b) !== null || SUBJECT_STATUS.has(b) || b === 'lapse' || b === 'expire') ?? verb.text) : verb.lemma;
    status = passive ? passiveStatus(lemma) : (SUBJECT_STATUS.get(lemma) ?? (lemma === 'lapse' || lemma === 'expire' ? 'voided' : null));
  }
  const first = tokens[0]!;
  return { cue: participle.text, cueAt: participle.start, status: status ?? made, kind: 'agreement', noun: [first.start, head.end], actionStart: first.start, named: partner.names, subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: false };
}

/**
 * "An earlier draft was voted down by the Kelby assembly in 2019", "A first version was rejected by
 * the members": a draft or version opening the sentence (no "of" naming what it drafts), the subject
 * of a passive verb of rejecting (WordNet, or its phrasal with "down"/"out") with its agent: a
 * refused draft of the agreement reported before; the caller links it (both sides needed) and
 * drops it when none was.
 */
function draftRefused(tokens: readonly TaggedToken[], i: number): DealHit | null {
  let k = i + 1;
  const auxFrom = k;
  while (k < tokens.length && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  const verb = tokens[k];
  if (k === auxFrom || !verb || verb.pos !== 'VERB' || notReal(tokens, k)) return null;
  const particle = /^(?:down|out)$/.test(word(tokens[k + 1])) ? 1 : 0;
  if (refusal(verb, ...(particle ? [tokens[k + 1]] : [])) !== 'rejected' || word(tokens[k + 1 + particle]) !== 'by') return null;
  const t = tokens[i]!;
  return { cue: verb.text, cueAt: verb.start, status: 'rejected', kind: 'agreement', noun: [tokens[0]!.start, t.end], actionStart: tokens[0]!.start, named: [], subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: true, draftOfEarlier: true };
}

/**
 * "A fishing licence was granted to Coldharbour Boats by the harbour board", "The franchise was
 * awarded to X by Y": an indefinite or definite deal phrase opening its clause as the subject of a
 * passive verb of giving (WordNet), then "to" its taker and "by" its giver (a name or a plain noun
 * phrase, one each): reached between the giver and the taker. Not negated nor hypothetical.
 */
function grantedPassive(tokens: readonly TaggedToken[], i: number, text: string): DealHit | null {
  let s = i;
  while (s > 0 && /^(?:DET|ADJ|NOUN|NUM|PROPN|PART)$/.test(tokens[s - 1]!.pos)) s--;
  if (s !== clauseStart(tokens, i) || tokens[s]?.pos !== 'DET') return null;
  let k = i + 1;
  const auxFrom = k;
  while (k < tokens.length && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  const verb = tokens[k];
  // "was granted in 2018 to X": a time phrase (never "by") between the verb and "to".
  let to = k + 1;
  if (/^(?:in|on|during|last|this)$/.test(word(tokens[to]))) {
    let d = to + 1;
    while (d < tokens.length && d - to <= 3 && (tokens[d]!.pos === 'NUM' || tokens[d]!.pos === 'DET' || CALENDAR_WORDS.has(tokens[d]!.text) || /^(?:year|month|week)$/.test(word(tokens[d])))) d++;
    if (d > to + 1) to = d;
  }
  if (k === auxFrom || !tokens.slice(auxFrom, k).some((x) => x.lemma === 'be') || !verb || verb.pos !== 'VERB' || verb.text === verb.lemma || !givingVerb(verb.lemma) || word(tokens[to]) !== 'to' || notReal(tokens, k)) return null;
  const taker = namesAt(tokens, to + 1, text) ?? oneParty(commonParty(tokens, to + 1, text));
  if (!taker || taker.names.length !== 1) return null;
  const by = tokens.findIndex((x) => x.start >= taker.end);
  const t = tokens[i]!;
  // "The concession was granted in 2018 to X." (no giver named): a definite concession or franchise
  // in its contract sense is the one given before, to X; the caller links it.
  if (word(tokens[by]) !== 'by' && heldDealNoun(t.lemma) && /^the$/i.test(tokens[s]!.text) && (by < 0 || /^[.;]$/.test(tokens[by]!.text) || tokens[by]!.pos === 'ADP'))
    return { cue: verb.text, cueAt: verb.start, status: 'reached', kind: t.lemma, noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [...taker.names], subjectEnd: null, antecedent: null, collective: null, later: true, needsTwo: true };
  if (word(tokens[by]) !== 'by') return null;
  const giver = namesAt(tokens, by + 1, text) ?? oneParty(commonParty(tokens, by + 1, text));
  if (!giver || giver.names.length !== 1) return null;
  return { cue: verb.text, cueAt: verb.start, status: 'reached', kind: t.lemma, noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [...giver.names, ...taker.names], subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: true };
}

/**
 * "X was granted a five-year lease by Y", "X was awarded a contract by Y to clean its
 * schools": an indefinite deal phrase after a passive verb of giving (WordNet's, or award, grant,
 * give, hand), "by" and one name just after it. The subject (for the caller) took the deal, the
 * name gave it: reached, as when the giver grants it in the active.
 */
function givenBy(tokens: readonly TaggedToken[], i: number, text: string, lemma: string): DealHit | null {
  let s = i;
  while (s > 0 && (/^(?:ADJ|NUM|NOUN)$/.test(tokens[s - 1]!.pos) || tokens[s - 1]!.text === '-')) s--;
  const det = tokens[s - 1];
  const verb = tokens[s - 2];
  if (!det || !/^(?:a|an)$/i.test(det.text) || verb?.pos !== 'VERB' || !/(?:ed|en)$/.test(verb.text) || !(GIVE_VERBS.has(verb.lemma) || givingVerb(verb.lemma))) return null;
  if (!tokens.slice(Math.max(0, s - 5), s - 2).some((x) => x.pos === 'AUX' && x.lemma === 'be') || word(tokens[i + 1]) !== 'by') return null;
  if (notReal(tokens, s - 2, true) || unasserted(tokens, s - 2)) return null;
  const giver = namesAt(tokens, i + 2, text);
  if (!giver || giver.names.length !== 1) return null;
  return { cue: verb.text, cueAt: verb.start, status: willDo(tokens, s - 2) ? 'proposed' : 'reached', kind: heldDealNoun(lemma) ? `${lemma} contract` : lemma, noun: [det.start, tokens[i]!.end], actionStart: verb.start, named: [...giver.names], subjectEnd: verb.start, antecedent: null, collective: null, later: false, needsTwo: false };
}

function grantedAfter(tokens: readonly TaggedToken[], i: number, text: string): { names: string[]; next: number } | null {
  const p = tokens[i + 1];
  if (p?.pos !== 'VERB' || p.text === p.lemma || /ing$/.test(p.text) || !givingVerb(p.lemma)) return null;
  // "a licence granted by the port authority to Fenn Marine": the giver first, after "by".
  let to = i + 2;
  const giver = word(tokens[to]) === 'by' ? (namesAt(tokens, to + 1, text) ?? oneParty(commonParty(tokens, to + 1, text))) : null;
  if (giver) to = tokens.findIndex((x) => x.start >= giver.end);
  if ((giver && giver.names.length !== 1) || to < 0 || word(tokens[to]) !== 'to' || tokens[to + 1]?.pos === 'VERB') return null;
  const one = namesAt(tokens, to + 1, text) ?? apposedName(tokens, to + 1, text, true);
  if (!one || one.names.length !== 1) return null;
  const taker = { names: [...(giver?.names ?? []), ...one.names], end: one.end };
  const e = tokens.findIndex((x) => x.start >= taker.end);
  if (e < 0) return { names: taker.names, next: tokens.length };
  const close = tokens[e]!.text === ',' ? e + 1 : e;
  if (word(tokens[close]) === 'to' && tokens[close + 1]?.pos === 'VERB') {
    let c = close + 2;
    while (c < tokens.length && c - close < 14 && !/^(?:AUX|VERB)$/.test(tokens[c]!.pos) && !/^[,;:.]$/.test(tokens[c]!.text)) c++;
    if (tokens[c]?.text === ',') c++;
    if (tokens[c]?.pos === 'AUX') return { names: taker.names, next: c };
    return { names: taker.names, next: e };
  }
  return { names: taker.names, next: close > e && tokens[close]?.pos === 'AUX' ? close : e };
}

/**
 * Whether a noun whose contract sense is not its first (WordNet: "concession", "franchise") is
 * made here with a named party: "signed a 25-year concession with the utility firm X", "awarded a
 * ten-year franchise to the bus operator X" (a verb of giving). "made concessions to the
 * strikers" names no firm and no contract.
 */
function grantedTo(tokens: readonly TaggedToken[], i: number, text: string): boolean {
  if (/^(?:with|between)$/.test(word(tokens[i + 1]))) return namesAt(tokens, i + 2, text) !== null;
  if (grantedAfter(tokens, i, text)) return true;
  let v = i - 1;
  while (v >= 0 && i - v <= 5 && /^(?:DET|ADJ|NOUN|NUM|PRON|PART|PROPN|PUNCT)$/.test(tokens[v]!.pos) && tokens[v]!.text !== ',') v--;
  const to = pastPhrases(tokens, i + 1);
  if (tokens[v]?.pos === 'VERB' && GIVE_VERBS.has(tokens[v]!.lemma) && word(tokens[to]) === 'to' && namesAt(tokens, to + 1, text) !== null) return true;
  // "has awarded Greyway a ten-year franchise": the taker named between the verb of giving and the
  // deal ("granted Pell a concession on fees" yields a point, it makes no contract).
  if (/^(?:on|over|in)$/.test(word(tokens[i + 1]))) return false;
  let d = i - 1;
  while (d > 0 && /^(?:ADJ|NOUN|NUM|PUNCT)$/.test(tokens[d]!.pos) && tokens[d]!.text !== ',') d--;
  if (!/^(?:a|an)$/i.test(word(tokens[d])) || tokens[d - 1]?.pos !== 'PROPN') return false;
  let n = d - 1;
  while (n > 0 && tokens[n - 1]!.pos === 'PROPN') n--;
  return tokens[n - 1]?.pos === 'VERB' && GIVE_VERBS.has(tokens[n - 1]!.lemma);
}

/**
 * "The licence covers Europe", "Under the loan, …": a definite licence or loan (the, this, that,
 * with adjectives between) is a mention of one, which the caller keeps only when it links to an
 * agreement of its kind found before.
 */
function definiteAt(tokens: readonly TaggedToken[], i: number): boolean {
  // "The licensing pact": a noun modifying another is no head.
  if (/^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')) return false;
  let k = i - 1;
  while (k > 0 && i - k <= 3 && /^(?:ADJ|NUM|NOUN)$/.test(tokens[k]!.pos)) k--;
  // "Optec's licence was revoked": a name's possessive (opening the clause) is as definite.
  const owned = /^['’]s?$/.test(tokens[k]?.text ?? '') && tokens[k]!.pos === 'PART' && tokens[k - 1]?.pos === 'PROPN';
  if (owned) {
    let a = k - 1;
    while (a > 0 && tokens[a - 1]!.pos === 'PROPN') a--;
    return a === 0 && /^(?:AUX|VERB)$/.test(tokens[i + 1]?.pos ?? '');
  }
  return /^(?:the|this|that)$/i.test(word(tokens[k])) && (k === 0 || tokens[k - 1]!.pos !== 'ADP' || /^(?:under)$/i.test(word(tokens[k - 1])));
}

function bound(tokens: readonly TaggedToken[], i: number, text: string): boolean {
  if (grantedAfter(tokens, i, text)) return true;
  let n = i + 1;
  if (tokens[n]?.text === ',') n++;
  const next = tokens[n];
  if (/^(?:with|between)$/.test(word(next))) return true;
  // "a loan signed by", "the licence, agreed between": a participle of making or ending it.
  if (next?.pos === 'VERB' && /(?:ed|en)$/.test(next.text) && statusOfVerb(next.lemma) !== null && !NOT_MADE.has(next.lemma)) return true;
  // "a licence that the union terminated": a relative clause whose verb changes it.
  // ("cancelled a licence that permitted X to …": a clause whose verb tells nothing of it leaves the governing verb to say.)
  if (/^(?:that|which)$/.test(word(next))) {
    for (let k = n + 1; k < tokens.length && k - n <= 5 && !/^[,;.]$/.test(tokens[k]!.text); k++) {
      if (tokens[k]!.pos !== 'VERB') continue;
      if (statusOfVerb(tokens[k]!.lemma) !== null && !NOT_MADE.has(tokens[k]!.lemma)) return true;
      break;
    }
  }
  // The verb governing the phrase: "signed a similar licence", "breached the licence", "has held a
  // licence", "breached the terms of its licence"; "Under that licence".
  let v = i - 1;
  // "Skyline's handling licence": a participle after a possessor or a determiner modifies the noun.
  const modifier = (k: number): boolean => tokens[k]!.pos === 'VERB' && /ing$/.test(tokens[k]!.text) && /^(?:DET|PART|ADJ)$/.test(tokens[k - 1]?.pos ?? '');
  while (v >= 0 && i - v <= 5 && (/^(?:DET|ADJ|NOUN|NUM|PRON|PART|PROPN)$/.test(tokens[v]!.pos) || modifier(v))) v--;
  if (word(tokens[v]) === 'of' && PART_NOUNS.has(tokens[v - 1]?.lemma ?? '')) {
    v -= 2;
    while (v >= 0 && /^(?:DET|ADJ)$/.test(tokens[v]!.pos)) v--;
  }
  const gov = tokens[v];
  if (word(gov) === 'under') return /^(?:the|that|this|its|their)$/.test(word(tokens[v + 1]));
  // "secured a licence from X": a licence gained is read by `licensed`.
  if (gov?.pos === 'VERB' && LICENCE_VERBS.has(gov.lemma)) return false;
  return gov?.pos === 'VERB' && ((statusOfVerb(gov.lemma) !== null && !NOT_MADE.has(gov.lemma)) || gov.lemma === 'hold');
}

/**
 * The parties named from `k`: "X and Y", "the club and the board" (plain noun phrases kept as
 * written, resolved by the caller), or a phrase of common nouns ("the two institutions") as a
 * collective; `end` is the token after them.
 */
function partiesAt(tokens: readonly TaggedToken[], k: number, text: string): { names: string[]; collective: string | null; end: number } {
  const one = (at: number): { names: string[]; end: number } | null => namesAt(tokens, at, text) ?? oneParty(commonParty(tokens, at, text));
  const after = (end: number): number => {
    const x = tokens.findIndex((t) => t.start >= end);
    return x < 0 ? tokens.length : x;
  };
  const first = one(k);
  if (first) {
    let end = after(first.end);
    const names = [...first.names];
    if (first.names.length === 1 && word(tokens[end]) === 'and') {
      const second = one(end + 1);
      if (second && second.names.length === 1) {
        names.push(...second.names);
        end = after(second.end);
      }
    }
    // "the two institutions": a count is no name of one party.
    if (names.length === 1 && /^(?:the|both)\s+(?:two|three|four)\s/i.test(names[0]!)) return { names: [], collective: names[0]!, end };
    return { names, collective: null, end };
  }
  let c = k;
  while (c < tokens.length && ['DET', 'NUM', 'ADJ', 'NOUN'].includes(tokens[c]!.pos)) c++;
  if (c > k && tokens[c - 1]!.pos === 'NOUN') return { names: [], collective: text.slice(tokens[k]!.start, tokens[c - 1]!.end), end: c };
  return { names: [], collective: null, end: k };
}

/**
 * What a clause joined after a deal's phrase (from token `k`: past a time phrase, then ", but it",
 * "and it") says became of the deal when it ended: "… , but it fell apart", "and it collapsed in
 * 2019", "but it was cancelled" (collapsed, voided or breached; a verb or a phrasal verb WordNet
 * files whole). Null for anything else.
 */
function fateAfter(tokens: readonly TaggedToken[], k: number): { status: AgreementStatus; verb: TaggedToken } | null {
  let c = k;
  while (c < tokens.length && c - k < 8 && !/^(?:but|and)$/.test(word(tokens[c])) && tokens[c]!.pos !== 'VERB' && !/^[.;:]$/.test(tokens[c]!.text)) c++;
  if (!/^(?:but|and)$/.test(word(tokens[c])) || word(tokens[c + 1]) !== 'it') return null;
  let r = c + 2;
  let passive = false;
  while (r < tokens.length && /^(?:AUX|ADV|PART)$/.test(tokens[r]!.pos)) {
    if (tokens[r]!.lemma === 'be') passive = true;
    r++;
  }
  const verb = tokens[r];
  if (verb?.pos !== 'VERB' || notReal(tokens, r) || tokens.slice(c + 2, r).some((x) => NEGATIONS.has(word(x)))) return null;
  const phrasal = /^(?:ADP|ADV|PART)$/.test(tokens[r + 1]?.pos ?? '') ? verbStatus(`${verb.lemma}_${word(tokens[r + 1])}`) : null;
  const status = phrasal ?? (passive ? passiveStatus(verb.lemma) : SUBJECT_STATUS.get(verb.lemma)) ?? null;
  return status !== null && /^(?:collapsed|voided|breached)$/.test(status) ? { status, verb } : null;
}

/**
 * Whether the clause from token `k` to its closing comma holds a time of the news itself: "on
 * Monday", "on 3 May", "last October", "this week", "yesterday", "today" (not "in 2017").
 */
function recentTime(tokens: readonly TaggedToken[], k: number): boolean {
  for (let c = k; c < tokens.length && tokens[c]!.text !== ','; c++) {
    const w = word(tokens[c]);
    if (/^(?:yesterday|today)$/.test(w)) return true;
    const next = tokens[c + 1]?.text ?? '';
    if (w === 'on' && (CALENDAR_WORDS.has(next) || (/^\d{1,2}$/.test(next) && CALENDAR_WORDS.has(tokens[c + 2]?.text ?? '')))) return true;
    if (/^(?:last|this)$/.test(w) && (CALENDAR_WORDS.has(next) || /^(?:week|weekend|month)$/i.test(next))) return true;
  }
  return false;
}

/**
 * A participle of making set off by a comma after the deal's phrase ending at `e`, with a time of
 * this news: "… under a ten-year agreement with X, also signed last week" (signed), "…, agreed on
 * Monday" (reached). The participle and its status; null for one of long ago ("signed in 2015":
 * the deal then holds) or for none.
 */
function madeSetOff(tokens: readonly TaggedToken[], e: number): { verb: TaggedToken; status: AgreementStatus } | null {
  let c = e;
  while (c < tokens.length && c - e <= 6 && tokens[c]!.text !== ',' && tokens[c]!.pos !== 'VERB' && !/^[;:.]$/.test(tokens[c]!.text)) c++;
  if (tokens[c]?.text !== ',') return null;
  let k = c + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  const verb = tokens[k];
  if (!verb || verb.pos !== 'VERB' || !/ed$/.test(verb.text) || NOT_MADE.has(verb.lemma)) return null;
  const status = statusOfVerb(verb.lemma);
  return status && MAKING.has(status) && recentTime(tokens, k + 1) ? { verb, status } : null;
}

/** A time of long ago in the phrase from `k` to its comma: a year ("in 2021"), "last year", "two years ago". */
function datedBefore(tokens: readonly TaggedToken[], k: number): boolean {
  for (let c = k; c < tokens.length && tokens[c]!.text !== ','; c++) {
    const w = word(tokens[c]);
    if (/^(?:1[89]|20)\d\d$/.test(w) || w === 'ago' || (w === 'last' && word(tokens[c + 1]) === 'year')) return true;
  }
  return false;
}

/**
 * Whether the bare verb at `x` (with the particle after it) goes on: one of its first two senses,
 * or those of the verb and particle WordNet files whole, holds "continue" ("continue", "carry on",
 * "go on"). A deal said to go on holds.
 */
function goesOnVerb(x: TaggedToken | undefined, particle: TaggedToken | undefined): boolean {
  if (x?.pos !== 'VERB' || x.text !== x.lemma) return false;
  const continuing = (w: string): boolean => synsetsOf(w, 'verb', 2).some((y) => y.words.includes('continue'));
  return continuing(x.lemma) || (/^(?:ADP|ADV|PART)$/.test(particle?.pos ?? '') && continuing(`${x.lemma}_${word(particle)}`));
}

/** "held by", "owned by", "leased by": a participle of holding or letting (WordNet, see holdVerb) at `k` and its agent's "by". */
const heldBy = (tokens: readonly TaggedToken[], k: number): boolean =>
  tokens[k]?.pos === 'VERB' && tokens[k].text !== tokens[k].lemma && holdVerb(tokens[k].lemma) && word(tokens[k + 1]) === 'by';

/** Verbs of a deal lasting ("runs until 2031", "expires in 2029"): it is in force. */
const LAST_VERBS = new Set(['run', 'expire', 'last', 'continue']);

/**
 * A relative clause on the deal whose phrase ends before `e`: "…, which it extended last week"
 * (in force), "that the union terminated" (voided, by the union), "which runs until 2031",
 * "which expires in 2029" (in force), "which was cancelled in 2023". Its status, and who did it
 * when named (a pronoun subject is the main clause's own). Null for any other clause.
 */
function relativeOnDeal(tokens: readonly TaggedToken[], e: number, text: string): { status: AgreementStatus; agent: string[]; verb: TaggedToken; partner?: string } | null {
  let r = e;
  // ("the franchise agreement he signed with X": a clause with no relative pronoun, right after the noun.)
  const contact = tokens[r]?.pos === 'PRON' && /^(?:it|they|he|she|we)$/i.test(tokens[r]!.text) && tokens[r + 1]?.pos === 'VERB' && /ed$/.test(tokens[r + 1]!.text);
  if (tokens[r]?.text === ',') r++;
  if (!contact && !/^(?:that|which)$/.test(word(tokens[r]))) return null;
  if (!contact) r++;
  let agent: string[] = [];
  const pronounAgent = tokens[r]?.pos === 'PRON' && /^(?:it|they|he|she|we)$/i.test(tokens[r]!.text);
  if (pronounAgent) r++;
  else if (tokens[r]?.pos !== 'AUX' && tokens[r]?.pos !== 'VERB' && tokens[r]?.pos !== 'ADV') {
    const who = namesAt(tokens, r, text) ?? oneParty(commonParty(tokens, r, text));
    if (!who || who.names.length !== 1) return null;
    agent = who.names;
    r = tokens.findIndex((x) => x.start >= who.end);
    if (r < 0) return null;
  }
  let passive = false;
  const from = r;
  while (r < tokens.length && (tokens[r]!.pos === 'AUX' || tokens[r]!.pos === 'ADV' || tokens[r]!.pos === 'PART')) {
    if (tokens[r]!.lemma === 'be') passive = true;
    r++;
  }
  const verb = tokens[r];
  if (verb?.pos !== 'VERB' || notReal(tokens, r) || tokens.slice(from, r).some((x) => NEGATIONS.has(word(x)))) return null;
  if (LAST_VERBS.has(verb.lemma) && agent.length === 0 && !passive && /^(?:until|till|to|through|in|for)$/.test(word(tokens[r + 1]))) return { status: 'in force', agent, verb };
  // "a partnership that ends in June": a deal whose end is ahead (the present) still holds.
  if (verb.lemma === 'end' && /^ends?$/.test(word(verb)) && r === from && agent.length === 0 && /^(?:in|on|at|next|this)$/.test(word(tokens[r + 1]))) return { status: 'in force', agent, verb };
  if (NOT_MADE.has(verb.lemma)) return null;
  const status = passive ? passiveStatus(verb.lemma) : statusOfVerb(verb.lemma);
  if (!status || status === 'reached') return null;
  if (passive && word(tokens[r + 1]) === 'by') {
    const by = namesAt(tokens, r + 2, text) ?? oneParty(commonParty(tokens, r + 2, text));
    if (by && by.names.length === 1) agent = by.names;
  }
  // "a service contract that Brame signed last year with the Kell Transit Authority": whom the
  // clause's deal was made with, after its verb (a time phrase may stand between).
  let w = r + 1;
  while (w < tokens.length && w - r <= 4 && word(tokens[w]) !== 'with' && !/^[,;:.]$/.test(tokens[w]!.text) && tokens[w]!.pos !== 'VERB') w++;
  const partner = (agent.length === 1 || pronounAgent) && !passive && word(tokens[w]) === 'with' ? (namesAt(tokens, w + 1, text) ?? apposedName(tokens, w + 1, text, true)) : null;
  return { status, agent, verb, ...(partner && partner.names.length === 1 && !agent.some((a) => overlapsName(partner.names[0]!, a)) ? { partner: partner.names[0]! } : {}) };
}

/** The agreement noun at `i` and what the sentence says became of it. */
/**
 * Whether the verb at `v`, a verb of saying just before the deal's phrase (`s`…`e`), reports a
 * clause the phrase is the subject of: auxiliaries with a "be" after the phrase, then a past
 * participle of making a deal ("said an accord had been struck", "confirmed an agreement was signed"),
 * or a past tense of falling apart ("said the deal fell apart").
 */
function reportsPassive(tokens: readonly TaggedToken[], v: number, s: number, e: number): boolean {
  const gov = tokens[v];
  if (gov?.pos !== 'VERB' || !reportingLemma(gov.lemma) || v !== s - 1) return false;
  let k = e;
  let be = false;
  while (tokens[k]?.pos === 'AUX' && /^(?:be|have)$/.test(tokens[k]!.lemma)) be = tokens[k++]!.lemma === 'be' || be;
  const done = tokens[k];
  // ("Sources near the talks said the merger fell apart over …", "said the merger had collapsed": an
  // active verb of a deal falling apart, `SUBJECT_STATUS`, in a past tense, is that clause's too.)
  const fell = !be && k - e <= 1 && done?.pos === 'VERB' && done.text.toLowerCase() !== done.lemma && SUBJECT_STATUS.get(done.lemma) === 'collapsed';
  return fell || (be && done?.pos === 'VERB' && done.text.toLowerCase() !== done.lemma && MAKING.has(passiveStatus(done.lemma) ?? 'voided'));
}

function nounDeal(tokens: readonly TaggedToken[], i: number, lemma: string, text: string): DealHit | null {
  // "increase existing swap lines": a participle before the noun modifies it, after a verb, a
  // determiner or a possessor ("the company’s proposed merger").
  const opener = (x: TaggedToken | undefined): boolean => ['VERB', 'DET', 'ADP'].includes(x?.pos ?? '') || /^['’]s?$/.test(x?.text ?? '') || /^(?:its|their|his|her|our|whose)$/i.test(x?.text ?? '');
  // "Dellmont's earlier licensing agreement": an adverb or adjective may stand between the opener and the participle
  // (a year too: "the port's 2017 dredging contract").
  // "have each signed three-year contracts": after a floating quantifier the participle is the verb.
  // ("accused X of breaching their contract": a gerund after "of", before a possessive, is the verb governing the phrase, no modifier of it.)
  // ("X's £54m agreed takeover of Y": a sum with its unit glued on, "54m", "1.2bn", before the participle.)
  const sumBefore = (k: number): boolean => tokens[k - 1]?.pos === 'NOUN' && /^\p{Ll}{1,3}$/u.test(tokens[k - 1]!.text) && tokens[k - 2]?.pos === 'NUM' && tokens[k - 2]!.end === tokens[k - 1]!.start && tokens[k - 3]?.pos === 'SYM';
  const participle = (k: number): boolean =>
    tokens[k]?.pos === 'VERB' && /(?:ing|ed)$/.test(tokens[k].text) && !/^(?:each|all|both)$/i.test(tokens[k - 1]?.text ?? '') && !(word(tokens[k - 1]) === 'of' && /^(?:its|their|his|her|our)$/i.test(tokens[k + 1]?.text ?? '')) && (opener(tokens[k - 1]) || tokens[k - 1]?.text === '-' || (/^(?:ADV|ADJ|NUM)$/.test(tokens[k - 1]?.pos ?? '') && opener(tokens[k - 2])) || sumBefore(k));
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (lemma === 'line' && !/^(?:swap|credit)$/.test(prev?.lemma ?? '')) return null;
  // "Each partner will hold 50 percent of the venture": what each side holds of a venture formed
  // before is one of its terms (a later mention, in force once formed; the caller links it).
  if (lemma === 'venture' && word(prev) === 'the' && /^(?:each|both)$/i.test(tokens[0]?.text ?? '') && tokens.slice(1, i).some((x, k) => x.pos === 'VERB' && !notReal(tokens, k + 1)))
    return { cue: t.text, cueAt: t.start, status: 'in force', kind: 'venture', noun: [prev!.start, t.end], actionStart: tokens[0]!.start, named: [], subjectEnd: null, antecedent: null, collective: null, later: true, needsTwo: true, provides: true };
  // "voted to approve the venture": "the venture" alone names a joint venture made before (linked by the caller).
  if (lemma === 'venture' && word(prev) !== 'joint' && !(/^(?:the|this|that)$/i.test(word(prev)) && !/^(?:NOUN|PROPN)$/.test(next?.pos ?? ''))) return null;
  if (lemma === 'order') {
    // "in order to", "court order", "executive order", "under orders of the government", "buy orders".
    if (/^(?:in|executive|court|restraining|gag|buy|sell|stop|limit|market|standing|emergency|protection)$/.test(word(prev))) return null;
    if (/^(?:to|of)$/.test(word(next))) return null;
  }
  // "a memorandum signed at the same ceremony": a memorandum someone signed is an agreement, an office memo is not.
  // ("The memorandum is not legally binding": "the memorandum" alone names one signed before, linked by the caller.)
  const theMemorandum = /^(?:the|this|that)$/i.test(word(prev)) && i === 1 && !/^(?:NOUN|PROPN|ADP)$/.test(next?.pos ?? '');
  if (lemma === 'memorandum' && !theMemorandum && !(word(next) === 'of' && /^(?:understanding|intent)$/.test(word(tokens[i + 2]))) && !(next?.pos === 'VERB' && next.text !== next.lemma && statusOfVerb(next.lemma) === 'signed')) return null;
  // "a move from Varenne to Porto Calva": a move is a deal only from one named side to another.
  if (MOVE_LEMMAS.has(lemma) && !(t.pos === 'NOUN' && word(next) === 'from' && movedBetween(tokens, i + 1, text))) return null;
  if ((lemma === 'alliance' || lemma === 'partnership') && isCapital(t) && i > 0) return null;
  // The noun phrase: determiners, numbers, adjectives, compounds and a possessor before the noun.
  let s = i;
  while (s > 0) {
    const p = tokens[s - 1]!;
    // 'a two-year "print and share" agreement': a short quoted name of the deal's kind, the quote
    // opened after a modifier or a determiner, is a modifier of the noun as a whole.
    // ('a two-year ‘print and share’ agreement': single quotes too, the closing one after a word of the quote.)
    if (/^["”’]$/.test(p.text) && (s === i || tokens[s]?.pos === 'NOUN')) {
      const open = tokens.findLastIndex((x, k) => k < s - 1 && k >= s - 7 && (p.text === '’' ? x.text === '‘' : /^["“]$/.test(x.text)));
      const inside = open >= 0 ? tokens.slice(open + 1, s - 1) : [];
      if (inside.length > 0 && inside.every((x) => /^(?:NOUN|ADJ|CCONJ|VERB|ADP|PROPN)$/.test(x.pos) && !/^["“”‘’]$/.test(x.text)) && /^(?:DET|ADJ|NOUN|NUM)$/.test(tokens[open - 1]?.pos ?? '')) {
        s = open;
        continue;
      }
    }
    // A determiner opens the phrase: "in 2011 the deal" is "the deal".
    // "ended that agreement": the tagger may read a demonstrative as a pronoun or a conjunction.
    // ("the all-stock deal": "all" glued by a hyphen to the next word, after a definite determiner, is a modifier's first part.)
    if (word(p) === 'all' && tokens[s]?.text === '-' && tokens[s]!.start === p.end && /^(?:the|this|that|its|their)$/.test(word(tokens[s - 2]))) {
      s--;
      continue;
    }
    if (p.pos === 'DET' || /^(?:that|this|these|those)$/i.test(p.text)) {
      s--;
      break;
    }
    // "an earlier cooperation deal": an adverb right after a determiner modifies the noun.
    // "slot-sharing partnership": the first word of a hyphenated compound, whatever the tagger calls it.
    // "Fennick's earlier supply contract": a compound noun the tagger reads as a bare verb, inside a phrase already opened.
    // ("A proposed launch partnership": after a participle that a determiner opens, too.)
    const openedParticiple = tokens[s - 2]?.pos === 'VERB' && /^\p{Ll}+(?:ed|ing)$/u.test(tokens[s - 2]!.text) && tokens[s - 3]?.pos === 'DET';
    // ("a two-year pay deal": or after a hyphenated modifier.)
    const hyphened = tokens[s - 2]?.pos === 'NOUN' && tokens[s - 3]?.text === '-' && tokens[s - 3]!.end === tokens[s - 2]!.start;
    if (s === i && p.pos === 'VERB' && p.text === p.lemma && /^\p{Ll}+$/u.test(p.text) && (/^(?:DET|ADJ|ADV)$/.test(tokens[s - 2]?.pos ?? '') || /^['’]s?$/.test(tokens[s - 2]?.text ?? '') || openedParticiple || hyphened)) {
      s--;
      continue;
    }
    // "its baggage handling contract", "the airport's ground handling contract": a gerund right before
    // the noun, after a noun that a determiner or a possessor opens, is the second part of a compound
    // (what the deal covers), not a verb.
    if (s === i && p.pos === 'VERB' && /^\p{Ll}+ing$/u.test(p.text) && tokens[s - 2]?.pos === 'NOUN' && opener(tokens[s - 3]) && tokens[s - 3]!.pos !== 'VERB' && tokens[s - 3]!.pos !== 'ADP') {
      s--;
      continue;
    }
    if ((p.pos === 'ADV' && (tokens[s - 2]?.pos === 'DET' || /^['’]s?$/.test(tokens[s - 2]?.text ?? '') || /^(?:its|their)$/i.test(tokens[s - 2]?.text ?? ''))) || (tokens[s]?.text === '-' && tokens[s]!.start === p.end && p.pos !== 'PUNCT') || p.pos === 'ADJ' || p.pos === 'NUM' || (p.pos === 'SYM' && /^\p{Sc}$/u.test(p.text)) || p.pos === 'NOUN' || p.pos === 'PROPN' || (p.pos === 'PART' && /^['’]s?$/.test(p.text)) || (p.pos === 'PRON' && /^(?:its|their|his|her|our)$/i.test(p.text)) || (p.pos === 'ADV' && /ly$/.test(p.text)) || p.text === '-' || participle(s - 1))
      s--;
    else break;
  }
  const first = tokens[s]!;
  const det = word(first);
  if (det === 'no' || det === 'any') return null;
  const mods = tokens.slice(s, i);
  if (mods.some((m) => NOT_YET_ADJ.has(word(m)))) return null;
  const proposed = mods.some((m) => PROPOSED_ADJ.has(word(m)));
  // "which blocked a smaller bus deal in 2019", "a similar treaty": another deal than the one in the
  // news, a deal only with its own parties (checked below, once they are read).
  // ("a separate licence", "a similar contract" name one deal of their own, distinct from the news' one:
  // acted under, held, ended or refused, it is a deal of whoever does so, partner named or not.)
  const another = !/^(?:the|this|that|its|their)$/.test(det) && mods.some((m) => /^(?:smaller|larger|bigger|another|other|different)$/.test(word(m)));
  const definite = /^(?:the|this|that|these|those|its|their|his|her|our)$/.test(det) || mods.some((m) => m.pos === 'PART') || /^\d{4}$/.test(mods.find((m) => m.pos === 'NUM')?.text ?? '');
  const named: string[] = [];
  let collective: string | null = null;
  let talksBefore: string | null = null;
  // A participle set off by commas after the phrase ("The contract, signed in 2020, …"), read below.
  let apposed: TaggedToken | null = null;
  // Names before the noun: a possessor ("Apple Computer's purchase") or a compound ("Qatar Airways order").
  const possessive = mods.findIndex((m) => m.pos === 'PART');
  const nameFrom = possessive >= 0 ? s : mods.findIndex((m) => nameToken(m, s + 1)) >= 0 ? s + mods.findIndex((m) => nameToken(m, s + 1)) : -1;
  if (nameFrom >= 0) {
    const run = namesAt(tokens, nameFrom, text);
    // "the Grey Bank fishing treaty": a name that modifies a common noun before the deal's noun
    // names what the deal is about (a place, a field), not who made it.
    const topic = possessive < 0 && run !== null && tokens.some((x) => x.start >= run.end && x.end <= t.start && x.pos === 'NOUN');
    if (run && run.end <= t.start && !topic) named.push(...run.names);
    // "The utility's operating contract", "the carrier's former deal": a possessor described by a
    // common noun is a party too (the caller resolves the description to the name it stands for).
    // ("the talks' deal": talks, a summit or a meeting own no deal; who held them made it, read by the caller.)
    else if (possessive > 1 && first.pos === 'DET' && /^the$/i.test(first.text) && mods.slice(1, possessive).every((m) => m.pos === 'NOUN' || m.pos === 'ADJ')) {
      if (TALK_NOUNS.has(mods[possessive - 1]!.lemma)) talksBefore = mods[possessive - 1]!.lemma;
      else named.push(text.slice(first.start, mods[possessive - 1]!.end));
    }
  }
  // What follows the noun: "of understanding", then "between X and Y", "with X", "from X", "of X".
  let e = i + 1;
  if (lemma === 'memorandum' && word(tokens[i + 1]) === 'of') e = i + 3;
  // "a memorandum of understanding (MoU) with X": an initialism the article will call it by, in brackets, is no part of what follows.
  if (tokens[e]?.text === '(' && /^\p{Lu}[\p{L}]{1,5}$/u.test(tokens[e + 1]?.text ?? '') && tokens[e + 2]?.text === ')') e += 3;
  // A participle that made the deal, before its parties: "the ceasefire brokered by Egypt between
  // X and Y", "the treaty signed by X and Y in 1991". Its agent is a party, unless a go-between.
  let madeBy: AgreementStatus | null = null;
  // "a previous concession held by Adamant Mining", "The previous lease, held by the wine merchant
  // Casa Orsenigo, was …": who holds the deal (a verb of holding or letting, by WordNet) is a party.
  const holdAt = tokens[e]?.text === ',' ? e + 1 : e;
  if (heldBy(tokens, holdAt)) {
    const holder = namesAt(tokens, holdAt + 2, text);
    if (holder) {
      named.push(...holder.names);
      e = tokens.findIndex((x) => x.start >= holder.end);
      if (e < 0) e = tokens.length;
      // The apposition's closing comma: the main verb follows.
      // ("…, held by the Pike family since 1950, was ended": past a time phrase before it.)
      if (tokens[holdAt - 1]?.text === ',' && tokens[e]?.text !== ',' && /^(?:since|in|until|from)$/.test(word(tokens[e]))) {
        let c = e + 1;
        while (c < tokens.length && c - e <= 4 && /^(?:NUM|PROPN|DET|NOUN)$/.test(tokens[c]!.pos)) c++;
        if (c > e + 1 && tokens[c]?.text === ',') e = c;
      }
      if (tokens[holdAt - 1]?.text === ',' && tokens[e]?.text === ',') e++;
    }
  }
  // "A licence granted to a German firm, Optec, was terminated", "a franchise awarded to Voedam to
  // run the cafés was cancelled": whom a verb of giving (WordNet) gave the deal to holds it.
  const given = named.length === 0 ? grantedAfter(tokens, i, text) : null;
  if (given) {
    named.push(...given.names);
    e = given.next;
  }
  // "backed by a loan agreement Kell struck in June with the lender Ostby Capital", "Under a supply
  // contract Vell signed in 2020 with the grower Y, …": a relative clause with no pronoun on a new
  // deal, its subject a name and its verb one that makes a deal (past), says who made it and with
  // whom (past a time or place phrase): both are its parties, and the verb its status.
  let contact: { verb: TaggedToken; status: AgreementStatus } | null = null;
  if (named.length === 0 && collective === null && /^an?$/.test(det)) {
    const maker = namesAt(tokens, e, text);
    const v = maker && maker.names.length === 1 ? tokens.findIndex((x) => x.start >= maker.end) : -1;
    const rv = v > e ? tokens[v] : undefined;
    const made = rv?.pos === 'VERB' && rv.text !== rv.lemma && !/ing$/.test(rv.text) && !notReal(tokens, v) ? statusOfVerb(rv.lemma) : null;
    if (rv && made && /^(?:reached|signed)$/.test(made)) {
      let c = v + 1;
      while (c < tokens.length && c - v < 12 && !/^[,;:.]$/.test(tokens[c]!.text)) c++;
      const w = tokens.findIndex((x, m) => m > v && m < c && /^(?:with|to)$/.test(word(x)) && tokens[m + 1]?.pos !== 'VERB');
      const other = w > v ? (namesAt(tokens, w + 1, text) ?? apposedName(tokens, w + 1, text, true)) : null;
      if (other && other.names.length === 1 && !overlapsName(other.names[0]!, maker!.names[0]!)) {
        named.push(...maker!.names, ...other.names);
        contact = { verb: rv, status: made };
        e = tokens.findIndex((x) => x.start >= other.end);
        if (e < 0) e = tokens.length;
      }
    }
  }
  const madeVerb = tokens[e];
  if (!contact && madeVerb?.pos === 'VERB' && /ed$/.test(madeVerb.text) && statusOfVerb(madeVerb.lemma) && !NOT_MADE.has(madeVerb.lemma)) {
    madeBy = statusOfVerb(madeVerb.lemma);
    e++;
    if (word(tokens[e]) === 'by') {
      const agent = namesAt(tokens, e + 1, text);
      if (agent) {
        if (!GO_BETWEEN.has(madeVerb.lemma)) named.push(...agent.names);
        e = tokens.findIndex((x) => x.start >= agent.end);
        if (e < 0) e = tokens.length;
      } else if (!GO_BETWEEN.has(madeVerb.lemma) && named.length === 0) {
        // "a loan signed by the two institutions": a counted plural, resolved by the caller.
        const makers = partiesAt(tokens, e + 1, text);
        if (makers.collective !== null && /^(?:the|both)\s+(?:two|three|four)\s/i.test(makers.collective)) {
          collective = makers.collective;
          e = makers.end;
        }
      }
    }
  } else if (!contact && named.length === 0 && madeVerb?.pos === 'VERB' && /ed$/.test(madeVerb.text) && madeVerb.lemma === 'negotiate' && word(tokens[e + 1]) === 'by') {
    // "a pay deal negotiated by the Bakers' Union": who negotiated a deal (not a go-between, who
    // brokers or mediates it) is one of its sides; the deal is not made by that verb.
    const agent = namesAt(tokens, e + 2, text) ?? oneParty(commonParty(tokens, e + 2, text));
    if (agent && agent.names.length === 1) {
      named.push(...agent.names);
      e = tokens.findIndex((x) => x.start >= agent.end);
      if (e < 0) e = tokens.length;
    }
  } else if (!contact && named.length === 0 && madeVerb?.pos === 'VERB' && /ed$/.test(madeVerb.text) && madeVerb.lemma === 'negotiate' && word(tokens[e + 1]) === 'between') {
    // ("a wage accord hammered out between the firm and the couriers' union": the two it was negotiated between are its sides.)
    const sides = partiesAt(tokens, e + 2, text);
    if (sides.names.length === 2) {
      named.push(...sides.names);
      e = sides.end;
    }
  }
  // "granted a licence letting Zembrock Flicks screen its films", "a licence that allowed X to
  // sell …", "issued the licence back in 2014, giving Fendrabble the right to …": whom a licence lets act is its taker.
  if (named.length === 0 && collective === null && (lemma === 'licence' || lemma === 'license')) {
    const taker = licenceTaker(tokens, e, text);
    if (taker) named.push(taker);
  }
  // "The earlier contract, with Pell Glazing, was ended": the partner set off between commas.
  if (named.length === 0 && tokens[e]?.text === ',' && word(tokens[e + 1]) === 'with') {
    const run = namesAt(tokens, e + 2, text);
    const after = run ? tokens.findIndex((x) => x.start >= run.end) : -1;
    if (run && after > 0 && tokens[after]!.text === ',') {
      named.push(...run.names);
      e = after + 1;
    }
  }
  for (let guard = 0; guard < 3 && e < tokens.length; guard++) {
    // "a new lease on its main shop with the landlord": what the deal is on or for stands before its partner.
    // (An order or purchase has its own reading: "an order for 12 jets with Trask engines".)
    // "on its flagship store on Broad Street with the landlord": a place after it, named or not, too.
    if (/^(?:on|for|over)$/.test(word(tokens[e])) && !isTrade(lemma)) {
      let m = e;
      for (let pp = 0; pp < 2 && /^(?:on|for|over|in|at)$/.test(word(tokens[m])); pp++) {
        const from = m + 1;
        let n = from;
        while (n < tokens.length && n - from < 6 && /^(?:DET|PRON|ADJ|NOUN|NUM|PROPN)$/.test(tokens[n]!.pos) && !(tokens[n]!.pos === 'PRON' && !/^(?:its|their|his|her|our)$/i.test(tokens[n]!.text))) n++;
        if (n === from || !/^(?:NOUN|PROPN)$/.test(tokens[n - 1]!.pos)) break;
        m = n;
        if (/^(?:with|between)$/.test(word(tokens[m]))) {
          e = m;
          break;
        }
      }
    }
    // "took a twelve-year lease in April with the Vossgarth Trust", "agreed a new lease directly with
    // the landlord": a time phrase (`pastTime`) or an adverb in -ly (the tagger's) between the deal and its partner.
    const pastAdjunct = pastTime(tokens, e) > e ? pastTime(tokens, e) : tokens[e]?.pos === 'ADV' && /^\p{Ll}+ly$/u.test(tokens[e]!.text) ? e + 1 : e;
    if (pastAdjunct > e && /^(?:with|between)$/.test(word(tokens[pastAdjunct]))) e = pastAdjunct;
    const prep = word(tokens[e]);
    // "its sponsorship of the Hawks": who is sponsored is the other party.
    const takesOf = lemma === 'merger' || lemma === 'sponsorship' || isTrade(lemma);
    if (prep === 'between' || prep === 'with' || prep === 'from' || (prep === 'to' && MOVE_LEMMAS.has(lemma)) || (prep === 'of' && takesOf) || (prep === 'by' && takesOf) || prep === 'among') {
      let run = namesAt(tokens, e + 1, text);
      // "between the government of Norland and …": a common noun of a name is a named party.
      // "with the fire services of Alder and Brent": a plural body of a list of names is each of them.
      if (!run) run = pluralOfList(tokens, e + 1, text);
      // "with Orbis's rival, Quantel,", "with Orbis's rival Quantel": the one the possessor's role
      // noun names is the party, not the possessor.
      const role = run && run.names.length === 1 ? possessedRole(tokens, run, text) : null;
      if (role) run = role;
      const of = run ? null : commonParty(tokens, e + 1, text);
      if (of && /\sof\s+\p{Lu}/u.test(of.name)) run = { names: [of.name], end: of.end };
      // "between the province and the mining group Tolvaro": a plain noun phrase and a name are two parties.
      const plain = run ? null : commonParty(tokens, e + 1, text);
      const plainEnd = plain ? tokens.findIndex((x) => x.start >= plain.end) : -1;
      if (prep === 'between' && plain && plainEnd > 0 && word(tokens[plainEnd]) === 'and') {
        // "between the league and the referees' union": two plain noun phrases are two parties too.
        const second = namesAt(tokens, plainEnd + 1, text) ?? theParty(commonParty(tokens, plainEnd + 1, text));
        if (second && second.names.length === 1) run = { names: [plain.name, ...second.names], end: second.end };
      }
      // "its contract with the chain", "an option agreement with the authority": a definite
      // description of an organisation or a country is a party, resolved by the caller.
      const described = (np: string): boolean => /^the\s+[\p{Ll}-]+$/u.test(np) && nounLemma(np.split(/\s+/)[1]!) === np.split(/\s+/)[1]!.toLowerCase() && /^(?:org|nation|place)$/.test(nounClass(np.split(/\s+/)[1]!) ?? '');
      // Only for a deal someone holds: "Brenholt's option agreement with the authority", "its contract with the chain".
      const holder = named.length > 0 || /^(?:its|their)$/.test(det);
      // ("has completed its takeover of the club": what a holder's purchase is of, described so, too.)
      if (!run && plain && (prep === 'with' || (prep === 'of' && isTrade(lemma))) && holder && described(plain.name)) run = { names: [plain.name], end: plain.end };
      // "its deal with the referees' union": a plural possessor saying what kind of body it is.
      if (!run && plain && prep === 'with' && holder && /^the\s+\p{Ll}[\p{Ll}-]*s['’]\s+[\p{Ll}-]+$/u.test(plain.name) && described(`the ${plain.name.split(/\s+/).at(-1)!}`)) run = { names: [plain.name], end: plain.end };
      // "a settlement with more than 1,200 of its customers", "with its passengers": people of the
      // subject's own (a plural of persons or groups, by WordNet, that "its"/"their" owns) are the other side.
      if (!run && plain && prep === 'with' && ownPeople(plain.name)) run = { names: [plain.name], end: plain.end };
      // "with thousands of its passengers", "with a group of its drivers": a count of them too.
      const people = run || plain ? null : groupParty('people', tokens, e + 1, text);
      if (!run && people && prep === 'with' && ownPeople(people.name)) run = { names: [people.name], end: people.end };
      // "between its owner, Marr Chemicals, and …": the first side set off by its name, too.
      // ("its takeover of a smaller rival, SurfSentry, fell through": what a purchase is of, too.)
      let setOff = !run && (prep === 'from' || prep === 'with' || prep === 'between' || (prep === 'of' && isTrade(lemma)));
      if (setOff) run = apposedName(tokens, e + 1, text, true);
      // "signed a lease with a sauna operator": an indefinite description of a person or an
      // organisation (WordNet's class of its head) is the other side, as after "signed a deal with";
      // the caller names it from the sentence after (`describedThenNamed`). No name set off then.
      if (!run && prep === 'with') {
        run = describedSide(tokens, e + 1, text);
        setOff = false;
      }
      if (!run) {
        // "between the two sides": a phrase of common nouns, resolved by the caller.
        let c = e + 1;
        // "with the board last spring": a time phrase ends the party.
        while (c < tokens.length && ['DET', 'NUM', 'ADJ', 'NOUN'].includes(tokens[c]!.pos) && !(c > e + 1 && /^(?:last|next|this|early|late|earlier|later)$/.test(word(tokens[c])))) c++;
        if (c > e + 1 && tokens[c - 1]!.pos === 'NOUN') {
          const np = text.slice(tokens[e + 1]!.start, tokens[c - 1]!.end);
          collective = np;
          e = c;
        }
        break;
      }
      named.push(...run.names);
      const runAt = e + 1;
      e = tokens.findIndex((x) => x.start >= run.end);
      if (e < 0) e = tokens.length;
      // "with the Pell & Moyle newsagent chain was terminated": a name after "the" modifying a common
      // head (one or two lower-case nouns) before the main verb; the phrase ends past that head.
      // "with Harlow Cross parish council": a place's name before lower-case words whose last is an
      // organisation (WordNet) names that body, the words its part.
      if (run.names.length === 1) {
        let c = e;
        while (c < tokens.length && c - e < 2 && tokens[c]!.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[c]!.text)) c++;
        if (c > e && nounClass(tokens[c - 1]!.text) === 'org' && tokens[c]?.pos !== 'NOUN') {
          named[named.length - 1] = `${named[named.length - 1]!} ${text.slice(tokens[e]!.start, tokens[c - 1]!.end)}`;
          e = c;
        } else if (c > e && word(tokens[runAt]) === 'the' && /^(?:AUX|VERB)$/.test(tokens[c]?.pos ?? '')) e = c;
      }
      // The comma closing "with Orbis's rival, Quantel,": the main verb follows.
      if (role && tokens[e]?.text === ',' && tokens[tokens.findIndex((x) => x.start >= role.end) - 1]?.text !== ',' && /^(?:AUX|VERB)$/.test(tokens[e + 1]?.pos ?? '')) e++;
      // "An earlier agreement with a climbing firm, Crag & Rope, fell through": the comma closing a
      // name set off after a description of it, before the main verb.
      // ("A deal with a tea firm, Velsham Blends, to sell a blend was ended": or before the deal's infinitive.)
      if (setOff && (prep === 'with' || prep === 'of') && tokens[e]?.text === ',' && (/^(?:AUX|VERB)$/.test(tokens[e + 1]?.pos ?? '') || (word(tokens[e + 1]) === 'to' && tokens[e + 2]?.pos === 'VERB'))) e++;
      // "a merger of Hallam's flour arm with X": a part the name owns stands for the name.
      if (tokens[e]?.pos === 'PART' && /^['’]s?$/.test(tokens[e]!.text)) {
        let c = e + 1;
        while (c < tokens.length && /^(?:ADJ|NOUN)$/.test(tokens[c]!.pos)) c++;
        if (c > e + 1 && tokens[c - 1]!.pos === 'NOUN' && /^(?:with|and|to|by)$/.test(word(tokens[c]))) e = c;
      }
      // "between its owner, Marr Chemicals, and the trader …": the comma closing an apposed first side.
      if (prep === 'between' && run.names.length === 1 && tokens[e]?.text === ',' && word(tokens[e + 1]) === 'and') e++;
      // "between Marlow Pharma and the state": the second party may be a plain noun phrase.
      if (prep === 'between' && run.names.length === 1 && word(tokens[e]) === 'and') {
        const direct = namesAt(tokens, e + 1, text);
        const listed = direct ?? apposedName(tokens, e + 1, text, true);
        const other = listed?.names.length === 1 ? { name: listed.names[0]!, end: listed.end } : (commonParty(tokens, e + 1, text) ?? groupParty('counted', tokens, e + 1, text) ?? groupParty('people', tokens, e + 1, text));
        if (other) {
          named.push(other.name);
          e = tokens.findIndex((x) => x.start >= other.end);
          if (e < 0) e = tokens.length;
          // The comma closing an apposed name ("its neighbour, Tarsia, collapsed") ends the phrase.
          if (!direct && listed && word(tokens[e]) === ',') e++;
        }
      }
    } else break;
  }
  // "a ten-year contract to supply flour to the bakery chain Crumbs", "a deal to provide the
  // airline Skyra with fuel": whom a deal's verb of giving (WordNet) gives to is the other side.
  if (named.length === 0 && collective === null && !isTrade(lemma)) {
    const taker = takerOfGiving(tokens, e, text);
    if (taker) named.push(taker);
  }
  // "a lease on 40 hectares of vines owned by the Monastery of X": whoever holds what the deal is
  // on, of or for lets it, and is the other side.
  if (/^(?:on|of|for|over)$/.test(word(tokens[e]))) {
    let m = e + 1;
    while (m < tokens.length && m - e < 10 && (/^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(tokens[m]!.pos) || word(tokens[m]) === 'of')) m++;
    const owner = m > e + 1 && heldBy(tokens, m) ? namesAt(tokens, m + 2, text) : null;
    if (owner) named.push(...owner.names.filter((n) => !named.includes(n)));
    // "the lease of the former bus depot to the building society", "the sale of the mill to X":
    // whom the thing a deal is of goes to is the other side (a name, or a description resolved later).
    // "an earlier lease of the pitches by the council to Ardle Rovers": who lets it, after "by", before whom it goes to.
    const letter = !owner && named.length === 0 && collective === null && word(tokens[e]) === 'of' && m > e + 1 && word(tokens[m]) === 'by' ? (namesAt(tokens, m + 1, text) ?? theParty(commonParty(tokens, m + 1, text))) : null;
    const toAt = letter ? tokens.findIndex((x) => x.start >= letter.end) : m;
    if (!owner && named.length === 0 && collective === null && word(tokens[e]) === 'of' && m > e + 1 && toAt > 0 && word(tokens[toAt]) === 'to' && tokens[toAt + 1]?.pos !== 'VERB') {
      const taker = namesAt(tokens, toAt + 1, text);
      const described = taker ? null : word(tokens[toAt + 1]) === 'the' ? commonParty(tokens, toAt + 1, text) : null;
      const before = named.length;
      if (taker && taker.names.length === 1) named.push(...taker.names);
      else if (described && /^the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.test(described.name) && nounClass(described.name.split(/\s+/).at(-1)!) !== 'place') named.push(described.name);
      // The phrase ends after whom it goes to: "… to Harlow Estates was cancelled" is the lease's fate.
      if (named.length > before) {
        if (letter) named.unshift(...letter.names);
        const end = (taker ?? described)!.end;
        e = tokens.findIndex((x) => x.start >= end);
        if (e < 0) e = tokens.length;
      }
    }
  }
  // "Orland's contract for the hotel, which it ran for the town council, was ended": whom the
  // deal's holder (a pronoun; its possessor when named) held or ran it for, in a relative clause on
  // the deal, is the other side.
  if (named.length <= 1 && collective === null) {
    let q = e;
    if (/^(?:on|of|for|over)$/.test(word(tokens[q]))) for (q++; q < tokens.length && q - e < 10 && /^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(tokens[q]!.pos); q++);
    let r = q + 3;
    if (tokens[q]?.text === ',' && /^(?:which|that)$/.test(word(tokens[q + 1])) && tokens[q + 2]?.pos === 'PRON' && /^(?:it|they|he|she)$/i.test(tokens[q + 2]!.text)) {
      while (r < tokens.length && /^(?:AUX|ADV)$/.test(tokens[r]!.pos)) r++;
      const forWhom = tokens[r]?.pos === 'VERB' && statusOfVerb(tokens[r]!.lemma) === null && !notReal(tokens, r) && word(tokens[r + 1]) === 'for' ? (namesAt(tokens, r + 2, text) ?? theParty(commonParty(tokens, r + 2, text))) : null;
      if (forWhom && forWhom.names.length === 1 && !named.includes(forWhom.names[0]!)) named.push(...forWhom.names);
    }
  }
  // "a licensing deal that lets streaming service Quillo show …": who the deal lets or gives something is the other party.
  if (named.length === 0 && /^(?:that|which)$/.test(word(tokens[e])) && tokens[e + 1]?.pos === 'VERB' && !NOT_MADE.has(tokens[e + 1]!.lemma)) {
    const run = namesAt(tokens, e + 2, text);
    if (run && run.names.length === 1) named.push(...run.names);
  }
  // "a licensing deal giving the streaming service Vista+ exclusive rights": the same with a
  // participle, whose first object is the other party.
  else if (named.length === 0 && tokens[e]?.pos === 'VERB' && /ing$/.test(tokens[e]!.text) && !NOT_MADE.has(tokens[e]!.lemma) && (statusOfVerb(tokens[e]!.lemma) === null || GIVE_VERBS.has(tokens[e]!.lemma))) {
    const run = namesAt(tokens, e + 1, text);
    if (run && run.names.length === 1) named.push(...run.names);
  }
  // "a contract under which the city handed its water supply to the company Aquen", "an accord
  // whereby X supplies Y": the relative clause's subject and whom it gives to or acts with are the parties.
  const relative = word(tokens[e]) === 'whereby' ? e + 1 : /^(?:under|by)$/.test(word(tokens[e])) && word(tokens[e + 1]) === 'which' ? e + 2 : -1;
  if (named.length === 0 && relative > 0) {
    const who = namesAt(tokens, relative, text) ?? oneParty(commonParty(tokens, relative, text));
    if (who && who.names.length === 1) {
      const clause: string[] = [...who.names];
      for (let m = tokens.findIndex((x) => x.start >= who.end); m > 0 && m < tokens.length && !/^[,.;:]$/.test(tokens[m]!.text); m++) {
        if (!/^(?:to|with)$/.test(word(tokens[m])) || tokens[m + 1]?.pos === 'VERB') continue;
        const other = namesAt(tokens, m + 1, text) ?? oneParty(commonParty(tokens, m + 1, text));
        if (other) clause.push(...other.names);
        break;
      }
      // "the concession under which X has run the network": the one who holds it, at least.
      if (clause.length >= 2 || (clause.length === 1 && heldDealNoun(lemma) && word(tokens[e]) === 'under')) named.push(...clause);
    }
  }
  // "awarded a cleaning contract to X", "handed the concession to X": whom a verb of giving gives the deal to.
  let givenTo = false;
  // "awarded a contract for cleaning and catering at its three hospitals to X": what the deal is
  // for or where it applies may come between the deal and whom it is given to.
  // ("awarded a contract to re-roof nine schools to X": an infinitive of the deal's purpose, its verb
  // perhaps tagged as a noun, may stand before it too: the second "to" that a name follows.)
  const to = purposeThenTo(tokens, pastPhrases(tokens, e), text);
  if (word(tokens[to]) === 'to' && tokens[to + 1]?.pos !== 'VERB') {
    let g = s - 1;
    while (g >= 0 && tokens[g]!.pos === 'ADV') g--;
    const taker = tokens[g]?.pos === 'VERB' && GIVE_VERBS.has(tokens[g]!.lemma) ? (namesAt(tokens, to + 1, text) ?? apposedName(tokens, to + 1, text, true) ?? oneParty(commonParty(tokens, to + 1, text))) : null;
    if (taker) {
      givenTo = true;
      named.push(...taker.names.filter((n) => !named.includes(n)));
      e = tokens.findIndex((x) => x.start >= taker.end);
      if (e < 0) e = tokens.length;
    }
  }
  // "a concession that the council had granted to X": who gave it and to whom.
  if (named.length === 0 && /^(?:that|which)$/.test(word(tokens[e]))) {
    const giver = namesAt(tokens, e + 1, text) ?? oneParty(commonParty(tokens, e + 1, text));
    let g = giver ? tokens.findIndex((x) => x.start >= giver.end) : -1;
    while (g > 0 && (tokens[g]!.pos === 'AUX' || tokens[g]!.pos === 'ADV')) g++;
    if (giver && giver.names.length === 1 && g > 0 && tokens[g]?.pos === 'VERB' && GIVE_VERBS.has(tokens[g]!.lemma) && word(tokens[g + 1]) === 'to') {
      const taker = namesAt(tokens, g + 2, text);
      if (taker) named.push(...giver.names, ...taker.names);
    }
  }
  // More partners later in the clause: "… with X for $60 billion, and $10 billion with Y".
  for (let m = e; m < tokens.length && tokens[m]!.pos !== 'VERB' && tokens[m]!.pos !== 'SCONJ' && tokens[m]!.text !== ';'; m++) {
    if (word(tokens[m]) !== 'with' || (named.length === 0 && !isTrade(lemma))) continue;
    const run = namesAt(tokens, m + 1, text);
    // "an order for 30 jets with Halvard" names the seller; "… with Rolls-Royce engines" a part.
    let after = run ? tokens.findIndex((x) => x.start >= run.end) : -1;
    while (after >= 0 && after < tokens.length && (tokens[after]!.text === '-' || tokens[after]!.pos === 'PROPN')) after++;
    if (run && (named.length > 0 || tokens[after]?.pos !== 'NOUN')) named.push(...run.names);
  }
  // "A deal for Pellow Pies to stock its pies in all 200 Marl Stores shops has fallen apart": the
  // subject of the deal's infinitive (after "for") and the name its clause acts on or in are the
  // parties; the phrase ends where the clause does (the verb that tells the deal's fate).
  if (named.length === 0 && collective === null && word(tokens[e]) === 'for') {
    const doer = namesAt(tokens, e + 1, text);
    const to = doer ? tokens.findIndex((x) => x.start >= doer.end) : -1;
    if (doer && doer.names.length === 1 && to > 0 && word(tokens[to]) === 'to' && tokens[to + 1]?.pos === 'VERB') {
      let m = to + 2;
      let other: string | null = null;
      let otherEnd = -1;
      for (; m < tokens.length && m - to < 16 && !/^(?:AUX|VERB|SCONJ)$/.test(tokens[m]!.pos) && !/^[,.;:]$/.test(tokens[m]!.text); m++) {
        if (other !== null || tokens[m]!.pos !== 'PROPN') continue;
        const run = namesAt(tokens, m, text);
        if (run && run.names.length === 1 && !overlapsName(run.names[0]!, doer.names[0]!)) {
          other = run.names[0]!;
          otherEnd = run.end;
        }
        if (run) m = Math.max(m, tokens.findIndex((x) => x.start >= run.end) - 1);
      }
      // "A deal for X to buy Y, one of the oldest makers of bells, has collapsed": an apposition on
      // the name the clause acts on (no auxiliary, no clause word inside it but "since 1840") ends at its second comma,
      // and the deal's fate is the verb after it.
      if (other !== null && tokens[m]?.text === ',' && otherEnd === tokens[m]!.start) {
        let c = m + 1;
        while (c < tokens.length && c - m < 20 && tokens[c]!.text !== ',' && !/^(?:AUX|PRON)$/.test(tokens[c]!.pos) && !(tokens[c]!.pos === 'SCONJ' && tokens[c + 1]?.pos !== 'NUM') && !/^[.;:]$/.test(tokens[c]!.text)) c++;
        if (tokens[c]?.text === ',' && c > m + 1 && /^(?:AUX|VERB)$/.test(tokens[c + 1]?.pos ?? '')) m = c + 1;
      }
      if (other !== null && m < tokens.length && /^(?:AUX|VERB)$/.test(tokens[m]!.pos)) {
        named.push(doer.names[0]!, other);
        e = m;
      }
    }
  }
  // "a contract to supply chips to carmaker Volland": the one supplied is the other party.
  // "a definitive agreement to acquire Pexley Savings", "an agreement to take over X": whom the
  // infinitive buys (or sells to) is the other party, as for "agreed to buy X".
  const bought = named.length === 0 && word(tokens[e]) === 'to' && TRADE_VERBS.has(tokens[e + 1]?.lemma ?? '') && tokens[e + 1]!.lemma !== 'order' ? traded(tokens, e + 1, text, true) : null;
  if (bought) named.push(...bought.named);
  // "its licence to sell Dellacqua ice cream", "a licence to use Nordlight's battery technology":
  // whose product or property a licence lets one use is its other side (the licensor).
  if (named.length === 0 && !bought && /^licen[cs]e$/.test(lemma) && word(tokens[e]) === 'to' && tokens[e + 1]?.pos === 'VERB') {
    const owner = namesAt(tokens, e + 2, text);
    const after = owner ? tokens.findIndex((x) => x.start >= owner.end) : -1;
    if (owner && owner.names.length === 1 && after > 0 && (tokens[after]!.pos === 'NOUN' || (tokens[after]!.pos === 'PART' && /^['’]s?$/.test(tokens[after]!.text)))) named.push(owner.names[0]!.replace(/^the\s+/i, ''));
  }
  // "signed a contract Tuesday to fly six satellites for X": a time phrase may stand before the infinitive.
  const purpose = named.length === 0 && word(tokens[e]) !== 'to' && pastTime(tokens, e) > e ? pastTime(tokens, e) : e;
  if (named.length === 0 && word(tokens[purpose]) === 'to' && tokens[purpose + 1]?.pos === 'VERB') {
    e = purpose;
    for (let m = e + 2; m < tokens.length && m - e < 10 && !/^[,.;:]$/.test(tokens[m]!.text) && tokens[m]!.pos !== 'SCONJ'; m++) {
      // "an agreement to buy licences from rival Norcell": whom one buys from is the other party too.
      if (!/^(?:to|for|with|from)$/.test(word(tokens[m]))) continue;
      const run = namesAt(tokens, m + 1, text);
      if (run) named.push(...run.names);
      break;
    }
  }
  // What an order or purchase is of names its maker: "an order for 20 of Airbus' jets", "an order
  // for 20 Airbus A380s" (a name before a model number).
  if (isTrade(lemma)) {
    for (let m = e; m < tokens.length && m - e < 8 && tokens[m]!.pos !== 'VERB' && !/^[,.;]$/.test(tokens[m]!.text); m++) {
      const model = /\d/.test(tokens[m + 1]?.text ?? '') && !/\d/.test(tokens[m]!.text) && nameToken(tokens[m + 1], m + 1);
      if (!nameToken(tokens[m], m) || !(model || /^(?:['’]s?)$/.test(tokens[m + 1]?.text ?? ''))) continue;
      let a = m;
      while (a > e && nameToken(tokens[a - 1], a - 1)) a--;
      named.push(text.slice(tokens[a]!.start, tokens[m]!.end));
      break;
    }
  }
  // ("Under a separate memorandum signed on the same day, …": one the participle made, read below.)
  // ("A separate lease, signed with X in 2021, …": its partner follows, read below.)
  const signedWith = tokens[e]?.text === ',' && tokens[e + 1]?.pos === 'VERB' && word(tokens[e + 2]) === 'with';
  // ("The two lines ended a separate contract": a deal the subject ends, a verb of voiding right
  // before it, is the subject's own, as only a party can end one.)
  const endedOwn = tokens[s - 1]?.pos === 'VERB' && statusOfVerb(tokens[s - 1]!.lemma) === 'voided';
  if (another && named.length === 0 && collective === null && !(madeBy && word(tokens[s - 1]) === 'under') && !signedWith && !endedOwn && fateAfter(tokens, e) === null) return null;
  const npEnd = tokens[e - 1]!.end;
  const noun: Span = [first.start, npEnd];
  // "the transaction" is a deal only as a mention of one made before (or with two named parties).
  if ((lemma === 'transaction' || lemma === 'sale') && !definite) return null;
  // "the sale of the plant" is one deal; "the sales rose" are a shop's.
  if (lemma === 'sale' && /s$/i.test(t.text)) return null;
  // "the betting firm Lucky Vane, whose sponsorship of the club was cancelled": the deal is the name's.
  let owner: string | null = null;
  const whose = word(tokens[s]) === 'whose' ? s : word(tokens[s - 1]) === 'whose' ? s - 1 : -1;
  if (whose > 0) {
    let a = whose - 1;
    if (tokens[a]?.text === ',') a--;
    const last = a;
    while (a > 0 && nameToken(tokens[a - 1], a - 1)) a--;
    if (nameToken(tokens[last], last)) owner = text.slice(tokens[a]!.start, tokens[last]!.end);
  }
  const base = { ...(talksBefore ? { talksBefore } : {}), kind: lemma, noun, named, collective, antecedent: owner, needsTwo: isTrade(lemma) || lemma === 'transaction' || lemma === 'sale' || (GRANTED_DEALS.has(lemma) && !given && !(madeBy && MAKING.has(madeBy))) };
  if (contact) return { ...base, cue: contact.verb.text, cueAt: contact.verb.start, status: contact.status, actionStart: first.start, subjectEnd: null, later: false };

  // The verb before the phrase that governs it as an object: "signed a deal", "entered into an agreement".
  let v = s - 1;
  // "struck down the contract": "down" after a verb WordNet files with it ("strike_down"; not "step down").
  const downOf = (k: number): boolean => word(tokens[k]) === 'down' && tokens[k - 1]?.pos === 'VERB' && verbStatus(`${tokens[k - 1]!.lemma}_down`) !== null;
  while (v >= 0 && (tokens[v]!.pos === 'ADV' || /^(?:into|on|upon|up|out|to|off)$/.test(word(tokens[v])) || downOf(v))) v--;
  // "brings with it an import agreement": "with it" between a verb and its object is the verb's.
  if (v > 1 && /^(?:it|them)$/.test(word(tokens[v])) && word(tokens[v - 1]) === 'with' && tokens[v - 2]!.pos === 'VERB') v -= 2;
  // "breached the safety-audit terms of its agreement", "honoured the spirit of the accord": what
  // a verb does to a part of the deal it does to the deal.
  // The tagger may read the part as a verb after a determiner ("an earlier draft/VERB of").
  const partAt = (x: TaggedToken | undefined, before: TaggedToken | undefined): boolean => x !== undefined && PART_NOUNS.has(x.lemma) && (x.pos === 'NOUN' || (x.pos === 'VERB' && /^(?:DET|ADV|ADJ)$/.test(before?.pos ?? '')));
  // "voided a clause in the contracts": a part in the deal, too.
  if (/^(?:of|in)$/.test(word(tokens[v])) && partAt(tokens[v - 1], tokens[v - 2])) {
    let h = v - 2;
    // "rejected an earlier version of the settlement": an adverb may modify the part.
    while (h >= 0 && (/^(?:DET|ADJ|NOUN)$/.test(tokens[h]!.pos) || (tokens[h]!.pos === 'ADV' && tokens[h - 1]?.pos === 'DET') || tokens[h]!.text === '-' || word(tokens[h - 1]) === '-')) h--;
    if (tokens[h]?.pos === 'VERB' && statusOfVerb(tokens[h]!.lemma) !== null) v = h;
  }
  // "withdrew from the treaty", "pulled out of the deal", "walked away from the accord": voided.
  if (/^(?:from|of)$/.test(word(tokens[v]))) {
    let w = v - 1;
    while (w >= 0 && /^(?:out|away|back)$/.test(word(tokens[w]))) w--;
    const quit = tokens[w];
    if (quit?.pos === 'VERB' && LEAVE_VERBS.has(quit.lemma) && (quit.lemma !== 'pull' || word(tokens[w + 1]) === 'out')) {
      if (NOT_MADE.has(quit.lemma) || notReal(tokens, w)) return null;
      // ("walks away from the takeover", "pulled out of its agreement to rent the yard": a sale,
      // merger or takeover, or an agreement or deal to do a thing, is left before it is carried
      // out — it collapsed, as a linked mention of leaving one does, `abandoned` in agreements.ts.)
      const transaction = lemma === 'merger' || lemma === 'sale' || (isTrade(lemma) && lemma !== 'order' && lemma !== 'option');
      const toDo = /^(?:agreement|deal)$/.test(lemma) && word(tokens[e]) === 'to' && tokens[e + 1]?.pos === 'VERB';
      return { ...base, cue: quit.text, cueAt: quit.start, status: transaction || toDo ? 'collapsed' : 'voided', actionStart: quit.start, subjectEnd: quit.start, later: false };
    }
  }
  // "The Pentagon awarded Acme a contract": a verb of giving with the receiver before the deal.
  if (tokens[v]?.pos === 'PROPN') {
    let r = v;
    while (r > 0 && nameToken(tokens[r - 1], r - 1)) r--;
    const giver = tokens[r - 1];
    const run = namesAt(tokens, r, text);
    if (giver?.pos === 'VERB' && GIVE_VERBS.has(giver.lemma) && run && run.end <= first.start) {
      if (notReal(tokens, r - 1)) return null;
      return { ...base, named: [...run.names, ...named], cue: giver.text, cueAt: giver.start, status: 'reached', actionStart: giver.start, subjectEnd: giver.start, later: false };
    }
  }
  // "declared void a 25-year contract": the complement before the object.
  if (tokens[s - 1]?.pos === 'ADJ' && INVALID.has(word(tokens[s - 1])) && tokens[s - 2]?.pos === 'VERB' && DECLARE_VERBS.has(tokens[s - 2]!.lemma)) {
    const declared = tokens[s - 2]!;
    if (notReal(tokens, s - 2)) return null;
    return { ...base, cue: declared.text, cueAt: declared.start, status: 'voided', actionStart: declared.start, subjectEnd: declared.start, later: false };
  }
  const gov = tokens[v];
  const leaving = leftDeal(tokens, v, s);
  if (leaving !== null && named.length > 0 && !definite) return { ...base, cue: leaving.verb.text, cueAt: leaving.verb.start, status: 'in force', actionStart: first.start, subjectEnd: leaving.subjectEnd, later: false };
  // "has a supply contract with X, which it extended last week", "lost a licence that the regulator
  // revoked", "under a licence that the union terminated": what the relative clause says became of
  // a deal, between its holder (the main clause's subject) and whom the deal is with or who acted.
  const rel = !/^(?:the|this|that|these|those)$/.test(det) || named.length > 0 ? relativeOnDeal(tokens, e, text) : null;
  // "would honour a service contract that Brame signed last year with the Kell Transit Authority":
  // a clause naming who made the deal and with whom states it, whatever the main clause says.
  const relNamed = rel ?? (/^(?:the|this|that)$/.test(det) && named.length === 0 && collective === null ? relativeOnDeal(tokens, e, text) : null);
  // ("had breached the franchise agreement he signed with X": whom the subject, a pronoun for it, made the deal with.)
  if (relNamed && relNamed.partner !== undefined && relNamed.agent.length === 0 && named.length === 0 && collective === null) named.push(relNamed.partner);
  else if (relNamed && relNamed.partner !== undefined && relNamed.agent.length === 1 && named.length === 0 && collective === null) {
    return { ...base, named: [relNamed.agent[0]!, relNamed.partner], cue: relNamed.verb.text, cueAt: relNamed.verb.start, status: relNamed.status, actionStart: first.start, subjectEnd: null, later: false };
  }
  // "The depot is covered by a 15-year lease with X that runs until 2033": a passive participle's
  // agent, a deal with a named side that the clause says lasts, holds as "under" one does.
  const coveredBy = word(gov) === 'by' && named.length > 0 && rel?.status === 'in force' && LAST_VERBS.has(rel.verb.lemma) && tokens[v - 1]?.pos === 'VERB' && /ed$/.test(tokens[v - 1]!.text);
  if (rel && gov && !notReal(tokens, v) && (gov.pos === 'VERB' || gov.pos === 'AUX' || word(gov) === 'under' || coveredBy)) {
    // ("runs 12 lorries leased from X under a deal": a participle after its noun describes the noun; the verb before it governs.)
    const reduced = (k: number): boolean => /ed$/.test(tokens[k]!.text) && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '') && tokens.slice(clauseStart(tokens, v), k - 1).some((x) => x.pos === 'VERB');
    const mainVerb = gov.pos === 'ADP' ? tokens.findLastIndex((x, k) => k < v && x.pos === 'VERB' && k >= clauseStart(tokens, v) && !reduced(k)) : v;
    if (mainVerb >= 0 && !NOT_MADE.has(tokens[mainVerb]!.lemma)) {
      // "The festival had been broadcast by the public channel TV5 … under a partnership that
      // ends in June": the agent of a passive main clause is the other side.
      const passiveMain = mainVerb < v && tokens.slice(Math.max(0, mainVerb - 3), mainVerb).some((x) => x.lemma === 'be') && word(tokens[mainVerb + 1]) === 'by';
      const by = passiveMain ? namesAt(tokens, mainVerb + 2, text) : null;
      if (by && by.names.length === 1 && !named.includes(by.names[0]!)) named.push(by.names[0]!);
      const extra = rel.agent.filter((a) => !named.includes(a));
      // "a contract that it signed last year with X": whom the main clause's subject made it with.
      if (rel.agent.length === 0 && rel.partner !== undefined && !named.some((n) => overlapsName(n, rel.partner!))) extra.push(rel.partner);
      // "runs 12 lorries leased from a rival maker, Drum Motors, under a deal that expires in 2027":
      // whom the clause's thing came from or is held with, before "under", is the other side.
      if (word(gov) === 'under' && rel.status === 'in force' && named.length === 0 && extra.length === 0) {
        const p = tokens.findLastIndex((x, k) => k < v && k > mainVerb - 1 && /^(?:from|with)$/.test(word(x)));
        const other = p > 0 ? (namesAt(tokens, p + 1, text) ?? apposedName(tokens, p + 1, text, true)) : null;
        if (other && other.names.length === 1 && tokens.findIndex((x) => x.start >= other.end) >= v - 1) extra.push(other.names[0]!);
      }
      // (What is covered by a deal is no side of it: "Quell's depot" names its holder, "the depot" none.)
      if (coveredBy) {
        const c0 = clauseStart(tokens, v);
        const after = nameEnd(tokens, c0, v);
        const holder = after > c0 ? text.slice(tokens[c0]!.start, tokens[after - 1]!.end) : null;
        if (holder && tokens[after]!.pos === 'PART' && /^['’]s?$/.test(tokens[after]!.text) && !named.some((n) => overlapsName(n, holder))) extra.unshift(holder);
        return { ...base, named: [...extra, ...named], cue: rel.verb.text, cueAt: rel.verb.start, status: rel.status, actionStart: first.start, subjectEnd: null, later: false };
      }
      return { ...base, named: [...named, ...extra], cue: rel.verb.text, cueAt: rel.verb.start, status: rel.status, actionStart: first.start, subjectEnd: tokens[mainVerb]!.start, later: false };
    }
  }
  // "X's supply contract with Y, which runs until 2031, is not affected": a deal as the subject whose
  // relative clause says it lasts holds, whatever the main verb says of something else.
  if (rel && rel.status === 'in force' && LAST_VERBS.has(rel.verb.lemma) && named.length > 0 && s === clauseStart(tokens, s)) {
    return { ...base, cue: rel.verb.text, cueAt: rel.verb.start, status: rel.status, actionStart: first.start, subjectEnd: null, later: false };
  }
  // "X still has a contract with Y", "has held a licence since 1987": a deal held is in force,
  // between its holder and whom it is with; one with no partner named is the deal made before
  // (linked by the caller) when there is one.
  // Only in the present ("has held … since 1987", "still holds", "still has"): "had a deal with X
  // until 2019" is over, "has a previous order" a deal made before.
  // "has a separate cleaning contract with the council": the present "has" with the partner after
  // "with" holds it too (not "had", not a deal with no partner).
  const hasWith = gov?.lemma === 'have' && v === s - 1 && /^(?:has|have)$/.test(word(gov)) && (named.length > 0 || collective !== null) && tokens.slice(i + 1, e).some((x) => word(x) === 'with');
  const holding = gov !== undefined && (gov.lemma === 'hold' || hasWith || (gov.lemma === 'have' && v === s - 1 && named.length > 0 && word(tokens[v - 1]) === 'still'));
  const present = holding && (/^(?:has|have|holds|hold)$/.test(word(gov)) || /^(?:has|have)$/.test(word(tokens.slice(0, v).findLast((x) => x.pos === 'AUX'))));
  if (holding && present && !(gov.lemma === 'hold' && named.length === 0 && !tokens.slice(e, e + 8).some((x) => word(x) === 'since'))) {
    if (!definite && !notReal(tokens, v) && !NOT_MADE.has(lemma)) {
      if (named.length > 0 || hasWith) return { ...base, named: named.length > 0 ? base.named : [collective!], collective: named.length > 0 ? base.collective : null, cue: gov.text, cueAt: gov.start, status: 'in force', actionStart: first.start, subjectEnd: gov.start, later: false };
      return { ...base, cue: gov.text, cueAt: gov.start, status: 'in force', actionStart: first.start, subjectEnd: gov.start, later: true, provides: true };
    }
  }
  // "X has won the right to run bike hire in every park in a deal with Y": the main clause's act,
  // done in a new deal (indefinite, its partner named after "with"), reports that deal made between
  // the main clause's subject and the partner (read like "under … with" below, made rather than acted under).
  // ("in a deal with the rail operator": a description as the partner, resolved by the caller.)
  if (gov && word(gov) === 'in' && v === s - 1 && !definite && !madeBy && (named.length > 0 || collective !== null) && word(tokens[i + 1]) === 'with') {
    const from = clauseStart(tokens, v);
    // ("will open cafés": the tagger may read a bare verb after a modal as an adjective.)
    const main = tokens.findIndex((x, k) => k >= from && k < v && (x.pos === 'VERB' || (x.pos === 'ADJ' && tokens[k - 1]?.pos === 'AUX' && (word(tokens[k - 1]) === 'will' || HYPOTHESIS.has(word(tokens[k - 1]))) && synsetsOf(x.text.toLowerCase(), 'verb', 1).length > 0)));
    const pair = main >= 0 && tokens.slice(from, main).some((x) => x.pos === 'CCONJ');
    if (main > from && !pair && !reportingLemma(tokens[main]!.lemma) && !NOT_MADE.has(tokens[main]!.lemma) && !notReal(tokens, main, true) && !unasserted(tokens, main))
      return { ...base, named: named.length > 0 ? named : [collective!], collective: named.length > 0 ? collective : null, cue: t.text, cueAt: t.start, status: 'reached', actionStart: gov.start, subjectEnd: tokens[main]!.start, later: false };
  }
  // "earns money from his image via a licensing agreement with his agents, X", "sells its seeds
  // through a distribution deal with Y": a new deal as the means the main clause's subject acts by
  // holds between that subject and its partner, in force (as "under a deal with X" does).
  if (gov && /^(?:via|through)$/.test(word(gov)) && v === s - 1 && !definite && !madeBy && named.length > 0 && word(tokens[i + 1]) === 'with') {
    const from = clauseStart(tokens, v);
    const main = tokens.findIndex((x, k) => k >= from && k < v && x.pos === 'VERB');
    const pair = main >= 0 && tokens.slice(from, main).some((x) => x.pos === 'CCONJ');
    if (main > from && !pair && !reportingLemma(tokens[main]!.lemma) && !NOT_MADE.has(tokens[main]!.lemma) && !notReal(tokens, main, true) && !unasserted(tokens, main))
      return { ...base, cue: gov.text, cueAt: gov.start, status: LICENCE_VERBS.has(tokens[main]!.lemma) && !willDo(tokens, main) ? 'reached' : 'in force', actionStart: gov.start, subjectEnd: tokens[main]!.start, later: false };
  }
  // "under the terms of the settlement" is under the settlement.
  const termsOf = word(gov) === 'of' && tokens[v - 1]?.lemma === 'term' && word(tokens[v - 2]) === 'the' && word(tokens[v - 3]) === 'under';
  const under = termsOf ? tokens[v - 3] : gov;
  if (under && word(under) === 'under' && (v === s - 1 || termsOf)) {
    // "Acme will pay $85 million to residents of Elsford …, under a settlement filed on Wednesday":
    // a new deal (indefinite) under which the subject pays or gives something to the other party.
    if (!definite && !termsOf) {
      const made = paidUnder(tokens, under, text);
      if (made) return { ...base, named: [...made.named, ...named], cue: under.text, cueAt: under.start, status: madeBy ?? 'reached', actionStart: made.verb.start, subjectEnd: made.verb.start, later: false };
    }
    // "Under a deal signed with the Aviators' Guild in 2024, Aerolis cannot …": a new deal made by
    // the participle; the main clause's subject is the other party.
    // "under a breeding loan signed by the two institutions": made by the pair named before.
    if (!definite && !termsOf && madeBy && named.length === 0 && collective !== null)
      return { ...base, cue: madeVerb!.text, cueAt: madeVerb!.start, status: madeBy, actionStart: under.start, subjectEnd: null, later: false };
    if (!definite && !termsOf && madeBy && named.length > 0) {
      let c = e;
      while (c < tokens.length && !/^[,;:.]$/.test(tokens[c]!.text)) c++;
      const main = clauseStart(tokens, tokens.indexOf(under)) === tokens.indexOf(under) && tokens[c]?.text === ',' ? namesAt(tokens, c + 1, text) : null;
      return { ...base, named: [...named, ...(main?.names ?? [])], cue: madeVerb!.text, cueAt: madeVerb!.start, status: madeBy, actionStart: under.start, subjectEnd: null, later: false };
    }
    // "X will collect rubbish across the county for seven years under an agreement signed on
    // Monday": a new deal made by the participle, with no party in the phrase; the main clause's
    // subject made it (the verb before "under", or after the phrase's comma when it opens the sentence).
    if (!definite && !termsOf && madeBy && named.length === 0 && collective === null) {
      const u = tokens.indexOf(under);
      let c = e;
      while (c < tokens.length && !/^[,;:.]$/.test(tokens[c]!.text)) c++;
      const main = u === 0 ? (tokens[c]?.text === ',' ? tokens.findIndex((x, k) => k > c && x.pos === 'VERB') : -1) : tokens.findLastIndex((x, k) => k < u && k >= clauseStart(tokens, u) && x.pos === 'VERB');
      // Two sides as the subject ("X and Y exchanged prisoners under a deal reached in May") act under it: read below.
      const from = main >= 0 ? clauseStart(tokens, main) : -1;
      const pair = main >= 0 && tokens.slice(from, main).some((x) => x.pos === 'CCONJ');
      if (main >= 0 && !pair && !NOT_MADE.has(tokens[main]!.lemma) && !reportingLemma(tokens[main]!.lemma) && !notReal(tokens, main, true) && !unasserted(tokens, main))
        return { ...base, cue: madeVerb!.text, cueAt: madeVerb!.start, status: madeBy, actionStart: under.start, subjectEnd: tokens[main]!.start, later: false };
    }
    // "Ostby will go on servicing the loans under a five-year agreement with Harlow": a deal with a
    // named partner under which the main clause's subject acts; that subject is the other side.
    if (!definite && !termsOf && named.length > 0 && !madeBy) {
      const u = tokens.indexOf(under);
      // "Under a three-year agreement with X, Garrick will keep …": the main clause after the phrase's comma.
      let c = e;
      while (c < tokens.length && !/^[,;:.]$/.test(tokens[c]!.text)) c++;
      const from = u === 0 ? (tokens[c]?.text === ',' ? c + 1 : tokens.length) : clauseStart(tokens, u);
      const main = tokens.findIndex((x, k) => k >= from && (u === 0 || k < u) && x.pos === 'VERB');
      const pair = main >= 0 && tokens.slice(from, main).some((x) => x.pos === 'CCONJ');
      // ("has secured the right to use the quay under an agreement with X": what the subject gained
      // under the deal is news of the deal made, reached; "will go on servicing" acts under one in force.)
      const gained = main >= 0 && LICENCE_VERBS.has(tokens[main]!.lemma) && !willDo(tokens, main);
      // ("… under a ten-year agreement with X, also signed last week": its making, told after it, is the news.)
      const made = madeSetOff(tokens, e);
      // "The pumps will be serviced by Orla under a separate agreement with Ostby": a passive's
      // agent (a name after "by", the subject a thing acted on) is the side that acts under the deal.
      const agent = main > from && word(tokens[main + 1]) === 'by' && tokens.slice(from, main).some((x) => x.pos === 'AUX' && x.lemma === 'be') ? namesAt(tokens, main + 2, text) : null;
      if (agent && agent.names.length === 1 && tokens.findIndex((x) => x.start >= agent.end) === u && !named.some((n) => overlapsName(n, agent.names[0]!)) && !notReal(tokens, main, true) && !unasserted(tokens, main))
        return { ...base, named: [...agent.names, ...named], cue: made ? made.verb.text : under.text, cueAt: made ? made.verb.start : under.start, status: made ? made.status : 'in force', actionStart: under.start, subjectEnd: null, later: false };
      if (main > from && !pair && !reportingLemma(tokens[main]!.lemma) && !notReal(tokens, main, true) && !unasserted(tokens, main))
        return { ...base, cue: made ? made.verb.text : under.text, cueAt: made ? made.verb.start : under.start, status: made ? made.status : gained ? 'reached' : 'in force', actionStart: under.start, subjectEnd: tokens[main]!.start, later: false };
    }
    // "Farnley leases the barn from the Orrin Estate under a 20-year agreement": a deal (indefinite)
    // under which the subject holds what it lets (WordNet's verbs of letting, `holdVerb`: lease,
    // rent, hire) from a named side; the two are its sides, in force.
    if (!definite && !termsOf && named.length === 0 && collective === null) {
      const u = tokens.indexOf(under);
      // ("Farnley leases that barn": the tagger may read the verb between a name and a determiner as a plural noun.)
      const letting = (x: TaggedToken, k: number): boolean => x.pos === 'VERB' || (x.pos === 'NOUN' && /s$/.test(x.text) && tokens[k - 1]?.pos === 'PROPN' && (tokens[k + 1]?.pos === 'DET' || /^(?:its|their)$/i.test(tokens[k + 1]?.text ?? '')));
      const main = tokens.findLastIndex((x, k) => k < u && k >= clauseStart(tokens, u) && letting(x, k));
      const from = main >= 0 ? tokens.findIndex((x, k) => k > main && k < u && word(x) === 'from') : -1;
      const lemma = main < 0 ? '' : tokens[main]!.pos === 'VERB' ? tokens[main]!.lemma.toLowerCase() : (baseForms(word(tokens[main])).get('verb')?.[0] ?? '');
      const owner = from > 0 ? namesAt(tokens, from + 1, text) : null;
      if (owner && owner.names.length === 1 && holdVerb(lemma) && !/^(?:have|hold|take)$/.test(lemma) && !notReal(tokens, main, true) && !unasserted(tokens, main))
        return { ...base, named: [...owner.names], cue: under.text, cueAt: under.start, status: 'in force', actionStart: under.start, subjectEnd: tokens[main]!.start, later: false };
    }
    // "Under the agreement, Acme will supply …": the deal is in force; the clause is what it provides.
    // ("Under the lease, Corrie Slopes will pay Dunmore Estate £2m a year": a clause naming both
    // sides, its subject and whom it pays, says who they are, for a deal made by descriptions.)
    const sides = definite && named.length === 0 && collective === null && tokens.indexOf(under) === 0 ? termSides(tokens, e, text) : null;
    return { ...base, ...(sides ? { named: sides } : {}), cue: under.text, cueAt: under.start, status: 'in force', actionStart: under.start, subjectEnd: null, later: true };
  }
  // "By noon, lawyers for both sides said an accord had been struck": a verb of saying with no "that"
  // before a deal that a passive of making follows reports a clause; the deal is its subject, read as after "that".
  if (gov && (gov.pos === 'VERB' || (gov.pos === 'AUX' && gov.lemma === 'have')) && !reportsPassive(tokens, v, s, e)) {
    // "Parents welcomed the deal.": a reaction to a deal reported before, in the active, the whole
    // of its clause, mentions that deal again (its status kept; none without one before it).
    // "Hauliers' groups have welcomed the accord, which they say could cut …": a clause after the
    // deal says what the reacting side claims of it; that sentence is their view, no agreement sentence.
    // ("welcomed the deal on Tuesday": a time phrase may close the clause.)
    // "voted to write to the brewery welcoming the purchase": a participle's reaction is part of
    // another clause's act (a letter, a vote), not a reaction the sentence reports.
    // ("praised the deal but questioned how …", "have questioned the deal, saying …": a verb
    // joined to the reaction, or a participle set off after it, goes on with the same subject's
    // view of something else; the reaction is still the whole of what the clause says of the deal.)
    if (definite && REACTIONS.has(gov.lemma)) return !notReal(tokens, v) && !/ing$/i.test(gov.text) && (closesClause(tokens, e) || goesOnAfter(tokens, e)) ? reacted() : null;
    // "called off their planned merger", "broke off the deal": it is voided.
    if (/^(?:call|break)$/.test(gov.lemma) && word(tokens[v + 1]) === 'off') {
      if (notReal(tokens, v)) return null;
      return { ...base, cue: gov.text, cueAt: gov.start, status: 'voided', actionStart: first.start, subjectEnd: gov.start, later: false };
    }
    // "called the agreement fair", "described the deal as a victory": a judgement of a deal made before.
    // "ruled the agreement between X and Y invalid", "declared the contract void": it is voided.
    if (DECLARE_VERBS.has(gov.lemma) && invalidAt(tokens, e)) {
      if (notReal(tokens, v)) return null;
      return { ...base, cue: gov.text, cueAt: gov.start, status: 'voided', actionStart: gov.start, subjectEnd: gov.start, later: false };
    }
    // ("called the agreement "flawed but workable"", "called the deal “a win for the town”": the judgement quoted.)
    if (definite && JUDGE_VERBS.has(gov.lemma) && /^["“]$/.test(tokens[e]?.text ?? '') && /^(?:ADJ|ADV|DET|PART|NOUN)$/.test(tokens[e + 1]?.pos ?? '') && !notReal(tokens, v)) return reacted();
    if (definite && JUDGE_VERBS.has(gov.lemma) && (tokens[e]?.pos === 'ADJ' || (tokens[e]?.pos === 'ADV' && tokens[e + 1]?.pos === 'ADJ') || word(tokens[e]) === 'as' || (tokens[e]?.pos === 'DET' && e > i)) && !notReal(tokens, v)) return reacted();
    // "had its contract cancelled", "has had its licence revoked": the participle after the deal
    // (read above as the one that made it, or after its parties) says what was done to it.
    // "saw its own contract with the chain voided": so does "see" with the holder's own deal.
    const held = gov.lemma === 'have' || (gov.lemma === 'see' && /^(?:its|their)$/.test(det));
    const done = held ? (madeBy ? madeVerb : tokens[e]) : undefined;
    const doneStatus = done?.pos === 'VERB' && /(?:ed|en)$/.test(done.text) && !NOT_MADE.has(done.lemma) ? passiveStatus(done.lemma) : null;
    if (done && doneStatus && doneStatus !== 'reached') {
      if (notReal(tokens, v, true)) return null;
      return { ...base, cue: done.text, cueAt: done.start, status: doneStatus, actionStart: first.start, subjectEnd: gov.start, later: false };
    }
    // "Halden did not renew its contract with Oxley": the deal lapses between them — with a named
    // other side only ("did not renew its contract with the pier's former security firm" is left,
    // as blind-6 labels it: one side's decision about a deal whose partner the record does not name).
    // "let its contract with Oxley lapse", "allowed the licence with X to expire": so does a deal let run out.
    const letLapse = /^(?:let|allow)$/.test(gov.lemma) && (/^(?:lapse|expire)$/.test(tokens[e]?.lemma ?? '') || (word(tokens[e]) === 'to' && /^(?:lapse|expire)$/.test(tokens[e + 1]?.lemma ?? '')));
    if (letLapse && named.length > 0 && !notReal(tokens, v, true)) return { ...base, cue: gov.text, cueAt: gov.start, status: 'voided', actionStart: first.start, subjectEnd: gov.start, later: false };
    const lapsed = named.length > 0 ? renewalDenied(tokens, v) : -1;
    if (lapsed >= 0) return { ...base, cue: gov.text, cueAt: gov.start, status: 'voided', actionStart: first.start, subjectEnd: tokens[lapsed]!.start, later: false };
    // "The two firms expect the sale to complete in March": the active of "is expected to complete"
    // (below), a deal made before waiting on its last step.
    if (definite && gov.lemma === 'expect' && word(tokens[e]) === 'to' && completes(e + 1) && !notReal(tokens, v)) {
      const m = laterMention();
      return m && { ...m, waiting: true };
    }
    if (NOT_MADE.has(gov.lemma) || notReal(tokens, v, true)) return null;
    // "voted to accept a pay deal": accepting by a vote is an approval.
    // "voted on Saturday to accept", "voted 31 to 6 to accept": a time or a tally may stand between.
    const byVote = gov.lemma === 'accept' && word(tokens[v - 1]) === 'to' && tokens.slice(Math.max(0, v - 6), v - 1).some((x, n, list) => x.lemma === 'vote' && x.pos === 'VERB' && list.slice(n + 1).every((y) => /^(?:ADP|NOUN|PROPN|NUM|ADV|ADJ|DET)$/.test(y.pos)));
    // "granted a lease to X": a verb of giving with its taker reaches the deal (not "were given loans").
    // "struck down the contract", "turned down the deal": a phrasal verb WordNet files whole (dealWords' table).
    const particle = v + 1 < s && /^(?:ADP|ADV|PART)$/.test(tokens[v + 1]!.pos) ? word(tokens[v + 1]) : null;
    // "handed back its contract", "gave up its lease": a verb of giving with "back", or a phrasal
    // that shares a WordNet sense with a verb ending a deal ("give up" with "abandon"), voids it.
    const phrasal = particle ? (verbStatus(`${gov.lemma}_${particle}`) ?? (particle === 'back' && (GIVE_VERBS.has(gov.lemma) || givingVerb(gov.lemma)) ? 'voided' : null) ?? (synsetsOf(`${gov.lemma}_${particle}`, 'verb').some((x) => x.words.some((w) => !w.includes('_') && statusOfVerb(w) === 'voided')) ? 'voided' : null)) : null;
    // "exchanged contracts with Brackwater": deals in the plural that the sides give each other
    // (a verb whose first sense is WordNet's exchange.v.01 or a kind of it) are signed.
    const exchanged = t.text.toLowerCase() !== lemma && exchangeVerb(gov.lemma) ? 'signed' : null;
    // "Workers voted to accept a two-year pay deal": a deal on pay (a modifier whose first WordNet
    // sense is wage.n.01: pay, wage, salary) that the workforce accepts by a vote is ratified, as one
    // its members back in a ballot is (below); a vote to accept any other deal approves it.
    const payDeal = byVote && mods.some((m) => /^(?:NOUN|VERB)$/.test(m.pos) && synsetsOf(word(m), 'noun', 1).some((x) => x.words.includes('wage')));
    const status = payDeal ? 'ratified' : byVote || (definite && bodyCommends(tokens, v)) ? 'approved' : (phrasal ?? statusOfVerb(gov.lemma) ?? exchanged ?? (givenTo && GIVE_VERBS.has(gov.lemma) ? 'reached' : null));
    // "have put forward a joint draft accord", "tabled a draft treaty": a draft put forward by its
    // makers is a proposed agreement between them (two parties needed, as for a purchase).
    const putForward = (gov.lemma === 'put' && word(tokens[v + 1]) === 'forward') || PUT_FORWARD.has(gov.lemma);
    if (!status && putForward && proposed && !notReal(tokens, v, true))
      return { ...base, cue: gov.text, cueAt: gov.start, status: 'proposed', actionStart: first.start, subjectEnd: gov.start, later: false, needsTwo: true };
    // "will continue to run their joint venture": a deal one goes on running (their own) holds.
    const goesOn = word(tokens[v - 1]) === 'to' && tokens[v - 2]?.lemma === 'continue' && /^(?:its|their)$/.test(det) && (gov.pos === 'VERB' || statusOfVerb(gov.lemma) !== null);
    if (goesOn && !notReal(tokens, v - 2)) return { ...base, cue: tokens[v - 2]!.text, cueAt: tokens[v - 2]!.start, status: 'in force', actionStart: first.start, subjectEnd: tokens[v - 2]!.start, later: false };
    // "Ms Dale said the partnership would bring steady work": the deal is the subject of the
    // reported clause ("would"/"will" and a verb with an object), which says what it provides.
    if (!status && definite && reportingLemma(gov.lemma) && /^(?:would|will)$/.test(word(tokens[e])) && !notReal(tokens, v) && (word(tokens[e]) === 'will' || reportedFuture(tokens, e)) && provides(e + 1)) return provided();
    // "Oxley brings with it an import agreement with Casa Verra, signed in 2022.": a verb that makes
    // nothing of a new deal with a named partner, the participle that made it closing the sentence
    // after a comma (or before a last object: ", and a bottling plant"), reports that deal made by the
    // subject and the partner, with the participle's status.
    const closing = !status && !definite && named.length > 0 && tokens[e]?.text === ',' && tokens[e + 1]?.pos === 'VERB' && /ed$/.test(tokens[e + 1]!.text) ? tokens[e + 1]! : null;
    const closingStatus = closing && !NOT_MADE.has(closing.lemma) && !tokens.slice(e + 2).some((x) => x.pos === 'VERB' || x.pos === 'AUX') ? statusOfVerb(closing.lemma) : null;
    if (closing && closingStatus && MAKING.has(closingStatus) && !notReal(tokens, v, true) && !unasserted(tokens, v))
      return { ...base, cue: closing.text, cueAt: closing.start, status: closingStatus, actionStart: first.start, subjectEnd: gov.start, later: false };
    // "The board said the deal was off": the clause reported after the verb says it fell through.
    const reportedOff = !status && definite && reportingLemma(gov.lemma) && !notReal(tokens, v) ? dealOff(tokens, e) : -1;
    if (reportedOff >= 0) return { ...base, cue: tokens[reportedOff]!.text, cueAt: tokens[reportedOff]!.start, status: 'collapsed', actionStart: first.start, subjectEnd: null, later: false, needsTwo: base.needsTwo || named.length < 2 };
    // "X said its supply contract with Y would carry on unchanged", "X said the charter contract
    // remained valid": the clause reported after the verb says the deal goes on ("will", or a
    // reported "would", and a verb of continuing) or stays (a finite verb a holding deal is the
    // subject of: SUBJECT_STATUS in force — "remained", "runs"): it holds.
    if (!status && (definite || named.length > 0) && reportingLemma(gov.lemma) && !notReal(tokens, v) && !unasserted(tokens, v)) {
      const modal = word(tokens[e]);
      const onward = (modal === 'will' || (modal === 'would' && reportedFuture(tokens, e))) && goesOnVerb(tokens[e + 1], tokens[e + 2]) && !/^(?:DET|NOUN|PROPN|PRON|NUM)$/.test(tokens[e + 2]?.pos ?? '');
      const stays = tokens[e]?.pos === 'VERB' && tokens[e]!.text !== tokens[e]!.lemma && !/ing$/.test(tokens[e]!.text) && tokens[e]!.lemma !== 'take' && SUBJECT_STATUS.get(tokens[e]!.lemma) === 'in force';
      if (onward || stays) {
        const cue = onward ? tokens[e + 1]! : tokens[e]!;
        return { ...base, cue: cue.text, cueAt: cue.start, status: 'in force', actionStart: first.start, subjectEnd: null, later: false };
      }
    }
    // A verb that makes nothing of it ("provide reciprocal credit arrangements"): a later mention if definite.
    if (!status) return definite && !needsVerb(lemma) ? { ...base, cue: t.text, cueAt: t.start, status: 'reached', actionStart: first.start, subjectEnd: null, later: true } : null;
    // "have an order" is possession of a deal made earlier; "reach/win/sign" make one.
    // "will sign a deal with X", "said it would ratify the treaty": the deal is to come, so proposed;
    // "will scrap the deal" changes nothing yet, it only mentions the deal.
    const future = willDo(tokens, v);
    // "Quill will end its franchise agreement with Dorn next year": one side giving notice on its own
    // deal with a named partner ends it (voided); "will scrap the deal" alone only mentions it.
    // ("Quill said it would end its franchise agreement with Dorn": the reported future is that notice too.)
    if (future && status === 'voided' && /^(?:its|their)$/.test(det) && named.length > 0 && !notReal(tokens, v, true) && !unasserted(tokens, v))
      return { ...base, cue: gov.text, cueAt: gov.start, status, actionStart: first.start, subjectEnd: gov.start, later: false };
    if (future && !MAKING.has(status)) return definite ? reacted() : null;
    // "has renewed its sponsorship deal with X", "renewed their partnership with X": one side
    // renewing its own deal with the other, in the active, agrees a new term with it (reached);
    // "have renewed their agreement" (both sides the subject), "was renewed", "which it renewed" say it holds.
    // "has extended its shirt sponsorship of the Hawks", "has extended its deal with X until 2030":
    // an extension announced in the present perfect is news of a new term (reached); "extended" in a
    // past tense ("Rovers also extended …", "said it had extended …") tells of a deal that goes on.
    const before = tokens.slice(Math.max(0, v - 3), v);
    const newTerm = RENEWING.has(gov.lemma) || (EXTENDING.has(gov.lemma) && /^(?:has|have)$/.test(word(before.findLast((x) => x.pos === 'AUX'))));
    const renewed = newTerm && /^(?:its|their)$/.test(det) && (named.length > 0 || collective !== null) && /^(?:with|of)$/.test(word(tokens[s + mods.length + 1])) && !before.some((x) => x.lemma === 'be' || /^(?:which|that)$/.test(word(x)));
    const objectStatus: AgreementStatus = (proposed && status === 'reached') || future ? 'proposed' : renewed ? 'reached' : status;
    if (gov.lemma === 'have' && !definite && !mods.some((m) => /^(?:previous|existing|earlier|outstanding|standing)$/.test(word(m)))) return null;
    // "Egypt brokered a ceasefire between X and Y": the go-between is no party when two are named.
    // "accused Vesta of violating the accord": the one who violates is the name before "of".
    // "the cost of violating the accord" states no breach.
    const accused = /ing$/.test(gov.text) && word(tokens[v - 1]) === 'of';
    // ("accused the Belgian biscuit baker Ploverdine Patisserie of breaking …": a verb of accusing further back, its object a long phrase.)
    if (accused && !tokens.slice(Math.max(0, v - 6), v - 1).some((x) => x.pos === 'VERB') && !accusedAt(tokens, v)) return null;
    // "upheld the regulator's decision to block the merger of X and Y": an infinitive after a noun
    // (a decision, a move) acts on a deal of two named parties, and whoever holds the decision is
    // neither; a verb undoing the decision ("overturned", "quashed": WordNet's status of voiding or
    // rejecting) leaves the deal unrefused.
    const ruling = word(tokens[v - 1]) === 'to' && tokens[v - 2]?.pos === 'NOUN' && named.length >= 2 && objectStatus === 'rejected';
    if (ruling && tokens.slice(Math.max(0, v - 8), v - 2).some((x) => x.pos === 'VERB' && /^(?:voided|rejected)$/.test(statusOfVerb(x.lemma) ?? ''))) return null;
    const subjectEnd = (GO_BETWEEN.has(gov.lemma) || ruling) && named.length >= 2 ? null : accused ? tokens[v - 1]!.start : gov.start;
    // "The cooperative has accused Halden Foods of breaching a five-year supply contract": a deal
    // with no side named after it is the accuser's with the accused (the accuser, the subject of
    // the verb of accusing, a name or a definite description resolved by the caller).
    // ("accused X of breaching their contract", "… its lease": a deal of the two, definite by its possessive, is theirs too.)
    if (accused && objectStatus === 'breached' && named.length === 0 && collective === null && (!definite || /^(?:its|their|the)$/.test(det))) {
      const accusing = tokens.findLastIndex((x, k) => k < v - 1 && x.pos === 'VERB');
      const c0 = clauseStart(tokens, accusing);
      const by = accusing > c0 && tokens[accusing]!.lemma === 'accuse' ? (namesAt(tokens, c0, text) ?? theParty(commonParty(tokens, c0, text))) : null;
      const byEnd = by && by.names.length === 1 ? tokens.findIndex((x) => x.start >= by.end) : -1;
      // ("Critics have accused …": a capitalised first word WordNet knows as a common noun is no name.)
      const common = by !== null && c0 === 0 && /^\p{Lu}\p{Ll}+$/u.test(by.names[0] ?? '') && synsetsOf(nounLemma(by.names[0]!.toLowerCase()), 'noun', 1).length > 0;
      if (byEnd > c0 && !common && (tokens.slice(byEnd, accusing).every((x) => x.pos === 'AUX' || x.pos === 'ADV') || apposedBefore(tokens, byEnd, accusing))) {
        const accuser = by!.names[0]!;
        return { ...base, ...(/^the\s/i.test(accuser) ? { collective: accuser.replace(/^The\b/, 'the'), accuser: true } : { named: [accuser] }), cue: gov.text, cueAt: gov.start, status: objectStatus, actionStart: first.start, subjectEnd, later: false };
      }
      // ("A perry producer … now accuses the press's landlords of breaking their agreement": with no accuser read, a possessed deal is left to the sentences that name it.)
      if (/^(?:its|their)$/.test(det)) return null;
    }
    return { ...base, cue: gov.text, cueAt: gov.start, status: objectStatus, actionStart: first.start, subjectEnd, later: false };
  }
  // "Members voted in favour of the merger", "shareholders voted for the deal": a vote for a deal
  // is its approval (as "voted to accept" is); the voters approve, the deal is the one it names.
  let favour = gov?.pos === 'ADP' && v === s - 1 && word(gov) === 'of' && /^(?:favour|favor)$/.test(word(tokens[v - 1])) && word(tokens[v - 2]) === 'in' ? v - 3 : gov?.pos === 'ADP' && v === s - 1 && word(gov) === 'for' ? v - 1 : -1;
  // "voted 6-1 in favour of the lease", "voted by 40 to 12 for", "voted unanimously for the deal": a
  // tally or an adverb of manner may stand between the vote and its side.
  // ("voted 81 per cent in favour": a share, too.)
  for (let back = 0; favour > 0 && back < 6 && tokens[favour]!.lemma !== 'vote' && (/^(?:NUM|SYM)$/.test(tokens[favour]!.pos) || /^(?:to|by|-|–|per|cent|percent|\p{Ll}{3,}ly)$/u.test(word(tokens[favour]))); back++) favour--;
  const vote = favour >= 0 ? tokens[favour] : undefined;
  if (vote?.pos === 'VERB' && vote.lemma === 'vote' && !notReal(tokens, favour) && (definite || named.length > 0)) {
    return { ...base, cue: vote.text, cueAt: vote.start, status: 'approved', actionStart: first.start, subjectEnd: null, later: false };
  }
  // "Fernley Rugby Club voted against a merger with Ashcombe Rangers": a vote against a new deal
  // (indefinite) with a named partner is the voters' refusal of it, between them and the partner.
  // ("The opposition voted against the treaty": a vote against a deal others made is no side's refusal.)
  if (gov?.pos === 'ADP' && v === s - 1 && word(gov) === 'against' && !definite && named.length > 0 && word(tokens[i + 1]) === 'with') {
    let w = v - 1;
    for (let back = 0; w > 0 && back < 6 && tokens[w]!.lemma !== 'vote' && (/^(?:NUM|SYM)$/.test(tokens[w]!.pos) || /^(?:to|by|-|–|\p{Ll}{3,}ly)$/u.test(word(tokens[w]))); back++) w--;
    const against = tokens[w];
    if (against?.pos === 'VERB' && against.lemma === 'vote' && !notReal(tokens, w))
      return { ...base, cue: against.text, cueAt: against.start, status: 'rejected', actionStart: first.start, subjectEnd: against.start, later: false };
  }
  // "Quillstead's shareholders voted against the deal": a vote of one side's owners (`ownersVote`) against a deal told before refuses it.
  if (gov?.pos === 'ADP' && v === s - 1 && word(gov) === 'against' && definite && named.length === 0 && collective === null) {
    const w = ownersVote(tokens, v);
    if (w >= 0 && !notReal(tokens, w)) {
      const m = laterMention();
      if (m) return { ...m, cue: tokens[w]!.text, cueAt: tokens[w]!.start, status: 'rejected', needsTwo: true };
    }
  }
  // "final approval to a settlement", "a clear breach of the accord": a noun naming what was done
  // to the deal gives its status, as its verb would.
  // ("a \"plain and repeated breach\" of the lease": past a quotation closed on the noun.)
  const actBefore = /^["”]$/.test(tokens[v - 1]?.text ?? '') ? v - 2 : v - 1;
  const act = gov?.pos === 'NOUN' && v < s - 1 && /^(?:to|of)$/.test(word(tokens[v + 1])) ? gov : gov?.pos === 'ADP' && v === s - 1 && word(gov) === 'of' ? tokens[actBefore] : undefined;
  const acted = act?.pos === 'NOUN' && !NOT_MADE.has(act.lemma) && !REACTIONS.has(act.lemma) ? (OWN_ACTION_NOUNS.get(act.lemma) ?? actNounStatus(act.lemma) ?? collapseNoun(act.lemma)) : undefined;
  // "sued for breach of contract" names a legal claim, not a deal: the deal needs a determiner.
  // "could grant approval to …", "discussed the ratification of …": the act is not done.
  const actAt = act ? tokens.indexOf(act) : -1;
  let actVerb = actAt - 1;
  while (actVerb >= 0 && actAt - actVerb <= 4 && tokens[actVerb]!.pos !== 'VERB') actVerb--;
  // ("was never carried out, in breach of the contract": an act noun in a phrase of "in" set off after the clause is asserted whatever that clause's verb.)
  const setOffAct = actAt > 1 && word(tokens[actAt - 1]) === 'in' && tokens[actAt - 2]!.text === ',';
  const actUndone = !setOffAct && actVerb >= 0 && tokens[actVerb]!.pos === 'VERB' && ((NOT_MADE.has(tokens[actVerb]!.lemma) && !JUDGE_VERBS.has(tokens[actVerb]!.lemma)) || notReal(tokens, actVerb));
  if (act && acted && !actUndone && (first.pos === 'DET' || first.pos === 'PRON') && !tokens.slice(Math.max(0, v - 4), v).some((x) => NEGATIONS.has(word(x)) || (x.pos === 'NOUN' && TALK_NOUNS.has(x.lemma)))) {
    return { ...base, cue: act.text, cueAt: act.start, status: acted, actionStart: Math.min(act.start, first.start), subjectEnd: null, later: false, needsTwo: base.needsTwo || (definite && named.length < 2) };
  }
  // "X has become the shirt sponsor of Y in a three-year deal": an indefinite deal as the adjunct
  // of a clause is the deal that clause makes, between its subject and the name its verb governs.
  if (gov && !definite && v === s - 1 && word(gov) === 'in' && named.length === 0) {
    const from = clauseStart(tokens, v);
    const vb = tokens.findLastIndex((x, k) => k >= from && k < v && x.pos === 'VERB');
    let n = vb + 1;
    while (n > 0 && n < v && !nameToken(tokens[n], n)) n++;
    const other = vb >= 0 && n < v ? namesAt(tokens, n, text) : null;
    if (other && other.names.length === 1 && other.end <= gov.start && !NOT_MADE.has(tokens[vb]!.lemma) && !notReal(tokens, vb, true)) {
      const verb = tokens[vb]!;
      return { ...base, named: other.names, cue: t.text, cueAt: t.start, status: madeBy ?? 'reached', actionStart: verb.start, subjectEnd: verb.start, later: false };
    }
  }
  // "talks on the merger", "hopes for a ceasefire", "a vote on the treaty": the deal is not made.
  // ("say whether the new deal was exclusive": "whether", which the tagger may read as a preposition, opens a clause.)
  // ("thrown into doubt after a supply deal between X and Y fell through": "after" opens a clause
  // whose subject is the deal — its own verb follows the phrase — no talk of it.)
  const clauseOpener = /^(?:after|before|until|since|once|when)$/.test(word(gov)) && /^(?:VERB|AUX)$/.test(tokens[e]?.pos ?? '');
  if (gov && gov.pos === 'ADP' && v === s - 1 && word(gov) !== 'whether' && !clauseOpener) {
    const head = tokens[v - 1];
    if (head && TALK_NOUNS.has(head.lemma)) return null;
    if (head && head.pos === 'VERB' && (NOT_MADE.has(head.lemma) || notReal(tokens, v - 1))) return null;
    // "Critics of the treaty said …", "the cost of the deal": the deal only qualifies another
    // noun; it is a mention of one found before, or nothing.
    if (head && head.pos === 'NOUN' && word(gov) === 'of') return definite ? reacted() : null;
  }
  if (gov && TALK_NOUNS.has(gov.lemma) && gov.pos === 'NOUN') return null;
  // "Talks on a settlement …": the tagger reads a capitalised first word as a name; its noun lemma counts.
  if (v === 0 && gov?.pos === 'PROPN' && /^\p{Lu}\p{Ll}+s$/u.test(gov.text) && TALK_NOUNS.has(nounLemma(gov.text))) return null;
  // The phrase as a subject: skip a relative clause or apposition between commas, then auxiliaries.
  let k = e;
  // "The licence it granted Tarnwick in 2019 … runs until 2030", "The contract Harlow signed with
  // X in 2019 was terminated": a relative clause with no pronoun (its subject a name or "it", then
  // a verb in the past) stands between the deal and its verb; its subject and whom its verb gives
  // the deal to (or makes it with) are the parties.
  if (definite && /^(?:the|this|that)$/.test(det) && named.length === 0 && collective === null) {
    const pronoun = tokens[k]?.pos === 'PRON' && /^(?:it|they)$/i.test(tokens[k]!.text);
    const run = pronoun ? null : namesAt(tokens, k, text);
    // "The lease the council granted the club": a description as its subject, resolved by the caller.
    const described = pronoun || run || word(tokens[k]) !== 'the' ? null : commonParty(tokens, k, text);
    const v = pronoun ? k + 1 : run && run.names.length === 1 ? tokens.findIndex((x) => x.start >= run.end) : described ? tokens.findIndex((x) => x.start >= described.end) : -1;
    const rv = v > k ? tokens[v] : undefined;
    if (rv && rv.pos === 'VERB' && rv.text !== rv.lemma && !/ing$/.test(rv.text) && !notReal(tokens, v)) {
      let c = v + 1;
      const inWord = (x: number): boolean => tokens[x - 1]?.text === '-' || tokens[x + 1]?.text === '-';
      while (c < tokens.length && c - v < 20 && !/^[,;:.]$/.test(tokens[c]!.text) && !(tokens[c]!.pos === 'AUX' || (tokens[c]!.pos === 'VERB' && word(tokens[c - 1]) !== 'to' && !inWord(c) && !/ing$/.test(tokens[c]!.text)))) c++;
      if (tokens[c]?.pos === 'AUX' || tokens[c]?.pos === 'VERB') {
        // "The loan agreement Kell struck in June with the lender Ostby Capital": whom it was made
        // with may follow a time or place phrase, and be described before its name.
        const w = tokens.findIndex((x, m) => m > v && m < c && /^(?:with|to)$/.test(word(x)) && tokens[m + 1]?.pos !== 'VERB');
        const object = namesAt(tokens, v + 1, text) ?? (w > v ? (namesAt(tokens, w + 1, text) ?? apposedName(tokens, w + 1, text, true)) : null);
        if (run) named.push(...run.names);
        else collective = described ? described.name : tokens[k]!.text;
        if (object && object.names.length === 1) named.push(...object.names);
        k = c;
      }
    }
  }
  // "an agreement between X and Y, approved by the council on Tuesday, will …": a participle set
  // off by commas says what became of the deal when the main verb says nothing of it.
  // "A separate agreement between X and Y on sick pay, signed in 2021, was breached": a
  // prepositional phrase on the deal before the participle set off by commas.
  if (tokens[k]?.pos === 'ADP' && !/^(?:by|under)$/.test(word(tokens[k]))) {
    let c = k + 1;
    // "an agreement on search and rescue, which remains in force, …": nouns joined by "and" too.
    // "The chain's lease on its Leeds shop, signed with …": a possessive determiner opens the phrase.
    while (c < tokens.length && (/^(?:DET|ADJ|NOUN|NUM|PROPN)$/.test(tokens[c]!.pos) || (tokens[c]!.pos === 'CCONJ' && tokens[c + 1]?.pos === 'NOUN') || (c === k + 1 && /^(?:its|their)$/i.test(tokens[c]!.text)))) c++;
    // "The deal with the cooperative, whose members farm around X, was signed": a clause on the party, too.
    if (c > k + 1 && tokens[c]?.text === ',' && (tokens[c + 1]?.pos === 'VERB' || /^(?:which|that|whose|who)$/.test(word(tokens[c + 1])))) k = c;
  }
  // "The 2011 agreement, which remains in force, will be folded into …": the clause says it holds.
  let heldInForce = false;
  // "The deal, which includes the Ossett branch, is expected to …": a relative clause in the
  // present saying what the deal holds describes one made, whatever the main verb says of its future.
  let describes = false;
  // "The deal, which still needs the approval of X's shareholders, would bring …": a relative
  // clause saying the deal awaits its last step (see pendingStep) says it was made and waits.
  let waitsInClause = false;
  if (tokens[k]?.text === ',') {
    let c = k + 1;
    while (c < tokens.length && tokens[c]!.text !== ',' && c - k < 25) c++;
    if (tokens[c]?.text === ',') {
      const p = tokens[k + 1];
      const clause = tokens.slice(k + 2, c);
      const rv = clause[0];
      if (/^(?:which|that)$/.test(word(p)) && rv?.pos === 'VERB' && rv.text !== rv.lemma && /s$/.test(rv.text) && statusOfVerb(rv.lemma) === null && !NOT_MADE.has(rv.lemma) && !REACTIONS.has(rv.lemma) && !PENDING_VERBS.has(rv.lemma) && /^(?:DET|NOUN|PROPN|NUM|PRON|ADJ)$/.test(clause[1]?.pos ?? '')) describes = true;
      const cv = clause.findIndex((x) => x.pos !== 'ADV');
      if (/^(?:which|that)$/.test(word(p)) && cv >= 0 && clause[cv]!.pos === 'VERB' && /s$/.test(clause[cv]!.text) && !clause.some((x) => NEGATIONS.has(word(x)) || HYPOTHESIS.has(word(x))) && pendingStep(tokens, k + 2, k + 2 + cv, false)) waitsInClause = true;
      if (/^(?:which|that)$/.test(word(p)) && clause.length <= 4 && clause.some((x, n) => word(x) === 'in' && /^(?:force|effect)$/.test(word(clause[n + 1])) && /^(?:remain|be|stay)$/.test(clause[n - 1]?.lemma ?? '')) && !clause.some((x) => NEGATIONS.has(word(x)) || HYPOTHESIS.has(word(x)))) heldInForce = true;
      if (p?.pos === 'VERB' && /ed$/.test(p.text) && !NOT_MADE.has(p.lemma) && statusOfVerb(p.lemma) !== null && !notReal(tokens, k + 1)) {
        apposed = p;
        // "The current licence, agreed between the club and the board in 2022, …": its makers.
        // "approved by Judge X" names who approved it, not a maker.
        const maker = word(tokens[k + 2]) === 'between' || (word(tokens[k + 2]) === 'by' && /^(?:signed|reached)$/.test(statusOfVerb(p.lemma) ?? ''));
        if (named.length === 0 && collective === null && maker && !GO_BETWEEN.has(p.lemma)) {
          const makers = partiesAt(tokens, k + 3, text);
          named.push(...makers.names);
          collective = makers.collective;
        } else if (word(tokens[k + 2]) === 'with' && (named.length === 1 || (named.length === 0 && collective === null && !definite)) && !GO_BETWEEN.has(p.lemma) && /^(?:signed|reached)$/.test(statusOfVerb(p.lemma) ?? '')) {
          // ("A separate wet-lease, signed with X in 2021, …": with no holder named, X alone; the
          // caller takes the other side from the agreement just before.)
          // "The Mariners' lease on the stadium, signed with the city in 2019, …": the holder is
          // the possessor, the other side follows "with" (a name, or a description named before).
          const other = partiesAt(tokens, k + 3, text);
          named.push(...other.names);
          if (other.names.length === 0) collective ??= other.collective;
        }
      }
      k = c + 1;
    }
  }
  if (waitsInClause && definite && !proposed) {
    const m = laterMention();
    return m && { ...m, waiting: true };
  }
  // "a deal between the two ports on pilot services has been …": a prepositional phrase that
  // modifies the subject stands before its verb.
  if (k === e && tokens[k]?.pos === 'ADP' && !/^(?:by|under)$/.test(word(tokens[k]))) {
    let c = k + 1;
    while (c < tokens.length && /^(?:DET|ADJ|NOUN|NUM|PROPN)$/.test(tokens[c]!.pos)) c++;
    // "A proposed deal in 2024 fell apart": or before a verb of what became of a deal.
    if (c > k + 1 && (tokens[c]?.pos === 'AUX' || (tokens[c]?.pos === 'VERB' && SUBJECT_STATUS.has(tokens[c]!.lemma)))) k = c;
  }
  // "A planned joint venture between X and Y to build a plant in Nordre has collapsed": an
  // infinitive that says what the deal is for stands before its verb.
  // "A licence agreement allowing X to broadcast Y was voided": a participle clause on the deal, too.
  // ("A licensing deal meant to bring X to toy shops has fallen apart": a participle and its infinitive, too.)
  if (k === e && ((word(tokens[k]) === 'to' && tokens[k + 1]?.pos === 'VERB') || (tokens[k]?.pos === 'VERB' && /^\p{Ll}+ing$/u.test(tokens[k]!.text)) || (tokens[k]?.pos === 'VERB' && tokens[k]!.text !== tokens[k]!.lemma && /^\p{Ll}+$/u.test(tokens[k]!.text) && !/ing$/.test(tokens[k]!.text) && word(tokens[k + 1]) === 'to' && tokens[k + 2]?.pos === 'VERB'))) {
    let c = k + 2;
    // "A previous arrangement to lease the pub to X fell through": or before a past verb of what became of a deal.
    const became = (x: TaggedToken): boolean => x.pos === 'VERB' && x.text !== x.lemma && !/ing$/.test(x.text) && SUBJECT_STATUS.get(x.lemma) === 'collapsed';
    while (c < tokens.length && c - k < 16 && tokens[c]!.pos !== 'AUX' && !became(tokens[c]!) && !/^[,;:.]$/.test(tokens[c]!.text)) c++;
    if (tokens[c]?.pos === 'AUX' || (tokens[c] !== undefined && became(tokens[c]!))) k = c;
  }
  // "A settlement brokered by mediators over the summer was rejected by crews": a past participle on the deal
  // with no commas (one of making or changing a deal, WordNet's status; its phrase up to the
  // auxiliary) stands before its verb, as one set off by commas does.
  if (k === e && tokens[k]?.pos === 'VERB' && tokens[k]!.text !== tokens[k]!.lemma && /^\p{Ll}+$/u.test(tokens[k]!.text) && !/ing$/.test(tokens[k]!.text) && statusOfVerb(tokens[k]!.lemma) !== null && /^(?:ADP|ADV|ADJ|DET|NUM)$/.test(tokens[k + 1]?.pos ?? '')) {
    let c = k + 1;
    while (c < tokens.length && c - k < 12 && !/^(?:AUX|VERB)$/.test(tokens[c]!.pos) && !/^[,;:.]$/.test(tokens[c]!.text)) c++;
    if (tokens[c]?.pos === 'AUX') k = c;
  }
  // "A 2019 agreement under which X supplied cleaners to Y was ended by …": the relative clause
  // (its verb, then up to the next auxiliary) stands between the deal and what became of it.
  // ("A deal that would have brought 40 pods to the estate has collapsed": a clause whose subject is the relative pronoun, too.)
  const subjectRelative = !definite && /^(?:that|which)$/.test(word(tokens[e])) && /^(?:AUX|VERB)$/.test(tokens[e + 1]?.pos ?? '') ? e + 1 : -1;
  if (k === e && ((relative > 0 && relative > e) || subjectRelative > 0)) {
    let c = relative > e ? relative : subjectRelative;
    let clauseVerb = false;
    while (c < tokens.length && c - relative < 20 && !/^[,;:.]$/.test(tokens[c]!.text) && !(clauseVerb && tokens[c]!.pos === 'AUX')) {
      if (tokens[c]!.pos === 'VERB') clauseVerb = true;
      c++;
    }
    if (clauseVerb && tokens[c]?.pos === 'AUX') k = c;
  }
  // (Past any other words between the deal and the verb that says it fell apart: `collapseVerbAfter`;
  // in a sentence, not a headline, whose verb the headline readers take as they do.)
  if (k === e && /[.!?…"”’)]\s*$/u.test(text)) {
    const fell = collapseVerbAfter(tokens, e);
    if (fell > e) k = fell;
  }
  const auxFrom = k;
  let passive = false;
  while (k < tokens.length && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) {
    if (tokens[k]!.lemma === 'be') passive = true;
    k++;
  }
  // "The sale is subject to approval by the board": a condition still to be met, as "remains
  // subject to" (pendingStep) is; no agreement sentence unless it names both parties.
  if (passive && k > auxFrom && word(tokens[k]) === 'subject' && word(tokens[k + 1]) === 'to' && named.length < 2) return null;
  // "has been in force since 2016", "is in effect": the deal holds.
  if (passive && k > auxFrom && word(tokens[k]) === 'in' && /^(?:force|effect|place)$/.test(word(tokens[k + 1])) && !notReal(tokens, k)) {
    return { ...base, cue: tokens[k + 1]!.text, cueAt: tokens[k + 1]!.start, status: 'in force', actionStart: first.start, subjectEnd: null, later: !definite && named.length === 0 && collective === null };
  }
  const off = dealOff(tokens, auxFrom);
  if (off >= 0 && !unasserted(tokens, s)) return { ...base, cue: tokens[off]!.text, cueAt: tokens[off]!.start, status: 'collapsed', actionStart: first.start, subjectEnd: null, later: false, needsTwo: base.needsTwo || (definite && named.length < 2) };
  const conditioned = tokens.slice(clauseStart(tokens, s), s).some((x) => /^(?:if|unless|whether|before|until|till|once)$/.test(word(x)));
  // "The sale is due to complete in May": a deal forecast to complete, as "is expected to complete"
  // (waiting on its step). "The pay deal is due to be reopened in January", "… to be renegotiated",
  // "… to be terminated": a deal made before that will be changed or ended then holds until then —
  // a participle of renewing or ending (statusOfVerb: in force, voided) or one re-doing a verb
  // ("reopen", "renegotiate": WordNet's verb after "re").
  if (definite && passive && k === auxFrom + 1 && word(tokens[k]) === 'due' && word(tokens[k + 1]) === 'to' && !conditioned && !tokens.slice(auxFrom, k).some((x) => NEGATIONS.has(word(x)))) {
    if (completes(k + 2)) {
      const m = laterMention();
      return m && { ...m, waiting: true };
    }
    const done = word(tokens[k + 2]) === 'be' ? tokens[k + 3] : undefined;
    const redone = (w: string): boolean => /^re\p{Ll}{3,}$/u.test(w) && synsetsOf(w.slice(2), 'verb', 1).length > 0;
    if (done?.pos === 'VERB' && /ed$/.test(done.text) && (/^(?:in force|voided)$/.test(statusOfVerb(done.lemma) ?? '') || redone(done.lemma)) && !unasserted(tokens, s))
      return { ...base, cue: done.text, cueAt: done.start, status: 'in force', actionStart: first.start, subjectEnd: null, later: false };
  }
  // "Its supply contract with Y will continue unchanged", "X said the deal would carry on as before":
  // a deal made before said to go on (a verb, or a verb and its particle WordNet files whole, one of
  // whose first two senses is "continue") holds — "will" of a deal's own going on, or "would" reported.
  const modal = k === auxFrom + 1 ? word(tokens[auxFrom]) : '';
  if (!passive && (modal === 'will' || (modal === 'would' && reportedFuture(tokens, auxFrom))) && goesOnVerb(tokens[k], tokens[k + 1]) && !conditioned && (definite || named.length > 0) && !/^(?:DET|NOUN|PROPN|PRON|NUM)$/.test(tokens[k + 1]?.pos ?? '') && !unasserted(tokens, s))
    return { ...base, cue: tokens[k]!.text, cueAt: tokens[k]!.start, status: 'in force', actionStart: first.start, subjectEnd: null, later: false };
  const verb = tokens[k];
  // "If the regulator objects, the sale would be unwound", "Unless X pays, the lease will be
  // ended", "The sale would be unwound if …": a modal clause on the deal under a condition that
  // opens the sentence or follows the clause is what would follow from it — nothing that became of the deal.
  const opensCondition = /^(?:if|unless)$/i.test(word(tokens[0])) && tokens.slice(1, s).some((x) => x.text === ',');
  const closesCondition = tokens.slice(k).some((x) => /^(?:if|unless)$/.test(word(x)));
  if ((opensCondition || closesCondition) && tokens.slice(auxFrom, k).some((x) => /^(?:will|would|could|might|may|shall)$/.test(word(x)))) return null;
  if (verb && verb.pos === 'VERB' && k > i) {
    // "If the merger goes ahead, …": the deal as the subject of a condition's verb asserts nothing.
    // "The minister met them twice before the treaty was signed", "once the merger is completed": a
    // time clause whose event is still ahead of the main clause's is background to it, no agreement sentence.
    // ("Until a new operator is chosen, a temporary agreement … will …": a time clause closed by its comma is not the deal's.)
    const opened = tokens.slice(clauseStart(tokens, s), s);
    const lastTime = opened.findLastIndex((x) => /^(?:before|until|till|once)$/.test(word(x)));
    // ("If the club fails to finish the repairs, the lease allows the town to take the building
    // back": a known deal's term in the present, after a condition its comma closes, is the term of
    // the deal the condition belongs to — the deal holds.)
    const lastCondition = opened.findLastIndex((x) => /^(?:if|unless)$/.test(word(x)));
    const conditionalTerm = definite && !passive && k === auxFrom && /s$/.test(verb.text) && lastCondition >= 0 && opened.slice(lastCondition).some((x) => x.text === ',') && !opened.some((x) => word(x) === 'whether') && provides(k);
    if ((opened.some((x) => /^(?:if|unless|whether)$/.test(word(x))) && !conditionalTerm) || (lastTime >= 0 && !opened.slice(lastTime).some((x) => x.text === ','))) return null;
    // "The merger, announced in May, would have created …": a deal that was (and is no more) is
    // mentioned; "the deal would go ahead" or "could collapse" states nothing of it.
    // "The deal must now be approved by …" names a step still ahead of a deal that exists.
    const counterfactual = word(tokens[k - 1]) === 'have' && HYPOTHESIS.has(word(tokens[k - 2]));
    const pending = passive && tokens.slice(auxFrom, k).some((x) => word(x) === 'must');
    // "The merger must still be cleared by the regulator", "The lease still needs approval from the
    // ministry": a step still ahead of a deal mentioned before asserts nothing that became of it (no
    // agreement sentence); one that names its parties ("The proposed merger of X and Y awaits
    // approval") still states the deal.
    // "The Halden deal still needs clearance from regulators", "The settlement with owners still
    // needs a judge's approval": a definite deal that names one side, awaiting a step (need,
    // require, await), is a later mention of the deal made before (linked by the caller; none
    // without one). A passive step ("must still be cleared"), a condition ("remains subject to")
    // and an unnamed deal stay no sentence.
    // "The takeover still needs clearance from the regulator", "The merger awaits approval by
    // shareholders": a definite deal waiting on a step is the deal made before, mentioned again
    // (its status kept; none without one before it), whether it names a side or none. "A proposed
    // venture with X is awaiting signature by both sides": a proposed deal waiting to be made is
    // one, proposed, between X and the side the caller finds. A passive step ("must still be
    // cleared") and a condition ("remains subject to") stay no sentence.
    const waiting = passive && /ing$/.test(verb.text);
    if (named.length < 2 && pendingStep(tokens, auxFrom, k, passive && !waiting)) {
      // "The lease still has to be signed by both sides", "The deal must still be cleared by
      // regulators", "The merger still has to be registered with …": a definite deal made before,
      // its last step (a verb that approves, ratifies, signs or clears it, or WordNet's verbs of
      // recording) still ahead, is that deal mentioned again, waiting (none without one before it).
      // (Not under a modal of what might be: "would still have to be approved".)
      if (passive && !waiting && definite && !proposed && !tokens.slice(auxFrom, k).some((x) => /^(?:would|could|might|may|should)$/.test(word(x)))) {
        const m = reacted();
        return m && { ...m, waiting: true };
      }
      if (!PENDING_VERBS.has(verb.lemma) || (passive && !waiting)) return null;
      if (proposed && named.length === 1) return { ...base, cue: verb.text, cueAt: verb.start, status: 'proposed', actionStart: first.start, subjectEnd: null, later: false };
      const m = definite && !proposed ? (reacted() ?? joinedWaiting()) : null;
      return m && { ...m, waiting: true };
    }
    // "That contract is not affected by the ruling": a deal mentioned before, denied a change by a
    // verb that makes or ends nothing of it, is mentioned (as held); "was not signed" still says nothing.
    const untouched = definite && passive && tokens.slice(auxFrom, k).some((x) => NEGATIONS.has(word(x))) && statusOfVerb(verb.lemma) === null && !NOT_MADE.has(verb.lemma) && word(tokens[k + 1]) === 'by';
    if (untouched && !tokens.slice(auxFrom, k).some((x) => HYPOTHESIS.has(word(x)))) return laterMention();
    // "Ms Dale said the partnership would bring steady work": a deal made before, as the subject of a
    // reported "will" (a past reporting verb, then "would") with an object, says what it provides.
    const reportedWill = definite && !passive && k === auxFrom + 1 && word(tokens[auxFrom]) === 'would' && reportedFuture(tokens, auxFrom) && !notReal(tokens, k, true);
    if (reportedWill && provides(k)) return provided();
    // "The licence was not renewed when it ran out in March": it lapsed.
    if (passive && renewalDenied(tokens, k) >= 0) return { ...base, cue: verb.text, cueAt: verb.start, status: 'voided', actionStart: first.start, subjectEnd: null, later: false };
    // "The union's contract with Hobbin Buses, ratified last year, does not require …": what a
    // deal does not provide (a negated present, "does not" and a verb of no deal status) changes
    // nothing of it; the participle set off by commas says what became of it.
    const notProvided = apposed !== null && definite && !proposed && k > auxFrom && /^(?:does|do)$/.test(word(tokens[auxFrom])) && tokens.slice(auxFrom + 1, k).every((x) => NEGATIONS.has(word(x))) && statusOfVerb(verb.lemma) === null && !NOT_MADE.has(verb.lemma) && !REACTIONS.has(verb.lemma) && !pendingStep(tokens, auxFrom, k, false);
    if (notProvided) return { ...base, cue: apposed!.text, cueAt: apposed!.start, status: statusOfVerb(apposed!.lemma)!, actionStart: first.start, subjectEnd: null, later: false };
    // "That settlement, approved by a judge in March, has not been made public": the participle set
    // off says what became of the deal; a negation of the main verb does not deny it.
    const apposedDone = apposed && definite && !proposed && tokens.slice(auxFrom, k).some((x) => NEGATIONS.has(word(x))) && !tokens.slice(auxFrom, k).some((x) => HYPOTHESIS.has(word(x))) ? statusOfVerb(apposed.lemma) : null;
    if (apposed && apposedDone && apposedDone !== 'reached' && !unasserted(tokens, s)) return { ...base, cue: apposed.text, cueAt: apposed.start, status: apposedDone, actionStart: first.start, subjectEnd: null, later: false };
    if (notReal(tokens, k) && k > auxFrom) return definite && (counterfactual || pending) ? reacted() : null;
    // "the deal was proposed / discussed" is no deal; "the merger awaits approval" mentions one.
    if (passive && definite && REACTIONS.has(verb.lemma)) return reacted();
    // "The sale is expected to be completed by June", "That sale is expected to close in May": a
    // step still ahead (pending), no agreement sentence, as a pending approval is none.
    // "The contract is expected to lower fares by a third": what a deal made before is expected to
    // do to something else (a verb of no deal status, with an object) is what it provides: in force.
    // ("The merger is expected to close six shops": what it is expected to do is still ahead, so it
    // says nothing of the deal holding; it keeps the status of the deal it refers to.)
    // "The deal is expected to complete in the spring", "The merger is expected to close by June",
    // "… to be completed by June": the deal made before, forecast to complete (a verb that makes a
    // deal, with no object of its own, or its passive), is mentioned again, as one waiting on a step
    // is: reached, even after an approval (a deal signed before stays signed).
    if (passive && definite && verb.lemma === 'expect' && word(tokens[k + 1]) === 'to') {
      if (describes) return laterMention();
      if (completes(k + 2)) {
        const m = laterMention();
        return m && { ...m, waiting: true };
      }
      return provides(k + 2) ? expectedOf(provided()) : null;
    }
    // "The settlement was struck down by the court", "was voted down", "was called off": a phrasal
    // verb WordNet files whole (its verb alone may make nothing of a deal: "call").
    const phrasal = passive && /^(?:ADP|ADV|PART)$/.test(tokens[k + 1]?.pos ?? '') ? verbStatus(`${verb.lemma}_${word(tokens[k + 1])}`) : null;
    if (passive && NOT_MADE.has(verb.lemma) && !phrasal) return null;
    // "The contract was declared void", "the deal was ruled unlawful".
    if (passive && DECLARE_VERBS.has(verb.lemma) && invalidAt(tokens, k + 1)) return { ...base, cue: verb.text, cueAt: verb.start, status: 'voided', actionStart: first.start, subjectEnd: null, later: false };
    // "The lease … expires next year", "the partnership ends in June": an end still ahead (the present) means it holds.
    const endsAhead = !passive && k === auxFrom && /^(?:expire|end)$/.test(verb.lemma) && /s$/.test(verb.text) && /^(?:next|in|on|at|this|later|soon)$/.test(word(tokens[k + 1]));
    // "An earlier alliance between X and Y ended in a row over fees": a deal that ended in something
    // other than a time (a row, a dispute, failure) fell apart; one that "ended in 2023" ran out (voided).
    // (A time is a number, a month or day, or a noun WordNet files first under time: "ended in the spring".)
    const ended = !passive && k === auxFrom && verb.lemma === 'end' && /ed$/.test(verb.text) ? (word(tokens[k + 1]) === 'in' && /^(?:DET|ADJ|NOUN)$/.test(tokens[k + 2]?.pos ?? '') && !tokens.slice(k + 2, k + 5).some((x) => x.pos === 'NUM' || CALENDAR_WORDS.has(x.text) || (x.pos === 'NOUN' && synsetsOf(x.lemma, 'noun', 1)[0]?.lexname === 'noun.time')) ? 'collapsed' : 'voided') : null;
    const commended = passive && word(tokens[k + 1]) === 'by' && bodyCommends(tokens, k, k + 1) ? 'approved' : null;
    const status = endsAhead ? 'in force' : (ended ?? phrasal ?? commended ?? (passive ? passiveStatus(verb.lemma) : SUBJECT_STATUS.get(verb.lemma)));
    if (status && verb.lemma === 'take' && !/^(?:effect|hold)$/.test(word(tokens[k + 1])) && word(tokens[k + 2]) !== 'effect') return definite ? laterMention() : null;
    // "A previous concession held by X was cancelled by the government": who ends a deal held by
    // one named party is its other side (the grantor), named or described.
    if (status === 'voided' && passive && named.length === 1 && word(tokens[k + 1]) === 'by') {
      const agent = namesAt(tokens, k + 2, text) ?? oneParty(commonParty(tokens, k + 2, text));
      if (agent && agent.names.length === 1) return { ...base, named: [...named, ...agent.names], cue: verb.text, cueAt: verb.start, status, actionStart: first.start, subjectEnd: null, later: false };
    }
    // "Tor Radio's licence was renewed by the Broadcasting Authority": who renews (or extends) a
    // deal held by one named party is its other side (the grantor), when named.
    if (status && passive && named.length === 1 && (RENEWING.has(verb.lemma) || EXTENDING.has(verb.lemma)) && word(tokens[k + 1]) === 'by') {
      const agent = namesAt(tokens, k + 2, text);
      if (agent && agent.names.length === 1 && !named.some((n) => n.includes(agent.names[0]!) || agent.names[0]!.includes(n))) return { ...base, named: [...named, ...agent.names], cue: verb.text, cueAt: verb.start, status, actionStart: first.start, subjectEnd: null, later: false };
    }
    // "A proposed merger with X was rejected by Y's shareholders": the body whose shareholders,
    // members or board (WordNet: a group, or a plural of persons) approve or reject a deal named
    // with one side only is its other side; who votes is no party.
    if (status && /^(?:approved|rejected|ratified)$/.test(status) && passive && named.length === 1 && word(tokens[k + 1]) === 'by') {
      const owner = organAt(tokens, k + 2, text);
      if (owner && !named.some((n) => n.includes(owner) || owner.includes(n))) return { ...base, named: [owner, ...named], cue: verb.text, cueAt: verb.start, status: proposed && status === 'approved' ? 'proposed' : status, actionStart: first.start, subjectEnd: null, later: false };
      // "A proposed partnership with X was rejected by the Ostrian directorate": who turns down a
      // deal proposed to it is its other side, as for an offer (not who approves one: a regulator).
      const refuser = status === 'rejected' && proposed ? (namesAt(tokens, k + 2, text) ?? oneParty(commonParty(tokens, k + 2, text))) : null;
      if (refuser && refuser.names.length === 1 && !named.some((n) => n.includes(refuser.names[0]!) || refuser.names[0]!.includes(n))) return { ...base, named: [...refuser.names, ...named], cue: verb.text, cueAt: verb.start, status, actionStart: first.start, subjectEnd: null, later: false };
    }
    // "The deal was signed with the doll's maker, Pell Crafts, in March": whom a deal was made
    // with, after the passive, is a side of it (the other one the caller links or takes from before).
    // ("The lease was signed in 2019 with X": past a time phrase.)
    const w = word(tokens[k + 1]) === 'with' ? k + 1 : pastTime(tokens, k + 1);
    if (status && passive && MAKING.has(status) && named.length === 0 && collective === null && word(tokens[w]) === 'with' && !proposed) {
      const partner = namesAt(tokens, w + 1, text) ?? apposedName(tokens, w + 1, text, true);
      if (partner && partner.names.length === 1) return { ...base, named: [...partner.names], cue: verb.text, cueAt: verb.start, status, actionStart: first.start, subjectEnd: null, later: definite };
    }
    // "The new lease runs for four years and was signed by the two trusts on Monday": what a deal provides,
    // joined to a passive that tells what became of it, gives that (the sentence's own news, not the deal at work).
    const joined = status === 'in force' && !passive ? madeAfterAnd(tokens, k + 1) : null;
    if (joined) return { ...base, cue: joined.text, cueAt: joined.start, status: passiveStatus(joined.lemma)!, actionStart: first.start, subjectEnd: null, later: false };
    // "A planned joint venture … has collapsed": what ended a proposed deal is its status.
    // A planned deal scrapped or called off never held: it collapsed.
    if (status) return { ...base, cue: verb.text, cueAt: verb.start, status: proposed && status === 'voided' ? 'collapsed' : proposed && !/^(?:collapsed|rejected)$/.test(status) ? 'proposed' : status, actionStart: first.start, subjectEnd: null, later: false };
    // "The accord commits both governments to …", "The agreement gives nurses a rise", "the
    // terms of the deal give …": a deal made before, as the subject of a verb in the present
    // with an object, says what it provides: it is in force.
    // A deal that still needs or awaits something ("requires the blessing of the regulator") is pending, not in force.
    const present = k === auxFrom && !passive && !/ed$/.test(verb.text) && (verb.text !== verb.lemma ? /s$/.test(verb.text) : /s$/.test(tokens[e - 1]!.text) || /^the$/i.test(word(first)));
    // "The settlement, approved by a judge on Monday, ends …": a participle set off by commas says
    // what became of it, unless the deal is one found before (the caller decides, `provides`).
    if (present && (definite || apposed) && !proposed && /^(?:DET|NOUN|PROPN|NUM|PRON|ADJ)$/.test(tokens[k + 1]?.pos ?? '') && !NOT_MADE.has(verb.lemma) && !REACTIONS.has(verb.lemma) && !PENDING_VERBS.has(verb.lemma) && (conditionalTerm || !notReal(tokens, k))) {
      // "The deal, signed in Leeds on Monday, gives …": a participle set off by commas with a time
      // of this news ("on Monday", "last October", "this week", "yesterday") reports the signing
      // itself; one of long ago ("signed in 2017") leaves a deal in force.
      const recent = apposed !== null && recentTime(tokens, tokens.indexOf(apposed));
      const cue = apposed && (named.length > 0 || recent) ? apposed : verb;
      // "The contract, signed in 2021, commits Orla Foods to …": signed at a time of long ago (a
      // year, "last year", "years ago"), what it provides holds even after a mention that it was signed.
      const dated = apposed !== null && !recent && statusOfVerb(apposed.lemma) === 'signed' && datedBefore(tokens, tokens.indexOf(apposed));
      return { ...base, cue: cue.text, cueAt: cue.start, status: cue === apposed ? statusOfVerb(apposed.lemma)! : 'in force', actionStart: first.start, subjectEnd: null, later: false, ...(named.length === 0 && recent ? {} : { provides: true }), ...(dated ? { signedBefore: true } : {}) };
    }
  }
  if (apposed && named.length > 0) return { ...base, cue: apposed.text, cueAt: apposed.start, status: statusOfVerb(apposed.lemma)!, actionStart: first.start, subjectEnd: null, later: false };
  // "the treaty signed by X and Y in 1991 …": made by the participle, its parties named.
  if (madeBy && madeVerb && named.length > 0) return { ...base, cue: madeVerb.text, cueAt: madeVerb.start, status: madeBy, actionStart: first.start, subjectEnd: null, later: false };
  if (heldInForce && definite) {
    const m = laterMention();
    return m && { ...m, provides: true };
  }
  return definite || proposed ? laterMention() : null;

  /**
   * Whether the verb at `x` says what a deal does to something else: a verb (not one of what becomes
   * of a deal as its subject, of not making, reacting, waiting or receiving) with an object that is
   * no deal ("complete the purchase") and no act on one ("receive approval" is a step still ahead).
   */
  function provides(x: number): boolean {
    const vb = tokens[x];
    if (!vb || vb.pos !== 'VERB' || vb.lemma === 'be' || vb.lemma === 'have' || SUBJECT_STATUS.has(vb.lemma) || NOT_MADE.has(vb.lemma) || REACTIONS.has(vb.lemma) || PENDING_VERBS.has(vb.lemma) || NOT_PASSIVE.has(vb.lemma)) return false;
    // ("would bring “steady work …”": the object may be quoted.)
    let o = /^["“‘]$/.test(tokens[x + 1]?.text ?? '') ? x + 2 : x + 1;
    // ("would lead to the loss of nine depots", "will result in 40 job losses": a verb and its
    // preposition take the object, as a verb alone does.)
    if (o === x + 1 && tokens[o]?.pos === 'ADP' && /^(?:to|in|into)$/.test(word(tokens[o])) && /^(?:DET|ADJ|NUM|NOUN)$/.test(tokens[o + 1]?.pos ?? '')) o++;
    // ("would cut waiting lists": a gerund before the object's noun modifies it.)
    while (o < tokens.length && (/^(?:DET|ADJ|NUM|PART|PRON)$/.test(tokens[o]!.pos) || (tokens[o]!.pos === 'VERB' && /ing$/.test(tokens[o]!.text) && tokens[o + 1]?.pos === 'NOUN')) && o - x < 6) o++;
    const object = tokens[o];
    if (!object || !/^(?:NOUN|PROPN)$/.test(object.pos)) return false;
    return (OWN_ACTION_NOUNS.get(object.lemma) ?? actNounStatus(object.lemma)) === null && !TALK_NOUNS.has(object.lemma) && !isDealLemma(object.lemma) && !ACCEPTED_NOUNS.has(object.lemma);
  }

  /**
   * Whether the infinitive at `x` forecasts the deal completing: a verb that makes a deal
   * ("complete", "close", "finalise") with no object after it, or "be" and its participle.
   */
  function completes(x: number): boolean {
    const passiveAt = tokens[x]?.lemma === 'be' && tokens[x + 1]?.pos === 'VERB' ? x + 1 : x;
    const vb = tokens[passiveAt];
    if (!vb || vb.pos !== 'VERB' || statusOfVerb(vb.lemma) !== 'reached' || NOT_PASSIVE.has(vb.lemma)) return false;
    return passiveAt > x || !/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(tokens[x + 1]?.pos ?? '');
  }

  /** A deal made before saying what it provides (linked by the caller; none without one before it). */
  // ("the partnership would bring …": a noun that needs a verb to be a deal is one here, when one
  // of its kind was reported before: the caller links it or drops it.)
  function provided(): DealHit | null {
    if (unasserted(tokens, s)) return null;
    const m = needsVerb(lemma) && definite ? { ...base, cue: t.text, cueAt: t.start, status: 'reached' as AgreementStatus, actionStart: first.start, subjectEnd: null, later: true } : laterMention();
    return m && m.later ? { ...m, provides: true, needsTwo: true } : m;
  }

  /**
   * "The tie-up still awaits approval from the watchdog": a noun that needs a verb to be a deal
   * ("tie-up", "partnership"), named by "the" and waiting on a step, is the deal reported before
   * (as `provided` reads one): the caller links it or drops it.
   */
  function joinedWaiting(): DealHit | null {
    if (!needsVerb(lemma) || !/^(?:the|this|that)$/.test(det) || unasserted(tokens, s)) return null;
    return { ...base, cue: t.text, cueAt: t.start, status: 'reached', actionStart: first.start, subjectEnd: null, later: true, needsTwo: true };
  }

  /** A deal made before, expected to do something: a mention of it, no word that it holds. */
  function expectedOf(m: DealHit | null): DealHit | null {
    if (!m) return null;
    const { provides: _held, ...rest } = m;
    return rest;
  }

  /** "traders welcomed the arrangements": a reaction to a deal made before, only if one was. */
  function reacted(): DealHit | null {
    const m = laterMention();
    return m && { ...m, needsTwo: true };
  }

  function laterMention(): DealHit | null {
    if (needsVerb(lemma) && lemma !== 'line') return null;
    // ("declined to say whether the new deal was exclusive": what is asked of a deal named as known,
    // a plain "was" and an adjective, takes the deal as made.)
    const askedOf = /^(?:the|this|that)$/.test(det) && word(tokens[s - 1]) === 'whether' && tokens[e]?.lemma === 'be' && tokens[e + 1]?.pos === 'ADJ' && /^[,.;]$/.test(tokens[e + 2]?.text ?? '.');
    if (unasserted(tokens, s) && !askedOf) return null;
    // "the cancelled contract", "the ratified treaty": a participle before the noun says what became of it.
    // The tagger reads some participles as adjectives ("the terminated contract"): their verb is WordNet's base form.
    const verbOf = (m: TaggedToken): string => (m.pos === 'VERB' ? m.lemma : (participleBases(m.text).find((b) => statusOfVerb(b) !== null) ?? m.lemma));
    // ("the renewed contract" is the new term just agreed: it refers to it, as a plain mention does.)
    const done = definite ? mods.find((m) => (m.pos === 'VERB' || m.pos === 'ADJ') && /ed$/.test(m.text) && !NOT_MADE.has(verbOf(m)) && !RENEWING.has(verbOf(m)) && statusOfVerb(verbOf(m)) !== null) : undefined;
    const doneStatus = done ? statusOfVerb(verbOf(done)) : null;
    if (done && doneStatus && doneStatus !== 'reached') return { ...base, cue: done.text, cueAt: done.start, status: doneStatus, actionStart: first.start, subjectEnd: null, later: false };
    // "The six-year contract, signed in 2020 and worth £40m, was meant to run until 2026": a
    // participle set off by commas says what became of it when the main verb says nothing.
    const apposedStatus = apposed && definite && !proposed ? statusOfVerb(apposed.lemma) : null;
    if (apposed && apposedStatus && apposedStatus !== 'reached') return { ...base, cue: apposed.text, cueAt: apposed.start, status: apposedStatus, actionStart: first.start, subjectEnd: null, later: false };
    // "Tenby's existing supply contract with X will pass to …", "the current lease": a deal that
    // exists now (an adjective of the present, `presentAdjective`) holds.
    if (!proposed && mods.some((m) => /^\p{Ll}+$/u.test(m.text) && presentAdjective(m.text))) return { ...base, cue: t.text, cueAt: t.start, status: 'in force', actionStart: first.start, subjectEnd: null, later: true };
    return { ...base, cue: t.text, cueAt: t.start, status: proposed ? 'proposed' : 'reached', actionStart: first.start, subjectEnd: null, later: true };
  }
}

const presentMemo = new Map<string, boolean>();
/**
 * "existing", "current", "ongoing": an adjective one of whose WordNet senses is "existent" or
 * "current", or is similar to "current".
 */
function presentAdjective(w: string): boolean {
  let v = presentMemo.get(w);
  if (v === undefined) {
    const present = (x: { words: readonly string[] }): boolean => x.words.includes('current') || x.words.includes('existent');
    v = synsetsOf(w, 'adj').some((x) => present(x) || x.pointers.some((p) => p.symbol === '&' && p.pos === 'adj' && present(synsetAt('adj', p.offset) ?? { words: [] })));
    presentMemo.set(w, v);
  }
  return v;
}

/**
 * "The deal was off", "the sale is now off": the index of "off" when "be" (its auxiliaries and
 * adverbs from `from`, no negation or modal) stands before it and it closes the clause, so the deal
 * fell through ("off the table" or "off the market" opens a phrase: none). -1 otherwise.
 */
function dealOff(tokens: readonly TaggedToken[], from: number): number {
  let k = from;
  let be = false;
  while (k < tokens.length && k - from < 5 && /^(?:AUX|ADV|PART)$/.test(tokens[k]!.pos) && word(tokens[k]) !== 'off') {
    if (tokens[k]!.lemma === 'be') be = true;
    k++;
  }
  if (!be || k === from || word(tokens[k]) !== 'off' || notReal(tokens, k)) return -1;
  return k + 1 >= tokens.length || /^(?:[,;:.!?]|and|but|after|because|as|when)$/.test(word(tokens[k + 1])) ? k : -1;
}

/**
 * Whether the verb at `k` (auxiliaries from `auxFrom`) states an approval still to come: a
 * passive of approving after "must" or "still" ("must still be cleared by", "must now be approved
 * by"), or need / require / await with an approval as its object ("still needs approval from",
 * "requires clearance from", "awaits the blessing of").
 */
let RECORD: ReadonlySet<string> | undefined;
function pendingStep(tokens: readonly TaggedToken[], auxFrom: number, k: number, passive: boolean): boolean {
  const verb = tokens[k]!;
  const aux = tokens.slice(auxFrom, k);
  if (passive) return aux.some((x) => word(x) === 'must' || word(x) === 'still') && (/^(?:approved|ratified|signed)$/.test(statusOfVerb(verb.lemma) ?? '') || verb.lemma === 'clear' || isKindOf(verb.lemma, 'verb', (RECORD ??= senseKeys('verb', ['record', 1])), 1));
  // "The acquisition of X remains subject to clearance": a condition still to be met.
  if (/^(?:remain|stay)$/.test(verb.lemma) && word(tokens[k + 1]) === 'subject' && word(tokens[k + 2]) === 'to') return true;
  if (!PENDING_VERBS.has(verb.lemma)) return false;
  let o = k + 1;
  while (o < tokens.length && o - k <= 3 && /^(?:DET|ADJ|ADV)$/.test(tokens[o]!.pos)) o++;
  const object = tokens[o];
  if (object?.pos !== 'NOUN' && object?.pos !== 'VERB') return false;
  const act = OWN_ACTION_NOUNS.get(object.lemma) ?? actNounStatus(object.lemma);
  // "sign-off", "go-ahead": the tagger splits a hyphenated noun.
  const compound = tokens[o + 1]?.text === '-' && tokens[o + 1]!.start === object.end ? `${word(object)}-${word(tokens[o + 2])}` : word(object);
  return act === 'approved' || act === 'ratified' || act === 'signed' || /^(?:clearance|consent|blessing|sign-off|go-ahead)$/.test(compound);
}

/** "It was approved by …": the pronoun as the subject of a passive with its agent (the participle captured). */
const PRONOUN_PASSIVE = /^(?:It|They)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s+by\b/gu;
/** "ratified it", "endorsed them": a pronoun as a verb's object, after an agreement just found. */
/** "approved the award": the act of awarding a contract just reported stands for it, as "it" does. */
const PRONOUN_OBJECT = /(?<![\p{L}\p{M}\p{N}_])(\p{L}+)\s+(?:it|them|the\s+(?:award|grant)|the\s+\p{Ll}+)(?![\p{L}\p{M}\p{N}_])/gu;
const PRONOUN_HINTS = [PRONOUN_OBJECT, PRONOUN_PASSIVE];

let planKeys: ReadonlySet<string> | null = null;
const planMemo = new Map<string, boolean>();
/**
 * Whether a noun's first sense is a kind of plan or of proposal (WordNet: plan.n.01, proposal.n.01:
 * "the plan", "the scheme", "the proposal"): approved or rejected just after an agreement, "the
 * commissioners approved the plan" acts on that agreement. Asked of WordNet only then.
 */
export function planLike(lemma: string): boolean {
  let known = planMemo.get(lemma);
  if (known === undefined) {
    planKeys ??= senseKeys('noun', ['plan', 1], ['proposal', 1]);
    const first = synsetsOf(lemma, 'noun', 1)[0];
    known = first !== undefined && synsetIsKindOf(first, planKeys);
    if (planMemo.size > 10_000) planMemo.clear();
    planMemo.set(lemma, known);
  }
  return known;
}

/**
 * A cheap test before tagging: a word before "it"/"them" that can be a verb changing an agreement
 * ("ratified it", "vetoes it"; not "let it", "made it").
 */
function pronounHint(text: string): boolean {
  // (Global regexes reset and run with exec, each word's answer memoised: this runs on every
  // sentence after an agreement, and most have "the" after a word.)
  for (const re of PRONOUN_HINTS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) if (changesDealWord(m[1]!.toLowerCase())) return true;
  }
  return false;
}
const changesMemo = new Map<string, boolean>();
/** Whether a lower-case word can be a form of a verb that changes an agreement (see pronounHint). */
function changesDealWord(w: string): boolean {
  let yes = changesMemo.get(w);
  if (yes === undefined) {
    const bases = [...participleBases(w), w.replace(/e?s$/, ''), w.replace(/ies$/, 'y')];
    yes = bases.some((b) => b.length > 2 && (statusOfVerb(b) ?? 'reached') !== 'reached');
    if (changesMemo.size > 50_000) changesMemo.clear();
    changesMemo.set(w, yes);
  }
  return yes;
}

/**
 * A cheap test before tagging for an offer accepted or turned down: the proposal noun and a verb
 * of deciding on it (the reader asks WordNet's table for the verb itself).
 */
const PROPOSAL_HINT = /\b(?:offered|offers?|bid|bids|proposals?)\b[^.;]*\b(?:but|and)\b[^.;]*\s(?:it|them)\b|\b(?:offers?|bids?|proposals?|requests?|approach(?:es)?|overtures?|advances?|compromises?)\b(?=.*\b(?:accept|recommend|reject|spurn|rebuff|declin|refus|block|veto|repudiat|(?:turn|vote)(?:s|d|ed|ing)?\s+(?:\S+\s+){0,3}?down|threw\s+out|thrown\s+out|f[ae]ll(?:s|en)?\s+(?:through|apart)|collaps(?:es|ed)))|\b(?:accept|reject|spurn|rebuff|declin|refus|block|veto|repudiat|turn(?:s|ed|ing)?\s+down|threw\s+out|thrown\s+out)\w*\b.*\b(?:offers?|bids?|proposals?|requests?|approach(?:es)?|overtures?|advances?)\b|\b(?:turn|vote)(?:s|d|ed|ing)?\s+(?:\S+\s+){0,4}?(?:offers?|bids?|proposals?|requests?)\s+down\b|\bvot(?:es?|ed|ing)\s+(?:[a-z]+ly\s+)?against\b[^.;]*\b(?:offers?|bids?|proposals?)\b/i;

/**
 * "Estrell's senate ratified it in March", "Union members endorsed it": a verb that changes an
 * agreement ("ratify", "approve", "sign", "breach", "cancel", "reject", "extend" …) with a pronoun
 * as its object, said just after an agreement is found (the caller asks only then). The pronoun
 * is a later mention of that agreement; its status is the verb's. A verb that only makes or has
 * something ("made it", "got it", "reached it") is none, nor one under a negation, a hypothesis
 * or in the future.
 */
function pronounDeal(tokens: readonly TaggedToken[], i: number): DealHit | null {
  // "It was approved by 91 per cent of members": the pronoun opening a passive with its agent.
  if (i === 0 && tokens[i]!.pos === 'PRON') {
    let v = 1;
    while (v < 4 && /^(?:AUX|ADV)$/.test(tokens[v]?.pos ?? '')) v++;
    const verb = tokens[v];
    if (v === 1 || !verb || verb.pos !== 'VERB' || word(tokens[v + 1]) !== 'by' || !tokens.slice(1, v).some((x) => x.lemma === 'be') || NOT_MADE.has(verb.lemma) || REACTIONS.has(verb.lemma)) return null;
    const status = statusOfVerb(verb.lemma);
    if (!status || status === 'reached' || notReal(tokens, v, true) || willDo(tokens, v)) return null;
    const t = tokens[i]!;
    return { cue: verb.text, cueAt: verb.start, status, kind: 'it', noun: [t.start, t.end], actionStart: verb.start, named: [], subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: false };
  }
  let v = tokens[i]!.pos === 'NOUN' ? i - 2 : i - 1;
  while (v >= 0 && tokens[v]!.pos === 'ADV') v--;
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || NOT_MADE.has(verb.lemma) || REACTIONS.has(verb.lemma)) return null;
  const status = statusOfVerb(verb.lemma);
  if (!status || status === 'reached' || notReal(tokens, v, true) || willDo(tokens, v)) return null;
  // "Although the assembly approved the budget, the governor vetoed it": an object named earlier in
  // the sentence is nearer than any agreement before it, so "it" is that object.
  for (let k = 1; k < v; k++) {
    if (!/^(?:NOUN|PROPN)$/.test(tokens[k]!.pos)) continue;
    let d = k - 1;
    while (d > 0 && /^(?:DET|ADJ|NUM|PRON|PART|NOUN)$/.test(tokens[d]!.pos)) d--;
    if (tokens[d]!.pos === 'VERB' && d < k - 1 && !isDealLemma(tokens[k]!.lemma)) return null;
  }
  const t = tokens[i]!;
  return { cue: verb.text, cueAt: verb.start, status, kind: 'it', noun: [t.start, t.end], actionStart: verb.start, named: [], subjectEnd: verb.start, antecedent: null, collective: null, later: false, needsTwo: false };
}

/**
 * Prepositions that open a phrase of when, where or how a thing was done ("at their meeting", "in
 * June", "by nine votes to four"), not one that says which thing it is ("the plan for a new school", "of",
 * "to", "from"): a closed class of the grammar, not a list of words of any article.
 */
const ADJUNCT_PREPOSITIONS = new Set(['at', 'in', 'during', 'after', 'before', 'by', 'following', 'until', 'since', 'within']);

/**
 * Whether the token at `k`, right after an object, opens an adjunct of the clause rather than a
 * modifier of that object: a preposition of time, place or manner, "on" before a date ("on
 * Monday", "on 4 May"), or a bare day or month ("approved the plan Thursday").
 */
function adjunctAt(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.pos === 'PROPN') return CALENDAR_WORDS.has(t.text);
  if (t.pos !== 'ADP') return false;
  const w = word(t);
  if (ADJUNCT_PREPOSITIONS.has(w)) return true;
  return w === 'on' && (tokens[k + 1]?.pos === 'NUM' || CALENDAR_WORDS.has(tokens[k + 1]?.text ?? ''));
}

/** Verbs by which one party pays or gives the other what a deal provides. */
const PAY_VERBS = new Set(['pay', 'give', 'grant', 'transfer', 'provide', 'supply', 'deliver', 'refund', 'compensate', 'award']);

/**
 * "X will pay $85 million to residents of Elsford …, under a settlement": the clause's verb of
 * paying and whom it pays ("to" a name, a determined noun phrase, or a plural of common nouns
 * "of" a name). Null when the clause has no such verb or no receiver, or is negated or hypothetical.
 */
function paidUnder(tokens: readonly TaggedToken[], under: TaggedToken, text: string): { verb: TaggedToken; named: string[] } | null {
  const u = tokens.indexOf(under);
  const from = clauseStart(tokens, u);
  const v = tokens.findIndex((t, k) => k >= from && k < u && t.pos === 'VERB' && PAY_VERBS.has(t.lemma));
  if (v < 0 || notReal(tokens, v, true)) return null;
  // "will pay Ostrava Bio $40 million … under a licensing agreement": the payee written straight
  // after the verb (an indirect object) with what is paid after it (a sum, a number or a
  // determined thing).
  const payee = namesAt(tokens, v + 1, text);
  if (payee && payee.names.length === 1) {
    const next = tokens.findIndex((x) => x.start >= payee.end);
    const what = tokens[next];
    if (next > v + 1 && next < u && what && ((what.pos === 'SYM' && /^\p{Sc}$/u.test(what.text)) || what.pos === 'NUM' || /^(?:a|an|the|its|their)$/i.test(what.text))) return { verb: tokens[v]!, named: payee.names };
  }
  for (let k = v + 1; k < u && k - v < 12; k++) {
    if (word(tokens[k]) !== 'to' || tokens[k + 1]?.pos === 'VERB') continue;
    const run = namesAt(tokens, k + 1, text) ?? oneParty(commonParty(tokens, k + 1, text));
    if (run) return { verb: tokens[v]!, named: run.names };
    // "residents of Elsford": a plural of common nouns of a named place or body.
    if (tokens[k + 1]?.pos === 'NOUN' && /s$/.test(tokens[k + 1]!.text) && word(tokens[k + 2]) === 'of') {
      const of = namesAt(tokens, k + 3, text);
      if (of && of.names.length === 1) return { verb: tokens[v]!, named: [text.slice(tokens[k + 1]!.start, of.end)] };
    }
    return null;
  }
  return null;
}

/**
 * "Under the lease, Corrie Slopes will pay Dunmore Estate £2m a year": after the opening phrase
 * (ending at `e`) and its comma, a named subject and a named payee of a verb of paying (written
 * straight after it before what is paid, or after "to"). Null unless both are one name each.
 */
function termSides(tokens: readonly TaggedToken[], e: number, text: string): string[] | null {
  let c = e;
  while (c < tokens.length && !/^[,;:.]$/.test(tokens[c]!.text)) c++;
  if (tokens[c]?.text !== ',') return null;
  const subject = namesAt(tokens, c + 1, text);
  if (!subject || subject.names.length !== 1) return null;
  let v = tokens.findIndex((x) => x.start >= subject.end);
  while (v > 0 && v < tokens.length && /^(?:AUX|ADV)$/.test(tokens[v]!.pos)) v++;
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || !PAY_VERBS.has(verb.lemma) || notReal(tokens, v)) return null;
  const to = word(tokens[v + 1]) === 'to';
  const payee = namesAt(tokens, v + (to ? 2 : 1), text);
  if (!payee || payee.names.length !== 1 || payee.names[0] === subject.names[0]) return null;
  const next = tokens[tokens.findIndex((x) => x.start >= payee.end)];
  if (!to && !(next && ((next.pos === 'SYM' && /^\p{Sc}$/u.test(next.text)) || next.pos === 'NUM' || /^(?:a|an|the)$/i.test(next.text)))) return null;
  return [subject.names[0]!, payee.names[0]!];
}

/**
 * "settled the lawsuit (out of court)", "settled its dispute with X", "settled a lawsuit brought by
 * X", "paid $40 million to settle the claim" (the payer settles), "the two sides settled".
 */
function settled(tokens: readonly TaggedToken[], i: number, text: string, own = true): DealHit | null {
  if (notReal(tokens, i)) return null;
  let k = i + 1;
  // "their long-running patent dispute": a hyphenated participle is part of the phrase.
  const inPhrase = (x: TaggedToken, k: number): boolean =>
    /^(?:DET|ADJ|PRON|NOUN|PROPN|PART)$/.test(x.pos) || x.text === '-' || (x.pos === 'VERB' && tokens[k - 1]?.text === '-') ||
    // "settled the resulting compensation claim": a participle right after the determiner modifies the dispute.
    (x.pos === 'VERB' && /^\p{Ll}+(?:ing|ed)$/u.test(x.text) && k === i + 2 && tokens[k - 1]?.pos === 'DET' && /^(?:NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? '')) || (x.pos === 'NUM' && tokens[k + 1]?.text === '-') ||
    // "settles mining claim against …" (a headline, no determiner): a gerund right before the dispute noun modifies it.
    (x.pos === 'VERB' && /^\p{Ll}+ing$/u.test(x.text) && k === i + 1 && isDispute(k + 1)) ||
    // "settled that case": the tagger may read the demonstrative as a conjunction.
    (k === i + 1 && x.pos === 'SCONJ' && /^(?:that|this)$/i.test(x.text) && tokens[k + 1]?.pos === 'NOUN') ||
    // "settled a £3m claim": a sum before the dispute is part of the phrase.
    (x.pos === 'SYM' && /^\p{Sc}$/u.test(x.text) && tokens[k + 1]?.pos === 'NUM') || (x.pos === 'NUM' && tokens[k - 1]?.pos === 'SYM') ||
    // ("settled a £3.7 million suit": the sum's second number word, too.)
    (x.pos === 'NUM' && tokens[k - 1]?.pos === 'NUM' && tokens[k - 2]?.pos === 'SYM');
  // What is settled is a dispute as WordNet files it (dealWords' DISPUTE_NOUNS: a lawsuit, a row, a
  // strike, a claim, "a class action"); a military action only with a modifier ("their legal
  // battle", not "the battle for the town").
  const isDispute = (k: number): boolean => {
    const t = tokens[k];
    if (!t || !/^(?:NOUN|PROPN|VERB)$/.test(t.pos)) return false;
    const lemma = t.lemma.toLowerCase();
    const before = tokens[k - 1];
    if (before && /^(?:NOUN|ADJ)$/.test(before.pos) && disputeNoun(`${before.lemma.toLowerCase()}_${lemma}`)) return true;
    const kind = disputeNoun(lemma);
    return kind === 'dispute' || (kind === 'military' && before !== undefined && k > i + 1 && /^(?:NOUN|ADJ|PROPN)$/.test(before.pos));
  };
  // "The dispute was settled by arbitration in 2014": a definite dispute opening the sentence, settled
  // in the passive, is one told before; the caller takes its sides from the sentence before.
  if (own && /^(?:the|that|this)$/i.test(tokens[0]?.text ?? '') && isDispute(1) && tokens.slice(2, i).length > 0 && tokens.slice(2, i).every((x) => x.pos === 'AUX' || x.pos === 'ADV') && tokens.slice(2, i).some((x) => x.lemma === 'be')) {
    const t = tokens[i]!;
    return { cue: t.text, cueAt: t.start, status: 'reached', kind: 'settle', noun: [tokens[0]!.start, tokens[1]!.end], actionStart: tokens[0]!.start, named: [], subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: false, disputeBefore: true };
  }
  while (k < tokens.length && inPhrase(tokens[k]!, k) && !isDispute(k)) k++;
  // "a class-action lawsuit": the compound's head is its last noun.
  while (isDispute(k) && tokens[k + 1]?.pos === 'NOUN' && isDispute(k + 1)) k++;
  const object = tokens[k];
  const dispute = object !== undefined && isDispute(k);
  let e = dispute ? k + 1 : i + 1;
  const named: string[] = [];
  // "a lawsuit brought by X", "charges filed by X": who brought the dispute is the other side.
  // "claims by more than 9,000 of its passengers": "by" right after the dispute, too.
  // ("a suit filed in spring by X": a time phrase between the participle and "by", `pastTime`.)
  const by = dispute && tokens[e]?.pos === 'VERB' && word(tokens[pastTime(tokens, e + 1)]) === 'by' ? pastTime(tokens, e + 1) : dispute && word(tokens[e]) === 'by' ? e : -1;
  if (by >= 0) {
    // "brought by residents", "filed by former shareholders": a bare plural of people is a party too.
    // ("brought by 31 couples": a count before the plural, too.)
    let b = by + 1;
    if (tokens[b]?.pos === 'NUM' && /^[\d,]+$|^(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/u.test(tokens[b]!.text)) b++;
    while (tokens[b]?.pos === 'ADJ' || (tokens[b]?.pos === 'NOUN' && tokens[b + 1]?.pos === 'NOUN')) b++;
    const bare = tokens[b]?.pos === 'NOUN' && /^\p{Ll}+s$/u.test(tokens[b]!.text) && tokens[b]!.lemma !== tokens[b]!.text ? { names: [text.slice(tokens[by + 1]!.start, tokens[b]!.end)], end: tokens[b]!.end } : null;
    // ("brought by a couple whose farmhouse burned": an indefinite description of a side, which the caller names from the sentences after.)
    // ("filed by a jigsaw maker, Quibbleton Toys,": the name set off after a description of it, `apposedName`.)
    const run = namesAt(tokens, by + 1, text) ?? apposedName(tokens, by + 1, text, true) ?? oneParty(commonParty(tokens, by + 1, text)) ?? oneParty(groupParty('people', tokens, by + 1, text)) ?? bare ?? describedSide(tokens, by + 1, text);
    if (run) {
      named.push(...run.names);
      e = tokens.findIndex((x) => x.start >= run.end);
      if (e < 0) e = tokens.length;
    }
  }
  const outOfCourt = word(tokens[e]) === 'out' && word(tokens[e + 2]) === 'court';
  if (outOfCourt) e += 3;
  // "settled its lawsuit against the builder Stanmore Construction": who a dispute is against is the other side.
  if (dispute && word(tokens[e]) === 'against') {
    const run = namesAt(tokens, e + 1, text) ?? oneParty(commonParty(tokens, e + 1, text));
    if (run) {
      named.push(...run.names);
      e = tokens.findIndex((x) => x.start >= run.end);
      if (e < 0) e = tokens.length;
    }
  }
  // "settled a patent dispute in 2021 with X": a time phrase before "with" (`pastTime`).
  if (dispute && word(tokens[e]) !== 'with' && word(tokens[pastTime(tokens, e)]) === 'with') e = pastTime(tokens, e);
  if (word(tokens[e]) === 'with') {
    // "settled its dispute with the pilots’ union": with a dispute, a plain noun phrase is a party.
    // ("X settles with farm tenants over rents": a plural of people, WordNet's, with what the dispute was over.)
    const people = dispute ? null : oneParty(groupParty('people', tokens, e + 1, text));
    const over = people !== null && word(tokens.find((x) => x.start >= people.end)) === 'over' ? people : null;
    // ("with a coastal producer, Marrow Bay Cider,": the name set off after a description of it.)
    const run = namesAt(tokens, e + 1, text) ?? (dispute ? (apposedName(tokens, e + 1, text, true) ?? oneParty(commonParty(tokens, e + 1, text))) : over);
    if (run) named.push(...run.names);
    else if (!dispute) return null;
  }
  // "KTV sued, and the two companies settled in June": "settle" with no object, after a counted
  // plural of organisations (or "both sides"), ending the clause or followed by a time, is settling
  // the dispute between them ("the family settled in Leeds", "the dust settled" are not).
  const settledBetween = (): boolean => {
    const a = tokens[i - 2];
    const b = tokens[i - 1];
    if (b?.pos === 'AUX' && b.lemma === 'have' && word(a) === 'they' && reportedByTwo(tokens, i - 2, text)) {
      const n = tokens[i + 1];
      return !n || /^[,.;]$/.test(n.text) || (word(n) === 'out' && word(tokens[i + 3]) === 'court') || (/^(?:in|on|last|this|earlier|later)$/.test(word(n)) && (CALENDAR_WORDS.has(tokens[i + 2]?.text ?? '') || tokens[i + 2]?.pos === 'NUM' || /^(?:year|month|week)$/.test(word(tokens[i + 2]))));
    }
    if (!a || !b || !/^(?:two|both)$/i.test(a.text) || b.pos !== 'NOUN' || !/s$/.test(b.text)) return false;
    if (!/^(?:sides|parties)$/.test(b.text) && nounClass(b.text) !== 'org') return false;
    const n = tokens[i + 1];
    if (!n || /^[,.;]$/.test(n.text)) return true;
    return /^(?:in|on|last|this|earlier|later)$/.test(word(n)) && (CALENDAR_WORDS.has(tokens[i + 2]?.text ?? '') || tokens[i + 2]?.pos === 'NUM' || /^(?:year|month|week)$/.test(word(tokens[i + 2])));
  };
  // "said it had settled to avoid a trial": no object, and what settling avoids is a dispute (WordNet).
  let avoided = false;
  if (own && !dispute && word(tokens[i + 1]) === 'to' && tokens[i + 2]?.lemma === 'avoid') {
    let a = i + 3;
    while (a < tokens.length && a - i < 7 && /^(?:DET|ADJ|PRON)$/.test(tokens[a]!.pos)) a++;
    avoided = isDispute(a);
  }
  if (!dispute && !outOfCourt && !avoided && named.length === 0 && !(own && settledBetween())) return null;
  // "resolved their dispute": a verb of settling other than "settle" itself needs the dispute.
  if (!own && !dispute) return null;
  const t = tokens[i]!;
  // "paid $40 million to settle the lawsuit": the payer settles; the clause opens at the payment.
  let from = t;
  if (word(tokens[i - 1]) === 'to') {
    let v = i - 2;
    while (v >= 0 && tokens[v]!.pos !== 'VERB' && !/^[,;:]$/.test(tokens[v]!.text)) v--;
    if (tokens[v]?.pos === 'VERB' && tokens[v]!.lemma === 'pay') {
      if (notReal(tokens, v)) return null;
      from = tokens[v]!;
    }
  }
  // (Settling only to avoid a trial names no other side: the settlement told before, linked by the caller.)
  // ("The two sides said they had settled": the action told is "they had settled".)
  const told = from === t && !dispute && named.length === 0 && word(tokens[i - 2]) === 'they' && tokens[i - 1]?.pos === 'AUX' ? tokens[i - 2]!.start : from.start;
  return { cue: t.text, cueAt: t.start, status: 'reached', kind: 'settle', noun: null, actionStart: told, named, subjectEnd: from.start, antecedent: null, collective: null, later: avoided && named.length === 0, needsTwo: false };
}

/** "accused X of breaching": a verb of accusing (WordNet's accuse.v.01 and its synonyms) in the clause before "of" at `v - 1`, within 14 tokens. */
function accusedAt(tokens: readonly TaggedToken[], v: number): boolean {
  for (let k = v - 2; k >= 0 && v - k <= 14; k--) {
    const x = tokens[k]!;
    if (/^[;:]$/.test(x.text)) return false;
    if (x.pos === 'VERB') return synsetsOf(x.lemma, 'verb', 1).some((y) => y.words.includes('accuse'));
  }
  return false;
}

/** "X, a hop growers' collective of 900 members, has accused": an apposition set off by commas from `from`, then only auxiliaries and adverbs before `verb`. */
function apposedBefore(tokens: readonly TaggedToken[], from: number, verb: number): boolean {
  if (tokens[from]?.text !== ',') return false;
  const close = tokens.findIndex((x, k) => k > from && k < verb && x.text === ',');
  if (close < 0 || close - from > 16) return false;
  if (tokens.slice(from + 1, close).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || /^[;:"“”]$/.test(x.text))) return false;
  return tokens.slice(close + 1, verb).every((x) => x.pos === 'AUX' || x.pos === 'ADV');
}

/**
 * "Owners of 61 percent of Quillstead's stock voted against", "the co-operative's members voted
 * 71 per cent against": the vote (its index, or -1) before `against` at `v` (past a tally), cast by
 * a side's owners — a subject headed by a noun WordNet files under stockholder or member (its first
 * sense), or by "holders" of shares. Outsiders ("the opposition voted against the treaty") are not.
 */
let ownerKeys: ReadonlySet<string> | null = null;
function ownersVote(tokens: readonly TaggedToken[], v: number): number {
  let w = v - 1;
  for (let back = 0; w > 0 && back < 6 && tokens[w]!.lemma !== 'vote' && (/^(?:NUM|SYM|ADV)$/.test(tokens[w]!.pos) || /^(?:to|by|-|–|per|cent|percent)$/.test(word(tokens[w]))); back++) w--;
  if (tokens[w]?.pos !== 'VERB' || tokens[w]!.lemma !== 'vote') return -1;
  const c = clauseStart(tokens, w);
  // (A capitalised first word may be tagged as a name: "Holders of …", "Shareholders voted".)
  const lemmaOf = (x: TaggedToken): string => (x.pos === 'NOUN' ? x.lemma : nounLemma(word(x)));
  const owner = (x: TaggedToken): boolean => /^(?:NOUN|PROPN)$/.test(x.pos) && /s$/.test(x.text) && isKindOf(lemmaOf(x), 'noun', (ownerKeys ??= senseKeys('noun', ['stockholder', 1], ['member', 1])), 1);
  for (let k = c; k < w; k++) {
    const x = tokens[k]!;
    if (owner(x)) return w;
    // ("Holders of 58 percent of X's shares": holders of shares.)
    if (/^(?:NOUN|PROPN)$/.test(x.pos) && lemmaOf(x) === 'holder' && tokens.slice(k + 1, w).some((y) => /^(?:shares|stock)$/.test(word(y)))) return w;
  }
  return -1;
}

/**
 * "said its proposal stayed on the table", "The bid still stands": an offer or bid made before
 * (named by "the", "its", "their"), said to stand, is still proposed — a mention of the offer told
 * before (kept only when one was: `offerBefore`). Not "the offer is no longer on the table".
 */
function offerStands(tokens: readonly TaggedToken[], i: number): DealHit | null {
  const t = tokens[i]!;
  if (!/^(?:offer|bid|proposal)$/.test(t.lemma) || !/^(?:the|its|their|this|that)$/.test(word(tokens[i - 1]))) return null;
  let k = i + 1;
  while (k < tokens.length && k - i <= 3 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV') && !NEGATIONS.has(word(tokens[k])) && word(tokens[k]) !== 'longer') k++;
  const verb = tokens[k];
  if (!verb || tokens.slice(i + 1, k).some((x) => NEGATIONS.has(word(x)) || /^(?:would|could|might|may)$/.test(word(x)))) return null;
  const onTable = /^(?:remain|stay|be)$/.test(verb.lemma) && word(tokens[k + 1]) === 'on' && word(tokens[k + 2]) === 'the' && word(tokens[k + 3]) === 'table';
  const stands = verb.pos === 'VERB' && verb.lemma === 'stand' && (!tokens[k + 1] || /^[,.;]$/.test(tokens[k + 1]!.text));
  if (!onTable && !stands) return null;
  const from = tokens[i - 1]!;
  return { cue: verb.text, cueAt: verb.start, status: 'proposed', kind: 'deal', noun: [from.start, t.end], actionStart: from.start, named: [], subjectEnd: null, antecedent: null, collective: null, later: true, needsTwo: true, proposal: true, offerBefore: true };
}

/**
 * Whom a licence lets act, named after the phrase ending at `e`: "allowing X to …", ", granting X
 * the right to …", "that allowed X to …", "in 2016, granting X …" (a verb whose first two senses
 * WordNet files with "permit" or "grant", in -ing or, after "that"/"which", in the past), X a name.
 */
function licenceTaker(tokens: readonly TaggedToken[], e: number, text: string): string | null {
  let k = e;
  // (a time phrase first: "in 2016", "last year".)
  const time = pastTime(tokens, k);
  if (time > k) k = time;
  if (tokens[k]?.text === ',') k++;
  const relative = /^(?:that|which)$/.test(word(tokens[k]));
  if (relative) k++;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB' || !(relative ? /ed$|s$/.test(verb.text) : /ing$/.test(verb.text))) return null;
  if (!synsetsOf(verb.lemma, 'verb', 2).some((x) => x.words.some((w) => w === 'permit' || w === 'grant'))) return null;
  // ("letting the film studio Zembrock Flicks …": a description before the name, too.)
  const run = namesAt(tokens, k + 1, text) ?? apposedName(tokens, k + 1, text, true);
  return run && run.names.length === 1 ? run.names[0]! : null;
}

/** Whether the noun at `k` names what two sides settle (WordNet, dealWords' DISPUTE_NOUNS): "dispute", "claim", "lawsuit", a "trademark battle" compound. */
function disputeHead(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  // (The tagger may read the noun as a verb after a modifier: "a four-year quarrel".)
  const before = tokens[k - 1];
  if (!t || !(t.pos === 'NOUN' || (t.pos === 'VERB' && t.text === t.lemma && /^(?:NOUN|ADJ|DET)$/.test(before?.pos ?? '')))) return false;
  if (before && /^(?:NOUN|ADJ)$/.test(before.pos) && disputeNoun(`${before.lemma.toLowerCase()}_${t.lemma.toLowerCase()}`)) return true;
  const kind = disputeNoun(t.lemma.toLowerCase());
  return kind === 'dispute' || (kind === 'military' && before !== undefined && /^(?:NOUN|ADJ|PROPN)$/.test(before.pos));
}

/**
 * A dispute settled in the passive, its subject before the verb at `i` ("settled", "resolved"):
 * "A long-running dispute between X and Y was settled yesterday" (its sides after "between");
 * "confirmed that the quarrel had been resolved", "relieved the matter had been resolved ahead of a
 * trial" (a definite dispute, or "the matter" right before the verb: one told before, linked by the
 * caller to the settlement found earlier, or none). The subject must be the dispute itself: "the
 * land was settled", "the bill was settled" are no dispute.
 */
function settledPassive(tokens: readonly TaggedToken[], i: number, text: string): DealHit | null {
  if (!/ed$/.test(tokens[i]?.text ?? '') || notReal(tokens, i)) return null;
  let a = i - 1;
  // ('had been "resolved amicably"': an opening quote before the verb, too.)
  while (a > 0 && (tokens[a]!.pos === 'ADV' || /^["“]$/.test(tokens[a]!.text))) a--;
  if (tokens[a]?.pos !== 'AUX' || tokens[a]!.lemma !== 'be') return null;
  while (a > 0 && tokens[a - 1]!.pos === 'AUX' && /^(?:have|be)$/.test(tokens[a - 1]!.lemma)) a--;
  if (a < 2) return null;
  const t = tokens[i]!;
  const hit = (noun: [number, number], named: string[], later: boolean, collective: string | null = null): DealHit => ({ cue: t.text, cueAt: t.start, status: 'reached', kind: 'settle', noun, actionStart: tokens[noun[0] === tokens[0]!.start ? 0 : tokens.findIndex((x) => x.start >= noun[0])]!.start, named, subjectEnd: null, antecedent: null, collective, later, needsTwo: false });
  // "the dispute had been resolved", "the matter was settled": a definite noun right before the auxiliaries.
  const head = a - 1;
  const det = tokens[head - 1];
  // ("until the dispute was resolved", "before the matter is settled": a settlement still ahead.)
  if (det && /^(?:the|this|that)$/i.test(det.text) && (disputeHead(tokens, head) || tokens[head]!.lemma === 'matter')) return /^(?:until|till|before|unless|if|once|whether|when)$/.test(word(tokens[head - 2])) ? null : hit([det.start, tokens[head]!.end], [], true);
  // "A dispute between X and Y (, which …) was settled": the sides after "between", the dispute opening the clause.
  for (let d = head; d >= 0 && head - d <= 25; d--) {
    if (!disputeHead(tokens, d)) {
      // (a verb of the clause itself before the subject, not in a relative clause: no subject of this one found.)
      if (/^[;:]$/.test(tokens[d]!.text) || (tokens[d]!.pos === 'VERB' && word(tokens[d + 1]) !== 'by' && d < head && !/^(?:that|which|who)$/.test(word(tokens[d - 1])) && !/ing$/.test(tokens[d]!.text) && !(tokens[d - 1]?.pos === 'DET' || tokens[d - 1]?.text === '-'))) {
        if (!tokens.slice(d, head).some((x) => /^(?:that|which|who)$/.test(word(x)))) return null;
      }
      continue;
    }
    // ("a quarrel over hedgerow rights between X and Y": what it is over may stand between.)
    let b = d + 1;
    if (/^(?:over|about)$/.test(word(tokens[b]))) {
      b++;
      while (b < tokens.length && b - d <= 6 && /^(?:DET|ADJ|NOUN|PRON)$/.test(tokens[b]!.pos)) b++;
    }
    if (word(tokens[b]) !== 'between') continue;
    let s = d - 1;
    // ("a long-running dispute": a hyphenated participle modifies it.)
    while (s >= 0 && (/^(?:DET|ADJ|NOUN|PROPN|NUM|PART|PUNCT)$/.test(tokens[s]!.pos) || (tokens[s]!.pos === 'VERB' && tokens[s - 1]?.text === '-')) && !/^[,;:]$/.test(tokens[s]!.text)) s--;
    // The dispute opens the sentence or its clause ("… after a row between X and Y was settled" is read too).
    if (s >= 0 && !/^[,;:]$/.test(tokens[s]!.text) && !/^(?:ADP|SCONJ)$/.test(tokens[s]!.pos) && !/^(?:that|after|when|since)$/.test(word(tokens[s]))) return null;
    // Only names are taken: a side described ("the dye house that …", "the farmer who …") is left
    // to the mentions around it, which name it; with no name at all, the settlement is one told before.
    const parties = partiesAt(tokens, b + 1, text);
    // ("After a row between X and Y, the land was settled": a comma not opening a relative clause ends the dispute's clause.)
    if (tokens.slice(parties.end, a).some((x) => x.text === ',') && !tokens.slice(parties.end, a).some((x) => /^(?:which|who)$/.test(word(x)))) return null;
    const names = parties.names.filter((n) => /^\p{Lu}/u.test(n) && !/^(?:The|A|An)\s+\p{Ll}/u.test(n));
    return hit([tokens[s + 1]!.start, tokens[d]!.end], names, names.length === 0);
  }
  return null;
}

/**
 * "gained rights to sell videos from record labels", "secured a licence from Borel Music": rights
 * or a licence that the subject gets from a party named after "from" (a name or a plain noun
 * phrase: "from the studios"). Holding a right ("has the right to appeal") or rights with no
 * grantor make no deal.
 */
function licensed(tokens: readonly TaggedToken[], i: number, text: string): DealHit | null {
  // The verb governing the noun phrase: "obtained the broadcast rights", "has been gaining rights".
  let v = i - 1;
  while (v >= 0 && /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON|PART)$/.test(tokens[v]!.pos) && i - v <= 5) v--;
  const verb = tokens[v];
  // "has granted Miura Pharma exclusive rights to sell …": the grantor is the subject, the receiver a name after the verb.
  if (verb?.pos === 'VERB' && GIVE_VERBS.has(verb.lemma) && !notReal(tokens, v)) {
    let receiver = namesAt(tokens, v + 1, text);
    // "Japan’s Miura Pharma": the name after a possessor is the receiver.
    const owned = receiver ? tokens.findIndex((x) => x.start >= receiver!.end) : -1;
    if (owned > 0 && tokens[owned]!.pos === 'PART') receiver = namesAt(tokens, owned + 1, text) ?? receiver;
    if (!receiver || receiver.end > tokens[i]!.start) return null;
    const r = tokens.findIndex((x) => x.start >= receiver.end);
    let n = r;
    while (n < i && /^(?:DET|PRON|PART)$/.test(tokens[n]!.pos)) n++;
    return {
      cue: verb.text, cueAt: verb.start, status: 'reached', kind: 'licence', noun: [tokens[n]!.start, tokens[i]!.end], actionStart: tokens[n]!.start,
      named: receiver.names, subjectEnd: verb.start, antecedent: null, collective: null, later: false, needsTwo: true,
    };
  }
  if (!verb || verb.pos !== 'VERB' || !LICENCE_VERBS.has(verb.lemma) || notReal(tokens, v)) return null;
  // The grantor: "from X" later in the clause.
  let k = i + 1;
  while (k < tokens.length && word(tokens[k]) !== 'from' && !/^[,.;:]$/.test(tokens[k]!.text) && tokens[k]!.pos !== 'SCONJ') k++;
  if (word(tokens[k]) !== 'from') return null;
  // A plain noun phrase ("record labels", "Hollywood studios") whole, else the names ("Borel Music").
  let a = k + 1;
  while (tokens[a]?.pos === 'DET') a++;
  let b = a;
  while (b < tokens.length && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[b]!.pos)) b++;
  const grantor = b > a && tokens[b - 1]!.pos === 'NOUN' ? [text.slice(tokens[a]!.start, tokens[b - 1]!.end)] : (namesAt(tokens, k + 1, text)?.names ?? []);
  if (grantor.length === 0) return null;
  let n = v + 1;
  while (n < i && /^(?:DET|PRON)$/.test(tokens[n]!.pos)) n++;
  return {
    cue: verb.text, cueAt: verb.start, status: 'reached', kind: 'licence', noun: [tokens[n]!.start, tokens[i]!.end], actionStart: tokens[n]!.start,
    named: grantor, subjectEnd: verb.start, antecedent: null, collective: null, later: false, needsTwo: true,
  };
}

/** Whether a determiner opens the phrase that token `i` ends ("an earlier offer", "the new bid"). */
/**
 * "signed a compact on Tuesday", "Under the compact, …": the tagger reads a word that is both an
 * adjective and an agreement noun as the adjective even where nothing follows for it to modify. A
 * determiner (or an adjective after one) before it and no noun, adjective or name after it make it
 * the head of its noun phrase, so the noun.
 */
function headsPhrase(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'ADJ' || !/^\p{Ll}+$/u.test(t.text) || dealNounKind(t.text) === null) return false;
  if (/^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[k + 1]?.pos ?? '') || /^[-–]$/.test(tokens[k + 1]?.text ?? '')) return false;
  // Modifiers back to what opens the phrase: adjectives, adverbs, nouns of a compound.
  let b = k - 1;
  while (b > 0 && k - b < 5 && /^(?:ADJ|ADV|NOUN|PROPN)$/.test(tokens[b]!.pos) && !(tokens[b]!.pos === 'PROPN' && tokens[b - 1]?.pos === 'PART')) b--;
  const opens = tokens[b]?.pos === 'DET' || /^(?:its|their|his|her|our)$/i.test(tokens[b]?.text ?? '') || (tokens[b]?.pos === 'PART' && /^['’]s?$/.test(tokens[b]!.text));
  // "sign Tamsen River compact": a name just before it, as a compound's first part.
  const named = /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos);
  return opens || named;
}

/**
 * "The two sides said they …", "The companies told the court on Friday that they …", "Holm and
 * Garrow said they …": "they" at `k` is the subject of a clause a verb of saying reports, and that
 * verb's subject (opening the sentence) is two or more — a counted plural, a plural of
 * organisations or sides (WordNet), or names joined by "and". Such "they" have settled between them.
 */
function reportedByTwo(tokens: readonly TaggedToken[], k: number, text: string): boolean {
  let v = k - 1;
  if (word(tokens[v]) === 'that') v--;
  // "told the court on Friday": the object and a time phrase between the verb and the clause.
  let guard = 0;
  while (v > 0 && guard++ < 7 && tokens[v]!.pos !== 'VERB') {
    if (!/^(?:DET|NOUN|PROPN|ADP|NUM|ADJ|ADV)$/.test(tokens[v]!.pos)) return false;
    v--;
  }
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || (!reportingLemma(verb.lemma) && verb.lemma !== 'tell')) return false;
  const names = namesAt(tokens, 0, text);
  if (names && names.names.length >= 2 && tokens.findIndex((x) => x.start >= names.end) === v) return true;
  const head = tokens[v - 1];
  if (!head || head.pos !== 'NOUN' || !/s$/.test(head.text) || head.lemma === head.text.toLowerCase()) return false;
  const start = tokens.slice(0, v - 1);
  if (!/^(?:the|both)$/i.test(word(start[0])) || !start.slice(1).every((x) => /^(?:NUM|ADJ|NOUN)$/.test(x.pos) || /^(?:two|both)$/i.test(x.text))) return false;
  return /^(?:sides|parties)$/i.test(head.text) || nounClass(head.text) === 'org';
}

/**
 * The token after the prepositional phrases that start at `k` ("for cleaning and catering at its
 * three hospitals"): each a preposition other than "to" and a noun phrase (gerunds and "and"
 * joining nouns included), at most a dozen tokens in all; `k` when none starts there.
 */
/**
 * "a contract to re-roof nine schools to X": past a purpose infinitive (lower-case words only, no
 * punctuation, at most eight) to the "to" a name follows; else `k` itself.
 */
function purposeThenTo(tokens: readonly TaggedToken[], k: number, text: string): number {
  if (word(tokens[k]) !== 'to' || !/^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') || tokens[k + 1]!.pos === 'DET' || namesAt(tokens, k + 1, text)) return k;
  // ("to lay hedges on 180 miles of rural lanes to the contractor X": a number and a described name too.)
  for (let m = k + 2; m < tokens.length && m - k <= 14; m++) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[m]!.text) && tokens[m]!.pos !== 'NUM') return k;
    if (word(tokens[m]) === 'to') return namesAt(tokens, m + 1, text) || apposedName(tokens, m + 1, text, true) ? m : k;
  }
  return k;
}

function pastPhrases(tokens: readonly TaggedToken[], k: number): number {
  let c = k;
  while ((tokens[c]?.pos === 'ADP' && word(tokens[c]) !== 'to') || (tokens[c]?.pos === 'SCONJ' && word(tokens[c]) === 'for')) {
    let d = c + 1;
    const inPhrase = (x: TaggedToken): boolean => /^(?:DET|ADJ|NOUN|NUM|PROPN)$/.test(x.pos) || /^(?:its|their|his|her|our)$/i.test(x.text) || (x.pos === 'VERB' && /ing$/.test(x.text)) || (x.pos === 'CCONJ' && x.text === 'and');
    while (d < tokens.length && d - k < 12 && inPhrase(tokens[d]!)) d++;
    if (d === c + 1 || d - k >= 12 || !/^(?:NOUN|PROPN|VERB)$/.test(tokens[d - 1]!.pos)) return k;
    c = d;
  }
  return c;
}

/**
 * "Kelvar and Dosk sign treaty", "Trust hands cleaning contract to X": in a headline (no verb
 * before it, a name just before it) the tagger may read the verb as a noun. A lower-case word
 * after the name, with a verb sense that makes an agreement (signs or reaches one, by WordNet, or a
 * verb of giving or buying), followed by the start of a noun phrase or "to", is the headline's verb.
 */
function headlineVerb(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.text)) return false;
  // After a name, or a verb's -s after a singular common noun ("Hospital trust hands").
  const prev = tokens[k - 1];
  if (prev?.pos !== 'PROPN' && !(prev?.pos === 'NOUN' && /^\p{Ll}+$/u.test(prev.text) && !/s$/.test(prev.text) && /[^s]s$/.test(t.text))) return false;
  const next = tokens[k + 1];
  // ("Harland yard lands £300m order": a sum opens the object.)
  if (!/^(?:DET|ADJ|NOUN|NUM|PROPN)$/.test(next?.pos ?? '') && word(next) !== 'to' && !(next?.pos === 'VERB' && /ing$/.test(next.text)) && !(next?.pos === 'SYM' && /^\p{Sc}$/u.test(next.text))) return false;
  if (tokens.slice(0, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return false;
  // Only a verb that makes a deal: who voids or approves one in a headline ("Court voids merger")
  // is mostly a third party, whom the body names as such.
  return /^(?:reached|signed)$/.test(statusOfVerb(t.lemma) ?? '') || GIVE_VERBS.has(t.lemma) || TRADE_VERBS.has(t.lemma);
}

function afterDeterminer(tokens: readonly TaggedToken[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    // "three earlier offers": a count opens the phrase as a determiner does.
    if (tokens[k]!.pos === 'DET' || (tokens[k]!.pos === 'NUM' && k < i - 1)) return true;
    // "Harlow's earlier offer", "its earlier bid": a possessor, with a modifier between, as a determiner.
    if (k < i - 1 && (/^['’]s?$/.test(tokens[k]!.text) || /^(?:its|their)$/i.test(tokens[k]!.text))) return true;
    if (!/^(?:ADJ|ADV|NUM)$/.test(tokens[k]!.pos)) return false;
  }
  return false;
}

/** The status of a phrasal verb, a verb and the particle given ("vote" + "down" → vote_down → rejected, by WordNet), or null. */
function particleStatus(verb: TaggedToken, particle: TaggedToken | undefined): AgreementStatus | null {
  if (!particle || !/^(?:ADP|ADV|PART)$/.test(particle.pos) || !/^\p{Ll}+$/u.test(particle.text)) return null;
  const status = verbStatus(`${verb.lemma}_${particle.text}`);
  return status === 'rejected' ? status : null;
}

/**
 * The one reading of a refusing verb the refusal readers share (draftRefused, askedThenRefused,
 * offeredThenRefused): 'rejected' when the verb with one of the given particles is a phrasal of
 * rejecting in WordNet ("turned down", "voted down"), "threw … out", or the verb alone is a kind of
 * rejecting ("refused", "declined"); else null.
 */
function refusal(verb: TaggedToken, ...particles: ReadonlyArray<TaggedToken | undefined>): 'rejected' | null {
  for (const p of particles) if (particleStatus(verb, p) !== null) return 'rejected';
  if (verb.lemma === 'throw' && particles.some((p) => word(p) === 'out')) return 'rejected';
  return verbStatus(verb.lemma) === 'rejected' ? 'rejected' : null;
}

/**
 * What a verb does to a proposal it governs: accepting it makes a deal; a verb WordNet files under
 * rejecting ("rejected", "spurned", "rebuffed", "declined"), "blocked", or "turned down" / "threw
 * out" refuses it. Null for any other verb ("is considering an offer").
 */
/**
 * Whether the verb at `v` commends its object (WordNet: a sense shared with "recommend" — urge,
 * advocate, commend) to those who decide on it, named after its object at `after` by "to" and a
 * noun ("recommended the terms to shareholders", "to members"): a board's approval of a deal.
 */
function commendedTo(tokens: readonly TaggedToken[], v: number, after: number): boolean {
  const t = tokens[v];
  if (t?.pos !== 'VERB' || t.text === t.lemma || /ing$/.test(t.text) || word(tokens[after]) !== 'to' || tokens[after + 1]?.pos !== 'NOUN') return false;
  return synsetsOf(t.lemma, 'verb', 2).some((x) => x.words.includes('recommend'));
}

/**
 * Whether the verb at `v` commends (WordNet: a sense shared with "recommend") and the one who does
 * is a body that decides — the head noun of its subject (before `v`) or of its agent (after "by" at
 * `by`), one WordNet files first under groups (a board, a committee): "Both boards have recommended
 * the transaction", "The takeover has been recommended by both boards" — that body's approval.
 * ("Analysts recommended the shares": persons commend, they do not approve.)
 */
function bodyCommends(tokens: readonly TaggedToken[], v: number, by = -1): boolean {
  const t = tokens[v];
  if (t?.pos !== 'VERB' || t.text === t.lemma || /ing$/.test(t.text) || !synsetsOf(t.lemma, 'verb', 2).some((x) => x.words.includes('recommend'))) return false;
  let h = -1;
  if (by >= 0) {
    h = by + 1;
    while (h < tokens.length && /^(?:DET|ADJ|NUM)$/.test(tokens[h]!.pos)) h++;
    while (tokens[h + 1]?.pos === 'NOUN') h++;
  } else {
    h = v - 1;
    while (h > 0 && /^(?:AUX|ADV)$/.test(tokens[h]!.pos)) h--;
  }
  const head = tokens[h];
  return head?.pos === 'NOUN' && synsetsOf(head.lemma, 'noun', 1)[0]?.lexname === 'noun.group';
}

function proposalVerb(tokens: readonly TaggedToken[], v: number): { at: number; status: AgreementStatus } | null {
  const t = tokens[v];
  if (!t) return null;
  if (/^(?:down|out)$/.test(word(t)) && tokens[v - 1]?.pos === 'VERB' && /^(?:turn|throw)$/.test(tokens[v - 1]!.lemma)) return { at: v - 1, status: 'rejected' };
  // "voted down the plan": any phrasal verb WordNet files under rejecting, its particle before the object.
  if (/^(?:down|out)$/.test(word(t)) && tokens[v - 1]?.pos === 'VERB' && particleStatus(tokens[v - 1]!, t) === 'rejected') return { at: v - 1, status: 'rejected' };
  // "voted against the Danby bid": a vote against an offer refuses it.
  // ("voted unanimously against": an adverb between.)
  if (word(t) === 'against') {
    let u = v - 1;
    while (u > 0 && u > v - 3 && tokens[u]!.pos === 'ADV') u--;
    if (tokens[u]?.pos === 'VERB' && tokens[u]!.lemma === 'vote') return { at: u, status: 'rejected' };
  }
  if (t.pos !== 'VERB') return null;
  // "was voted down", "turned down": a phrasal verb WordNet files under rejecting, read before the verb alone ("vote").
  const phrasal = particleStatus(t, tokens[v + 1]);
  if (phrasal) return { at: v, status: phrasal };
  if (t.lemma === 'accept') return { at: v, status: 'reached' };
  return t.lemma === 'block' || verbStatus(t.lemma) === 'rejected' ? { at: v, status: 'rejected' } : null;
}

/**
 * A bid, offer or proposal and what became of it. Accepted ("Borel accepted Acme's $3 billion
 * bid", "accepted an offer from Acme"), it is a deal between the one who accepts and the one who
 * offered; turned down ("rejected a bid of $2 billion from X", "a rival offer for X from Y was
 * rejected by X's board"), it is a rejected one between the same two. Who offered is a possessor
 * or "from X"; whom the offer is for ("for X") is the one who decides in the passive, else the
 * agent after "by". The phrase's post-modifiers ("of 30 million euros", "for X", "from Y") are
 * read in any order. An offer nobody is said to accept or refuse, or one under a negation or a
 * hypothesis ("could reject a bid"), is none. An accepted one's kind is also "deal", so a later
 * "the accord" or "the takeover" can mention it.
 */
function proposalOutcome(tokens: readonly TaggedToken[], i: number, text: string): DealHit | null {
  const hit = offerOutcome(tokens, i, text);
  // A request granted is a favour done, not a deal; one refused is a refused offer.
  return hit && tokens[i]!.lemma === 'request' && hit.status !== 'rejected' ? null : hit;
}

/** "an earlier offer", "a revised bid": an offer or bid of the same talks made before the one the article is about. */
const EARLIER_ADJ = /^(?:earlier|previous|first|second|last|initial|new|revised|improved|latest|final)$/;

function offerOutcome(tokens: readonly TaggedToken[], i: number, text: string): DealHit | null {
  let s = i;
  // "Harrier-Voss's offer": a hyphen written inside a name is part of the phrase.
  const joins = (k: number): boolean => tokens[k]!.text === '-' && tokens[k - 1]?.end === tokens[k]!.start && tokens[k + 1]?.start === tokens[k]!.end && tokens[k - 1]?.pos === 'PROPN';
  // ("Harlow's earlier offer", "its earlier bid": an adverb after a possessor too.)
  // ("the firm's pay offer": a compound noun the tagger reads as a bare verb, right before the noun.)
  // ("an earlier pay offer": or after an adverb the tagger reads in a determined phrase.)
  const compound = (k: number): boolean => k === i - 1 && tokens[k]!.pos === 'VERB' && tokens[k]!.text === tokens[k]!.lemma && /^\p{Ll}+$/u.test(tokens[k]!.text) && (/^(?:DET|ADJ)$/.test(tokens[k - 1]?.pos ?? '') || /^['’]s?$/.test(tokens[k - 1]?.text ?? '') || (tokens[k - 1]?.pos === 'ADV' && tokens[k - 2]?.pos === 'DET'));
  // ("a 3 per cent offer": "per" inside an amount before the noun.)
  const perCent = (k: number): boolean => word(tokens[k]) === 'per' && word(tokens[k + 1]) === 'cent' && tokens[k - 1]?.pos === 'NUM';
  while (s > 0 && (/^(?:DET|ADJ|NUM|NOUN|PROPN|PART|SYM)$/.test(tokens[s - 1]!.pos) || joins(s - 1) || compound(s - 1) || perCent(s - 1) || (tokens[s - 1]!.pos === 'ADV' && (/^(?:DET|NUM)$/.test(tokens[s - 2]?.pos ?? '') || /^['’]s?$/.test(tokens[s - 2]?.text ?? '') || /^(?:its|their)$/i.test(tokens[s - 2]?.text ?? ''))))) s--;
  // "its offer", "their bid": the possessive pronoun opens the phrase.
  if (tokens[s - 1]?.pos === 'PRON' && /^(?:its|their)$/i.test(tokens[s - 1]!.text)) s--;
  // "refused that request": the tagger may read a demonstrative before the noun as a conjunction.
  if (s === i && /^(?:that|this)$/i.test(word(tokens[s - 1])) && tokens[s - 2]?.pos === 'VERB') s--;
  const t = tokens[i]!;
  const named: string[] = [];
  // "The Hale Trust, whose offer the council rejected in October, …": the name the relative
  // pronoun follows made the offer.
  if (word(tokens[s]) === 'whose' && tokens[s - 1]?.text === ',' && tokens[s - 2]?.pos === 'PROPN') {
    let a = s - 2;
    while (a > 0 && (tokens[a - 1]!.pos === 'PROPN' || (/^(?:of|and|&)$/.test(word(tokens[a - 1])) && tokens[a - 2]?.pos === 'PROPN'))) a--;
    if (a > 0 && /^the$/i.test(tokens[a - 1]!.text)) a--;
    const run = namesAt(tokens, a, text);
    if (run && run.names.length === 1 && run.end >= tokens[s - 2]!.end) named.push(run.names[0]!);
  }
  const possessive = tokens.slice(s, i).findIndex((x) => x.pos === 'PART');
  if (possessive > 0) {
    const owner = tokens.slice(s, s + possessive);
    const run = namesAt(tokens, s, text);
    if (owner.every((x) => x.pos === 'PROPN' || x.text === '-') && owner.some((x) => x.text === '-')) named.push(text.slice(owner[0]!.start, owner[owner.length - 1]!.end));
    else if (run && run.end <= tokens[s + possessive]!.start + 1) named.push(...run.names);
    // "the club's offer": a possessor described by common nouns offers too (the caller resolves it).
    else if (/^the$/i.test(owner[0]!.text) && owner.length > 1 && owner.slice(1).every((x) => x.pos === 'NOUN' || x.pos === 'ADJ')) named.push(text.slice(owner[0]!.start, owner[owner.length - 1]!.end));
  }
  // "voted against the Danby Group bid", "rejected the Kell offer": a name right before an offer or
  // a bid (as the noun reader takes "the Qatar Airways order") is its maker.
  // ("Danby bid for Kell collapses": so is a name opening the sentence, as a headline writes it.)
  const opening = s === 0 && i > 0;
  if (named.length === 0 && (opening || /^the$/i.test(tokens[s]?.text ?? '')) && s + (opening ? 0 : 1) < i && (t.lemma === 'offer' || t.lemma === 'bid') && tokens.slice(s + (opening ? 0 : 1), i).every((x) => x.pos === 'PROPN')) {
    const run = namesAt(tokens, s + (opening ? 0 : 1), text);
    if (run && run.names.length === 1 && run.end === tokens[i - 1]!.end) named.push(run.names[0]!);
  }
  // "X first approached the family, but the Hollins turned down its offer": "its" is the name that
  // opens the sentence, when another subject refuses or takes the offer.
  // "X tried to buy Y in 2021, but Y's board rejected the offer": so is "the offer" alone.
  // ("rejected the $2.1 billion offer": a sum between "the" and the noun leaves it bare.)
  const sum = (k: number): boolean => tokens[k]!.pos === 'SYM' ? /^\p{Sc}$/u.test(tokens[k]!.text) : tokens[k]!.pos === 'NUM' || (tokens[k]!.pos === 'NOUN' && tokens[k - 1]?.pos === 'NUM' && /^(?:m|bn|k)$/i.test(tokens[k]!.text));
  // ("but both proposals were turned down": "both" before a plural is as definite as "the".)
  const bare = (/^the$/i.test(tokens[s]?.text ?? '') || (/^both$/i.test(tokens[s]?.text ?? '') && tokens[i]!.text.toLowerCase() !== tokens[i]!.lemma)) && (s + 1 === i || (tokens[s + 1]?.pos === 'SYM' && tokens.slice(s + 1, i).every((_, k) => sum(s + 1 + k))));
  // "Vance first approached Lune in May, but Lune's board turned down an offer of £3m": so is "an
  // offer" when the opener's own verb made an approach or an offer.
  const approached = /^an?$/i.test(tokens[s]?.text ?? '') && tokens[s - 1]?.text !== ',' && tokens.slice(0, s).some((x) => x.pos === 'VERB' && (OVERTURE_NOUNS.has(x.lemma) || x.lemma === 'offer' || x.lemma === 'bid'));
  if (named.length === 0 && ((/^(?:its|their)$/i.test(tokens[s]?.text ?? '') && tokens[s]!.pos === 'PRON') || bare || approached)) {
    const opener = tokens[0]?.pos === 'PROPN' ? namesAt(tokens, 0, text) : null;
    if (opener && opener.names.length === 1 && tokens.slice(0, s).some((x) => x.pos === 'CCONJ' || x.text === ',') && tokens.slice(0, s).filter((x) => x.pos === 'VERB').length >= 2) named.push(opener.names[0]!);
  }
  // "Skyvale asked Dunmore for landing slots, but the request was refused": whom the opener asked
  // (its verb's named object, before "for") is the other side of the request.
  if (named.length === 0 && bare && t.lemma === 'request' && tokens[0]?.pos === 'PROPN') {
    const opener = namesAt(tokens, 0, text);
    const v = opener ? tokens.findIndex((x) => x.start >= opener.end) : -1;
    const asked = v >= 0 && tokens[v]!.pos === 'VERB' && ASKING.has(tokens[v]!.lemma) ? namesAt(tokens, v + 1, text) : null;
    const after = asked ? tokens.findIndex((x) => x.start >= asked.end) : -1;
    if (opener && opener.names.length === 1 && asked && asked.names.length === 1 && word(tokens[after]) === 'for' && tokens.slice(after, s).some((x) => x.pos === 'CCONJ')) named.push(opener.names[0]!, asked.names[0]!);
  }
  // "Tessaline's previous attempt to buy a firm, a 2023 offer for Medora Labs, was rejected": an
  // offer set off as an apposition is made by the possessor of the phrase it describes.
  if (named.length === 0 && tokens[s - 1]?.text === ',') {
    const head = tokens.slice(0, s - 1).findIndex((x, k, all) => x.pos === 'PART' && all[k - 1]?.pos === 'PROPN');
    if (head > 0 && tokens.slice(head + 1, s - 1).every((x) => x.pos !== 'VERB' || x.lemma === 'buy' || x.lemma === 'acquire' || x.lemma === 'take')) {
      let a = head - 1;
      while (a > 0 && tokens[a - 1]!.pos === 'PROPN') a--;
      if (a === 0) named.push(text.slice(tokens[a]!.start, tokens[head - 1]!.end));
    }
  }
  // The post-modifiers: "of <an amount or a thing>", "for <its target>", "from <who offers>".
  let f = i + 1;
  if (t.lemma === 'term' && word(tokens[f]) !== 'of') {
    // "voted on Thursday to accept the terms", "accepted the new terms": the terms of an offer made
    // before, accepted by the subject (by a vote, approved); the caller finds who offered them.
    // ("Mr Justice Lind approved the terms": a verb of approving, WordNet's status, approves them.)
    // ("The boards have recommended the terms to shareholders": commended to those who decide, approved too.)
    const approving = tokens[s - 1]?.pos === 'VERB' && (statusOfVerb(tokens[s - 1]!.lemma) === 'approved' || commendedTo(tokens, s - 1, i + 1)) ? { at: s - 1, status: 'approved' as const } : null;
    const active = approving ?? proposalVerb(tokens, s - 1);
    if (!active || (active.status !== 'reached' && !approving) || word(tokens[s]) !== 'the' || !tokens.slice(s + 1, i).every((x) => x.pos === 'ADJ') || notReal(tokens, active.at, true)) return null;
    const verb = tokens[active.at]!;
    let v = active.at - 1;
    if (word(tokens[v]) === 'to') {
      v--;
      while (v > 0 && /^(?:ADV|NUM|PROPN|ADP)$/.test(tokens[v]!.pos) && tokens[v]!.lemma !== 'vote') v--;
    }
    const byVote = v < active.at - 1 && tokens[v]?.lemma === 'vote';
    return { cue: verb.text, cueAt: verb.start, status: byVote || approving ? 'approved' : 'reached', kind: 'deal', noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [], subjectEnd: verb.start, antecedent: null, collective: null, later: false, needsTwo: false, proposal: true, offerTerms: true };
  }
  // "X's first offer, of £160 a tonne, was rejected": a post-modifier set off by commas.
  const setOff = tokens[f]?.text === ',' && word(tokens[f + 1]) === 'of';
  if (setOff) f++;
  let target: string[] = [];
  // "The request, made by the Orrin family in 2019, was refused": a participle set off by commas names who made it.
  let apposedMaker = false;
  for (let guard = 0; guard < 4 && f < tokens.length; guard++) {
    const prep = word(tokens[f]);
    // "…, put forward by X in 2017, …": the phrasal "put forward" as well.
    const forward = tokens[f + 1]?.lemma === 'put' && word(tokens[f + 2]) === 'forward' ? 1 : 0;
    if (prep === ',' && !apposedMaker && named.length === 0 && tokens[f + 1]?.pos === 'VERB' && (/^\p{Ll}+(?:ed|de)$/u.test(tokens[f + 1]!.text) || forward === 1) && (tokens[f + 1]!.lemma === 'make' || PUT_FORWARD.has(tokens[f + 1]!.lemma) || forward === 1) && word(tokens[f + 2 + forward]) === 'by') {
      const run = namesAt(tokens, f + 3 + forward, text) ?? oneParty(commonParty(tokens, f + 3 + forward, text));
      const close = tokens.findIndex((x, k) => k > f + 2 && x.text === ',');
      if (!run || close < 0 || close - f > 14) break;
      named.push(...run.names);
      apposedMaker = true;
      f = close;
      break;
    }
    // "voted down the rescue plan put forward by Harrow": the same participle with no commas, after a plan.
    const bare = tokens[f]?.lemma === 'put' && word(tokens[f + 1]) === 'forward' ? 1 : 0;
    if (!apposedMaker && named.length === 0 && f === i + 1 && tokens[f]?.pos === 'VERB' && (/^\p{Ll}+(?:ed|de)$/u.test(tokens[f]!.text) || bare === 1) && (PUT_FORWARD.has(tokens[f]!.lemma) || bare === 1) && word(tokens[f + 1 + bare]) === 'by') {
      const run = namesAt(tokens, f + 2 + bare, text);
      if (!run) break;
      named.push(...run.names);
      apposedMaker = true;
      f = tokens.findIndex((x) => x.start >= run.end);
      if (f < 0) f = tokens.length;
      break;
    }
    // "A bid from X, which valued the ground at £40m, was rejected by Y": a relative clause whose
    // subject is its pronoun (its verb right after) describes the offer or its maker; what became of
    // the offer follows its closing comma.
    if (prep === ',' && f > i + 1 && /^(?:which|who)$/.test(word(tokens[f + 1])) && tokens[f + 2]?.pos === 'VERB') {
      const close = tokens.findIndex((x, k) => k > f + 2 && /^[,;:.]$/.test(x.text));
      if (close < 0 || tokens[close]!.text !== ',' || close - f > 16 || tokens[close + 1]?.pos !== 'AUX') break;
      f = close + 1;
      break;
    }
    if (prep === 'of') {
      const ofAt = f++;
      // "of a 3 percent raise from …": the tagger may read the phrase's last noun as a verb.
      const misread = (x: number): boolean => tokens[x]!.pos === 'VERB' && /^(?:NOUN|NUM)$/.test(tokens[x - 1]?.pos ?? '') && tokens[x + 1]?.pos === 'ADP';
      // "of 4 per cent": "per" inside an amount.
      while (f < tokens.length && (/^(?:DET|ADJ|NUM|SYM|NOUN)$/.test(tokens[f]!.pos) || misread(f) || (word(tokens[f]) === 'per' && tokens[f - 1]?.pos === 'NUM'))) f++;
      // "of pay from …", "of reduced overtime pay from …": the tagger may read any of the phrase's
      // words as a verb or an adverb; up to a preposition within four words, the phrase holds when
      // its last word is money or a thing by its first WordNet sense (as in offeredThenRefused), so
      // "an offer of help" stays no deal.
      if (tokens[f]?.pos === 'VERB' || tokens[f]?.pos === 'ADV') {
        let g = f;
        while (g < tokens.length && g - f < 4 && /^(?:VERB|ADV|ADJ|NOUN)$/.test(tokens[g]!.pos) && !/ly$/.test(tokens[g]!.text)) g++;
        if (g > f && tokens[g]?.pos === 'ADP' && /^noun\.(?:artifact|possession)$/.test(synsetsOf(tokens[g - 1]!.lemma, 'noun', 1)[0]?.lexname ?? '')) f = g;
      }
      // ("turned down an offer of practical help from the army": help, by WordNet's first sense, is no deal.)
      const head = tokens.slice(ofAt + 1, f).findLast((x) => x.pos === 'NOUN');
      if (head && helpNoun(head.lemma) && !isDealLemma(head.lemma)) return null;
    } else if ((prep === 'in' || prep === 'on') && (tokens[f + 1]?.pos === 'NUM' || CALENDAR_WORDS.has(tokens[f + 1]?.text ?? ''))) {
      // "an offer by X in 2021 to buy …", "a request from Y on Monday to …": when it was made.
      f += 2;
      while (tokens[f]?.pos === 'NUM') f++;
    } else if (prep === 'on' && /^(?:DET|ADJ)$/.test(tokens[f + 1]?.pos ?? '') && !isCapital(tokens[f + 1]!)) {
      // "A bid on those lines was rejected", "an offer on similar terms": the terms it was made on.
      let g = f + 1;
      while (g < tokens.length && /^(?:DET|ADJ|NOUN)$/.test(tokens[g]!.pos) && !isCapital(tokens[g]!)) g++;
      if (g === f + 2 || tokens[g - 1]!.pos !== 'NOUN') break;
      f = g;
    } else if (prep === 'for' || prep === 'from' || (prep === 'by' && named.length === 0)) {
      // "a revised wage offer from the provincial government": a plain noun phrase offers too.
      // "an offer by the port": "by" names who made it, as "from" does.
      // "larger offers from two major labels": a counted group offers too.
      // "an offer from a builder, Cobham Estates, to …": an indefinite description set off by the name it describes.
      const run = namesAt(tokens, f + 1, text) ?? (prep === 'from' ? apposedName(tokens, f + 1, text, true) : null) ?? oneParty(commonParty(tokens, f + 1, text)) ?? (prep === 'from' ? (oneParty(groupParty('counted', tokens, f + 1, text)) ?? oneParty(groupParty('bare', tokens, f + 1, text))) : null);
      if (!run) break;
      // ("from Sennet Foods for Ambry's ovens": a name run on through "for" into an owner's thing
      // is the maker, then the target's owner.)
      const runOn = prep !== 'for' && run.names.length === 1 ? /^(.+?)\s+for\s+(\p{Lu}[^'’]*)['’]s?(?:\s|$)/u.exec(run.names[0]!) : null;
      if (runOn) {
        named.push(runOn[1]!);
        target = [runOn[2]!];
        f = tokens.findIndex((x) => x.start >= run.end);
        if (f < 0) f = tokens.length;
        while (f < tokens.length && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[f]!.pos)) f++;
        continue;
      }
      if (prep === 'from' || prep === 'by') named.push(...run.names);
      else target = run.names;
      f = tokens.findIndex((x) => x.start >= run.end);
      if (f < 0) f = tokens.length;
      // "for Lowther's two quarries", "for Lowther's Brent silos": a thing a named body owns is
      // the target; the body is its owner, the phrase runs on to the thing's noun.
      const possessive = tokens[f]?.pos === 'PART' && /^['’]s?$/.test(tokens[f]!.text);
      const owner = prep !== 'for' || run.names.length !== 1 ? null : (/^(.+?)['’]s?\s/u.exec(run.names[0]!)?.[1] ?? (possessive ? run.names[0]! : null));
      if (owner) {
        if (possessive) f++;
        while (f < tokens.length && /^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[f]!.pos)) f++;
        target = [owner];
      }
    } else if (prep === 'to' && tokens[f + 1]?.pos === 'VERB') {
      // "a bid from X to buy the chain was rejected": the infinitive says what the offer is for; the
      // passive after it is the offer's.
      let c = f + 2;
      while (c < tokens.length && c - f < 16 && tokens[c]!.pos !== 'AUX' && !/^[,;:.]$/.test(tokens[c]!.text)) c++;
      if (tokens[c]?.pos !== 'AUX') break;
      f = c;
    } else break;
  }
  const kindOf = (status: AgreementStatus): string => (status === 'reached' ? (t.lemma === 'term' ? 'deal' : `${t.lemma} deal`) : t.lemma);
  // "had made an offer that Kelso rejected", "offered a compromise which the union turned down":
  // a relative clause whose subject refuses or accepts the offer; its maker is the subject of the
  // verb that made it (the caller reads it) or "from X".
  // "an offer the union rejected in March": a relative clause with no pronoun, too.
  const contact = word(tokens[f]) === 'the' || tokens[f]?.pos === 'PROPN';
  // "a rival offer from X, which the family turned down in March,": a relative clause set off by a comma.
  const commaWhich = tokens[f]?.text === ',' && word(tokens[f + 1]) === 'which';
  const relStart = commaWhich ? f + 2 : /^(?:that|which)$/.test(word(tokens[f])) ? f + 1 : contact ? f : -1;
  // "…, which it turned down in June": "it" is the name the sentence opens with.
  const opener = (): { names: string[]; end: number } | null => {
    const run = tokens[0]?.pos === 'PROPN' || (/^the$/i.test(tokens[0]?.text ?? '') && tokens[1]?.pos === 'PROPN') ? namesAt(tokens, 0, text) : null;
    return run && run.names.length === 1 ? { names: run.names, end: tokens[relStart]!.end } : null;
  };
  const relative = relStart >= 0 ? (commaWhich && word(tokens[relStart]) === 'it' ? opener() : (namesAt(tokens, relStart, text) ?? oneParty(commonParty(tokens, relStart, text)))) : null;
  if (relative && relative.names.length === 1) {
    let r = tokens.findIndex((x) => x.start >= relative.end);
    // "…, which Morva's board turned down": the body whose board (members, shareholders) decides.
    if (commaWhich && /^['’]s?$/.test(tokens[r]?.text ?? '') && tokens[r]!.pos === 'PART' && tokens[r + 1]?.pos === 'NOUN' && tokens[r + 2]?.pos !== 'NOUN') r += 2;
    while (tokens[r]?.pos === 'ADV' || tokens[r]?.pos === 'AUX') r++;
    const done = r > 0 ? (proposalVerb(tokens, r) ?? proposalVerb(tokens, r + 1)) : null;
    // "Skyline had earlier offered 4 per cent, an offer the union rejected": the verb that made it,
    // before the apposition's comma.
    // ("bid £9m for X, a proposal the owners rejected": any verb of offering or putting forward made it.)
    const offered = tokens[s - 1]?.text === ',' ? tokens.findLastIndex((x, k) => k < s - 1 && x.pos === 'VERB' && (x.lemma === t.lemma || (ACCEPTED_NOUNS.has(x.lemma) && x.lemma !== 'term') || PUT_FORWARD.has(x.lemma))) : -1;
    // ("put forward a plan, which …": the phrasal's verb.)
    const maker = offered >= 0 ? tokens[offered] : word(tokens[s - 1]) === 'forward' && tokens[s - 2]?.lemma === 'put' ? tokens[s - 2] : tokens[s - 1];
    // "offered to redo the vote, an offer the campaigners rejected": an offer to do something that
    // makes no deal (not buying, merging, settling, giving or paying, by WordNet) is refused, not a deal.
    const act = offered >= 0 && word(tokens[offered + 1]) === 'to' && tokens[offered + 2]?.pos === 'VERB' ? tokens[offered + 2]! : null;
    if (act && !TRADE_VERBS.has(act.lemma) && act.lemma !== 'merge' && !SUPPORT_VERBS.has(act.lemma) && !settleLike(act.lemma) && act.lemma !== 'settle' && dealNounKind(act.lemma) === null && !givingVerb(act.lemma)) return null;
    if (done && !notReal(tokens, done.at) && (named.length > 0 || (maker?.pos === 'VERB' && !notReal(tokens, tokens.indexOf(maker))))) {
      const verb = tokens[done.at]!;
      return { cue: verb.text, cueAt: verb.start, status: done.status, kind: kindOf(done.status), noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [...relative.names, ...named], subjectEnd: named.length > 0 ? null : maker!.start, antecedent: null, collective: null, later: false, needsTwo: true, proposal: true };
    }
    // "A licensing proposal the estate turned down would have …": a refused offer opening the
    // sentence with no maker named is one made before; who refused it is a side, the caller finds
    // the other (who offered in the sentences before, or the other side of the agreement before).
    if (done && done.status === 'rejected' && named.length === 0 && s === 0 && !notReal(tokens, done.at)) {
      const verb = tokens[done.at]!;
      return { cue: verb.text, cueAt: verb.start, status: 'rejected', kind: 'deal', noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [...relative.names], subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: false, proposal: true, offerTerms: true, offerBefore: true };
    }
  }
  // "X had offered Ms Pemberwick £9,000 to settle, an offer she turned down": an apposition to the clause
  // of the verb that made it, then a relative clause with no pronoun whose subject is a personal
  // pronoun (the one offered to, named as that verb's object, or its subject's caller finds). The
  // maker is that verb's subject.
  if (relStart < 0 && named.length === 0 && tokens[s - 1]?.text === ',' && tokens[f]?.pos === 'PRON' && /^(?:she|he|they|it|we)$/.test(word(tokens[f]))) {
    let r = f + 1;
    while (tokens[r]?.pos === 'ADV' || tokens[r]?.pos === 'AUX') r++;
    const done = proposalVerb(tokens, r);
    const offered = tokens.findLastIndex((x, k) => k < s - 1 && x.pos === 'VERB' && (x.lemma === t.lemma || (ACCEPTED_NOUNS.has(x.lemma) && x.lemma !== 'term')));
    const act = offered >= 0 ? tokens.findIndex((x, k) => k > offered && k < s - 1 && word(x) === 'to' && tokens[k + 1]?.pos === 'VERB') : -1;
    const deed = act >= 0 ? tokens[act + 1]! : null;
    const dealt = deed === null || TRADE_VERBS.has(deed.lemma) || deed.lemma === 'merge' || SUPPORT_VERBS.has(deed.lemma) || settleLike(deed.lemma) || deed.lemma === 'settle' || dealNounKind(deed.lemma) !== null || givingVerb(deed.lemma);
    if (done && offered >= 0 && dealt && !notReal(tokens, done.at) && !notReal(tokens, offered)) {
      const to = tokens[offered + 1]?.pos === 'PROPN' ? namesAt(tokens, offered + 1, text) : null;
      const verb = tokens[done.at]!;
      return { cue: verb.text, cueAt: verb.start, status: done.status, kind: kindOf(done.status), noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: to && to.names.length === 1 ? [...to.names] : [], subjectEnd: tokens[offered]!.start, antecedent: null, collective: null, later: false, needsTwo: false, proposal: true };
    }
  }
  // "the trust turned the offer down": the particle after the phrase makes the verb before it phrasal.
  const split = tokens[s - 1]?.pos === 'VERB' ? particleStatus(tokens[s - 1]!, tokens[f]) : null;
  // "The boards of both firms have recommended the offer to shareholders": an offer made before,
  // commended to those who decide on it, is approved by the subject (the caller finds the deal).
  if (named.length === 0 && !split && /^(?:the|its|their)$/i.test(word(tokens[s])) && s + 1 === i && (commendedTo(tokens, s - 1, f) || bodyCommends(tokens, s - 1)) && !notReal(tokens, s - 1, true)) {
    const verb = tokens[s - 1]!;
    return { cue: verb.text, cueAt: verb.start, status: 'approved', kind: 'deal', noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [], subjectEnd: verb.start, antecedent: null, collective: null, later: false, needsTwo: false, proposal: true, offerTerms: true, offerBefore: true };
  }
  // "Members of the union backed the offer by 47 votes to 9 in a ballot": an offer made before,
  // named by "the" alone, taken by a verb of approving (WordNet's status, "back", "endorse") is
  // approved by the subject; in a ballot or by a tally of votes, ratified (the caller finds who offered).
  const approving = named.length === 0 && !split && s + 1 === i && /^(?:the|that|this)$/i.test(word(tokens[s])) && (t.lemma === 'offer' || t.lemma === 'bid') && tokens[s - 1]?.pos === 'VERB' && /^(?:approved|ratified)$/.test(statusOfVerb(tokens[s - 1]!.lemma) ?? '');
  if (approving && !notReal(tokens, s - 1, true) && !/ing$/.test(tokens[s - 1]!.text)) {
    const verb = tokens[s - 1]!;
    const byVote = tokens.slice(i + 1).some((x, k, rest) => word(x) === 'ballot' || (word(x) === 'by' && rest[k + 1]?.pos === 'NUM' && /^votes?$/.test(word(rest[k + 2]))));
    return { cue: verb.text, cueAt: verb.start, status: byVote ? 'ratified' : 'approved', kind: 'deal', noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [], subjectEnd: verb.start, antecedent: null, collective: null, later: false, needsTwo: false, proposal: true, offerTerms: true, offerBefore: true };
  }
  const active = split ? { at: s - 1, status: split } : proposalVerb(tokens, s - 1);
  if (active) {
    if (notReal(tokens, active.at)) return null;
    // "The union had rejected an earlier offer of 5 percent": an offer with no maker named is one
    // made before; the caller finds who made it (an offer in the sentences before, else the other
    // side of the agreement found before).
    if (named.length === 0) {
      // An offer or a bid is one side's to the other; a proposal may be a mediator's ("had rejected an earlier proposal").
      // "refused that request": a demonstrative names one made just before, by whoever asked or offered.
      // "turned the offer down": a bare definite one too.
      // (Nothing after it: "rejected the proposal for a new school" is another proposal.)
      // ("turned the offer down in April": the particle, then a date.)
      const after = split ? i + 2 : i + 1;
      const when = /^(?:in|on)$/.test(word(tokens[after])) && (tokens[after + 1]?.pos === 'NUM' || CALENDAR_WORDS.has(tokens[after + 1]?.text ?? ''));
      // ("The union rejected the pay offer": lower-case nouns saying what is offered, too.)
      // ("turned the offer down in a letter on Friday": the particle closes the phrase; what follows it is the verb's.)
      // ("rejected both offers": "both" before a plural is as definite as "the".)
      const both = word(tokens[s]) === 'both' && t.text.toLowerCase() !== t.lemma;
      const that = (/^(?:that|this|the)$/i.test(word(tokens[s])) || both) && (s + 1 === i || (tokens[i - 1]!.pos === 'NOUN' && tokens.slice(s + 1, i).every((x) => (x.pos === 'NOUN' || x.pos === 'ADJ') && /^\p{Ll}+$/u.test(x.text) && !isDealLemma(x.lemma)))) && (when || split !== null || !/^(?:ADP|NOUN|PROPN|PART)$/.test(tokens[after]?.pos ?? ''));
      // "Its owners have accepted the offer": an offer made before, taken (reached), as well.
      const taken = active.status === 'reached' && that && !split && (t.lemma === 'offer' || t.lemma === 'bid') && /^(?:has|have)$/.test(word(tokens.slice(0, active.at).findLast((x) => x.pos === 'AUX')));
      if (taken) {
        const verb = tokens[active.at]!;
        return { cue: verb.text, cueAt: verb.start, status: 'reached', kind: 'deal', noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [], subjectEnd: verb.start, antecedent: null, collective: null, later: false, needsTwo: false, proposal: true, offerTerms: true, offerBefore: true };
      }
      // ("refused a 4 per cent offer", "turned down a £2m bid": an amount before the noun tells one offer made, as "earlier" does.)
      // (Not with its maker described after it: "refused a £75,000 offer from a parish trust".)
      const amount = /^an?$/i.test(word(tokens[s])) && tokens.slice(s + 1, i).some((x) => x.pos === 'NUM') && word(tokens[i + 1]) !== 'from';
      if (active.status !== 'rejected' || (t.lemma !== 'offer' && t.lemma !== 'bid' && !that) || (!that && !amount && (!/^(?:an?|the|two|three|several|both|\d+)$/i.test(word(tokens[s])) || !EARLIER_ADJ.test(word(tokens[s + 1]))))) return null;
      const verb = tokens[active.at]!;
      // "accepted the third offer after turning down two earlier bids": a participle clause is background.
      if (/ing$/.test(verb.text)) return null;
      return { cue: verb.text, cueAt: verb.start, status: 'rejected', kind: 'deal', noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [], subjectEnd: verb.start, antecedent: null, collective: null, later: false, needsTwo: false, proposal: true, offerTerms: true, ...(that ? { offerBefore: true } : {}) };
    }
    const verb = tokens[active.at]!;
    return { cue: verb.text, cueAt: verb.start, status: active.status, kind: kindOf(active.status), noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named, subjectEnd: verb.start, antecedent: null, collective: null, later: false, needsTwo: true, proposal: true };
  }
  // The phrase as the subject of a passive: "… was rejected by Kaarlund's board", "was turned down".
  // "An earlier offer of 4 per cent was rejected by the union": with no offerer named, the agent
  // decides and the caller takes the other side from the agreement just before.
  if (t.lemma === 'term') return null;
  let k = f;
  // "…, a 2023 offer for Medora Labs, was rejected": the apposition's closing comma.
  if (tokens[k]?.text === ',' && (tokens[s - 1]?.text === ',' || setOff || apposedMaker) && tokens[k + 1]?.pos === 'AUX') k++;
  // "The offer, which prices the mill at £9m, was recommended by each board": a relative
  // clause set off by commas describes the offer; the main verb follows its closing comma.
  if (tokens[k]?.text === ',' && /^(?:which|that)$/i.test(word(tokens[k + 1]))) {
    let c = k + 2;
    while (c < tokens.length && c - k < 24 && tokens[c]!.text !== ',' && !/^[;:"“”]$/.test(tokens[c]!.text)) c++;
    if (tokens[c]?.text === ',' && tokens[c + 1]?.pos === 'AUX') k = c + 1;
  }
  // "A separate offer for Pell from X, made in May, was turned down": a participle of making (no
  // status of its own) set off by commas, then the main verb.
  else if (tokens[k]?.text === ',' && tokens[k + 1]?.pos === 'VERB' && tokens[k + 1]!.text !== tokens[k + 1]!.lemma && /ed$|^made$/.test(tokens[k + 1]!.text) && (tokens[k + 1]!.lemma === 'make' || statusOfVerb(tokens[k + 1]!.lemma) === null)) {
    let c = k + 2;
    while (c < tokens.length && c - k < 10 && tokens[c]!.text !== ',' && /^(?:ADP|NUM|DET|PROPN|NOUN|ADJ|ADV)$/.test(tokens[c]!.pos)) c++;
    if (tokens[c]?.text === ',' && tokens[c + 1]?.pos === 'AUX') k = c + 1;
  }
  // "The firm's first offer, a 2 percent raise, was rejected", "A rival offer from X, worth a
  // reported $30 million, was turned down": an aside set off by commas that holds no clause (no
  // finite verb, no relative pronoun) describes the offer; the main verb follows its closing comma.
  else if (tokens[k]?.text === ',') {
    let c = k + 1;
    const inAside = (x: TaggedToken, at: number): boolean =>
      /^(?:DET|ADJ|NUM|SYM|NOUN|PROPN|ADP|PART|ADV)$/.test(x.pos)
        ? !/^(?:which|who|that|whose)$/i.test(x.text)
        : // ("a reported $30 million": a participle after a determiner modifies; "a 2 percent raise": a bare
          // form after a number's noun is the tagger's reading of the phrase's head noun.)
          x.pos === 'VERB' && ((/ed$/.test(x.text) && tokens[at - 1]?.pos === 'DET') || (x.text === x.lemma && /^(?:NOUN|NUM)$/.test(tokens[at - 1]?.pos ?? '') && tokens[at + 1]?.text === ','));
    while (c < tokens.length && c - k < 12 && tokens[c]!.text !== ',' && inAside(tokens[c]!, c)) c++;
    if (c > k + 1 && tokens[c]?.text === ',' && tokens[c + 1]?.pos === 'AUX' && tokens[c + 1]!.lemma === 'be') k = c + 1;
  }
  let passive = false;
  while (k < tokens.length && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) {
    if (tokens[k]!.lemma === 'be') passive = true;
    k++;
  }
  // "A rival bid from X fell through in May", "X's offer for the mill collapsed": an offer whose
  // maker is named, the subject of a verb of what becomes of a deal (a collapse, by lemma or
  // WordNet's phrasal), came to nothing: a collapsed deal of its maker (the caller finds the other
  // side before, or a body it was made for).
  // ("X's bid for Y has collapsed": the perfect too.)
  const fell = !passive && (k === f || tokens.slice(f, k).every((x) => (x.pos === 'AUX' && x.lemma === 'have') || x.pos === 'ADV')) && tokens[k]?.pos === 'VERB' && tokens[k]!.text !== tokens[k]!.lemma && !/ing$/.test(tokens[k]!.text) ? ((/^(?:ADP|ADV|PART)$/.test(tokens[k + 1]?.pos ?? '') ? verbStatus(`${tokens[k]!.lemma}_${word(tokens[k + 1])}`) : null) ?? SUBJECT_STATUS.get(tokens[k]!.lemma) ?? null) : null;
  if (fell === 'collapsed' && named.length === 1 && (t.lemma === 'offer' || t.lemma === 'bid') && !notReal(tokens, k)) {
    const verb = tokens[k]!;
    const body = target.filter((x) => /^\p{Lu}[\p{L}&.-]*(?:\s+(?:\p{Lu}[\p{L}&.-]*|of|&))*$/u.test(x));
    return { cue: verb.text, cueAt: verb.start, status: 'collapsed', kind: t.lemma, noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [...body, ...named], subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: false, proposal: true };
  }
  const done = passive ? (proposalVerb(tokens, k) ?? proposalVerb(tokens, k + 1)) : null;
  // "The offer was recommended by the two boards": an offer made before, named
  // by "the" alone, commended by a body that decides (see `bodyCommends`), is approved by it (the
  // caller finds the deal, as for the active "the board recommended the offer").
  if (passive && !done && named.length === 0 && target.length === 0 && s + 1 === i && /^(?:the|that|this)$/i.test(word(tokens[s])) && (t.lemma === 'offer' || t.lemma === 'bid') && word(tokens[k + 1]) === 'by' && bodyCommends(tokens, k, k + 1) && !notReal(tokens, k, true)) {
    const verb = tokens[k]!;
    return { cue: verb.text, cueAt: verb.start, status: 'approved', kind: 'deal', noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [], subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: false, proposal: true, offerTerms: true, offerBefore: true };
  }
  if (!done || notReal(tokens, done.at)) return null;
  let after = done.at + (/^(?:down|out)$/.test(word(tokens[done.at + 1])) ? 2 : 1);
  while (tokens[after]?.pos === 'ADV') after++;
  const agentRun = word(tokens[after]) === 'by' ? (namesAt(tokens, after + 1, text) ?? theParty(commonParty(tokens, after + 1, text))) : null;
  // ("rejected by the Mossley board": a board named for its body acts for that body.)
  const agent = agentRun && { ...agentRun, names: agentRun.names.map((n) => (/\s\p{Ll}[\p{Ll}-]*$/u.test(n) && /^(?:the\s+)?\p{Lu}/u.test(n) ? (organOwner(/^the\s/i.test(n) ? n : `the ${n}`) ?? n) : n)) };
  // "Dunmore's bid for the brewery was rejected by Kell": a named agent decides, not a target only described.
  const namedAgent = agent !== null && word(tokens[after + 1]) !== 'the' && target.length > 0 && target.every((x) => /^the\s/i.test(x));
  // "A bid for the quarry from X was rejected by the parish council": a target that is no body or
  // country (WordNet: a thing, a place, a person bought or sold) decides nothing; the agent does.
  const thingTarget = named.length > 0 && target.length > 0 && target.every((x) => /^the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.test(x) && !/^(?:org|nation)$/.test(nounClass(x.split(/\s+/).at(-1)!) ?? ''));
  // ("A rival bid for the mill from X was turned down": with no agent either, the thing bid for is
  // no side; the offer is the maker's, refused by whoever it was made to.)
  if (thingTarget && agent === null) target = [];
  const decider = target.length > 0 && !namedAgent && !thingTarget ? target : (agent?.names ?? []);
  // "The proposal was voted down by members in March": one made before, named only by "the", "that"
  // or "this", refused by a body not named: the caller finds its sides from what came before.
  // ("An earlier offer of 4 per cent was rejected by members in a ballot": an earlier offer or bid,
  // as the active reader takes it, refused by a group not named, is one made before too.)
  const earlier = /^an?$/i.test(word(tokens[s])) && s + 2 === i && EARLIER_ADJ.test(word(tokens[s + 1])) && (t.lemma === 'offer' || t.lemma === 'bid');
  if (decider.length === 0 && named.length === 0 && target.length === 0 && done.status === 'rejected' && (earlier || ((/^(?:the|that|this)$/i.test(word(tokens[s])) || (word(tokens[s]) === 'both' && t.text.toLowerCase() !== t.lemma)) && s + 1 === i && f === i + 1))) {
    const verb = tokens[done.at]!;
    return { cue: verb.text, cueAt: verb.start, status: 'rejected', kind: 'deal', noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [], subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: false, proposal: true, offerTerms: true, offerBefore: true };
  }
  // "Brightwell's offer to run the car parks as well was rejected": an offer or bid by a named
  // maker refused by whoever it was made to, not named here: a rejected deal of the maker.
  // ("Skyvale asked Dunmore for slots, but the request was refused": a request, its two sides named before.)
  if (decider.length === 0 && named.length > 0 && target.length === 0 && done.status === 'rejected' && (t.lemma === 'offer' || t.lemma === 'bid' || (t.lemma === 'request' && named.length === 2)) && !agent) {
    const verb = tokens[done.at]!;
    return { cue: verb.text, cueAt: verb.start, status: 'rejected', kind: t.lemma, noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [...named], subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: false, proposal: true };
  }
  if (decider.length === 0 || (named.length === 0 && target.length > 0)) return null;
  const verb = tokens[done.at]!;
  return { cue: verb.text, cueAt: verb.start, status: done.status, kind: kindOf(done.status), noun: [tokens[s]!.start, t.end], actionStart: tokens[s]!.start, named: [...decider, ...named], subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: named.length > 0, proposal: true };
}

/**
 * "Ormond Homes offered £4 million for the site, but the trust turned it down", "had bid for the
 * yard, and the family rejected it": an offer made by a verb (offer, bid), then refused with "it"
 * as the object of a verb of rejecting (WordNet) in a clause after "but" or "and": a rejected deal
 * between the refuser (that clause's subject, a name or a description) and the offer verb's subject.
 */
function offeredThenRefused(tokens: readonly TaggedToken[], i: number, text: string, offerNoun = false): DealHit | null {
  if (notReal(tokens, i) || /ing$/.test(tokens[i]!.text)) return null;
  // What was offered makes a deal: an amount ("£4 million", "for the site"), or buying, merging,
  // settling or giving ("offered to buy the yard"); "offered an apology" is none.
  // (After a comma, a sum alone is a price named in bargaining, "had first offered £34, which the
  // members turned down": what is refused there is offered for something, or is a deal or a thing.)
  const makesDeal = (offer: readonly TaggedToken[], priced = false): boolean => {
    if (offerNoun) return true;
    // "offered a replacement boiler", "proposed splitting the fees": a thing or money (WordNet's
    // first sense an artifact or a possession) offered or shared is a deal; "offered an apology" none.
    // (The phrase's head is the last noun before "of": "a one-off payment of £2m" is a payment.)
    const ofAt = offer.findIndex((x) => word(x) === 'of');
    const head = (ofAt > 0 ? offer.slice(0, ofAt) : offer).findLast((x) => x.pos === 'NOUN');
    const thing = head !== undefined && /^noun\.(?:artifact|possession)$/.test(synsetsOf(head.lemma, 'noun', 1)[0]?.lexname ?? '');
    // (A sum refused after a comma is a deal when offered for something, or as a deal or a thing.)
    // ("had offered a 7 per cent rise in July, which the union turned down": a share in per cent
    // offered is a term bargained over, as a sum for something is.)
    const percent = offer.some((x, k) => x.pos === 'NUM' && (/^(?:percent|%)$/.test(word(offer[k + 1])) || (word(offer[k + 1]) === 'per' && word(offer[k + 2]) === 'cent')));
    if (priced && !thing && !percent && !offer.some((x) => word(x) === 'for' || (x.pos === 'NOUN' && (isDealLemma(x.lemma) || ACCEPTED_NOUNS.has(x.lemma))))) return false;
    const act = word(offer[0]) === 'to' && offer[1]?.pos === 'VERB' ? offer[1] : offer[0]?.pos === 'VERB' && /ing$/.test(offer[0].text) ? offer[0] : null;
    const amount = offer.some((x) => (x.pos === 'SYM' && /^\p{Sc}$/u.test(x.text)) || x.pos === 'NUM' || word(x) === 'for');
    return thing || (act ? TRADE_VERBS.has(act.lemma) || act.lemma === 'merge' || settleLike(act.lemma) || act.lemma === 'settle' || dealNounKind(act.lemma) !== null || givingVerb(act.lemma) : amount);
  };
  // "made a bid of £12m for the depot, an offer Corrin Rail rejected", "offered a deal worth £2m,
  // which the club turned down": refused in a relative clause or an apposition after the offer's
  // clause, as a request is (askedThenRefused).
  const refused = refusedAfterComma(tokens, i, text);
  // (A plan put forward is read by proposalOutcome: "unveiled a plan for a new park, which the
  // council rejected" is none; after a comma only an offer or a bid, or what a verb offered.)
  const offered = !offerNoun || tokens.slice(i + 1, refused?.comma ?? i).some((x) => x.pos === 'NOUN' && ACCEPTED_NOUNS.has(x.lemma));
  if (refused && offered && !tokens.slice(i + 1, refused.comma).some((x) => /^(?:but|and)$/.test(word(x))) && makesDeal(tokens.slice(i + 1, refused.comma), true)) {
    const verb = refused.verb;
    return { cue: verb.text, cueAt: verb.start, status: 'rejected', kind: tokens[i]!.lemma, noun: null, actionStart: tokens[i]!.start, named: refused.side.names, subjectEnd: tokens[i]!.start, antecedent: null, collective: null, later: false, needsTwo: true, proposal: true };
  }
  for (let c = i + 1; c < tokens.length && c - i < 20; c++) {
    if (!/^(?:but|and)$/.test(word(tokens[c]))) continue;
    if (!makesDeal(tokens.slice(i + 1, c))) return null;
    const side = namesAt(tokens, c + 1, text) ?? oneParty(commonParty(tokens, c + 1, text));
    if (!side || side.names.length !== 1) return null;
    let v = tokens.findIndex((x) => x.start >= side.end);
    // "Corran's board turned it down": a body of the named side stands for it.
    if (tokens[v]?.pos === 'PART' && /^['’]s?$/.test(tokens[v]!.text) && tokens[v + 1]?.pos === 'NOUN') {
      v++;
      while (tokens[v]?.pos === 'NOUN') v++;
    }
    while (tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'AUX') v++;
    const verb = tokens[v];
    // "turned down both offers", "turned down the bid": a phrasal verb's particle before its object
    // (read as "turned both offers down").
    const early = verb?.pos === 'VERB' && /^(?:ADP|ADV|PART)$/.test(tokens[v + 1]?.pos ?? '') && /^(?:DET|PRON)$/.test(tokens[v + 2]?.pos ?? '') && refusal(verb, tokens[v + 1]) === 'rejected' && refusal(verb) !== 'rejected' ? tokens[v + 1] : undefined;
    const o = early ? v + 2 : v + 1;
    // "turned both of them down", "rejected both": a pronoun for the offers, with a quantifier;
    // "rejected both offers": or the offers named again after it.
    const quantified = /^(?:both|all|each)$/.test(word(tokens[o])) ? (word(tokens[o + 1]) === 'of' && word(tokens[o + 2]) === 'them' ? 3 : ACCEPTED_NOUNS.has(tokens[o + 1]?.lemma ?? '') && tokens[o + 1]!.lemma !== 'term' ? 2 : 1) : 0;
    // "rejected its offer", "turned down the bid": the offer named again, by a possessive or "the".
    const again = /^(?:its|their|the)$/i.test(word(tokens[o])) && (ACCEPTED_NOUNS.has(tokens[o + 1]?.lemma ?? '') || OVERTURE_NOUNS.has(tokens[o + 1]?.lemma ?? '')) && tokens[o + 1]!.lemma !== 'term' && !/^(?:ADP|NOUN|PROPN|PART)$/.test(tokens[o + 2]?.pos ?? '') ? 2 : 0;
    // "…, but the council refused.": a verb of rejecting (WordNet) with no object, ending the sentence, refuses the offer.
    const alone = verb?.pos === 'VERB' && verb.text !== verb.lemma && refusal(verb) === 'rejected' && /^[.;]$/.test(tokens[v + 1]?.text ?? '') && v + 2 >= tokens.length;
    if (alone && !notReal(tokens, v)) return { cue: verb.text, cueAt: verb.start, status: 'rejected', kind: tokens[i]!.lemma, noun: null, actionStart: tokens[i]!.start, named: side.names, subjectEnd: tokens[i]!.start, antecedent: null, collective: null, later: false, needsTwo: true, proposal: true };
    if (!verb || verb.pos !== 'VERB' || !(/^(?:it|them)$/i.test(word(tokens[o])) || quantified > 0 || again > 0) || notReal(tokens, v)) return null;
    const particle = early ?? tokens[o + Math.max(1, quantified, again)];
    // ("threw it out": as proposalVerb reads "threw out".)
    const status = refusal(verb, particle, tokens[v + 1]);
    if (status !== 'rejected') return null;
    return { cue: verb.text, cueAt: verb.start, status, kind: tokens[i]!.lemma, noun: null, actionStart: tokens[i]!.start, named: side.names, subjectEnd: tokens[i]!.start, antecedent: null, collective: null, later: false, needsTwo: true, proposal: true };
  }
  return null;
}

/**
 * "The abbey has leased its farm to X", "leased the land from X", "contracted the repairs to X":
 * a verb whose lemma is an agreement noun (WordNet), with an object and then "to" or "from" a
 * named party (or a plain noun phrase, resolved by the caller): an agreement between the subject
 * and that party, reached. Not under a negation or a hypothesis, and not with "to" + a verb.
 */
/**
 * "agreed to lend its most famous painting, X’s ‘Y’, to the Musée Z in Lyre": whom the thing
 * agreed to be given goes to, after a "to" further on in the verb's clause (past the object, its
 * places and an apposition), is the other party.
 */
/**
 * "Ostby had asked for a longer term, which the port declined", "The regulator asked Fenn to sell
 * its depot, a remedy the firm refused": a request made by the verb at `i` (ask, request, seek),
 * then, after the clause's comma, "which" or an apposed noun phrase, whose subject (a name or a
 * plain noun phrase) refuses it with a verb of rejecting (WordNet) and no object of its own: a
 * refused offer between the asker (the verb's subject, for the caller) and the refuser.
 */
function askedThenRefused(tokens: readonly TaggedToken[], i: number, text: string): DealHit | null {
  if (notReal(tokens, i)) return null;
  const refused = refusedAfterComma(tokens, i, text);
  if (!refused) return null;
  const { side, verb, r } = refused;
  // ("had first asked for £40, which the buyers refused": a sum alone is a price named in
  // bargaining, as for an offer in offeredThenRefused.)
  const asking = tokens.slice(i + 1, refused.comma);
  if (asking.some((x) => x.pos === 'NUM') && asking.every((x) => /^(?:SYM|NUM|ADV)$/.test(x.pos) || word(x) === 'for')) return null;
  const t = tokens[i]!;
  // "invited Carrick Town to join its division, an invitation the club declined": a description
  // refusing is the one asked, when the request verb's object is a name.
  const asked = !nameToken(tokens[r], r) && word(tokens[i + 1]) !== 'for' ? namesAt(tokens, i + 1, text) : null;
  const refuser = asked && asked.names.length === 1 && word(tokens.find((x) => x.start >= asked.end)) === 'to' ? asked.names : side.names;
  return { cue: verb.text, cueAt: verb.start, status: 'rejected', kind: 'request', noun: null, actionStart: t.start, named: refuser, subjectEnd: t.start, antecedent: null, collective: null, later: false, needsTwo: true, proposal: true };
}

/**
 * What askedThenRefused and offeredThenRefused read after the clause of the verb at `i`: its first
 * comma, then "which" or an apposed noun phrase ("an offer", "a request that"), whose subject (a
 * name or a plain noun phrase) refuses it with a verb of rejecting (WordNet) and no object or
 * infinitive of its own ("…, an offer Corrin Rail rejected as inadequate"). The refuser, the verb
 * and where the refuser starts; else null.
 */
function refusedAfterComma(tokens: readonly TaggedToken[], i: number, text: string): { side: { names: string[]; end: number }; verb: TaggedToken; comma: number; r: number } | null {
  const comma = tokens.findIndex((x, k) => k > i + 1 && k - i < 20 && /^[,;:.]$/.test(x.text));
  if (comma < 0 || tokens[comma]!.text !== ',') return null;
  let r = comma + 1;
  if (word(tokens[r]) === 'which') r++;
  else if (tokens[r]?.pos === 'DET' && /^an?$/i.test(tokens[r]!.text)) {
    r++;
    while (r < tokens.length && r - comma < 6 && (tokens[r]!.pos === 'ADJ' || (tokens[r]!.pos === 'NOUN' && tokens[r + 1]?.pos === 'NOUN'))) r++;
    if (tokens[r]?.pos !== 'NOUN') return null;
    r++;
    if (word(tokens[r]) === 'that' || word(tokens[r]) === 'which') r++;
  } else return null;
  const side = namesAt(tokens, r, text) ?? oneParty(commonParty(tokens, r, text));
  if (!side || side.names.length !== 1) return null;
  let v = tokens.findIndex((x) => x.start >= side.end);
  if (v < 0) return null;
  while (tokens[v]?.pos === 'ADV' || tokens[v]?.pos === 'AUX') v++;
  const verb = tokens[v];
  if (!verb || verb.pos !== 'VERB' || verb.text === verb.lemma || notReal(tokens, v)) return null;
  if (refusal(verb, tokens[v + 1]) !== 'rejected') return null;
  const after = tokens[v + (particleStatus(verb, tokens[v + 1]) ? 2 : 1)];
  // ("declined to attend": an infinitive of its own is another refusal; "declined because its
  // yard was full": a clause of reason or time after the refusal is no object.)
  if (after && !(after.pos === 'PUNCT' || after.pos === 'ADV' || (after.pos === 'ADP' && word(after) !== 'to') || (after.pos === 'SCONJ' && word(after) !== 'that'))) return null;
  return { side, verb, comma, r };
}

/**
 * Whether token k is a lower-case word whose first WordNet noun sense is a person, right before a
 * name ("rival", "partner", "landlord" in "to rival Brackwell"): a description of the name, whatever
 * the tagger read it as.
 */
function personNounBeforeName(tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  if (!t || !/^\p{Ll}+$/u.test(t.text) || tokens[k + 1]?.pos !== 'PROPN') return false;
  return synsetsOf(nounLemma(t.text), 'noun', 1)[0]?.lexname === 'noun.person';
}

/**
 * "which Moorcroft Council and the contractor Straker Civil have operated as a joint venture since
 * 2015", "X and Y run the depot as a partnership": the agreement noun at `i` after "as a", the
 * complement of a verb in the present or the present perfect (a thing held now) whose subject is
 * two named parties (after "which"/"that", a comma or the sentence's start): in force between them.
 */
function heldAs(tokens: readonly TaggedToken[], i: number, text: string): DealHit | null {
  let a = i - 1;
  while (a > 0 && tokens[a]!.pos === 'ADJ') a--;
  if (!(tokens[a]?.pos === 'DET' && /^an?$/i.test(tokens[a]!.text) && word(tokens[a - 1]) === 'as')) return null;
  const v = tokens.findLastIndex((x, k) => k < a - 1 && a - 1 - k <= 5 && x.pos === 'VERB');
  if (v < 1 || notReal(tokens, v) || tokens.slice(v + 1, a - 1).some((x) => /^(?:VERB|AUX|PUNCT|SCONJ)$/.test(x.pos))) return null;
  const verb = tokens[v]!;
  let e = v - 1;
  while (e > 0 && (tokens[e]!.pos === 'ADV' || tokens[e]!.pos === 'AUX')) e--;
  const perfect = tokens.slice(e + 1, v).some((x) => x.pos === 'AUX' && /^(?:has|have)$/i.test(x.text));
  const present = e === v - 1 && new RegExp(`^${verb.lemma}(?:e?s)?$`, 'i').test(verb.text);
  if (!perfect && !present) return null;
  let b = e;
  while (b > 0 && !/^(?:which|that|,)$/i.test(tokens[b - 1]!.text)) b--;
  const run = namesAt(tokens, b, text);
  if (!run || run.names.length !== 2 || tokens.findIndex((x) => x.start >= run.end) !== e + 1) return null;
  return { cue: verb.text, cueAt: verb.start, status: 'in force', kind: tokens[i]!.lemma, noun: null, actionStart: tokens[b]!.start, named: run.names, subjectEnd: null, antecedent: null, collective: null, later: false, needsTwo: true };
}

function handedOver(tokens: readonly TaggedToken[], i: number, text: string, prep: 'to' | 'from' = 'to'): DealHit | null {
  for (let k = i + 1; k < tokens.length && k - i < 24; k++) {
    const x = tokens[k]!;
    // "its playing fields", "the swimming pool": a gerund between a determiner and a noun modifies the noun.
    const modifier = x.pos === 'VERB' && /ing$/.test(x.text) && /^(?:DET|PRON)$/.test(tokens[k - 1]?.pos ?? '') && tokens[k + 1]?.pos === 'NOUN';
    if (/^[;:.]$/.test(x.text) || x.pos === 'SCONJ' || x.pos === 'AUX' || (x.pos === 'VERB' && /^\p{Ll}/u.test(x.text) && !modifier)) return null;
    // "to rival Brackwell": the tagger may read a person noun before a name (WordNet) as a verb after "to".
    const described = tokens[k + 1]?.pos === 'VERB' && personNounBeforeName(tokens, k + 1);
    if (word(x) !== prep || (tokens[k + 1]?.pos === 'VERB' && !described)) continue;
    const run = (described ? namesAt(tokens, k + 2, text) : null) ?? namesAt(tokens, k + 1, text) ?? apposedName(tokens, k + 1, text, true);
    // (Whom a thing comes from is a source, not a place: "from Norland" is none.)
    if (!run || run.names.length !== 1 || (prep === 'from' && countryOf(run.names[0]!) !== null)) return null;
    const t = tokens[i]!;
    return { cue: t.text, cueAt: t.start, status: 'reached', kind: t.lemma, noun: null, actionStart: t.start, named: run.names, subjectEnd: t.start, antecedent: null, collective: null, later: false, needsTwo: true };
  }
  return null;
}

/** "Pinecrest Dairy’s shareholders", "the Vell Society's trustees": the name whose organ (a possessed group or plural of persons) acts, or null. */
function organAt(tokens: readonly TaggedToken[], k: number, text: string): string | null {
  const run = namesAt(tokens, k, text);
  if (!run || run.names.length !== 1) return null;
  const h = tokens.findIndex((y) => y.start >= run.end);
  if (h < 0 || !/^['’]s?$/.test(tokens[h]!.text)) return null;
  let e = h + 1;
  while (e < tokens.length && e - h <= 3 && /^(?:NOUN|ADJ)$/.test(tokens[e]!.pos) && /^\p{Ll}/u.test(tokens[e]!.text)) e++;
  if (e === h + 1 || tokens[e - 1]!.pos !== 'NOUN') return null;
  const owner = organOwner(text.slice(tokens[k]!.start, tokens[e - 1]!.end));
  return owner === null ? null : owner.replace(/^the\s+/i, '');
}

const pactSynonymMemo = new Map<string, boolean>();
/** Whether a verb shares a WordNet sense with a verb whose lemma names an agreement ("let" with "lease"). */
function pactSynonym(lemma: string): boolean {
  let known = pactSynonymMemo.get(lemma);
  if (known === undefined) {
    known = synsetsOf(lemma, 'verb').some((x) => x.words.some((w) => w !== lemma && dealNounKind(w) === 'pact'));
    if (pactSynonymMemo.size > 10_000) pactSynonymMemo.clear();
    pactSynonymMemo.set(lemma, known);
  }
  return known;
}

function letTo(tokens: readonly TaggedToken[], i: number, text: string, base = tokens[i]!.lemma): DealHit | null {
  if (base === undefined || notReal(tokens, i) || tokens[i]!.text.endsWith('ing')) return null;
  let k = i + 1;
  // "has leased 200 hectares of upland from X": an "of" phrase inside the object.
  while (k < tokens.length && k - i < 8 && (/^(?:DET|ADJ|NOUN|NUM|PRON|PART|PROPN)$/.test(tokens[k]!.pos) || (word(tokens[k]) === 'of' && k > i + 1 && tokens[k - 1]!.pos === 'NOUN')) && !/^(?:to|from)$/.test(word(tokens[k]))) k++;
  if (k === i + 1 || !/^(?:to|from)$/.test(word(tokens[k])) || tokens[k + 1]?.pos === 'VERB') return null;
  // "hired two engineers from X": a synonym's object is a thing let, not a person.
  if (dealNounKind(base) !== 'pact' && (tokens[k - 1]!.pos !== 'NOUN' || nounClass(tokens[k - 1]!.text) === 'person')) return null;
  // "from two farming families": a counted group is a side as written.
  // "to a theatre company, Brightlamp Players,": the name set off after a description.
  const run = namesAt(tokens, k + 1, text) ?? apposedName(tokens, k + 1, text, true) ?? oneParty(commonParty(tokens, k + 1, text)) ?? oneParty(groupParty('counted', tokens, k + 1, text));
  if (!run) return null;
  const t = tokens[i]!;
  // "rented the hill from X under a tenancy that ended when …": what became of the deal it was made under.
  let status: AgreementStatus = 'reached';
  const u = tokens.findIndex((x) => x.start >= run.end);
  if (u > 0 && word(tokens[u]) === 'under') {
    let n = u + 1;
    while (n < tokens.length && n - u < 5 && /^(?:DET|ADJ|NUM)$/.test(tokens[n]!.pos)) n++;
    while (tokens[n]?.pos === 'NOUN' && tokens[n + 1]?.pos === 'NOUN') n++;
    const rel = tokens[n]?.pos === 'NOUN' ? relativeOnDeal(tokens, n + 1, text) : null;
    if (rel && rel.agent.length === 0) status = rel.status;
  }
  return { cue: t.text, cueAt: t.start, status, kind: base, noun: null, actionStart: t.start, named: run.names, subjectEnd: t.start, antecedent: null, collective: null, later: false, needsTwo: true };
}

/** Verbs of a move from one side to another ("joined X from Y", "moved to X from Y", "switched from Y to X"). */
const MOVE_VERBS = new Set(['join', 'move', 'switch', 'transfer']);

/** Whether "from X" at `f` and a "to Y" (or the other order) name two sides. */
function movedBetween(tokens: readonly TaggedToken[], f: number, text: string): boolean {
  const from = namesAt(tokens, f + 1, text);
  if (!from) return false;
  const after = tokens.findIndex((x) => x.start >= from.end);
  return after > 0 && word(tokens[after]) === 'to' && namesAt(tokens, after + 1, text) !== null;
}

/**
 * "Goalkeeper X has joined Dunholm City from Ravensby Athletic on a four-year contract", "moved to
 * Westport United from Calder Town for 6 million pounds": a move between two named sides, for a
 * fee or on a contract (or a loan, a deal), is a transfer deal among the one who moves and both
 * sides. Without the fee or the contract it is a career fact ("joined Google from Microsoft in
 * 2010"), and without a side it moves from, none.
 */
function joined(tokens: readonly TaggedToken[], i: number, text: string): DealHit | null {
  if (notReal(tokens, i) || willDo(tokens, i)) return null;
  const sides: string[] = [];
  let from: string[] = [];
  let paid = false;
  for (let k = i + 1; k < tokens.length && !/^[,;:.]$/.test(tokens[k]!.text) && tokens[k]!.pos !== 'SCONJ'; k++) {
    const w = word(tokens[k]);
    const joins = k === i + 1 && tokens[i]!.lemma === 'join';
    if (joins || w === 'to' || w === 'from') {
      const run = namesAt(tokens, joins ? k : k + 1, text);
      if (!run || run.names.length !== 1) continue;
      if (w === 'from') from = run.names;
      else sides.push(...run.names);
      k = tokens.findIndex((x) => x.start >= run.end) - 1;
      if (k < 0) break;
    } else if (w === 'for' && tokens.slice(k + 1, k + 8).some((x) => x.pos === 'NUM' || x.pos === 'SYM' || x.lemma === 'fee')) paid = true;
    else if (/^(?:on|in|under)$/.test(w) && tokens.slice(k + 1, k + 6).some((x) => x.pos === 'NOUN' && (x.lemma === 'loan' || x.lemma === 'fee' || (isDealLemma(x.lemma) && !MOVE_LEMMAS.has(x.lemma))))) paid = true;
  }
  if (!paid || from.length === 0 || sides.length === 0) return null;
  const t = tokens[i]!;
  return { cue: t.text, cueAt: t.start, status: 'reached', kind: 'transfer', noun: null, actionStart: t.start, named: [...sides, ...from], subjectEnd: t.start, antecedent: null, collective: null, later: false, needsTwo: true };
}

/** "merged with X", "X and Y merged", "will merge its unit with X". */
function merged(tokens: readonly TaggedToken[], i: number, text: string, attempted = false): DealHit | null {
  if (!attempted && notReal(tokens, i)) return null;
  const t = tokens[i]!;
  const named: string[] = [];
  let k = i + 1;
  while (k < tokens.length && k - i < 6 && word(tokens[k]) !== 'with' && !/^[,.;]$/.test(tokens[k]!.text)) k++;
  if (word(tokens[k]) === 'with') {
    const run = namesAt(tokens, k + 1, text);
    if (run) named.push(...run.names);
  }
  return { cue: t.text, cueAt: t.start, status: 'reached', kind: 'merge', noun: null, actionStart: t.start, named, subjectEnd: t.start, antecedent: null, collective: null, later: false, needsTwo: true };
}

/** A noun, "to" and a verb of uniting or trading (the verbs attemptFailed reads): "attempt to combine". */
const ATTEMPT_HINT = /(?<![\p{L}\p{M}\p{N}_])\p{L}{3,}\s+to\s+(?:merge|combine|unite|unify|amalgamate|acquire|buy|purchase|sell|take|join\s+forces)(?![\p{L}\p{M}\p{N}_])/u;
/** What ATTEMPT_HINT needs, without its look-behind and word run tried at every letter: a cheap test first (dealsIn runs its hints on every sentence). */
const ATTEMPT_GATE = /\sto\s+(?:merge|combine|unite|unify|amalgamate|acquire|buy|purchase|sell|take|join\s+forces)(?![\p{L}\p{M}\p{N}_])/u;
let attemptKeys: ReadonlySet<string> | null = null;
/** A noun of trying (WordNet: a kind of attempt.n.01 in its first two senses): "attempt", "effort", "bid", "try". */
function attemptNoun(lemma: string): boolean {
  attemptKeys ??= senseKeys('noun', ['attempt', 1]);
  return synsetsOf(lemma, 'noun', 2).some((x) => synsetIsKindOf(x, attemptKeys!));
}

/**
 * Whether the noun at `i` heads a phrase that "under" opens ("under the five-year licence"):
 * determiners, numbers, adjectives, nouns and hyphens between, and no noun after it ("under a
 * licensing agreement" is the agreement's).
 */
function underPhrase(tokens: readonly TaggedToken[], i: number): boolean {
  if (/^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '')) return false;
  let k = i - 1;
  while (k >= 0 && i - k <= 7 && (/^(?:DET|NUM|ADJ|NOUN)$/.test(tokens[k]!.pos) || tokens[k]!.text === '-')) k--;
  return k < i - 1 && word(tokens[k]) === 'under';
}

const possessionMemo = new Map<string, boolean>();
/** A verb whose first sense (WordNet) is one of possession and no verb of buying or selling: "stock", "source", "borrow". */
function possessionVerb(lemma: string): boolean {
  let known = possessionMemo.get(lemma);
  if (known === undefined) {
    known = !TRADE_VERBS.has(lemma) && synsetsOf(lemma, 'verb', 1)[0]?.lexname === 'verb.possession';
    if (possessionMemo.size > 10_000) possessionMemo.clear();
    possessionMemo.set(lemma, known);
  }
  return known;
}

let exchangeKeys: ReadonlySet<string> | undefined;
/** A verb whose first sense is giving to and receiving from one another (WordNet's exchange.v.01, or a kind of it): "exchange", "swap". */
function exchangeVerb(lemma: string): boolean {
  exchangeKeys ??= senseKeys('verb', ['exchange', 1]);
  const first = synsetsOf(lemma, 'verb', 1)[0];
  return first !== undefined && synsetIsKindOf(first, exchangeKeys);
}

/** Verbs of getting out of something (by lemma), besides those that void a deal: "leave", "escape". */
const GET_OUT_VERBS = new Set(['leave', 'escape', 'exit', 'quit']);

/**
 * "has lost her bid to leave a franchise agreement with X", "is trying to escape its lease with
 * X", "failed in an attempt to end a contract with X": a deal that someone tries to get out of
 * (the verb `v` before its phrase at `s` one of leaving or voiding, its infinitive after a noun
 * of attempting, WordNet's attempt.n.01, or a verb of trying) exists — it is held. Returns the
 * verb of trying or the noun's verb, and where the subject ends (before its auxiliaries), or null.
 */
function leftDeal(tokens: readonly TaggedToken[], v: number, s: number): { verb: TaggedToken; subjectEnd: number } | null {
  const quit = tokens[v];
  if (v !== s - 1 || quit?.pos !== 'VERB' || quit.text !== quit.lemma || !(GET_OUT_VERBS.has(quit.lemma) || statusOfVerb(quit.lemma) === 'voided')) return null;
  if (word(tokens[v - 1]) !== 'to') return null;
  let k = v - 2;
  // "her bid", "an attempt", "its latest effort": the noun, with its determiner, and the verb before it.
  if (tokens[k]?.pos === 'NOUN' && attemptNoun(tokens[k]!.lemma)) {
    k--;
    while (k >= 0 && (/^(?:DET|ADJ|ADV)$/.test(tokens[k]!.pos) || /^(?:her|his|its|their|our)$/i.test(word(tokens[k])))) k--;
    if (word(tokens[k]) === 'in' && tokens[k - 1]?.pos === 'VERB') k--;
  } else while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB' || tokens.slice(Math.max(0, k - 3), k).some((x) => NEGATIONS.has(word(x)) || HYPOTHESIS.has(word(x)))) return null;
  // ("lost her bid", "failed in an attempt", "is trying", "has sought": the deal stands whatever came of the attempt.)
  if (!(k < v - 2 && tokens[k + 1]?.pos !== 'VERB') && !triesAct(verb.lemma)) return null;
  let a = k;
  while (a > 0 && /^(?:AUX|ADV|PART)$/.test(tokens[a - 1]!.pos)) a--;
  return { verb, subjectEnd: tokens[a]!.start };
}

/** A verb of uniting (WordNet: a sense, of its first three, shared with "unite"): "merge", "combine". */
const unitingMemo = new Map<string, boolean>();
export function unitingVerb(lemma: string): boolean {
  let yes = unitingMemo.get(lemma);
  if (yes === undefined) {
    yes = synsetsOf(lemma, 'verb', 3).some((x) => x.words.includes('unite'));
    unitingMemo.set(lemma, yes);
  }
  return yes;
}

/**
 * "A first attempt to join the two mills failed in 2011", "Kell's bid to buy Dorn failed":
 * an attempt noun at `i`, "to" and a verb of uniting or of trading with its object (names, or a
 * collective the caller resolves), then the clause's verb saying it fell apart (`SUBJECT_STATUS`:
 * collapsed; a phrasal verb WordNet files whole, "fell through"): a deal that collapsed.
 */
function attemptFailed(tokens: readonly TaggedToken[], i: number, text: string): DealHit | null {
  // "an attempt by Holm to merge with Y": the one who tried, named after "by", is a side.
  const tried = word(tokens[i + 1]) === 'by' ? namesAt(tokens, i + 2, text) : null;
  if (word(tokens[i + 1]) === 'by' && (!tried || tried.names.length !== 1)) return null;
  const to = tried ? tokens.findIndex((x) => x.start >= tried.end) : i + 1;
  if (word(tokens[to]) !== 'to') return null;
  const v = to + 1;
  const verb = tokens[v];
  if (verb?.pos !== 'VERB' || verb.text !== verb.lemma) return null;
  // "to join forces with Y": a verb and its noun WordNet files whole as a verb of working together
  // (join_forces: collaborate, cooperate) unite the two as a verb of uniting does.
  const together = tokens[v + 1]?.pos === 'NOUN' && synsetsOf(`${verb.lemma}_${word(tokens[v + 1])}`, 'verb', 1).some((x) => x.words.includes('collaborate') || x.words.includes('unite'));
  const merging = verb.lemma === 'merge' || unitingVerb(verb.lemma) || together;
  if (!merging && !TRADE_VERBS.has(verb.lemma)) return null;
  // ("to buy a cider maker, Appleyard Row Cider,": a name set off after a description of it.)
  const setOff = together ? null : apposedName(tokens, v + 1, text);
  // ("an attempt by X to merge with Y": the partner of a verb of uniting follows "with".)
  const partner = !together && !setOff && merging && word(tokens[v + 1]) === 'with' ? namesAt(tokens, v + 2, text) : null;
  const object = together ? { names: [], collective: null, end: v + 2 } : setOff ? { names: setOff.names, collective: null, end: tokens.findIndex((x) => x.start >= setOff.end) } : partner ? { names: partner.names, collective: null, end: tokens.findIndex((x) => x.start >= partner.end) } : partiesAt(tokens, v + 1, text);
  if (object.names.length === 0 && !together && (object.collective === null || !/^(?:the|both|these|those)\s+(?:two|three|four)\s/i.test(object.collective))) return null;
  // The clause's own verb: the first finite one after the object, before any comma or conjunction.
  // ("to buy a cider maker, Appleyard Row, collapsed": the comma closing a name set off after its description is the object's.)
  let k = object.end;
  if (tokens[k]?.text === ',' && tokens.slice(v + 1, k).some((x) => x.text === ',')) k++;
  while (k < tokens.length && k - object.end < 12 && tokens[k]!.pos !== 'VERB' && !/^[,;:.]$/.test(tokens[k]!.text) && tokens[k]!.pos !== 'CCONJ' && tokens[k]!.pos !== 'SCONJ') k++;
  const main = tokens[k];
  if (main?.pos !== 'VERB' || main.text === main.lemma || /ing$/.test(main.text) || notReal(tokens, k)) return null;
  const phrasal = /^(?:ADP|ADV|PART)$/.test(tokens[k + 1]?.pos ?? '') ? verbStatus(`${main.lemma}_${word(tokens[k + 1])}`) : null;
  const status = phrasal ?? SUBJECT_STATUS.get(main.lemma) ?? null;
  if (status !== 'collapsed') return null;
  const withNames = merging ? merged(tokens, v, text, true)?.named ?? [] : [];
  const named = [...(tried?.names ?? []), ...object.names, ...withNames.filter((n) => !object.names.includes(n))];
  if (together && named.length < 2) return null;
  const start = tokens.slice(0, i).findLastIndex((x) => !/^(?:ADJ|ADV|DET|NUM|NOUN|PROPN|PART)$/.test(x.pos)) + 1;
  return { cue: main.text, cueAt: main.start, status, kind: merging ? 'merger' : 'purchase', noun: [tokens[start]!.start, tokens[i]!.end], actionStart: tokens[start]!.start, named, subjectEnd: null, antecedent: null, collective: named.length === 0 ? object.collective : null, later: false, needsTwo: true, attempt: true };
}

/**
 * "An earlier attempt at a takeover fell apart in 2009": a noun of trying (at `i`), "at", an
 * indefinite deal noun (the lexicon's, after at most two modifiers), and the clause's own verb
 * of falling apart (as attemptFailed reads it): a failed attempt at that deal, its sides the
 * deal of that kind found before (the caller's), read through `collective`.
 */
function attemptAtFailed(tokens: readonly TaggedToken[], i: number): DealHit | null {
  if (!/^(?:a|an)$/.test(word(tokens[i + 2]))) return null;
  let n = i + 3;
  while (n < i + 5 && tokens[n + 1]?.pos === 'NOUN' && /^(?:ADJ|NOUN)$/.test(tokens[n]?.pos ?? '')) n++;
  const noun = tokens[n];
  if (noun?.pos !== 'NOUN' || dealNounKind(noun.lemma) === null) return null;
  let k = n + 1;
  while (k < tokens.length && k - n < 8 && tokens[k]!.pos !== 'VERB' && !/^[,;:.]$/.test(tokens[k]!.text) && tokens[k]!.pos !== 'CCONJ' && tokens[k]!.pos !== 'SCONJ') k++;
  const main = tokens[k];
  if (main?.pos !== 'VERB' || main.text === main.lemma || /ing$/.test(main.text) || notReal(tokens, k)) return null;
  const phrasal = /^(?:ADP|ADV|PART)$/.test(tokens[k + 1]?.pos ?? '') ? verbStatus(`${main.lemma}_${word(tokens[k + 1])}`) : null;
  if ((phrasal ?? SUBJECT_STATUS.get(main.lemma)) !== 'collapsed') return null;
  const start = tokens.slice(0, i).findLastIndex((x) => !/^(?:ADJ|ADV|DET|NUM|NOUN|PROPN|PART)$/.test(x.pos)) + 1;
  const deal = `${word(tokens[i + 2])} ${noun.text}`;
  return { cue: main.text, cueAt: main.start, status: 'collapsed', kind: noun.lemma, noun: [tokens[start]!.start, noun.end], actionStart: tokens[start]!.start, named: [], subjectEnd: null, antecedent: null, collective: deal, later: false, needsTwo: true, attempt: true };
}

/**
 * An offer of a deal made and not yet answered, by the verb "offer" at `i` (a past or present,
 * asserted): "The council has offered Brigley Pumps a £400,000 settlement" — to a name (a clause
 * set off after it may stand between) a deal noun, indefinite; "Farrow had offered to extend that
 * contract for two years" — to renew or extend a deal made before (linked by the caller, whose
 * other side it takes). Proposed. A refused offer is offeredThenRefused's; an offer of a thing,
 * money or an act ("offered to buy the yard") is none.
 */
function offerMade(tokens: readonly TaggedToken[], i: number, text: string): DealHit | null {
  const t = tokens[i]!;
  if (t.text === t.lemma || /ing$/.test(t.text) || notReal(tokens, i) || willDo(tokens, i)) return null;
  const base = { cue: t.text, cueAt: t.start, status: 'proposed' as const, actionStart: t.start, subjectEnd: t.start, antecedent: null, collective: null, later: false, proposal: true };
  if (word(tokens[i + 1]) === 'to' && tokens[i + 2]?.pos === 'VERB' && (RENEWING.has(tokens[i + 2]!.lemma) || EXTENDING.has(tokens[i + 2]!.lemma))) {
    const d = i + 3;
    if (!/^(?:the|that|this|its|their)$/.test(word(tokens[d]))) return null;
    let n = d + 1;
    while (n < tokens.length && n - d <= 3 && /^(?:ADJ|NOUN)$/.test(tokens[n]!.pos) && !(isDealLemma(tokens[n]!.lemma) && tokens[n + 1]?.pos !== 'NOUN')) n++;
    const noun = tokens[n];
    if (noun?.pos !== 'NOUN' || !isDealLemma(noun.lemma) || planLike(noun.lemma)) return null;
    return { ...base, kind: noun.lemma, noun: [tokens[d]!.start, noun.end], named: [], needsTwo: false, later: true };
  }
  const taker = namesAt(tokens, i + 1, text);
  if (!taker || taker.names.length !== 1) return null;
  let k = tokens.findIndex((x) => x.start >= taker.end);
  // (", which supplied faulty meters,": a clause set off after the name.)
  if (tokens[k]?.text === ',') {
    const close = tokens.findIndex((x, c) => c > k && x.text === ',');
    if (close < 0 || close - k > 12 || !/^(?:which|who|that)$/.test(word(tokens[k + 1]))) return null;
    k = close + 1;
  }
  if (!/^(?:a|an)$/.test(word(tokens[k]))) return null;
  for (let n = k + 1; n < tokens.length && n - k <= 6 && !/^[,;:.]$/.test(tokens[n]!.text); n++) {
    const x = tokens[n]!;
    if (x.pos === 'NOUN' && isDealLemma(x.lemma) && tokens[n + 1]?.pos !== 'NOUN') {
      if (planLike(x.lemma) || x.lemma === 'deal' && word(tokens[n + 1]) === 'of') return null;
      // "offered Ivo Benn a settlement of £40,000 last year, which he turned down": the one offered
      // refused it (a pronoun, then a verb of rejecting and nothing of its own after it).
      const c = tokens.findIndex((y, q) => q > n && q - n <= 8 && /^[,;:.]$/.test(y.text));
      const v = c > 0 && tokens[c]!.text === ',' && word(tokens[c + 1]) === 'which' && tokens[c + 2]?.pos === 'PRON' && /^(?:he|she|they|it)$/i.test(tokens[c + 2]!.text) ? c + 3 : -1;
      const rv = v > 0 ? tokens[v] : undefined;
      const refused = rv !== undefined && rv.pos === 'VERB' && rv.text !== rv.lemma && refusal(rv, tokens[v + 1]) === 'rejected' && /^(?:PUNCT|ADV|ADP)$/.test(tokens[v + (particleStatus(rv, tokens[v + 1]) ? 2 : 1)]?.pos ?? 'PUNCT');
      return { ...base, ...(refused ? { status: 'rejected' as const } : {}), kind: x.lemma, noun: [tokens[k]!.start, x.end], named: [...taker.names], needsTwo: true };
    }
  }
  return null;
}

/** A share in something ("a stake in Borel"): what follows "in" is whose, not where. */
const STAKE_NOUN = /^(?:stake|interest|share|holding)$/;

/**
 * Whom "to <verb of giving> … to X" or "to provide X with …" gives to, after a deal noun (`e` at
 * "to"): one name, or null. What is given may not hold a verb, a clause or a second "to".
 */
function takerOfGiving(tokens: readonly TaggedToken[], e: number, text: string): string | null {
  // "a ten-year lease handing the depot to X": a participle of giving right after the deal reads as "to hand".
  // ("an agreement in June transferring …": a time phrase may stand between.)
  let p = e;
  if (/^(?:in|on)$/.test(word(tokens[p])) && (tokens[p + 1]?.pos === 'NUM' || CALENDAR_WORDS.has(tokens[p + 1]?.text ?? ''))) p += 2;
  if (tokens[p]?.pos === 'VERB' && /ing$/i.test(tokens[p]!.text) && handingVerb(tokens[p]!.lemma)) e = p - 1;
  else if (word(tokens[e]) !== 'to' || tokens[e + 1]?.pos !== 'VERB' || !givingVerb(tokens[e + 1]!.lemma)) return null;
  // "to provide the airline Skyra with fuel": the name first, then "with".
  const first = namesAt(tokens, e + 2, text);
  if (first && first.names.length === 1) {
    const after = tokens.findIndex((x) => x.start >= first.end);
    return after >= 0 && word(tokens[after]) === 'with' ? first.names[0]! : null;
  }
  for (let k = e + 2; k < tokens.length && k - e < 12; k++) {
    const x = tokens[k]!;
    // ("the tram shed/VERB to X": the tagger may read a noun before a preposition as a verb.)
    const misread = x.pos === 'VERB' && /^(?:NOUN|ADJ)$/.test(tokens[k - 1]!.pos) && tokens[k + 1]?.pos === 'ADP' && x.text === x.lemma;
    if (/^[,.;:]$/.test(x.text) || (x.pos === 'VERB' && !misread) || x.pos === 'SCONJ' || x.pos === 'AUX') return null;
    if (word(x) !== 'to') continue;
    const run = namesAt(tokens, k + 1, text);
    return run && run.names.length === 1 ? run.names[0]! : null;
  }
  return null;
}

/**
 * The main clause's verb when the verb at `i` is a past participle describing the noun just
 * before it ("follows a design licensed from …"), else -1.
 */
function reducedParticiple(tokens: readonly TaggedToken[], i: number, from: number): number {
  if (!/ed$/i.test(tokens[i]!.text) || tokens[i - 1]?.pos !== 'NOUN') return -1;
  let d = i - 1;
  while (d > from && /^(?:NOUN|ADJ|PROPN|NUM)$/.test(tokens[d]!.pos)) d--;
  if (!/^(?:DET|PRON)$/.test(tokens[d]?.pos ?? '')) return -1;
  const m = d - 1;
  return m > from && tokens[m]!.pos === 'VERB' && !reportingLemma(tokens[m]!.lemma) ? m : -1;
}

/**
 * "acquired X", "X was acquired by Y", "bought X", "will purchase 20 of X's jets", "ordered 20 jets from X", "sold its stake to X".
 * `attempted`: read the deal a verb would make even when the attempt failed ("tried to buy X").
 */
function traded(tokens: readonly TaggedToken[], i: number, text: string, attempted = false): DealHit | null {
  const t = tokens[i]!;
  if (t.lemma === 'take' && word(tokens[i + 1]) !== 'over') return null;
  // "ordered 20 jets" is a purchase; "ordered GM to repay" is a command.
  if (t.lemma === 'order' && !/^(?:NUM|DET|ADJ)$/.test(tokens[i + 1]?.pos ?? '')) return null;
  // "to buy" after a verb of wanting or planning is no purchase yet.
  if (!attempted && notReal(tokens, i, true)) return null;
  const named: string[] = [];
  let passive = false;
  // "was itself bought by": an emphatic reflexive between the auxiliary and the verb.
  const aux = (x: TaggedToken): boolean => x.pos === 'AUX' || x.pos === 'ADV' || /^(?:itself|themselves)$/i.test(x.text);
  for (let k = i - 1; k >= 0 && i - k <= 3 && aux(tokens[k]!); k--) if (tokens[k]!.lemma === 'be') passive = true;
  let antecedent: string | null = null;
  let collective: string | null = null;
  let k = t.lemma === 'take' ? i + 2 : i + 1;
  if (passive) {
    // "Pixar was acquired by The Walt Disney Company": the buyer follows "by"; "was sold to X": it follows "to".
    // ("was licensed to X" is a licence, read by its own reader).
    if (word(tokens[k]) !== 'by' && !(t.lemma === 'sell' && word(tokens[k]) === 'to')) return null;
    const run = namesAt(tokens, k + 1, text);
    if (!run) return null;
    named.push(...run.names);
    // "Pixar which was acquired by …": the relative pronoun stands for the name before it.
    let r = i - 1;
    while (r >= 0 && aux(tokens[r]!)) r--;
    if (/^(?:which|that)$/.test(word(tokens[r])) && tokens[r - (tokens[r - 1]?.text === ',' ? 2 : 1)] !== undefined) {
      let a = r - (tokens[r - 1]?.text === ',' ? 2 : 1);
      const last = a;
      while (a > 0 && nameToken(tokens[a - 1], a - 1)) a--;
      if (nameToken(tokens[last], last)) antecedent = text.slice(tokens[a]!.start, tokens[last]!.end);
    }
    return { cue: t.text, cueAt: t.start, status: 'reached', kind: t.lemma, noun: null, actionStart: t.start, named, subjectEnd: antecedent ? null : t.start, antecedent, collective: null, later: false, needsTwo: true };
  }
  // Active: the buyer is a name (or a pronoun for one), not "investors" or "customers".
  const from = clauseStart(tokens, i);
  let c = i - 1;
  // The sentence's first word is capitalised anyway: "Investors bought …" names nobody.
  const isName = (k: number): boolean => tokens[k]!.pos === 'PROPN' && !(k === 0 && /s$/.test(tokens[k]!.text) && tokens[1]?.pos !== 'PROPN');
  while (c > from && !isName(c) && !/^(?:it|they|he|she|we)$/i.test(tokens[c]!.text)) c--;
  // "The parish council bought the yard from Harlow Estates": a definite description buys only
  // from a seller named after "from" (checked below); "Investors bought shares" names nobody.
  let v = i - 1;
  while (v > from && /^(?:AUX|ADV)$/.test(tokens[v]!.pos)) v--;
  const described = tokens[c] !== undefined && !isName(c) && !/^(?:it|they|he|she|we)$/i.test(tokens[c]!.text) && /^the$/i.test(tokens[from]?.text ?? '') && v > from && tokens[v]!.pos === 'NOUN' && tokens.slice(from + 1, v + 1).every((x) => /^(?:ADJ|NOUN)$/.test(x.pos) && /^\p{Ll}/u.test(x.text));
  // ("Its new frame follows a design licensed from X": the owner of the main clause's subject holds it.)
  const ownerOfSubject = /^(?:its|their)$/i.test(tokens[from]?.text ?? '') && reducedParticiple(tokens, i, from) >= 0;
  if (!described && !ownerOfSubject && (!tokens[c] || (!isName(c) && !/^(?:it|they|he|she|we)$/i.test(tokens[c]!.text)))) return null;
  let seller = false;
  // The object must name a firm, or what it buys must be someone's ("20 of Boeing's jets").
  let stop = Math.min(tokens.length, k + 12);
  for (; k < stop; k++) {
    const x = tokens[k]!;
    // "bought the biotech start-up Corra Bio": a description before the name it describes.
    if (k === i + 1 && x.pos === 'DET') {
      const run = namesAt(tokens, k, text);
      const after = run ? tokens.findIndex((y) => y.start >= run.end) : -1;
      if (run && run.names.length === 1 && tokens.slice(k + 1, after < 0 ? tokens.length : after).some((y) => /^\p{Ll}/u.test(y.text)) && (after < 0 || /^(?:ADP|PUNCT)$/.test(tokens[after]!.pos))) {
        // "sold the Morrow brand to Vantle", "licensed the Orra name to X": what is sold is no party; whom it goes to, after "to", is.
        if (SELL_VERBS.has(t.lemma) && after >= 0 && word(tokens[after]) === 'to') {
          k = after - 1;
          continue;
        }
        named.push(...run.names);
        // "bought the Old Lamp pub chain from its founders, the Ainsworth brothers": whom it was bought from follows.
        // "from the county council": a description, resolved by the caller ("from its founders" names nobody).
        const seller = after >= 0 && word(tokens[after]) === 'from' && !SELL_VERBS.has(t.lemma) ? (withBodyHead(tokens, namesAt(tokens, after + 1, text), text, after + 1) ?? apposedName(tokens, after + 1, text, true) ?? oneParty(commonParty(tokens, after + 1, text))) : null;
        if (seller) named.push(...seller.names);
        break;
      }
      // "another biotech firm, Sunmarch Therapeutics,": a name in apposition to a common noun phrase.
      let c = k + 1;
      while (c < tokens.length && /^(?:ADJ|NOUN)$/.test(tokens[c]!.pos)) c++;
      const apposed = c > k + 1 && tokens[c]?.text === ',' ? namesAt(tokens, c + 1, text) : null;
      const close = apposed ? tokens.findIndex((y) => y.start >= apposed.end) : -1;
      if (apposed && apposed.names.length === 1 && (close < 0 || /^[,.;]$/.test(tokens[close]!.text))) {
        named.push(...apposed.names);
        break;
      }
    }
    // ("its heart-scan software": a verb glued by a hyphen is part of the object.)
    if (/^[,.;:]$/.test(x.text) || (x.pos === 'VERB' && !(tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === x.start)) || x.pos === 'SCONJ') break;
    // ("Vantek licenses the design from the university": a licence taken from its owner.)
    const licenceFrom = /^licen[cs]e$/.test(t.lemma) && word(x) === 'from';
    if (/^(?:from|to)$/.test(word(x)) && (!SELL_VERBS.has(t.lemma) || word(x) === 'to' || licenceFrom)) {
      // "bought the X Wind Farm from the county council": a description, resolved by the caller,
      // once what was bought is named ("20 turbines from the manufacturer" stays no deal).
      const run = (word(x) === 'from' ? withBodyHead(tokens, namesAt(tokens, k + 1, text), text, k + 1) : namesAt(tokens, k + 1, text)) ?? apposedName(tokens, k + 1, text, true) ?? (word(x) === 'from' && (named.length > 0 || licenceFrom) ? theParty(commonParty(tokens, k + 1, text)) : null);
      // "sold the rights to her songs to the fund X": a "to" phrase inside the object (no one named,
      // another "to" further in the clause) is part of what is sold.
      if (!run && word(x) === 'to' && SELL_VERBS.has(t.lemma)) {
        const next = tokens.findIndex((y, m) => m > k + 1 && (word(y) === 'to' || /^[,.;:]$/.test(y.text) || y.pos === 'VERB' || y.pos === 'SCONJ'));
        if (next > 0 && next - k <= 6 && word(tokens[next]) === 'to') {
          k = next - 1;
          continue;
        }
      }
      if (run) named.push(...run.names);
      // "The parish council sold the field to Harlow Estates", "the university has licensed its design
      // to Vantek": a description sells or licenses to a name after "to", as it buys from one.
      seller = run !== null && (word(x) === 'from' || (SELL_VERBS.has(t.lemma) && namesAt(tokens, k + 1, text) !== null));
      break;
    }
    // "a battery plant in Ohio" is where, not whom; "a stake in Borel" is whose.
    // ("a stake in the Hessel gas field in the Varran Sea from its operator": a place phrase inside
    // what a stake is in, of no verb or comma, before whom it is bought from, is passed over.)
    const sellerAfterPlace = (): number => {
      const f = tokens.findIndex((y, m) => m > k && m - k <= 8 && word(y) === 'from');
      return f > k && !SELL_VERBS.has(t.lemma) && tokens.slice(i + 1, k).some((y) => STAKE_NOUN.test(y.lemma)) && tokens.slice(k + 1, f).every((y) => y.pos !== 'VERB' && !/^[,.;:]$/.test(y.text)) ? f : -1;
    };
    if (/^(?:for|at|on|near)$/.test(word(x)) || (word(x) === 'in' && !STAKE_NOUN.test(tokens[k - 1]?.lemma ?? ''))) {
      const f = word(x) === 'in' ? sellerAfterPlace() : -1;
      if (f < 0) break;
      stop = Math.min(tokens.length, f + 8);
      k = f - 1;
      continue;
    }
    // "a 30 % stake in the pastry maker": a firm described, named earlier (resolved by the caller).
    if (word(x) === 'in' && !namesAt(tokens, k + 1, text)) {
      if (SELL_VERBS.has(t.lemma)) break;
      const described = commonParty(tokens, k + 1, text);
      // "a stake in the field from its operator, Dace Offshore": what the stake is in is a thing
      // when whom it is bought from follows; that one is the other side (read below).
      const from = described ? tokens.findIndex((y) => y.start >= described.end) : -1;
      if (from > k && word(tokens[from]) === 'from') {
        k = from - 1;
        continue;
      }
      if (described && /^the\s/i.test(described.name)) collective = described.name;
      break;
    }
    if (nameToken(x, k) && (x.pos === 'PROPN' || /^\p{Lu}/u.test(x.text))) {
      // A product named after its maker is not the maker: only a name that is the object's head or a possessor counts.
      const run = namesAt(tokens, k, text);
      if (!run) continue;
      const after = tokens.findIndex((y) => y.start >= run.end);
      const possessor = after >= 0 && tokens[after]!.pos === 'PART';
      const head = after < 0 || (['ADP', 'PUNCT', 'CCONJ', 'SCONJ', 'PRON'].includes(tokens[after]!.pos) && !/^[)\]]$/.test(tokens[after]!.text));
      // "20 Airbus A380s", "six Boeing 787 jets": the maker before a model number sells them.
      const maker = /^(\p{Lu}[\p{L}&.-]+(?:\s+\p{Lu}[\p{L}&.-]+)*)\s+\p{L}*\d/u.exec(run.names[0] ?? '') ?? (/\d/.test(tokens[after]?.text ?? '') ? ['', run.names[0]!] : null);
      if ((possessor || head) && !SELL_VERBS.has(t.lemma) && !maker) named.push(...run.names);
      else if (maker && !SELL_VERBS.has(t.lemma)) named.push(maker[1]);
      k = after < 0 ? tokens.length : after - 1;
    }
  }
  if (named.length === 0 && collective === null) return null;
  if (described && !seller) return null;
  // "Harrow builds a frame licensed from Varn Design": a participle after the noun it describes
  // (no auxiliary) tells what the main clause's subject holds; that subject, before the main
  // verb, is the side, not the words up to the participle.
  const main = reducedParticiple(tokens, i, from);
  return { cue: t.text, cueAt: t.start, status: 'reached', kind: t.lemma, noun: null, actionStart: t.start, named, subjectEnd: main >= 0 ? tokens[main]!.start : t.start, antecedent, collective, later: false, needsTwo: true };
}
