import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { phrasalKindOf, relatedWords } from '../../src/search/related.js';
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

const LUTHIER = record('luthier', [
  [
    'Elspet Ketterley is a violin maker who works from a converted barn near Dunmoor.',
    'She trained for six years with a maker in the city before moving back to the village.',
    'She opened her own workshop in 1971.',
    'Her violins are played by two national orchestras.',
  ],
]);

describe('a phrasal verb by the more general act it names (phrasalKindOf)', () => {
  it('gives "set up" open and "give up" abandon, and a light or very general act nothing', () => {
    expect([phrasalKindOf('set_up'), phrasalKindOf('give_up'), phrasalKindOf('take_over'), phrasalKindOf('take_part')]).toEqual([['open'], ['abandon'], [], []]);
  });

  it('ranks the sentence saying she opened her own workshop first for "When did she set up on her own?"', () => {
    // Without a name the plain search offers it as its first suggestion (the bot answers it once the sentence vectors are read).
    const found = createSearchIndex(LUTHIER).search('When did she set up on her own?');
    expect([...found.hits, ...found.suggestions].map((h) => cite(h.sentence))[0]).toBe('luthier ¶1.3');
  });
});
