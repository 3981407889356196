import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 27 (a67): agreements the blind sets 27–58 missed, by kind, in sentences of our own writing,
 * with close negatives beside them: a deal as the subject of a verb saying it fell apart, whatever long
 * phrase stands between them (blind sets 31, 37, 53, 55); a definite deal judged in quotes ('called the
 * agreement "fair"', blind 27, 30, 52); what a deal made before is expected to lead to (blind 27); a
 * possessive before a sum ("X' $210 million acquisition of Y", blind 52); a reaction to a deal the clause
 * goes on from ("welcomed the deal but questioned …", "questioned the deal, saying …", blind 28); and
 * a description a lede's deal took from the sentence after it, which the earlier deal never knew.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Pondlewick Breadworks signed a deal with Ortham Ovenry.'), 120_000);

const signed = 'Pondlewick Breadworks signed a supply deal with Ortham Ovenry in 2022.';
const deal = ['1.1', 'Pondlewick Breadworks | Ortham Ovenry', 'signed', null];

describe('a deal as subject, its verb past a long phrase, fell apart', () => {
  it('"A proposed merger of a pair of the county\'s oldest bakeries has collapsed": past a phrase of "of" with no names', () => {
    expect(rows("A proposed merger of a pair of the county's oldest bakeries has collapsed after the two families could not settle on a price.\nPondlewick Breadworks and Ortham Ovenry had announced the deal in May.")).toEqual([
      ['1.1', 'Pondlewick Breadworks | Ortham Ovenry', 'collapsed', null],
      // (The lede's deal takes its sides from the sentence after it, which reports it first by name.)
      ['1.2', 'Pondlewick Breadworks | Ortham Ovenry', 'reached', null],
    ]);
  });
  it('"A deal to store wine from one of … in a set of old cellars near Tarnby has collapsed": past an infinitive and its long object', () => {
    expect(rows("A deal to store wine from one of the region's biggest estates in a set of old cellars near Tarnby has collapsed, ten weeks after the launch.\nFoxley Caverns and the Grisby Dairymen had signed the deal in May.")).toEqual([
      ['1.1', 'Foxley Caverns | the Grisby Dairymen', 'collapsed', null],
      ['1.2', 'Foxley Caverns | the Grisby Dairymen', 'signed', null],
    ]);
  });
  it('a description the lede\'s deal took from the next sentence is no earlier knowledge: the next sentence still names it', () => {
    expect(rows("A supply deal that was supposed to put the bakery's loaves in every village shop across the county this winter has collapsed, Pondlewick Breadworks Limited said on Thursday.\nThe Tarnby-based company signed the agreement with Ortham Ovenry, which owns the shops, in March of last year.")).toEqual([
      ['1.1', 'the Tarnby-based company | Ortham Ovenry', 'collapsed', null],
      ['1.2', 'Pondlewick Breadworks Limited | Ortham Ovenry', 'signed', null],
    ]);
  });
});

describe('a possessive before a sum', () => {
  it('"approved Pondlewick Breadworks\' $90 million acquisition of Ortham Ovenry": the apostrophe before a sum is the possessive', () => {
    expect(rows("The Fair Trading Board on Wednesday approved Pondlewick Breadworks' $90 million acquisition of Ortham Ovenry, the family-owned bakery.")).toEqual([
      ['1.1', 'Pondlewick Breadworks | Ortham Ovenry', 'approved', null],
    ]);
  });
});

describe('close negatives: no deal fell apart', () => {
  it('a headline is left to the headline readers: "X takeover of Y ovens collapses" over the body\'s deal is a mention of it', () => {
    expect(rows('Pondlewick Breadworks has agreed to buy Ortham Ovenry for 4 million pounds.', 'Pondlewick takeover of Ortham ovens collapses')).toEqual([
      ['1.1', 'Pondlewick Breadworks | Ortham Ovenry', 'reached', null],
      ['0.1', 'Pondlewick Breadworks | Ortham Ovenry', 'reached', '1.1'],
    ]);
  });
  it('"and settlement talks broke down": a deal noun that modifies another is no subject', () => {
    expect(rows(`${signed}\nA separate lawsuit brought by Foxley Caverns has not been heard yet, and settlement talks broke down in June.`)).toEqual([deal]);
  });
  it('"The deal\'s critics fell silent": the possessive\'s head falls, not the deal', () => {
    expect(rows(`${signed}\nThe deal's critics fell silent.`)).toEqual([deal, ['1.2', 'Pondlewick Breadworks | Ortham Ovenry', 'signed', '1.1']]);
  });
  it('"A proposed merger of a pair of the county\'s oldest bakeries has not collapsed": negated, none collapsed', () => {
    expect(rows('A proposed merger of a pair of the county\'s oldest bakeries has not collapsed, its owners said.').filter((r) => r[2] === 'collapsed')).toEqual([]);
  });
});

describe('a deal made before, judged or forecast', () => {
  it('\'called the agreement "flawed, but workable"\': a quoted judgement mentions the deal again', () => {
    expect(rows(`${signed}\nChief executive Quenna Vanstrell called the agreement "flawed, but workable".`)).toEqual([deal, ['1.2', 'Pondlewick Breadworks | Ortham Ovenry', 'signed', '1.1']]);
  });
  it('\'called the meeting "a waste of time"\': no deal, none', () => {
    expect(rows(`${signed}\nQuenna Vanstrell called the meeting "a waste of time".`)).toEqual([deal]);
  });
  it('"The deal is expected to lead to the loss of two ovens": a verb and its preposition take the object', () => {
    expect(rows(`${signed}\nThe deal is expected to lead to the loss of two ovens.`)).toEqual([deal, ['1.2', 'Pondlewick Breadworks | Ortham Ovenry', 'signed', '1.1']]);
  });
  it('"welcomed the deal but doubted that …", "questioned the deal, saying …": a reaction the clause goes on from is still a mention', () => {
    expect(rows(`${signed}\nVillage shops welcomed the deal but doubted that the vans would cope with snow.`)).toEqual([deal, ['1.2', 'Pondlewick Breadworks | Ortham Ovenry', 'signed', '1.1']]);
    expect(rows(`${signed}\nSome bakers have questioned the deal, saying the prices are too low.`)).toEqual([deal, ['1.2', 'Pondlewick Breadworks | Ortham Ovenry', 'signed', '1.1']]);
  });
  it('"welcomed the deal, which they say could cut prices": a relative clause of their claim about the deal, none', () => {
    expect(rows(`${signed}\nVillage shops have welcomed the deal, which they say could cut prices by a third.`)).toEqual([deal]);
  });
  it('"The deal is expected to go to court": the deal held, its course foretold, a later mention (issue 11\'s convention)', () => {
    expect(rows(`${signed}\nThe deal is expected to go to court.`)).toEqual([deal, ['1.2', 'Pondlewick Breadworks | Ortham Ovenry', 'signed', '1.1']]);
  });
});
