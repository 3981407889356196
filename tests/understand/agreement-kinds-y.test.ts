import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 13 (a23): agreement recall and precision, each kind in sentences of our own writing
 * (rows: key, parties, status, the sentence a later mention refers to).
 */
describe('an offer made in one clause and refused in the next', () => {
  it('"made a bid for X, but Y turned it down": the bidder and the refuser, rejected', () => {
    expect(rows('Pellow Dairies made a bid for the creamery in 2022, but the Tregear family turned it down as too small.')).toEqual([['1.1', 'Pellow Dairies | Tregear family', 'rejected', null]]);
  });

  it('"A rival, X, bid for Y, but Z rejected its offer": the verb the tagger reads as a noun, the offer named again', () => {
    expect(rows('A rival grocer, Hatherley Stores, bid for the mill in 2020, but the trustees rejected its offer.')).toEqual([['1.1', 'Hatherley Stores | the trustees', 'rejected', null]]);
  });

  it('"put forward a plan, which Y rejected", "submitted a scheme, but Y threw it out": a plan put forward is an offer', () => {
    expect(rows('Carrow Engineering put forward a rescue plan in June, which its lenders rejected.')).toEqual([['1.1', 'Carrow Engineering | its lenders', 'rejected', null]]);
    expect(rows('Carrow Engineering submitted a rescue scheme in June, but the lenders threw it out.')).toEqual([['1.1', 'Carrow Engineering | the lenders', 'rejected', null]]);
    // A plan for a new thing (not for what the refuser holds) is a project refused, none.
    expect(rows('The mayor unveiled a plan for a new park in June, which councillors rejected.')).toEqual([]);
    expect(rows('Ann Pike unveiled a plan for a new park in June, which the council rejected.')).toEqual([]);
  });

  it('"X had asked Y for a lease, but Y declined the request": who asked, in the same sentence, made it', () => {
    expect(rows('Dunston Sailing Club had asked the port trust for a longer lease, but the trust declined the request.')).toEqual([['1.1', 'the trust | Dunston Sailing Club', 'rejected', null]]);
    expect(rows('A spokesman declined the request.')).toEqual([]);
  });
});

describe('what became of an agreement made before', () => {
  it('"An earlier draft, agreed in 2020, was rejected by Z": the main verb after the participle is its status', () => {
    expect(rows('Carrow signed a pension deal with Mendip Bank on Friday.\nAn earlier draft, agreed in 2020, was rejected by the regulator.')).toEqual([
      ['1.1', 'Carrow | Mendip Bank', 'signed', null],
      ['1.2', 'Carrow | Mendip Bank', 'rejected', '1.1'],
    ]);
    expect(rows('An earlier version of the plan, agreed by Carrow and its banks in 2021, was rejected by the pensions regulator.')).toEqual([['1.1', 'Carrow | its banks', 'rejected', null]]);
    expect(rows('The accord, signed by Ardent and Corvel in 2011, was breached in 2014.')).toEqual([['1.1', 'Ardent | Corvel', 'breached', null]]);
  });

  it('"A licence granted to a Norwegian firm, X, was revoked": whom a verb of giving gave it to holds it', () => {
    expect(rows('A licence granted to a Norwegian firm, Fjordex, was revoked in 2017.')).toEqual([['1.1', 'Fjordex', 'voided', null]]);
    expect(rows('A franchise awarded to Tarnway Buses to run the town routes was cancelled in 2019.')).toEqual([['1.1', 'Tarnway Buses', 'voided', null]]);
  });

  it('"An earlier lease of X by A to B was terminated": who let it and whom to', () => {
    expect(rows('An earlier lease of the quay by the harbour board to Selby Boats was terminated when the firm went bust.')).toEqual([['1.1', 'the harbour board | Selby Boats', 'voided', null]]);
    expect(rows('The lease of the quay to Selby Boats was cancelled in 2019.')).toEqual([['1.1', 'Selby Boats', 'voided', null]]);
  });
});

describe('licensing as a verb', () => {
  it('"X has licensed its design to Y", then "Under the licence, …" (in force, the same sides)', () => {
    expect(rows('The Kelham Institute has licensed its battery design to Voltrane.\nUnder the licence, Voltrane will pay royalties of 4 per cent.')).toEqual([
      ['1.1', 'the Kelham Institute | Voltrane', 'reached', null],
      ['1.2', 'the Kelham Institute | Voltrane', 'in force', '1.1'],
    ]);
    expect(rows('Oxley Labs has licensed its heart-scan software to Medrin.')).toEqual([['1.1', 'Oxley Labs | Medrin', 'reached', null]]);
  });
});

describe('close non-agreements', () => {
  it('a deal still subject to approval is none, unless it names both sides', () => {
    expect(rows('The sale is subject to approval by the competition regulator.')).toEqual([]);
    expect(rows('The merger of Ardent and Corvel is subject to approval by the regulator.')).toEqual([['1.1', 'Ardent | Corvel', 'reached', null]]);
  });

  it('a deal in a time clause of what came before it ("before", "once") is background', () => {
    expect(rows('The minister met union leaders three times before the settlement was announced.')).toEqual([]);
    expect(rows('Staff will move to the new offices once the purchase is completed.')).toEqual([]);
  });
});
