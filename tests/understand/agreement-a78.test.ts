import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 32 (a78): a deal's sides carried across its sentences. The article names one deal's two
 * bodies in different sentences; every sentence of the deal takes both. Sentences of our own
 * writing; every name invented.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Grimsett Jams signed a deal with Selvidge Foods.'), 120_000);

const PACT = [
  'Grimsett Jams has broken a five-year agreement to purchase every damson a group of valley growers picks, the growers say.',
  '',
  'The Otterburn Damson Growers\' Association signed the agreement with Grimsett Jams in 2023.',
  'Grimsett Jams denied breaking the agreement.',
].join('\n');
const PACT_HEADLINE = 'Growers accuse Grimsett Jams of breaking damson pact';

describe('a report of one side, and a later sentence naming both that points back at it', () => {
  it('takes both sides, the headline too', () => {
    expect(rows(PACT, PACT_HEADLINE).map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'the Otterburn Damson Growers\' Association | Grimsett Jams'],
      ['2.1', 'the Otterburn Damson Growers\' Association | Grimsett Jams'],
      ['2.2', 'the Otterburn Damson Growers\' Association | Grimsett Jams'],
      ['0.1', 'the Otterburn Damson Growers\' Association | Grimsett Jams'],
    ]);
  });

  it('leaves a deal set beside it, which names another body, with its own sides', () => {
    const more = `${PACT}\nGrimsett Jams also holds a separate agreement with Selvidge Foods to supply its shops.`;
    expect(rows(more, PACT_HEADLINE).find((r) => r[0] === '2.3')?.slice(0, 2)).toEqual(['2.3', 'Grimsett Jams | Selvidge Foods']);
  });
});

describe('two reports of one lease, each naming one body', () => {
  const LEASE = [
    'The weavers will stay in the old corn exchange after Pallisford District Council approved a fresh 20-year lease last week.',
    '',
    'Under the lease, the weavers will keep the roof sound.',
  ].join('\n');

  it('are one deal of the two bodies', () => {
    expect(rows(LEASE, 'Skelderby Weavers win lease on corn exchange').map((r) => r.slice(0, 2))).toEqual([
      ['0.1', 'Pallisford District Council | Skelderby Weavers'],
      ['1.1', 'Pallisford District Council | Skelderby Weavers'],
      ['2.1', 'Pallisford District Council | Skelderby Weavers'],
    ]);
  });

  // Session 39 (a94): the lease's other side is the subject of the clause the `after …` deal is told in; with two
  // weaving bodies in the headline it keeps the article's own words rather than picking one.
  it('are not, when the headline names a third body', () => {
    expect(rows(LEASE, 'Skelderby Weavers and Haddonsey Looms win lease on corn exchange').find((r) => r[0] === '2.1')?.[1]).toBe('Pallisford District Council | the weavers');
  });
});

describe('the subject of a term of the deal', () => {
  const PIT = [
    'Drewcombe Aggregates signed a 50-year lease on Monday that hands its disused pit to the Mossglen Otter Trust, which plans to flood it.',
    '',
    'Under the lease, the trust must mend every fence round the water.',
    'Larchfield Parish Council voted to support the plan.',
    'Drewcombe said the deal was good for the valley.',
  ].join('\n');

  it('is a side of the deal, and every sentence of it takes that side', () => {
    expect(rows(PIT).map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'Drewcombe Aggregates | Mossglen Otter Trust'],
      ['2.1', 'Drewcombe Aggregates | Mossglen Otter Trust'],
      ['2.3', 'Drewcombe Aggregates | Mossglen Otter Trust'],
    ]);
  });

  it('is no side when no body of the article fits its description', () => {
    const board = PIT.replace('the trust must', 'the board must');
    expect(rows(board).map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'Drewcombe Aggregates'],
      ['2.1', 'Drewcombe Aggregates'],
      ['2.3', 'Drewcombe Aggregates'],
    ]);
  });
});
