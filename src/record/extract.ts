/**
 * A web page (or an `.html` file) → the article in it: headline, byline, date and paragraphs,
 * with navigation, captions, ads and the rest of the page chrome dropped. The choosing of the
 * article is Mozilla's Readability (the reader view of Firefox); linkedom is the DOM it runs on
 * (lighter and faster than jsdom for this: see the README's dependency table). Pure: the same
 * HTML gives the same article.
 */
import type * as ReadabilityModule from '@mozilla/readability';
import type * as LinkedomModule from 'linkedom';
import { createRequire } from 'node:module';

/**
 * Readability and linkedom are loaded on first use, not at start-up: importing them takes about
 * a second on a busy two-core machine, which every start of the bot would pay for a command that
 * moderators use now and then. Both ship CommonJS builds, so the load stays synchronous.
 */
let libs: { Readability: typeof ReadabilityModule.Readability; parseHTML: typeof LinkedomModule.parseHTML } | null = null;
function load(): NonNullable<typeof libs> {
  if (!libs) {
    const require = createRequire(import.meta.url);
    libs = {
      Readability: (require('@mozilla/readability') as typeof ReadabilityModule).Readability,
      parseHTML: (require('linkedom') as typeof LinkedomModule).parseHTML,
    };
  }
  return libs;
}

export interface Article {
  readonly title: string | null;
  readonly byline: string | null;
  /** ISO day, when the page states one (meta `article:published_time`, JSON-LD, `<time>`). */
  readonly date: string | null;
  readonly siteName: string | null;
  /** The text blocks of the article in order: paragraphs, subheadings, list items, quotes. */
  readonly paragraphs: readonly string[];
}

/** The blocks a paragraph of the record is made from; a caption or a figure is not one of them. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';
/** Dropped from the article before its blocks are read: captions and whatever Readability kept around media. */
const NOT_TEXT = 'figure, figcaption, picture, video, audio, iframe, script, style, noscript, aside, nav, form, button';

/**
 * The slice of the DOM this module uses. linkedom's own types lean on the DOM library, which a
 * Node project does not load; these few members are all we touch.
 */
interface Node {
  readonly textContent: string | null;
  readonly parentElement: Node | null;
  getAttribute(name: string): string | null;
  closest(selector: string): Node | null;
  remove(): void;
}
interface Page {
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): Iterable<Node>;
}
const pageOf = (html: string): Page => (load().parseHTML as (html: string) => { document: unknown })(html).document as Page;

const oneLine = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/**
 * Ad and promotion slots by their class or id. Readability drops most page chrome by itself, but
 * an ad placed inside the story body (`<div class="inline-ad">`) reads like a short paragraph to it.
 */
const AD_SLOT = /(?:^|[\s_-])(?:ad|ads|advert|advertisement|sponsored|promo|promoted)(?:[\s_-]|$)/iu;

/**
 * Reads the article out of a page. Returns null when Readability finds no article (a page of
 * links, a login wall): the caller says so rather than writing an empty document.
 */
export function extractArticle(html: string): Article | null {
  const document = pageOf(html);
  const date = pageDate(document);
  for (const el of [...document.querySelectorAll('[class], [id]')]) {
    if (AD_SLOT.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) el.remove();
  }
  const reader = new (load().Readability)(document, { charThreshold: 200 });
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  const body = pageOf(`<!doctype html><html><body>${parsed.content}</body></html>`);
  for (const el of [...body.querySelectorAll(NOT_TEXT)]) el.remove();
  const paragraphs: string[] = [];
  for (const el of [...body.querySelectorAll(BLOCKS)]) {
    // A block inside another block (a <p> in a <blockquote>, a <p> in an <li>) is read with its outer block.
    if (el.parentElement?.closest(BLOCKS)) continue;
    const text = oneLine(el.textContent ?? '');
    if (text) paragraphs.push(text);
  }
  const title = oneLine(parsed.title ?? '') || null;
  // Readability may keep the headline as the article's first block: it is the header's title already.
  if (title && paragraphs[0] === title) paragraphs.shift();
  const byline = oneLine(parsed.byline ?? '') || null;
  if (byline && paragraphs[0] === byline) paragraphs.shift();
  return {
    title,
    byline,
    date: isoDay(parsed.publishedTime ?? '') ?? date,
    siteName: oneLine(parsed.siteName ?? '') || null,
    paragraphs,
  };
}

/** The date a page gives itself, read before Readability changes the document. */
function pageDate(document: Page): string | null {
  const candidates = [
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    document.querySelector('meta[name="date"]')?.getAttribute('content'),
    document.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'),
    document.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const c of candidates) {
    const day = isoDay(c ?? '');
    if (day) return day;
  }
  return null;
}

/** `2024-03-14`, `2024-03-14T09:00:00Z` → `2024-03-14`; anything else → null. */
export function isoDay(value: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/u.exec(value);
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day ? null : day;
}
