/**
 * /who-said over an article of our own written the way wire copy is: one long paragraph, a colon
 * quote over two sentences, a speaker named after the quote with an unusual verb, reported speech
 * by surname and pronoun, and the company standing for itself.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { answer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';

const ARTICLE = [
  '---',
  'title: Dunmore mill to close',
  'date: 2024-05-02',
  '---',
  '',
  'The Dunmore flour mill will close in June after 80 years. ' +
    'Mill owner Dara Finch said: "We never planned this closure. It was forced on us by the banks." ' +
    'Finch told the town council that the 120 workers would be offered jobs at the Carrow site. ' +
    'She added that the buildings would be sold. ' +
    '"The town has lost its heart," sighed Omar Sande, who has worked at the mill since 1990. ' +
    'Grainco, which owns the Carrow site, said in a statement that it welcomed the workers. ' +
    'The council voted to buy the mill building.',
].join('\n');

let corpus: Corpus;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-whosaid-'));
  writeFileSync(join(dir, '2024-05-02-dunmore-mill.md'), ARTICLE);
  corpus = await buildCorpus(dir);
});

const sentences = (a: Answer): string[] => a.results.map((r) => `${r.excerpt.sentence}:${r.speaker!.name}`);

describe('who-said over wire copy', () => {
  it('a person: everything they said, through every way they were named', () => {
    const a = answer(corpus, { command: 'who-said', query: 'Finch' });
    // Sentences 2 and 3 are the colon quote, 4 the surname, 5 the pronoun ("She added").
    expect(sentences(a)).toEqual(['2:Dara Finch', '3:Dara Finch', '4:Dara Finch', '5:Dara Finch']);
    expect(a.results.map((r) => r.speaker!.resolved)).toEqual([
      null,
      'quote continued; speaker Dara Finch named in ¶1.2',
      'Finch = Dara Finch, named in ¶1.2',
      'She = Dara Finch, named in ¶1.4',
    ]);
  });

  it('the first words of a quote, the second sentence of a colon quote, and a paraphrase of it', () => {
    const first = answer(corpus, { command: 'who-said', query: 'we never planned this closure' });
    const second = answer(corpus, { command: 'who-said', query: 'It was forced on us by the banks' });
    const paraphrase = answer(corpus, { command: 'who-said', query: 'the banks forced it on them' });
    expect([first, second, paraphrase].map((a) => sentences(a)[0])).toEqual(['2:Dara Finch', '3:Dara Finch', '3:Dara Finch']);
  });

  it('a speaker named after the quote with any verb, and a company in a statement', () => {
    const sighed = answer(corpus, { command: 'who-said', query: 'the town has lost its heart' });
    const company = answer(corpus, { command: 'who-said', query: 'Grainco' });
    expect([sentences(sighed)[0], sentences(company)]).toEqual(['6:Omar Sande', ['7:Grainco']]);
  });

  it('a vote in the article\'s own voice is nobody\'s statement', () => {
    const a = answer(corpus, { command: 'who-said', query: 'the council voted to buy the mill building' });
    // Sentence 8 (the vote) holds every word asked, yet only statements answer.
    expect(a.results.map((r) => r.excerpt.sentence).includes(8)).toBe(false);
  });
});
