import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/understand/statements.js';
import type { Statement } from '../../src/understand/types.js';
import { docOf } from './statements-fixture.js';

/** One row per statement: key, name, mention, description, kind, resolution, cue, direct, content. */
function rows(body: string, headline: string | null = null): string[][] {
  const out: string[][] = [];
  const map = extractStatements(docOf(body, headline));
  const keys = [...map.keys()].sort((a, b) => {
    const [ap, as] = a.split('.').map(Number) as [number, number];
    const [bp, bs] = b.split('.').map(Number) as [number, number];
    return ap - bp || as - bs;
  });
  for (const k of keys) for (const s of map.get(k)!) out.push(row(k, s));
  return out;
}

function row(key: string, s: Statement): string[] {
  const r = s.speaker.resolution;
  return [
    key,
    s.speaker.name,
    s.speaker.mention,
    s.speaker.description ?? '-',
    s.speaker.kind,
    r ? `${r.how}@${r.from.paragraph}.${r.from.sentence}` : '-',
    s.cue,
    s.direct ? 'direct' : 'reported',
    s.content,
  ];
}

/** Just [key, name, content] for compact expectations. */
const who = (body: string, headline: string | null = null): string[][] => rows(body, headline).map((r) => [r[0]!, r[1]!, r[8]!]);

describe('direct quotes', () => {
  it('quote then cue, name with descriptor before the verb (wire style)', () => {
    expect(rows('"The harvest is the worst in a decade," Agriculture Ministry spokesman Tomas Ferreira said on Monday.')).toEqual([
      ['1.1', 'Tomas Ferreira', 'Agriculture Ministry spokesman Tomas Ferreira', 'Agriculture Ministry spokesman', 'person', '-', 'said', 'direct', 'The harvest is the worst in a decade'],
    ]);
  });

  it('inverted cue with an apposition after the name (AP style)', () => {
    expect(rows('“We simply ran out of room,” said Hannah Oyelaran, the shelter’s director.')).toEqual([
      ['1.1', 'Hannah Oyelaran', 'Hannah Oyelaran, the shelter’s director', 'the shelter’s director', 'person', '-', 'said', 'direct', 'We simply ran out of room'],
    ]);
  });

  it('a quote over several sentences goes to the speaker named at its end, every sentence of it', () => {
    const body = '"We tried everything.\nNothing worked.\nIn the end we had to close the mill," said owner Dara Finch.';
    expect(rows(body)).toEqual([
      ['1.1', 'Dara Finch', 'owner Dara Finch', 'owner', 'person', 'following-cue@1.3', 'said', 'direct', 'We tried everything'],
      ['1.2', 'Dara Finch', 'owner Dara Finch', 'owner', 'person', 'following-cue@1.3', 'said', 'direct', 'Nothing worked'],
      ['1.3', 'Dara Finch', 'owner Dara Finch', 'owner', 'person', '-', 'said', 'direct', 'In the end we had to close the mill'],
    ]);
  });

  it('cue then quote, and a quote split around its cue', () => {
    // Dara Finch is named without a title or a statement: a later lone "Finch" still finds her.
    const body = 'Dara Finch, 54, has run the mill since 1990.\n\nFinch said: "We will reopen in the spring."\n\n"It will be hard," she said, "but the town needs the jobs."';
    expect(rows(body).map((r) => [r[0], r[1], r[2], r[5], r[8]])).toEqual([
      ['2.1', 'Dara Finch', 'Finch', 'surname@1.1', 'We will reopen in the spring'],
      ['3.1', 'Dara Finch', 'she', 'pronoun@2.1', 'It will be hard'],
      ['3.1', 'Dara Finch', 'she', 'pronoun@2.1', 'but the town needs the jobs'],
    ]);
  });

  it('a paragraph that is only a quote continues the speaker of the paragraph before', () => {
    const body = [
      'Port director Aiko Tanaka said: "The cranes are twenty years old.',
      '"We have asked for new ones every year since 2015."',
      'The board meets next week.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[5], r[8]])).toEqual([
      ['1.1', 'Aiko Tanaka', '-', 'The cranes are twenty years old'],
      ['2.1', 'Aiko Tanaka', 'earlier-quote@1.1', 'We have asked for new ones every year since 2015'],
    ]);
  });

  it('a quote that runs on into the next paragraph takes the speaker named there', () => {
    const body = '"The cranes are twenty years old.\nWe have asked for new ones every year.\n\n"Nobody listens," port director Aiko Tanaka said.';
    expect(rows(body).map((r) => [r[0], r[1], r[5], r[8]])).toEqual([
      ['1.1', 'Aiko Tanaka', 'following-cue@2.1', 'The cranes are twenty years old'],
      ['1.2', 'Aiko Tanaka', 'following-cue@2.1', 'We have asked for new ones every year'],
      ['2.1', 'Aiko Tanaka', '-', 'Nobody listens'],
    ]);
  });

  it('a quote over three paragraphs with its speaker named only at the very end', () => {
    const body = '"The cranes are old.\n\n"The quay is cracked.\n\n"Nobody listens," port director Aiko Tanaka said.';
    expect(rows(body).map((r) => [r[0], r[1], r[5]])).toEqual([
      ['1.1', 'Aiko Tanaka', 'following-cue@3.1'],
      ['2.1', 'Aiko Tanaka', 'following-cue@3.1'],
      ['3.1', 'Aiko Tanaka', '-'],
    ]);
  });

  it('a question quote with "asked", and an exclamation', () => {
    expect(who('"Who pays for the repairs?" asked council member Ines Duarte.\n\n"Not us!" the landlord shouted back.')).toEqual([
      ['1.1', 'Ines Duarte', 'Who pays for the repairs?'],
      // "shouted" is a verb of saying, and the tags find its subject: the landlord said it.
      ['2.1', 'the landlord', 'Not us!'],
    ]);
  });

  it('an inch mark is not a quote', () => {
    expect(who('A 12" water main burst under the square, the utility said.')).toEqual([['1.1', 'the utility', 'A 12" water main burst under the square']]);
  });

  it('scare quotes inside reported speech are part of the reported clause, not a direct quote', () => {
    expect(rows('The opposition leader said the budget was "a fantasy" and would be rejected.')).toEqual([
      ['1.1', 'the opposition leader', 'The opposition leader', '-', 'person', '-', 'said', 'reported', 'the budget was "a fantasy" and would be rejected'],
    ]);
  });
});

