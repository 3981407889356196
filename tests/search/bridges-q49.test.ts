import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { relatedWords } from '../../src/search/related.js';
import { cite, record } from './record.js';

/**
 * Session 26, q49: paraphrase bridges from WordNet. A role noun of the question ("the founder") met by the act the record names
 * its holder by, in the sense WordNet makes the role of ("established by …", "set up by …") and
 * by the light verbs whose doer it names ("started by …"). Texts of our own.
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

