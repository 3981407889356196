import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/understand/statements.js';
import { speechLemma, viewLemma } from '../../src/understand/lexicon.js';
import { docOf } from './statements-fixture.js';

/** Speakers by sentence as "name [kind]", in reading order, of an invented article (one sentence a line, paragraphs by blank lines). */
function speakers(body: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, list] of extractStatements(docOf(body))) out[k] = list.map((st) => `${st.speaker.name} [${st.speaker.kind}]`);
  return out;
}

describe("s56: the article's own voice stays unattributed", () => {
  it('"… came to light when a porter noticed that …": a verb whose first sense is a perception tells what was seen, no view', () => {
    const got = speakers(
      [
        `The thefts from the cloakroom came to light when a night porter noticed that three coats had gone missing from a locked rail.`,
        `Staff later discovered that a spare key had been copied.`,
        `Dell Harrowby, who manages the hall, said the locks had since been changed.`,
      ].join('\n'),
    );
    expect(got).toEqual({ '1.3': ['Dell Harrowby [person]'] });
  });

  it('"find" (first a chancing upon) keeps its perception sense: an inspector who found that … still reports', () => {
    expect(speechLemma('notice')).toBe(null);
    expect(speechLemma('discover')).toBe(null);
    expect(viewLemma('notice')).toBe(false);
    expect(speechLemma('find')).toBe('weak');
    expect(viewLemma('find')).toBe(true);
    const got = speakers([`An inspector found that the fire doors at the depot had been wedged open.`].join('\n'));
    expect(got['1.1']).toEqual(['an inspector [person]']);
  });

  it('"The agency\'s notice ordered checks on …": a document that commands with authority tells a decision; its finding next still reports', () => {
    const got = speakers(
      [
        `Pellory Ferries withdrew one of its boats on Friday, the Coastal Safety Agency said.`,
        ``,
        `The agency's notice, issued late on Thursday, ordered checks on every hull of the same class launched before 1990.`,
        `It found "deep rust" on the keel plates of the withdrawn boat.`,
      ].join('\n'),
    );
    expect(got['2.1']).toBeUndefined();
    expect(got['2.2']).toEqual(['the Coastal Safety Agency [organisation]']);
  });
});

describe("s56: what is yet to be said", () => {
  it('"has yet to say whether …": an infinitive of saying after "yet" reports nothing, as "did not say"', () => {
    const got = speakers(
      [
        `A landslip closed the coast road at Zennor Cove on Sunday.`,
        `The county council has yet to say whether the road will reopen before Easter.`,
        `Coastguards are yet to confirm whether anyone was hurt.`,
        `Its highways chief, Wren Aldous, said engineers would inspect the cliff on Monday.`,
      ].join('\n'),
    );
    expect(got).toEqual({ '1.4': ['Wren Aldous [person]'] });
  });
});

describe('s56: who a he or she means', () => {
  it('a full name met first with no title or statement is a candidate no more once named as a person: "Her brother, X, …" then "he says" is the brother', () => {
    const got = speakers(
      [
        `Odile Scarrowmere is sanding the hull of a dinghy that has been in the shed since March.`,
        ``,
        `Ambrus Callowan, who chairs the boatbuilders' guild, has watched orders fall for three years.`,
        `"Oak has doubled in three years," he said.`,
        ``,
        `Scarrowmere's reply has been to make fewer boats.`,
        `Most of them now go abroad, she says.`,
        `Her brother, Tobin Scarrowmere, who keeps the accounts, is less sure.`,
        `"We have had lean winters before," he says.`,
        `"I would rather wait a year."`,
      ].join('\n'),
    );
    expect(got['2.1']).toBeUndefined();
    expect(got['2.2']).toEqual(['Ambrus Callowan [person]']);
    expect(got['3.2']).toEqual(['Odile Scarrowmere [person]']);
    expect(got['3.4']).toEqual(['Tobin Scarrowmere [person]']);
    expect(got['3.5']).toEqual(['Tobin Scarrowmere [person]']);
  });
});

describe('s56: subjects the tagger misreads', () => {
  it('"the Pendigast family who own it have announced": a word after "who" tagged as an adjective that WordNet knows as a verb opens the relative clause', () => {
    const got = speakers([`A tearoom that has stood on the village green for sixty years will shut in the spring, the Pendigast family who own it have announced.`].join('\n'));
    expect(got['1.1']).toEqual(['Pendigast family [organisation]']);
  });

  it('"Neighbours claim the …": a plain verb form the tagger read as a noun after an opening plural of people is their verb', () => {
    const got = speakers(
      [
        `A kennels on Sallow Lane has doubled the number of dogs it boards.`,
        `Neighbours claim the barking starts before dawn and goes on until late at night.`,
        `Guests insist the dogs are quiet.`,
      ].join('\n'),
    );
    expect(got['1.2']).toEqual(['Neighbours [group]']);
    expect(got['1.3']).toEqual(['Guests [group]']);
  });
});
