import { describe, expect, it } from 'vitest';
import { UNION_VERBS } from '../../src/understand/dealWords.data.js';
import { candidateWords, liveUnionVerb, unionNoun } from '../../src/understand/dealWords.js';
import { hasWordNet } from '../../src/wordnet.js';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 16 round 2 (a38): deals still awaiting a step, headlines naming one side, tie-ups,
 * deals a firm brings with it, quoted kind names, terms under a deal, deals that fell through —
 * in sentences of our own writing, with the close negatives beside them.
 */
describe('a deal still awaiting a step', () => {
  it('"The Brisk deal still needs clearance": a named deal is a later mention of the one before, its status kept', () => {
    expect(rows('Tolland Freight has agreed to buy Brisk Haulage for £40m.\nThe Brisk deal still needs clearance from regulators.')).toEqual([
      ['1.1', 'Tolland Freight | Brisk Haulage', 'reached', null],
      ['1.2', 'Brisk Haulage | Tolland Freight', 'reached', '1.1'],
    ]);
    expect(rows('Tolland Freight has agreed to buy Brisk Haulage for £40m.\nThe deal with Brisk still requires clearance from the competition authority.')).toEqual([
      ['1.1', 'Tolland Freight | Brisk Haulage', 'reached', null],
      ['1.2', 'Brisk Haulage | Tolland Freight', 'reached', '1.1'],
    ]);
    // No deal before it: none.
    expect(rows('The Brisk deal still needs clearance from regulators.')).toEqual([]);
    // Unnamed: the deal before, mentioned again (session 18, a45); passive, or a condition: no agreement sentence, as before.
    expect(rows('Tolland Freight has agreed to buy Brisk Haulage for £40m.\nThe deal still needs clearance from regulators.')).toEqual([
      ['1.1', 'Tolland Freight | Brisk Haulage', 'reached', null],
      ['1.2', 'Tolland Freight | Brisk Haulage', 'reached', '1.1'],
    ]);
    // (A passive step still ahead, "must still be cleared", is the deal mentioned again since session 25, a63.)
    expect(rows('Tolland Freight signed a lease with Brisk Haulage.\nThe Brisk lease must still be cleared by the council.')).toEqual([
      ['1.1', 'Tolland Freight | Brisk Haulage', 'signed', null],
      ['1.2', 'Brisk Haulage | Tolland Freight', 'signed', '1.1'],
    ]);
  });

  it('"The merger is expected to close nine branches": what it is expected to do keeps the status of the deal', () => {
    expect(rows('Orrin Bank agreed to merge with Pell Savings in June.\nThe merger is expected to close nine branches.')).toEqual([
      ['1.1', 'Orrin Bank | Pell Savings', 'reached', null],
      ['1.2', 'Orrin Bank | Pell Savings', 'reached', '1.1'],
    ]);
    // A deal signed stays signed (a27); completing it is a step ahead, no sentence.
    expect(rows('Arden Water signed a contract with Tolley Council in 2020.\nThe contract is expected to cut leaks by half.')).toEqual([
      ['1.1', 'Arden Water | Tolley Council', 'signed', null],
      ['1.2', 'Arden Water | Tolley Council', 'signed', '1.1'],
    ]);
    // Its completion forecast is a later mention of it (session 19, a48: the brief and sets 35-37 label it so).
    expect(rows('Orrin Bank agreed to merge with Pell Savings in June.\nThe merger is expected to be completed by May.')).toEqual([
      ['1.1', 'Orrin Bank | Pell Savings', 'reached', null],
      ['1.2', 'Orrin Bank | Pell Savings', 'reached', '1.1'],
    ]);
  });
});

describe('a headline naming one side', () => {
  it('"Harland yard lands £300m order for four dredgers": the other side from the body\'s first deal of the yard', () => {
    const body = 'Varn Dredging has ordered four dredgers from the Harland yard in Belfast, the shipbuilder said on Monday.';
    expect(rows(body, 'Harland yard lands £300m order for four dredgers')).toEqual([
      ['0.1', 'Harland yard | Varn Dredging', 'reached', null],
      ['1.1', 'Varn Dredging | Harland yard', 'reached', null],
    ]);
    // No deal of the yard in the body: an order with no named counterpart is none.
    expect(rows('The yard employs about 900 people.', 'Harland yard lands £300m order for four dredgers')).toEqual([]);
  });

  it('"Pell Water signs contract with Orvo": both sides in the headline, the body\'s mention linked to it', () => {
    expect(rows('The contract runs for five years.', 'Pell Water signs contract with Orvo')).toEqual([
      ['0.1', 'Pell Water | Orvo', 'signed', null],
      ['1.1', 'Pell Water | Orvo', 'in force', '0.1'],
    ]);
  });
});

