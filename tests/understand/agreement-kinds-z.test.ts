import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 13 (a24): agreement parties and status, each kind in sentences of our own writing
 * (rows: key, parties, status, the sentence a later mention refers to).
 */
describe('a group of a side\'s own people as the other side', () => {
  it('"between X and more than 9,000 of its passengers": the judge who approves is no party', () => {
    expect(rows('A court in Halby approved a $4 million settlement between the ferry firm Tarn Lines and more than 2,000 of its deckhands.')).toEqual([
      ['1.1', 'Tarn Lines | more than 2,000 of its deckhands', 'approved', null],
    ]);
    expect(rows('A court in Halby approved a settlement between Tarn Lines and up to 300 former pilots.')).toEqual([['1.1', 'Tarn Lines | up to 300 former pilots', 'approved', null]]);
  });

  it('"between X and passengers who …", "and hundreds of homeowners", "and a group of its drivers": a group with no name', () => {
    expect(rows('A court in Halby approved a settlement between Tarn Lines and passengers who were stranded in 2022.')).toEqual([['1.1', 'Tarn Lines | passengers', 'approved', null]]);
    expect(rows('A court in Halby approved a settlement between Tarn Lines and hundreds of homeowners.')).toEqual([['1.1', 'Tarn Lines | hundreds of homeowners', 'approved', null]]);
    expect(rows('A court in Halby approved a settlement between Tarn Lines and a group of its drivers.')).toEqual([['1.1', 'Tarn Lines | a group of its drivers', 'approved', null]]);
  });

  it('"a settlement with 1,200 of its customers", "with thousands of its tenants": people the subject owns', () => {
    expect(rows('Orme Water has reached a £3 million settlement with more than 1,200 of its customers.')).toEqual([['1.1', 'Orme Water | more than 1,200 of its customers', 'reached', null]]);
    expect(rows('Orme Water agreed a settlement with thousands of its tenants.')).toEqual([['1.1', 'Orme Water | thousands of its tenants', 'reached', null]]);
  });
});

describe('a counted group as a subject or as who brought the dispute', () => {
  it('"X and more than 9,000 of its passengers reached a settlement": the count of the group stays one side', () => {
    expect(rows('Tarn Lines and more than 2,000 of its deckhands reached a settlement.')).toEqual([['1.1', 'Tarn Lines | more than 2,000 of its deckhands', 'reached', null]]);
    expect(rows('Tarn Lines and about 300 of its pilots have agreed a deal.')).toEqual([['1.1', 'Tarn Lines | about 300 of its pilots', 'reached', null]]);
  });

  it('"to settle claims by more than 9,000 of its passengers", "a lawsuit brought by hundreds of former pilots"', () => {
    expect(rows('Tarn Lines has agreed to pay $2 million to settle claims by more than 2,000 of its deckhands.')).toEqual([['1.1', 'Tarn Lines | more than 2,000 of its deckhands', 'reached', null]]);
    expect(rows('Tarn Lines settled a lawsuit brought by hundreds of former pilots.')).toEqual([['1.1', 'Tarn Lines | hundreds of former pilots', 'reached', null]]);
  });
});

describe('a later agreement naming its own sides', () => {
  it('"Last year\'s agreement between the league and the umpires\' union was breached …, a panel ruled": its own sides, not the deal before', () => {
    expect(rows("The Western Cricket League signed a television deal with Halo Sport.\nLast year's pay agreement between the league and the umpires' union was breached when fees went unpaid, a panel ruled.")).toEqual([
      ['1.1', 'the Western Cricket League | Halo Sport', 'signed', null],
      ['1.2', "Western Cricket League | the umpires' union", 'breached', null],
    ]);
  });

  it('"The league\'s pay deal with the umpires\' union was breached": a body named by a plural possessor after "with"', () => {
    expect(rows("The Western Cricket League signed a television deal with Halo Sport.\nThe league's 2019 pay deal with the umpires' union was breached when fees went unpaid.")).toEqual([
      ['1.1', 'the Western Cricket League | Halo Sport', 'signed', null],
      ['1.2', "Western Cricket League | the umpires' union", 'breached', null],
    ]);
  });

  it('"X\'s 2017 dredging contract with Y was breached, an arbitrator ruled": a year before a compound noun', () => {
    expect(rows("Fenby Harbour Board's 2017 dredging contract with Keel Marine was breached, an arbitrator ruled.")).toEqual([['1.1', 'Fenby Harbour Board | Keel Marine', 'breached', null]]);
  });

  it('"the works\' gas contract": a made thing stands for a name whose last word is a kind of it (WordNet)', () => {
    expect(rows("The Hexley Steelworks will close in May.\nThe works' 2019 gas contract with Norvane Energy was terminated.")).toEqual([['1.2', 'Hexley Steelworks | Norvane Energy', 'voided', null]]);
    expect(rows("The Marsh Point Refinery will close in May.\nThe plant's supply contract with Norvane Energy was terminated.")).toEqual([['1.2', 'Marsh Point Refinery | Norvane Energy', 'voided', null]]);
  });
});

