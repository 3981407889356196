/** "Check in the record" in the core: a posted message read as a claim (src/answer/check.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import { CHECK_MAX_RESULTS, NOTHING_TO_CHECK, NOT_BORNE, claimText, quotesOf } from '../../src/answer/check.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';

// Two short stories of our own (a port deal, a council vote) in tests/fixtures/newsroom.
const H = '2021-03-12-harbor-data';
const L = '2022-06-08-library-budget';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await buildCorpus('tests/fixtures/newsroom');
});

const check = (text: string, page = 0): Answer => answer(corpus, { command: 'check', query: text, page, pageSize: 5 });
const cites = (a: Answer) => a.results.map((r) => r.excerpt.cite);

describe('claimText', () => {
  it('keeps the words and drops links, mentions, emoji and markdown', () => {
    expect(claimText('> **Big news** <@123> says https://x.example/a?b=1 the _council_ voted <:yes:42>\n\n# ok then')).toBe('Big news says the council voted\nok then');
    expect(claimText('https://example.org/pic.png <@&5> @everyone')).toBe('');
  });

  it('finds quotes of three words or more', () => {
    expect(quotesOf('He said "no" and then “we will not move” twice')).toEqual(['we will not move']);
  });
});

describe('check', () => {
  it('finds the sentence a claim is about, although the claim is worded otherwise', () => {
    const a = check('I heard Rotterdam and Antwerp are going to share their berth data!!');
    expect(a.status).toBe('answered');
    // ¶1.1 holds Rotterdam, Antwerp, share, berth and data; the headline all but the two names.
    expect(cites(a)[0]).toBe(`${H} ¶1.1`);
    expect(a.query).toBe('I heard Rotterdam and Antwerp are going to share their berth data!!');
  });

  it('matches quoted words as a quote, with who said them', () => {
    const a = check('Someone wrote "ships wait too long at anchor" — is that real?');
    expect(cites(a)[0]).toBe(`${H} ¶2.1`);
    expect(a.results[0]?.speaker?.name).toBe('Marieke Smit');
  });

  it('refuses a message with only links, images or mentions, saying why', () => {
    for (const text of ['https://example.org/pic.png', '', '<@123> <:wave:99>']) {
      const a = check(text);
      expect([a.status, a.message, a.results.length]).toEqual(['invalid', NOTHING_TO_CHECK, 0]);
    }
  });

  it('says when nothing in the record bears on it, with no answer and labelled suggestions only', () => {
    const a = check('Aliens landed on the moon yesterday.');
    expect([a.status, a.message, a.results.length]).toEqual(['not_found', NOT_BORNE, 0]);
  });

  it('a long message is checked by its most specific sentences, and says so', () => {
    const a = check(
      'Long day. I was at the meeting and it was packed. People were upset. ' +
        'The council voted 7-2 to spend $4.5 million on the central library. Honestly who knows. What a week.',
    );
    expect(a.note).toBe('A long message: checked its 3 most specific sentences (names, numbers, dates).');
    expect(cites(a)[0]).toBe(`${L} ¶1.1`);
  });

  it('every excerpt is a verbatim sentence of the record, at most ten, best first after quotes', () => {
    const a = check('Smit said the ports agreed to share data and publish an emissions report; the union warned of strikes.', 0);
    expect(a.status).toBe('answered');
    expect((a.page?.total ?? 0) <= CHECK_MAX_RESULTS).toBe(true);
    for (const r of a.results) {
      const doc = corpus.doc(r.excerpt.doc);
      expect(doc?.text.includes(r.excerpt.text)).toBe(true);
    }
    const scores = a.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });
});
