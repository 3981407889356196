import type { AgreementStatus } from '../understand/types.js';
import type { LoadProblem } from '../record/types.js';
import type { Highlight } from '../search/types.js';

export const COMMANDS = ['when', 'who-said', 'agreed', 'search', 'ask', 'context', 'timeline', 'sources', 'help', 'check'] as const;
export type Command = (typeof COMMANDS)[number];

export type Status = 'answered' | 'not_found' | 'invalid';

/** A verbatim sentence with the citation that resolves back to it. */
export interface Excerpt {
  readonly doc: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly paragraph: number;
  readonly sentence: number;
  readonly cite: string;
  readonly text: string;
  /** The document's address when it names one (front matter or header); renderers link the title to it. */
  readonly url?: string | null;
  /** Ranges of `text` to show in bold (matched words). */
  readonly highlights: readonly Highlight[];
}

export interface WhenFact {
  /** The date as written; null when the record gives no date for this sentence. */
  readonly text: string | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly approximate: boolean;
  /** Set when the date comes from another sentence ("dated by context"): that sentence. */
  readonly byContext: Excerpt | null;
}

export interface SpeakerFact {
  readonly name: string;
  readonly mention: string;
  readonly description: string | null;
  /** How the name was found when the sentence does not state it, e.g. `he = Jane Doe, named in ¶1.1`. */
  readonly resolved: string | null;
  readonly cue: string;
  /** The quote or reported clause, verbatim. */
  readonly quote: string;
}

export interface AgreementFact {
  readonly parties: readonly string[];
  /** The words the record used for the parties ("the sides"). */
  readonly mention: string;
  readonly resolved: string | null;
  readonly cue: string;
  /** The agreed clause, verbatim. */
  readonly action: string;
  readonly when: WhenFact | null;
  /** What became of the agreement as the sentence tells it ("signed", "voided" …). */
  readonly status?: AgreementStatus;
  /** A later mention: the citation of the sentence holding the agreement it refers to ("¶2.1"). */
  readonly refersTo?: string | null;
}

export interface Result {
  readonly excerpt: Excerpt;
  readonly score: number;
  readonly when?: WhenFact;
  readonly speaker?: SpeakerFact;
  readonly agreement?: AgreementFact;
}

export interface SourceInfo {
  readonly doc: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly paragraphs: number;
  readonly sentences: number;
  readonly bytes: number;
}

export interface HelpEntry {
  readonly command: Command;
  readonly usage: string;
  readonly summary: string;
}

export interface ContextView {
  readonly target: Excerpt;
  /** The whole paragraph, in order; the target is among them. */
  readonly sentences: readonly Excerpt[];
}

/**
 * The value every core command returns. Renderers (terminal text, contract JSON, Discord) turn
 * it into output; nothing here knows how it will be shown.
 */
export interface Answer {
  readonly command: Command;
  readonly query: string;
  readonly status: Status;
  /** For `invalid` and `not_found`: the plain reason shown to the user. */
  readonly message: string | null;
  /** A remark on how the question was read, shown above the results (e.g. which sentences of a long claim were checked). */
  readonly note?: string;
  /** Best first; empty unless `answered`. */
  readonly results: readonly Result[];
  /** Nearest sentences when nothing answers; never presented as answers. */
  readonly suggestions: readonly Result[];
  /** For `ask`: the command the question was routed to. */
  readonly routedTo?: Command;
  readonly context?: ContextView;
  readonly sources?: { readonly documents: readonly SourceInfo[]; readonly problems: readonly LoadProblem[] };
  readonly help?: readonly HelpEntry[];
  /** Which slice of the results this is: page `index` (from 0) of `size`, out of `total` results. */
  readonly page?: { readonly index: number; readonly size: number; readonly total: number };
  /**
   * Set on an answer drawn from the record's facts (dates, statements, agreements) while they are
   * still being read: how many sentences' facts it saw, of all. The answer may grow once all are in.
   */
  readonly reading?: { readonly sentences: number; readonly total: number };
}
