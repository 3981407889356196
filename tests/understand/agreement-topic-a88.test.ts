import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 36 (a88): "the company", "the firm" (a generic organisation noun no name was introduced
 * with) opening a sentence stands for the body the text is about — the name the nearest sentence
 * before opens with — not a body named since in another role (`resolveDescription`'s topic); "Its …"
 * opening a paragraph is the owner the last sentence before opens with. Rows: key, parties, status,
 * the sentence referred to.
 */
const lede = 'Brackwell Pottery has signed a ten-year chapel lease with the Quenby Estate.\n';

describe('a generic description opening a sentence is the topic, not the body named last', () => {
  it('"The firm has also agreed …" after a sentence about the pottery that names a gallery', () => {
    const body = `${lede}\nBrackwell Pottery, founded in 2011, sells most of its mugs through the Harbour Gallery in Penmorrow.\nThe firm has also agreed a glaze supply deal with Ormsby Clayworks.`;
    expect(rows(body)).toEqual([
      ['1.1', 'Brackwell Pottery | Quenby Estate', 'signed', null],
      ['2.2', 'Brackwell Pottery | Ormsby Clayworks', 'reached', null],
    ]);
  });
  it('after a phrase of time: "In 2023 the company settled …"', () => {
    const body = `${lede}\nBrackwell Pottery sells most of its mugs through the Harbour Gallery in Penmorrow.\nIn 2023 the company settled a dispute with Ormsby Clayworks over late glaze deliveries.`;
    expect(rows(body).at(-1)).toEqual(['2.2', 'Brackwell Pottery | Ormsby Clayworks', 'reached', null]);
  });
  it('"The company said it had agreed …": the speaker the description stands for, not the last body that spoke', () => {
    const body = `${lede}The landlord, Quenby Holdings, said the chapel had been unused for years.\n\nBrackwell Pottery, founded in 2011, sells most of its mugs through the Harbour Gallery in Penmorrow.\nThe company said it had agreed a glaze supply deal with Ormsby Clayworks.`;
    expect(rows(body).at(-1)).toEqual(['2.2', 'Brackwell Pottery | Ormsby Clayworks', 'reached', null]);
  });
});

describe('a sentence adverb before the name the sentence opens with', () => {
  it('"Separately, the Rovers signed …" is about the Rovers: "The team\'s shirt contract …" is theirs, not the side named last', () => {
    const body =
      "The Penmorrow Rovers and the town's stadium trust have agreed a new ground lease.\nThe lease has yet to go before the Borough Council.\n\n" +
      "The trust's board also voted to relay the pitch.\n\n" +
      'Separately, the Rovers signed a two-year feeder agreement with the Harbour Otters, an amateur side.\nThe team\'s shirt contract with Quenby Bank was ended in January.';
    expect(rows(body).at(-1)).toEqual(['3.2', 'Rovers | Quenby Bank', 'voided', null]);
  });
});

describe('"Its …" opening a paragraph', () => {
  it('is the owner the last sentence of the paragraph before opens with, past a participle phrase', () => {
    const body = `${lede}The estate's agent said the chapel had been unused since 2015.\n\nOrmsby Clayworks, founded in 1980 in a converted mill, sells glazes to potters across the county.\n\nIts supply contract with the Harbour Gallery runs until 2028.`;
    expect(rows(body)).toEqual([
      ['1.1', 'Brackwell Pottery | Quenby Estate', 'signed', null],
      ['3.1', 'Ormsby Clayworks | Harbour Gallery', 'in force', null],
    ]);
  });
});
