import { describe, expect, it } from 'vitest';
import { tradeNoun } from '../../src/understand/names.js';
import { statementRows } from './statement-rows.js';

/** [key, name, mention, resolution] per statement, in reading order. */
const speakers = (body: string): string[][] => statementRows(body, ['name', 'mention', 'resolution']);

describe('a trade a company plies stands for the company named before (WordNet, tradeNoun)', () => {
  it('tells trades from persons\' roles', () => {
    const words = ['housebuilder', 'retailer', 'brewer', 'distributor', 'lender', 'spokesman', 'director', 'driver', 'artist', 'agency', 'union'];
    expect(words.filter(tradeNoun)).toEqual(['housebuilder', 'retailer', 'brewer', 'distributor', 'lender']);
  });
  it('"The housebuilder said" after a person-shaped company that spoke as the subject of "which"', () => {
    expect(speakers('Corran Estates, which wants to build 90 flats by the canal, said it would try again.\nThe housebuilder said the plans had been changed twice.')).toEqual([
      ['1.1', 'Corran Estates', 'Corran Estates', '-'],
      ['1.2', 'Corran Estates', 'The housebuilder', 'pronoun@1.1'],
    ]);
  });
  it('"the valley-based cider maker said" after a company named only in the article\'s own voice', () => {
    expect(speakers('Pellock Orchards lost half its apple crop to frost in April.\nThe valley-based cider maker said prices would rise in the autumn.')).toEqual([
      ['1.2', 'Pellock Orchards', 'The valley-based cider maker', 'pronoun@1.1'],
    ]);
  });
  it('a trade some named person carries stays with that person', () => {
    expect(speakers('Pellock Orchards lost half its apple crop to frost in April.\nIts supplier, Jane Furrow, said the seed had come late.\nThe supplier said the roads had been closed.')).toEqual([
      ['1.2', 'Jane Furrow', 'Its supplier, Jane Furrow', '-'],
      ['1.3', 'Jane Furrow', 'The supplier', 'pronoun@1.2'],
    ]);
  });
});

describe('a plural common noun opening a sentence is no body', () => {
  it('"Profits fell" between the company and "the company said"', () => {
    expect(speakers('Gannet Shipping Group, the container line, sold four vessels last year.\nProfits fell by a quarter.\nThe company said fuel had cost more than expected.')).toEqual([
      ['1.3', 'Gannet Shipping Group', 'The company', 'pronoun@1.1'],
    ]);
  });
});

describe('a verb that is no speech first, with a thing as its object', () => {
  it('"recalled 8,000 garden heaters" reports nothing (a heater is an artefact)', () => {
    expect(speakers('Morrow Tools recalled 8,000 patio batteries on Friday after two fires.')).toEqual([]);
  });
});

describe('a listener pronoun after a verb of telling', () => {
  it('"Dr X told her …" brings the woman named before forward for the next "She"', () => {
    expect(speakers('Ruth Anders broke her wrist in the first race.\n"It hurt more than I thought," she said.\nHer physio, Dr Kiran Bose, told her she could not ride for a month.\nShe said she would be back for the final.')).toEqual([
      ['1.2', 'Ruth Anders', 'she', 'pronoun@1.1'],
      ['1.3', 'Kiran Bose', 'Her physio, Dr Kiran Bose', '-'],
      ['1.4', 'Ruth Anders', 'She', 'pronoun@1.3'],
    ]);
  });
  it('"told her sister" is a possessive: nobody is brought forward', () => {
    expect(speakers('Ruth Anders broke her wrist in the first race.\n"It hurt more than I thought," she said.\nHer physio, Dr Kiran Bose, told her sister the wrist would heal.\nShe said she would be back for the final.')).toEqual([
      ['1.2', 'Ruth Anders', 'she', 'pronoun@1.1'],
      ['1.3', 'Kiran Bose', 'Her physio, Dr Kiran Bose', '-'],
      ['1.4', 'Kiran Bose', 'She', 'pronoun@1.3'],
    ]);
  });
});

describe('"it said" after a body named only in the article\'s own voice; a place never', () => {
  it('"It said" after the subject of the sentence before', () => {
    expect(speakers('Harlan Biscuits closed its factory in Denholm on Friday with the loss of 300 jobs.\nIt said demand for its wafers had fallen by a third.')).toEqual([
      ['1.2', 'Harlan Biscuits', 'It', 'pronoun@1.1'],
    ]);
  });
  it('a plural group opening the sentence does not bar the look-back', () => {
    expect(speakers('Brockway Water has banned the use of hosepipes from Monday.\nCustomers should report leaks at once, it said.')).toEqual([
      ['1.2', 'Brockway Water', 'it', 'pronoun@1.1'],
    ]);
  });
  it('a name the document used as a place ("across Wexmoor") is never "it"', () => {
    expect(speakers('Floods closed 40 roads across Wexmoor on Tuesday.\nWexmoor has had its wettest autumn on record.\nRoads would stay shut until Friday, it said.')).toEqual([]);
  });
});

describe('a description that heads a person the article named in its own voice', () => {
  it('"Her cousin said" after "… was found by her cousin, Alan Pryor."', () => {
    expect(speakers('Nora Blythe, the potter, went missing on the moor.\nShe was found two days later by her cousin, Alan Pryor.\n\nHer cousin said she had been sheltering in a barn.')).toEqual([
      ['2.1', 'Alan Pryor', 'Her cousin', 'description@1.2'],
    ]);
  });
  it('no person named with that head: the description stays as written', () => {
    expect(speakers('Nora Blythe, the potter, went missing on the moor.\n\nHer cousin said she had been sheltering in a barn.')).toEqual([
      ['2.1', 'Her cousin', 'Her cousin', '-'],
    ]);
  });
});

