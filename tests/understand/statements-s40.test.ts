import { describe, expect, it } from 'vitest';
import { statementRows } from './statement-rows.js';

/** [key, name, mention, kind, resolution] per statement, in reading order. */
const who = (lines: readonly string[]): string[][] => statementRows(lines.join('\n'), ['name', 'mention', 'kind', 'resolution']);

describe('statements, session 23 (helper s40): the misses of sets 45-49', () => {
  it('a bare "the report" is the fuller document phrase written before (its modifiers, an indefinite owner\'s possessive)', () => {
    expect(who(['A flood report commissioned by Lowmoor Town Council in 2023 described the Ashby weir as "beyond repair".', 'The report found that the sluice gates had not been greased for a decade.'])).toEqual([
      ['1.1', 'a flood report', 'A flood report', 'unknown', '-'],
      ['1.2', 'flood report', 'The report', 'unknown', 'description@1.1'],
    ]);
    expect(who(["According to a warden's report commissioned by the board, the footpath flooded on 40 days last winter.", 'The report warned that the bridge at Fell End could close by spring.'])).toEqual([
      ['1.1', "a warden's report", "a warden's report", 'unknown', '-'],
      ['1.2', "warden's report", 'The report', 'unknown', 'description@1.1'],
    ]);
  });

  it('"according to" a study and what it is of (a year among its modifiers) is the study; an author after "by" still speaks for it', () => {
    expect(who(['According to a 2024 survey of hedgerows commissioned by the parish trust, a third of the field edges have no hedge left.', 'According to an analysis of ticket sales by the Fenn Valley Trust, journeys fell by a fifth.'])).toEqual([
      ['1.1', 'a 2024 survey of hedgerows', 'a 2024 survey of hedgerows', 'unknown', '-'],
      ['1.2', 'the Fenn Valley Trust', 'the Fenn Valley Trust', 'organisation', '-'],
    ]);
  });

  it('a town followed by its region is a place, never the person a later "she" means; "a cellist in X, Vermont, who told" is the cellist', () => {
    expect(who(['In a back room above a bakery in Fenwick Mills, Ohio, Dorrit Kaplow is sanding the neck of her 90th guitar.', 'She figures it will be done by Easter.'])).toEqual([
      ['1.2', 'Dorrit Kaplow', 'She', 'person', 'pronoun@1.1'],
    ]);
    expect(who(['Buyers include a cellist in Dunmore, Vermont, who told this paper the guitar had "a warm, dark voice".'])).toEqual([
      ['1.1', 'a cellist in Dunmore, Vermont', 'a cellist in Dunmore, Vermont', 'person', '-'],
    ]);
  });

  it('"According to him" / "According to her" is the person a pronoun would mean', () => {
    expect(who(['Tobin Rake said the waiting list ran to two years.', 'According to him, nobody has cancelled an order.', 'Nell Ardo said the firm would stay.', 'According to her, the lease runs out in May.'])).toEqual([
      ['1.1', 'Tobin Rake', 'Tobin Rake', 'person', '-'],
      ['1.2', 'Tobin Rake', 'him', 'person', 'pronoun@1.1'],
      ['1.3', 'Nell Ardo', 'Nell Ardo', 'person', '-'],
      ['1.4', 'Nell Ardo', 'her', 'person', 'pronoun@1.3'],
    ]);
  });

  it('"the company" is the firm, not the one-word place between an article and the firm\'s noun ("the Holtby maker", "the Marnham baker")', () => {
    expect(who(['Casa Verrone Pasta, the Holtby maker of dried pasta, will open a second factory in Quarry Vale in May.', 'The new factory will double output and create 30 jobs, the company said.'])).toEqual([
      ['1.2', 'Casa Verrone Pasta', 'the company', 'organisation', 'pronoun@1.1'],
    ]);
    expect(who(["Pellow's, the Marnham baker that grew from one oven into a chain of six shops, is to open a café in Dunstow.", 'The company said on Monday that the café would create eight jobs.'])).toEqual([
      ['1.2', "Pellow's", 'The company', 'organisation', 'pronoun@1.1'],
    ]);
  });

  it('"the company" after a possessive of its short name ("Brisk\'s shares fell") is the longer name written before', () => {
    expect(who(['Brisk Foods Inc. posted a loss on Wednesday.', 'Analysts at Umfreville Brothers said the shift made sense.', "Brisk's shares closed down 3.4 percent.", '', 'The company also said it had fitted card readers to its machines.'])).toEqual([
      ['1.2', 'Analysts at Umfreville Brothers', 'Analysts at Umfreville Brothers', 'group', '-'],
      ['2.1', 'Brisk Foods Inc', 'The company', 'organisation', 'pronoun@1.3'],
    ]);
  });

  it('a linked headline glued before a group subject ("Read more: … date set Traders along the quay said") is page furniture', () => {
    expect(who(['Read more: Harbour lights switch-on date set Vendors along the quay said they had not been warned.'])).toEqual([
      ['1.1', 'Vendors along the quay', 'Vendors along the quay', 'group', '-'],
    ]);
  });

  it('"said retired nurse X" names X; a hyphenated surname as a subject is whom the next "he says" means', () => {
    expect(who(['Residents of Mill Row said delivery vans had blocked the pavement for weeks.', '"We have had vans outside our door every morning," said retired nurse Greta Vavasour-Ashby.'])).toEqual([
      ['1.1', 'Residents of Mill Row', 'Residents of Mill Row', 'group', '-'],
      ['1.2', 'Greta Vavasour-Ashby', 'retired nurse Greta Vavasour-Ashby', 'person', '-'],
    ]);
    expect(who(['Carl Okoro-Blane has run the corner shop since 1998.', 'Its owner, Ruth Penhale, said the vans were a nuisance.', 'Asked whether he will still be open next year, Okoro-Blane laughs.', '"Ask my landlord," he says.'])).toEqual([
      ['1.2', 'Ruth Penhale', 'Its owner, Ruth Penhale', 'person', '-'],
      ['1.4', 'Carl Okoro-Blane', 'he', 'person', 'pronoun@1.3'],
    ]);
  });
});