describe('reported speech', () => {
  it('"X said (that)" with adverbials, "X told reporters", "X insists", "X accused Y of"', () => {
    const body = [
      'Mayor Ruth Calder said on Tuesday that the bridge would reopen in May.',
      'Calder told reporters the contractor had been fined.',
      'The contractor insists the delays were caused by the weather.',
      'Norway accused Denmark of ignoring the fishing quota.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[4], r[5], r[6], r[8]])).toEqual([
      ['1.1', 'Ruth Calder', 'person', '-', 'said', 'the bridge would reopen in May'],
      ['2.1', 'Ruth Calder', 'person', 'surname@1.1', 'told', 'the contractor had been fined'],
      ['3.1', 'the contractor', 'person', '-', 'insists', 'the delays were caused by the weather'],
      ['4.1', 'Norway', 'country', '-', 'accused', 'Denmark of ignoring the fishing quota'],
    ]);
  });

  it('warned, noted, added, stressed, announced, claimed, denied', () => {
    const body = [
      'The central bank warned that inflation could rise again.',
      'Economists noted that wages were flat.',
      'The governor added that rates would stay unchanged.',
      'Finance Minister Leila Haddad stressed the need for restraint.',
      'The airline announced on Wednesday that 400 jobs would go.',
      'The rebels claimed responsibility for the attack.',
      'The army denied any involvement.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[4], r[6], r[8]])).toEqual([
      ['1.1', 'the central bank', 'organisation', 'warned', 'inflation could rise again'],
      ['2.1', 'Economists', 'group', 'noted', 'wages were flat'],
      ['3.1', 'the governor', 'person', 'added', 'rates would stay unchanged'],
      ['4.1', 'Leila Haddad', 'person', 'stressed', 'the need for restraint'],
      ['5.1', 'the airline', 'organisation', 'announced', '400 jobs would go'],
      ['6.1', 'the rebels', 'group', 'claimed', 'responsibility for the attack'],
      ['7.1', 'the army', 'organisation', 'denied', 'any involvement'],
    ]);
  });

  it('"…, adding that …" and other participles are further statements by the same speaker', () => {
    const body = [
      'Mayor Ruth Calder said the plan was sound, adding that it would be cheap.',
      '"It\'s a disgrace," Calder said in a post, adding that the contractor "must go".',
      '"We will appeal," the lawyer said, saying the ruling was flawed, noting that it ignored the evidence.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[6], r[7], r[8]])).toEqual([
      ['1.1', 'Ruth Calder', 'said', 'reported', 'the plan was sound'],
      ['1.1', 'Ruth Calder', 'adding', 'reported', 'it would be cheap'],
      ['2.1', 'Ruth Calder', 'said', 'direct', "It's a disgrace"],
      ['2.1', 'Ruth Calder', 'adding', 'reported', 'the contractor "must go"'],
      ['3.1', 'the lawyer', 'said', 'direct', 'We will appeal'],
      ['3.1', 'the lawyer', 'saying', 'reported', 'the ruling was flawed'],
      ['3.1', 'the lawyer', 'noting', 'reported', 'it ignored the evidence'],
    ]);
  });

  it('a participle with no reporting verb speaks for the subject that opens the sentence', () => {
    const body = 'A federal judge on Friday blocked the ban, saying it likely violated due process.\n\nThe central bank raised rates, adding to pressure on borrowers.';
    expect(rows(body).map((r) => [r[0], r[1], r[6], r[8]])).toEqual([['1.1', 'a federal judge', 'saying', 'it likely violated due process']]);
  });

  it('trailing cue: the clause before ", X said (on Monday)" is the content', () => {
    expect(rows('Exports fell for a third month in March, the statistics office said on Monday.')).toEqual([
      ['1.1', 'the statistics office', 'the statistics office', '-', 'organisation', '-', 'said', 'reported', 'Exports fell for a third month in March'],
    ]);
  });

  it('a dateline is not part of the reported clause', () => {
    expect(who('LISBON (Atlantic Wire) — Portugal will raise the minimum wage next year, Labour Minister Rui Sousa said on Friday.')).toEqual([
      ['1.1', 'Rui Sousa', 'Portugal will raise the minimum wage next year'],
    ]);
  });

  it('Xinhua, AP and Reuters datelines stay out of the content', () => {
    const body = [
      'BEIJING, Oct. 29 (Xinhua) -- China will boost imports, a spokesperson for the Ministry of Commerce said Thursday.',
      'WASHINGTON (AP) — The Senate passed the bill, Majority Leader Ruth Calder said.',
      'LONDON, March 3 (Reuters) - Prices rose again in February, officials said.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[1], r[8]])).toEqual([
      ['a spokesperson for the Ministry of Commerce', 'China will boost imports'],
      ['Ruth Calder', 'The Senate passed the bill'],
      ['officials', 'Prices rose again in February'],
    ]);
  });

  it('"according to X, …" and "…, according to X"', () => {
    const body = 'Water engineer Mirela Popescu inspected the dam.\n\nAccording to Popescu, the spillway is sound.\n\nThe reservoir is half full, according to the water authority.';
    expect(rows(body).map((r) => [r[0], r[1], r[2], r[5], r[6], r[8]])).toEqual([
      ['2.1', 'Mirela Popescu', 'Popescu', 'surname@1.1', 'according to', 'the spillway is sound'],
      ['3.1', 'the water authority', 'the water authority', '-', 'according to', 'The reservoir is half full'],
    ]);
  });

  it('a parenthetical between subject and verb: "X, for its part, insists"', () => {
    expect(who('Canada, for its part, insists the waters are its own.')).toEqual([['1.1', 'Canada', 'the waters are its own']]);
  });
});

