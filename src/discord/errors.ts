import { randomBytes } from 'node:crypto';

/**
 * An expected failure the user can act on (bad input, an expired button, a cooldown). Its
 * message is shown as is, privately. Anything else is a bug: the user sees only a reference id.
 */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}

/** A short id that appears both in the user's message and in the log line with the full error. */
export function referenceId(): string {
  return randomBytes(4).toString('hex');
}

export const USER_ERROR_PREFIX = '❌ ';

export function bugMessage(ref: string): string {
  return `🐞 Something went wrong on our side. Please try again; if it keeps happening, tell the bot's operator the reference \`${ref}\`.`;
}
