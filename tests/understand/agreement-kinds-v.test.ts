import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 12 round 1 (a19): agreement nouns and verbs in more syntactic positions. A refused
 * offer, bid, proposal or request is a rejected agreement between who refused it and who made it
 * (the session's convention), whatever the position of the refusal (object, passive, relative
 * clause, a clause with no relative pronoun, apposition, a phrasal verb WordNet files under
 * rejecting, split or not); deals held, made "under" an agreement, approved by a vote or named
 * again as "the plan" or "Terms of the sale". Sentences of our own writing; rows: key, parties,
 * status, the sentence a later mention refers to.
 */
describe('a refused offer in every position', () => {
  it('a relative clause after a comma, and "whose offer X rejected"', () => {
    expect(rows('A rival bid from Tolley Leisure, which the trustees declined in May, was higher.')).toEqual([
      ['1.1', 'the trustees | Tolley Leisure', 'rejected', null],
    ]);
    expect(rows('Kestrel Foods, whose offer the cooperative rejected in March, has since bought a dairy in Wales.')).toEqual([
      ['1.1', 'the cooperative | Kestrel Foods', 'rejected', null],
    ]);
  });

  it('"…, which it turned down": "it" is the name the sentence opens with', () => {
    expect(rows('The Lowrie Trust sold the mill to Pennant Homes in 2021 after a rival offer from Castle Estates, which it turned down in June.')).toEqual([
      ['1.1', 'the Lowrie Trust | Pennant Homes', 'reached', null],
      ['1.1', 'Lowrie Trust | Castle Estates', 'rejected', null],
    ]);
  });

  it('passives: "voted down by" (a phrasal verb, WordNet), "an offer by X in 2020 to buy …", a maker in a participle set off by commas', () => {
    expect(rows("A proposal from Dunford Savings to take over Marsh Bank was voted down by Marsh Bank's members.")).toEqual([
      ['1.1', 'Marsh Bank | Dunford Savings', 'rejected', null],
    ]);
    expect(rows('An offer by the port authority in 2020 to buy the marina outright was rejected by Sailwise.')).toEqual([
      ['1.1', 'Sailwise | the port authority', 'rejected', null],
    ]);
    expect(rows('The request, made by the Orrin family in 2019, was refused by the council.')).toEqual([['1.1', 'the council | Orrin family', 'rejected', null]]);
  });

  it('an offer made by a verb and refused with "it" in the next clause; an apology is no offer of a deal', () => {
    expect(rows('Ormond Homes offered £4 million for the site, but the trust rejected it.')).toEqual([['1.1', 'Ormond Homes | the trust', 'rejected', null]]);
    expect(rows('Ormond Homes had bid £4 million for the site, but the trust turned it down.')).toEqual([['1.1', 'Ormond Homes | the trust', 'rejected', null]]);
    expect(rows('The mayor offered an apology, but the family rejected it.')).toEqual([]);
  });

  it('an offer noun made ("made an offer", "submitted a bid") then refused with "it"; a body of the named side refuses for it; "an offer of help" is none', () => {
    expect(rows("Veldt made an unsolicited offer for Corran last autumn, but Corran's board turned it down as too low.")).toEqual([['1.1', 'Veldt | Corran', 'rejected', null]]);
    expect(rows('Ormond Homes submitted a bid for the pier, and the council rejected it.')).toEqual([['1.1', 'Ormond Homes | the council', 'rejected', null]]);
    expect(rows('The mayor made an offer of help, but the family rejected it.')).toEqual([]);
  });

  it('"offers from two major labels" (a counted group); "X\'s offer to run … was rejected" with no agent; a request to delay a hearing is none', () => {
    expect(rows('The band turned down larger offers from two major labels.')).toEqual([['1.1', 'the band | two major labels', 'rejected', null]]);
    expect(rows("Brightwell's offer to run the hospital car parks as well was rejected.")).toEqual([['1.1', 'Brightwell', 'rejected', null]]);
    expect(rows("Brightwell's request to delay the hearing was rejected.")).toEqual([]);
  });

  it('an offer named only as one made before ("the offer", "that request", a proposal with no maker) needs who offered or asked before it', () => {
    expect(rows(['Redmoor Homes offered to buy the paddock from the Lanark Trust.', 'The trust turned the offer down in April.'].join('\n'))).toEqual([
      ['1.2', 'Lanark Trust | Redmoor Homes', 'rejected', null],
    ]);
    expect(rows(['The Orrin family asked to buy back the chapel.', 'The vestry refused that request in 2019.'].join('\n'))).toEqual([
      ['1.2', 'the vestry | the Orrin family', 'rejected', null],
    ]);
    expect(rows(['Ashby Rail offered to buy the branch line.', 'A leasing proposal the county turned down would have reopened it.'].join('\n'))).toEqual([
      ['1.2', 'the county | Ashby Rail', 'rejected', null],
    ]);
    expect(rows(['Ardle Credit Union proposed a merger with Dunmore Savings in 2021.', 'The proposal was voted down by members in March.'].join('\n'))).toEqual([
      ['1.2', 'Ardle Credit Union', 'rejected', null],
    ]);
    expect(rows('The Lanark Trust turned the offer down.')).toEqual([]);
    expect(rows('The court turned the request down.')).toEqual([]);
    expect(rows(['Harlow Buses signed a contract with Dunmere Council in 2015.', 'A spokesman declined the request.'].join('\n'))).toEqual([
      ['1.1', 'Harlow Buses | Dunmere Council', 'signed', null],
    ]);
  });

  it('"rejected the proposal for a new school" after a deal is another proposal', () => {
    expect(rows(['Bellwood Waste signed a contract with Marden County.', 'The council rejected the proposal for a new school.'].join('\n'))).toEqual([
      ['1.1', 'Bellwood Waste | Marden County', 'signed', null],
    ]);
  });
});

