import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 14 (a27): agreement recall, each kind in sentences of our own writing (rows: key,
 * parties, status, the sentence a later mention refers to), with the close negatives beside it.
 */
describe('a deal reported before, named again by a verb that is no agreement verb', () => {
  it('"Shoppers welcomed the deal.": a reaction, the whole clause, mentions it (status kept); none without a deal before', () => {
    expect(rows('Dunmore Foods agreed a supply deal with Kell Farms.\nShoppers welcomed the deal.')).toEqual([
      ['1.1', 'Dunmore Foods | Kell Farms', 'reached', null],
      ['1.2', 'Dunmore Foods | Kell Farms', 'reached', '1.1'],
    ]);
    expect(rows('Dunmore Foods signed a lease with the Harbour Trust.\nStallholders welcomed the lease on Monday.')).toEqual([
      ['1.1', 'Dunmore Foods | Harbour Trust', 'signed', null],
      ['1.2', 'Dunmore Foods | Harbour Trust', 'signed', '1.1'],
    ]);
    expect(rows('Dunmore Foods opened a shop in Leith.\nShoppers welcomed the deal.')).toEqual([]);
    // What the reacting side claims of it, in a clause after the deal, is their view: none.
    expect(rows('Arden Water and Tolley Council formed a partnership in 2021.\nShoppers welcomed the partnership, which they say could lower bills.')).toEqual([['1.1', 'Arden Water | Tolley Council', 'reached', null]]);
    // A participle's reaction still names the deal held: a later mention (issue 11's convention).
    expect(rows('Dunmore Foods agreed a supply deal with Kell Farms.\nThe parish council voted on Monday to write to Dunmore welcoming the deal.')).toEqual([
      ['1.1', 'Dunmore Foods | Kell Farms', 'reached', null],
      ['1.2', 'Dunmore Foods | Kell Farms', 'reached', '1.1'],
    ]);
  });

  it('"voted 7-2 in favour of the agreement": a tally between the vote and its side is still an approval', () => {
    expect(rows('Arden Water reached an agreement with Tolley Council.\nThe council voted 7-2 in favour of the agreement.')).toEqual([
      ['1.1', 'Arden Water | Tolley Council', 'reached', null],
      ['1.2', 'Arden Water | Tolley Council', 'approved', '1.1'],
    ]);
  });

  it('"The contract is expected to cut leaks by half": what a deal is expected to do to something else is what it provides', () => {
    expect(rows('Arden Water signed a contract with Tolley Council in 2020.\nThe contract is expected to cut leaks by half.')).toEqual([
      ['1.1', 'Arden Water | Tolley Council', 'signed', null],
      ['1.2', 'Arden Water | Tolley Council', 'signed', '1.1'],
    ]);
    // A step still ahead of a deal held (its completion, an approval) is a later mention of it (issue 11's convention); a deal with none before it is none.
    const arden = [['1.1', 'Arden Water | Tolley Council', 'reached', null], ['1.2', 'Arden Water | Tolley Council', 'reached', '1.1']];
    expect(rows('Arden Water reached a deal with Tolley Council.\nThe deal is expected to complete the purchase of the reservoir.')).toEqual(arden);
    expect(rows('Arden Water reached a deal with Tolley Council.\nThe deal is expected to win approval in May.')).toEqual(arden);
    expect(rows('The deal is expected to create forty jobs.')).toEqual([]);
  });

  it('"Ms Ross said the partnership would bring …": a reported "will" of a deal made before is what it provides (at the status it was made with)', () => {
    expect(rows('Arden Water and Tolley Council formed a partnership in 2021.\nMs Ross said the partnership would bring new pipes to every street.')).toEqual([
      ['1.1', 'Arden Water | Tolley Council', 'reached', null],
      ['1.2', 'Arden Water | Tolley Council', 'reached', '1.1'],
    ]);
    expect(rows('Arden Water and Tolley Council formed a partnership in 2021.\nMs Ross said the partnership would not bring new pipes to every street.')).toEqual([['1.1', 'Arden Water | Tolley Council', 'reached', null]]);
    expect(rows('Ms Ross said the partnership would bring new pipes to every street.')).toEqual([]);
  });
});

