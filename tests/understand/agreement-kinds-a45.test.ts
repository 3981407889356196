import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 18 (a45): later mentions by noun and outcome — a deal still waiting on a step, an offer
 * that fell through or was turned down by a board named for its body, the end of a deal mentioned
 * again by its act noun, a subject's relative clause holding a number, a letter of intent, a lease
 * held from a body — in sentences of our own writing, with the close negatives beside them.
 */
describe('a deal still waiting on a step', () => {
  it('"The takeover still needs clearance", "The merger awaits approval": the deal before, reached', () => {
    expect(rows('Brask Foods agreed to buy Lennet Dairies for £40m in April.\nThe takeover still needs clearance from the Fair Markets Office.')).toEqual([
      ['1.1', 'Brask Foods | Lennet Dairies', 'reached', null],
      ['1.2', 'Brask Foods | Lennet Dairies', 'reached', '1.1'],
    ]);
    expect(rows('Orvale Mills agreed to merge with Pendle Textiles last month.\nThe merger awaits approval by shareholders.')).toEqual([
      ['1.1', 'Orvale Mills | Pendle Textiles', 'reached', null],
      ['1.2', 'Orvale Mills | Pendle Textiles', 'reached', '1.1'],
    ]);
    // Approved before, still waiting on another step: made, not yet in force.
    expect(rows('Orvale Mills agreed to merge with Pendle Textiles.\nThe boards of both firms approved the merger.\nThe merger still needs clearance from the Fair Markets Office.').map((r) => r[2])).toEqual(['reached', 'approved', 'reached']);
    // No deal before: none; a passive step stays none.
    expect(rows('The takeover still needs clearance from the Fair Markets Office.')).toEqual([]);
    // (A passive step still ahead is the deal mentioned again since session 25, a63.)
    expect(rows('Brask Foods agreed to buy Lennet Dairies.\nThe takeover must still be cleared by the Fair Markets Office.')).toEqual([
      ['1.1', 'Brask Foods | Lennet Dairies', 'reached', null],
      ['1.2', 'Brask Foods | Lennet Dairies', 'reached', '1.1'],
    ]);
  });

  it('"A proposed joint venture with X is awaiting signature by both sides": proposed, the other side before', () => {
    expect(rows('Carrow Resins signed a supply deal with Tolly Boats in May.\nA proposed joint venture with Haldor Plastics is awaiting signature by both sides.')).toEqual([
      ['1.1', 'Carrow Resins | Tolly Boats', 'signed', null],
      ['1.2', 'Carrow Resins | Haldor Plastics', 'proposed', null],
    ]);
  });
});

describe('an offer that came to nothing', () => {
  const accepted = 'Ambry Bakeries accepted a £12m offer from Corran Group in March.\n';
  it('"A rival bid from X fell through": collapsed, between the maker and the side before', () => {
    expect(rows(`${accepted}A rival bid from Sennet Foods fell through in May.`)).toEqual([
      ['1.1', 'Ambry Bakeries | Corran Group', 'reached', null],
      ['1.2', 'Ambry Bakeries | Sennet Foods', 'collapsed', null],
    ]);
    // "from X for Y's ovens": the maker, then the owner of the thing bid for.
    expect(rows(`${accepted}A rival offer from Sennet Foods for Ambry's Dunley ovens fell through in May after Sennet failed to raise funds.`)).toEqual([
      ['1.1', 'Ambry Bakeries | Corran Group', 'reached', null],
      ['1.2', 'Ambry Bakeries | Sennet Foods', 'collapsed', null],
    ]);
    // An offer with no maker named, or one that did not fall through: none.
    expect(rows(`${accepted}A rival bid fell through in May.`)).toEqual([['1.1', 'Ambry Bakeries | Corran Group', 'reached', null]]);
    expect(rows(`${accepted}A rival bid from Sennet Foods could fall through.`)).toEqual([['1.1', 'Ambry Bakeries | Corran Group', 'reached', null]]);
  });

  it('"rejected by the Ambry board": a board named for its body acts for it; a thing bid for is no side', () => {
    expect(rows(`${accepted}A separate offer for Ambry's delivery vans, made by Tadwell Haulage in April, was formally rejected by the Ambry board last week.`)).toEqual([
      ['1.1', 'Ambry Bakeries | Corran Group', 'reached', null],
      ['1.2', 'Ambry Bakeries | Tadwell Haulage', 'rejected', null],
    ]);
    expect(rows('The Pollard Mill Trust agreed to lease the mill to Aldous Estates.\nA rival bid for the mill from Tadwell Homes was turned down.')).toEqual([
      ['1.1', 'the Pollard Mill Trust | Aldous Estates', 'reached', null],
      ['1.2', 'the Pollard Mill Trust | Tadwell Homes', 'rejected', null],
    ]);
  });
});

