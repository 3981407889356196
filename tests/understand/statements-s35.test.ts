import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, kind] per statement, in reading order. */
const who = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'kind']);
/** [key, name, cue, content] per statement. */
const what = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'cue', 'content']);

describe('statements, session 19 (helper s35): the kinds the unseen set 35 missed', () => {
  it('a relative clause that ends by giving the speaker\'s name names the one who speaks', () => {
    expect(
      who([
        'Shoppers queued from eight.',
        'Another shopper, who would give only her first name, Ingrid, said the queue was short.',
        'One tenant, who asked to be identified only as Tomas, said the boiler had failed.',
        'Another, who gave only his first name, Callum, said he had not heard about the strike.',
      ]),
    ).toEqual([
      ['1.2', 'Ingrid', 'person'],
      ['1.3', 'Tomas', 'person'],
      ['1.4', 'Callum', 'person'],
    ]);
    // The clause's "her" gives the gender: a "she" next is Ingrid.
    expect(who(['Another shopper, who would give only her first name, Ingrid, said the queue was short.', 'She said the stalls were new.'])).toEqual([
      ['1.1', 'Ingrid', 'person'],
      ['1.2', 'Ingrid', 'person'],
    ]);
    // A relative clause that names a place, not the speaker, is skipped as before.
    expect(who(['One tenant, who moved here from Leeds, said the boiler had failed.'])).toEqual([['1.1', 'One tenant', 'person']]);
  });

  it('a verb of disputing with a demonstrative that closes the sentence reports its subject; denying bail stays an act', () => {
    expect(
      what([
        'The landlord said the rent was fair.',
        'Mr Quayle disputes that.',
        'The council denies this.',
        'The judge denied bail.',
        'Mr Quayle rejects that.',
      ]),
    ).toEqual([
      ['1.1', 'the landlord', 'said', 'the rent was fair'],
      ['1.2', 'Quayle', 'disputes', 'that'],
      ['1.3', 'the council', 'denies', 'this'],
    ]);
  });

  it('a document with an irregular participle between it and its verb reports, and "It also said" goes on with it', () => {
    expect(
      what([
        "The county's audit, read to the committee, found that the pumps had not been serviced for a year.",
        'It also said that two of the valves had failed.',
      ]),
    ).toEqual([
      ['1.1', "the county's audit", 'found', 'the pumps had not been serviced for a year'],
      ['1.2', "the county's audit", 'said', 'two of the valves had failed'],
    ]);
  });

  it('"wrote X, an analyst at the bank, in a note to clients" after a quote gives the quote and its continuation to X', () => {
    expect(
      who([
        'Analysts at Corr Bank expected a rise.',
        '"Scale is what matters here," wrote Ayla Brennick, an analyst at the bank, in a note to clients.',
        '"The rest is noise."',
      ]),
    ).toEqual([
      ['1.2', 'Ayla Brennick', 'person'],
      ['1.3', 'Ayla Brennick', 'person'],
    ]);
    expect(who(['"Scale is what matters here," said Ayla Brennick in an email to staff.'])).toEqual([['1.1', 'Ayla Brennick', 'person']]);
  });

  it('a bare body noun means the body that spoke last, a name shaped like a person\'s with a group\'s noun included', () => {
    expect(
      who([
        'Sea Crews United warned that a sale could mean cuts at the Harwick port.',
        'The union said it would ask the board for guarantees.',
      ]).slice(0, 2),
    ).toEqual([
      ['1.1', 'Sea Crews United', 'person'],
      ['1.2', 'Sea Crews United', 'organisation'],
    ]);
    // A body whose name says another kind is not what the noun means.
    expect(who(['Hale District Council said the road would shut.', 'The union said members would strike.'])).toEqual([
      ['1.1', 'Hale District Council', 'organisation'],
      ['1.2', 'the union', 'organisation'],
    ]);
  });

  it('a spokesperson for a bare body noun speaks for the body the sentence names before it', () => {
    expect(
      who([
        'A licence has not yet been sought from Maddock District Council, a spokesperson for the authority said.',
        '',
        'Stellick Estates said the rent was fair.',
        'A spokesman for the firm told the Echo that it had offered an extension.',
      ]),
    ).toEqual([
      ['1.1', 'Maddock District Council', 'organisation'],
      ['2.1', 'Stellick Estates', 'person'],
      ['2.2', 'a spokesman for the firm', 'person'],
    ]);
  });

  it('"the company" past a regulator and a place-named site is the company the release opened with', () => {
    expect(
      who([
        'PRESS RELEASE',
        '£9m upgrade for Saltby works',
        '',
        'Corlan Water today confirmed that work will begin in May on a £9 million upgrade of its Saltby works.',
        'The scheme will replace old filters.',
        '',
        '"This is the largest sum we have spent in the Saltby valley," said Ana Pell, the firm\'s director.',
        'Ms Pell said the works would stay open.',
        '',
        'The regulator, the Grain Standards Office, said in its annual report that Saltby had recorded two minor failures in 2023.',
        'The company says neither posed a risk to health.',
        '',
        'Bills will not rise, according to the company.',
      ]),
    ).toEqual([
      ['2.1', 'Corlan Water', 'person'],
      ['3.1', 'Ana Pell', 'person'],
      ['3.2', 'Ana Pell', 'person'],
      ['4.1', 'the Grain Standards Office', 'organisation'],
      ['4.2', 'Corlan Water', 'organisation'],
      ['5.1', 'Corlan Water', 'organisation'],
    ]);
  });

  it('appositions: a body\'s name after "the regulator", and the leader of a group "led by" a name', () => {
    expect(
      who([
        'The regulator, the Grain Standards Office, said in its latest review that the mill had failed two checks.',
        '',
        "Objectors, led by former captain Elsie Varn, argued that the pitch was the club's heart.",
        'She said: "We will fight this."',
      ]),
    ).toEqual([
      ['1.1', 'the Grain Standards Office', 'organisation'],
      ['2.1', 'Elsie Varn', 'person'],
      ['2.2', 'Elsie Varn', 'person'],
    ]);
  });

  it('an attribution set inside the clause ("Buyers, the guild said, are …") gives the phrase after the comma', () => {
    expect(
      who([
        "The Hale Clockmakers' Guild held its fair on Sunday.",
        'Buyers, the guild said, are willing to wait a year for a clock.',
        '',
        'Prices, the bank said, are likely to rise.',
        '',
        'The meat, Jane Doe said, was off.',
      ]),
    ).toEqual([
      ['1.2', "Hale Clockmakers' Guild", 'organisation'],
      ['2.1', 'the bank', 'organisation'],
      ['3.1', 'Jane Doe', 'person'],
    ]);
  });

  it('a document from a body ("Guidance from the X Association states that …") reports', () => {
    expect(what(['Guidance from the Hall Owners Association states that halls should consult neighbours before selling land.'])).toEqual([
      ['1.1', 'Guidance from the Hall Owners Association', 'states', 'halls should consult neighbours before selling land'],
    ]);
  });

  it('a reported clause may open with a figure after "about" or "over"; a topic after "about" stays none', () => {
    expect(
      what([
        'Photo: Volunteers clean the wheel. (Image: Farrow Mill Trust)',
        'The Farrow Mill Trust said about 300 people came, including pupils from two schools.',
        'The trust said over 40 volunteers had helped.',
        'The trust said little about the cost.',
      ]),
    ).toEqual([
      ['1.2', 'Farrow Mill Trust', 'said', 'about 300 people came, including pupils from two schools'],
      ['1.3', 'Farrow Mill Trust', 'said', 'over 40 volunteers had helped'],
      ['1.4', 'Farrow Mill Trust', 'said', 'little about the cost'],
    ]);
  });
});
