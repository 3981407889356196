import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { relatedWords } from '../../src/search/related.js';
import { senseTagCounts } from '../../src/wordnet.js';
import { cite, record } from './record.js';
import { firstOutcomes, goldStands, qaFixture } from './qa-fixture.js';

/**
 * Questions in other words than the record (session 15, q25; tests/fixtures/qa-kinds25, stories
 * and names invented, written and scored before any change, `bench/qa-sets.ts --sets kinds25`):
 * verb synonyms and phrasal verbs (close ~ shut, drew up / designed ~ planned, given up / dropped
 * ~ abandoned, isolated ~ cut off, train / educated ~ studied, wrongly think ~ mistook, directed /
 * led ~ under, started / set up ~ founded, exhibited / seen ~ displayed), adjectives and nouns
 * (peak ~ busiest, female ~ women, tied ~ dead heat, present-day ~ modern), pronoun subjects, a
 * year with a description of the same building, why. Words only here, through the index as
 * `firstOutcomes` reads it (no headline); `ask` and the vectors answer more (see README, Questions).
 */
const ARTICLES = qaFixture('kinds25');
const NONE = { doc: 'refused', paragraph: 0, sentence: 0, text: '', start: 0, end: 0 };

describe('questions in other words, session 15 (our own set, words only)', () => {
  it('every gold answer stands in its paragraph', () => {
    expect(goldStands(ARTICLES).filter(([, stands]) => !stands)).toEqual([]);
  });

  it('answers each question with the sentence holding its gold answer, or refuses it', () => {
    expect(firstOutcomes(ARTICLES)).toEqual(EXPECTED);
  });
});

describe("a verb or adjective whose first sense is the word alone", () => {
  it("reads its next sense's lemmas as synonyms", () => {
    // "exhibit" is first "exhibit" alone (to show a quality), then "expose, exhibit, display".
    expect(relatedWords('exhibited').related).toEqual(expect.arrayContaining(['expose', 'display']));
    // "age" alone (grow old), then "senesce, age, get on, mature, maturate", as often tagged.
    expect(relatedWords('aged').related).toEqual(expect.arrayContaining(['senesce', 'mature']));
    // An adjective too: "inaugural" alone, then "first, initial, maiden".
    expect(relatedWords('inaugural').related).toEqual(expect.arrayContaining(['first', 'maiden']));
  });

  it('reads no next sense where the first has synonyms of its own', () => {
    // "train" is first "train, develop, prepare, educate": "discipline" and "coach" (its third and
    // seventh senses) stay out.
    expect(relatedWords('trained').related).not.toContain('discipline');
    expect(relatedWords('trained').related).not.toContain('coach');
  });

  it('reads no next sense tagged half as often as the first, or less (WordNet\'s concordance)', () => {
    expect(senseTagCounts('kill', 'verb').slice(0, 2)).toEqual([103, 1]);
    expect(relatedWords('killed').related).not.toContain('defeat');
    expect(senseTagCounts('rank', 'verb').slice(0, 2)).toEqual([2, 1]);
    // An adjective's satellite senses count too ("inaugural" 1 and 1); an unknown word has none.
    expect(senseTagCounts('inaugural', 'adj')).toEqual([1, 1]);
    expect(senseTagCounts('glorpish', 'verb')).toEqual([]);
    expect(relatedWords('rank').related).not.toContain('rate');
    // "educate" 7 and 3: "train, develop, prepare, educate" stays out.
    expect(relatedWords('educated').related).not.toContain('train');
  });

  const GALLERY = ['A gold brooch was dug up near Wenlow in 1952 by two schoolboys.', 'It is now displayed at the Castle Museum in Orle.', 'Its maker is unknown.'];
  it('answers where a thing is exhibited with the sentence saying it is displayed (its subject a pronoun)', () => {
    const index = createSearchIndex(record('story', [GALLERY]));
    expect(cite(index.search('Where is the brooch exhibited?').hits[0]?.sentence ?? NONE)).toBe('story ¶1.2');
  });
});

const EXPECTED: unknown = [
  [
    ['When did the tannery close for the first time?', 'first'],
    // Left: "drew up" ~ "planned" is held, but the busiest sentence names the tannery ("tannery" /
    // "works" are not one word); `ask` answers it (see bench/qa-sets.ts).
    // Session 22 (q42): that sentence names nobody, so the "who" question is refused rather than answered by it (`UNNAMED_DOER_ODDS`).
    ['Who drew up the plans for the tannery?', 'refused'],
    // Left: "at its peak" ~ "at its busiest" has no WordNet link (the vectors answer it).
    ['How many people worked at the tannery at its peak?', 'refused'],
    // Left: "female" ~ "women" (woman is a kind of female person, a noun sense the adjective's
    // first does not reach); "work" meets "works" of the planner's sentence.
    ['Where did female workers work?', 'wrong Harrow_Lane_tannery ¶1.3'],
    // Left: "the old tannery" ~ "the riverside building" (WordNet: a tannery is a workplace, not a building).
    ['What happened to the old tannery in 2004?', 'refused'],
    ['How many tanneries did the town have?', 'refused'],
    ['When was the tannery first closed down?', 'first'],
    // Left: as "drew up": the works' planner is not read as the tannery's.
    ['Who designed the tannery?', 'wrong Harrow_Lane_tannery ¶1.1'],
  ],
  [
    // Left: "tied" ~ "dead heat" (a dead heat is a kind of tie, the noun; "tied" is read as the adjective).
    ['What change followed the tied race?', 'refused'],
    ['When was the ban on paid coaches given up?', 'first'],
    // Left: "present-day" ~ "modern" (WordNet: "contemporary, present-day" is not linked to "modern").
    ['Where does the present-day course end?', 'refused'],
    // Left: "isolated" ~ "cut … off" has no WordNet link (the vectors answer it).
    ['For how long was Brigg isolated?', 'refused'],
    // A near miss left: the sentence naming the clubs holds no winner.
    ['Which club has won the cup most often?', 'answered Corley_Cup ¶1.1'],
    ['When was the ban on paid coaches dropped?', 'first'],
    ['What happened after the drawn race in 1897?', 'first'],
  ],
  [
    // Left: "train" / "educated" ~ "studied": "study" is a kind of train's second sense only.
    ['Where did Ashdown train?', 'refused'],
    ['For which event was her first poster originally made?', 'first'],
    // Left (words only): the studio's sentence answers through `ask`, not the index alone.
    ['Why did Ashdown leave the studio?', 'wrong Nell_Ashdown ¶1.2'],
    ['What did Ashdown paint while she lived abroad?', 'first'],
    ['When did Ashdown marry?', 'refused'],
    ['Where was Ashdown educated?', 'refused'],
  ],
  [
    // Left: "seen" ~ "displayed" (WordNet: showing causes seeing, a link read one way only).
    ['Where can the mirror be seen today?', 'wrong Sallow_mirror ¶1.1'],
    ['What did Pryce wrongly think the mirror was?', 'first'],
    ['Who directed the first excavation?', 'first'],
    ['Who started Sallow Estates?', 'first'],
    ['How old is the mirror?', 'refused'],
    // "exhibit" is first "exhibit" alone; its next sense is "expose, exhibit, display" (q25).
    ['Where is the mirror exhibited now?', 'first'],
    ['Who led the first dig?', 'first'],
    ['Who set up Sallow Estates?', 'first'],
    ['What did Pryce take the mirror for?', 'first'],
  ],
];
