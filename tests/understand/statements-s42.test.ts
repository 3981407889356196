import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, mention, kind, resolution] per statement, in reading order. */
const who = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'mention', 'kind', 'resolution']);

describe('statements, session 25 (helper s42): the misses of sets 50-55', () => {
  it('a lone surname is the person who carries it as a surname, not a firm named after him that a common word opening a sentence made a person', () => {
    const lines = [
      'Corvin Kessock, 52, who trades as Kessock Quarrying, is contesting the claim.',
      'He is being sued by a neighbour.',
      '',
      'Quarrying crews in the valley usually work in pairs.',
      'Kessock said the blasts had been logged.',
      '"Every charge was written down," he told the court.',
    ];
    expect(who(lines)).toEqual([
      ['2.2', 'Corvin Kessock', 'Kessock', 'person', 'surname@1.1'],
      ['2.3', 'Corvin Kessock', 'he', 'person', 'pronoun@2.2'],
    ]);
  });

  it('"and" or "but" after a comma opens a clause whose own subject, an ordinary noun, reports', () => {
    const lines = [
      'Marrowdean Creamery said on Monday that it would open a second dairy.',
      'Orders for the summer are full, and the creamery reports that 40 farms have asked to supply it.',
      'Milk prices rose, but the creamery said its cheese would cost the same.',
    ];
    expect(statementRows(lines.join('\n'), ['name', 'mention', 'cue'])).toEqual([
      ['1.1', 'Marrowdean Creamery', 'Marrowdean Creamery', 'said'],
      ['1.2', 'Marrowdean Creamery', 'the creamery', 'reports'],
      ['1.3', 'Marrowdean Creamery', 'the creamery', 'said'],
    ]);
  });

  it('a day adverb between a described body and its verb ("X, the …, today announced that") is no speaker; the body after a dateline\'s dash is', () => {
    const lines = [
      'HOBART FALLS, 4 May – Glasson Rope Works, the rope maker founded on a quayside in 1911, today announced that it would open a museum in its old boiler house.',
      '',
      'DUNMOOR, 2 June — The Quellyn Growers Union, a group of 30 farmers working the hills between Hobart Falls and the coast, today announced that its pears had won a regional award.',
    ];
    expect(statementRows(lines.join('\n'), ['name', 'cue'])).toEqual([
      ['1.1', 'Glasson Rope Works', 'announced'],
      ['2.1', 'the Quellyn Growers Union', 'announced'],
    ]);
  });

  it('"according to a survey of X": what a study is "of" is what it studied, not its author; a body after "from" still is', () => {
    const lines = [
      'Waiting times have grown, according to a survey of harbour pilots carried out for the guild last spring: most boats now wait two tides.',
      'Fees rose by a third, according to a statement from the Quellyn Pilotage Board.',
    ];
    expect(statementRows(lines.join('\n'), ['name', 'cue'])).toEqual([
      ['1.1', 'a survey of harbour pilots', 'according to'],
      ['1.2', 'the Quellyn Pilotage Board', 'according to'],
    ]);
  });

  it('a name shaped like a company\'s, described by a noun WordNet files as no person, is a body a later "the company" means across paragraphs', () => {
    const lines = [
      'Imbry Maelor Ltd, the largest boat brokerage on the Dunwick Reach, said on Friday that its spring sales had doubled.',
      '',
      'Chief executive Hadlow Yarnell told analysts that buyers were returning.',
      '"We have not seen a spring like it," she said.',
      '',
      'The company said it expects a record year.',
    ];
    expect(who(lines)).toEqual([
      ['1.1', 'Imbry Maelor Ltd', 'Imbry Maelor Ltd, the largest boat brokerage on the Dunwick Reach', 'organisation', '-'],
      ['2.1', 'Hadlow Yarnell', 'Chief executive Hadlow Yarnell', 'person', '-'],
      ['2.2', 'Hadlow Yarnell', 'she', 'person', 'pronoun@2.1'],
      ['3.1', 'Imbry Maelor Ltd', 'The company', 'organisation', 'pronoun@1.1'],
    ]);
  });
});
