import { beforeAll, describe, expect, it } from 'vitest';
import { dealHeldOfItsOwn, heldDealMention } from '../../src/understand/heldMention.js';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 30 (a75): a definite mention of a deal the article already holds, wherever it sits in
 * its sentence, is a sentence about that deal; not under a condition, not a reaction of people at
 * large, not a deal of another kind. Sentences of our own writing.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Pelvarne Dyeworks signed a lease with Oswerby Kilns.'), 120_000);

const LEASE = 'Pelvarne Dyeworks signed a seven-year lease with Oswerby Kilns on Tuesday.';

describe('a later mention deep in its clause', () => {
  it('as the object of an infinitive, linked to the deal before', () => {
    expect(rows(`${LEASE}\nThe Tibbleford parish board refused to approve the lease in March.`)).toEqual([
      ['1.1', 'Pelvarne Dyeworks | Oswerby Kilns', 'signed', null],
      ['1.2', 'Pelvarne Dyeworks | Oswerby Kilns', 'signed', '1.1'],
    ]);
  });

  it('inside its subject, and after a preposition late in the sentence', () => {
    expect(rows(`${LEASE}\nTerms of the lease were kept private.\nOswerby Kilns said it had waited two years before the lease was agreed.`).map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'Pelvarne Dyeworks | Oswerby Kilns'],
      ['1.2', 'Pelvarne Dyeworks | Oswerby Kilns'],
      ['1.3', 'Pelvarne Dyeworks | Oswerby Kilns'],
    ]);
  });

  it('not under a condition, nor as a reaction of people at large', () => {
    expect(rows(`${LEASE}\nIf the parish board objects, the lease would lapse.\nHad the lease fallen through, the kilns would have closed.\nNeighbouring farmers criticised the lease at a meeting.`).map((r) => r[0])).toEqual(['1.1']);
  });

  it('not a deal of a kind the article does not hold', () => {
    expect(rows(`${LEASE}\nQuendle Cordwainers said the takeover was off.`).map((r) => r[0])).toEqual(['1.1']);
  });
});

describe('a deal of its own a side holds', () => {
  it('a separate licence held, with whom it is from', () => {
    expect(rows(`${LEASE}\nPelvarne Dyeworks also holds a separate water licence from the Tibbleford parish board.`)).toEqual([
      ['1.1', 'Pelvarne Dyeworks | Oswerby Kilns', 'signed', null],
      ['1.2', 'Pelvarne Dyeworks | Tibbleford parish board', 'in force', null],
    ]);
  });

  it('not one still being talked of or negotiated', () => {
    expect(rows(`${LEASE}\nTalks on a separate agreement covering the dyers will begin in May.\nA separate haulage contract with Quendle Cordwainers is still being negotiated.`).map((r) => r[0])).toEqual(['1.1']);
  });

  it('reads the phrase after "under", after a verb of holding, or set apart by "separate"', () => {
    expect(['The dyers draw water under a 1990 licence.', 'Oswerby Kilns has held a lease on the yard since 2001.', 'A separate licence covers the river.', 'Oswerby Kilns proposed taking a lease on the yard.', 'If the board agrees, a separate licence will follow.'].map((t) => dealHeldOfItsOwn(t)?.noun ?? null)).toEqual([
      'a 1990 licence', 'a lease', 'A separate licence', null, null,
    ]);
  });
});

describe('heldDealMention', () => {
  it('reads the definite phrase up to its head, passing over a compound and a deal put to a side', () => {
    expect(heldDealMention('The board backed the renewed supply agreement.')?.noun).toBe('the renewed supply agreement');
    expect(heldDealMention('The settlement talks broke down.')).toBe(null);
    expect(heldDealMention('Oswerby Kilns turned the offer down.')).toBe(null);
    expect(heldDealMention('Its sales rose after the sales season.')).toBe(null);
    expect(heldDealMention('Neighbouring farmers attacked the lease at a meeting.')).toBe(null);
    // (A step still ahead of the deal held is a mention of it: issue 11's convention.)
    expect(heldDealMention('The board is expected to back the renewed supply agreement.')).toEqual({ noun: 'the renewed supply agreement', start: 30 });
    expect(heldDealMention('Oswerby Kilns has proposed extending the lease.')).toBe(null);
    expect(heldDealMention('The risk of breaking the lease is small.')).toBe(null);
  });
});