describe('more speaker shapes', () => {
  it('"Name of Organisation", AP-style bare weekday, apposition without its closing comma, title-then-name after the verb', () => {
    const body = [
      'Prices will keep rising, said Marta Kowalczyk of the Baltic Grain Exchange.',
      'Harrow Foods announced Friday that it will close two bakeries.',
      'Ines Roldan, chief economist at Banco Litoral said the peso was undervalued.',
      '"The line is safe," said Nordrail Chief Executive Officer, Piet Jansen.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[1], r[3], r[4], r[8]])).toEqual([
      ['Marta Kowalczyk', 'of the Baltic Grain Exchange', 'person', 'Prices will keep rising'],
      ['Harrow Foods', '-', 'organisation', 'it will close two bakeries'],
      ['Ines Roldan', 'chief economist at Banco Litoral', 'person', 'the peso was undervalued'],
      ['Piet Jansen', 'Nordrail Chief Executive Officer', 'person', 'The line is safe'],
    ]);
  });

  it('companies: a descriptor before the name, the name alone later', () => {
    const body = 'The Swedish truck maker Norrvagn Industries said it would cut 900 jobs.\n\nNorrvagn said the cuts would fall mostly in Gothenburg.';
    expect(rows(body).map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['Norrvagn Industries', 'The Swedish truck maker Norrvagn Industries', 'The Swedish truck maker', 'organisation'],
      // The short form is the body named in full before (issue 10, helper s33).
      ['Norrvagn Industries', 'Norrvagn', '-', 'organisation'],
    ]);
  });

  it('institutions, companies in apposition, documents, and "said that, although …"', () => {
    const body = [
      'In its press release, the Central Bank stated that rates would stay at 2 percent.',
      'Baltic low cost airline, Skyrella, announced today that it would open six routes.',
      'The court filing indicated that the firm owed 40 creditors.',
      'He also said that, although sales fell, profits rose.',
      'The yard said to reporters that the hull was sound.',
      'Prices rose 4 percent in March, according to figures released by the statistics office.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[1], r[3], r[4], r[8]])).toEqual([
      ['the Central Bank', '-', 'organisation', 'rates would stay at 2 percent'],
      ['Skyrella', 'Baltic low cost airline', 'organisation', 'it would open six routes'],
      ['the court filing', '-', 'unknown', 'the firm owed 40 creditors'],
      ['He', '-', 'person', 'although sales fell, profits rose'],
      ['the yard', '-', 'unknown', 'the hull was sound'],
      // Figures released by an office are the office's words, as a statement from it would be.
      ['the statistics office', '-', 'organisation', 'Prices rose 4 percent in March'],
    ]);
  });

  it('an apposition to a place, and an age before the descriptor', () => {
    const body = 'Residents of Varnessa, the island’s main port, said the ferry had not run for a week.\n\n"Nobody told us anything," said Ilse Marten, 47, a teacher.';
    expect(rows(body).map((r) => [r[1], r[3], r[4]])).toEqual([
      ['Residents of Varnessa', '-', 'group'],
      ['Ilse Marten', 'a teacher', 'person'],
    ]);
  });

  it('"According to The Register": a single name with an article is an institution', () => {
    expect(rows('According to The Ledger, the mill will close in May.').map((r) => [r[1], r[2], r[4]])).toEqual([['the Ledger', 'The Ledger', 'organisation']]);
  });

  it('"claims to have …" keeps its infinitive; "according to the company website"', () => {
    const body = 'A rival blog claims to have seen the prototype.\n\nThe launch is set for June, according to the company website.';
    expect(rows(body).map((r) => [r[1], r[6], r[8]])).toEqual([
      ['a rival blog', 'claims', 'to have seen the prototype'],
      ['the company website', 'according to', 'The launch is set for June'],
    ]);
  });

  it('a mid-sentence partial quote does not take the cue that follows it', () => {
    expect(rows('Citing "safety concerns", the regulator said the checks would take a week.').map((r) => [r[1], r[6], r[7], r[8]])).toEqual([
      ['the regulator', 'said', 'reported', 'the checks would take a week'],
    ]);
  });
});

