import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answer, Excerpt, Result } from '../../src/answer/types.js';
import {
  CUT_NOTICE,
  MESSAGE_MAX_LENGTH,
  boldHighlights,
  choiceName,
  discordMessage,
  documentLine,
  escapeMarkdown,
  fitMessage,
  hasMorePages,
  renderDiscord,
  safeUrl,
} from '../../src/render/discord.js';

const excerpt = (text: string, over: Partial<Excerpt> = {}): Excerpt => ({
  doc: 'lakeside-vote',
  title: 'Lakeside votes on the *new* bridge',
  published: '2023-05-09',
  paragraph: 2,
  sentence: 1,
  cite: 'lakeside-vote ¶2.1',
  text,
  highlights: [],
  ...over,
});

const answered = (command: Answer['command'], query: string, results: Result[], over: Partial<Answer> = {}): Answer => ({
  command,
  query,
  status: 'answered',
  message: null,
  results,
  suggestions: [],
  ...over,
});

describe('escapeMarkdown', () => {
  test('markdown and mention syntax show as written', () => {
    expect(escapeMarkdown('a *b* _c_ ~~d~~ `e` ||f|| [g](h) \\ @everyone <@123> <@&4> # not a heading')).toBe(
      'a \\*b\\* \\_c\\_ \\~\\~d\\~\\~ \\`e\\` \\|\\|f\\|\\| \\[g\\](h) \\\\ \\@everyone \\<\\@123\\> \\<\\@&4\\> \\# not a heading',
    );
  });

  test('line breaks become spaces and a leading list marker is escaped', () => {
    expect(escapeMarkdown('- first\nsecond\r\n\nthird')).toBe('\\- first second third');
    expect(escapeMarkdown('1. one')).toBe('1\\. one');
  });
});

describe('boldHighlights', () => {
  test('escapes first, then bolds the ranges; ranges separated by spaces become one run', () => {
    // "night" [4,9) and "ferry" [10,15) are one phrase; "*" inside the text stays escaped.
    expect(boldHighlights('the night ferry is *back*', [[4, 9], [10, 15]])).toBe('the **night ferry** is \\*back\\*');
  });

  test('overlapping, unsorted and out-of-range ranges are merged and clipped', () => {
    expect(boldHighlights('alpha beta gamma', [[11, 99], [0, 3], [2, 5]])).toBe('**alpha** beta **gamma**');
    expect(boldHighlights('alpha', [[3, 3], [9, 12]])).toBe('alpha');
  });

  test('a highlight inside a mention never makes it a mention', () => {
    expect(boldHighlights('hi @everyone', [[3, 12]])).toBe('hi **\\@everyone**');
  });
});

describe('fitMessage', () => {
  test('content within the limit is unchanged, at exactly the limit too', () => {
    const exact = 'x'.repeat(MESSAGE_MAX_LENGTH);
    expect(fitMessage(exact)).toBe(exact);
  });

  test('one character over: cut at the last line break, with the notice', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `line ${String(i).padStart(2, '0')} ${'y'.repeat(42)}`);
    const content = lines.join('\n');
    expect(content.length).toBe(40 * 50 + 39);
    const over = `${content}\nz`;
    const cut = fitMessage(over, 1_000);
    // Room is 1000 minus the notice (39) minus 2 for a closing "**": 959; line k ends at 51k - 1,
    // so 18 whole lines fit (917) and the 19th (968) does not.
    expect(CUT_NOTICE.length).toBe(39);
    expect(cut).toBe(`${lines.slice(0, 18).join('\n')}${CUT_NOTICE}`);
    expect(cut.length).toBeLessThanOrEqual(1_000);
  });

  test('a single long line is cut at a sentence end, and an open bold span is closed', () => {
    const text = `**${'Word word word. '.repeat(20)}**`;
    const cut = fitMessage(text, 100);
    expect(cut).toBe(`**${'Word word word. '.repeat(3).trimEnd()}**${CUT_NOTICE}`);
  });

  test('property: any content comes back within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5_000 }), fc.integer({ min: 60, max: 2_000 }), (s, max) => fitMessage(s, max).length <= max),
    );
  });
});