describe('leases of a building named before', () => {
  it('"agreed to let the hall to a dance company, X": a verb WordNet files with "lease"; a name set off after a description', () => {
    expect(rows('The Wexley Trust has agreed to let the chapel to a dance company, Orbit Dance, for five years.')).toEqual([['1.1', 'the Wexley Trust | Orbit Dance', 'reached', null]]);
    expect(rows('The firm hired two engineers from Corvel.')).toEqual([]);
  });

  it('"A 2015 lease of the same hall to the touring X was ended early": voided, the earlier lessor and the new taker', () => {
    expect(rows('The Wexley Trust owns the old chapel.\nThe trust has agreed to let the chapel to Orbit Dance.\nA 2015 lease of the same chapel to the touring Pell Circus was ended early.')).toEqual([
      ['1.2', 'Wexley Trust | Orbit Dance', 'reached', null],
      ['1.3', 'the Wexley Trust | Pell Circus', 'voided', null],
    ]);
  });
});

describe('the holder of a thing let, named before', () => {
  it('"A 2015 lease of the same hall to X": whoever an earlier sentence says owns the hall lets it', () => {
    expect(rows('Wexley Hall is owned by the Wexley Trust.\nThe hall reopens in May.\nA 2015 lease of the same hall to the touring Pell Circus was ended early.')).toEqual([
      ['1.3', 'the Wexley Trust | Pell Circus', 'voided', null],
    ]);
    expect(rows('The Wexley Trust, which owns Wexley Hall, has spent £2m on repairs.\nA 2015 lease of the hall to Pell Circus was ended early.')).toEqual([
      ['1.2', 'the Wexley Trust | Pell Circus', 'voided', null],
    ]);
    expect(rows('The Wexley Trust praised Wexley Hall.\nA 2015 lease of the hall to Pell Circus was ended early.')).toEqual([['1.2', 'Pell Circus', 'voided', null]]);
  });
});

describe('statuses', () => {
  it('"renewed its contract with X", "has extended its deal with X" are a new term agreed (reached); a past extension, both sides as subject, the passive still say it holds', () => {
    expect(rows('Harrow Athletic has renewed its kit deal with Stridewell for three seasons.')).toEqual([['1.1', 'Harrow Athletic | Stridewell', 'reached', null]]);
    expect(rows('Harrow Athletic has extended its kit deal with Stridewell until 2031.')).toEqual([['1.1', 'Harrow Athletic | Stridewell', 'reached', null]]);
    expect(rows('Harrow Athletic extended its kit deal with Stridewell in 2019.')).toEqual([['1.1', 'Harrow Athletic | Stridewell', 'in force', null]]);
    expect(rows('Harrow Athletic said it had extended its kit deal with Stridewell until 2031.')).toEqual([['1.1', 'Harrow Athletic | Stridewell', 'in force', null]]);
    expect(rows('Harrow Athletic and Stridewell have renewed their kit deal for three seasons.')).toEqual([['1.1', 'Harrow Athletic | Stridewell', 'in force', null]]);
  });

  it('"The contract, signed in 2020 and worth £40m, was meant to run until 2026": the participle\'s status, not the earlier deal\'s', () => {
    expect(rows('Dunley Rail breached its contract with Corvel.\nThe six-year contract, signed in 2020 and worth £40m, was meant to run until 2026.')).toEqual([
      ['1.1', 'Dunley Rail | Corvel', 'breached', null],
      ['1.2', 'Dunley Rail | Corvel', 'signed', '1.1'],
    ]);
  });

  it('"annulled a clause in the contracts": acting on a part in a deal acts on the deal', () => {
    expect(rows('Dunley Rail signed a contract with Corvel.\nA judge annulled a clause in the contract.')).toEqual([
      ['1.1', 'Dunley Rail | Corvel', 'signed', null],
      ['1.2', 'Dunley Rail | Corvel', 'voided', '1.1'],
    ]);
  });
});
