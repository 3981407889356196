import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/answer/build.js';
import type { Corpus } from '../../src/answer/corpus.js';
import { suggest } from '../../src/answer/autocomplete.js';
import { answer, prepareCorpus } from '../../src/answer/index.js';
import { directionOf, nearestTime } from '../../src/answer/shared.js';
import { eventOf } from '../../src/answer/when.js';
import type { Answer } from '../../src/answer/types.js';
import { extractTimes } from '../../src/understand/dates.js';

// Two short stories of our own (a port deal, a council vote) in tests/fixtures/newsroom.
const DIR = 'tests/fixtures/newsroom';
const H = '2021-03-12-harbor-data';
const L = '2022-06-08-library-budget';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await buildCorpus(DIR);
});

const cites = (a: Answer) => a.results.map((r) => r.excerpt.cite);
const bold = (a: Answer, i = 0) => {
  const e = a.results[i]!.excerpt;
  return e.highlights.map(([x, y]) => e.text.slice(x, y));
};

describe('search', () => {
  it('ranks the headline that holds the exact phrase above the sentence that splits it', () => {
    const a = answer(corpus, { command: 'search', query: 'berth data' });
    expect(a.status).toBe('answered');
    // ¶0.1 has "berth data" together; ¶1.1 has "berth scheduling data". Nothing else has both.
    expect(cites(a)).toEqual([`${H} ¶0.1`, `${H} ¶1.1`]);
    expect(bold(a)).toEqual(['berth data']);
  });

  it('forgives typos and still bolds the words as written', () => {
    const a = answer(corpus, { command: 'search', query: 'emisions reprot' });
    expect(cites(a)[0]).toBe(`${H} ¶4.1`);
    expect(bold(a)).toEqual(['emissions report']);
  });

  it('answers a query the record does not contain with not_found and labelled suggestions', () => {
    const a = answer(corpus, { command: 'search', query: 'stock market crash' });
    expect(a.status).toBe('not_found');
    expect(a.results).toEqual([]);
    expect(a.message).toBe('The record does not cover “stock market crash”.');
    // Nearest by shared letters only ("market" ~ "March", "crash" ~ "chief"): offered, never answers.
    expect(a.suggestions.map((r) => r.excerpt.cite)).toEqual([`${H} ¶1.1`, `${L} ¶2.2`, `${H} ¶5.2`]);
  });

  it('rejects an empty or mention-only query before searching', () => {
    expect(answer(corpus, { command: 'search', query: '  ' }).status).toBe('invalid');
    const a = answer(corpus, { command: 'search', query: '@everyone' });
    expect([a.status, a.message]).toEqual(['invalid', 'Mentions cannot be searched. Type the words you are looking for instead of a mention.']);
  });
});

describe('when', () => {
  it('gives the day of an explicit date, as written and normalised', () => {
    const a = answer(corpus, { command: 'when', query: 'negotiators met in Brussels' });
    expect(cites(a)[0]).toBe(`${H} ¶3.1`);
    expect(a.results[0]!.when).toEqual({ text: 'March 3', start: '2021-03-03', end: '2021-03-03', approximate: false, byContext: null });
  });

  it('dates a sentence by the previous sentence when it has no date of its own, and cites it', () => {
    const a = answer(corpus, { command: 'when', query: 'container terminal tour' });
    expect(cites(a)[0]).toBe(`${H} ¶3.2`);
    const w = a.results[0]!.when!;
    expect([w.start, w.end, w.text, w.byContext?.cite]).toEqual(['2021-03-03', '2021-03-03', 'March 3', `${H} ¶3.1`]);
  });

  it('says plainly that the record gives no date, and still shows the sentence', () => {
    const a = answer(corpus, { command: 'when', query: 'critics' });
    expect(cites(a)).toEqual([`${H} ¶5.1`]);
    expect(a.results[0]!.when).toBeUndefined();
  });

  it('gives a vague expression as an approximate range', () => {
    const a = answer(corpus, { command: 'when', query: 'pilot with shipping lines' });
    expect(cites(a)[0]).toBe(`${H} ¶4.2`);
    expect(a.results[0]!.when).toMatchObject({ text: 'mid-April', start: '2021-04-11', end: '2021-04-20', approximate: true });
  });
});

