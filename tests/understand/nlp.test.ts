import { describe, expect, it } from 'vitest';
import { tag } from '../../src/understand/nlp.js';

describe('tag', () => {
  it('gives each token its tag, lemma and verbatim offsets', () => {
    const text = 'The harbour master told reporters on Monday that the ferry “will not sail”.';
    const { tokens, entities } = tag(text);
    expect(tokens.map((t) => t.text)).toEqual(['The', 'harbour', 'master', 'told', 'reporters', 'on', 'Monday', 'that', 'the', 'ferry', '“', 'will', 'not', 'sail', '”', '.']);
    expect(tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
    expect(tokens.find((t) => t.text === 'told')).toEqual({ text: 'told', start: 19, end: 23, pos: 'VERB', lemma: 'tell' });
    expect(entities).toEqual([{ type: 'DATE', first: 6, last: 6 }]);
  });

  it('keeps offsets right across repeated words and odd spacing', () => {
    const text = 'Rowe  said Rowe\u00a0said: "no".';
    const { tokens } = tag(text);
    expect(tokens.map((t) => [t.text, t.start])).toEqual([
      ['Rowe', 0], ['said', 6], ['Rowe', 11], ['said', 16], [':', 20], ['"', 22], ['no', 23], ['"', 25], ['.', 26],
    ]);
  });

  it('gives the same tokens without entities, and leaves the entities out', () => {
    const text = 'Acme agreed on March 3 to buy 40 jets from Borel for $2 billion.';
    const lean = tag(text, { entities: false });
    const full = tag(text);
    expect(lean.entities).toEqual([]);
    expect(full.entities.map((e) => e.type)).toEqual(['DATE', 'CARDINAL', 'MONEY']);
    expect(JSON.stringify(lean.tokens)).toBe(JSON.stringify(full.tokens));
    // Asked again after other texts, the same tags.
    for (let i = 0; i < 200; i++) tag(`Sentence number ${i} is here.`);
    expect(JSON.stringify(tag(text))).toBe(JSON.stringify(full));
  });
});