describe('wire and broadcast habits', () => {
  it('listeners, briefings, anonymous sources and clauses between subject and verb', () => {
    const body = [
      'Mr Okoro told the station’s breakfast programme that he had done nothing wrong.',
      'Two people familiar with the matter told Reuters that the merger was close.',
      'A senior official, who spoke on condition of anonymity because talks were continuing, said the strike would go ahead.',
      'The audit, published on Monday, said emissions had risen.',
      'A spokesperson for the Department of Transport said: "We are reviewing the figures."',
      'Opposition leader Keir Hale called for an inquiry.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[1], r[4], r[6], r[8]])).toEqual([
      ['Okoro', 'person', 'told', 'he had done nothing wrong'],
      ['Two people familiar with the matter', 'group', 'told', 'the merger was close'],
      ['a senior official', 'person', 'said', 'the strike would go ahead'],
      ['the audit', 'unknown', 'said', 'emissions had risen'],
      ['a spokesperson for the Department of Transport', 'person', 'said', 'We are reviewing the figures'],
      ['Keir Hale', 'person', 'called for', 'an inquiry'],
    ]);
  });

  it('the Reuters lead "X will cut jobs, it said", an analyst at a bank, a union', () => {
    const body = [
      'OSLO, May 5 (Reuters) - Norwegian shipbuilder Fjordverk ASA will close its Bergen yard, it said on Tuesday.',
      '"Orders have dried up," said Lena Dahl, an analyst at Nordkyst Bank.',
      'The dockworkers union, which represents 800 staff, said it would appeal.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[1], r[2], r[4], r[5], r[8]])).toEqual([
      ['Fjordverk ASA', 'it', 'organisation', 'pronoun@1.1', 'Norwegian shipbuilder Fjordverk ASA will close its Bergen yard'],
      ['Lena Dahl', 'Lena Dahl, an analyst at Nordkyst Bank', 'person', '-', 'Orders have dried up'],
      ['the dockworkers union', 'The dockworkers union', 'organisation', '-', 'it would appeal'],
    ]);
  });

  it('inverted cues followed by a relative clause, a participle, or titles joined by "and"', () => {
    const body = [
      '"They will have to close," said a professor at Lund University who studies shipping.',
      '"It took too long," said Nordbank analyst Chris Weller commenting on the decision.',
      '"This is a milestone," said Airbus President and Chief Executive Officer, Tom Enders.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[1], r[3]])).toEqual([
      ['a professor', '-'],
      ['Chris Weller', 'Nordbank analyst'],
      ['Tom Enders', 'Airbus President and Chief Executive Officer'],
    ]);
  });

  it('court copy: "wrote in her ruling that", a listener after "told", a possessive document', () => {
    const body = [
      'U.S. District Judge Maria Esposito wrote in her ruling that the city had "failed to show any harm" from the vendors.',
      'The vendors’ lawyer, Sam Okafor, told The Associated Press that his clients wanted to work.',
      'He said they would seek damages.',
      'The judge’s order said the ban could not be enforced.',
      'Mr Patel told the station that he had done nothing wrong.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[1], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      ['Maria Esposito', 'U.S. District Judge Maria Esposito', 'U.S. District Judge', 'person', '-', 'wrote'],
      ['Sam Okafor', 'The vendors’ lawyer, Sam Okafor', 'The vendors’ lawyer', 'person', '-', 'told'],
      ['Sam Okafor', 'He', 'The vendors’ lawyer', 'person', 'pronoun@2.1', 'said'],
      ['the judge’s order', 'The judge’s order', '-', 'unknown', '-', 'said'],
      ['Patel', 'Mr Patel', '-', 'person', '-', 'told'],
    ]);
  });

  it('two statements in one sentence, and a short whole-sentence quote continuing the speaker', () => {
    const body = [
      'Prime Minister Anna Lindqvist said she would not resign, while her deputy, Erik Sand, said he backed her.',
      '“This is not over,” Sand added.\n“We will appeal.”',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[2], r[5], r[8]])).toEqual([
      ['1.1', 'Anna Lindqvist', 'Prime Minister Anna Lindqvist', '-', 'she would not resign'],
      ['1.1', 'Erik Sand', 'her deputy, Erik Sand', '-', 'he backed her'],
      ['2.1', 'Erik Sand', 'Sand', 'surname@1.1', 'This is not over'],
      ['2.2', 'Erik Sand', 'Sand', 'earlier-quote@2.1', 'We will appeal'],
    ]);
  });
});

