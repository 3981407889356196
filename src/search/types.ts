import type { Sentence } from '../record/types.js';

/** A character range [start, end) within a sentence's text to show in bold. */
export type Highlight = readonly [number, number];

export interface SearchHit {
  readonly sentence: Sentence;
  /** Relevance in [0, 1], higher is better; comparable with `RELEVANCE_BAR`. */
  readonly score: number;
  readonly highlights: readonly Highlight[];
  /** It answers first whatever its score: the kind of answer asked for, which no answer holding more of the question gives (see `LONE_TYPED_FIRST`). */
  readonly lead?: boolean;
  /** What the ranking added to its score for the kind of answer asked or the doer named (see `ANSWER_TYPE_BONUS`, `AGENT_BONUS`; set where it is not 0 and `Ranking.hitBoost` is on): its order among the hits is by the two together. */
  readonly boost?: number;
}

export interface SearchOptions {
  /** How many hits at most (default 10). */
  readonly limit?: number;
  /** Only sentences for which this holds are considered (e.g. sentences that carry a date). */
  readonly within?: (s: Sentence) => boolean;
  /**
   * Rank sentences up for holding the kind of answer the question asks for (default true). False
   * when the caller supplies that answer itself: /who-said the speaker of a statement, /when the
   * date of an event; the tagger is then not run on the candidates.
   */
  readonly answerType?: boolean;
  /**
   * A question's cosine in meaning with a sentence (the sentence encoder's vectors, see
   * `meaning.ts`), given only once every sentence of the record has its vector, so that answers
   * do not depend on how far the vectors have been computed: the question's candidates are then
   * ranked by `MEANING_WEIGHT` of it as well, and decided by `MEANING_DECISION`.
   */
  readonly meaning?: (s: Sentence) => number;
}

export interface SearchOutcome {
  /** Hits at or above the relevance bar, best first. */
  readonly hits: readonly SearchHit[];
  /** When `hits` is empty: the nearest sentences below the bar, best first. Never answers. */
  readonly suggestions: readonly SearchHit[];
  /** The content terms the query was reduced to (after stop words), for messages. */
  readonly terms: readonly string[];
}

/** The searchable record. Documents can be replaced one at a time (an edit re-indexes only it). */
export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchOutcome;
  replaceDocument(docId: string, sentences: readonly Sentence[]): void;
  removeDocument(docId: string): void;
  readonly size: number;
}
