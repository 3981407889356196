import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { doerActs, relatedWords, startsBody } from '../../src/search/related.js';
import { cite, record } from './record.js';

/**
 * Session 27, q51: a body "started" is a body founded. A question asks when or by whom a firm, a
 * club or a choir was started, set up or began; the record writes that it was founded,
 * established or launched. The light verb "start" said of a body (a noun of WordNet's noun.group)
 * is read through the acts that name its doer ("start" ~ "founder" ~ "found") and their synonyms
 * in that sense that are only verbs ("establish"), as a "who" question's already was.
 */
const CHOIR = record('choir', [
  [
    'The Brisworth Male Voice Choir sings at chapels and festivals across the Hazelmere valley.',
    'The choir was established in 1907 by the colliery clerk Osgarth Pennick.',
  ],
  ['In 1922 the choir sang at the Drennick eisteddfod for the first time.', 'Its members rehearse twice a week in a room above the Maudry Arms.'],
]);

const STRIKE = record('strike', [
  ['The Quillmarsh dockers’ union was founded in 1889 by six crane drivers.', 'The strike began on Monday after talks on overtime pay broke down.'],
  ['About 300 dockers stayed away from the quays on the first day.'],
]);

describe('the acts that name a doer, with their synonyms in that sense', () => {
  it('"start" is read as "found" and its synonym "establish"; not "launch", a noun too, nor a light verb', () => {
    // "establish, set up, found, launch": "launch" is also a boat ("bought an electric launch").
    expect(doerActs('start')).toEqual(['found', 'establish']);
    // "travel, go, move, locomote": not the light verb itself.
    expect(doerActs('go')).toEqual(['move', 'travel', 'travelled', 'travelling', 'locomote']);
  });
});

describe('a body started is a body founded (startsBody)', () => {
  it('a noun of a group makes the question one about a body; a noun of a happening does not', () => {
    expect(['choir', 'firm', 'college', 'club', 'society'].map((w) => startsBody([w]))).toEqual([true, true, true, true, true]);
    expect(['strike', 'fire', 'war'].map((w) => startsBody([w]))).toEqual([false, false, false]);
    // A group and a happening together ("When did the choir's tour start?"): the happening started.
    expect(startsBody(['choir', 'tour'])).toBe(false);
    expect(startsBody(['year', 'choir'])).toBe(true);
  });

  it('"In what year did the choir start?", "When was the choir started?" answer with "established in 1907", not the choir’s first eisteddfod', () => {
    const index = createSearchIndex(CHOIR);
    for (const q of ['In what year did the choir start?', 'When was the choir started?', 'When did the choir start?']) {
      expect(index.search(q).hits.map((h) => cite(h.sentence))).toEqual(['choir ¶1.2']);
    }
    // Before, "start" was a light verb with no words of its own: the sentence holding "choir", a
    // date and "first" came first.
  });

  it('"Who started the choir?" answers with "established … by", though the record never writes "founded"', () => {
    const index = createSearchIndex(CHOIR);
    expect(index.search('Who started the choir?').hits.map((h) => cite(h.sentence))).toEqual(['choir ¶1.2']);
  });

  it('"When did the strike start?" stays with the strike, not the union’s founding', () => {
    const index = createSearchIndex(STRIKE);
    expect(index.search('When did the strike start?').hits.map((h) => cite(h.sentence))[0]).toBe('strike ¶1.2');
  });
});

/**
 * A body counted by its people: "workforce" is a body whose members are gangs and crews, bodies
 * themselves, whose member is the crewman, a kind of employee. The members of a member body are
 * read too, so the workforce is met as the employees and the act that makes them ("employ"), as
 * "staff" already was.
 */
const TILES = record('tiles', [
  ['Pennick Tiles is a maker of clay roof tiles in the market town of Ebbings.', 'The firm employs 140 people at its works beside the river.'],
  ['Its three kilns are fired with gas from a nearby landfill site.', 'Most of its tiles are sold to builders restoring old houses.'],
]);

describe('a body’s people through the members of its member bodies', () => {
  it('"workforce" is met as "employee" and "employ"', () => {
    expect(relatedWords('workforce').related).toEqual(['manpower', 'hands', 'men', 'crewman', 'employee', 'employ']);
    // A body whose members are people already: unchanged.
    expect(relatedWords('staff').related).toEqual(['staffer', 'employee', 'employ']);
  });

  it('"How large is the firm’s workforce?" answers with "The firm employs 140 people"', () => {
    // Before, nothing reached the bar: the record never writes "workforce".
    expect(createSearchIndex(TILES).search('How large is the firm’s workforce?').hits.map((h) => cite(h.sentence))).toEqual(['tiles ¶1.2']);
  });
});

/**
 * Verbs that make the same act: "found" and "form" both derive "constitution, establishment,
 * formation, organization" (a noun.act), so a body founded is met as a body formed; those of the
 * verb's own kind of act (WordNet's file) come first.
 */
const GUILD = record('guild', [
  ['The Tolvern Guild of Thatchers represents about 60 thatchers in the county of Penrhos.', 'It was formed in 1952 by eleven thatchers from the village of Merriby.'],
  [
    'Membership is open to any joiner who has served a five-year apprenticeship, and the guild holds its meeting every year in Fallowby.',
    'Members must use straw grown in the county.',
  ],
]);

describe('verbs of one act', () => {
  it('"founded" is met as "organize" and "form", social acts as it is, before "innovate" and "originate"', () => {
    expect(relatedWords('founded').related).toEqual(['establish', 'launch', 'foundation', 'founder', 'founding', 'open', 'organize', 'form', 'innovate', 'originate', 'institute', 'institutionalise']);
  });

  it('"When was the guild founded?" answers with "It was formed in 1952"', () => {
    // Before, the sentence holding "guild" and a year came first.
    expect(createSearchIndex(GUILD).search('When was the guild founded?').hits.map((h) => cite(h.sentence))).toEqual(['guild ¶1.2', 'guild ¶2.1']);
  });
});
