import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, mention, kind, resolution] per statement, in reading order. */
const who = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'mention', 'kind', 'resolution']);
/** [key, name, cue, content] per statement. */
const what = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'cue', 'content']);

describe('statements, session 22 (helper s39): the misses of sets 43-46', () => {
  it('a "she" passes over capitals that modify a noun after an article ("a Welsh Language tutor", "a British Sign Language interpreter")', () => {
    expect(who(['At noon, Ada Brill is already on her third class of the week.', 'She has been a Welsh Language tutor for nine years, and she says the work has changed.'])).toEqual([
      ['1.2', 'Ada Brill', 'she', 'person', 'pronoun@1.1'],
    ]);
    expect(who(['At noon, Tam Oduya is already on his second job of the day.', 'He has been a British Sign Language interpreter for ten years, and he says the work has changed.'])).toEqual([
      ['1.2', 'Tam Oduya', 'he', 'person', 'pronoun@1.1'],
    ]);
  });

  it('a name apposed to the object of a relative clause describes that object; the phrase before the clause speaks', () => {
    expect(who(['Piet Holm, who runs Quayline, the small agency in Dunmere that books her classes, says libraries now want video lessons.'])).toEqual([
      ['1.1', 'Piet Holm', 'Piet Holm', 'person', '-'],
    ]);
  });

  it('a press release\'s opening ("X, the … operator, today announced" a thing) is its statement; a report\'s "X today announced" a thing stays an act', () => {
    expect(what(['Tollis Storage, the family-owned operator, today announced the opening of its fifth store.', 'The firm announced 40 job cuts at its sawmill last year.'])).toEqual([
      ['1.1', 'Tollis Storage', 'announced', 'the opening of its fifth store'],
    ]);
    expect(what(['Pellam Phones today announced its latest handset, the P9.'])).toEqual([]);
    expect(what(['Pellam Phones announced today another launch event.'])).toEqual([]);
    // A document that marks itself as a release ("Notes to editors", "FOR IMMEDIATE RELEASE") needs no description.
    expect(what(['The Fenmoor Hedgelaying Guild today announced a programme to train 20 new hedgers.', 'Notes to editors: the guild is a registered charity.'])).toEqual([
      ['1.1', 'Fenmoor Hedgelaying Guild', 'announced', 'a programme to train 20 new hedgers'],
    ]);
  });

  it('a run of names that opens a longer name the document spoke with is that name ("Marrow Lane" → "Marrow Lane Cabins"; "Tollis"; an inner capital: "BrackHaven")', () => {
    expect(who(['Marrow Lane Cabins, the family-run site near Osk, today announced the opening of six new cabins.', 'Marrow Lane says it will hire four staff.'])).toEqual([
      ['1.1', 'Marrow Lane Cabins', 'Marrow Lane Cabins', 'person', '-'],
      ['1.2', 'Marrow Lane Cabins', 'Marrow Lane', 'organisation', 'collective@1.1'],
    ]);
    expect(who(['BrackHaven Storage, the family-owned operator, today announced the opening of its ninth store.', 'According to BrackHaven, occupancy averaged 87 per cent last year.'])).toEqual([
      ['1.1', 'BrackHaven Storage', 'BrackHaven Storage, the family-owned operator', 'organisation', '-'],
      ['1.2', 'BrackHaven Storage', 'BrackHaven', 'organisation', 'collective@1.1'],
    ]);
    // A person named in full keeps the name: no longer body spoke with it.
    expect(who(['Jo Marrow said the rent had doubled.', 'Jo Marrow says she will stay.'])).toEqual([
      ['1.1', 'Jo Marrow', 'Jo Marrow', 'person', '-'],
      ['1.2', 'Jo Marrow', 'Jo Marrow', 'person', '-'],
    ]);
  });

  it('"The judge was not convinced." makes the judge named by title the "she" whose words follow, past a woman who spoke since', () => {
    expect(
      who([
        'Mrs Justice Pellow found that the tins had been copied.',
        'Its founder, Ada Crane, said in evidence that she had drawn the tin herself.',
        'The judge was not convinced.',
        '"The likeness is in the whole, not in the parts," she wrote.',
        '"A hurried buyer would take one for the other."',
      ]),
    ).toEqual([
      ['1.1', 'Pellow', 'Mrs Justice Pellow', 'person', '-'],
      ['1.2', 'Ada Crane', 'Its founder, Ada Crane', 'person', '-'],
      ['1.4', 'Justice Pellow', 'she', 'person', 'pronoun@1.3'],
      ['1.5', 'Justice Pellow', 'she', 'person', 'earlier-quote@1.4'],
    ]);
  });

  it('a name right after a fronted participle is its object, not who the pronoun means ("Addressing Kell, she said")', () => {
    expect(who(['Judge Ada Fenn said the firm had fallen short.', 'Addressing Kell, she said: "You were lucky."'])).toEqual([
      ['1.1', 'Ada Fenn', 'Judge Ada Fenn', 'person', '-'],
      ['1.2', 'Ada Fenn', 'she', 'person', 'pronoun@1.1'],
    ]);
    expect(who(['Judge Ada Fenn said the firm had fallen short.', 'Addressing Tobin Kell, she said: "You were lucky."'])).toEqual([
      ['1.1', 'Ada Fenn', 'Judge Ada Fenn', 'person', '-'],
      ['1.2', 'Ada Fenn', 'she', 'person', 'pronoun@1.1'],
    ]);
  });

  it('a group speaks through some of its members after a comma (", many of them saying", ", with several saying"); a thing\'s subject does not', () => {
    expect(what(['Regulars have filled the page with notes, many of them saying it was the best tea in town.'])).toEqual([['1.1', 'Regulars', 'saying', 'it was the best tea in town']]);
    expect(what(['Other growers at the meeting were split, with several saying the weather was to blame.'])).toEqual([['1.1', 'Other growers', 'saying', 'the weather was to blame']]);
    expect(what(['The mill shipped 400 crates, many of them saying "Made in Osk" on the side.'])).toEqual([]);
  });

  it('a warning against a thing or an act is given (WordNet: "caution" is a kind of warning); "argued against" is no warning', () => {
    expect(what(["The society's chair, Nia Vose, cautioned against reading too much into the figure."])).toEqual([['1.1', 'Nia Vose', 'cautioned', 'against reading too much into the figure']]);
    expect(what(['Nia Vose warned against a rush to judgment.'])).toEqual([['1.1', 'Nia Vose', 'warned', 'against a rush to judgment']]);
    expect(what(['Nia Vose argued against the plan at the meeting.'])).toEqual([]);
  });

  it('a document "its" owns is named for the body: the one named earlier in the sentence, else the one named last', () => {
    expect(who(["The Hedgerow Growers' Federation warned last month that small farms were squeezed.", "Its latest members' survey found that one in four expect a loss."])).toEqual([
      ['1.1', "the Hedgerow Growers' Federation", "The Hedgerow Growers' Federation", 'organisation', '-'],
      ['1.2', "Hedgerow Growers' Federation survey", "Its latest members' survey", 'unknown', 'pronoun@1.1'],
    ]);
    expect(who(['Quillcast said in a statement that the error was its own.', 'Quillcast was founded in 2012 and, its website says, employs nine writers.'])).toEqual([
      ['1.1', 'Quillcast', 'Quillcast', 'unknown', '-'],
      ['1.2', 'Quillcast website', 'its website', 'unknown', 'pronoun@1.2'],
    ]);
    expect(who(['A spokeswoman for the Fellside Sheepdog Society said the judge had acted in good faith.', "Kell has judged trials for a decade, according to the society's website."])).toEqual([
      ['1.1', 'a spokeswoman for the Fellside Sheepdog Society', 'A spokeswoman for the Fellside Sheepdog Society', 'person', '-'],
      ['1.2', 'Fellside Sheepdog Society website', 'the society', 'organisation', 'collective@1.1'],
    ]);
  });

  it('"The Guild of X estimates that …": a body\'s head, "of" and capitals are one subject before a verb the tagger read as a noun', () => {
    expect(what(['The Guild of Quill Makers estimates that about 300 firms sell hand-cut pens in Britain.'])).toEqual([
      ['1.1', 'the Guild of Quill Makers', 'estimates', 'about 300 firms sell hand-cut pens in Britain'],
    ]);
  });

  it('an age right before an apposed name makes a person a later "he" means', () => {
    expect(who(['Ada Quill takes one apprentice at a time.', 'The current one, 19-year-old Bram Tolley, spent his first year sweeping floors.', 'He says he does not regret a day of it.'])).toEqual([
      ['1.3', 'Bram Tolley', 'He', 'person', 'pronoun@1.2'],
    ]);
  });
});
