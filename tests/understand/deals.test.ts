import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../src/understand/agreements.js';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/** One row per agreement: key, parties joined by " | ", status, resolution, the agreement referred to, clause. */
function rows(body: string, headline: string | null = null): string[][] {
  const doc = docOf(body, headline);
  const map = extractAgreements(doc, extractStatements(doc));
  const out: string[][] = [];
  for (const [k, list] of map)
    for (const a of list) {
      const r = a.resolution;
      const ref = a.refersTo ? `${a.refersTo.paragraph}.${a.refersTo.sentence}` : '-';
      out.push([k, a.parties.join(' | '), a.status, r ? `${r.how}@${r.from.paragraph}.${r.from.sentence}` : '-', ref, a.action]);
    }
  return out;
}

describe('agreements stated by a noun', () => {
  it('signed a deal, a settlement reached, an accord struck, entered into an agreement with …', () => {
    const body = [
      'Acme and Borel signed a supply deal on Monday.',
      'A settlement was reached after three days of talks.',
      'The two firms struck an accord on prices.',
      'Trask Media has entered into an agreement with the Lorne Gazette for printing services.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Acme | Borel', 'signed', '-', '-', 'a supply deal on Monday'],
      // No parties of its own: the pair named last.
      ['2.1', 'Acme | Borel', 'reached', 'collective@1.1', '-', 'A settlement was reached after three days of talks'],
      ['3.1', 'Acme | Borel', 'reached', 'collective@1.1', '-', 'an accord on prices'],
      ['4.1', 'Trask Media | Lorne Gazette', 'reached', '-', '-', 'an agreement with the Lorne Gazette for printing services'],
    ]);
  });

  it('"the deal with X went through", "under the agreement": in force, linked to the deal they mean', () => {
    const body = ['Acme and Borel struck an accord on prices.', 'The deal with Borel went through in May.', 'Under the agreement, Acme will deliver 40 tonnes a month.'].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Acme | Borel', 'reached', '-', '-', 'an accord on prices'],
      ['2.1', 'Borel | Acme', 'in force', '-', '1.1', 'The deal with Borel went through in May'],
      ['3.1', 'Borel | Acme', 'in force', 'earlier-agreement@1.1', '1.1', 'Under the agreement, Acme will deliver 40 tonnes a month'],
    ]);
  });

  it('"the treaty between X and Y", a memorandum of understanding, a ceasefire that took effect', () => {
    const body = [
      'The treaty between Norland and Vesta expires next year.',
      'A ceasefire between the two sides took effect at midnight.',
      'The union and the rail operator signed a memorandum of understanding on pay.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      // A treaty that expires next year is in force now (a deal as the subject of a verb in the present).
      ['1.1', 'Norland | Vesta', 'in force', '-', '-', 'The treaty between Norland and Vesta expires next year'],
      ['2.1', 'Norland | Vesta', 'in force', 'collective@1.1', '-', 'A ceasefire between the two sides took effect at midnight'],
      ['3.1', 'the union | the rail operator', 'signed', '-', '-', 'a memorandum of understanding on pay'],
    ]);
  });

  it('orders, purchases and acquisitions between two named firms', () => {
    const body = [
      'Halvard Air has won an order from Vesta Airways for ten jets.',
      'The order is worth $900 million.',
      'Vesta Airways will also purchase six of Halvard’s larger jets.',
      'Norland Steel was acquired by Pell Group in 2019.',
      'In 2001, following Pell Group’s purchase of Ostrander Mills, the firm moved to Leeds.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Halvard Air | Vesta Airways', 'reached', '-', '-', 'an order from Vesta Airways for ten jets'],
      ['2.1', 'Halvard Air | Vesta Airways', 'reached', 'earlier-agreement@1.1', '1.1', 'The order is worth $900 million'],
      ['3.1', 'Vesta Airways | Halvard Air', 'reached', '-', '-', 'purchase six of Halvard’s larger jets'],
      ['4.1', 'Norland Steel | Pell Group', 'reached', '-', '-', 'acquired by Pell Group in 2019'],
      ['5.1', 'Pell Group | Ostrander Mills', 'reached', '-', '-', 'Pell Group’s purchase of Ostrander Mills, the firm moved to Leeds'],
    ]);
  });
});

