import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/record/load.js';
import { sentencesOf } from '../../src/record/types.js';
import { compareTimes, extractTimes } from '../../src/understand/dates.js';

// End to end on the bundled article (the only place tests may name its content): every time
// expression of the record, resolved against the dateline's date, in timeline order.
describe('dates of the bundled article', () => {
  it('finds and orders every time expression', async () => {
    const { docs } = await loadKnowledge('knowledge');
    const doc = docs.find((d) => d.id === '2020-10-30-china-us-military-contacts')!;
    expect(doc.reportDate).toBe('2020-10-29');
    const found = sentencesOf(doc).flatMap((s) =>
      extractTimes(s.text, doc.reportDate).map((t) => ({ key: `${s.paragraph}.${s.sentence}`, text: t.text, start: t.start, end: t.end })),
    );
    expect([...found].sort(compareTimes)).toEqual([
      { key: '3.1', text: 'October 20', start: '2020-10-20', end: '2020-10-20' },
      { key: '5.1', text: 'From October 28-29', start: '2020-10-28', end: '2020-10-29' },
      // The dateline stays in the first sentence's text, so its date is found there too.
      { key: '0.1', text: 'Thursday', start: '2020-10-29', end: '2020-10-29' },
      { key: '1.1', text: '29th October, 2020', start: '2020-10-29', end: '2020-10-29' },
      { key: '1.1', text: 'Thursday', start: '2020-10-29', end: '2020-10-29' },
      { key: '5.2', text: 'mid-November', start: '2020-11-11', end: '2020-11-20' },
      { key: '6.1', text: 'by the end of the year', start: '2020-12-01', end: '2020-12-31' },
      { key: '5.2', text: 'annual', start: null, end: null },
      { key: '7.1', text: 'recent', start: null, end: null },
    ]);
  });
});
