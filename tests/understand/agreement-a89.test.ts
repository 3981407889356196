import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 36 (a89): agreement recall and status. Sentences of our own writing; every name invented.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Grimsett Jams signed a deal with Selvidge Foods.'), 120_000);

describe('"a deal for X to buy Y, <apposition>, has collapsed"', () => {
  it('reads the fate after an apposition on the name bought', () => {
    const body = 'A £9 million deal for Quarnley Mills to acquire Thrushgate Looms, a weaver of tartan cloth since 1840, has fallen through.';
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'Quarnley Mills | Thrushgate Looms', 'collapsed']]);
  });

  it('reads it with an apposition that holds a participle', () => {
    const body = 'A deal for Quarnley Mills to buy Thrushgate Looms, one of the last privately held weavers in the valley, has collapsed.';
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'Quarnley Mills | Thrushgate Looms', 'collapsed']]);
  });

  it('does not take a relative clause for an apposition', () => {
    const body = 'A deal for Quarnley Mills to buy Thrushgate Looms, which it had wanted for years, has collapsed.';
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([]);
  });
});

describe('a bid that collapses, its maker a name before the noun', () => {
  it('reads a headline "X bid for Y collapses" as a collapsed deal between them', () => {
    const body = 'Quarnley Mills has abandoned its attempt to buy Thrushgate Looms after the weaver\'s owners refused to back it.';
    expect(rows(body, 'Quarnley bid for Thrushgate Looms collapses as owners dig in').filter((r) => r[0] === '0.1').map((r) => r.slice(0, 3))).toEqual([['0.1', 'Thrushgate Looms | Quarnley', 'collapsed']]);
  });

  it('reads the perfect, "X\'s bid for Y has collapsed"', () => {
    const body = "Quarnley Mills's bid for Thrushgate Looms has collapsed.";
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'Thrushgate Looms | Quarnley Mills', 'collapsed']]);
  });

  it('does not read a bid with no maker named', () => {
    expect(rows('The bid for Thrushgate Looms has collapsed.')).toEqual([]);
  });
});

describe('a role noun that also names a business ("Glass maker X") is no sign of a person', () => {
  it('links "the takeover" to a purchase by a maker named with its trade', () => {
    const body = [
      'Rope maker Quarnley Mills has agreed to acquire the smaller Thrushgate Looms for £9 million.',
      'The takeover has been backed by both boards.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Quarnley Mills | Thrushgate Looms', 'reached', null],
      ['1.2', 'Quarnley Mills | Thrushgate Looms', 'approved', '1.1'],
    ]);
  });

  it('still keeps a takeover away from a deal between two people', () => {
    const body = ['Singer Ulfrida Tredlow has signed a contract with Gwethen Zennick.', 'The takeover has been backed by both boards.'].join('\n');
    expect(rows(body).filter((r) => r[0] === '1.2')).toEqual([]);
  });
});

describe('"the two X" in the lede, named together in the next sentence', () => {
  it('takes the pair the next sentence of the paragraph names', () => {
    const body = [
      'A planned tie-up between the two rope makers in the Quendle valley has fallen through after a lender withdrew its support.',
      'Quarnley Mills and Thrushgate Looms said last spring they would merge their works.',
    ].join('\n');
    expect(rows(body).filter((r) => r[0] === '1.1').map((r) => r.slice(0, 3))).toEqual([['1.1', 'Quarnley Mills | Thrushgate Looms', 'collapsed']]);
  });

  it('does not take two people named next for "the two rope makers"', () => {
    const body = [
      'A planned tie-up between the two rope makers in the Quendle valley has fallen through after a lender withdrew its support.',
      'Owners Ulfrida Tredlow and Gwethen Zennick said they were disappointed.',
    ].join('\n');
    expect(rows(body).filter((r) => r[1]?.includes('Tredlow'))).toEqual([]);
  });
});

describe('a deal with a description set off by its name, then the deal\'s infinitive', () => {
  it('reads "A deal with a tea firm, X, to sell … was ended"', () => {
    const body = "A deal with a rope merchant, Thrushgate Looms, to stock the mill's cord was ended in 2020.";
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([['1.1', 'Thrushgate Looms', 'voided']]);
    const article = ['Quarnley Mills has signed a supply contract with Velsham Stores.', 'A deal with a rope merchant, Thrushgate Looms, to stock its cord was ended in 2020.'].join('\n');
    expect(rows(article).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Quarnley Mills | Velsham Stores', 'signed'],
      ['1.2', 'Quarnley Mills | Thrushgate Looms', 'voided'],
    ]);
  });
});

describe('leaving a transaction or an agreement to do a thing: collapsed, not voided', () => {
  it('reads "walked away from its takeover of X" as collapsed', () => {
    expect(rows('Quarnley Mills has walked away from its takeover of Thrushgate Looms.').map((r) => r.slice(0, 3))).toEqual([['1.1', 'Quarnley Mills | Thrushgate Looms', 'collapsed']]);
  });

  it('reads "pulled out of its agreement to rent X" as collapsed', () => {
    const body = ['Quarnley Mills signed a deal with Quendle Council in March.', 'Quarnley Mills has pulled out of its agreement to rent the old ropewalk.'].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Quarnley Mills | Quendle Council', 'signed'],
      ['1.2', 'Quarnley Mills | Quendle Council', 'collapsed'],
    ]);
  });

  it('still reads leaving a running contract as voided', () => {
    const body = ['Quarnley Mills signed a sponsorship contract with Quendle Rovers in 2023.', 'Quarnley Mills has pulled out of its contract with Quendle Rovers a year early.'].join('\n');
    expect(rows(body).map((r) => r.slice(0, 3))).toEqual([
      ['1.1', 'Quarnley Mills | Quendle Rovers', 'signed'],
      ['1.2', 'Quarnley Mills | Quendle Rovers', 'voided'],
    ]);
  });
});

describe('"reached a tentative agreement" is reached', () => {
  it('reads the verb of reaching over the adjective', () => {
    expect(rows('The Quendle ropemakers\' union reached a tentative agreement with Quarnley Mills on Friday.').map((r) => r.slice(0, 3))).toEqual([['1.1', "the Quendle ropemakers' union | Quarnley Mills", 'reached']]);
  });

  it('still reads "agreed a proposed deal" as proposed', () => {
    expect(rows('Quarnley Mills agreed a proposed deal with Thrushgate Looms on Friday.').map((r) => r.slice(0, 3))).toEqual([['1.1', 'Quarnley Mills | Thrushgate Looms', 'proposed']]);
  });
});
