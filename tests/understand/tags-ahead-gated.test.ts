/**
 * Which sentences a document's extraction tags ahead (analyze.ts, `readTagged`): those the statement
 * readers may read a cue or a quote in and those the deal reader may read a deal in. Another sentence
 * is tagged only if a reader asks for it, then on demand, with the same tags, so its facts are the
 * ones it had when every sentence was tagged ahead. Sentences of our own writing, each text used
 * once in this file (the tagger keeps the texts it tagged last).
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocumentToPost } from '../../src/understand/analyze.js';
import { mayReadDeal } from '../../src/understand/deals.js';
import { taggedAfresh } from '../../src/understand/nlp.js';
import { mayReadStatement } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/** [sentence key, kind, who, what] of every fact but times, and how many texts were tagged for them. */
function read(body: string): { facts: string[][]; tagged: number } {
  const before = taggedAfresh();
  const map = analyzeDocumentToPost(docOf(body));
  const facts = [...map].flatMap(([k, f]) => [
    ...f.statements.map((s) => [k, 'said', s.speaker.name, s.content]),
    ...f.agreements.map((a) => [k, a.status, a.parties.join(' + '), a.action]),
  ]);
  return { facts, tagged: taggedAfresh() - before };
}

describe('the gates that choose the sentences tagged ahead', () => {
  it('take a verb of saying, a quote, an agreement noun; not a plain sentence', () => {
    expect(mayReadStatement('Kelvor Dunmast warned that the bridge at Imbridge was unsafe.')).toBe(true);
    expect(mayReadStatement('“We sail at dawn,” the skipper of the Sarquel Rose wrote in her log.')).toBe(true);
    expect(mayReadStatement('The ferry to Imbridge runs twice a day in summer.')).toBe(false);
    expect(mayReadDeal('Oltrava and Dessaby signed a trade pact on Monday.')).toBe(true);
    expect(mayReadDeal('The ferry to Imbridge runs twice a day in winter.')).toBe(false);
    // A question is no deal the reader reads.
    expect(mayReadDeal('Will Oltrava sign the trade pact?')).toBe(false);
  });
});

describe('a document of which one sentence no reader may read', () => {
  it('tags the other two only, and finds the statement and the agreement', () => {
    expect(
      read(
        'Brastow and Ulvenna signed a water-sharing accord at Fennimar on Tuesday.\n\n' +
          'The lake above Fennimar holds about forty million cubic metres.\n\n' +
          'Gadrell Joss, the mayor of Brastow, said the accord would end a dispute of ten years.',
      ),
    ).toEqual({
      facts: [
        ['1.1', 'signed', 'Brastow + Ulvenna', 'a water-sharing accord at Fennimar on Tuesday'],
        ['3.1', 'said', 'Gadrell Joss', 'the accord would end a dispute of ten years'],
        ['3.1', 'signed', 'Brastow + Ulvenna', 'the accord would end a dispute of ten years'],
      ],
      tagged: 2,
    });
  });

  it('a sentence the deal reader reads only after a deal ("ratified it") is tagged when it asks, and read as before', () => {
    expect(mayReadDeal('Both parliaments ratified it within a week.')).toBe(false);
    expect(mayReadStatement('Both parliaments ratified it within a week.')).toBe(false);
    expect(read('Wexlow and Torvane signed a fishing pact at Sarquel on Friday.\n\nBoth parliaments ratified it within a week.')).toEqual({
      facts: [
        ['1.1', 'signed', 'Wexlow + Torvane', 'a fishing pact at Sarquel on Friday'],
        ['2.1', 'ratified', 'Wexlow + Torvane', 'ratified it within a week'],
      ],
      tagged: 2,
    });
  });
});
