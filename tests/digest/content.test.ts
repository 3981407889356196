import { describe, expect, it } from 'vitest';
import { isEmptyPlan, planDigest, type DigestPlan } from '../../src/digest/content.js';
import { renderDigest, renderPreview } from '../../src/digest/render.js';
import { snapshotOf } from '../../src/digest/snapshot.js';
import type { Statement } from '../../src/understand/types.js';
import { corpusOf, day, docOf } from './fixtures.js';

// Two invented local news stories (all names and places are made up for these tests).
const FERRY_BODY = [
  ['The council of Lakeview voted on Monday to open a ferry route to Pine Island.', 'The first crossing is planned for June 12.'],
  ['Mayor Ida Brenner said: “The island deserves a daily link.”', 'The operator and the council agreed to share the cost of a new pier.'],
  ['Residents of Pine Island welcomed the plan.', 'A public hearing will take place on May 20.'],
];
const ferry = docOf('ferry-plan', 'Lakeview council backs new ferry route', FERRY_BODY);
const ferryEdited = docOf('ferry-plan', 'Lakeview council backs new ferry route', [
  ...FERRY_BODY.slice(0, 2),
  ['Residents of Pine Island welcomed the plan.', 'Tickets will cost four euros.', 'A public hearing will take place on May 20.'],
]);
const school = docOf('school-roof', 'Storm damages school roof in Eastbrook', [
  ['A storm tore part of the roof off the Eastbrook primary school on Sunday.', 'Repairs are expected to finish by May 24.'],
  ['Headteacher Omar Lind said lessons would move to the library.'],
]);

const said = (name: string, mention: string, content: string, direct: boolean): Statement => ({
  speaker: { name, mention, description: null, kind: 'person', resolution: null },
  cue: 'said',
  content,
  direct,
});

const s = (doc: typeof ferry, p: number, n: number): string => (p === 0 ? doc.headline!.text : doc.paragraphs[p - 1]!.sentences[n - 1]!.text);

function factsFor(f: typeof ferry) {
  const hearing = f.paragraphs[2]!.sentences.find((x) => x.text.includes('hearing'))!;
  return {
    'ferry-plan': {
      '1.1': { times: [day('on Monday', s(f, 1, 1), '2031-03-31')] },
      '1.2': { times: [day('June 12', s(f, 1, 2), '2031-06-12')] },
      '2.1': { statements: [said('Ida Brenner', 'Mayor Ida Brenner', 'The island deserves a daily link.', true)] },
      '2.2': { agreements: [{ parties: ['the operator', 'the council'], mention: 'The operator and the council', cue: 'agreed', action: 'to share the cost of a new pier', resolution: null, status: 'reached' as const, noun: null, refersTo: null }] },
      [`3.${hearing.sentence}`]: { times: [day('on May 20', hearing.text, '2031-05-20')] },
    },
    'school-roof': {
      '1.1': { times: [day('on Sunday', s(school, 1, 1), '2031-03-30')] },
      '1.2': { times: [{ ...day('by May 24', s(school, 1, 2), '2031-05-18', '2031-05-24'), approximate: true }] },
      '2.1': { statements: [said('Omar Lind', 'Headteacher Omar Lind', 'lessons would move to the library', false)] },
    },
  };
}

const now = new Date('2031-05-17T10:00:00Z');
const brief = (plan: DigestPlan) => plan.items.map((i) => `${i.section} ${i.result.excerpt.cite}`);

