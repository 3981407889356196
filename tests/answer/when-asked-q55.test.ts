import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';
import { eventOf } from '../../src/answer/when.js';
import { holdsAnswerType, writesDate } from '../../src/search/shape.js';

/**
 * A "when" question asked through /ask (session 28, q55) is searched as a question for a date: a
 * candidate writing a date besides the matched words ranks up, as a "how many" question's candidate
 * holding a number does, before the dates' own weighting (a date in its own words, by context,
 * none). /when's own topic is searched as before, by its words alone. On a story of our own
 * writing (names invented).
 */
const STORY =
  ' date 2026-03-14 Brinmoor tool library\n\n' +
  'A lending library for tools in Brinmoor has passed 900 members, its volunteers said. ' +
  'The library began in 2017 with forty drills, ladders and hedge trimmers, and now holds more than 600 items. ' +
  'Members pay a yearly fee of £12.\n\n' +
  'Repairs are done by a retired engineer, Bertil Pardale, who also runs a monthly fixing evening at the chapel.\n';

let dir: string;
let corpus: Corpus;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onrecord-when-asked-'));
  writeFileSync(join(dir, 'tools.txt'), STORY);
  corpus = await buildCorpus(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shown = (a: Answer): [string, string[]] => [a.status, a.status === 'answered' ? a.results.map((r) => `${r.excerpt.cite} ${r.when?.text ?? '-'}`) : (a.suggestions ?? []).map((r) => r.excerpt.cite)];

describe('a "when" question asked through /ask', () => {
  it('ranks the sentence writing a year above the one about the topic without a date', () => {
    const query = 'When did the tool library open?';
    expect(answer(corpus, { command: 'ask', query }).routedTo).toBe('when');
    expect(shown(answer(corpus, { command: 'ask', query }))).toEqual(['answered', ['tools ¶1.2 2017', 'tools ¶1.1 -', 'tools ¶0.1 -']]);
    // /when itself, asked the same words, searches them as before (the date weighting alone).
    expect(shown(answer(corpus, { command: 'when', query }))).toEqual(['answered', ['tools ¶1.1 -', 'tools ¶0.1 -', 'tools ¶1.2 2017']]);
  });

  it('reads "what year" and "how long ago" as asking when', () => {
    expect(eventOf('What year did the tool library open?', 'when')).toBe('when did the tool library open?');
    expect(eventOf('How long ago did the tool library open?', 'when')).toBe('when did the tool library open?');
    expect(eventOf('What year did the tool library open?')).toBe('did the tool library open?');
    expect(shown(answer(corpus, { command: 'ask', query: 'What year did the tool library open?' }))[1][0]).toBe('tools ¶1.2 2017');
  });

  it('is not answered by a time of day or a word of how often', () => {
    // The one candidate holds "evening" and "monthly": no date, so no evidence for answering.
    expect(shown(answer(corpus, { command: 'ask', query: 'When was the chapel built?' }))).toEqual(['not_found', ['tools ¶2.1']]);
  });
});

describe('a date as written', () => {
  it('counts a year, a decade and a calendar date, not a time of day, a frequency or a date relative to the report', () => {
    const none = new Set<string>();
    expect(
      ['The ferry stopped in the 1930s.', 'The ferry stopped in 1937.', 'The ferry stops on 3 November.', 'The ferry stops on Sundays in October.', 'The ferry crosses every evening.', 'The ferry crosses monthly.', 'The ferry crosses twice.', 'The ferry stopped last winter.'].map((t) =>
        writesDate(t, none),
      ),
    ).toEqual([true, true, true, true, false, false, false, false]);
    // A decade is a date for the ranking's answer type too.
    expect(holdsAnswerType('The ferry stopped in the 1930s.', 'date', none)).toBe(true);
    expect(holdsAnswerType('The ferry stopped for good.', 'date', none)).toBe(false);
  });
});
