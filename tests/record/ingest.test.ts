import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/record/extract.js';
import { fetchChecked, isPublicAddress, type FetchOptions } from '../../src/record/fetch.js';
import { RecordEditError, RecordEditor, type ChangeEntry } from '../../src/record/editor.js';
import { prepareDocument, slugOf, writeDocument } from '../../src/record/ingest.js';
import { parseDocument } from '../../src/record/parse.js';
import type { Doc } from '../../src/record/types.js';
import { BLOG_PAGE, NEWS_PAGE, startPageServer, type PageServer } from './pages.js';

const LOCAL = ['127.0.0.1'];
const opts = (over: Partial<FetchOptions> = {}): FetchOptions => ({
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 3_000,
  maxRedirects: 5,
  allowHosts: LOCAL,
  contentTypes: ['text/html', 'text/plain'],
  ...over,
});

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'no refusal';
}

describe('isPublicAddress: only public unicast, IPv4 and IPv6, mapped IPv4 judged as IPv4', () => {
  test.each([
    ['93.184.216.34', true],
    ['2606:4700::1111', true],
    ['127.0.0.1', false],
    ['10.0.0.8', false],
    ['172.16.4.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00:ec2::254', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:a9fe:a9fe', false],
    ['::ffff:93.184.216.34', true],
    ['224.0.0.1', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('fetchChecked', () => {
  let server: PageServer;
  beforeAll(async () => {
    server = await startPageServer();
  });
  afterAll(async () => {
    await server.close();
  });

  test('a page from an allowed host arrives whole, with its type; a relative redirect is followed', async () => {
    const page = await fetchChecked(`${server.base}/hop`, opts());
    expect(page.contentType).toBe('text/html');
    expect(page.charset).toBe('utf-8');
    expect(page.url).toBe(`${server.base}/news/tram-depot`);
    expect(page.body.equals(NEWS_PAGE)).toBe(true);
  });

  test('without the allow list, the same local server is refused before any request', async () => {
    const before = server.hits.length;
    expect(await refusal(fetchChecked(`${server.base}/news/tram-depot`, opts({ allowHosts: [] })))).toBe(
      'FetchRefused: 127.0.0.1 is a loopback address; links must lead to the public internet',
    );
    expect(server.hits.length).toBe(before);
  });

  test('the allow list exempts only the hosts it names: a redirect to the metadata address or to localhost is refused', async () => {
    expect(await refusal(fetchChecked(`${server.base}/to-metadata`, opts()))).toBe(
      'FetchRefused: 169.254.169.254 is a link-local (cloud metadata) address; links must lead to the public internet',
    );
    expect(await refusal(fetchChecked(`${server.base}/to-loopback`, opts({ resolve: () => Promise.resolve([{ address: '127.0.0.1', family: 4 }]) })))).toBe(
      'FetchRefused: localhost (127.0.0.1) is a loopback address; links must lead to the public internet',
    );
  });

  test('private, IPv6 loopback, mapped and unique-local addresses are refused; so is a name with any private address', async () => {
    const cases: Array<[string, string]> = [
      ['http://10.1.2.3/', 'FetchRefused: 10.1.2.3 is a private address; links must lead to the public internet'],
      ['http://[::1]:8080/', 'FetchRefused: ::1 is a loopback address; links must lead to the public internet'],
      ['http://[::ffff:127.0.0.1]/', 'FetchRefused: ::ffff:7f00:1 is a loopback address; links must lead to the public internet'],
      ['http://0.0.0.0/', 'FetchRefused: 0.0.0.0 is an unspecified address; links must lead to the public internet'],
    ];
    for (const [url, expected] of cases) expect(await refusal(fetchChecked(url, opts()))).toBe(expected);
    const mixed = () =>
      Promise.resolve([
        { address: '93.184.216.34', family: 4 },
        { address: 'fd00:ec2::254', family: 6 },
      ]);
    expect(await refusal(fetchChecked('http://news.example/story', opts({ resolve: mixed })))).toBe(
      'FetchRefused: news.example (fd00:ec2::254) is a private (unique-local) address; links must lead to the public internet',
    );
  });

  test('the connection goes to the address that was checked, not to what the name resolves to later (rebinding)', async () => {
    // First answer: the allowed local server; any later lookup would say the metadata address.
    let calls = 0;
    const rebinding = () => Promise.resolve(calls++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '169.254.169.254', family: 4 }]);
    const page = await fetchChecked(`http://pages.test:${server.port}/blog/library`, opts({ allowHosts: ['pages.test'], resolve: rebinding }));
    expect(page.body.equals(BLOG_PAGE)).toBe(true);
    expect(calls).toBe(1);
  });

  test('other schemes, credentials, oversized bodies, wrong types and errors are refused with the reason', async () => {
    expect(await refusal(fetchChecked('file:///etc/passwd', opts()))).toBe('FetchRefused: only http and https links can be read, not file');
    expect(await refusal(fetchChecked('ftp://example.org/a.txt', opts()))).toBe('FetchRefused: only http and https links can be read, not ftp');
    expect(await refusal(fetchChecked(`http://user:pw@127.0.0.1:${server.port}/`, opts()))).toBe('FetchRefused: links with a user name or password are not read');
    expect(await refusal(fetchChecked(`${server.base}/big`, opts()))).toBe('FetchRefused: the page is larger than the 5.0 MB limit');
    expect(await refusal(fetchChecked(`${server.base}/image.png`, opts()))).toBe(
      'FetchRefused: the link is image/png, not a web page or text (accepted: text/html, text/plain)',
    );
    expect(await refusal(fetchChecked(`${server.base}/missing`, opts()))).toBe('FetchRefused: the page answered HTTP 404 Not Found');
    expect(await refusal(fetchChecked('not a link', opts()))).toBe('FetchRefused: that is not a link (expected something like https://example.org/news/story)');
  });

  test('a redirect loop stops at the limit', async () => {
    const loop = await startPageServer({ '/a': [302, { location: '/b' }, ''], '/b': [302, { location: '/a' }, ''] });
    try {
      expect(await refusal(fetchChecked(`${loop.base}/a`, opts({ maxRedirects: 3 })))).toBe('FetchRefused: the link redirects more than 3 times');
      expect(loop.hits).toEqual(['/a', '/b', '/a', '/b']);
    } finally {
      await loop.close();
    }
  });
});

describe('extractArticle (Readability on linkedom)', () => {
  test('keeps headline, byline, date and story paragraphs; drops navigation, captions, ads, related links and footer', () => {
    const a = extractArticle(NEWS_PAGE.toString('utf8'));
    expect(a?.title).toBe('Lakeside council votes to reopen the old tram depot');
    expect(a?.byline).toBe('Petra Lindqvist');
    expect(a?.date).toBe('2025-04-17');
    expect(a?.siteName).toBe('Lakeside Courier');
    expect(a?.paragraphs.map((p) => p.slice(0, 40))).toEqual([
      'LAKESIDE, April 16 (Courier) - The city ',
      '"This building carried the city for eigh',
      'The depot has stood empty since 2009, wh',
      'What happens next',
      'Work on the roof and the tracks is due t',
      'The heritage society agreed to lend thre',
      'Opposition councillor Mads Ruud said the',
    ]);
  });

  test('a page with a date only in a meta tag, a quote block and a list', () => {
    const a = extractArticle(BLOG_PAGE.toString('utf8'));
    expect(a?.title).toBe('Northgate library extends weekend opening hours');
    expect(a?.date).toBe('2024-11-02');
    expect(a?.paragraphs.length).toBe(7);
    expect(a?.paragraphs[3]).toBe('We would rather open longer with fewer staff than close early with more.');
    expect(a?.paragraphs.some((p) => /cookies|Most read|Advertise|Share this/u.test(p))).toBe(false);
  });
});

describe('prepareDocument and writeDocument', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'onrecord-ingest-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('an HTML page becomes a front-matter document that parses back to the same title, date, source and url', () => {
    const p = prepareDocument(
      { kind: 'page', url: 'https://courier.example/news/tram-depot', bytes: NEWS_PAGE, contentType: 'text/html', charset: 'utf-8' },
      {},
      { knowledgeDir: dir },
    );
    expect(p.id).toBe('2025-04-17-lakeside-council-votes-to-reopen-the-old-tram-depot');
    expect(p.readAs).toBe('article');
    expect(p.text.split('\n').slice(0, 8)).toEqual([
      '---',
      'title: Lakeside council votes to reopen the old tram depot',
      'date: 2025-04-17',
      'source: Lakeside Courier',
      'url: https://courier.example/news/tram-depot',
      '---',
      '',
      'By Petra Lindqvist',
    ]);
    expect(p.doc.headline?.text).toBe('Lakeside council votes to reopen the old tram depot');
    expect(p.doc.paragraphs.length).toBe(8);
    const reparsed = parseDocument(Buffer.from(p.text), { id: p.id, file: p.doc.file });
    expect(reparsed.ok && reparsed.doc.hash).toBe(p.doc.hash);
  });

  test('what the moderator gives wins; a bad date is refused', () => {
    const page = { kind: 'page' as const, url: 'https://x.example/a', bytes: BLOG_PAGE, contentType: 'text/html', charset: null };
    const p = prepareDocument(page, { title: '"Open on Sundays" says the board', date: '2024-11-03', source: 'Northgate Today' }, { knowledgeDir: dir });
    expect(p.doc.title).toBe('"Open on Sundays" says the board');
    expect(p.doc.published).toBe('2024-11-03');
    expect(p.doc.source).toBe('Northgate Today');
    expect(() => prepareDocument(page, { date: '2024-02-30' }, { knowledgeDir: dir })).toThrow(new RecordEditError('the date option: date "2024-02-30" is not a calendar day'));
  });

  test('a text file keeps its words; its first line becomes the title', () => {
    const p = prepareDocument({ kind: 'file', name: 'Ferry Notes.txt', bytes: Buffer.from('Ferry notes\n\nThe board met on Monday.\n') }, {}, { knowledgeDir: dir });
    expect(p.id).toBe('ferry-notes');
    expect(p.text).toBe('---\ntitle: Ferry notes\n---\n\nThe board met on Monday.\n');
  });

  test.each([
    ['photo.jpg', Buffer.from('x'), 'only .txt, .md, .html, .htm files can be added, not "photo.jpg"'],
    ['empty.txt', Buffer.alloc(0), 'the file is empty'],
    ['tool.txt', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), 'the file cannot be read as text: binary file (NUL bytes, first at byte 3)'],
    ['latin.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'the file cannot be read as text: not valid UTF-8 at byte 3'],
    ['huge.md', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'), 'the file is too large: 5242881 bytes (limit 5 MB)'],
    ['links.html', Buffer.from('<html><body><nav><a href="/">Home</a></nav></body></html>'), 'no article text found in the file (a page of links, a login wall or a script-only page cannot be read)'],
  ])('%s is refused', (name, bytes, reason) => {
    expect(() => prepareDocument({ kind: 'file', name, bytes }, {}, { knowledgeDir: dir })).toThrow(new RecordEditError(reason));
  });

  test('writing never leaves a temporary file; an add never overwrites, a replace swaps whole', () => {
    const first = prepareDocument({ kind: 'file', name: 'notes.txt', bytes: Buffer.from('Notes\n\nFirst version of the text.\n') }, {}, { knowledgeDir: dir });
    const file = writeDocument(first, null);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(() => writeDocument(first, null)).toThrow(new RecordEditError('a file named notes.txt is already in the record: replace it instead'));
    const second = prepareDocument({ kind: 'file', name: 'other.txt', bytes: Buffer.from('Notes\n\nSecond version.\n') }, {}, { knowledgeDir: dir, id: 'notes', file });
    writeDocument(second, file);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(readFileSync(file, 'utf8')).toBe('---\ntitle: Notes\n---\n\nSecond version.\n');
  });

  test('slugs: accents folded, punctuation dropped, cut at a word', () => {
    expect(slugOf('Café crème: 3 façades!')).toBe('cafe-creme-3-facades');
    expect(slugOf('a'.repeat(30) + ' ' + 'b'.repeat(40))).toBe('a'.repeat(30));
  });
});

describe('RecordEditor', () => {
  let dir: string;
  let docs: Map<string, Doc>;
  let log: ChangeEntry[];
  let editor: RecordEditor;
  const by = { id: '200000000000000001', name: 'Alice' };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'onrecord-editor-'));
    docs = new Map();
    log = [];
    editor = new RecordEditor({ knowledgeDir: dir, allowHosts: [], docById: (id) => docs.get(id), log: (e) => log.push(e), now: () => new Date('2026-01-02T03:04:05Z') });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('add from a path logs who and what; a clash asks for replace and writes nothing', async () => {
    const src = path.join(dir, '..', `onrecord-src-${process.pid}.md`);
    writeFileSync(src, '---\ntitle: Wind farm approved\ndate: 2024-05-06\n---\n\nThe county approved the wind farm on Monday.\n');
    try {
      const added = await editor.add({ kind: 'path', path: src }, {}, by);
      expect(added.file).toBe(path.join(dir, `onrecord-src-${process.pid}.md`));
      expect(log).toEqual([{ at: new Date('2026-01-02T03:04:05Z'), action: 'added', doc: `onrecord-src-${process.pid}`, title: 'Wind farm approved', origin: `onrecord-src-${process.pid}.md`, userId: by.id, userName: 'Alice' }]);
      docs.set(added.prepared.id, added.prepared.doc);
      const again = await refusal(editor.add({ kind: 'path', path: src }, {}, by));
      expect(again).toBe(
        `RecordEditError: a document named onrecord-src-${process.pid} is already in the record (“Wind farm approved”). To put this one in its place, use replace with document onrecord-src-${process.pid}; to keep both, give this one another title`,
      );
      expect(log.length).toBe(1);
    } finally {
      rmSync(src, { force: true });
    }
  });

  test('a link to a private address is refused with the reason and nothing is written or logged', async () => {
    expect(await refusal(editor.add({ kind: 'link', url: 'http://192.168.0.10/intranet' }, {}, by))).toBe(
      'RecordEditError: the link was not read: 192.168.0.10 is a private address; links must lead to the public internet',
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(log).toEqual([]);
  });

  test('remove of an unknown document, or of a changed one from an old button, is refused', () => {
    expect(() => editor.remove('nope', by)).toThrow(new RecordEditError('there is no document nope in the record (pick one from the list)'));
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'A\n\nText.\n');
    const parsed = parseDocument(readFileSync(file), { id: 'a', file });
    if (!parsed.ok) throw new Error('fixture');
    docs.set('a', parsed.doc);
    expect(() => editor.remove('a', by, '00000000')).toThrow(new RecordEditError('a has changed since this message was written; run remove again if you still mean it'));
    editor.remove('a', by, parsed.doc.hash.slice(0, 8));
    expect(readdirSync(dir)).toEqual([]);
    expect(log.map((e) => [e.action, e.doc, e.title])).toEqual([['removed', 'a', 'A']]);
  });
});
