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

describe('the sides of an agreement named by the agreement', () => {
  const venture = 'Corlan Steel and Mirren Power set up a joint venture in 2020.\n';
  it('"The venture\'s partners", "the partners in the venture", "the two firms in the venture": the parties of the venture found before', () => {
    expect(rows(`${venture}The venture's partners signed a deal with Baltic Alloys.`)).toEqual([
      ['1.1', 'Corlan Steel | Mirren Power', 'reached', null],
      ['1.2', 'Corlan Steel | Mirren Power | Baltic Alloys', 'signed', null],
    ]);
    expect(rows(`${venture}The partners in the venture have signed a deal with Baltic Alloys.`)).toEqual([
      ['1.1', 'Corlan Steel | Mirren Power', 'reached', null],
      ['1.2', 'Corlan Steel | Mirren Power | Baltic Alloys', 'signed', null],
    ]);
    expect(rows(`${venture}The two firms in the venture signed a deal with Baltic Alloys.`)).toEqual([
      ['1.1', 'Corlan Steel | Mirren Power', 'reached', null],
      ['1.2', 'Corlan Steel | Mirren Power | Baltic Alloys', 'signed', null],
    ]);
    // No venture found before: the description stays.
    expect(rows("Corlan Steel has a new owner.\nThe venture's partners signed a deal with Baltic Alloys.")).toEqual([['1.2', 'the venture | Baltic Alloys', 'signed', null]]);
  });
});

describe('which agreement a status belongs to', () => {
  it('"X\'s contract for the hotel, which it ran for the town council, was terminated": the contract of this sentence with its own parties', () => {
    expect(rows("Pellow Foods has agreed to supply school meals to Marston County Council.\nPellow's cleaning contract for the Bayside Library, which it held for the Harbour Trust, was terminated in June.")).toEqual([
      ['1.1', 'Pellow Foods | Marston County Council', 'reached', null],
      ['1.2', 'Pellow Foods | Harbour Trust', 'voided', null],
    ]);
    expect(rows("Orland's management contract for the Rivermead Hotel, which it ran for the town council, was terminated in March.")).toEqual([['1.1', 'Orland | the town council', 'voided', null]]);
    // "for ten years" names nobody.
    expect(rows("Orland's management contract for the Rivermead Hotel, which it ran for ten years, was terminated in March.")).toEqual([['1.1', 'Orland', 'voided', null]]);
  });
});

describe('a deal signed in a participle set off by commas', () => {
  const sale = 'Corvane Textiles has sold its warehouse to Tessel Capital.\n';
  it('"The deal, signed in Leeds on Monday, gives …": a time of the news itself reports the signing (blind-3\'s "signed … last October, allows" is signed too)', () => {
    expect(rows(`${sale}The deal, signed in Leeds on Monday, gives Corvane the right to buy it back.`)).toEqual([
      ['1.1', 'Corvane Textiles | Tessel Capital', 'reached', null],
      ['1.2', 'Corvane Textiles | Tessel Capital', 'signed', '1.1'],
    ]);
    expect(rows(`${sale}The deal, signed last week, gives Corvane the right to buy it back.`)).toEqual([
      ['1.1', 'Corvane Textiles | Tessel Capital', 'reached', null],
      ['1.2', 'Corvane Textiles | Tessel Capital', 'signed', '1.1'],
    ]);
  });

  it('"The deal, signed in 2017, gives …": a deal signed long ago is in force; what it gives is a term of it, no agreement of its own', () => {
    expect(rows(`${sale}The deal, signed in 2017, gives Corvane the right to buy it back.`)).toEqual([
      ['1.1', 'Corvane Textiles | Tessel Capital', 'reached', null],
      ['1.2', 'Corvane Textiles | Tessel Capital', 'in force', '1.1'],
    ]);
    expect(rows(`${sale}The deal gives Corvane an option to buy it back.`)).toEqual([
      ['1.1', 'Corvane Textiles | Tessel Capital', 'reached', null],
      ['1.2', 'Corvane Textiles | Tessel Capital', 'reached', '1.1'],
    ]);
  });
});

