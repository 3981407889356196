/**
 * What the extractors find in a sentence. Extractors are pure functions of a document; they
 * never change the sentence text, they only point into it.
 */

/** A time expression and the honest day range it stands for. */
export interface TimeMention {
  /** The words as written, a substring of the sentence text. */
  readonly text: string;
  /** Offset of `text` within the sentence text. */
  readonly index: number;
  /** ISO day range; both null when the expression names no resolvable day ("now", a duration). */
  readonly start: string | null;
  readonly end: string | null;
  /** True for vague expressions ("mid-November", "by the end of the year", "last week"). */
  readonly approximate: boolean;
}

export type SpeakerKind = 'person' | 'organisation' | 'country' | 'group' | 'unknown';

/** How a speaker's name was found when the sentence itself does not name them. */
export interface Resolution {
  readonly how: 'pronoun' | 'surname' | 'capital' | 'collective' | 'earlier-quote' | 'following-cue' | 'earlier-agreement' | 'description';
  /** Where the full name was found: sentence key `P.S` in the same document. */
  readonly from: { readonly paragraph: number; readonly sentence: number };
}

export interface Speaker {
  /** Resolved name: never a bare pronoun when the document names the person. */
  readonly name: string;
  /** The words the sentence used for the speaker ("he", "Wu", "Beijing", "the ministry"). */
  readonly mention: string;
  /** Role or descriptor when stated ("Defense Ministry spokesman"). */
  readonly description: string | null;
  readonly kind: SpeakerKind;
  readonly resolution: Resolution | null;
}

export interface Statement {
  readonly speaker: Speaker;
  /** The reporting verb or phrase: "said", "according to", "insists", "accused". */
  readonly cue: string;
  /** What was said: the quoted words or the reported clause, verbatim from the sentence. */
  readonly content: string;
  /** True for a direct quotation. */
  readonly direct: boolean;
}

export interface Agreement {
  /** Resolved parties, e.g. ["China", "the United States"]. */
  readonly parties: readonly string[];
  /** The words the sentence used for the parties ("the sides", "both countries"). */
  readonly mention: string;
  /** The verb: "agreed", "pledged", "signed", "decided", "committed". */
  readonly cue: string;
  /** The agreed action as a verbatim clause of the sentence. */
  readonly action: string;
  readonly resolution: Resolution | null;
  /** What became of the agreement as this sentence tells it ("signed", "voided" …). */
  readonly status: AgreementStatus;
  /** The words naming the agreement when the sentence uses a noun ("a supply deal", "the order"), else null. */
  readonly noun: string | null;
  /** A later mention: the sentence holding the agreement it refers to, else null. */
  readonly refersTo: { readonly paragraph: number; readonly sentence: number } | null;
}

/** What became of an agreement, in the order a deal usually lives. */
export const AGREEMENT_STATUSES = [
  'proposed', 'reached', 'signed', 'approved', 'ratified', 'in force', 'breached', 'voided', 'collapsed', 'rejected',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export interface SentenceFacts {
  readonly times: readonly TimeMention[];
  readonly statements: readonly Statement[];
  readonly agreements: readonly Agreement[];
}

/** Key of a sentence within its document: `${paragraph}.${sentence}` (headline `0.1`). */
export type SentenceKey = `${number}.${number}`;

export const sentenceKey = (s: { paragraph: number; sentence: number }): SentenceKey => `${s.paragraph}.${s.sentence}`;
