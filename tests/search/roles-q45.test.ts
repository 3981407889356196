import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/record/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { doerRoles } from '../../src/search/related.js';
import { roleBeside } from '../../src/search/shape.js';
import { readWord } from '../../src/search/text.js';
import { cite, record } from './record.js';

/**
 * Session 24, q45: a "who" question's doer named by a post of its act beside the name ("Owner
 * Wrenna Corvell said …" answers "Who owns Quillmore Bakery?", as "founded by …" answers "Who
 * founded it?"): the posts WordNet derives from the act (`doerRoles`), read beside a name by the
 * tagger (`roleBeside`). Texts of our own.
 */
/** A story with a headline (paragraph 0), as the record parser gives it. */
function withHeadline(doc: string, headline: string, paragraphs: readonly (readonly string[])[]): Sentence[] {
  const shift = headline.length + 2;
  const body = record(doc, paragraphs).map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }));
  return [{ doc, paragraph: 0, sentence: 1, text: headline, start: 0, end: headline.length }, ...body];
}

const SHOP = withHeadline('shop', "Quillmore's Formal Hire", [
  [
    "Formal wear shop Quillmore's has opened its third branch, in the market town of Brenthwick.",
    'The company hires out about 5,000 suits a year, most of them for weddings.',
    'Owner Wrenna Corvell says demand for morning suits has doubled since 2022.',
  ],
]);

const DAIRY = record('dairy', [
  [
    'Brenthwick Dairy is a cheese maker on the edge of Garsdale.',
    'It was founded in 1931 by the brothers Audric and Lysander Feltham.',
    'The dairy sells about 40 tonnes of cheese a year.',
  ],
]);

const FAIR = record('fair', [
  [
    'The Garsdale Cheese Fair takes place each October in the market square.',
    'It was started in 1998 by Wrenna Corvell, a retired cheesemonger.',
    'The fair drew about 4,000 visitors last year.',
  ],
]);

const stems = (words: readonly string[]): Set<string> => new Set(words.flatMap((w) => readWord(w)?.stem ?? []));
const isRoleOf = (verb: string): ((stem: string) => boolean) => {
  const roles = stems(doerRoles(verb));
  return (stem) => roles.has(stem);
};

describe('the posts of an act (doerRoles)', () => {
  it('gives "own" its owner, "start" the founder of the act that names its doer, "run" its posts of charge', () => {
    expect(doerRoles('owns')).toEqual(['owner']);
    expect(doerRoles('started').includes('founder')).toBe(true);
    expect(['director', 'manager'].map((w) => doerRoles('runs').includes(w))).toEqual([true, true]);
  });

  it('gives a word that is no verb none', () => {
    expect(doerRoles('bakery')).toEqual([]);
  });
});

describe('a post beside a name (roleBeside)', () => {
  const owns = isRoleOf('owns');
  const runs = isRoleOf('runs');
  const started = isRoleOf('started');

  it('reads the post before the name, with a comma between or not', () => {
    expect(roleBeside('Owner Wrenna Corvell said rents had fallen.', owns)).toBe(true);
    expect(roleBeside('Its managing director, Audric Feltham, joined as an apprentice in 1990.', runs)).toBe(true);
  });

  it('reads the name before the post, a comma and a determiner between', () => {
    expect(roleBeside('Wrenna Corvell, the owner, said rents had fallen.', owns)).toBe(true);
    expect(roleBeside('The shop was opened by Audric Feltham, its founder, in 1931.', started)).toBe(true);
  });

  it("reads no post of another's, no post without a name, and no post of another act", () => {
    expect(roleBeside("Wrenna Corvell, the founder's granddaughter, now runs it.", started)).toBe(false);
    expect(roleBeside('Descendants of the owner still live in the town.', owns)).toBe(false);
    expect(roleBeside('Owner Wrenna Corvell said rents had fallen.', started)).toBe(false);
  });

  it("reads no post of another body named before it, unless the question writes that body", () => {
    const leads = isRoleOf('leads');
    expect(roleBeside('Council leader Audric Feltham said the borough had chosen the firm.', leads)).toBe(false);
    expect(roleBeside('Council leader Audric Feltham said the borough had chosen the firm.', leads, stems(['council']))).toBe(true);
  });
});

describe('"Who owns X?" answered by the owner named beside the post', () => {
  it('ranks the sentence naming the owner above the one naming the shop', () => {
    expect(createSearchIndex(SHOP).search("Who owns Quillmore's?").hits.map((h) => cite(h.sentence))).toEqual(['shop ¶1.3', 'shop ¶1.1']);
  });

  it('leaves a question about the shop itself to the sentence naming it', () => {
    expect(createSearchIndex(SHOP).search("Where has Quillmore's opened its third branch?").hits.map((h) => cite(h.sentence))[0]).toBe('shop ¶1.1');
  });
});

describe('a light verb whose doer a question asks for, read as the act that names its doer', () => {
  it('answers "Who started X?" with the sentence naming who founded it', () => {
    expect(createSearchIndex(DAIRY).search('Who started Brenthwick Dairy?').hits.map((h) => cite(h.sentence))[0]).toBe('dairy ¶1.2');
  });

  it('answers "Who founded X?" and "Who set up X?" with the sentence naming who started it', () => {
    expect(createSearchIndex(FAIR).search('Who founded the Garsdale Cheese Fair?').hits.map((h) => cite(h.sentence))[0]).toBe('fair ¶1.2');
    expect(createSearchIndex(FAIR).search('Who set up the fair?').hits.map((h) => cite(h.sentence))[0]).toBe('fair ¶1.2');
  });

  it('keeps the verb light in a question asking no doer', () => {
    expect(createSearchIndex(FAIR).search('When did the fair start?').hits.map((h) => cite(h.sentence))[0]).toBe('fair ¶1.3');
  });
});
