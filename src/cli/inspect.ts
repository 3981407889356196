/**
 * `npm run inspect -- [--json] FILE...` shows how each file is read as a knowledge document:
 * header, dateline, paragraphs, sentences with citations, and the times, statements and
 * agreements found in each. With `--json`, one contract line per file (shared/CONTRACT.md).
 * An `.html` file is read as `/record add` reads it: reduced to its article first.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RecordEditError, prepareDocument } from '../record/ingest.js';
import { parseDocument } from '../record/parse.js';
import { inspectErrorLine, inspectLine } from './contract.js';
import { checkRest, fail, loadConfig, takeFlag } from './shared.js';
import { FactsCache, readOrAnalyze, type Analyze } from '../understand/cache.js';

const USAGE = 'usage: npm run inspect -- [--json] FILE...';

interface SentenceView {
  cite: string;
  text: string;
  times: { text: string; start: string | null; end: string | null }[];
  statements: { speaker: { name: string; mention: string; resolved: string | null }; cue: string; content: string }[];
  agreements: { parties: string[]; cue: string; action: string; resolved: string | null; status: string; refers_to: string | null }[];
}

function human(line: Record<string, unknown>): string {
  const out: string[] = [`== ${String(line.doc)}`];
  const errors = line.errors as string[];
  if (errors.length) return [...out, ...errors.map((e) => `   error: ${e}`)].join('\n');
  const text = (k: string, fallback: string): string => (typeof line[k] === 'string' ? line[k] : fallback);
  out.push(`   title: ${text('title', '(none)')}`, `   published: ${text('published', 'unknown')}`);
  const dl = line.dateline as { text: string; place: string; source: string | null; date: string | null } | null;
  if (dl) out.push(`   dateline: ${dl.place}${dl.source ? `, ${dl.source}` : ''}${dl.date ? `, ${dl.date}` : ''}  (“${dl.text}”)`);
  out.push(`   dates resolved against: ${text('report_date', 'unknown (relative dates stay unresolved)')}`);
  const sentences = [line.headline as SentenceView | null, ...(line.paragraphs as { sentences: SentenceView[] }[]).flatMap((p) => p.sentences)];
  for (const s of sentences) {
    if (!s) continue;
    out.push(`${s.cite}  ${s.text}`);
    for (const t of s.times) out.push(`      time: “${t.text}” → ${t.start ?? 'no date'}${t.end && t.end !== t.start ? ` to ${t.end}` : ''}`);
    for (const st of s.statements) out.push(`      said: ${st.speaker.name}${st.speaker.resolved ? ` (${st.speaker.resolved})` : ''} [${st.cue}] “${st.content}”`);
    for (const a of s.agreements)
      out.push(`      agreed: ${a.parties.join(', ')}${a.resolved ? ` (${a.resolved})` : ''} [${a.cue}; ${a.status}${a.refers_to ? `, the agreement of ${a.refers_to}` : ''}] “${a.action}”`);
  }
  return out.join('\n');
}

async function inspectFile(file: string, analyze: Analyze): Promise<Record<string, unknown>> {
  const id = path.basename(file).replace(/\.(txt|md|html?)$/iu, '');
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return inspectErrorLine(id, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `unreadable (${code ?? 'error'})`);
  }
  if (/\.html?$/iu.test(file)) {
    try {
      return inspectLine(prepareDocument({ kind: 'file', name: path.basename(file), bytes: raw }, {}, { id, file, knowledgeDir: path.dirname(file) }).doc, analyze);
    } catch (error) {
      if (error instanceof RecordEditError) return inspectErrorLine(id, error.message);
      throw error;
    }
  }
  const parsed = parseDocument(raw, { id, file });
  return parsed.ok ? inspectLine(parsed.doc, analyze) : inspectErrorLine(id, parsed.problem.reason);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const json = takeFlag(argv, '--json');
  checkRest(argv, USAGE);
  if (argv.length === 0) fail(USAGE);
  // The facts cache is keyed by each file's content, so the bot's DATA_DIR serves any file; the
  // entries of the bot's other documents are kept.
  const cache = FactsCache.open(loadConfig().dataDir);
  const analyze: Analyze = (doc) => readOrAnalyze(cache, doc);
  for (const file of argv) {
    const line = await inspectFile(file, analyze);
    process.stdout.write(json ? `${JSON.stringify(line)}\n` : `${human(line)}\n\n`);
  }
  cache.save({ keepOthers: true });
}

main().catch(fail);
