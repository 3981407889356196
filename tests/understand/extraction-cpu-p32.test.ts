import { beforeAll, describe, expect, it } from 'vitest';
import { wordBeforeName } from '../../src/understand/agreements.js';
import { analyzeDocument } from '../../src/understand/analyze.js';
import { literal } from '../../src/regex.js';
import { agreementRows as rows } from './agreement-rows.js';
import { docOf } from './statements-fixture.js';

/**
 * Session 25 (p32, issue 15): extraction reads each sentence as a one-byte string where every
 * character fits one (`oneByteView`), and a name written after a role word is found by hand, not by
 * a pattern compiled for each name (`wordBeforeName`). Same facts, in sentences of our own writing.
 */
function facts(body: string): string[] {
  const out: string[] = [];
  for (const [key, f] of analyzeDocument(docOf(body))) {
    for (const s of f.statements) out.push(`${key} ${s.speaker.name} (${s.speaker.kind}) ${s.cue}: ${s.content}`);
    for (const t of f.times) out.push(`${key} time: ${t.text}`);
  }
  return out;
}

// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void facts('Tolvern Crisps signed a deal with Kettlesby.'), 120_000);

describe('one-byte sentences of a two-byte document', () => {
  it('a document with curly quotes: its plain and accented sentences give the same speakers, words and dates, verbatim', () => {
    const body = '“We will not sell,” said Quorril Dentavy, the chair of Tolvern Crisps, on Monday.\nRenée Vasquot, the firm’s founder, said the factory would stay open until March.\nMarrinet Dentavy told reporters that the new line would start in May.';
    const found = facts(body);
    expect(found).toEqual([
      '1.1 Quorril Dentavy (person) said: We will not sell',
      '1.1 time: Monday',
      '1.2 Renée Vasquot (person) said: the factory would stay open until March',
      '1.2 time: March',
      '1.3 Marrinet Dentavy (person) told: the new line would start in May',
      '1.3 time: May',
    ]);
    for (const line of found) expect(body).toContain(line.slice(line.indexOf(': ') + 2));
  });
});

describe('a name written after a role word', () => {
  it('"Tolvern founder Renée Vasquot said the firm …": "the company" after her is the firm, not its founder', () => {
    expect(rows("A supply deal between the crisp maker Tolvern Crisps and the store group Hestrow & Pelloway has collapsed.\nTolvern founder Renée Vasquot said the firm would not change its bags.\nThe company's contracts with a box firm, Kettlesby, remain in force.")).toEqual([
      ['1.1', 'Tolvern Crisps | Hestrow & Pelloway', 'collapsed', null],
      ['1.3', 'Tolvern Crisps | Kettlesby', 'in force', null],
    ]);
  });

  it('finds the word the pattern it replaces finds, on every text of a seeded sample', () => {
    // Letters (one outside the first plane), spaces (a no-break one too), marks and the name's own words.
    const parts = ['founder', 'Renée', 'Vasquot', 'of', '𝒜b', '(', ',', '-', '’s', 'x'];
    const gaps = [' ', ' ', ' ', '  ', '\u00a0', ''];
    const names = ['Renée Vasquot', 'Vasquot', 'of Renée', ' Vasquot', 'Renée  Vasquot'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed >>> 12) % n;
    };
    let matched = 0;
    for (let k = 0; k < 4000; k++) {
      const name = names[next(names.length)]!;
      let text = '';
      for (let w = next(8); w >= 0; w--) text += (next(3) === 0 ? name : parts[next(parts.length)]!) + gaps[next(gaps.length)]!;
      const m = new RegExp(`(?:^|\\s)(\\p{L}+)\\s+${literal(name)}(?![\\p{L}])`, 'u').exec(text);
      if (m) matched++;
      expect([text, name, wordBeforeName(text, name)]).toEqual([text, name, m?.[1] ?? null]);
    }
    // (The sample holds both kinds: texts the pattern matches and texts it does not.)
    expect(matched).toBeGreaterThan(400);
    expect(matched).toBeLessThan(3600);
  });
});
