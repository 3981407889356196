/**
 * `npm run ask -- [--json] [--knowledge DIR] [COMMAND] QUERY...` prints one answer;
 * `npm run -s ask -- --jsonl [--knowledge DIR]` answers one JSON request per stdin line
 * (shared/CONTRACT.md). In JSON modes stdout carries only JSON lines; messages go to stderr.
 */
import readline from 'node:readline';
import { answer } from '../answer/index.js';
import type { Corpus } from '../answer/corpus.js';
import { COMMANDS, type Command } from '../answer/types.js';
import { toContract } from '../render/json.js';
import { answerLine } from './contract.js';
import { ANSI, PLAIN, renderText } from '../render/text.js';
import { cacheDirFor, checkRest, fail, loadConfig, openCorpus, takeFlag, takeOption } from './shared.js';

const USAGE = `usage: npm run ask -- [--json] [--knowledge DIR] [COMMAND] QUERY...
       npm run -s ask -- --jsonl [--knowledge DIR]   (one JSON request per stdin line)
COMMAND: ${COMMANDS.join(', ')} (default: ask, which picks one from the question)`;

async function runJsonl(corpus: Corpus): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(answerLine(corpus, line))}\n`);
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const config = loadConfig();
  const knowledge = takeOption(argv, '--knowledge') ?? config.knowledgeDir;
  const jsonl = takeFlag(argv, '--jsonl');
  const json = takeFlag(argv, '--json');
  checkRest(argv, USAGE);
  const corpus = await openCorpus(knowledge, cacheDirFor(config, knowledge));
  if (jsonl) return runJsonl(corpus);
  const first = argv[0] ?? '';
  const command: Command = (COMMANDS as readonly string[]).includes(first) ? (argv.shift() as Command) : 'ask';
  const query = argv.join(' ');
  const result = answer(corpus, { command, query });
  console.log(json ? JSON.stringify(toContract(result), null, 2) : renderText(result, process.stdout.isTTY ? ANSI : PLAIN));
  process.exitCode = result.status === 'invalid' ? 1 : 0;
}

main().catch(fail);
