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
    // A clock time is asked of the search (a time of day), a date or a period of /when.
    ['What time does the ferry leave on Sundays?', 'search'],
    ['What time did the alarm sound?', 'search'],
    ['What time of year suits a hay harvest?', 'when'],
    ['What time is known as the Jade Era?', 'when'],
    ['What year did the ferry start?', 'when'],
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
    // Authorship, design and founding are facts of the record, not statements: a search finds
    // them. "Wrote" is saying where what follows is what was written or whom it was written to.
    ['Who wrote Tarnwick Nights?', 'search'],
    ['Who wrote the novel?', 'search'],
    ['Who writes the weekly column?', 'search'],
    ['Who designed the Velsham bridge?', 'search'],
    ['Who founded the bakery?', 'search'],
    ['Who wrote that the plan would fail?', 'who-said'],
    ['Who wrote to the council about the bridge?', 'who-said'],
    ['Who wrote in the letter that rents would rise?', 'who-said'],
    ['which official wrote to the mayor', 'who-said'],
  ] as const)('%s → %s', (question, command) => {
    expect(routeQuestion(question)).toBe(command);
  });
});
