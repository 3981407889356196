import { describe, expect, it } from 'vitest';
import { tag } from '../../src/understand/nlp.js';

describe('an article glued to the word before it (a page read off the web)', () => {
  it('is its own token, each token still found where the text has it', () => {
    const text = 'Share this page Copy linkThe ferry operator has closed.';
    const tokens = tag(text, { entities: false }).tokens;
    expect(tokens.slice(3, 7).map((t) => [t.text, t.pos, t.start, t.end])).toEqual([
      ['Copy', 'PROPN', 16, 20],
      ['link', 'NOUN', 21, 25],
      ['The', 'DET', 25, 28],
      ['ferry', 'NOUN', 29, 34],
    ]);
  });

  it('the article "A" too, after a byline', () => {
    const tokens = tag('By Ilse Marrow | Harbour ReporterA ferry operator has closed.', { entities: false }).tokens;
    expect(tokens.map((t) => t.text)).toEqual(['By', 'Ilse', 'Marrow', '|', 'Harbour', 'Reporter', 'A', 'ferry', 'operator', 'has', 'closed', '.']);
  });

  it('leaves a name written in camel case whole', () => {
    const tokens = tag('MacDonald and DeVane signed the lease.', { entities: false }).tokens;
    expect(tokens.map((t) => t.text)).toEqual(['MacDonald', 'and', 'DeVane', 'signed', 'the', 'lease', '.']);
  });
});
