/**
 * Sentence vectors for the answers (see `src/search/meaning.ts`): one encoder and one store of
 * vectors per process, the vectors of each corpus's sentences computed behind its answers, and
 * `answerWithMeaning`, which every surface that answers questions (the bot, the console,
 * `ask --jsonl`) calls instead of `answer` so that all give the same answers. Until the vectors of
 * every sentence of a corpus are in, a question is answered by its words alone.
 */
import { sentencesOf } from '../record/types.js';
import { isQuestion } from '../search/shape.js';
import { MeaningEncoder, MeaningStore, RecordMeaning, meaningPath } from '../search/meaning.js';
import type { Corpus } from './corpus.js';
import { answer, type Request } from './index.js';
import type { Answer } from './types.js';

export interface MeaningOptions {
  /** DATA_DIR: the vectors are kept there between runs; none, in memory only. */
  readonly dataDir?: string;
  readonly onProgress?: (done: number, total: number) => void;
  readonly onReady?: (total: number, ms: number) => void;
  readonly onError?: (error: Error) => void;
  /**
   * A record of more sentences than this gets no vectors (MEANING=auto): its questions are answered
   * by their words alone, the encoder never started. None: every record.
   */
  readonly maxSentences?: number;
  /** Called once per corpus skipped for its size. */
  readonly onSkip?: (sentences: number, max: number) => void;
}

/**
 * MEANING=auto's limit. At 10-25 ms of CPU per sentence, 20,000 sentences are 3-8 minutes of one
 * core behind the answers and 10 MB of vectors; a record of 100,000 would take half an hour or more
 * and, with the encoder's ~200 MB, break a small host's memory budget (README, Benchmarks).
 */
export const MEANING_AUTO_MAX_SENTENCES = 20_000;

/** The vectors of one process's corpora: one encoder, one store, the corpus being filled. */
export class Meaning {
  readonly encoder = new MeaningEncoder();
  readonly store: MeaningStore;
  private readonly file: string | undefined;
  private readonly byCorpus = new WeakMap<Corpus, RecordMeaning | null>();
  private current: RecordMeaning | null = null;

  constructor(private readonly options: MeaningOptions = {}) {
    this.file = options.dataDir ? meaningPath(options.dataDir) : undefined;
    this.store = this.file ? MeaningStore.load(this.file) : new MeaningStore();
  }

  /**
   * Starts (or finds) the vectors of a corpus; a newer corpus stops the older one's. Null: the
   * corpus is larger than `maxSentences` and gets none.
   */
  track(corpus: Corpus): RecordMeaning | null {
    const known = this.byCorpus.get(corpus);
    if (known !== undefined) return known;
    this.current?.stop();
    this.current = null;
    const started = performance.now();
    const texts = corpus.docs.flatMap((d) => sentencesOf(d).map((s) => s.text));
    const max = this.options.maxSentences;
    if (max !== undefined && texts.length > max) {
      this.byCorpus.set(corpus, null);
      this.options.onSkip?.(texts.length, max);
      return null;
    }
    const m = new RecordMeaning(this.store, this.encoder, texts, { ...(this.file ? { file: this.file } : {}), ...(this.options.onProgress ? { onProgress: this.options.onProgress } : {}) });
    m.finished.then(
      () => {
        if (m.ready) this.options.onReady?.(m.total, Math.round(performance.now() - started));
      },
      (error: unknown) => this.options.onError?.(error instanceof Error ? error : new Error(String(error))),
    );
    this.byCorpus.set(corpus, m);
    this.current = m;
    return m;
  }

  /** `answer`, with the question's cosines in meaning once the corpus's vectors are ready. */
  async answer(corpus: Corpus, request: Request): Promise<Answer> {
    // A corpus whose facts are still being read is not embedded yet (the CPU goes to the facts).
    if (corpus.reading) return answer(corpus, request);
    const m = this.track(corpus);
    const query = request.query?.trim() ?? '';
    // Only a question reads the cosines (see `SearchOptions.meaning`): a topic is not embedded.
    if (!m || !m.ready || (request.command !== 'ask' && request.command !== 'search') || !isQuestion(query)) return answer(corpus, request);
    let meaning: Request['meaning'] = undefined;
    try {
      meaning = (await m.forQuestion(query)) ?? undefined;
    } catch (error) {
      this.options.onError?.(error instanceof Error ? error : new Error(String(error)));
    }
    return answer(corpus, meaning ? { ...request, meaning } : request);
  }

  close(): Promise<void> {
    this.current?.stop();
    return this.encoder.close();
  }
}