describe('outcomes that are agreements', () => {
  it('settled a lawsuit or a dispute, merged with, approved the merger, ratified', () => {
    const body = [
      'Halden Oil settled the lawsuit out of court.',
      'Trask Media settled its dispute with the Lorne Gazette.',
      'Pell Foods merged with Ostrander Dairy in 2004.',
      'The board of Pell Foods approved the merger on Friday.',
      'Norland and Vesta signed a treaty on river traffic.',
      'Norland ratified the treaty in March.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Halden Oil', 'reached', '-', '-', 'settled the lawsuit out of court'],
      ['2.1', 'Trask Media | Lorne Gazette', 'reached', '-', '-', 'settled its dispute with the Lorne Gazette'],
      ['3.1', 'Pell Foods | Ostrander Dairy', 'reached', '-', '-', 'merged with Ostrander Dairy in 2004'],
      // The approval changes the merger above: linked to it, its other party added.
      // The board that approves is no party of the merger it approves: the merger's parties stand.
      ['4.1', 'Pell Foods | Ostrander Dairy', 'approved', 'earlier-agreement@3.1', '3.1', 'the merger on Friday'],
      ['5.1', 'Norland | Vesta', 'signed', '-', '-', 'a treaty on river traffic'],
      ['6.1', 'Norland | Vesta', 'ratified', '-', '5.1', 'the treaty in March'],
    ]);
  });
});

describe('rights and licences that change hands', () => {
  it('gaining rights from a grantor named by a plain noun phrase or by a name; holding a right or rights with no grantor is no deal', () => {
    const body = [
      'Recently Borel has been gaining rights to stream films from Hollywood studios.',
      'Trask Media obtained the broadcast rights from the Northern League for a record sum.',
      'The channel secured a licence from Vesta Music to play its catalogue.',
      'Halden Oil has the right to appeal the ruling.',
      'Pell Foods won the rights to the recipe.',
      'Norland Steel did not obtain the rights from Ostrander Mills.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Borel | Hollywood studios', 'reached', '-', '-', 'rights to stream films from Hollywood studios'],
      ['2.1', 'Trask Media | Northern League', 'reached', '-', '-', 'broadcast rights from the Northern League for a record sum'],
      ['3.1', 'the channel | Vesta Music', 'reached', '-', '-', 'licence from Vesta Music to play its catalogue'],
    ]);
  });
});

describe('takeovers, orders placed with a seller, deals made by a participle or through a go-between', () => {
  it('"took over X"; "placed an order … with X" (not "with X engines"); "the truce brokered by X between Y and Z"; "X brokered a deal between Y and Z"', () => {
    const body = [
      'Halvard Air took over Ostrander Mills in 2005.',
      'Vesta Airways placed an order for 30 jets with Halvard Air.',
      'Norland Air placed an order for 12 jets with Trask engines.',
      'The truce brokered by Pell between Norland and Vesta held overnight.',
      'The accord signed by Trask Media and the Lorne Gazette in 1991 still governs printing.',
      'Borel brokered a deal between Acme and Trask.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Halvard Air | Ostrander Mills', 'reached', '-', '-', 'took over Ostrander Mills in 2005'],
      ['2.1', 'Vesta Airways | Halvard Air', 'reached', '-', '-', 'an order for 30 jets with Halvard Air'],
      // The go-between (Pell, Borel) is no party; the participle's agent is one when it signs.
      ['4.1', 'Norland Air | Vesta Airways', 'in force', '-', '-', 'The truce brokered by Pell between Norland and Vesta held overnight'],
      ['5.1', 'Trask Media | Lorne Gazette', 'signed', '-', '-', 'The accord signed by Trask Media and the Lorne Gazette in 1991 still governs printing'],
      ['6.1', 'Acme | Trask Media', 'reached', '-', '-', 'a deal between Acme and Trask'],
    ]);
  });
});

