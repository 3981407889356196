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
