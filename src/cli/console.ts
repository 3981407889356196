import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answer, type Request } from '../answer/index.js';
import type { Corpus } from '../answer/corpus.js';
import { COMMANDS, type Answer, type Command } from '../answer/types.js';
import { RecordEditError, waitServed, type From, type RecordEditor } from '../record/editor.js';
import { sentencesOf } from '../record/types.js';
import { TEXT_READBACK, renderReadback } from '../render/readback.js';
import { PLAIN, renderText, type TextStyle } from '../render/text.js';

export interface ConsoleOptions {
  readonly getCorpus: () => Corpus;
  readonly input: Readable;
  readonly output: Writable;
  readonly style?: TextStyle;
  /** File that keeps the command history between runs; none when absent. */
  readonly historyFile?: string | null;
  /** Shown once at start, e.g. how to connect to Discord. */
  readonly banner?: string;
  /** Changes the record (`/record add|replace|remove`); without it the console only answers. */
  readonly editor?: RecordEditor;
  /** How long `/record add` waits for the record to serve the new document (default 5 s). */
  readonly servedWaitMs?: number;
  /** Answers a request (the bot's, with the sentence vectors once ready); default `answer`. */
  readonly answer?: (corpus: Corpus, request: Request) => Promise<Answer>;
}

export const RECORD_USAGE = 'Usage: /record add <path or url> · /record replace <document> <path or url> · /record remove <document>';

/**
 * `/record …` in the console: the same checks and change log as Discord's `/record`, by the
 * person at the terminal (whoever can run the console can edit the folder anyway).
 * Returns null for a line that is not a `/record` command.
 */
