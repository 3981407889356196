/**
 * `npx tsx bench/facts-eval.ts --show ID...` prints the sentences of MEANTIME dev articles with
 * their body offsets and the facts found in each: the view to label from (labels name a sentence
 * by its offset, never by its text). `--score statements [--verbose] [--labels FILE]` scores the
 * statement labels (bench/facts/statements.ts), or another file of them (new, unseen articles);
 * `--score agreements [--verbose] [--labels FILE] [--only ID,ID]` scores the agreement labels
 * (bench/facts/agreements.ts), or another labels file, or some articles. Skips, with a message,
 * when `../shared` is absent. `--score patterns [--verbose] [--blind|--third|--fourth|--fifth|--sixth|--seventh|--eighth]` scores the agreement articles of our
 * own writing, or a later set, each written after the fixes for the one before, or the held-back set (or session 8's, `--session-8`) (bench/facts/patterns.ts; needs no ../shared).
 * `--score statement-patterns [--verbose] [--second|--third]` scores the statement articles of our own writing, written blind
 * (bench/facts/statement-patterns.ts; needs no ../shared). Either scorer takes `--file PATH [--export NAME]`
 * instead of a set flag: a fixture module of the same format kept outside the repo (an unseen set
 * written by another session, scored before anyone reads it); without `--export`, its first
 * exported array whose name ends in `_ARTICLES`.
 */
import { scoreAgreements } from './facts/agreements.js';
import { devIds, loadArticles, sharedEval } from './facts/meantime.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PATTERN_SETS, scorePatterns } from './facts/patterns.js';
import { STATEMENT_SETS, scoreStatementPatterns } from './facts/statement-patterns.js';
import { scoreStatements } from './facts/statements.js';
import type { PatternArticle } from '../tests/understand/agreement-patterns.fixture.js';
import type { BlindArticle } from '../tests/understand/statement-blind.fixture.js';

/** The set named by a `--<name>` flag on the command line, else 'first'. */
function setFlag(names: readonly string[]): string {
  return names.find((n) => process.argv.includes(`--${n}`)) ?? 'first';
}

/** The articles of `--file PATH [--export NAME]`, or undefined without `--file`; exits with a message when the file holds none. */
async function fileArticles<T>(): Promise<T[] | undefined> {
  const at = process.argv.indexOf('--file');
  if (at < 0) return undefined;
  const path = process.argv[at + 1];
  if (!path) throw new Error('--file needs a path');
  const module = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  const e = process.argv.indexOf('--export');
  const name = e >= 0 ? process.argv[e + 1] : Object.keys(module).find((k) => k.endsWith('_ARTICLES') && Array.isArray(module[k]));
  const articles = name ? module[name] : undefined;
  if (!Array.isArray(articles)) throw new Error(`${path} exports no article array${name ? ` named ${name}` : ''}`);
  return articles as T[];
}

async function main(): Promise<void> {
  if (process.argv[2] === '--score' && process.argv[3] === 'statement-patterns') {
    const given = await fileArticles<BlindArticle>();
    scoreStatementPatterns(process.argv.includes('--verbose'), given ? (process.argv[process.argv.indexOf('--file') + 1] ?? 'file') : setFlag(Object.keys(STATEMENT_SETS)), given);
    return;
  }
  if (process.argv[2] === '--score' && process.argv[3] === 'patterns') {
    const given = await fileArticles<PatternArticle>();
    scorePatterns(process.argv.includes('--verbose'), given ? (process.argv[process.argv.indexOf('--file') + 1] ?? 'file') : setFlag(Object.keys(PATTERN_SETS)), given);
    return;
  }
  const dir = sharedEval();
  if (!dir) {
    console.log('facts-eval: ../shared/eval is not here; nothing to score.');
    return;
  }
  const argv = process.argv.slice(2);
  if (argv[0] === '--show') {
    const ids = argv.length > 1 ? argv.slice(1) : devIds(dir);
    for (const a of loadArticles(dir, ids)) {
      console.log(`== ${a.id}`);
      for (const s of a.sentences) {
        console.log(`@${s.at} ${s.cite} ${s.text}`);
        for (const st of s.facts.statements) console.log(`    said: ${st.speaker.name} [${st.cue}]${st.direct ? ' direct' : ''}`);
        for (const ag of s.facts.agreements) console.log(`    agreed: ${ag.parties.join(' | ')} [${ag.cue}] ${ag.action}`);
      }
    }
    return;
  }
  if (argv[0] === '--score' && argv[1] === 'agreements') {
    const value = (flag: string): string | undefined => {
      const i = argv.indexOf(flag);
      return i >= 0 ? argv[i + 1] : undefined;
    };
    const labels = value('--labels');
    const only = value('--only')?.split(',').map((s) => s.trim()).filter(Boolean);
    scoreAgreements(dir, { verbose: argv.includes('--verbose'), ...(labels ? { labels } : {}), ...(only ? { only } : {}) });
    return;
  }
  if (argv[0] === '--score' && argv[1] === 'statements') {
    const at = argv.indexOf('--labels');
    scoreStatements(dir, argv.includes('--verbose'), at > 0 ? argv[at + 1] : undefined);
    return;
  }
  console.log('usage: npx tsx bench/facts-eval.ts --show [ID...]');
  console.log('       npx tsx bench/facts-eval.ts --score statements [--verbose] [--labels FILE]');
  console.log('       npx tsx bench/facts-eval.ts --score agreements [--verbose] [--labels FILE] [--only ID,ID]');
  const flags = (sets: Record<string, unknown>): string => Object.keys(sets).filter((k) => k !== 'first').map((k) => `--${k}`).join('|');
  console.log(`       npx tsx bench/facts-eval.ts --score patterns [--verbose] [${flags(PATTERN_SETS)}]`);
  console.log(`       npx tsx bench/facts-eval.ts --score statement-patterns [--verbose] [${flags(STATEMENT_SETS)}]`);
  console.log('       npx tsx bench/facts-eval.ts --score patterns|statement-patterns [--verbose] --file PATH [--export NAME]');
}

main().catch((e: unknown) => {
  console.error(`facts-eval: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
