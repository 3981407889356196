import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 24 (a62): refused offers blind sets 8, 49 and 52 missed, in sentences of our own writing,
 * with close negatives beside them: an aside set off by commas between the offer and its passive, an
 * earlier offer refused by a group not named, a rise offered in per cent and refused in a relative clause;
 * a headline's compound agreement noun ("ratify pay deal") the tagger splits into two verbs; a deal's
 * hypothetical fate under a condition ("If the regulator objects, the sale would be unwound", blind 47);
 * an offer made before backed by members in a ballot (blind 43, 51).
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Tolbrenny Yarns signed a deal with Vardock Dyeworks.'), 120_000);

describe('offers refused in the passive', () => {
  it('"Tolbrenny\'s first offer, a 2 per cent rise, was rejected by Brisknell Carders": the aside describes the offer', () => {
    expect(rows("Tolbrenny Yarns has signed a two-year pay deal with Brisknell Carders.\nTolbrenny's first offer, a 2 per cent rise, was rejected by Brisknell Carders in May.")).toEqual([
      ['1.1', 'Tolbrenny Yarns | Brisknell Carders', 'signed', null],
      ['1.2', 'Brisknell Carders | Tolbrenny Yarns', 'rejected', null],
    ]);
  });
  it('"A rival offer from X, worth a reported £4 million, was rejected by Y\'s board": a participle after a determiner stays in the aside', () => {
    expect(rows("Corbenic Carding has agreed to sell its mill to Vardock Dyeworks.\nA rival offer from the textile group Quastel, worth a reported £4 million, was rejected by Corbenic's board in March.")).toEqual([
      ['1.1', 'Corbenic Carding | Vardock Dyeworks', 'reached', null],
      ['1.2', 'Corbenic Carding | Quastel', 'rejected', null],
    ]);
  });
  it('an offer with an aside under a hypothesis ("would have been rejected") is refused by nobody', () => {
    expect(rows("Tolbrenny Yarns has signed a two-year pay deal with Brisknell Carders.\nThe offer, a 2 per cent rise, would have been rejected by members.")).toEqual([
      ['1.1', 'Tolbrenny Yarns | Brisknell Carders', 'signed', null],
    ]);
  });
  it('"An earlier offer of 3 per cent was rejected by members in a ballot": one made before, between the sides of the deal before', () => {
    expect(rows("Tolbrenny Yarns has signed a two-year pay deal with Brisknell Carders.\nAn earlier offer of 3 per cent was rejected by members in a ballot in June.")).toEqual([
      ['1.1', 'Tolbrenny Yarns | Brisknell Carders', 'signed', null],
      ['1.2', 'Tolbrenny Yarns | Brisknell Carders', 'rejected', '1.1'],
    ]);
  });
  it('"An offer of 3 per cent was rejected by members": an offer not marked as earlier, with no deal before, is none', () => {
    expect(rows("Brisknell Carders met in Vardock on Friday.\nAn offer of 3 per cent was rejected by members in a ballot in June.")).toEqual([]);
  });
});

describe('a rise offered in per cent, refused in a relative clause', () => {
  it('"had offered a 7 per cent rise in July, which the carders turned down": a refused offer of the two', () => {
    expect(rows("Tolbrenny Yarns had offered a 7 per cent rise in July, which Brisknell Carders turned down.")).toEqual([
      ['1.1', 'Tolbrenny Yarns | Brisknell Carders', 'rejected', null],
    ]);
  });
  it('"had offered a warm welcome in July, which the carders turned down": no share, no thing, no deal', () => {
    expect(rows("Tolbrenny Yarns had offered a warm welcome in July, which Brisknell Carders turned down.")).toEqual([]);
  });
});

