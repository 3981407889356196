import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { agentAfter, shapeOf } from '../../src/search/shape.js';
import { firstOutcomes, goldStands, type QaArticle } from './qa-fixture.js';
import { cite, record } from './record.js';

/**
 * Session 18, q33: "who did it?" answered by the sentence naming the doer of the question's act
 * after "by" (`agentAfter` in shape.ts; `AGENT_ODDS`, `AGENT_BONUS` in options.ts), before the
 * opening sentence that only names the thing, or one holding a role noun of the verb ("the
 * founder's grandson"). Our own reader set (bench/qa-q33, `npx tsx bench/qa-sets.ts --sets q33
 * --meaning yes`; four invented stories), read here as `firstOutcomes` reads it: words only.
 */
const FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'qa-q33', 'squad2_dev40.json');
const ARTICLES = (JSON.parse(readFileSync(FILE, 'utf8')) as { data: QaArticle[] }).data;

const MILL = record('mill', [
  [
    'The Corvale tide mill stands on the creek below the village of Ashby Fen.',
    'It was founded in 1871 by the miller Ada Renn, whose family worked it for three generations.',
    'The mill is still owned by the founder’s great-grandson, who grinds flour there on summer weekends.',
  ],
  [
    'Its wheel was rebuilt by 1990, and the sluice was repaired in 2004 by volunteers from the Fen Mills Group.',
    'The mill closed to trade in 1961.',
  ],
]);

const isFound = (stem: string): boolean => stem === 'found';

describe('a doer named after "by" (agentAfter)', () => {
  it('reads the verb, then "by" and a name or a noun phrase, in the same clause', () => {
    expect(agentAfter('It was founded in 1871 by the miller Ada Renn.', isFound)).toBe(true);
    expect(agentAfter('Tellan Boats was founded on the east bank of the river Orr in 1902 by two brothers.', isFound)).toBe(true);
  });

  it('not a date or a year after "by", nor a "by" past a comma or another verb', () => {
    expect(agentAfter('The firm was founded by 1902.', isFound)).toBe(false);
    expect(agentAfter('The firm was founded in 1902, and was sold by the Renn family.', isFound)).toBe(false);
    expect(agentAfter('The firm was founded in 1902 and sold by the Renn family.', isFound)).toBe(false);
  });

  it('not a role noun of the act: "the founder" names no doer of founding', () => {
    expect(agentAfter('The mill is still owned by the founder’s great-grandson.', isFound)).toBe(false);
  });

  it('the act a question asks the doer of: its first verb after the question word and its noun phrase', () => {
    expect(shapeOf('Who set up the mill?').verbs).toEqual(['set']);
    expect(shapeOf('Which two millers have run the mill?').verbs).toEqual(['run']);
    // A subject between: the question asks what Ada Renn did, not who did it.
    expect(shapeOf('Whose mill did Ada Renn buy?').verbs).toEqual([]);
    // The verb only describes the asked thing: the question's own verb comes later.
    expect(shapeOf('What group formed in 1972 is seen as the first mill society?').verbs).toEqual([]);
    expect(shapeOf('When was the mill founded?').verbs).toEqual([]);
  });
});

describe('who did it, answered by the sentence naming the doer', () => {
  it('"Who set up the mill?" answers with "founded … by", first', () => {
    const index = createSearchIndex(MILL);
    expect(index.search('Who set up the Corvale mill?').hits.map((h) => cite(h.sentence))).toEqual(['mill ¶1.2', 'mill ¶1.3', 'mill ¶1.1', 'mill ¶2.2']);
    // Without it, the sentence holding "mill" and the founder's role outranks it, and the opening sentence too.
    const without = createSearchIndex(MILL, { ranking: { agentOdds: 0, agentBonus: 0 } });
    expect(without.search('Who set up the Corvale mill?').hits.map((h) => cite(h.sentence))).toEqual(['mill ¶1.3', 'mill ¶1.1', 'mill ¶1.2', 'mill ¶2.2']);
  });

  it('"Who fixed the sluice?" reads "repaired … by", not "rebuilt by 1990"', () => {
    const index = createSearchIndex(MILL);
    expect(index.search('Who fixed the sluice?').hits.map((h) => cite(h.sentence))).toEqual(['mill ¶2.1']);
  });

  it('an off-topic question is not answered for a "by" alone', () => {
    const index = createSearchIndex(MILL);
    expect(index.search('Who founded the Selkirk rowing club?').hits.map((h) => cite(h.sentence))).toEqual([]);
  });
});

describe('our own reader set (bench/qa-q33, words only)', () => {
  it('every gold answer stands in its paragraph', () => {
    expect(goldStands(ARTICLES).filter(([, stands]) => !stands)).toEqual([]);
  });

  it('answers each question with the sentence holding its gold answer, or refuses it', () => {
    expect(firstOutcomes(ARTICLES)).toEqual(EXPECTED);
  });
});

const EXPECTED: unknown = [
  [
    ['Who set up the Brannock Ropeworks?', 'first'],
    ['Who established the ropeworks at Selkirrow?', 'first'],
    ['Who put a roof over the rope walk?', 'first'],
    ['How long is the rope walk?', 'first'],
    ['Which organisation purchased the buildings?', 'first'],
    ['Why did production end?', 'first'],
    ['How many volunteers help at the museum?', 'first'],
  ],
  [
    ['Who started the bus company?', 'first'],
    // Left: "create" ~ "form" (organise) is no WordNet word of it; the opening sentence holds "Orrel Valley Buses".
    ['Who created Orrel Valley Buses?', 'wrong Orrel_Valley_Bus_Company ¶1.1'],
    ['Who drew up the plans for the depot at Carlow Bridge?', 'first'],
    ['Which group acquired the firm in 1988?', 'first'],
    // Left: "organise" ~ "plan" (a route network) is no WordNet word of it.
    ['Who organises the bus routes?', 'refused'],
    ['How many buses are in the fleet?', 'first'],
    ['When did the depot open?', 'first'],
  ],
  [
    // Left: "The tower was erected … by": "erect" is a kind of "build", but "tower" is not "lighthouse", so the sentence shares one word.
    ['Who built the lighthouse at Tamsett Point?', 'wrong Tamsett_Lighthouse ¶1.1'],
    ['Who constructed the tower?', 'first'],
    ['Who runs the light today?', 'first'],
    ["Who repaired the keeper's cottage?", 'first'],
    ['When was the lamp converted to electricity?', 'first'],
    ['How far out to sea can the light be seen?', 'first'],
  ],
  [
    ['Who founded the Kessock Male Voice Choir?', 'first'],
    ['Who conducted the choir for 41 years?', 'first'],
    // Left: "direct" ~ "lead" is lead's sense, not direct's common one.
    ['Who directed the Kessock choir?', 'wrong Kessock_Choir ¶1.1'],
    ['Who funds the tour of Brittany?', 'first'],
    ['How many members does the choir have?', 'first'],
    ['Who recorded the choir first?', 'first'],
    ['When did the choir win the national eisteddfod?', 'first'],
  ],
];