describe('the first digest is an overview', () => {
  const corpus = corpusOf([ferry, school], factsFor(ferry));

  it('documents, key dated events in date order, agreements, statements (direct quotes first)', () => {
    const plan = planDigest({ corpus, previous: null, now, timezone: 'UTC', topic: null, limits: { overviewEvents: 3 } });
    expect(plan.kind).toBe('overview');
    expect(brief(plan)).toEqual([
      'documents ferry-plan ¶0.1',
      'documents school-roof ¶0.1',
      // Picked from lead paragraphs (1.1, 1.2 of each in reading order), shown by date.
      'events school-roof ¶1.1',
      'events ferry-plan ¶1.1',
      'events ferry-plan ¶1.2',
      'agreements ferry-plan ¶2.2',
      'statements ferry-plan ¶2.1',
      'statements school-roof ¶2.1',
    ]);
    expect(plan.items[2]!.why).toBe('key dated event (2031-03-30)');
    expect(plan.items[6]!.why).toBe('notable statement by Ida Brenner (direct quote)');
    expect(plan.items[4]!.result.when).toEqual({ text: 'June 12', start: '2031-06-12', end: '2031-06-12', approximate: false, byContext: null });
    expect(plan.items[5]!.result.agreement?.parties).toEqual(['the operator', 'the council']);
    expect(plan.omitted).toEqual([
      { cite: 'school-roof ¶1.2', why: 'events: more than the 3 this section shows' },
      { cite: 'ferry-plan ¶3.2', why: 'events: more than the 3 this section shows' },
    ]);
    expect(plan.snapshot).toEqual(snapshotOf([ferry, school]));
  });

  it('a topic narrows every section to matching sentences and says why the rest is out', () => {
    const plan = planDigest({ corpus, previous: null, now, timezone: 'UTC', topic: 'pine island' });
    expect(brief(plan)).toEqual(['documents ferry-plan ¶1.1']);
    expect(plan.items[0]!.why).toBe('document in the record; matches topic “pine island”');
    const at = s(ferry, 1, 1).indexOf('Pine Island');
    // The excerpt joins the two matched words into one bold span.
    expect(plan.items[0]!.result.excerpt.highlights).toEqual([[at, at + 11]]);
    expect(plan.omitted.slice(0, 3)).toEqual([
      { cite: 'school-roof ¶0.1', why: 'documents: not about topic “pine island”' },
      { cite: 'ferry-plan ¶1.1', why: 'events: already shown above' },
      { cite: 'ferry-plan ¶1.2', why: 'events: not about topic “pine island”' },
    ]);
  });
});