describe('when: which date of a sentence with several', () => {
  // Our own sentences; the highlights are the words a question matched.
  const pick = (text: string, words: string[], question = ''): string | undefined => {
    const highlights = words.map((w): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length]);
    const rd = '2023-05-10';
    const t = nearestTime(extractTimes(text, rd), highlights, { direction: directionOf(question), reportDate: rd, text });
    return t?.text;
  };

  it('takes the date in the clause of the matched words, not one across "and"', () => {
    const s = 'The panel fixed a timetable, with written comments due on June 2 and public hearings set for July 19.';
    expect(pick(s, ['public hearings'])).toBe('July 19');
    expect(pick(s, ['written comments'])).toBe('June 2');
  });

  it('looks ahead for "when will …" and back for "when did …"', () => {
    const s = 'Okoro, who coached the junior squad from 2015 to 2019, will start the new job on June 1.';
    expect(pick(s, ['Okoro'], 'When will Okoro start?')).toBe('June 1');
    expect(pick(s, ['Okoro'], 'When did Okoro coach the junior squad?')).toBe('from 2015 to 2019');
  });

  it('does not answer with a date the question itself names', () => {
    const s = 'The 2024 fair will be held from Sept. 3 to Sept. 8, the organisers said.';
    expect(pick(s, ['2024', 'fair'], 'When will the 2024 fair be held?')).toBe('from Sept. 3 to Sept. 8');
  });

  it('reads the direction of a question', () => {
    expect([directionOf('When will the bridge open?'), directionOf('When was the bridge opened?'), directionOf('bridge opening')]).toEqual(['future', 'past', null]);
  });
});

describe('who-said', () => {
  it('lists everything a person said, in reading order, resolving the surname to the full name', () => {
    const a = answer(corpus, { command: 'who-said', query: 'Smit' });
    expect(cites(a)).toEqual([`${H} ¶1.1`, `${H} ¶2.1`, `${H} ¶2.2`, `${H} ¶4.2`]);
    expect(a.results.map((r) => r.speaker!.name)).toEqual(['Marieke Smit', 'Marieke Smit', 'Marieke Smit', 'Marieke Smit']);
    expect(a.results[3]!.speaker!.resolved).toBe('Smit = Marieke Smit, named in ¶1.1');
  });

  it('bolds a pronoun speaker as a whole word, never the "he" inside another word', () => {
    const a = answer(corpus, { command: 'who-said', query: 'Nowak' });
    const second = a.results[1]!;
    expect(second.speaker!.resolved).toBe('he = Tomasz Nowak, named in ¶5.2');
    expect(bold(a, 1)).toEqual(['he']);
    expect(second.excerpt.highlights).toEqual([[second.excerpt.text.indexOf(' he ') + 1, second.excerpt.text.indexOf(' he ') + 3]]);
  });

  it('attributes the second sentence of a quote to the speaker named after the first', () => {
    const a = answer(corpus, { command: 'who-said', query: 'best investment' });
    expect([cites(a)[0], a.results[0]!.speaker!.name]).toEqual([`${L} ¶2.2`, 'Ana Ruiz']);
  });

  it('says when no statement matches, with suggestions', () => {
    const a = answer(corpus, { command: 'who-said', query: 'volcanic eruption' });
    expect([a.status, a.message]).toEqual(['not_found', 'The record has no statement about “volcanic eruption”.']);
  });

  it('offers the sentences on the topic as suggestions when none of them is a statement', () => {
    // The container terminal is only in a sentence nobody is quoted in (¶3.2).
    const a = answer(corpus, { command: 'who-said', query: 'container terminal' });
    expect([a.status, a.results.length, a.suggestions.map((r) => r.excerpt.cite)]).toEqual(['not_found', 0, [`${H} ¶3.2`]]);
    expect(a.suggestions[0]!.score).toBe(1);
  });
});

