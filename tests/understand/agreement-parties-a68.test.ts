import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 27 (a68): the parties of a deal the sentence itself tells, in sentences of our own writing,
 * with the close negatives beside them.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Quobbin Launches signed a deal with Grisholm Salvage.'), 120_000);

describe('"X dealt with Y, but that deal …": the dealing the clause before "but" told', () => {
  const lede = 'Quobbin Launches signed a supply deal with Grisholm Salvage in May.\n';
  it('a name subject and its partner after "with": the two, not the deal the article reported before', () => {
    expect(rows(`${lede}Quobbin had worked with Trestwick Barges for years, but that deal was ended in 2024.`)).toEqual([
      ['1.1', 'Quobbin Launches | Grisholm Salvage', 'signed', null],
      ['1.2', 'Quobbin Launches | Trestwick Barges', 'voided', null],
    ]);
  });

  it('a partner set off after "with a rival,", a description subject: that partner, and the side the linked deal opens with', () => {
    expect(rows(`${lede}The firm had worked with a rival, Pellarby Towage, but that partnership collapsed in 2022.`)).toEqual([
      ['1.1', 'Quobbin Launches | Grisholm Salvage', 'signed', null],
      ['1.2', 'Quobbin Launches | Pellarby Towage', 'collapsed', null],
    ]);
  });

  it('a partner placed at a name ("from a boatyard at Ossley"): the placed phrase names the other side', () => {
    expect(rows(`${lede}Its owner tried to buy a tug from a boatyard at Ossley, but that deal fell apart.`)).toEqual([
      ['1.1', 'Quobbin Launches | Grisholm Salvage', 'signed', null],
      ['1.2', 'Quobbin Launches | boatyard at Ossley', 'collapsed', null],
    ]);
  });

  it('the partner already a side of the deal before: that deal, linked as before', () => {
    expect(rows(`${lede}Quobbin had worked with Grisholm for years, but that deal was ended in 2024.`)).toEqual([
      ['1.1', 'Quobbin Launches | Grisholm Salvage', 'signed', null],
      ['1.2', 'Quobbin Launches | Grisholm Salvage', 'voided', '1.1'],
    ]);
  });

  it('no "but" before the demonstrative (a sentence of its own): the deal before, as linked', () => {
    expect(rows(`${lede}Quobbin had worked with Trestwick Barges for years.\nThat deal was ended in 2024.`)).toEqual([
      ['1.1', 'Quobbin Launches | Grisholm Salvage', 'signed', null],
      ['1.3', 'Quobbin Launches | Grisholm Salvage', 'voided', '1.1'],
    ]);
  });
});

describe('"X did something with Y, under an agreement …": an indefinite deal the clause is done under', () => {
  const lede = 'Dunstraw Council has awarded a hedging contract to Quobbin Launches.\n';
  it('a name subject and whom it does the thing "to": the two, not the contract before', () => {
    expect(rows(`${lede}Quobbin Launches will subcontract some work to Pellarby Towage, under an agreement both firms signed in June.`)).toEqual([
      ['1.1', 'Dunstraw Council | Quobbin Launches', 'reached', null],
      ['1.2', 'Quobbin Launches | Pellarby Towage', 'in force', null],
    ]);
  });

  it('a subject that is no name ("The boats …"): the deal it is linked to stays', () => {
    expect(rows(`${lede}The boats will copy a hull pattern licensed from Trestwick Barges under an agreement made in 2021.`)).toEqual([
      ['1.1', 'Dunstraw Council | Quobbin Launches', 'reached', null],
      ['1.2', 'Dunstraw Council | Quobbin Launches', 'in force', '1.1'],
    ]);
  });

  it('whom it does the thing to already a side of the deal before: that deal', () => {
    expect(rows(`${lede}Quobbin will ship tiles to Dunstraw Council under a ten-year agreement.`)).toEqual([
      ['1.1', 'Dunstraw Council | Quobbin Launches', 'reached', null],
      ['1.2', 'Dunstraw Council | Quobbin Launches', 'reached', '1.1'],
    ]);
  });
});

describe('"X said it would … under its contract with Y": the possessor is the subject the sentence opens with', () => {
  const lede = 'Dunstraw Council has signed a ferry contract with Pellarby Towage.\n';
  it('a name opening the sentence owns "its" contract, not the article\'s main side', () => {
    expect(rows(`${lede}Quobbin Launches said it would go on running the night boat under its existing contract with Trestwick Barges.`)).toEqual([
      ['1.1', 'Dunstraw Council | Pellarby Towage', 'signed', null],
      ['1.2', 'Quobbin Launches | Trestwick Barges', 'in force', null],
    ]);
  });

  it('"Its" opening the sentence, no subject before it: the side read before stays', () => {
    expect(rows(`${lede}Its existing contract with Trestwick Barges ends in May.`)).toEqual([
      ['1.1', 'Dunstraw Council | Pellarby Towage', 'signed', null],
      ['1.2', 'Dunstraw Council | Trestwick Barges', 'in force', null],
    ]);
  });
});

describe('a role set off before the one side named, with where the role is held ("its former distributor in Ossley,")', () => {
  it('"X\'s previous supplier in the region, Y, had its contract terminated": X is the other side', () => {
    expect(rows("Dunstraw Foods signed a supply contract with Pellarby Towage in May.\nDunstraw's previous supplier in the region, Trestwick Barges, had its contract ended in February.")).toEqual([
      ['1.1', 'Dunstraw Foods | Pellarby Towage', 'signed', null],
      ['1.2', 'Trestwick Barges | Dunstraw Foods', 'voided', null],
    ]);
  });

  it('"X and its former distributor in Ossley, Y, settled": X (a name with "&") is the other side', () => {
    expect(rows('Grisholm & Quobbin and its former distributor in Ossley, Trestwick Barges, resolved an unrelated quarrel out of court in 2020.')).toEqual([
      ['1.1', 'Trestwick Barges | Grisholm & Quobbin', 'reached', null],
    ]);
  });

  it('a role of no possessor ("A supplier in the region, Y,"): no other side is made up', () => {
    // (No possessor is read from the role; since a87 (session 35) a deal of one side that names no other body is the lede's
    // protagonist's, as the blind sets label "The previous contractor, X, had its contract terminated" — `protagonistSides`.)
    expect(rows('Dunstraw Foods signed a supply contract with Pellarby Towage in May.\nA supplier in the region, Trestwick Barges, had its contract ended in February.')).toEqual([
      ['1.1', 'Dunstraw Foods | Pellarby Towage', 'signed', null],
      ['1.2', 'Dunstraw Foods | Trestwick Barges', 'voided', null],
    ]);
  });
});