describe('speaker resolution', () => {
  it('"Jane Doe, the ministry\'s spokeswoman," and "The mayor, Jane Doe,"', () => {
    const body = 'Sofia Lind, the ministry’s spokeswoman, said the talks would resume.\n\nThe mayor, Pavel Novak, said the roads were clear.';
    expect(rows(body).map((r) => [r[1], r[3]])).toEqual([
      ['Sofia Lind', 'the ministry’s spokeswoman'],
      ['Pavel Novak', 'The mayor'],
    ]);
  });

  it('he/she go to the most recent person of compatible gender, with where the name was', () => {
    const body = [
      'Spokeswoman Anna Berg announced on Monday that the firms would merge.',
      'Mr. Lars Olsen, the finance director, was not available.',
      'She said the deal would close in June.',
      'He later said the price was fair.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['1.1', 'Anna Berg', 'Spokeswoman Anna Berg', '-'],
      ['3.1', 'Anna Berg', 'She', 'pronoun@1.1'],
      ['4.1', 'Lars Olsen', 'He', 'pronoun@2.1'],
    ]);
  });

  it('a speaker whose words are elsewhere, or a full name without a title, still anchors a later pronoun', () => {
    const body = [
      'Stocks fell sharply in New York and San Francisco.',
      'Dana Pereira, a spokesperson for the treasury, commented on the falls.',
      '"Deposits are safe," she stated.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[1], r[2], r[5]])).toEqual([['Dana Pereira', 'she', 'pronoun@2.1']]);
    // With no speaker at all, the last full name written is the best guess; places are not names.
    const body2 = 'Marta Kowal visited the plant in San Francisco.\n\n"It is a good day," she said.';
    expect(rows(body2).map((r) => [r[1], r[2], r[5]])).toEqual([['Marta Kowal', 'she', 'pronoun@1.1']]);
  });

  it('a possessive name opens a descriptor like "the": "Chile\'s mining minister, Name," and "Name, Acme\'s chief buyer,"', () => {
    const body = [
      'The mine will reopen in May, Chile’s deputy mining minister, Rosa Quintero, said in a radio interview.',
      'Prices will rise again, Tomas Ebner, Kelvar\'s chief wheat buyer, said.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[3], r[8]])).toEqual([
      ['1.1', 'Rosa Quintero', 'Chile’s deputy mining minister', 'The mine will reopen in May'],
      ['2.1', 'Tomas Ebner', "Kelvar's chief wheat buyer", 'Prices will rise again'],
    ]);
  });

  it('"she" after "Surname, 31, beat … Country\'s Other Name" is the subject, not the last name written', () => {
    const body = [
      'Norway’s Ingrid Solberg won the downhill on Sunday.',
      'Solberg, 31, overtook the leader on the final turn and finished ahead of Austria’s Lena Maier.',
      '"The snow was perfect," she said.',
      'Maier said she had made a mistake at the top.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['3.1', 'Ingrid Solberg', 'she', 'pronoun@2.1'],
      ['4.1', 'Lena Maier', 'Maier', 'surname@2.1'],
    ]);
  });

  it('"called X \"…\"" names something with a quote: a statement; "called the plan a waste" is not', () => {
    const body = [
      'The harbour master, Ines Duarte, called the closure "a blow to every fisherman on this coast."',
      'Critics called the plan a waste of money.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[6], r[8]])).toEqual([
      // A quote opened inside the content keeps its close (issue 10, helper s33).
      ['1.1', 'Ines Duarte', 'called', 'the closure "a blow to every fisherman on this coast."'],
    ]);
  });

  it('"according to a statement from X": X speaks; a bare "according to a statement" stays a document', () => {
    const body = [
      'The ferry will not sail on Sunday, according to a statement from the island council.',
      'According to a press release issued by Marlow Foods, the recall covers three batches.',
      'The road will reopen soon, according to a statement.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[4], r[8]])).toEqual([
      ['1.1', 'the island council', 'organisation', 'The ferry will not sail on Sunday'],
      ['2.1', 'Marlow Foods', 'organisation', 'the recall covers three batches'],
      ['3.1', 'a statement', 'unknown', 'The road will reopen soon'],
    ]);
  });

  it('an honorific between role and name is in neither: "chief executive Mr. Name"', () => {
    const body = '"We will hire locally," Orvane chief executive Mr. Paul Dekker told reporters.';
    expect(rows(body).map((r) => [r[1], r[3]])).toEqual([['Paul Dekker', 'Orvane chief executive']]);
  });

  it('"testified against him" reports no words: not a statement', () => {
    const body = 'Three former clerks who handled the accounts testified against him.\n\nOne clerk testified that the ledgers were altered.';
    expect(who(body)).toEqual([['2.1', 'One clerk', 'the ledgers were altered']]);
  });

  it('a weak verb that reports nothing leaves its participle to speak: "X criticised the plan, saying …"', () => {
    const body = 'Ottawa criticised the tariffs, saying they would hurt farmers on both sides.';
    expect(rows(body).map((r) => [r[1], r[2], r[6], r[8]])).toEqual([['Canada', 'Ottawa', 'saying', 'they would hurt farmers on both sides']]);
  });

  it('"the 61-year-old added" refers back to the person quoted; "The far-right leader said" keeps its modifier', () => {
    const body = [
      '"We lost this one fairly," Coach Ruth Okafor said after the final.',
      '"Next season starts tomorrow," the 61-year-old added.',
      'The far-right leader, speaking on television, said the result was rigged.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['1.1', 'Ruth Okafor', 'Coach Ruth Okafor', '-'],
      ['2.1', 'Ruth Okafor', 'the 61-year-old', 'pronoun@1.1'],
      ['3.1', 'the far-right leader', 'The far-right leader', '-'],
    ]);
  });

  it('"The port\'s director, Name, who …, said": the apposition before a relative clause is kept', () => {
    const body = 'The port’s director, Hugo Lind, who took office in May, said the cranes would be replaced.';
    expect(rows(body).map((r) => [r[1], r[3], r[8]])).toEqual([['Hugo Lind', 'The port’s director', 'the cranes would be replaced']]);
  });

  it('"said Name, the lawmaker who …": the descriptor stops at the relative clause, and a lawmaker is a person', () => {
    const body = '"The bill is dead," said Ilona Varga, the lawmaker who drafted it.\n\n"It will not come back," she added.';
    expect(rows(body).map((r) => [r[1], r[3], r[4], r[5]])).toEqual([
      ['Ilona Varga', 'the lawmaker', 'person', '-'],
      ['Ilona Varga', 'the lawmaker', 'person', 'pronoun@1.1'],
    ]);
  });

  it('"the firm said" is the company named before it; "in a memo to staff that"; "told state television"', () => {
    const body = [
      'Budget airline Skyvale will close two bases next year, the company said on Monday.',
      'Its chief executive, Mara Lentz, said in a memo to staff that the decision was final.',
      'The transport minister told state television the bases would be reviewed.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[2], r[5], r[8]])).toEqual([
      ['1.1', 'Skyvale', 'the company', 'pronoun@1.1', 'Budget airline Skyvale will close two bases next year'],
      ['2.1', 'Mara Lentz', 'Its chief executive, Mara Lentz', '-', 'the decision was final'],
      ['3.1', 'the transport minister', 'The transport minister', '-', 'the bases would be reviewed'],
    ]);
  });

  it('"criticised the plan as \"…\"": a quoted judgement after a short object is a statement', () => {
    const body = 'The farmers’ union criticised the budget as "a betrayal of rural Ireland".\n\nThe union welcomed the decision.';
    expect(rows(body).map((r) => [r[0], r[1], r[6], r[8]])).toEqual([['1.1', 'the farmers’ union', 'criticised', 'the budget as "a betrayal of rural Ireland"']]);
  });

  it('"Neither has disclosed …", "Nobody said …": no speaker, no statement', () => {
    expect(who('Neither has disclosed the price.\n\nNobody said the plan was safe.')).toEqual([]);
  });

  it('"Mr. van Dijk said": the honorific and the particle are not a description', () => {
    const body = 'Harbour pilot Joris van Dijk said the channel was clear.\n\nMr. van Dijk said the buoys would be replaced.';
    expect(rows(body).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Joris van Dijk', 'Harbour pilot Joris van Dijk', 'Harbour pilot'],
      ['Joris van Dijk', 'Mr. van Dijk', 'Harbour pilot'],
    ]);
  });

  it('a capital can be a given name: "Sofia Osei" is found again as "Osei"', () => {
    const body = 'The museum on Friday appointed Sofia Osei as its curator.\n\n"We will open late on Thursdays," Osei said.';
    expect(rows(body).map((r) => [r[1], r[2], r[5]])).toEqual([['Sofia Osei', 'Osei', 'surname@1.1']]);
  });

  it('"the minister" after "Foreign Minister Jane Doe" is Jane Doe', () => {
    const body = 'Foreign Minister Lena Holm said the embassy would reopen.\n\nThe minister added that staff had been vetted.\n\nThe mayor said nothing had changed.';
    expect(rows(body).map((r) => [r[1], r[2], r[5]])).toEqual([
      ['Lena Holm', 'Foreign Minister Lena Holm', '-'],
      ['Lena Holm', 'The minister', 'pronoun@1.1'],
      ['the mayor', 'The mayor', '-'],
    ]);
  });

  it('a person known only by role is who the next "she" means', () => {
    const body = 'Spokesman Ivo Maras said the port was closed.\n\nThe harbour master, a former captain, said the storm had passed.\n\nThe spokeswoman for the coastguard said two boats were missing.\n\nShe said the search would resume at dawn.';
    expect(rows(body).map((r) => [r[1], r[2], r[5]])).toEqual([
      ['Ivo Maras', 'Spokesman Ivo Maras', '-'],
      ['the harbour master', 'The harbour master', '-'],
      ['the spokeswoman for the coastguard', 'The spokeswoman for the coastguard', '-'],
      ['the spokeswoman for the coastguard', 'She', 'pronoun@3.1'],
    ]);
  });

  it('"X said she would …" teaches X\'s gender; "X said he …" about someone else in a mixed sentence does not', () => {
    const body = [
      'Kim Arden said she would stand again.',
      'Lee Moran said he and her rival would debate.',
      '"It is time," he said.',
      '"I am ready," she said.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['1.1', 'Kim Arden', 'Kim Arden'],
      ['2.1', 'Lee Moran', 'Lee Moran'],
      ['3.1', 'Lee Moran', 'he'],
      ['4.1', 'Kim Arden', 'she'],
    ]);
  });

  it('a pronoun with no named person before it stays as written', () => {
    expect(rows('He said the plan was sound.').map((r) => [r[1], r[2], r[5]])).toEqual([['He', 'He', '-']]);
  });

  it('capitals stand for their governments; countries and aliases are canonical', () => {
    const body = [
      'Beijing said the drills were routine.',
      'Washington warned of further sanctions.',
      'According to Brussels, the tariffs break trade rules.',
      'New Delhi denied the report.',
      'The US insists the sanctions will stay.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
      ['China', 'Beijing', 'country', 'capital@1.1'],
      ['the United States', 'Washington', 'country', 'capital@2.1'],
      ['the European Union', 'Brussels', 'country', 'capital@3.1'],
      ['India', 'New Delhi', 'country', 'capital@4.1'],
      ['the United States', 'The US', 'country', '-'],
    ]);
  });

  it('a general list of capitals, not one article\'s', () => {
    const capitals = ['Tokyo', 'Kyiv', 'Kiev', 'Tehran', 'Ankara', 'Seoul', 'Pyongyang', 'Taipei', 'Moscow', 'London', 'Paris', 'Berlin', 'Canberra', 'Nairobi'];
    const body = capitals.map((c) => `${c} said the proposal was unacceptable.`).join('\n\n');
    expect(rows(body).map((r) => `${r[2]}→${r[1]}`)).toEqual([
      'Tokyo→Japan', 'Kyiv→Ukraine', 'Kiev→Ukraine', 'Tehran→Iran', 'Ankara→Turkey', 'Seoul→South Korea', 'Pyongyang→North Korea',
      'Taipei→Taiwan', 'Moscow→Russia', 'London→the United Kingdom', 'Paris→France', 'Berlin→Germany', 'Canberra→Australia', 'Nairobi→Kenya',
    ]);
  });

  it('"they" goes to the group or body that spoke last', () => {
    const body = 'Union leaders said the offer was too low.\n\nThey added that a strike was likely.';
    expect(rows(body).map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
      ['Union leaders', 'Union leaders', 'group', '-'],
      ['Union leaders', 'They', 'group', 'pronoun@1.1'],
    ]);
  });

  it('"they" prefers a group that opened a later sentence over an office that spoke earlier; a title alone is a person', () => {
    const body = [
      'The prime minister’s office said the visit had been postponed.',
      'Negotiators from both unions met on Monday.',
      'They said the talks had been productive.',
      'The President said the deal was final.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[1], r[2], r[4], r[5]])).toEqual([
      ['the prime minister’s office', 'The prime minister’s office', 'organisation', '-'],
      ['Negotiators from both unions', 'They', 'group', 'pronoun@2.1'],
      ['the President', 'The President', 'person', '-'],
    ]);
  });

  it('organisations speak; "it" only for an organisation that just spoke', () => {
    const body = 'The Pentagon said in a statement that the exercise was routine.\nIt added that no ships were damaged.\n\nIt was a cold morning.\n\nIt said nothing more.';
    expect(rows(body).map((r) => [r[0], r[1], r[2], r[4], r[5], r[8]])).toEqual([
      ['1.1', 'the Pentagon', 'The Pentagon', 'organisation', '-', 'the exercise was routine'],
      ['1.2', 'the Pentagon', 'It', 'organisation', 'pronoun@1.1', 'no ships were damaged'],
    ]);
  });

  it('a lone word with no title is not taken for a person until the document names one', () => {
    expect(rows('Halvorsen announced that profits had doubled.').map((r) => [r[1], r[4]])).toEqual([['Halvorsen', 'unknown']]);
  });

  it('titled people named outside a statement are remembered for later pronouns', () => {
    const body = 'President Amara Diallo met farmers in the north.\n\nShe promised that the new road would be built.';
    expect(rows(body).map((r) => [r[1], r[2], r[5], r[6], r[8]])).toEqual([['Amara Diallo', 'She', 'pronoun@1.1', 'promised', 'the new road would be built']]);
  });
});

