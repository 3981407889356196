import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 15 round 1 (a31): agreement parties and status in sentences of our own writing (rows:
 * key, parties, status, the sentence a later mention refers to), with the close negatives beside them.
 */
describe('descriptions resolved to the body this article names', () => {
  it('"X, a racing circuit near Ayr, …. The circuit signed …": an apposition closed by any preposition describes the name', () => {
    expect(rows('Dunhill Park, a racing circuit near Ayr, has a new owner.\nThe circuit signed a deal with the Kestrel Series.')).toEqual([['1.2', 'Dunhill Park | the Kestrel Series', 'signed', null]]);
    expect(rows('Dunhill Park, a racing circuit outside Ayr, has a new owner.\nThe circuit signed a deal with the Kestrel Series.')).toEqual([['1.2', 'Dunhill Park | the Kestrel Series', 'signed', null]]);
    expect(rows('Dunhill Park, a racing circuit, has a new owner.\nThe circuit signed a deal with the Kestrel Series.')).toEqual([['1.2', 'Dunhill Park | the Kestrel Series', 'signed', null]]);
    // Nothing introduced as a circuit: the description stays.
    expect(rows('Dunhill Park has a new owner.\nThe circuit signed a deal with the Kestrel Series.')).toEqual([['1.2', 'the circuit | the Kestrel Series', 'signed', null]]);
  });
});
