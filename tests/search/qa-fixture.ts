import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../src/record/sentences.js';
import { createSearchIndex } from '../../src/search/index.js';
import { cite, record } from './record.js';

/**
 * Our own question sets in SQuAD 2 form (tests/fixtures/qa-<name>/squad2_dev40.json, stories and
 * names invented), read the way `bench/qa-sets.ts` reads them: each article's first paragraph is a
 * record of its own, and each question is answered by the first hit of that record's index.
 */
export interface QaQuestion {
  readonly question: string;
  readonly is_impossible: boolean;
  readonly answers: readonly { text: string }[];
}
export interface QaArticle {
  readonly title: string;
  readonly paragraphs: readonly { context: string; qas: readonly QaQuestion[] }[];
}

export function qaFixture(name: string): readonly QaArticle[] {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', `qa-${name}`, 'squad2_dev40.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { data: QaArticle[] }).data;
}

/** Every gold answer as [question, whether its paragraph holds it]: all true for a sound set. */
export const goldStands = (articles: readonly QaArticle[]): [string, boolean][] =>
  articles.flatMap((a) => a.paragraphs.flatMap((p) => p.qas.flatMap((q) => q.answers.map((g): [string, boolean] => [q.question, p.context.includes(g.text)]))));

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

/**
 * Each question of each article's first paragraph as [question, outcome]: `first` when the top hit
 * holds the gold answer, `refused` when there is none, else `wrong <cite>` (`answered <cite>` for
 * an unanswerable question).
 */
export const firstOutcomes = (articles: readonly QaArticle[]): [string, string][][] =>
  articles.map((a) => {
    const index = createSearchIndex(record(a.title, [sentencesOf(a.paragraphs[0]?.context ?? '')]));
    return (a.paragraphs[0]?.qas ?? []).map((q): [string, string] => {
      const hit = index.search(q.question).hits[0]?.sentence;
      const gold = q.answers[0]?.text;
      if (!hit) return [q.question, 'refused'];
      if (gold !== undefined && hit.text.includes(gold)) return [q.question, 'first'];
      return [q.question, q.is_impossible ? `answered ${cite(hit)}` : `wrong ${cite(hit)}`];
    });
  });