describe('a headline\'s compound agreement noun', () => {
  const body = 'Carders at Tolbrenny Yarns voted on Friday to ratify a two-year pay deal with the mill.\nThe deal gives them a 4 per cent rise.';
  it('"Tolbrenny carders ratify pay deal": "pay" modifies the deal, "ratify" is the verb', () => {
    expect(rows(body, 'Tolbrenny carders ratify pay deal, ending strike threat')[0]).toEqual(['0.1', 'Tolbrenny carders', 'ratified', null]);
  });
  it('"Tolbrenny carders reject pay deal": refused, and the body\'s refusal mentions it', () => {
    expect(rows('Carders at Tolbrenny Yarns voted on Friday to reject a two-year pay deal offered by the mill.', 'Tolbrenny carders reject pay deal')).toEqual([
      ['0.1', 'Tolbrenny carders', 'rejected', null],
      ['1.1', 'Carders at Tolbrenny Yarns', 'rejected', '0.1'],
    ]);
  });
  it('"Tolbrenny carders vote pay rise": a rise is no agreement noun, the headline none', () => {
    expect(rows('Carders at Tolbrenny Yarns voted on Friday for a rise.', 'Tolbrenny carders vote pay rise')).toEqual([]);
  });
});

describe('a deal\'s fate under a condition', () => {
  const made = 'Corbenic Carding has agreed to sell its mill to Vardock Dyeworks.';
  it('"If the regulator objects, the sale would be unwound": what would follow states nothing of the sale', () => {
    expect(rows(`${made}\nIf the regulator objects, the sale would be unwound at no cost to either side.`)).toEqual([['1.1', 'Corbenic Carding | Vardock Dyeworks', 'reached', null]]);
  });
  it('"Unless Vardock pays by June, the sale will be cancelled" and "The sale would be unwound if …": none either', () => {
    expect(rows(`${made}\nUnless Vardock pays by June, the sale will be cancelled.\nThe sale would be unwound if the regulator objects.`)).toEqual([['1.1', 'Corbenic Carding | Vardock Dyeworks', 'reached', null]]);
  });
  it('"If the mill floods, the lease allows Vardock to leave": a term of the deal in the present still holds', () => {
    expect(rows('Corbenic Carding has leased its mill to Vardock Dyeworks.\nIf the mill floods, the lease allows Vardock to leave at once.')).toEqual([
      ['1.1', 'Corbenic Carding | Vardock Dyeworks', 'reached', null],
      ['1.2', 'Corbenic Carding | Vardock Dyeworks', 'reached', '1.1'],
    ]);
  });
  it('"The sale will be completed in May": with no condition, the sale is mentioned', () => {
    expect(rows(`${made}\nThe sale will be completed in May.`)).toEqual([
      ['1.1', 'Corbenic Carding | Vardock Dyeworks', 'reached', null],
      ['1.2', 'Corbenic Carding | Vardock Dyeworks', 'reached', '1.1'],
    ]);
  });
});

describe('an offer made before, approved', () => {
  const made = 'Carders at Tolbrenny Yarns have voted to accept a two-year pay deal.';
  it('"Members of X backed the offer by 47 votes to 9 in a ballot": ratified by the members\' body', () => {
    expect(rows(`${made}\nMembers of the Brisknell Carders backed the offer by 47 votes to 9 in a ballot that closed on Friday.`)).toEqual([
      ['1.1', 'Carders at Tolbrenny Yarns', 'ratified', null],
      ['1.2', 'the Brisknell Carders', 'ratified', null],
    ]);
  });
  it('"The Brisknell Carders endorsed the offer on Friday": with no vote, approved', () => {
    expect(rows(`${made}\nThe Brisknell Carders endorsed the offer on Friday.`)).toEqual([
      ['1.1', 'Carders at Tolbrenny Yarns', 'ratified', null],
      ['1.2', 'the Brisknell Carders', 'approved', null],
    ]);
  });
  it('"could back the offer in a ballot next week": a hypothesis approves nothing', () => {
    expect(rows(`${made}\nMembers of the Brisknell Carders could back the offer in a ballot next week.`)).toEqual([['1.1', 'Carders at Tolbrenny Yarns', 'ratified', null]]);
  });
  it('"Members backed the offer by 47 votes to 9" with no deal or offer before: none', () => {
    expect(rows('Brisknell Carders met on Friday.\nMembers backed the offer by 47 votes to 9.')).toEqual([]);
  });
});
