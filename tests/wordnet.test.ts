import { afterAll, describe, expect, it } from 'vitest';
import { ancestorsOf, baseForms, closeWordNet, isKindOf, senseKey, sensesOf, synsetAt, synsetsOf } from '../src/wordnet.js';

afterAll(() => closeWordNet());

describe('WordNet 3.1 reader', () => {
  it('reads a verb synset: its lexicographer file, lemmas and sentence frames', () => {
    const [first, second] = synsetsOf('say', 'verb', 2);
    expect(first?.lexname).toBe('verb.communication');
    expect(first?.words).toEqual(['state', 'say', 'tell']);
    // 8 "Somebody ----s something", 11 "Something ----s something", 26 "Somebody ----s that CLAUSE"
    expect(first?.frames).toEqual([[8, 0], [11, 0], [26, 0]]);
    expect(second?.words).toEqual(['allege', 'aver', 'say']);
  });

  it('finds base forms by morphy\'s detachment rules, per part of speech', () => {
    expect([...baseForms('treaties')]).toEqual([['noun', ['treaty']]]);
    expect(synsetsOf('insists', 'verb', 1).map((s) => s.words)).toEqual([['insist', 'take_a_firm_stand']]);
    expect(baseForms('qwzx').size).toBe(0);
  });

  it('gives a word\'s base forms from its memo the second time: the same map, the same forms', () => {
    const first = baseForms('ferries');
    expect([...first]).toEqual([['noun', ['ferry']], ['verb', ['ferry']]]);
    expect(baseForms('ferries')).toBe(first);
    expect([...baseForms('moored')]).toEqual([['verb', ['moor']]]);
    expect([...baseForms('ferries')]).toEqual([['noun', ['ferry']], ['verb', ['ferry']]]);
  });

  it('gives a lemma\'s senses and a synset from their memos the second time: the same frozen list, the same synset', () => {
    const senses = sensesOf('ferry', 'noun');
    expect(senses.length).toBe(2);
    expect(sensesOf('ferry', 'noun')).toBe(senses);
    expect(Object.isFrozen(senses)).toBe(true);
    // Per part of speech: the verb's senses are another list (three: transport, cross, travel by ferry).
    expect(sensesOf('ferry', 'verb').length).toBe(3);
    expect(sensesOf('qwzx', 'noun')).toEqual([]);
    const boat = synsetAt('noun', senses[0]!);
    expect(boat?.words).toEqual(['ferry', 'ferryboat']);
    expect(synsetAt('noun', senses[0]!)).toBe(boat);
    // The same number as a verb's offset is another synset (or none), never the noun's.
    expect(synsetAt('verb', sensesOf('ferry', 'verb')[0]!)?.pos).toBe('verb');
    expect(synsetAt('verb', senses[0]!)).not.toBe(boat);
  });

  it('keeps multi-word lemmas and orders senses by frequency', () => {
    expect(sensesOf('peace_treaty', 'noun').length).toBe(1);
    expect(sensesOf('take_over', 'verb').length).toBe(8);
    expect(senseKey('agreement', 'noun', 1)).toBe(`noun:${sensesOf('agreement', 'noun')[0]}`);
    expect(senseKey('agreement', 'noun', 99)).toBe(null);
  });

  it('tells whether a word is a kind of a meaning, through every hypernym', () => {
    const agreement = new Set([senseKey('agreement', 'noun', 1) as string]);
    expect(['treaty', 'pact', 'contract', 'accord', 'deal'].map((w) => isKindOf(w, 'noun', agreement))).toEqual([true, true, true, true, true]);
    expect(['meeting', 'talks', 'merger', 'table'].map((w) => isKindOf(w, 'noun', agreement))).toEqual([false, false, false, false]);
    // One sense only: "settlement" is first a colony, a kind of agreement only in its third sense.
    expect(isKindOf('settlement', 'noun', agreement, 1)).toBe(false);
    const [treaty] = synsetsOf('treaty', 'noun', 1);
    expect(treaty ? ancestorsOf(treaty).has(senseKey('agreement', 'noun', 1) as string) : null).toBe(true);
  });
});
