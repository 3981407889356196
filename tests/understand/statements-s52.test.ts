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

describe('s52: a common noun speaker keeps an -ed/-ing modifier that an adjective or a number leads', () => {
  it('"The regional rowing federation said" is the whole phrase, not "federation"', () => {
    const got = speakers([`The regional rowing federation said races booked for May would move to the reservoir.`].join('\n'));
    // (The kind the head noun gives is left as it was: only the phrase's words are asserted.)
    expect(Object.keys(got)).toEqual(['1.1']);
    expect(got['1.1']!.map((n) => n.replace(/ \[\w+\]$/, ''))).toEqual(['the regional rowing federation']);
  });

  it('an adjective that opens the sentence: "Local angling clubs said"', () => {
    const got = speakers([`Local angling clubs said they would watch the river closely over the summer.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Local angling clubs [group]'] });
  });

  it('a noun between the modifier and the head: "Many licensed stall owners told"', () => {
    const got = speakers([`Many licensed stall owners told the council they would not renew their pitches.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Many licensed stall owners [group]'] });
  });

  it('a noun before the -ed word is the subject of a clause, not a modifier ("The closure shocked traders said")', () => {
    const got = speakers([`The decision to shut the market angered traders, who said they had not been asked.`].join('\n'));
    expect(got['1.1']?.some((n) => n.includes('decision'))).not.toBe(true);
  });
});

describe('s52: a noun whose ending only looks like a verb\'s stays in the speaker phrase', () => {
  it('"the seed bank said" after the clause is found ("seed" is no past form)', () => {
    const got = speakers([`About 60 of the bean varieties are held nowhere else, the seed bank said.`].join('\n'));
    expect(got).toEqual({ '1.1': ['the seed bank [organisation]'] });
  });

  it('"The seed bank said" opening the sentence is the whole phrase, not "bank"', () => {
    const got = speakers([`The seed bank said about 60 of the bean varieties were held nowhere else.`].join('\n'));
    expect(got).toEqual({ '1.1': ['the seed bank [organisation]'] });
  });
});

describe('s52: a gerund opening the sentence before "The company said" is no body', () => {
  it('"Printing will move …" does not take "the company" from the body named before it', () => {
    const got = speakers(
      [
        `Harlow Print, the contract printer that produces six regional newspapers, is to close its press hall in Tidworth with the loss of 40 jobs, the company announced yesterday.`,
        `Printing will move to its larger site at Brackwater Quay from the end of August.`,
        ``,
        `The company blamed falling circulations and a steep rise in newsprint costs over two years.`,
      ].join('\n'),
    );
    expect(got).toEqual({ '1.1': ['Harlow Print [organisation]'], '2.1': ['Harlow Print [organisation]'] });
  });
});

describe('s52: page furniture glued before a scraped story\'s first sentence', () => {
  it('a caption, its credit label and a byline before "Mussel growers … say"', () => {
    const got = speakers([`Mussel ropes hang from the quay at Porth Vean. Photograph: Tamsin Hale By Tamsin Hale Mussel growers on the Fal estuary say sewage spills have forced them to halt sales.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Mussel growers on the Fal estuary [group]'] });
  });

  it('a byline glued to a credit\'s closing bracket', () => {
    const got = speakers([`Mussel ropes lie tangled on the foreshore after the storm (Photo: Tamsin Hale)By Jory Penrose Mussel growers on the Fal estuary say they have lost half their stock.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Mussel growers on the Fal estuary [group]'] });
  });

  it('a caption\'s credit in brackets glued to the sentence\'s first word', () => {
    const got = speakers([`Photo: Ponies in the field at Tregarth Stables on Sunday. (Courtesy of Ann Lowe)The owner of a riding school near Tregarth says she will have to close by the end of the summer.`].join('\n'));
    expect(got).toEqual({ '1.1': ['the owner of a riding school near Tregarth [person]'] });
  });

  it('"By" inside a sentence with no caption before it is no byline', () => {
    const got = speakers([`By Easter Monday Traders on the quay said they had sold out of crab.`].join('\n'));
    expect(got['1.1'] ?? []).not.toContain('Traders on the quay [group]');
  });
});

describe('s52: a descriptor with a passive participle and its agent before a name in commas', () => {
  it('"An expert instructed by the police, Ilse Varne, said" is the name, a person', () => {
    const got = speakers([`An expert instructed by the police, Ilse Varne, said the violin was made in a factory after 1990.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Ilse Varne [person]'] });
  });

  it('a titled name after "called by the council"', () => {
    const got = speakers([`A surveyor called by the council, Dr Tamsin Hale, told the court that the wall was unsafe.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Tamsin Hale [person]'] });
  });

  it('a longer agent with a possessive may be what the name is apposed to: the descriptor speaks', () => {
    const got = speakers([`A surveyor hired by the parish council's insurers, Brackwell Mutual, said the cracks were older than the blasting.`].join('\n'));
    expect(got['1.1']).not.toContain('Brackwell Mutual [person]');
    expect(got['1.1']).not.toContain('Brackwell Mutual [organisation]');
  });

  it('"the teacher" is not a person "instructed by" someone (WordNet derives "instructor" from the participle of the passive)', () => {
    const got = speakers(
      [
        `One buyer, a music teacher, remortgaged her flat to buy a violin she was told dated from 1841.`,
        `An expert instructed by the police, Ilse Varne, said the violin was made in a factory after 1990.`,
        `In a statement read to the court, the teacher said she had not played since she learned the truth.`,
      ].join('\n'),
    );
    expect(got['1.3']).toEqual(['the teacher [person]']);
  });
});

describe('s52: "according to" a body named with "of … and …", or a statement from a definite noun', () => {
  it('"According to the Guild of Harness Makers and Saddlers, …" is found, the whole name', () => {
    const got = speakers([`According to the Guild of Harness Makers and Saddlers, the average age of its members is now sixty-one.`].join('\n'));
    expect(Object.keys(got)).toEqual(['1.1']);
    expect(got['1.1']!.map((n) => n.replace(/ \[\w+\]$/, ''))).toEqual(['the Guild of Harness Makers and Saddlers']);
  });

  it('"…, according to a statement from the aquarium." is the aquarium, not the statement', () => {
    const got = speakers([`Keepers found the seals unresponsive early on Sunday, according to a statement from the aquarium.`].join('\n'));
    expect(got).toEqual({ '1.1': ['the aquarium [unknown]'] });
  });
});

describe('s52: "told <a hearing> in <Place>" before a clause with no "that"', () => {
  it('"told the inquest in Truro he had been dazzled" is a statement', () => {
    const got = speakers([`The van's driver, Tom Gale, told the inquest in Truro he had been dazzled by the low sun.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Tom Gale [person]'] });
  });

  it('"told the story of his escape in Truro" has no listener: no statement', () => {
    const got = speakers([`Tom Gale told the story of his escape in Truro last year.`].join('\n'));
    expect(got).toEqual({});
  });
});
