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
 * (bench/facts/statement-patterns.ts; needs no ../shared).
 */
import { scoreAgreements } from './facts/agreements.js';
import { devIds, loadArticles, sharedEval } from './facts/meantime.js';
import { PATTERN_SETS, scorePatterns } from './facts/patterns.js';
import { STATEMENT_SETS, scoreStatementPatterns } from './facts/statement-patterns.js';
import { scoreStatements } from './facts/statements.js';

/** The set named by a `--<name>` flag on the command line, else 'first'. */
function setFlag(names: readonly string[]): string {
  return names.find((n) => process.argv.includes(`--${n}`)) ?? 'first';
}

function main(): void {
  if (process.argv[2] === '--score' && process.argv[3] === 'statement-patterns') {
    scoreStatementPatterns(process.argv.includes('--verbose'), setFlag(Object.keys(STATEMENT_SETS)));
    return;
  }
  if (process.argv[2] === '--score' && process.argv[3] === 'patterns') {
    scorePatterns(process.argv.includes('--verbose'), setFlag(Object.keys(PATTERN_SETS)));
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
  console.log('       npx tsx bench/facts-eval.ts --score patterns [--verbose] [--blind|--third|--fourth|--fifth|--sixth|--seventh|--eighth|--held-back|--blind-2|--blind-3|--blind-4|--blind-6|--blind-7|--session-8|--own-a12|--own-a15]');
  console.log('       npx tsx bench/facts-eval.ts --score statement-patterns [--verbose] [--second|--third|--held-back|--blind-2|--blind-3|--blind-4|--blind-6|--blind-7|--own-s10|--own-s11|--own-s11b|--own-s12|--own-s13|--own-s13b|--own-s13c|--own-s15]');
}

main();
