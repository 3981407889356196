import pino, { type Logger } from 'pino';
import { redactToken, type LogLevel } from './config.js';

export type { Logger } from 'pino';

/** Where log lines go: stderr by default (stdout belongs to the console and the JSON contract). */
export interface LogSink {
  write(line: string): unknown;
}

export interface LoggerOptions {
  readonly level: LogLevel;
  /** The secret to scrub from every line, whatever field or message it hides in. */
  readonly token?: string | null;
  readonly sink?: LogSink;
}

/**
 * Structured JSON logs. The token is removed twice: by field (`token`, authorization headers)
 * and by value on the finished line, so an error message or URL that happens to contain it is
 * scrubbed too. Bot tokens are printable ASCII without quotes or backslashes, so JSON encoding
 * leaves them as they are and a plain text replacement on the line is exact.
 */
export function createLogger(options: LoggerOptions): Logger {
  const sink = options.sink ?? process.stderr;
  const token = options.token ?? null;
  const stream = { write: (line: string) => sink.write(redactToken(line, token)) };
  return pino(
    {
      level: options.level,
      base: { app: 'onrecord' },
      redact: {
        paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'config.token'],
        censor: '[redacted]',
      },
    },
    stream,
  );
}
