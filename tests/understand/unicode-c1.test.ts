import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/understand/analyze.js';
import { senseKey, senseKeys } from '../../src/wordnet.js';
import { agreementRows as rows } from './agreement-rows.js';
import { docOf } from './statements-fixture.js';

/**
 * Session 18 (c1): names with letters outside ASCII are read whole. JS `\b` and `\w` know only
 * [A-Za-z0-9_], so a reader that opened a name with `\b\p{Lu}` found no name at "Émile", and one
 * that closed it with `\b` cut "Zoë" after "Zo"; the readers now use `\p{L}` lookarounds. Every
 * sentence here is our own. Rows: sentence key, speaker name, mention, content.
 */
function said(body: string): string[][] {
  const out: string[][] = [];
  for (const [k, f] of analyzeDocument(docOf(body))) for (const s of f.statements) out.push([k, s.speaker?.name ?? '', s.speaker?.mention ?? '', s.content]);
  return out;
}

describe('accented names in agreements', () => {
  // The tagger's model and WordNet load on first use: in the hook (30 s), not in the first test (20 s) on a busy machine.
  beforeAll(() => void rows('Orla Foods signed a lease with Brennan Farms.'));

  it('"The café owner Zoë Brün signed a covenant with Ålesund Kommune": both parties whole, the description left out', () => {
    // "café" was no lower-case word of a description (looseWord read [a-z] only), so "owner" stayed in the party.
    expect(rows('The café owner Zoë Brün signed a covenant with Ålesund Kommune.')).toEqual([['1.1', 'Zoë Brün | Ålesund Kommune', 'signed', null]]);
    expect(rows('The cafe owner Zoe Brun signed a covenant with Alesund Kommune.')).toEqual([['1.1', 'Zoe Brun | Alesund Kommune', 'signed', null]]);
  });

  it('an accented capital opens a party as an ASCII one does', () => {
    expect(rows('The Ålborg Port deal was signed by Vessin Freight and Kestry Mills on Monday.')).toEqual([['1.1', 'Ålborg Port', 'signed', null]]);
    expect(rows('The Alborg Port deal was signed by Vessin Freight and Kestry Mills on Monday.')).toEqual([['1.1', 'Alborg Port', 'signed', null]]);
  });
});

describe('accented names of speakers', () => {
  it('"the former treasurer Émile Lemarc … Lemarc, 58, has always insisted": the surname resolves to the full name', () => {
    const body = 'A court in Varnel on Friday cleared the former treasurer Émile Lemarc of fraud.\nLemarc, 58, has always insisted that he is innocent.';
    expect(said(body)).toEqual([['1.2', 'Émile Lemarc', 'Lemarc, 58', 'he is innocent']]);
    expect(said(body.replace(/Émile/g, 'Emile'))).toEqual([['1.2', 'Emile Lemarc', 'Lemarc, 58', 'he is innocent']]);
  });

  it('a hyphenated accented surname, and a name with an appositive, are the whole speaker', () => {
    expect(said('Müller-Lüdenscheid said the bridge over the Ilse would open in May.')).toEqual([
      ['1.1', 'Müller-Lüdenscheid', 'Müller-Lüdenscheid', 'the bridge over the Ilse would open in May'],
    ]);
    expect(said('Gaëlle Noyer, the mayor, said the budget was balanced.')).toEqual([['1.1', 'Gaëlle Noyer', 'Gaëlle Noyer, the mayor', 'the budget was balanced']]);
    expect(said('Ödön Farkas, the coach, said the team was ready.')).toEqual([['1.1', 'Ödön Farkas', 'Ödön Farkas, the coach', 'the team was ready']]);
  });

  it('a transcript\'s answers go to the name its intro repeats most, counted whole when it opens with "Ø"', () => {
    // The surname was counted with \b…\b: "Ødegaard" never matched, so "Jan Holm" (once) won.
    const body = 'Jan Holm spoke on Tuesday to the harbour master, Åsa Ødegaard.\nØdegaard has run the port for ten years.\n\nQ: Will the port grow?\nA: We have the money for one new quay.';
    expect(said(body)).toEqual([['2.2', 'Åsa Ødegaard', 'A', 'We have the money for one new quay']]);
    expect(said(body.replace(/Å/g, 'A').replace(/Ø/g, 'O'))).toEqual([['2.2', 'Asa Odegaard', 'A', 'We have the money for one new quay']]);
  });

  it('"Two Ørsted officials familiar with the talks": an accented name inside an anonymous source stays in it', () => {
    expect(said('Two Ørsted officials familiar with the talks said the bid would fail.')).toEqual([
      ['1.1', 'Two Ørsted officials familiar with the talks', 'Two Ørsted officials familiar with the talks', 'the bid would fail'],
    ]);
    expect(said('Two Orsted officials familiar with the talks said the bid would fail.')).toEqual([
      ['1.1', 'Two Orsted officials familiar with the talks', 'Two Orsted officials familiar with the talks', 'the bid would fail'],
    ]);
  });
});

describe('senseKeys: one helper for the anchor senses', () => {
  it('gives the pos:offset keys of the senses WordNet has, and drops those it lacks', () => {
    expect([...senseKeys('verb', ['think', 3], ['accept', 1])]).toEqual([senseKey('think', 'verb', 3), senseKey('accept', 'verb', 1)]);
    expect([...senseKeys('noun', ['agreement', 1], ['agreement', 999])]).toEqual([senseKey('agreement', 'noun', 1)]);
    expect(senseKeys('noun', ['zzqxv', 1]).size).toBe(0);
  });
});
