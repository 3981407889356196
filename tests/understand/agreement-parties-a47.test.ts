import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';
import { resolveDescription } from '../../src/understand/descriptions.js';

/**
 * Session 19 (a47): the parties of agreements on unseen copy — a lease's landlord named by who holds
 * the land in the next sentence, an indefinite side the next sentence names, a numbered local, a
 * count before the people who brought a claim, a lease "from" a body "under" an agreement, one side
 * agreeing alone right after a deal of both, and "Lawyers for X" never a company — each in
 * sentences of our own writing (rows: key, parties, status, the sentence a later mention refers
 * to), with close negatives.
 */
describe('the other side of a lease, named by who holds the land', () => {
  it('"The land belongs to X" after a lease of one side: both, and every later mention', () => {
    expect(rows("Corley Pony Club has signed a ten-year lease on its paddocks at Wyke Farm.\nThe land belongs to the Hendry Estate, which farms the fields around it.\nUnder the lease, the club will pay £9,000 a year.\nThe lease was approved by the estate's trustees on Monday.")).toEqual([
      ['1.1', 'Corley Pony Club | the Hendry Estate', 'signed', null],
      ['1.3', 'Corley Pony Club | the Hendry Estate', 'signed', '1.1'],
      ['1.4', 'Corley Pony Club | the Hendry Estate', 'approved', '1.1'],
    ]);
    expect(rows('Corley Pony Club has signed a ten-year lease on its paddocks at Wyke Farm.\nThe farm is owned by the Hendry Estate.')).toEqual([['1.1', 'Corley Pony Club | the Hendry Estate', 'signed', null]]);
  });

  it('a body the club belongs to, or a deal that lets nothing, takes no holder', () => {
    expect(rows('Corley Pony Club has signed a ten-year lease on its paddocks at Wyke Farm.\nThe club belongs to the Northern Riding Federation.')).toEqual([['1.1', 'Corley Pony Club', 'signed', null]]);
    expect(rows('Corley Pony Club has signed a ten-year sponsorship deal with Tarn Bakery.\nThe land belongs to the Hendry Estate.')).toEqual([['1.1', 'Corley Pony Club | Tarn Bakery', 'signed', null]]);
  });
});

describe('an indefinite side the next sentence names', () => {
  it('"A housing association has ended its contract with X. Kestle Homes said …": Kestle Homes, in the later mention too', () => {
    expect(rows('A housing association has ended its £2m contract with Barrow Roofing after months of delays.\nKestle Homes said the firm had missed 40 deadlines.\nBarrow won the contract in 2023.')).toEqual([
      ['1.1', 'Kestle Homes | Barrow Roofing', 'voided', null],
      ['1.3', 'Barrow Roofing | Kestle Homes', 'reached', '1.1'],
    ]);
  });

  it('people or a person opening the next sentence name no body', () => {
    expect(rows('A housing association has ended its £2m contract with Barrow Roofing after months of delays.\nTenants said the firm had missed 40 deadlines.')).toEqual([['1.1', 'a housing association | Barrow Roofing', 'voided', null]]);
    expect(rows('A housing association has ended its £2m contract with Barrow Roofing after months of delays.\nChief executive Moira Kestle said the firm had missed 40 deadlines.')).toEqual([['1.1', 'a housing association | Barrow Roofing', 'voided', null]]);
  });

  it('"A Dunmere wedding venue has settled a claim brought by 20 couples. Under the settlement, X will …": X and the couples', () => {
    expect(rows('A Dunmere wedding venue has settled a claim brought by 20 couples whose weddings were cancelled.\nUnder the settlement, Ashgrove Barn Ltd will refund every deposit.\nA judge approved the settlement on Friday.')).toEqual([
      ['1.1', 'Ashgrove Barn Ltd | 20 couples', 'reached', null],
      ['1.2', 'Ashgrove Barn Ltd | 20 couples', 'reached', '1.1'],
      ['1.3', 'Ashgrove Barn Ltd | 20 couples', 'approved', '1.1'],
    ]);
  });
});