describe('renderDiscord', () => {
  test('an answer: header, then per result the quote, the fact, the citation', () => {
    const a = answered(
      'who-said',
      'bridge *toll*',
      [
        {
          excerpt: excerpt('"The toll will stay," she said.', { highlights: [[5, 9]] }),
          score: 0.9,
          speaker: { name: 'Ada Park', mention: 'she', description: 'transport minister', resolved: 'she = Ada Park, named in ¶1.1', cue: 'said', quote: 'The toll will stay' },
        },
      ],
      { page: { index: 0, size: 5, total: 1 } },
    );
    expect(renderDiscord(a)).toBe(
      [
        '**Who said** “bridge \\*toll\\*” · Results 1–1 of 1',
        '',
        '**Lakeside votes on the \\*new\\* bridge** · 2023-05-09',
        '> "The **toll** will stay," she said.',
        'Said by: Ada Park, transport minister (she = Ada Park, named in ¶1.1)',
        '-# lakeside-vote ¶2.1',
      ].join('\n'),
    );
  });

  test('dates: a day, an approximate range, dated by context, none', () => {
    const by = excerpt('Earlier text.', { cite: 'lakeside-vote ¶1.2' });
    const a = answered('when', 'bridge', [
      { excerpt: excerpt('One.'), score: 1, when: { text: 'on May 3', start: '2023-05-03', end: '2023-05-03', approximate: false, byContext: null } },
      { excerpt: excerpt('Two.'), score: 1, when: { text: 'mid-June', start: '2023-06-11', end: '2023-06-20', approximate: true, byContext: by } },
      { excerpt: excerpt('Three.'), score: 1, when: { text: null, start: null, end: null, approximate: false, byContext: null } },
    ]);
    const lines = renderDiscord(a).split('\n').filter((l) => l.startsWith('Date'));
    expect(lines).toEqual([
      'Date: 2023-05-03 (written “on May 3”)',
      'Date: about 2023-06-11 to 2023-06-20 (written “mid-June”), dated by context: lakeside-vote ¶1.2',
      'Date: the record gives no date',
    ]);
    expect(renderDiscord(a).split('\n')[0]).toBe('**When** “bridge” · 3 results');
  });

  test('agreements show the parties and the clause', () => {
    const a = answered('agreed', '', [
      {
        excerpt: excerpt('Both towns agreed to share the ferry.'),
        score: 1,
        agreement: { parties: ['Lakeside', 'Millbrook'], mention: 'Both towns', resolved: 'Both towns = Lakeside, Millbrook', cue: 'agreed', action: 'to share the ferry', when: null },
      },
    ]);
    expect(renderDiscord(a).split('\n').slice(3)).toEqual([
      '> Both towns agreed to share the ferry.',
      'Parties: Lakeside, Millbrook (Both towns = Lakeside, Millbrook) · Agreed: to share the ferry',
      '-# lakeside-vote ¶2.1',
    ]);
  });

  test('not found: the reason, then suggestions labelled as not answers', () => {
    const a: Answer = {
      command: 'search',
      query: 'stock market',
      status: 'not_found',
      message: 'The record does not mention “stock market”.',
      results: [],
      suggestions: [{ excerpt: excerpt('The market square was closed.', { highlights: [[4, 10]] }), score: 0.2 }],
    };
    expect(renderDiscord(a)).toBe(
      [
        '**Search** “stock market”',
        'The record does not mention “stock market”.',
        '',
        'Nearest sentences (suggestions, not answers):',
        '',
        '**Lakeside votes on the \\*new\\* bridge** · 2023-05-09',
        '> The **market** square was closed.',
        '-# lakeside-vote ¶2.1',
      ].join('\n'),
    );
  });

  test('invalid: the reason only, the query is not echoed', () => {
    const a: Answer = { command: 'search', query: '@everyone', status: 'invalid', message: 'Mentions cannot be searched.', results: [], suggestions: [] };
    expect(renderDiscord(a)).toBe('**Search**\nMentions cannot be searched.');
  });

  test('context marks the target sentence', () => {
    const target = excerpt('Second.', { sentence: 2, cite: 'lakeside-vote ¶2.2' });
    const a: Answer = {
      command: 'context',
      query: 'lakeside-vote ¶2.2',
      status: 'answered',
      message: null,
      results: [],
      suggestions: [],
      context: { target, sentences: [excerpt('First.'), target, excerpt('Third _x_.', { sentence: 3 })] },
    };
    expect(renderDiscord(a)).toBe(
      [
        '**Context** “lakeside-vote ¶2.2”',
        '',
        '**Lakeside votes on the \\*new\\* bridge** · 2023-05-09',
        '> First.',
        '> ▶ **Second.**',
        '> Third \\_x\\_.',
        '-# lakeside-vote ¶2.2',
      ].join('\n'),
    );
  });

  test('sources and problems', () => {
    const a: Answer = {
      command: 'sources',
      query: '',
      status: 'answered',
      message: null,
      results: [],
      suggestions: [],
      sources: {
        documents: [{ doc: 'lakeside-vote', title: 'Lakeside votes', published: '2023-05-09', source: 'Valley Post', url: null, paragraphs: 4, sentences: 9, bytes: 2048 }],
        problems: [{ file: 'broken.txt', reason: 'the file is empty' }],
      },
    };
    expect(renderDiscord(a)).toBe('**Sources**\n• **Lakeside votes** (lakeside-vote): 2023-05-09, Valley Post, 4 paragraphs, 9 sentences\nSkipped broken.txt: the file is empty');
  });

  test('many long results are cut between results, saying how many were left out, within 2000', () => {
    const long = 'A sentence about the lakeside bridge that goes on for a while. '.repeat(4);
    const results = Array.from({ length: 12 }, (_, i) => ({ excerpt: excerpt(`${long}${i}`, { cite: `lakeside-vote ¶${i + 1}.1` }), score: 0.5 }));
    const text = renderDiscord(answered('search', 'bridge', results, { page: { index: 0, size: 12, total: 30 } }));
    expect(text.length).toBeLessThanOrEqual(MESSAGE_MAX_LENGTH);
    expect(text.split('\n')[0]).toBe('**Search** “bridge” · Results 1–12 of 30 · page 1 of 3');
    const shown = text.split('\n').filter((l) => l.startsWith('-# lakeside-vote')).length;
    // Each block is about 285 characters (quote and citation; the title is said once, above the
    // first): six fit under 2000 with the header, the title line and the tail line.
    expect(shown).toBe(6);
    expect(text.endsWith(`(${12 - shown} more not shown here)`)).toBe(true);
  });

  test('a document is named once, linked when it has a url, its long title cut at a word', () => {
    const other = { doc: 'millbrook-ferry', title: 'Millbrook ferry crews say the new timetable leaves the last crossing of the night without a second deckhand on board', published: '2023-05-10', url: 'https://news.example/millbrook (2023)' };
    const a = answered('search', 'ferry', [
      { excerpt: excerpt('One.', { cite: 'lakeside-vote ¶1.1' }), score: 0.9 },
      { excerpt: excerpt('Two.', { ...other, cite: 'millbrook-ferry ¶2.1' }), score: 0.8 },
      { excerpt: excerpt('Three.', { cite: 'lakeside-vote ¶3.1' }), score: 0.7 },
      { excerpt: excerpt('Four.', { ...other, cite: 'millbrook-ferry ¶4.1' }), score: 0.6 },
    ]);
    expect(renderDiscord(a)).toBe(
      [
        '**Search** “ferry” · 4 results',
        '',
        '**Lakeside votes on the \\*new\\* bridge** · 2023-05-09',
        '> One.',
        '-# lakeside-vote ¶1.1',
        '',
        // 90 characters at most, cut at a word; the url's parentheses are encoded so the link holds.
        '**[Millbrook ferry crews say the new timetable leaves the last crossing of the night…](<https://news.example/millbrook%20%282023%29>)** · 2023-05-10',
        '> Two.',
        '-# millbrook-ferry ¶2.1',
        '',
        '> Three.',
        '-# lakeside-vote ¶3.1',
        '',
        '> Four.',
        '-# millbrook-ferry ¶4.1',
      ].join('\n'),
    );
  });

  test('only http(s) addresses become links', () => {
    expect(documentLine({ doc: 'd', title: 'T', published: null, url: 'javascript:alert(1)' })).toBe('**T**');
    expect(documentLine({ doc: 'd', title: 'T', published: null, url: 'https://user:pw@example.org/' })).toBe('**T**');
    expect(documentLine({ doc: 'd', title: null, published: '2023-01-02', url: 'http://example.org/a?b=<c>' })).toBe('**[d](<http://example.org/a?b=%3Cc%3E>)** · 2023-01-02');
    expect(safeUrl('not a url')).toBe(null);
  });

  test('a page says where it is and how much there is; a note is shown under the header', () => {
    const a = answered('check', 'the ferry is back', [{ excerpt: excerpt('Two.'), score: 1 }], {
      page: { index: 1, size: 1, total: 3 },
      note: 'A long message: checked its 3 most specific sentences (names, numbers, dates).',
    });
    expect(renderDiscord(a).split('\n').slice(0, 2)).toEqual([
      '**Checked in the record** “the ferry is back” · Results 2–2 of 3 · page 2 of 3',
      '-# A long message: checked its 3 most specific sentences (names, numbers, dates).',
    ]);
  });

  test('hasMorePages', () => {
    expect(hasMorePages(answered('search', 'x', [], { page: { index: 0, size: 5, total: 6 } }))).toBe(true);
    expect(hasMorePages(answered('search', 'x', [], { page: { index: 1, size: 5, total: 10 } }))).toBe(false);
    expect(hasMorePages(answered('search', 'x', []))).toBe(false);
  });
});

