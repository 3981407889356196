import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue, how] per statement, in reading order. */
const rows = (body: string): string[][] => statementRows(body, ['name', 'cue', 'resolution']);

describe('statements, session 31 (helper s49): an "It" that stands for a document that spoke', () => {
  it('"It recommended …", "It also flagged …" after a study found something: the study speaks; a sentence of its cost does not', () => {
    const body = [
      'The Tillingfold canal basin reopened to boats in April.',
      'A study commissioned by the Ossington towpath group last winter found that silt had cut the depth of the basin by a third.',
      'It recommended dredging the basin every five years.',
      'It also flagged a shortage of moorings for visiting crews.',
      'It cost £40,000.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.2', 'a study', 'found', '-'],
      ['1.3', 'a study', 'recommended', 'pronoun@1.2'],
      ['1.4', 'a study', 'flagged', 'pronoun@1.2'],
    ]);
  });

  it('a firm that spoke last is no document: its "It listed three new kerb styles" is the article\'s own', () => {
    const body = [
      'Pellmarsh Stoneworks closed its yard in March.',
      'The firm said that granite prices had fallen for a year.',
      'It listed three new kerb styles for the summer.',
    ].join('\n');
    expect(rows(body)).toEqual([['1.2', 'Pellmarsh Stoneworks', 'said', 'pronoun@1.1']]);
  });

  it('a company that spoke after the audit is what the "It" would mean: nobody is given the recommendation', () => {
    const body = [
      'The Greysted bus depot may close.',
      'An audit found that four of the buses had failed brake tests.',
      'The bus company said it would study the audit.',
      'It recommended a full inspection of the fleet.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.2', 'an audit', 'found', '-'],
      ['1.3', 'the bus company', 'said', '-'],
    ]);
  });

  it('a survey two paragraphs back is too far for an "It"', () => {
    const body = [
      'The Mossvale lido will stay shut this summer.',
      "The council's condition survey found that the pool tank was leaking.",
      '',
      'Swimmers have raised £12,000 for repairs.',
      '',
      'It recommended replacing the filters.',
    ].join('\n');
    expect(rows(body)).toEqual([['1.2', "the council's condition survey", 'found', '-']]);
  });
});

describe('statements, session 31 (helper s49): "according to" figures someone made', () => {
  it('figures supplied, a price index maintained by a body: the body speaks', () => {
    const body = [
      'Blasting at the Lathcombe pit began in 1990.',
      'According to figures supplied by Lathcombe Stoneworks, noise fell by a fifth last year.',
      '',
      'Skelbury fleece prices rose again in May, according to a price index maintained by Kettlesham Yarnworks.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.2', 'Lathcombe Stoneworks', 'according to', '-'],
      ['2.1', 'Kettlesham Yarnworks', 'according to', '-'],
    ]);
  });

  it('what a paper obtained or saw is still the figures\' own; a review speaks for itself, not for whoever ordered it', () => {
    const body = [
      'Skelbury fleece prices rose again in May, according to figures obtained by the Kettlesham Argus.',
      'Skelbury fleece prices fell in June, according to figures seen by the Kettlesham Argus.',
      'Skelbury fleece prices held in July, according to a review ordered by Kettlesham Yarnworks.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'figures', 'according to', '-'],
      ['1.2', 'figures', 'according to', '-'],
      ['1.3', 'a review', 'according to', '-'],
    ]);
  });
});
