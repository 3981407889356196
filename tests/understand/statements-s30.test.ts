import { describe, expect, it } from 'vitest';
import { opinionNoun } from '../../src/understand/lexicon.js';
import { statementRows } from './statement-rows.js';

/** [key, name, cue, content] per statement, in reading order. */
const said = (...lines: string[]): string[][] => statementRows(lines.join('\n'), ['name', 'cue', 'content']);

describe('statements, session 16 round 2 (helper s30)', () => {
  it('"in her view" / "in his opinion" / "as she sees it" report the person the pronoun names', () => {
    expect(said('Nia Oduya, the lead surveyor, doubts the timetable.', 'In her view, the bridge cannot reopen before May.')).toEqual([['1.2', 'Nia Oduya', 'in her view', 'the bridge cannot reopen before May']]);
    expect(said('Karl Vesey chairs the finance committee.', 'The grant is far too small, in his opinion.')).toEqual([['1.2', 'Karl Vesey', 'in his opinion', 'The grant is far too small']]);
    expect(said('Ruth Amble runs the town food bank.', 'As she sees it, demand will double by spring.')).toEqual([['1.2', 'Ruth Amble', 'as she sees it', 'demand will double by spring']]);
    // Inside the clause, between commas, the phrase reports nothing; nor does an advantage ("in his favour").
    expect(said('Karl Vesey chairs the finance committee.', 'The grant, in his opinion, is too small.')).toEqual([]);
    expect(said('Karl Vesey chairs the finance committee.', 'In his favour, the grant arrived early.')).toEqual([]);
  });
  it('opinionNoun: a belief or a mental attitude first of all (WordNet)', () => {
    expect(['view', 'opinion', 'judgement', 'estimation', 'favour', 'absence', 'report'].map(opinionNoun)).toEqual([true, true, true, true, false, false, false]);
  });
  it('a verb of saying in an infinitive after a verb and a time phrase is that verb\'s purpose, no statement', () => {
    expect(said('Members of the harbour board voted on Monday to write to the minister.')).toEqual([]);
    expect(said('Members of the harbour board voted last week to tell the minister that the berth was unsafe.')).toEqual([]);
    // A verb of saying itself before the time phrase still reports.
    expect(said('The harbour master said on Monday that the berth was unsafe.')).toEqual([['1.1', 'the harbour master', 'said', 'the berth was unsafe']]);
  });
  it('"according to <Name>\'s <body>": the whole possessive phrase speaks', () => {
    expect(said("According to Velmar's health ministry, the clinic will close in June.")).toEqual([['1.1', "Velmar's health ministry", 'according to', 'the clinic will close in June']]);
  });
  it('page furniture glued before the speaker: a caption with a credit, a linked headline', () => {
    expect(said('Photo: A tug at the outer berth. (Lena Holm/Coast Images) Tug crews, most on short contracts, said the new shifts were too long.')).toEqual([
      ['1.1', 'Tug crews', 'said', 'the new shifts were too long'],
    ]);
    expect(said('Read more: Why ferry fares keep climbing The mayor of Ostby, Karin Sule, said the fare cap would stay.')).toEqual([['1.1', 'Karin Sule', 'said', 'the fare cap would stay']]);
  });
  it('"…, it added." goes on with the company-shaped name that spoke, not a firm named since', () => {
    const rows = (between: string): string[][] => said('Deliveries were halted on Monday, Brisk Parcel said.', between, 'Service would resume within a week, it added.');
    expect(rows('Crews from Said & Rowe checked the depot.')).toEqual([
      ['1.1', 'Brisk Parcel', 'said', 'Deliveries were halted on Monday'],
      ['1.3', 'Brisk Parcel', 'added', 'Service would resume within a week'],
    ]);
    expect(rows('Orvo Contractors checked the depot.')[1]).toEqual(['1.3', 'Brisk Parcel', 'added', 'Service would resume within a week']);
    // "it said" after a firm that is the subject of the sentence between is still that firm.
    expect(said('Deliveries were halted on Monday, Brisk Parcel said.', 'Orvo Contractors checked the depot.', 'The work would take a week, it said.')[1]).toEqual(['1.3', 'Orvo Contractors', 'said', 'The work would take a week']);
  });
  it('"the council member said" after "Council member X": a body\'s noun before the role is part of the title', () => {
    expect(said('Council member Ada Ruiz moved to delay the vote.', 'The council member said residents needed more time.')).toEqual([['1.2', 'Ada Ruiz', 'said', 'residents needed more time']]);
    expect(said('On Monday, board member Jo Hale opposed the plan.', 'The board member said the costs were unclear.')).toEqual([['1.2', 'Jo Hale', 'said', 'the costs were unclear']]);
  });
  it('a group phrase before "They said" is the whole phrase', () => {
    expect(said('Local couriers, who rely on the bikes, remain wary.', 'They said the recall had come at the worst time.')).toEqual([['1.2', 'Local couriers', 'said', 'the recall had come at the worst time']]);
  });
});
