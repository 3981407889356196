/**
 * The MEANTIME Wikinews articles of `../shared/eval` read as the project reads a document, for the
 * hand-labelled fact checks (statements, agreements). Each article is parsed exactly as
 * `inspect --json` parses the file the shared scorers write (` date DCT title`, blank line, body),
 * and every sentence is located in the body by character offset, so labels can name a sentence
 * by an offset (`at`) instead of copying its text. Nothing here is used by `src/` or `tests/`:
 * a fresh clone has no `../shared`, and the callers skip when `sharedEval()` is null.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/record/parse.js';
import { sentencesOf, type Doc } from '../../src/record/types.js';
import { analyzeDocument } from '../../src/understand/analyze.js';
import { sentenceKey, type SentenceFacts } from '../../src/understand/types.js';

interface RawArticle {
  readonly doc_id: string;
  readonly dct: string;
  readonly title?: string;
  readonly text: string;
}

export interface LocatedSentence {
  /** Offset of the sentence's first character in the article's body; -1 for the headline. */
  readonly at: number;
  readonly end: number;
  readonly cite: string;
  readonly text: string;
  readonly facts: SentenceFacts;
}

export interface Article {
  readonly id: string;
  /** The document as the project reads it (for a corpus of these articles). */
  readonly doc: Doc;
  readonly body: string;
  readonly sentences: readonly LocatedSentence[];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * `../shared/eval` beside the project (or beside the folder of worktrees, `../../shared/eval`),
 * or null when it is absent (a fresh clone).
 */
export function sharedEval(): string | null {
  // A worktree sits one level deeper than the main checkout (`wt/NAME` beside `main`).
  for (const up of [['..'], ['..', '..']]) {
    const dir = path.resolve(ROOT, ...up, 'shared', 'eval');
    if (existsSync(path.join(dir, 'meantime_en_timex.json'))) return dir;
  }
  return null;
}

/** The article ids the project may label by hand (the others are kept for acceptance). */
export function devIds(dir: string): string[] {
  return readFileSync(path.join(dir, 'meantime_dev_ids.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
}

/** The given articles (all of them when `ids` is absent), parsed and analysed, in `ids` order. */
export function loadArticles(dir: string, ids?: readonly string[]): Article[] {
  const raw = JSON.parse(readFileSync(path.join(dir, 'meantime_en_timex.json'), 'utf8')) as RawArticle[];
  const byId = new Map(raw.map((r) => [r.doc_id, r]));
  const wanted = ids ?? raw.map((r) => r.doc_id);
  return wanted.map((id) => {
    const r = byId.get(id);
    if (!r) throw new Error(`no MEANTIME article ${id}`);
    return readArticle(r);
  });
}

function readArticle(r: RawArticle): Article {
  const body = r.text.trimStart();
  const title = (r.title ?? r.doc_id).replace(/\s+/g, ' ').trim();
  // One article's DCT is written "03-02-2009" (day first: its dateline is February 3): read it as YYYY-MM-DD.
  const dayFirst = /^(\d{2})-(\d{2})-(\d{4})/.exec(String(r.dct));
  const dct = dayFirst ? `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}` : String(r.dct).slice(0, 10);
  const file = ` date ${dct} ${title}\n\n${body}`;
  const parsed = parseDocument(Buffer.from(file, 'utf8'), { id: r.doc_id, file: `${r.doc_id}.txt` });
  if (!parsed.ok) throw new Error(`${r.doc_id}: ${parsed.problem.reason}`);
  const doc = parsed.doc;
  const facts = analyzeDocument(doc);
  const sentences: LocatedSentence[] = [];
  let cursor = 0;
  for (const s of sentencesOf(doc)) {
    const f = facts.get(sentenceKey(s)) ?? { times: [], statements: [], agreements: [] };
    const cite = `¶${s.paragraph}.${s.sentence}`;
    if (s.paragraph === 0) {
      sentences.push({ at: -1, end: -1, cite, text: s.text, facts: f });
      continue;
    }
    const at = body.indexOf(s.text, cursor);
    if (at < 0) throw new Error(`${r.doc_id} ${cite}: sentence not found in the body`);
    cursor = at + s.text.length;
    sentences.push({ at, end: cursor, cite, text: s.text, facts: f });
  }
  return { id: r.doc_id, doc, body, sentences };
}

/** The sentence of an article that holds body offset `at`, or null. */
export function sentenceAt(article: Article, at: number): LocatedSentence | null {
  return article.sentences.find((s) => s.at >= 0 && s.at <= at && at < s.end) ?? null;
}
