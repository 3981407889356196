/**
 * Agreements: what parties agreed, decided, pledged, signed or committed to, per sentence.
 *
 * What it finds
 * - Cues: agreed/agrees (to, on, upon, over, that, "agreed a ceasefire"; present-tense "agree",
 *   "sign", "seal" … only in headlines, title case included, or with a plural subject), decided (to, that, on, against), pledged/vowed/promised
 *   (to, that, or an object: "pledged $5 million"), committed/resolved/undertook/consented (to),
 *   reached/struck/concluded/inked/sealed/clinched (an agreement, a deal, an accord, a
 *   consensus, a ceasefire …), signed (a deal, a treaty …; and the passive "the agreement signed
 *   by X and Y"), approved/endorsed/adopted/ratified (an object).
 * - Parties: the subject before the cue, split on "and" and commas ("China and the United
 *   States" → two parties; "officials from X" → X); "agreed with Y to …", "reached an agreement
 *   with Y", "signed deals with Y and Z" add Y (and Z). Collective subjects ("the sides", "the
 *   parties", "both countries", "the two leaders", "they", "both") resolve to the most recent
 *   sentence (this one first, then backwards) naming two or more parties joined by "and" —
 *   capitalised names ("officials from X and Y held talks") or institutions ("the city council
 *   and the port authority"), or by "X held talks with Y" — with resolution `collective`
 *   pointing at it; "both countries" /
 *   "the two nations" prefer a pair of countries. "he"/"she" → the person who spoke most
 *   recently; "we" inside a quote → the quote's speaker; "it" → the organisation that just spoke
 *   (resolution `pronoun`). A second cue without a subject ("agreed to A and pledged to B")
 *   shares the first one's parties.
 * - The action: the verbatim clause from the cue's complement ("to strengthen …", "on a
 *   ceasefire", "that …", "a deal to …") to the end of the sentence, cut before the next cue,
 *   at the end of the quote the cue stands in, before a contrast (", but …", "; …"), at the comma
 *   that closes an opening subordinate clause ("Although X approved Y, …"), and before a
 *   trailing "…, he said". Two cues in one sentence are two agreements; "agreed to A and develop
 *   B" is one.
 *
 * What it leaves out, on purpose: negated or failed agreements ("did not agree", "failed to
 *   agree", "have yet to sign", "refused to sign", "Neither side has agreed"), hypotheticals ("if
 *   they agree", "would agree", "will sign" — not yet agreed), questions, "disagreed", and
 *   agreement with an opinion ("agreed with the assessment", "I agree with him", "agreed with X
 *   that …", and a single party's "agreed that …"): sharing a view is not a commitment.
 *
 * What it cannot do: there is no parser, so an organisation name containing "and" ("Office for
 *   Science and Technology") splits into two parties, a subject separated from its verb by a
 *   long clause is lost, and a party list is found only when joined by "and".
 */
import type { Sentence } from '../record/types.js';
import { CALENDAR_WORDS, CAP_FUNCTION_WORDS, COURTESY_TITLES, MONTHS, NP_MODIFIERS, ORG_HEADS, PRONOUNS, TITLES, capitalOf, commitsTo, meetingWord, pleaVerb, reportsClause, countryOf, isGroupWord, isNpLowerWord, isRoleWord, publicNoun } from './lexicon.js';
import { isCap, isWord, looseWord, lowerThe, tokenize, type Token } from './names.js';
import { DEAL_WORDS, dealKindOf, dealNounKind, sameDealKind, disputeNoun, givingVerb, heldDealNoun, holdVerb, participleBases, unionNoun, verbStatus } from './dealWords.js';
import { DECLARE_VERBS, PROPOSED_ADJ, apposedName, atWork, peopleVote, dealsIn, mayReadDeal, statusOfVerb, isCouple, isDealLemma, leavesDeal, namesAt, oneName, planLike, termsAhead, winningVerb, type DealHit } from './deals.js';
import { tag, type TaggedToken } from './nlp.js';
import { describedName, nounPhraseIn, rangeText } from './nounPhrase.js';
import { bodyNoun, genericNoun, memberNoun, namesIn, namesOfKind, nounClass, nounLemma, organisationSense, organOwner, otherBody, possessedBusinessName, placeBody, resolveDescription, type NameMention } from './descriptions.js';
import { baseForms, isKindOf, senseKeys, synsetAt, synsetsOf } from '../wordnet.js';
import { skipAdverbials, type DocView } from './statements.js';
import { sentencesOf } from '../record/types.js';
import { dealHeldOfItsOwn, heldDealMention } from './heldMention.js';
import { sentenceKey, type Agreement, type AgreementStatus, type Resolution, type SentenceKey, type Statement } from './types.js';
import { literal } from '../regex.js';
import { afterClauseSides, carriedSides, employerSides, counterpartSides, describedCounterpart, protagonistSides, syncedLaterSides, fullestSides, termSubjectSides, namedSides, offerSides, pairSaidSides, pairSides, unionCounterpartSides, unionSides } from './articleSides.js';

/**
 * The sentences' texts, built once per document: many steps below read the texts by index, and each rebuilt
 * the array. Cached by the sentence array itself (never mutated after extraction starts).
 */
const TEXTS = new WeakMap<readonly Sentence[], readonly string[]>();
function textsOf(all: readonly Sentence[]): readonly string[] {
  let texts = TEXTS.get(all);
  if (texts === undefined) TEXTS.set(all, (texts = all.map((s) => s.text)));
  return texts;
}

type Family = 'agree' | 'decide' | 'pledge' | 'commit' | 'reach' | 'sign' | 'approve';

const CUE_FAMILY: ReadonlyMap<string, Family> = new Map<string, Family>([
  ...(['agreed', 'agrees', 'agree'] as const).map((w) => [w, 'agree'] as const),
  ...(['decided', 'decides'] as const).map((w) => [w, 'decide'] as const),
  ...(['pledged', 'pledges', 'vowed', 'vows', 'promised', 'promises'] as const).map((w) => [w, 'pledge'] as const),
  ...(['committed', 'commits', 'resolved', 'undertook', 'consented'] as const).map((w) => [w, 'commit'] as const),
  ...(['reached', 'reaches', 'struck', 'strikes', 'concluded', 'concludes', 'inked', 'sealed', 'clinched'] as const).map(
    (w) => [w, 'reach'] as const,
  ),
  ...(['signed', 'signs'] as const).map((w) => [w, 'sign'] as const),
  ...(['approved', 'approves', 'endorsed', 'endorses', 'adopted', 'ratified', 'ratifies'] as const).map((w) => [w, 'approve'] as const),
  // Present-tense base forms, as headlines write them ("EU and Mercosur seal trade pact").
  ...(['decide'] as const).map((w) => [w, 'decide'] as const),
  ...(['pledge', 'vow', 'promise'] as const).map((w) => [w, 'pledge'] as const),
  ...(['commit'] as const).map((w) => [w, 'commit'] as const),
  ...(['reach', 'strike', 'conclude', 'ink', 'seal', 'clinch'] as const).map((w) => [w, 'reach'] as const),
  ...(['sign'] as const).map((w) => [w, 'sign'] as const),
  ...(['approve', 'endorse', 'adopt', 'ratify'] as const).map((w) => [w, 'approve'] as const),
]);

/** Base forms: a headline's present tense, or a plural subject's; elsewhere a plan or a demand. */
const BASE_FORMS = new Set(['agree', 'decide', 'pledge', 'vow', 'promise', 'commit', 'reach', 'strike', 'conclude', 'ink', 'seal', 'clinch', 'sign', 'approve', 'endorse', 'adopt', 'ratify']);

const DEAL_NOUN = String.raw`(?:agreement|agreements|deal|deals|accord|accords|consensus|understanding|settlement|compromise|truce|ceasefire|cease-fire|pact|treaty|arrangement|memorandum|bargain|framework|declaration|protocol|convention|charter|contract|communique|communiqué|roadmap|road map|plan|resolution|statement)`;
/** The object of "reached/struck/signed": an agreement of some kind. */
const DEAL_OBJECT = new RegExp(String.raw`^(?:an?|the|their|its|a\s+new|two|several|\d+)?\s*(?:[\p{L}\p{M}\p{N}_'’-]+\s+){0,4}?${DEAL_NOUN}\b`, 'iu');
/** A preposition cannot open the object of "reached/struck/signed": "end strike after pay deal" strikes no deal. */
const PREPOSITION_START = /^(?:after|before|over|on|with|for|of|in|at|to|from|without|amid|despite|against|under|by|into|since|until|following)\b/;
const PASSIVE_SIGNED = new RegExp(
  String.raw`((?:the|a|an|this|that)\s+(?:[\p{L}\p{M}\p{N}_'’-]+\s+){0,4}?${DEAL_NOUN})\s*,?\s+(?:(?:was|were|which\s+was|that\s+was)\s+)?(?:signed|reached|concluded|agreed)\s+(?:[\p{L}\p{M}\p{N}_]+\s+)?by\s+`,
  'gu',
);
/**
 * "The new rota had been agreed at length by both unions": a passive of agreeing or signing (no
 * negation or modal before it) whose agent is both sides at once ("both companies", "the two firms").
 */
const PASSIVE_BY_BOTH = /(?<!\b(?:would|could|might|should|must|may|not)\s)\b(?:(?:has|have|had)\s+been|was|were)\s+(agreed|signed)\s+(?:\p{Ll}+\s+){0,3}?by\s+((?:both|the\s+two)\s+\p{Ll}+)/gu;
const POLICY_OBJECT = new RegExp(
  String.raw`^(?:an?|the|their|its|a\s+new)?\s*(?:[\p{L}\p{M}\p{N}_'’-]+\s+){0,4}?(?:${DEAL_NOUN.slice(3, -1)}|law|laws|bill|budget|measure|measures|policy|policies|rules|regulation|regulations|constitution|standard|standards|strategy|agenda|text|mandate|proposal|proposals|package|reform|reforms|guidelines|target|targets|motion)\b`,
  'u',
);
const COMPLEMENT = /^(?:to|on|upon|over|that|against|not\s+to)\b/;
const WITH = /\s*with\s+/y;
/** A noun phrase object, then "with": "a £45 million fee with", "terms with", "a price with". */
const AGREED_OBJECT = /^(?:(?:an?|the|new|fresh|revised)\s+)?(?:[\p{L}\p{Sc}\d.,'’-]+\s+){0,4}?[\p{L}-]+\s+with\s+(?=\p{Lu}|the\s)/u;
/** "agreed a standstill with its main creditor, Rushmere Bank,": the partner named after a possessed description set off. */
const AGREED_OBJECT_SET_OFF = /^(?:(?:an?|the|new|fresh|revised)\s+)?(?:[\p{L}\p{Sc}\d.,'’-]+\s+){0,4}?[\p{L}-]+\s+with\s+(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+,\s+(?=\p{Lu})/u;
/** The terms of a deal as the object of signing or reaching: "heads of terms", "final terms". */
const SIGNED_TERMS = /^(?:(?:the|final|new|agreed|binding)\s+)?(?:heads\s+of\s+)?terms\b/iu;
/** The opening of a noun phrase object: "a new timetable", "terms", "£40m in compensation". */
const BARE_OBJECT = /^(?:an?|the|new|fresh|revised|\p{Ll}{3,}|[\d$€£])/u;
/** "agreed last week", "agreed yesterday": a time, not what was agreed. */
const TIME_OBJECT = /^(?:last|this|next|yesterday|today|tonight|overnight|earlier|later|then|so|as|because|but|and|or|when|after|before|not|too|again|instead|only|unanimously|privately|publicly|reluctantly)\b|^(?:\p{Lu}\p{Ll}+day)\b/u;
const RECIPROCAL = /\s*(?:with\s+)?(?:each\s+other|one\s+another)\b\s*,?/y;
const IN_PRINCIPLE = /\s*(?:,\s*)?(?:in\s+principle|early|late|jointly|unanimously|formally|tentatively|finally|also|later|on\s+Monday|themselves|ourselves|itself)\b\s*,?/y;
const NEGATORS = new Set([
  'not', 'never', "n't", "didn't", "don't", "doesn't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", 'cannot', "can't",
  'failed', 'refused', 'declined', 'unable', 'yet', 'neither', 'nor', 'no',
]);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'would', 'could', 'might', 'may', 'should', 'will', 'shall', 'must', 'to', 'can']);
const SUBJECT_SKIP = new Set([
  'have', 'has', 'had', 'also', 'jointly', 'both', 'all', 'formally', 'finally', 'unanimously', 'already', 'reportedly', 'previously',
  'recently', 'then', 'later', 'eventually', 'tentatively', 'provisionally', 'quickly', 'were', 'was', 'are', 'is', 'been', 'once', 'again',
  'swiftly', 'officially', 'publicly', 'now', 'each', 'together', 'mutually', 'only', 'just', 'subsequently', 'initially', 'did', 'do', 'does',
  'firmly', 'fully', 'strongly', 'earlier', 'repeatedly', 'still', 'already', 'remain', 'remains', 'remained', 'since',
]);
/** "the United States", "the Netherlands": a name whose last word is a plural is one party, not a collective. */
const PLURAL_NAME = /^[Tt]he\s+(?!(?:Two|Three|Four|Both|Rival|Other)\b)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;
/** A collective ("the two sides", "both banks", "they"), never a name. */
const collectiveHead = (x: string): boolean => COLLECTIVE_HEAD.test(x) && !PLURAL_NAME.test(x.trim());
const COLLECTIVE_HEAD =
  /\b(?:(?:the|both|all|these|those|their)\s+(?:two\s+|three\s+|four\s+|several\s+|\d+\s+)?(?:[a-z-]+\s+)?(?:sides|parties|countries|nations|leaders|governments|men|women|presidents|ministers|delegations|allies|companies|teams|states|groups|neighbours|neighbors|rivals|powers|capitals|militaries|armies|firms|negotiators|premiers|chiefs|officials|heads of state|presidents|members|signatories|partners|counterparts|camps|factions|blocs|unions|clubs|airlines|banks|lenders|carmakers|automakers|retailers|operators|agencies|ministries|councils|cities|towns|provinces|regions|organisations|organizations|institutions|universities|producers|manufacturers|broadcasters|publishers|sides')|the\s+pair|the\s+two|both|they|them)$/i;
/** A plural of common nouns ("the carriers", "the two brewers", "both rival clubs"). */
const BARE_PLURAL = /^(?:[Tt]he|[Bb]oth|[Tt]hese|[Tt]hose|[Tt]heir)\s+(?:(?:two|three|four|both|rival|other)\s+)*(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*s$/u;
/** A counted plural of common nouns is a collective whatever its noun: "the two chains", "both rival clubs". */
/** ("Both boards": "both" counts two by itself.) */
const COUNTED_PLURAL = /^(?:(?:[Tt]he|[Bb]oth|[Tt]hese|[Tt]hose)\s+(?:two|three|four|both)|[Bb]oth)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*s$/u;
const COLLECTIVE_ANYWHERE =
  /\b(?:both|the\s+two|all|the)\s+(?:[a-z-]+\s+)?(?:sides|parties|countries|nations|governments|delegations|militaries|leaders|capitals)\b/i;
/** "…, he said", "…” the minister added": a comma or a closing quote sets it off ("an agreement announced on Monday" is none). */
// ("reported" and "according to" report no clause of their own (`reportsClause`); "confirmed" only at the end.)
const TRAILING_CUE = String.raw`(?:,["”’]?|["”’]\s*,?)\s+(?:[\p{L}.'’-]+\s+){0,6}?(?:(?!confirm)VERB|reported|according\s+to|confirmed(?=(?:\s+(?:on|late\s+on|early\s+on)\s+\p{Lu}\p{L}+)?\s*\.?\s*$))\b[^"“”]*$`;
/** "…, the board's president, Jane Doe, said." and "…, Jane Doe, the board's president, said.": one of the two is a name. */
const TRAILING_APPOSITION_CUE = String.raw`,\s+([^,"“”]{2,60}),\s+([^,"“”]{2,60}),?\s+(?:VERB|reported)\b[^"“”]*$`;
const FULL_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/**
 * The forms of reporting verbs among a text's words (`reportsClause`: "said", "announced",
 * "confirms", "stated", "added"), as a regex alternation, longest first, or null when it has none.
 */
function reportingAlternation(text: string, trailing: boolean): string | null {
  const found = new Set<string>();
  for (const w of text.match(/\p{L}+/gu) ?? []) if (reportsClause(w) && !(trailing && trailingObject(w))) found.add(w);
  return found.size === 0 ? null : [...found].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|');
}
const reportingMemo = new Map<string, RegExp>();
/**
 * `template` with `VERB` standing for any form of a reporting verb, built for one text (its own
 * reporting forms in place of `VERB`, so the regex matches as one with the whole class would),
 * memoised. The agreement readers' regexes of a reported clause ask the lexicon's class this way
 * instead of listing "said|says|announced|…" each of their own.
 */
function reportingRegex(text: string, template: string, trailing = false): RegExp {
  // (With none, `VERB` is a branch that never matches: other branches of the template still may.)
  const verbs = reportingAlternation(text, trailing) ?? '(?!)';
  const key = `${verbs}\u0000${template}`;
  let re = reportingMemo.get(key);
  if (!re) {
    re = new RegExp(template.replace('VERB', `(?:${verbs})`), 'u');
    if (reportingMemo.size > 10_000) reportingMemo.clear();
    reportingMemo.set(key, re);
  }
  return re;
}
const reportingExec = (text: string, template: string, trailing = false): RegExpExecArray | null => reportingRegex(text, template, trailing).exec(text);
/**
 * Forms that, after a comma, carry a clause of their own rather than close the sentence on who
 * said it (`TRAILING_CUE` takes whatever follows its verb): a participle ("…, saying it would
 * raise prices", "announcing it, citing …") and a verb of admitting or denying, which takes a
 * charge as object ("…, and X admits no wrongdoing").
 */
const trailingObject = (w: string): boolean => w.endsWith('ing') || pleaVerb(w);
const CLOSE_QUOTES = /["”’»]/;
const HEADLINE_ATTRIBUTION = /\s+[-–—]\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$/u;
/** "The owners", "the partners": a bare definite plural, one lower-case noun. */
const PEOPLE_OF_ONE = /^[Tt]he\s+\p{Ll}[\p{Ll}-]*s$/u;
/** A deal opening the sentence with a participle clause set off after it: "The lease, agreed with X last month and signed on Friday, …". */
const SET_OFF_MADE = /^(?:The|That|This|Its|Their)\s+(?:[\p{L}\d£$€.-]+\s+){0,3}?\p{Ll}[\p{Ll}-]*,\s+((?:first|originally|only|finally|also)?\s*(?:agreed|signed|struck|reached)\b[^,;"“”]*),/u;
/**
 * "Under the pact, first signed in 2011, X was to …": terms opened by the deal with its signing set off
 * after it. The mention says the deal was signed, whatever became of it since (the labels of sets 51 on).
 */
const UNDER_SIGNED = /^Under\s+(?:the|that|this|its|their)\s+(?:[\p{L}\d£$€.-]+\s+){0,3}?\p{Ll}[\p{Ll}-]*,\s+(?:first|originally)?\s*signed\b[^,;"“”]*,/u;
/**
 * The formal steps after a deal's approval that approve nothing further (a91): its signing, sealing or
 * registering ("has yet to be signed by the two owners", "is yet to be formally registered").
 */
const FORMAL_STEP = /\bto\s+be\s+(?:formally\s+)?(?:signed|sealed|registered)\b/;
/** A main verb in the past or a form of "be" after that clause ("was funded", "is thought to be"). */
const PAST_MAIN = /^\s*(?:was|were|had|is|are|\p{Ll}+ed)(?![\p{L}\p{M}\p{N}_])/u;
/** The participles of making in that clause. */
const MADE_PARTICIPLE = /(?<![\p{L}\p{M}\p{N}_])(agreed|signed|struck|reached)(?![\p{L}\p{M}\p{N}_])/gu;
const SUBORDINATE_OPENER = /^\s*(?:Although|Though|While|After|When|Because|Since|As|Once|Before|Until|Even though|Whereas)\b[^,]*$/;

/** The parties each sentence names ("X and Y"), computed once per sentence on first use. */
function pairsLookup(all: readonly Sentence[]): (i: number, places?: boolean) => string[] | null {
  const memo = new Map<number, string[] | null>();
  const strict = new Map<number, string[] | null>();
  return (i, places = true) => {
    const m = places ? memo : strict;
    let v = m.get(i);
    if (v === undefined) {
      v = namedParties(all[i]!.text, all[i]!.text.length, places);
      m.set(i, v);
    }
    return v;
  };
}

const ROUTE = /(?<![\p{L}\p{M}\p{N}_])(\p{Ll}+)\s+(?:from|between)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:to|and)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?<=[\p{L}\p{M}\p{N}_])(?![\p{L}\p{M}\p{N}_])(?!\s+\p{Ll}+s(?![\p{L}\p{M}\p{N}_]))/gu;

/**
 * "a toll road between Holmvik and Skarne", "a ferry line from Holmvik to Skarne": the two ends of
 * a thing that runs between places (its noun a made thing or a place, WordNet's first sense) are
 * where it goes, never the parties of the concession or contract to build or run it.
 */
function routeEnds(text: string): string[] {
  if (!/\b(?:from|between)\s+\p{Lu}/u.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(ROUTE)) {
    const lex = synsetsOf(nounLemma(m[1]!), 'noun', 1)[0]?.lexname;
    if (lex === 'noun.artifact' || lex === 'noun.location') out.push(m[2]!, m[3]!);
  }
  return out;
}

/** Agreements with resolved parties, per sentence. */
export function extractAgreements(
  doc: DocView,
  statements: ReadonlyMap<SentenceKey, readonly Statement[]>,
): Map<SentenceKey, Agreement[]> {
  const all = sentencesOf(doc);
  const pairsAt = pairsLookup(all);
  const found: Found[] = [];
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!;
    const verbs = CUE_HINT.test(s.text) ? agreementsIn(s, i, all, pairsAt, statements) : [];
    const covered = verbs.map((a) => spanOf(s.text, a));
    // "ratified it": a pronoun object is read only just after an agreement.
    const recent = found.length > 0 && i - found[found.length - 1]!.index <= 2;
    const ends = routeEnds(s.text);
    const deals = dealsIn(s.text, s.paragraph === 0, covered, recent, found.length > 0).map((d) => (ends.length > 0 && d.named.some((n) => ends.includes(n)) ? { ...d, named: d.named.filter((n) => !ends.includes(n)) } : d));
    verbs.forEach((a, k) => {
      // "signed a merger agreement", "approved the merger": the agreement the clause names, whose
      // approval or ratification is a status change of it.
      const named = namedAgreement(a.action);
      // "agreed to buy Merrill Lynch", "agreed to sell the unit to X": the other side of the deal
      // the clause holds is a party too.
      const [x, y] = covered[k]!;
      const more = deals.filter((d) => d.cueAt >= x && d.cueAt < y && d.subjectEnd !== null).flatMap((d) => d.named.map(partyName));
      const others = more.filter((p, j) => !overlaps([p], a.parties) && more.indexOf(p) === j);
      // "A judge approved the settlement between X and Y": who approves a deal of two named
      // parties (a court, a regulator, shareholders) is not one of them.
      const approver = APPROVER_STATUS.has(a.status) && others.length >= 2;
      const parties = approver ? others : [...a.parties, ...others];
      // "The board approved the Maddox contract": a name right before the deal's noun (as the noun
      // reader takes it, "the Qatar Airways order") is the other side, when the clause has no second.
      const modifier = named !== null && parties.length < 2 ? NAME_MODIFIED_DEAL.exec(named[0]) : null;
      if (modifier && !overlaps([modifier[1]!.trim()], parties)) parties.push(partyName(modifier[1]!.trim()));
      // "Harrowby Canoe Club also agreed to split its boat shed with the Pellock Sea Cadets": the partner inside the infinitive clause.
      const partner = !approver && parties.length === 1 && CUE_FAMILY.get(a.cue.toLowerCase()) === 'agree' ? infinitivePartner(a.action) : null;
      if (partner && !overlaps([partner], parties)) parties.push(partner);
      // "agreed a proposed deal", "signed the draft agreement": not final yet, as the noun reader says of "a proposed deal".
      // ("reached a tentative agreement" is reached: the verb says it was made, only its ratification is ahead.)
      const tentative = named !== null && a.status === 'reached' && named[0].split(/\s+/).some((w) => w.toLowerCase() !== 'tentative' && PROPOSED_ADJ.has(w.toLowerCase()));
      // "signed a similar deal in 2016, but it collapsed": what the clause after the deal says became of it.
      const fate = deals.find((d) => ((d.cueAt >= x && d.cueAt < y) || (d.noun !== null && d.noun[0] >= x && d.noun[0] < y)) && d.fate !== undefined)?.fate;
      // "Teachers at the Ashvale School voted to ratify a two-year contract": a workforce that
      // accepts, ratifies or rejects a deal by its own vote is one side of it, its workplace the other.
      const workforce = approver ? null : workforceSides(s.text, a.status, a.mention, parties, all[i + 1]?.paragraph === s.paragraph ? all[i + 1]!.text : undefined);
      // "have jointly agreed to cancel their merger": the sides agreeing to end the deal (a
      // verb that voids one, of the deal's noun) end it; a merger or a takeover so ended collapsed.
      const ender = named !== null && CUE_FAMILY.get(a.cue.toLowerCase()) === 'agree' ? /^to\s+(\p{Ll}+)\s/u.exec(a.action) : null;
      const ends = ender !== null && statusOfVerb(ender[1]!) === 'voided' ? (kindsIn(named![0]).split(' ').some((k) => TRANSACTION_KINDS.has(k)) ? ('collapsed' as const) : ('voided' as const)) : null;
      const agreement = { ...a, parties: workforce ?? parties, noun: named ? named[0] : null, ...(tentative ? { status: 'proposed' as const } : {}), ...(fate ? { status: fate } : {}), ...(ends ? { status: ends } : {}) };
      const kind = named ? kindsIn(named[0]) : verbKind(a.action);
      found.push({ index: i, agreement, kind, later: false, ...(APPROVER_STATUS.has(a.status) && !approver ? { approver: workforce ? [workforce[0]!] : a.parties } : {}) });
    });
    // "In return, Pelham gets naming rights": after the opener, a term of the agreement before is
    // read first, whatever deal words the clause holds (the rights are the deal's terms, no deal of their own).
    const returned = verbs.length === 0 && IN_RETURN.test(s.text) ? termsAfter(s.text, i, all, found) : null;
    if (returned) {
      found.push(returned);
      continue;
    }
    // Nouns and outcomes, outside the clauses the verbs above already cover.
    for (const hit of deals) {
      if (covered.some(([x, y]) => hit.cueAt >= x && hit.cueAt < y)) continue;
      const last = found[found.length - 1];
      const f = dealAgreement(s, i, all, pairsAt, hit, statements, last && i - last.index <= 2 ? last : null, found);
      if (f) found.push(f);
    }
    // "Under the ground-share, X will pay …": the terms of a deal found before under the noun it
    // was made with, one that neither the lexicon nor WordNet files as an agreement; or under a
    // WordNet synonym of it ("the memo" for "a memorandum") or its initials ("Under the MoU, …"
    // after "a memorandum of understanding"). The nearest such deal of the last eight sentences,
    // page furniture between ("Advertisement", "Share this article") not counted.
    const under = verbs.length === 0 && deals.length === 0 ? UNDER_NAMED_DEAL.exec(s.text) : null;
    if (under) {
      const head = under[1]!;
      // (A deal of one side found so far is one too when the clause names it by its own noun: "signed a memorandum … Under the memorandum, …".)
      const ownNoun = (d: Found): boolean => d.agreement.noun !== null && new RegExp(`(?:^|\\s)${literal(head)}(?![\\p{L}-])`, 'u').test(d.agreement.noun);
      const made = found.findLast((d) => bodySentencesBetween(all, d.index, i) <= 8 && (d.agreement.parties.length >= 2 || (d.agreement.parties.length === 1 && ownNoun(d))) && namesDeal(head, d.agreement.noun ?? d.agreement.action));
      if (made) {
        const noun = s.text.slice(6, under[0].length - 3);
        found.push({ index: i, agreement: { parties: [], mention: noun, cue: 'Under', action: s.text.replace(/[.!]\s*$/, ''), resolution: null, status: 'in force', noun, refersTo: null }, kind: made.kind, later: true });
      }
    }
    // "Fenwick Dairies agreed to supply Marlow Stores with milk. Fenwick will deliver twice a day.":
    // a term of the agreement just reported (see termsAfter).
    // "X and Y will merge. The combined business, to be called XY, will employ 90.": the merged body, in force.
    const combined = verbs.length === 0 && deals.length === 0 ? combinedAfter(s.text, i, all, found) : null;
    if (combined) {
      found.push(combined);
      continue;
    }
    if (verbs.length === 0 && deals.length === 0) {
      const terms = termsAfter(s.text, i, all, found);
      if (terms) found.push(terms);
    }
    // "The landlord refused to approve the lease last week": a definite mention of a deal
    // found before, of its kind, deep in a clause no reader above took (see heldMention.ts).
    // (Only a sentence the deal readers may tag, `mayReadDeal`: its tags are made ahead, none more.)
    if (found.length > 0 && found[found.length - 1]!.index < i && mayReadDeal(s.text)) {
      const held = heldDealMention(s.text);
      const kind = held ? kindsIn(held.noun) : '';
      if (held && found.some((d) => sameKind(kind, d.kind)))
        found.push({ index: i, agreement: { parties: [], mention: held.noun, cue: held.noun.split(/\s+/).at(-1)!, action: s.text.replace(/[.!]\s*$/, ''), resolution: null, status: 'in force', noun: held.noun, refersTo: null }, kind, later: true, needsTwo: true });
      // "The dairy still keeps a grazing licence of its own": a deal of its own a side holds or acts under.
      const own = held ? null : dealHeldOfItsOwn(s.text);
      if (own) found.push({ index: i, agreement: { parties: [], mention: own.noun, cue: own.noun.split(/\s+/).at(-1)!, action: s.text.replace(/[.!]\s*$/, ''), resolution: null, status: 'in force', noun: own.noun, refersTo: null }, kind: kindsIn(own.noun), later: false });
    }
  }
  // ("has bought the Tolley Wharf from the Penwith family": what is bought from a seller is no side; the seller is.)
  const sold = found.map((f): Found => {
    const sides = f.later || f.agreement.refersTo !== null ? null : boughtFrom(f.agreement.action, f.agreement.parties);
    return sides ? { ...f, agreement: { ...f.agreement, parties: sides } } : f;
  });
  const sided = withBodySides(mergedBodiesNamed(sold.map((f) => approvedWithIt(f, all[f.index]!.text)), all), all);
  const out = linkLaterMentions(sided, all, pairsAt, statements);
  afterClauseSides(all, out);
  namedSides(all, out);
  describedCounterpart(all, out);
  headlineSidesFromBody(sided, all, out);
  ledeSidesFromHeadline(sided, all, out);
  headlineOfBodyDeal(sided, all, out);
  itOfDealJustFound(all, out);
  itOfDealOpening(all, out, statements);
  // (The headline's deal and the lede's are one only when called by one kind word: a lease is no purchase, though both trade.)
  const kindWords = (a: Agreement): string[] => (a.noun !== null ? kindsIn(a.noun) : verbKind(a.action)).split(' ').filter((k) => k !== 'verb');
  unionSides(all, out);
  pairSides(all, out);
  pairSaidSides(all, out);
  unionCounterpartSides(all, out);
  offerSides(out);
  fullestSides(out, (a, b) => kindWords(a).some((k) => kindWords(b).includes(k)));
  termSubjectSides(all, out);
  carriedSides(all, out, kindWords);
  counterpartSides(all, out);
  employerSides(all, out);
  protagonistSides(all, out);
  syncedLaterSides(out);
  // (Once more, now that the passes above may have given the body's first deal its second side:
  // "Quarry firm signs lease" over "X has signed a lease handing its quarry to the Y Trust".)
  headlineSidesFromBody(sided, all, out);
  headlineOfLede(all, out);
  headlineTellsLede(all, out);
  for (const [k, list] of out) if (list.length > 1) out.set(k, withoutRepeats(list));
  return out;
}

/** "Kessock sued a bakery chain, Greystoke, …", "X has sued the Y Trust": who sued (a name) and whom (a name, or a description set off before one). */
const SUED = /((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)\s+(?:(?:has|had|have)\s+)?sued\s+(?:(?:an?|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+)?((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)/u;

/**
 * "In 2021 Kessock sued a bakery chain, Greystoke, over a recipe, and the case was settled out of
 * court": a side that is a definite dispute (the case, the claim, the lawsuit: `disputeNoun`) is
 * who sued and whom, in the sentence before the side's mention or in the sentence before it (same
 * paragraph); null when neither says it.
 */
function suedSides(side: string, text: string, at: number, index: number, all: readonly Sentence[]): string[] | null {
  const m = /^the\s+(\p{Ll}+)$/iu.exec(side.trim());
  if (!m || disputeNoun(nounLemma(m[1]!.toLowerCase())) !== 'dispute') return null;
  const before = all[index - 1]?.paragraph === all[index]!.paragraph ? all[index - 1]!.text : '';
  for (const t of [at > 0 ? text.slice(0, at) : '', before]) {
    const sued = SUED.exec(t);
    if (!sued) continue;
    const [x, y] = [partyName(sued[1]!), partyName(sued[2]!)];
    if (sameParty(x, y) || countryOf(x) !== null) return null;
    return [x, y];
  }
  return null;
}

/** "X has sued Y, claiming …", "A printer has sued the Y Theatre, accusing it of …": who sued (a name or an indefinite description) opening the sentence, whom (a name), then a participle set off. */
const SUED_CLAIMING = /^(?:(An?\s+(?:[\p{L}'’-]+\s+){0,3}[\p{Ll}-]+)|((?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*))\s+(?:(?:has|had|have)\s+)?sued\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*),\s+(\p{Ll}+ing)\s/u;

/**
 * "Skarnby Lifts has sued Pellridge Cables, claiming the cable maker broke a contract to supply a
 * cable for the X bridge": a breach told by a participle of saying (WordNet: the first sense a verb of
 * communication — claiming, alleging, accusing) set off after "X sued Y" is of the deal between
 * who sued and whom: the name, or for an indefinite description that sued the side already found
 * that the claim does not write, and whom. Null otherwise.
 */
function suedClaimSides(text: string, a: Agreement): string[] | null {
  const m = SUED_CLAIMING.exec(text);
  if (!m || text.indexOf(a.cue, m[0].length) < 0) return null;
  const lemma = (baseForms(m[4]!).get('verb') ?? [])[0];
  if (lemma === undefined || synsetsOf(lemma, 'verb', 1)[0]?.lexname !== 'verb.communication') return null;
  const whom = partyName(m[3]!);
  // (For a description, the side found for it — its name, or it — not one the claim itself writes.)
  const claim = text.slice(m[0].length);
  const who = m[2] !== undefined ? partyName(m[2]) : a.parties.find((p) => !sameParty(p, whom) && !claim.includes(p));
  if (who === undefined || sameParty(who, whom)) return null;
  return [who, whom];
}

/**
 * "Nurses at X", "gardeners employed by X", "Cooks and drivers at X" (two plurals joined by
 * "and"), "Gardeners at two parks run by X" (a place of work, then a participle and "by" before the
 * name that holds it): a plural of common nouns, then the place of work, a name.
 */
const WORKFORCE_AT = /^((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s(?:\s+and\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s)?)\s+(?:at|employed\s+by|working\s+(?:at|for))\s+(?:((?:the\s+|a\s+|an\s+|its\s+|\p{Ll}+\s+|\d+\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)\s+(\p{Ll}+ed|run)\s+by\s+)?((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)/u;

let RUNNING: ReadonlySet<string> | undefined;

/** Whether a participle ("run", "owned", "operated", "managed") is one of holding or running a place: a verb of holding, or one of its first four WordNet senses a kind of operating (run), owning or overseeing. */
function holdingParticiple(word: string): boolean {
  const lemma = (baseForms(word).get('verb') ?? [])[0];
  RUNNING ??= senseKeys('verb', ['operate', 1], ['own', 1], ['oversee', 1]);
  return lemma !== undefined && (holdVerb(lemma) || isKindOf(lemma, 'verb', RUNNING, 4));
}

/** The head of a body's name: the word before "of" when it has one ("Union of Catering Staff"), else its last. */
const nameHead = (name: string): string => {
  const words = name.split(/\s+/);
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1]! : words.at(-1)!).toLowerCase();
};

/**
 * "Teachers at the Ashvale School voted to ratify a two-year contract", "Drivers employed by Kell
 * Buses have voted to accept a pay offer": the subject of a verb of approving (approve, accept,
 * ratify, reject) written as people (a plural whose noun WordNet files as a person, not a member of
 * a body) at a named workplace (the name ends there: no common noun goes on with it, "the Kell
 * bus depot") is the workforce voting on its own deal, whose other side is the workplace: the two
 * sides, when the clause names no other. The workforce is the body that represents it when the
 * sentence says so ("…, who are represented by the Kell Drivers' Union,") or the next sentence of
 * the paragraph opens with the members of a body (WordNet: an organisation) other than the
 * workplace ("Members of the Kell Drivers' Union backed the offer …"). Null otherwise ("Staff at X
 * will get a rise under a deal negotiated by the union": no vote of theirs, the workplace stands for them).
 */
function workforceSides(text: string, status: AgreementStatus, mention: string, parties: readonly string[], next: string | undefined): string[] | null {
  if (!APPROVER_STATUS.has(status)) return null;
  const at = text.indexOf(mention);
  if (at < 0 || mention.length === 0) return null;
  // ("Gardeners at two parks run by X voted …": the reader may give the subject as the name it ends with.)
  const whole = WORKFORCE_AT.exec(text.charAt(0).toLowerCase() + text.slice(1));
  const from = whole && at > 0 && whole[0].length === at + mention.length ? text : text.slice(at);
  const m = WORKFORCE_AT.exec(from.charAt(0).toLowerCase() + from.slice(1));
  if (!m) return null;
  // (Each plural of "porters and cleaners" a person's noun: "Members and staff" are no workforce of theirs.)
  const heads = m[1]!.split(/\s+and\s+/).map((x) => x.split(/\s+/).at(-1)!);
  if (!heads.every((head) => nounLemma(head) !== head && nounClass(nounLemma(head)) === 'person' && !memberNoun(head))) return null;
  // ("… at two parks run by X": the place is a thing X holds or runs, no body or person of its own.)
  if (m[3] !== undefined && (!holdingParticiple(m[3]) || /^(?:org|person)$/.test(nounClass(nounLemma(m[2]!.split(/\s+/).at(-1)!)) ?? ''))) return null;
  const after = from.slice(m[0].length);
  const goesOn = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(after)?.[1];
  if (goesOn !== undefined && baseForms(goesOn).has('noun') && !baseForms(goesOn).has('verb')) return null;
  const workplace = partyName(m[4]!);
  // (The sides the clause found are the workforce's words or the workplace: "cooks | drivers at X".)
  const span = from.slice(0, m[0].length).toLowerCase();
  if (!parties.every((p) => sameParty(p, workplace) || sameParty(p, m[1]!) || span.includes(p.toLowerCase()))) return null;
  const represented = /^\s*,\s*(?:who|which)\s+(?:are|were|is|was)\s+represented\s+by\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)/u.exec(after)?.[1];
  // ("the Printers and Binders Union": an "and" between capitals inside the name.)
  const members = next === undefined ? undefined : /^Members\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&|and(?=\s+\p{Lu})))*)/u.exec(next)?.[1];
  // ("the Union of Catering Staff": a name's head is the word before its "of".)
  const body = [represented, members].find((b) => b !== undefined && !sameParty(b, workplace) && nounClass(nameHead(b)) === 'org');
  return [body !== undefined ? partyName(body) : from.slice(0, m[1]!.length), workplace];
}

/** "Under the ground-share, …", "Under the MoU, …": a deal named by a lower-case noun or by initials (two capitals or more). */
const UNDER_NAMED_DEAL = /^Under\s+(?:the|this|that)\s+(\p{Ll}[\p{Ll}-]+|(?=(?:\p{Ll}*\p{Lu}){2})\p{Lu}[\p{L}]{1,5}),\s+\S/u;

/** A line of page furniture: no word ends it as a sentence would ("Advertisement", "Share this article"). */
const furnitureLine = (text: string): boolean => !/[.!?…:;]["”’»)]*\s*$/u.test(text);

/** How many sentences after `from` up to `to` (itself counted), page furniture not counted. */
function bodySentencesBetween(all: readonly Sentence[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k <= to; k++) if (!furnitureLine(all[k]!.text)) n++;
  return n;
}

/**
 * Whether `head` names the deal written `named` ("a memorandum of understanding"): it is one of its
 * words, a WordNet synonym of one (a noun sharing a synset; no plan), or, in capitals, the initials of
 * consecutive common words of it ("MoU").
 */
function namesDeal(head: string, named: string): boolean {
  const words = named.split(/[\s-]+/).filter(Boolean);
  if (/^\p{Ll}/u.test(head)) {
    if (new RegExp(`(?:^|[\\s-])${head}(?![\\p{L}-])`, 'u').test(named)) return true;
    // (A plan or a scheme is one side's, even one WordNet lets be a programme agreed.)
    const own = new Set(synsetsOf(head, 'noun').map((x) => x.offset));
    return own.size > 0 && !planLike(head) && words.some((w) => /^\p{Ll}{3,}$/u.test(w) && w !== head && synsetsOf(w, 'noun').some((x) => own.has(x.offset)));
  }
  // (Of common words only: "EU" is no initials of a name such as "Ealing United".)
  const letters = head.toLowerCase();
  return words.some((_, k) => k + letters.length <= words.length && words.slice(k, k + letters.length).every((w, j) => /^\p{Ll}/u.test(w) && w[0] === letters[j]));
}

/**
 * "Harland yard lands £300m order for four dredgers" over "Varn Dredging has ordered four dredgers
 * from the Harland yard": a headline's order or purchase that names one side takes its other
 * side from the body's first agreement of two or more parties that includes it; with none, it is dropped.
 */
function withBodySides(found: readonly Found[], all: readonly Sentence[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    // "Mistral Kilns agrees £6m sale to Nettlefold Homewares": any other headline agreement of
    // one named side is the deal the body reports first with that side and another (kept as it is without one).
    const oneSided = !f.headlineOneSide && all[f.index]!.paragraph === 0 && !f.later && f.agreement.refersTo === null && f.agreement.parties.length === 1 && /^\p{Lu}/u.test(f.agreement.parties[0]!);
    if (!f.headlineOneSide && !oneSided) {
      out.push(f);
      continue;
    }
    const own = f.agreement.parties;
    // (Not a deal the body sets apart as another one of that side's — "X also holds a licence from Y",
    // "separately, X has a contract with Y" — nor one of another kind than the headline's: a lease is no purchase.)
    const body = found.find((d) => d.index > f.index && !d.headlineOneSide && d.agreement.parties.length >= 2 && overlaps(own, d.agreement.parties) && !setApart(all[d.index]!.text, d.agreement) && (GENERIC_KINDS.has(f.kind) || GENERIC_KINDS.has(d.kind) || sameKind(f.kind, d.kind)));
    if (!body && oneSided) out.push(f);
    if (!body) continue;
    // The body's fuller name of the headline's side stays ("Harland" for "Harland Yard").
    const parties = [...body.agreement.parties.filter((p) => overlaps([p], own)), ...body.agreement.parties.filter((p) => !overlaps([p], own))];
    const { headlineOneSide: _one, ...rest } = f;
    out.push({ ...rest, agreement: { ...f.agreement, parties } });
  }
  return out;
}

/**
 * Whether a sentence sets the deal it reports apart as one more of a side's: "also", "separately",
 * "another", "second", "existing", "already" before its cue or noun ("Vantridge also has a permit …",
 * "The firm already supplies …", "Separately, …").
 */
function setApart(text: string, a: Agreement): boolean {
  const at = text.indexOf(a.noun ?? a.cue);
  const before = at < 0 ? text : text.slice(0, at + (a.noun ?? a.cue).length);
  return /\b(?:also|separately|another|second|existing|already)\b/i.test(before);
}

/** A found deal's own report as `out` now holds it (its cue's, referring to nothing before). */
function firstReport(f: Found, all: readonly Sentence[], out: ReadonlyMap<SentenceKey, readonly Agreement[]>): Agreement | undefined {
  return out.get(sentenceKey(all[f.index]!))?.find((x) => x.cue === f.agreement.cue && x.refersTo === null);
}

/**
 * The later mentions of the deal reported at `at` take the sides `revise` gives them (null: as they
 * are): a deal whose sides were named after it was found names them in its mentions too. Changes
 * `out` in place.
 */
function reviseMentions(out: Map<SentenceKey, Agreement[]>, at: Sentence, revise: (x: Agreement) => string[] | null): void {
  for (const [k, list] of out)
    out.set(
      k,
      list.map((x) => {
        if (x.refersTo?.paragraph !== at.paragraph || x.refersTo.sentence !== at.sentence) return x;
        const parties = revise(x);
        return parties === null ? x : { ...x, parties };
      }),
    );
}

/**
 * "Skip to main content / Paddling centre secures lease on riverside boathouse / By … | 3 min read /
 * Larrowmere Paddlesports has signed …": a scraped page whose headline the scraper left in the first
 * paragraph, among the page's furniture. The index of that headline: in a document with no headline
 * of its own (no paragraph 0), the first line of the first paragraph that ends as no sentence does
 * (`furnitureLine`) and holds a deal found (no "|" or ">" of links), after furniture only, with a
 * sentence after it in the paragraph. -1 otherwise.
 */
function pageHeadline(all: readonly Sentence[], found: readonly Found[]): number {
  if (all.length === 0 || all[0]!.paragraph === 0) return -1;
  const para = all[0]!.paragraph;
  for (let k = 0; k < all.length && all[k]!.paragraph === para; k++) {
    const t = all[k]!.text;
    if (!furnitureLine(t)) return -1;
    if (found.some((f) => f.index === k) && !/[|>]/.test(t)) return all.some((x, j) => j > k && x.paragraph === para && !furnitureLine(x.text)) ? k : -1;
  }
  return -1;
}

/**
 * Whether a headline's side is a description, no name ("Canoe firm", "lifeboat trust",
 * "Cooperage"): no country, no capital past its first word, a head WordNet files as a noun, and a
 * first word that, written small, is a word of WordNet's too.
 */
function headlineDescription(p: string): boolean {
  const words = p.split(/\s+/);
  if (countryOf(p) !== null || words.length > 4 || !words.slice(1).every((w) => /^\p{Ll}/u.test(w))) return false;
  const head = words.at(-1)!.toLowerCase();
  return synsetsOf(nounLemma(head), 'noun').length > 0 && baseForms(words[0]!.toLowerCase().replace(/-.*$/, '')).size > 0;
}

/**
 * "Canoe firm signs 15-year lease on riverside boathouse" over "Oarsmith Canoe Hire has signed a
 * 15-year lease with Hollinsgate Town Council", "Boatbuilder and lifeboat trust settle dispute" over "A
 * traditional ropemaker and the charity that runs … have settled": a headline agreement all of whose
 * sides are descriptions (see `headlineDescription`) takes, once the body's sides are named, the
 * sides of the first deal of the body's first paragraph with two sides or more, none of them the
 * headline's own words ("Canoe firm" is no side written "Oarsmith Canoe Hire": a word shared is not enough), when it is of the headline's kind; so do the mentions that took the
 * headline's descriptions. Changes `out` in place.
 */
function headlineSidesFromBody(found: readonly Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const first = all.find((x) => x.paragraph > 0)?.paragraph;
  const final = (f: Found): Agreement | undefined => firstReport(f, all, out);
  const page = pageHeadline(all, found);
  // (The body: past the headline; for a page's own headline, the sentences after it that end as sentences do.)
  const inBody = (x: Found): boolean => (page < 0 ? all[x.index]!.paragraph === first : x.index > page && all[x.index]!.paragraph === all[page]!.paragraph && !furnitureLine(all[x.index]!.text));
  for (const f of found) {
    if ((all[f.index]!.paragraph !== 0 && f.index !== page) || f.later || f.agreement.refersTo !== null) continue;
    const a = final(f);
    // ("Tanner settles suit with Wintle Council": a description beside a side the body names too.)
    const described = a ? a.parties.filter(headlineDescription) : [];
    if (!a || described.length === 0) continue;
    const d = found.find((x) => inBody(x) && !x.later && x.agreement.refersTo === null && (final(x)?.parties.length ?? 0) >= 2);
    const body = d ? final(d) : undefined;
    // (A body side that still is the description, "a canoe firm", names nothing; one that holds it
    // in a name, "the Cobbaton Bowls Society" for "Bowls society", names it.)
    const named = (y: string): boolean => /\p{Lu}/u.test(y.replace(/^(?:the|a|an)\s+/i, ''));
    const same = (x: string, y: string): boolean => y.toLowerCase().includes(x.toLowerCase()) || x.toLowerCase().includes(y.toLowerCase());
    if (!d || !body || body.parties.length < a.parties.length || described.some((x) => body.parties.some((y) => same(x, y) && (!named(y) || y.toLowerCase().replace(/^(?:the|a|an)\s+/, '') === x.toLowerCase()))) || !sameKind(f.kind, d.kind)) continue;
    if (!a.parties.every((x) => described.includes(x) || body.parties.some((y) => sameParty(x, y)))) continue;
    const old = a.parties;
    const key = sentenceKey(all[f.index]!);
    const at = all[f.index]!;
    out.set(key, out.get(key)!.map((x) => (x === a ? { ...x, parties: [...body.parties] } : x)));
    reviseMentions(out, at, (x) => (x.parties.length === old.length && x.parties.every((p, j) => p === old[j]) ? [...body.parties] : null));
  }
}

/**
 * "X signs power deal with Y wind farm" over "X has signed a contract to run its mill on
 * electricity bought from a wind farm owned by Y Energy": a deal the body's first paragraph reports
 * first (no later mention) with one side only, where the headline's deal of the same kind has that
 * side and one more, takes that other side — by the fuller name the body gives it (`fullerBefore`)
 * — when the sentence writes it; so do the mentions that took the one side from it. The headline
 * and the lede tell the same deal; the readers of the lede's sentence lost a side its clause holds
 * in a phrase they do not read as a party. Changes `out` in place.
 */
function ledeSidesFromHeadline(found: readonly Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const h = all[0];
  if (!h || h.paragraph !== 0) return;
  const final = (f: Found): Agreement | undefined => firstReport(f, all, out);
  const hf = found.find((f) => f.index === 0 && !f.later && f.agreement.refersTo === null);
  const head = hf ? final(hf) : undefined;
  if (!hf || !head || head.parties.length !== 2) return;
  const first = all.find((x) => x.paragraph > 0)?.paragraph;
  const texts = textsOf(all);
  for (const f of found) {
    const at = all[f.index]!;
    if (at.paragraph !== first || f.later || f.agreement.refersTo !== null || !sameKind(hf.kind, f.kind)) continue;
    const a = final(f);
    if (!a || a.parties.length !== 1) continue;
    const one = a.parties[0]!;
    const other = head.parties.filter((p) => !sameParty(p, one));
    if (other.length !== 1) continue;
    const side = fullerBefore(other[0]!, f.index, texts) ?? other[0]!;
    if (!at.text.includes(side)) continue;
    const parties = [one, side];
    const key = sentenceKey(at);
    out.set(key, out.get(key)!.map((x) => (x === a ? { ...x, parties } : x)));
    reviseMentions(out, at, (x) => (x.parties.length === 1 && x.parties[0] === one ? [...parties] : null));
    return;
  }
}

/**
 * "Barge hire merger sinks after canal trust objects", "Toy shop loses Tibbet
 * licence" over a body that reports that merger or licence: a headline that names a deal by an
 * agreement noun (`kindsIn`: the listed nouns and those WordNet files as agreements or held deals)
 * and holds no agreement the readers above found is a mention of the body's deal of that kind —
 * the first one of two sides or more the body reports (its own report, not a later mention) — with its
 * sides, and with what the body last says became of it (the headline tells the latest news). A
 * headline that negates ("No deal yet …") or denies ("… deny reports of merger": a verb WordNet
 * files under deny) states no deal. Changes `out` in place.
 */
function headlineOfBodyDeal(found: readonly Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const h = all[0];
  if (!h || h.paragraph !== 0) return;
  const key = sentenceKey(h);
  if ((out.get(key) ?? []).length > 0) return;
  const tokens = tag(h.text, { entities: false }).tokens;
  // (Besides the kind nouns: a noun of the headline whose lemma is the kind of a deal of the body and
  // a noun of the words the body calls it by, "loses licence" over a body's "a fishing licence", by the tagger's lemmas.)
  const bodyKinds = new Set(
    found
      .filter((f) => all[f.index]!.paragraph !== 0 && f.agreement.noun !== null)
      .flatMap((f) => {
        const nouns = tag(f.agreement.noun!, { entities: false }).tokens.filter((t) => t.pos === 'NOUN').map((t) => t.lemma);
        return f.kind.split(' ').filter((k) => !GENERIC_KINDS.has(k) && nouns.includes(k));
      }),
  );
  // (One deal, one noun: a plural, "exercises options", may be any number of them.)
  const echoed = tokens.filter((t) => t.pos === 'NOUN' && bodyKinds.has(t.lemma) && !/s$/i.test(t.text)).map((t) => t.lemma);
  const listed = kindsIn(h.text);
  const kinds = [...(listed === 'verb' ? [] : listed.split(' ')), ...echoed].filter((k, j, ks) => ks.indexOf(k) === j).join(' ');
  if (kinds === '') return;
  if (tokens.some((t) => NEGATORS.has(t.text.toLowerCase()) || t.text.toLowerCase() === 'without' || (t.pos === 'VERB' && isKindOf(t.lemma, 'verb', (DENY ??= senseKeys('verb', ['deny', 1])), 1)))) return;
  // What became of it: what the headline's first verb of a deal's fate does to it ("quits", "backs",
  // "breaching", a phrasal verb WordNet files whole: "call off"), else what its last mention in the body says.
  const own = kinds.split(' ');
  // (Verbatim: the headline's own word for it; a kind read off a word WordNet rebuilt is none.)
  const nounAt = tokens.findIndex((t) => own.includes(t.text.toLowerCase()) || own.includes(nounLemma(t.text)) || (t.pos === 'NOUN' && echoed.includes(t.lemma) && !/s$/i.test(t.text)));
  if (nounAt < 0) return;
  const noun = tokens[nounAt]!.text;
  // The word that governs the deal's noun phrase, past its modifiers ("back merger", "call off
  // merger", "secures ten-year licence"): a headline drops the articles the tagger leans on, so it
  // may call that verb a noun or an adverb; read it as a verb (with a particle, as WordNet files a phrasal verb).
  let v = nounAt - 1;
  for (let skipped = 0; v >= 0 && skipped < 4 && (/^(?:ADJ|NUM|PROPN|NOUN)$/.test(tokens[v]!.pos) || tokens[v]!.text === '-'); skipped++) v--;
  const particle = v > 0 && /^(?:off|up|down|out)$/i.test(tokens[v]!.text) ? v - 1 : -1;
  const verbAt = particle >= 0 ? particle : v;
  const forms = (t: TaggedToken): string[] => [t.lemma, ...participleBases(t.text), t.text.toLowerCase().replace(/e?s$/, '')];
  const governing = verbAt >= 0 && /^(?:VERB|NOUN|ADV)$/.test(tokens[verbAt]!.pos)
    ? (forms(tokens[verbAt]!).map((f) => (particle >= 0 ? verbStatus(`${f}_${tokens[v]!.text.toLowerCase()}`) : statusOfVerb(f))).find((x) => x !== null) ?? null)
    : null;
  // (Not a verb the headline adds after the deal, set off by a comma or as an infinitive of purpose:
  // "… accept wage offer, ending weekend boycott", "… accept wage offer to end weekend boycott" end the boycott, not the offer.)
  const comma = tokens.findIndex((t, k) => k > nounAt && t.text === ',');
  const aside = (k: number): boolean => k > nounAt && ((comma > 0 && k > comma) || tokens[k - 1]?.text.toLowerCase() === 'to');
  const firstVerb = tokens.map((t, k) => (t.pos === 'VERB' && !aside(k) ? (verbStatus(`${t.lemma}_${tokens[k + 1]?.text.toLowerCase() ?? ''}`) ?? statusOfVerb(t.lemma)) : null)).find((x) => x !== null);
  // (A purchase or merger called off never went through: collapsed, as the body's readers say.)
  const fate = governing ?? firstVerb;
  const told = fate === 'voided' && own.some((k) => TRANSACTION_KINDS.has(k)) ? ('collapsed' as const) : fate;
  const mentionOf = (from: { paragraph: number; sentence: number }, a: Agreement, sides: readonly string[]): Agreement => {
    let status = a.status;
    for (const s of all) for (const x of out.get(sentenceKey(s)) ?? []) if (x.refersTo?.paragraph === from.paragraph && x.refersTo.sentence === from.sentence) status = x.status;
    return { parties: [...sides], mention: noun, cue: noun, action: h.text, resolution: { how: 'earlier-agreement', from }, status: told ?? status, noun, refersTo: { ...from } };
  };
  const body = found.filter((f) => all[f.index]!.paragraph !== 0 && sameKind(kinds, f.kind));
  // (The body's first sentence tells the story the headline tells: a deal of the kind it reports
  // itself is the headline's, whatever sides the readers have named for it so far — not a deal of
  // two sides the body reports further on, "Quarnley throwers back pay deal" over a supply contract.)
  const ledeAt = all.findIndex((s) => s.paragraph > 0);
  for (const f of body) {
    if (f.later) continue;
    const at = all[f.index]!;
    const a = out.get(sentenceKey(at))?.find((x) => x.refersTo === null && x.cue === f.agreement.cue);
    if (!a || (a.parties.length < 2 && !(f.index === ledeAt && a.parties.length === 1))) continue;
    out.set(key, [mentionOf({ paragraph: at.paragraph, sentence: at.sentence }, a, a.parties)]);
    return;
  }
  // No report of that kind with two sides: the body's first mention of the kind still tells the
  // deal the headline names (its lede may give the sides as "two … makers" and name them only in a
  // clause of agreeing after). It is the deal that mention refers to, when it refers to one; the sides
  // are the most any mention of the kind (or the deal they refer to) names.
  const firstOf = (f: Found): Agreement | undefined => out.get(sentenceKey(all[f.index]!))?.find((x) => x.cue === f.agreement.cue);
  const first = body.find((f) => firstOf(f) !== undefined);
  if (!first) return;
  const at = all[first.index]!;
  const a = firstOf(first)!;
  const from = a.refersTo ?? { paragraph: at.paragraph, sentence: at.sentence };
  const origin = out.get(sentenceKey(from))?.find((x) => x.refersTo === null) ?? a;
  let sides: readonly string[] = origin.parties;
  for (const f of body) {
    const x = out.get(sentenceKey(all[f.index]!))?.find((y) => y.cue === f.agreement.cue);
    const ref = x?.refersTo ? out.get(sentenceKey(x.refersTo))?.find((y) => y.refersTo === null) : undefined;
    for (const c of [x, ref]) if (c && c.parties.length > sides.length) sides = c.parties;
  }
  if (sides.length === 0) return;
  out.set(key, [mentionOf(from, origin, sides)]);
}
/** "have been cleared to merge": a passive participle and "to" just before the deal's verb. */
const PASSIVE_TO = /\b(?:is|are|was|were|been|be|being)\s+(?:(?:now|formally|finally|also)\s+)?(\p{Ll}+ed)\s+to\s+$/u;
/** "… after their wardens approved the proposal": a clause of time after the deal, its verb in the past and its object the deal. */
const AFTER_DONE = /^[^.;:]*?\b(?:after|once)\s+(?:[^,;.]{1,60}?\s)?(\p{Ll}+ed)\s+(?:(?:the|their|its|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)|it)\b/u;

/**
 * "Two guilds are to combine after their wardens approved the proposal", "X and Y have been cleared
 * to merge": a deal reached by a verb (merge, buy) whose own sentence tells the step that made it
 * go ahead — a passive of approving governing it ("cleared to", WordNet's and the lexicon's verbs
 * of approving and ratifying), or a clause of time after it whose verb approved or ratified it
 * ("the plan", "the deal", "it": its object a deal noun or a plan) — stands at that step. Only a
 * report (no later mention) read as reached.
 */
function approvedWithIt(f: Found, text: string): Found {
  const a = f.agreement;
  if (f.later || a.refersTo !== null || a.status !== 'reached' || a.noun !== null) return f;
  const at = text.indexOf(a.cue);
  if (at < 0) return f;
  const stepOf = (participle: string): AgreementStatus | null => participleBases(participle).map(statusOfVerb).find((x) => x === 'approved' || x === 'ratified') ?? null;
  const passive = PASSIVE_TO.exec(text.slice(0, at));
  const after = AFTER_DONE.exec(text.slice(at + a.cue.length));
  const planned = after && (after[2] === undefined || isDealLemma(nounLemma(after[2])) || /^(?:plan|proposal|move|offer|terms)$/.test(after[2])) ? stepOf(after[1]!) : null;
  const status = (passive ? stepOf(passive[1]!) : null) ?? planned;
  return status ? { ...f, agreement: { ...a, status } } : f;
}

/**
 * "Harwell Foods to acquire Lenton Mills", "Purchase of Lenton Mills falls through", "Mill sues flour
 * supplier over spoiled grain" over a lede that reports a deal between two sides: a headline tells in
 * a few words the story its lede tells, so a headline with a verb of its own (the tagger's) that no
 * reader above found a deal in is a mention of the lede's first deal, with its sides and status
 * (`headlineTellsLede` then reads an end the headline tells of its own). Its verb may be any: the
 * headline drops the articles and nouns the readers lean on ("Trading" read as a noun, "sign to",
 * "fires contractor"). A headline that negates or denies (as `headlineOfBodyDeal` reads it), or
 * asks, states no deal. Changes `out` in place.
 */
function headlineOfLede(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const h = all[0];
  const lede = all.find((s) => s.paragraph > 0);
  if (!h || h.paragraph !== 0 || !lede || (out.get(sentenceKey(h)) ?? []).length > 0 || /\?\s*$/.test(h.text)) return;
  const first = (out.get(sentenceKey(lede)) ?? []).find((a) => a.refersTo === null && a.parties.length >= 2);
  if (!first) return;
  const tokens = tag(h.text, { entities: false }).tokens;
  const verb = tokens.find((t) => t.pos === 'VERB');
  // (Not a plan, "X plans new sheds": a word whose lemma WordNet files first as a plan or a proposal
  // — the tagger may read the headline's verb as a noun — tells of what is not done; nor deals in the
  // plural, "exercises options": any number of them.)
  if (!verb || tokens.some((t) => (t.pos === 'VERB' || t.pos === 'NOUN') && planLike(t.lemma)) || tokens.some((t) => t.pos === 'NOUN' && /s$/i.test(t.text) && t.lemma !== t.text.toLowerCase() && isDealLemma(t.lemma))) return;
  if (tokens.some((t) => NEGATORS.has(t.text.toLowerCase()) || t.text.toLowerCase() === 'without' || (t.pos === 'VERB' && isKindOf(t.lemma, 'verb', (DENY ??= senseKeys('verb', ['deny', 1])), 1)))) return;
  const from = { paragraph: lede.paragraph, sentence: lede.sentence };
  out.set(sentenceKey(h), [{ parties: [...first.parties], mention: verb.text, cue: verb.text, action: h.text, resolution: { how: 'earlier-agreement', from }, status: first.status, noun: null, refersTo: from }]);
}

/** How far a deal standing has gone (`headlineTellsLede`): made, signed, approved, ratified. */
const STANDING_RANK: Partial<Record<AgreementStatus, number>> = { reached: 1, signed: 2, approved: 3, ratified: 4 };
/** What became of a deal that ended or never stood. */
const ENDS = new Set<AgreementStatus>(['collapsed', 'voided', 'breached', 'rejected']);

/**
 * "Ferry crews vote to accept wage offer" over "Crews … have now voted to accept the four-year wage offer",
 * "Chandlery wins new lease" over "The harbour commissioners approved a 25-year lease …": a headline
 * tells in a few words the story its lede tells, and its words for what became of the deal (accept,
 * win, award, agree, a bare noun) are the lede's in short. A headline agreement that is the lede's
 * deal (it refers to the lede, or names a side of the lede's first deal) takes the status the lede
 * gives that deal, unless the headline says more: an end of its own ("call off", "Court voids …
 * merger" over a lede that tells the signing), or a further step than the lede's ("trustees back
 * merger" over "are to merge"). A headline read "in force" (a deal at work) tells no news of its
 * own. Changes `out` in place.
 */
function headlineTellsLede(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const h = all[0];
  const lede = all.find((s) => s.paragraph > 0);
  if (!h || h.paragraph !== 0 || !lede) return;
  const key = sentenceKey(h);
  const first = (out.get(sentenceKey(lede)) ?? []).find((a) => a.refersTo === null);
  if (!first) return;
  const told = (a: Agreement): AgreementStatus => {
    const ofLede = a.refersTo ? a.refersTo.paragraph === lede.paragraph && a.refersTo.sentence === lede.sentence : overlaps(a.parties, first.parties);
    if (!ofLede || a.status === first.status) return a.status;
    if (ENDS.has(a.status)) return a.status;
    const [x, y] = [STANDING_RANK[a.status], STANDING_RANK[first.status]];
    if (x !== undefined && y !== undefined && x > y) return a.status;
    return first.status;
  };
  const list = out.get(key);
  if (list) out.set(key, list.map((a) => (told(a) === a.status ? a : { ...a, status: told(a) })));
}

/** "It was reached after …", "It must still be ratified by …": "It", a passive of making or approving a deal, then the verb. */
const IT_PASSIVE = /^It\s+(?:(?:also|still|only|now|then|first|finally|formally)\s+)*((?:must|will|would|has\s+to|needs\s+to|is\s+to)\s+(?:still\s+)?be|(?:was|is|has\s+been|had\s+been))\s+(?:(?:also|still|only|formally|finally|unanimously|jointly)\s+)?(\p{Ll}+ed)\b/u;

/**
 * "The union's members voted to accept the pay deal. It was reached after four days of talks.": a
 * sentence opening with "It" as the subject of a passive verb that makes, signs, ratifies or
 * approves a deal (WordNet's status verbs; one of buying or selling is left: what is sold is a
 * thing), right after a sentence of the same paragraph holding an agreement (or one the deal itself
 * opens, across a paragraph break: `dealOpening`), is a mention of that
 * agreement — a deal is what gets reached or ratified. Its status is the verb's, or the deal's
 * own while the step is still ahead ("must still be ratified"). Changes `out` in place.
 */
function itOfDealJustFound(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  for (let i = 1; i < all.length; i++) {
    const s = all[i]!;
    const prev = all[i - 1]!;
    // (Across a paragraph break only after a sentence the deal itself opens, see `dealOpening`.)
    if ((prev.paragraph !== s.paragraph && !dealOpening(prev, out)) || (out.get(sentenceKey(s)) ?? []).length > 0) continue;
    const m = IT_PASSIVE.exec(s.text);
    const before = out.get(sentenceKey(prev))?.find((a) => a.parties.length > 0);
    if (!m || !before) continue;
    // (Of the verbs that make a deal, "reach" only: "It was sold", "It was bought" tell of a thing traded.)
    const status = participleBases(m[2]!).map((b) => (b === 'reach' ? ('reached' as const) : statusOfVerb(b))).find((x) => x === 'reached' || x === 'signed' || x === 'ratified' || x === 'approved');
    if (!status || (status === 'reached' && !participleBases(m[2]!).includes('reach'))) continue;
    // (A step still ahead, "must still be ratified", ends its auxiliaries in "be"; one taken, "was", "has been".)
    const waiting = /\bbe$/.test(m[1]!);
    const from = before.refersTo ?? { paragraph: prev.paragraph, sentence: prev.sentence };
    out.set(sentenceKey(s), [{ parties: [...before.parties], mention: 'It', cue: m[2]!, action: s.text.replace(/[.!]\s*$/, ''), resolution: { how: 'earlier-agreement', from }, status: waiting ? before.status : status, noun: null, refersTo: { ...from } }]);
  }
}

/**
 * The agreement a sentence holds as its opening subject, its deal noun first ("The agreement raises
 * …", "The three-year contract gives …", "The settlement was announced …"), with sides; undefined
 * when the sentence opens with anything else (a side, "Under the lease, …"). After such a sentence
 * a pronoun opening the next one ("It also …", "Its terms …") has that deal as its nearest subject.
 */
function dealOpening(s: Sentence, out: ReadonlyMap<SentenceKey, readonly Agreement[]>): Agreement | undefined {
  return out.get(sentenceKey(s))?.find((a) => a.parties.length > 0 && a.noun !== null && a.noun === a.mention && /^(?:The|This|That)\s/u.test(a.noun) && s.text.startsWith(a.noun) && isDealLemma(nounLemma(a.noun.split(/\s+/).at(-1)!.toLowerCase())));
}
/** "It also guarantees …", "It will run …": "It" (adverbs, a modal between) before a word the tagger may read as its verb. */
const IT_ACTS = /^It\s+(?:(?:also|still|now|further|even|then)\s+)*(?:(?:will|would|must|shall|can|may)\s+(?:(?:also|still|now)\s+)?)?\p{Ll}+(?![\p{L}\p{M}\p{N}_'’-])/u;
/** "Its terms are confidential", "Its conditions include …": the parts of the deal "its" stands for. */
const ITS_PARTS = /^Its\s+(?:\p{Ll}+\s+)?(?:terms|conditions|provisions)\b/u;

/**
 * "The accord lifts wages by 3 per cent. It also promises a longer lunch hour.", "The settlement
 * was announced on Friday. ¶ Its terms are confidential.": a sentence opening with "It" as the subject
 * of a verb (the tagger's; not "It is …", not a statement reported — "It said …"), or with "Its
 * terms", right after a sentence whose subject is the deal itself (`dealOpening`; across a paragraph
 * break too), is a further term of that deal: a later mention of it, between its sides, with the status
 * the deal stands at there (in force when told at work, "It runs until 2030", as `atWork` says for "The
 * deal runs …"). After any other sentence "It" may be a side, and is left. Changes `out` in place.
 */
function itOfDealOpening(all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>, statements: ReadonlyMap<SentenceKey, readonly Statement[]>): void {
  for (let i = 1; i < all.length; i++) {
    const s = all[i]!;
    if ((out.get(sentenceKey(s)) ?? []).length > 0) continue;
    const acts = IT_ACTS.test(s.text);
    if (!acts && !ITS_PARTS.test(s.text)) continue;
    const before = dealOpening(all[i - 1]!, out);
    if (!before) continue;
    if (acts) {
      const tokens = tag(s.text, { entities: false }).tokens;
      let v = 1;
      while (v < tokens.length && /^(?:ADV|AUX)$/.test(tokens[v]!.pos) && tokens[v]!.lemma !== 'be') v++;
      const verb = tokens[v];
      if (!verb || verb.pos !== 'VERB' || verb.lemma === 'be' || verb.lemma === 'have' || tokens.slice(1, v).some((t) => t.lemma === 'be')) continue;
      // ("It said …", "It added that …": the verb reports what "it" said, no term.)
      if ((statements.get(sentenceKey(s)) ?? []).some((x) => x.cue.split(/\s+/)[0] === verb.text)) continue;
    }
    const prev = all[i - 1]!;
    const from = before.refersTo ?? { paragraph: prev.paragraph, sentence: prev.sentence };
    const mention = /^\S+/u.exec(s.text)![0];
    out.set(sentenceKey(s), [{ parties: [...before.parties], mention, cue: mention, action: s.text.replace(/[.!]\s*$/, ''), resolution: { how: 'earlier-agreement', from }, status: atWork(s.text) ? 'in force' : before.status, noun: null, refersTo: { ...from } }]);
  }
}

let DENY: ReturnType<typeof senseKeys> | undefined;

/**
 * "X had failed to keep the hours set out in the lease", "missed targets laid down in the contract",
 * "failed to repair them in the 14 days allowed by the lease": a side falling short of what the deal
 * sets out tells it breached, whatever the deal's own status.
 */
const FAILED_TERM = /\b(?:fail(?:ed|s|ing)?\s+to\s+\p{Ll}+|miss(?:ed|es|ing))\b[^.;]{0,100}?\b(?:set\s+out|laid\s+down|required|allowed|specified|promised|guaranteed)\s+(?:in|by|under)\s+(?:the|its|their|that|this)\s/u;

/**
 * "X denied any breach, saying the lease allowed it …", "denied breaking the agreement": a side denying it broke
 * the deal tells no breach; the deal it cites holds (in force), whatever the article says of the claim.
 */
const DENIED_BREACH = /\bden(?:y|ies|ied|ying)\s+(?:any\s+|a\s+)?(?:breach(?:es|ing)?|break(?:ing)?|violat(?:ion|ing))\b/i;

/**
 * "The lease required tenants to insure the roof", "The licence allowed busking but barred amplifiers", "That
 * settlement also obliged it to fund a survey": the deal (its noun `cue`) as the subject of a past tense that
 * binds or lets a side (require, oblige, allow, permit, bar, forbid) tells what it provided while it ran: in force,
 * not what became of it (nor the breach or end an article reports of it).
 */
function ruledBy(text: string, cue: string): boolean {
  if (!/^\p{Ll}+$/u.test(cue)) return false;
  return new RegExp(String.raw`\b${cue}\s+(?:also\s+)?(?:required|obliged|allowed|permitted|barred|forbade)\b`, 'iu').test(text);
}

/** "an earlier offer", "a previous agreement", "the first draft": a deal told as one before the deal the article reports. */
const SUPERSEDED = /\b(?:an?|the|its|their)\s+(?:earlier|previous|prior|first|original|initial)\b/i;

/** Statuses of an agreement made and standing, whose terms the sentence after it may set out. */
const STANDING = new Set<AgreementStatus>(['reached', 'signed', 'approved', 'ratified', 'in force']);

/**
 * What a deal made before provides, told of it at work: it runs, lasts or takes effect ("runs until
 * 2029", "which comes into effect from 3 June"), or was signed long ago (`signedBefore`): in force. Other
 * terms ("The accord hands porters a 4 per cent increase", "The tenancy carries an option to quit early") keep the
 * status the deal stands at (see `termsAhead`).
 */
function providesAtWork(f: Found, text: string): boolean {
  return f.signedBefore === true || atWork(text);
}

/**
 * The status a deal (its first report at `from`) last stood at before sentence `before`, among its
 * report and the mentions linked to it that told what became of it (reached, signed, approved,
 * ratified), or undefined when that was in force ("went through") or an end.
 */
function standingBefore(done: readonly Found[], all: readonly { paragraph: number; sentence: number }[], texts: readonly string[], from: { paragraph: number; sentence: number }, before: number): AgreementStatus | undefined {
  const ofDeal = (d: Found): boolean => {
    const at = d.agreement.refersTo ?? all[d.index]!;
    return at.paragraph === from.paragraph && at.sentence === from.sentence;
  };
  // (In force only by what it provides, by terms under it or by its running on says nothing of
  // where the deal stands; "went through" does: in force.)
  const told = (d: Found): boolean => d.agreement.status !== 'in force' || !(d.provides === true || /^under$/i.test(d.agreement.cue) || atWork(texts[d.index]!));
  const stood = done.findLast((d) => d.index < before && ofDeal(d) && told(d));
  return stood && stood.agreement.status !== 'in force' && STANDING.has(stood.agreement.status) ? stood.agreement.status : undefined;
}
// ("has undertaken to mend the slipway": a perfect of promising, `commitsTo`, binds as "will" does.)
// ("The club will pay …": a description whose noun heads a party's name, see termsAfter.)
// ("would" and "is to" only after "In return,": a reported future the opener marks as a term.)
const TERMS_SUBJECT = String.raw`((?:[Ee]ach|[Bb]oth)\s+(?:of\s+the\s+)?\p{Ll}+|[Tt]he\s+two\s+\p{Ll}+s|(?:[Tt]he\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’&.-]*){0,3}(?:(?<=\p{L}['’]s)\s+\p{Ll}[\p{Ll}-]*s|\s+\p{Ll}[\p{Ll}-]*s(?=\s+(?:will|shall)\s))?|[Tt]he\s+\p{Ll}+)`;
const TERMS_LEAD = new RegExp(String.raw`^${TERMS_SUBJECT}\s+(?:will|shall|(would|(?:is|are)\s+to)|(?:has|have)\s+(\p{Ll}+)\s+to)\s+(?:(?:also|then|now|jointly|each|both)\s+)?(\p{Ll}+)(?![\p{L}\p{M}\p{N}_])`, 'u');
/** After "In return,": a present tense states the term as well ("In return, Bellwood pays the county …"). */
const TERMS_PRESENT = new RegExp(String.raw`^${TERMS_SUBJECT}\s+()()(?:(?:also|now|jointly)\s+)?(\p{Ll}+s)\b`, 'u');
/** "In return, …", "In exchange for the site, …": what a party gives for a deal just reported. */
const IN_RETURN = /^In\s+(?:return|exchange)(?:\s+for\s+[^,;]{1,80})?,\s+/u;

/**
 * The verb a term of an earlier agreement is given (`termsAfter`), whatever its sentence says
 * ("will", "shall", "has undertaken to"): the one verb of an agreement that is not a word of its
 * sentence, so that /agreed's cold-start bound (answer/agreedBound.ts) lets any document hold it.
 */
export const TERM_CUE = 'will';

/**
 * "Fenwick Dairies agreed to supply Marlow Stores with milk. Fenwick will deliver to each store
 * twice a day.", "Each firm will own half of the venture": the sentence right after an agreement
 * made and standing (same paragraph), whose subject is one of its parties (by name) or the pair
 * ("Each firm", "Both clubs", "The two companies"), in the future ("will"/"shall") with a verb that
 * makes or ends no deal (WordNet's status verbs), no agreement noun of its own, no negation or
 * condition: a term of that agreement between its parties — still to come, so at the status the
 * agreement was made with (`madeStatus`, a85); in the present after the opener, in force. After "In return," or "In
 * exchange (for …)," the opener says it is one: the agreement may close the paragraph before, and
 * a description whose noun ends one party's name ("the university") is that party whatever the deal.
 */
function termsAfter(text: string, i: number, all: readonly Sentence[], found: readonly Found[]): Found | null {
  const opener = IN_RETURN.exec(text);
  // ("In return, …" may follow one sentence more of the same paragraph, see returnAfterAside.)
  const made = opener ? found.findLast((d) => d.index < i) : found.findLast((d) => d.index === i - 1);
  // (Not after a term read so: only the one sentence right after the agreement.)
  if (!made || (made.index !== i - 1 && !returnAfterAside(all, made, i)) || made.agreement.cue === TERM_CUE) return null;
  // (Across a paragraph break, only after a mention of what the deal gives and for a side named
  // opening the next paragraph: "The agreement gives Sandmere the rights. ¶ Sandmere will pay a fee
  // of …", checked below; after the signing itself the older own sets label it none.)
  const across = !opener && all[made.index]!.paragraph !== all[i]!.paragraph;
  const a = madeWithSides(made, found, all);
  if (a.parties.length < 2 || !STANDING.has(a.status)) return null;
  const clause = opener ? text.slice(opener[0].length) : text;
  // (The present: a verb by the tagger, not one of speaking — "In return, Bellwood says …" reports.)
  const present = (x: RegExpExecArray | null): RegExpExecArray | null => {
    const v = x ? tag(clause, { entities: false }).tokens.find((t) => t.text === x[4]) : undefined;
    return v && v.pos === 'VERB' && v.lemma !== v.text && synsetsOf(v.lemma, 'verb', 1)[0]?.lexname !== 'verb.communication' ? x : null;
  };
  const lead = TERMS_LEAD.exec(clause);
  const m = lead ?? (opener ? present(TERMS_PRESENT.exec(clause)) : null);
  if (!m || (m[2] && !opener)) return null;
  const subject = m[1]!;
  const pair = /^(?:each|both|the\s+two)\s/iu.test(subject);
  // ("The insurer will pay …", "The firm will collect …": a description is left — the older own sets
  // a20, a20b, a22b and a24 label such sentences none; a name or the pair only, precision first.)
  // ("The club will pay …" after "Lowther Rowing Club has signed a lease": a description whose noun
  // is the last word of one party's name is that party — after a deal that lasts (a pact or a deal
  // held: lease, contract, franchise), not after a sale, whose buyer's plans are no terms: "… sold
  // the hall to the Guild. The guild will repair the roof." is none, as own-a20b labels it.)
  const described = /^[Tt]he\s+(\p{Ll}+)$/u.exec(subject);
  if (across && (!made.provides || pair || described || !a.parties.some((p) => sameParty(subject, p)))) return null;
  if (described) {
    if (!opener && !made.kind.split(/\s+/).some((w) => dealNounKind(w) === 'pact' || heldDealNoun(w))) return null;
    // (A name's last word only: "the team" kept as a party from "the team announced" is that same
    // description, no name — "The team will race as …" is no term of it.)
    // After "In return,": or the noun the deal's sentence set right before one party's name ("to
    // the community energy group Sunhill Power" → "the group").
    const deal = all[made.index]!.text;
    const describedAs = (p: string): boolean => p.toLowerCase().split(/\s+/).at(-1) === described[1] || (opener !== null && deal.includes(`${described[1]} ${p}`));
    // ("In return, the county will receive …": or that party itself, a description kept as one.)
    const fitting = a.parties.filter((p) => (/^\p{Lu}/u.test(p) && describedAs(p)) || (opener !== null && bareName(p) === described[1])).length;
    // "In return, the company will deliver …" after a deal with Lantry Freight, a firm never
    // called a company (or called "the haulier" since): after the opener, a description that the
    // general reader of descriptions resolves to one of the deal's parties is that party.
    if (fitting > 1 || (fitting === 0 && !(opener && describesParty(subject, i, opener[0].length, all, a.parties)))) return null;
  } else if (!pair && !a.parties.some((p) => sameParty(peopleOwner(subject), p) && bareName(peopleOwner(subject)).length >= 3) && !fillsDescribed(subject, a, all[made.index]!.text)) return null;
  if (m[3] && !commitsTo(m[3])) return null;
  const verb = m[4]!;
  if (verbStatus(verb) !== null || /^(?:sign|agree|approve|vote|decide|consider|seek|try|need|have)$/.test(verb)) return null;
  // ("Orrinby shareholders will receive …" is a term; "Orrinby customers will see no change" is
  // none: a party's people, not the party, hold a term only by what they get or give — a verb whose
  // first sense WordNet files under possession.)
  if (!pair && peopleOwner(subject) !== subject && synsetsOf(verb, 'verb', 1)[0]?.lexname !== 'verb.possession') return null;
  if (/\b(?:if|unless|not|never|whether)\b|n't\b/iu.test(clause) || KIND_WORD_ANYWHERE.test(clause)) return null;
  for (const w of clause.toLowerCase().match(/\p{Ll}[\p{Ll}-]{3,}/gu) ?? []) if (wordNetDealBase(w)) return null;
  const from = { paragraph: all[made.index]!.paragraph, sentence: all[made.index]!.sentence };
  const origin = a.refersTo ?? from;
  return {
    index: i,
    agreement: { parties: [...a.parties], mention: subject, cue: TERM_CUE, action: text.replace(/[.!]\s*$/, ''), resolution: { how: 'earlier-agreement', from: origin }, status: lead ? madeStatus(found, all, origin, a.status) : 'in force', noun: null, refersTo: origin },
    kind: made.kind,
    later: false,
  };
}
/**
 * "Under the merger's terms, …", "The agreement gives …": a later mention, whose sides linking fills only after, has the
 * sides of the nearest deal of its kind found before it (two or more, standing); any other deal
 * as it is.
 */
function madeWithSides(made: Found, found: readonly Found[], all: readonly Sentence[]): Agreement {
  const a = made.agreement;
  if (a.parties.length > 0 || (!made.later && !made.provides) || a.noun === null || !/^(?:the|this|that)\s/i.test(a.noun)) return a;
  const before = found.findLast((d) => d.index < made.index && made.index - d.index <= 4 && d.agreement.parties.length >= 2 && STANDING.has(d.agreement.status) && sameKind(d.kind, made.kind));
  return before ? { ...a, parties: [...before.agreement.parties], refersTo: before.agreement.refersTo ?? { paragraph: all[before.index]!.paragraph, sentence: all[before.index]!.sentence } } : a;
}

/** "Abbotsmere's members", "Abbotsmere members": a body's own people (a plural WordNet files as persons) stand for the body, "Abbotsmere's"; any other subject as it is. */
function peopleOwner(subject: string): string {
  // ("Orrinby shareholders": the name as a modifier, too.)
  const m = /^(.+?)(?:['’]s)?\s+(\p{Ll}[\p{Ll}-]*s)$/u.exec(subject);
  return m && nounLemma(m[2]!) !== m[2]! && nounClass(nounLemma(m[2]!)) === 'person' ? m[1]! : subject;
}

/**
 * "X signed a lease with a bathhouse operator. Varmbad Leisure will pay …": a name of two words or more,
 * not in the deal's sentence, opening the sentence after a deal one of whose sides is only an
 * indefinite description, is that side (describedThenNamed names it so after).
 */
function fillsDescribed(subject: string, a: Agreement, deal: string): boolean {
  return a.parties.filter((p) => INDEFINITE_PLACED.test(p)).length === 1 && /^\p{Lu}[\p{L}'’&.-]*\s+\p{Lu}/u.test(subject) && !/['’]s\s/u.test(subject) && !deal.includes(subject);
}

/** "The combined company", "the merged group": a participle of a verb of uniting (WordNet: a sense, of its first three, shared with "unite") before an organisation noun. */
const COMBINED_BODY = /^The\s+(\p{Ll}+ed)\s+(\p{Ll}+)(?![\p{L}\p{M}\p{N}_])/u;
/** After the body (and a clause set off by commas): "will" and an active verb, not "will be …". */
const COMBINED_DOES = /^\s*(?:,[^,]*,\s*)?(?:will|shall)\s+(?:also\s+)?(?!be\b|have\s+been\b)\p{Ll}+/u;
const unitingMemo = new Map<string, boolean>();
function unitingParticiple(w: string): boolean {
  let yes = unitingMemo.get(w);
  if (yes === undefined) {
    yes = (baseForms(w).get('verb') ?? []).some((b) => synsetsOf(b, 'verb', 3).some((x) => x.words.includes('unite')));
    unitingMemo.set(w, yes);
  }
  return yes;
}

/** "take the name Fenwick & Stowe BC", "to be called Tessel Group": the name a merger gives the body it makes. */
const NAME_GIVEN = /\b(?:(?:take|takes|taking|took|adopt|adopts|adopting)\s+the\s+name|(?:be\s+)?(?:called|named|renamed|known\s+as))\s+(\p{Lu}[\p{L}'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’.-]*)*)/u;

/** "the merged …": what `mergedBodiesNamed`'s per-head pattern needs before its head. */
const THE_PARTICIPLE = /[Tt]he\s+\p{Ll}+ed\s/u;

/**
 * "The merged society will rent the hall from X" after "the joined society is to take the name
 * Fenwick & Stowe BC": a side written as the body a merger makes (a participle of uniting,
 * WordNet, before an organisation noun) is the name the article said that body would take (up to
 * ten sentences back), when it gave one.
 */
function mergedBodiesNamed(found: Found[], all: readonly Sentence[]): Found[] {
  return found.map((f) => {
    const text = all[f.index]!.text;
    const parties = f.agreement.parties.map((p) => {
      const head = /^(?:the\s+)?(?:(\p{Ll}+ed)\s+)?(\p{Ll}+)$/iu.exec(p);
      if (!head || nounClass(head[2]!) !== 'org') return p;
      // (Compiled only for a sentence that may match: it writes the head after "the" and a participle.)
      const written = text.includes(head[2]!) && THE_PARTICIPLE.test(text) ? new RegExp(String.raw`(?<![\p{L}])[Tt]he\s+(\p{Ll}+ed)\s+${head[2]!}(?![\p{L}])`, 'u').exec(text) : null;
      const participle = head[1] ?? written?.[1];
      if (!participle || !unitingParticiple(participle)) return p;
      for (let k = f.index - 1; k >= 0 && f.index - k <= 10; k--) {
        const named = NAME_GIVEN.exec(all[k]!.text);
        if (named) return named[1]!.replace(/\.$/, '');
      }
      return p;
    });
    return parties.some((p, k) => p !== f.agreement.parties[k]) ? { ...f, agreement: { ...f.agreement, parties } } : f;
  });
}

/**
 * The status a deal reported at `origin` was made with (its report's, when that report stands), else
 * `fallback`: what a term still to come of it carries ("Fenwick will deliver twice a day", "The
 * combined business will employ 90"), as a later mention's terms do (`termsAhead`; a85, the
 * current brief: a term says nothing new of what became of the deal).
 */
function madeStatus(found: readonly Found[], all: readonly Sentence[], origin: { paragraph: number; sentence: number }, fallback: AgreementStatus): AgreementStatus {
  const report = found.find((d) => d.agreement.refersTo === null && all[d.index]!.paragraph === origin.paragraph && all[d.index]!.sentence === origin.sentence);
  return report && STANDING.has(report.agreement.status) && report.agreement.status !== 'in force' ? report.agreement.status : fallback;
}

/**
 * "Two firms, X and Y, said they will merge. The combined business, to be called XY, will employ
 * 90.": a sentence opening with the body the merger makes (`COMBINED_BODY`), within two sentences
 * of a merger or acquisition of two parties or more that stands, is a later mention of it — what the
 * body will do is a term still to come, at the status the merger was made with (`madeStatus`, a85).
 */
function combinedAfter(text: string, i: number, all: readonly Sentence[], found: readonly Found[]): Found | null {
  const m = COMBINED_BODY.exec(text);
  if (!m || nounClass(m[2]!) !== 'org' || !unitingParticiple(m[1]!)) return null;
  // What the body will do (an active verb: "will employ 90", "will run 160 cabs") is a term of the
  // merger; where it will be ("will be based at …") is none, as own-a17 labels it.
  if (!COMBINED_DOES.test(text.slice(m[0].length))) return null;
  const made = found.findLast((d) => d.index < i);
  if (!made || bodySentencesBetween(all, made.index, i) > 2 || !made.kind.split(/\s+/).some((k) => groupsOf(k).includes('merger'))) return null;
  const a = made.agreement;
  if (a.parties.length < 2 || !STANDING.has(a.status)) return null;
  const origin = a.refersTo ?? { paragraph: all[made.index]!.paragraph, sentence: all[made.index]!.sentence };
  const mention = m[0];
  return {
    index: i,
    agreement: { parties: [...a.parties], mention, cue: m[1]!, action: text.replace(/[.!]\s*$/, ''), resolution: { how: 'earlier-agreement', from: origin }, status: madeStatus(found, all, origin, a.status), noun: null, refersTo: origin },
    kind: made.kind,
    later: false,
  };
}

/**
 * "X signed a supply contract with Lantry Freight. The haulier runs 300 lorries. In return, …":
 * the agreement `made` two sentences before "In return," in the same paragraph, with one
 * sentence between that names no other organisation than the deal's parties (a person or a place
 * may be named: "Its depot is in Carlow"), page furniture not counted.
 */
function returnAfterAside(all: readonly Sentence[], made: Found, i: number): boolean {
  if (bodySentencesBetween(all, made.index, i) !== 2 || all.slice(made.index, i + 1).some((s) => s.paragraph !== all[i]!.paragraph)) return false;
  const parties = made.agreement.parties;
  // (A one-word name said to be nothing, "its depot in Carlow", may be a place: it stays.)
  const body = (c: { name: string; heads: readonly string[]; person?: boolean; place?: boolean }): boolean => !c.person && !c.place && (/\s/.test(c.name.trim()) || c.heads.some((h) => nounClass(h) === 'org'));
  for (let k = made.index + 1; k < i; k++) if (namesIn(all[k]!.text).some((c) => body(c) && !overlaps([c.name], parties))) return false;
  return true;
}

/**
 * Whether the description opening sentence `i` at `at` ("the company", "the haulier") stands for
 * one of `parties`: the nearest name introduced with its noun ("Lantry Freight, the haulier, …",
 * "the haulier Lantry Freight") is one; failing any, a generic noun of an organisation ("the
 * company", "the firm", `genericNoun`) that the general reader of descriptions resolves to one.
 * "the union", "the council", "the minister" introduced as nobody's are no party's.
 */
function describesParty(description: string, i: number, at: number, all: readonly Sentence[], parties: readonly string[]): boolean {
  const noun = nounLemma(description.split(/\s+/).at(-1)!);
  const isParty = (name: string): boolean => parties.some((p) => sameParty(name, p));
  for (let k = i; k >= 0 && i - k <= 30; k--) {
    const named = namesIn(all[k]!.text).filter((c) => (k < i || c.at < at) && c.heads.includes(noun));
    if (named.length > 0) return isParty(named.at(-1)!.name);
  }
  if (!genericNoun(noun) || nounClass(noun) !== 'org') return false;
  const texts = textsOf(all);
  const start = all.findIndex((s) => s.paragraph === all[i]!.paragraph);
  const r = resolveDescription(description, texts, i, at, [], [], start);
  return r !== null && r.names.length === 1 && isParty(r.names[0]!);
}
const refersKey = (a: Agreement): string => (a.refersTo ? `${a.refersTo.paragraph}.${a.refersTo.sentence}` : '');

/**
 * One row per agreement: a verb's reader and a noun's may both find the same one in a sentence
 * ("granted a licence to X": the act and its licence) — same action, parties, status and earlier
 * mention. The reading that names its noun is kept.
 */
function withoutRepeats(list: readonly Agreement[]): Agreement[] {
  const keep: Agreement[] = [];
  for (const a of list) {
    // (Only a verb's reading against a noun's: one clause repeated word for word is two agreements.)
    // ("rented the hill from X under a lease that ended …": the noun's clause inside the verb's, read alike, is the same deal.)
    const within = (b: Agreement): boolean => b.action === a.action || (b.noun === null ? b.action.includes(a.action) : a.action.includes(b.action));
    const same = keep.findIndex((b) => (b.noun === null) !== (a.noun === null) && within(b) && b.status === a.status && b.parties.join('\u0000') === a.parties.join('\u0000') && refersKey(b) === refersKey(a));
    if (same < 0) keep.push(a);
    else if (keep[same]!.noun === null) keep[same] = a;
  }
  return keep;
}

/** "a merger agreement", "the 1991 treaty": the agreement a verb's clause opens with. */
/** The deal nouns (dealWords' one list: WordNet's and the lexicon's), longest first, for patterns. */
const DEAL_WORD_ALTERNATION = DEAL_WORDS.join('|');
const NAMED_AGREEMENT = new RegExp(
  `^(?:an?|the|this|that|its|their|two|several|\\d+)?\\s*(?:[\\p{L}\\p{M}\\p{N}_'’-]+\\s+){0,3}(?:memorandum\\s+of\\s+understanding|treatie|${DEAL_WORD_ALTERNATION})s?\\b`,
  'iu',
);

/** "the Maddox contract", "a Fenwick deal": a name (capitalised words) right before the agreement's noun. */
const NAME_MODIFIED_DEAL = /^(?:the|an?)\s+((?:\p{Lu}[\p{L}'’&.-]*\s+){1,3})\p{Ll}[\p{Ll}-]*$/u;

/** A deal noun of dealWords' one list, or its plural, in a text (its lemma is group 1, "treaties" read back to "treaty"). */
const KIND_WORDS = new RegExp(`\\b(treaties|${DEAL_WORD_ALTERNATION})s?\\b`, 'giu');

/** An agreement noun anywhere in a text (see termsAfter). */
const KIND_WORD_ANYWHERE = new RegExp(KIND_WORDS.source, 'iu');
/** Whether a lower-case word is a deal noun of the one list (or its plural). */
const isKindWord = (w: string): boolean => dealKindOf(w) !== null;

/** The kinds of agreement a noun phrase names: "a merger agreement" → "merger agreement". */
function kindsIn(noun: string): string {
  const kinds = [...noun.matchAll(KIND_WORDS)].map((m) => m[1]!.toLowerCase().replace(/ies$/, 'y'));
  return kinds.length > 0 ? [...new Set(kinds)].join(' ') : 'verb';
}

/** The lemma of a word the one list of deal nouns holds ("the covenant", "leases"), or null. */
const wordNetDealBase = (w: string): string | null => dealKindOf(w)?.lemma ?? null;

/**
 * The agreement a verb's clause opens with ("a merger agreement", "the 1991 treaty", "a new
 * lease"): the listed nouns, or a noun WordNet files as an agreement among the first four words.
 */
function namedAgreement(clause: string): RegExpExecArray | [string] | null {
  // ("signed off on the deal": the particle and preposition of a phrasal verb are not the deal's name.)
  const action = clause.replace(/^off\s+on\s+/i, '');
  const listed = NAMED_AGREEMENT.exec(action);
  if (listed) return listed;
  const words = [...action.matchAll(/[\p{L}\p{N}\p{Sc}.,'’-]+/gu)].slice(0, 5);
  for (const [j, m] of words.entries()) {
    if (j === 0 && /^(?:an?|the|this|that|its|their|two|several|\d+)$/i.test(m[0])) continue;
    if (j > 4) break;
    const w = m[0].toLowerCase().replace(/[.,]+$/, '');
    if (/^\p{Ll}[\p{Ll}-]{3,}$/u.test(w) && wordNetDealBase(w)) return [action.slice(0, m.index + w.length)];
  }
  return null;
}

/** Statuses given by someone who may stand outside the deal (a court, a regulator, shareholders). */
const APPROVER_STATUS = new Set<AgreementStatus>(['approved', 'ratified', 'rejected']);

/** "agreed to merge", "agreed to buy X": the deal a verb's clause makes, for linking later mentions. */
const VERB_KIND = /^(?:that\s+\S+\s+(?:would|will)\s+|to\s+)(merge|buy|acquire|purchase|sell|settle)\b/iu;
/** "to be bought by X", "to be taken over": the passive of a verb of trade names its verb's kind too. */
const PASSIVE_KIND = /^to\s+be\s+(\p{Ll}+)(?:\s+(over))?\b/u;
/** The kind of deal an agreed clause makes ("to merge", "to be bought by X" → buy), or `verb`. */
function verbKind(action: string): string {
  const m = VERB_KIND.exec(action);
  if (m) return m[1]!.toLowerCase();
  const p = PASSIVE_KIND.exec(action);
  if (!p) return 'verb';
  // (The tagger's lemma: WordNet's base forms hold no irregular past, "bought".)
  const lemma = tag(`They were ${p[1]!}.`, { entities: false }).tokens[2]?.lemma ?? '';
  return (p[2] ? lemma === 'take' : /^(?:merge|buy|acquire|purchase|sell)$/.test(lemma)) ? lemma : 'verb';
}

interface Found {
  readonly index: number;
  readonly agreement: Agreement;
  /** The agreement noun's lemma, the outcome verb's, or `verb` for "agreed/signed/…" cues. */
  readonly kind: string;
  /** A mention of an agreement made before, to be linked to it. */
  readonly later: boolean;
  /** An order or a purchase: a deal only between two named parties. */
  readonly needsTwo?: boolean;
  /** The subject of an approval or rejection: not a party when the deal it acts on has its own. */
  readonly approver?: readonly string[];
  /** A deal with one named partner and no subject ("a similar deal with X was voided"). */
  readonly partnerOnly?: boolean;
  /** A deal made before saying what it provides ("The accord commits both …"). */
  readonly provides?: boolean;
  /** What a deal provides, said of it signed long ago ("The contract, signed in 2021, commits …"): it holds. */
  readonly signedBefore?: boolean;
  /** A deal made before, still waiting on a step: reached (or as proposed or signed as it was), never yet approved or in force. */
  readonly waiting?: boolean;
  /** An offer to renew or extend a deal made before ("had offered to extend that contract"): proposed, whatever the deal's status. */
  readonly offered?: boolean;
  /** The end of a deal mentioned again by its act noun ("the termination"): the deal last ended before, or nothing. */
  readonly ended?: boolean;
  /** A part of a deal breached with no deal named ("a breach of the non-compete clause"): the deal last made before, or nothing. */
  readonly partBreached?: boolean;
  /** A headline's order or purchase naming one side ("Harland yard lands £300m order"): the body names the other. */
  readonly headlineOneSide?: boolean;
}

/** Where an agreement's clause (with its subject) lies in the sentence. */
function spanOf(text: string, a: Agreement): [number, number] {
  const at = text.indexOf(a.action);
  if (at < 0) return [0, 0];
  const m = a.mention ? text.lastIndexOf(a.mention, at) : -1;
  // The clause begins at the punctuation before the subject: "Under the agreement signed by X, …".
  const from = m >= 0 ? m : at;
  const clause = Math.max(text.lastIndexOf(',', from - 1), text.lastIndexOf(';', from - 1)) + 1;
  return [clause, at + a.action.length];
}

/** "European aircraft manufacturer, Airbus, has won": the name between commas before the verb. */
/**
 * "Northgate Homes, a housing association that manages 12,000 properties across the city, has
 * settled …": a name opening the sentence, then an apposition (with clauses of its own) up to the
 * comma before the verb.
 */
/** A mention that is a name: "Acme", "the Pellan Ramblers"; not "A court in Merovia" (its capital is the article's). */
const NAME_MENTION = /^(?:(?:[Tt]he|[Aa]n?)\s+\p{Lu}|(?!(?:[Tt]he|[Aa]n?)\s)\p{Lu})/u;
/** A singular definite description after a deal: "the chain", "the county council", "the regional health board". */
const HELD_DESCRIPTION = /^the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u;
const LONG_APPOSITION = /^((?:The\s+)?\p{Lu}[\p{L}'’.&+-]*(?:\s+(?:\p{Lu}[\p{L}'’.&+-]*|of|&))*)\s*,\s*(?:an?|the|which|who|whose|one|its|their)\s[^;:"“”]*,\s*(?:(?:has|have|had|is|was|will|also|now|recently|then|since|still)\s+){0,3}$/u;
// "The club's previous sponsor, the betting firm Lucky Lantern, had …": a description may open the name.
const APPOSED_SUBJECT = /,\s*(?:the\s+(?:[\p{Ll}-]+\s+){1,3})?(\p{Lu}[^,"“”]{0,60}?)\s*,\s*(?:(?:has|have|had|is|was|will|also|now|recently|today|then)\s+){0,3}$/u;

/** A deal the noun/outcome reader found, with its parties resolved as for "agreed". */
/** A verb of replacing (WordNet: one of its first three senses holds "replace"): "replaces", "supersedes". */
function replacingVerb(t: Token | undefined): boolean {
  if (!t || !/^\p{Ll}+s$|^\p{Ll}+d$/u.test(t.text)) return false;
  return (baseForms(t.text).get('verb') ?? []).some((b) => synsetsOf(b, 'verb', 3).some((x) => x.words.includes('replace')));
}

function dealAgreement(s: Sentence, index: number, all: readonly Sentence[], pairsAt: (i: number, places?: boolean) => string[] | null, hit: DealHit, statements: ReadonlyMap<SentenceKey, readonly Statement[]>, previous: Found | null, found: readonly Found[] = []): Found | null {
  const text = s.text;
  // "The dispute was settled by arbitration in 2014": the sides of the dispute the sentence before tells of.
  // (With none there, "The row was finally settled in October" is the settlement found earlier: linked as a later mention, or none.)
  if (hit.disputeBefore) {
    const before = index > 0 && hit.noun ? all[index - 1]! : null;
    const sides = before ? disputeSides(before.text) : null;
    if (!before || !sides) return hit.noun ? dealAgreement(s, index, all, pairsAt, { ...hit, disputeBefore: false, later: true }, statements, previous, found) : null;
    const noun = text.slice(hit.noun![0], hit.noun![1]);
    const agreement: Agreement = { parties: sides, mention: noun, cue: hit.cue, action: trimAction(text.slice(hit.actionStart)), resolution: { how: 'description', from: { paragraph: before.paragraph, sentence: before.sentence } }, status: hit.status, noun, refersTo: null };
    return { index, agreement, kind: hit.kind, later: false, needsTwo: false };
  }
  // "Pell and Ostrava held talks for months. The talks' deal fell apart": who held the talks (named
  // together in one of the three sentences before, where the meeting noun stands) made the deal.
  if (hit.talksBefore && hit.named.length === 0 && hit.noun) {
    const talk = new RegExp(`\\b${hit.talksBefore}`, 'i');
    for (let j = index - 1; j >= 0 && index - j <= 3; j--) {
      const pair = talk.test(all[j]!.text) ? pairsAt(j) : null;
      if (!pair || pair.length < 2) continue;
      const noun = text.slice(hit.noun[0], hit.noun[1]);
      const agreement: Agreement = { parties: pair, mention: noun, cue: hit.cue, action: trimAction(text.slice(hit.actionStart)), resolution: { how: 'description', from: { paragraph: all[j]!.paragraph, sentence: all[j]!.sentence } }, status: hit.status, noun, refersTo: null };
      return { index, agreement, kind: hit.kind, later: false, needsTwo: false };
    }
  }
  const here = { paragraph: s.paragraph, sentence: s.sentence };
  let subject: Parties | null = null;
  if (hit.subjectEnd !== null) {
    const tokens = tokenize(text);
    let ti = tokens.findIndex((t) => t.start >= hit.subjectEnd!);
    // The reader of deals has judged negation and hypothesis; "will purchase", "will merge" state a deal.
    // "arranged to increase the swap lines": the subject is the controlling verb's.
    let agent: number | null = null;
    for (let guard = 0; guard < 6 && ti > 0; guard++) {
      const p = tokens[ti - 1]!.text;
      // "Acme will be bought by Borel": the auxiliaries of a passive stand between subject and verb.
      // "Dentwell was itself bought by": an emphatic reflexive among them.
      if (/^(?:will|would|shall|soon|also|already|now|be|been|being|itself|themselves)$/.test(p)) ti--;
      // "Thrushby had in 2022 rejected an offer": a year or a month between the auxiliary and the verb.
      else if ((/^(?:1[89]|20)\d\d$/.test(p) || MONTHS.has(p)) && tokens[ti - 2]?.text === 'in' && /^(?:had|has|have)$/.test(tokens[ti - 3]?.text ?? '')) ti -= 2;
      // "was found to have breached": a perfect infinitive after a passive of judging.
      else if (p === 'have' && tokens[ti - 2]?.text === 'to') ti--;
      else if (p === 'to' && ti >= 2 && /^[a-z]+(?:ed|s)$/.test(tokens[ti - 2]!.text)) ti -= 2;
      // "Two clubs are to merge": "be" and "to", a present arrangement, as "is to" above.
      else if (p === 'to' && ti >= 2 && tokens[ti - 2]!.text === 'are') ti -= 2;
      // "was found to have breached", "was found by an arbitration panel to have breached": a
      // passive of finding or ruling (not "was said to"), and its agent phrase, before the infinitive.
      else if (p === 'to' && /^(?:was|were)$/.test(tokens[ti - 3]?.text ?? '') && verbAt(text, tokens[ti - 2]!.start)) ti -= 2;
      else if (p === 'to' && tokens.slice(Math.max(0, ti - 9), ti - 1).some((x) => x.text === 'by') && (agent = passiveAgentBefore(text, tokens, ti)) !== null) ti = agent;
      // ("have voted by 52 to 9 to accept": an active verb's tally after "by" is read below.)
      else if (p === 'to') {
        // "voted 212 to 97 on Thursday to ratify …": a tally or a day between the verb and "to".
        let j = ti - 2;
        // "voted unanimously on Tuesday to accept": an adverb of manner, too; "voted 9–2 on Thursday
        // to end": a score written with a dash (one token or three); "voted 27-3 in June to accept": a month.
        // ("backed by 64 per cent to ratify": a share, too.)
        while (j > 0 && ti - j <= 8 && (/^(?:\d[\d,]*(?:[–-]\d[\d,]*)?|[–-]|to|on|by|in|at|per|cent|percent|votes?|late|early|last|this|morning|afternoon|evening|night|week|month|\p{Lu}\p{Ll}+day|\p{Ll}{3,}ly)$/u.test(tokens[j]!.text) || MONTHS.has(tokens[j]!.text))) j--;
        if (j < ti - 2 && j >= 0 && /^[a-z]+ed$/.test(tokens[j]!.text)) ti = j;
        else break;
      } else break;
    }
    const sb = ti >= 0 ? subjectBefore(text, tokens, ti, s.paragraph === 0) : null;
    if (sb === 'blocked') return null;
    // "The deal, signed on Monday, gives Corvane the option to …": what an agreement (a definite
    // description headed by a deal noun) gives is a term of it (read as its later mention), no agreement of its own.
    const giver = sb && hit.noun !== null ? DESCRIPTION_PARTY.exec(sb.text.replace(/^The\s/, 'the ')) : null;
    if (giver && isDealLemma(nounLemma(sb!.text.split(/\s+/).at(-1)!)) && (baseForms(hit.cue.toLowerCase()).get('verb') ?? []).some(givingVerb)) return null;
    // "X signed a contract to supply Y. It replaces an arrangement with Z …": the deal just found,
    // replacing (WordNet: a sense shared with "replace") another deal, stands for its side that stays
    // — every party but the first, whose place Z held.
    // ("Under the agreement, …" between: a term, whose parties the linker gives, is passed over.)
    const just = previous !== null && previous.index === index - 1 ? found.findLast((d) => d.agreement.parties.length >= 2 && index - d.index <= 2 && all[d.index]!.paragraph >= s.paragraph - 1) : undefined;
    const replaced = sb && /^it$/i.test(sb.text) && just !== undefined && hit.named.length > 0 && replacingVerb(tokens[ti]);
    if (replaced) subject = { parties: just.agreement.parties.slice(1), mention: sb.text, resolution: { how: 'pronoun', from: { paragraph: all[just.index]!.paragraph, sentence: all[just.index]!.sentence } } };
    // (Nor the public at large, `publicNoun`: "Customers agreed to …", "People accepted …".)
    else if (sb && !/^(?:neither|no|none|nobody|not|who|which|that|anyone|everyone)\b/i.test(sb.text) && !publicNoun(/^\S+/.exec(sb.text)![0]))
      subject = resolveParties(sb.text, sb.start, index, all, pairsAt, statements, here);
    // "Pennant also owns the Weir House, which it bought from X": "it" in a relative clause is the
    // name the sentence opens with as its subject.
    if (sb && /^it$/i.test(sb.text) && !subject && /,\s*(?:which|that)\s+$/.test(text.slice(0, sb.start))) {
      const topic = openingSubject(text, true);
      if (topic) subject = { parties: [topic], mention: sb.text, resolution: { how: 'pronoun', from: here } };
    }
    // "It also opened swap lines with …": "it" is who made the agreement just before, when no speaker answers.
    if (sb && /^it$/i.test(sb.text) && !subject && previous?.agreement.parties[0])
      subject = { parties: [previous.agreement.parties[0]], mention: sb.text, resolution: { how: 'pronoun', from: { paragraph: all[previous.index]!.paragraph, sentence: all[previous.index]!.sentence } } };
    // "Hollin Foods is expanding … . It has already signed a contract with X": "it" is the name the
    // previous sentence (not a headline) opens with as its subject.
    if (sb && /^it$/i.test(sb.text) && !subject && index > 0 && all[index - 1]!.paragraph > 0) {
      const topic = openingSubject(all[index - 1]!.text);
      if (topic) subject = { parties: [topic], mention: sb.text, resolution: { how: 'pronoun', from: { paragraph: all[index - 1]!.paragraph, sentence: all[index - 1]!.sentence } } };
    }
    // An unresolved pronoun names nobody.
    if (subject && !subject.resolution && /^(?:he|she|it|they|we|i)$/i.test(subject.mention.trim())) subject = null;
    if (!subject) {
      // ("Its owner, the developer Ian Rhee, had agreed to sell …": before the controlling verb.)
      const before = ti > 0 && tokens[ti]!.start < hit.subjectEnd ? text.slice(0, tokens[ti]!.start) : null;
      const m = APPOSED_SUBJECT.exec(text.slice(0, hit.subjectEnd)) ?? LONG_APPOSITION.exec(text.slice(0, hit.subjectEnd)) ?? (before === null ? null : APPOSED_SUBJECT.exec(before));
      if (m) subject = resolveParties(m[1]!, text.indexOf(m[1]!), index, all, pairsAt, statements, here);
    }
  }
  if (hit.antecedent) subject = { parties: [partyName(hit.antecedent)], mention: hit.antecedent, resolution: null };
  // "Guard dogs from Pell Security will patrol the yard under a contract signed with the port
  // authority": who works under a deal made with someone (the main clause's subject, or whose
  // things it is: "dogs from X") holds it.
  const underWith = subject === null && hit.subjectEnd === null && hit.noun !== null && /^(?:signed|reached)$/.test(hit.status) && (hit.named.length > 0 || hit.collective !== null) && /^[^,;]*?\s(?:signed|agreed|reached|made)\s+with\s/.test(text.slice(hit.noun[0])) ? UNDER_MADE_WITH.exec(text.slice(0, hit.noun[0])) : null;
  if (underWith && !overlaps([underWith[1]!], hit.named)) subject = { parties: [partyName(underWith[1]!)], mention: underWith[1]!, resolution: null };
  // "The licence it granted Lumio in 2021 … was cancelled": "it", the subject of a relative clause
  // right after the deal, names who gave or made it, as "it" opening a sentence would (the name
  // the sentence before opens with, or the organisation that just spoke).
  const relative = subject === null && hit.noun !== null && hit.noun[0] === 0 ? /^\s+(it|they)\s+(\p{Ll}+)(?![\p{L}\p{M}\p{N}_])/u.exec(text.slice(hit.noun[1])) : null;
  const relVerb = relative ? tag(text, { entities: false }).tokens.find((t) => t.start === hit.noun![1] + relative[0].length - relative[2]!.length) : undefined;
  if (relative && relVerb?.pos === 'VERB' && relVerb.text !== relVerb.lemma && !/ing$/.test(relVerb.text)) {
    const r = resolveParties(relative[1]!, 0, index, all, pairsAt, statements, here);
    const topic = r?.resolution ? null : index > 0 && all[index - 1]!.paragraph === s.paragraph && relative[1] === 'it' ? openingSubject(all[index - 1]!.text) : null;
    // Never whom it was granted to: "The licence it granted Tarnwick" after "Tarnwick signed …".
    if (r?.resolution) subject = overlaps(r.parties, hit.named) ? null : r;
    else if (topic && !overlaps([topic], hit.named)) subject = { parties: [topic], mention: relative[1]!, resolution: { how: 'pronoun', from: { paragraph: all[index - 1]!.paragraph, sentence: all[index - 1]!.sentence } } };
  }
  // "Its new frame follows a design licensed from X": a subject that is a thing owned ("its …"),
  // unresolved, is no side; its owner is, the name the paragraph's sentence before opens with.
  // ("Its rival Tessel Care won …": a name after the possessive is the subject itself.)
  if (subject !== null && subject.resolution === null && /^its\s/i.test(subject.mention) && subject.parties.length === 1 && /^its\s/i.test(subject.parties[0]!) && index > 0 && all[index - 1]!.paragraph > 0 && all[index - 1]!.paragraph === s.paragraph) {
    const owner = ownerOfThing(all[index - 1]!.text) ?? priorSubject(all[index - 1]!.text, all, index - 1);
    subject = owner && !overlaps([owner], hit.named) ? { parties: [owner], mention: 'Its', resolution: { how: 'pronoun', from: { paragraph: all[index - 1]!.paragraph, sentence: all[index - 1]!.sentence } } } : subject;
  }
  // "Its cleaning contract with the hospital … runs until 2027": the owner of a deal that opens the
  // sentence with "its" is the name the paragraph's sentence before opens with as subject.
  if (subject === null && hit.noun !== null && hit.noun[0] === 0 && /^its\s/i.test(text) && (hit.named.length > 0 || hit.collective !== null) && index > 0 && all[index - 1]!.paragraph > 0) {
    const owner = ownerOfThing(all[index - 1]!.text) ?? priorSubject(all[index - 1]!.text, all, index - 1);
    if (owner && !overlaps([owner], hit.named)) subject = { parties: [owner], mention: 'Its', resolution: { how: 'pronoun', from: { paragraph: all[index - 1]!.paragraph, sentence: all[index - 1]!.sentence } } };
  }
  // "Sableton said its broadcast contract with Vidcast had been signed in May": "its" after a name
  // reporting the clause (`reportingSubject`) is that name's.
  if (subject === null && hit.noun !== null && hit.noun[0] > 0 && /^(?:its|their)\s/i.test(text.slice(hit.noun[0]))) {
    const who = reportingSubject(text.slice(0, hit.noun[0]));
    if (who && !overlaps([who], hit.named)) subject = { parties: [partyName(who)], mention: text.slice(hit.noun[0]).split(/\s/)[0]!, resolution: { how: 'pronoun', from: here } };
  }
  // "a ceasefire between the two sides": the sides named before; "Lucky Vane, whose sponsorship of
  // the club …": the club named before is the other party.
  // "its own contract with the chain": a singular description after the deal names the one
  // introduced with that head ("the supermarket chain Fresco Markets").
  let described: string[] = [];
  let describedFrom: { paragraph: number; sentence: number } | null = null;
  // Only for a deal someone holds ("its own contract with the chain", "X's agreement with the authority").
  // ("The cooperative has accused Halden Foods of breaching a supply contract": the accuser, a description, holds it too.)
  const holds = hit.named.length > 0 || underWith !== null || (hit.subjectEnd !== null && /^(?:signed|reached|proposed)$/.test(hit.status)) || (hit.accuser === true && hit.collective !== null) || (hit.noun !== null && /^(?:its|their)\s/i.test(text.slice(hit.noun[0], hit.noun[1])));
  // "a licence with the county council": a description with modifiers of its own too; one that
  // names no earlier name stays as written when its head is an organisation, a place or a country.
  if (holds && hit.collective && HELD_DESCRIPTION.test(hit.collective) && !/s$/.test(hit.collective)) {
    const r = resolveDescription(hit.collective, textsOf(all), index, text.indexOf(hit.collective), hit.named);
    if (r && r.names.length === 1) {
      described = [...r.names];
      describedFrom = { paragraph: all[r.index]!.paragraph, sentence: all[r.index]!.sentence };
    // ("the port authority": a head WordNet files among groups in one of its first senses, too.)
    } else if (/\s\S+\s/.test(hit.collective) && (/^(?:org|nation|place)$/.test(nounClass(hit.collective.split(/\s+/).pop()!) ?? '') || bodyNoun(nounLemma(hit.collective.split(/\s+/).pop()!)))) described = [lowerThe(hit.collective)];
  }
  // "a deal with prosecutors", "a contract with franchisees": a bare plural of people or bodies
  // (WordNet's class of its noun) is a party as written, not a pair named before.
  if (hit.collective && described.length === 0 && /^\p{Ll}[\p{Ll}-]*s$/u.test(hit.collective) && nounLemma(hit.collective) !== hit.collective && /^(?:person|org)$/.test(nounClass(hit.collective) ?? '')) described = [hit.collective];
  // "terminated its agreements with two other franchisees": "other" says the counted plural (of
  // people or bodies) is none of those named before; it is a party as written.
  const others = hit.collective && described.length === 0 ? /^(?:\p{Ll}+|\d+)\s+other\s+(\p{Ll}[\p{Ll}-]*s)$/u.exec(hit.collective) : null;
  // ("franchisees": a plural WordNet knows no noun of is read as people.)
  if (others && ((nounLemma(others[1]!) !== others[1] && /^(?:person|org)$/.test(nounClass(others[1]!) ?? '')) || !baseForms(others[1]!).has('noun'))) described = [hit.collective!];
  // "An earlier attempt to combine the two firms collapsed": the two of a merger found before in the article.
  // ("A previous effort at an agreement failed when …": an attempt called by a generic deal noun is at the last deal found before, between its two.)
  const attemptKind = hit.attempt === true ? kindsIn(text.slice(hit.noun?.[0] ?? 0, hit.noun?.[1] ?? 0)) : '';
  const genericAttempt = attemptKind !== '' && attemptKind.split(' ').every((k) => GENERIC_KINDS.has(k) && k !== 'verb' && k !== 'it');
  const merging = hit.attempt === true && hit.collective !== null && subject === null ? found.findLast((d) => d.index < index && d.agreement.parties.length >= 2 && (genericAttempt || d.kind.split(/\s+/).some((k) => groupsOf(k).includes('merger')))) : undefined;
  if (merging) subject = { parties: [...merging.agreement.parties], mention: hit.collective!, resolution: { how: 'collective', from: { paragraph: all[merging.index]!.paragraph, sentence: all[merging.index]!.sentence } } };
  else if (hit.collective && described.length === 0) {
    const c = resolveParties(hit.collective, text.indexOf(hit.collective), index, all, pairsAt, statements, here);
    if (c?.resolution && !subject) subject = c;
    else if (c?.resolution && hit.antecedent) subject = { ...subject!, parties: [...subject!.parties, ...c.parties.filter((p) => !overlaps([p], subject!.parties))] };
  }
  // "the strike violates an agreement", "a court voided the deal": what breaks or ends a deal is
  // a party only when it is a name.
  // Who turns down an offer made to it is a party whatever its name ("the nurses' union rejected an offer from …").
  // "the festival ended its sponsorship arrangement with X": who ends its own deal is its party.
  const own = hit.noun !== null && /^(?:its|their)\s/i.test(text.slice(hit.noun[0], hit.noun[1]));
  // ("The firm had breached an agreement with X": a description of a body, WordNet, that stands
  // for a name before is kept, and resolved to it with the other descriptions after linking.)
  const bodyHead = subject && !subject.resolution && DESCRIPTION_PARTY.test(lowerThe(subject.mention)) ? subject.mention.trim().split(/\s+/).at(-1)! : null;
  const body = bodyHead !== null && nounClass(bodyHead) === 'org' && nounLemma(bodyHead) === bodyHead.toLowerCase() ? resolveDescription(lowerThe(subject!.mention), textsOf(all), index, text.indexOf(subject!.mention), hit.named) : null;
  // (A generic noun, "the firm", "the company", or the head the name was introduced with: "the
  // army" is not the haulier named before.)
  const bodyNamed = body !== null && body.names.length === 1 && (genericNoun(nounLemma(bodyHead!)) || namesIn(all[body.index]!.text).some((c) => sameParty(c.name, body.names[0]!) && c.heads.includes(nounLemma(bodyHead!))));
  // ("The union voted to reject the league's proposed deal": a deal another party proposed is
  // refused by its other side, as an offer is.)
  const nounText = hit.noun ? text.slice(hit.noun[0], hit.noun[1]) : '';
  // (Not a merger or a sale a third party refuses: "The regulator rejected Kell's proposed takeover".)
  const proposedBy = hit.status === 'rejected' && /['’]s?\s/.test(nounText) && /\b(?:proposed|draft)\s/i.test(nounText) && !/(?:merger|takeover|acquisition|purchase|sale|buyout)s?$/i.test(nounText);
  // ("after the homeware chain Pindle terminated a contract": a description closed by a name is that name, as for a deal signed.)
  if (subject && !own && !hit.proposal && !proposedBy && !subject.resolution && !bodyNamed && /^(?:breached|voided|rejected|collapsed)$/.test(hit.status) && !NAME_MENTION.test(subject.mention) && !subject.parties.every((p) => NAME_MENTION.test(p))) subject = null;
  const named = [...hit.named.map(partyName), ...described];
  // "X already prints magazines for the Harbour Media group under a contract signed in 2018": the
  // one the subject works for, named after "for" just before "under a contract", is the other
  // side, and the deal it works under is in force (its participle tells when it was made).
  const workedFor = hit.noun !== null && named.length === 0 && subject !== null ? UNDER_FOR.exec(text.slice(0, hit.noun[0])) : null;
  if (workedFor && !overlaps([workedFor[1]!], subject!.parties)) named.push(partyName(workedFor[1]!));
  // ("Both boards signed off on the merger": to sign off on a deal is to approve it, as the verb reader says.)
  const signedOff = hit.status === 'signed' && /^sign/i.test(hit.cue) && /^\s+off\s+on\s/i.test(text.slice(hit.cueAt + hit.cue.length));
  const status: AgreementStatus = signedOff ? 'approved' : workedFor && hit.noun !== null && hit.cueAt > hit.noun[0] && hit.status === 'signed' ? 'in force' : hit.status;
  // "The regulator approved the merger of X and Y": who approves a deal of two named parties is
  // none of them; with fewer, it is kept unless the deal it approves is found earlier.
  // "Members of the union voted to accept the terms": the terms of an offer someone made just
  // before; with no offer before, of the agreement found before, approved by the subject.
  const request = hit.noun !== null && /\brequests?$/i.test(text.slice(hit.noun[0], hit.noun[1]));
  const offerer = hit.offerTerms ? offererBefore(index, all, request, hit.offerBefore ? hit.cueAt : -1) : null;
  // "The trust turned the offer down": an offer named only as one made before needs an offer or an
  // agreement before it; a request, someone who asked ("A spokesman declined the request" after a deal is none).
  if (hit.offerBefore && offerer === null && (previous === null || request)) return null;
  const approver = subject !== null && (!hit.proposal || (hit.offerTerms === true && offerer === null)) && APPROVER_STATUS.has(hit.status);
  // "X and Y said the Charity Commission had approved their merger": the owners of the deal
  // approved, named together before its approver, are its parties.
  const at = subject ? text.indexOf(subject.mention) : -1;
  const theirs = approver && named.length === 0 && at > 0 && hit.noun !== null && /^their\s/i.test(text.slice(hit.noun[0], hit.noun[1])) ? namedParties(text, at) : null;
  if (theirs && theirs.length >= 2 && !overlaps(theirs, subject!.parties)) named.push(...theirs);
  // "A court quashed the contract between X and Y": who voids a deal of two named parties is neither.
  if ((approver || hit.status === 'voided') && named.length >= 2) subject = null;
  const parties: string[] = [];
  for (const p of [...(subject?.parties ?? []), ...named]) {
    const n = p.toLowerCase();
    if (!parties.some((q) => q.toLowerCase().includes(n) || n.includes(q.toLowerCase()))) parties.push(p);
  }
  if (offerer && parties.length <= 1 && !overlaps([offerer], parties)) parties.push(offerer);
  // "X sued a homeware chain, Y, and the case was settled": a dispute (the case, the claim, the
  // lawsuit) standing as the one side is no side; who sued whom, in this sentence before it or in
  // the sentence before in the paragraph, are the two.
  const litigants = parties.length === 1 && named.length === 0 ? suedSides(parties[0]!, text, at, index, all) : null;
  if (litigants) parties.splice(0, parties.length, ...litigants);
  // ("Nurses at X voted to accept the pay offer": the workforce and its workplace, see workforceSides.)
  const workforce = approver && subject !== null && named.length === 0 && !offerer ? workforceSides(text, status, subject.mention, parties, all[index + 1]?.paragraph === all[index]!.paragraph ? all[index + 1]!.text : undefined) : null;
  if (workforce) parties.splice(0, parties.length, ...workforce);
  // "The boards approved the transaction": an approval of a deal found earlier, linked below.
  // "The acquisition was completed": a definite deal may be one found earlier; linking decides.
  // ("Optec's licence was revoked": a name's possessive is as definite.)
  const definiteNoun = hit.noun !== null && (/^(?:the|this|that|these|those|its|their)\b/i.test(text.slice(hit.noun[0], hit.noun[1])) || /^\p{Lu}[^,]*['’]s?\s+[\p{Ll}-]+$/u.test(text.slice(hit.noun[0], hit.noun[1])));
  // ("An earlier draft was voted down": a draft of the agreement before is kept for linking, which drops it with no agreement before.)
  // ("Harland yard lands £300m order for four dredgers": a headline's deal won by its one side, given
  // by someone, is kept for the body's first deal of that side to complete; see withBodySides.
  // "Ryanair exercises options on five jets" names a buyer's count of orders, no deal given to it.)
  const headlineOneSide = all[index]!.paragraph === 0 && parties.length === 1 && hit.subjectEnd !== null && named.length === 0 && winningVerb(tag(text, { entities: false }).tokens.find((t) => t.start === hit.cueAt)?.lemma ?? '');
  // ("Two of the oldest bell foundries are to merge": a counted plural subject is both sides at once; the linker names them.)
  const countedSides = subject !== null && parties.length === 1 && hit.noun === null && COUNTED_SUBJECT.test(subject.mention.trim());
  if (hit.needsTwo && !hit.later && parties.length < 2 && !(approver && subject) && !definiteNoun && !hit.draftOfEarlier && !headlineOneSide && !countedSides) return null;
  // Someone acting alone on a deal of no stated partner ("the board approved the deal") still
  // acts on an agreement; an outcome verb with neither subject nor partner states none.
  if (parties.length === 0 && !hit.noun) return null;
  const noun = hit.noun ? text.slice(hit.noun[0], hit.noun[1]) : null;
  const action = trimAction(text.slice(hit.actionStart));
  // ("… said that they will merge.": a verb that needs two sides, both found, is a whole action alone.)
  if (!/\s/.test(action) && !(hit.needsTwo && (parties.length >= 2 || countedSides) && hit.noun === null)) return null;
  const mention = subject?.mention ?? (named.length > 0 ? (hit.named.length === 0 && theirs ? theirs : hit.named).join(' and ') : (noun ?? ''));
  const resolution = subject?.resolution ?? (describedFrom ? { how: 'description' as const, from: describedFrom } : null);
  const agreement: Agreement = { parties, mention, cue: hit.cue, action, resolution, status, noun, refersTo: null };
  // "A similar supply deal with Pelham Minerals was voided": a deal with one partner and no subject.
  const partnerOnly = subject === null && hit.noun !== null && named.length === 1 && hit.subjectEnd === null && !/['’]s?\s|\sheld\s+by\s/.test(noun ?? '');
  // "The merger agreement includes …": a generic head takes the kind its modifier names.
  const modified = GENERIC_KINDS.has(hit.kind) && hit.noun ? kindsIn(text.slice(hit.noun[0], hit.noun[1]).split(/,/)[0]!) : 'verb';
  const kind = modified !== 'verb' && modified.split(' ').some((k) => !GENERIC_KINDS.has(k)) ? modified : hit.kind;
  return { index, agreement, kind, later: hit.later, needsTwo: hit.needsTwo, ...(hit.provides ? { provides: true } : {}), ...(hit.signedBefore ? { signedBefore: true } : {}), ...(hit.waiting ? { waiting: true } : {}), ...(hit.proposal && hit.later && hit.status === 'proposed' ? { offered: true } : {}), ...(hit.ended ? { ended: true } : {}), ...(hit.partBreached ? { partBreached: true } : {}), ...(approver && subject ? { approver: workforce ? [workforce[0]!] : subject.parties } : {}), ...(partnerOnly ? { partnerOnly } : {}), ...(hit.needsTwo && parties.length < 2 && headlineOneSide ? { headlineOneSide } : {}) };
}

/**
 * "Morley Water has been in a dispute with Hanford Council since 2016": the sentence's opening
 * subject (a name) and the name after "with" that follows a dispute noun (WordNet, dealWords'
 * disputeNoun: a dispute, a row, a lawsuit). Null unless both are names.
 */
function disputeSides(text: string): string[] | null {
  const m = DISPUTE_WITH.exec(text);
  if (!m || disputeNoun(nounLemma(m[1]!)) !== 'dispute') return null;
  const first = openingSubject(text);
  const other = partyName(m[2]!);
  if (!first || !NAME_MENTION.test(first) || sameParty(first, other)) return null;
  return [partyName(first), other];
}
const DISPUTE_WITH = /(?<![\p{L}\p{M}\p{N}_])(\p{Ll}+)\s+with\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)*)/u;

/**
 * Who made the offer whose terms a sentence accepts: the subject of "offered" or "proposed" in one
 * of the three sentences before (the nearest), as a name.
 */
function offererBefore(index: number, all: readonly Sentence[], asked = false, cueAt = -1): string | null {
  // "X had asked the trust for a lease, but the trust refused the request": an earlier clause of
  // the same sentence (before the refusing verb) first.
  for (let j = cueAt > 0 ? index : index - 1; j >= 0 && index - j <= 3; j--) {
    const text = all[j]!.text;
    // A request refused was made by whoever asked or requested it.
    // ("made an offer for X", "submitted a bid": the verb that made an offer noun.)
    const tagged = tag(text, { entities: false }).tokens;
    // ("An earlier offer of 4 per cent was rejected": the tagger may read a noun after a determiner
    // (and a modifier) as a verb; there it heads the offer's phrase and nobody offers.)
    const verb = tagged.find((t, k) => (j < index || t.start < cueAt) && t.pos === 'VERB' && !(tagged[k - 1]?.pos === 'DET' || (/^(?:ADJ|ADV)$/.test(tagged[k - 1]?.pos ?? '') && tagged[k - 2]?.pos === 'DET')) && (t.lemma === 'offer' || t.lemma === 'propose' || (asked && (t.lemma === 'ask' || t.lemma === 'request')) || ((t.lemma === 'make' || t.lemma === 'submit') && tagged.slice(k + 1, k + 4).some((x) => x.pos === 'NOUN' && (x.lemma === 'offer' || x.lemma === 'bid')))));
    if (!verb) continue;
    // "Residents had asked the authority to cut the limit": a request that someone else act (an
    // infinitive after whom it asks) is a demand, no offer; its refusal is no agreement. ("asked to
    // borrow the figurehead": the asker's own act, a deal sought, stays one.)
    const vi = tagged.indexOf(verb);
    const inf = tagged.findIndex((x, n) => n > vi && n - vi <= 8 && x.pos === 'PART' && x.text.toLowerCase() === 'to' && tagged[n + 1]?.pos === 'VERB');
    if ((verb.lemma === 'ask' || verb.lemma === 'request') && inf > vi + 1 && tagged.slice(vi + 1, inf).some((x) => /^(?:NOUN|PROPN|PRON)$/.test(x.pos))) return null;
    const tokens = tokenize(text);
    const ti = tokens.findIndex((t) => t.start === verb.start);
    const sb = ti > 0 ? subjectBefore(text, tokens, ti) : null;
    if (sb && sb !== 'blocked' && NAME_MENTION.test(sb.text)) return partyName(sb.text);
    // "The club had asked the county for a lease, but the county declined the request": in the same
    // sentence a definite description asks too (resolved with the other descriptions).
    if (j === index && sb && sb !== 'blocked' && /^the\s+\p{Ll}+$/iu.test(sb.text)) return sb.text;
  }
  return null;
}

/** "was found by an arbitration panel to have breached": the passive verb before the agent phrase ending before the infinitive at `ti`, or null. */
function passiveAgentBefore(text: string, tokens: readonly Token[], ti: number): number | null {
  const by = tokens.findLastIndex((x, k) => k < ti - 1 && x.text === 'by');
  return by >= 2 && verbAt(text, tokens[by - 1]!.start) && /^(?:was|were)$/.test(tokens[by - 2]!.text) ? by - 1 : null;
}

/** Agreement nouns that can name the same agreement ("the accord" after "signed a treaty"). */
const PACT_KINDS = new Set(['verb', 'agreement', 'deal', 'accord', 'pact', 'treaty', 'settlement', 'contract', 'arrangement', 'memorandum', 'ceasefire', 'cease-fire', 'truce', 'armistice', 'settle', 'line', 'sponsorship', 'transfer', 'move', 'venture', 'loan', 'licence', 'license']);
const TRADE_KINDS = new Set(['order', 'purchase', 'option', 'buy', 'deal', 'agreement', 'pact', 'contract', 'transaction', 'license', 'licence', 'sale', 'sell']);
const MERGER_KINDS = new Set(['merger', 'merge', 'acquisition', 'acquire', 'takeover', 'take', 'buyout', 'purchase', 'buy', 'deal', 'transaction', 'sale', 'sell']);

/** The groups of kinds a kind belongs to; the agreement nouns WordNet knows join pacts or mergers. */
function groupsOf(kind: string): readonly string[] {
  const wn = PACT_KINDS.has(kind) || TRADE_KINDS.has(kind) || MERGER_KINDS.has(kind) ? null : dealNounKind(kind);
  // ("the tie-up": two sides joined, by a pact or by a merger.)
  const union = unionNoun(kind);
  return [
    ...(PACT_KINDS.has(kind) || wn === 'pact' || union ? ['pact'] : []),
    ...(TRADE_KINDS.has(kind) ? ['trade'] : []),
    ...(MERGER_KINDS.has(kind) || wn === 'trade' || union ? ['merger'] : []),
  ];
}

/** Two kinds (space-separated lists) that can name the same agreement. */
function sameKind(a: string, b: string): boolean {
  // "ratified it": a pronoun can stand for any agreement.
  if (a === 'it' || b === 'it') return true;
  const as = a.split(' ');
  const bs = b.split(' ');
  return as.some((x) => bs.some((y) => x === y || groupsOf(x).some((g) => groupsOf(y).includes(g))));
}

/** Kinds that any agreement may be called by: no sign that two mentions are of one agreement. */
const GENERIC_KINDS = new Set(['it', 'verb', 'deal', 'agreement']);

/**
 * A name without case or a leading "the", for comparing mentions of one party; a lower-case head
 * after a name ("Sudsworth chain" of "the Sudsworth chain") is no part of it.
 */
const bareName = (x: string): string => x.replace(/^(.*\p{Lu}[\p{L}&.-]*)\s+\p{Ll}[\p{Ll}-]*$/u, '$1').toLowerCase().replace(/^the\s+/, '');
const sameParty = (x: string, y: string): boolean => bareName(x).includes(bareName(y)) || bareName(y).includes(bareName(x));
const overlaps = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.some((y) => sameParty(x, y)));

/**
 * Later mentions ("the order is worth …", "the deal was voided") linked to the most recent
 * earlier agreement of the same kind whose parties they share (or any, when they name none):
 * they take its parties when they state none, and its status when they change nothing.
 * A mention with nothing to link to and no parties of its own is dropped.
 */
const BETWEEN_NAMES = /^\s*,?\s*between\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*)\s+and\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*)\s*(?:,|$)/u;

/** ", agreed with Orwell Town Council last month", ", agreed with landlord Wyck Estates": a comma, a verb's participle (an adverb before it), "with", a name (describing words before it). */
const MADE_WITH = /^\s*,\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s+with\s+((?:(?:the|an?)\s+)?(?:[\p{Ll}-]+\s+){0,2}\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)/u;

/** The name a deal written `noun` in `text` was made with, by a participle of reaching or signing set off after it. */
function madeWith(text: string, noun: string): string | null {
  const at = text.indexOf(noun);
  const m = at < 0 ? null : MADE_WITH.exec(text.slice(at + noun.length));
  // (Any verb's participle, "agreed", "struck", "negotiated", but not one of disputing: "The lease, contested with …".)
  const bases = m ? (baseForms(m[1]!).get('verb') ?? []) : [];
  if (!m || bases.length === 0 || bases.includes(m[1]!) || disputeVerb(m[1]!)) return null;
  // ("landlord Wyck Estates": the describing words before a name are no part of it.)
  return partyName(m[2]!.replace(/^(?:(?:the|an?)\s+)?(?:[\p{Ll}-]+\s+)+(?=\p{Lu})/u, ''));
}

/**
 * Whether `party` is written in `text` right after "with" (a determiner and up to two describing
 * words between: "with Kent operator X", "with a former franchisee") in a phrase that opens the
 * sentence with no verb before it ("Last fall a similar arrangement with X fell apart"): the deal's
 * own partner, the sentence naming no maker of it.
 */
function withSide(text: string, party: string): boolean {
  const at = text.indexOf(party);
  if (at <= 0) return false;
  const m = /\bwith\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/u.exec(text.slice(0, at));
  if (!m) return false;
  return !tag(text, { entities: false }).tokens.some((t) => t.start < m.index && (t.pos === 'VERB' || t.pos === 'AUX'));
}

/**
 * The article's main side: of the agreements of two sides or more found so far, the party in the
 * most (a shorter name counted with its fuller one, the fuller shown), the first met on a tie, and
 * in two at least, a body before a person on a tie; none of `own`. With the first agreement it is read from.
 */
function mainSide(done: readonly Found[], own: readonly string[], person: (name: string) => boolean): { name: string; index: number } | null {
  const sides: Array<{ name: string; n: number; index: number }> = [];
  for (const d of done) {
    if (d.agreement.parties.length < 2) continue;
    const seen = new Set<number>();
    for (const p of d.agreement.parties) {
      let k = sides.findIndex((x) => sameParty(x.name, p));
      if (k < 0) k = sides.push({ name: p, n: 0, index: d.index }) - 1;
      else if (/^\p{Lu}/u.test(p) && (p.length > sides[k]!.name.length || !/^\p{Lu}/u.test(sides[k]!.name))) sides[k]!.name = p;
      if (!seen.has(k)) sides[k]!.n++;
      seen.add(k);
    }
  }
  // (On a tie a body goes before a person: "a former franchisee" settled with the franchisor, not with another franchisee.)
  const rank = (x: { name: string; n: number }): number => 2 * x.n + (person(x.name) ? 0 : 1);
  const best = sides.filter((x) => !overlaps([x.name], own)).reduce<{ name: string; n: number; index: number } | null>((b, x) => (b === null || rank(x) > rank(b) ? x : b), null);
  return best && best.n >= 2 && /^\p{Lu}/u.test(best.name) ? { name: best.name, index: best.index } : null;
}

/** Whether a deal's noun phrase is an offer (its head: WordNet's "offer", "proposal" or "bid" or a kind of one). */
function offerNoun(noun: string): boolean {
  const head = noun.replace(/\s+(?:in|of|from|for|to|with|by|on)\s.*$/u, '').split(/\s+/).at(-1)!.toLowerCase();
  return isKindOf(nounLemma(head), 'noun', (OFFER ??= senseKeys('noun', ['offer', 1], ['proposal', 1], ['bid', 1])), 1);
}
let OFFER: ReturnType<typeof senseKeys> | undefined;

/** "… on the old sheds from the Amberley family": "from", a name, and the lower-case noun after it, if any. */
const LET_FROM = /^[^,;:"“”]*?\s+from\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)(?:\s+(\p{Ll}[\p{Ll}-]+))?/u;

/** Whom the deal written `noun` in `text` is taken "from": the name, with a trailing noun of a group or body ("the Amberley family"). */
function letFrom(text: string, noun: string): string | null {
  const at = text.indexOf(noun);
  const m = at < 0 ? null : LET_FROM.exec(text.slice(at + noun.length));
  // ("from March.": a month, a day, the sentence's full stop after it, is no side.)
  if (!m || CALENDAR_WORDS.has(m[1]!.replace(/^the\s+/i, '').split(/\s+/)[0]!.replace(/\.$/, ''))) return null;
  const tail = m[2] !== undefined && nounClass(m[2]) === 'org' ? ` ${m[2]}` : '';
  return partyName(`${m[1]!}${tail}`);
}

/** "… of the same hall to X", "… of its old depot to X": the head of the thing a deal lets or sells to someone. */
const LET_THING = /^[^,;]*?\s+of\s+(?:the|its|their)\s+(?:same\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+to\s/u;
const HOLDER_NAME = String.raw`((?:[Tt]he\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)`;
const HELD_BY = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}_])(\p{Ll}+ed)\s+by\s+${HOLDER_NAME}`, 'gu');
const HOLDS = new RegExp(String.raw`${HOLDER_NAME}\s*,?\s+(?:which\s+|who\s+|that\s+)?(?:also\s+|still\s+)?(\p{Ll}+s)\b`, 'gu');

/**
 * Who an earlier sentence (up to ten back) that names the thing (its head as a word, "hall" in
 * "Orland Hall") says holds it: "Orland Hall is owned by the Orland Trust", "the Orland Trust,
 * which owns the hall" (a verb of holding, by WordNet). The nearest such sentence; null if none.
 */
function holderBefore(head: string, index: number, texts: readonly string[]): string | null {
  const named = new RegExp(`(?<![\\p{L}-])${head}(?![\\p{L}-])`, 'iu');
  for (let k = index - 1; k >= 0 && index - k <= 10; k--) {
    const t = texts[k]!;
    if (!named.test(t)) continue;
    for (const m of t.matchAll(HELD_BY)) if (participleBases(m[1]!).some(holdVerb)) return partyName(m[2]!.replace(/\.$/, ''));
    for (const m of t.matchAll(HOLDS)) if ([m[2]!.replace(/s$/, ''), m[2]!.replace(/es$/, '')].some(holdVerb) && !named.test(m[1]!)) return partyName(m[1]!.replace(/\.$/, ''));
  }
  return null;
}

/** A deal whose noun is a verb of letting property ("lease", "hire"; WordNet's `holdVerb`): one side holds what is let. */
const letDeal = (kind: string): boolean => kind.split(/\s+/).some((w) => /^\p{Ll}{3,}$/u.test(w) && holdVerb(w) && w !== 'have' && w !== 'take' && w !== 'hold');

/** "The land belongs to X", "The farm is owned by X": a thing (a described subject, no body or person) and the one its first verb sense (WordNet's verb.possession) says holds it. */
const THING_BELONGS = /^(?:The|Its|Their|That|This|These|Those)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+(?:also\s+|still\s+)?(\p{Ll}+)\s+to\s+((?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|&))*)/u;

/**
 * Who the body sentence right after a deal of one side (or the one after it, in the same or the
 * next paragraph) says holds the thing a deal is on: "The land belongs to the Hendry Estate", "The
 * barn is owned by Orrin Farms" (`ownerOfThing`). Null when neither says so.
 */
function holderAfter(index: number, all: readonly Sentence[]): string | null {
  let seen = 0;
  for (let k = index + 1; k < all.length && seen < 2; k++) {
    const t = all[k]!.text;
    if (furnitureLine(t)) continue;
    seen++;
    if (all[k]!.paragraph - all[index]!.paragraph > 1) return null;
    const m = THING_BELONGS.exec(t);
    if (m && !/^(?:org|person)$/.test(nounClass(m[1]!) ?? '')) {
      const verb = baseForms(m[2]!).get('verb')?.[0];
      if (verb && synsetsOf(verb, 'verb', 1)[0]?.lexname === 'verb.possession') return partyName(m[3]!.replace(/\.$/, ''));
    }
    const owner = ownerOfThing(t);
    if (owner) return owner;
    // "… had ignored repeated warnings from the landlord, Octavia Brumbleigh": a name set off after
    // (or written right after) a noun WordNet files as a kind of owner (landlord, landowner, freeholder).
    const named = ownerNamed(t);
    if (named) return named;
  }
  return null;
}

/** The name a sentence sets off after a kind of owner (WordNet: landlord, landowner, freeholder), or null. */
function ownerNamed(t: string): string | null {
  for (const m of t.matchAll(OWNER_NAMED)) if (ownerNoun(m[1] ?? m[2]!)) return partyName(m[3]!.replace(/\.$/, ''));
  return null;
}

/** The owner `ownerNamed` finds in the two body sentences before `index` (this paragraph or the one before), or null. */
function ownerNamedBefore(index: number, all: readonly Sentence[]): string | null {
  let seen = 0;
  for (let k = index - 1; k >= 0 && seen < 2 && all[k]!.paragraph > 0; k--) {
    if (furnitureLine(all[k]!.text)) continue;
    seen++;
    if (all[index]!.paragraph - all[k]!.paragraph > 1) return null;
    const named = ownerNamed(all[k]!.text);
    if (named) return named;
  }
  return null;
}

/** "the landlord, Ann Lee", "landowner Ann Lee": a lower-case noun, then a name (set off by a comma after an article). */
const OWNER_NAMED = /(?<![\p{L}\p{M}\p{N}_'’-])(?:(?:the|its|their)\s+(\p{Ll}+),\s+|(\p{Ll}+)\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/gu;

/** A sale, purchase, merger or takeover: a transaction still to be completed once agreed. */
const TRANSACTION_KINDS = new Set([...MERGER_KINDS].filter((k) => k !== 'deal'));

/**
 * "Fenn agreed to sell its bakery arm to Marsh. Marsh pulled out of the deal at the last minute":
 * one side leaving a transaction only agreed (not yet signed or in force) makes it collapse; one
 * leaving a deal in force ("pulled out of its contract", "withdrew from the treaty") voids it.
 */
function abandoned(a: Agreement, target: Found, kind = ''): boolean {
  // ("Both firms have terminated the merger agreement", "the terms of the termination": its sides
  // ending a transaction only agreed end it as leaving it does; the mention's own noun may name the
  // transaction when the first report used a verb, "agreed to combine".)
  const ended = /^terminat/i.test(a.cue);
  if (a.status !== 'voided' || !(leavesDeal(a.cue) || ended)) return false;
  // "The takeover collapsed on Monday. Orly said it had walked away from the deal": leaving a deal
  // already said to have collapsed tells the same collapse (it never held, so nothing is voided).
  if (target.agreement.status === 'collapsed') return true;
  return /^(?:reached|approved|proposed)$/.test(target.agreement.status) && [...target.kind.split(' '), ...(ended ? kind.split(' ') : [])].some((k) => TRANSACTION_KINDS.has(k));
}

function linkLaterMentions(found: readonly Found[], all: readonly Sentence[], pairsAt: (i: number, places?: boolean) => string[] | null, statements: ReadonlyMap<SentenceKey, readonly Statement[]>): Map<SentenceKey, Agreement[]> {
  const out = new Map<SentenceKey, Agreement[]>();
  const done: Found[] = [];
  const texts = textsOf(all);
  const namer = sidesNamer(found, all, statements);
  let people: ReadonlySet<string> | undefined;
  const renamed = new Map<string, string[]>();
  for (const f of found) {
    let a = f.agreement;
    // "Mrs Quill signed the agreement" after "Dora Quill, who runs …": a courtesy title and a
    // surname stand for the one full name the article wrote before with that surname.
    const titled = a.parties.map((p) => fullNameOf(p, f.index, texts) ?? p);
    if (titled.some((p, k) => p !== a.parties[k])) a = { ...a, parties: titled };
    // "She", "a Dunmere florist", "Two canoe-hire firms": the names they stand for (`sidesNamer`).
    // (A mention that took a description from the deal's first report takes the name given it there.)
    {
      const own = !f.later && a.refersTo === null;
      let from: number | null = null;
      const named = a.parties.flatMap((p) => {
        const hit = own ? namer(p, f.index) : null;
        const names = hit?.names ?? renamed.get(p) ?? null;
        if (hit) from ??= hit.k;
        // (A name the deal already has for another side is no name of this one: "… its contract with Morvah Scaffolding. … Morvah won …".)
        if (names === null || names.some((x) => a.parties.some((q) => q !== p && sameParty(q, x) && !names.includes(q)))) return [p];
        if (own && !PRONOUN_SIDE.test(p)) renamed.set(p, names);
        return names;
      }).filter((p, j, l) => l.indexOf(p) === j);
      if (named.some((p, k) => p !== a.parties[k]) || named.length !== a.parties.length) a = { ...a, parties: named, resolution: a.resolution ?? (from === null ? null : { how: 'description', from: { paragraph: all[from]!.paragraph, sentence: all[from]!.sentence } }) };
    }
    // "The judge then approved a consent order", "The judge, Ada Vell, approved the terms": a
    // court's approval (its one side an adjudicator, WordNet) of no definite deal ("the terms" links as any
    // definite mention does), right after a settlement (this paragraph or the one before), is that
    // settlement approved, between its sides; the judge is none of them.
    if (a.parties.length === 1 && a.status === 'approved' && a.refersTo === null && !(a.noun !== null && /^(?:the|this|that|these|those|its|their)\s/i.test(a.noun)) && adjudicator(a.parties[0]!, texts[f.index]!)) {
      const d = done.findLast((x) => x.agreement.parties.length >= 1 && all[f.index]!.paragraph - all[x.index]!.paragraph <= 1 && /settl|resolv/i.test(`${x.kind} ${x.agreement.cue} ${x.agreement.noun ?? ''}`));
      if (d) {
        const from = d.agreement.refersTo ?? { paragraph: all[d.index]!.paragraph, sentence: all[d.index]!.sentence };
        a = { ...a, parties: [...d.agreement.parties], resolution: { how: 'earlier-agreement', from }, refersTo: from };
      }
    }
    // "X is challenging the termination": the end of the deal last ended before (in this
    // paragraph or the three before, as a breach; one side is enough, "X, whose contract was
    // terminated"), its parties and its status; no such deal, no agreement sentence.
    // "… an obvious breach of the non-compete clause": the deal last made (not merely proposed or
    // refused) of two sides in this paragraph or the three before, breached.
    if (f.ended || f.partBreached) {
      // ("The collapse leaves X …": the deal last collapsed, as a collapse.)
      const d = done.findLast((x) => x.index < f.index && (f.partBreached ? STANDING.has(x.agreement.status) || x.agreement.status === 'breached' : x.agreement.status === a.status) && x.agreement.parties.length >= 1 && all[f.index]!.paragraph - all[x.index]!.paragraph <= 3);
      if (!d) continue;
      // ("Fosdyke later sued Quillary for breach of contract" after Quillary's sale to Trowbeck: a
      // body named before the breach that is no side of that deal makes it another one's.)
      if (f.partBreached) {
        const text = texts[f.index]!;
        const cueAt = text.indexOf(a.action);
        // (A name after a person's title, "Judge Amery", is a person's.)
        const titled = (name: string): boolean => synsetsOf(name.split(/\s+/)[0]!.toLowerCase(), 'noun', 1)[0]?.lexname === 'noun.person';
        if (sentenceNames(text.slice(0, cueAt), texts, (people ??= peopleOf(statements))).some((c) => !c.person && !titled(c.name) && !overlaps([c.name], d.agreement.parties))) continue;
      }
      const from = d.agreement.refersTo ?? { paragraph: all[d.index]!.paragraph, sentence: all[d.index]!.sentence };
      a = { ...a, parties: [...d.agreement.parties], status: a.status, resolution: { how: 'earlier-agreement', from }, refersTo: from };
      const g: Found = { ...f, agreement: a };
      done.push(g);
      const key = sentenceKey(all[f.index]!);
      out.set(key, [...(out.get(key) ?? []), a]);
      continue;
    }
    // "The films had been licensed to the channel KTV under a 2016 contract, which Hollin ended":
    // whom the thing was licensed, leased or sold to under the deal is its other side; read before
    // linking, so that a deal with another partner made earlier does not lend its parties.
    if (a.parties.length === 1 && a.noun !== null) {
      const m = LET_TO.exec(texts[f.index]!);
      const to = m ? partyName(m[1]!) : null;
      if (to && !sameParty(to, a.parties[0]!)) a = { ...a, parties: [a.parties[0]!, to] };
    }
    // "A 2015 lease of the same hall to the touring Blue Fox Circus was ended early": whoever an
    // earlier sentence says holds the thing let ("owned by X", "X, which owns …": WordNet's verbs
    // of holding) is the other side.
    if (a.parties.length === 1 && a.noun !== null) {
      const at = texts[f.index]!.indexOf(a.noun);
      const m = at < 0 ? null : LET_THING.exec(texts[f.index]!.slice(at));
      const holder = m ? holderBefore(m[1]!, f.index, texts) : null;
      if (holder && !sameParty(holder, a.parties[0]!)) a = { ...a, parties: [holder, a.parties[0]!] };
    }
    // "Hollin Pony Club has signed a lease on its paddocks at Wyke Farm. The land belongs to the
    // Hendry Estate": a let deal (its noun a verb of letting, WordNet's `holdVerb`: a lease, a
    // hire) of one side whose next sentence says who holds the thing is between the two.
    // "Nettlefold has signed a lease on the old sheds from the Amberley family": whom a let deal of one
    // side is taken from (a name, or a name and a noun of a group or body, WordNet) is its other side.
    if (a.parties.length === 1 && a.noun !== null && letDeal(f.kind)) {
      const lessor = letFrom(texts[f.index]!, a.noun);
      if (lessor && !sameParty(lessor, a.parties[0]!)) a = { ...a, parties: [a.parties[0]!, lessor] };
    }
    if (a.parties.length === 1 && a.noun !== null && letDeal(f.kind)) {
      const holder = holderAfter(f.index, all) ?? ownerNamedBefore(f.index, all);
      if (holder && !sameParty(holder, a.parties[0]!)) a = { ...a, parties: [a.parties[0]!, holder] };
    }
    // "Sallow Foods' contract to run the canteen was ended", right after "Bexmoor has signed a
    // lease with landowner Tolley Estates to run the canteen": a deal of one side, after a deal
    // whose other side was introduced as the owner of the place, is that owner's deal too (not the new holder's).
    // (A side written as a plural of bodies, "the two companies", is the pair read below, not one side.)
    if (a.parties.length === 1 && a.noun !== null && !f.later && !BARE_PLURAL.test(a.parties[0]!)) {
      const owner = ownerSideBefore(f, a.parties[0]!, done, all);
      if (owner) a = { ...a, parties: [a.parties[0]!, owner] };
    }
    // "The lease, agreed with Orwell Town Council last month, …": a participle set off after a
    // deal of no side, "with" a name, names its side.
    // (The mention keeps the status it would take from that deal: the side is all it adds.)
    const madeSide = a.parties.length === 0 && a.noun !== null ? madeWith(texts[f.index]!, a.noun) : null;
    if (madeSide) a = { ...a, parties: [madeSide] };
    // "Pertwee's takeover of Hallam Boats collapsed on Friday. The boards had agreed in May on a
    // price": a plural of organisations or of the bodies that run them (WordNet), left unresolved,
    // stands for the two sides of the deal of the two sentences before (this paragraph or the one before).
    if (a.resolution === null && a.parties.length === 1 && BARE_PLURAL.test(a.parties[0]!) && bodiesPlural(a.parties[0]!)) {
      const near = done.filter((x) => x.index < f.index && f.index - x.index <= 2 && all[f.index]!.paragraph - all[x.index]!.paragraph <= 1 && x.agreement.parties.length === 2);
      const d = lastOfKind(f.kind, a, near);
      if (d) a = { ...a, parties: [...d.agreement.parties], resolution: { how: 'collective', from: { paragraph: all[d.index]!.paragraph, sentence: all[d.index]!.sentence } } };
    }
    // "A second merger, between A and B, collapsed": an indefinite deal naming its own sides after
    // "between" is a deal of theirs, not the last one named.
    if (a.parties.length === 0 && a.noun !== null) {
      const at = texts[f.index]!.indexOf(a.noun);
      const m = at < 0 ? null : BETWEEN_NAMES.exec(texts[f.index]!.slice(at + a.noun.length));
      if (m) a = { ...a, parties: [partyName(m[1]!), partyName(m[2]!)] };
    }
    // "HBN sued, and the two companies settled": a counted plural of organisations taken from a
    // pair named together further back stands rather for the two sides of an agreement found
    // since, in this paragraph (the contract just ended between them), when the sentence names one
    // side of that agreement and neither of the pair ("An earlier deal between the two ports" names none).
    const pairFrom = a.resolution?.how === 'collective' ? all.findIndex((s) => s.paragraph === a.resolution!.from.paragraph && s.sentence === a.resolution!.from.sentence) : -1;
    // ("the two sides", "the parties" too: the sides of that agreement rather than two bodies set against each other before it.)
    if (pairFrom >= 0 && pairFrom < f.index && ((COUNTED_PLURAL.test(a.mention) && collectiveOfThings(a.mention)) || /^(?:the|both)\s+(?:two\s+)?(?:sides|parties)$/i.test(a.mention.trim()))) {
      const since = done.findLast((d) => d.index > pairFrom && d.index < f.index && all[d.index]!.paragraph === all[f.index]!.paragraph && d.agreement.parties.length === 2);
      // (By its first word past "the": "the Amberley family" is not named by every "the".)
      const names = (p: string): boolean => texts[f.index]!.includes(p) || texts[f.index]!.includes(p.replace(/^the\s+/i, '').split(/\s+/)[0]!);
      if (since && since.agreement.parties.some(names) && !a.parties.some(names)) a = { ...a, parties: [...since.agreement.parties], resolution: { how: 'collective', from: { paragraph: all[since.index]!.paragraph, sentence: all[since.index]!.sentence } } };
    }
    // "The Corrin Planning Board approved a lease under which … . Marrow College signed the lease
    // with Halsey Homes in May": a definite deal naming two sides, right after a deal of its noun
    // whose one side is only who approved it, is that deal (see `namedAfter`), signed: the approval
    // takes its sides now, so that later mentions find one agreement, not two.
    const approvedBefore = !f.later && a.refersTo === null && a.parties.length >= 2 ? sameApprovedDeal(f, a, done, all) : -1;
    if (approvedBefore >= 0) {
      const d = done[approvedBefore]!;
      const at = all[f.index]!;
      const filled: Found = { ...d, agreement: { ...d.agreement, parties: [...a.parties], resolution: { how: 'description', from: { paragraph: at.paragraph, sentence: at.sentence } } } };
      done[approvedBefore] = filled;
      const dk = sentenceKey(all[d.index]!);
      out.set(dk, (out.get(dk) ?? []).map((x) => (x === d.agreement ? filled.agreement : x)));
      a = { ...a, refersTo: d.agreement.refersTo ?? { paragraph: all[d.index]!.paragraph, sentence: all[d.index]!.sentence } };
    }
    // A definite mention ("the deal", "the treaty") of an agreement made earlier, or a change of
    // its status ("the deal was voided"); an indefinite new one ("a settlement was reached")
    // with no parties of its own takes the parties last named together instead.
    // "agreed to the settlement": the object of a verb and its preposition is definite too.
    const definite = a.noun !== null && /^(?:(?:to|on)\s+)?(?:the|this|that|these|those|its|their|under|it|them)\b/i.test(a.noun);
    // Approval, ratification or coming into force changes a deal named as known ("the treaty");
    // a breach, voiding, collapse or rejection can only befall one that exists ("violates an agreement").
    const changes = a.noun !== null && ((definite && /^(?:approved|ratified|in force)$/.test(a.status)) || /^(?:breached|voided|collapsed|rejected)$/.test(a.status));
    // "Volland confirmed the deal": a definite deal with one party of its own is the earlier one, if any.
    // ("Mrs Hale signed the agreement in 2021", after her franchise agreement with a chain: so when signed.)
    const oneSided = definite && a.parties.length === 1 && (a.status === 'reached' || a.status === 'signed');
    // "The two brewers announced the deal", "the carriers": a plural of common nouns left
    // unresolved names no party of its own; the deal it refers to says who they are.
    const unlinked = a;
    if (definite && a.resolution === null && a.parties.length > 0 && a.parties.every((p) => BARE_PLURAL.test(p))) a = { ...a, parties: [] };
    const pronoun = f.kind === 'it';
    if (approvedBefore < 0 && (f.later || changes || oneSided || pronoun || (definite && a.parties.length === 0))) {
      // Its own parties must all be the earlier deal's: "X's purchase of Z" is not "X acquired Y";
      // who approved it may stand outside ("the regulator approved the merger").
      // "the transaction", "the merger": a deal between firms, never one with a person on a side (an employment contract).
      const firms = /\b(?:transaction|merger|acquisition|takeover|buyout)\b/.test(f.kind);
      // ("The company's existing contracts with 140 shops": a mention naming its other side after
      // "with", lower case or a name, is no deal of other sides.)
      const partner = a.noun !== null && /^the\s+\p{Ll}+['’]s\s/iu.test(a.noun) ? /\swith\s+(?:the\s+)?(.+)$/u.exec(a.noun)?.[1] ?? null : null;
      const fits = (d: Found, own: readonly string[], anyKind = false): boolean =>
        // A bare plural of its own ("The settlement with owners") is the other side the earlier report may not have named.
        d.index <= f.index && (partner === null || overlaps([partner], d.agreement.parties)) && (anyKind || sameKind(f.kind, d.kind)) && own.every((p) => overlaps([organOwner(p) ?? p], d.agreement.parties) || (definite && /^\p{Ll}[\p{Ll}-]*s$/u.test(p)) || (definite && !overlaps([standsFor(p, f.index, texts, d) ?? p], own.filter((q) => q !== p)) && standsFor(p, f.index, texts, d) !== null)) && (!firms || !hasPeople(texts[d.index]!, d.agreement.parties));
      const outside = f.approver ? a.parties.filter((p) => !f.approver!.includes(p)) : null;
      // "The takeover is expected to close": a plain mention refers to a deal still alive before one that collapsed.
      const dead = (d: Found): boolean => /^(?:collapsed|voided|rejected)$/.test(d.agreement.status);
      const plain = f.later && a.status === 'reached';
      // "The lease was approved", after a lease signed and a previous one terminated: a definite
      // mention names the last live agreement called by the same noun, when one was.
      // (Or a noun of its exact kind, dealWords' sameDealKind: "the treaty" is the pact signed, "the takeover" the merger.)
      const sameNoun = (d: Found): boolean => f.kind.split(' ').some((x) => !GENERIC_KINDS.has(x) && d.kind.split(' ').some((y) => y === x || sameDealKind(x, y)));
      // Of the agreements it may mean, a mention names the one called by its own noun (or its
      // verb's: "the settlement" of "settled"), else the one whose first report shares most of its
      // topic words, else the article's main agreement (the first found in the lede), and only
      // then the most recent ("Under the settlement", after the lease a team holds, is the settlement).
      // "Under the agreement", after "X has agreed to merge with Y" only: a generic noun names an
      // agreement of any kind when none was called by its own.
      // "… ended its contract with the original firm. The earlier deal, with Rook Windows, was
      // terminated": a definite mention naming a side that an earlier deal wrote only as a definite
      // description of an organisation names that side (see `namesDescribedSide`).
      if (definite) namesDescribedSide(f, a, done, all, out);
      const strict = done.filter((d) => fits(d, a.parties));
      const wide = strict.length === 0 && /^(?:agreement|deal)$/.test(f.kind) ? done.filter((d) => fits(d, a.parties, true)) : strict;
      // "Under the terms, Tolley will receive a rent …": a clause under a deal whose subject is a
      // side of some of the deals it may mean names one of those, not another's latest mention.
      const actor = a.parties.length === 0 ? underSubject(texts[f.index]!) : null;
      // (…a live one: a deal ended is no deal the side now acts under.)
      const acting = actor === null ? [] : wide.filter((d) => d.agreement.parties.length >= 2 && d.agreement.parties.some((p) => sameParty(p, actor)) && !/^(?:collapsed|voided|rejected)$/.test(d.agreement.status));
      const pool = acting.length > 0 && acting.length < wide.length ? acting : wide;
      const livePool = pool.filter((d) => !dead(d));
      const choose = (list: readonly Found[]): Found | undefined => (list.length > 1 ? likeliest(f, list, all, done.filter((d) => !dead(d))) : list[0]);
      // "The cabinet approved the award": the act of awarding names the latest deal given (a
      // contract won or awarded) of this paragraph or the one before, past a deal mentioned between.
      const awardAct = pronoun && a.noun !== null && /^(?:award|grant)$/i.test(a.noun);
      const given = awardAct ? pool.findLast((d) => /^(?:won|wins|awarded|granted)$/i.test(d.agreement.cue) && all[f.index]!.paragraph - all[d.index]!.paragraph <= 1) : undefined;
      // ("The cabinet approved the new contract", after a contract awarded and an earlier one ended:
      // who approves a definite deal names the last live one of its noun, if any, before the last of all.)
      // ("approved the plan", "approved the award": a word standing for the deal names one told with one side too.)
      const approved = outside ? done.filter((d) => d.agreement.parties.length >= (pronoun ? 1 : 2) && fits(d, outside)) : [];
      const approvedLive = definite ? (approved.findLast((d) => !dead(d) && sameNoun(d)) ?? approved.findLast((d) => !dead(d))) : undefined;
      // "That contract is not affected", "That lease runs to 2030": a demonstrative points at the
      // deal told just before (this sentence or the two before, this paragraph or the one before), not at
      // the article's main one or the one sharing most topic words.
      // ("This contract is fair", after "Members rejected an earlier offer": an earlier deal turned down or
      // ended, `SUPERSEDED`, is one the deal reported replaced; a demonstrative that tells no end of its own
      // then means the deal, as a definite mention does.)
      const superseded = (d: Found | undefined): boolean => d !== undefined && !dead(f) && dead(d) && SUPERSEDED.test(texts[d.index]!);
      const pointed = a.noun !== null && /^(?:(?:to|on)\s+)?(?:that|this)\s+(?!(?:the|a|an|its|their|his|her|our|it|they|we)\s)/i.test(a.noun) ? pool.findLast((d) => d.index <= f.index && f.index - d.index <= 2 && all[f.index]!.paragraph - all[d.index]!.paragraph <= 1) : undefined;
      const demonstrative = superseded(pointed) ? undefined : pointed;
      const chosen = given ?? demonstrative ?? (plain ? choose(livePool) : undefined) ?? (definite ? choose(livePool.filter(sameNoun)) : undefined) ?? choose(pool) ?? approvedLive ?? approved.at(-1);
      // "It was approved by …" after another deal than the article's main one: the pronoun names the nearest.
      // (A side of the deal acting under it names it a paragraph further back too.)
      const named = pool === acting && chosen !== undefined && all[f.index]!.paragraph - all[chosen.index]!.paragraph <= 1;
      let target = pronoun && !given && !named && chosen && f.index - chosen.index > 2 ? (pool.findLast((d) => f.index - d.index <= 2) ?? chosen) : chosen;
      // "The valley's owners agreed a new lease with the firm that runs its lifts. Under the lease,
      // Corrie Slopes will pay Dunmore Estate …": a deal whose sides were only descriptions takes
      // the two names the clause under it gives (both sentences name them).
      const described = !target && f.later && a.parties.length === 2 && a.parties.every((p) => /^\p{Lu}/u.test(p) && !/^(?:The|Its|Their)\s/.test(p)) ? describedDeal(f, done, all) : -1;
      if (described >= 0) {
        const d = done[described]!;
        const filled: Found = { ...d, agreement: { ...d.agreement, parties: [...a.parties], resolution: { how: 'description', from: { paragraph: all[f.index]!.paragraph, sentence: all[f.index]!.sentence } } } };
        done[described] = filled;
        const dk = sentenceKey(all[d.index]!);
        out.set(dk, (out.get(dk) ?? []).map((x) => (x === d.agreement ? filled.agreement : x)));
        target = filled;
      }
      // "Ostia's government cancelled a lease on Thursday. The lease was signed in 2019 with Carrow
      // Holdings.": a definite mention naming the one side the earlier deal of its noun lacked is
      // that deal; both sentences then name both sides (see `otherSideOf`).
      const other = !target && described < 0 && definite ? otherSideOf(f, a, done, all) : -1;
      if (other >= 0) {
        const d = done[other]!;
        const filled: Found = { ...d, agreement: { ...d.agreement, parties: [...d.agreement.parties, ...a.parties], resolution: d.agreement.resolution ?? { how: 'description', from: { paragraph: all[f.index]!.paragraph, sentence: all[f.index]!.sentence } } } };
        done[other] = filled;
        const dk = sentenceKey(all[d.index]!);
        out.set(dk, (out.get(dk) ?? []).map((x) => (x === d.agreement ? filled.agreement : x)));
        target = filled;
      }
      // "it" stands for an agreement only of this or the two sentences before.
      // ("Under the terms, …" opening a sentence: of this paragraph or the one before, past a
      // sentence or two of background.)
      const underTerms = target !== undefined && /^under$/i.test(a.cue) && texts[f.index]!.startsWith('Under ') && all[f.index]!.paragraph - all[target.index]!.paragraph <= 1;
      if (pronoun && !given && (!target || (f.index - target.index > 2 && !named && !underTerms))) continue;
      if (target) {
        // A chain of mentions points at the agreement itself, not at the mention before.
        const from = target.agreement.refersTo ?? { paragraph: all[target.index]!.paragraph, sentence: all[target.index]!.sentence };
        // Who approved or ratified it stays only if it is one of the deal's own parties ("Norland ratified the treaty").
        const isParty = (p: string): boolean => target.agreement.parties.some((q) => bareName(q) === bareName(p));
        const own = f.approver && target.agreement.parties.length >= 2 ? a.parties.filter((p) => !f.approver!.includes(p) || isParty(p)) : a.parties;
        const inherit = own.length === 0;
        // A later mention names a party more briefly ("the state" for "the state of Ostria"): the fuller name stays.
        // ("the company" for the earlier deal's "Gatehouse Ltd": the party it stands for.)
        const fuller = (p: string): string => target.agreement.parties.find((q) => bareName(q).length > bareName(p).length && sameParty(p, q)) ?? (definite ? standsFor(p, f.index, texts, target) : null) ?? p;
        const mine = own.map(fuller);
        const parties = [...mine, ...target.agreement.parties.filter((p) => !overlaps([p], mine))];
        // "Analysts said the tie-up would …", after "agreed to merge", "the boards approved the
        // merger" and "Under the deal, …": a plain later mention takes the status the agreement was
        // made with (its first report), not that of a mention between, while both stand.
        const origin = target.agreement.refersTo === null ? target : done.find((d) => d.agreement.refersTo === null && all[d.index]!.paragraph === from.paragraph && all[d.index]!.sentence === from.sentence);
        // ("The accord hands porters a 4 per cent increase. … The accord is to be backdated to June.": a plain
        // mention after one that told what the deal provides (in force by its verb) takes the status the
        // deal last stood at before it, `standingBefore`, not that mention's.)
        const made = origin && STANDING.has(origin.agreement.status) && target.agreement.status === 'approved' ? origin.agreement.status : target.agreement.status === 'in force' && target.agreement.refersTo !== null ? (standingBefore(done, all, texts, from, f.index) ?? 'in force') : target.agreement.status;
        // "The lease, agreed with the landlord after months of haggling, includes …", "That contract,
        // first signed in 1961, is …": a participle of making set off right after the deal opening
        // the sentence says how it was made (the last, "agreed … and signed on Friday"): agreed is
        // reached; signed, for a plain mention (what a deal signed long ago provides holds, see `signedBefore`).
        const setOff = SET_OFF_MADE.exec(texts[f.index]!);
        const participle = setOff ? [...setOff[1]!.matchAll(MADE_PARTICIPLE)].at(-1)?.[1]?.toLowerCase() : undefined;
        // (Only before a main verb in the past or a form of "be": "…, runs until 2029" says what the
        // deal provides now, in force; and never over what became of it, "…, was breached".)
        const told = setOff !== null && PAST_MAIN.test(texts[f.index]!.slice(setOff[0].length)) && STANDING.has(a.status);
        const madeAs: AgreementStatus | null = participle === undefined || !told ? null : participle === 'signed' ? (f.provides ? null : 'signed') : 'reached';
        // "Under the pact's terms, Quenington will be owed a walk-away sum", after "have abandoned
        // their planned merger": terms still to come of a deal the article reports ended (its report,
        // or the mention linked) say nothing new of it; it stands ended (a85). (Not terms told as
        // they stood before the end, "Under its terms, X was to clean …": the status it was made with.)
        const endedAs = [origin?.agreement.status, target.agreement.status].find((x) => x === 'collapsed' || x === 'voided');
        const endedTerms = endedAs !== undefined && f.later && /^under$/i.test(a.cue) && termsAhead(texts[f.index]!) && !/\b(?:was|were)\s+to\s/.test(texts[f.index]!) ? endedAs : undefined;
        // The status of the mention linked to `target` (its own `status`, the deal's `was`).
        const linkedStatus = (mention: Agreement, was: AgreementStatus): AgreementStatus => {
          const text = texts[f.index]!;
          if ((other >= 0 && !madeSide) || f.offered) return mention.status;
          if (UNDER_SIGNED.test(text) && was !== 'proposed') return 'signed';
          if (FAILED_TERM.test(text)) return 'breached';
          if (DENIED_BREACH.test(text)) return 'in force';
          if (ruledBy(text, mention.cue)) return 'in force';
          if (endedTerms !== undefined) return endedTerms;
          // ("Members of the union backed the agreement" after "voted to ratify": the vote told again, ratified.)
          if (mention.status === 'approved' && was === 'ratified' && peopleVote(text, mention.cue)) return 'ratified';
          // ("The tenancy has yet to be signed", after a council approved it: a formality still
          // ahead, not a further approval, leaves the deal approved. "The deal still needs clearance", "is expected
          // to complete": a step that approves or carries it out; the deal stands reached.)
          if (f.waiting) return was === 'proposed' || was === 'signed' || (was === 'approved' && FORMAL_STEP.test(text)) ? was : 'reached';
          if (madeAs !== null && f.later !== f.provides && STANDING.has(was)) return madeAs;
          // What a deal provides ("The pact removes tariffs") holds once it is more than proposed or signed.
          // (A signed deal's terms keep its status even when they act on a side, "The deal gives X the sole
          // right to …", "The tenancy contains an exit clause …": the labels of sets 51 on, which no longer
          // read such a term as the deal in force; a91.)
          if (f.provides) {
            if ((was === 'proposed' || was === 'signed') && !(f.signedBefore && was === 'signed')) return was;
            return was === 'signed' || providesAtWork(f, text) || !STANDING.has(made) ? 'in force' : made;
          }
          if (f.later && ((mention.cue !== 'under' && mention.cue !== 'Under') || (STANDING.has(was) && termsAhead(text)))) return made;
          return abandoned(mention, target, f.kind) ? 'collapsed' : mention.status;
        };
        a = {
          ...a,
          parties: inherit ? target.agreement.parties : parties,
          mention: inherit ? (a.noun ?? a.mention) : a.mention,
          resolution: inherit ? { how: 'earlier-agreement', from } : a.resolution,
          status: linkedStatus(a, target.agreement.status),
          refersTo: from,
        };
      } else if (f.needsTwo && a.parties.length < 2) {
        continue;
      } else a = unlinked;
    }
    // "X had worked with the overseas supplier Y, but that arrangement was
    // ended": a deal the clause after "but" points at ("that", "this") is the dealing the clause
    // before it told, not an earlier agreement; its sides are that clause's subject (else the side the
    // linked deal opens with: "Her firm set out to buy a mill from X, but that deal came to nothing") and
    // whom it dealt with.
    if (a.noun !== null) {
      const told = toldDealing(texts[f.index]!, a.noun);
      if (told && !overlaps([told.partner], a.parties)) {
        const own = told.subject === null ? null : (a.parties.find((p) => sameParty(p, told.subject!)) ?? partyName(told.subject));
        const keep = own ?? a.parties[0];
        if (keep !== undefined && !sameParty(keep, told.partner)) a = { ...a, parties: [keep, told.partner], refersTo: null, resolution: own !== null ? null : a.resolution };
      }
    }
    // "X said it would keep running the service under its current contract with Y":
    // a deal of one side written after "with", possessed by "its", is the deal of the name the
    // sentence opens with as its subject.
    if (a.refersTo === null && a.parties.length === 1 && a.noun !== null && /^(?:its|their)\s/i.test(a.noun) && a.noun.includes(` with ${a.parties[0]!.replace(/^the\s+/i, '')}`)) {
      const subject = openingSubject(texts[f.index]!, true);
      const owner = subject === null ? null : partyName(subject);
      if (owner !== null && countryOf(owner) === null && !sameParty(owner, a.parties[0]!)) a = { ...a, parties: [fullerBefore(owner, f.index, texts) ?? owner, a.parties[0]!] };
    }
    // "A similar supply deal with Pelham Minerals was voided", after Voltaris's deals: the one who
    // made the agreement just before (its first party) is the other side.
    if (f.partnerOnly && a.refersTo === null && a.parties.length === 1) {
      const recent = (d: Found): boolean => f.index - d.index <= 3 && d.agreement.parties.length >= 2;
      const before = done.findLast((d) => recent(d) && !overlaps(a.parties, d.agreement.parties));
      // "An earlier offer … was rejected by the union", after the union's deal with X: X is the other side.
      const own = before ? null : done.findLast((d) => recent(d) && overlaps(a.parties, d.agreement.parties));
      const others = before ? [before.agreement.parties[0]!] : (own?.agreement.parties.filter((p) => !overlaps([p], a.parties)) ?? []);
      const source = before ?? own;
      if (source && others.length > 0) {
        const from = { paragraph: all[source.index]!.paragraph, sentence: all[source.index]!.sentence };
        a = { ...a, parties: before ? [...others, ...a.parties] : [...a.parties, ...others], resolution: { how: 'earlier-agreement', from } };
      }
    }
    // "Last fall a similar arrangement with Vell Holdings fell apart", "A separate dispute with a
    // former franchisee was settled": a deal whose one side the sentence introduces with "with"
    // (no deal of two sides just before) is with the article's main side (see `mainSide`).
    if (a.refersTo === null && a.parties.length === 1 && withSide(texts[f.index]!, a.parties[0]!)) {
      const main = mainSide(done, a.parties, (name) => personNamed(name, texts, (people ??= peopleOf(statements))));
      if (main) a = { ...a, parties: [main.name, ...a.parties], resolution: a.resolution ?? { how: 'earlier-agreement', from: { paragraph: all[main.index]!.paragraph, sentence: all[main.index]!.sentence } } };
    }
    // "A supply deal between X and Y fell through. The two companies had reached a provisional
    // agreement in November …": a collective no pair named before resolved ("the two companies",
    // "both sides") stands for the sides of the nearest agreement found before, of this paragraph
    // or the one before.
    if (a.resolution === null && a.refersTo === null && a.parties.length === 1 && bareName(a.parties[0]!) === bareName(a.mention.trim()) && (collectiveHead(a.mention.trim()) || COUNTED_PLURAL.test(a.mention.trim()))) {
      const d = done.findLast((x) => x.agreement.parties.length >= 2 && all[f.index]!.paragraph - all[x.index]!.paragraph <= 1);
      if (d) a = { ...a, parties: [...d.agreement.parties], resolution: { how: 'collective', from: { paragraph: all[d.index]!.paragraph, sentence: all[d.index]!.sentence } } };
    }
    if (a.parties.length === 0) {
      // "A settlement was reached" with no earlier deal: the parties last named together.
      const pair = collectivePair(f.index, all, pairsAt) ?? sidesAhead(f, found, all);
      if (!pair) continue;
      a = { ...a, parties: pair.parties, mention: a.noun ?? a.mention, resolution: { how: pair.how ?? 'collective', from: pair.from } };
    }
    // "Dunmore's board rejected …", "the co-operative's members": a body of an organisation
    // stands for it (unless that would make it the other side too).
    // "the Marsh Hollow County commissioners approved …": the same with the name as a modifier;
    // "The board of Orrin Wells", "the Orrin Wells board": after its head, or a body's one head.
    if (a.parties.some((p) => /['’]s?\s+\p{Ll}|\p{Lu}[\p{L}.&'’-]*\s+\p{Ll}[\p{Ll}-]*$|^[Tt]he\s+[\p{Ll}\s-]+\sof\s+\p{Lu}/u.test(p))) {
      const parties = a.parties.map((p) => {
        const owner = organOwner(p);
        // "Fellside members" after "Fellside Bowls Club": the fuller name of the body named before.
        const fuller = owner && /^\p{Lu}/u.test(owner) ? fullerBefore(owner, f.index, texts) : null;
        return owner && !a.parties.some((q) => q !== p && sameParty(q, owner)) ? (fuller ?? owner) : p;
      });
      if (parties.some((p, k) => p !== a.parties[k])) a = { ...a, parties };
    }
    // "The brewer's head brewer, Colm Dunmore, signed a new contract": a person's contract with no
    // other side named is with the organisation the sentence says the person works for.
    // "The club's striker Tomas Greer signed a new contract": the role's possessor is the employer.
    const rolePossessed = a.parties.length === 1 && a.noun !== null && /\bcontract/i.test(a.noun) ? ROLE_POSSESSED.exec(a.parties[0]!) : null;
    if (rolePossessed && (nounClass(rolePossessed[2]!) === 'person' || isRoleWord(rolePossessed[2]!))) a = { ...a, parties: [rolePossessed[3]!, rolePossessed[1]!] };
    // "Rovers' own sponsor, the bookmaker BetLine, pulled out of its contract": the possessor of a
    // role set off before the one party named is the other side.
    if (a.parties.length === 1) {
      // ("The band's previous sponsor, …": a description for the possessor is the name it stands for,
      // see resolveDescriptions; "Felder and its supplier, Lode Handles,": the name the pronoun stands for.)
      const possessor = roleOwnerBefore(texts[f.index]!, a.parties[0]!, true);
      if (possessor && !sameParty(possessor, a.parties[0]!)) a = { ...a, parties: [a.parties[0]!, possessor] };
    }
    // "Vell's chairman, Olaf Brand, had rejected an approach from Corso": a person set off after a
    // body's leader (WordNet: a kind of leader — a chairman, a director, not a rival, a parent firm
    // or a star player) acts for that body on an offer or a deal with another side that the leader
    // decides on (rejected, approved, ratified); one who signs may sign his own ("Tom Hale signed a deal").
    if (a.parties.length >= 2 && APPROVER_STATUS.has(a.status)) {
      const people = namesIn(texts[f.index]!).filter((c) => c.person);
      const parties = a.parties.map((p) => {
        const at = texts[f.index]!.indexOf(p);
        const role = at > 0 ? ROLE_SET_OFF.exec(texts[f.index]!.slice(0, at)) : null;
        const leads = role !== null && isKindOf(nounLemma(role[2]!), 'noun', (LEADER ??= senseKeys('noun', ['leader', 1])), 1);
        const body = leads && people.some((c) => sameParty(c.name, p)) ? roleOwnerBefore(texts[f.index]!, p) : null;
        return body && !a.parties.some((q) => sameParty(q, body)) ? (fullerBefore(body, f.index, texts) ?? body) : p;
      });
      if (parties.some((p, k) => p !== a.parties[k])) a = { ...a, parties };
    }
    // "Marlow has abandoned its takeover of Pettigrew": a takeover or merger given up by a party
    // (active voice; a verb WordNet files first under giving up a possession: abandon, scrap, not
    // "call off" = cancel) never went through: collapsed, not voided (a purchase only, not a pact or sale).
    if (a.status === 'voided' && a.noun !== null && givingUp(a.cue) && kindsIn(a.noun).split(' ').every((k) => MERGER_KINDS.has(k) && !PACT_KINDS.has(k) && !TRADE_KINDS.has(k)) && !/\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?\S+\s*$/u.test(texts[f.index]!.slice(0, texts[f.index]!.indexOf(a.cue) + a.cue.length)))
      a = { ...a, status: 'collapsed' };
    // "X has won a five-year contract to run the routes, Ashby Borough Council announced": who
    // announces a contract won (or awards it: "awarded by Y") is the side that gave it.
    if (a.parties.length === 1 && a.noun !== null && /^(?:won|wins|win|awarded|been\s+awarded|was\s+awarded)$/i.test(a.cue)) {
      const giver = contractGiver(texts[f.index]!);
      if (giver && !sameParty(giver, a.parties[0]!)) a = { ...a, parties: [a.parties[0]!, giver] };
    }
    if (a.parties.length === 1 && a.noun !== null && /\bcontract/i.test(a.noun)) {
      const employer = employerOf(texts[f.index]!, a.parties[0]!);
      if (employer) a = { ...a, parties: [...a.parties, employer] };
    }
    // "The hospital's League of Friends has agreed to fund a scanner": a body named as another's
    // (a possessor, then a name) agrees with its possessor when no other side is named.
    if (a.parties.length === 1) {
      const owned = /^((?:[Tt]he\s+[\p{Ll}-]+)|(?:\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}))['’]s?\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}'’-]*))*\s+\p{Lu}[\p{L}'’-]*)$/u.exec(a.parties[0]!);
      // The name's head (before "of": "League of Friends") must be no person's noun ("Norland's Prime Minister Ada Vell").
      const head = owned?.[2]!.split(/\s+(?:of|for)\s+/)[0]!.split(/\s+/).at(-1)!.toLowerCase();
      // ("Pellow's Roving Circus": an owner's name and its business's common words are one name.)
      if (owned && head && countryOf(owned[1]!) === null && nounClass(head) === 'org' && !possessedBusinessName(a.parties[0]!)) a = { ...a, parties: [owned[2]!, lowerThe(owned[1]!)] };
    }
    // "The federation will hold its games at Orsa. Orsvik signed the hosting agreement": a definite
    // agreement that names one side and refers to no deal found before is with the organisation
    // the sentences just before (this paragraph) open with as their subject.
    if (a.parties.length === 1 && a.refersTo === null && a.noun !== null && /^the\s/i.test(a.noun) && !f.later) {
      for (let k = f.index - 1; k >= 0 && f.index - k <= 2 && all[k]!.paragraph === all[f.index]!.paragraph; k--) {
        const n = openingSubject(texts[k]!);
        const name = n ? partyName(n) : null;
        if (!name || sameParty(name, a.parties[0]!) || countryOf(name) !== null || !/\s/.test(name) || nounClass(name.split(/\s+/).at(-1)!.toLowerCase()) !== 'org') continue;
        a = { ...a, parties: [a.parties[0]!, name], resolution: a.resolution ?? { how: 'description', from: { paragraph: all[k]!.paragraph, sentence: all[k]!.sentence } } };
        break;
      }
    }
    // "X asked to join the trust. X's governors agreed to the move": a step agreed to that was
    // named before is taken with whom that sentence says the party would take it.
    if (a.parties.length === 1 && a.noun === null) {
      const partner = stepPartner(a.action, a.parties[0]!, f.index, all, texts);
      // "Brockhurst" for "Brockhurst Primary School": the fuller name of that sentence stays.
      const self = partner && partner.own.length > a.parties[0]!.length && sameParty(partner.own, a.parties[0]!) ? partner.own : a.parties[0]!;
      if (partner) a = { ...a, parties: [self, partner.name], resolution: a.resolution ?? { how: 'description', from: { paragraph: all[partner.k]!.paragraph, sentence: all[partner.k]!.sentence } } };
    }
    // "A memorandum signed with X in 2023 lets the firm fly test kites": whom a deal opening the
    // sentence lets do something (a present verb of permitting, WordNet) is its other side, and the
    // deal stands.
    if (a.parties.length >= 1 && a.parties.length <= 2 && a.noun !== null && texts[f.index]!.startsWith(a.noun)) {
      const m = DEAL_LETS.exec(texts[f.index]!.slice(a.noun.length));
      const lemma = m ? (baseForms(m[1]!).get('verb') ?? [])[0] : undefined;
      if (m && lemma && isKindOf(lemma, 'verb', (PERMIT ??= senseKeys('verb', ['permit', 1], ['let', 1], ['enable', 1], ['entitle', 1])), 1))
        // (A later mention keeps its deal's status: "The pact also entitles X to royalties".)
        a = { ...a, parties: a.parties.length === 1 && !sameParty(m[2]!, a.parties[0]!) ? [...a.parties, partyName(m[2]!)] : a.parties, status: a.refersTo === null ? 'in force' : a.status };
    }
    // "The utility and the town signed …": descriptions left after linking name who they stand for.
    // (A description a later mention took from the deal it links to, not written in its own sentence, was
    // that deal's sentence's to name: "the developer" of a lede is no person quoted just before the mention.)
    const linked = a.refersTo === null ? undefined : done.find((d) => d.agreement.refersTo === null && all[d.index]!.paragraph === a.refersTo!.paragraph && all[d.index]!.sentence === a.refersTo!.sentence);
    const inherited = (p: string): boolean => linked !== undefined && linked.agreement.parties.includes(p) && !texts[f.index]!.toLowerCase().includes(p.toLowerCase());
    if (a.parties.some(inherited)) {
      const own = a.parties.filter((p) => !inherited(p));
      const r = resolveDescriptions({ ...a, parties: own }, f.index, all, texts, done, peopleOf(statements));
      const first = a.parties.findIndex((p) => !inherited(p));
      if (r.parties.length !== own.length || r.parties.some((p, k) => p !== own[k])) a = { ...r, parties: a.parties.flatMap((p, k) => (inherited(p) ? [p] : k === first ? [...r.parties] : [])) };
    } else a = resolveDescriptions(a, f.index, all, texts, done, peopleOf(statements));
    // "Ambrose's contract …", "Thackray's signed …" after "Ambrose & Sons": a one-word name (a
    // possessive's "'s" dropped) stands for the fuller name of no person it opens, used before.
    const short = a.parties.map((p) => {
      const bare = p.replace(/['’]s?$/, '');
      if (!/^\p{Lu}[\p{L}-]+$/u.test(bare) || countryOf(bare) !== null) return p;
      const full = onlyFullerName(bare, f.index, all, texts);
      // (Never a name holding another party's word: "will trade as Greyline Moorland" after a merger with Moorland.)
      const others = a.parties.filter((q) => q !== p).flatMap((q) => q.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w !== 'The'));
      return full !== null && !others.some((w) => full.split(/\s+/).includes(w)) ? full : p;
    });
    if (short.some((p, k) => p !== a.parties[k])) a = { ...a, parties: short };
    // "Twitter Facebook LinkedIn Kettlewick Games signed …": share buttons glued before the name
    // that opens the sentence; the name is the part the article writes on its own elsewhere.
    const unglued = a.parties.map((p) => withoutGluedWords(p, f.index, texts));
    if (unglued.some((p, k) => p !== a.parties[k])) a = { ...a, parties: unglued };
    // "… the chain's first offer in March was turned down", after the co-operative's contract with
    // the chain ("the chain" resolved above): an offer of one side of a deal the article reported before, proposed or turned
    // down, is made to that deal's other side.
    if (a.refersTo === null && a.parties.length === 1 && a.noun !== null && /^(?:proposed|rejected)$/.test(a.status) && offerNoun(a.noun)) {
      const d = done.findLast((x) => x.agreement.parties.length === 2 && overlaps(a.parties, x.agreement.parties) && !/^(?:collapsed|voided|rejected)$/.test(x.agreement.status));
      const other = d?.agreement.parties.find((p) => !overlaps([p], a.parties));
      if (d && other) a = { ...a, parties: [...a.parties, other], resolution: a.resolution ?? { how: 'earlier-agreement', from: { paragraph: all[d.index]!.paragraph, sentence: all[d.index]!.sentence } } };
    }
    // "Corley Pony Club has signed a lease with the Hendry Estate. … The estate has also agreed to
    // let riders use its tracks": one side agreeing alone, right after (two sentences, this
    // paragraph or the one before) an agreement of two sides it is one of, agrees with the other.
    if (a.parties.length === 1 && a.refersTo === null && /^agree/i.test(a.cue)) {
      const one = a.parties[0]!;
      const with2 = done.findLast((d) => d.index < f.index && f.index - d.index <= 2 && all[f.index]!.paragraph - all[d.index]!.paragraph <= 1 && d.agreement.parties.length === 2 && overlaps([one], d.agreement.parties));
      const other = with2?.agreement.parties.find((p) => !sameParty(p, one));
      if (other) a = { ...a, parties: [one, other] };
    }
    // "X has sued Y, claiming the cable maker broke a contract to supply …": a breach the claim
    // after a suit tells is of a deal between who sued and whom.
    if (a.refersTo === null && a.status === 'breached') {
      const sides = suedClaimSides(texts[f.index]!, a);
      if (sides) a = { ...a, parties: sides };
    }
    const g: Found = { ...f, agreement: a };
    done.push(g);
    const key = sentenceKey(all[f.index]!);
    out.set(key, [...(out.get(key) ?? []), a]);
  }
  namedAfter(done, all, out);
  sameDescriptionNamed(done, all, out);
  ownerSidesNamed(done, all, out);
  describedThenNamed(done, all, out);
  possessedPartnerNamed(done, all, out);
  soldPlaceSides(done, all, out);
  partnerOpensMention(done, all, out);
  sameNounPartner(done, all, out);
  return out;
}

/**
 * "X had placed its orders with a competitor, Y, but cancelled that agreement",
 * "X started out from a barn at Y, but that tenancy was terminated": the dealing a demonstrative
 * deal (`noun`, "that …", "this …") after "but" refers to, told by the clause before it in the same
 * sentence: a verb, then "with" or "from" and one party (a name, a description set off by a name, or
 * a description placed at a name). Likewise an indefinite deal the clause before is done "under"
 * ("X will subcontract work to Y, under a contract both firms signed"; "to" too), when that clause
 * opens with a name. Returns that party and the clause's opening subject when it is a name; null when
 * the sentence tells no such dealing.
 */
function toldDealing(text: string, noun: string): { partner: string; subject: string | null } | null {
  const at = text.indexOf(noun);
  if (at <= 0) return null;
  // ("… a pattern licensed from Y under an agreement made in May", "… will
  // subcontract work to X, under a contract both firms signed": an indefinite deal the clause is done
  // "under" is that clause's dealing too, with whom it was done "to" as well.)
  const under = /^(?:an?|\d\S*)\s/i.test(noun) || /^[\p{Ll}-]+s$/u.test(noun) ? /,?\s+under\s+$/u.exec(text.slice(0, at)) : null;
  const but = /^(?:that|this)\s/i.test(noun) ? /(?:^|[\s,])but\s+(?:[\p{Ll}-]+\s+){0,3}$/u.exec(text.slice(0, at)) : null;
  if (!but && !under) return null;
  const clause = text.slice(0, (but ?? under)!.index);
  const tokens = tag(clause, { entities: false }).tokens;
  // (A verb or an auxiliary before it: the tagger may read a rare verb as an adjective, "will subcontract".)
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const k = tokens.findLastIndex((t, j) => j > verb && verb >= 0 && t.pos === 'ADP' && (under ? /^(?:with|from|to)$/i : /^(?:with|from)$/i).test(t.text));
  if (k < 0) return null;
  const run = namesAt(tokens, k + 1, clause) ?? apposedName(tokens, k + 1, clause);
  let partner = run !== null && run.names.length === 1 ? run.names[0]! : null;
  // ("from a barn at Y": a common noun placed at a name stands for whoever holds it there.)
  partner ??= /^\s*(?:an?|the)\s+((?:[\p{Ll}-]+\s+){0,2}(?:at|in|near)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u.exec(clause.slice(tokens[k]!.end))?.[1] ?? null;
  if (partner === null || countryOf(partner) !== null) return null;
  const subject = openingSubject(clause, true);
  // (Under a deal, a subject that is no name, "The frames will copy a pattern licensed from X", says
  // nothing of whose deal it is: the deal the mention is linked to stays.)
  if (under && subject === null) return null;
  return { partner: partyName(partner), subject };
}

/**
 * Of the deals a collective side may stand for ("Both boards have approved the takeover", after the
 * takeover's terms and a lease one side took), the last called by the mention's own noun or by a
 * generic one ("the agreement"), when the mention has a noun; else the last.
 */
function lastOfKind(kind: string, a: Agreement, list: readonly Found[]): Found | undefined {
  // (Its own noun, not only its group: a lease is no takeover though both are trade.)
  const own = kind.split(' ');
  return list.findLast((x) => a.noun !== null && x.kind.split(' ').every((k) => GENERIC_KINDS.has(k) || own.includes(k))) ?? list.at(-1);
}

/** The content words of a deal's noun phrase that say what kind of deal it is: "franchise" of "her franchise agreement". */
function dealModifiers(noun: string): string[] {
  // (No measure of time: "seven-year".)
  // (A deal's own noun, "lease", WordNet's or the lexicon's, is no modifier.)
  // (A deal noun before the head is a modifier too: "franchise" of "franchise agreement"; and a
  // licence or a franchise, even as the head, names the right it grants, which says the kind:
  // "her franchise" is the deal of "a franchise deal".)
  const words = noun.toLowerCase().split(/[\s-]+/);
  const head = words.findLastIndex(isKindWord);
  return words.filter((w, k) => /^\p{Ll}{4,}$/u.test(w) && (!isKindWord(w) || k < head || dealKindOf(w)!.kind === 'licence') && synsetsOf(w, 'noun', 1).length > 0 && synsetsOf(w, 'noun', 1)[0]!.lexname !== 'noun.time' && !/^(?:their|this|that|these|those|earlier|previous|other|same)$/.test(w));
}

/**
 * "A Dunmere florist has had her franchise agreement ended … . She signed a seven-year franchise
 * deal with Petal & Stem in 2019": a deal of one side whose kind a deal of the next three body
 * sentences (this paragraph or the next) names again by the same modifier ("franchise"), between
 * that side and one other, is with that other side too; so are its mentions that took the one side.
 */
function sameNounPartner(done: Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  for (let n = 0; n < done.length; n++) {
    const d = done[n]!;
    const a = d.agreement;
    if (a.refersTo !== null || d.later || a.parties.length !== 1 || a.noun === null) continue;
    const own = dealModifiers(a.noun);
    if (own.length === 0) continue;
    const side = a.parties[0]!;
    const x = done.find((y) => y.index > d.index && bodySentencesBetween(all, d.index, y.index) <= 3 && all[y.index]!.paragraph - all[d.index]!.paragraph <= 1 && y.agreement.refersTo === null && y.agreement.noun !== null && y.agreement.parties.length === 2 && y.agreement.parties.some((p) => sameParty(p, side)) && dealModifiers(y.agreement.noun).some((w) => own.includes(w)));
    const other = x?.agreement.parties.find((p) => !sameParty(p, side));
    if (!other) continue;
    withBothSides(done, out, a, all[d.index]!, side, [side, other]);
  }
}

/**
 * A one-sided deal `deal` (at sentence `at`) found to be with `both`: it and its mentions that
 * took only its one side `side` take both, in `out` and in `done`.
 */
function withBothSides(done: Found[], out: Map<SentenceKey, Agreement[]>, deal: Agreement, at: { paragraph: number; sentence: number }, side: string, both: string[]): void {
  const fill = (y: Agreement): Agreement => ({ ...y, parties: both });
  const takes = (y: Agreement): boolean => y === deal || (y.refersTo?.paragraph === at.paragraph && y.refersTo.sentence === at.sentence && y.parties.every((p) => sameParty(p, side)));
  for (const [key, list] of out) out.set(key, list.map((y) => (takes(y) ? fill(y) : y)));
  for (let j = 0; j < done.length; j++) if (takes(done[j]!.agreement)) done[j] = { ...done[j]!, agreement: fill(done[j]!.agreement) };
}

/** A name opening a sentence, an apposition after it set off by commas, then its verb: "Orlo Foods, a snack firm, will pay …". */
const OPENING_NAME_VERB = /^((?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)(?:\s*,\s*(?:an?|the)\s[^,;"“”]*,)?\s+(?:(?:will|would|has|have|had|is|are|was|were|also|now|then)\s+)*\p{Ll}+/u;

/**
 * "Ember Jam Co. has signed a licensing deal … . Orlo Foods, a snack firm, will pay Ember Jam a
 * royalty on every bar sold under the agreement": a deal with one side whose mention in the next
 * body sentence (this paragraph) opens with another body's name as its subject, and writes the
 * deal's side after it, is a deal of the two: the deal and the mentions that took its one side take both.
 */
function partnerOpensMention(done: Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  for (const m of done) {
    const r = m.agreement.refersTo;
    if (r === null || m.agreement.parties.length !== 1) continue;
    const n = done.findIndex((d) => d.agreement.refersTo === null && all[d.index]!.paragraph === r.paragraph && all[d.index]!.sentence === r.sentence);
    const d = done[n];
    if (!d || d.agreement.parties.length !== 1 || !sameParty(d.agreement.parties[0]!, m.agreement.parties[0]!)) continue;
    if (all[m.index]!.paragraph !== r.paragraph || bodySentencesBetween(all, d.index, m.index) !== 1) continue;
    const text = all[m.index]!.text;
    const opening = OPENING_NAME_VERB.exec(text);
    if (!opening) continue;
    const name = partyName(opening[1]!);
    const side = d.agreement.parties[0]!;
    const first = side.split(/\s+/)[0]!;
    if (countryOf(name) !== null || sameParty(name, side) || !/\s/.test(name) || namesIn(text).some((c) => c.person && sameParty(c.name, name))) continue;
    // (The side by its first word, "Ember Jam", or as "the council" for "Gennick Town Council".)
    const head = /\s(\p{Lu}\p{Ll}+)$/u.exec(side)?.[1]?.toLowerCase();
    const rest = text.slice(opening[0].length);
    if (!new RegExp(`(?<![\\p{L}])${literal(first)}(?![\\p{L}])`, 'u').test(rest) && !(head && nounClass(head) === 'org' && new RegExp(`\\bthe\\s+${head}\\b`).test(rest))) continue;
    withBothSides(done, out, d.agreement, r, side, [side, name]);
  }
}

let ORGANISATION: ReadonlySet<string> | undefined;

/** "she", "he" as a side: a person the sentences before name. */
const PRONOUN_SIDE = /^(?:she|he)$/i;
/**
 * "Two southern canoe-hire firms": a counted plural description of the sides. ("Two other
 * franchisees", "two more growers": sides set apart from the ones named, never their names.)
 */
/** A subject counted as two or more of a plural ("Two of the oldest bell foundries in the county", "Three rival clubs"). */
const COUNTED_SUBJECT = /^(?:two|three|four|five)\s+(?:of\s+)?(?:[\p{L}'’-]+\s+){0,6}?\p{Ll}[\p{Ll}-]*s(?:\s+(?:in|of|from|on|at)\s+[^,;]+)?$/iu;
const COUNTED_SIDES = /^two\s+(?!(?:other|more|further|additional|separate)\s)(?:[\p{L}-]+\s+){0,3}\p{Ll}[\p{Ll}-]*s$/iu;
/** "the Quarringtons", "Quarringtons": a family named by its surname. */
const FAMILY_SIDE = /^(?:the\s+)?(\p{Lu}\p{Ll}+)s$/u;
/** A person's name: two or three capitalised words. */
const PERSON_SHAPE = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;

/**
 * Whether `name` is a person's: a speaker the statements reader took for a person, a name
 * introduced as one (after a title or a role, `namesIn`), or a name whose last word the article
 * writes after a courtesy title ("Tessa Lorrimer" … "Ms Lorrimer").
 */
function personNamed(name: string, texts: readonly string[], people: ReadonlySet<string>): boolean {
  if (!PERSON_SHAPE.test(name) || countryOf(name) !== null) return false;
  if (people.has(name)) return true;
  const surname = name.split(/\s+/).at(-1)!;
  // (Built only for a document that writes the surname and a courtesy title at all, and run only
  // on its sentences that do: a pattern with Unicode classes costs more to compile than to run.)
  let titled: RegExp | null = null;
  return texts.some((t) => t.includes(surname) && COURTESY_TITLE.test(t) && (titled ??= new RegExp(`(?<![\\p{L}])(?:${COURTESY_TITLES})\\.?\\s+${literal(surname)}(?![\\p{L}])`, 'u')).test(t));
}

/** A courtesy title as `personNamed`'s pattern opens with it: a sentence without one cannot match. */
const COURTESY_TITLE = new RegExp(String.raw`(?<![\p{L}])(?:${COURTESY_TITLES})\.?\s`, 'u');

const peopleMemo = new WeakMap<ReadonlyMap<SentenceKey, readonly Statement[]>, ReadonlySet<string>>();

/** The names the statements reader took for persons' in a document's statements (read once a document). */
function peopleOf(statements: ReadonlyMap<SentenceKey, readonly Statement[]>): ReadonlySet<string> {
  let people = peopleMemo.get(statements);
  if (people === undefined) {
    const names = new Set<string>();
    for (const list of statements.values()) for (const st of list) if (st.speaker.kind === 'person') names.add(st.speaker.name);
    peopleMemo.set(statements, (people = names));
  }
  return people;
}

/**
 * The person the body sentences just before `index` name last (three at most, this paragraph or
 * the one before): what "she" or "he" stands for when no one spoke before. Null when none.
 */
function personBefore(index: number, all: readonly Sentence[], statements: ReadonlyMap<SentenceKey, readonly Statement[]>): { name: string; k: number } | null {
  const texts = textsOf(all);
  const people = peopleOf(statements);
  let seen = 0;
  for (let k = index - 1; k >= 0 && seen < 3 && all[index]!.paragraph - all[k]!.paragraph <= 1 && all[k]!.paragraph > 0; k--) {
    if (furnitureLine(texts[k]!)) continue;
    seen++;
    const person = sentenceNames(texts[k]!, texts, people).filter((c) => c.person && !c.couple).at(-1);
    if (person) return { name: fullNameOf(person.name, k, texts) ?? person.name, k };
  }
  return null;
}

/** "Ada and Tom Reel": two given names and one surname, a couple. */
const COUPLE_NAMED = /^(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)$/u;

/**
 * The names of sentence `k` in order, a couple's two given names and surname kept as one
 * ("Ada and Tom Reel"), each with whether it is a person's (or a couple's).
 */
function sentenceNames(text: string, texts: readonly string[], people: ReadonlySet<string>): Array<{ name: string; person: boolean; couple: boolean }> {
  const list = namesIn(text);
  const out: Array<{ name: string; person: boolean; couple: boolean }> = [];
  for (let j = 0; j < list.length; j++) {
    const c = list[j]!;
    const next = list[j + 1];
    const joined = next ? text.slice(c.at, next.at + next.name.length) : '';
    if (next && COUPLE_NAMED.test(joined) && !/\s/.test(c.name)) {
      out.push({ name: joined, person: true, couple: true });
      j++;
      continue;
    }
    out.push({ name: c.name, person: c.person || personNamed(c.name, texts, people), couple: false });
  }
  return out;
}

/**
 * Sides written as words that only point at a name: "She signed a franchise deal with X" (the
 * person the sentences just before name last, this paragraph or the one before), "A Dunmere
 * florist has had her franchise agreement ended" (the person the next sentences name first; "a
 * couple", the couple they name), "A joinery firm has settled a claim" (the first name of no
 * person the next sentences give that some deal of the article has for a side), "Two canoe-hire
 * firms have agreed to merge" (the sides of the next deal naming two). Returns a reader of a side
 * at a sentence: the names it stands for, or null.
 */
function sidesNamer(found: readonly Found[], all: readonly Sentence[], statements: ReadonlyMap<SentenceKey, readonly Statement[]>): (p: string, index: number) => { names: string[]; k: number } | null {
  const texts = textsOf(all);
  const people = peopleOf(statements);
  const sides = new Set(found.flatMap((d) => d.agreement.parties));
  const body = (from: number, step: 1 | -1, n: number): number[] => {
    const ks: number[] = [];
    for (let k = from + step; k >= 0 && k < all.length && ks.length < n && Math.abs(all[k]!.paragraph - all[from]!.paragraph) <= 1; k += step) if (!furnitureLine(texts[k]!) && all[k]!.paragraph > 0) ks.push(k);
    return ks;
  };
  return (p, index) => {
    // "Tentwell Events, Britain's second-largest marquee firm, has agreed …": a description
    // (its head a common noun) set off after a name is that name.
    if (/\s\p{Ll}[\p{Ll}-]*$/u.test(p) && !/^(?:the|a|an)\s/i.test(p)) {
      const at = texts[index]!.indexOf(`, ${p},`);
      const before = at > 0 ? /((?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)$/u.exec(texts[index]!.slice(0, at)) : null;
      if (before && countryOf(before[1]!) === null) return { names: [partyName(before[1]!)], k: index };
    }
    if (PRONOUN_SIDE.test(p)) {
      const person = personBefore(index, all, statements);
      return person ? { names: [person.name], k: person.k } : null;
    }
    // "the Quarringtons": a family by its surname, the couple (or the family) named with it before.
    const family = FAMILY_SIDE.exec(p);
    if (family) {
      for (let k = index; k >= 0; k--) {
        const couple = sentenceNames(texts[k]!, texts, people).find((c) => c.couple && c.name.endsWith(` ${family[1]!}`));
        if (couple) return { names: [couple.name], k };
      }
      return null;
    }
    if (COUNTED_SIDES.test(p)) {
      const next = found.find((x) => x.index > index && x.index - index <= 3 && x.agreement.parties.length >= 2 && x.agreement.parties.every((q) => /^\p{Lu}/u.test(q) && !/^(?:The|A|An|Two|Both)\s/.test(q)));
      return next ? { names: [...next.agreement.parties], k: next.index } : null;
    }
    // (A described side of the lede only: "a grower in the south" further on is one the article leaves unnamed.)
    if (!INDEFINITE_PLACED.test(p) || all[index]!.paragraph > 1) return null;
    // ("a chain of cobblers": the noun before "of" heads the phrase, a chain, not its cobblers.)
    const head = nounLemma(p.split(/\s+of\s+/)[0]!.split(/\s+/).at(-1)!);
    const kind = nounClass(head);
    // ("a couple", "a family": a group of people, WordNet's first sense, no organisation.)
    const group = synsetsOf(head, 'noun', 1)[0]?.lexname === 'noun.group' && !isKindOf(head, 'noun', (ORGANISATION ??= senseKeys('noun', ['organization', 1])), 1);
    // (The next two body sentences; a person for a person's noun, a couple for a group of people, and
    // for any noun a body's name opening its sentence that is a side of some deal of the article or
    // written again further on, as a side's is: "A Ruckmoor shoemaker … . Voss & Quenby had held …".)
    const side = (c: { name: string }, k: number): boolean => sides.has(c.name) || texts.slice(k + 1).some((t) => t.includes(c.name.split(/\s+/)[0]!));
    for (const k of body(index, 1, 2)) {
      const names = sentenceNames(texts[k]!, texts, people);
      // ("A bowls club … has settled its claim. The Quenby Road Bowls Club had sued …": a
      // body's name ending in the description's own head noun, "society", and writing another of its words,
      // "bowls", is the one, however seldom written again; not "a neighbourhood group" for "Hallam Leisure Group".)
      const described = p.toLowerCase().split(/\s+of\s+/)[0]!.split(/\s+/).slice(0, -1).filter((w) => w.length >= 4);
      const sameHead = kind !== 'person' ? names.find((c) => {
        const words = c.name.trim().toLowerCase().split(/\s+/);
        return !c.person && !c.couple && countryOf(c.name) === null && words.length > 1 && nounLemma(words.at(-1)!) === head && words.slice(0, -1).some((w) => described.includes(w));
      }) : undefined;
      const pick = sameHead ?? names.find((c, j) => countryOf(c.name) === null && (c.couple ? group : c.person ? kind === 'person' : (kind !== 'person' || (j === 0 && texts[k]!.startsWith(c.name))) && side(c, k)));
      if (!pick) continue;
      // "A master plumber … has settled the case. Owen Tarr had agreed to refit Dev and Mina Rowe's
      // kitchen": a deal of the next two sentences (this paragraph) with the name and another side gives both.
      const with2 = found.find((x) => x.index > index && x.index - index <= 2 && all[x.index]!.paragraph === all[index]!.paragraph && x.agreement.parties.length >= 2 && x.agreement.parties.some((q) => sameParty(q, pick.name)) && x.agreement.parties.every((q) => /^\p{Lu}/u.test(q) && !/^(?:The|A|An)\s/.test(q)));
      return with2 ? { names: [...with2.agreement.parties], k: with2.index } : { names: [pick.name], k };
    }
    return null;
  };
}

let ADJUDICATOR: ReadonlySet<string> | undefined;

/**
 * Whether a side is a judge: "the judge", or a name written right after a noun WordNet files (in one of its
 * first three senses) under adjudicator — "The judge, Ada Vell,", "Mr Justice Orlo Fenn", "Judge Ada Vell".
 */
function adjudicator(p: string, text: string): boolean {
  ADJUDICATOR ??= senseKeys('noun', ['adjudicator', 1]);
  const kind = (w: string): boolean => isKindOf(nounLemma(w.toLowerCase()), 'noun', ADJUDICATOR!, 3);
  const words = p.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length === 1 && /^\p{Ll}/u.test(words[0]!)) return kind(words[0]!);
  if (words.slice(0, -1).some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && kind(w))) return true;
  const at = text.indexOf(p);
  const before = at > 0 ? /(\p{L}+)[\s,]*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] : undefined;
  return before !== undefined && kind(before);
}

/** Kinds of a deal by which something changes hands for a price: a purchase, a sale, a takeover. */
const SALE_KINDS = new Set(['purchase', 'buy', 'sale', 'sell', 'acquisition', 'acquire', 'takeover', 'take', 'buyout']);

/**
 * A name of two or more words whose own head, singular, WordNet files as a place ("Gull Rock Holiday
 * Park"), no country's (a name ending in a plural is a body: "Fennick Homes").
 */
function placeName(p: string): boolean {
  const words = p.split(/\s+/);
  const head = words.at(-1)!.toLowerCase();
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && countryOf(p) === null && nounLemma(head) === head && nounClass(head) === 'place';
}

/**
 * "Gull Rock Holiday Park has been bought by Brackwater Leisure in a deal worth £5m. The Penhale
 * family, whose company has run the park since 1980, exchanged contracts with Brackwater": a place
 * bought or sold (a name whose own head is a place, WordNet) is no side of the deal; who made a deal
 * with the buyer in the next two sentences is the seller — in that purchase and in every later
 * deal of the article over the same place (its name or its first word: "tried to buy Gull Rock in 2019").
 */
function soldPlaceSides(done: Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const owners: Array<{ place: string; owner: string }> = [];
  for (let n = 0; n < done.length; n++) {
    const d = done[n]!;
    const parties = d.agreement.parties;
    const known = (p: string): string | undefined => owners.find((o) => sameParty(p, o.place))?.owner;
    const place = parties.find((p) => placeName(p) || known(p) !== undefined);
    if (place === undefined) continue;
    let owner = known(place);
    if (owner === undefined) {
      if (!d.kind.split(' ').some((k) => SALE_KINDS.has(k)) || parties.length !== 2) continue;
      const buyer = parties.find((p) => p !== place)!;
      const seller = done.find((x) => x.index > d.index && x.index - d.index <= 2 && all[x.index]!.paragraph - all[d.index]!.paragraph <= 1 && x.agreement.parties.length === 2 && x.agreement.parties.some((p) => sameParty(p, buyer)) && !x.agreement.parties.some((p) => sameParty(p, place)));
      owner = seller?.agreement.parties.find((p) => !sameParty(p, buyer));
      if (owner === undefined) continue;
      owners.push({ place, owner });
    }
    const sides: string[] = [];
    for (const p of parties) {
      const q = p === place || known(p) !== undefined || placeName(p) ? (known(p) ?? owner) : p;
      if (!sides.some((x) => sameParty(x, q))) sides.push(q);
    }
    if (sides.length < 2) continue;
    const filled: Found = { ...d, agreement: { ...d.agreement, parties: sides } };
    done[n] = filled;
    const key = sentenceKey(all[d.index]!);
    out.set(key, (out.get(key) ?? []).map((x) => (x === d.agreement ? filled.agreement : x)));
  }
}

/**
 * The name a sentence opens with ("The Stage Crews' Guild said …", "Lighting and Stage Crews'
 * Guild …": two names "and" makes one, see `oneName`) as the subject of a verb right after it, with
 * its mention (the last name's); null when the sentence opens otherwise.
 */
function openingName(text: string): { name: string; mention: NameMention } | null {
  const names = namesIn(text);
  const lead = /^(?:The\s+)?/.exec(text)![0].length;
  const first = names[0];
  if (!first || first.at !== lead) return null;
  let end = first.at + first.name.length;
  let last = first;
  const second = names[1];
  // ("Lighting and Stage Crews' Guild": one common word, neither a place nor a person, before a body's name.)
  const field = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w) && !/^noun\.(?:location|person)$/.test(synsetsOf(w.toLowerCase(), 'noun', 1)[0]?.lexname ?? 'noun.location');
  if (second && text.slice(end, second.at) === ' and ' && (oneName(first.name, second.name) || (field(first.name) && second.heads.some((h) => organisationSense(h) || bodyNoun(h))))) {
    end = second.at + second.name.length;
    last = second;
  }
  const after = text.slice(end).replace(/^['’]s?/, '');
  const verb = tag(after.trim(), { entities: false }).tokens[0];
  if (!verb || !/^(?:VERB|AUX)$/.test(verb.pos)) return null;
  return { name: text.slice(first.at, end), mention: last };
}

/** "… the pay deal it reached with their union": a partner written as a possessive determiner and one lower-case noun (and a modifier). */
const WITH_POSSESSED = /\bwith\s+(?:its|their)\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?(?![\p{L}\p{M}\p{N}_'’-])/u;

/**
 * "Riggers at Pellow's Circus say the company has broken the pay deal it reached with their union.
 * The Stage Crews' Guild said …": a deal of one side whose other is written as a possessed
 * organisation noun (WordNet: "union", "lender", "club") is the deal of the organisation the next
 * body sentence (same or next paragraph) opens with as its subject, when that one is no person or
 * place, no side already and not written in the deal's sentence; its later mentions take it too.
 */
function possessedPartnerNamed(done: Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  for (let n = 0; n < done.length; n++) {
    const d = done[n]!;
    const a = d.agreement;
    if (a.refersTo !== null || d.later || a.parties.length !== 1) continue;
    const text = all[d.index]!.text;
    const m = WITH_POSSESSED.exec(text);
    // ("their union last winter": the noun is the first word or, after a modifier, the second.)
    if (!m || !(organisationSense(m[1]!) || (m[2] !== undefined && organisationSense(m[2])))) continue;
    let k = d.index + 1;
    while (k < all.length && furnitureLine(all[k]!.text)) k++;
    if (k >= all.length || all[k]!.paragraph - all[d.index]!.paragraph > 1) continue;
    const opening = openingName(all[k]!.text);
    if (!opening) continue;
    const name = partyName(opening.name);
    const mention = opening.mention;
    if (mention.person || mention.place || !mention.heads.some((h) => organisationSense(h) || bodyNoun(h)) || text.includes(name) || overlaps([name], a.parties)) continue;
    const old = a.parties;
    const named: Agreement = { ...a, parties: [...old, name], resolution: a.resolution ?? { how: 'description', from: { paragraph: all[k]!.paragraph, sentence: all[k]!.sentence } } };
    done[n] = { ...d, agreement: named };
    const key = sentenceKey(all[d.index]!);
    out.set(key, (out.get(key) ?? []).map((x) => (x === a ? named : x)));
    const at = all[d.index]!;
    const same = (x: Agreement): boolean => x.parties.length === old.length && x.parties.every((p, j) => p === old[j]);
    reviseMentions(out, at, (x) => (same(x) ? [...named.parties] : null));
  }
}

/** A definite description of an organisation: "the original firm", "the previous operator". */
const DEFINITE_BODY = /^the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/u;

/**
 * "Ashby Council ended its arrangement with the original firm. The earlier deal, with Rook Windows,
 * was terminated": the latest deal of this paragraph or the one before (not a mention) one of whose
 * sides is a definite description of an organisation (`DEFINITE_BODY`, its head an organisation's
 * noun by WordNet), the rest of whose sides the mention `a` shares, where the mention names one
 * more side (an organisation's name, not another side of that deal): the name replaces the
 * description, in the deal and in the mentions that took it. Changes `done` and `out` in place.
 */
function namesDescribedSide(f: Found, a: Agreement, done: Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  const fresh = a.parties.filter((p) => /^\p{Lu}/u.test(p) && !/^(?:The|A|An|Its|Their)\s/.test(p) && countryOf(p) === null);
  if (fresh.length !== 1) return;
  const described = (p: string): boolean => {
    const m = DEFINITE_BODY.exec(p);
    return m !== null && nounClass(m[1]!) === 'org' && nounLemma(m[1]!) === m[1]!;
  };
  const n = done.findLastIndex((d) => d.index < f.index && all[f.index]!.paragraph - all[d.index]!.paragraph <= 1 && d.agreement.refersTo === null && !d.later && d.agreement.parties.filter(described).length === 1);
  if (n < 0) return;
  const d = done[n]!;
  const description = d.agreement.parties.find(described)!;
  const rest = d.agreement.parties.filter((p) => p !== description);
  if (rest.length === 0 || overlaps(fresh, rest) || !a.parties.filter((p) => p !== fresh[0]).every((p) => overlaps([p], rest))) return;
  if (namesIn(all[f.index]!.text).some((c) => c.person && sameParty(c.name, fresh[0]!))) return;
  const swap = (x: Agreement): Agreement => ({ ...x, parties: x.parties.map((p) => (p === description ? fresh[0]! : p)) });
  const named = swap(d.agreement);
  done[n] = { ...d, agreement: named };
  const at = all[d.index]!;
  const key = sentenceKey(at);
  out.set(key, (out.get(key) ?? []).map((x) => (x === d.agreement ? named : x)));
  for (const [k2, list] of out) out.set(k2, list.map((x) => (x.refersTo?.paragraph === at.paragraph && x.refersTo.sentence === at.sentence && x.parties.includes(description) ? swap(x) : x)));
  for (let j = 0; j < done.length; j++) {
    const x = done[j]!;
    if (x.agreement.refersTo?.paragraph === at.paragraph && x.agreement.refersTo.sentence === at.sentence && x.agreement.parties.includes(description)) done[j] = { ...x, agreement: swap(x.agreement) };
  }
}

/** An indefinite description, a place's name may modify: "a housing association", "a Dunmere wedding venue". */
const INDEFINITE_PLACED = /^an?\s+(?:\p{Lu}[\p{Ll}-]+\s+)?(?:[\p{Ll}-]+(?<=s)['’]?\s+|[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u;

/** "A mini golf course that was at risk …": an indefinite description opening the sentence, its head, then a relative clause. */
const LOST_SUBJECT = /^An?\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)\s+(?:that|which|who)\s/u;

/** "an embroidery studio in Dunsoppel": an indefinite description placed by a name after "in", "at" or "near". */
const PLACED_AT = /^an?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s+(?:in|at|near)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;

/** "Under the settlement, X will …": a name opening the clause after an opener on the deal. */
const UNDER_THE_DEAL = /^Under\s+(?:the|this|that|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+/u;

/** "the boards", "both clubs": a plural whose noun WordNet files as an organisation or a body that runs one. */
function bodiesPlural(mention: string): boolean {
  const noun = mention.split(/\s+/).at(-1)!.toLowerCase();
  const lemma = nounLemma(noun);
  return lemma !== noun && (organisationSense(lemma) || bodyNoun(lemma));
}

let OWNER: ReadonlySet<string> | null = null;

/** Whether a lower-case noun is, in its first WordNet sense, a kind of owner ("landowner", "landlord", "proprietor"). */
function ownerNoun(word: string): boolean {
  OWNER ??= senseKeys('noun', ['owner', 1], ['owner', 2]);
  return isKindOf(nounLemma(word), 'noun', OWNER, 1);
}

/**
 * The side of the deal of the two sentences before `f` (same or previous paragraph) that its
 * sentence introduced as an owner ("with landowner X", "with the landlord, X"), when `party` is no
 * side of that deal; null otherwise.
 */
function ownerSideBefore(f: Found, party: string, done: readonly Found[], all: readonly Sentence[]): string | null {
  const d = done.findLast((x) => x.index < f.index && f.index - x.index <= 2 && all[f.index]!.paragraph - all[x.index]!.paragraph <= 1 && x.agreement.refersTo === null);
  if (!d || d.agreement.parties.length !== 2 || overlaps([party], d.agreement.parties)) return null;
  const text = all[d.index]!.text;
  for (const p of d.agreement.parties) {
    const at = text.indexOf(p);
    if (at < 0) continue;
    // ("landowner X", "the site's owner, X": the last word or two before the name.)
    const before = /(?:\p{Ll}[\p{Ll}'’-]*\s+)?\p{Ll}[\p{Ll}-]*,?\s+$/u.exec(text.slice(0, at))?.[0].split(/[\s,]+/).filter(Boolean) ?? [];
    const described = namesIn(text).find((c) => c.at === at)?.described ?? [];
    if (before.some((w) => !/['’]/.test(w) && ownerNoun(w)) || described.some(ownerNoun)) return p;
  }
  return null;
}

/** The name opening the clause after "Under the terms," (or another opener on a deal), or null. */
function underSubject(text: string): string | null {
  const under = UNDER_THE_DEAL.exec(text);
  if (!under) return null;
  const subject = openingSubject(text.slice(under[0].length));
  return subject === null ? null : partyName(subject);
}

/** "The owners of Bounceway Park in Ames have been told …": the owners (WordNet: a kind of owner) of a name opening the sentence. */
const OWNERS_OF = /^The\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+s)\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)/u;
/** "Harlow Estates, which owns the retail park, says …": a name opening a sentence, set off by a relative clause of holding. */
const NAME_WHICH_HOLDS = /^((?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*),\s+(?:which|who)\s+(\p{Ll}+)\s/u;

/**
 * "The owners of Bounceway Park have been told to leave after the landlord terminated their lease.
 * Harlow Estates, which owns the retail park, says …": the sides of a deal left as descriptions —
 * "their"/"its" before the deal's noun is the body whose owners open the sentence (the owners of X
 * are X), and a definite owner ("the landlord": WordNet, a kind of owner) is the name opening the
 * next body sentence with a relative clause of holding (WordNet's `holdVerb`: owns, holds, runs).
 * The deal and the mentions of it that took its description take the names.
 */
function ownerSidesNamed(done: Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  for (let n = 0; n < done.length; n++) {
    const d = done[n]!;
    const a = d.agreement;
    if (a.refersTo !== null || d.later || a.parties.length > 2 || a.noun === null) continue;
    let parties = [...a.parties];
    const text = all[d.index]!.text;
    const owners = /^(?:their|its)\s/i.test(a.noun) && parties.length === 1 ? OWNERS_OF.exec(text) : null;
    if (owners && ownerNoun(owners[1]!) && text.indexOf(a.noun) > owners[0].length && !overlaps([owners[2]!], parties)) parties.push(partyName(owners[2]!));
    const described = parties.findIndex((p) => /^the\s+[\p{Ll}-]+$/u.test(p) && ownerNoun(p.slice(4)));
    if (described >= 0) {
      let k = d.index + 1;
      while (k < all.length && furnitureLine(all[k]!.text)) k++;
      const m = k < all.length && all[k]!.paragraph - all[d.index]!.paragraph <= 1 ? NAME_WHICH_HOLDS.exec(all[k]!.text) : null;
      const verb = m ? (baseForms(m[2]!).get('verb') ?? []) : [];
      if (m && verb.some((v) => holdVerb(v)) && !overlaps([m[1]!], parties) && !namesIn(all[k]!.text).some((c) => c.person && sameParty(c.name, m[1]!))) parties = parties.map((p, j) => (j === described ? partyName(m[1]!) : p));
    }
    if (parties.length === a.parties.length && parties.every((p, j) => p === a.parties[j])) continue;
    const before = a.parties;
    const named: Agreement = { ...a, parties };
    done[n] = { ...d, agreement: named };
    const key = sentenceKey(all[d.index]!);
    out.set(key, (out.get(key) ?? []).map((x) => (x === a ? named : x)));
    const at = all[d.index]!;
    reviseMentions(out, at, (x) => (x.parties.every((p) => before.includes(p)) ? [...parties] : null));
  }
}

/**
 * "A housing association has ended its contract with Barrow Roofing. Kestle Homes said the firm
 * had …": a deal one of whose sides is an indefinite description (a body the lede leaves unnamed)
 * beside a named one, whose next body sentence (same or next paragraph) opens with a name the deal's
 * sentence does not write — an organisation, not a person (`namesIn`), and not another side — as
 * the subject of a verb ("Under the settlement, X will …" too; a name with a place's head, "Kestle Homes", will do): that name is the description, in
 * the deal and in the mentions of it that took the description.
 */
function describedThenNamed(done: Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  for (let n = 0; n < done.length; n++) {
    const d = done[n]!;
    const a = d.agreement;
    if (a.refersTo !== null || d.later) continue;
    const described = a.parties.filter((p) => INDEFINITE_PLACED.test(p) || PLACED_AT.test(p));
    // ("An embroidery studio in Dunsoppel has signed a licensing agreement …": a description opening
    // the sentence as its subject is the side the next sentence names, even with no other side.)
    const opens = all[d.index]!.text.toLowerCase().startsWith(described[0]?.toLowerCase() ?? '\u0000');
    // ("A mini golf course that was at risk of closure has signed a new lease with the council": a
    // subject so described, then a relative clause, that the reader lost, leaving the other side alone.)
    const lostHead = described.length === 0 && a.parties.length === 1 ? LOST_SUBJECT.exec(all[d.index]!.text)?.[1] : undefined;
    const lost = lostHead !== undefined && nounClass(lostHead) !== 'person' && all[d.index]!.text.indexOf(a.parties[0]!) > all[d.index]!.text.indexOf(a.cue);
    if (!lost && (described.length !== 1 || (a.parties.length < 2 && !opens))) continue;
    // The next body sentence (this paragraph or the next) names it; or, past it, one of the three
    // after whose opening name ends in the description's own head ("a beekeepers' association" …
    // "The Tollinger Beekeeping Association, which …").
    const head = lost ? lostHead : described[0]!.split(/\s+/).at(-1)!;
    let name: string | null = null;
    for (let k = d.index + 1, seen = 0; k < all.length && seen < 4 && name === null; k++) {
      if (furnitureLine(all[k]!.text)) continue;
      if (all[k]!.paragraph - all[d.index]!.paragraph > 1) break;
      seen++;
      const text = all[k]!.text;
      const under = UNDER_THE_DEAL.exec(text);
      const clause = under ? text.slice(under[0].length) : text;
      const subject = openingSubject(clause, true) ?? pastSetOff(clause);
      if (!subject || subject.split(/\s+/).length < 2) continue;
      if (seen > 1 && subject.split(/\s+/).at(-1)!.toLowerCase() !== head.toLowerCase()) continue;
      const found = partyName(subject);
      const mention = namesIn(clause).find((c) => c.at === 0 || clause.startsWith(c.name) || (seen > 1 && /^the\s+$/i.test(clause.slice(0, c.at))));
      if (!mention || mention.person || countryOf(found) !== null || all[d.index]!.text.includes(found) || overlaps([found], a.parties)) continue;
      name = found;
    }
    if (name === null) continue;
    const named: Agreement = { ...a, parties: lost ? [name, ...a.parties] : a.parties.map((p) => (p === described[0] ? name : p)) };
    done[n] = { ...d, agreement: named };
    const key = sentenceKey(all[d.index]!);
    out.set(key, (out.get(key) ?? []).map((x) => (x === a ? named : x)));
    const at = all[d.index]!;
    const took = (x: Agreement): boolean => (lost ? x.parties.length === 1 && x.parties[0] === a.parties[0] : x.parties.includes(described[0]!));
    // (So do the later deals that took the same description from it: "The company has also agreed to …" beside it.)
    const later = (k2: SentenceKey): boolean => !lost && all.findIndex((x) => sentenceKey(x) === k2) > d.index;
    for (const [key2, list] of out)
      out.set(key2, list.map((x) => (((x.refersTo?.paragraph === at.paragraph && x.refersTo.sentence === at.sentence) || later(key2)) && took(x) ? { ...x, parties: lost ? [...named.parties] : x.parties.map((p) => (p === described[0] ? name : p)) } : x)));
  }
}

/** "Varmbad Leisure, run by two brothers, will pay …": a name opening the clause, a phrase set off by commas, then lower case. */
const NAME_SET_OFF = /^((?:The\s+)?\p{Lu}[^,]*),\s+(\p{Ll}+)(\s+by)?\s[^,]*,\s+(?=\p{Ll})/u;

/**
 * The name opening a clause past a phrase set off after it that says who runs it, when or where it
 * began — a relative clause ("which …", "who …") or a participle (a verb's "-ed" form, or any verb
 * before "by": "run by", "founded in 1990", "based in …") — as `openingSubject` reads it with the phrase left out; else null.
 */
function pastSetOff(clause: string): string | null {
  const m = NAME_SET_OFF.exec(clause);
  if (!m) return null;
  const w = m[2]!;
  const verb = baseForms(w).has('verb');
  if (!/^(?:which|who)$/.test(w) && !(verb && (m[3] !== undefined || /ed$/.test(w)))) return null;
  return openingSubject(`${m[1]!} ${clause.slice(m[0].length)}`, true);
}

/**
 * The index in `done` of the deal a definite mention `a` (of `f`) completes: the latest one of this
 * paragraph or the one before called by the same noun (its kind), with one side only, which the
 * mention's own one side is not. -1 when none.
 */
function otherSideOf(f: Found, a: Agreement, done: readonly Found[], all: readonly Sentence[]): number {
  if (a.parties.length !== 1 || f.kind === 'verb' || f.kind === 'it') return -1;
  const own = f.kind.split(' ').filter((x) => !GENERIC_KINDS.has(x));
  if (own.length === 0) return -1;
  return done.findLastIndex((d) => all[f.index]!.paragraph - all[d.index]!.paragraph <= 1 && d.agreement.parties.length === 1 && !overlaps(d.agreement.parties, a.parties) && own.some((x) => d.kind.split(' ').includes(x)) && !/^(?:collapsed|rejected)$/.test(d.agreement.status));
}

/**
 * The index in `done` of the deal a definite mention `a` (of `f`, naming two sides or more) is,
 * when that deal was reported just before (this paragraph, two sentences at most) under the same
 * noun with only who approved it as its side, and the mention's sides are not that approver: -1 when none.
 */
function sameApprovedDeal(f: Found, a: Agreement, done: readonly Found[], all: readonly Sentence[]): number {
  if (a.noun === null || !/^(?:the|this|that)\s/i.test(a.noun) || !a.parties.every((p) => /^\p{Lu}/u.test(p) && !/^(?:The|A|An|Its|Their)\s/.test(p))) return -1;
  return done.findLastIndex((d) => f.index > d.index && f.index - d.index <= 2 && all[f.index]!.paragraph === all[d.index]!.paragraph && d.approver !== undefined && d.agreement.noun !== null && d.agreement.refersTo === null && d.agreement.parties.length >= 1 && d.agreement.parties.every((p) => d.approver!.includes(p)) && sameKind(d.kind, f.kind) && !overlaps(a.parties, d.agreement.parties));
}

const INDEFINITE_PARTY = /^an?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u;

/**
 * "A paper recycler breached its contract with a packaging firm, the court ruled. Dallow Fibre
 * signed a supply agreement with Crane Packaging in 2021.": a deal whose sides are only
 * indefinite descriptions (bodies not named yet), or only the outsider who approved it, is the deal of the two or more names the next
 * sentence or the one after (same paragraph) gives a deal of the same kind to, when it names them
 * and no description.
 */
function namedAfter(done: Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  for (let n = 0; n < done.length; n++) {
    const d = done[n]!;
    const a = d.agreement;
    // "The Corrin Planning Board approved a lease under which … . Marrow College signed the lease
    // with Halsey Homes in May": a deal whose one side is who approved it, an outsider (a board, a
    // regulator), is the deal of the sides the next sentence names of it ("the lease"), when they are not the approver.
    const approverOnly = d.approver !== undefined && a.parties.length >= 1 && a.parties.every((p) => d.approver!.includes(p)) && a.noun !== null;
    if (a.parties.length === 0 || (!approverOnly && !a.parties.every((p) => INDEFINITE_PARTY.test(p)))) continue;
    const next = done.find((x) => x.index > d.index && x.index - d.index <= 2 && all[x.index]!.paragraph === all[d.index]!.paragraph && x.agreement.parties.length >= 2 && sameKind(d.kind, x.kind) && (!approverOnly || (!overlaps(x.agreement.parties, a.parties) && /^(?:the|this|that)\s/i.test(x.agreement.noun ?? ''))));
    if (!next || !next.agreement.parties.every((p) => /^\p{Lu}/u.test(p) && !/^(?:The|A|An|Its|Their)\s/.test(p))) continue;
    const named: Agreement = { ...a, parties: [...next.agreement.parties], resolution: { how: 'description', from: { paragraph: all[next.index]!.paragraph, sentence: all[next.index]!.sentence } } };
    done[n] = { ...d, agreement: named };
    const key = sentenceKey(all[d.index]!);
    out.set(key, (out.get(key) ?? []).map((x) => (x === a ? named : x)));
    // Later mentions that took its descriptions take the names too.
    const at = all[d.index]!;
    reviseMentions(out, at, (x) => (x.parties.every((p) => a.parties.includes(p)) ? [...named.parties] : null));
  }
}

/**
 * "The couple turned down an offer from the thatcher" after "A master thatcher sued over a roof
 * has settled the case", whose description `namedAfter` gave the names of the deal told next: a
 * definite description left as a party, with the head noun of that indefinite subject, is the
 * first of those names (the subject of the deal that named it).
 */
function sameDescriptionNamed(done: Found[], all: readonly Sentence[], out: Map<SentenceKey, Agreement[]>): void {
  for (let n = 0; n < done.length; n++) {
    const d = done[n]!;
    const a = d.agreement;
    const k = a.parties.findIndex((p) => /^the\s/i.test(p) && DESCRIPTION_PARTY.test(p));
    if (k < 0) continue;
    const head = a.parties[k]!.split(/\s+/).at(-1)!.toLowerCase();
    const named = done.findLast((x) => x.index < d.index && x.agreement.resolution?.how === 'description' && INDEFINITE_PARTY.test(x.agreement.mention.trim().toLowerCase()) && x.agreement.mention.trim().split(/\s+/).at(-1)!.toLowerCase() === head && /^\p{Lu}/u.test(x.agreement.parties[0] ?? '') && !/^(?:The|A|An)\s/.test(x.agreement.parties[0]!));
    const name = named?.agreement.parties[0];
    if (!name || a.parties.some((p) => sameParty(p, name))) continue;
    const renamed: Agreement = { ...a, parties: a.parties.map((p, j) => (j === k ? name : p)) };
    done[n] = { ...d, agreement: renamed };
    const key = sentenceKey(all[d.index]!);
    out.set(key, (out.get(key) ?? []).map((x) => (x === a ? renamed : x)));
  }
}

/**
 * "Ministers said the company had breached the contract", after "The justice ministry has
 * terminated its contract with Gatehouse Ltd": a singular definite description ("the company")
 * that stands (descriptions.ts) for one of an earlier deal's parties is that party, so the
 * mention may be of that deal.
 */
function standsFor(p: string, index: number, texts: readonly string[], d: Found): string | null {
  const description = lowerThe(p);
  if (!DESCRIPTION_PARTY.test(description) || /s$/.test(description)) return null;
  const at = texts[index]!.toLowerCase().indexOf(description);
  const r = resolveDescription(description, texts, index, at >= 0 ? at : 0);
  if (r === null || r.names.length !== 1) return null;
  // (A generic noun, "the company", or the head the name was introduced with: "the crew" is not
  // the shipping firm named before.)
  const lemma = nounLemma(description.split(/\s+/).at(-1)!);
  if (!genericNoun(lemma) && !namesIn(texts[r.index]!).some((c) => sameParty(c.name, r.names[0]!) && c.heads.includes(lemma))) return null;
  return d.agreement.parties.find((q) => sameParty(q, r.names[0]!)) ?? null;
}

/**
 * The index in `done` of the deal a later mention `f` ("Under the lease, X will pay Y") refers to
 * when that deal's sides are all descriptions ("the valley", "the firm"): the nearest of the
 * same kind in this or the two sentences before, in the same paragraph; -1 when there is none.
 */
function describedDeal(f: Found, done: readonly Found[], all: readonly Sentence[]): number {
  const k = done.findLastIndex((d) => d.index < f.index && f.index - d.index <= 2 && all[d.index]!.paragraph === all[f.index]!.paragraph && sameKind(f.kind, d.kind));
  if (k < 0) return -1;
  const parties = done[k]!.agreement.parties;
  return parties.length > 0 && parties.every((p) => /^(?:the|its|their)\s+\p{Ll}|^\p{Ll}/u.test(p)) ? k : -1;
}

/**
 * A party that opens sentence `index` as a run of four or more capitalised words, of which the
 * last two or more (after two at least) are written elsewhere in the article without the words before them
 * ("Twitter Facebook LinkedIn Kettlewick Games" where "Kettlewick" opens a name elsewhere): page
 * furniture (share buttons, a section's name) glued before it by the scraper. Returns the name
 * without them, or `party` unchanged.
 */
function withoutGluedWords(party: string, index: number, texts: readonly string[]): string {
  const words = party.split(/\s+/);
  if (words.length < 4 || !texts[index]!.startsWith(party) || !words.every((w) => /^\p{Lu}[\p{L}&'’.-]*$/u.test(w))) return party;
  // (Two glued words at least: "North Ridge Water Company" stays whole beside "Ridge Water customers".)
  for (let j = 2; j <= words.length - 2; j++) {
    const first = words[j]!;
    const before = new RegExp(`(?:^|[^\\p{L}'’&.-])${literal(words[j - 1]!)}\\s+$`, 'u');
    const alone = texts.some((t, k) => {
      if (k === index) return false;
      for (let at = t.indexOf(first); at >= 0; at = t.indexOf(first, at + 1)) {
        const end = at + first.length;
        if (/[\p{L}]/u.test(t[end] ?? '') || (at > 0 && /\p{L}/u.test(t[at - 1]!))) continue;
        if (!before.test(t.slice(0, at))) return true;
      }
      return false;
    });
    if (alone) return words.slice(j).join(' ');
  }
  return party;
}

/**
 * The one fuller name (of no person, not in a headline, whose capitals name nothing: "Tread Agrees
 * Takeover") up to sentence `index` that opens with `short` ("Ambrose" → "Ambrose & Sons"), or null
 * when there is none or two that differ ("Eastfield Stadium" and "Eastfield Town Football Club").
 */
function onlyFullerName(short: string, index: number, all: readonly Sentence[], texts: readonly string[]): string | null {
  let out: string | null = null;
  const opening = `${short} `;
  for (let k = index; k >= 0 && index - k <= 30; k--) {
    // A name is a slice of its sentence: one opening with `short` needs the sentence to hold it (`namesIn` is costly).
    if (all[k]!.paragraph === 0 || !texts[k]!.includes(opening)) continue;
    for (const c of namesIn(texts[k]!)) {
      // ("Lothian" after "Ivo Lothian" is his surname, not "Lothian Drive", the firm he opened.)
      if (c.person && c.name.endsWith(` ${short}`)) return null;
      if (c.person || !c.name.startsWith(opening)) continue;
      // ("Fjordline Ltd": a company suffix adds no name.)
      if (/^(?:Inc|Ltd|Corp|Co|LLC|plc|PLC|AG|SA|NV|GmbH)\.?$/.test(c.name.slice(short.length + 1))) continue;
      if (out === null || c.name.startsWith(out)) out = c.name;
      else if (!out.startsWith(c.name)) return null;
    }
  }
  return out;
}

/** A courtesy title and a surname: "Mrs Quill", "Dr. Varga". */
const TITLED_SURNAME = new RegExp(String.raw`^(?:${COURTESY_TITLES})\.?\s+(\p{Lu}[\p{L}'’-]+)$`, 'u');

/**
 * The one full name ("Dora Quill": two or more words, no title first) the article writes up to
 * sentence `index` (30 back) ending in the surname of `party` written with a courtesy title ("Mrs
 * Quill"); null when `party` is no such form, or none or two different names fit.
 */
function fullNameOf(party: string, index: number, texts: readonly string[]): string | null {
  const m = TITLED_SURNAME.exec(party);
  if (!m) return null;
  const surname = m[1]!;
  let out: string | null = null;
  for (let k = index; k >= 0 && index - k <= 30; k--) {
    if (!texts[k]!.includes(surname)) continue;
    for (const c of namesIn(texts[k]!)) {
      // ("Owner Dewsnap Oxtoby denies …": a role word opening the sentence is no part of the name.)
      const words = c.name.split(/\s+/);
      if (words.length > 2 && isRoleWord(words[0]!.toLowerCase())) words.shift();
      const name = words.join(' ');
      if (words.length < 2 || words.at(-1) !== surname || TITLED_SURNAME.test(name) || TITLES.has(words[0]!)) continue;
      if (out !== null && out !== name) return null;
      out = name;
    }
  }
  return out;
}

/** The nearest name (of no person) up to sentence `index` that opens with `short` and goes on ("Fellside" → "Fellside Bowls Club"), or null. */
function fullerBefore(short: string, index: number, texts: readonly string[]): string | null {
  const opening = `${short} `;
  for (let k = index; k >= 0 && index - k <= 30; k--)
    if (texts[k]!.includes(opening)) for (const c of namesIn(texts[k]!)) if (!c.person && c.name.startsWith(opening)) return c.name;
  return null;
}

/** "to the move on Thursday", "on the plan": a definite noun, alone, agreed to (what it is was said before). */
const STEP_AGREED = /^(?:to|on)\s+(?:the|this|that)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(\p{Ll}[\p{Ll}-]*)(?:\s+(?:on|in|at|last|this|next|by|earlier|later)\b[^,;]*)?$/u;
/** A verb, then a definite description of an organisation: "asked to join the trust", "plans to merge with the society". */
const STEP_OBJECT = /\b(?:to\s+)?\p{Ll}+\s+(?:(?:with|into|to|from)\s+)?(the\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)(?<=[\p{L}\p{M}\p{N}_])(?![\p{L}\p{M}\p{N}_])/gu;

/**
 * The other side of a step a single party agreed to by a definite noun that is no agreement
 * ("agreed to the move", "backed the plan"): in one of the three sentences before, the party (its
 * name's first word) is followed by a verb whose object is a name, or an organisation described
 * ("asked last year to join the trust") and resolved to the name it stands for.
 */
function stepPartner(action: string, party: string, index: number, all: readonly Sentence[], texts: readonly string[]): { name: string; k: number; own: string } | null {
  const m = STEP_AGREED.exec(action.trim());
  if (!m) return null;
  const first = bareName(party).split(/\s+/)[0]!;
  if (first.length < 3) return null;
  for (let k = index - 1; k >= 0 && index - k <= 3 && all[index]!.paragraph - all[k]!.paragraph <= 1; k--) {
    const text = texts[k]!;
    const own = namesIn(text).find((c) => c.name.toLowerCase().split(/\s+/).includes(first) || sameParty(c.name, party));
    if (!own) continue;
    const after = own.at + own.name.length;
    const other = namesIn(text).find((c) => c.at >= after && !c.person && !c.place && !sameParty(c.name, party));
    if (other) return { name: other.name, k, own: own.name };
    STEP_OBJECT.lastIndex = after;
    const d = STEP_OBJECT.exec(text);
    // "the trust": WordNet's first senses of some bodies' heads are no organisation, so the
    // description is taken when an earlier name was introduced with its head (or fits its kind).
    if (!d || /^(?:nation|place)$/.test(nounClass(d[1]!.split(/\s+/).at(-1)!) ?? '')) continue;
    const r = resolveDescription(d[1]!, texts, k, d.index + d[0].length - d[1]!.length, [party]);
    if (r && r.names.length === 1 && !sameParty(r.names[0]!, party) && countryOf(r.names[0]!) === null) return { name: r.names[0]!, k, own: own.name };
  }
  return null;
}

/** Kind words of one root: a verb's kind and its noun ("settle", "settlement"), a noun and its plural. */
function kin(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x.replace(/e$/, ''), y] : [y.replace(/e$/, ''), x];
  return short.length >= 4 && long.startsWith(short);
}

/** The nouns and names of a sentence (lemmas), less its agreement words and calendar words: what it is about. */
const topicMemo = new Map<string, Set<string>>();
function topicWords(text: string): Set<string> {
  const memo = topicMemo.get(text);
  if (memo) return memo;
  if (topicMemo.size > 2000) topicMemo.clear();
  const out = new Set<string>();
  topicMemo.set(text, out);
  const tokens = tag(text, { entities: false }).tokens;
  tokens.forEach((t, k) => {
    // ("a two-year pay deal": the word that classes a deal noun, right before it, is a noun there however
    // the tagger reads it — "pay", "supply" — when WordNet knows it as one; what the deal is about.)
    const next = tokens[k + 1]?.text.toLowerCase() ?? '';
    const classifier = t.pos === 'VERB' && /^\p{Ll}+$/u.test(t.text) && isKindWord(next) && synsetsOf(t.text, 'noun').length > 0;
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN' && !classifier) || t.lemma.length < 3) return;
    const w = classifier ? t.text : t.lemma.toLowerCase();
    // (A licence or a franchise names the right it grants, what the deal is about: a topic, as in dealModifiers.)
    if ((!isKindWord(w) || dealKindOf(w)!.kind === 'licence') && !CALENDAR_WORDS.has(t.text)) out.add(w);
  });
  return out;
}

/**
 * The agreement a later mention most likely refers to, of several it fits (in the order found):
 * one called by the mention's own specific noun, a word of its root or a noun of its exact kind; among those (or all, when
 * none is), the one whose first report shares most topic words with the mention; with no shared
 * topic, the article's main agreement (the first, when it is in the lede: the headline or the
 * first paragraph); else the most recent.
 */
function likeliest(f: Found, list: readonly Found[], all: readonly Sentence[], done: readonly Found[] = list): Found {
  const own = f.kind.split(' ').filter((x) => !GENERIC_KINDS.has(x));
  // "The deal is expected to complete in March": what completes or closes is a transaction (a
  // merger, a sale), not a supply contract reported since.
  const completes = own.length === 0 && tag(all[f.index]!.text, { entities: false }).tokens.some((t) => t.pos === 'VERB' && /^(?:complete|close)$/.test(t.lemma));
  const transactions = completes ? list.filter((d) => d.kind.split(' ').some((y) => TRANSACTION_KINDS.has(y))) : [];
  // ("the treaty" is called so by "pact" too: one exact kind of deal, dealWords' sameDealKind.)
  const named = own.length === 0 ? transactions : list.filter((d) => d.kind.split(' ').some((y) => own.some((x) => kin(x, y) || sameDealKind(x, y))));
  const pool = named.length > 0 ? named : list;
  if (pool.length === 1) return latestOf(pool[0]!, done, all, f);
  const mine = topicWords(all[f.index]!.text);
  let best: Found | null = null;
  let bestScore = 0;
  for (const d of pool) {
    const first = d.agreement.refersTo ? all.findIndex((s) => s.paragraph === d.agreement.refersTo!.paragraph && s.sentence === d.agreement.refersTo!.sentence) : d.index;
    const theirs = topicWords(all[first < 0 ? d.index : first]!.text);
    let score = 0;
    for (const w of mine) if (theirs.has(w)) score++;
    if (score >= bestScore && score > 0) {
      best = d;
      bestScore = score;
    }
  }
  const last = pool[pool.length - 1]!;
  if (best) return latestOf(best, done, all, f);
  if (named.length > 0) return last;
  // The main agreement, unless the most recent was reported in this paragraph or the one before.
  const main = pool[0]!;
  if (all[main.index]!.paragraph <= 1 && main.agreement.parties.length >= 2 && all[f.index]!.paragraph - all[last.index]!.paragraph > 1) return latestOf(main, done, all, f);
  return last;
}

/** The latest mention, among those found, of the agreement a found one reports or mentions (it carries its latest status). */
function latestOf(d: Found, list: readonly Found[], all: readonly Sentence[], f?: Found): Found {
  const origin = (x: Found): string => {
    const r = x.agreement.refersTo;
    return r ? `${r.paragraph}.${r.sentence}` : `${all[x.index]!.paragraph}.${all[x.index]!.sentence}`;
  };
  const o = origin(d);
  // (Of the mention's own sentence, only a clause under the deal ("Under the terms, …") speaks for it:
  // another deal noun there may be another deal, "the 2011 agreement … will be folded into the new treaty".)
  return list.findLast((x) => origin(x) === o && (f === undefined || x.index !== f.index || x.kind === 'it')) ?? d;
}

/**
 * The organisation a person named in `text` works for, as the words around the name say: a
 * possessor of the role before it ("Loxley's chief engineer, Ana Ruiz", "the brewer's head
 * brewer, Colm Dunmore") or a role "at"/"of"/"with" it after it ("Ana Ruiz, chief engineer at
 * Loxley"). The role's head must be a person's noun (WordNet); the name must look like a person's.
 */
function employerOf(text: string, person: string): string | null {
  if (!/^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}$/u.test(person)) return null;
  const at = text.indexOf(person);
  if (at < 0) return null;
  const isRole = (w: string): boolean => nounClass(w) === 'person' || isRoleWord(w.toLowerCase());
  // "The club's previous sponsor, the betting firm Lucky Lantern": a description may open the name.
  const before = /(?:^|\s)((?:[Tt]he\s+[\p{Ll}-]+)|(?:\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}))['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+),\s+(?:the\s+(?:[\p{Ll}-]+\s+){1,3})?$/u.exec(text.slice(0, at));
  if (before && isRole(before[2]!)) return lowerThe(before[1]!);
  const after = /^,\s+(?:(?:the|an?|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:at|of|with)\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})/u.exec(text.slice(at + person.length));
  if (after && isRole(after[1]!)) return after[2]!;
  return null;
}

/** "the Benedictine community at Santa Ilda": a description (its head, group 1) of a body at a place (group 2). */
const PLACED_DESCRIPTION = /^the\s+(?:[\p{L}-]+\s+){0,2}([\p{Ll}-]+)\s+(?:at|of|in)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/** A party written as a definite description of common nouns: "the utility", "the two clubs". */
const DESCRIPTION_PARTY = /^the\s+(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+-\p{Ll}+ed)\s+){0,3}[\p{Ll}-]+$/u;

/**
 * "The utility and the town signed …", "a contract with the operator": each party written as a
 * definite description is the name it stands for (see descriptions.ts), shown as resolved
 * (resolution `description`, pointing at the sentence that named it).
 */
/** "the club's striker Tomas Greer": a possessor (a description or a name), a role, a person's name. */
const ROLE_POSSESSED = /^((?:[Tt]he\s+[\p{Ll}-]+)|(?:\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}))['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})$/u;

/** "Rovers' own sponsor, the bookmaker BetLine,": a possessor (a name), a role, a comma, then the party. */
/** Where a role is held, between the role and its comma: "its old importer in Lyon,", "X's agent in the north,". */
const ROLE_PLACE = String.raw`(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?|[\p{Ll}-]+))?`;
const ROLE_SET_OFF = new RegExp(String.raw`((?:\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}))['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)${ROLE_PLACE},\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2})?$`, 'u');
/** "Felder and its handle supplier, Lode Handles,": a name, "and", a possessive pronoun standing for it, a role, a comma. */
const PAIRED_ROLE_SET_OFF = new RegExp(String.raw`(\p{Lu}[\p{L}&.'’-]*(?:\s+(?:&|\p{Lu}[\p{L}&.'’-]*)){0,3})\s+and\s+(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)${ROLE_PLACE},\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2})?$`, 'u');
/** "The band's previous sponsor, the engineers Yardley Vantage,": the same with a description ("the band") for the possessor. */
const DESCRIBED_ROLE_SET_OFF = new RegExp(String.raw`(?:^|\s)([Tt]he\s+[\p{Ll}-]+)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)${ROLE_PLACE},\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2})?$`, 'u');

/**
 * The possessor of a role (a person's role by WordNet or the lexicon) set off just before `party`
 * in `text`: "Rovers' own sponsor, the bookmaker BetLine," → "Rovers"; else null. With
 * `described`, a description ("The band's previous sponsor, …" → "the band") or a name the
 * pronoun stands for ("Felder and its handle supplier, Lode Handles," → "Felder") too.
 */
function roleOwnerBefore(text: string, party: string, described = false): string | null {
  const at = text.indexOf(party);
  if (at <= 0) return null;
  const m = ROLE_SET_OFF.exec(text.slice(0, at)) ?? (described ? (DESCRIBED_ROLE_SET_OFF.exec(text.slice(0, at)) ?? PAIRED_ROLE_SET_OFF.exec(text.slice(0, at))) : null);
  if (!m || !(nounClass(m[2]!) === 'person' || isRoleWord(m[2]!))) return null;
  const after = text.slice(at + party.length);
  return /^\s*,/.test(after) ? partyName(m[1]!) : null;
}

/** ", Ashby Borough Council announced on Monday." / "awarded by the Ashby council": the name that gave a contract won. */
const ANNOUNCED_BY = String.raw`,\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|for|&))*)\s+VERB\b[^,"“”]*\.?\s*$`;
// ("has been awarded a contract by Halden Council to …": the thing awarded may stand between.)
const AWARDED_BY = /\bawarded\s+(?:(?:an?|the|its|their)\s+(?:[\p{L}\d£$€.,%-]+\s+){0,4}?)?by\s+((?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|&))*)/u;

/** Whether the verb form `cue` is first of all a verb of giving up a possession in WordNet ("abandoned", "scrapped"). */
function givingUp(cue: string): boolean {
  const bases = baseForms(cue.toLowerCase()).get('verb') ?? [];
  return bases.some((b) => synsetsOf(b, 'verb', 1)[0]?.lexname === 'verb.possession');
}

/** "been licensed to the cable channel KTV under": a participle of letting, "to", the one it went to, then "under". */
const LET_TO = /\b(?:licensed|licenced|leased|let|rented|sold|hired|loaned|lent)\s+(?:out\s+)?to\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,3})?(\p{Lu}[\p{L}&'’.+-]*(?:\s+\p{Lu}[\p{L}&'’.+-]*)*)\s+under\b/u;

function contractGiver(text: string): string | null {
  const m = AWARDED_BY.exec(text) ?? reportingExec(text, ANNOUNCED_BY);
  if (!m || /^(?:The|It|They|He|She|We)$/.test(m[1]!)) return null;
  // ("… by Halden Council.": the sentence's full stop is no part of the name; "Ltd." keeps its own.)
  return partyName(/\b(?:Ltd|Inc|Co|Corp|Bros|Plc|plc)\.$/.test(m[1]!) ? m[1]! : m[1]!.replace(/\.$/, ''));
}

/** "with Harwick Construction agreeing to pay …": a name as the subject of an absolute clause. */
const WITH_ACTING = /\bwith\s+((?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}\p{Lu}[\p{L}'’&.-]*)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing\b/u;

/** "the library's director", "Harlow Bank's chairman": a role (its head WordNet's person) of a body, described or named. */
const ROLE_OF_BODY = /^((?:the\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)|(?:\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}))['’]s?\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/u;
/** "Its board", "its chairman": an organ (a body, by WordNet) or a person of "its". */
const ITS_ROLE = /^its\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/iu;

/**
 * "The loan agreement was signed by the library's director and the foundation's chairman", "Its
 * board approved the contract": who acts for a body on its deal stands for that body. A role of a
 * description or a name is the body it is of ("the library", then resolved as a description); an
 * organ or a person of "its" opening the sentence is the name the paragraph's sentence before
 * opens with as subject.
 */
function bodiesForRoles(a: Agreement, index: number, all: readonly Sentence[]): Agreement {
  let changed = false;
  let resolution = a.resolution;
  const parties: string[] = [];
  for (const p of a.parties) {
    let q = p;
    const role = ROLE_OF_BODY.exec(p);
    const its = role ? null : ITS_ROLE.exec(p);
    // ("the academy's principal": a person among the role noun's first two senses, WordNet.)
    // ("the city's arena authority" is a body of its own: placeBody.)
    if (role && !placeBody(p) && nounLemma(role[2]!) === role[2]!.toLowerCase() && (nounClass(role[2]!) === 'person' || synsetsOf(role[2]!.toLowerCase(), 'noun', 2).some((x) => x.lexname === 'noun.person'))) q = role[1]!;
    else if (its && all[index]!.text.toLowerCase().startsWith(p.toLowerCase()) && /^(?:person|org)$/.test(nounClass(its[1]!) ?? '') && nounLemma(its[1]!) === its[1]!.toLowerCase()) {
      const before = all[index - 1];
      const owner = before && before.paragraph > 0 && before.paragraph === all[index]!.paragraph ? priorSubject(before.text, all, index - 1) : null;
      if (owner) {
        q = owner;
        resolution ??= { how: 'pronoun', from: { paragraph: before!.paragraph, sentence: before!.sentence } };
      }
    }
    if (q !== p) changed = true;
    if (!parties.some((x) => sameParty(x, q))) parties.push(q);
  }
  return changed ? { ...a, parties, resolution } : a;
}

const ACTING_FOR = /^the\s+(\p{Ll}[\p{Ll}-]+)\s+(\p{Ll}[\p{Ll}-]+s)$/u;

/** "the two firms in the venture", "the partners to the deal": a plural (1) in or to an agreement described (2). */
const SIDES_OF_DEAL = /^the\s+(?:(?:two|three|four)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?(\p{Ll}[\p{Ll}-]*s)\s+(?:in|to|of|behind)\s+the\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(\p{Ll}[\p{Ll}-]*)$/iu;

function resolveDescriptions(a: Agreement, index: number, all: readonly Sentence[], texts: readonly string[], done: readonly Found[], people: ReadonlySet<string> = new Set()): Agreement {
  a = bodiesForRoles(a, index, all);
  if (!a.parties.some((p) => DESCRIPTION_PARTY.test(p) || SIDES_OF_DEAL.test(p) || (/^\p{L}+s$/u.test(p) && (memberNoun(p) || bodyOfPeople(p, index, texts) !== null)) || collectiveHead(p) || COUNTED_PLURAL.test(p) || PLACED_DESCRIPTION.test(p))) return a;
  // The parties of the agreements found before, nearest first.
  let paragraphStart = index;
  while (paragraphStart > 0 && all[paragraphStart - 1]!.paragraph === all[index]!.paragraph) paragraphStart--;
  const earlier = done.toReversed().flatMap((d) => d.agreement.parties.map((name) => ({ name, index: d.index })));
  const text = texts[index]!;
  let from: number | null = null;
  let how: 'collective' | 'description' | null = null;
  const parties: string[] = [];
  for (const p of a.parties) {
    // "signed a purchase agreement with the two operators", "The two countries agreed": a
    // counted collective no sentence names as a pair is the parties of the agreement just before.
    if (a.resolution === null && (collectiveHead(p) || COUNTED_PLURAL.test(p))) {
      const nations = /\b(?:countries|nations|states|governments)\b/i.test(p);
      const things = collectiveOfThings(p);
      // "both teams", "the two councils": the agreement whose parties were introduced as such
      // ("two cycling teams, X and Y") comes before the nearest one of any kind.
      const headLemma = nounLemma(p.trim().split(/\s+/).at(-1)!);
      const introducedAs = (d: Found): boolean => d.agreement.parties.some((q) => namesIn(texts[d.index]!).some((c) => c.heads.includes(headLemma) && sameParty(c.name, q)));
      const usable = (d: Found): boolean =>
          index - d.index <= 40 &&
          d.agreement.parties.length >= 2 &&
          (!nations || d.agreement.parties.every((q) => isNation(q) || !/\s/.test(q))) &&
          (!things || !peoplePair(texts[d.index]!, d.agreement.parties)) &&
          // "the companies" never stand for a deal that has a person on one side ("co-founders X and Y signed contracts with Z").
          (!things || !hasPeople(texts[d.index]!, d.agreement.parties));
      const before = done.findLast((d) => usable(d) && introducedAs(d)) ?? done.findLast(usable);
      if (before) {
        for (const n of before.agreement.parties) if (!parties.some((q) => sameParty(q, n)) && !a.parties.some((q) => q !== p && sameParty(q, n))) parties.push(n);
        from ??= before.index;
        how ??= 'collective';
        continue;
      }
    }
    // "The Benedictine community at Santa Ilda" after "the Monastery of Santa Ilda": a body
    // described at a place stands for the organisation named earlier whose name holds that place.
    const placed = PLACED_DESCRIPTION.exec(p);
    if (placed && nounClass(placed[1]!) === 'org') {
      const where = placed[2]!;
      let owner: { name: string; k: number } | null = null;
      for (let k = index; k >= 0 && index - k <= 30 && !owner; k--)
        for (const c of namesIn(texts[k]!)) if (c.name !== where && c.name.includes(where)) owner ??= { name: c.name, k };
      if (owner && !parties.some((q) => sameParty(q, owner.name))) {
        parties.push(owner.name);
        from ??= owner.k;
        how ??= 'description';
        continue;
      }
    }
    // "Councillors voted to approve the lease" after "Bexby Town Council signed …", "the
    // trustees had offered …" in a sentence naming "the Inchley Estate Trust": people whose noun is
    // made from their body's (councillor, trustee) stand for the body the article names.
    const ofBody = /^(?:[Tt]he\s+)?\p{L}+s$/u.test(p) ? bodyOfPeople(p, index, texts) : null;
    if (ofBody && !a.parties.some((q) => q !== p && sameParty(q, ofBody.name))) {
      if (!parties.some((q) => sameParty(q, ofBody.name))) parties.push(ofBody.name);
      from ??= ofBody.k;
      how ??= 'description';
      continue;
    }
    // "The Bakers' Guild balloted its members. Members voted to accept …": bare members (WordNet's
    // member.n.01) are the organisation the sentences before (this paragraph's, then the one before) name last.
    if (/^(?:[Tt]he\s+)?\p{L}+$/u.test(p) && /s$/.test(p) && memberNoun(p.split(/\s+/).at(-1)!)) {
      let body: { name: string; k: number } | null = null;
      for (let k = index - 1; k >= 0 && index - k <= 2 && !body; k--)
        for (const c of namesIn(texts[k]!).toReversed()) if (!body && !c.person && !c.place && c.heads.some((h) => nounClass(h) === 'org') && !a.parties.some((q) => q !== p && sameParty(q, c.name))) body = { name: c.name, k };
      if (body) {
        parties.push(body.name);
        from ??= body.k;
        how ??= 'description';
        continue;
      }
    }
    // "The venture's partners agreed …" (the possessor organOwner keeps), "the partnership signed
    // …": a description whose head names an agreement (its kind, by the lexicon or WordNet) stands
    // for the parties of the nearest agreement found before that was called by a noun of that kind.
    // "the two firms in the venture", "the partners to the deal": a plural of persons or bodies
    // (WordNet) in an agreement described is its parties too.
    const inDeal = SIDES_OF_DEAL.exec(p);
    const sides = inDeal !== null && nounLemma(inDeal[1]!) !== inDeal[1]! && /^(?:person|org)$/.test(nounClass(inDeal[1]!) ?? '');
    const dealHead = a.resolution !== null ? null : sides ? nounLemma(inDeal[2]!) : DESCRIPTION_PARTY.test(p) ? nounLemma(p.split(/\s+/).at(-1)!) : null;
    const dealKind = dealHead !== null && isDealLemma(dealHead) ? dealHead : null;
    const calledSo = (d: Found): boolean => d.kind.split(' ').includes(dealKind!) || new RegExp(`(?:^|[\\s-])${dealKind}s?(?![\\p{L}-])`, 'iu').test(d.agreement.noun ?? '');
    const madeAs = dealKind === null ? undefined : done.findLast((d) => index - d.index <= 40 && d.agreement.parties.length >= 2 && calledSo(d));
    if (madeAs) {
      for (const n of madeAs.agreement.parties) if (!parties.some((q) => sameParty(q, n)) && !a.parties.some((q) => q !== p && sameParty(q, n))) parties.push(n);
      from ??= madeAs.index;
      how ??= 'collective';
      continue;
    }
    // "The ministry later cancelled the contract" after "The health ministry has signed a contract
    // with X" (linked to it): a body an earlier deal knew only by this description stays so.
    // (Written in that deal's own sentence: a deal that took the description from a sentence after
    // it, as a lede's "A licensing deal … has collapsed" takes its sides from the next, knew it no earlier.)
    if (DESCRIPTION_PARTY.test(p) && /\s\S+\s/.test(p) && done.some((d) => d.agreement.parties.includes(p) && texts[d.index]!.toLowerCase().includes(p.toLowerCase()))) {
      parties.push(p);
      continue;
    }
    // "The board approved …" after "The Oakhollow school board voted to end its contract with X":
    // the fuller description an earlier deal knew the body by.
    const fuller = fullerDescribedParty(p, done, a.parties);
    if (fuller) {
      if (!parties.some((q) => sameParty(q, fuller.name))) parties.push(fuller.name);
      from ??= fuller.index;
      how ??= 'description';
      continue;
    }
    const at = text.toLowerCase().indexOf(p.toLowerCase());
    // "the series organisers", "the festival trustees": people named by a plural of persons (WordNet)
    // after a noun stand for the body that noun describes, named before ("the Apex Series").
    const acting = ACTING_FOR.exec(p);
    const actingFor = acting && nounClass(acting[2]!) === 'person' && nounLemma(acting[2]!) !== acting[2]! && nounLemma(acting[1]!) === acting[1]! ? `the ${acting[1]}` : null;
    // ("The company's contracts" after "founder Jolliffe Rumbold said the firm …": a body's noun is no
    // one the statements reader heard speak as a person and the article introduced by a role word.)
    const persons = (): string[] => (nounClass(p.split(/\s+/).at(-1)!) === 'org' ? [...people].filter((n) => /\s/.test(n) && introducedByRole(n, texts)) : []);
    const r = DESCRIPTION_PARTY.test(p) ? (resolveDescription(p, texts, index, at >= 0 ? at : 0, [...a.parties.filter((q) => q !== p), ...parties, ...persons()], earlier, paragraphStart) ?? (actingFor === null ? null : resolveDescription(actingFor, texts, index, at >= 0 ? at : 0, [...a.parties.filter((q) => q !== p), ...parties], earlier, paragraphStart))) : null;
    if (!r) {
      // "The Kelby Kings will play … after the hockey team signed …": a description of an
      // organisation no earlier name was introduced with stands for the name this sentence (after
      // its start) or the paragraph's sentence before opens with as subject (not a country, nor a
      // body whose name says it is of another kind: "the union" is not "The Maritime Authority").
      const head = p.trim().split(/\s+/).at(-1)!;
      const topic =
        DESCRIPTION_PARTY.test(p) && /^the\s/i.test(p) && nounClass(head) === 'org'
          ? [at > 0 ? index : -1, index - 1]
              .filter((k) => k >= 0 && all[k]!.paragraph > 0 && all[k]!.paragraph === all[index]!.paragraph)
              .map((k) => ({ k, name: openingSubject(texts[k]!) }))
              // (Not a common noun opening the sentence: "Officials said …".)
              // (Nor, in the sentence before, a side of the deal found there: "The prisons ministry has
              // awarded a contract …" after "Orbis Rockets signed a contract …" is another body.)
              .filter((c) => c.k === index || c.name === null || !done.some((d) => d.index === c.k && overlaps([c.name!], d.agreement.parties)))
              .find((c) => c.name !== null && !(/^\p{Lu}\p{Ll}+$/u.test(c.name) && baseForms(c.name.toLowerCase()).has('noun')) && countryOf(c.name) === null && !otherBody(c.name.replace(/^the\s+/i, ''), nounLemma(head)) && !a.parties.some((q) => sameParty(q, c.name!)) && !parties.some((q) => sameParty(q, c.name!)))
          : undefined;
      if (topic) {
        parties.push(topic.name!);
        from ??= topic.k;
        how ??= 'description';
        continue;
      }
      // "The forces' contract with X": a plural description stands for every name of the article of
      // its kind (the names' own head word that noun or a kind of it, WordNet), when two or more.
      const kind = DESCRIPTION_PARTY.test(p) ? namesOfKind(p, texts, index) : null;
      if (kind && !kind.names.some((n) => a.parties.some((q) => q !== p && sameParty(q, n)))) {
        for (const n of kind.names) if (!parties.some((q) => sameParty(q, n))) parties.push(n);
        from ??= kind.index;
        how ??= 'collective';
        continue;
      }
      // "X and the contractor … have settled …, with Harwick Construction agreeing to pay $4m": a
      // side named later in the sentence as the subject of "with NAME doing" is the description.
      const acting = DESCRIPTION_PARTY.test(p) && at >= 0 ? WITH_ACTING.exec(text.slice(at + p.length)) : null;
      if (acting && !a.parties.some((q) => sameParty(q, acting[1]!)) && !parties.some((q) => sameParty(q, acting[1]!))) {
        parties.push(acting[1]!);
        from ??= index;
        how ??= 'description';
        continue;
      }
      parties.push(p);
      continue;
    }
    for (const n of r.names) if (!parties.some((q) => sameParty(q, n))) parties.push(n);
    from ??= r.index;
    how ??= 'description';
  }
  if (from === null || how === null) return a;
  const resolution = a.resolution ?? { how, from: { paragraph: all[from]!.paragraph, sentence: all[from]!.sentence } };
  return { ...a, parties, resolution };
}

/** "founder Jolliffe Rumbold", "Owner Dewsnap Oxtoby": a name some sentence writes right after a role word. */
function introducedByRole(name: string, texts: readonly string[]): boolean {
  // (Asked for every person the statements heard, for each description of a body in each deal of
  // the document: kept per document's texts, it is one pass over them per name.)
  let known = introducedByRoleMemo.get(texts);
  if (known === undefined) introducedByRoleMemo.set(texts, (known = new Map<string, boolean>()));
  let yes = known.get(name);
  if (yes === undefined) {
    // (A sentence without the name cannot match: most are passed over at once.)
    yes = texts.some((t) => {
      if (!t.includes(name)) return false;
      const word = wordBeforeName(t, name);
      return word !== null && isRoleWord(word.toLowerCase());
    });
    known.set(name, yes);
  }
  return yes;
}
const introducedByRoleMemo = new WeakMap<readonly string[], Map<string, boolean>>();

/**
 * The word of `(?:^|\s)(\p{L}+)\s+NAME(?![\p{L}])`'s first match in `text`, or null: the first place
 * the name is written after spaces and a word of letters only (at the start or after a space), and
 * before no letter. Read by hand, not by a pattern built for each name: every new name's pattern was
 * compiled afresh (its Unicode classes cost milliseconds to compile, for one or two runs), and a
 * record of many people paid that for every person of every document. The first match of the
 * pattern is the name's first such place: each place has one word before it, and words do not overlap.
 */
export function wordBeforeName(text: string, name: string): string | null {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    LETTER_AT.lastIndex = i + name.length;
    if (LETTER_AT.test(text)) continue;
    let j = i;
    while (j > 0 && SPACE.test(text[j - 1]!)) j--;
    if (j === i || j === 0) continue;
    let k = j;
    while (k > 0 && !SPACE.test(text[k - 1]!)) k--;
    const word = text.slice(k, j);
    if (LETTERS.test(word)) return word;
  }
  return null;
}
const LETTER_AT = /\p{L}/uy;
const SPACE = /\s/;
const LETTERS = /^\p{L}+$/u;

/**
 * "Councillors", "the trustees": a plural of persons (WordNet) whose noun is its body's noun and
 * more ("councillor" of "council", "trustee" of "trust"): the nearest name whose own last word is
 * that body's noun, in this sentence before it or in the thirty before (not a person's, no place).
 */
function bodyOfPeople(p: string, index: number, texts: readonly string[]): { name: string; k: number } | null {
  const word = p.replace(/^the\s+/i, '').toLowerCase();
  const lemma = nounLemma(word);
  if (lemma === word || nounClass(word) !== 'person') return null;
  const at = texts[index]!.toLowerCase().indexOf(p.toLowerCase());
  for (let k = index; k >= 0 && index - k <= 30; k--) {
    const names = namesIn(texts[k]!).filter((c) => k < index || c.at < at || at < 0);
    for (const c of names.toReversed()) {
      if (c.person || c.place) continue;
      const own = c.name.split(/\s+/).at(-1)!.toLowerCase();
      if (own.length >= 4 && own !== lemma && lemma.startsWith(own) && synsetsOf(own, 'noun').some((x) => x.lexname === 'noun.group')) return { name: c.name, k };
    }
  }
  return null;
}

/** A leader (WordNet leader.n.01: a chairman, a director, a manager); read lazily. */
let LEADER: ReadonlySet<string> | null = null;

/** Permitting (WordNet: permit, let, enable, entitle), read lazily. */
let PERMIT: ReadonlySet<string> | null = null;
/** " in 2023 lets the firm fly …": the present verb after a deal's phrase (no comma between) and whom it lets act. */
const DEAL_LETS = /^[^,;]*?\s(\p{Ll}+s)\s+((?:the\s+)?(?:[\p{Ll}-]+|\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)*))\s+(?:to\s+)?\p{Ll}+/u;

/** Two people considered as a unit (WordNet "pair", sense 3: a couple, not "the pair" of two firms); read lazily. */
let PAIR: ReadonlySet<string> | null = null;
const COUPLE_NAMES = /(?<![\p{L}\p{M}\p{N}_])(\p{Lu}\p{Ll}+)\s+and\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\p{N}_])/gu;

/** The couple ("Keith and Mary Dunn", `isCouple`) named last in the twenty sentences before `index`. */
function coupleBefore(all: readonly Sentence[], index: number): { name: string; k: number } | null {
  for (let k = index - 1; k >= 0 && index - k <= 20; k--) {
    const hit = [...all[k]!.text.matchAll(COUPLE_NAMES)].findLast((m) => isCouple(m[1]!, m[2]!));
    if (hit) return { name: `${hit[1]!} and ${hit[2]!}`, k };
  }
  return null;
}

/**
 * "the board" (a definite description of one word, a body by WordNet) after a deal one side of
 * which was only described with that head, lower-case (a name's own last word is the name's):
 * "the Oakhollow school board", "the county's housing trust". That side, when exactly one earlier
 * side is so described and it is not this deal's other side; null otherwise.
 */
function fullerDescribedParty(p: string, done: readonly Found[], own: readonly string[]): { name: string; index: number } | null {
  const m = /^the\s+(\p{Ll}[\p{Ll}-]*)$/iu.exec(p.trim());
  if (!m || nounClass(m[1]!) !== 'org' || nounLemma(m[1]!) !== m[1]!.toLowerCase()) return null;
  const head = m[1]!.toLowerCase();
  const fuller = [...new Set(done.flatMap((d) => d.agreement.parties).filter((q) => /^the\s/i.test(q) && /\s\S+\s/.test(q) && q.split(/\s+/).at(-1) === head))];
  if (fuller.length !== 1 || own.some((q) => q !== p && sameParty(q, fuller[0]!))) return null;
  return { name: fuller[0]!, index: done.find((d) => d.agreement.parties.includes(fuller[0]!))!.index };
}

/** The parties most recently named together in this or an earlier sentence (at most 40 back). */
/**
 * "A licensing deal meant to bring X to toy shops has fallen apart, Loxley Toys said. The deal was
 * signed with the doll's maker, Pell Crafts, in March.": a new deal named by no side, whose fate
 * the news leads with, takes its sides from what follows — the definite mention of its kind in
 * the next two sentences, with the organisation that tells of it (a trailing "X said", no person)
 * when that mention names one side only.
 */
function sidesAhead(f: Found, found: readonly Found[], all: readonly Sentence[]): { parties: string[]; from: { paragraph: number; sentence: number }; how: 'description' } | null {
  const a = f.agreement;
  if (a.noun === null || !/^(?:an?|one)\s/i.test(a.noun) || !/^(?:collapsed|voided|rejected|breached)$/.test(a.status)) return null;
  const next = found.find((d) => d.index > f.index && d.index - f.index <= 2 && d.agreement.parties.length > 0 && d.agreement.noun !== null && /^(?:the|this|that)\s/i.test(d.agreement.noun) && sameKind(d.kind, f.kind));
  if (!next) return null;
  const parties = [...next.agreement.parties];
  const teller = reportingExec(all[f.index]!.text, ANNOUNCED_BY)?.[1];
  if (teller && parties.length === 1 && !namesIn(all[f.index]!.text).some((c) => c.person && sameParty(c.name, teller)) && !overlaps([teller], parties)) parties.unshift(partyName(teller));
  return { parties, from: { paragraph: all[next.index]!.paragraph, sentence: all[next.index]!.sentence }, how: 'description' };
}

function collectivePair(index: number, all: readonly Sentence[], pairsAt: (i: number, places?: boolean) => string[] | null): { parties: string[]; from: { paragraph: number; sentence: number }; how?: 'description' } | null {
  for (let k = index; k >= 0 && index - k <= 40; k--) {
    const p = pairsAt(k, k === index);
    if (p) return { parties: p, from: { paragraph: all[k]!.paragraph, sentence: all[k]!.sentence } };
  }
  return null;
}

/** A collective that speaks for parties named earlier: "Both companies said …", "The two sides said …". */
const COLLECTIVE_SPEAKER =
  /^(?:the|both|both\s+the)\s+(?:two\s+|three\s+)?(?:sides|parties|countries|nations|governments|companies|firms|delegations|teams|clubs|unions|banks|airlines|carmakers|automakers|lenders|retailers|ministries|councils|cities|towns|organisations|organizations)$/i;

/**
 * Statements whose speaker is a collective ("Both companies said …") with the speaker resolved
 * to the parties named before it, as agreements resolve "the sides"; other statements as they are.
 */
export function resolveCollectiveSpeakers(
  doc: DocView,
  statements: ReadonlyMap<SentenceKey, readonly Statement[]>,
): Map<SentenceKey, Statement[]> {
  const all = sentencesOf(doc);
  const pairsAt = pairsLookup(all);
  const out = new Map<SentenceKey, Statement[]>();
  all.forEach((s, index) => {
    const key = sentenceKey(s);
    const list = statements.get(key);
    if (!list) return;
    out.set(
      key,
      list.map((st) => {
        const mention = st.speaker.mention.trim();
        if (st.speaker.resolution || !COLLECTIVE_SPEAKER.test(mention)) return st;
        const at = s.text.indexOf(mention);
        const p = resolveParties(mention, at >= 0 ? at : 0, index, all, pairsAt, statements, { paragraph: s.paragraph, sentence: s.sentence });
        if (!p || !p.resolution || p.parties.length < 2) return st;
        const name = `${p.parties.slice(0, -1).join(', ')} and ${p.parties[p.parties.length - 1]!}`;
        return { ...st, speaker: { ...st.speaker, name, resolution: p.resolution } };
      }),
    );
  });
  return out;
}

const DENIAL = /\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed)|ruled\s+out)\b/i;

/** What an agreement verb says became of the agreement. */
function statusOfCue(family: Family, w: string): AgreementStatus {
  if (family === 'sign' || /^ink/.test(w)) return 'signed';
  if (family === 'approve') return /^ratif/.test(w) ? 'ratified' : 'approved';
  return 'reached';
}

/** The object of "approved/ratified" when it is an agreement rather than a plan, a law or a budget. */
const AGREEMENT_OBJECT =
  /^(?:an?|the|their|its|this|that|these|those)?\s*(?:[\p{L}\p{M}\p{N}_'’-]+\s+){0,4}?(?:agreements?|deals?|accords?|pacts?|treaty|treaties|settlements?|mergers?|acquisitions?|takeovers?|contracts?|ceasefires?|cease-fires?|truces?|memorand(?:um|a)|compacts?|arrangements?|protocols?|conventions?|charters?)\b/iu;

/** The clause of a joint announcement that commits its makers: "that they would/will …", "that both will …". */
const JOINT_PLEDGE = /^that\s+(?:they|we|both|all|the\s+[\p{L}\p{M}\p{N}_]+(?:\s+[\p{L}\p{M}\p{N}_]+)?)\s+(?:would|will|are\s+to|were\s+to|had\s+agreed|have\s+agreed)\b/iu;

/** A preposition that opens a sentence with a phrase of time or place ("At noon, …", "In Oslo, …"). */
const OPENING_PREPOSITION = /^(?:At|On|In|By|After|Before|During|Since|Until|From|Following|Earlier|Later)$/;

/** Cheap pre-filter: most sentences have no cue at all. */
const CUE_HINT =
  /\b(?:(?:jointly|together)\s+(?:announced?|announces|declared|stated|confirmed|said)|agree[ds]?|(?:after|before|since|upon|by)\s+(?:agreeing|signing)|decide[ds]?|pledge[ds]?|vow(?:ed|s)?|promise[ds]?|commit(?:ted|s)?|resolved|undertook|consented|reach(?:ed|es)?|struck|strikes?|conclude[ds]?|ink(?:ed)?|seal(?:ed)?|clinch(?:ed)?|sign(?:ed|s)?|approve[ds]?|endorse[ds]?|adopt(?:ed)?|ratif(?:y|ie[ds]))\b/i;

interface Parties {
  readonly parties: readonly string[];
  readonly mention: string;
  readonly resolution: Resolution | null;
}

/** ", members of the Tinworkers' Union,": the body an apposition says the subject's people belong to. */
const MEMBERS_SET_OFF = /^\s*,\s*members\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)\s*,/u;

function agreementsIn(
  s: Sentence,
  index: number,
  all: readonly Sentence[],
  pairsAt: (i: number, places?: boolean) => string[] | null,
  statements: ReadonlyMap<SentenceKey, readonly Statement[]>,
): Agreement[] {
  // ('said they had "jointly agreed" to cancel …': quotes around a short phrase holding the cue mark
  // its words as the sides' own, not a quote the clause stops at; read without them, same offsets.)
  const text = s.text.replace(SCARE_QUOTED, (m, open: string, inner: string, close: string) => (CUE_FAMILY.has(inner.trim().split(/\s+/).pop()!) ? `${' '.repeat(open.length)}${inner}${' '.repeat(close.length)}` : m));
  if (/\?\s*["”’]?\s*$/.test(text)) return [];
  const tokens = tokenize(text);
  const here = { paragraph: s.paragraph, sentence: s.sentence };
  const found: Array<{ cueTok: number; cue: string; actionStart: number; parties: Parties; status: AgreementStatus }> = [];

  // "the agreement signed by X and Y": the parties follow "by".
  PASSIVE_SIGNED.lastIndex = 0;
  let pm: RegExpExecArray | null;
  const passiveCues = new Set<number>();
  while ((pm = PASSIVE_SIGNED.exec(text)) !== null) {
    const after = pm.index + pm[0].length;
    const ti = tokens.findIndex((t) => t.start >= after);
    if (ti < 0) continue;
    const list = partyListAfter(text, tokens, ti);
    if (!list) continue;
    const cueTok = tokens.findIndex((t) => t.start >= pm!.index + pm![1]!.length && CUE_FAMILY.has(t.text));
    if (cueTok >= 0) passiveCues.add(cueTok);
    let action = pm[1]!;
    let actionStart = pm.index;
    const tail = text.slice(list.end);
    const comma = /^[^,.;]*,\s*/.exec(tail);
    if (/^\s*Under\b/.test(text.slice(0, pm.index)) && comma) {
      actionStart = list.end + comma[0].length;
      action = trimAction(text.slice(actionStart));
    }
    const cue = tokens[cueTok]?.text ?? 'signed';
    found.push({ cueTok: cueTok >= 0 ? cueTok : ti, cue, actionStart, parties: { parties: list.parties, mention: list.mention, resolution: null }, status: cue === 'signed' ? 'signed' : 'reached' });
    void action;
  }

  // "The panel ruled that the new rota had been agreed at length by both unions": whatever was
  // agreed, both sides at once agreed it (the collective resolved as a subject is, to two parties).
  PASSIVE_BY_BOTH.lastIndex = 0;
  while ((pm = PASSIVE_BY_BOTH.exec(text)) !== null) {
    const cueAt = pm.index + pm[0].search(/\b(?:agreed|signed)\b/);
    const cueTok = tokens.findIndex((t) => t.start === cueAt);
    if (cueTok < 0 || passiveCues.has(cueTok)) continue;
    const both = pm[2]!;
    const sides = resolveParties(both, pm.index + pm[0].length - both.length, index, all, pairsAt, statements, here);
    if (!sides || sides.parties.length < 2) continue;
    passiveCues.add(cueTok);
    found.push({ cueTok, cue: pm[1]!, actionStart: pm.index, parties: sides, status: pm[1] === 'signed' ? 'signed' : 'reached' });
  }

  for (let ti = 0; ti < tokens.length; ti++) {
    // Headlines are often in title case ("Russia, Turkey Agree to Extend Ceasefire").
    const w = s.paragraph === 0 ? tokens[ti]!.text.toLowerCase() : tokens[ti]!.text;
    // "X and Y jointly announced that they would …": an announcement made together is a joint
    // decision (it needs two parties, as "decided" does).
    // "Rovers moved there in 2019 after agreeing a ground-share with Ashby Town": a gerund of
    // agreeing or signing after a preposition of time, its subject the main clause's.
    const gerund = /^(?:agreeing|signing)$/.test(w) && /^(?:after|before|since|upon|by)$/i.test(tokens[ti - 1]?.text ?? '') && ti > 1;
    const family = CUE_FAMILY.get(w) ?? (gerund ? (w === 'agreeing' ? 'agree' : 'sign') : undefined) ?? (reportsClause(w) && /^(?:jointly|together)$/i.test(tokens[ti - 1]?.text ?? '') ? 'decide' : undefined);
    if (!family || passiveCues.has(ti)) continue;
    // "Corso's agreed tie-up with X collapsed": a participle after a possessor modifies the deal
    // noun after it (the noun reader's), no verb of agreeing.
    if (/^(?:agreed|signed|proposed)$/.test(w) && /\S['’]s?$/u.test(tokens[ti - 1]?.text ?? '')) continue;
    // "struck down the settlement": a phrasal verb WordNet files whole is read by the deal reader.
    if (/^(?:down|off|out)$/i.test(tokens[ti + 1]?.text ?? '')) {
      const lemma = tag(text, { entities: false }).tokens.find((t) => t.start === tokens[ti]!.start)?.lemma;
      if (lemma && verbStatus(`${lemma}_${tokens[ti + 1]!.text.toLowerCase()}`)) continue;
    }
    // Base "agree" only as a plural present ("the two sides agree to"), never after to/modals.
    // "after signing a 20-year lease with X": a gerund's object may be any noun, its partner after "with".
    const complement = complementAfter(text, tokens, ti, family, w, s.paragraph === 0) ?? (gerund ? gerundObject(text, tokens, ti) : null);
    if (!complement) continue;
    // A joint announcement counts when it is of what they will do ("that they would provide …"), not of a fact.
    if (!CUE_FAMILY.has(w) && !gerund && !JOINT_PLEDGE.test(text.slice(complement.start))) continue;
    // "X denied that it had reached a deal": a denial states no agreement.
    if (DENIAL.test(text.slice(0, tokens[ti]!.start))) continue;
    // "after agreeing a ten-year deal with Ashby Town": the partner follows the object.
    let gerundWith = complement.with;
    if (gerund && !gerundWith) {
      const m = /^(?:[^\s,.;]+\s+){1,6}?with\s+/u.exec(text.slice(complement.start));
      const k = m ? tokens.findIndex((t) => t.start >= complement.start + m[0].length) : -1;
      gerundWith = k >= 0 ? (partyListAfter(text, tokens, k)?.parties ?? null) : null;
    }
    if (gerund && !gerundWith) continue;
    const opening = gerund ? openingSubject(text) : null;
    if (gerund && !opening) continue;
    const subject = opening ? { text: opening, start: text.indexOf(opening) } : subjectBefore(text, tokens, ti, s.paragraph === 0);
    if (subject === 'blocked') continue;
    // "Neither side has agreed", "No country signed": a negated subject.
    if (subject && /^(?:neither|no|none|nobody|not)\b/i.test(subject.text)) continue;
    let parties: Parties | null = null;
    if (subject) parties = resolveParties(subject.text, subject.start, index, all, pairsAt, statements, here);
    // "Vell's workshop staff, members of the Tinworkers' Union, ratified a pay deal": the body they
    // are members of, set off after the subject, is a side too (as "Members of X at Y" makes X one).
    const union = subject && parties ? MEMBERS_SET_OFF.exec(text.slice(subject.start + subject.text.length)) : null;
    if (parties && union && !overlaps([union[1]!], parties.parties)) parties = { ...parties, parties: [...parties.parties, partyName(union[1]!)] };
    else if (found.length > 0 && /\band\s*$|,\s*$/.test(text.slice(0, tokens[ti]!.start))) parties = found[found.length - 1]!.parties;
    if (!parties) continue;
    const partners = gerund ? gerundWith : complement.with;
    if (partners) parties = { ...parties, parties: [...parties.parties, ...partners] };
    const head = parties.mention.trim().split(/\s+/).pop()!.toLowerCase();
    // ("Two other franchisees, in Inchley and Eskdale, agreed new contracts": a counted plural is several parties.)
    const plural = parties.parties.length >= 2 || COLLECTIVE_HEAD.test(parties.mention.trim()) || isGroupWord(head) || /^(?:two|three|four|five|six)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s\b/iu.test(parties.mention.trim());
    if (family === 'agree' && (complement.that || complement.object) && !plural) continue;
    // Body text reports agreements in the past; a bare "agree" there is a demand or a plan
    // ("insisted that the union agree to …") unless a collective is its subject.
    if (BASE_FORMS.has(w) && s.paragraph !== 0 && !plural) continue;
    // One party's decision, pledge or commitment is no agreement; several parties' is a joint one.
    if ((family === 'decide' || family === 'pledge' || family === 'commit') && !plural) continue;
    // "The owners also decided to raise the fee": the people of one body (a bare definite plural of
    // a person noun, WordNet: not counted, not "both") deciding is that body's decision, not a joint one.
    if (family === 'decide' && parties.parties.length === 1 && !parties.resolution && PEOPLE_OF_ONE.test(parties.mention.trim()) && nounLemma(head) !== head && nounClass(nounLemma(head)) === 'person') continue;
    // "Corin said she had agreed to speak at the launch": one person consenting to an act of her own
    // is no agreement (one party's decision), unless the act deals with someone named or is a
    // transaction (see `ownAct`).
    if (family === 'agree' && !partners && parties.parties.length === 1 && !plural && ownAct(text, complement.start, parties, all, index, statements)) continue;
    // "Tarr had agreed to refit Dev and Mina Rowe's kitchen": whose thing the agreed act is done to
    // is the other side of it.
    const owner = family === 'agree' && !partners && parties.parties.length === 1 ? actedOnOwner(text.slice(complement.start), parties.parties[0]!) : null;
    if (owner) parties = { ...parties, parties: [...parties.parties, owner] };
    // Approving or ratifying is an outcome of an agreement only when what is approved is one:
    // "approved the merger", "ratified the treaty"; "approved the budget" is one party's decision.
    if (family === 'approve' && !AGREEMENT_OBJECT.test(text.slice(complement.start))) continue;
    // "Both boards signed off on the merger": to sign off on an agreement is to approve it.
    const signedOff = family === 'sign' && /^off$/i.test(tokens[ti + 1]?.text ?? '') && AGREEMENT_OBJECT.test(text.slice(tokens[ti + 1]!.end).replace(/^\s*on\s+/, ''));
    found.push({ cueTok: ti, cue: tokens[ti]!.text, actionStart: complement.start, parties, status: signedOff ? 'approved' : statusOfCue(family, w) });
  }
  found.sort((a, b) => a.cueTok - b.cueTok);
  for (const f of found) {
    const fate = participleFate(text, tokens[f.cueTok]!.start);
    if (fate) f.status = fate;
  }

  const quoteEnd = quoteEndAfter(text, statements.get(sentenceKey(s)) ?? []);
  return found.map((f, k) => {
    const next = found[k + 1];
    let end = next ? tokens[next.cueTok]!.start : text.length;
    if (next) {
      // Step back over the next cue's own subject and the "and" that joins them.
      const head = text.slice(0, end);
      const m = /(?:,?\s+and\s+|,\s*|;\s*)(?:(?:the|both|all)\s+)?(?:[\p{L}'’.-]+\s+){0,4}?(?:(?:also|then|later|jointly)\s+)?$/u.exec(head.slice(f.actionStart));
      if (m && m.index > 0) end = f.actionStart + m.index;
    }
    const qEnd = quoteEnd(tokens[f.cueTok]!.start);
    if (qEnd !== null && qEnd < end) end = qEnd;
    // "Although the House approved the measures, the Senate …": the clause ends at its comma.
    if (SUBORDINATE_OPENER.test(text.slice(0, tokens[f.cueTok]!.start))) {
      const comma = text.indexOf(',', f.actionStart);
      if (comma > 0 && comma < end) end = comma;
    }
    let actionText = text.slice(f.actionStart, end);
    // A headline's trailing attribution is not part of the deal: "… Ceasefire - Lavrov".
    if (s.paragraph === 0) actionText = actionText.replace(HEADLINE_ATTRIBUTION, '');
    // "… agree to prisoner swap, no deal on ceasefire": a headline's second clause is another story.
    if (s.paragraph === 0) actionText = actionText.replace(/,\s*(?:no|not|but|yet|still no)\b.*$/isu, '');
    const action = trimAction(actionText);
    return { parties: f.parties.parties, mention: f.parties.mention, cue: f.cue, action, resolution: f.parties.resolution, status: f.status, noun: null, refersTo: null };
  }).filter((a) => /\s/.test(a.action));
}

/**
 * "An earlier draft, agreed by X and Y in 2020, was rejected by the regulator", "The accord, signed
 * in 2011, was breached": a participle of making set off by commas after the deal says it was made;
 * the main verb after the closing comma says what became of it since (rejected, voided, breached or
 * collapsed, by WordNet's verb classes), and that is its status. Null when no such verb follows.
 */
function participleFate(text: string, cueAt: number): AgreementStatus | null {
  if (!/,\s*$/.test(text.slice(0, cueAt))) return null;
  const tokens = tag(text, { entities: false }).tokens;
  const c = tokens.findIndex((t) => t.start === cueAt);
  if (c < 0 || tokens[c]!.pos !== 'VERB' || !/ed$/.test(tokens[c]!.text)) return null;
  let k = c + 1;
  while (k < tokens.length && k - c < 14 && tokens[k]!.text !== ',' && tokens[k]!.pos !== 'VERB' && !/^[;:.]$/.test(tokens[k]!.text)) k++;
  if (tokens[k]?.text !== ',') return null;
  k++;
  let passive = false;
  while (k < tokens.length && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) {
    if (tokens[k]!.lemma === 'be') passive = true;
    k++;
  }
  const verb = tokens[k];
  if (!verb || verb.pos !== 'VERB' || verb.text === verb.lemma) return null;
  const particle = tokens[k + 1] && /^(?:ADP|ADV|PART)$/.test(tokens[k + 1]!.pos) ? verbStatus(`${verb.lemma}_${tokens[k + 1]!.text.toLowerCase()}`) : null;
  const status = particle ?? verbStatus(verb.lemma);
  return status !== null && (passive || status === 'collapsed') && /^(?:rejected|voided|breached|collapsed)$/.test(status) ? status : null;
}

/** A quoted phrase of one to three words, closed before a space and a lower-case word ('"jointly agreed" to'). */
const SCARE_QUOTED = /(?<=\s)(["“])((?:\p{Ll}+\s+){0,2}\p{Ll}+)(["”])(?=\s+\p{Ll})/gu;

/** If position `pos` lies inside a direct quote of this sentence, where that quote ends. */
function quoteEndAfter(text: string, statements: readonly Statement[]): (pos: number) => number | null {
  const ranges: Array<[number, number]> = [];
  for (const st of statements) {
    if (!st.direct) continue;
    const at = text.indexOf(st.content);
    if (at >= 0) ranges.push([at, at + st.content.length]);
  }
  return (pos) => {
    for (const [a, b] of ranges) if (pos >= a && pos < b) return b;
    // A quote opened before the cue and closed after it, even without a statement.
    const before = text.slice(0, pos);
    const opens = (before.match(/[“«]/g)?.length ?? 0) + ((before.match(/"/g)?.length ?? 0) % 2);
    const closes = before.match(/[”»]/g)?.length ?? 0;
    if (opens > closes) {
      const rest = text.slice(pos);
      const c = CLOSE_QUOTES.exec(rest);
      if (c && (c[0] !== '’' || !/\p{L}/u.test(rest[c.index + 1] ?? ''))) return pos + c.index;
    }
    return null;
  };
}

/** Where a clause joined by a contrasting conjunction begins: the agreement ends there. */
const CONTRAST = /(?:,\s*|\s+)(?:but|while|whereas|although|though|yet)\s|;\s/;

function trimAction(s: string): string {
  const contrast = CONTRAST.exec(s);
  if (contrast && contrast.index > 0) s = s.slice(0, contrast.index);
  // Only the tail can hold a trailing "…, he said": keep the search short on long sentences.
  const cut = Math.max(0, s.length - 200);
  const tail = s.slice(cut);
  let t = s.slice(0, cut) + tail.replace(reportingRegex(tail, TRAILING_APPOSITION_CUE, true), (m, a: string, b: string) => (FULL_NAME.test(a) || FULL_NAME.test(b) ? '' : m)).replace(reportingRegex(tail, TRAILING_CUE, true), '');
  t = t.replace(/^[\s,:;"“”‘’]+/, '').replace(/[\s,:;"“”«»—–-]+$/, '');
  if (t.endsWith('.') && !/(?:(?<![\p{L}\p{M}\p{N}_])\p{Lu}|\.\p{L}{1,3})\.$/u.test(t.slice(-6))) t = t.slice(0, -1);
  return t.replace(/[\s,:;]+$/, '');
}

/** "signing a 20-year lease with X": the object (up to six words) and the partner named after "with". */
function gerundObject(text: string, tokens: readonly Token[], ti: number): Complement | null {
  const start = tokens[ti + 1]?.start;
  if (start === undefined) return null;
  const m = /^(?:[^\s,.;]+\s+){1,6}?with\s+/u.exec(text.slice(start));
  const k = m ? tokens.findIndex((t) => t.start >= start + m[0].length) : -1;
  const list = k >= 0 ? partyListAfter(text, tokens, k) : null;
  return list ? { start, with: list.parties, that: false } : null;
}

/**
 * Whether "agreed to …" at `from` is one person's consent to an act of their own: the party is a
 * person (a name the sentence, or the one its pronoun was resolved from, introduces as one), the
 * complement an infinitive whose verb's first sense (WordNet) is no transfer of possession (buying,
 * paying, selling, leasing), and nothing after it names anyone (no capitalised word) or a deal.
 */
function ownAct(text: string, from: number, subject: Parties, all: readonly Sentence[], index: number, statements: ReadonlyMap<SentenceKey, readonly Statement[]>): boolean {
  const m = /^to\s+(\p{Ll}+)(?![\p{L}\p{M}\p{N}_])([^.;]*)/u.exec(text.slice(from));
  if (!m) return false;
  const party = subject.parties[0]!;
  // A person: "he" or "she", a name the sentence introduces as one, or one the statements reader found speaking as one.
  const spoke = (k: number): boolean => (statements.get(sentenceKey(all[k]!)) ?? []).some((st) => st.speaker.kind === 'person' && sameParty(st.speaker.name, party));
  let person = /^(?:he|she)$/i.test(subject.mention.trim()) || namesIn(text).some((c) => c.person && sameParty(c.name, party));
  for (let k = index; !person && k >= 0 && index - k <= 3; k--) person = spoke(k);
  if (!person) return false;
  const verb = synsetsOf(m[1]!, 'verb', 1)[0];
  // ("has agreed to plead guilty": an act of a dispute, or one WordNet files under the law in one
  // of its first four senses, is a plea deal's or a witness's with the other side.)
  const legal = synsetsOf(m[1]!, 'verb', 4).some((x) => x.pointers.some((p) => p.symbol === ';c' && (synsetAt(p.pos, p.offset)?.words.includes('law') ?? false)));
  if (!verb || verb.lexname === 'verb.possession' || dealNounKind(m[1]!) !== null || disputeNoun(m[1]!) !== null || disputeVerb(m[1]!) || legal) return false;
  const rest = m[2]!;
  return !/\p{Lu}/u.test(rest) && !rest.split(/[^\p{L}-]+/u).some((w) => w.length > 2 && (isDealLemma(nounLemma(w)) || isKindWord(w)));
}

/** "to refit Dev and Mina Rowe's kitchen": after an infinitive, the names owning its object (no place, not `subject`). */
const ACTED_ON_OWNER = /^to\s+(\p{Ll}+)\s+((?:\p{Lu}[\p{L}'’.-]*\s+(?:and\s+)?){0,3}\p{Lu}[\p{L}.-]*)['’]s?\s+(?:[\p{L}\d-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)(?![\p{L}\p{M}\p{N}_'’])/u;

function actedOnOwner(action: string, subject: string): string | null {
  const m = ACTED_ON_OWNER.exec(action);
  // (The verb may be one WordNet lacks, "to rethatch"; the owned thing is a noun it files.)
  if (!m || synsetsOf(nounLemma(m[3]!), 'noun', 1).length === 0) return null;
  const owner = m[2]!.trim();
  if (sameParty(owner, subject) || countryOf(owner) !== null || namesIn(action).some((c) => c.place && sameParty(c.name, owner))) return null;
  return partyName(owner);
}

interface Complement {
  readonly start: number;
  readonly with: readonly string[] | null;
  readonly that: boolean;
  /** "X and Y have agreed a new timetable": a bare object, an agreement only of several parties. */
  readonly object?: true;
}

function complementAfter(text: string, tokens: readonly Token[], ti: number, family: Family, w: string, headline: boolean): Complement | null {
  const prev = tokens[ti - 1]?.text;
  if ((w === 'agree') && (prev === undefined || HYPOTHETICAL.has(prev) || NEGATORS.has(prev) || prev === 'and' || prev === 'or')) return null;
  let pos = skipAdverbials(text, tokens[ti]!.end);
  IN_PRINCIPLE.lastIndex = pos;
  // "agreed early on Friday to …": an adverb, then the time it qualifies.
  if (IN_PRINCIPLE.test(text)) pos = skipAdverbials(text, IN_PRINCIPLE.lastIndex);
  let withParty: string[] | null = null;
  // "agreed with each other to …": the subject's parties agreed among themselves.
  RECIPROCAL.lastIndex = pos;
  if (RECIPROCAL.test(text)) pos = RECIPROCAL.lastIndex;
  if (family === 'agree' || family === 'reach' || family === 'sign') {
    WITH.lastIndex = pos;
    if (WITH.test(text)) {
      const ti2 = tokens.findIndex((t) => t.start >= WITH.lastIndex);
      const list = ti2 >= 0 ? partyListAfter(text, tokens, ti2) : null;
      if (!list) return null;
      withParty = list.parties;
      pos = skipAdverbials(text, list.end);
      IN_PRINCIPLE.lastIndex = pos;
      if (IN_PRINCIPLE.test(text)) pos = IN_PRINCIPLE.lastIndex;
    }
  }
  const rest = text.slice(pos).replace(/^[\s,]+/, '');
  const start = text.length - rest.length;
  const isThat = /^that\b/.test(rest);
  switch (family) {
    case 'agree':
      // "agreed with X that …" shares X's view; "agreed with X to/on …" is a commitment.
      if (withParty && isThat) return null;
      if (COMPLEMENT.test(rest) || DEAL_OBJECT.test(rest)) {
        // "agreed to plead guilty to fraud in a deal with prosecutors": the partner of the deal
        // the commitment is made in (a noun of agreement, by WordNet) is the other party.
        const clause = /^[^,;]*/.exec(rest)![0];
        const inDeal = withParty || isThat ? null : /\b(?:in|under|as\s+part\s+of)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+with\s+/u.exec(clause);
        // "agreed to a consent decree with the state Department of Water": the partner of what
        // the subject agreed to (a noun phrase, whatever its noun) is the other party.
        const agreedTo = withParty || isThat || inDeal ? null : /^to\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+with\s+/u.exec(clause);
        const toNoun = agreedTo !== null && baseForms(agreedTo[1]!).has('noun');
        if ((inDeal && isDealLemma(inDeal[1]!.toLowerCase())) || toNoun) {
          const m = toNoun ? agreedTo : inDeal!;
          const k = tokens.findIndex((t) => t.start >= start + m.index + m[0].length);
          const list = k >= 0 ? partyListAfter(text, tokens, k) : null;
          if (list) withParty = list.parties;
        }
        return { start, with: withParty, that: isThat };
      }
      // "agreed a £45 million fee with Porto Verde", "agreed terms with the lenders": what was
      // agreed is the object, the partner follows it.
      if (!withParty) {
        const obj = AGREED_OBJECT.exec(rest) ?? AGREED_OBJECT_SET_OFF.exec(rest);
        if (obj) {
          // The partner's names by the tagger: "with Porto Verde for winger Tiago Sá" names Porto Verde.
          const tagged = tag(text, { entities: false }).tokens;
          const k = tagged.findIndex((t) => t.start >= start + obj[0].length);
          // ("agreed a rent with the freeholder, Stobhill Estates, until …": a definite role set off by the one name after its comma, `apposedName`.)
          const described = k >= 0 && !namesAt(tagged, k, text) ? apposedName(tagged, k, text, true) : null;
          const run = k >= 0 ? (namesAt(tagged, k, text) ?? described) : null;
          // (The set-off name closes its apposition, no reporting clause: "with its staff, X said" names no partner.)
          const setOff = !AGREED_OBJECT.test(rest) || described !== null;
          const after = run ? tagged.findIndex((t) => t.start >= run.end) : -1;
          const closes = after < 0 || /^[.;]$/.test(tagged[after]!.text) || (tagged[after]!.text === ',' && tagged[after + 1]?.pos !== 'VERB');
          if (run && (!setOff || closes)) return { start, with: run.names, that: false };
        }
      }
      // Headline English drops the preposition: "Airlines agree purchase of 60 jets".
      if (headline && /^[\p{L}\d$€£]/u.test(rest) && !/^(?:with|and|or|but)\b/.test(rest)) return { start, with: withParty, that: false };
      // "X and Y have agreed a new royalty regime", "agreed terms": whatever the object, several
      // parties agreeing it made an agreement (one party's "agreed a budget" is a decision: the caller asks for several).
      if (!withParty && BARE_OBJECT.test(rest) && !PREPOSITION_START.test(rest) && !TIME_OBJECT.test(rest)) return { start, with: null, that: false, object: true };
      return null;
    case 'decide':
      return /^(?:to|that|on|upon|against)\b/.test(rest) ? { start, with: null, that: isThat } : null;
    case 'pledge':
      if (/^(?:to|that|an?|the|more|further|support|aid|funds|full|its|their)\b|^[\d$€£]/.test(rest)) return { start, with: null, that: isThat };
      return null;
    case 'commit':
      if (w === 'committed' && /^(?:themselves|itself|ourselves|himself|herself)\s+to\b/.test(rest)) return { start, with: null, that: false };
      return /^to\b/.test(rest) ? { start, with: null, that: false } : null;
    case 'reach':
    case 'sign': {
      // ("signed heads of terms", "reached final terms": the terms of a deal, as its document, are one made.)
      const obj = PREPOSITION_START.test(rest) ? null : (DEAL_OBJECT.exec(rest) ?? SIGNED_TERMS.exec(rest));
      if (!obj) return family === 'sign' && /^(?:on|up)\s+to\b/.test(rest) ? { start, with: withParty, that: false } : null;
      // "reached an agreement with the rail operator on pay": the partner follows the object.
      // ("reached an agreement in principle with the school district": the qualifier between.)
      let after = start + obj[0].length;
      IN_PRINCIPLE.lastIndex = after;
      if (IN_PRINCIPLE.test(text)) after = IN_PRINCIPLE.lastIndex;
      WITH.lastIndex = after;
      if (!withParty && WITH.test(text)) {
        const ti2 = tokens.findIndex((t) => t.start >= WITH.lastIndex);
        const list = ti2 >= 0 ? partyListAfter(text, tokens, ti2) : null;
        if (list) withParty = list.parties;
      }
      return { start, with: withParty, that: false };
    }
    case 'approve':
      // "adopted a child", "endorsed a candidate" are not decisions on a text: those two need
      // a policy-like object; "approved"/"ratified" take any.
      if (/^(?:adopt|endorse)/.test(w) && !POLICY_OBJECT.test(rest)) return null;
      return /^(?:an?|the|\$|\d|plans?|new|legislation|measures?|funding)\b|^\p{Lu}|^[$€£]/u.test(rest) ? { start, with: null, that: false } : null;
  }
}

/** The subject before the cue, or 'blocked' when a negation or hypothetical governs it. */
/** Whether the word at `start` of `text` is a verb of finding or ruling (wink-nlp's tag and lemma): "was found", "was ruled". */
function verbAt(text: string, start: number): boolean {
  return tag(text, { entities: false }).tokens.some((x) => x.start === start && x.pos === 'VERB' && DECLARE_VERBS.has(x.lemma));
}

/** Whether the word at `start` of `text` is tagged an adverb (wink-nlp). */
/** A word WordNet files as an adverb and, as a noun, only under time ("today", "yesterday"). */
function timeAdverb(w: string): boolean {
  const nouns = synsetsOf(w, 'noun');
  return nouns.length > 0 && nouns.every((x) => x.lexname === 'noun.time') && synsetsOf(w, 'adv').length > 0;
}

function adverbAt(text: string, start: number): boolean {
  return tag(text, { entities: false }).tokens.some((x) => x.start === start && x.pos === 'ADV');
}

/**
 * Whether the "and" at token `a` joins two lower-case nouns ("door locks and alarm systems"): the
 * word before it is a noun (WordNet, as written or by its base; the tagger may read "locks" as a
 * verb) and the word after it no verb by the tags.
 */
function nounsJoined(text: string, tokens: readonly Token[], a: number): boolean {
  const prev = tokens[a - 1];
  const next = tokens[a + 1];
  if (!prev || !next || !/^\p{Ll}+$/u.test(prev.text) || !/^\p{Ll}[\p{Ll}-]*$/u.test(next.text)) return false;
  const noun = (w: string): boolean => synsetsOf(w, 'noun').length > 0 || (baseForms(w).get('noun') ?? []).some((b) => synsetsOf(b, 'noun').length > 0);
  if (!noun(prev.text)) return false;
  const pos = tag(text, { entities: false }).tokens.find((x) => x.start === next.start)?.pos;
  return pos !== 'VERB' && pos !== 'AUX';
}

function subjectBefore(text: string, tokens: readonly Token[], ti: number, headline = false): { text: string; start: number } | null | 'blocked' {
  // "The fifteen countries of the group — those that use the currency — agreed": the dashes
  // set off an aside; the subject stands before it.
  if (/^[—–]$/.test(tokens[ti - 1]?.text ?? '')) {
    let k = ti - 2;
    while (k > 0 && ti - k < 25 && !/^[—–]$/.test(tokens[k]!.text)) k--;
    if (k > 0 && /^[—–]$/.test(tokens[k]!.text)) return subjectBefore(text, tokens, k, headline);
  }
  let i = ti - 1;
  for (let guard = 0; i >= 0 && guard < 8; guard++) {
    const t = tokens[i]!.text;
    if (NEGATORS.has(t) || t.endsWith("n't")) return 'blocked';
    if (HYPOTHETICAL.has(t)) return 'blocked';
    if (SUBJECT_SKIP.has(t)) i--;
    // "The council has instead reached", "X first signed": an adverb the tagger reads as one
    // stands between the subject and its verb.
    else if (/^\p{Ll}+$/u.test(t) && adverbAt(text, tokens[i]!.start)) i--;
    // "X today announced a definitive agreement": a word of time the tagger reads as a noun that
    // WordNet also knows as an adverb (today, yesterday, tonight).
    else if (/^\p{Ll}+$/u.test(t) && timeAdverb(t)) i--;
    else if (CALENDAR_WORDS.has(t) && tokens[i - 1]?.text === 'on') i -= 2;
    else if (/^(?:week|month|year)$/.test(t) && /^(?:last|this)$/.test(tokens[i - 1]?.text ?? '')) i -= 2;
    else break;
  }
  if (i < 0) return null;
  // A conditional or a question word earlier in the clause makes it hypothetical.
  for (let k = i; k >= 0 && ti - k < 25; k--) {
    const t = tokens[k]!.text;
    if (t === ',' || t === ';' || t === '"' || t === '“' || t === '”') break;
    if (/^(?:if|If|unless|Unless|whether|Whether)$/.test(t)) return 'blocked';
  }
  // "The city and the contractor that built its roof have settled": a relative clause with no
  // commas (a verb, as the tagger reads it, after "that"/"who") closes the second party of a list.
  for (let k = i - 1; k > 1 && i - k < 10 && !/^[,;:]$/.test(tokens[k]!.text); k--) {
    if (!/^(?:that|who)$/.test(tokens[k]!.text) || !/^\p{Ll}+$/u.test(tokens[k - 1]!.text)) continue;
    const verbNext = tag(text, { entities: false }).tokens.some((x) => x.start === tokens[k + 1]!.start && x.pos === 'VERB');
    if (verbNext && tokens.slice(Math.max(0, k - 6), k).some((x) => x.text === 'and')) i = k - 1;
    break;
  }
  let last = tokens[i]!.text;
  // "The airline, which is the third largest in China, signed": skip the relative clause.
  if (last === ',') {
    // "The EU, in turn, committed", "The airline, which …, signed": skip the inserted clause.
    let k = i - 1;
    // ("which delivers to about 9,000 homes": a comma glued between digits is part of a number.)
    const inNumber = (c: number): boolean => /^\d+$/.test(tokens[c - 1]?.text ?? '') && /^\d+$/.test(tokens[c + 1]?.text ?? '') && tokens[c - 1]!.end === tokens[c]!.start && tokens[c]!.end === tokens[c + 1]!.start;
    while (k >= 0 && (tokens[k]!.text !== ',' || inNumber(k)) && i - k < 20) k--;
    const opener = tokens[k + 1]?.text ?? '';
    const inserted =
      /^(?:which|who|whose)$/.test(opener) ||
      /^[a-z]+(?:ed|en|ing)$/.test(opener) ||
      (i - k <= 5 && /^(?:in|for|on|however|meanwhile|too|though|also|likewise|instead|moreover|by|at|as|then|now)$/.test(opener)) ||
      // "AirTanker Ltd., an EADS-led consortium, have signed", "X and Y, two of the largest
      // traders, agreed": an apposition (a determiner or a number opens it) after a name.
      // Up to sixteen words: "X, one of the oldest shipping insurers in the North Sea trade, has agreed".
      (i - k <= 16 &&
        /^(?:a|an|the|both|all|some|several|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(opener) &&
        k > 0 &&
        isCap(tokens[k - 1]!.text) &&
        // "two walking clubs that have mapped the moor's paths for decades": a relative clause inside it too.
        // ("the maker of door locks and alarm systems": an "and" between two nouns joins no clause.)
        (i - k <= 9 || !tokens.slice(k + 1, i).some((x, n) => /^(?:said|says|or|but)$/.test(x.text) || (x.text === 'and' && !nounsJoined(text, tokens, k + 1 + n))))) ||
      // "Vell's workshop staff, members of the Tinworkers' Union, ratified": what the people are members of.
      (i - k <= 9 && opener === 'members' && tokens[k + 2]?.text === 'of' && k > 0 && /^\p{Ll}+$/u.test(tokens[k - 1]!.text)) ||
      // "Ana Ruiz, chief engineer at Loxley Rail, has signed": a person's role with no article.
      // ("X, maker of saddles and bridles since 1903, signed": an "and" between two nouns joins no clause.)
      (i - k <= 9 && /^\p{Ll}/u.test(opener) && k > 0 && isCap(tokens[k - 1]!.text) && isRoleWord(opener) && !tokens.slice(k + 1, i).some((x, n) => /^(?:said|says|or|but|that|which|who)$/.test(x.text) || (x.text === 'and' && !nounsJoined(text, tokens, k + 1 + n))));
    if (k > 0 && inserted) {
      i = k - 1;
      last = tokens[i]!.text;
    } else if (
      k > 0 &&
      tokens[k]!.text === ',' &&
      i - k > 1 &&
      isCap(tokens[k + 1]!.text) &&
      tokens.slice(k + 1, i).every((x) => x.text === 'and' || x.text === '&' || x.text === 'of' || isCap(x.text)) &&
      // "The former finance director, Neil Brask, has agreed": one name after a description that
      // opens the sentence with an article and holds a lower-case noun.
      (tokens.slice(k + 1, i).some((x) => x.text === 'and') || (/^(?:A|An|The)$/.test(tokens[0]!.text) && tokens.slice(1, k).some((x) => /^\p{Ll}{3,}$/u.test(x.text)) && !tokens.slice(0, k).some((x) => /^[,;:"“”]$/.test(x.text))))
    ) {
      // "Two of the largest bus companies in the region, Greyline Coaches and Moorland Bus
      // Company, have agreed": a description, then the names it stands for between commas.
      return { text: text.slice(tokens[k + 1]!.start, tokens[i - 1]!.end), start: tokens[k + 1]!.start };
    }
  }
  if (PRONOUNS.has(last)) return { text: last, start: tokens[i]!.start };
  // "agreed to A and pledged to B": the second cue has no subject of its own.
  if (last === 'and' || last === ',' || last === 'or') return null;
  let j = i;
  let sawAnd = false;
  /** "the shipping line Nordvell Lines": lower-case words between a determiner and a name describe it. */
  const describes = (k: number): boolean => {
    let d = k;
    // ("a Marlingford wedding venue": a place's name right after the article is a modifier too.)
    while (d >= 0 && k - d < 3 && (/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[d]!.text) || (d > 0 && isCap(tokens[d]!.text) && /^(?:the|a|an)$/i.test(tokens[d - 1]!.text))) && !/^(?:the|a|an)$/.test(tokens[d]!.text)) d--;
    return d >= 0 && /^(?:the|a|an)$/i.test(tokens[d]!.text);
  };
  /** Relative clauses cut out of a party list, as character ranges (latest first). */
  const cut: Array<[number, number]> = [];
  let loose = 0;
  let lastLoose = -1;
  while (j >= 0 && i - j < 50) {
    const t = tokens[j]!.text;
    if (t === 'and' || t === '&') {
      sawAnd = true;
      j--;
      continue;
    }
    if (t === ',') {
      // Only inside a list of names: "China, Russia and Iran agreed".
      const before = tokens[j - 1]?.text ?? '';
      // "the European Central Bank (ECB), the Bank of Japan and …": an acronym in brackets after a name.
      if (sawAnd && before === ')' && tokens[j - 3]?.text === '(' && isCap(tokens[j - 4]?.text ?? '')) {
        cut.push([tokens[j - 4]!.end, tokens[j - 1]!.end]);
        j -= 4;
        continue;
      }
      // "At 0800 UTC, the Bank of X and …": a phrase of time or place that opens the sentence is no party.
      let e0 = j - 1;
      while (e0 > 0 && tokens[e0 - 1]!.text !== ',') e0--;
      const adverbial = e0 === 0 && OPENING_PREPOSITION.test(tokens[0]?.text ?? '');
      // "Tarnwell, the region's biggest water utility, and the pipe maker X signed", "Brisk, a
      // family-run firm from Leckby, and Orme agreed": an apposition set off after the first
      // name (an indefinite article opens it, or "the" with a common noun at its end) describes
      // that name; it is no party of its own.
      if (sawAnd && !adverbial) {
        let k = j - 1;
        while (k >= 0 && tokens[k]!.text !== ',' && j - k <= 16) k--;
        const open = tokens[k + 1]?.text ?? '';
        const described = /^(?:a|an|one)$/.test(open) || (open === 'the' && /^\p{Ll}[\p{Ll}-]*$/u.test(before));
        if (k >= 1 && tokens[k]!.text === ',' && j - k > 2 && described && isCap(tokens[k - 1]!.text) && !tokens.slice(k + 1, j).some((x) => /^(?:and|or|said|says)$/.test(x.text))) {
          cut.push([tokens[k]!.start, tokens[j]!.start]);
          j = k - 1;
          continue;
        }
      }
      // Headlines drop the "and": "Russia, Turkey agree …".
      if ((sawAnd || headline) && isCap(before) && !CAP_FUNCTION_WORDS.has(before) && !adverbial) {
        j--;
        continue;
      }
      // "Netflix, which distributes the film, and the institute agreed": a relative clause
      // after the first party is left out of the list.
      if (sawAnd) {
        let k = j - 1;
        while (k >= 0 && tokens[k]!.text !== ',' && j - k <= 15) k--;
        if (k >= 1 && tokens[k]!.text === ',' && /^(?:which|who|whose)$/.test(tokens[k + 1]?.text ?? '') && isCap(tokens[k - 1]!.text)) {
          cut.push([tokens[k]!.start, tokens[j]!.start]);
          j = k - 1;
          continue;
        }
      }
      break;
    }
    if (partyTokenOk(t)) j--;
    // ("Quorley's Hardware on Mizzle Yard in Withenfold": "on" between two names, the second a street's, no day's.)
    else if (t === 'on' && j > 0 && j < i && isCap(tokens[j - 1]!.text) && isCap(tokens[j + 1]!.text) && !CALENDAR_WORDS.has(tokens[j + 1]!.text) && !MONTHS.has(tokens[j + 1]!.text)) j--;
    // "Members of Local 417 ratified": a number closing a name (after a word of it, not a month's) is part of it.
    else if (/^\d+$/.test(t) && j === i && j > 0 && isCap(tokens[j - 1]!.text) && partyTokenOk(tokens[j - 1]!.text)) j--;
    // "X and more than 9,000 of its passengers agreed": a counted share of a group (a number
    // before "of", after one or two adverbs, comparatives or prepositions, as the tagger reads them).
    else if (/^\d[\d,.]*$/.test(t) && tokens[j + 1]?.text === 'of') {
      const tagged = tag(text, { entities: false }).tokens;
      // "9,000" is three tokens here.
      while (j >= 2 && tokens[j - 1]!.text === ',' && /^\d+$/.test(tokens[j - 2]!.text) && tokens[j - 1]!.start === tokens[j - 2]!.end && tokens[j]!.start === tokens[j - 1]!.end) j -= 2;
      j--;
      for (let q = 0; q < 2 && j >= 0 && tagged.some((x) => x.start === tokens[j]!.start && /^(?:ADV|ADJ|ADP)$/.test(x.pos)) && tokens[j]!.text !== 'and'; q++) j--;
    }
    else if (loose < 3 && (looseWord(t) || (/^\p{Ll}+ing$/u.test(t) && describes(j))) && (j === i || !isCap(tokens[j + 1]!.text) || describes(j))) {
      loose++;
      lastLoose = j;
      j--;
    } else break;
  }
  let start = j + 1;
  if (lastLoose === start && j >= 0 && !/^[,;:"“”‘’«»()—–-]$/.test(tokens[j]!.text)) start++;
  while (start <= i && /^(?:of|for|from|and|at|in|with|by)$/.test(tokens[start]!.text)) start++;
  if (start > i) {
    // "the leaders, who agreed": the subject is before the relative pronoun's comma.
    if (/^(?:who|which|that)$/.test(tokens[i]!.text) && tokens[i - 1]?.text === ',') return subjectBefore(text, tokens, i - 1, headline);
    return null;
  }
  // "The two militias fighting over the river crossings agreed", "the firms based in Ohio
  // signed": the words before the cue end a participle phrase; the subject is before it.
  const preposition = tokens[start - 1]?.text ?? '';
  const participle = tokens[start - 2]?.text ?? '';
  // "a consortium led by X": an irregular participle, as the tagger reads it; "a builder sued over a
  // flooded kitchen": a short one.
  const participleAt = (k: number): boolean => tag(text, { entities: false }).tokens.some((x) => x.start === tokens[k]!.start && x.pos === 'VERB' && x.text !== x.lemma && /^\p{Ll}+$/u.test(x.text));
  if (/^(?:over|in|on|at|for|from|with|by|near|across|along|against|under|behind|to)$/.test(preposition) && (/^[a-z]{3,}(?:ing|ed)$/.test(participle) || ((preposition === 'by' || /^[a-z]+ed$/.test(participle)) && start >= 2 && participleAt(start - 2)))) {
    const outer = subjectBefore(text, tokens, start - 2, headline);
    // "Saltrec and a consortium led by Renvik Water": a body of common nouns led, owned or run by a
    // name is known by that name.
    const agent = text.slice(tokens[start]!.start, tokens[i]!.end);
    const common = outer && outer !== 'blocked' && preposition === 'by' && isCap(agent) ? /(\s+(?:and|&)\s+)(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.exec(outer.text) : null;
    if (outer && outer !== 'blocked' && common) return { text: outer.text.slice(0, common.index) + common[1] + agent, start: outer.start };
    // "A consortium led by Tom Kerr", "a group of nine publishers led by X": the whole subject so.
    if (outer && outer !== 'blocked' && preposition === 'by' && isCap(agent) && /^(?:an?|the)\s+(?:[\p{Ll}\d-]+\s+){0,4}[\p{Ll}-]+$/iu.test(outer.text)) return { text: agent, start: tokens[start]!.start };
    if (outer && outer !== 'blocked') return outer;
  }
  const head = tokens[i]!.text;
  // An ordinary noun heads a subject only when a determiner or a name opens it ("the ferry operator").
  const opener = tokens[start]!.text;
  // "No country signed": a negated subject.
  if (/^(?:No|no|Neither|neither)$/.test(tokens[start - 1]?.text ?? '')) return null;
  if (!isCap(head) && !isNpLowerWord(head.toLowerCase().replace(/['’]s?$/, '')) && !(isCap(opener) || /^(?:the|a|an|its|their|both|all)$/.test(opener)))
    return null;
  // A modifier ("city", "state") heads the subject when a determiner governs it: "the city agreed".
  const determined = i > 0 && /^(?:the|The|a|an|its|their|both|Both)$/.test(tokens[i - 1]!.text);
  if (NP_MODIFIERS.has(head.toLowerCase()) && !isCap(head) && !partyHead(head) && !determined) return null;
  const relative = relativeHead(text, tokens, start);
  if (relative) return relative;
  let subject = text.slice(tokens[start]!.start, tokens[i]!.end);
  for (const [a, b] of cut) subject = subject.slice(0, a - tokens[start]!.start) + subject.slice(b - tokens[start]!.start);
  return { text: subject, start: tokens[start]!.start };
}

/**
 * "An angling club whose pond flooded after a road was built on the next field has settled its
 * claim", "The company that runs the Torvane tramway has ended its contract": the words found before
 * the verb close a relative clause with no commas (whose, that, who, which and a verb) on a noun
 * phrase that opens the sentence with an article; that phrase is the subject, not the clause's last noun.
 */
function relativeHead(text: string, tokens: readonly Token[], start: number): { text: string; start: number } | null {
  if (!/^(?:A|An|The)$/.test(tokens[0]?.text ?? '')) return null;
  // ("A foundry accused of dusting the hamlet with ash has settled": a reduced relative clause, a
  // past participle as the tagger reads it right after the opening noun, stands where the pronoun would.)
  const pronoun = tokens.findIndex((t, n) => n < start && /^(?:whose|that|which)$/.test(t.text));
  // (The tags only when a word before the subject may be a participle: most subjects have none.)
  const participleShaped = (t: Token, n: number): boolean => n >= 2 && n < start - 1 && /^\p{Ll}+(?:ed|en)$/u.test(t.text);
  if (pronoun < 2 && (pronoun >= 0 || !tokens.some(participleShaped))) return null;
  const tagged = tag(text, { entities: false }).tokens;
  const posAt = (n: number): string => tagged.find((x) => x.start === tokens[n]!.start)?.pos ?? '';
  const reduced = pronoun >= 0 ? -1 : tokens.findIndex((t, n) => participleShaped(t, n) && posAt(n) === 'VERB' && /^(?:NOUN|PROPN)$/.test(posAt(n - 1)) && /^(?:ADP|VERB|DET|PART)$/.test(posAt(n + 1)));
  const k = pronoun >= 0 ? pronoun : reduced;
  if (k < 2 || tokens.slice(k, start).some((t) => /^[,;:—–()"“”]$/.test(t.text))) return null;
  // ("The race returned in 2019 after the circuit and the organisers signed": a verb of the main
  // clause, then a clause of its own that a conjunction opens, is no reduced relative.)
  if (k === reduced && tokens.slice(k + 1, start).some((t, n) => posAt(k + 1 + n) === 'SCONJ' || /^(?:after|before|when|while|as|because|since|until|once|if|though|although|where)$/.test(t.text))) return null;
  // The phrase before the pronoun: an article, modifiers and a noun ("An angling club"), no verb.
  if (!tokens.slice(1, k).every((_, n) => /^(?:NOUN|PROPN|ADJ|NUM)$/.test(posAt(n + 1)) || tokens[n + 1]!.text === '-') || !/^(?:NOUN|PROPN)$/.test(posAt(k - 1))) return null;
  // The clause has a verb of its own: "whose pond flooded", "that runs".
  // ("The firm that Acme bought": a subject of its own may come first.)
  if (k === pronoun && !tokens.some((_, n) => n > k && n < start && /^(?:VERB|AUX)$/.test(posAt(n)))) return null;
  return { text: text.slice(tokens[0]!.start, tokens[k - 1]!.end), start: tokens[0]!.start };
}

function partyTokenOk(t: string): boolean {
  if (!isWord(t)) return false;
  if (isCap(t)) return !CAP_FUNCTION_WORDS.has(t) && !CALENDAR_WORDS.has(t) && !PRONOUNS.has(t);
  const base = t.toLowerCase().replace(/['’]s?$/, '');
  return isNpLowerWord(t) || isNpLowerWord(base) || /^(?:de|von|van|al|bin)$/.test(t);
}

/**
 * The two bodies (no person, no place, no country) the sentence before `index` names, in the same
 * paragraph, when it names exactly two; else null.
 */
function twoBodiesBefore(index: number, all: readonly Sentence[]): string[] | null {
  const before = all[index - 1];
  if (!before || before.paragraph !== all[index]!.paragraph || before.paragraph === 0) return null;
  const distinct = bodiesIn(before.text);
  return distinct.length === 2 ? distinct : null;
}

/** The bodies (no person, no place, no country; a name of two words or more) a sentence names, each once. */
function bodiesIn(text: string, modifiers = true): string[] {
  // ("its Heritage Twist design": a name before a noun of its own modifies it, and is no body, when asked.)
  const tokens = modifiers ? [] : tag(text, { entities: false }).tokens;
  const modifier = (n: { name: string; at: number }): boolean => tokens.find((t) => t.start >= n.at + n.name.length)?.pos === 'NOUN';
  const names = namesIn(text).filter((n) => !n.person && !n.place && countryOf(n.name) === null && /\s/.test(n.name.trim()) && (modifiers || !modifier(n)));
  return names.map((n) => partyName(n.name)).filter((n, k, a) => a.findIndex((m) => sameParty(m, n)) === k);
}

/**
 * The two bodies of the nearest sentence before `index` (up to four back, this paragraph or the one
 * before, never the headline) that names two bodies or more, when it names exactly two and opens
 * with one of them as the subject of its verb ("X had accused Y of …", "X sued Y"): the sides a
 * later "the parties" or "both sides" stands for. Null otherwise.
 */
function opposingBodiesBefore(index: number, all: readonly Sentence[]): { parties: string[]; k: number } | null {
  const here = all[index]!.paragraph;
  for (let k = index - 1; k >= 0 && index - k <= 4; k--) {
    const s = all[k]!;
    if (s.paragraph === 0 || here - s.paragraph > 1) return null;
    const bodies = bodiesIn(s.text, false);
    if (bodies.length < 2) continue;
    if (bodies.length > 2 || peoplePair(s.text, bodies)) return null;
    const subject = openingSubject(s.text);
    return subject !== null && sameParty(subject, bodies[0]!) ? { parties: bodies, k } : null;
  }
  return null;
}

/** A head ending in a reporting verb and what may stand between it and its clause: "said on Monday that ". */
const REPORTED_CLAUSE = String.raw`(?<![\p{L}\p{M}\p{N}_])VERB(?:\s+(?:on|late|early|last)?\s*\p{Lu}?\p{Ll}+)?\s+(?:that\s+)?$`;

function resolveParties(
  subject: string,
  subjectStart: number,
  index: number,
  all: readonly Sentence[],
  pairsAt: (i: number, places?: boolean) => string[] | null,
  statements: ReadonlyMap<SentenceKey, readonly Statement[]>,
  here: { paragraph: number; sentence: number },
): Parties | null {
  // "The company itself paid …": an emphatic reflexive after the subject is no part of it.
  const bare = subject.trim().replace(/\s+(?:itself|themselves)$/i, '');
  const lower = bare.toLowerCase();
  if (lower === 'it') {
    // "Tessa Ltd, Inc., a maker of …, today announced that it has …": the subject of the
    // reporting verb of this sentence, after a dateline and an apposition.
    const reporter = reportingSubject(all[index]!.text.slice(0, subjectStart));
    if (reporter) return { parties: [reporter], mention: bare, resolution: { how: 'pronoun', from: here } };
    // "She rejected Harlow's claim that it had cancelled the contract": "it" in a clause "that"
    // opens right after a name's possession (its claim, view, argument) is that name.
    const claimant = CLAIMANT_THAT.exec(all[index]!.text.slice(0, subjectStart))?.[1];
    if (claimant && countryOf(claimant) === null && !namesIn(all[index]!.text).some((c) => c.person && sameParty(c.name, claimant))) return { parties: [partyName(claimant)], mention: bare, resolution: { how: 'pronoun', from: here } };
    // "X said it had signed …": the organisation or country that just spoke.
    const hit = recentCollectiveSpeaker(index, all, statements);
    // "The company has applied for a grant. It has also signed a deal with …": the subject of the
    // sentence before in the paragraph, a name or an organisation described ("the company").
    const before = all[index - 1];
    // ("Last year it signed …": a phrase of time may open the sentence before it.)
    const opens = (subjectStart === 0 || OPENING_TIME.test(all[index]!.text.slice(0, subjectStart))) && before !== undefined && before.paragraph === all[index]!.paragraph;
    // "Zennor Patrols said it disputed the account. The City Commission voted to hire … . It also
    // approved …": a speaker of a sentence further back gives way to the subject of the one just before.
    const further = hit !== null && opens && (statements.get(sentenceKey(before)) ?? []).length === 0 && !(hit.from.paragraph === before.paragraph && hit.from.sentence === before.sentence);
    if (hit && !further) return { parties: [hit.name], mention: bare, resolution: { how: 'pronoun', from: hit.from } };
    if (opens) {
      const subject = priorSubject(before.text, all, index - 1);
      if (subject) return { parties: [subject], mention: bare, resolution: { how: 'pronoun', from: { paragraph: before.paragraph, sentence: before.sentence } } };
    }
    if (hit) return { parties: [hit.name], mention: bare, resolution: { how: 'pronoun', from: hit.from } };
    return null;
  }
  // "X and Y said on Monday that they will merge": "they" after a reporting verb are the names
  // the reporting subject lists (two or more, before the verb).
  if (lower === 'they' && reportingExec(all[index]!.text.slice(0, subjectStart), REPORTED_CLAUSE) !== null) {
    // ("Two of Halden's oldest removal firms, X and Y, said …": the description the names stand in apposition to is none of them.)
    const own = namedParties(all[index]!.text, subjectStart)?.filter((p) => !/\s\p{Ll}[\p{Ll}-]*$/u.test(p));
    if (own && own.length >= 2) return { parties: own, mention: bare, resolution: { how: 'collective', from: here } };
  }
  if (lower === 'he' || lower === 'she' || lower === 'we' || lower === 'i') {
    // ("She signed …" where no one spoke before: the person the sentences just before name, `personBefore`.)
    const first = lower === 'we' || lower === 'i';
    const before = (): { name: string; from: { paragraph: number; sentence: number } } | null => {
      const named = first ? null : personBefore(index, all, statements);
      return named ? { name: named.name, from: { paragraph: all[named.k]!.paragraph, sentence: all[named.k]!.sentence } } : null;
    };
    const hit = recentSpeaker(index, all, statements, first) ?? before();
    if (!hit) return lower === 'we' || lower === 'i' ? null : { parties: [bare], mention: bare, resolution: null };
    return { parties: [hit.name], mention: bare, resolution: { how: 'pronoun', from: hit.from } };
  }
  // "Velda, the drivers' union, said that its members had accepted …": a body's own people (a
  // plural of persons, WordNet) stand for the body that reports it.
  const ownPeople = /^(?:its|their)\s+([\p{Ll}-]+s)$/u.exec(bare);
  if (ownPeople && nounClass(ownPeople[1]!) === 'person') {
    const reporter = reportingSubject(all[index]!.text.slice(0, subjectStart));
    if (reporter) return { parties: [reporter], mention: bare, resolution: { how: 'pronoun', from: here } };
    // "The drivers' union Velda said its members …": the organisation the statements reader found speaking here.
    const speaker = (statements.get(sentenceKey(all[index]!)) ?? []).find((st) => st.speaker.kind === 'organisation' && all[index]!.text.indexOf(st.speaker.mention) < subjectStart);
    if (speaker) return { parties: [speaker.speaker.name], mention: bare, resolution: { how: 'pronoun', from: here } };
  }
  // "The couple had turned down an offer from the thatcher" after "Dev and Mina Rowe's
  // cottage": a pair of people (WordNet: a kind of pair) is the couple named last before.
  const pairOf = /^the\s+\p{Ll}+$/iu.test(bare) && isKindOf(nounLemma(lower.slice(4)), 'noun', (PAIR ??= senseKeys('noun', ['pair', 3])), 1) ? coupleBefore(all, index) : null;
  if (pairOf) return { parties: [pairOf.name], mention: bare, resolution: { how: 'description', from: { paragraph: all[pairOf.k]!.paragraph, sentence: all[pairOf.k]!.sentence } } };
  // "A merger of the two ferry operators on the estuary has fallen apart. X and Y had
  // agreed in May to …": a definite counted plural in the lede (the first body sentence, so no pair
  // was named before it) is the pair the next sentence of its paragraph names together (never two people).
  const ahead = /^the\s+(two|three)\s+(?:[\p{L}-]+\s+){0,3}?\p{Ll}[\p{Ll}-]*s(?:\s+(?:in|of|on|at|from)\s+[^,;]+)?$/iu.exec(bare);
  if (ahead && all[index]!.paragraph > 0 && (all[index - 1]?.paragraph ?? 0) === 0 && all[index + 1]?.paragraph === all[index]!.paragraph && pairsAt(index, false) === null) {
    const p = pairsAt(index + 1, false);
    if (p && p.length === (ahead[1]!.toLowerCase() === 'two' ? 2 : 3) && !peoplePair(all[index + 1]!.text, p)) return { parties: p, mention: bare, resolution: { how: 'collective', from: { paragraph: all[index + 1]!.paragraph, sentence: all[index + 1]!.sentence } } };
  }
  if (collectiveHead(bare) || COUNTED_PLURAL.test(bare) || (COLLECTIVE_ANYWHERE.test(bare) && !/(?<![\p{L}\p{M}\p{N}_])\p{Lu}/u.test(bare.replace(/^The\b/, '')))) {
    // This sentence before the subject first, then earlier sentences, most recent first.
    // "both countries" / "the two nations" prefer a pair of countries when one was named.
    const nations = /\b(?:countries|nations|states|governments|capitals)\b/i.test(bare);
    // "the two leaders", "the pair": people, so not a pair of countries ("Australia and India
    // share a vision", said one of them).
    const people = /\b(?:leaders|men|women|presidents|ministers|premiers|chiefs|pair|heads of state|counterparts)\b/i.test(bare);
    const fits = (p: readonly string[]): boolean => (!nations || p.every((x) => isNation(x))) && (!people || !p.every((x) => isNation(x)));
    // "the companies", "both banks", "the two countries": a plural of organisations or places
    // never stands for two people named together ("founders Rosa Lind and Omar Fye").
    const things = !people && collectiveOfThings(bare);
    const possible = (p: readonly string[], k: number): boolean => !things || !peoplePair(all[k]!.text, p);
    const own = namedParties(all[index]!.text, subjectStart);
    if (own && fits(own) && possible(own, index)) return { parties: own, mention: bare, resolution: { how: 'collective', from: here } };
    let fallback: Parties | null = own && possible(own, index) ? { parties: own, mention: bare, resolution: { how: 'collective', from: here } } : null;
    // "Analysts at X and Y said …": a pair named as where people (a plural WordNet files as persons)
    // work acted on nothing together; "the two companies" look past it.
    const workplaces = (p: readonly string[], k: number): boolean => {
      const at = all[k]!.text.indexOf(p[0]!);
      const m = at > 0 ? /(?:^|\s)(\p{L}\p{Ll}+s)\s+(?:at|from|for|with)\s+(?:the\s+)?$/u.exec(all[k]!.text.slice(0, at)) : null;
      return m !== null && nounClass(m[1]!.toLowerCase()) === 'person';
    };
    for (let k = index - 1; k >= 0 && index - k <= 40; k--) {
      const p = pairsAt(k, false);
      if (!p || !possible(p, k) || (things && workplaces(p, k))) continue;
      const found: Parties = { parties: p, mention: bare, resolution: { how: 'collective', from: { paragraph: all[k]!.paragraph, sentence: all[k]!.sentence } } };
      if (fits(p)) return found;
      fallback ??= found;
    }
    // "Tessel Rail hired Brant Bus in 2020. The pair have now agreed to merge.": with no pair named
    // together, "the pair" / "the two companies" are the two bodies the sentence before names.
    // "Brisco Freight sued Halden Shipping … . Both sides settled": "the sides", "the parties" stand
    // for two bodies as the pair does.
    if (!fallback && /^(?:the\s+pair|(?:the|both)\s+(?:two\s+)?\p{Ll}+s|both)$/iu.test(bare) && (!/\s\p{Ll}+s$/u.test(bare) || things || /\s(?:sides|parties)$/i.test(bare))) {
      const two = twoBodiesBefore(index, all);
      // (Never two people: "Jan Holm and Eva Rusk met …" leaves "the companies" to the deal before.)
      // ("Both sides" / "the parties": the sentence before sets its subject against the other body,
      // "X sued Y"; not a deal of one with the other's place named.)
      const opposed = !/\s(?:sides|parties)$/i.test(bare) || (two !== null && sameParty(openingSubject(all[index - 1]!.text) ?? '', two[0]!));
      if (two && opposed && !peoplePair(all[index - 1]!.text, two)) return { parties: two, mention: bare, resolution: { how: 'collective', from: { paragraph: all[index - 1]!.paragraph, sentence: all[index - 1]!.sentence } } };
      // "Brisco Freight had sued Halden Shipping. Halden denied it. … The terms were not disclosed.
      // The parties signed …": further back, the nearest sentence naming two bodies or more, when it
      // names exactly two and sets its subject against the other.
      const opposing = opposingBodiesBefore(index, all);
      if (opposing) return { parties: opposing.parties, mention: bare, resolution: { how: 'collective', from: { paragraph: all[opposing.k]!.paragraph, sentence: all[opposing.k]!.sentence } } };
    }
    return fallback ?? { parties: [lowerThe(bare)], mention: bare, resolution: null };
  }
  // "Airlines Skyra and Eastwind … . The carriers had agreed …": a plural of common nouns right
  // after a pair was named stands for that pair (only the sentence before, or the one before it).
  if (BARE_PLURAL.test(bare) && !/\p{Lu}/u.test(bare.replace(/^The\b/, ''))) {
    for (let k = index - 1; k >= 0 && index - k <= 2; k--) {
      const p = pairsAt(k, false);
      if (p && p.length >= 2) return { parties: p, mention: bare, resolution: { how: 'collective', from: { paragraph: all[k]!.paragraph, sentence: all[k]!.sentence } } };
    }
  }
  // "Three water companies in the south will share …. They are X, Y and Z.": a counted plural of
  // bodies not named yet stands for the names the next two sentences give, when they give exactly
  // that many (no person, no place).
  const counted = /^(Two|Three|Four|Five|Six)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+s)\b/u.exec(bare);
  if (counted && subjectStart === 0 && collectiveOfThings(`the ${counted[2]!}`)) {
    const want = ['Two', 'Three', 'Four', 'Five', 'Six'].indexOf(counted[1]!) + 2;
    const names: string[] = [];
    for (let k = index + 1; k < all.length && k <= index + 2; k++)
      for (const c of namesIn(all[k]!.text)) if (!c.person && !c.place && !names.some((n) => sameParty(n, c.name))) names.push(partyName(c.name));
    if (names.length === want) return { parties: names, mention: bare, resolution: { how: 'collective', from: { paragraph: all[index + 1]!.paragraph, sentence: all[index + 1]!.sentence } } };
  }
  // "Officials from X and Y agreed": the parties are X and Y.
  const from = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:officials|representatives|delegations?|delegates|negotiators|envoys|diplomats|leaders|ministers|members)\s+(?:from|of)\s+(.+)$/iu.exec(bare);
  // "A consortium of X and Y agreed": a new group (indefinite; WordNet: first a noun of groups) of
  // names listed is those names ("the government of X and Y" is X's government and Y).
  const groupOf = from ? null : /^[Aa]n?\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+of\s+((?:the\s+)?\p{Lu}.*\sand\s.+)$/u.exec(bare);
  const members = groupOf && synsetsOf(nounLemma(groupOf[1]!), 'noun', 1)[0]?.lexname === 'noun.group' ? groupOf[2]! : null;
  // "Members of the Velda union at Kell Buses voted to accept": a body's members at their workplace
  // act for the body, with the workplace (a name) as the other side.
  const workplace = from && /\bmembers\s+of\s/i.test(bare) ? /^(.+?)\s+at\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)$/u.exec(from[1]!) : null;
  // "Staff at Corby Foods will get a rise under a pay deal": the people of a workplace (a plural of
  // persons or a group of them, WordNet) stand for the named workplace on its deal.
  const staff = from || members ? null : /^(\p{L}\p{Ll}+)\s+at\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|&))*)$/u.exec(bare);
  const staffLemma = staff ? nounLemma(staff[1]!.toLowerCase()) : null;
  const workforce = staff && staffLemma && ((nounClass(staffLemma) === 'person' && staffLemma !== staff[1]!.toLowerCase()) || synsetsOf(staffLemma, 'noun', 1)[0]?.lexname === 'noun.group') ? staff[2]! : null;
  const parts = workplace
    ? [...splitParties(workplace[1]!), ...splitParties(workplace[2]!)]
    : splitParties(from ? from[1]! : (members ?? workforce ?? bare), setOffAsPeople(all[index]!.text, bare));
  if (parts.length === 0) return null;
  const capital = parts.length === 1 ? capitalOf(parts[0]!) : null;
  if (capital) return { parties: [capital], mention: bare, resolution: { how: 'capital', from: here } };
  // "Hale and Lopes agreed": surnames of people who spoke earlier take their full names.
  const full = parts.map((p) => (/^\p{Lu}[\p{L}'’-]+$/u.test(p) ? speakerBySurname(p, index, all, statements) : null));
  // "Kyiv and Moscow agree": each capital stands for its government.
  const parties = parts.map((p, i) => full[i]?.name ?? (parts.length > 1 ? capitalOf(p) : null) ?? partyName(p));
  const one = full.length === 1 ? full[0] : null;
  return { parties, mention: bare, resolution: one ? { how: 'surname', from: one.from } : null };
}

/** "… Harlow's claim that ": a name's possession (a lower-case noun, up to two words before it), then "that", ending the text. */
const CLAIMANT_THAT = /((?:the\s+)?\p{Lu}[\p{L}&.-]*(?:\s+(?:\p{Lu}[\p{L}&.-]*|of|&))*)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+that\s+$/u;

/** The name a sentence opens with as the subject of its verb ("Hollin Foods is expanding …"), by the tagger. */
function openingSubject(text: string, adverbs = false): string | null {
  const tokens = tag(text, { entities: false }).tokens;
  const first = /^the$/i.test(tokens[0]?.text ?? '') ? 1 : 0;
  let k = first;
  const proper = (x: number): boolean => tokens[x]?.pos === 'PROPN' && !CAP_FUNCTION_WORDS.has(tokens[x].text);
  for (;;) {
    while (k < tokens.length && proper(k)) k++;
    // "The Tyneford Museum of Industry and Labour holds …": "of" inside a name, and an "and" that
    // joins one name's two fields (not two names: "Harlow and Kelso signed").
    if (k > first && /^(?:of|for|&)$/.test(tokens[k]?.text ?? '') && proper(k + 1)) k++;
    else if (k > first && tokens[k]?.text === 'and' && proper(k + 1)) {
      let e = k + 1;
      while (proper(e)) e++;
      if (!oneName(text.slice(tokens[first]!.start, tokens[k - 1]!.end), text.slice(tokens[k + 1]!.start, tokens[e - 1]!.end))) break;
      k++;
    } else break;
  }
  // "Pennant also owns …": an adverb before the verb, when asked.
  const v = adverbs && tokens[k]?.pos === 'ADV' ? k + 1 : k;
  if (k === first || !/^(?:VERB|AUX)$/.test(tokens[v]?.pos ?? '')) return null;
  return text.slice(tokens[first]!.start, tokens[k - 1]!.end);
}

/**
 * The subject a sentence opens with, for an "it" in the next: a name ("Tidal Works has …") or a
 * definite organisation noun ("The company has …", by WordNet) resolved to the name it stands for.
 */
/** "Dogs from Pell Security will guard the yard under a": the main clause's subject (or whose things it is), then "under" and the deal's determiner. */
const UNDER_MADE_WITH = /^(?:(?:\p{L}[\p{L}-]*\s+){1,3}(?:from|of)\s+)?((?:the\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+(?:\p{Lu}[\p{L}&'’-]*|of|&))*)\s+(?:will|would|has|have|had|is|are|was|were|\p{Ll}+s|\p{Ll}+ed)\s+[^,;]*\bunder\s+(?:(?:a|an|the)\s+)?(?:[\p{L}\d-]+\s+){0,3}$/u;

/** "… for the Harbour Media group under a contract": the name after "for" (and its one lower-case head) right before "under" and the deal's determiner. */
const UNDER_FOR = /\bfor\s+(?:the\s+)?(\p{Lu}[\p{L}&'’-]*(?:\s+(?:\p{Lu}[\p{L}&'’-]*|of|&))*)(?:\s+\p{Ll}+)?\s+under\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** "The ferry Saint Bride is owned by X": a thing (a described subject that is neither a body nor a person) and who owns or runs it. */
const THING_HELD_BY = /^The\s+(\p{Ll}[\p{Ll}-]*)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:is|was|are|were|has\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+ed)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|of|&))*)/u;

/**
 * "The ferry Saint Bride is owned by Corran Marine. Its charter contract with …": a deal of a
 * thing is made by whoever the sentence before says owns or runs it (a participle whose first
 * WordNet sense is a verb of possession or of social control: owned, operated, managed). Null
 * when the subject is a body or a person, which may make deals of its own.
 */
function ownerOfThing(text: string): string | null {
  const m = THING_HELD_BY.exec(text);
  if (!m || /^(?:org|person)$/.test(nounClass(m[1]!) ?? '')) return null;
  const verb = baseForms(m[2]!).get('verb')?.[0];
  const lex = verb ? synsetsOf(verb, 'verb', 1)[0]?.lexname : undefined;
  return lex === 'verb.possession' || lex === 'verb.social' ? partyName(m[3]!.replace(/\.$/, '')) : null;
}

/** A phrase of time opening a sentence before its subject: "Last year", "In 2021,", "Earlier this month". */
const OPENING_TIME = /^(?:(?:Last|This|Next|Earlier|Later)(?:\s+this)?\s+(?:year|month|week|spring|summer|autumn|winter|season)|In\s+\d{4}|Since\s+\d{4})\s*,?\s*$/u;

function priorSubject(text: string, all: readonly Sentence[], index: number): string | null {
  // "Hollis Care, which cleans the wards at X, lost …": a which/who clause set off after the name.
  // ("Ormsby Clayworks, founded in 1980, sells …": a participle phrase set off so too.)
  const relative = /^((?:The\s+)?\p{Lu}[^,]*),\s+(?:which|who|\p{Ll}+ed)\s[^,]*,\s+(?=\p{Ll})/u.exec(text);
  const named = openingSubject(text) ?? (relative ? openingSubject(`${relative[1]!} ${text.slice(relative[0].length)}`) : null);
  if (named) return partyName(named);
  // (The tagger may take the verb after the phrase for a plural noun, "roasts": a name that is the
  // whole subject, a body's, is it all the same.)
  const whole = relative ? namesIn(relative[1]!) : [];
  if (whole.length === 1 && whole[0]!.at === 0 && whole[0]!.name === relative![1] && !whole[0]!.person && !whole[0]!.place) return partyName(whole[0]!.name);
  const tokens = tag(text, { entities: false }).tokens;
  if (!/^the$/i.test(tokens[0]?.text ?? '') || tokens[1]?.pos !== 'NOUN' || !/^(?:VERB|AUX)$/.test(tokens[2]?.pos ?? '')) return null;
  if (/s$/.test(tokens[1].text)) return null;
  // "The park opened with 40 trampolines" after "Bounceway Trampoline Park": a name of two words or more the
  // article gave before, whose own last word is the noun, is what it describes, whatever its class
  // (the nearest sentence's first such name: its subject before a place it stands in).
  const head = tokens[1].text.toLowerCase();
  if (nounClass(head) !== 'org') {
    for (let k = index - 1; k >= 0 && index - k <= 20; k--) {
      const c = namesIn(all[k]!.text).find((x) => /\s/.test(x.name) && x.name.split(/\s+/).at(-1)!.toLowerCase() === head);
      if (c) return partyName(c.name);
    }
    return null;
  }
  const r = resolveDescription(text.slice(0, tokens[1].end), textsOf(all), index, 0);
  return r && r.names.length === 1 ? r.names[0]! : null;
}

/**
 * The name that opens a sentence and reports what follows: "PORT X, Feb. 20 /Wire/ -- Tessa
 * Systems, Inc., a maker of …, today announced that " → "Tessa Systems" (a dateline before a dash
 * and a company suffix are dropped).
 */
/** ", and said last week (that)": a reporting verb (a time after it) joined to the predicate before it. */
const COORDINATED_REPORT = String.raw`,\s+and\s+VERB(?:\s+(?:last|this)\s+(?:week|month)|\s+on\s+\p{Lu}\p{Ll}+|\s+yesterday)?\s+(?:that\s+)?$`;
function reportingSubject(head: string): string | null {
  // "X has run the kiosk since 1990, and said this month it would renew …": a reporting verb
  // joined by ", and" to the predicate of the name opening the sentence shares that subject.
  const coordinated = reportingRegex(head, COORDINATED_REPORT);
  if (coordinated.test(head)) {
    const opener = /^((?:The\s+)?\p{Lu}[\p{L}&'’.+-]*(?:\s+(?:\p{Lu}[\p{L}&'’.+-]*|of|&))*?)\s+(?:is|was|has|had|have|are|were)\s/u.exec(head);
    if (opener && !/^(?:The|A|An|It|They|He|She|We)$/.test(opener[1]!) && !/\b(?:that|which|who)\b/.test(head.slice(opener[0].length).replace(coordinated, ''))) return partyName(opener[1]!);
  }
  // "said in a filing that", "announced in a statement that": where it was said may follow the verb.
  if (!reportingExec(head, String.raw`\bVERB(?:\s+(?:on|late|early)\s+\p{Lu}\p{Ll}+|\s+in\s+(?:a|an|its|their|the)\s+\p{Ll}+)?\s+(?:that\s+)?$`)) return null;
  const dash = /^.{0,80}?\s(?:--|—|–|-)\s+/u.exec(head);
  let rest = dash ? head.slice(dash[0].length) : head;
  // "Separately, X said …", "Meanwhile, X said …": an opening adverb (as the tagger reads it) is no name.
  const opening = /^\p{Lu}\p{Ll}+,\s+/u.exec(rest);
  if (opening && tag(rest, { entities: false }).tokens[0]?.pos === 'ADV') rest = rest.slice(opening[0].length);
  // "Its parent, Dalton Group, said": a description set before the name in apposition is dropped.
  // "The brewer's owner, Galloway Holdings, said": a possessive word may open it, and so may a
  // possessive name ("Harlow's parent, Dalton Group, said").
  const described = /^(?:Its|Their|The|(?:\p{Lu}[\p{L}&.+-]*\s+){0,3}\p{Lu}[\p{L}&.+-]*['’]s?)\s+(?:\p{Ll}[\p{Ll}-]*(?:['’]s?)?\s+){0,2}\p{Ll}[\p{Ll}-]*,\s+(?=\p{Lu}[^,]*,\s)/u.exec(rest);
  if (described) rest = rest.slice(described[0].length);
  const m = reportingExec(rest, String.raw`^((?:The\s+)?\p{Lu}[\p{L}&'’.+-]*(?:\s+(?:\p{Lu}[\p{L}&'’.+-]*|of|&))*?)(?:,?\s+(?:Inc|Ltd|Corp|Co|LLC|plc|PLC|AG|SA|NV|GmbH)\.?)?(?:,\s|\s+(?:\p{Ll}+\s+)?VERB\b)`);
  if (!m) return null;
  // Only when nothing in between reports or decides otherwise: one clause, no other finite subject.
  if (/\b(?:that|which|who)\b/.test(rest.slice(m[0].length).replace(/\s+(?:that\s+)?$/, '').replace(reportingRegex(rest, String.raw`\bVERB\b.*$`), ''))) return null;
  if (/^(?:The|A|An|It|They|He|She|We)$/.test(m[1]!)) return null;
  return partyName(m[1]!);
}

/**
 * A collective whose head noun is an organisation, a country or a place in WordNet ("the
 * companies", "both banks", "the two countries"); not the ambiguous "sides", "parties", "pair".
 */
function collectiveOfThings(collective: string): boolean {
  const head = /([\p{Ll}-]+)['’]?$/u.exec(collective)?.[1];
  if (!head || /^(?:sides|parties|pair|two|both|they|them|all)$/.test(head)) return false;
  const c = nounClass(head);
  return c === 'org' || c === 'nation' || c === 'place';
}

/**
 * Two or more names introduced as people: the first is a description whose head is a person
 * ("the two countries' envoys"), opens with a role ("Authors Nia Roe") or follows one
 * ("founders Rosa Lind and …", "the foreign ministers, Ana … and …"), per WordNet.
 */
/** Two of the parties, next to each other, are people named together ("co-founders Amal Haddad and Jun Sato"). */
function hasPeople(text: string, parties: readonly string[]): boolean {
  return parties.some((p, k) => k + 1 < parties.length && peoplePair(text, [p, parties[k + 1]!]));
}

function peoplePair(text: string, parties: readonly string[]): boolean {
  const first = parties[0];
  if (!first) return false;
  // One of its first two senses a person: "founder" is first a horse's disease.
  // ("co-founders": WordNet writes it as one word).
  const person = (w: string | undefined): boolean =>
    w !== undefined &&
    /^\p{L}[\p{Ll}-]+$/u.test(w) &&
    [w, w.replace(/-/g, '')].some((v) => synsetsOf(nounLemma(v.toLowerCase()), 'noun', 2).some((x) => x.lexname === 'noun.person'));
  // "the workers' union" → union; "the Pellan Ramblers" has no lower-case head (not "amblers").
  if (/^\p{Ll}/u.test(first)) return person(/(?:^|\s)([\p{Ll}-]+)['’]?$/u.exec(first.split(/\s+of\s+/)[0]!)?.[1]);
  // The names themselves have a person's shape, two or three capitalised words ("mobile operators
  // Telvia and Orbis Connect" are companies).
  if (!parties.slice(1).every((p) => /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}$/u.test(p))) return false;
  if (!/(?:^|\s)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}$/u.test(first)) return false;
  // "Authors Nia Roe", "Tilby directors Jan Holm": a plural role inside the name.
  const words = first.split(/\s+/);
  if (words.slice(0, -2).some((w, k) => (k === 0 || /^\p{Ll}/u.test(w)) && /\p{Ll}s$/u.test(w) && person(w))) return true;
  const at = text.indexOf(first);
  if (at < 0) return false;
  const before = /([\p{L}-]+)['’]?s?\s*,?\s*$/u.exec(text.slice(0, at))?.[1];
  // ("Glass maker X", "publisher X": a role noun that also names a business, WordNet's group
  // sense of "maker", "publisher", says nothing of a person.)
  return person(before) && !bodyNoun(nounLemma(before!.toLowerCase()));
}

/** A person who spoke at or before sentence `index` and whose name ends (or begins) with `word`. */
function speakerBySurname(
  word: string,
  index: number,
  all: readonly Sentence[],
  statements: ReadonlyMap<SentenceKey, readonly Statement[]>,
): { name: string; from: { paragraph: number; sentence: number } } | null {
  for (let k = index; k >= 0 && index - k <= 200; k--) {
    for (const st of statements.get(sentenceKey(all[k]!)) ?? []) {
      const parts = st.speaker.name.split(/\s+/);
      if (st.speaker.kind !== 'person' || parts.length < 2) continue;
      if (parts[parts.length - 1] === word || parts[0] === word)
        return { name: st.speaker.name, from: st.speaker.resolution?.from ?? { paragraph: all[k]!.paragraph, sentence: all[k]!.sentence } };
    }
  }
  return null;
}

/** "to split its boat shed with the Pellock Sea Cadets", "to purchase its rye from the Tallow Moor Farmers cooperative", "to sell bread to Carrow primary school": the infinitive's verb, its preposition, the name after it and up to two lower-case words after the name. */
const INFINITIVE_PARTNER = /^to\s+(\p{Ll}+)\b[^;.]{0,80}?\s(with|from|to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of(?=\s+\p{Lu})|&))*)((?:\s+\p{Ll}+){0,2})/u;
let GETTING: ReadonlySet<string> | undefined;

/**
 * "X also agreed to split its boat shed with the Pellock Sea Cadets", "… to purchase its rye from the Tallow Moor
 * Farmers cooperative", "… to sell bread to Carrow primary school": the body an agreeing clause's infinitive
 * deals with, its partner — after "with" (a verb and its object before it), after "from" a verb of getting (WordNet get.v.01: buy,
 * purchase, source), after "to" a verb of giving (`givingVerb`: supply, sell, pay). The name first written there,
 * with the lower-case words after it when the last is an organisation's noun ("… primary school", "… cooperative");
 * no country. Null when the clause writes none.
 */
function infinitivePartner(action: string): string | null {
  const m = INFINITIVE_PARTNER.exec(action);
  if (!m) return null;
  const [, verb, prep, name, tail] = m;
  // (After "with", only a verb with its object before it, "to split its boat shed with Y": "to play in a friendly with Y" is no deal with Y.)
  if (prep === 'with' && !/^to\s+\p{Ll}+\s+(?:the|a|an|its|their)\s/u.test(action)) return null;
  const lemma = baseForms(verb!).get('verb')?.[0];
  if (!lemma) return null;
  GETTING ??= senseKeys('verb', ['get', 1]);
  if (prep === 'from' && !isKindOf(lemma, 'verb', GETTING, 2)) return null;
  if (prep === 'to' && !givingVerb(lemma)) return null;
  if (countryOf(name!) !== null) return null;
  const words = (tail ?? '').trim().split(/\s+/).filter((w) => w !== '');
  for (let n = words.length; n > 0; n--) if (nounClass(words[n - 1]!) === 'org') return partyName(`${name} ${words.slice(0, n).join(' ')}`);
  return partyName(name!);
}

/** "bought the Tolley Wharf in Carrowmouth from the Penwith family", "to buy Quoyness Mill from Venmore Foods": the verb, what is bought (a name), and the seller after "from" (a name, or "the" and lower-case words). */
const BOUGHT_FROM = /^(?:to\s+)?(\p{Ll}+)\s+(?:the\s+)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of(?=\s+\p{Lu})|&))*(?:\s+\p{Ll}+)?)(?:\s+(?:in|at|on|near)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?\s+from\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of(?=\s+\p{Lu})|&))*(?:\s+\p{Ll}+)?|the\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)(?=$|[\s,;.])/u;

/**
 * "X has bought the Tolley Wharf in Carrowmouth from the Penwith family", "X agreed to buy the Quoyness mill from
 * Venmore Foods": a clause of getting (WordNet get.v.01: buy, purchase, acquire) whose object is a name and that
 * names whom it was got from: the deal is the buyer's and the seller's, what changes hands no side of it. The sides
 * without the object and with the seller (when a side already, as it is; else as written after "from", a name
 * and the one lower-case word after it when that is an organisation's or a group's noun: "the Penwith family"). Null
 * when the clause is no such purchase or the object is no side.
 */
function boughtFrom(action: string, parties: readonly string[]): string[] | null {
  const m = BOUGHT_FROM.exec(action);
  if (!m) return null;
  const [, verb, object, from] = m;
  GETTING ??= senseKeys('verb', ['get', 1]);
  // (The tagger's lemma too: WordNet as packaged has no irregular forms, "bought".)
  const tagged = tag(`they ${verb!} it`, { entities: false }).tokens[1]?.lemma ?? verb!;
  if (![tagged, ...(baseForms(verb!).get('verb') ?? []), ...participleBases(verb!)].some((v) => isKindOf(v, 'verb', GETTING!, 2))) return null;
  const sold = parties.find((p) => sameParty(p, object!));
  if (sold === undefined) return null;
  const rest = parties.filter((p) => p !== sold);
  if (rest.length === 0) return null;
  if (rest.some((p) => sameParty(p, from!))) return rest;
  const tail = /\s(\p{Ll}+)$/u.exec(from!)?.[1];
  const named = /^(?:the\s+)?\p{Lu}/u.test(from!) ? (tail !== undefined && !['org', 'person'].includes(nounClass(tail) ?? '') ? from!.slice(0, -tail.length - 1) : from!) : from!;
  return [...rest, partyName(named)];
}

/** A party as the record names it; country aliases in their usual form ("the US" → "the United States"). */
function partyName(raw: string): string {
  // "the battery maker Voltaris", "the not-for-profit provider Kindred Care", "Public broadcaster
  // KBN": the describing words before a name (nounPhrase.ts) are left out; the name is the party.
  const named = describedName(raw);
  if (named !== null) return countryOf(named) ?? named;
  // "the Harbour Workers' Union at the Kestle ferry port": a name's trailing phrase of place with a
  // common noun for its head is no part of the name.
  const placed = /^((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)+)\s+(?:at|in|on|near)\s+the\s+[^,]*\s\p{Ll}+$/u.exec(raw.trim());
  if (placed) return partyName(placed[1]!.replace(/^[Tt]he\s+/, ''));
  // "The Harland Gallery in Brisport": a name of two words or more and the place it stands in
  // (another name after "in") is the body's name alone; "Bank of Norland" keeps its "of".
  // ("Quorley's Hardware on Mizzle Yard in Withenfold": a street "on" which it stands, then its town.)
  const inPlace = /^((?:[Tt]he\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)+)(?=\s+(?:on|in)\s)(?:\s+on\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?(?:\s+in\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?$/u.exec(raw.trim());
  if (inPlace) return partyName(inPlace[1]!.replace(/^[Tt]he\s+/, ''));
  return countryOf(raw) ?? lowerThe(raw);
}

/** A country in its own right, not a bloc such as the European Union. */
function isNation(name: string): boolean {
  const c = countryOf(name);
  return c !== null && !/\b(?:Union|Nations)\b|^(?:NATO|ASEAN)$/.test(c);
}

/** A list of parties split on "and" and commas; "&" joins the words of one name ("Marlow & Finch", "Procter & Gamble"). */
function splitParties(np: string, people = false): string[] {
  const parts: string[] = [];
  // ("9,000": a comma between digits is no separator.)
  for (const piece of np.split(/((?<!\d)\s*,\s*(?:and\s+)?|\s*,\s*(?:and\s+)?(?!\d)|\s+and\s+)/)) {
    const p = piece.trim();
    const last = parts.length - 1;
    // A separator is kept (odd pieces) so that "Securities and Exchange Commission" can be rejoined.
    if (/^(?:,\s*(?:and)?|and|&)$/.test(p)) parts.push(p);
    else if (p.length > 0 && last >= 1 && /^(?:and|&)$/.test(parts[last]!) && (oneName(parts[last - 1]!, p) || (people && parts[last] === 'and' && isCouple(parts[last - 1]!, p)))) parts.splice(last - 1, 2, `${parts[last - 1]!} ${parts[last]!} ${p}`);
    else if (p.length > 0) parts.push(p);
  }
  return parts.filter((p) => !/^(?:,\s*(?:and)?|and|&)$/.test(p));
}

/**
 * "its owners, Keith and Mary Dunn, agreed", "Keith and Mary Dunn, who founded it, agreed": names
 * set off after a plural WordNet files as persons (one of its first two senses: "founder" is first
 * a horse's disease), or followed by "who", are people.
 */
function setOffAsPeople(text: string, mention: string): boolean {
  const at = text.indexOf(mention);
  if (at < 0) return false;
  const before = /(?<![\p{L}\p{M}\p{N}_])(\p{Ll}+s),\s*$/u.exec(text.slice(0, at));
  return (before !== null && synsetsOf(nounLemma(before[1]!), 'noun', 2).some((x) => x.lexname === 'noun.person')) || /^\s*,\s*who\b/.test(text.slice(at + mention.length));
}

/** "Alder Quine said it was not in talks": a name that reports of itself as "it", right after it, is a body's, however a person's its shape. */
function speaksOfItself(text: string, name: string): boolean {
  const at = text.indexOf(name);
  return at >= 0 && reportingExec(text.slice(at + name.length), String.raw`^\s+VERB\s+(?:that\s+)?it\s`) !== null;
}

/** The organisation, country or group that spoke in this or the two sentences before, for "it". */
function recentCollectiveSpeaker(
  index: number,
  all: readonly Sentence[],
  statements: ReadonlyMap<SentenceKey, readonly Statement[]>,
): { name: string; from: { paragraph: number; sentence: number } } | null {
  for (let k = index; k >= 0 && index - k <= 2; k--) {
    const list = statements.get(sentenceKey(all[k]!)) ?? [];
    for (let j = list.length - 1; j >= 0; j--) {
      const sp = list[j]!.speaker;
      // "it" never stands for a person, but a company named like one ("Nordhavn Ferries said
      // it …") may have been taken for a person: accept that only within the same sentence.
      // ("Alder Quine said it was not in talks …": one that says "it" of itself is a body, in the sentences before too.)
      if (sp.kind === 'person' && (k !== index || sp.resolution !== null || sp.description !== null) && !speaksOfItself(all[k]!.text, sp.name)) continue;
      // "The firm said it had signed …": a speaker written as an organisation's description
      // opening the sentence is the body that description stands for (`resolveDescription`: the
      // name introduced so, or the text's topic), as the side it speaks for.
      if (k === index && /^the\s+\p{Ll}+$/iu.test(sp.mention) && all[k]!.text.startsWith(sp.mention)) {
        let start = k;
        while (start > 0 && all[start - 1]!.paragraph === all[k]!.paragraph) start--;
        const r = resolveDescription(sp.mention.replace(/^The\s/, 'the '), textsOf(all), k, 0, [], [], start);
        if (r && r.names.length === 1) return { name: r.names[0]!, from: { paragraph: all[r.index]!.paragraph, sentence: all[r.index]!.sentence } };
      }
      return { name: sp.name, from: sp.resolution?.from ?? { paragraph: all[k]!.paragraph, sentence: all[k]!.sentence } };
    }
  }
  return null;
}

/** The most recent statement speaker before (or in) sentence `index`, for "he", "she", "we". */
function recentSpeaker(
  index: number,
  all: readonly Sentence[],
  statements: ReadonlyMap<SentenceKey, readonly Statement[]>,
  quoteOnly: boolean,
): { name: string; from: { paragraph: number; sentence: number } } | null {
  for (let k = index; k >= 0 && index - k <= 40; k--) {
    const list = statements.get(sentenceKey(all[k]!)) ?? [];
    for (let j = list.length - 1; j >= 0; j--) {
      const st = list[j]!;
      if (quoteOnly && (k !== index || !st.direct)) continue;
      if (!quoteOnly && st.speaker.kind !== 'person') continue;
      return { name: st.speaker.name, from: st.speaker.resolution?.from ?? { paragraph: all[k]!.paragraph, sentence: all[k]!.sentence } };
    }
    if (quoteOnly) return null;
  }
  return null;
}

/** A name of two words or more whose last is a common noun of no place ("Nuttall Foods", "Prowse Group"; not "Quorley Vale", "Idaho"). */
function bodyByHead(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  return words.length >= 2 && /^\p{Lu}/u.test(name) && baseForms(last).has('noun') && !/^(?:place|nation)$/.test(nounClass(last) ?? '');
}

/**
 * Two or more parties named together in `text` before `limit`, joined by "and" (and commas):
 * "officials from the X Ministry and the Y Department held talks", "the city council and the
 * port authority". Capitalised names, or lower-case phrases headed by an institution or group
 * noun. The last such list before `limit` wins. With `places` false, names after "in" that are no
 * bodies by their last word ("in Idaho and Montana") are where things are, no pair.
 */
export function namedParties(text: string, limit: number, places = true): string[] | null {
  const head = text.slice(0, limit);
  if (!/\b(?:and|with)\b/.test(head)) return (/\bfrom\s.*\bto\s/.test(head) ? fromTo(head, tokenize(head)) : null) ?? (/(?<![\p{L}\p{M}\p{N}_])\p{Ll}+(?:ed|es)\s+(?:the\s+)?\p{Lu}/u.test(head) ? disputePair(head, tokenize(head)) : null);
  const tokens = tokenize(head);
  let best: string[] | null = null;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== 'and') continue;
    let left = sideBefore(tokens, i);
    let right = sideAfter(tokens, i + 1);
    if (!left || !right) continue;
    // "X and the Metal and Allied Trades Union": a side whose name holds an "and" of its own is read whole.
    const spanText = (r: readonly [number, number]): string => text.slice(tokens[r[0]]!.start, tokens[r[1] - 1]!.end);
    const before = tokens[left[0] - 1]?.text === 'and' ? sideBefore(tokens, left[0] - 1) : null;
    if (before && oneName(spanText(before), spanText(left))) left = [before[0], left[1]];
    const after = tokens[right[1]]?.text === 'and' ? sideAfter(tokens, right[1] + 1) : null;
    if (after && oneName(spanText(right), spanText(after))) right = [right[0], after[1]];
    const leftText = spanText(left);
    const rightText = spanText(right);
    // (…and the "and" inside that name pairs nothing: the pair read before it stays.)
    if (best !== null && oneName(leftText, rightText)) continue;
    // "Chinese and US militaries": adjectives, not parties.
    if (left[1] - left[0] === 1 && NP_MODIFIERS.has(leftText.toLowerCase())) continue;
    // "12 locations in Idaho and Montana", "franchisees in Inchley and Eskdale": names after a
    // preposition of place are where something is, not who agreed (unless each is a body by its
    // own last word: "stakes in Nuttall Foods and Prowse Dairies"); a later "the two companies" looks
    // past them (`places` false). (The sentence's own pair stays its parties when it has no other.)
    if (!places && /^(?:in|across|throughout)$/.test(tokens[left[0] - 1]?.text ?? '') && ![leftText, rightText].every(bodyByHead)) continue;
    const parts = [leftText];
    // More names before: "X, Y and Z".
    let k = left[0];
    while (tokens[k - 1]?.text === ',') {
      const more = sideBefore(tokens, k - 1);
      if (!more) break;
      parts.unshift(text.slice(tokens[more[0]]!.start, tokens[more[1] - 1]!.end));
      k = more[0];
    }
    best = [...parts, rightText].map(partyName);
  }
  return best ?? talksWith(head, tokens) ?? fromTo(text, tokens) ?? disputePair(head, tokens);
}

const disputeVerbMemo = new Map<string, boolean>();
/**
 * A verb whose first sense WordNet relates (derivationally) mostly to disputes: "sue" (litigation,
 * lawsuit, legal action), "accuse", "prosecute", "challenge" — not "meet" (a meeting, an
 * encounter) or "fight" (battles). Memoised per word.
 */
function disputeVerb(w: string): boolean {
  let v = disputeVerbMemo.get(w);
  if (v !== undefined) return v;
  let disputes = 0;
  let all = 0;
  for (const s of synsetsOf(w, 'verb', 1))
    for (const p of s.pointers) {
      if (p.symbol !== '+' || p.pos !== 'noun') continue;
      const n = synsetAt('noun', p.offset);
      if (!n || n.lexname === 'noun.person') continue;
      all++;
      if (disputeNoun(n.words[0]!) === 'dispute') disputes++;
    }
  v = all > 0 && disputes * 2 > all;
  if (disputeVerbMemo.size > 5000) disputeVerbMemo.clear();
  disputeVerbMemo.set(w, v);
  return v;
}

/**
 * "Holm Mining sued Garrow Rail over unpaid bills", "Pell has accused Arno of …": the two names a
 * verb of disputing (WordNet, `disputeVerb`) sets against each other are the disputants, a pair
 * "the two sides" or "the companies" later stands for.
 */
function disputePair(text: string, tokens: readonly Token[]): string[] | null {
  let from = 0;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma > 0 && CAP_FUNCTION_WORDS.has(tokens[0]!.text)) from = comma + 1;
  const left = sideAfter(tokens, from);
  if (!left || !nameWord(tokens[left[1] - 1]!.text)) return null;
  let v = left[1];
  // ("Olwen Vell, who trades as Vell Saddlery, sued X": past a relative clause set off by commas.)
  if (tokens[v]?.text === ',' && /^(?:who|which)$/.test(tokens[v + 1]?.text ?? '')) {
    const close = tokens.findIndex((t, k) => k > v + 1 && t.text === ',');
    if (close > 0) v = close + 1;
  }
  while (/^(?:has|have|had|also|then|later|previously|already)$/.test(tokens[v]?.text ?? '')) v++;
  const verb = tokens[v]?.text ?? '';
  if (!/^\p{Ll}+(?:ed|s)$/u.test(verb) || !disputeVerb(verb)) return null;
  const right = sideAfter(tokens, v + 1);
  if (!right || !nameWord(tokens[right[1] - 1]!.text)) return null;
  const pair = [text.slice(tokens[left[0]]!.start, tokens[left[1] - 1]!.end), text.slice(tokens[right[0]]!.start, tokens[right[1] - 1]!.end)].map(partyName);
  return sameParty(pair[0]!, pair[1]!) ? null : pair;
}

/** "will move from Harl Zoo to the Osterby Animal Park": two names, one a thing moves from, one it moves to. */
function fromTo(text: string, tokens: readonly Token[]): string[] | null {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== 'from' || !nameWord(tokens[i + 1]!.text)) continue;
    const a = sideAfter(tokens, i + 1);
    if (!a) continue;
    // "from Kasimir Zoo in Dornbach to …": where the first side is.
    let to = a[1];
    if (tokens[to]?.text === 'in' && nameWord(tokens[to + 1]?.text ?? '')) to = sideAfter(tokens, to + 1)?.[1] ?? to;
    if (tokens[to]?.text !== 'to') continue;
    const b = sideAfter(tokens, to + 1);
    if (!b || !nameWord(tokens[b[1] - 1]!.text)) continue;
    return [text.slice(tokens[a[0]]!.start, tokens[a[1] - 1]!.end), text.slice(tokens[b[0]]!.start, tokens[b[1] - 1]!.end)].map(partyName);
  }
  return null;
}

/**
 * "Norway held talks with Iceland", "On Monday, the mayor met with the union": the subject
 * that opens the clause and the party after "with".
 */
function talksWith(text: string, tokens: readonly Token[]): string[] | null {
  const w = tokens.findIndex((t, i) => t.text === 'with' && i > 0 && meetingWord(tokens[i - 1]!.text));
  if (w < 0) return null;
  const right = sideAfter(tokens, w + 1);
  if (!right) return null;
  // The subject: after an opening phrase that ends with a comma ("On Monday, …"), if any.
  let from = 0;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma > 0 && comma < w && CAP_FUNCTION_WORDS.has(tokens[0]!.text)) from = comma + 1;
  const left = sideAfter(tokens, from);
  if (!left || left[1] > w) return null;
  const leftText = text.slice(tokens[left[0]]!.start, tokens[left[1] - 1]!.end);
  const rightText = text.slice(tokens[right[0]]!.start, tokens[right[1] - 1]!.end);
  return [leftText, rightText].map(partyName);
}

const partyHead = (t: string): boolean => {
  const base = t.toLowerCase().replace(/['’]s?$/, '');
  return !isCap(t) && (isRoleWord(base) || isGroupWord(base) || ORG_HEADS.has(base));
};

/** Token range of the party phrase ending right before token `end` (exclusive), or null. */
function sideBefore(tokens: readonly Token[], end: number): [number, number] | null {
  const last = tokens[end - 1]?.text ?? '';
  let s = end - 1;
  if (nameWord(last)) {
    // ("Hesketh & Lyle Estates": an ampersand joins one name's words.)
    while (s - 1 >= 0 && (nameWord(tokens[s - 1]!.text) || (/^(?:of|for|de|&)$/.test(tokens[s - 1]!.text) && s - 2 >= 0 && nameWord(tokens[s - 2]!.text)))) s--;
  } else if (partyHead(last)) {
    let loose = 0;
    while (s - 1 >= 0) {
      const t = tokens[s - 1]!.text;
      if (nameWord(t) || NP_MODIFIERS.has(t) || partyHead(t)) s--;
      else if (loose < 2 && looseWord(t)) {
        loose++;
        s--;
      } else break;
    }
    const det = tokens[s - 1]?.text ?? '';
    if (!/^(?:the|The|both|Both|its|their)$/.test(det) && !isCap(tokens[s]!.text)) return null;
  } else return null;
  if (/^(?:the|The)$/.test(tokens[s - 1]?.text ?? '')) s--;
  return [s, end];
}

/** Token range of the party phrase starting at token `from`, or null. */
function sideAfter(tokens: readonly Token[], from: number): [number, number] | null {
  let r = from;
  if (/^(?:the|its|their)$/.test(tokens[r]?.text ?? '')) r++;
  const first = tokens[r]?.text ?? '';
  let e = r;
  if (nameWord(first)) {
    while (e < tokens.length && (nameWord(tokens[e]!.text) || (/^(?:of|for|the|de|&)$/.test(tokens[e]!.text) && nameWord(tokens[e + 1]?.text ?? '')))) e++;
  } else {
    let loose = 0;
    while (e < tokens.length) {
      const t = tokens[e]!.text;
      if (NP_MODIFIERS.has(t) || partyHead(t)) e++;
      else if (loose < 2 && looseWord(t)) {
        loose++;
        e++;
      } else break;
    }
    while (e > r && !partyHead(tokens[e - 1]!.text)) e--;
    if (e <= r) return null;
  }
  return e > r ? [from, e] : null;
}

const nameWord = (t: string): boolean => isWord(t) && isCap(t) && !CAP_FUNCTION_WORDS.has(t) && !CALENDAR_WORDS.has(t) && !PRONOUNS.has(t);

/** A list of names after "by"/"with": "X and Y", "the X Ministry", "X, Y and Z". */
function partyListAfter(text: string, tokens: readonly Token[], from: number): { parties: string[]; mention: string; end: number } | null {
  // "with most of its creditors": a share of a group stands for the group.
  // "with more than 1,200 of its customers", "with 300 of their members": a counted share, too.
  let of = from;
  while (of < from + 3 && /^(?:\p{Ll}+|\d[\d.,]*)$/u.test(tokens[of]?.text ?? '') && tokens[of]!.text !== 'of') of++;
  const counted = of > from && /^\d[\d.,]*$/.test(tokens[of - 1]!.text);
  const share = (/^(?:most|some|many|several|half)$/.test(tokens[from]?.text ?? '') || counted) && tokens[counted ? of : from + 1]?.text === 'of' && /^(?:the|its|their)$/.test(tokens[counted ? of + 1 : from + 2]?.text ?? '');
  let j = share ? (counted ? of + 1 : from + 2) : from;
  let loose = 0;
  while (j < tokens.length) {
    const t = tokens[j]!.text;
    if (partyTokenOk(t) && !/^(?:in|at|from|on)$/.test(t)) j++;
    // "with Crane Cider, the club announced": a trailing reporting clause is who told of it, no party.
    else if (t === ',' && reportingExec(text.slice(tokens[j]!.start), TRAILING_CUE, true)?.index === 0) break;
    else if ((t === 'and' || t === ',' || t === '&') && j + 1 < tokens.length && partyTokenOk(tokens[j + 1]!.text)) j++;
    else if (loose < 2 && looseWord(t) && j > from) {
      loose++;
      j++;
    } else break;
  }
  // A party phrase ends on a party word: "with rival studio Kettering Films last year" ends at "Films"
  // ("with Bellwood Foods for its park cafés": at "Foods", never on a possessive).
  while (j > from && (/^(?:of|for|and|the|a|an|its|their|his|her|,)$/.test(tokens[j - 1]!.text) || !partyTokenOk(tokens[j - 1]!.text))) j--;
  if (j <= from) return null;
  const mention = text.slice(tokens[from]!.start, tokens[j - 1]!.end);
  const opener = tokens[from]!.text;
  // "with prosecutors": a bare plural of people or bodies (by WordNet's class of its noun) is a party.
  const plural = j === from + 1 && /^\p{Ll}[\p{Ll}-]*s$/u.test(opener) && nounLemma(opener) !== opener && /^(?:person|org)$/.test(nounClass(opener) ?? '');
  if (!/\p{Lu}/u.test(mention) && !/^(?:the|a|an|its|their|both|all)$/.test(opener) && !share && !plural) return null;
  // "with the fire services of Alder and Brent": a plural body of a list of names is each of them.
  const ofList = /^(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)\s+of\s+(\p{Lu}.*)$/u.exec(mention);
  if (ofList && nounLemma(ofList[1]!) !== ofList[1]! && !/,\s/.test(mention.slice(0, mention.length - ofList[2]!.length))) {
    const names = splitParties(ofList[2]!);
    if (names.length >= 2 && names.every((n) => /^\p{Lu}/u.test(n) && !/^The\s/.test(n))) return { parties: names.map(partyName), mention, end: tokens[j - 1]!.end };
  }
  // The phrase read whole on the tagger's tags (nounPhrase.ts): which of its words name the party.
  const read = nounPhraseIn(text, tokens[from]!.start, tokens[j - 1]!.end);
  if (read) {
    const { phrase: np, tokens: tagged } = read;
    const named = rangeText(text, tagged, np.name!);
    const end = tokens[j - 1]!.end;
    // ("Tolland & Sons" is one name: "&" joins the words of one.)
    const listed = splitParties(named).length > 1;
    // "with Vantor Power, the state-owned utility": a name and the description set off after it are one party.
    if (np.attached === 'before') return { parties: [partyName(named)], mention, end };
    // "with Orbis's rival, Quantel": the name a possessor's role noun describes is the party.
    if (np.attached === 'set-off' && np.owner !== null && !listed) return { parties: [partyName(named)], mention, end };
    // "with the port operator, Halley Terminals": a description and the name it stands for are one party.
    // ("the local NHS trust, Arden Health": an initialism among the description's words too;
    // not a list after one: "the local NHS trust, Arden Health and Kell Care" is read as a list.)
    const initialism = tagged.slice(np.description[0], np.description[1]).some((t) => /^\p{Lu}/u.test(t.text));
    if (np.attached === 'set-off' && np.determiner !== null && !(initialism && listed)) return { parties: [partyName(named)], mention, end };
    // "with rival studio Kettering Films": a lower-case description before a name is left out.
    if (np.attached === 'on' && np.determiner === null && np.owner === null) return { parties: splitParties(named).map(partyName), mention, end };
  }
  // "with the Veska Consortium, a group led by …": an indefinite description set off after a name
  // says what the name is; it is no party of its own.
  const apposed = /,\s+an?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u.exec(mention);
  const described = apposed && /\p{Lu}/u.test(mention.slice(0, apposed.index)) ? mention.slice(0, apposed.index) : mention;
  return { parties: splitParties(described).map(partyName), mention, end: tokens[j - 1]!.end };
}
