import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/** Speakers by sentence as "name [kind]", in reading order, of an invented article (one sentence a line, paragraphs by blank lines). */
function speakers(body: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, list] of extractStatements(docOf(body))) out[k] = list.map((st) => `${st.speaker.name} [${st.speaker.kind}]`);
  return out;
}

describe('s54: a lone first word stands for the trade name written before', () => {
  it('a name ending in a verb\'s -ing form ("Dredging") is a body\'s', () => {
    const got = speakers([`The harbour board hired Pellisant Dredging to clear the berths.`, ``, `Pellisant said in an emailed note that its crews would start in May.`].join('\n'));
    expect(got['2.1']).toEqual(['Pellisant Dredging [organisation]']);
  });

  it('a name ending in an adjective made a plural noun ("Electricals") is a body\'s', () => {
    const got = speakers([`Plans for the turbines were lodged by Harrowdeen Electricals in June.`, ``, `Harrowdeen said on Friday the cables would be buried.`].join('\n'));
    expect(got['2.1']).toEqual(['Harrowdeen Electricals [organisation]']);
  });
});

describe('s54: readings of the clause', () => {
  it('a comma inside a figure closes no clause: "a £250,000 business rates discount" has no speaker', () => {
    const got = speakers([`The borough gave the foundry a £250,000 business rates discount.`].join('\n'));
    expect(got).toEqual({});
  });

  it('"according to an early account from the firm": any written-words noun before "from" names its author', () => {
    const got = speakers([`Kestlewick Tools opened a plant in Dunmore.`, ``, `The loading ramp jammed on Friday, according to an early account from the firm.`].join('\n'));
    expect(got["2.1"]).toEqual(["Kestlewick Tools [organisation]"]);
  });

  it('"According to a filing with the watchdog, …": whom the document went to is no author', () => {
    const got = speakers([`According to a filing with the watchdog, Kestlewick Marine set aside $2 million for ramp repairs.`].join('\n'));
    expect(got['1.1']).toEqual(['a filing [unknown]']);
  });

  it('"According to figures published by X last month, …": a time phrase before the comma', () => {
    const got = speakers([`According to figures published by Brackley Vale Council last month, the libraries lent 40,000 books.`].join('\n'));
    expect(got['1.1']).toEqual(['Brackley Vale Council [organisation]']);
  });

  it('"…, the group reported, and it cut its dividend": a verb of communication between commas before "and"', () => {
    const got = speakers([`Olvercroft Looms makes carpets in two mills.`, `Turnover dropped by a fifth over the spring, the group reported, and it cut its dividend.`].join('\n'));
    expect(got['1.2']).toEqual(['Olvercroft Looms [organisation]']);
  });
});

describe('s54: whose words', () => {
  it('"welcomed the plan, saying it showed that …": the subject speaks, not the body its description named', () => {
    const got = speakers([`Councillor Wenna Tarrant, leader of Pellowin Town Council, welcomed the plan, saying it showed that the high street could recover.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Wenna Tarrant [person]'] });
  });

  it('"a retired signalman named X said": the name, not the description', () => {
    const got = speakers([`A retired signalman named Ivor Penhallow said the line had never been busier.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Ivor Penhallow [person]'] });
  });

  it('"Her deputy, a former baker called X, puts it plainly: "…"": the colon quote and its continuation are the named person\'s', () => {
    const got = speakers([`Her deputy, a former baker called Ivor Penhallow, puts it plainly: "Nobody else will climb the hill at dawn.`, `So we do."`].join('\n'));
    expect(got).toEqual({ '1.1': ['Ivor Penhallow [person]'], '1.2': ['Ivor Penhallow [person]'] });
  });

  it('"Judge X told Blick that he had …" makes the judge no man: her next "she said" is hers', () => {
    const got = speakers(
      [
        `Prosecutor Elinor Altham said the firm had billed clients for work it never did.`,
        ``,
        `Ms Altham said the losses ran to £80,000.`,
        ``,
        `At the hearing, Judge Imogen Calloway told Blick that he had "cheated people who trusted him".`,
        `"You took their savings and spent them on yourself," she said.`,
      ].join('\n'),
    );
    expect(got['3.2']).toEqual(['Imogen Calloway [person]']);
  });

  it('"Mr Garrow regretted it, he said, and …" is the lawyer who spoke just before, not Mr Garrow', () => {
    const got = speakers(
      [
        `Alun Garrow, 52, admitted three offences at the crown court.`,
        ``,
        `Defending, Tobias Wrenfield said his client had lost two fitters in a month.`,
        `Mr Garrow regretted it bitterly, he said, and had since retrained every fitter.`,
      ].join('\n'),
    );
    expect(got['2.2']).toEqual(['Tobias Wrenfield [person]']);
  });

  it('"…, Sheriff X told county commissioners this week": a listener whose head is its second word', () => {
    const got = speakers([`The jail held 380 inmates on Monday, Sheriff Imelda Varcoe told county commissioners this week.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Imelda Varcoe [person]'] });
  });

  it('"Officials there said …": a place adverb after the plural subject', () => {
    const got = speakers([`Officials there said the sale raised 1.4 million pounds.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Officials [group]'] });
  });
});

describe('s54: a press release announces in its own name', () => {
  const release = (line: string): Record<string, string[]> => speakers([`FOR IMMEDIATE RELEASE`, ``, `Quibbenrow Ovens Ltd announces a second shop on Mill Street, opening on 3 June.`, line].join('\n'));

  it('"X announces …" and "The company also announced …" in a release are the body\'s statements', () => {
    const got = release(`The company also announced a loyalty card for regular customers.`);
    expect(got).toEqual({ '2.1': ['Quibbenrow Ovens Ltd [organisation]'], '2.2': ['Quibbenrow Ovens Ltd [organisation]'] });
  });

  // (A guard: holds with or without the release rule.)
  it('a count announced is a decision, not a statement ("announced 12 new jobs")', () => {
    const got = release(`The company announced 12 new jobs last year.`);
    expect(got['2.2']).toBeUndefined();
  });
});