describe('what a clause joined after a deal says became of it', () => {
  const pact = 'Islay Ferries and the Jura Trust have agreed to share a booking office in Port Askaig.\n';
  it('"The two parties made a similar arrangement in 2016, but it fell apart": collapsed, between the two named before', () => {
    expect(rows(`${pact}The two parties made a similar arrangement in 2016, but it fell apart within a year.`)).toEqual([
      ['1.1', 'Islay Ferries | the Jura Trust', 'reached', null],
      ['1.2', 'Islay Ferries | the Jura Trust', 'collapsed', '1.1'],
    ]);
    expect(rows(`${pact}The two parties made a similar arrangement in 2016, but it broke down within a year.`)).toEqual([
      ['1.1', 'Islay Ferries | the Jura Trust', 'reached', null],
      ['1.2', 'Islay Ferries | the Jura Trust', 'collapsed', '1.1'],
    ]);
    // With no fate told, the similar arrangement the two made is a deal of their own, reached (session 35, a86:
    // "a similar …", "a separate …" name a deal distinct from the news' one, not no deal).
    expect(rows(`${pact}The two parties made a similar arrangement in 2016.`)).toEqual([
      ['1.1', 'Islay Ferries | the Jura Trust', 'reached', null],
      ['1.2', 'Islay Ferries | the Jura Trust', 'reached', null],
    ]);
  });

  it('"signed a deal with X in 2016, but it was cancelled": the end told after "but it" is the status; a deal that lasts keeps its own', () => {
    expect(rows('Islay Ferries signed a deal with Jura Trust in 2016, but it was cancelled a year later.')).toEqual([['1.1', 'Islay Ferries | Jura Trust', 'voided', null]]);
    expect(rows('Islay Ferries signed a deal with Jura Trust in 2016, and it runs until 2030.')).toEqual([['1.1', 'Islay Ferries | Jura Trust', 'signed', null]]);
  });
});

describe('members stand for their body', () => {
  it('"Fellside members approved …": members (WordNet\'s member.n.01) stand for the body named in front of them, with its fuller name named before', () => {
    expect(rows('Fellside Bowls Club was founded in 1921.\nFellside members approved a merger with the Arden Bowls Club on Tuesday.')).toEqual([['1.2', 'Fellside Bowls Club | Arden Bowls Club', 'approved', null]]);
    expect(rows('Fellside members approved a merger with the Arden Bowls Club on Tuesday.')).toEqual([['1.1', 'Fellside | Arden Bowls Club', 'approved', null]]);
    expect(rows('Members of the Arden Bowls Club approved the merger with Fellside on Tuesday.')).toEqual([['1.1', 'the Arden Bowls Club | Fellside', 'approved', null]]);
    // An adjective ("Welsh") or a kind of member acting for another body ("Labour councillors") names no body.
    expect(rows('Welsh members approved a merger with the Arden Bowls Club on Tuesday.')).toEqual([['1.1', 'Welsh members | Arden Bowls Club', 'approved', null]]);
    expect(rows('Labour councillors approved a merger with the Arden Bowls Club on Tuesday.')).toEqual([['1.1', 'Labour councillors | Arden Bowls Club', 'approved', null]]);
  });

  it('"Members voted to accept …" after "The Bakers\' Guild balloted its members": bare members are the organisation the sentence before names', () => {
    expect(rows("The Bakers' Guild balloted its members last month.\nMembers voted to accept a pay deal with Hollin Mills on Friday.")).toEqual([['1.2', "Bakers' Guild | Hollin Mills", 'ratified', null]]);
    expect(rows("The Bakers' Guild balloted its members last month.\nThe members voted to accept a pay deal with Hollin Mills on Friday.")).toEqual([['1.2', "Bakers' Guild | Hollin Mills", 'ratified', null]]);
    // The only body before is the other side: members stay unresolved.
    expect(rows('Hollin Mills made a new offer last month.\nMembers voted to accept a pay deal with Hollin Mills on Friday.')).toEqual([['1.2', 'Members | Hollin Mills', 'ratified', null]]);
  });

  it('"Dunmore\'s board rejected …" after "Dunmore Drug": a body of an organisation stands for its fuller name named before', () => {
    expect(rows('Dunmore Drug has 40 shops.\nDunmore\'s board rejected a $260 million offer from Carewell in September.')).toEqual([['1.2', 'Dunmore Drug | Carewell', 'rejected', null]]);
  });
});
