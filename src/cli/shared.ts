import dotenv from 'dotenv';
import { parseConfig, type Config } from '../config.js';
import { buildCorpus } from '../answer/build.js';
import type { Corpus } from '../answer/corpus.js';

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

/** Builds the corpus and reports the files that were skipped, on stderr. */
export async function openCorpus(dir: string): Promise<Corpus> {
  const corpus = await buildCorpus(dir);
  for (const p of corpus.problems) console.error(`onrecord: skipped ${p.file}: ${p.reason}`);
  return corpus;
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
