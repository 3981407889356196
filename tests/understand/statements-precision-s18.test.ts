import { describe, expect, it } from 'vitest';
import { asksWhether, offenceAct, offenceNoun, pleaVerb, viewLemma } from '../../src/understand/lexicon.js';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/** [key, name, cue] per statement, in reading order. */
function said(body: string): string[][] {
  const out: string[][] = [];
  for (const [k, sts] of extractStatements(docOf(body))) for (const s of sts) out.push([k, s.speaker.name, s.cue]);
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!, 'en', { numeric: true }));
}

describe('an inquiry done is no question put (WordNet: a communication sense that is a kind of a cognition one)', () => {
  it('tells asking verbs from investigating ones', () => {
    expect(['query', 'inquire', 'investigate', 'determine', 'examine', 'debate'].filter(asksWhether)).toEqual(['query', 'inquire']);
  });
  it('"is investigating whether" reports nobody; "queried whether" still does', () => {
    expect(said('The ombudsman is investigating whether the council ignored the complaints.')).toEqual([]);
    expect(said('The ombudsman queried whether the council had read the complaints.')).toEqual([['1.1', 'the ombudsman', 'queried']]);
  });
});

describe('a plea is the article\'s own voice (admitting or denying an offence, WordNet)', () => {
  it('reads the verbs and the offences', () => {
    expect(['admitted', 'denies', 'confessed', 'said', 'rejected'].filter(pleaVerb)).toEqual(['admitted', 'denies', 'confessed']);
    expect(['charges', 'offences', 'theft', 'fraud', 'allegations', 'claim', 'wrongdoing', 'liability'].filter(offenceNoun)).toEqual(['charges', 'offences', 'theft', 'fraud']);
    expect(['assaulting', 'breaching', 'stealing', 'taking', 'breaking', 'lying'].filter(offenceAct)).toEqual(['assaulting', 'breaching', 'stealing']);
  });
  it('counts, charges, offences and an offence done are pleas', () => {
    expect(said('Ryan Colley denies two counts of burglary.')).toEqual([]);
    expect(said('Mr Colley, 31, admitted stealing a van from the depot.')).toEqual([]);
    expect(said('The landlord admitted nine offences at an earlier hearing.')).toEqual([]);
    expect(said('Ms Tarrant denies the charges.')).toEqual([]);
  });
  it('a clause, a claim, allegations or a deed that is no offence stay statements', () => {
    expect(said('Mr Colley admitted that he had lied to the police.')).toEqual([['1.1', 'Colley', 'admitted']]);
    expect(said('Ryan Colley denied allegations of burglary.')).toEqual([['1.1', 'Ryan Colley', 'denied']]);
    expect(said('The brewery denied the claim.')).toEqual([['1.1', 'the brewery', 'denied']]);
    expect(said('Ryan Colley has always denied taking the keys.')).toEqual([['1.1', 'Ryan Colley', 'denied']]);
  });
});

describe('a view or a finding reports a clause without "that", or an object with an infinitive (WordNet, viewLemma)', () => {
  it('reads the verbs', () => {
    expect(['believe', 'expect', 'find', 'fear', 'want', 'accept', 'reject', 'say', 'show', 'know'].filter(viewLemma)).toEqual(['believe', 'expect', 'find']);
  });
  it('"Surveyors found the roof had …", "Economists expect the strike to …"', () => {
    expect(said('Surveyors found the roof of the old mill had been patched with tin.')).toEqual([['1.1', 'Surveyors', 'found']]);
    expect(said('Economists at Tarvin Bank expect the strike to cut output by 2%.')).toEqual([['1.1', 'Economists at Tarvin Bank', 'expect']]);
  });
  it('only a group of people reports so: a club accepting an offer, or a view inside someone\'s words, reports nothing more', () => {
    expect(said('Dorran had accepted Wexley’s second offer last week after turning down two earlier bids.')).toEqual([]);
    expect(said('Shareholders of Kelmont Mills rejected the board’s proposed sale to Orbis, with 58 percent voting against.')).toEqual([]);
    expect(said('Brokers who trade the bonds said they expected rates to rise again.')).toEqual([['1.1', 'Brokers', 'said']]);
  });
  it('a free relative is the thing found, and a view inside a "when" clause is no report', () => {
    expect(said('Divers have found what may be the hull of a Roman barge.')).toEqual([]);
    expect(said('Fares rise each spring when the operator feels it can charge more.')).toEqual([]);
  });
});

describe('a hyphenated role WordNet does not list is a kind of its last part', () => {
  it('"its vice-chancellor announced" has a speaker', () => {
    expect(said('Brenmoor University will close its music school, its vice-chancellor announced on Friday.')).toEqual([['1.1', 'its vice-chancellor', 'announced']]);
  });
});