describe('later digests say what changed and what is coming up', () => {
  const corpus = corpusOf([ferryEdited, school], factsFor(ferryEdited));

  it('an edited document shows its new sentence; an added one its headline and key facts; coming up is not repeated', () => {
    const plan = planDigest({ corpus, previous: snapshotOf([ferry]), now, timezone: 'Europe/Berlin', topic: null });
    expect(plan.kind).toBe('update');
    expect(brief(plan)).toEqual([
      'edited ferry-plan ¶3.2',
      'added school-roof ¶0.1',
      'added school-roof ¶1.1',
      'added school-roof ¶1.2',
      'added school-roof ¶2.1',
      'upcoming ferry-plan ¶3.3',
    ]);
    expect(plan.items[0]!.result.excerpt.text).toBe('Tickets will cost four euros.');
    expect(plan.items[5]!.why).toBe('coming up: dated 2031-05-20, within 7 days of 2031-05-17');
    expect(plan.omitted).toEqual([{ cite: 'school-roof ¶1.2', why: 'upcoming: already shown above' }]);
  });

  it('"today" is the day in the digest timezone', () => {
    const late = new Date('2031-05-12T23:30:00Z'); // already 05-13 in Berlin, still 05-12 in New York
    const prev = snapshotOf([ferryEdited, school]);
    const berlin = planDigest({ corpus, previous: prev, now: late, timezone: 'Europe/Berlin', topic: null });
    const ny = planDigest({ corpus, previous: prev, now: late, timezone: 'America/New_York', topic: null });
    expect(brief(berlin)).toEqual(['upcoming school-roof ¶1.2', 'upcoming ferry-plan ¶3.3']);
    expect(brief(ny)).toEqual(['upcoming school-roof ¶1.2']);
  });

  it('nothing new and nothing coming up: an empty plan and no message', () => {
    const plan = planDigest({ corpus, previous: snapshotOf([ferryEdited, school]), now: new Date('2031-09-01T00:00:00Z'), timezone: 'UTC', topic: null });
    expect(isEmptyPlan(plan)).toBe(true);
    expect(renderDigest(plan, { slot: now, timezone: 'UTC', late: false, topic: null, previousAt: null })).toEqual([]);
    expect(renderPreview(plan, [])).toEqual([
      '**Why each item is in**\n• nothing: nothing new and nothing coming up, so nothing would be posted (the run is still recorded).',
    ]);
  });

  it('the change log names who added, replaced and removed documents; a later change of a document says more than an earlier one', () => {
    const prev = snapshotOf([ferry, { ...school, id: 'old-notice', title: 'Old notice' }]);
    const changes = [
      { doc: 'school-roof', action: 'added' as const, by: 'Bob' },
      { doc: 'school-roof', action: 'replaced' as const, by: 'Alice' },
      { doc: 'ferry-plan', action: 'replaced' as const, by: 'Carol' },
      { doc: 'old-notice', action: 'removed' as const, by: 'Dan_the*mod' },
    ];
    const plan = planDigest({ corpus, previous: prev, now: new Date('2031-09-01T00:00:00Z'), timezone: 'UTC', topic: null, changes });
    expect(plan.items.map((i) => [i.section, i.result.excerpt.cite, i.by ?? null])).toEqual([
      ['edited', 'ferry-plan ¶3.2', 'replaced by Carol'],
      ['added', 'school-roof ¶0.1', 'replaced by Alice'],
      ['added', 'school-roof ¶1.1', null],
      ['added', 'school-roof ¶1.2', null],
      ['added', 'school-roof ¶2.1', null],
    ]);
    expect(plan.removed).toEqual([{ doc: 'old-notice', title: 'Old notice', by: 'removed by Dan_the*mod' }]);
    const [message] = renderDigest(plan, { slot: new Date('2031-09-01T00:00:00Z'), timezone: 'UTC', late: false, topic: null, previousAt: null });
    expect(message?.split('\n').filter((l) => l.startsWith('↳') || l.startsWith('•'))).toEqual([
      '↳ replaced by Carol',
      '↳ replaced by Alice',
      '• *Old notice* (old-notice) — removed by Dan\\_the\\*mod',
    ]);
  });

  it('a removed document is listed as no longer in the record', () => {
    const prev = snapshotOf([ferryEdited, school]);
    const only = corpusOf([school], factsFor(ferryEdited));
    const plan = planDigest({ corpus: only, previous: prev, now: new Date('2031-09-01T00:00:00Z'), timezone: 'UTC', topic: null });
    expect(plan.removed).toEqual([{ doc: 'ferry-plan', title: 'Lakeview council backs new ferry route' }]);
    const [message] = renderDigest(plan, { slot: new Date('2031-09-01T00:00:00Z'), timezone: 'UTC', late: false, topic: null, previousAt: null });
    expect(message).toBe(
      '**OnRecord digest** · 2031-09-01 00:00 UTC\nWhat changed in the record since the previous digest, and what is coming up.\n\n__**No longer in the record**__\n• *Lakeview council backs new ferry route* (ferry-plan)',
    );
  });
});

describe('agreements in a digest', () => {
  it('show their status changes in date order, whatever the reading order', () => {
    // The lead tells the voiding (May 17); the background paragraph the signing (March 4).
    const deal = docOf('pier-deal', 'Court voids pier deal', [['On May 17 a court voided the pier deal.'], ['The operator and the council signed the deal on March 4.']]);
    const agreement = (status: 'signed' | 'voided', refersTo: { paragraph: number; sentence: number } | null) => ({
      parties: ['the operator', 'the council'],
      mention: 'The operator and the council',
      cue: status,
      action: 'the pier deal',
      resolution: null,
      status,
      noun: 'the pier deal',
      refersTo,
    });
    const corpus = corpusOf([deal], {
      'pier-deal': {
        '1.1': { times: [day('On May 17', s(deal, 1, 1), '2031-05-17')], agreements: [agreement('voided', { paragraph: 2, sentence: 1 })] },
        '2.1': { times: [day('on March 4', s(deal, 2, 1), '2031-03-04')], agreements: [agreement('signed', null)] },
      },
    });
    const plan = planDigest({ corpus, previous: null, now, timezone: 'UTC', topic: null, limits: { overviewEvents: 0 } });
    const deals = plan.items.filter((i) => i.section === 'agreements');
    expect(deals.map((i) => [i.result.excerpt.cite, i.result.agreement?.status, i.result.agreement?.refersTo, i.why])).toEqual([
      ['pier-deal ¶2.1', 'signed', null, 'agreement in the record (signed)'],
      ['pier-deal ¶1.1', 'voided', '¶2.1', 'agreement in the record (voided)'],
    ]);
  });
});
