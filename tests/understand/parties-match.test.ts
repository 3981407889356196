import { describe, expect, it } from 'vitest';
import { extraParties, partiesMatch } from '../../bench/facts/agreements.js';

// The agreement scorer's party test: what "parties right" in every agreement figure counts.
describe('partiesMatch (the agreement scorer)', () => {
  it('matches each gold party by equality or containment, ignoring case and a leading "the"', () => {
    expect(partiesMatch(['Corvel Foods', 'Oskerby Council'], ['the Corvel Foods', 'Oskerby'])).toBe(true);
    expect(partiesMatch(['Corvel Foods', 'Oskerby Council'], ['Corvel Foods'])).toBe(false);
  });

  it('reads a gold party with alternatives split by "|" as any one of them', () => {
    const gold = ['Pellory Rovers', 'Eastmere Stadium Trust|stadium trust'];
    expect(partiesMatch(gold, ['Pellory Rovers', "the town's stadium trust"])).toBe(true);
    expect(partiesMatch(gold, ['Pellory Rovers', 'Eastmere Stadium Trust'])).toBe(true);
    expect(partiesMatch(gold, ['Pellory Rovers', 'the town council'])).toBe(false);
  });

  it('counts the found sides that match no gold party, each once, which partiesMatch forgives', () => {
    const gold = ['Pellory Rovers', 'Eastmere Stadium Trust|stadium trust'];
    expect(extraParties(gold, ['Pellory Rovers', 'the stadium trust', 'Halvey Builders', 'halvey builders'])).toEqual(['Halvey Builders']);
    expect(partiesMatch(gold, ['Pellory Rovers', 'the stadium trust', 'Halvey Builders'])).toBe(true);
    expect(extraParties(gold, ['Pellory Rovers', 'Eastmere Stadium Trust'])).toEqual([]);
  });
});