describe('a verb cue whose clause names the other side after "with" or "between"', () => {
  it('"ratified the treaty with X", "signed a deal with X": the named side joins the subject', () => {
    const body = ['The Norland Senate ratified the treaty with Vesta on Tuesday.', 'Acme signed a deal with Borel.'].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'the Norland Senate | Vesta', 'ratified', '-', '-', 'the treaty with Vesta on Tuesday'],
      ['2.1', 'Acme | Borel', 'signed', '-', '-', 'a deal with Borel'],
    ]);
  });
});

describe('settling by payment, and who brought the dispute', () => {
  it('"paid $X to settle a lawsuit brought by Y"; "settled a lawsuit brought by Y"; a refused or hypothetical payment settles nothing', () => {
    const body = [
      'Halden Oil paid 40 million dollars to settle a lawsuit brought by Vesta Farms.',
      'Trask Media settled a lawsuit filed by Pell Group.',
      'Norland Steel refused to pay 9 million dollars to settle the lawsuit.',
      'Ostrander Mills would pay 2 million dollars to settle the claim.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Halden Oil | Vesta Farms', 'reached', '-', '-', 'paid 40 million dollars to settle a lawsuit brought by Vesta Farms'],
      ['2.1', 'Trask Media | Pell Group', 'reached', '-', '-', 'settled a lawsuit filed by Pell Group'],
    ]);
  });
});

describe('leaving a deal, and who is accused of breaking it', () => {
  it('"withdrew from", "pulled out of" void it; "accused X of violating" makes X the breaker; a threat or "the cost of violating" is nothing', () => {
    const body = [
      'Norland and Vesta signed a water treaty in 2004.',
      'Norland accused Vesta of violating the 1991 accord.',
      'Norland withdrew from the treaty in 2019.',
      'Vesta threatened to withdraw from the accord.',
      'The cost of violating the accord is high.',
      'Acme pulled out of the deal with Borel.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Norland | Vesta', 'signed', '-', '-', 'a water treaty in 2004'],
      ['2.1', 'Vesta | Norland', 'breached', '-', '1.1', 'the 1991 accord'],
      ['3.1', 'Norland | Vesta', 'voided', '-', '1.1', 'withdrew from the treaty in 2019'],
      ['6.1', 'Acme | Borel', 'voided', '-', '-', 'pulled out of the deal with Borel'],
    ]);
  });
});

describe('a deal awarded, a bid accepted, a passive purchase to come', () => {
  it('"awarded X a contract"; "accepted X\'s bid", "accepted an offer from X"; "X will be bought by Y"; a rejected offer is a rejected one; an ownerless offer is none', () => {
    const body = [
      'The Norland Navy awarded Halvard Yards a contract to build four ships.',
      'Pell Group accepted Ostrander Mills’s 3 billion dollar bid.',
      'Trask Media accepted an offer from Vesta Press.',
      'Borel rejected Acme’s offer.',
      'Borel accepted the offer.',
      'Lorne Foods will be bought by Halden Group.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'the Norland Navy | Halvard Yards', 'reached', '-', '-', 'awarded Halvard Yards a contract to build four ships'],
      ['2.1', 'Pell Group | Ostrander Mills', 'reached', '-', '-', 'Ostrander Mills’s 3 billion dollar bid'],
      ['3.1', 'Trask Media | Vesta Press', 'reached', '-', '-', 'an offer from Vesta Press'],
      ['4.1', 'Borel | Acme', 'rejected', '-', '-', 'Acme’s offer'],
      ['6.1', 'Lorne Foods | Halden Group', 'reached', '-', '-', 'bought by Halden Group'],
    ]);
  });
});