export async function consoleRecordLine(line: string, editor: RecordEditor, getCorpus: () => Corpus, servedWaitMs = 5_000): Promise<string | null> {
  const m = /^\/record(?:\s+(\S+))?(?:\s+(.*))?$/isu.exec(line.trim());
  if (!m) return null;
  const sub = (m[1] ?? '').toLowerCase();
  const args = (m[2] ?? '').trim();
  const by = { id: 'console', name: `${safeUser()} (console)` };
  const fromOf = (target: string): From => (/^https?:\/\//iu.test(target) ? { kind: 'link', url: target } : { kind: 'path', path: target });
  try {
    if (sub === 'remove' && args) {
      const doc = editor.remove(args, by);
      await waitServed((id) => getCorpus().doc(id), doc.id, null, servedWaitMs);
      return `Removed ${doc.id}${doc.title ? ` (${doc.title})` : ''} from the record.`;
    }
    if ((sub === 'add' && args) || (sub === 'replace' && /\S\s+\S/u.test(args))) {
      const changed =
        sub === 'add'
          ? await editor.add(fromOf(args), {}, by)
          : await editor.replace(args.slice(0, args.search(/\s/u)), fromOf(args.slice(args.search(/\s/u)).trim()), {}, by);
      const doc = changed.prepared.doc;
      const served = await waitServed((id) => getCorpus().doc(id), doc.id, doc.hash, servedWaitMs);
      const how = `${changed.prepared.readAs === 'article' ? 'read as a web page: the article kept, the page around it dropped' : 'read as text, as written'}; written to ${changed.file}.`;
      const text = renderReadback({ doc, verb: sub === 'add' ? 'Added' : 'Replaced', how }, TEXT_READBACK);
      return `${text}\n${served ? 'It is in the record now.' : 'It will be answered from within a few seconds.'}`;
    }
    return `✖ ${RECORD_USAGE}`;
  } catch (error) {
    if (error instanceof RecordEditError) return `✖ Nothing was changed: ${error.message}.`;
    throw error;
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'someone';
  }
}

const HISTORY_SIZE = 500;

/** What `/more` continues: the last request that had more results than it showed. */
export interface ConsoleState {
  last: Request | null;
}

/**
 * One console line → the text to print; `null` means leave. Bare text is a question (`/ask`);
 * `/more` shows the next page of the previous answer.
 */
export function consoleLine(corpus: Corpus, line: string, style: TextStyle = PLAIN, state: ConsoleState = { last: null }): string | null {
  const read = consoleRequest(line, state);
  return typeof read === 'string' || read === null ? read : consoleReply(answer(corpus, read), read, style, state);
}

/** `consoleLine` answered through `ask` (the bot's answer with the sentence vectors, see `Meaning`). */
export async function consoleLineWith(ask: (corpus: Corpus, request: Request) => Promise<Answer>, corpus: Corpus, line: string, style: TextStyle, state: ConsoleState): Promise<string | null> {
  const read = consoleRequest(line, state);
  return typeof read === 'string' || read === null ? read : consoleReply(await ask(corpus, read), read, style, state);
}

/** A console line's request, or the text to print without asking (an error, ''), or null to leave. */
function consoleRequest(line: string, state: ConsoleState): Request | string | null {
  const text = line.trim();
  if (!text) return '';
  if (/^\/(?:quit|exit|q)$/iu.test(text)) return null;
  let request: Request;
  if (/^\/more$/iu.test(text)) {
    if (!state.last) return '✖ Nothing more to show. /more continues an answer that said “(1–10 of N)”.';
    request = { ...state.last, page: (state.last.page ?? 0) + 1 };
  } else if (!text.startsWith('/')) {
    request = { command: 'ask', query: text };
  } else {
    const [, name = '', rest = ''] = /^\/(\S+)\s*(.*)$/su.exec(text) ?? [];
    const command = name.toLowerCase().replace(/_/gu, '-');
    if (!(COMMANDS as readonly string[]).includes(command)) {
      return `✖ Unknown command /${name.slice(0, 40)}. Type /help for the list.`;
    }
    request = { command: command as Command, query: rest };
  }
  return request;
}

function consoleReply(result: Answer, request: Request, style: TextStyle, state: ConsoleState): string {
  const shown = result.page ? (result.page.index + 1) * result.page.size : Infinity;
  state.last = result.page && result.page.total > shown ? request : null;
  return renderText(result, style);
}

function readHistory(file: string | null | undefined): string[] {
  if (!file) return [];
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

/** The interactive console: the same commands as Discord, with history, until /quit or end of input. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { output, style = PLAIN } = options;
  const rl = readline.createInterface({
    input: options.input,
    output,
    terminal: (output as { isTTY?: boolean }).isTTY === true,
    history: readHistory(options.historyFile),
    historySize: HISTORY_SIZE,
  });
  const corpus = options.getCorpus();
  const state: ConsoleState = { last: null };
  const sentences = corpus.docs.reduce((n, d) => n + sentencesOf(d).length, 0);
  output.write(`OnRecord console: ${corpus.docs.length} document(s), ${sentences} sentences. Type /help for commands, /quit to leave.\n`);
  if (corpus.reading) output.write('Searching works now; dates, statements and agreements are still being read, and answers from them say how far.\n');
  if (options.banner) output.write(`${options.banner}\n`);
  rl.setPrompt('onrecord> ');
  rl.prompt();
  for await (const line of rl) {
    const edited = options.editor ? await consoleRecordLine(line, options.editor, options.getCorpus, options.servedWaitMs) : null;
    const reply = edited ?? (options.answer ? await consoleLineWith(options.answer, options.getCorpus(), line, style, state) : consoleLine(options.getCorpus(), line, style, state));
    if (reply === null) break;
    if (reply) output.write(`${reply}\n`);
    if (line.trim() && options.historyFile) {
      try {
        mkdirSync(path.dirname(options.historyFile), { recursive: true });
        appendFileSync(options.historyFile, `${line.trim()}\n`);
      } catch {
        // History is a convenience; a read-only data folder must not stop the console.
      }
    }
    rl.prompt();
  }
  rl.close();
}