describe('an offer or request refused in a relative clause or the passive', () => {
  it('"An offer from X, which wanted the whole site, was rejected by Y": a which-clause on the maker is skipped', () => {
    expect(rows('An offer from Pell Homes, which wanted the whole site, was rejected by the Orla Trust.')).toEqual([['1.1', 'Orla Trust | Pell Homes', 'rejected', null]]);
  });

  it('"X had asked for a longer lease, which the port declined": a request made by a verb and refused', () => {
    expect(rows('Ostby had asked for a longer lease, which the port declined.')).toEqual([['1.1', 'Ostby | the port', 'rejected', null]]);
    expect(rows('Kell asked for a loan, which Arden Bank refused.')).toEqual([['1.1', 'Kell | Arden Bank', 'rejected', null]]);
    expect(rows('The regulator asked Fenn Haulage to sell its depot, a remedy the firm refused.')).toEqual([['1.1', 'the regulator | Fenn Haulage', 'rejected', null]]);
    // A request granted is a favour, not a deal; declining to do something else is another refusal.
    expect(rows('Kell asked for a loan, which Arden Bank approved.')).toEqual([]);
    expect(rows('The union asked for a meeting, which the minister declined to attend.')).toEqual([]);
  });
});

describe('a deal given in the passive; a draft of the deal before voted down', () => {
  it('"A fishing licence was granted to X by the harbour board": the giver after "by", the taker after "to"', () => {
    expect(rows('A fishing licence was granted to Coldharbour Boats by the harbour board.')).toEqual([['1.1', 'the harbour board | Coldharbour Boats', 'reached', null]]);
    expect(rows('The franchise was awarded to Tolland Buses by Ashby Council in 2015.')).toEqual([['1.1', 'Ashby Council | Tolland Buses', 'reached', null]]);
    // No giver, a thing that is no deal, a negation: none.
    expect(rows('A licence was granted to Fenn.')).toEqual([]);
    expect(rows('A medal was given to Ann by the mayor.')).toEqual([]);
    expect(rows('A loan was not given to Fenn by the bank.')).toEqual([]);
  });

  it('"An earlier draft was voted down by the assembly": rejected, the sides of the agreement before; none without one', () => {
    expect(rows('Kelby and Ruslan Port signed a twinning charter on Friday.\nAn earlier draft was voted down by the Kelby town assembly in 2019.')).toEqual([
      ['1.1', 'Kelby | Ruslan Port', 'signed', null],
      ['1.2', 'Kelby | Ruslan Port', 'rejected', '1.1'],
    ]);
    expect(rows('An earlier draft was voted down by the Kelby town assembly in 2019.')).toEqual([]);
    expect(rows('Kelby and Ruslan Port met on Friday.\nAn earlier draft was rejected by the governors.')).toEqual([]);
  });
});

describe('an agreement noun no reader knows, found by its participle of making', () => {
  it('"An earlier tie-up, struck with X in 2020, remains in force": just after an agreement, its first side is the other one', () => {
    expect(rows('Velder Telecom announced a network-sharing deal with Pax Mobile on Monday.\nAn earlier tie-up, struck with Orla Networks in 2020, remains in force.')).toEqual([
      ['1.1', 'Velder Telecom | Pax Mobile', 'reached', null],
      ['1.2', 'Velder Telecom | Orla Networks', 'in force', null],
    ]);
    expect(rows('Harlow Life agreed a pension deal with the Orrin Steel trustees.\nA smaller buy-in, agreed with the insurer in 2019, is already in force.')).toEqual([
      ['1.1', 'Harlow Life | Orrin Steel trustees', 'reached', null],
      ['1.2', 'Harlow Life | the insurer', 'in force', null],
    ]);
    // With no agreement just before, a person as the head, or a hypothetical main clause: none.
    expect(rows('A carve-out, signed with Ofcap in 2017, lapsed in May.')).toEqual([]);
    expect(rows('Velder Telecom signed a deal with Pax Mobile.\nThe chairman, agreed with Ofcap in 2017, left.')).toEqual([['1.1', 'Velder Telecom | Pax Mobile', 'signed', null]]);
    expect(rows('Velder Telecom signed a deal with Pax Mobile.\nA revised timetable, agreed with Ashby Council, would start on Monday.')).toEqual([['1.1', 'Velder Telecom | Pax Mobile', 'signed', null]]);
  });
});

