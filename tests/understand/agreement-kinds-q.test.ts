import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 10, round 2 (a16): kinds of miss named by the lead's unseen set 8, fixed by general
 * readings and checked on natural variants, in sentences of our own writing. Rows: key, parties,
 * status, the sentence a later mention refers to.
 */
describe('a passive acquisition stated as a later fact', () => {
  it('"was itself bought by", "was sold to"', () => {
    expect(
      rows(
        [
          'Dentwell runs 40 dental surgeries in the north.',
          'Dentwell was itself bought by the investment firm Carrick Partners in 2018.',
          '',
          'Its dairy unit was sold to Vale Milk.',
          'Ostra Foods was sold to the Marsh group in 2021.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.2', 'Dentwell | Carrick Partners', 'reached', null],
      ['2.1', 'Its dairy unit | Vale Milk', 'reached', null],
      ['2.2', 'Ostra Foods | Marsh group', 'reached', null],
    ]);
  });

  it('"were themselves taken over by"; "was sold" with no buyer is none', () => {
    expect(rows('Harl and Dunby were themselves taken over by Orvo in 2015.')).toEqual([['1.1', 'Harl | Dunby | Orvo', 'reached', null]]);
    expect(rows('The old mill was sold at auction in 2019.')).toEqual([]);
  });

  it('a plural possessor inside the description before the buyer: "was later sold to the farmers’ co-operative X"', () => {
    expect(rows('Its dairy unit was later sold to the farmers’ co-operative Vale Milk.')).toEqual([['1.1', 'Its dairy unit | Vale Milk', 'reached', null]]);
    expect(rows("Ostra Foods was bought by the growers' co-operative Vale Milk in 2020.")).toEqual([['1.1', 'Ostra Foods | Vale Milk', 'reached', null]]);
  });
});

describe('a deal called off', () => {
  it('"A planned merger of X\'s flour arm with Y was called off" → collapsed; a deal made, called off → voided', () => {
    expect(
      rows(
        [
          "A planned merger of Hallam's flour arm with Dunbar Mills was called off in 2021.",
          'The proposed takeover of Corvo by Marsh was called off last week.',
          '',
          'The merger of Pell and Dunbar was called off.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Hallam | Dunbar Mills', 'collapsed', null],
      ['1.2', 'Corvo | Marsh', 'collapsed', null],
      ['2.1', 'Pell | Dunbar Mills', 'voided', null],
    ]);
  });

  it('a planned deal scrapped collapsed; talks called off are no deal', () => {
    expect(rows('A planned takeover of Corvo by Marsh was scrapped.')).toEqual([['1.1', 'Corvo | Marsh', 'collapsed', null]]);
    expect(rows('Talks between Corvo and Marsh were called off.')).toEqual([]);
  });

  it('a part the party owns stands for it: "a merger of Hallam’s dairy unit with X was agreed"', () => {
    expect(rows('A merger of Hallam’s dairy unit with Dunbar Mills was agreed in May.')).toEqual([['1.1', 'Hallam | Dunbar Mills', 'reached', null]]);
  });
});

describe('whom a deal gives to: "a contract to supply flour to X", "to provide X with"', () => {
  it('supply, provide, sell, deliver (WordNet kinds of giving) name the other side', () => {
    expect(
      rows(
        [
          'Last year Hallam signed a ten-year contract to supply flour to the bakery chain Crumbs.',
          'Corvo signed a deal to provide the airline Skyra with fuel.',
          'Pell won a contract to deliver bread to Dunmore Hospital.',
          'Ostra has agreed a deal to sell its bakeries to Crumbs.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Hallam | Crumbs', 'signed', null],
      ['1.2', 'Corvo | Skyra', 'signed', null],
      ['1.3', 'Pell | Dunmore Hospital', 'reached', null],
      ['1.4', 'Ostra | Crumbs', 'reached', null],
    ]);
  });

  it('a verb that gives nothing names no other side', () => {
    expect(rows('Hallam signed a contract to build a bakery near Crumbs.')).toEqual([['1.1', 'Hallam', 'signed', null]]);
  });
});