describe('the end of a deal mentioned again by its act noun', () => {
  it('"is challenging the termination", "held that the cancellation was lawful": the deal ended before, voided', () => {
    expect(rows('Marlow County terminated its waste contract with Dellow Haulage in June.\nDellow Haulage is challenging the termination in court.')).toEqual([
      ['1.1', 'Marlow County | Dellow Haulage', 'voided', null],
      ['1.2', 'Marlow County | Dellow Haulage', 'voided', '1.1'],
    ]);
    expect(rows('Istead Council cancelled its catering contract with Brightplate in 2022.\nThe judge held that the cancellation was lawful.')).toEqual([
      ['1.1', 'Istead Council | Brightplate', 'voided', null],
      ['1.2', 'Istead Council | Brightplate', 'voided', '1.1'],
    ]);
  });

  it('no deal ended before, or the end of something else: none', () => {
    expect(rows('Istead Council signed a catering contract with Brightplate in 2022.\nThe judge held that the cancellation was lawful.')).toEqual([['1.1', 'Istead Council | Brightplate', 'signed', null]]);
    expect(rows('Istead Council cancelled its catering contract with Brightplate in 2022.\nFans were angry about the cancellation of the cup match.')).toEqual([['1.1', 'Istead Council | Brightplate', 'voided', null]]);
    expect(rows('Dellow Haulage is challenging the termination in court.')).toEqual([]);
  });
});

describe('verb forms', () => {
  it('a relative clause holding a number between the subject and "has agreed to merge with"', () => {
    expect(rows('Corbel Seeds, which sells bulbs to about 4,000 gardeners in the Ferne valley, has agreed to merge with its smaller rival Tansy Growers.')).toEqual([['1.1', 'Corbel Seeds | Tansy Growers', 'reached', null]]);
    expect(rows('Corbel Seeds, which has 4,000 customers, has agreed to merge with Tansy Growers.')).toEqual([['1.1', 'Corbel Seeds | Tansy Growers', 'reached', null]]);
  });

  it('a trade of habit to people only counted is no deal; a sale to a named buyer still is', () => {
    expect(rows('Corbel Seeds sells bulbs to about 4,000 gardeners in the Ferne valley.')).toEqual([]);
    expect(rows('Corbel Seeds sold its bulb farm to Tansy Growers in May.')).toEqual([['1.1', 'Corbel Seeds | Tansy Growers', 'reached', null]]);
  });

  it('"had signed a letter of intent": signed, the two firms of the deal before', () => {
    expect(rows('Holcombe Paper agreed to buy Vettle Print in August.\nThe two firms had signed a letter of intent in June.')).toEqual([
      ['1.1', 'Holcombe Paper | Vettle Print', 'reached', null],
      ['1.2', 'Holcombe Paper | Vettle Print', 'signed', null],
    ]);
  });

  it('"holds a lease on the quay from X": in force, the holder and whom it holds it from', () => {
    expect(rows('Ostrava Marine holds a lease on the quay from the Kessel Port Trust.')).toEqual([['1.1', 'Ostrava Marine | Kessel Port Trust', 'in force', null]]);
    // Holding a deal void is a ruling, read as before.
    expect(rows('Ostrava Marine signed a lease with the Kessel Port Trust.\nThe court held the lease void.').map((r) => r[2])).toEqual(['signed', 'voided']);
  });
});

describe('"In return, NAME gets …"', () => {
  it('a term of the deal before, even when the clause holds a deal word (rights)', () => {
    expect(rows('The festival signed a three-year sponsorship deal with Pelham Insurance.\nIn return, Pelham gets naming rights to the main stage.')).toEqual([
      ['1.1', 'the festival | Pelham Insurance', 'signed', null],
      ['1.2', 'the festival | Pelham Insurance', 'in force', '1.1'],
    ]);
    // No deal before: no term.
    expect(rows('The festival opened on Friday.\nIn return, Pelham gets naming rights to the main stage.')).toEqual([]);
  });
});

describe('precision', () => {
  it('"Financial terms were not disclosed." alone is no agreement sentence', () => {
    expect(rows('Ambry Bakeries agreed a supply deal with Corran Group.\nFinancial terms were not disclosed.')).toEqual([['1.1', 'Ambry Bakeries | Corran Group', 'reached', null]]);
    // Terms of the deal named: a mention of it.
    expect(rows('Ambry Bakeries agreed a supply deal with Corran Group.\nTerms of the deal were not disclosed.')).toEqual([
      ['1.1', 'Ambry Bakeries | Corran Group', 'reached', null],
      ['1.2', 'Ambry Bakeries | Corran Group', 'reached', '1.1'],
    ]);
  });

  it('a request that someone else act, refused, is no offer refused', () => {
    expect(rows('Ambry Bakeries renewed its licence with the Pell Water Board.\nLocal residents had asked the board to cut the limit.\nThe board rejected that request in May.')).toEqual([['1.1', 'Ambry Bakeries | Pell Water Board', 'reached', null]]);
    // Asking to do a deal oneself ("asked to borrow"), refused, still is.
    expect(rows('The Harrow Museum Trust looks after 300 paintings.\nThe Lenton Film Company asked to borrow a portrait for a film, but the committee rejected the request.')).toEqual([['1.2', 'Harrow Museum Trust | the Lenton Film Company', 'rejected', null]]);
  });
});

describe('a vote to end a deal, with its score (lead, session 18)', () => {
  it('"The committee voted 9–2 on Thursday to end the arrangement": the deal before, voided, whatever the score is written with', () => {
    for (const score of ['9–2', '9-2', '212 to 97'])
      // (Session 36, a88: "the committee" is now the council the sentence before opens with, so the
      // ending side comes first; the sides were given in the other order before.)
      expect(rows(`Pellam Council signed a maintenance contract with Orrin Rail in 2021.\nThe committee voted ${score} on Thursday to end the arrangement.`)).toEqual([
        ['1.1', 'Pellam Council | Orrin Rail', 'signed', null],
        ['1.2', 'Pellam Council | Orrin Rail', 'voided', '1.1'],
      ]);
  });
});