describe('deals held, leased, ended and made "under" one', () => {
  it('"has a contract with X" (the tagger reads "has" as an auxiliary); "share a contract with X" holds it', () => {
    // (Session 13, a25: the present "has … with X" holds the deal, in force, as "share" does.)
    expect(rows('Hatton Mills has a supply contract with Pennick Wool.')).toEqual([['1.1', 'Hatton Mills | Pennick Wool', 'in force', null]]);
    expect(rows('The two schools already share a catering contract with Greenplate.')).toEqual([['1.1', 'the two schools | Greenplate', 'in force', null]]);
  });

  it('"whose operating contract with X was extended": a participle after "whose" opens the phrase; "from two farming families" is a side as written', () => {
    expect(rows('The Quay Cafe, whose operating contract with the authority was extended last month, opened in 1998.')).toEqual([['1.1', 'Quay Cafe', 'in force', null]]);
    expect(rows('The Ness Solar company has leased 600 acres from two farming families.')).toEqual([
      ['1.1', 'the Ness Solar company | two farming families', 'reached', null],
    ]);
    expect(rows('Ness Solar leased 600 acres from 2021 to 2024.')).toEqual([]);
  });

  it('"A proposed launch partnership with X was rejected by Y": a compound read as a verb after a participle; who turns a proposed deal down is its other side', () => {
    expect(rows('A proposed launch partnership with the private firm Helion Orbital was rejected by the Ostrian directorate in August.')).toEqual([
      ['1.1', 'Ostrian directorate | Helion Orbital', 'rejected', null],
    ]);
    expect(rows('A proposed merger with Calder Foods was approved by the regulator in August.')).toEqual([['1.1', 'Calder Foods', 'proposed', null]]);
  });

  it('"has leased 80 hectares of pasture from X"; "X\'s earlier supply contract with Y was cancelled"', () => {
    expect(rows('The Abbey Farm Trust has leased 80 hectares of pasture from the Millbrook Estate.')).toEqual([
      ['1.1', 'the Abbey Farm Trust | Millbrook Estate', 'reached', null],
    ]);
    expect(rows("Tarrant's earlier supply contract with Kelso Grain was cancelled in 2020.")).toEqual([['1.1', 'Tarrant | Kelso Grain', 'voided', null]]);
  });

  it('"under a contract signed on Friday" with one subject is the deal it made; two sides acting under a deal keep it in force', () => {
    expect(rows('Ferrow Buses will run the night routes for five years under a contract signed on Friday.')).toEqual([['1.1', 'Ferrow Buses', 'signed', null]]);
    expect(rows('Ferrow Buses and Lyne Coaches run the routes under a deal reached in March.')).toEqual([['1.1', 'Ferrow Buses | Lyne Coaches', 'in force', null]]);
  });

  it('"which it bought from X": "it" is the sentence\'s opening name; "settled that case"', () => {
    expect(rows('Cole Farm owns the Lea Barn, which it bought from the Vance family in 2011.')).toEqual([['1.1', 'Cole Farm | Vance family', 'reached', null]]);
    // (a43: the two sides are the disputants "sued" names, a verb of disputing in WordNet.)
    expect(rows(['Delford sued the Arran Trust in 2021.', 'The two sides settled that case in January.'].join('\n'))).toEqual([['1.2', 'Delford | the Arran Trust', 'reached', null]]);
  });
});

