import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 34 (a84): agreement sentences with no deal word of their own. A pronoun opening the
 * sentence right after one whose subject is the deal itself ("The agreement raises … It also
 * guarantees …", "The settlement was announced … ¶ Its terms are confidential.") is a further term
 * of that deal. Sentences of our own writing; every name invented.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Grimsett Jams signed a deal with Selvidge Foods.'), 120_000);

describe('"It" after a sentence the deal opens', () => {
  it('reads "It also guarantees …" as a term of the deal, with its sides and status', () => {
    const body = [
      'Porters at Quillary Infirmary have ratified a new pay agreement with the Quillary Hospitals Board.',
      'The agreement lifts night rates by 5 per cent from June.',
      'It also guarantees a rest room on every ward.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Quillary Infirmary | Quillary Hospitals Board', 'ratified'],
      ['1.2', 'Quillary Infirmary | Quillary Hospitals Board', 'ratified'],
      ['1.3', 'Quillary Infirmary | Quillary Hospitals Board', 'ratified'],
    ]);
  });

  it('reads "Its terms …" opening the next paragraph', () => {
    const body = [
      'Hobwick Tiles has settled its patent dispute with Thrimbleby Ceramics.',
      'The settlement was confirmed at the county court on Tuesday.',
      '',
      'Its terms were not made public.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Hobwick Tiles | Thrimbleby Ceramics', 'reached'],
      ['1.2', 'Hobwick Tiles | Thrimbleby Ceramics', 'reached'],
      ['2.1', 'Hobwick Tiles | Thrimbleby Ceramics', 'reached'],
    ]);
  });

  it('reads "It must still be ratified …" across a paragraph break after the deal opens a sentence', () => {
    const body = [
      'Orlandia and the Vessen Republic signed a fishing treaty on Friday.',
      'The treaty opens each side’s waters to the other’s boats.',
      '',
      'It must still be ratified by both assemblies.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Orlandia | the Vessen Republic', 'signed'],
      ['1.2', 'Orlandia | the Vessen Republic', 'signed'],
      ['2.1', 'Orlandia | the Vessen Republic', 'signed'],
    ]);
  });

  it('leaves "It" after a sentence a side opens, "It is …", and "It said …"', () => {
    const body = [
      'Hobwick Tiles signed a supply contract with Thrimbleby Ceramics on Monday.',
      'It also employs 40 people at its works in Dunnery.',
    ].join('\n');
    expect(rows(body).map((r) => r[0])).toEqual(['1.1']);
    // (The sentence before is the deal's, but "It is …" states nothing of it and "It said …" reports.)
    const said = [
      'Hobwick Tiles signed a supply contract with Thrimbleby Ceramics on Monday.',
      'The contract runs for five years.',
      'It is a first for the town.',
    ].join('\n');
    expect(rows(said).map((r) => r[0])).toEqual(['1.1', '1.2']);
    const reported = [
      'Hobwick Tiles signed a supply contract with Thrimbleby Ceramics on Monday.',
      'The contract runs for five years.',
      'It said the works would hire ten more people.',
    ].join('\n');
    expect(rows(reported).map((r) => r[0])).toEqual(['1.1', '1.2']);
  });
});

describe('a deal as the subject of a clause "after" opens', () => {
  it('reads the deal that fell through after a noun of doubt, not talk of a deal', () => {
    const body = 'Hopes for the smelter were thrown into doubt after a coal supply deal between Dranford Metals and Ostley Mining fell through on Monday.';
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'Dranford Metals | Ostley Mining', 'collapsed']]);
  });

  it('still reads no deal in talk of one', () => {
    expect(rows('There were fresh doubts after a week of rumours about a coal supply deal between Dranford Metals and Ostley Mining.')).toEqual([]);
  });
});

describe("a planned deal's collapse, its maker the possessor", () => {
  it('keeps the possessor before a participle: "X\' agreed takeover of Y has collapsed"', () => {
    expect(rows("Brisling Foods' agreed takeover of Yarrowden Blends has collapsed.").map((r) => r.slice(0, 3))).toEqual([['1.1', 'Brisling Foods | Yarrowden Blends', 'collapsed']]);
  });

  it('reads the participle after a sum as a modifier, not the cue: "X\' £38m agreed takeover of Y"', () => {
    expect(rows('Brisling Foods’ £38m agreed takeover of the tea merchant Yarrowden Blends has collapsed.').map((r) => r.slice(0, 3))).toEqual([['1.1', 'Brisling Foods | Yarrowden Blends', 'collapsed']]);
  });
});

describe('a tenancy (dealWords’ lexicon: a lease held) read as a deal', () => {
  it('reads a tenancy ended with its holder set off after a description', () => {
    const body = 'A tenancy with the retired nurseryman, Ansgar Pollack, was ended by consent of both sides last spring.';
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'Ansgar Pollack', 'voided']]);
  });
});

describe('an offer whose compound the tagger reads as a verb after an adverb', () => {
  it('reads "had already rejected an earlier pay offer from X worth 3 per cent"', () => {
    const body = 'The Harbour Pilots Guild had already rejected an earlier pay offer from Corrigal Marine worth 3 per cent.';
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'the Harbour Pilots Guild | Corrigal Marine', 'rejected']]);
  });
});

describe('terms agreed with a role set off by its name', () => {
  it('reads "agreed terms with the landlord, X, for …" and the "it" of a report joined by ", and said"', () => {
    const body = [
      'Orrin Grocers has traded on the quay since 1961, and said on Monday it had agreed new terms with the landlord, Pellow Estates, for a further ten years.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'Orrin Grocers | Pellow Estates', 'reached']]);
  });

  it('still names no partner when the name after the comma opens a report', () => {
    expect(rows('Orrin Grocers agreed terms with the landlord, Pellow Estates said.')).toEqual([['1.1', 'Orrin Grocers', 'reached', null]]);
  });
});