describe('context, sources, timeline, help', () => {
  it('shows the whole paragraph with the cited sentence marked', () => {
    const a = answer(corpus, { command: 'context', query: `${H} ¶2.2` });
    expect(a.context!.target.cite).toBe(`${H} ¶2.2`);
    expect(a.context!.sentences.map((s) => s.cite)).toEqual([`${H} ¶2.1`, `${H} ¶2.2`]);
  });

  it('accepts a unique prefix of the document id', () => {
    expect(answer(corpus, { command: 'context', query: '2022 ¶3.1' }).context!.target.text).toBe(
      'Construction is expected to start in September and to finish in late 2024.',
    );
  });

  it('refuses a citation that does not resolve, with the reason', () => {
    const a = answer(corpus, { command: 'context', query: `${H} ¶9.9` });
    expect(a.status).toBe('invalid');
    expect(a.message).toMatch(/¶9/u);
  });

  it('lists the documents with title, date and size', () => {
    const a = answer(corpus, { command: 'sources' });
    expect(a.sources!.documents.map((d) => [d.doc, d.title, d.published, d.paragraphs, d.sentences])).toEqual([
      [H, 'Two North Sea ports agree to share berth data, officials said on Friday', '2021-03-12', 5, 10],
      [L, 'City council approves new library budget', '2022-06-08', 4, 6],
    ]);
  });

  it('orders the timeline by date, leaving out the dateline (a reporting date, not an event)', () => {
    const a = answer(corpus, { command: 'timeline' });
    const starts = a.results.map((r) => r.when!.start!);
    expect(starts).toEqual([...starts].sort());
    expect(a.results.some((r) => r.when!.text === '12th March, 2021')).toBe(false);
    expect(a.results[0]!.when).toMatchObject({ text: 'March 3', start: '2021-03-03' });
  });

  it('lists every command in help', () => {
    expect(answer(corpus, { command: 'help' }).help!.map((h) => h.command)).toEqual([
      'when', 'who-said', 'agreed', 'search', 'ask', 'context', 'timeline', 'sources', 'check', 'help',
    ]);
  });
});

describe('prepareCorpus', () => {
  /** The fixture corpus, counting how often the answers read a sentence's facts. */
  const counting = (): { corpus: Corpus; reads: () => number } => {
    let reads = 0;
    const counted: Corpus = { ...corpus, doc: (id) => corpus.doc(id), facts: (s) => (reads++, corpus.facts(s)) };
    return { corpus: counted, reads: () => reads };
  };

  it('builds the lists answers keep, so the timeline and autocomplete read no facts afterwards', async () => {
    const { corpus: c, reads } = counting();
    await prepareCorpus(c);
    const built = reads();
    expect(built).toBeGreaterThan(0);
    expect(answer(c, { command: 'timeline', page: 0, pageSize: 2 }).results.map((r) => r.excerpt.cite)).toEqual([`${H} ¶3.1`, `${H} ¶0.1`]);
    expect(suggest(c, 'events', 'negotiators').length).toBe(1);
    expect(reads()).toBe(built);
  });

  it('stops as soon as a newer corpus has replaced this one', async () => {
    const { corpus: c, reads } = counting();
    await prepareCorpus(c, () => false);
    expect(reads()).toBe(0);
  });
});

describe('ask', () => {
  it('routes a when-question and keeps the routed command visible', () => {
    const a = answer(corpus, { command: 'ask', query: 'When did the negotiators meet in Brussels?' });
    expect([a.command, a.routedTo, cites(a)[0]]).toEqual(['ask', 'when', `${H} ¶3.1`]);
  });

  it('pages: page 1 of size 1 is the second result, with the total', () => {
    const all = answer(corpus, { command: 'search', query: 'berth data' });
    const p1 = answer(corpus, { command: 'search', query: 'berth data', page: 1, pageSize: 1 });
    expect(cites(p1)).toEqual([cites(all)[1]]);
    expect(p1.page).toEqual({ index: 1, size: 1, total: 2 });
  });
});

