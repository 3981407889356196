import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

// findCues passes over a word no reader can take for a cue's verb (`mayHeadCue`, issue 15, p22):
// each reader that is reached through another way than the word alone still finds its cue.
describe('cue readers behind the per-word gate (issue 15, session 14, helper p22)', () => {
  it('readers decided by the next word, a figure after "at", or a perfect still find their cues', () => {
    const body = [
      'The harbour auditor queried whether the pump had been serviced at all.',
      'A memo from the depot manager sets out four options for the bus garage.',
      'The operator put its losses at 12 million pounds.',
      'The mayor has thanked volunteers for clearing the beach.',
      'The union calls for a ban on night shifts at the bakery.',
      'Asked about the lights, Tom Vane agreed that they were dim.',
      'The ferry left the quay at noon with 80 cars on board.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['1.1', 'the harbour auditor', 'queried'],
      ['2.1', 'a memo from the depot manager', 'sets out'],
      ['3.1', 'the operator', 'put'],
      ['4.1', 'the mayor', 'thanked'],
      ['5.1', 'the union', 'calls for'],
      ['6.1', 'Tom Vane', 'agreed'],
    ]);
  });

  it('an anonymous source is read only in a sentence holding its phrase ("familiar with", "who asked")', () => {
    const body = [
      'Two people familiar with the tender said the bid would fail.',
      'A council official who asked not to be identified said the crane was unsafe.',
      'Sources close to the club said the manager would stay.',
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['1.1', 'Two people familiar with the tender', 'said'],
      ['2.1', 'a council official who asked not to be identified', 'said'],
      ['3.1', 'Sources close to the club', 'said'],
    ]);
  });

  it('a document noun read once serves every verb after it in the sentence, up to 30 words back', () => {
    const words = 'drawn up by two engineers over several weeks of visits to every small site along the eastern line during last spring'.split(' ');
    const body = [
      'The letter describes the meeting and details the costs.',
      `The report, which was ${words.slice(0, 14).join(' ')}, describes the faults.`,
      `The report, which was ${words.join(' ')} and summer and checked by the board twice, describes the faults.`,
    ].join('\n\n');
    expect(said(body)).toEqual([
      ['1.1', 'the letter', 'describes'],
      ['2.1', 'the report', 'describes'],
    ]);
  });
});