describe('terms right after an agreement: a party (by name) or the pair in the future', () => {
  it('"Fenwick will deliver …" after "Fenwick Dairies agreed to supply …": the status the agreement was made with (session 34, a85: a term still to come), its sides; one sentence only', () => {
    expect(rows('Fenwick Dairies agreed to supply Marlow Stores with milk for three years.\nFenwick will deliver to each store twice a day.\nFenwick will open a new shop in the spring.')).toEqual([
      ['1.1', 'Fenwick Dairies | Marlow Stores', 'reached', null],
      ['1.2', 'Fenwick Dairies | Marlow Stores', 'reached', '1.1'],
    ]);
    expect(rows('Arden Bank and Pell Insurance signed a pensions deal.\nEach firm will own half of the new company.')).toEqual([
      ['1.1', 'Arden Bank | Pell Insurance', 'signed', null],
      ['1.2', 'Arden Bank | Pell Insurance', 'signed', '1.1'],
    ]);
    expect(rows('Arden Bank and Pell Insurance signed a pensions deal.\nThe two companies will share the costs.')).toEqual([
      ['1.1', 'Arden Bank | Pell Insurance', 'signed', null],
      ['1.2', 'Arden Bank | Pell Insurance', 'signed', '1.1'],
    ]);
  });

  it('not in another paragraph, not after a deal not yet made, not by a description (older own sets label those none), not negated', () => {
    expect(rows('Arden Bank and Pell Insurance signed a pensions deal.\n\nArden will pay the bills.')).toEqual([['1.1', 'Arden Bank | Pell Insurance', 'signed', null]]);
    expect(rows('Arden Bank and Pell Insurance plan to sign a pensions deal.\nArden will pay the bills.')).toEqual([]);
    expect(rows('Arden Bank and Pell Insurance signed a pensions deal.\nThe insurer will pay the pensions in full from April.')).toEqual([['1.1', 'Arden Bank | Pell Insurance', 'signed', null]]);
    expect(rows('Arden Bank and Pell Insurance signed a pensions deal.\nArden will not pay the bills.')).toEqual([['1.1', 'Arden Bank | Pell Insurance', 'signed', null]]);
  });
});

describe('left-overs: a hyphenated modifier before a compound, a settled claim with a participle, a time after the other side', () => {
  it('"voted to accept a two-year pay deal": the compound after a hyphenated modifier', () => {
    expect(rows('Members of the union at Kell Buses voted to accept a two-year pay deal.')).toEqual([['1.1', 'the union | Kell Buses', 'ratified', null]]);
  });

  it('"settled the resulting compensation claim": a participle right after the determiner', () => {
    expect(rows('Ardent Ltd settled the resulting compensation claim with Corvel in 2022.')).toEqual([['1.1', 'Ardent Ltd | Corvel', 'reached', null]]);
  });

  it('"settled the boundary dispute with its neighbour last year": the time phrase is no part of the side', () => {
    expect(rows('Kell settled the boundary dispute with its neighbour last year.')).toEqual([['1.1', 'Kell | its neighbour', 'reached', null]]);
  });
});

describe('carry-set misses (own-a27b), read generally', () => {
  it('"said the venture would cut waiting lists": a gerund before the object noun', () => {
    expect(rows('Corwen Health and the Dale Valley Trust agreed a joint venture.\nDr Ana Bell said the venture would cut waiting lists.')).toEqual([
      ['1.1', 'Corwen Health | the Dale Valley Trust', 'reached', null],
      ['1.2', 'Corwen Health | the Dale Valley Trust', 'reached', '1.1'],
    ]);
  });

  it('"A separate lease, signed with X in 2021, remains in force": the partner after the participle; the other side from the deal just before', () => {
    expect(rows('Skylark Air agreed a codeshare deal with Norden Airways.\nA separate lease, signed with Baltica Jet in 2021, remains in force.')).toEqual([
      ['1.1', 'Skylark Air | Norden Airways', 'reached', null],
      ['1.2', 'Skylark Air | Baltica Jet', 'in force', null],
    ]);
  });
});
