import { beforeAll, describe, expect, it } from 'vitest';
import { workforceHead } from '../../src/understand/articleSides.js';
import { agreementRows as rows } from './agreement-rows.js';

/**
 * Session 29 (a72): naming the bodies of a deal right — workers as a side where the article names
 * their union, and a description counting two bodies as the two an adjacent sentence names.
 * Sentences of our own writing.
 */
// (The tagger and WordNet load once, on a shared machine slowly.)
beforeAll(() => void rows('Tenterby Couriers signed a deal with Corvish Cyclists Union.'), 120_000);

describe('a workforce side', () => {
  it('is a plural of people or a noun of personnel, before any "at" of its workplace; no body of a name, no bare plural', () => {
    expect(['Packers at the Tenterby Varnishers plant', 'Mossford riders', 'kitchen staff', 'HeadlineWorkers at Tenterby', 'Ardle Rovers', 'members', 'the Tenterby Varnishers', 'tenders', 'Ministers', 'the packers'].map(workforceHead)).toEqual([
      'packers', 'riders', 'staff', 'workers', null, null, null, null, null, null,
    ]);
  });
});

describe('the union the article names is the workers\' side', () => {
  it('by the members the article writes of it', () => {
    expect(
      rows(
        'Night-shift packers at the Tenterby Varnishers plant in Glimmerdon voted on Friday to approve a fresh wage settlement.\nMembers of Quillaby Kilnmakers Local 77 backed it by 140 votes to 9.\nThe agreement raises pay by 5 per cent a year.',
        'Varnish packers ratify pay deal',
      ),
    ).toEqual([
      ['0.1', 'Quillaby Kilnmakers Local 77 | the Tenterby Varnishers', 'ratified', null],
      ['1.1', 'Quillaby Kilnmakers Local 77 | the Tenterby Varnishers', 'approved', null],
      ['1.2', 'Quillaby Kilnmakers Local 77 | the Tenterby Varnishers', 'approved', '1.1'],
      ['1.3', 'Quillaby Kilnmakers Local 77 | the Tenterby Varnishers', 'approved', '1.1'],
    ]);
  });

  it('by a name WordNet reads as a labour union, with the workplace the workers were written with', () => {
    expect(rows('Mossford riders have ratified a new pay deal with Tenterby Couriers.\nThe deal was negotiated by the Corvish Cyclists Union.', 'Mossford riders ratify pay deal')).toEqual([
      ['0.1', 'Corvish Cyclists Union | Tenterby Couriers', 'ratified', null],
      ['1.1', 'Corvish Cyclists Union | Tenterby Couriers', 'ratified', null],
      // (Who negotiated the deal held: a later mention of it, the convention of issue 11.)
      ['1.2', 'Corvish Cyclists Union | Tenterby Couriers', 'ratified', '1.1'],
    ]);
  });

  it('not when the union is a side already, or the workers are a body\'s own', () => {
    expect(rows("Tenterby Couriers signed a separate pay deal with its own riders in May.\nThe Corvish Cyclists Union was not involved.").map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'Tenterby Couriers | its own riders'],
    ]);
  });

  it('not a union named paragraphs on, in another story', () => {
    expect(rows('Tour stewards and the city agreed to shut the quay road for the regatta.\n\nThe harbour board met on Monday.\n\nThe Corvish Cyclists Union and the Glimmerdon Rowing Guild agreed a joint fee claim.').map((r) => r.slice(0, 2))).toEqual([
      ['1.1', 'Tour stewards | the city'],
      ['3.1', 'the Corvish Cyclists Union | the Glimmerdon Rowing Guild'],
    ]);
  });

  it('not when the article names no union, or two', () => {
    const vote = 'Night-shift packers at the Tenterby Varnishers plant in Glimmerdon voted on Friday to approve a fresh wage settlement.';
    expect(rows(`${vote}\nThe agreement raises pay by 5 per cent a year.`, 'Varnish packers ratify pay deal')).toEqual([
      ['0.1', 'the Tenterby Varnishers | Night-shift packers', 'ratified', null],
      ['1.1', 'Night-shift packers | the Tenterby Varnishers', 'approved', null],
      ['1.2', 'Night-shift packers | the Tenterby Varnishers', 'approved', '1.1'],
    ]);
    expect(rows(`${vote}\nMembers of Quillaby Kilnmakers Local 77 backed it by 140 votes to 9.\nThe Drossmere Varnishers Union, which speaks for the drivers, was not part of the talks.`, 'Varnish packers ratify pay deal')).toEqual([
      ['0.1', 'the Tenterby Varnishers | Night-shift packers', 'ratified', null],
      ['1.1', 'Night-shift packers | the Tenterby Varnishers', 'approved', null],
      ['1.2', 'Night-shift packers | the Tenterby Varnishers', 'approved', '1.1'],
    ]);
  });
});

describe('a description counting two bodies', () => {
  it('is the two bodies the sentence before names, a name called by a trade\'s noun among them', () => {
    // (WordNet files "roaster" first as a person: the name it describes is read as a person's for statements.)
    expect(rows("Mossford Bakeries' agreed purchase of the small roaster Drossmere Coffee has fallen through.\nThe two companies had unveiled the deal in April.")).toEqual([
      // (a84: the possessor before the participle "agreed" is the buyer, so the collapse itself is read too.)
      ['1.1', 'Mossford Bakeries | Drossmere Coffee', 'collapsed', null],
      ['1.2', 'Mossford Bakeries | Drossmere Coffee', 'reached', null],
    ]);
  });

  it('opening the article, is the two bodies the next sentence names; not three', () => {
    expect(rows('Two cider makers in the Glimmerdon valley have agreed to merge, their owners said on Tuesday.\nTenterby Pressworks and Corvish Mill Co. will combine under one name.')).toEqual([
      ['1.1', 'Tenterby Pressworks | Corvish Mill Co.', 'reached', null],
    ]);
    expect(rows('Two cider makers in the Glimmerdon valley have agreed to merge, their owners said on Tuesday.\nTenterby Pressworks, Glimmerdon Orchards and Corvish Mill Co. all press fruit from the same farms.')).toEqual([
      ['1.1', 'Two cider makers in the Glimmerdon valley', 'reached', null],
    ]);
  });
});
