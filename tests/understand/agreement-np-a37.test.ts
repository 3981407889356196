import { describe, expect, it } from 'vitest';
import { tag } from '../../src/understand/nlp.js';
import { compoundModifierEnd, describedName, nounPhraseIn, rangeText, wordEnd } from '../../src/understand/nounPhrase.js';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 16 (a37): one noun-phrase reader on the tagger's tags (nounPhrase.ts) for the agreement
 * party readers — a determiner or a possessor, describing words (a hyphenated compound read as one
 * word), the head noun, a name on either side. Sentences of our own writing.
 */
describe('the noun-phrase reader', () => {
  it('reads a hyphenated word as one: "not-for-profit" is five tokens, "state-owned" three', () => {
    const tokens = tag('the not-for-profit provider Kindred Homecare').tokens;
    expect([wordEnd(tokens, 1), compoundModifierEnd(tokens, 1), compoundModifierEnd(tokens, 6)]).toEqual([6, 6, 6]);
    // A name written with a hyphen ("Rolls-Royce") describes nothing: its last part is capitalised.
    const name = tag('the Hale-Morton works').tokens;
    expect([wordEnd(name, 1), compoundModifierEnd(name, 1)]).toEqual([4, 1]);
  });

  it('names the part of a phrase that is the party, and how it is attached', () => {
    const read = (text: string): [string, string | null, string] | null => {
      const np = nounPhraseIn(text, 0, text.length);
      return np ? [rangeText(text, np.tokens, np.phrase.name!), np.phrase.head === null ? null : np.tokens[np.phrase.head]!.text, np.phrase.attached!] : null;
    };
    expect(read('the not-for-profit provider Kindred Homecare')).toEqual(['Kindred Homecare', 'provider', 'on']);
    expect(read('the Dublin-based software firm Keelan Data')).toEqual(['Keelan Data', 'firm', 'on']);
    expect(read('the port operator, Halley Terminals')).toEqual(['Halley Terminals', 'operator', 'set-off']);
    expect(read("Orbis's rival, Quantel")).toEqual(['Quantel', 'rival', 'set-off']);
    expect(read('Vantor Power, the state-owned utility')).toEqual(['Vantor Power', 'utility', 'before']);
    // A bare name, or a description with no name, is no such phrase.
    expect([read('Vantor Power'), read('the state-owned utility')]).toEqual([null, null]);
  });

  it('leaves the describing words before a name written alone out of the party', () => {
    expect(['the not-for-profit provider Kindred Homecare', 'The family-run haulier Pask Brothers', 'Public broadcaster KBN', 'the state of Ostria', 'Kindred Homecare'].map(describedName)).toEqual([
      'Kindred Homecare',
      'Pask Brothers',
      'KBN',
      null,
      null,
    ]);
  });
});

