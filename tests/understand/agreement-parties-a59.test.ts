import { beforeAll, describe, expect, it } from 'vitest';
import { namedParties } from '../../src/understand/agreements.js';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 23 (a59): sides named but wrong — people standing for their body, a role word glued before
 * an owner's name, a landlord's agents, places after "in", "it" after a body's vote, "the company"
 * after its founder spoke — in sentences of our own writing.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Halbrook Foods signed a deal with Tessel Dairies.'), 120_000);

describe('people for their body', () => {
  it('"Councillors voted to approve …" after the council signed: the council (councillor of council)', () => {
    expect(rows('Ashcombe Town Council has signed a five-year lease with Tidewell Boats for the old harbour shed.\nCouncillors voted 7 to 3 on Monday to approve a parking agreement with Kelso Parking.')).toEqual([
      ['1.1', 'Ashcombe Town Council | Tidewell Boats', 'signed', null],
      ['1.2', 'Ashcombe Town Council | Kelso Parking', 'approved', null],
    ]);
  });
  it('"the trustees had offered …" in a sentence naming the trust: the trust (trustee of trust)', () => {
    expect(rows('Orrin Campsites signed a memorandum with the Ketley Hall Trust in May.\nThe chair of the Ketley Hall Trust, Rhea Vance, said the trustees had offered to pay for a new gate but Orrin turned the offer down.')).toEqual([
      ['1.1', 'Orrin Campsites | the Ketley Hall Trust', 'signed', null],
      ['1.2', 'Orrin Campsites | Ketley Hall Trust', 'rejected', null],
    ]);
  });
});

describe('owners and agents', () => {
  it('"Owner Piet Marlo" is Piet Marlo for "Mr Marlo"; "Dunstan\'s agents" act for Dunstan Estates', () => {
    expect(rows("Marlo's Bakery signed a ten-year lease with Dunstan Estates in 2017.\nOwner Piet Marlo says the roof has leaked for a year.\nDunstan's agents offered Mr Marlo a settlement of 3,000 pounds last week if he left by June.")).toEqual([
      ['1.1', "Marlo's Bakery | Dunstan Estates", 'signed', null],
      ['1.3', 'Dunstan Estates | Piet Marlo', 'proposed', null],
    ]);
  });
});

describe('places are no pair of sides', () => {
  const text = 'Brisk Tacos has signed a franchise agreement with Pellow Dining to open six restaurants in Texas and Oklahoma.';
  it('names after "in" are no pair for a later sentence, though they stay the sentence\'s own', () => {
    expect(namedParties(text, text.length, false)).toBeNull();
    expect(namedParties(text, text.length)).toEqual(['Texas', 'Oklahoma']);
  });
  it('two bodies after "in" stay a pair: "stakes in Arden Foods and Kell Group"', () => {
    const stakes = 'Halden Capital bought stakes in Arden Foods and Kell Group last year.';
    expect(namedParties(stakes, stakes.length, false)).toEqual(['Arden Foods', 'Kell Group']);
  });
});

describe('who "it" and "the company" are', () => {
  it('"It also approved …" after a board voted, another body having spoken two sentences before: the board', () => {
    expect(rows('Hallamco said in a statement that it disputed the decision.\nThe Brecon Harbour Board voted on Monday to run the launches itself.\nIt also approved an agreement with Tarrow County to borrow two boats.')).toEqual([
      ['1.3', 'Brecon Harbour Board | Tarrow County', 'approved', null],
    ]);
  });
  it('"The company\'s contracts" after its founder spoke: the firm, not the founder ("the soap maker Fennick Soaps" is a body)', () => {
    expect(rows("A supply deal between the soap maker Fennick Soaps and the store group Orla & Moss has collapsed.\nFennick founder Ida Carrow said the firm would not change its wrappers.\nThe company's contracts with a gift firm, Boxbright, remain in force.")).toEqual([
      ['1.1', 'Fennick Soaps | Orla & Moss', 'collapsed', null],
      ['1.3', 'Fennick Soaps | Boxbright', 'in force', null],
    ]);
  });
});