describe('agreed: the topic must be in the agreement, not elsewhere in its sentence', () => {
  it('answers the agreed clause and leaves out what the parties failed to agree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-agreed-'));
    writeFileSync(
      join(dir, 'river-talks.txt'),
      ' date 2023-06-02 Upstream and downstream towns agree on flood gauges, no deal on dredging\n\n' +
        'The towns of Arlow and Benmore agreed on Thursday to share flood gauge readings, but the two sides failed to agree on dredging the channel.\n',
    );
    const c = await buildCorpus(dir);
    const gauges = answer(c, { command: 'agreed', query: 'flood gauge readings' });
    expect([gauges.status, gauges.results[0]?.excerpt.cite, gauges.results[0]?.agreement?.action]).toEqual([
      'answered',
      'river-talks ¶1.1',
      'to share flood gauge readings',
    ]);
    const dredging = answer(c, { command: 'agreed', query: 'dredging' });
    expect([dredging.status, dredging.results.length, dredging.suggestions.map((r) => r.excerpt.cite).sort()]).toEqual([
      'not_found',
      0,
      ['river-talks ¶0.1', 'river-talks ¶1.1'],
    ]);
  });
});

describe('ask: a "who" question about a fact, not about speech', () => {
  it('falls back to search when no statement answers it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-who-'));
    writeFileSync(
      join(dir, 'derby.txt'),
      ' date 2023-10-02 Northfield win the derby\n\nMidfielder Tariq Bello scored the winning goal in the 90th minute.\n\n"We never stopped believing," coach Hana Ruiz said.\n',
    );
    const c = await buildCorpus(dir);
    const fact = answer(c, { command: 'ask', query: 'Who scored the winning goal?' });
    expect([fact.status, fact.routedTo, fact.results[0]?.excerpt.cite]).toEqual(['answered', 'search', 'derby ¶1.1']);
    const speech = answer(c, { command: 'ask', query: 'Who said they never stopped believing?' });
    expect([speech.status, speech.routedTo, speech.results[0]?.speaker?.name]).toEqual(['answered', 'who-said', 'Hana Ruiz']);
  });
});

describe('ask: "who wrote <a work>?" asks for the author, not for a statement', () => {
  it('is searched, and the sentence naming the author comes first; "who wrote to …" stays a statement question', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-wrote-'));
    writeFileSync(
      join(dir, 'novel.txt'),
      ' date 2024-05-03 A valley novel returns\n\nThe novel Tarnwick was written by Lisset Hawkmere and first published in 1994.\n\n"Tarnwick is the best book ever written about the valley," critic Velma Dunstow said.\n\nDunstow wrote to the publisher that the novel should be reprinted.\n',
    );
    const c = await buildCorpus(dir);
    const author = answer(c, { command: 'ask', query: 'Who wrote Tarnwick?' });
    expect([author.status, author.routedTo, author.results[0]?.excerpt.cite]).toEqual(['answered', 'search', 'novel ¶1.1']);
    const letter = answer(c, { command: 'ask', query: 'Who wrote to the publisher?' });
    expect(letter.routedTo).toBe('who-said');
  });
});

describe('agreed: parties asked for by the words the record used for them', () => {
  it('"what did the unions agree?" finds "the unions", resolved to the named pair', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-unions-'));
    writeFileSync(
      join(dir, 'rail.txt'),
      ' date 2023-03-01 Rail strike called off\n\n' +
        'The Drivers Union and the Signal Workers Guild met the operator on Monday.\n\n' +
        'The unions agreed to suspend the strike for two weeks.\n\n' +
        'The operator promised to publish new rosters by Friday.\n',
    );
    const c = await buildCorpus(dir);
    const a = answer(c, { command: 'ask', query: 'What did the unions agree?' });
    expect([a.routedTo, a.results.map((r) => r.excerpt.cite), a.results[0]?.agreement?.parties]).toEqual([
      'agreed',
      ['rail ¶2.1'],
      ['the Drivers Union', 'the Signal Workers Guild'],
    ]);
  });
});

describe('when: the direction of the question orders dated answers', () => {
  it('"when will …" puts a date ahead of the report first, "when did …" one behind it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-when-'));
    writeFileSync(
      join(dir, 'fisheries.txt'),
      ' date 2023-05-10 Fisheries ministers to hold talks again\n\n' +
        'The fisheries ministers held talks in Oslo on May 2.\n\n' +
        'The fisheries ministers will hold talks again in Bergen on June 9.\n',
    );
    const c = await buildCorpus(dir);
    const ahead = answer(c, { command: 'ask', query: 'When will the fisheries ministers hold talks?' });
    const behind = answer(c, { command: 'ask', query: 'When did the fisheries ministers hold talks?' });
    expect([ahead.results[0]?.when?.start, behind.results[0]?.when?.start]).toEqual(['2023-06-09', '2023-05-02']);
    const what = answer(c, { command: 'ask', query: 'What date will the talks in Bergen happen?' });
    expect([what.status, what.results[0]?.excerpt.cite]).toEqual(['answered', 'fisheries ¶2.1']);
    expect([eventOf('what date will the ferry service happen'), eventOf('On which day did the strike occur?')]).toEqual(['will the ferry service', 'did the strike ?']);
  });
});

