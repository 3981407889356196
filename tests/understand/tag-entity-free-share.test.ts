import { describe, expect, it } from 'vitest';
import { dropEntityFreeTagger, tag, taggedAfresh, withoutEntities } from '../../src/understand/nlp.js';

// A thread that keeps the full pipeline (questions read entities) and runs its own share of an
// extraction entity-free (parallel.ts). Sentences of our own, with dates, sums and counts.
const WITH_ENTITIES = 'The Marlow ferry board said on 3 May that it would spend £4.5 million on two new boats.';
const ALSO = 'Some 2,400 passengers were stranded for six hours on Friday, the board said.';
const NEVER_FULL = 'Captain Ilse Varga told the hearing that the ramp had failed in 2021.';

const shape = (text: string): string[] => tag(text).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}/${t.start}-${t.end}`);

describe('withoutEntities (this thread tags its share of an extraction without the entity pass)', () => {
  it('gives the tokens, tags and lemmas of the full pipeline, and no entities', () => {
    const full = shape(ALSO);
    const fullEntities = tag(ALSO).entities.map((e) => `${e.type}:${e.first}-${e.last}`);
    expect(fullEntities).toEqual(['CARDINAL:1-1', 'DURATION:6-7', 'DATE:9-9']);
    // A text the full pipeline tagged already is served as it is (entities and all).
    expect(withoutEntities(() => tag(ALSO).entities.length)).toBe(3);
    // A new text is tagged entity-free: same tokens as the full pipeline will give, no entities.
    const before = taggedAfresh();
    const free = withoutEntities(() => ({ shape: shape(WITH_ENTITIES), entities: tag(WITH_ENTITIES).entities }));
    expect(taggedAfresh()).toBe(before + 1);
    expect(free.entities).toEqual([]);
    expect(full).toEqual(shape(ALSO));
    // Outside, a question asking for the same text gets the full pipeline's tags: tagged again, with its entities.
    const asked = tag(WITH_ENTITIES);
    expect(taggedAfresh()).toBe(before + 2);
    expect(asked.entities.map((e) => e.type)).toEqual(['DATE', 'CARDINAL', 'CARDINAL']);
    expect(asked.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}/${t.start}-${t.end}`)).toEqual(free.shape);
    expect(asked.tokens.find((t) => t.text === 'said')).toEqual({ text: 'said', start: 23, end: 27, pos: 'VERB', lemma: 'say' });
  });

  it('keeps its entity-free tags apart and lets them go with its pipeline', () => {
    const before = taggedAfresh();
    const first = withoutEntities(() => tag(NEVER_FULL));
    // Asked again inside: from its own recent tags, not tagged again.
    expect(withoutEntities(() => tag(NEVER_FULL))).toBe(first);
    expect(taggedAfresh()).toBe(before + 1);
    expect(first.entities).toEqual([]);
    dropEntityFreeTagger();
    // Dropped: asked again inside, the text is tagged again (a fresh pipeline), to the same tokens.
    const again = withoutEntities(() => tag(NEVER_FULL));
    expect(taggedAfresh()).toBe(before + 2);
    expect(again).not.toBe(first);
    expect(again.tokens).toEqual(first.tokens);
    // Nested calls share the one pass; the value of `run` is returned.
    expect(withoutEntities(() => withoutEntities(() => tag(NEVER_FULL).tokens.length))).toBe(first.tokens.length);
    // The full pipeline's answer for the same text has its entities (a date).
    expect(tag(NEVER_FULL).entities.map((e) => e.type)).toEqual(['DATE']);
    dropEntityFreeTagger();
  });
});