describe('British style', () => {
  it('single curly quotes in the body, an acronym in brackets, "has said"', () => {
    const body = [
      'Midwives will strike next month, the Royal College of Midwifery (RCM) has said.',
      'Its general secretary, Pat Corrin, said members had been left with ‘no choice’.',
      '‘We have tried everything to avoid this,’ she told BBC Breakfast.\n‘The government has simply refused to talk.’',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[2], r[5], r[7], r[8]])).toEqual([
      ['1.1', 'the Royal College of Midwifery', 'the Royal College of Midwifery', '-', 'reported', 'Midwives will strike next month'],
      ['2.1', 'Pat Corrin', 'Its general secretary, Pat Corrin', '-', 'reported', 'members had been left with ‘no choice’'],
      ['3.1', 'Pat Corrin', 'she', 'pronoun@2.1', 'direct', 'We have tried everything to avoid this'],
      ['3.2', 'Pat Corrin', 'she', 'earlier-quote@3.1', 'direct', 'The government has simply refused to talk'],
    ]);
  });
});

describe('headlines', () => {
  it('headline with a trailing attribution', () => {
    expect(rows('Body text here.', 'Ferry service to resume in April, port spokesman Ivo Maras said on Monday').map((r) => [r[0], r[1], r[3], r[8]])).toEqual([
      ['0.1', 'Ivo Maras', 'port spokesman', 'Ferry service to resume in April'],
    ]);
  });

  it('a wire headline names its source after a dash, by surname, before the body names them in full', () => {
    const body = 'Norway and Iceland have agreed to share herring data, Norwegian Fisheries Minister Kari Lunde said on Friday.';
    expect(rows(body, 'Norway, Iceland Agree to Share Herring Data - Lunde').map((r) => [r[0], r[1], r[2], r[5], r[6], r[8]])).toEqual([
      ['0.1', 'Kari Lunde', 'Lunde', 'surname@1.1', '-', 'Norway, Iceland Agree to Share Herring Data'],
      ['1.1', 'Kari Lunde', 'Norwegian Fisheries Minister Kari Lunde', '-', 'said', 'Norway and Iceland have agreed to share herring data'],
    ]);
  });

  it('descriptor words between a quote and its speaker are the description', () => {
    expect(rows('"They will ruin the view," retired fisherman Tom Hale said.').map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Tom Hale', 'retired fisherman Tom Hale', 'retired fisherman'],
    ]);
  });

  it('a company introduced by its role before the commas', () => {
    expect(rows('The developer, Northwind Energy, said it had agreed to fund a trust.').map((r) => [r[1], r[3], r[4]])).toEqual([
      ['Northwind Energy', 'The developer', 'organisation'],
    ]);
  });

  it('section labels before a colon are not speakers', () => {
    expect(rows('Note: "Figures are provisional."', 'UPDATE: Ferry service resumes')).toEqual([]);
    expect(rows('Analysis: "The market has turned."')).toEqual([]);
  });

  it('"Doe: Quote" and BBC-style single quotes', () => {
    expect(who('Nothing to see.', 'Okafor: ‘We will not back down’')).toEqual([['0.1', 'Okafor', 'We will not back down']]);
    // A partial quote inside the clause: the whole clause is what the council chief said.
    expect(rows('Nothing to see.', 'Flood walls ‘not fit for purpose’, says council chief')).toEqual([
      ['0.1', 'council chief', 'council chief', '-', 'person', '-', 'says', 'reported', 'Flood walls ‘not fit for purpose’'],
    ]);
  });
});

