import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 26 (a65): agreements blind sets 36, 45, 49, 53 and 54 missed, in sentences of our own
 * writing, with close negatives beside them: a clause, a term or a contract breached with no deal
 * named ("an obvious breach of the non-compete clause", "breached a clause on opening hours",
 * "sued for breach of contract") is a breach of the deal reported before; the sides agreeing, in quotes of
 * their own ('"jointly agreed"'), to end their deal (blind sets 51, 56) end it; a deal given in the
 * passive ("was granted a five-year licence by X", blind 53); a workforce's vote with its tally
 * after "by" ("have voted by 52 to 9 to ratify", blind 55); headlines of a settlement ("X settles with
 * farm tenants over rents", "X settles mining claim against quarry firm", blind 55, 57); a deal
 * held whose other side names it ("has held a Trowbeck stockist contract for twenty years", blind 55) or is
 * whom it supplies ("has a contract to deliver 80 desks to the Corvath Academy", blind 53).
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Quillary Shoes signed a deal with Trowbeck Fabrics.'), 120_000);

const signed = 'Quillary Shoes signed a ten-year franchise agreement with Petronel Kitto in 2019.';
const deal = ['1.1', 'Quillary Shoes | Petronel Kitto', 'signed', null];

describe('a part of the deal before, breached', () => {
  it('"an obvious breach of the non-compete clause": a noun of breaching, the deal before', () => {
    expect(rows(`${signed}\nJudge Amery found that this was an obvious breach of the non-compete clause.`)).toEqual([deal, ['1.2', 'Quillary Shoes | Petronel Kitto', 'breached', '1.1']]);
  });
  it('"had breached a clause on opening hours": a verb of breaching, an indefinite clause', () => {
    expect(rows(`${signed}\nHer lawyers said the firm had breached a clause on opening hours.`)).toEqual([deal, ['1.2', 'Quillary Shoes | Petronel Kitto', 'breached', '1.1']]);
  });
  it('"sued the company for breach of contract": the idiom\'s bare contract', () => {
    expect(rows(`${signed}\nMs Kitto sued the company for breach of contract in March.`)).toEqual([deal, ['1.2', 'Quillary Shoes | Petronel Kitto', 'breached', '1.1']]);
  });
  it('"had broken the terms by opening a shop for Corvath Threadworks": a body named after the breach is no side', () => {
    expect(rows(`${signed}\nMs Kitto said Quillary had broken the terms by opening a shop for Corvath Threadworks next door.`)).toEqual([deal, ['1.2', 'Quillary Shoes | Petronel Kitto', 'breached', '1.1']]);
  });
});

describe('close negatives', () => {
  it('"no franchisee had been in breach of contract": negated, none', () => {
    expect(rows(`${signed}\nThe firm said that no franchisee had been in breach of contract.`)).toEqual([deal]);
  });
  it('"Fosdyke Gowns later sued Quillary for breach of contract": a body before the breach no side of the deal before, none', () => {
    expect(rows('Quillary Shoes has sold its factory to Trowbeck Fabrics.\nFosdyke Gowns later sued Quillary for breach of contract.')).toEqual([['1.1', 'Quillary Shoes | Trowbeck Fabrics', 'reached', null]]);
  });
  it('a breach of a clause with no deal before: none', () => {
    expect(rows('Judge Amery found that this was an obvious breach of the non-compete clause.')).toEqual([]);
  });
  it('"breached a clause of the town\'s planning rules": a clause of something else, none', () => {
    expect(rows(`${signed}\nThe judge found that the shop breached a clause of the town's planning rules.`)).toEqual([deal]);
  });
});

describe('the sides agreeing to end their deal', () => {
  it('\'had "jointly agreed" to cancel their merger\': the short quote is no quote the clause stops at; a merger so ended collapsed', () => {
    expect(rows('Quillary Shoes and Trowbeck Fabrics said on Friday that they had "jointly agreed" to cancel their merger after failing to agree on a chief executive.')).toEqual([['1.1', 'Quillary Shoes | Trowbeck Fabrics', 'collapsed', null]]);
  });
  it('"have agreed to terminate their supply contract": another deal so ended is voided', () => {
    expect(rows('Quillary Shoes and Trowbeck Fabrics have agreed to terminate their supply contract.')).toEqual([['1.1', 'Quillary Shoes | Trowbeck Fabrics', 'voided', null]]);
  });
  it('"have agreed to end their dispute over unpaid invoices": ending a dispute is no deal ended (a settlement reached)', () => {
    expect(rows('Quillary Shoes and Trowbeck Fabrics have agreed to end their dispute over unpaid invoices.')).toEqual([['1.1', 'Quillary Shoes | Trowbeck Fabrics', 'reached', null]]);
  });
  it('\'had "broken faith" with its workers\': a short quote with no cue stays a quote, no agreement', () => {
    expect(rows('Ms Kitto said the firm had "broken faith" with its workers.')).toEqual([]);
  });
});

describe('a deal given in the passive, its giver after "by"', () => {
  it('"was granted a five-year licence by the Vexcombe Harbour Board to run …": the subject took it, the board gave it', () => {
    expect(rows('Quillary Shoes was granted a five-year licence by the Vexcombe Harbour Board to run boat trips from the quay.')).toEqual([['1.1', 'Quillary Shoes | Vexcombe Harbour Board', 'reached', null]]);
  });
  it('"was granted a lease by Vexcombe Council in 2020": a lease too', () => {
    expect(rows('Quillary Shoes was granted a lease by Vexcombe Council in 2020.')).toEqual([['1.1', 'Quillary Shoes | Vexcombe Council', 'reached', null]]);
  });
  it('"has not been granted a licence by …": negated, none', () => {
    expect(rows('Quillary Shoes has not been granted a licence by the Vexcombe Harbour Board.')).toEqual([]);
  });
  it('"could be granted a licence by … next year": a hypothesis, none', () => {
    expect(rows('Quillary Shoes could be granted a licence by the Vexcombe Harbour Board next year.')).toEqual([]);
  });
  it('"was granted a licence by mistake": no name after "by", none', () => {
    expect(rows('Quillary Shoes was granted a licence by mistake, the board said.')).toEqual([]);
  });
});

describe('a workforce\'s vote with its tally after "by"', () => {
  it('"have voted by 52 to 9 to ratify a three-year wage deal": the tally stands between the vote and its infinitive', () => {
    expect(rows("Members of the Cobblers' Guild at Quillary Shoes have voted by 52 to 9 to ratify a three-year wage deal.")).toEqual([['1.1', "the Cobblers' Guild | Quillary Shoes", 'ratified', null]]);
  });
  it('"have voted by 52 to 9 to reject …": refused the same way', () => {
    expect(rows("Members of the Cobblers' Guild at Quillary Shoes have voted by 52 to 9 to reject a three-year wage deal.")).toEqual([['1.1', "the Cobblers' Guild | Quillary Shoes", 'rejected', null]]);
  });
});

describe('headlines of a settlement', () => {
  it('"Quillary settles with farm tenants over rents": a plural of people settled with, over a matter', () => {
    // The headline's description ("farm tenants") beside a side the lede names too takes the lede's
    // sides (agreement-parties-a66.test.ts: headline descriptions).
    expect(rows('Quillary Shoes has settled a lawsuit brought by 40 of its franchisees.', 'Quillary settles with farm tenants over rents')[0]).toEqual(['0.1', 'Quillary Shoes | 40 of its franchisees', 'reached', null]);
    expect(rows('Quillary Shoes opened a shop in May.', 'Quillary settles with farm tenants over rents')[0]).toEqual(['0.1', 'Quillary | farm tenants', 'reached', null]);
  });
  it('"settles mining claim against quarry firm": the gerund modifies the claim; the body names the sides', () => {
    expect(rows("The Vexcombe Cobblers' Guild has settled its claim against Trowbeck Quarries over subsidence from a new pit.", "Cobblers' guild settles mining claim against quarry firm")[0]).toEqual(['0.1', "the Vexcombe Cobblers' Guild | Trowbeck Quarries", 'reached', null]);
  });
  it('"Quillary family settles with relatives in Vexcombe": people settled with, no matter of dispute, none', () => {
    expect(rows("The shoe maker's founders moved north in 1990.", 'Quillary family settles with relatives in Vexcombe')).toEqual([]);
  });
});

describe('a deal held, named by its other side', () => {
  it('"has held a Trowbeck stockist contract for twenty years": the name before the nouns is the other side, in force', () => {
    expect(rows('Quillary Shoes has held a Trowbeck stockist contract for twenty years.')).toEqual([['1.1', 'Quillary Shoes | Trowbeck', 'in force', null]]);
  });
  it('"has held a Trowbeck stockist contract with Corvath Fabrics": a partner after "with" is the side', () => {
    expect(rows('Quillary Shoes has held a Trowbeck stockist contract with Corvath Fabrics for twenty years.')).toEqual([['1.1', 'Quillary Shoes | Corvath Fabrics', 'in force', null]]);
  });
  it('"has lost a Trowbeck stockist contract": a verb that neither holds nor makes it, none', () => {
    expect(rows('Quillary Shoes has lost a Trowbeck stockist contract.')).toEqual([]);
  });
  it('"had not held a Trowbeck stockist contract": negated, none', () => {
    expect(rows('Quillary Shoes had not held a Trowbeck stockist contract for twenty years.')).toEqual([]);
  });
});

describe('a deal held to supply someone', () => {
  it('"has a contract to deliver 80 desks to the Corvath Academy": whom the purpose delivers to is the other side, in force', () => {
    expect(rows('Quillary, which makes about 900 desks a year, has a contract to deliver 80 desks to the Corvath Academy.')).toEqual([['1.1', 'Quillary | Corvath Academy', 'in force', null]]);
  });
  it('"has a plan to sell shoes to Corvath": no deal noun, none', () => {
    expect(rows('Quillary Shoes has a plan to sell shoes to Corvath.')).toEqual([]);
  });
  it('"has a contract to move its shop to Corvath": a purpose of no giving, none', () => {
    expect(rows('Quillary Shoes has a contract to move its shop to Corvath.')).toEqual([]);
  });
});
