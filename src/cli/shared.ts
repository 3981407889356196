import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { parseConfig, type Config } from '../config.js';
import { buildCorpus } from '../answer/build.js';
import type { Corpus } from '../answer/corpus.js';
import type { Progress } from '../understand/parallel.js';

/** `.env` (if any) then the environment, parsed once; `quiet` keeps dotenv off stdout. */
export function loadConfig(): Config {
  dotenv.config({ quiet: true });
  return parseConfig(process.env);
}

/** Prints a start-up error without a stack trace (and never the token) and exits. */
export function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`onrecord: ${message}`);
  process.exit(2);
}

/**
 * Where the command line keeps its caches (parsed documents, facts, the index) for a knowledge
 * folder: DATA_DIR itself for the bot's own folder (the same caches as the bot), else a folder of
 * its own under `DATA_DIR/cli-cache/` (the parse and index caches hold one record each, so two
 * folders sharing them would evict each other on every run).
 */
export function cacheDirFor(config: Config, knowledgeDir: string): string {
  const real = (dir: string): string => {
    try {
      return realpathSync(dir);
    } catch {
      return path.resolve(dir);
    }
  };
  const folder = real(knowledgeDir);
  if (folder === real(config.knowledgeDir)) return config.dataDir;
  return path.join(config.dataDir, 'cli-cache', createHash('sha256').update(folder).digest('hex').slice(0, 16));
}

/** Builds the corpus through the caches in `dataDir`, reports the files that were skipped and the progress of a long load, on stderr. */
export async function openCorpus(dir: string, dataDir: string): Promise<Corpus> {
  const corpus = await buildCorpus(dir, { dataDir, onProgress: progressLines((line) => console.error(`onrecord: ${line}`)) });
  for (const p of corpus.problems) console.error(`onrecord: skipped ${p.file}: ${p.reason}`);
  return corpus;
}

/** How often a long load says how far it is; a load shorter than this says nothing. */
export const PROGRESS_EVERY_MS = 2_000;

/**
 * The extraction's progress as a line (`extracting facts: 1,200 / 3,227 documents, 4.1 s`): none
 * in the first two seconds, then at most one every two seconds, and always the last.
 */
export function progressLines(print: (line: string, progress: Progress) => void): (progress: Progress) => void {
  let last = 0;
  return (p) => {
    if (p.elapsedMs < PROGRESS_EVERY_MS) return;
    if (p.done < p.total && p.elapsedMs - last < PROGRESS_EVERY_MS) return;
    last = p.elapsedMs;
    print(`extracting facts: ${p.done.toLocaleString('en')} / ${p.total.toLocaleString('en')} documents, ${(p.elapsedMs / 1000).toFixed(1)} s`, p);
  };
}

/** Takes `--name value` out of argv; returns the value or undefined. */
export function takeOption(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value`);
  argv.splice(i, 2);
  return value;
}

/** Takes a bare `--flag` out of argv. */
export function takeFlag(argv: string[], name: string): boolean {
  const i = argv.indexOf(name);
  if (i < 0) return false;
  argv.splice(i, 1);
  return true;
}

/**
 * After the known options are taken: `--help` / `-h` prints `usage` and exits 0; any other
 * `--option` is a mistake to report, not words to search for.
 */
export function checkRest(argv: readonly string[], usage: string): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  const unknown = argv.find((a) => a.startsWith('--'));
  if (unknown) fail(`unknown option ${unknown}\n${usage}`);
}
