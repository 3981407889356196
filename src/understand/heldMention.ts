/**
 * A definite mention of a deal the article already holds, wherever it sits in the sentence:
 * "Its members turned out to back the buyout", "the council refused to approve the
 * lease", "She said the partnership had paid off". The noun readers (deals.ts) read a deal noun by
 * the verb or the outcome it is the subject or object of; a sentence that only names a deal
 * found before, deep in a clause whose verb tells nothing of its own, is still a sentence about
 * that deal. The caller links the mention to the deal of its kind (see linkLaterMentions).
 *
 * Issue 11's label convention: a mention of a deal held counts also when a step for it is still
 * ahead ("is expected to vote on the buyout", "the pact still needs a signature").
 *
 * Not a mention of a deal that holds: one side's intention, proposal or would/could before it (see
 * `heldDealMention`), one under a condition ("If a judge voids the pact, …",
 * "Had the merger gone ahead, …"), which tells what would become of it, not what did;
 * "sales" (takings) or "the sale of …" (a thing to be sold, often one a regulator may demand), and
 * a deal noun that names a body speaking ("The partnership said …").
 */
import { tag, type TaggedToken } from './nlp.js';
import { dealKindOf, holdVerb } from './dealWords.js';
import { baseForms, senseKeys, synsetIsKindOf, synsetsOf } from '../wordnet.js';

const DEFINITE = /^(?:the|this|that|these|those)$/i;
/** Modifiers that set a deal beside another: "the same licence", "the old contract". */
const ANOTHER = /^(?:same|similar|other|old|former|previous|earlier|original)$/i;
/** Clause-opening inversions of a condition: "Had the deal survived", "Were the treaty ratified", "Should the board object". */
const INVERTED_CONDITION = /^(?:Had|Were|Should)\s/u;
const CONDITION = /(?<![\p{L}])(?:if|unless)(?![\p{L}])/iu;
const MODAL = /(?<![\p{L}])(?:would|could|might|may)(?![\p{L}])/iu;
/**
 * A question the sentence only asks about the deal ("met to talk about how to pay for the buyout"):
 * it states nothing of it.
 */
