import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, kind] per statement, in reading order. */
const who = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'kind']);
/** [key, name, cue, content] per statement. */
const what = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'cue', 'content']);

describe('statements, session 18 (helper s34): roles named later, documents with modifiers, stand-ins', () => {
  it('a role said before its holder is named goes to the name that opens the next report, and so does the role later', () => {
    expect(
      who([
        'Tessary Foods will shut its Dunmere plant, its chief executive said on Monday.',
        'Oriel Vance told reporters that the site had lost money for years.',
        '',
        'Councillor Hamish Peake said the town would fight the closure.',
        '',
        'The chief executive said staff would be offered other posts.',
      ]),
    ).toEqual([
      ['1.1', 'Oriel Vance', 'person'],
      ['1.2', 'Oriel Vance', 'person'],
      ['2.1', 'Hamish Peake', 'person'],
      ['3.1', 'Oriel Vance', 'person'],
    ]);
    // A person the next sentence describes as someone else is not the role's holder.
    expect(who(['Tessary Foods will shut its Dunmere plant, its chief executive said on Monday.', 'Oriel Vance, a union organiser, said the staff were angry.'])).toEqual([
      ['1.1', 'its chief executive', 'person'],
      ['1.2', 'Oriel Vance', 'person'],
    ]);
  });
  it('a participle between an owner and a role is part of the role ("its managing director said"), and its holder is found the same way', () => {
    expect(
      who([
        'Calder Ferries will drop its winter timetable, its managing director said.',
        'Ruth Pell told the Gazette that bookings had halved.',
        '',
        'The Selby crossing will stay open, their founding partner said.',
      ]),
    ).toEqual([
      ['1.1', 'Ruth Pell', 'person'],
      ['1.2', 'Ruth Pell', 'person'],
      ['2.1', 'their founding partner', 'person'],
    ]);
    // Not a role: the participle stays out ("its growing debt said" is no speaker).
    expect(who(['The firm will close, its growing debt said.'])).toEqual([]);
  });
  it('a role said before its holder is named goes to the one person named later with that role', () => {
    expect(
      who([
        'Tessary Foods will shut its Dunmere plant, its chief executive said on Monday.',
        'About 300 people work there.',
        '',
        'Union official Hamish Peake said the town would fight.',
        '',
        'The chief executive, Oriel Vance, said staff would be offered posts elsewhere.',
      ]),
    ).toEqual([
      ['1.1', 'Oriel Vance', 'person'],
      ['2.1', 'Hamish Peake', 'person'],
      ['3.1', 'Oriel Vance', 'person'],
    ]);
    // Another body's chief executive is not the role's holder.
    expect(who(['Tessary Foods will shut its Dunmere plant, its chief executive said on Monday.', "Rival Bexmoor's chief executive, Tom Reed, said the market was shrinking."])).toEqual([
      ['1.1', 'its chief executive', 'person'],
      ['1.2', 'Tom Reed', 'person'],
    ]);
  });
  it('capitals that spell the initials of a named person\'s title are that person', () => {
    expect(who(['Its chief financial officer, Bram Edley, said flour cost a third more.', 'The CFO said prices would rise by 5p.'])).toEqual([
      ['1.1', 'Bram Edley', 'person'],
      ['1.2', 'Bram Edley', 'person'],
    ]);
    expect(who(["The company's chief operating officer, Rena Quist, said one shift would go.", 'Shares fell 6 percent.', 'The COO said the plant would stay open.'])).toEqual([
      ['1.1', 'Rena Quist', 'person'],
      ['1.3', 'Rena Quist', 'person'],
    ]);
  });
  it('a collective noun for the body the sentence opens with', () => {
    expect(who(['Corran Hardware will close 30 of its 200 stores, the chain announced on Friday.', 'Most of them are in retail parks, it said.'])).toEqual([
      ['1.1', 'Corran Hardware', 'organisation'],
      ['1.2', 'Corran Hardware', 'organisation'],
    ]);
  });
  it('an age between an apposition\'s comma and the name still registers the person', () => {
    expect(who(['Lorna Pask has thrown pots in Wetherby since 1988.', 'Her deputy, 24-year-old Bethan Skeel, joined in May.', 'She said the advert had been in a shop window.'])).toEqual([['1.3', 'Bethan Skeel', 'person']]);
  });
  it('"One, who …, said" after a counted plural of people is one of them', () => {
    expect(who(['Four nurses at Kelham General spoke to us.', 'One, who has worked there since 2019, said shifts were often short.'])).toEqual([['1.2', 'one nurse', 'person']]);
    // With no counted people before, "One" stays what it was.
    expect(who(['The ward was closed in May.', 'One, who has worked there since 2019, said shifts were often short.'])).toEqual([['1.2', 'One', 'organisation']]);
  });
  it('documents with modifiers, and an owner\'s document', () => {
    expect(what(['A traffic survey carried out last spring found that lorry numbers had doubled.'])).toEqual([['1.1', 'a traffic survey', 'found', 'lorry numbers had doubled']]);
    expect(what(['That study, by Larch Consulting, found no safe place for a crossing.'])).toEqual([['1.1', 'Larch Consulting', 'found', 'no safe place for a crossing']]);
    expect(what(["The Quorley Bank's website states that the branch will close in June."])).toEqual([["1.1", "the Quorley Bank's website", 'states', 'the branch will close in June']]);
    // "the member states that …" stays a noun.
    expect(what(['The member states that signed the treaty met in Oslo.'])).toEqual([]);
  });
  it('"told this paper" keeps the paper out of the words', () => {
    expect(what(['One of those depositors, Ada Corran of Wexley Farms, told this paper she would move her accounts.'])).toEqual([['1.1', 'Ada Corran', 'told', 'she would move her accounts']]);
  });
  it('a thing granted or put forward is an act, not words; a denial of a claim still reports', () => {
    expect(who(['Judge Ivo Marsh denied a motion for a retrial.'])).toEqual([]);
    expect(who(['The board has proposed a dividend of 2p a share.'])).toEqual([]);
    expect(who(['The judge denied a request for bail.'])).toEqual([]);
    expect(what(['The minister denied the claims.'])).toEqual([['1.1', 'the minister', 'denied', 'the claims']]);
    expect(what(['Marsh denied that he had seen the letter.'])).toEqual([['1.1', 'Marsh', 'denied', 'he had seen the letter']]);
    // A saying verb with no sense of granting keeps a thing as its words.
    expect(what(['Imelda Cressey said rents, not demand, were the main reason.'])).toEqual([['1.1', 'Imelda Cressey', 'said', 'rents, not demand, were the main reason']]);
  });
  it('a lone name that "who" refers back to is a person a later "he" means, not a place named since', () => {
    expect(
      who([
        '"Nobody mends shoes any more," says Quayle, who has worked at the bench on Coalpit Row since 1979.',
        '',
        'His father opened the shop in 1958.',
        'He reckons the trade has turned a corner.',
      ]),
    ).toEqual([
      ['1.1', 'Quayle', 'person'],
      ['2.2', 'Quayle', 'person'],
    ]);
  });
  it('a furniture line with no closing stop never runs on a speaker', () => {
    expect(who(['Vegan campaigners said the setback reflected price.', 'Advertisement Most popular Comments Sign up to our newsletter'])).toEqual([['1.1', 'Vegan campaigners', 'group']]);
    // A first-person sentence with its stop still does.
    expect(who(['Vegan campaigners said the setback reflected price.', 'We will not give up.'])).toEqual([
      ['1.1', 'Vegan campaigners', 'group'],
      ['1.2', 'Vegan campaigners', 'group'],
    ]);
  });
});
