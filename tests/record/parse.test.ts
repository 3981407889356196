import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/record/dateline.js';
import { MAX_DOCUMENT_BYTES, firstInvalidUtf8, parseDocument } from '../../src/record/parse.js';
import { sentencesOf, type Doc } from '../../src/record/types.js';

const META = { id: 'harbour/vote', file: 'knowledge/harbour/vote.txt' };

function parse(text: string | Buffer): Doc {
  const r = parseDocument(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, META);
  if (!r.ok) throw new Error(`unexpected problem: ${r.problem.reason}`);
  return r.doc;
}

function reason(raw: Buffer | string): string {
  const r = parseDocument(typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw, META);
  if (r.ok) throw new Error('expected a problem');
  expect(r.problem.file).toBe(META.file);
  return r.problem.reason;
}

/** Paragraph structure as sentence texts. */
const shape = (d: Doc): string[][] => d.paragraphs.map((p) => p.sentences.map((s) => s.text));

describe('parseDocument: header line', () => {
  const text = ' date 2023-04-11 Harbour vote delayed again\n\nThe council met on Monday. It did not vote.\n\nA new date is due in May.\n';

  it('reads date and title and cites the title as the headline', () => {
    const d = parse(text);
    expect(d.title).toBe('Harbour vote delayed again');
    expect(d.published).toBe('2023-04-11');
    expect(d.reportDate).toBe('2023-04-11');
    expect(d.headline).toEqual({ doc: 'harbour/vote', paragraph: 0, sentence: 1, text: 'Harbour vote delayed again', start: 17, end: 43 });
    expect(shape(d)).toEqual([['The council met on Monday.', 'It did not vote.'], ['A new date is due in May.']]);
  });

  it('numbers paragraphs and sentences from 1 and keeps every sentence a slice of the text', () => {
    const d = parse(text);
    expect(d.paragraphs.map((p) => [p.index, p.sentences.map((s) => `${s.paragraph}.${s.sentence}`)])).toEqual([
      [1, ['1.1', '1.2']],
      [2, ['2.1']],
    ]);
    for (const s of sentencesOf(d)) expect(d.text.slice(s.start, s.end)).toBe(s.text);
    for (const p of d.paragraphs) expect(d.text.slice(p.start, p.end)).toBe(p.sentences.map((s) => s.text).join(' '));
  });

  it('hashes the raw bytes and counts them', () => {
    const raw = Buffer.from(text, 'utf8');
    const d = parse(raw);
    expect(d.hash).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(d.bytes).toBe(raw.length);
  });

  it('accepts a header without leading space, CRLF line ends and a BOM', () => {
    const d = parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('date 2023-04-11 Title here\r\n\r\nOne. Two.\r\n', 'utf8')]));
    expect(d.text).toBe('date 2023-04-11 Title here\n\nOne. Two.\n');
    expect(d.headline?.text).toBe('Title here');
    expect(shape(d)).toEqual([['One.', 'Two.']]);
  });

  it('reports an impossible header date', () => {
    expect(reason(' date 2020-13-45 Title\n\nBody.')).toBe('malformed header: date "2020-13-45" is not a calendar day on line 1 (expected " date YYYY-MM-DD Title")');
    expect(reason('date 2021-02-29 Title\n\nBody.')).toBe('malformed header: date "2021-02-29" is not a calendar day on line 1 (expected " date YYYY-MM-DD Title")');
    expect(reason('date 5/3/2021 Title\n\nBody.')).toBe('malformed header: date "5/3/2021" is not YYYY-MM-DD on line 1 (expected " date YYYY-MM-DD Title")');
  });

  it('does not take an ordinary first line starting with "date" as a header', () => {
    const d = parse('Date night returns to the old cinema\n\nTickets are cheap.');
    expect(d.published).toBe(null);
    expect(d.title).toBe('Date night returns to the old cinema');
  });
});

