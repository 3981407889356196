import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue, mention] per statement, in reading order. */
const speakers = (body: string): string[][] => statementRows(body, ['name', 'cue', 'mention']);

/** Session 11 (lead): colon quotes with no verb of saying before the colon. Sentences of our own. */
describe('a colon quote whose clause has no verb of saying', () => {
  it('"the chairman was candid: "…"": a copula and an adjective; the subject speaks, a leading clause set off by its comma is skipped', () => {
    expect(
      speakers(
        [
          'When the judges retired, the chairman Tom Reilly was candid: “We got it wrong.',
          'We will do better next year.”',
          'Asked whether the county would pay, transport minister Ada Brent was blunt: “There is no money.”',
          'The verdict was unanimous: “Guilty on all counts.”',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Tom Reilly', 'candid', 'the chairman Tom Reilly'],
      ['1.2', 'Tom Reilly', 'candid', 'the chairman Tom Reilly'],
      ['1.3', 'Ada Brent', 'blunt', 'transport minister Ada Brent'],
    ]);
  });

  it('"His answer: "…"": a message noun owned by a pronoun; the owner speaks, the next sentence of the quote too', () => {
    expect(
      speakers(
        ['Fire chief Owen Hale was asked whether the station would close.', 'His answer: “Not while I am here.', 'We will fight it.”', 'Note: “The figures are provisional.”'].join('\n'),
      ),
    ).toEqual([
      ['1.2', 'Owen Hale', 'answer', 'His'],
      ['1.3', 'Owen Hale', 'answer', 'His'],
    ]);
  });
});
