import { describe, expect, it } from 'vitest';
import { planDigest } from '../../src/digest/content.js';
import { localTime, renderDigest, renderPreview } from '../../src/digest/render.js';
import { snapshotOf } from '../../src/digest/snapshot.js';
import { MESSAGE_MAX_LENGTH } from '../../src/render/discord.js';
import { corpusOf, day, docOf } from './fixtures.js';

const notice = docOf('notice', 'Harbour office changes its hours', [
  ['The harbour office will open at seven from Tuesday.', 'Visitors wrote @everyone and <@123456789012345678> on the *notice* board.'],
]);
const noticeFacts = { notice: { '1.1': { times: [day('from Tuesday', 'The harbour office will open at seven from Tuesday.', '2031-05-20')] } } };

describe('renderDigest', () => {
  it('an overview, exactly: header, sections with their items rendered like answers, mentions escaped', () => {
    const plan = planDigest({ corpus: corpusOf([notice], noticeFacts), previous: null, now: new Date('2031-05-17T07:00:00Z'), timezone: 'Europe/Berlin', topic: null });
    const messages = renderDigest(plan, { slot: new Date('2031-05-17T07:00:00Z'), timezone: 'Europe/Berlin', late: true, topic: 'harbour *hours*', previousAt: null });
    expect(messages).toEqual([
      [
        '**OnRecord digest** · 2031-05-17 09:00 Europe/Berlin · posted late · topic “harbour \\*hours\\*”',
        'First digest in this channel: an overview of the record.',
        '',
        '__**Documents in the record**__',
        '> Harbour office changes its hours',
        // The quoted headline is the title: the citation does not repeat it.
        'Source: 2031-04-01, notice ¶0.1',
        '',
        '__**Key dated events**__',
        '> The harbour office will open at seven **from Tuesday**.',
        'Date: 2031-05-20 (written “from Tuesday”)',
        // The document was introduced above in this message: the citation is the short form.
        'Source: notice ¶1.1',
      ].join('\n'),
    ]);
  });

  it('quoted text never renders a mention or markdown', () => {
    const plan = planDigest({ corpus: corpusOf([notice], {}), previous: snapshotOf([]), now: new Date('2031-05-17T07:00:00Z'), timezone: 'UTC', topic: null });
    const [message] = renderDigest(plan, { slot: new Date('2031-05-17T07:00:00Z'), timezone: 'UTC', late: false, topic: null, previousAt: null });
    expect(message).toContain('> Visitors wrote \\@everyone and \\<\\@123456789012345678\\> on the \\*notice\\* board.');
    expect(message).not.toMatch(/(?<!\\)@everyone/);
  });

  it('a long digest is split between items: every part fits, no item is cut, each item appears once', () => {
    const body = Array.from({ length: 40 }, (_, i) => [`Item number ${i + 1} of the long list describes one more change to the quay, in some detail, so that it takes room.`]);
    const long = docOf('long', 'A long list of quay works', body);
    const plan = planDigest({ corpus: corpusOf([long], {}), previous: snapshotOf([]), now: new Date('2031-05-17T07:00:00Z'), timezone: 'UTC', topic: null, limits: { factsPerChangedDocument: 40 } });
    const header = { slot: new Date('2031-05-17T07:00:00Z'), timezone: 'UTC', late: false, topic: null, previousAt: new Date('2031-05-16T07:00:00Z') };
    const parts = renderDigest(plan, header);
    expect(parts.length).toBe(3);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MESSAGE_MAX_LENGTH);
    expect(parts[0]!.split('\n').slice(0, 2)).toEqual([
      '**OnRecord digest** · 2031-05-17 07:00 UTC (part 1/3)',
      'What changed in the record since the previous digest (2031-05-16 07:00), and what is coming up.',
    ]);
    expect(parts.slice(1).map((p) => p.split('\n')[0])).toEqual(['**OnRecord digest, continued** (part 2/3)', '**OnRecord digest, continued** (part 3/3)']);
    // Each item (quote + citation) sits whole in exactly one part.
    for (let i = 1; i <= 40; i++) {
      const block = new RegExp(
        `> Item number ${i} of the long list describes one more change to the quay, in some detail, so that it takes room\\.\nSource: (\\*A long list of quay works\\*, 2031-04-01, )?long ¶${i}\\.1(\n|$)`,
      );
      expect(parts.filter((p) => block.test(p)).length).toBe(1);
    }
    expect(parts.join('\n').match(/> Item number/g)?.length).toBe(40);
    // Each part names the document once, so it reads on its own: part 1 by its quoted headline,
    // the others in the first citation.
    expect(parts[0]).toContain('__**New in the record**__\n> A long list of quay works\nSource: 2031-04-01, long ¶0.1');
    expect(parts.map((p) => p.split('*A long list of quay works*').length - 1)).toEqual([0, 1, 1]);
    // Smaller limit, same rule.
    const small = renderDigest(plan, header, 700);
    for (const p of small) expect(p.length).toBeLessThanOrEqual(700);
    expect(small.length).toBe(11); // 41 items of ~140 characters (short citations), about four to a 700-character part
  });

  it('the preview is what would be posted, then why each item is in or out', () => {
    const plan = planDigest({ corpus: corpusOf([notice], noticeFacts), previous: null, now: new Date('2031-05-17T07:00:00Z'), timezone: 'UTC', topic: 'quay', limits: {} });
    expect(renderPreview(plan, ['(messages)'])).toEqual([
      '(messages)',
      ['**Why each item is in**', '• nothing: nothing new and nothing coming up, so nothing would be posted (the run is still recorded).', '**Left out**', '• notice ¶0.1: documents: not about topic “quay”', '• notice ¶1.1: events: not about topic “quay”'].join('\n'),
    ]);
  });

  it('localTime reads the wall clock of the timezone', () => {
    expect(localTime(new Date('2031-03-30T00:30:00Z'), 'Australia/Sydney')).toBe('2031-03-30 11:30');
    expect(localTime(new Date('2031-03-30T00:30:00Z'), 'Asia/Kolkata')).toBe('2031-03-30 06:00');
  });
});