describe('an offer to do something that makes no deal, refused', () => {
  it('"offered to redo the vote, an offer the campaigners rejected" is none; an offer to buy or pay is one', () => {
    expect(rows('The council offered to redo the vote, an offer the campaigners rejected.')).toEqual([]);
    expect(rows('The council offered to hold a second inquiry, an offer the families turned down.')).toEqual([]);
    expect(rows('Pell offered to buy the club, an offer the owners rejected.')).toEqual([['1.1', 'Pell | the owners', 'rejected', null]]);
    expect(rows('Skyline had earlier offered 4 per cent, an offer the union rejected.')).toEqual([['1.1', 'Skyline | the union', 'rejected', null]]);
  });
});

describe('a description resolves to a name of its own kind', () => {
  it('"the union" is not "The Maritime Authority", nor "the club" a hospitals trust; a name of the same kind still is', () => {
    expect(rows(['The Maritime Authority closed the port on Monday.', 'The union later signed a pay deal with the port owner, Selcombe Harbour.'].join('\n'))).toEqual([
      ['1.2', 'the union | Selcombe Harbour', 'signed', null],
    ]);
    expect(rows(['Ashgrove Hospitals Trust runs three hospitals.', 'The club signed a sponsorship deal with the brewer Pell.'].join('\n'))).toEqual([['1.2', 'the club | Pell', 'signed', null]]);
    expect(rows(['Ashgrove Hospitals Trust runs three hospitals.', 'The trust signed a deal with the brewer Pell.'].join('\n'))).toEqual([['1.2', 'Ashgrove Hospitals Trust | Pell', 'signed', null]]);
    expect(rows(['The Dockers Union called a strike.', 'The Maritime Authority closed the port.', 'The union signed a deal with Selcombe Harbour.'].join('\n'))).toEqual([
      ['1.3', 'Dockers Union | Selcombe Harbour', 'signed', null],
    ]);
  });

  it('a generic description ("the company", "the firm") still stands for "X Bank"', () => {
    expect(rows(['Drummond Bank reported higher profits on Monday.', 'The company signed a deal with the insurer Pellam Life.'].join('\n'))).toEqual([
      ['1.2', 'Drummond Bank | Pellam Life', 'signed', null],
    ]);
    expect(rows(['Drummond Bank reported higher profits on Monday.', 'The firm signed a deal with the insurer Pellam Life.'].join('\n'))).toEqual([
      ['1.2', 'Drummond Bank | Pellam Life', 'signed', null],
    ]);
  });

  it('"the county" after "the Tarrow County Sheriff\'s Office" is Tarrow County, not the campaign group', () => {
    expect(
      rows(["The Tarrow County Sheriff's Office faces a lawsuit from Open Tarrow, a campaign group.", 'The county signed a settlement with the group on Monday.'].join('\n')),
    ).toEqual([['1.2', 'Tarrow County | Open Tarrow', 'signed', null]]);
    expect(rows(['Open Tarrow, a campaign group, sued Tarrow County Council in May.', '', 'The county signed a settlement with the campaigners on Monday.'].join('\n'))).toEqual([
      ['2.1', 'Tarrow County | the campaigners', 'signed', null],
    ]);
  });
});

describe('a concession or franchise made with a named party is a contract', () => {
  it('"signed a 25-year concession with the utility firm X"; "Under the contract," names it', () => {
    expect(
      rows(
        [
          'Kelso Borough Council has signed a 25-year concession with the utility firm Fenwick Power to build and run a heat network.',
          'Under the contract, Fenwick will pipe heat to flats on the Moor and Vale estates.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Kelso Borough Council | Fenwick Power', 'signed', null],
      ['1.2', 'Kelso Borough Council | Fenwick Power', 'signed', '1.1'],
    ]);
  });

  it('"awarded a ten-year franchise to the bus operator X", "granted a franchise for the market to X"', () => {
    expect(rows('Ardley Council awarded a ten-year franchise to the bus operator Greyway to run routes in the town.')).toEqual([['1.1', 'Ardley Council | Greyway', 'reached', null]]);
    expect(rows('The council granted a franchise for the market to Pell Traders.')).toEqual([['1.1', 'the council | Pell Traders', 'reached', null]]);
  });

  it('the taker named before the deal: "has awarded Greyway a ten-year franchise"; "granted X a concession on fees" is none', () => {
    expect(rows('Ardley Council has awarded Greyway a ten-year franchise.')).toEqual([['1.1', 'Ardley Council | Greyway', 'reached', null]]);
    expect(rows('The council granted Pell Traders a concession to run the market.')).toEqual([['1.1', 'the council | Pell Traders', 'reached', null]]);
    expect(rows('The minister granted Pell a concession on fees.')).toEqual([]);
  });

  it('concessions made in a dispute, or a franchise won with no party named, are none', () => {
    expect(rows('The government made concessions to the strikers.')).toEqual([]);
    expect(rows('The union won a concession from the employer on overtime.')).toEqual([]);
    expect(rows('Greyway won the franchise in 2019.')).toEqual([]);
  });
});

