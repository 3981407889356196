import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, kind] per statement, in reading order. */
const who = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'kind']);
/** [key, name, cue, content] per statement. */
const what = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'cue', 'content']);

describe('statements, session 19 (helper s36): datelines, appositions and documents', () => {
  it('a wire dateline before the subject is read past (the record\'s dateline reader), with an agency or a full date', () => {
    expect(who(["HALDEN, May 4 (Norland Wire) — Brisco Arenas, the operator of Halden's 9,000-seat ice rink, said on Tuesday that it would close in June."])).toEqual([
      ['1.1', 'Brisco Arenas', 'organisation'],
    ]);
    expect(what(['DUNMORE, June 2, 2026 — Tally, the travel app used by 2 million commuters, today announced that it will drop booking fees.'])).toEqual([
      ['1.1', 'Tally', 'announced', 'it will drop booking fees'],
    ]);
  });
  it('a reduced relative ("used by …") ends an apposed descriptor, and an -ing modifier inside it does not', () => {
    expect(who(['Railway, the rail ticketing app used by 3 million riders, today announced that it will cut fees.'])).toEqual([['1.1', 'Railway', 'organisation']]);
  });
  it('an age apposed to a new full name makes the person a later "she" means, over a woman who spoke before', () => {
    expect(
      who([
        'Prosecutor Nadia Ferrow told jurors that the roofer had taken deposits.',
        '"He took £900 and vanished," she said.',
        '',
        'Hilda Marsh, 83, gave evidence by video link.',
        'She told the court she had paid in cash.',
        '"I thought he was a nice young man," she said.',
      ]),
    ).toEqual([
      ['1.1', 'Nadia Ferrow', 'person'],
      ['1.2', 'Nadia Ferrow', 'person'],
      ['2.2', 'Hilda Marsh', 'person'],
      ['2.3', 'Hilda Marsh', 'person'],
    ]);
  });
  it('documents: an owned one with a participle, one after a subordinator, one before a time phrase', () => {
    expect(what(['Traders met after the town council raised fees.', 'A pitch will cost £40 a day, according to the council\'s published tariff.'])).toEqual([
      ['1.2', "the council's published tariff", 'according to', 'A pitch will cost £40 a day'],
    ]);
    expect(what(['Ferren Soaps has pulled its lavender bar after tests by the Food Safety Office found traces of lead.'])).toEqual([
      ['1.1', 'Food Safety Office tests', 'found', 'traces of lead'],
    ]);
    expect(what(["The club's own members' survey last spring showed that most members wanted the bar kept."])).toEqual([
      ['1.1', "the club's own members' survey", 'showed', 'most members wanted the bar kept'],
    ]);
  });
  it('an inverted speaker whose title joins two modifiers with "and", and the quote that goes on', () => {
    expect(
      who([
        'A stall will cost £30 a day, according to the council\'s published tariff.',
        '"We can barely pay for the van," said fish and chip shop owner Dara Pell, who has traded there since 1990.',
        '"Put the rent up and the hall will be empty."',
      ]),
    ).toEqual([
      ['1.1', "the council's published tariff", 'unknown'],
      ['1.2', 'Dara Pell', 'person'],
      ['1.3', 'Dara Pell', 'person'],
    ]);
  });
  it('people warning with an infinitive report it (WordNet: threaten is a kind of warn); a storm does not', () => {
    expect(what(["Stallholders at Brenton's 90-year-old covered fish market have threatened to stop trading for a week after the rise."])).toEqual([
      ['1.1', "Stallholders at Brenton's 90-year-old covered fish market", 'threatened', 'to stop trading for a week after the rise'],
    ]);
    expect(who(['Unions threatened to strike over the pay offer.'])).toEqual([['1.1', 'Unions', 'group']]);
    expect(who(['The storm threatened to flood the lower town.'])).toEqual([]);
  });
  it('a sign that "reads" speaks for no one, and a place inside its modifiers is no speaker', () => {
    expect(who(['A sign taped to the door of the Kell Street entrance reads: "Closed for repairs."'])).toEqual([]);
  });
});
