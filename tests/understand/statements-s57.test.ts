import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/** Speakers by sentence as "name [kind]", in reading order, of an invented article (one sentence a line, paragraphs by blank lines). */
function speakers(body: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, list] of extractStatements(docOf(body))) out[k] = list.map((st) => `${st.speaker.name} [${st.speaker.kind}]`);
  return out;
}

describe('s57: verdicts and rulings are the article’s own voice, findings with reasons are statements', () => {
  it('"A jury found that …" is a verdict; the tribunal’s and the judge’s "found that …" report', () => {
    const got = speakers(
      [
        `A civil jury in Orrelton on Monday found that Drellow Pumps had not copied a rival's valve design.`,
        `Judge Ottilie Farrand found that the rival's patent had been filed two years too late.`,
        ``,
        `Separately, an employment tribunal found that a Drellow fitter had been unfairly dismissed.`,
        `Jurors found that the valve drawings were the firm's own work.`,
      ].join('\n'),
    );
    expect(got).toEqual({
      '1.2': ['Ottilie Farrand [person]'],
      '2.1': ['an employment tribunal [organisation]'],
    });
  });
});

describe('s57: "the company" is not the firm where the group that spoke works', () => {
  it('"Analysts at X said …" then "The company also said …": the company the story is about, not X', () => {
    const got = speakers(
      [
        `Shares in Tulverton Lanterns fell 7 percent on Tuesday after the lamp maker said higher glass costs had cut its margins.`,
        `Revenue rose 3 percent to $96 million.`,
        ``,
        `Analysts at Dorrow Pike Capital said the cut was deeper than they had expected.`,
        `The company also said that it would close two of its eleven showrooms.`,
      ].join('\n'),
    );
    expect(got['2.1']).toEqual(['Analysts at Dorrow Pike Capital [group]']);
    expect(got['2.2']).toEqual(['Tulverton Lanterns [organisation]']);
  });
});

describe('s57: a body’s description read against the names the article wrote', () => {
  it('"Orlham police said …", then "the force advised …": a name’s last word counts with its WordNet compounds (police, police force)', () => {
    const got = speakers(
      [
        `Bicycle thefts from the station racks at Orlham have doubled since March.`,
        `Orlham police said they had recovered eleven of the bikes.`,
        `However, the force advised riders to use two locks.`,
      ].join('\n'),
    );
    expect(got['1.2']).toEqual(['Orlham police [group]']);
    expect(got['1.3']).toEqual(['Orlham police [organisation]']);
  });

  it('"The club said …" after a story opening on a team and naming its league: not the league, whose own name says another kind', () => {
    const got = speakers(
      [
        `The Gastowe Otters have dismissed their manager after a run of eight defeats left them last in the Southern Counties League.`,
        `The club said in a short statement that the search for a successor would begin at once.`,
      ].join('\n'),
    );
    expect(got['1.2']).toEqual(['Gastowe Otters [organisation]']);
  });
});

describe('s57: ", and said" after a parenthetical shares the sentence’s subject', () => {
  it('"X processed …, up from …, and said …" is X’s statement; a list of subjects and a complaint to someone are not', () => {
    const got = speakers(
      [
        `Brindle Metals processed 8,200 tonnes of scrap in the quarter, up from 6,100 tonnes, and said its new furnace was running at full load.`,
        `Crommack Mills, Plaskett Looms and Orbrey Dyes met in Yarnholt on Monday, and said little afterwards.`,
        `A tenant was charged twice for a boiler repair.`,
        `The tenant paid in full, and complained to the regulator, which ordered a refund.`,
      ].join('\n'),
    );
    // (The speaker's name only: its kind is read from the shape of the name, no part of this rule.)
    expect(Object.keys(got)).toEqual(['1.1']);
    expect(got['1.1']!.map((x) => x.replace(/ \[\w+\]$/, ''))).toEqual(['Brindle Metals']);
  });
});