describe('evidence a criminal trial heard before anyone is named', () => {
  /** [key, name, mention, cue] per statement. */
  const heard = (body: string): string[][] => {
    const out: string[][] = [];
    for (const [k, sts] of extractStatements(docOf(body))) for (const s of sts) out.push([k, s.speaker.name, s.speaker.mention, s.cue]);
    return out.sort((a, b) => a[0]!.localeCompare(b[0]!, 'en', { numeric: true }));
  };
  it('is the prosecution\'s when the report names no one who spoke (a plea is nobody\'s words)', () => {
    expect(heard('A carer took £9,000 from a pensioner\'s account over two years, a jury was told.\nLena Hollis, 39, denies four counts of theft.\nThe trial continues.')).toEqual([
      ['1.1', 'the prosecution', 'a jury was told', 'a jury was told'],
    ]);
  });
  it('a court named in capitals hears as "a court" does', () => {
    expect(heard('A carer took £9,000 from a pensioner\'s account, Selby Crown Court heard.')).toEqual([['1.1', 'the prosecution', 'Selby Crown Court heard', 'Selby Crown Court heard']]);
  });
  it('is the prosecutor\'s who speaks further on, before a witness named nearer', () => {
    expect(heard('A carer took £9,000 from a pensioner\'s account, a jury was told.\nHer neighbour, Tom Reece, said he had seen the bank letters.\nProsecutor Ada Vance said the money had paid for holidays.').map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'Ada Vance'],
      ['1.2', 'Tom Reece'],
      ['1.3', 'Ada Vance'],
    ]);
  });
  it('an inquest has no prosecution: nobody named, nobody given', () => {
    expect(heard('A climber fell 40 metres after a rope snapped, an inquest heard.\nThe inquest continues.')).toEqual([]);
  });
});

describe('a possessed role that speaks before the person is named', () => {
  const who = (body: string): string[][] => {
    const out: string[][] = [];
    for (const [k, sts] of extractStatements(docOf(body))) for (const s of sts) out.push([k, s.speaker.name, s.speaker.mention, s.speaker.resolution?.how ?? '-']);
    return out.sort((a, b) => a[0]!.localeCompare(b[0]!, 'en', { numeric: true }));
  };
  it('is the person the next sentence names with the same role, after or before the name', () => {
    expect(who('Brenmoor University will close its music school, its vice-chancellor announced on Friday.\nThe vice-chancellor, Dr Nina Hale, said the school had lost money for a decade.')).toEqual([
      ['1.1', 'Nina Hale', 'its vice-chancellor', 'description'],
      ['1.2', 'Nina Hale', 'The vice-chancellor, Dr Nina Hale', '-'],
    ]);
    expect(who('Brenmoor University will close its music school, its vice-chancellor announced on Friday.\nVice-chancellor Nina Hale said the school had lost money for a decade.')).toEqual([
      ['1.1', 'Nina Hale', 'its vice-chancellor', 'description'],
      ['1.2', 'Nina Hale', 'Vice-chancellor Nina Hale', '-'],
    ]);
  });
  it('a person named next with another role is not the one', () => {
    expect(who('Brenmoor University will close its music school, its vice-chancellor announced on Friday.\nThe school\'s head, Dr Omar Reed, said he was shocked.').map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'its vice-chancellor'],
      ['1.2', 'Omar Reed'],
    ]);
  });
});

describe('a reporting verb the tagger read as a noun after "had" or a modal', () => {
  it('"analysts, who had forecast that …" is the analysts\' statement; "is forecast to" is a passive', () => {
    expect(said('The profit surprised most economists, who had forecast that the brewer would lose money.')).toEqual([['1.1', 'most economists', 'forecast']]);
    expect(said('Growth is forecast to slow next year.')).toEqual([]);
  });
});

describe('a hearing body that heard, with a time after it', () => {
  it('"…, a jury was told yesterday." reads as "…, a jury was told."', () => {
    expect(said('A carer took £9,000 from a pensioner, a jury was told yesterday.\nLena Hollis, 39, denies theft.')).toEqual([['1.1', 'the prosecution', 'a jury was told']]);
  });
  it('records that speak after the lede gave no evidence to the hearing; the person who speaks did', () => {
    expect(said('A crane collapsed after missing two checks, an inquiry heard on Tuesday.\nRecords from the harbour office showed the crane had not been inspected.\nThe safety manager, Carl Ebbs, accepted that the checks were overdue.')).toEqual([
      ['1.1', 'Carl Ebbs', 'an inquiry heard'],
      ['1.2', 'Records from the harbour office', 'showed'],
      ['1.3', 'Carl Ebbs', 'accepted'],
    ]);
  });
});