const HOW_TO = /(?<![\p{L}])how\s+to(?![\p{L}])/iu;
const WHETHER = /(?<![\p{L}])whether(?![\p{L}])/iu;
/** A modal with its negation: "the pact would not lower fares", a course denied under a hypothesis. */
const MODAL_NOT = /(?<![\p{L}])(?:would|could|might|may)(?:\s+not|n['’]t)(?![\p{L}])/iu;

function dealHead(t: TaggedToken): boolean {
  if (t.pos !== 'NOUN') return false;
  const w = t.text.toLowerCase();
  // ("sales": takings; "the sale": of a thing, not the deal that holds.)
  if (/^sales?$/.test(w)) return false;
  // ("the offer", "the bid": a deal put to a side, not one held; offers have their own reader in deals.ts.)
  if (/^(?:offer|proposal|bid|approach)s?$/.test(w)) return false;
  // ("the order": first a ruling or a command (WordNet); an order is a deal only between two named
  // parties, read so by deals.ts, never as a bare mention, as "the sale" above.)
  if (/^orders?$/.test(w)) return false;
  // (The one list of deal nouns, dealWords: WordNet's agreements, contracts held, the lexicon's.)
  return dealKindOf(w) !== null;
}

/** A capitalised sentence opener that is a common word (WordNet has it as a noun or an adjective), not a name: "Consumer groups", "Officials". */
function commonOpener(t: TaggedToken): boolean {
  const w = t.text.toLowerCase();
  return synsetsOf(w, 'noun').length > 0 || synsetsOf(w, 'adj').length > 0 || synsetsOf(t.lemma, 'noun').length > 0;
}

/**
 * "Tenants begged the minister to stop the pact", "Diplomats met often before the
 * accord was signed": a subject that is a bare plural of common nouns (no determiner, no name, no
 * pronoun) names some people at large, not a side of the deal or a body deciding on it; what they
 * think or do of the deal is a reaction to it, no report of the deal.
 */
function bareGroupSubject(tokens: readonly TaggedToken[], mentionAt: number): boolean {
  // (The first verb past the opener: "Neighbouring farmers objected", a participle describing them.)
  const v = tokens.findIndex((t, k) => k > 0 && (t.pos === 'VERB' || t.pos === 'AUX'));
  // ("Terms of the pact stay secret": a deal inside the subject is what the sentence is about.)
  if (v <= 0 || mentionAt < tokens[v]!.start) return false;
  const subject = tokens.slice(0, v);
  // (Its head phrase is the part before a preposition: "Shareholders of both firms".)
  const adp = subject.findIndex((t) => t.pos === 'ADP');
  const phrase = adp < 0 ? subject : subject.slice(0, adp);
  if (phrase.some((t) => /^(?:DET|PRON|NUM|PUNCT)$/.test(t.pos) && !(t.pos === 'PUNCT' && /^['’]$/.test(t.text))) || subject.some((t, k) => t.pos === 'PROPN' && (k > 0 || !commonOpener(t)))) return false;
  const head = phrase.findLast((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  // (A plural: its noun base form differs, WordNet's morphology; the tagger gives an opener's "Fans" as its own lemma.)
  const w = head?.text.toLowerCase() ?? '';
  return head !== undefined && /s$/.test(w) && (baseForms(w).get('noun') ?? []).some((b) => b !== w);
}

let intentKeys: ReadonlySet<string> | undefined;
/**
 * A verb of one side's intention or proposal (WordNet: kinds of propose, intend, want, and the
 * threaten that utters an intention; by the first two senses): "Ormley has proposed widening the
 * pact", "the trust wants to extend the lease", "had threatened to quit the accord". Before the
 * deal, it says what one side means to do to it, a proposal nobody accepted yet, not what became of it.
 */
function intentVerb(t: TaggedToken, next: TaggedToken | undefined): boolean {
  // (The tagger may read a present tense before "to" as a plural noun: "The firm plans to sell".)
  if (t.pos !== 'VERB' && !(t.pos === 'NOUN' && next?.pos === 'PART' && /^to$/i.test(next.text))) return false;
  intentKeys ??= senseKeys('verb', ['propose', 1], ['intend', 1], ['want', 1], ['threaten', 2]);
  const keys = intentKeys;
  return synsetsOf(t.lemma, 'verb', 2).some((s) => synsetIsKindOf(s, keys));
}

export interface HeldMention {
  /** The noun phrase as written, from its determiner: "the merger agreement". */
  readonly noun: string;
  readonly start: number;
}

/**
 * The first definite deal noun phrase of `text` (a determiner, at most three modifiers, a deal
 * noun as its head: the last of a compound, "the merger agreement"), or null when the sentence has
 * none, or holds it under a condition, or the phrase names a speaker.
 */
export function heldDealMention(text: string): HeldMention | null {
  if (INVERTED_CONDITION.test(text) || MODAL_NOT.test(text) || (WHETHER.test(text) && MODAL.test(text))) return null;
  const tokens = tag(text).tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!dealHead(t)) continue;
    // (The head is a compound's last noun: "the settlement talks", "the contract minimum" name no deal.)
    if (tokens[i + 1]?.pos === 'NOUN') continue;
    let j = i - 1;
    // (A participle only right after the determiner: "the renewed lease", not "the government made concessions".)
    while (j >= 0 && i - j <= 4 && (/^(?:ADJ|NOUN|PROPN|NUM)$/.test(tokens[j]!.pos) || (tokens[j]!.pos === 'VERB' && DEFINITE.test(tokens[j - 1]?.text ?? ''))) && !DEFINITE.test(tokens[j]!.text)) j--;
    if (j < 0 || !DEFINITE.test(tokens[j]!.text)) continue;
    // ("The cost of violating the accord is high": the object of a gerund after a preposition names an act in general, not one done.)
    if (tokens[j - 1]?.pos === 'VERB' && /ing$/i.test(tokens[j - 1]!.text) && tokens[j - 2]?.pos === 'ADP') continue;
    // ("the same licence", "the old contract", "the previous lease": a deal set beside the one held, another one.)
    if (tokens.slice(j + 1, i).some((x) => ANOTHER.test(x.text))) continue;
    // ("the lease of the hall": a deal noun before "of" and the thing traded tells of the trade, not of a deal held.)
    if (/^of$/i.test(tokens[i + 1]?.text ?? '')) continue;
    // "The partnership said …": a body that speaks.
    const next = tokens[i + 1];
    if (next && /^(?:say|tell|announce|add|state)$/.test(next.lemma)) continue;
    const start = tokens[j]!.start;
    // A condition holding the mention ("… once the board, if it agrees, renews the lease"), or a
    // conditional sentence whose consequence is modal ("She would move to end that contract if …").
    const cond = CONDITION.exec(text);
    if (cond && (cond.index < start || MODAL.test(text))) return null;
    if (bareGroupSubject(tokens, start)) return null;
    // Before the deal: one side's would/could ("said it would contest the pact"), its intention or
    // proposal ("plans to renew the lease"), a question asked ("how to fund the purchase"): what
    // it means or may do to the deal, not what became of it. (After the deal, "the pact would
    // cut fares" tells what the deal holds: kept.)
    const before = text.slice(0, start);
    if (MODAL.test(before) || HOW_TO.test(before) || tokens.some((x, k) => x.end <= start && intentVerb(x, tokens[k + 1]))) return null;
    return { noun: text.slice(start, t.end), start };
  }
  return null;
}

const INDEFINITE = /^(?:a|an|its|their)$/i;

/**
 * A deal a side holds or acts under, named for the first time: "The dairy still keeps a grazing
 * licence of its own", "Its kiosk sells ices under a separate franchise", "Under a licence
 * granted in 1987, the club …". An indefinite (or possessed) deal noun phrase
 * that is the object of "under", or of a verb of holding (WordNet, `holdVerb`, or "hold"), or that
 * a "separate" sets beside the article's deal. Not one still to be made: the object of "on",
 * "for" or "about" ("talks begin on a separate deal", "will press for a second pact"), one being
 * negotiated ("is still being negotiated"), or one under a condition (see `heldDealMention`).
 */
export function dealHeldOfItsOwn(text: string): HeldMention | null {
  if (INVERTED_CONDITION.test(text) || CONDITION.test(text)) return null;
  const tokens = tag(text).tokens;
  // ("is still being negotiated": a progressive passive tells a deal not yet made.)
  if (tokens.some((t, k) => /^being$/i.test(t.text) && tokens[k + 1]?.pos === 'VERB')) return null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!dealHead(t) || tokens[i + 1]?.pos === 'NOUN') continue;
    let j = i - 1;
    while (j >= 0 && i - j <= 5 && /^(?:ADJ|NOUN|PROPN|NUM|PUNCT)$/.test(tokens[j]!.pos) && !INDEFINITE.test(tokens[j]!.text) && !/^separate$/i.test(tokens[j]!.text)) j--;
    if (j < 0) continue;
    // (The phrase opens at its determiner, or at "separate" with none: "under separate agreements".)
    if (/^separate$/i.test(tokens[j]!.text) && INDEFINITE.test(tokens[j - 1]?.text ?? '')) j--;
    const first = tokens[j]!;
    if (!INDEFINITE.test(first.text) && !/^separate$/i.test(first.text)) continue;
    const separate = tokens.slice(j, i).some((x) => /^separate$/i.test(x.text));
    const before = tokens[j - 1];
    if (before && /^(?:on|for|about)$/i.test(before.text)) continue;
    const under = before !== undefined && /^under$/i.test(before.text);
    // (A verb of holding just before, finite or a participle: "has held a licence", not "proposed taking a lease".)
    const verb = tokens.slice(Math.max(0, j - 3), j).findLast((x) => x.pos === 'VERB');
    const held = verb !== undefined && !/ing$/.test(verb.text) && (verb.lemma === 'hold' || holdVerb(verb.lemma));
    if (!under && !held && !separate) continue;
    return { noun: text.slice(first.start, t.end), start: first.start };
  }
  return null;
}