describe('a tie-up or a link-up', () => {
  it('a noun of a verb WordNet files with "link up", and "up", is read as an alliance is', () => {
    expect(rows('Kestrel Air and Marrow Jet announced a tie-up in May.\nThe boards of both companies have approved the tie-up.')).toEqual([
      ['1.1', 'Kestrel Air | Marrow Jet', 'reached', null],
      ['1.2', 'Kestrel Air | Marrow Jet', 'approved', '1.1'],
    ]);
    // "the link-up" after a merger agreed names the merger.
    expect(rows('Kestrel Air agreed to merge with Marrow Jet in May.\nThe boards of both companies have approved the link-up.')).toEqual([
      ['1.1', 'Kestrel Air | Marrow Jet', 'reached', null],
      ['1.2', 'Kestrel Air | Marrow Jet', 'approved', '1.1'],
    ]);
    // A hold-up, a hypothetical link-up, talks about a tie-up: none.
    expect(rows('Passengers were held up for an hour by a baggage fault.')).toEqual([]);
    expect(rows('A link-up with Marrow Jet would cut costs, analysts said.')).toEqual([]);
    expect(rows('Kestrel Air is in talks about a tie-up with Marrow Jet.')).toEqual([]);
  });

  it('UNION_VERBS holds what WordNet answers; "tie-up" and "link-up" are union nouns, "hold-up" and "set-up" are not', () => {
    expect(['tie-up', 'link-up', 'tie-ups', 'hold-up', 'set-up', 'pick-up'].map(unionNoun)).toEqual([true, true, true, false, false, false]);
    if (hasWordNet()) expect([...UNION_VERBS]).toEqual([...candidateWords().unions].sort().filter((w) => /^\p{Ll}+$/u.test(w) && liveUnionVerb(w)));
  });
});

describe('a deal made before, told with another verb', () => {
  it('"Oxley brings with it an import agreement with Casa Verra, signed in 2022": Oxley | Casa Verra, signed', () => {
    expect(rows('Halden Foods is buying Oxley Wines.\nOxley brings with it an exclusive five-year import agreement with Casa Verra, signed in 2022.')).toEqual([['1.2', 'Oxley Wines | Casa Verra', 'signed', null]]);
    expect(rows('Halden Foods is buying Oxley Wines.\nOxley brings with it an import agreement with Casa Verra, signed in 2022, and a bottling plant.')).toEqual([['1.2', 'Oxley Wines | Casa Verra', 'signed', null]]);
    // The participle followed by a verb of its own ("…, signed in 2022, the company said") is not read so.
    expect(rows('Halden Foods is buying Oxley Wines.\nOxley brings with it an import agreement with Casa Verra, signed in 2022, the company said.')).toEqual([]);
  });

  it('a quoted kind name inside the noun phrase: \'a two-year "print and share" agreement with X\'', () => {
    expect(rows('Tolvern Library has signed a two-year "print and share" agreement with Quill Press.')).toEqual([['1.1', 'Tolvern Library | Quill Press', 'signed', null]]);
    expect(rows('Tolvern Library has signed a two-year ‘print and share’ agreement with Quill Press.')).toEqual([['1.1', 'Tolvern Library | Quill Press', 'signed', null]]);
  });
});

describe('terms under a deal', () => {
  it('"Under the deal, staff can …", a sentence after the deal: in force, its parties ("will lease": still to come, the status it was made with)', () => {
    expect(rows('Halden Foods agreed to buy Oxley Wines for £12m in March.\nOxley employs forty people in Kent.\nUnder the deal, staff can keep their pensions.')).toEqual([
      ['1.1', 'Halden Foods | Oxley Wines', 'reached', null],
      ['1.3', 'Halden Foods | Oxley Wines', 'in force', '1.1'],
    ]);
    expect(rows('Brisk Freight signed a memorandum with Tolby Port in May.\nUnder the memorandum, Brisk will lease two berths.')).toEqual([
      ['1.1', 'Brisk Freight | Tolby Port', 'signed', null],
      ['1.2', 'Brisk Freight | Tolby Port', 'signed', '1.1'],
    ]);
  });
});

describe('a deal that fell through', () => {
  it('"A deal between X and Y fell through"; "The talks\' deal fell apart": who held the talks', () => {
    expect(rows('A gas supply deal between Norland Gas and Veska Energy fell through in March.')).toEqual([['1.1', 'Norland Gas | Veska Energy', 'collapsed', null]]);
    expect(rows("Norland Mills agreed a grain deal with Veska Farms.\nPell Pharma and Orvane Bio held talks on a licence for months.\nThe talks' deal fell apart in June.")).toEqual([
      ['1.1', 'Norland Mills | Veska Farms', 'reached', null],
      ['1.3', 'Pell Pharma | Orvane Bio', 'collapsed', null],
    ]);
    // No talks told before: the deal before, as any "the deal".
    expect(rows("Norland Mills agreed a grain deal with Veska Farms.\nThe talks' deal fell apart in June.")).toEqual([
      ['1.1', 'Norland Mills | Veska Farms', 'reached', null],
      ['1.2', 'Norland Mills | Veska Farms', 'collapsed', '1.1'],
    ]);
  });
});
