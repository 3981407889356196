import { describe, expect, it } from 'vitest';
import { publicNoun } from '../../src/understand/lexicon.js';
import { statementRows } from './statement-rows.js';

/** [key, name, mention, kind, resolution] per statement, in reading order. */
const who = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'mention', 'kind', 'resolution']);
/** [key, name, cue, content] per statement. */
const what = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'cue', 'content']);

describe('statements, session 20 (helper s37): descriptions, derived roles, numbered unions, "called", dated documents', () => {
  it('"the operator" means the company the sentence before named, a place word inside its name ("River") notwithstanding', () => {
    expect(who(['PORTLEY, May 9 (Norland Wire) — Pennick River Barges cancelled six trips on Friday after the weir ran dry.', 'The operator said passengers would be refunded in full.'])).toEqual([
      ['1.2', 'Pennick River Barges', 'The operator', 'organisation', 'pronoun@1.1'],
    ]);
  });
  it('a description headed by an agent noun of making or running, with an "of" phrase (a list too), is the company named before', () => {
    expect(who(['Kelver Tools cut its profit forecast on Monday.', 'The Dunholt Vale-based maker of drills, saws and sanders said it now expects sales of $40 million.'])).toEqual([
      ['1.2', 'Kelver Tools', 'The Dunholt Vale-based maker of drills, saws and sanders', 'organisation', 'pronoun@1.1'],
    ]);
    expect(who(['Kelver Tools cut its profit forecast on Monday.', 'The Dunholt-based operator of six sawmills said it now expects sales of $40 million.'])).toEqual([
      ['1.2', 'Kelver Tools', 'The Dunholt-based operator of six sawmills', 'organisation', 'pronoun@1.1'],
    ]);
  });
  it('a role noun WordNet derives from the verb of the relative clause that introduced a person is that person', () => {
    expect(who(["Wilf Garrow, who leads the stallholders' association, said the traders were worried.", 'The leader said the association would push for a covered walkway.'])).toEqual([
      ['1.1', 'Wilf Garrow', 'Wilf Garrow', 'person', '-'],
      ['1.2', 'Wilf Garrow', 'The leader', 'person', 'pronoun@1.1'],
    ]);
    expect(who(['Cllr Ada Prowse, who chairs the licensing panel, said both sides had argued well.', 'The chair said she hoped the market would fix its litter problem.'])).toEqual([
      ['1.1', 'Ada Prowse', 'Cllr Ada Prowse', 'person', '-'],
      ['1.2', 'Ada Prowse', 'The chair', 'person', 'pronoun@1.1'],
      ['1.2', 'Ada Prowse', 'she', 'person', 'pronoun@1.2'],
    ]);
    expect(who(['Sela Brook, who manages the depot, said drivers were tired.', 'The manager said two routes would be cut.'])).toEqual([
      ['1.1', 'Sela Brook', 'Sela Brook', 'person', '-'],
      ['1.2', 'Sela Brook', 'The manager', 'person', 'pronoun@1.1'],
    ]);
  });
  it('a union numbered as a branch ("Local 31") calls a move by a quoted judgement, past its relative clause', () => {
    expect(what(['Toolmakers and Grinders Local 31, which represents the works\' staff, called the closure "a kick in the teeth."'])).toEqual([
      ['1.1', 'Toolmakers and Grinders Local 31', 'called', 'the closure "a kick in the teeth."'],
    ]);
    expect(what(['Mill Workers Local 52 said the closure was "a slap in the face".'])).toEqual([['1.1', 'Mill Workers Local 52', 'said', 'the closure was "a slap in the face"']]);
  });
  it('a person named by "called" in an apposition is who the next "he says" means, not the last speaker', () => {
    expect(
      who([
        'Dr Mira Stape said the tide brought in plastic.',
        'Further along, the man beside Stape, a retired welder called Amos Trell, holds up a rusted lamp.',
        '"Fifty years I walked this beach," he says.',
        '"Never once picked anything up."',
      ]),
    ).toEqual([
      ['1.1', 'Mira Stape', 'Dr Mira Stape', 'person', '-'],
      ['1.3', 'Amos Trell', 'he', 'person', 'pronoun@1.2'],
      ['1.4', 'Amos Trell', 'he', 'person', 'earlier-quote@1.3'],
    ]);
  });
  it('a study with a participle and a year (or a time phrase) reports what it found, once', () => {
    expect(what(['A survey of the bay published in 2023 found more than 900 pieces of litter.'])).toEqual([['1.1', 'a survey of the bay', 'found', 'more than 900 pieces of litter']]);
    expect(what(['A county traffic survey published last year found no rise in accidents.'])).toEqual([['1.1', 'a county traffic survey', 'found', 'no rise in accidents']]);
  });
  it('"she says" inside a sentence after a quoted title is the woman named before, never the title', () => {
    expect(who(['Just before midnight, Mel Dorran played the last record.', 'It was "Blue Hour", requested, she says, by a listener in Ashwick.'])).toEqual([
      ['1.2', 'Mel Dorran', 'she', 'person', 'pronoun@1.1'],
    ]);
  });
  it('bail denied, with a receiver after "to" or before it as a pronoun, is an act; a denial of wrongdoing is a statement', () => {
    expect(who(['The magistrates denied bail to a trader who was charged with fraud.'])).toEqual([]);
    expect(who(['The magistrates denied him bail.'])).toEqual([]);
    expect(what(['Pell denied any wrongdoing.'])).toEqual([['1.1', 'Pell', 'denied', 'any wrongdoing']]);
  });
  it('the public at large (WordNet: people, a kind of consumer) is told from a body\'s members, for subjects that are no party', () => {
    expect(['Customers', 'consumers', 'People', 'shoppers', 'patrons'].map(publicNoun)).toEqual([true, true, true, true, true]);
    expect(['Members', 'workers', 'Residents', 'Shareholders', "People's", 'customer'].map(publicNoun)).toEqual([false, false, false, false, false, false]);
    // ("Public broadcaster X agreed …": a group word that is an adjective too modifies the subject's head.)
    expect(['Public', 'public'].map(publicNoun)).toEqual([false, false]);
  });
  it('sets 39/40 kinds: "the vicar" after "The vicar, the Rev X", "according to the auction house" after "auction house X said"', () => {
    expect(who(['The vicar, the Rev Amos Drell, said the choir had waited long enough.', 'The vicar admitted he had doubted the money could be found.'])).toEqual([
      ['1.1', 'Amos Drell', 'The vicar, the Rev Amos Drell', 'person', '-'],
      ['1.2', 'Amos Drell', 'The vicar', 'person', 'pronoun@1.1'],
      ['1.2', 'Amos Drell', 'he', 'person', 'pronoun@1.2'],
    ]);
    expect(who(['A 1962 Harlan coupe sold for $2 million on Saturday, auction house Delmer & Frane said.', 'The buyer is a collector from the west, according to the auction house.'])).toEqual([
      ['1.1', 'Delmer & Frane', 'auction house Delmer & Frane', 'organisation', '-'],
      ['1.2', 'Delmer & Frane', 'the auction house', 'organisation', 'collective@1.1'],
    ]);
  });
  it('sets 39/40 kinds: "the company" after a document spoke is the lede\'s company; after "it warned" the company "it" was, not a place named after it', () => {
    expect(
      who([
        'Ostley Ices, the family-owned ice cream maker, today announced that it will open a second kitchen.',
        'Mayor Tom Abal said the plant would bring jobs.',
        'According to a city memo released last month, the city offered the company a tax break.',
        'The company said production would begin in spring.',
      ]),
    ).toEqual([
      ['1.1', 'Ostley Ices', 'Ostley Ices, the family-owned ice cream maker', 'organisation', '-'],
      ['1.2', 'Tom Abal', 'Mayor Tom Abal', 'person', '-'],
      ['1.3', 'a city memo', 'a city memo', 'unknown', '-'],
      ['1.4', 'Ostley Ices', 'The company', 'organisation', 'pronoun@1.1'],
    ]);
    expect(who(['Shares in Velvet & Comb, the salon chain with 140 branches across the Midlands, fell 18 per cent after it warned that profits would fall.', 'The company blamed rising wage costs.'])).toEqual([
      ['1.1', 'Velvet & Comb', 'it', 'organisation', 'pronoun@1.1'],
      ['1.2', 'Velvet & Comb', 'The company', 'organisation', 'pronoun@1.1'],
    ]);
  });
  it('sets 39/40 kinds: an assessment (WordNet appraisal) and records held by an archive speak through "according to"', () => {
    expect(what(['According to a traffic assessment submitted with the plans, the pitches would add 40 car trips a day.'])).toEqual([['1.1', 'a traffic assessment', 'according to', 'the pitches would add 40 car trips a day']]);
    expect(what(['According to auction records held by the county archive, the first sale took place in 1884.'])).toEqual([['1.1', 'auction records', 'according to', 'the first sale took place in 1884']]);
  });
});