describe('apposition in the cast', () => {
  it('a company apposed to the subject between commas is the subject a trade description means', () => {
    expect(speakers("The town's biggest employer, Corlett Foods, closed two bakeries in May.\nThe distributor said demand had collapsed.")).toEqual([
      ['1.2', 'Corlett Foods', 'The distributor', 'pronoun@1.1'],
    ]);
  });
  it('"his wife, Ann," inside a coordination is a woman a later "She" means', () => {
    expect(speakers('Paul Dreyer and his wife, Ann, have run the inn for 30 years.\nMr Dreyer said the pub would close at Christmas.\nShe said the village had changed beyond recognition.')).toEqual([
      ['1.2', 'Paul Dreyer', 'Mr Dreyer', 'surname@1.1'],
      ['1.3', 'Ann', 'She', 'pronoun@1.1'],
    ]);
  });
});

describe('bodies by their own head noun (WordNet) and by "which"', () => {
  it('"The borough said" after "Harnley Borough" named in the article\'s own voice', () => {
    expect(speakers('Harnley Borough has closed three libraries this year.\nThe borough said it could not afford to heat them.')).toEqual([
      ['1.2', 'Harnley Borough', 'The borough', 'collective@1.1'],
    ]);
  });
  it('"the city" is not a council whose name only holds the word', () => {
    expect(speakers('Dunmore City Council met on Monday.\nAbout 300 flats are empty, according to the city\'s housing office.')).toEqual([
      ['1.2', 'the city\'s housing office', 'the city\'s housing office', '-'],
    ]);
  });
  it('a person-shaped name that "which" refers to is a body a later "It said" means', () => {
    expect(speakers('Marsh Offshore, which will build the turbines, said work would start in April.\nIt said 300 jobs would be created.')).toEqual([
      ['1.1', 'Marsh Offshore', 'Marsh Offshore', '-'],
      ['1.2', 'Marsh Offshore', 'It', 'pronoun@1.1'],
    ]);
  });
});

describe('names of bodies whole, and kinds of body', () => {
  it('"The federation said" after "The Federation of Village Shops" (head before "of")', () => {
    expect(speakers('The Federation of Village Shops said on Tuesday that one in ten shops had closed.\nThe federation said it wanted lower business rates.')).toEqual([
      ['1.1', 'the Federation of Village Shops', 'The Federation of Village Shops', '-'],
      ['1.2', 'Federation of Village Shops', 'The federation', 'collective@1.1'],
    ]);
  });
  it('a body noun in lower case keeps every capitalised word after it ("Rail" too)', () => {
    expect(speakers('Passenger group Rail Users North said commuters had been "abandoned".')).toEqual([
      ['1.1', 'Rail Users North', 'Passenger group Rail Users North', '-'],
    ]);
  });
  it('"the rail firm" is not a body described as a group of no business', () => {
    expect(speakers('Quenby Rail Ltd, which runs the Moor line, has cut 40 trains a day.\nPassenger group Rail Users North said commuters had been "abandoned".\nThe rail firm said it was training new drivers.')).toEqual([
      ['1.2', 'Rail Users North', 'Passenger group Rail Users North', '-'],
      ['1.3', 'Quenby Rail Ltd', 'The rail firm', 'pronoun@1.1'],
    ]);
  });
});

describe('a company noun after a capitalised modifier', () => {
  it('"The Danish company said" after "Havlund Energy, the Danish utility," named in own voice, a person speaking between', () => {
    expect(speakers("Havlund Energy, the Danish utility, has agreed to buy a stake in two wind farms.\nThe seller's chief executive, Fiona Gray, said the sale would fund new projects.\nThe Danish company said the deal would close in June.")).toEqual([
      ['1.2', 'Fiona Gray', "The seller's chief executive, Fiona Gray", '-'],
      ['1.3', 'Havlund Energy', 'The Danish company', 'pronoun@1.1'],
    ]);
  });
});

describe('a counted thing described by a participle is no clause', () => {
  it('"is recalling 90,000 kettles sold in Wales after …" reports nothing', () => {
    expect(speakers('Homeware maker Tilby Goods is recalling 90,000 kettles sold in Wales after reports that the lids can crack.')).toEqual([]);
  });
  it('"recalled the mill closed in 1998" still reports a clause (no count)', () => {
    expect(speakers('Ann Kerr runs the farm.\nShe recalled the mill closed in 1998.')).toEqual([['1.2', 'Ann Kerr', 'She', 'pronoun@1.1']]);
  });
});

describe('places and subjects in the cast (found on the fresh set own-s17b after its end score)', () => {
  it('a place named after "in" is never what a company noun means, even the only name before it', () => {
    expect(speakers('Norland Meats Products was fined after salmonella was found at its plant in Corvey.\nThe meat processor said it had cleaned the site.')).toEqual([
      ['1.2', 'the meat processor', 'The meat processor', '-'],
    ]);
  });
  it('with no person known yet, "She said" means the subject of the sentence before, not its last name', () => {
    expect(speakers('Rhian Teague beat Carl Moss in the final on Sunday, finishing two points ahead of Owen Pell.\nShe said the last round had been the hardest.')).toEqual([
      ['1.2', 'Rhian Teague', 'She', 'pronoun@1.1'],
    ]);
  });
});
