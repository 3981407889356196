import { describe, expect, it } from 'vitest';
import { routeQuestion } from '../../src/answer/ask.js';

describe('routeQuestion', () => {
  it.each([
    ['When did the ports meet in Brussels?', 'when'],
    ['what date is the pilot starting', 'when'],
    ['Who said ships wait too long?', 'who-said'],
    ['What did the mayor say about the library?', 'who-said'],
    ['which official warned of strikes', 'who-said'],
    ['What did the two ports agree?', 'agreed'],
    ['who agreed to share data', 'agreed'],
    ['When did they sign the deal?', 'when'],
    // Asking for the speaker wins over a quote that mentions a deal or an agreement.
    ['Who said the merger deal was a mistake?', 'who-said'],
    ['Who warned the agreement would collapse?', 'who-said'],
    ['What did the coach say about the signing of the striker?', 'who-said'],
    ['who called the pledge empty', 'who-said'],
    ['Who signed the accord?', 'agreed'],
    ['What did the unions agree to?', 'agreed'],
    ['timeline', 'timeline'],
    ['show the timeline', 'timeline'],
    ['sources', 'sources'],
    ['help', 'help'],
    ['berth scheduling data', 'search'],
    ['library budget vote', 'search'],
  ] as const)('%s → %s', (question, command) => {
    expect(routeQuestion(question)).toBe(command);
  });
});
