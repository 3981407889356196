import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/record/sentences.js';

/** The sentences of `text` as strings, in order. */
function split(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences: plain endings', () => {
  it('splits on period, question mark and exclamation mark', () => {
    expect(split('The ferry left at dawn. Was anyone aboard? Nobody knew!')).toEqual([
      'The ferry left at dawn.',
      'Was anyone aboard?',
      'Nobody knew!',
    ]);
  });

  it('keeps doubled marks together', () => {
    expect(split('Really?! The vote passed. Wow!! It was close??')).toEqual(['Really?!', 'The vote passed.', 'Wow!!', 'It was close??']);
  });

  it('returns offsets into the text, trimmed, within from..to', () => {
    const text = 'xx  One line here. Two.  yy';
    expect(splitSentences(text, 2, 25)).toEqual([
      { start: 4, end: 18 },
      { start: 19, end: 23 },
    ]);
  });

  it('finds a boundary with no space after it', () => {
    expect(split('The bridge opened.Traffic was light.It cost 2,400.Nobody complained.')).toEqual([
      'The bridge opened.',
      'Traffic was light.',
      'It cost 2,400.',
      'Nobody complained.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('   \n  ')).toEqual([]);
  });
});

describe('splitSentences: abbreviations and initials', () => {
  it('does not end at titles before names', () => {
    expect(split('Gen. Ortiz met Mrs. Lee and Dr. Banerjee. They spoke for an hour.')).toEqual([
      'Gen. Ortiz met Mrs. Lee and Dr. Banerjee.',
      'They spoke for an hour.',
    ]);
  });

  it('does not end at initials', () => {
    expect(split('The report by Alma T. Ruiz and J. R. Okafor was leaked. It ran to 90 pages.')).toEqual([
      'The report by Alma T. Ruiz and J. R. Okafor was leaked.',
      'It ran to 90 pages.',
    ]);
  });

  it('ends at a dotted abbreviation only before a sentence opener', () => {
    expect(split('Talks with the U.K. Treasury stalled. Aid reached the U.K. The money arrived late.')).toEqual([
      'Talks with the U.K. Treasury stalled.',
      'Aid reached the U.K.',
      'The money arrived late.',
    ]);
  });

  it('reads a.m. and p.m. by the next word', () => {
    expect(split('The polls close at 8 p.m. on Sunday. Counting starts at 9 p.m. It may last all night.')).toEqual([
      'The polls close at 8 p.m. on Sunday.',
      'Counting starts at 9 p.m.',
      'It may last all night.',
    ]);
  });

  it('reads company and list abbreviations by the next word', () => {
    expect(split('Shares of Harlow & Co. rose. Orders went to Vance Bros. Ltd. for steel, wire, etc. The rest waited.')).toEqual([
      'Shares of Harlow & Co. rose.',
      'Orders went to Vance Bros. Ltd. for steel, wire, etc.',
      'The rest waited.',
    ]);
  });

  it('keeps month abbreviations and page references inside the sentence', () => {
    expect(split('The law took effect on Oct. 5 and is quoted on p. 12 of the filing. Critics objected.')).toEqual([
      'The law took effect on Oct. 5 and is quoted on p. 12 of the filing.',
      'Critics objected.',
    ]);
    expect(split('Funding runs until Sept. 30.')).toEqual(['Funding runs until Sept. 30.']);
  });

  it('keeps state abbreviations before a place name and ends before a sentence opener', () => {
    expect(split('The plant in Fresno, Calif. He visited it twice.')).toEqual(['The plant in Fresno, Calif.', 'He visited it twice.']);
  });

  it('tells the pronoun I from a regnal numeral', () => {
    expect(split('They asked her and I. Did the clerk reply? Pope Leo I. Smith wrote about him.')).toEqual([
      'They asked her and I.',
      'Did the clerk reply?',
      'Pope Leo I. Smith wrote about him.',
    ]);
  });

  it('ends after a time before a capitalised word unless a time zone or day follows', () => {
    expect(split('Polls open at 7 a.m. Voters queued early. Results come at 10 p.m. GMT on Friday.')).toEqual([
      'Polls open at 7 a.m.',
      'Voters queued early.',
      'Results come at 10 p.m. GMT on Friday.',
    ]);
  });

  it('never ends a sentence that is only an opening time phrase', () => {
    expect(split('At 7 a.m. Dr. Okafor opened the clinic. She closed it at 9 p.m. Dr. Okafor then went home.')).toEqual([
      'At 7 a.m. Dr. Okafor opened the clinic.',
      'She closed it at 9 p.m.',
      'Dr. Okafor then went home.',
    ]);
  });

  it('reads a lowercase word that doubles as an abbreviation as a word', () => {
    expect(split("The answer was no. That's final. He lives at No. 10 Mill Road and felt ill. Doctors came.")).toEqual([
      'The answer was no.',
      "That's final.",
      'He lives at No. 10 Mill Road and felt ill.',
      'Doctors came.',
    ]);
  });

  it('keeps a possessive after an abbreviation', () => {
    expect(split("It was Ruiz Sr.'s boat. It sank.")).toEqual(["It was Ruiz Sr.'s boat.", 'It sank.']);
  });
});

describe('splitSentences: numbers, addresses', () => {
  it('keeps decimals, versions and money inside the sentence', () => {
    expect(split('Inflation hit 7.4 percent under version 2.1.3 of the index. Rent rose by $1,250.50. Wages did not.')).toEqual([
      'Inflation hit 7.4 percent under version 2.1.3 of the index.',
      'Rent rose by $1,250.50.',
      'Wages did not.',
    ]);
  });

  it('ends after a number before a capital', () => {
    expect(split('The turnout was 61.2. That is a record.')).toEqual(['The turnout was 61.2.', 'That is a record.']);
  });

  it('keeps e-mail addresses and URLs whole, and the final period with the sentence', () => {
    expect(split('Write to press.office@city.example.org. See https://news.example.com/a/b.html?x=1. Then wait.')).toEqual([
      'Write to press.office@city.example.org.',
      'See https://news.example.com/a/b.html?x=1.',
      'Then wait.',
    ]);
  });
});

describe('splitSentences: quotations and brackets', () => {
  it('splits a two-sentence quote and keeps the attribution with the second sentence', () => {
    expect(split('“We will rebuild the pier. It will take two years,” the mayor said. Work begins soon.')).toEqual([
      '“We will rebuild the pier.',
      'It will take two years,” the mayor said.',
      'Work begins soon.',
    ]);
  });

  it('continues after a quoted question or exclamation followed by lowercase', () => {
    expect(split('"Who paid for it?" she asked. "Nobody!" he shouted back. They laughed.')).toEqual([
      '"Who paid for it?" she asked.',
      '"Nobody!" he shouted back.',
      'They laughed.',
    ]);
  });

  it('ends after a closing quote before a capital', () => {
    expect(split("He called the plan 'a disgrace.' Then he left.")).toEqual(["He called the plan 'a disgrace.'", 'Then he left.']);
  });

  it('keeps a named attribution after a quoted question, not a new clause', () => {
    expect(split('“Why now?” Maria Keller asked. Nobody answered.')).toEqual(['“Why now?” Maria Keller asked.', 'Nobody answered.']);
    expect(split('"We are ready." Ana Ruiz said the cranes would arrive in June.')).toEqual([
      '"We are ready."',
      'Ana Ruiz said the cranes would arrive in June.',
    ]);
  });

  it('does not end inside brackets', () => {
    expect(split('The vote (It was the third this year. Few came.) went ahead. Results follow.')).toEqual([
      'The vote (It was the third this year. Few came.) went ahead.',
      'Results follow.',
    ]);
  });

  it('ends after a parenthetical sentence', () => {
    expect(split('Ticket prices rose. (Seniors pay less.) Buses run hourly.')).toEqual([
      'Ticket prices rose.',
      '(Seniors pay less.)',
      'Buses run hourly.',
    ]);
  });
});

describe('splitSentences: ellipses', () => {
  it('continues a three-dot ellipsis before lowercase or I', () => {
    expect(split('The crowd waited … and waited. Well . . . I think it was long.')).toEqual([
      'The crowd waited … and waited.',
      'Well . . . I think it was long.',
    ]);
  });

  it('ends at a four-dot ellipsis before a capital', () => {
    expect(split('The minutes trail off.... Nobody signed them.')).toEqual(['The minutes trail off....', 'Nobody signed them.']);
  });

  it('gives a spaced ellipsis after a period to the next sentence', () => {
    expect(split('The first draft was rejected. . . . The second one passed.')).toEqual([
      'The first draft was rejected.',
      '. . . The second one passed.',
    ]);
  });

  it('treats a bracketed ellipsis as an omission', () => {
    expect(split('"The council [...] approved the budget [...]" (Minutes, 4). It was late.')).toEqual([
      '"The council [...] approved the budget [...]" (Minutes, 4).',
      'It was late.',
    ]);
  });
});

describe('splitSentences: lists', () => {
  it('splits inline numbered items in sequence', () => {
    expect(split('1) Close the road 2) Open the shelter 3) Call the army')).toEqual([
      '1) Close the road',
      '2) Open the shelter',
      '3) Call the army',
    ]);
  });

  it('splits inline items with periods, with and without final periods', () => {
    expect(split('1. Raise taxes. 2. Cut spending 3. Borrow.')).toEqual(['1. Raise taxes.', '2. Cut spending', '3. Borrow.']);
  });

  it('splits lettered and bulleted items', () => {
    expect(split('a. Wheat b. Barley c. Rye')).toEqual(['a. Wheat', 'b. Barley', 'c. Rye']);
    expect(split('• 1. Coal • 2. Gas')).toEqual(['• 1. Coal', '• 2. Gas']);
  });

  it('splits asterisk bullets running inline after a colon', () => {
    expect(split('Three depots will close: * North Yard * Eastgate, Ayr * the old mill')).toEqual([
      'Three depots will close:',
      '* North Yard',
      '* Eastgate, Ayr',
      '* the old mill',
    ]);
    expect(split('He said it was *very* late.')).toEqual(['He said it was *very* late.']);
  });

  it('makes each line of a list its own sentence', () => {
    expect(split('The plan has three parts:\n- cheaper buses\n- longer hours\n- new routes')).toEqual([
      'The plan has three parts:',
      '- cheaper buses',
      '- longer hours',
      '- new routes',
    ]);
  });

  it('makes each line its own sentence when no line ends with punctuation', () => {
    expect(split('schools\nhospitals\nroads, bridges\n')).toEqual(['schools', 'hospitals', 'roads, bridges']);
  });
});

describe('splitSentences: lines', () => {
  it('makes a heading line its own sentence', () => {
    expect(split('Flood warning\nThe river rose two metres overnight. Roads are closed.')).toEqual([
      'Flood warning',
      'The river rose two metres overnight.',
      'Roads are closed.',
    ]);
  });

  it('joins a line break after a word that cannot end a heading', () => {
    expect(split('The minister met with\nPresident Okafor on Friday. They talked.')).toEqual([
      'The minister met with\nPresident Okafor on Friday.',
      'They talked.',
    ]);
  });

  it('joins an errant line break continued in lowercase', () => {
    expect(split('The council met in the\nold town hall on Monday.')).toEqual(['The council met in the\nold town hall on Monday.']);
  });

  it('treats line breaks of hard-wrapped prose as spaces', () => {
    const text = [
      'The regional council voted late on Tuesday to approve',
      'Mayor Ellison plan for the harbour, which had been argued',
      'over for most of the year. Opponents said they would appeal.',
    ].join('\n');
    expect(split(text)).toEqual([
      'The regional council voted late on Tuesday to approve\nMayor Ellison plan for the harbour, which had been argued\nover for most of the year.',
      'Opponents said they would appeal.',
    ]);
  });

  it('keeps a dateline inside the first sentence', () => {
    expect(split('OSLO, March 3 (Nordwire) - Ferries were halted. Buses ran.')).toEqual([
      'OSLO, March 3 (Nordwire) - Ferries were halted.',
      'Buses ran.',
    ]);
  });
});

describe('splitSentences: invariants', () => {
  // Pieces that exercise every rule: marks, quotes, brackets, abbreviations, lists, line breaks.
  const piece = fc.constantFrom(
    'word', 'Word', 'U.S.', 'Mr.', 'a.m.', 'p.', '3.5', '1.', '2)', 'a.', '•', '*', '.', '?', '!', '...', '. . .', '…',
    '"', '“', '”', "'", '(', ')', '[', ']', ' ', ' ', ' ', '\n', '\n\n', 'e@x.org', 'http://x.io/a.b', '—', '-', ',', ':', 'I',
  );
  const text = fc.array(piece, { maxLength: 60 }).map((ps) => ps.join(''));

  it('returns ordered, non-overlapping, trimmed spans that cover every visible character', () => {
    fc.assert(
      fc.property(text, fc.nat(5), fc.nat(5), (t, cutA, cutB) => {
        const from = Math.min(cutA, t.length);
        const to = Math.max(from, t.length - cutB);
        const spans = splitSentences(t, from, to);
        let prev = from;
        for (const s of spans) {
          if (s.start < prev || s.end <= s.start || s.end > to) return false;
          if (/\s/u.test(t[s.start] ?? '') || /\s/u.test(t[s.end - 1] ?? '')) return false;
          if (t.slice(prev, s.start).trim() !== '') return false;
          prev = s.end;
        }
        return t.slice(prev, to).trim() === '';
      }),
      { numRuns: 500 },
    );
  });
});
