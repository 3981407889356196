import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, cue] per statement, in reading order. */
const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);

describe('statements, session 13 round 2 (helper s23)', () => {
  it('the owner of a document after "according to", written as a description, is not the speaker even when the cast can name it: the document is', () => {
    expect(said(['The musical director of the Pellow Valley Singers, Rhian Cole, said the choir would tour Norway in June.', "Membership fell by a quarter, according to the choir's yearly accounts."].join('\n'))).toEqual([
      ['1.1', 'Rhian Cole', 'said'],
      ['1.2', "the choir's yearly accounts", 'according to'],
    ]);
    expect(said(['Marla Foods is closing two depots.', 'Its rival, Dell Bakeries, said prices would rise.', "Profits fell by a fifth, according to the company's accounts."].join('\n'))).toEqual([
      ['1.2', 'Dell Bakeries', 'said'],
      ['1.3', "the company's accounts", 'according to'],
    ]);
  });
  it('"according to the X\'s regulator, Name, …" is the name in apposition, and "the body" after it is that name', () => {
    expect(said(["According to the sport's national regulator, Rowing Scotland, six clubs have broken the safety code.", 'The body said the clubs would be fined.'].join('\n'))).toEqual([
      ['1.1', 'Rowing Scotland', 'according to'],
      ['1.2', 'Rowing Scotland', 'said'],
    ]);
  });
  it('a document whose participle has a phrase of time ("circulated before the meeting") speaks, not the meeting', () => {
    expect(said('A club report circulated before the meeting admitted that two boats had no lifejackets.')).toEqual([['1.1', 'a club report', 'admitted']]);
  });
  it('"A review into the crash has found that …": "into" opens the head\'s post-modifier', () => {
    expect(said('A review into the crash has found that the coach boat arrived late.')).toEqual([['1.1', 'a review into the crash', 'found']]);
    // ("capsize" after "the", which the tagger reads as a verb, is the post-modifier's noun.)
    expect(said('A study into the capsize has found that the coach boat arrived late.')).toEqual([['1.1', 'a study into the capsize', 'found']]);
  });
  it('"Varga disputed the figures, saying …": a lone proper name speaks through the participle', () => {
    expect(said('Varga disputed the figures, saying only one boat had been checked.')).toEqual([['1.1', 'Varga', 'saying']]);
    expect(said(['Ann Varga runs the club.', 'Varga disputed the figures, saying only one boat had been checked.'].join('\n'))).toEqual([['1.2', 'Ann Varga', 'saying']]);
  });
  it('"according to the early findings of last year\'s census": a part of a document runs to the document', () => {
    expect(said("Club numbers have halved since 2019, according to the early findings of last year's census.")).toEqual([['1.1', "the early findings of last year's census", 'according to']]);
  });
  it('a person named with a description in the article\'s own voice is who a later "he" means, more recent than the last speaker', () => {
    const body = ['Rhian Cole said the choir would tour Norway in June.', 'For members like Owen Tarr, a bus driver from Lye, the higher fees are hard to meet.', 'He said he would have to leave in the spring.'].join('\n');
    expect(said(body)).toEqual([
      ['1.1', 'Rhian Cole', 'said'],
      ['1.3', 'Owen Tarr', 'said'],
    ]);
    // A title apposed to a name ("Chief Executive Officer of Norbell Motors") is no person a later "he" means.
    expect(said(['Norbell Motors filed for bankruptcy on Monday.', 'Fritz Alder, Chief Executive Officer of Norbell Motors, spoke in Detroit.', 'He said the company would survive.'].join('\n'))).toEqual([['1.3', 'Fritz Alder', 'said']]);
  });
  it('"Its secretary, Mina Hollis: “…”": the name apposed to a description before a colon speaks', () => {
    expect(said(['The Friends of Kelby Library have opposed the cut.', 'Its secretary, Mina Hollis: “We were never asked.”'].join('\n'))).toEqual([['1.2', 'Mina Hollis', ':']]);
  });
  it('"has written to the county asking it to think again" is a request, own voice; "saying …" stays a statement', () => {
    expect(said('Councillor Joe Varley has written to the county asking it to think again.')).toEqual([]);
    expect(said('Councillor Joe Varley has written to the county saying the cut is wrong.')).toEqual([['1.1', 'Joe Varley', 'written']]);
  });
  it('"found the letter to be “…”" is a judgement in quotes, the finder\'s', () => {
    expect(said('Rhian Cole found the letter to be “rushed and, in places, simply mistaken”.')).toEqual([['1.1', 'Rhian Cole', 'found']]);
    expect(said('Rhian Cole found the letter to be late.')).toEqual([]);
  });
  it('"according to the sport\'s governing body, Hockey Wales, the rules …": the apposed name speaks though "the rules" follows; "The body" is that name', () => {
    expect(said(["According to the sport's governing body, Hockey Wales, the rules will change.", 'The body said the change was overdue.'].join('\n'))).toEqual([
      ['1.1', 'Hockey Wales', 'according to'],
      ['1.2', 'Hockey Wales', 'said'],
    ]);
    // "the body" never means a document.
    expect(said(['Prices rose, according to the annual report.', 'The body said the change was overdue.'].join('\n'))).toEqual([
      ['1.1', 'the annual report', 'according to'],
      ['1.2', 'the body', 'said'],
    ]);
  });
  it('"The trust will keep its two minibuses, it added." is the sentence\'s own subject, not the body that spoke before', () => {
    expect(said(['Harlow Bank said it would cut its grant.', 'The trust will keep its two minibuses, it added.'].join('\n'))).toEqual([
      ['1.1', 'Harlow Bank', 'said'],
      ['1.2', 'the trust', 'added'],
    ]);
    expect(said(['The Wexley Trust runs two day centres.', 'Harlow Bank said it would cut its grant.', 'The trust will keep its two minibuses, it added.'].join('\n'))).toEqual([
      ['1.2', 'Harlow Bank', 'said'],
      ['1.3', 'Wexley Trust', 'added'],
    ]);
  });
});

describe('a titled name apposed to a description is no new unsexed person for a later "he"', () => {
  it('"He added" after "Professor Ada Lum, a virologist …, said" and "she noted" is the man named before, not the professor', () => {
    const body = [
      'Tomas Rell, who led the reef survey, said the die-off began in March.',
      '',
      'Professor Ada Lum, a virologist at Dunmore University who reviewed the study, said warm water might be to blame.',
      'Warm seas had been linked to earlier die-offs, she noted.',
      '',
      "Rell's team plans to test urchins raised in hatcheries.",
      'He added that early results were “mixed, but not hopeless”.',
    ].join('\n');
    expect(statementRows(body, ['name']).map((r) => r.join(' '))).toEqual(['1.1 Tomas Rell', '2.1 Ada Lum', '2.2 Ada Lum', '3.2 Tomas Rell']);
  });
});
