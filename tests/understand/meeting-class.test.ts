import { describe, expect, it } from 'vitest';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 35 (r1): the word before "with" that names talk held ("held talks with", "met with")
 * is asked of WordNet (`meetingWord`) instead of a list of thirteen forms; kinds the list left
 * out ("discussions", "a conference", "a dialogue") name the pair as "talks" did.
 */
describe('"X held discussions with Y", then "the two countries agreed": the pair', () => {
  it('discussions', () => {
    const body = 'On Tuesday, Latvala held discussions with Orrin in Vessby.\n\nThe two countries agreed to share salmon counts.';
    expect(rows(body)).toEqual([['2.1', 'Latvala | Orrin', 'reached', null]]);
  });
  it('a dialogue', () => {
    const body = 'On Tuesday, Latvala opened a dialogue with Orrin in Vessby.\n\nThe two countries agreed to share salmon counts.';
    expect(rows(body)).toEqual([['2.1', 'Latvala | Orrin', 'reached', null]]);
  });
});

describe('meetingWord', () => {
  it('talk held, by noun or verb; not a deal, a dispute, an interview or a whisper', async () => {
    const { meetingWord } = await import('../../src/understand/lexicon.js');
    expect(['talks', 'met', 'spoke', 'negotiated', 'meeting', 'call', 'summit', 'discussions', 'dialogue', 'conference'].filter(meetingWord)).toEqual([
      'talks', 'met', 'spoke', 'negotiated', 'meeting', 'call', 'summit', 'discussions', 'dialogue', 'conference',
    ]);
    expect(['deal', 'agreement', 'dispute', 'interview', 'whispered', 'signed', 'Talks'].filter(meetingWord)).toEqual([]);
  });
});