describe('parties read by the noun-phrase reader', () => {
  it('"the not-for-profit provider Kindred Homecare": a hyphenated description keeps the name after it', () => {
    expect(rows('Halbrook Council signed a contract with the not-for-profit provider Kindred Homecare.')).toEqual([['1.1', 'Halbrook Council | Kindred Homecare', 'signed', null]]);
    expect(rows('The not-for-profit provider Kindred Homecare signed a contract with Halbrook Council.')).toEqual([['1.1', 'Kindred Homecare | Halbrook Council', 'signed', null]]);
    expect(rows('Halbrook Council and the not-for-profit provider Kindred Homecare signed a contract.')).toEqual([['1.1', 'Halbrook Council | Kindred Homecare', 'signed', null]]);
  });

  it('after "to" and "between … and", too', () => {
    expect(rows('Halbrook Council awarded a contract to the not-for-profit provider Kindred Homecare.')).toEqual([['1.1', 'Halbrook Council | Kindred Homecare', 'reached', null]]);
    expect(rows('The deal between Halbrook Council and the not-for-profit provider Kindred Homecare was signed in May.')).toEqual([['1.1', 'Halbrook Council | Kindred Homecare', 'signed', null]]);
  });

  it('"the Leeds-based bus operator Corrin Coaches": a compound that opens with a place describes', () => {
    expect(rows('Halbrook Council reached an agreement with the Leeds-based bus operator Corrin Coaches.')).toEqual([['1.1', 'Halbrook Council | Corrin Coaches', 'reached', null]]);
    expect(rows('The Leeds-based bus operator Corrin Coaches was acquired by Halbrook Group.')).toEqual([['1.1', 'Corrin Coaches | Halbrook Group', 'reached', null]]);
  });

  it('"with Vantor Power, the state-owned utility": a description set off after a name is that name, no second party', () => {
    expect(rows('Dunmere Mills signed a supply deal with Vantor Power, the state-owned utility.')).toEqual([['1.1', 'Dunmere Mills | Vantor Power', 'signed', null]]);
    expect(rows('Dunmere Mills signed a supply deal with Vantor Power, the utility.')).toEqual([['1.1', 'Dunmere Mills | Vantor Power', 'signed', null]]);
    // A list that "and" closes is still a list.
    expect(rows('Dunmere Mills signed a supply deal with Vantor Power and the county council.')).toEqual([['1.1', 'Dunmere Mills | Vantor Power | the county council', 'signed', null]]);
  });

  it('"with the city\'s biggest employer, Corrin Coaches": the name a possessor\'s description stands for is the party, not the possessor', () => {
    expect(rows("Halbrook Council reached an agreement with the city's biggest employer, Corrin Coaches.")).toEqual([['1.1', 'Halbrook Council | Corrin Coaches', 'reached', null]]);
    expect(rows("Dunmere Mills signed a supply deal with Orbis's rival, Quantel.")).toEqual([['1.1', 'Dunmere Mills | Quantel', 'signed', null]]);
  });

  it('descriptions read as before: "rival studio Kettering Films", "the port operator, Halley Terminals", "its long-standing partner, Kindred Homecare"', () => {
    expect(rows('Dunmere Mills signed a supply deal with rival studio Kettering Films.')).toEqual([['1.1', 'Dunmere Mills | Kettering Films', 'signed', null]]);
    expect(rows('Dunmere Mills signed a supply deal with the port operator, Halley Terminals.')).toEqual([['1.1', 'Dunmere Mills | Halley Terminals', 'signed', null]]);
    expect(rows('Halbrook Council signed a contract with its long-standing partner, Kindred Homecare.')).toEqual([['1.1', 'Halbrook Council | Kindred Homecare', 'signed', null]]);
  });

  it('a hyphenated word in a description set off by its name: "the port\'s long-time owner, Kestle Holdings", "a Dublin-based fund, Bluefin Capital"', () => {
    expect(rows("Halbrook Council bought the quay from the port's long-time owner, Kestle Holdings.")).toEqual([['1.1', 'Halbrook Council | Kestle Holdings', 'reached', null]]);
    expect(rows('Halbrook Council signed a lease with the long-standing landlord, Orme Estates.')).toEqual([['1.1', 'Halbrook Council | Orme Estates', 'signed', null]]);
    expect(rows('Halbrook Group sold the depot to a Dublin-based fund, Bluefin Capital.')).toEqual([['1.1', 'Halbrook Group | Bluefin Capital', 'reached', null]]);
    expect(rows('Halbrook Group signed a deal with another family-run baker, Marrow Mills.')).toEqual([['1.1', 'Halbrook Group | Marrow Mills', 'signed', null]]);
    expect(rows('Halbrook Council leased the hall to the not-for-profit Cobble Theatre Company.')).toEqual([['1.1', 'Halbrook Council | Cobble Theatre Company', 'reached', null]]);
  });

  it('"the company\'s biggest customer, Tolland & Sons": "&" joins one name, so the set-off name is the one party', () => {
    expect(rows("Halbrook Group signed a deal with the company's biggest customer, Tolland & Sons.")).toEqual([['1.1', 'Halbrook Group | Tolland & Sons', 'signed', null]]);
    expect(rows("The company's biggest customer, Tolland & Sons, signed a new supply deal with Halbrook Group.")).toEqual([['1.1', 'Tolland & Sons | Halbrook Group', 'signed', null]]);
  });
});
