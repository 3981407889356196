import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 22 (a57): which sentences are agreements and their status — the shapes blind sets 43-46
 * missed, in sentences of our own writing, with close negatives beside them. Where the parties are
 * still another reader's work (issue 11's parties), only the sentence, its status and the sentence it
 * refers to are asserted.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

/** Key, status and the sentence referred to: parties left to the parties readers. */
const statuses = (body: string): (string | null)[][] => rows(body).map((r) => [r[0]!, r[2]!, r[3]!]);

describe('a deal reported by someone', () => {
  it('"lawyers for both sides said a deal had been struck" (no "that" after the verb of saying): reached', () => {
    expect(statuses('Tarrow Roofing was sued by Nell and Osian Brack over a leaking barn roof.\nBy lunchtime, lawyers for both sides said a deal had been struck.')).toEqual([['1.2', 'reached', null]]);
  });
  it('"said talks had been held" reports no deal', () => {
    expect(rows('Tarrow Roofing was sued by Nell and Osian Brack over a leaking barn roof.\nBy lunchtime, lawyers for both sides said talks had been held.')).toEqual([]);
  });
});

describe('outcomes and terms of a known agreement', () => {
  it('"under the terms agreed", "both proposals were turned down", "expect the sale to complete"', () => {
    expect(
      rows(
        'Orlo Foods has agreed to buy the jam maker Ember Preserves for £48 million.\nUnder the terms agreed, Ember shareholders will receive 220 pence in cash for each share.\nOrlo approached Ember twice in 2023, but both proposals were turned down by its board.\nThe companies expect the sale to complete in the spring.',
      ),
    ).toEqual([
      ['1.1', 'Orlo Foods | Ember Preserves', 'reached', null],
      ['1.2', 'Orlo Foods | Ember Preserves', 'reached', '1.1'],
      ['1.3', 'Orlo Foods | Ember Preserves', 'rejected', '1.1'],
      ['1.4', 'Orlo Foods | Ember Preserves', 'reached', '1.1'],
    ]);
  });
  it('a completion not expected, and "the purchase price", are no agreement sentences', () => {
    expect(rows("Orlo Foods has agreed to buy the jam maker Ember Preserves for £48 million.\nThe companies do not expect the sale to complete this year.\nEmber's chairman said the £48 million purchase price was fair.")).toEqual([
      ['1.1', 'Orlo Foods | Ember Preserves', 'reached', null],
    ]);
  });
  it('"never made, in breach of the contract" set off after a negated clause: breached', () => {
    expect(statuses('Tarrow Roofing agreed in 2022 to re-roof a barn for Nell and Osian Brack and to check it every spring.\nThe spring checks were never made, in breach of the contract, the couple said.')).toEqual([
      ['1.1', 'reached', null],
      ['1.2', 'breached', '1.1'],
    ]);
  });
  it('"A deal that would have brought … has collapsed": the relative clause stands before what became of it', () => {
    expect(statuses('Larchway Cabins agreed in March to lease 12 acres from the Quarrel Hill estate.\nA deal that would have brought 30 timber cabins to the estate has collapsed after the two sides failed to agree on the cost of a road.')).toEqual([
      ['1.1', 'reached', null],
      ['1.2', 'collapsed', '1.1'],
    ]);
  });
  it('"That settlement, approved by a judge in May, has not been made public": the participle set off says it was approved', () => {
    expect(rows('Two other franchisees settled with Signwell last year.\nThat settlement, approved by a county court judge in May, has not been made public.')).toEqual([
      ['1.1', 'Two other franchisees | Signwell', 'reached', null],
      ['1.2', 'Two other franchisees | Signwell', 'approved', '1.1'],
    ]);
  });
});

describe('a deal commended by a body that decides', () => {
  it('"Both boards have recommended the transaction", "has been recommended by both boards": approved', () => {
    expect(rows('Halden Foods has agreed to buy Marlow Bakes for £30 million.\nBoth boards have unanimously recommended the transaction.')).toEqual([
      ['1.1', 'Halden Foods | Marlow Bakes', 'reached', null],
      ['1.2', 'Halden Foods | Marlow Bakes', 'approved', '1.1'],
    ]);
    expect(rows('Halden Foods has agreed to buy Marlow Bakes for £30 million.\nThe takeover has been recommended by both boards.')).toEqual([
      ['1.1', 'Halden Foods | Marlow Bakes', 'reached', null],
      ['1.2', 'Halden Foods | Marlow Bakes', 'approved', '1.1'],
    ]);
  });
  it('persons commending a deal approve nothing: a mention of it, its status as it was', () => {
    expect(rows('Halden Foods has agreed to buy Marlow Bakes for £30 million.\nThe deal was recommended by analysts.')).toEqual([
      ['1.1', 'Halden Foods | Marlow Bakes', 'reached', null],
      ['1.2', 'Halden Foods | Marlow Bakes', 'reached', '1.1'],
    ]);
  });
});

describe('deals ended or fallen through', () => {
  it('a side giving notice on its own deal with a named partner ends it (voided); "could end" does not', () => {
    expect(rows('Larchway Cabins signed a lease with the Quarrel Hill estate in March.\nLarchway will also end its franchise agreement with Pinecot Lodges at the end of the year.\nLarchway could end its franchise agreement with Birchden Lodges too.')).toEqual([
      ['1.1', 'Larchway Cabins | Quarrel Hill estate', 'signed', null],
      ['1.2', 'Larchway Cabins | Pinecot Lodges', 'voided', null],
    ]);
  });
  it('a contract with a described firm the tagger misreads ("a timber supply firm, Holt & Rye,") terminated: voided', () => {
    expect(rows('Larchway Cabins signed a lease with the Quarrel Hill estate in March.\nA previous contract with a timber supply firm, Holt & Rye, was terminated early last year after late deliveries.')).toEqual([
      ['1.1', 'Larchway Cabins | Quarrel Hill estate', 'signed', null],
      ['1.2', 'Larchway Cabins | Holt & Rye', 'voided', null],
    ]);
  });
  it('an attempt to buy a described firm set off by its name ("a Cornish caravan operator, Quillborough Parks,") collapsed', () => {
    expect(rows('Fenmoor Leisure runs nine holiday parks.\nA previous attempt by Fenmoor Leisure to buy a Cornish caravan operator, Quillborough Parks, collapsed in 2021 after a row over pensions.')).toEqual([
      ['1.2', 'Fenmoor Leisure | Quillborough Parks', 'collapsed', null],
    ]);
  });
  it('a takeover of a described rival set off by its name fell through: collapsed', () => {
    expect(rows("Signwell signed a franchise deal with Ada Odell in 2019.\nSignwell's agreed takeover of a rival chain, Letterbox Signs, fell through last month when its bank withdrew.")).toEqual([
      ['1.1', 'Signwell | Ada Odell', 'signed', null],
      ['1.2', 'Signwell | Letterbox Signs', 'collapsed', null],
    ]);
  });
  it('"had offered in 2024 to settle …, but Ms Odell never replied": an offer nobody took is no settlement', () => {
    expect(rows('Signwell signed a franchise deal with Ada Odell in 2019.\nSignwell had offered in 2024 to settle the claim for £5,000, the court heard, but Ms Odell never replied.')).toEqual([
      ['1.1', 'Signwell | Ada Odell', 'signed', null],
    ]);
  });
});
