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
import { cacheDirFor, checkRest, fail, loadConfig, openCorpus, PROGRESS_EVERY_MS, takeFlag, takeOption } from './shared.js';
import { MEANING_AUTO_MAX_SENTENCES, Meaning } from '../answer/meaning.js';
import { meaningLine } from './contract.js';

const USAGE = `usage: npm run ask -- [--json] [--knowledge DIR] [COMMAND] QUERY...
       npm run -s ask -- --jsonl [--knowledge DIR]   (one JSON request per stdin line)
COMMAND: ${COMMANDS.join(', ')} (default: ask, which picks one from the question)`;

async function runJsonl(corpus: Corpus, meaning: Meaning | null): Promise<void> {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    process.stdout.write(`${JSON.stringify(meaning ? await meaningLine(corpus, line, meaning) : answerLine(corpus, line))}\n`);
  }
}

/**
 * The sentence vectors of the record (MEANING=on, or auto on a record small enough), all computed before the first answer (kept in
 * DATA_DIR, so only the first run on a record pays), so that every answer is the bot's once its
 * vectors are ready.
 */
async function openMeaning(corpus: Corpus, dataDir: string, auto: boolean): Promise<Meaning | null> {
  const started = performance.now();
  let last = started;
  const meaning = new Meaning({
    dataDir,
    ...(auto ? { maxSentences: MEANING_AUTO_MAX_SENTENCES } : {}),
    onSkip: (sentences, max) =>
      console.error(`onrecord: no sentence vectors for ${sentences.toLocaleString('en-US')} sentences (MEANING=auto stops at ${max.toLocaleString('en-US')}; MEANING=on computes them): answering by the words alone`),
    // As the facts' progress: nothing in the first two seconds, then a line every two at most, and the last.
    onProgress: (done, total) => {
      const now = performance.now();
      if (now - started < PROGRESS_EVERY_MS || (done < total && now - last < PROGRESS_EVERY_MS)) return;
      last = now;
      console.error(`onrecord: sentence vectors: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')}`);
    },
  });
  try {
    const m = meaning.track(corpus);
    if (!m) {
      await meaning.close();
      return null;
    }
    await m.finished;
    return meaning;
  } catch (error) {
    // Without the encoder (a broken install, no WebAssembly) the words alone answer, as MEANING=off.
    console.error(`onrecord: sentence vectors unavailable, answering by the words alone: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    await meaning.close().catch(() => undefined);
    return null;
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const config = loadConfig();
  const knowledge = takeOption(argv, '--knowledge') ?? config.knowledgeDir;
  const jsonl = takeFlag(argv, '--jsonl');
  const json = takeFlag(argv, '--json');
  checkRest(argv, USAGE);
  const dataDir = cacheDirFor(config, knowledge);
  const corpus = await openCorpus(knowledge, dataDir);
  const meaning = config.meaning !== 'off' ? await openMeaning(corpus, dataDir, config.meaning === 'auto') : null;
  try {
    if (jsonl) return await runJsonl(corpus, meaning);
    await answerArgs(argv, corpus, meaning, json);
  } finally {
    await meaning?.close();
  }
}

async function answerArgs(argv: string[], corpus: Corpus, meaning: Meaning | null, json: boolean): Promise<void> {
  const first = argv[0] ?? '';
  const command: Command = (COMMANDS as readonly string[]).includes(first) ? (argv.shift() as Command) : 'ask';
  const query = argv.join(' ');
  const result = meaning ? await meaning.answer(corpus, { command, query }) : answer(corpus, { command, query });
  console.log(json ? JSON.stringify(toContract(result), null, 2) : renderText(result, process.stdout.isTTY ? ANSI : PLAIN));
  process.exitCode = result.status === 'invalid' ? 1 : 0;
}

main().catch(fail);
