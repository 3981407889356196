import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { relatedWords } from '../../src/search/related.js';
import { cite, record } from './record.js';

/**
 * Session 26, q49: paraphrase bridges from WordNet. A role noun of the question ("the founder") met by the act the record names
 * its holder by, in the sense WordNet makes the role of ("established by …", "set up by …") and
 * by the light verbs whose doer it names ("started by …"); an event noun by the event it is a
 * kind of in the same WordNet file ("blaze" ~ "fire"). Texts of our own.
 */
const MILL = record('mill', [
  [
    'Orrisbrook Paper Mill is a small paper maker in the village of Dunmoor.',
    'The mill employs 14 paper makers and two apprentices, most of them from the village.',
    'It was established in 1962 by Elspet Ketterley, a former chemistry teacher.',
    'Its best-selling paper is a heavy cream card sold to printers.',
  ],
]);

const CUP = record('cup', [
  [
    'The Brisling Cup is a rowing race held each May on the river at Dunmoor.',
    'Crews of four rowers and a cox race over two miles against the tide.',
    'The race was started in 1990 by Ombry Ferrin, a retired ferryman.',
    'About 30 crews took part last year.',
  ],
]);

describe('a role noun by the other words of the act that makes it (relatedWords)', () => {
  it('gives "founder" the words of its act in that sense and the light verb naming its doer', () => {
    const related = relatedWords('founder').related;
    expect(['establish', 'launch', 'start', 'institute'].map((w) => related.includes(w))).toEqual([true, true, true, false]);
  });

  it('gives a noun that names no role none of them', () => {
    expect(['establish', 'start'].map((w) => relatedWords('mill').related.includes(w))).toEqual([false, false]);
  });
});

describe('"the founder" met by the sentence naming who established or started it', () => {
  it('ranks "established … by X, a former teacher" first for the founder\'s previous job', () => {
    expect(createSearchIndex(MILL).search("What was the founder's previous job?").hits.map((h) => cite(h.sentence))[0]).toBe('mill ¶1.3');
  });

  it('ranks "started … by X, a retired ferryman" first for the founder\'s job', () => {
    expect(createSearchIndex(CUP).search("What was the founder's job?").hits.map((h) => cite(h.sentence))[0]).toBe('cup ¶1.3');
  });
});

const BOATHOUSE = record('boathouse', [
  [
    'The Mossgrove Boathouse stands on the east bank of the river at Dunmoor.',
    'It was built in 1884 for a rowing club and later used to store barges.',
    'A fire in 1987 destroyed the roof and the club\'s collection of racing shells.',
    'The boathouse reopened in 1990 after a restoration paid for by a public appeal.',
  ],
]);

describe('an event noun by the event it is a kind of (relatedWords)', () => {
  it('gives "blaze" fire and flame, "downpour" rain, and no thing its kind', () => {
    expect(['fire', 'flame'].map((w) => relatedWords('blaze').related.includes(w))).toEqual([true, true]);
    expect(relatedWords('downpour').related.includes('rain')).toBe(true);
    expect(relatedWords('ship').related.includes('vessel')).toBe(false);
  });
});

describe('"the blaze" met by the sentence about the fire', () => {
  it('answers "What was lost in the 1987 blaze?" with the fire of 1987', () => {
    expect(createSearchIndex(BOATHOUSE).search('What was lost in the 1987 blaze?').hits.map((h) => cite(h.sentence))[0]).toBe('boathouse ¶1.3');
  });
});

