import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 39 (a95): agreement status, the sentence's own news over the deal's. Sentences of our own writing;
 * every name invented.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Olvey Ferries signed a deal with Drellow Coaches.'), 120_000);

describe('a demonstrative after an earlier offer turned down', () => {
  it('"This contract is …" means the contract ratified, not the earlier offer rejected just before', () => {
    const body = [
      'Crane drivers at Olvey Docks on Friday voted to ratify the two-year dock contract, which ends a ten-day walkout.',
      "Members of the Hoistmen's Union backed the agreement by 112 votes to 20, the union said.",
      '',
      'Back in May the crane drivers threw out an earlier pay offer worth 2 per cent.',
      '',
      '"This contract is a fair one, and the cranes will turn again on Monday," said branch secretary Idris Wenlow.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', "the Hoistmen's Union | Olvey Docks", 'ratified', null],
      ['1.2', "the Hoistmen's Union | Olvey Docks", 'ratified', '1.1'],
      ['2.1', "the Hoistmen's Union | Olvey Docks", 'rejected', '1.1'],
      ['3.1', "the Hoistmen's Union | Olvey Docks", 'ratified', '1.1'],
    ]);
  });
});

describe('what a deal provides, joined to what became of it', () => {
  it('"runs for four years … and was approved by …" is approved, not in force', () => {
    const body = ['Olvey Ferries has signed a booking contract with Drellow Coaches.', 'The contract runs for four years at first and was approved by the Drellow board on Tuesday.'].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Olvey Ferries | Drellow Coaches', 'signed', null],
      ['1.2', 'Olvey Ferries | Drellow Coaches', 'approved', '1.1'],
    ]);
  });
});

describe('a breach named in a quotation', () => {
  it('"a plain and repeated breach" of the contract breaches it, the quotation closed on the noun', () => {
    const body = ['Olvey Ferries signed a cleaning contract with Drellow Services in 2021.', 'An adjudicator ruled that the late invoices were "a plain and repeated breach" of the contract.'].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Olvey Ferries | Drellow Services', 'signed', null],
      ['1.2', 'Olvey Ferries | Drellow Services', 'breached', '1.1'],
    ]);
  });
});

describe('a side falling short of what the deal sets out', () => {
  const signed = 'Olvey Parish Council signed a verge mowing contract with Drellow Services in 2021.';

  it('"had failed to cut the verges at the intervals required by the contract" breaches it', () => {
    expect(rows([signed, 'The parish clerk said Drellow Services had failed to cut the verges at the intervals required by the contract.'].join('\n'))).toEqual([
      ['1.1', 'Olvey Parish Council | Drellow Services', 'signed', null],
      ['1.2', 'Olvey Parish Council | Drellow Services', 'breached', '1.1'],
    ]);
  });

  it('"had missed the deadlines set out in the contract" breaches it', () => {
    expect(rows([signed, 'The parish clerk said Drellow Services had missed the deadlines set out in the contract twice last summer.'].join('\n'))).toEqual([
      ['1.1', 'Olvey Parish Council | Drellow Services', 'signed', null],
      ['1.2', 'Olvey Parish Council | Drellow Services', 'breached', '1.1'],
    ]);
  });
});

describe('a deal falling apart, reported without "that"', () => {
  it('"X said the deal fell apart in June" is collapsed, not a plain mention', () => {
    const body = ['Olvey Quarries agreed in March to merge with Drellow Stone.', '', 'Two bankers who advised Olvey said the deal fell apart in June.'].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Olvey Quarries | Drellow Stone', 'reached', null],
      ['2.1', 'Olvey Quarries | Drellow Stone', 'collapsed', '1.1'],
    ]);
  });
});

describe('a side denying a breach', () => {
  it('"denied breaking the pact" after a claim of breach leaves the pact in force', () => {
    const body = [
      'Olvey Orchards signed a ten-year supply pact with Drellow Cider in 2020.',
      'Drellow Cider accused Olvey Orchards of breaching the pact in March.',
      '',
      'Olvey Orchards denied breaking the pact and said a clause let it sell windfalls elsewhere.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Olvey Orchards | Drellow Cider', 'signed', null],
      ['1.2', 'Olvey Orchards | Drellow Cider', 'breached', '1.1'],
      ['2.1', 'Olvey Orchards | Drellow Cider', 'in force', '1.1'],
    ]);
  });
});

describe('what a deal bound its sides to, told in the past', () => {
  it('"The contract required the stallholders to …" after the contract was ended is in force, not voided', () => {
    const body = [
      'Olvey Council signed a market franchise contract with Drellow Stalls in 2020.',
      'The council ended the contract in May after complaints about litter.',
      '',
      'The contract required the stallholders to clear the square by six each evening.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Olvey Council | Drellow Stalls', 'signed', null],
      ['1.2', 'Olvey Council | Drellow Stalls', 'voided', '1.1'],
      ['2.1', 'Olvey Council | Drellow Stalls', 'in force', '1.1'],
    ]);
  });
});