test('discordMessage: no pings, no embeds, private on request', () => {
  expect(discordMessage('hi @everyone')).toEqual({ content: 'hi @everyone', flags: 4, allowed_mentions: { parse: [] } });
  expect(discordMessage('x', { ephemeral: true }).flags).toBe(68);
});

describe('choiceName', () => {
  // 143 characters: Discord shows 100 at most.
  const long = 'According to Lena Hart, by the end of the year the two towns will also hold a video conference on maritime affairs and exchange views on fish.';

  test('a word late in a long label: the part around it, "…" before and, if cut there too, after', () => {
    expect(choiceName(long, 'mari')).toBe('…the two towns will also hold a video conference on maritime affairs and exchange views on fish.');
    expect(choiceName(`${long} ${long}`, 'affairs exch')).toBe(
      '…on maritime affairs and exchange views on fish. According to Lena Hart, by the end of the year…',
    );
  });

  test('a word near the start, or no word found: the start, cut at a word', () => {
    expect(choiceName(long, 'lena')).toBe('According to Lena Hart, by the end of the year the two towns will also hold a video conference on…');
    expect(choiceName(long, 'zeppelin')).toBe(choiceName(long, ''));
  });

  test('the lead (a citation) stays; short labels are unchanged; never over 100', () => {
    const cite = 'lakeside-vote ¶3.1 ';
    expect(choiceName(`${cite}${long}`, 'fish', cite.length)).toBe('lakeside-vote ¶3.1 …also hold a video conference on maritime affairs and exchange views on fish.');
    expect(choiceName('Ana Ruiz (mayor)', 'ruiz')).toBe('Ana Ruiz (mayor)');
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 20 }), fc.nat(150), (label, typed, lead) => choiceName(label, typed, lead).length <= 100),
    );
  });
});
