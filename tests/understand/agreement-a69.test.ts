import { beforeAll, describe, expect, it } from 'vitest';
import { describedSide, nameOfDescription } from '../../src/understand/articleSides.js';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 28 (a69): sides by the article, not the sentence — a description side named from the
 * article's names, a headline's "with <description>", and the mentions of one deal given its
 * fullest named sides. Sentences of our own writing.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Quenmoor Foods signed a deal with Drabwick Dairies.'), 120_000);

const cast = (...names: string[]): { name: string; index: number }[] => names.map((name, index) => ({ name, index }));

describe('a description side', () => {
  it('is a description: a determiner and common words, or a headline\'s one capital', () => {
    expect(['the charity', 'a canoeing society', 'Barrel firm', 'the two firms', 'members', 'Yelverton Canoe Society', 'the landlord'].map(describedSide)).toEqual([
      true, true, true, false, false, false, false,
    ]);
  });

  it('takes the one name of the article it fits: the same stem, its head, a company form', () => {
    const names = cast('Harrowdean Cooperage', 'Yelverton Canoe Society', 'Marrowcot Casks Ltd', 'Drabwick Health');
    expect(nameOfDescription('Cooper', names, [])).toBe('Harrowdean Cooperage');
    expect(nameOfDescription('the society', names, [])).toBe('Yelverton Canoe Society');
    expect(nameOfDescription('a canoeing club', names, [])).toBe('Yelverton Canoe Society');
    expect(nameOfDescription('Barrel firm', cast('Marrowcot Casks Ltd', 'Yelverton Canoe Society'), [])).toBe('Marrowcot Casks Ltd');
    // (A word both write that is the name's last: a firm named for what it does is no ministry.)
    expect(nameOfDescription('the health ministry', names, [])).toBeNull();
  });

  it('stays a description when two names fit, or the one that fits is already the other side', () => {
    expect(nameOfDescription('the society', cast('Yelverton Canoe Society', 'Quenmoor Angling Society'), [])).toBeNull();
    expect(nameOfDescription('the society', cast('Yelverton Canoe Society'), ['Yelverton Canoe Society'])).toBeNull();
    // (One body written short and in full is one name: the fuller.)
    expect(nameOfDescription('the society', cast('Yelverton Canoe', 'Yelverton Canoe Society'), [])).toBe('Yelverton Canoe Society');
  });
});

describe('the sides of one deal, by the article', () => {
  it('a headline\'s "Barrel firm … with distillery" and the mentions that took it are the names the body gives', () => {
    expect(
      rows(
        'A cask maker broke a supply contract it had signed with a whisky distillery, a judge ruled on Tuesday.\nMarrowcot Casks Ltd, which supplies barrels to the Quenmoor Distillery, agreed in 2022 to deliver 300 casks a month.\nThe contract ran until 2026.',
        'Barrel firm broke cask deal with distillery, judge rules',
      ),
    ).toEqual([
      ['0.1', 'Marrowcot Casks Ltd | Quenmoor Distillery', 'breached', null],
      ['1.1', 'Marrowcot Casks Ltd | Quenmoor Distillery', 'breached', '0.1'],
      ['1.2', 'Marrowcot Casks Ltd | Quenmoor Distillery', 'reached', null],
      ['1.3', 'Marrowcot Casks Ltd | Quenmoor Distillery', 'in force', '0.1'],
    ]);
  });

  it('a description no name of the article fits stays as written', () => {
    expect(rows('A cask maker broke a supply contract it had signed with a whisky distillery, a judge ruled on Tuesday.\nThe contract ran until 2026.', 'Barrel firm broke cask deal with distillery, judge rules')).toEqual([
      ['0.1', 'Barrel firm', 'breached', null],
      ['1.1', 'Barrel firm', 'breached', '0.1'],
      ['1.2', 'Barrel firm', 'in force', '0.1'],
    ]);
  });
});

describe('a headline told short of the lede', () => {
  it('takes the lede\'s sides when both are called by one kind word', () => {
    expect(rows('The Yelverton Canoe Society has now signed a boathouse lease with the Drabwick Estate.', 'Canoe society signs boathouse lease')).toEqual([
      ['0.1', 'the Yelverton Canoe Society | Drabwick Estate', 'signed', null],
      ['1.1', 'the Yelverton Canoe Society | Drabwick Estate', 'signed', null],
    ]);
  });

  // (Of another kind — a lease over a purchase — it keeps its own: agreement-parties-a61's "a lede deal of another kind".)
});

describe('a counted description side (session 28, lead)', () => {
  const lede = 'Two of the oldest rowing clubs in Tilsey are to merge. Wendacott Rowing Club was founded in 1881.';
  it('is as many names as it counts when exactly that many bodies of the article fit its head', () => {
    expect(rows(`${lede} The Brastow Boat Club has 90 members.`)).toEqual([['1.1', 'Wendacott Rowing Club | Brastow Boat Club', 'reached', null]]);
  });

  it('stays a description when more or fewer bodies fit', () => {
    expect(rows(`${lede} The Brastow Boat Club has 90 members, and the Fennel Cricket Club has 40.`)).toEqual([['1.1', 'Two of the oldest rowing clubs in Tilsey', 'reached', null]]);
    expect(rows(lede)).toEqual([['1.1', 'Two of the oldest rowing clubs in Tilsey', 'reached', null]]);
  });
});