describe('agreements known by a capitalised name', () => {
  it('"signed the Treaty of Lorne", "ratified the Treaty of Lorne", "withdrew from the Lorne Agreement"; a law is no agreement', () => {
    const body = [
      'Leaders of Norland and Vesta signed the Treaty of Lorne on Friday.',
      'Vesta ratified the Treaty of Lorne.',
      'Norland withdrew from the Lorne Agreement in 2019.',
      'The Senate approved the Budget Act.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Norland | Vesta', 'signed', '-', '-', 'the Treaty of Lorne on Friday'],
      ['2.1', 'Vesta | Norland', 'ratified', '-', '1.1', 'the Treaty of Lorne'],
      ['3.1', 'Norland | Vesta', 'voided', '-', '1.1', 'withdrew from the Lorne Agreement in 2019'],
    ]);
  });
});

describe('parties apart from the verb', () => {
  it('a long subject with an aside between dashes; an apposition; "it" after the deal just made', () => {
    const body = [
      'The fifteen countries of the group — those that use the currency — agreed to cap their deficits.',
      'Northern carrier, Halvard Air, has signed a contract with Vesta Airports for ground handling.',
      'It also opened new credit lines with the Bank of Norland and the Bank of Vesta.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'the fifteen countries of the group', 'reached', '-', '-', 'to cap their deficits'],
      ['2.1', 'Halvard Air | Vesta Airports', 'signed', '-', '-', 'a contract with Vesta Airports for ground handling'],
      ['3.1', 'Halvard Air | Bank of Norland | Bank of Vesta', 'reached', 'pronoun@2.1', '-', 'new credit lines with the Bank of Norland and the Bank of Vesta'],
    ]);
  });
});

describe('later mentions carry the status of what became of the agreement', () => {
  it('voided, breached, collapsed, rejected and proposed', () => {
    const body = [
      'Acme and Borel signed a merger agreement in 2009.',
      'In 2011 the deal was voided by a court in Lisbon.',
      'Vesta says the strike violates an agreement reached in 1991.',
      'Norland and Vesta agreed to a truce on Sunday.',
      'The truce collapsed within hours.',
      'The Senate of Norland rejected the treaty in 1999.',
      'The proposed merger of Halden Oil and Trask Media awaits approval.',
    ].join('\n\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Acme | Borel', 'signed', '-', '-', 'a merger agreement in 2009'],
      ['2.1', 'Acme | Borel', 'voided', 'earlier-agreement@1.1', '1.1', 'the deal was voided by a court in Lisbon'],
      ['3.1', 'Acme | Borel', 'breached', 'earlier-agreement@1.1', '1.1', 'an agreement reached in 1991'],
      ['4.1', 'Norland | Vesta', 'reached', '-', '-', 'to a truce on Sunday'],
      ['5.1', 'Norland | Vesta', 'collapsed', 'earlier-agreement@4.1', '4.1', 'The truce collapsed within hours'],
      // The senate that rejects it stands outside the treaty's two parties.
      ['6.1', 'Norland | Vesta', 'rejected', 'earlier-agreement@4.1', '4.1', 'the treaty in 1999'],
      ['7.1', 'Halden Oil | Trask Media', 'proposed', '-', '-', 'The proposed merger of Halden Oil and Trask Media awaits approval'],
    ]);
  });
});

describe('not agreements', () => {
  it('one party’s decision, a meeting, talks, a vote, a proposal, a denial, a negation, a hypothesis', () => {
    const body = [
      'Acme has decided to widen its share offer.',
      'Norland and Vesta met in Geneva on Monday.',
      'Talks between Acme and Borel on a merger began in June.',
      'The city council voted to approve the plan.',
      'The motion failed in a vote on Tuesday.',
      'Acme and Borel proposed a joint venture last year.',
      'Acme denied that it had reached a deal with Borel.',
      'Acme and Borel did not reach an agreement.',
      'Acme and Borel would sign a deal if prices fell.',
      'There is no deal between the two firms.',
      'Analysts expect a possible merger of Acme and Borel.',
      '149 orders for the jet have been received so far.',
      'Customers bought the new phone in record numbers.',
      'Will the two firms sign the deal?',
      'President Ana Ruiz ordered Vesta Rail to cut its fares.',
      'Investors bought shares of Halvard Air on Monday.',
    ].join('\n\n');
    expect(rows(body)).toEqual([]);
  });
});
