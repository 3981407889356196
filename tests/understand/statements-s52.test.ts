import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/** Speakers by sentence ("p.s") as "name [kind]", in reading order, of an invented article (one sentence a line). */
function speakers(body: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, list] of extractStatements(docOf(body))) out[k] = list.map((st) => `${st.speaker.name} [${st.speaker.kind}]`);
  return out;
}

describe('s52: a body named by four capitalised words or more keeps every word', () => {
  it('"The Mellor Valley Seed Library said" is one body, not a person called "Valley Seed Library"', () => {
    const got = speakers([`The Mellor Valley Seed Library said its collection of bean varieties had doubled since the spring.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Mellor Valley Seed Library [organisation]'] });
  });

  it('a body of four words that opens the sentence without "The"', () => {
    const got = speakers([`Tollard Vale Dairy Cooperative said milk prices had fallen for a third month.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Tollard Vale Dairy Cooperative [organisation]'] });
  });

  it('a personal name of three words is still a person', () => {
    const got = speakers([`Hester Anne Coombe said the bridge had been shut since March.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Hester Anne Coombe [person]'] });
  });
});

describe('s52: "the team said" after "the Harrowfield Cycling team"', () => {
  it('a body noun written right after a name is the head a later description takes up', () => {
    const got = speakers(
      [
        `The stage was cut short after a crash on the descent.`,
        `Two riders from the Harrowfield Cycling team were among those hurt, the team said in a post on its website.`,
      ].join('\n'),
    );
    expect(got).toEqual({ '1.2': ['Harrowfield Cycling [organisation]'] });
  });

  it('a noun after a name that names no body is no head ("the Harrowfield Cycling riders")', () => {
    const got = speakers(
      [
        `The stage was cut short after a crash on the descent.`,
        `Two of the Harrowfield Cycling riders were among those hurt, the team said in a post on its website.`,
      ].join('\n'),
    );
    expect(got).toEqual({ '1.2': ['the team [organisation]'] });
  });
});
