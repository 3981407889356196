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
  it('"X has licensed its design to Y", then "Under the licence, …" (the same sides; terms still to come keep the deal\'s status)', () => {
    expect(rows('The Kelham Institute has licensed its battery design to Voltrane.\nUnder the licence, Voltrane will pay royalties of 4 per cent.')).toEqual([
      ['1.1', 'the Kelham Institute | Voltrane', 'reached', null],
      ['1.2', 'the Kelham Institute | Voltrane', 'reached', '1.1'],
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

describe('more shapes of a refused offer', () => {
  it('"X\'s earlier offer … was rejected by Y": an adverb after the possessor (the tagger may read the noun as a verb)', () => {
    expect(rows('Harlow\'s earlier offer was rejected by the tenants.')).toEqual([['1.1', 'the tenants | Harlow', 'rejected', null]]);
    expect(rows("The firm's earlier offer of $2 million was rejected by the tenants' lawyers.")).toEqual([['1.1', "the tenants' lawyers | the firm", 'rejected', null]]);
  });

  it('"made an approach for X, but Y turned it down": an overture made for something, refused in the next clause', () => {
    expect(rows('Marsden made an approach for the bakery in 2021, but Pollard turned it down as too low.')).toEqual([['1.1', 'Marsden | Pollard', 'rejected', null]]);
    expect(rows('Marsden made an approach to the council about parking, but the council turned it down.')).toEqual([]);
  });

  it('"The club had asked Y for a lease, but Y declined the request": a description who asked, kept as written', () => {
    expect(rows('The club had asked the county for a longer lease, but the county declined the request.')).toEqual([['1.1', 'the county | The club', 'rejected', null]]);
  });
});

describe('what is sold or licensed is no party', () => {
  it('"sold the X brand to Y", "licensed the X name to Y": the one it goes to is the other side', () => {
    expect(rows('The Halden Trust has licensed the Morrow name to Vantle.')).toEqual([['1.1', 'the Halden Trust | Vantle', 'reached', null]]);
    expect(rows('Halden sold the Morrow brand to Vantle.')).toEqual([['1.1', 'Halden | Vantle', 'reached', null]]);
  });
});

describe('a protocol between two sides', () => {
  it('is an agreement only with its sides named after "between"', () => {
    expect(rows('The 1990 fishing protocol between Norland and Vesta was breached repeatedly.')).toEqual([['1.1', 'Norland | Vesta', 'breached', null]]);
    expect(rows('Hospital staff breached the safety protocol.')).toEqual([]);
  });

  it('"agreed with X to …" names X', () => {
    expect(rows("Pardoe Cycles also agreed with the cyclists' union to run joint safety courses.")).toEqual([['1.1', "Pardoe Cycles | the cyclists' union", 'reached', null]]);
  });
});

describe('refusals with the offer as the object', () => {
  it('"X offered …, but Y rejected the offer": one row, not one per reader', () => {
    expect(rows('Corbel offered £3m for the marina last year, but the Pike family rejected the offer.')).toEqual([['1.1', 'Corbel | Pike family', 'rejected', null]]);
  });

  it('"turned down the firm\'s pay offer": a compound the tagger reads as a verb inside the phrase', () => {
    expect(rows("The union turned down the firm's pay offer in March.")).toEqual([['1.1', 'the union | the firm', 'rejected', null]]);
  });

  it('"Kell rejected Dunmore\'s approach": an overture a name made', () => {
    expect(rows("Kell rejected Dunmore's approach as too low.")).toEqual([['1.1', 'Kell | Dunmore', 'rejected', null]]);
  });

  it('"voted down the rescue plan put forward by X", "rejected a plan proposed by X"', () => {
    expect(rows('The lenders voted down the rescue plan put forward by Harrow.')).toEqual([['1.1', 'the lenders | Harrow', 'rejected', null]]);
    expect(rows('The lenders rejected a rescue plan proposed by Harrow in May.')).toEqual([['1.1', 'the lenders | Harrow', 'rejected', null]]);
    expect(rows('The council approved the plan put forward by Harrow.')).toEqual([]);
  });
});

describe('a held deal ended, past a time phrase in the apposition', () => {
  it('"The old lease, held by X since 1950, was ended by Y" is voided', () => {
    expect(rows('The old lease, held by the Pike family since 1950, was ended by the council in 2018.')).toEqual([['1.1', 'Pike family | the council', 'voided', null]]);
  });

  it('"licensed X from Y": a licence taken from its owner', () => {
    expect(rows('Vantek has licensed the design from Oxbury University since 2019.')).toEqual([['1.1', 'Vantek | Oxbury University', 'reached', null]]);
  });
});

describe('who decides on an offer, and refusals with no object', () => {
  it('"X\'s bid for the brewery was rejected by Y": a named agent decides, not a target only described', () => {
    expect(rows("Dunmore's 2019 bid for the brewery was rejected by Kell.")).toEqual([['1.1', 'Kell | Dunmore', 'rejected', null]]);
    expect(rows("A rival offer for Morva from Kelso was rejected by Morva's board.")).toEqual([['1.1', 'Morva | Kelso', 'rejected', null]]);
  });

  it('"X offered to buy Y, but the council refused.": a verb of rejecting ending the sentence', () => {
    expect(rows('In 2021, Oakline Homes offered to buy the depot, but the council refused.')).toEqual([['1.1', 'Oakline Homes | the council', 'rejected', null]]);
    // A verb of no refusal after the offer is none.
    expect(rows('Oakline Homes offered to buy the depot, but the council hesitated.')).toEqual([]);
  });

  it('"X\'s licence was revoked": a name\'s possessive is a definite mention, linked to the licence before', () => {
    expect(rows("Optec signed a licence with Oxbury University in 2015.\nOptec's licence was revoked in 2019.")).toEqual([
      ['1.1', 'Optec | Oxbury University', 'signed', null],
      ['1.2', 'Optec | Oxbury University', 'voided', '1.1'],
    ]);
  });
});
