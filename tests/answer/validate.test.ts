import { describe, expect, it } from 'vitest';
import { checkQuery, MAX_QUERY_LENGTH } from '../../src/answer/validate.js';

describe('checkQuery', () => {
  it('normalises whitespace and drops invisible formatting characters', () => {
    expect(checkQuery('  berth\u200B  data\n\tshared ')).toEqual({ ok: true, query: 'berth data shared' });
    expect(checkQuery('evil\u202Etxt.exe')).toEqual({ ok: true, query: 'eviltxt.exe' });
  });

  it('composes accents (NFC) so that é typed two ways is one query', () => {
    expect(checkQuery('cafe\u0301')).toEqual({ ok: true, query: 'café' });
  });

  it('rejects empty input unless the command takes an optional topic', () => {
    expect(checkQuery('   ')).toEqual({ ok: false, message: 'The query is empty. Type a few words to look for, for example a name, an event or a phrase.' });
    expect(checkQuery(undefined, { optional: true })).toEqual({ ok: true, query: '' });
  });

  it('accepts the limit and rejects one character more, naming the limit', () => {
    expect(checkQuery('a'.repeat(MAX_QUERY_LENGTH)).ok).toBe(true);
    expect(checkQuery('a'.repeat(MAX_QUERY_LENGTH + 1))).toEqual({
      ok: false,
      message: `The query is ${MAX_QUERY_LENGTH + 1} characters long; the limit is ${MAX_QUERY_LENGTH}. Shorten it to the words that matter.`,
    });
  });

  it('rejects control characters without echoing them', () => {
    const r = checkQuery('talks\u0007\u001b[2J');
    expect(r).toEqual({ ok: false, message: 'The query contains control characters. Type the words you are looking for as plain text.' });
  });

  it('rejects mentions and mass pings', () => {
    for (const q of ['@everyone talks', 'who is <@123456789012345678>', '<@&42> agreed', 'see <#99>', '@here']) {
      expect(checkQuery(q)).toEqual({ ok: false, message: 'Mentions cannot be searched. Type the words you are looking for instead of a mention.' });
    }
  });

  it('keeps markdown characters (the index ignores them) but needs a letter or digit', () => {
    expect(checkQuery('**berth** `data`')).toEqual({ ok: true, query: '**berth** `data`' });
    expect(checkQuery('*** ___ ~~')).toEqual({ ok: false, message: 'The query has no letters or digits to look for.' });
  });
});