describe('names and holders', () => {
  it('"Members of Local 417, which represents …, ratified an agreement with X": Local 417 and X', () => {
    expect(rows('Members of Local 417, which represents 90 porters, ratified an agreement with Crestline on Monday.')).toEqual([['1.1', 'Local 417 | Crestline', 'ratified', null]]);
    // A year after a month is no part of a name.
    expect(rows('In June 2024 Harlow Mills signed a supply deal with Crestline.')).toEqual([['1.1', 'Harlow Mills | Crestline', 'signed', null]]);
  });

  it('"X leases the barn from Y under a 20-year agreement": X and Y, in force; acting under an agreement of nobody named is none', () => {
    expect(rows('Farnley Cider leases the barn from the Orrin Estate under a 20-year agreement.')).toEqual([['1.1', 'Farnley Cider | Orrin Estate', 'in force', null]]);
    expect(rows('Farnley Cider leases its bottling barn from the Orrin Estate under a 20-year agreement.')).toEqual([['1.1', 'Farnley Cider | Orrin Estate', 'in force', null]]);
    expect(rows('Farnley Cider stores its casks in the barn under a 20-year agreement.')).toEqual([]);
  });

  it('one side agreeing alone right after a deal of both agrees with the other; a third body does not', () => {
    expect(rows('Corley Pony Club has signed a new lease with the Hendry Estate.\nThe estate has also agreed to let members ride through Tarn Wood.')).toEqual([
      ['1.1', 'Corley Pony Club | Hendry Estate', 'signed', null],
      ['1.2', 'Hendry Estate | Corley Pony Club', 'reached', null],
    ]);
    // (The third body's deal is not the estate's; since a87 (session 35) it is the lede's protagonist's, the club whose horsebox is sold — `protagonistSides`.)
    expect(rows("Corley Pony Club has signed a new lease with the Hendry Estate.\nLater that year Mossley Rovers agreed to buy the club's old horsebox.")).toEqual([
      ['1.1', 'Corley Pony Club | Hendry Estate', 'signed', null],
      ['1.2', 'Corley Pony Club | Mossley Rovers', 'reached', null],
    ]);
  });
});

describe('"its" after a name reporting the clause', () => {
  it('"X said its contract with Y had been signed": X (its fuller name) and Y, not the deal before', () => {
    expect(rows('Halden Boxing and Sableton Fight Club agreed in August to share a card.\nSableton said its broadcast contract with Vidcast had been signed in May.')).toEqual([
      ['1.1', 'Halden Boxing | Sableton Fight Club', 'reached', null],
      // (Session 22: the reported clause's participle gives the status, signed, as blind-36 labels it.)
      ['1.2', 'Sableton Fight Club | Vidcast', 'signed', null],
    ]);
  });
});

describe('a deal of one side renewed by a named body', () => {
  it('"X\'s licence was renewed by Y": both; extended "by" a span of time names nobody', () => {
    expect(rows("Marl FM's licence was renewed by the Community Radio Authority for five years.")).toEqual([['1.1', 'Marl FM | Community Radio Authority', 'in force', null]]);
    expect(rows("Marl FM's lease was extended by a further 15 years.")).toEqual([['1.1', 'Marl FM', 'in force', null]]);
  });
});

describe('"Lawyers for X" is no company', () => {
  it('a plural of people before "for" opening a name is passed over for "the company"', () => {
    const texts = ['Dellow Tiles has ended its contract with Harcourt Home.', 'Lawyers for Harcourt said they would sue.', 'The company is in talks with two other retailers.'];
    expect(resolveDescription('The company', texts, 2, 0)).toEqual({ names: ['Dellow Tiles'], index: 0 });
    expect(resolveDescription('The company', ['Harcourt Home Group has ended its contract with Dellow.', 'The company is in talks with two other retailers.'], 1, 0)).toEqual({ names: ['Harcourt Home Group'], index: 0 });
  });
});
