import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/** Speakers by sentence as "name [kind]", in reading order, of an invented article (one sentence a line, paragraphs by blank lines). */
function speakers(body: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, list] of extractStatements(docOf(body))) out[k] = list.map((st) => `${st.speaker.name} [${st.speaker.kind}]`);
  return out;
}

describe('s55: "the company said" with no body that spoke', () => {
  it('a lede that names the body inside its own clause: the body the article names most often', () => {
    const got = speakers(
      [
        `BRANNOCK FELL, June 9 (Tidewell Wire) - A kiln at the Morrowgate Ceramics yard collapsed overnight, injuring no one, the company said.`,
        `The cause was not yet known, according to a first note from the firm.`,
        ``,
        `Morrowgate, which employs 300 people, ships tiles to nine countries.`,
      ].join('\n'),
    );
    expect(got['1.1']).toEqual(['Morrowgate Ceramics [organisation]']);
    expect(got['1.2']).toEqual(['Morrowgate Ceramics [organisation]']);
  });

  // (A guard: it passes without the change as well, through the apposition.)
  it('the dateline\'s place and agency are no candidates; the body named again by its first word alone wins', () => {
    const got = speakers(
      [
        `HOLM BAY, May 2 (Starling Press) - A fuel leak at a hangar of Quenby Airways, the charter carrier of the outer islands of Holm Bay, grounded every flight on Monday, the company said.`,
        ``,
        `Quenby carries about 9,000 passengers a year, its pilots told Starling Press.`,
      ].join('\n'),
    );
    expect(got['1.1']).toEqual(['Quenby Airways [organisation]']);
  });

  // (A guard: it passes without the change as well.)
  it('a byline ("… Staff Reporter") is no body the company may be', () => {
    const got = speakers([`By Orla Pennick Staff Reporter The village shop will close in June, the company said.`].join('\n'));
    expect(got['1.1']).toEqual(['the company [organisation]']);
  });
});

describe('s55: a body described as a person\'s role', () => {
  it('"The rink\'s owner, Tarnwell Valley Leisure, said": a three-word name ending in two common nouns is a body, which "the company" means next', () => {
    const got = speakers(
      [
        `The rink will shut for the summer.`,
        `The rink's owner, Tarnwell Valley Leisure, said that ice could not be kept in the heat.`,
        `"We have tried everything we know," the company said.`,
      ].join('\n'),
    );
    expect(got['1.2']).toEqual(['Tarnwell Valley Leisure [person]']);
    expect(got['1.3']).toEqual(['Tarnwell Valley Leisure [organisation]']);
  });
});

describe('s55: readings of the clause', () => {
  it('"said in a note on its blog that" + a subject of six words before its verb', () => {
    const got = speakers([`Brisk Harbour Marinas said in a note on its blog that just three of the forty berths were free.`].join('\n'));
    expect(got['1.1']).toEqual(['Brisk Harbour Marinas [person]']);
  });

  it('"Her trainer, X of the Y Z club, said": a workplace apposition may end in a lower-case body noun', () => {
    const got = speakers([`Her trainer, Colm Ruddle of the Ashcombe Harriers club, said she had run every morning since March.`].join('\n'));
    expect(got['1.1']).toEqual(['Colm Ruddle [person]']);
  });

  it('"…, shipping agents said": an -ing form WordNet lists as a noun before a plural head', () => {
    const got = speakers([`Two grain ships were turned back from the lock on Sunday, shipping agents said.`].join('\n'));
    expect(got['1.1']).toEqual(['shipping agents [unknown]']);
  });

  it('"…, the trade body that speaks for the weavers said": a determined noun with a group sense before a relative clause', () => {
    const got = speakers([`Weavers in the dale will work a four-day week from April, the trade body that speaks for the weavers said.`].join('\n'));
    expect(got['1.1']).toEqual(['the trade body [unknown]']);
  });

  it('"The keeper of the only working windmill in the county warned that …": an adverb and a participle after the determiner', () => {
    const got = speakers([`The keeper of the only working windmill in the county warned on Friday that the sails could not turn this winter.`].join('\n'));
    expect(got['1.1']).toEqual(['the keeper of the only working windmill in the county [person]']);
  });

  it('"Local fishing groups …" then "They said": the whole group, not "Local"', () => {
    const got = speakers([`Local fishing groups, which fought the new pier, remain unhappy.`, `They said they would count every catch this year.`].join('\n'));
    expect(got['1.2']).toEqual(['Local fishing groups [group]']);
  });
});

describe('s55: a person known only by a description', () => {
  it('"The groom, who …, has …. In a statement, he said": the described subject, not the person named before', () => {
    const got = speakers(
      [
        `Prosecuting, Elspeth Varrow said the stable yard had no written safety rules.`,
        `"Nobody checked the gates," she said.`,
        `Inspector Harlan Dobbe said the gate latch had been broken for weeks.`,
        `The groom, who was not named in court, has since left the yard.`,
        `In a written statement, he said he could no longer ride.`,
      ].join('\n'),
    );
    expect(got['1.5']).toEqual(['the groom [person]']);
  });

  // (A guard: it passes without the change as well.)
  it('a he after a described subject of the other sex stays with the named man', () => {
    const got = speakers(
      [
        `Inspector Harlan Dobbe said the gate latch had been broken for weeks.`,
        `The mother, who lives nearby, has asked for a review.`,
        `In a written statement, he said the yard would be checked.`,
      ].join('\n'),
    );
    expect(got['1.3']).toEqual(['Harlan Dobbe [person]']);
  });
});
