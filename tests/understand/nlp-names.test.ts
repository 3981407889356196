/**
 * The tagger's one correction for capitalised words (src/understand/nlp.ts, `namesInCapitals`):
 * inside prose, a title-case name word the model reads as a verb, noun or adjective ("Falls",
 * "Echo", "Hatch", "Spoke") is a proper noun; title-case headlines, sentence-initial orders, -ing
 * openers and dates keep the model's reading. Sentences of our own writing.
 */
import { describe, expect, it } from 'vitest';
import { tag, type Upos } from '../../src/understand/nlp.js';
import { extractAgreements } from '../../src/understand/agreements.js';
import { extractStatements } from '../../src/understand/statements.js';
import { sentenceKey } from '../../src/understand/types.js';
import { docOf } from './statements-fixture.js';

/** The tag of each title-case token, in order ("Word/TAG"). */
const capitals = (text: string): string[] =>
  tag(text).tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => `${t.text}/${t.pos}`);
const posOf = (text: string, word: string): Upos | undefined => tag(text).tokens.find((t) => t.text === word)?.pos;

describe('names in capitals', () => {
  it('reads a name word the model takes for a verb as a proper noun, with the word as its lemma', () => {
    const text = 'Ticket sales at the Marl Falls Rovers rose by a third.';
    expect(capitals(text)).toEqual(['Ticket/PROPN', 'Marl/PROPN', 'Falls/PROPN', 'Rovers/PROPN']);
    expect(tag(text).tokens.find((t) => t.text === 'Falls')?.lemma).toBe('falls');
    expect(capitals('The critic wrote in the Wexcombe Echo that the play was too long.')).toEqual(['The/DET', 'Wexcombe/PROPN', 'Echo/PROPN']);
    expect(capitals('Workers at the Kiln Works in Upper Tansworth voted to strike.')).toEqual(['Workers/PROPN', 'Kiln/PROPN', 'Works/PROPN', 'Upper/PROPN', 'Tansworth/PROPN']);
  });

  it('reads a lone capitalised verb within a sentence as a name: prose writes verbs small', () => {
    expect(posOf('The council signed a cleaning contract with Scour and Polish Ltd on Friday.', 'Scour')).toBe('PROPN');
    expect(posOf('The cycle-hire firm Spoke has agreed to be bought by Hatch Capital for £20 million.', 'Hatch')).toBe('PROPN');
    expect(posOf('Clasp Mobility has agreed to buy Spoke.', 'Spoke')).toBe('PROPN');
  });

  it('reads a noun before the last word of a run with a name word as a name; the last noun, the head, stays a noun', () => {
    expect(capitals('Pickets stood outside the Dunley Evening Post all night.')).toEqual(['Pickets/PROPN', 'Dunley/PROPN', 'Evening/PROPN', 'Post/PROPN']);
    expect(capitals('The Weather Office said the storm would pass by noon.')).toEqual(['The/DET', 'Weather/PROPN', 'Office/NOUN']);
  });

  it('reads a sentence\'s first word as a name only as the subject of a finite verb or before "\'s"', () => {
    expect(posOf('Glean said its profits had doubled.', 'Glean')).toBe('PROPN');
    expect(posOf('Whittle\'s profits rose by a fifth.', 'Whittle')).toBe('PROPN');
    // An order has no subject; an -ing opener and a date stay as read.
    expect(posOf('Meet Anna Voss, the new mayor of the town.', 'Meet')).toBe('VERB');
    expect(posOf('Stop the count.', 'Stop')).toBe('VERB');
    expect(posOf('Following Tuesday\'s vote, the mayor resigned.', 'Following')).toBe('VERB');
    expect(posOf('Today Norvik Air opened a new route to the islands.', 'Today')).toBe('NOUN');
    // After a colon or an opening quote a capital starts a sentence of its own.
    expect(posOf('He shouted: "Stop the count."', 'Stop')).toBe('VERB');
  });

  it('leaves a title-case headline as the model reads it, and a leading adjective', () => {
    expect(capitals('Jane Rowe Says Fund Is Empty')).toEqual(['Jane/PROPN', 'Rowe/PROPN', 'Says/VERB', 'Fund/PROPN', 'Is/AUX', 'Empty/PROPN']);
    expect(posOf('Airline Agrees Merger With Skiff Air', 'Agrees')).toBe('VERB');
    expect(posOf('French President Emmanuel Macron arrived late.', 'French')).toBe('ADJ');
  });
});

describe('names in capitals, as the readers see them', () => {
  const agreements = (body: string): string[] => {
    const doc = docOf(body);
    const found = extractAgreements(doc, extractStatements(doc));
    return doc.paragraphs.flatMap((p) => p.sentences).flatMap((s) => (found.get(sentenceKey(s)) ?? []).map((a) => `${s.sentence}: ${a.parties.join(' | ')} (${a.status})`));
  };

  it('keeps a name whose middle word reads as a verb whole', () => {
    expect(agreements('The Marl Falls Rovers will play at a new ground next season after the football club signed a lease with the borough.')).toEqual([
      '1: Marl Falls Rovers (signed)',
    ]);
  });

  it('finds a party whose name reads as a verb', () => {
    expect(agreements('The cycle-hire firm Spoke has agreed to be bought by Hatch Capital for £20 million.')).toEqual(['1: Spoke | Hatch Capital (reached)']);
    expect(agreements(['Clasp Mobility has agreed to buy Spoke.', 'Clasp said the deal would close in June.'].join('\n'))).toEqual([
      '1: Clasp Mobility | Spoke (reached)',
      '2: Clasp Mobility | Spoke (reached)',
    ]);
  });

  it('still reads a statement written in a paper whose title word reads as a verb', () => {
    const doc = docOf('The critic wrote in the Wexcombe Echo that the play was too long.');
    const found = extractStatements(doc);
    expect([...found.values()].flat().map((s) => `${s.speaker.name} [${s.cue}]`)).toEqual(['the critic [wrote]']);
  });
});
