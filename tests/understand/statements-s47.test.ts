import { describe, expect, it } from 'vitest';
import { unpersonNames } from '../../src/understand/names.js';
import { statementRows } from './statement-rows.js';

/** [key, name, resolution] per statement, in reading order. */
const rows = (body: string): string[][] => statementRows(body, ['name', 'resolution']);

describe('statements, session 30 (helper s47): a he or she never means a name the article wrote where no person stands', () => {
  it('the slots: a preposition of place (past an owner), "the" before a name; not "at" after a verb, not a title', () => {
    expect(unpersonNames("The pump at Osgrave's Scarp Stack ran again, and Wrenna Ludmore heard it.")).toEqual(['Scarp Stack']);
    expect(unpersonNames('When a boat turns over off Garroch Stack, every minute counts.')).toEqual(['Garroch Stack']);
    expect(unpersonNames('Boats have sailed from the Brackle Cut since 1880.')).toEqual(['Brackle Cut']);
    expect(unpersonNames('The crowd jeered at Maelor Cresswick as the hearing closed.')).toEqual([]);
    expect(unpersonNames('She thanked the Rev Pindar Cadell for the loan.')).toEqual([]);
  });
  it('"she" after a sentence that names a place (at X\'s Y) before the person: the person', () => {
    const body = [
      "The pump at Osgrave's Scarp Stack ran again this spring after forty idle years, and Wrenna Ludmore still jumps at the sound.",
      '"It coughs like an old dog before it catches," she said.',
    ].join('\n');
    expect(rows(body)).toEqual([['1.2', 'Wrenna Ludmore', 'pronoun@1.1']]);
  });
  it('"he" after a quote that names a place (off X): the person who spoke before, not the place', () => {
    const body = [
      "A crabber's skipper, Pindar Cadell, told reporters the new route was too long.",
      '"When a boat turns over off Garroch Stack, every minute counts," he said.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'Pindar Cadell', '-'],
      ['1.2', 'Pindar Cadell', 'pronoun@1.1'],
    ]);
  });
  it('"he" in a clause after a relative clause that names a ward ("the X Y ward"): the councillor', () => {
    const body = [
      'A ferry firm in Nettlebed says it may lose a third of its bookings.',
      'Councillor Maelor Heddle, who speaks for the Garroch Quoin ward, told us that he has written twice to the harbour board asking for a date.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.1', 'a ferry firm in Nettlebed', '-'],
      ['1.2', 'Maelor Heddle', '-'],
      ['1.2', 'Maelor Heddle', 'pronoun@1.2'],
    ]);
    const from = [
      'Boats have sailed from the Brackle Cut since 1880, and Ravelin Cresswick knows every one.',
      '"My father caulked half of them," she said.',
    ].join('\n');
    expect(rows(from)).toEqual([['1.2', 'Ravelin Cresswick', 'pronoun@1.1']]);
  });
  it('a person after "at" that follows a verb is still whom "he" means', () => {
    const body = ['The crowd jeered at Maelor Cresswick as the hearing closed.', '"I expected worse," he said.'].join('\n');
    expect(rows(body)).toEqual([['1.2', 'Maelor Cresswick', 'pronoun@1.1']]);
  });
});

describe('statements, session 30 (helper s47): "the company" after quoted words, read against the article', () => {
  it('a capitalised word opening a quote is no body: "the company" is the body named before it in the article\'s own voice', () => {
    const body = [
      'Netherby Tankards posted a 12 per cent drop in profit on Friday.',
      'Its director, Dorcas Vellum, said demand had slipped in both export markets.',
      '"Glaziers are still ordering, but they order half what they did," she said.',
      'The company said it would close its Quoin shop in May.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.2', 'Dorcas Vellum', '-'],
      ['1.3', 'Dorcas Vellum', 'pronoun@1.2'],
      ['1.4', 'Netherby Tankards', 'pronoun@1.1'],
    ]);
  });
  it('no body opens the story: "the company" stays as written rather than take a quoted "I\'m"', () => {
    const body = [
      'Lodgers marched on Monday against rent rises at Ravelin Buildings, the largest private hall in Nettlebed.',
      '"I\'m paying most of my grant on rent," said Maelor Cresswick, a student of law.',
      "The hall's owner, Garrochby Heddleworth Cadellow, said in an emailed note that the rises paid for new boilers.",
      'The company said rents were still below those of other halls.',
    ].join('\n');
    expect(rows(body)).toEqual([
      ['1.2', 'Maelor Cresswick', '-'],
      ['1.3', 'Garrochby Heddleworth Cadellow', '-'],
      ['1.4', 'the company', '-'],
    ]);
  });
  it('a company that spoke since the story opened is what "the company" means; a guild that spoke is no company', () => {
    const rival = [
      'Netherby Tankards posted a 12 per cent drop in profit on Friday.',
      'Its rival, Garrochby Tinsmiths Ltd, said on Tuesday its own orders had held up.',
      'The company said it planned to add a second shop in May.',
    ].join('\n');
    expect(rows(rival)).toEqual([
      ['1.2', 'Garrochby Tinsmiths Ltd', '-'],
      ['1.3', 'Garrochby Tinsmiths Ltd', 'pronoun@1.2'],
    ]);
    const guild = [
      'Netherby Tankards posted a 12 per cent drop in profit on Friday.',
      'The Mercers Guildry said on Tuesday its members had lost work too.',
      'The company said it would close its Quoin shop in May.',
    ].join('\n');
    expect(rows(guild)).toEqual([
      ['1.2', 'Mercers Guildry', '-'],
      ['1.3', 'Netherby Tankards', 'pronoun@1.1'],
    ]);
  });
});

describe('statements, session 30 (helper s47): a verb of saying in an infinitive that completes a noun reports nothing', () => {
  const said = (body: string): string[][] => statementRows(body, ['name', 'cue']);
  it('"Proposals to add …", "Plans to announce …": an intention, no speaker', () => {
    expect(said('Proposals to add a second car park to Nettlebed Buildings have angered the lodgers.')).toEqual([]);
    expect(said('Plans to announce forty job cuts at the Quoin works were dropped on Monday.')).toEqual([]);
  });
  it('after a verb or an adjective the infinitive still reports: "rose to say that", "was careful to stress that"', () => {
    expect(said('Councillor Maelor Heddle rose to say that the harbour "cannot wait another winter".')).toEqual([['1.1', 'Maelor Heddle', 'say']]);
    expect(said('Dorcas Vellum was careful to stress that the figures covered only one year.')).toEqual([['1.1', 'Dorcas Vellum', 'stress']]);
  });
});