describe('later mentions and approvals', () => {
  it('"approved the plan" just after an agreement; "voted in favour of the merger" approves it; a cycle lane is none', () => {
    expect(rows(['Bellwood Waste signed a contract with Marden County.', 'The county commissioners approved the plan last week.'].join('\n'))).toEqual([
      ['1.1', 'Bellwood Waste | Marden County', 'signed', null],
      ['1.2', 'Bellwood Waste | Marden County', 'approved', '1.1'],
    ]);
    expect(rows(['Cole Farm and Dray Dairy have agreed to merge.', 'Members of both co-operatives voted in favour of the merger on Friday.'].join('\n'))).toEqual([
      ['1.1', 'Cole Farm | Dray Dairy', 'reached', null],
      ['1.2', 'Cole Farm | Dray Dairy', 'approved', '1.1'],
    ]);
    expect(rows('Councillors voted in favour of a new cycle lane.')).toEqual([]);
  });

  it('"voted to approve the venture": "the venture" alone names the joint venture made before; "the venture capital firm" does not', () => {
    expect(rows(['Pinecrest has formed a joint venture with the Corral Mesa Land Trust.', "The trust's members voted to approve the venture in August."].join('\n'))).toEqual([
      ['1.1', 'Pinecrest | Corral Mesa Land Trust', 'reached', null],
      ['1.2', 'Pinecrest | Corral Mesa Land Trust', 'approved', '1.1'],
    ]);
    expect(rows('The venture capital firm Oaks approved the plan.')).toEqual([]);
  });

  it('"Terms of the sale were not disclosed"; "The merger, which includes X, is expected to complete" (with the clause or without)', () => {
    // (Session 37, a90: what is bought from a named seller is no side — the buyer and the seller are; was "Cole Farm | Lea Barn | Vance family".)
    expect(rows(['Cole Farm bought the Lea Barn from the Vance family.', 'Terms of the sale were not disclosed.'].join('\n'))).toEqual([
      ['1.1', 'Cole Farm | Vance family', 'reached', null],
      ['1.2', 'Cole Farm | Vance family', 'reached', '1.1'],
    ]);
    expect(rows(['Cole Farm and Dray Dairy have agreed to merge.', 'The merger, which includes the Lea creamery, is expected to complete in May.'].join('\n'))).toEqual([
      ['1.1', 'Cole Farm | Dray Dairy', 'reached', null],
      ['1.2', 'Cole Farm | Dray Dairy', 'reached', '1.1'],
    ]);
    // Without the clause, its completion forecast is a later mention too (session 19, a48: the brief and sets 35-37 label it so).
    expect(rows(['Cole Farm and Dray Dairy have agreed to merge.', 'The merger is expected to complete in May.'].join('\n'))).toEqual([
      ['1.1', 'Cole Farm | Dray Dairy', 'reached', null],
      ['1.2', 'Cole Farm | Dray Dairy', 'reached', '1.1'],
    ]);
  });
});
