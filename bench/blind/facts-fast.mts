// facts-fast.mts ROOT OUT CLEAN_REGEX [st|ag|both]: every statement and agreement set in ONE process, written as
// `facts-eval.ts --score statement-patterns|patterns [--verbose] --KEY` writes them (verbose except the sets
// CLEAN_REGEX matches). Same scorer functions, same output files; about 20 s where one process per set took
// 5 min on a quiet machine and 40 min under load (WordNet and the tagger loaded once, not 230 times).
// Written by session 34's s53; checked byte-identical to rescore's per-set files on da07f58 (230 files).
import { writeFileSync, mkdirSync } from 'node:fs';
import type * as StatementPatterns from '../facts/statement-patterns.js';
import type * as Patterns from '../facts/patterns.js';
const [root, out, cleanSource, which = 'both'] = process.argv.slice(2);
if (!root || !out || !cleanSource) throw new Error('usage: facts-fast.mts ROOT OUT CLEAN_REGEX [st|ag|both]');
const clean = new RegExp(cleanSource);
mkdirSync(out, { recursive: true });
// The tree scored is ROOT's (any worktree), typed as this tree's modules.
const { STATEMENT_SETS, scoreStatementPatterns } = (await import(`${root}/bench/facts/statement-patterns.ts`)) as typeof StatementPatterns;
const { PATTERN_SETS, scorePatterns } = (await import(`${root}/bench/facts/patterns.ts`)) as typeof Patterns;
const log = console.log;
function capture(file: string, score: () => void): void {
  const lines: string[] = [];
  console.log = (...a: unknown[]) => {
    lines.push(a.map(String).join(' '));
  };
  try {
    score();
  } finally {
    console.log = log;
  }
  writeFileSync(file, lines.join('\n') + '\n');
}
if (which !== 'ag') for (const k of Object.keys(STATEMENT_SETS)) capture(`${out}/st-${k}.txt`, () => scoreStatementPatterns(!clean.test(k), k));
if (which !== 'st') for (const k of Object.keys(PATTERN_SETS)) capture(`${out}/ag-${k}.txt`, () => scorePatterns(!clean.test(k), k));
