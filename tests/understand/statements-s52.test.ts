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
    const got = speakers([`Yarrowsett Vale Dairy Cooperative said milk prices had slipped in each of the last three months.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Yarrowsett Vale Dairy Cooperative [organisation]'] });
  });

  it('a personal name of three words is still a person', () => {
    const got = speakers([`Hester Anne Coombe said the bridge had been shut since March.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Hester Anne Coombe [person]'] });
  });
});

describe('s52: "the team said" after "the Dunnocksby Chainsetters team"', () => {
  it('a body noun written right after a name is the head a later description takes up', () => {
    const got = speakers(
      [
        `The hill climb was abandoned after a pile-up at the second hairpin.`,
        `Four members of the Dunnocksby Chainsetters team needed hospital treatment, the team said on Sunday night.`,
      ].join('\n'),
    );
    expect(got).toEqual({ '1.2': ['Dunnocksby Chainsetters [organisation]'] });
  });

  it('a noun after a name that names no body is no head ("the Dunnocksby Chainsetters riders")', () => {
    const got = speakers(
      [
        `The hill climb was abandoned after a pile-up at the second hairpin.`,
        `Four of the Dunnocksby Chainsetters riders needed hospital treatment, the team said on Sunday night.`,
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
    const got = speakers([`Local angling clubs said they would count the salmon themselves this year.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Local angling clubs [group]'] });
  });

  it('a noun between the modifier and the head: "Many licensed stall owners told"', () => {
    const got = speakers([`Many licensed stall owners told the council they would not renew their pitches.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Many licensed stall owners [group]'] });
  });

  it('a noun before the -ed word is the subject of a clause, not a modifier ("The closure shocked traders said")', () => {
    const got = speakers([`The decision to shut the market angered traders, who said nobody had consulted them.`].join('\n'));
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
  it('"Printing will shift …" does not take "the company" from the body named before it', () => {
    const got = speakers(
      [
        `Kimbleford Print, a printer of eight weekly papers, will close its works in Ottermere, cutting 50 jobs, the company announced yesterday.`,
        `Printing will shift to its bigger plant at Whinfell from September.`,
        ``,
        `The company blamed falling sales and dearer paper.`,
      ].join('\n'),
    );
    expect(got).toEqual({ '1.1': ['Kimbleford Print [organisation]'], '2.1': ['Kimbleford Print [organisation]'] });
  });
});

describe('s52: page furniture glued before a scraped story\'s first sentence', () => {
  it('a caption, its credit label and a byline before "Mussel growers … say"', () => {
    const got = speakers([`Mussel ropes off the jetty at Whinfell. Photograph: Tamsin Hale By Tamsin Hale Mussel growers on the Larkspey say a broken sewer has closed their beds for a month.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Mussel growers on the Larkspey [group]'] });
  });

  it('a byline glued to a credit\'s closing bracket', () => {
    const got = speakers([`Broken mussel ropes on the slipway at Whinfell on Monday (Photo: Tamsin Hale)By Jory Penrose Mussel growers on the Larkspey say the gale cost them a third of the crop.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Mussel growers on the Larkspey [group]'] });
  });

  it('a caption\'s credit in brackets glued to the sentence\'s first word', () => {
    const got = speakers([`Photo: A pony being groomed at Threlkettle Farm. (Courtesy of Ann Lowe)The owner of a riding school near Threlkettle says a rent rise of 40 per cent would force her to sell.`].join('\n'));
    expect(got).toEqual({ '1.1': ['the owner of a riding school near Threlkettle [person]'] });
  });

  it('"By" inside a sentence with no caption before it is no byline', () => {
    const got = speakers([`By Easter Monday Traders on the quay said they had sold out of crab.`].join('\n'));
    expect(got['1.1'] ?? []).not.toContain('Traders on the quay [group]');
  });
});

describe('s52: a descriptor with a passive participle and its agent before a name in commas', () => {
  it('"A valuer engaged by the court, Ilse Varne, said" is the name, a person', () => {
    const got = speakers([`A valuer engaged by the court, Ilse Varne, said the cello had been varnished within the last ten years.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Ilse Varne [person]'] });
  });

  it('a titled name after "appointed by the parish"', () => {
    const got = speakers([`A surveyor appointed by the parish, Dr Tamsin Hale, told the hearing that the bridge parapet was unsafe.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Tamsin Hale [person]'] });
  });

  it('a longer agent with a possessive may be what the name is apposed to: the descriptor speaks', () => {
    const got = speakers([`A surveyor engaged by the landlord's lenders, Ottermere Mutual, said the damp had been there for years.`].join('\n'));
    expect(got['1.1']).not.toContain('Ottermere Mutual [person]');
    expect(got['1.1']).not.toContain('Ottermere Mutual [organisation]');
  });

  it('"the teacher" is not a person "instructed by" someone (WordNet derives "instructor" from the participle of the passive)', () => {
    const got = speakers(
      [
        `The cello's owner, a piano teacher, had paid £30,000 for it at a country sale.`,
        `A luthier instructed by the insurers, Ilse Varne, said the label inside it was a modern copy.`,
        `In a letter read out at the hearing, the teacher said she felt foolish.`,
      ].join('\n'),
    );
    expect(got['1.3']).toEqual(['the teacher [person]']);
  });
});

describe('s52: "according to" a body named with "of … and …", or a statement from a definite noun', () => {
  it('"According to the Guild of Harness Makers and Saddlers, …" is found, the whole name', () => {
    const got = speakers([`According to the Guild of Harness Makers and Saddlers, fewer than 200 people still make saddles by hand.`].join('\n'));
    expect(Object.keys(got)).toEqual(['1.1']);
    expect(got['1.1']!.map((n) => n.replace(/ \[\w+\]$/, ''))).toEqual(['the Guild of Harness Makers and Saddlers']);
  });

  it('"…, according to a notice from the aquarium." is the aquarium, not the notice', () => {
    const got = speakers([`Two of the seal pups have been moved to a rescue centre, according to a notice from the aquarium.`].join('\n'));
    expect(got).toEqual({ '1.1': ['the aquarium [unknown]'] });
  });
});

describe('s52: "told <a hearing> in <Place>" before a clause with no "that"', () => {
  it('"told the inquest in Truro he had not seen the cyclist" is a statement', () => {
    const got = speakers([`A lorry driver, Tom Gale, told the inquest in Truro he never saw the cyclist until the impact.`].join('\n'));
    expect(got).toEqual({ '1.1': ['Tom Gale [person]'] });
  });

  it('"told the story of his escape in Truro" has no listener: no statement', () => {
    const got = speakers([`Tom Gale told the story of his escape in Truro last year.`].join('\n'));
    expect(got).toEqual({});
  });
});