describe('coordinated verbs', () => {
  it('a second verb after "and"/"but" shares the subject that opens the sentence', () => {
    const body = [
      'Prime Minister Nikol Arvan welcomed the deal but warned that the border was still tense.',
      'On Monday, the ministry published the figures and said that exports had fallen.',
      'He visited the plant and said the jobs were safe.',
      'The storm hit the coast and killed two people.',
    ].join('\n\n');
    expect(rows(body).map((r) => [r[0], r[1], r[2], r[6], r[8]])).toEqual([
      ['1.1', 'Nikol Arvan', 'Prime Minister Nikol Arvan', 'warned', 'the border was still tense'],
      ['2.1', 'the ministry', 'the ministry', 'said', 'exports had fallen'],
      ['3.1', 'Nikol Arvan', 'He', 'said', 'the jobs were safe'],
    ]);
  });
});

describe('nested and unnamed speakers', () => {
  it('"X said Y told him …" gives both; "Some said" is a group', () => {
    const body = 'Doe said Smith told him the plan was dead.\n\nSome said the decision came too late.';
    expect(rows(body).map((r) => [r[1], r[4], r[6], r[8]])).toEqual([
      ['Doe', 'unknown', 'said', 'Smith told him the plan was dead'],
      ['Smith', 'unknown', 'told', 'the plan was dead'],
      ['some', 'group', 'said', 'the decision came too late'],
    ]);
  });
});

describe('not statements', () => {
  it('passive, relative clauses, negation, "it" with no antecedent, "said" as an adjective', () => {
    const body = [
      'The painting is said to be worth millions.',
      'The minister did not say when the vote would be held.',
      'It said nothing about the cost.',
      'The said property was sold in 1999.',
      'He was told to leave the building.',
      'As the saying goes, time is money.',
      'He told the story of his escape.',
      'It is not clear what the government will say.',
    ].join('\n\n');
    expect(rows(body)).toEqual([]);
  });
});