describe('a plural body of a list of names', () => {
  it('"with the fire services of Alder and Brent" → each of them; a singular or a determined name stays whole', () => {
    expect(
      rows(
        [
          'Orbis has signed similar contracts with the fire services of Alder and Brent.',
          'Orbis signed a deal with the councils of Ardley, Brisk and Corran.',
          'Orbis signed a contract with the fire service of Alder.',
          'Orbis signed a deal with the government of Norland and the rebels.',
        ].join('\n'),
      ),
    ).toEqual([
      ['1.1', 'Orbis | Alder | Brent', 'signed', null],
      ['1.2', 'Orbis | Ardley | Brisk | Corran', 'signed', null],
      ['1.3', 'Orbis | the fire service of Alder', 'signed', null],
      ['1.4', 'Orbis | the government of Norland | the rebels', 'signed', null],
    ]);
  });
});

describe('a deal noun modifying another is one deal', () => {
  it('"renewed its sponsorship contract with the organisers": one agreement, the organisers being the festival', () => {
    expect(
      rows(['The Lanford festival opens on Friday.', "The festival's main sponsor, Harrow Bank, renewed its sponsorship contract with the organisers for two more years."].join('\n')),
    ).toEqual([['1.2', 'Harrow Bank | the festival', 'reached', null]]);
    expect(rows('Corvo signed a supply deal with Pell.')).toEqual([['1.1', 'Corvo | Pell', 'signed', null]]);
  });
});

describe('a passive main clause under a deal', () => {
  it('"had been broadcast by the channel X since 2001 under a partnership that ends in June" → subject | X, in force', () => {
    expect(
      rows(['The Lanford festival opens on Friday.', 'The festival had been broadcast by the public channel TV5 since 2001 under a partnership that ends in June.'].join('\n')),
    ).toEqual([['1.2', 'the festival | TV5', 'in force', null]]);
    expect(rows('The games are shown by the broadcaster Velo under a contract that runs until 2027.')).toEqual([['1.1', 'the games | Velo', 'in force', null]]);
  });

  it('a deal that ended is over', () => {
    expect(rows('Pell ran the canteen under a contract that ended in 2019.')).toEqual([['1.1', 'Pell', 'voided', null]]);
  });
});

describe('a party named by a possessor\'s role noun', () => {
  it('"A similar contract with Orbis\'s rival, Quantel, was cancelled" → Quantel (and the company the paragraph is about)', () => {
    expect(rows(['Orbis makes radios for emergency services.', "A similar contract with Orbis's rival, Quantel, was cancelled last year after a dispute."].join('\n'))).toEqual([
      ['1.2', 'Quantel | Orbis', 'voided', null],
    ]);
    expect(rows("A contract with Orbis's rival Quantel was cancelled last year.")).toEqual([['1.1', 'Quantel', 'voided', null]]);
  });

  it('"signed a deal with Orbis\'s parent, Quantel" → Quantel; "with Orbis\'s shareholders" stays Orbis', () => {
    expect(rows("Pell signed a deal with Orbis's parent, Quantel.")).toEqual([['1.1', 'Pell | Quantel', 'signed', null]]);
    expect(rows("Pell signed a deal with Orbis's shareholders.")).toEqual([['1.1', 'Pell | Orbis', 'signed', null]]);
  });
});

describe('a possessed deal with a phrase on what it is on, then a participle of its making', () => {
  it('"The chain\'s lease on its Leeds shop, signed with the landlord X in 2001, expires next year" → the chain named before | X, in force', () => {
    expect(
      rows(["Dunn & Co, the department store chain, will close four shops.", "The chain's lease on its Leeds shop, signed with the landlord Pell Estates in 2001, expires next year."].join('\n')),
    ).toEqual([['1.2', 'Dunn & Co | Pell Estates', 'in force', null]]);
  });

  it('an end ahead holds: "expires in June"', () => {
    expect(rows('The contract between Pell and Corvo expires in June.')).toEqual([['1.1', 'Pell | Corvo', 'in force', null]]);
  });
});
