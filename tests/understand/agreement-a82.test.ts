import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 33 (a82): settlements told without an active "X settled": a dispute settled in the
 * passive, its sides after "between"; a later "the matter was resolved" linked to the settlement
 * told before; a claim of a sum in words settled. Sentences of our own writing; every name invented.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Grimsett Jams signed a deal with Selvidge Foods.'), 120_000);

describe('a dispute settled in the passive', () => {
  it('takes the names after "between" as its sides', () => {
    const body = 'A four-year quarrel over hedgerow rights between Pownall Orchards and Brackley Haulage was settled on Monday, a week before the hearing.';
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'Pownall Orchards | Brackley Haulage', 'reached']]);
  });

  it('links "the matter had been resolved" to the settlement told before', () => {
    const body = [
      'Pownall Orchards has settled its boundary dispute with Brackley Haulage out of court.',
      '',
      'A spokeswoman for Brackley told reporters the firm was relieved the matter had been resolved so quickly.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Pownall Orchards | Brackley Haulage', 'reached'],
      ['2.1', 'Pownall Orchards | Brackley Haulage', 'reached'],
    ]);
  });

  it('reads no settlement in "until the dispute is resolved", nor in a matter with no settlement before it', () => {
    const body = [
      'Pownall Orchards has settled its boundary dispute with Brackley Haulage out of court.',
      '',
      'The parish council said it would keep the lane shut until the dispute was resolved.',
    ].join('\n');
    expect(rows(body).map((r) => r[0])).toEqual(['1.1']);
    expect(rows('The inspector insisted the matter had been resolved ahead of the village fete.')).toEqual([]);
  });

  it('takes a definite case settled at the opening as the settlement told before, when the sentence before names no sides', () => {
    const body = [
      'Pownall Orchards has settled the claim brought by Brackley Haulage over a damaged gate.',
      '',
      'The haulier had sought £30,000 for repairs.',
      'The case was settled in May, with Pownall agreeing to replace the gate.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Pownall Orchards | Brackley Haulage', 'reached'],
      ['2.2', 'Pownall Orchards | Brackley Haulage', 'reached'],
    ]);
  });
});

describe('a claim of a sum in words, settled', () => {
  it('reads "settled a £2.5 billion claim brought by its former builder"', () => {
    const body = 'Hexley Museum has settled a £2.5 billion claim brought by its former roof-repair contractor, days before the trial.';
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'Hexley Museum | its former roof-repair contractor', 'reached']]);
  });
});

describe('a breach alleged by one side of the other', () => {
  it('reads "accused X of breaching their contract" as a breach between the accuser and the accused', () => {
    expect(rows('Pellworth Dairies has accused Quendle Freight of breaching their contract by missing deliveries.').map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Quendle Freight | Pellworth Dairies', 'breached'],
    ]);
  });

  it('reads the accuser past an apposition, and the accused past a long description', () => {
    const body = 'Pellworth Dairies, a co-operative of 300 farms in the Upper Tane valley, has accused the Danish haulier Quendle Freight of breaching a four-year delivery contract.';
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'the Danish haulier Quendle Freight | Pellworth Dairies', 'breached']]);
  });

  it('leaves a possessed deal to the sentences naming it when no accuser is read', () => {
    expect(rows('A dairy that sells cheese in the valley has accused the haulier\'s owners of breaching their contract.')).toEqual([]);
  });
});

describe('a joining noun waiting on a step', () => {
  it('reads "The tie-up still awaits approval" as the deal told before', () => {
    const body = [
      'Corvel Looms has agreed to merge with Haddington Yarns in an all-share deal.',
      '',
      'The tie-up still awaits approval from the markets watchdog.',
    ].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Corvel Looms | Haddington Yarns', 'reached'],
      ['2.1', 'Corvel Looms | Haddington Yarns', 'reached'],
    ]);
  });

  it('reads none with no deal before it', () => {
    expect(rows('The tie-up still awaits approval from the markets watchdog.')).toEqual([]);
  });
});

describe('a vote by a share of the members', () => {
  it('reads "voted by 74 per cent to ratify" and takes the sides a pay deal was negotiated between', () => {
    const body = 'Drivers at Tolley Buses have voted by 74 per cent to ratify a three-year wage agreement negotiated between the firm and the Charabanc Workers\' Guild.';
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'Tolley Buses | Charabanc Workers\' Guild', 'ratified']]);
  });
});

describe("a vote of one side's owners on a deal told before", () => {
  const MERGER = 'Corvel Looms agreed in March to merge with Haddington Yarns in an all-share deal.';

  it('reads "voted 69 percent in favour of the merger" as its approval', () => {
    const body = [MERGER, '', 'Members of the Corvel co-operative voted 69 percent in favour of the merger.'].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Corvel Looms | Haddington Yarns', 'reached'],
      ['2.1', 'Corvel Looms | Haddington Yarns', 'approved'],
    ]);
  });

  it('reads "holders of its shares voted against the all-share deal" as a mention of it', () => {
    const body = [MERGER, '', 'Holders of 60 percent of Corvel\'s shares voted against the all-share deal on Friday.'].join('\n');
    expect(rows(body).map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'Corvel Looms | Haddington Yarns'],
      ['2.1', 'Corvel Looms | Haddington Yarns'],
    ]);
  });

  it('reads no refusal in a vote against the deal by outsiders', () => {
    const body = [MERGER, '', 'The opposition voted against the all-share deal in a symbolic motion.'].join('\n');
    expect(rows(body).map((r) => r[0])).toEqual(['1.1']);
  });
});

describe('an offer said to stand', () => {
  const REJECTED = 'Tamsfield Mills has rejected a £30m takeover offer from Orrin Textiles.';

  it('reads "said its offer stayed on the table" as the offer told before, still proposed', () => {
    const body = [REJECTED, '', 'Orrin Textiles said its offer stayed on the table.'].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Tamsfield Mills | Orrin Textiles', 'rejected'],
      ['2.1', 'Orrin Textiles | Tamsfield Mills', 'proposed'],
    ]);
  });

  it('reads none when the offer is no longer on the table, or with no offer before', () => {
    expect(rows([REJECTED, '', 'Orrin Textiles said the offer was no longer on the table.'].join('\n')).map((r) => r[0])).toEqual(['1.1']);
    expect(rows('Orrin Textiles said its offer stayed on the table.')).toEqual([]);
  });
});

describe('whom a licence lets act', () => {
  it('takes the name after "allowing" or "granting" as the licence\'s taker', () => {
    expect(rows('Hollin Prints signed a licence allowing Marrick Television to use its archive.').map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Hollin Prints | Marrick Television', 'signed'],
    ]);
    expect(rows('Mrs Ardley signed the licence in 2019, granting Pendle Ceramics the right to copy her teapot designs.').map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Mrs Ardley | Pendle Ceramics', 'signed'],
    ]);
  });
});
