import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const rows = (body: string): string[][] => statementRows(body, ['name', 'cue']);

describe('statements, session 32 (helper s51): what the article says in its own voice gets no speaker', () => {
  it('a recall with a clause of time after its object ("after a switch was found") holds no words of the firm; its "said" still reports', () => {
    const body = [
      'Kettlebright is recalling 9,000 kettles after a faulty switch was found in kettles built at its Grenmoor works.',
      '',
      'Kettlebright said the kettles had been sold since March.',
    ].join('\n');
    expect(rows(body)).toEqual([['2.1', 'Kettlebright', 'said']]);
  });

  it('a gerund the tagger reads as a noun ("had proposed closing the pool") is an act put forward, not words', () => {
    const body = 'Pool manager Ottavio Brennoch had proposed closing the pool because its boiler needs repairs.';
    expect(rows(body)).toEqual([]);
  });

  it('admitting a failure of duty ("admitted failing to check") is a plea; admitting that it failed reports', () => {
    const body = [
      'Zennorby admitted failing to check the brakes on a lorry before it left the depot.',
      '',
      'Zennorby admitted that it had failed to check the brakes on the lorry.',
    ].join('\n');
    expect(rows(body)).toEqual([['2.1', 'Zennorby', 'admitted']]);
  });

  it('a call for a walkout organises one (no words); a call for an inquiry still reports', () => {
    const body = [
      "The porters' union has called for a walkout at the depot next week.",
      '',
      "The porters' union has called for an inquiry into the crash.",
    ].join('\n');
    expect(rows(body)).toEqual([['2.1', "the porters' union", 'called for']]);
  });

  it('a manner of speaking with a thing for its object ("shout directions") gives no words; "shouted that" does', () => {
    const body = ['On match days the marshals shout directions at the crowd.', '', 'The marshals shouted that the gates were shut.'].join('\n');
    expect(rows(body)).toEqual([['2.1', 'the marshals', 'shouted']]);
  });

  it('after a paraphrase a line whose only first person is "our" is the page\'s own; after a quote it is the speaker\'s', () => {
    const body = [
      'According to the club, the match will go ahead on Saturday.',
      'Subscribe to our daily email to get the scores.',
      '',
      '"We will play," the club\'s captain, Ebberly Vorrell, said.',
      'Our pitch has never been better.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'the club', 'according to'],
      ['2.1', 'Ebberly Vorrell', 'said'],
      ['2.2', 'Ebberly Vorrell', 'said'],
    ]);
  });

  it('after words given past a colon with no marks ("…\'s email, which reads: …") a first-person line still goes on with the writer', () => {
    const body = ["On its website the trust posted Ebberly Vorrell's email, which reads: Friends, the hut will close for the winter.", 'I will open it again in April.'].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Ebberly Vorrell', 'reads'],
      ['1.2', 'Ebberly Vorrell', 'said'],
    ]);
  });

  it('logs (a written record in a later WordNet sense) speak before "showed that"; an opening plural the tagger reads as a verb is the subject', () => {
    const body = [
      'Logs from the Quarnby depot showed that the alarm had been switched off for a week.',
      '',
      'Logs from the Quarnby depot show the alarm had been off for a week.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Logs from the Quarnby depot', 'showed'],
      ['2.1', 'Logs from the Quarnby depot', 'show'],
    ]);
  });
});
