import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/** Speaker names by sentence ("p.s"), in reading order, of an invented article (one sentence a line). */
function speakers(body: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, list] of extractStatements(docOf(body))) out[k] = list.map((st) => st.speaker.name);
  return out;
}

describe('s38: a role speaker of the lead named later', () => {
  it('"its owner said" is the full name with a relative clause that opens the next sentence', () => {
    const got = speakers(
      [
        `Quill's Bakery, which has baked bread on Mill Lane in Fenwold since 1971, will shut next month, its owner has said.`,
        `Rhoda Quill, whose mother opened the shop, said the cost of flour had doubled in two years.`,
        `"We cannot keep going like this," she said.`,
      ].join('\n'),
    );
    expect(got).toEqual({ '1.1': ['Rhoda Quill'], '1.2': ['Rhoda Quill'], '1.3': ['Rhoda Quill'] });
  });

  it('past a sentence of the article\'s own voice that names nobody', () => {
    const got = speakers(
      [
        `A bait shop in Porth Vean has stopped selling live worms, the shop's owner said on Monday.`,
        `The 40-year-old business will sell frozen bait instead.`,
        `Ivo Penhale, who has owned the shop since 2009, said suppliers had become unreliable.`,
      ].join('\n'),
    );
    expect(got).toEqual({ '1.1': ['Ivo Penhale'], '1.3': ['Ivo Penhale'] });
  });

  it('a byline glued before the lead is no part of its subject, and the description is the name that follows', () => {
    const got = speakers(
      [
        `Share Tweet Email By Nell Ardagh A diving instructor in Porth Vean has called for a new buoy at the harbour mouth after two near misses.`,
        `Kit Rowe, who teaches diving at Porth Vean Harbour, said boats passed too close to divers.`,
      ].join('\n'),
    );
    expect(got).toEqual({ '1.1': ['Kit Rowe'], '1.2': ['Kit Rowe'] });
  });

  it('"the historian" after "led by the furniture historian Dr Ines Varga"', () => {
    const got = speakers(
      [
        `The panel, led by the furniture historian Dr Ines Varga, found that the chest dated from about 1760.`,
        `Dr Varga said the dealers had been right to be careful.`,
        `The historian added that such repairs were common.`,
      ].join('\n'),
    );
    expect(got['1.3']).toEqual(['Ines Varga']);
  });
});

describe('s38: one of a group, then a pronoun', () => {
  it('"One of the riders, a vet visiting from out of town, told …" and her later "she said"', () => {
    const got = speakers(
      [
        `Mara Quent runs the stables at Hallam, she said.`,
        `One of the riders, a 29-year-old vet visiting from out of town, told the Hallam Gazette she had never been afraid.`,
        `"The worst part was the cold," she said.`,
      ].join('\n'),
    );
    expect(got).toEqual({ '1.1': ['Mara Quent'], '1.2': ['One of the riders'], '1.3': ['One of the riders'] });
  });
});

describe('s38: documents', () => {
  it('"according to the sale catalogue"', () => {
    expect(speakers(`The chair had been valued at £4,000 to £6,000, according to the sale catalogue.`)).toEqual({ '1.1': ['the sale catalogue'] });
  });

  it('a review by unnamed researchers speaks itself; a survey by a named body is the body\'s', () => {
    const got = speakers([`A review by researchers at the University of Pellow found no difference in recovery times.`, `A survey by the Merrow Institute found that most tenants were happy.`].join('\n'));
    expect(got).toEqual({ '1.1': ['a review by researchers at the University of Pellow'], '1.2': ['Merrow Institute survey'] });
  });

  it('"said in guidance published last year that …"', () => {
    expect(speakers(`The Guild of Farriers said in guidance published last year that hot shoeing was safe.`)).toEqual({ '1.1': ['the Guild of Farriers'] });
  });
});