describe('parseDocument: front matter', () => {
  it('reads title, date, source and url, quoted or not', () => {
    const d = parse('---\ntitle: "Wind farm approved"\ndate: 2022-09-30\nsource: Coastal Gazette\nurl: https://gazette.example/wind\nauthor: ignored\n---\n\nThe permit was signed.\n');
    expect([d.title, d.published, d.source, d.url]).toEqual(['Wind farm approved', '2022-09-30', 'Coastal Gazette', 'https://gazette.example/wind']);
    expect(d.headline?.text).toBe('Wind farm approved');
    expect(d.headline && d.text.slice(d.headline.start, d.headline.end)).toBe('Wind farm approved');
    expect(shape(d)).toEqual([['The permit was signed.']]);
  });

  it('takes the day of a timestamp', () => {
    expect(parse("---\ndate: '2022-09-30T08:15:00Z'\n---\nBody.").published).toBe('2022-09-30');
  });

  it('reports unterminated front matter, a bad line, a bad date and an open quote', () => {
    expect(reason('---\ntitle: Wind\n\nBody text.')).toBe('malformed header: front matter opened with "---" on line 1 is never closed by a "---" line');
    expect(reason('---\ntitle: Wind\nthis is not a field\n---\nBody.')).toBe('malformed header: front matter line 3 is not "key: value": "this is not a field"');
    expect(reason('---\ndate: 2022-02-30\n---\nBody.')).toBe('malformed header: front matter date "2022-02-30" is not a calendar day');
    expect(reason('---\ntitle: "Wind\n---\nBody.')).toBe('malformed header: front matter line 2 opens a quote it never closes: "title: "Wind"');
  });
});

describe('parseDocument: no header', () => {
  it('takes the first line as title and keeps it in the body', () => {
    const d = parse('Ferry strike ends\n\nCrews returned to work. Fares stay the same.');
    expect(d.title).toBe('Ferry strike ends');
    expect(d.headline).toBe(null);
    expect(d.published).toBe(null);
    expect(d.reportDate).toBe(null);
    expect(shape(d)).toEqual([['Ferry strike ends'], ['Crews returned to work.', 'Fares stay the same.']]);
  });

  it('strips a markdown heading mark from the title only', () => {
    const d = parse('# Ferry strike ends\n\nCrews returned.');
    expect(d.title).toBe('Ferry strike ends');
    expect(shape(d)).toEqual([['# Ferry strike ends'], ['Crews returned.']]);
  });

  it('treats runs of blank lines (with spaces) as one paragraph break', () => {
    expect(shape(parse('One.\n\n \n\t\nTwo.'))).toEqual([['One.'], ['Two.']]);
  });
});

