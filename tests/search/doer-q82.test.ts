import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/record/types.js';
import { createSearchIndex } from '../../src/search/index.js';
import { multiwordVerbs } from '../../src/search/related.js';
import { cite, record } from './record.js';

/**
 * Session 39, q82: who did it and what was brought back, the right sentence first.
 *  - A question asking who did something by a light verb ("Who started the farm?") is answered by
 *    the sentence naming the doer after "by" whose "It" stands for the farm, though the sentence
 *    writes no word of the question but the light verb (`AGENT_TOPIC`).
 *  - A noun of the question held only through a WordNet word of the sentence ("workshop" ~ "shop")
 *    is held as written where the sentence's subject ("It") is what the noun names.
 *  - A particle set after the verb's object and before "to" or "into" makes the phrasal verb
 *    ("brought the ferry back into service": bring_back).
 * Texts of our own.
 */
const CIDER = record('cider', [
  [
    'Brackwater Cider Farm, on a hill above the village of Orton Vale, presses apples from forty orchards.',
    'It was started in 1991 by Thurstan Pellerow, a retired signalman who had grown apples for fun.',
    'The farm shop sells cider and juice every weekend.',
    'Since 2015 the farm has been run by his granddaughter, Ebbe Pellerow.',
  ],
]);

const BINDERY = record('bindery', [
  [
    'Castwick Bindery is a bookbinding workshop in the town of Sturrow.',
    'It was founded in 1943 by Agnes Morrow, a former printer, in a room above a butcher\u2019s shop.',
    'The workshop is known for repairing old parish registers.',
    'In 2019 the workshop won a county craft prize for its work on a ledger of 1702.',
  ],
]);

const answers = (sentences: readonly Sentence[], query: string, agentTopic?: number): string[] =>
  createSearchIndex(sentences, agentTopic === undefined ? {} : { ranking: { agentTopic } }).search(query).hits.map((h) => cite(h.sentence));

describe('the doer of a light verb named after "by" in a sentence about the asked thing', () => {
  it('answers "Who started the farm?" with the founding sentence first', () => {
    expect(answers(CIDER, 'Who started the farm?')[0]).toBe('cider ¶1.2');
    // Without the rule the founding sentence is no candidate: the one naming the farm's manager comes first.
    expect(answers(CIDER, 'Who started the farm?', 0)[0]).toBe('cider ¶1.4');
  });
});

describe('a noun held through a WordNet word where the subject is what it names', () => {
  it('answers "Who set up the workshop?" with the founding sentence first', () => {
    expect(answers(BINDERY, 'Who set up the workshop?')[0]).toBe('bindery ¶1.2');
  });
});

describe('a particle after the object, before where it goes', () => {
  it('reads "brought the ferry back into service" as bring_back', () => {
    expect(multiwordVerbs('Who brought the ferry back into service?').verbs).toEqual(new Map([['brought', 'bring_back']]));
    expect(multiwordVerbs('Who brought choir singing back to the valley?').verbs).toEqual(new Map([['brought', 'bring_back']]));
  });

  it('still reads the particle right after the verb, and none where a preposition of place follows', () => {
    expect(multiwordVerbs('Who set the festival up?').verbs).toEqual(new Map([['set', 'set_up']]));
    expect(multiwordVerbs('Who brought the boats back in the winter?').verbs).toEqual(new Map());
  });
});