describe('agreed: "X and Y" names the parties, whatever words the sentence used for them', () => {
  it('"what did Arlow and Benmore agree?" also finds "the two towns agreed"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-towns-'));
    writeFileSync(
      join(dir, 'towns.txt'),
      ' date 2023-06-02 Towns share gauges\n\n' +
        'Arlow and Benmore agreed on Thursday to share flood gauge readings.\n\n' +
        'The two towns also pledged to dredge the channel next spring.\n',
    );
    const c = await buildCorpus(dir);
    const a = answer(c, { command: 'ask', query: 'What did Arlow and Benmore agree?' });
    expect(a.results.map((r) => r.excerpt.cite)).toEqual(['towns ¶1.1', 'towns ¶2.1']);
  });
});

describe('who-said: "what did X say (about Y)?"', () => {
  it('lists X\'s statements, or those about Y, even when X is written in stop words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-say-'));
    writeFileSync(
      join(dir, 'fish.txt'),
      ' date 2023-04-04 Quotas cut\n\n' +
        'The WHO said cod was a healthy food.\n\n' +
        'Fisheries chief Ola Brandt said the cut was painful.\n\n' +
        'Brandt said herring stocks were recovering.\n',
    );
    const c = await buildCorpus(dir);
    const who = answer(c, { command: 'ask', query: 'What did the WHO say?' });
    expect([who.status, who.results.map((r) => [r.excerpt.cite, r.speaker?.name])]).toEqual(['answered', [['fish ¶1.1', 'the WHO']]]);
    const herring = answer(c, { command: 'ask', query: 'What did Brandt say about herring?' });
    expect(herring.results.map((r) => [r.excerpt.cite, r.speaker?.name])).toEqual([['fish ¶3.1', 'Ola Brandt']]);
    // A topic X never spoke about is not answered with everything X said.
    expect(answer(c, { command: 'ask', query: 'What did Brandt say about whaling?' }).status).toBe('not_found');
  });
});

describe('when and ask: relevance first, then the date; a question the lists miss goes to search', () => {
  let town: Corpus;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'onrecord-town-'));
    writeFileSync(
      join(dir, 'town.txt'),
      ' date 2023-05-10 Town news\n\n' +
        'The library board met on May 2 to discuss the budget for the new wing.\n\n' +
        'The library opened its new wing to readers, officials said.\n\n' +
        'Inspectors found the old bridge unsafe in March.\n',
    );
    town = await buildCorpus(dir);
  });

  it('/when puts the sentence about the event first, though it gives no date', () => {
    // ¶2.1 holds the whole question (0.967) and no date; ¶1.1 is dated (May 2) but is about a
    // meeting (0.456). Weighed by its date (an undated sentence keeps 0.7 of its relevance),
    // ¶2.1 still leads; dated sentences used to come first whatever their relevance. (/when
    // weighs the date itself, so its search does not also rank by the question's answer type.)
    const a = answer(town, { command: 'when', query: 'When did the library open its new wing?' });
    expect(a.results.map((r) => [r.excerpt.cite, r.score, r.when?.text ?? null])).toEqual([
      ['town ¶2.1', 0.967, null],
      ['town ¶1.1', 0.456, 'May 2'],
    ]);
  });

  it('a saying-question no statement answers is answered by the sentence that holds its words', () => {
    // No statement: inspectors "found", nobody "said". /who-said says so; /ask then searches.
    expect(answer(town, { command: 'who-said', query: 'Who said the old bridge was unsafe?' }).status).toBe('not_found');
    const a = answer(town, { command: 'ask', query: 'Who said the old bridge was unsafe?' });
    expect([a.status, a.routedTo, a.results.map((r) => r.excerpt.cite)]).toEqual(['answered', 'search', ['town ¶3.1']]);
  });
});