describe('parseDocument: bad files', () => {
  it('gives each a clear reason', () => {
    expect(reason(Buffer.alloc(0))).toBe('empty file');
    expect(reason(' \n\t\n')).toBe('empty file (only whitespace)');
    expect(reason(Buffer.from([0x48, 0x69, 0x00, 0x01]))).toBe('binary file (NUL bytes, first at byte 2)');
    expect(reason(Buffer.from([0x41, 0x42, 0x43, 0xc3, 0x28, 0x41]))).toBe('not valid UTF-8 at byte 3');
    expect(reason(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe(
      'not valid UTF-8: the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8',
    );
    expect(reason(Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x61))).toBe('too large: 5242881 bytes (limit 5 MB)');
    expect(reason(' date 2023-01-02 Only a title\n')).toBe('no body text after the header');
  });

  it('serves a file of exactly the size limit', () => {
    expect(parse(Buffer.alloc(MAX_DOCUMENT_BYTES, 0x61)).bytes).toBe(MAX_DOCUMENT_BYTES);
  });

  it('locates the first invalid UTF-8 byte', () => {
    expect(firstInvalidUtf8(Buffer.from('añb€c😀', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1); // truncated sequence
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
  });
});

describe('datelines', () => {
  const dl = (text: string, headerDate: string | null = '2021-03-04') => readDateline(text, 0, text.length, headerDate);

  it('reads place, source and a full date inside the brackets', () => {
    expect(dl('OSLO (Nordic Daily / Wire - 3rd March, 2021) Ferries stopped.')).toEqual({
      text: 'OSLO (Nordic Daily / Wire - 3rd March, 2021)',
      place: 'OSLO',
      source: 'Nordic Daily / Wire',
      date: '2021-03-03',
    });
  });

  it('completes a date without a year from the header date', () => {
    expect(dl('WASHINGTON, Feb. 27 (Newswire) - Senators met.')).toEqual({
      text: 'WASHINGTON, Feb. 27 (Newswire)',
      place: 'WASHINGTON',
      source: 'Newswire',
      date: '2021-02-27',
    });
    expect(dl('WASHINGTON, Feb. 27 (Newswire) - Senators met.', null)?.date).toBe(null);
    // Reported in December, published in January: last year's December.
    expect(dl('ROME, Dec. 30 (Wire) - Snow fell.', '2022-01-02')?.date).toBe('2021-12-30');
  });

  it('reads an agency in brackets with a dash, and a place with a region', () => {
    expect(dl('LONDON (AP) — Rail workers walked out.')).toEqual({ text: 'LONDON (AP)', place: 'LONDON', source: 'AP', date: null });
    expect(dl('LVIV, Ukraine — Sirens sounded twice.')).toEqual({ text: 'LVIV, Ukraine', place: 'LVIV, Ukraine', source: null, date: null });
    expect(dl('ST. LOUIS, Mo. (KWire) -- Flooding closed roads.')).toEqual({
      text: 'ST. LOUIS, Mo. (KWire)',
      place: 'ST. LOUIS, Mo.',
      source: 'KWire',
      date: null,
    });
  });

  it('reads press-release and title-case datelines', () => {
    expect(dl('NEW YORK, March 3, 2021 /BizWire/ -- Acme announced results.')).toEqual({
      text: 'NEW YORK, March 3, 2021 /BizWire/',
      place: 'NEW YORK',
      source: 'BizWire',
      date: '2021-03-03',
    });
    expect(dl('Nairobi, March 2 (Kenwire) -- Rains came early.')).toEqual({
      text: 'Nairobi, March 2 (Kenwire)',
      place: 'Nairobi',
      source: 'Kenwire',
      date: '2021-03-02',
    });
  });

  it('finds no dateline in ordinary openings', () => {
    expect(dl('NATO (the alliance) said it would meet.')).toBe(null);
    expect(dl('Paris is quiet this morning.')).toBe(null);
    expect(dl('UPDATE: The road has reopened.')).toBe(null);
    expect(dl('A man was arrested.')).toBe(null);
    expect(dl('US officials met on Monday.')).toBe(null);
    expect(dl('Madrid (Spain) hosts the summit.')).toBe(null);
  });

  it('is found after a title line and a date line, but never inside the story', () => {
    const d = parse('Ferries halted\n\nMarch 4, 2021\n\nOSLO (Nordic Daily) - Ferries stopped. Buses ran.\n');
    expect(d.dateline).toEqual({ text: 'OSLO (Nordic Daily)', place: 'OSLO', source: 'Nordic Daily', date: '2021-03-04' });
    expect(parse('Ferries stopped today. Buses ran.\n\nOSLO (Nordic Daily) - More later.').dateline).toBe(null);
  });

  it('falls back to a paragraph that is only a date', () => {
    const d = parse('Ferries halted\n\nThursday, March 4, 2021\n\nFerries stopped. Buses ran.\n');
    expect(d.dateline).toEqual({ text: 'Thursday, March 4, 2021', place: '', source: null, date: '2021-03-04' });
    expect(d.reportDate).toBe('2021-03-04');
    expect(d.published).toBe(null);
  });

  it('becomes the document report date and stays in the sentence text', () => {
    const d = parse(' date 2021-03-05 Ferries halted\n\nOSLO (Nordic Daily - 4th March, 2021) Ferries stopped. Buses ran.\n');
    expect(d.dateline).toEqual({ text: 'OSLO (Nordic Daily - 4th March, 2021)', place: 'OSLO', source: 'Nordic Daily', date: '2021-03-04' });
    expect(d.reportDate).toBe('2021-03-04');
    expect(d.published).toBe('2021-03-05');
    expect(d.paragraphs[0]?.sentences[0]?.text).toBe('OSLO (Nordic Daily - 4th March, 2021) Ferries stopped.');
  });
});
