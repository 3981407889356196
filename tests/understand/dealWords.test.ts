import { describe, expect, it } from 'vitest';
import { ACT_NOUN_STATUS, DEAL_KINDS, DEAL_NOUNS, DISPUTE_NOUNS, HELD_DEAL_NOUNS, HOLD_VERBS, SETTLE_VERBS, VERB_STATUS } from '../../src/understand/dealWords.data.js';
import { candidateWords, dealKindCandidates, dealKindOf, dealNounOf, liveDealKind, sameDealKind, liveActNounStatus, liveDealNounKind, liveDisputeNoun, liveHeldDealNoun, liveHoldVerbs, liveSettleLike, liveVerbStatus, participleBases } from '../../src/understand/dealWords.js';
import { hasWordNet } from '../../src/wordnet.js';

/** The answers of a live function for every candidate word, as the table writes them. */
const answers = <T>(words: Set<string>, f: (w: string) => T | null | false): [string, T][] =>
  [...words].sort().flatMap((w) => {
    const v = f(w);
    return v === null || v === false ? [] : [[w, v] as [string, T]];
  });

describe.skipIf(!hasWordNet())('the WordNet table of the agreement reader (dealWords.data.ts)', () => {
  it('holds exactly what WordNet answers (else run npx tsx bench/dealwords-gen.ts)', () => {
    const c = candidateWords();
    expect([...DEAL_NOUNS]).toEqual(answers(c.nouns, liveDealNounKind));
    expect([...VERB_STATUS]).toEqual(answers(c.verbs, liveVerbStatus));
    expect([...ACT_NOUN_STATUS]).toEqual(answers(c.acts, liveActNounStatus));
    expect([...SETTLE_VERBS]).toEqual([...c.settles].sort().filter(liveSettleLike));
    expect([...DISPUTE_NOUNS]).toEqual(answers(c.disputes, liveDisputeNoun));
    expect([...HELD_DEAL_NOUNS]).toEqual([...c.nouns].sort().filter(liveHeldDealNoun));
    // A concession or a franchise is a contract (first sense) that counts only when held.
    expect([...HELD_DEAL_NOUNS]).toEqual(['concession', 'franchise']);
    expect([...HOLD_VERBS]).toEqual([...liveHoldVerbs()].sort());
    expect([...DEAL_KINDS]).toEqual(answers(dealKindCandidates(), liveDealKind));
    // Holding or letting property; not running, leading or building it.
    expect(['own', 'hold', 'lease', 'rent', 'possess', 'run', 'lead', 'build'].map((w) => HOLD_VERBS.has(w))).toEqual([true, true, true, true, true, false, false, false]);
  });

  it('answers by the first senses: kinds of agreement, statuses by anchor, act nouns by derivation', () => {
    expect(['treaty', 'covenant', 'lease', 'compromise', 'settlement', 'takeover', 'policy', 'convention', 'insurance', 'peace'].map(liveDealNounKind)).toEqual([
      'pact', 'pact', 'pact', 'pact', 'pact', 'trade', null, null, null, null,
    ]);
    expect(['ratify', 'sign', 'endorse', 'infringe', 'rescind', 'veto', 'doubt', 'discuss', 'strike_down', 'turn_down', 'call_off', 'step_down'].map(liveVerbStatus)).toEqual([
      'ratified', 'signed', 'approved', 'breached', 'voided', 'rejected', null, null, 'voided', 'rejected', 'voided', null,
    ]);
    expect(['ratification', 'revocation', 'repudiation', 'violation', 'talk'].map(liveActNounStatus)).toEqual(['ratified', 'voided', 'rejected', 'breached', null]);
    // What "settle" takes as a dispute: a legal proceeding, a quarrel, a conflict, a strike, a
    // pleading, a claim; a military action only with a modifier; not a score, a matter, a question.
    expect(['lawsuit', 'class_action', 'row', 'feud', 'strike', 'allegation', 'claim', 'grievance', 'battle', 'war', 'score', 'matter', 'question', 'bill'].map(liveDisputeNoun)).toEqual([
      'dispute', 'dispute', 'dispute', 'dispute', 'dispute', 'dispute', 'dispute', 'dispute', 'military', 'military', null, null, null, null,
    ]);
    // "settle" itself is read by lemma: its first sense is settling down.
    expect(['resolve', 'adjudicate', 'decide', 'settle'].map(liveSettleLike)).toEqual([true, false, false, false]);
  });

  it('gives each deal noun the kind of deal WordNet files it under, the most exact anchor first', () => {
    // "accord": its treaty sense (third) before its plain agreement sense; "lease": its contract
    // sense (second); "licence": the legal document (third); "franchise" by concession.n.01.
    expect(['pact', 'accord', 'covenant', 'truce', 'cease-fire', 'settlement', 'lease', 'charter', 'licence', 'franchise', 'takeover', 'purchase', 'merger', 'partnership', 'subcontract', 'bargain', 'arrangement'].map(liveDealKind)).toEqual([
      'treaty', 'treaty', 'treaty', 'truce', 'truce', 'settlement', 'lease', 'lease', 'licence', 'licence', 'sale', 'sale', 'sale', 'partnership', 'contract', 'agreement', 'agreement',
    ]);
    // Where WordNet files the noun elsewhere, the lexicon's kind.
    expect(['ceasefire', 'tenancy', 'venture', 'order', 'memorandum'].map(liveDealKind)).toEqual(['truce', 'lease', 'partnership', 'sale', 'agreement']);
  });
});

describe('reading the table', () => {
  it('finds a deal noun from its plural and a verb from its participle', () => {
    expect(['covenants', 'treaties', 'leases', 'policies', 'talks'].map(dealNounOf)).toEqual(['covenant', 'treaty', 'lease', null, null]);
    // The one list: plurals read back, every deal noun with its kind; a word outside it is none.
    expect(['Treaties', 'licences', 'tenancies', 'tie-ups', 'mergers', 'sales', 'loans', 'meeting', 'franchisees', 'licensees'].map((w) => dealKindOf(w))).toEqual([
      { lemma: 'treaty', kind: 'treaty' }, { lemma: 'licence', kind: 'licence' }, { lemma: 'tenancy', kind: 'lease' }, { lemma: 'tie-up', kind: 'partnership' }, { lemma: 'merger', kind: 'sale' }, null, null, null, null, null,
    ]);
    // One exact kind, never by the general one: "deal" and "agreement" match nothing.
    expect([sameDealKind('pact', 'treaty'), sameDealKind('takeover', 'merger'), sameDealKind('lease', 'licence'), sameDealKind('deal', 'agreement'), sameDealKind('treaty', 'verb')]).toEqual([true, true, false, false, false]);
    expect(participleBases('cancelled')).toContain('cancel');
    expect(participleBases('terminated')).toContain('terminate');
    expect(participleBases('nullified')).toContain('nullify');
  });
});
