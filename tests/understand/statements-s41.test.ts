import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, mention, kind, resolution] per statement, in reading order. */
const who = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'mention', 'kind', 'resolution']);

describe('statements, session 24 (helper s41): the misses of sets 45-52', () => {
  it("a surname built of English words (\"Thornbanks\") names no body: the owner apposed to it is a person, whom the next \"he\" means", () => {
    expect(who(['A former driver, who asked not to be named, told reporters that parcels had been left in the rain.', '', "The depot's owner, Osmer Thornbanks, denied the claims.", 'In a statement, he said every parcel was scanned on arrival.'])).toEqual([["1.1", "a former driver", "A former driver", "person", "-"], ["2.1", "Osmer Thornbanks", "The depot's owner, Osmer Thornbanks", "person", "-"], ["2.2", "Osmer Thornbanks", "he", "person", "pronoun@2.1"]]);
  });

  it("a full name after \"was\" given an age and a \"who\" clause (\"Among those stranded was X, 41, who …\") is whom the next sentence's \"He\" means", () => {
    expect(who(['"Nobody was hurt," said Tarrin Ellowby, the pier\'s duty manager.', '', 'Among those stranded was Perrin Clemow, 41, who was fishing with his son.', 'He told reporters the wait had felt far longer than an hour.'])).toEqual([["1.1", "Tarrin Ellowby", "Tarrin Ellowby, the pier's duty manager", "person", "-"], ["2.2", "Perrin Clemow", "He", "person", "pronoun@2.1"]]);
  });

  it("not a name that is the object of a preposition (\"took over from X, who …\"): the next \"She\" stays the subject's", () => {
    expect(who(['Ysella Fennick said the choir would carry on.', '', 'Fennick, 38, took over in May from Perrin Clemow, who had led the choir for 22 years.', 'She said the hall would reopen in June.'])).toEqual([["1.1", "Ysella Fennick", "Ysella Fennick", "person", "-"], ["2.2", "Ysella Fennick", "She", "person", "pronoun@2.1"]]);
  });

  it("a full name after an opening phrase of time (\"At dawn on a cold Friday, X is already …\") is the subject a later \"he says\" means, not a place named since", () => {
    expect(who(['At dawn on a cold Friday, Wenlock Trelfoss is already loading his van.', 'The 41-year-old former nurse runs a courier round across the east of Upwater Mirren.', '"It is mostly parcels," he says.'])).toEqual([["1.3", "Wenlock Trelfoss", "he", "person", "pronoun@1.1"]]);
  });

  it("a known person a fronted \"For X,\" is about is the topic, whom the next \"he said\" means (not the unnamed warden who spoke last)", () => {
    expect(who(['Talfryn Carrigan insists the rule is fair.', 'A warden, who asked not to be named, said vans blocked the lane most mornings.', 'Delphy Pelloe, the lane\'s owner, said she had asked for bollards.', '', 'For Carrigan, the answer is simple.', '"I park on the verge," he said.'])).toEqual([["1.1", "Talfryn Carrigan", "Talfryn Carrigan", "person", "-"], ["1.2", "a warden", "A warden", "person", "-"], ["1.3", "Delphy Pelloe", "Delphy Pelloe, the lane's owner", "person", "-"], ["2.2", "Talfryn Carrigan", "he", "person", "pronoun@2.1"]]);
  });

  it("\"A 2025 survey by the X found\": the body's survey speaks, named \"X survey\"; unnamed authors leave the study to speak", () => {
    expect(who(['A 2025 survey by the Upwater Saddlers Fraternity found that half of the county\'s tack shops had cut their hours.', 'A review by researchers at a northern university found no change in prices.'])).toEqual([["1.1", "Upwater Saddlers Fraternity survey", "the Upwater Saddlers Fraternity", "organisation", "-"], ["1.2", "a review by researchers at a northern university", "A review by researchers at a northern university", "group", "-"]]);
  });

  it("a first name apposed to a blood relative (\"X's daughter, Elowen\") of a named person takes that person's surname; a wife's does not", () => {
    expect(who(['"We turned away eleven jobs," said owner Lutwyn Pendragast.', "Pendragast's daughter, Elowen, who keeps the books, said the mill could double its output.", '"The orders are there," she said.', '', "Pendragast's wife, Mara, said she had stopped counting the jobs."])).toEqual([["1.1", "Lutwyn Pendragast", "owner Lutwyn Pendragast", "person", "-"], ["1.2", "Elowen Pendragast", "Pendragast's daughter, Elowen", "person", "-"], ["1.3", "Elowen Pendragast", "she", "person", "pronoun@1.2"], ["2.1", "Mara", "Pendragast's wife, Mara", "person", "-"]]);
  });

  it("an emphatic \"did say\" reports; \"did not say\" does not", () => {
    expect(who(['Nella Trevorrow would not say where the new shop will be.', 'She did say the old one would stay open "for sentimental reasons".', 'She did not say when.'])).toEqual([["1.2", "Nella Trevorrow", "She", "person", "pronoun@1.1"]]);
  });

  it("a verb of disputing before \"that\" reports the clause; with a thing for object it reports nothing", () => {
    expect(who(['Corvan Halvey runs the stall.', 'Halvey disputes that any such offer was made in writing.', 'The landlord disputes the bill.'])).toEqual([["1.2", "Corvan Halvey", "Halvey", "person", "surname@1.1"]]);
  });

  it("a name whose last word WordNet files as an organisation (\"Fraternity\") ends the subject before \"estimates that\"", () => {
    expect(who(['The Upwater Wheelwrights Fraternity estimates that fewer than 30 shops still build wheels.'])).toEqual([["1.1", "Upwater Wheelwrights Fraternity", "The Upwater Wheelwrights Fraternity", "person", "-"]]);
  });

  it("a verb of opinion set between commas after a clause (\"…, she reckons, largely …\") reports that clause", () => {
    expect(who(['Ottavine Quarley has run the hall since 1994.', 'Membership has doubled since 2020, she reckons, largely thanks to younger players.'])).toEqual([["1.2", "Ottavine Quarley", "she", "person", "pronoun@1.1"]]);
  });

  it("an apposition opened by \"one of\" (\"X, one of the last sailmakers, will cut …\") leaves X the subject \"the company said\" means", () => {
    expect(who(['Trelfoss Sailcloth, one of the last sailmakers on the coast, will cut a third of its staff after losing an order, the company said on Tuesday.'])).toEqual([["1.1", "Trelfoss Sailcloth", "the company", "organisation", "pronoun@1.1"]]);
  });

  it("a person who speaks of \"his client\" acts as a lawyer: a later \"the barrister said\" is that person", () => {
    expect(who(['In mitigation, Brannoc Kettlewaite said his client had run the stall for nine years without a complaint.', 'Halvey had since bought a new awning, the barrister said.'])).toEqual([["1.1", "Brannoc Kettlewaite", "Brannoc Kettlewaite", "person", "-"], ["1.2", "Brannoc Kettlewaite", "the barrister", "person", "pronoun@1.1"]]);
  });

  it("\"its director said\" in the lede is the person a next sentence says runs the body (\"The studio, run by X, …\")", () => {
    expect(who(['A glass studio hired to restore a rose window has warned that the job could take three years longer than planned, its director said on Tuesday.', '', 'The Upwater studio, run by Corvell Talloway, removed the first 40 panels in January.', '"The lead is rotten almost everywhere," Talloway said.'])).toEqual([["1.1", "Corvell Talloway", "its director", "person", "description@2.1"], ["2.2", "Corvell Talloway", "Talloway", "person", "surname@2.1"]]);
  });

  it('a body\'s ruling (a tribunal, a committee) is a decision in the article\'s own voice, and so is a coroner\'s (session 27); what she said stays hers', () => {
    expect(who(['A courier who delivered parcels across Upwater was an employee, an employment tribunal has ruled.', 'The licensing committee had ruled that the stall could stay.', 'The coroner, Ysella Fennick, ruled that the death was an accident.', 'The coroner, Ysella Fennick, said the death was an accident.'])).toEqual([['1.4', 'Ysella Fennick', 'The coroner, Ysella Fennick', 'person', '-']]);
  });
  it("a passive of telling names its agent: \"had been told by city staff in August that \u2026\" is city staff's statement", () => {
    expect(who(['Glassfern Panewright, which opened in 2023, had been told by city staff in August that its permit breached a buffer around the school.', 'The stall was told by a neighbour that it could stay.'])).toEqual([["1.1", "city staff", "city staff", "person", "-"], ["1.2", "a neighbour", "a neighbour", "person", "-"]]);
  });

  it("\"told\" a listener of several words and \"in a letter this month\" before \"that\" still reports the clause", () => {
    expect(who(["The Upwater Orchardists' Fraternity, which represents about 300 orchards, told the Fraternity of Upwater Pomology and Perry in a letter this month that the scheme was capped too low."])).toEqual([["1.1", "Upwater Orchardists' Fraternity", "The Upwater Orchardists' Fraternity", "organisation", "-"]]);
  });
});
