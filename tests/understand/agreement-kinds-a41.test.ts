import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 17 (a41): terms read under a memorandum after page furniture, "In return, the company
 * will …" for a party known by a description, a board standing for its organisation — each kind
 * in sentences of our own writing (rows: key, parties, status, the sentence a later mention refers
 * to), with close negatives.
 */
describe('"Under the MoU, …" several sentences and page furniture after the memorandum', () => {
  const lede = 'Pellan Ports signed a memorandum of understanding with Ostrava Shipping on Monday.\nThe two firms have worked together since the port reopened.\nPellan Ports handles most of the grain that leaves the estuary.';

  it('its initials name the memorandum of understanding, past an "Advertisement" line', () => {
    expect(rows(`${lede}\n\nAdvertisement\n\nUnder the MoU, Ostrava Shipping will route four vessels a week through the harbour.`)).toEqual([
      ['1.1', 'Pellan Ports | Ostrava Shipping', 'signed', null],
      ['3.1', 'Pellan Ports | Ostrava Shipping', 'signed', '1.1'],
    ]);
  });

  it('furniture lines are not counted toward the eight sentences the deal may lie back', () => {
    const filler = ['Grain prices rose in the spring.', 'The estuary silts up each winter.', 'Ship sizes have grown.', 'Rail links are slow.', 'Fog closed the harbour twice.'].join('\n');
    // Eight sentences on, two furniture lines between.
    expect(rows(`${lede}\n\nShare this article\n\n${filler}\n\nAdvertisement\n\nUnder the MoU, Ostrava Shipping will route four vessels a week.`)).toEqual([
      ['1.1', 'Pellan Ports | Ostrava Shipping', 'signed', null],
      ['5.1', 'Pellan Ports | Ostrava Shipping', 'signed', '1.1'],
    ]);
    // Nine sentences on is too far.
    expect(rows(`${lede}\n\n${filler}\nCargo fell.\n\nUnder the MoU, Ostrava Shipping will route four vessels a week.`)).toEqual([['1.1', 'Pellan Ports | Ostrava Shipping', 'signed', null]]);
  });

  it('initials of no deal, or of a name, are nothing', () => {
    expect(rows('Pellan Ports signed a supply contract with Ostrava Shipping on Monday.\nUnder the MoU, Ostrava Shipping will route four vessels a week.')).toEqual([['1.1', 'Pellan Ports | Ostrava Shipping', 'signed', null]]);
    expect(rows('Ealing United signed a deal with Marsh Town on Monday.\nUnder the EU, each club will share its pitch.')).toEqual([['1.1', 'Ealing United | Marsh Town', 'signed', null]]);
  });

  it('a WordNet synonym of the deal\'s noun ("the memo" for "a memorandum") names it; a plan never', () => {
    expect(rows('Halden Energy signed a memorandum with Marrick Gas on Monday.\nGas prices have doubled.\n\nShare this article\n\nUnder the memo, Marrick Gas will store fuel at the Halden terminal.')).toEqual([
      ['1.1', 'Halden Energy | Marrick Gas', 'signed', null],
      ['3.1', 'Halden Energy | Marrick Gas', 'signed', '1.1'],
    ]);
    expect(rows('Marlow Council agreed a programme with Fenn Homes.\nUnder the plan, the council will build 200 homes.')).toEqual([['1.1', 'Marlow Council | Fenn Homes', 'reached', null]]);
    expect(rows('Tarrow Council published its spending plan on Monday.\nUnder the plan, the council will close two libraries.')).toEqual([]);
  });
});

describe('"In return, the company will …": a party known by a description', () => {
  it('a generic noun ("the company") the description reader resolves to a party, with one aside between', () => {
    expect(rows('Brenna Health signed a ten-year supply contract with Lantry Freight on Tuesday.\nThe haulier runs 300 lorries from its depot in Carlow.\nIn return, the company will deliver to every clinic within a day.')).toEqual([
      ['1.1', 'Brenna Health | Lantry Freight', 'signed', null],
      ['1.3', 'Brenna Health | Lantry Freight', 'signed', '1.1'],
    ]);
    expect(rows('Brenna Health signed a supply contract with Lantry Freight on Tuesday.\nIn return, the company will deliver to every clinic within a day.')).toEqual([
      ['1.1', 'Brenna Health | Lantry Freight', 'signed', null],
      ['1.2', 'Brenna Health | Lantry Freight', 'signed', '1.1'],
    ]);
  });

  it('a noun a party was introduced with ("the oldest club in the league")', () => {
    expect(rows('Dorran Rovers, the oldest club in the league, agreed a sponsorship deal with Velt Brewing.\nIn exchange, the club will wear the logo on its shirts.')).toEqual([
      ['1.1', 'Dorran Rovers | Velt Brewing', 'reached', null],
      ['1.2', 'Dorran Rovers | Velt Brewing', 'reached', '1.1'],
    ]);
  });

  it('a body no party was introduced as, a person, or an aside naming another body: no term', () => {
    const deal = 'Brenna Health signed a supply contract with Lantry Freight on Tuesday.';
    const signed = [['1.1', 'Brenna Health | Lantry Freight', 'signed', null]];
    expect(rows(`${deal}\nIn return, the union will drop its strike.`)).toEqual(signed);
    expect(rows(`${deal}\nIn return, the council will inspect the depot every year.`)).toEqual(signed);
    expect(rows(`${deal}\nIn return, the minister will inspect the depot every year.`)).toEqual(signed);
    expect(rows(`${deal}\nMarlow Council awarded the haulier a grant.\nIn return, the company will keep its depot in the town.`)).toEqual(signed);
    // Two sentences between: too far.
    expect(rows(`${deal}\nThe haulier runs 300 lorries.\nIts depot is in Carlow.\nIn return, the company will deliver within a day.`)).toEqual(signed);
  });
});

describe('a board stands for the organisation it runs', () => {
  it('"The board of X", "the X board" approving a merger: X and the other side', () => {
    expect(rows('The board of Orrin Wells approved the merger with Castel Bay on Thursday.')).toEqual([['1.1', 'Orrin Wells | Castel Bay', 'approved', null]]);
    expect(rows('The Orrin Wells board approved the merger with Castel Bay.')).toEqual([['1.1', 'Orrin Wells | Castel Bay', 'approved', null]]);
    expect(rows("Orrin Wells's board approved the merger with Castel Bay.")).toEqual([['1.1', 'Orrin Wells | Castel Bay', 'approved', null]]);
    expect(rows('The board of Orrin Wells rejected the offer from Castel Bay on Monday.')).toEqual([['1.1', 'Orrin Wells | Castel Bay', 'rejected', null]]);
    expect(rows('The directors of Orrin Wells signed the merger agreement with Castel Bay.')).toEqual([['1.1', 'Orrin Wells | Castel Bay', 'signed', null]]);
  });

  it('a board that only meets to consider an offer makes no agreement', () => {
    expect(rows('The board of Orrin Wells will meet on Tuesday to consider the offer from Castel Bay.\nCastel Bay has offered 140p a share.')).toEqual([]);
  });

  it('a place or an island "of" a name is no organ of it', () => {
    expect(rows('Kestrel Air and the island of Varna signed a tourism pact on Friday.')).toEqual([['1.1', 'Kestrel Air | the island of Varna', 'signed', null]]);
  });
});
