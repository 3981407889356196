import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

describe('statements, session 26 (helper s43): the misses of sets 51-58', () => {
  it('an "it" whose antecedent is "the company" means the company that noun means (the lede\'s "Shares of X"), and a later "the company" keeps meaning it past an analyst\'s firm', () => {
    const lines = [
      'Shares of Ostlewick Stoneware rose 9 percent on Friday after the Yarnby glazeware maker returned to profit.',
      'Sales climbed 12 percent to $30 million.',
      '',
      'The company credited strong demand for oven dishes, which it said came mostly from restaurants.',
      '"Our kilns have not been this busy since 2015," Chief Executive Saffery Lantry told analysts.',
      '',
      'Imber Dowsett, an analyst at Pellridge Securities, wrote in a note that the rally would fade.',
      'He kept a sell rating on the stock.',
      '',
      'The company said it expected sales of $120 million for the year.',
    ];
    expect(statementRows(lines.join('\n'), ['name', 'mention', 'kind'])).toEqual([
      ['2.1', 'Ostlewick Stoneware', 'it', 'organisation'],
      ['2.2', 'Saffery Lantry', 'Chief Executive Saffery Lantry', 'person'],
      ['3.1', 'Imber Dowsett', 'Imber Dowsett, an analyst at Pellridge Securities', 'person'],
      ['4.1', 'Ostlewick Stoneware', 'The company', 'organisation'],
    ]);
  });

  it('"Shares in X" opening the article makes X the body a later bare "the company" means, past a board no name was found for', () => {
    const lines = [
      'Shares in Gorrick Reels Co. fell 8% on Tuesday after the Brackle-based maker cut its forecast.',
      '',
      'The board declared a dividend of 10 cents a share.',
      'The company said its finance chief, Trull Imbery, would retire in June.',
    ];
    expect(statementRows(lines.join('\n'), ['name', 'mention', 'kind'])).toEqual([['2.2', 'Gorrick Reels Co.', 'The company', 'organisation']]);
  });

  it('a bare "the company" that meant a body goes on meaning it past a firm named only in an analyst\'s description', () => {
    const lines = [
      'Brackle Laboratories has halted a trial of its asthma drug, the company said on Monday.',
      '',
      '"This is a blow, not a fatal one," said Imber Dowsett, a drug analyst at Pellridge Securities.',
      'Investors will want to see the full data, she said.',
      'Patients have been told to stop taking the drug, the company said.',
    ];
    expect(statementRows(lines.join('\n'), ['name', 'mention', 'kind'])).toEqual([
      ['1.1', 'Brackle Laboratories', 'the company', 'organisation'],
      ['2.1', 'Imber Dowsett', 'Imber Dowsett, a drug analyst at Pellridge Securities', 'person'],
      ['2.2', 'Imber Dowsett', 'she', 'person'],
      ['2.3', 'Brackle Laboratories', 'the company', 'organisation'],
    ]);
  });

  it('a photo credit (a name, a slash, the outlet) glued to the story\'s first word is no part of the speaker, and a later short name finds the body', () => {
    const lines = [
      'Crates wait on the quay at Yarnby in 2021.',
      'Saffery Lantry/Pellridge GazetteOstlewick Shipping Company said Monday it will close its Yarnby depot.',
      'Forty drivers work at the site, the company said.',
      'Ostlewick said the work would move to its larger depot.',
    ];
    expect(statementRows(lines.join('\n'), ['name', 'mention', 'kind'])).toEqual([
      ['1.2', 'Ostlewick Shipping Company', 'Ostlewick Shipping Company', 'organisation'],
      ['1.3', 'Ostlewick Shipping Company', 'the company', 'organisation'],
      ['1.4', 'Ostlewick Shipping Company', 'Ostlewick', 'organisation'],
    ]);
  });

  it('a "he" after a speaker\'s quote ran on past the sentence that named his listener is the speaker, not the listener', () => {
    const lines = [
      'Mr Purdew, a 38-year-old roofer, said he had trusted the drawing "without a second look".',
      '"I never checked the spelling," he told Judge Quenna Dellin.',
      '"That is what I paid the shop for."',
      'He said a neighbour had spotted the mistake a month later.',
    ];
    expect(statementRows(lines.join('\n'), ['name', 'mention'])).toEqual([
      ['1.1', 'Purdew', 'Mr Purdew, a 38-year-old roofer'],
      ['1.2', 'Purdew', 'he'],
      ['1.3', 'Purdew', 'he'],
      ['1.4', 'Purdew', 'He'],
    ]);
  });

  it('a listed verb of estimating with an object, "at" and a figure reports an estimate; a passive one does not', () => {
    const lines = [
      'Ivel Fenshaw, who grows apples outside Yarnby, lost most of her crop to the frost.',
      'Fenshaw estimated her losses at about $40,000.',
      'The valley harvest was estimated at 300 tonnes.',
    ];
    expect(statementRows(lines.join('\n'), ['name', 'cue'])).toEqual([['1.2', 'Ivel Fenshaw', 'estimated']]);
  });
});
