/**
 * Statements and their speakers: who said what, per sentence, in one pass over a document.
 *
 * What it finds
 * - Direct quotes in straight ("), curly (“ ”), single curly (‘ ’) or guillemet (« ») marks with
 *   the cue after the quote (`…," the minister said`, `…," said Jane Doe, the ministry's
 *   spokeswoman`), before it (`He said: "…"`, `Doe told reporters on Monday that "…"`) or around
 *   it (`"A," he said, "B."`). A quote over several sentences is attributed sentence by sentence
 *   to the speaker named at its end or start (the other sentences carry resolution
 *   `following-cue` / `earlier-quote` pointing at the cue's sentence); a sentence or paragraph
 *   that is only a quote continues the speaker of the statement just before it (`earlier-quote`,
 *   at most three sentences on and one paragraph back); a quote that opens a paragraph and runs
 *   on into the next takes the speaker named there (`following-cue`).
 * - Reported speech: `X said (that) …` and ~90 other reporting verbs (insists, warned, noted,
 *   added, stressed, announced, claimed, denied, accused Y of, called for …), with adverbials
 *   skipped (`said on Thursday`, `said Friday`, `said in a statement`, `told reporters`, `told
 *   the BBC's Today programme that`); `…, X said (on Monday).`; `…, said X.`; `According to X, …`
 *   and `…, according to X.`; `X claims to have …`; `Doe: "…"` (and `Doe: …` and wire-style
 *   `… - Lavrov` in a headline, the surname resolved against the body);
 *   participles that continue a statement (`…, he said, adding that …`, `…, saying …`, any
 *   reporting verb's by WordNet, `calling it …`) as further statements of the same speaker, or
 *   of the sentence's subject when there is no reporting verb ("A judge blocked the ban, saying
 *   it was unlawful", "X was blunt, complaining that …"; not a participle of doing with a thing
 *   for object: "approved the budget, adding 40 posts"); `what X described as Y` (Y is X's
 *   words); `dismissed talk that … as "speculation"`; what a determined study, poll or review
 *   finds or shows, whatever the object, and figures released by a body (the body speaks);
 *   `according to the agency's own estimates` (the owner speaks).
 * - Speakers, split into name and descriptor: `Defense Ministry spokesman Jane Doe`, `Jane Doe,
 *   the ministry's spokeswoman,`, `The mayor, Jane Doe,`, `Jane Doe, 47, a teacher`, `Jane Doe, 41,
 *   of Holby, a cleaner who had queued since dawn,`, `Mike Roe of
 *   the Grain Exchange`, `the carmaker Ford`; countries with aliases (`the US` → `the United
 *   States`); ~150 world capitals standing for their government (`Beijing` → China, resolution
 *   `capital`); organisations (`the ministry`, `the Pentagon`, `Rhenwerk AG`, `the Federal
 *   Reserve`); groups (`officials`, `analysts`, `residents of X`, `two people familiar with the
 *   matter`); documents (`the report`, kind `unknown`).
 * - Resolution: `he`/`she` → the most recently named person of compatible gender (gender from
 *   titles, gendered roles, and "X said she …"), resolution `pronoun` pointing at where the
 *   name was last written; `they` → the group, organisation or country that spoke last; `it` →
 *   a company named earlier in the same sentence, else an organisation or country that spoke in
 *   this or the previous paragraph; a lone surname or given name (`Doe`, `according to Wu`,
 *   `Mr. Doe`) → the full name used earlier, including names met without a title or a
 *   statement (resolution `surname`). People named with a title anywhere ("President Jane Doe
 *   met …") are remembered for later pronouns.
 *
 * - With the part-of-speech tagger (`nlp.ts`, only for sentences that need it): reporting verbs
 *   by lemma in any tense (`states` the verb, not `the United States`; `is saying`, `predicts`,
 *   `went on to say`); the subject of a clause for a colon quote (`Doe spoke about the fire: "…"`,
 *   `A statement on Acme's website reads: "…"` → Acme) or a participle before a quote (`…,
 *   saying: "…"`); a speaker after a quote's close with any verb or none (`"…," he continued`,
 *   `"…," Jane Doe, an analyst.`, `"…," the Herald quoted Doe as saying`); and whether reported
 *   words hold a clause: `announced 400 job cuts` is a decision, not a statement; the subject
 *   of a reporting verb the word lists do not know (`Some customers reported that …`, `Jane
 *   Doe, with Acme Capital, estimated that …`); a reporting verb the tagger takes for a noun
 *   (`analysts point out that`, `both report that`); a descriptor after a possessive (`said
 *   Acme's sales and marketing vice president`); any reporting verb's participle before a quote.
 * - A document quoted after a colon without marks (`Doe's email, which reads: …`) and the
 *   first-person sentences right after it are the owner's words.
 * - `Jane Doe, the mayor, who said …` is Jane Doe; a name written twice by glued page furniture
 *   (`Brexit Jane Rowe Jane Rowe`) is read once.
 *
 * What it does not do
 * - It does not parse: noun phrases are found by shape (capitalised runs, closed lists of roles,
 *   company words and modifiers). A lone capitalised word never seen before ("Halvorsen said")
 *   gets kind `unknown`; a company whose name looks like a person's ("Nordhavn Ferries") is taken
 *   for a person.
 * - A relative clause reports for its antecedent (`criticism from maritime unions, which argued
 *   that …` → maritime unions; the leftmost noun chunk before the comma that can speak), only
 *   when it reports a clause (`the regulator, which demanded the suspension` is an order); after
 *   the sentence's subject (`The firm, which said … that X, reported a loss`) only when a comma
 *   before a finite main verb closes it, and the content stops there.
 * - Skipped on purpose: passive (`is said to`) and negated (`did not say`) uses;
 *   `I`/`we`/`this`/`that` as speakers; an `it` with nothing to stand for; a quote in mid-paragraph with no cue and no statement just before it; a short
 *   quote inside a clause (a scare quote) never takes the cue after it.
 * - A verb after "and"/"but" takes the subject that opens the sentence ("X welcomed the deal but
 *   warned that …"); deeper coordination loses it. Names joined by "and" speak together, as a
 *   group ("Acme Corp. and Bolt & Co., who announced that …").
 * - Content runs from the cue to the end of the sentence (or to the next cue); it is not
 *   trimmed at a following subordinate clause.
 */
import { datelineEnd } from '../record/dateline.js';
import type { Doc, Sentence } from '../record/types.js';
import { CAP_FUNCTION_WORDS, FEMALE_MARKERS, IRREGULAR_VERBS, judgesFirst, HEARING_BODIES, MALE_MARKERS, ORG_HEADS, SPEECH_VERBS, STRONG_SPEECH_VERBS, TELL_VERBS, TRIAL_BODIES, VERDICT_BODIES, WEAK_SPEECH_VERBS, asksWhether, complementsOf, findingNoun, peopleNoun, personNoun, predictsFirst, remembersFirst, decreesFirst, isGroupWord, isRoleWord, offenceAct, offenceDeed, offenceNoun, pleaVerb, proposesAct, omitsFirst, recordNoun, talksFirst, reportsFirst, speaksFirst, speechAct, speechLemma, viewLemma, opinionLemma, writerNoun, claimNoun, findingVerb, opinionNoun, warnsAct } from './lexicon.js';
import { baseForms, isKindOf, senseKeys, sensesOf, synsetAt, synsetIsKindOf, synsetsOf } from '../wordnet.js';
import { Cast, PUBLIC_BODY as PUBLIC_BODY_NAME, TITLE_PREFIX, commonPlural, companyShaped, headsClash, isCap, isWord, listAfterOf, modifiesNoun, numberComma, openingGroup, parsePhrase, phraseAfter, phraseBefore, regionName, titledNames, tradeNoun, tokenize, untitledNames, unpersonNames, type PhraseSpan, type Token, type Where } from './names.js';
import { bodyNoun, nounClass, nounLemma, organisationSense } from './descriptions.js';
import { tag, type TaggedToken } from './nlp.js';
import { sentenceKey, type SentenceKey, type Speaker, type Statement } from './types.js';
import { literal } from '../regex.js';

export type DocView = Pick<Doc, 'id' | 'reportDate' | 'headline' | 'paragraphs'>;

/** Statements and their resolved speakers, per sentence, in reading order within a sentence. */
export function extractStatements(doc: DocView): Map<SentenceKey, Statement[]> {
  const out = new Map<SentenceKey, Ordered[]>();
  const cast = new Cast();
  const state: FlowState = { last: null, count: 0, orphan: null, orphanOtherwise: null, runOn: false, tailQuote: null, lastQuoted: null };
  state.release = doc.paragraphs.some((p) => p.sentences.some((s) => RELEASE_MARK.test(s.text)));
  if (doc.headline) extractParagraph([doc.headline], cast, state, out, true);
  for (const p of doc.paragraphs) extractParagraph(p.sentences, cast, state, out, false);
  state.tailQuote?.otherwise();
  state.orphanOtherwise?.();
  // A headline names people by surname before the body introduces them ("… - Lavrov").
  if (doc.headline) {
    const key = sentenceKey(doc.headline);
    const list = out.get(key);
    if (list)
      out.set(
        key,
        list.map((st) => {
          const sp = st.speaker;
          if (sp.resolution || /\s/.test(sp.name) || (sp.kind !== 'unknown' && sp.kind !== 'person') || !isCap(sp.name)) return st;
          const full = cast.bySurname(sp.name);
          if (!full) return st;
          const speaker: Speaker = { ...sp, name: full.name, kind: 'person', description: sp.description ?? full.description, resolution: { how: 'surname', from: full.fullAt } };
          return { ...st, speaker };
        }),
      );
  }
  namedAfter(doc, out);
  bodyNamedNext(doc, out);
  roleNamedLater(doc, out);
  describedBody(doc, out);
  describedSubject(doc, out);
  heardInCourt(doc, out);
  headlineDescribed(doc, out);
  headlineQuoteDescribed(doc, out);
  headlineQuoteRepeated(doc, out);
  transcriptAnswers(doc, out);
  topicAnswers(doc, out, cast);
  for (const list of out.values()) list.sort((a, b) => a.order - b.order);
  const clean = new Map<SentenceKey, Statement[]>();
  for (const [k, list] of out) {
    const kept = list.filter((s) => !verdict(s));
    if (kept.length > 0 || list.length === 0) clean.set(k, kept.map(({ order: _o, ...s }) => s));
  }
  return clean;
}

type Ordered = Statement & { order: number };

/** A jury's head noun, past its determiner and modifiers, before any place or court after it ("A federal jury in Harlow"). */
const VERDICT_HEAD = /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+)(?=\s+(?:in|at|of|on)\b|\s*$)/iu;

/**
 * "A federal jury on Thursday found that the firm did not infringe the patent": a jury's "found
 * that …" (`VERDICT_BODIES`) is its verdict, a decision the article reports in its own voice, as it
 * does "the tribunal ruled that …"; a judge's, a tribunal's or a panel's finding gives reasons and
 * stays a statement ("The panel found that the tests were not calibrated").
 */
function verdict(s: Statement): boolean {
  if (!/^(?:find|finds|found|finding)$/i.test(s.cue)) return false;
  const head = VERDICT_HEAD.exec(s.speaker.mention)?.[1]?.toLowerCase();
  return head !== undefined && VERDICT_BODIES.has(head);
}

/**
 * A full name opening a sentence, then: its age (", 58,"), an apposed description (", the club's
 * conductor,": its head), a lower-case word (the verb), or a relative clause (", who has run it
 * since 1990,", ", whose father founded the firm,": the clause).
 */
/**
 * A full name after a form of "be" (the subject put after its verb) or after an opening phrase
 * and its comma, then an age or a "who" clause: "Among those stuck was Tam Rudd, 38, who …",
 * "At the front of the queue, Ada Lowe, who …" (not an object: "took over from Tam Rudd, who …").
 */
const AGED_OR_WHO = /(?<=\b(?:was|is|were|are)\s|^[^,"“”]{3,60},\s)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}),\s+(?:\d{1,3},\s+|who\s)/gu;

/** A full name after an age written before it: "23-year-old Tam Rudd". */
const AGED_BEFORE = /(?<=\b\d{1,3}-year-old\s)(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*){1,2})(?=[\s,])/gu;
/** A sentence that opens with a quote and names its speaker after it by a bare "he" or "she": `"…," he said.` */
const QUOTE_THEN_PRONOUN = /^["“][^"“”]{2,}[,?!]["”]\s+(he|she)\s+\p{Ll}+/u;

/** An opening phrase that starts with a preposition, then a full name and its verb (an adverb between): "At 7am on Tuesday, Tam Rudd is already …". */
const FRONTED_SUBJECT = /^((?:At|On|In|By|Since|After|Before|During|Until|Outside|Inside|Across|Along|Behind|Near|Beside|From|Under|Over|Every|Each|Most|Some)\s[^,"“”]{2,60},)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s+(?:(?:already|still|now|also|often|usually|rarely|\p{Ll}+ly)\s+)?\p{Ll}+(?:s|ed)\b/u;

/** "The studio, run by Ida Maul, …": a body described by a participle of leading and the full name after "by". */
const RUN_BY = /^(?:The|Its)\s[^,;:"“”]{2,60},\s+(?:run|led|headed|managed|directed)\s+by\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}),/u;

/** "had been told by city staff in August that …": a passive of telling, its agent (group 1), a short phrase of time, then "that". */
const TOLD_BY = /\b(?:was|were|been|being)\s+told\s+by\s+((?:(?:the|a|an)\s+)?[^,;:"“”]{2,50}?)\s+(?:(?:in|on|last|this|earlier|at)\s+[^,;:"“”]{2,25}?\s+)?that\s+/u;

const NAME_OPENING = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:\s*,\s*(?:\d{1,3}\s*,|(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?([\p{Ll}-]+)\s*,)|(\s+\p{Ll})|\s*,\s*((?:who|whose)\s+[^,;:"“”()]{3,100}?)\s*,\s*(?=\p{Ll}))/u;

/** Whether a relative clause and a description share a content word of four letters or more, in any case ("who runs Tolcarne Surf School" and "a surf school owner"). */
function sharesWord(clause: string, description: string): boolean {
  const words = new Set(description.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  return (clause.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => words.has(w) && !/^(?:whose|with|from|that|this|their|there)$/.test(w));
}

/** A speaker known only by a description: "a former claims adjuster at Acme", "the orchestra's principal conductor". */
const UNNAMED = /^(?:[Aa]n?|[Tt]he)\s+[\p{Ll}\d]/u;
/** A speaker known only by a possessed role: "its vice-chancellor", "their head coach". */
const OWNED = /^(?:its|their)\s+\p{Ll}/u;
/** A role of one holder, definite or owned: "its chief executive", "the club's secretary" (not "a spokesman"). */
const UNNAMED_ROLE = /^(?:[Ii]ts|[Tt]heir|[Tt]he)\s+\p{Ll}/u;
const ROLE_DETERMINER = /^(?:the|its|their)\s+/i;

/** "its chief executive" and "the chief executive": one role under another determiner. */
function sameRole(a: string, b: string): boolean {
  return ROLE_DETERMINER.test(a) && ROLE_DETERMINER.test(b) && a.replace(ROLE_DETERMINER, '').toLowerCase() === b.replace(ROLE_DETERMINER, '').toLowerCase();
}

/**
 * News often describes a person first and names them in the next sentence, with their age
 * ("A former claims adjuster at Acme testified … / Jane Roe, 41, was the first witness …";
 * "…," said the orchestra's principal conductor. / Tom Reyes, 58, has led …"): a speaker known
 * only by a description whose head is a person's noun (WordNet's class, `nounClass` of
 * descriptions.ts), unresolved, is the full name that opens the very next sentence when that
 * name is new to the document and stands with an age (", 58,") or the description's own head
 * (", the club's conductor,"); so are the later statements (a "he" that went to the description)
 * of the next two paragraphs. Resolution `description`, from the sentence that names them.
 */
function namedAfter(doc: DocView, out: Map<SentenceKey, Ordered[]>): void {
  const sentences = doc.paragraphs.flatMap((p) => p.sentences);
  const tried = new Set<string>();
  for (let i = 0; i + 1 < sentences.length; i++) {
    for (const st of out.get(sentenceKey(sentences[i]!)) ?? []) {
      const sp = st.speaker;
      if (sp.kind !== 'person' || sp.resolution !== null || !(UNNAMED.test(sp.name) || OWNED.test(sp.name)) || tried.has(sp.name)) continue;
      tried.add(sp.name);
      // "A retired teacher … was unlawfully killed, a coroner has ruled. / Jean Tey, 71, …": the person
      // an indefinite description opening the sentence (before the speaker's own words) describes is
      // the one the next sentence names.
      const opening = /^(?:A|An)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(sentences[i]!.text);
      if (opening && !sentences[i]!.text.startsWith(sp.mention) && opening[1]!.split(/\s+/).some((w) => nounClass(w) === 'person')) continue;
      const words = sp.name.split(/\s+/);
      const cut = words.findIndex((w, k) => k > 0 && /^(?:of|at|for|in|from|with|on)$/.test(w));
      const head = (cut > 0 ? words[cut - 1]! : words[words.length - 1]!).replace(/['’]s?$/, '');
      // "its vice-chancellor": a hyphenated compound WordNet lacks is a kind of its last part.
      const kindOf = /^\p{Ll}+-(\p{Ll}{3,})$/u.exec(head)?.[1];
      // ("executive": first a person in WordNet, though one of its senses is a branch of government.)
      const personHead = (w: string): boolean => nounClass(w) === 'person' || synsetsOf(w, 'noun', 1)[0]?.lexname === 'noun.person';
      if (!/^\p{Ll}+(?:-\p{Ll}+)?$/u.test(head) || (!personHead(head) && !(kindOf !== undefined && personHead(kindOf)))) continue;
      // "The 34-year-old striker … / Marco Feld has not played since …": an age in the description names them as well.
      const aged = /\b\d{1,3}-year-old\b/.test(sp.name);
      // (Not another body's: "Rival Bexmoor's chief executive, Tom Reed, said" names an owner the
      // first sentence does not.)
      const otherOwner = (mention: string): boolean => {
        const owner = /(\p{Lu}[\p{L}-]*)['’]s?\s/u.exec(mention)?.[1];
        return owner !== undefined && !sentences[i]!.text.includes(owner);
      };
      // The next sentence, or (for a name that opens its sentence with no description but a relative
      // clause, or none) the first past up to two sentences of the article's own voice in this or the
      // next paragraph that report nobody and open with no name ("…, the shop's owner said. / The
      // 90-year-old firm will move online. / Ada Venn, who has run it since 1990, said …").
      let holder: { name: string; next: Sentence } | null = null;
      for (let k = i + 1; k < sentences.length && k <= i + 3 && sentences[k]!.paragraph <= sentences[i]!.paragraph + 1 && holder === null; k++) {
        const next = sentences[k]!;
        const text = next.text.slice(clauseStart(next.text));
        const m = NAME_OPENING.exec(text);
        // "…, its vice-chancellor announced. / The vice-chancellor, Professor Alan Greer, said …",
        // "Chief executive Maria Lenz said …": the next sentence's speaker, named, described by the same head.
        const restated =
          k === i + 1
            ? (out.get(sentenceKey(next)) ?? []).find(
                (x) => x.speaker.kind === 'person' && x.speaker.resolution === null && /^\p{Lu}\S*\s+\p{Lu}/u.test(x.speaker.name) && new RegExp(`(?:^|[\\s,])${head}(?:[\\s,]|$)`, 'iu').test(x.speaker.mention.replace(x.speaker.name, ' ')) && !otherOwner(x.speaker.mention),
              )?.speaker.name
            : undefined;
        // "…, its chief executive said on Tuesday. / Oriel Vance told reporters that …", "Oriel Vance,
        // whose father founded the firm, said …": a full name new to the document, with no description
        // of its own (a relative clause describes no role), that opens the sentence as the subject of
        // its report is the role's holder. An indefinite description ("A surf school owner in Tolcarne
        // has called for …") only when the relative clause shares one of its words ("who runs Tolcarne
        // Surf School").
        const plain = m !== null && (m[3] !== undefined || m[4] !== undefined);
        const shares = m?.[4] !== undefined && sharesWord(m[4], sp.name);
        const bare =
          restated === undefined && m && plain && !aged && (UNNAMED_ROLE.test(sp.name) || shares)
            ? (out.get(sentenceKey(next)) ?? []).find((x) => !x.direct && x.speaker.kind === 'person' && x.speaker.resolution === null && x.speaker.name === m[1] && x.speaker.mention === m[1])?.speaker.name
            : undefined;
        // "…, its director said. / The Thrandle Street studio, run by Ida Maul, removed …": a body's
        // role ("its director") whose body a sentence of the article's own voice says is run, led or
        // headed by a full name new to the document: that person holds the role.
        const runBy = OWNED.test(sp.name) && restated === undefined && (out.get(sentenceKey(next)) ?? []).length === 0 ? RUN_BY.exec(text) : null;
        // The story's first sentence describes the person it is about and names no one ("The owner of
        // a bakery in X says …"); a second sentence that opens with a full name and a who/whose clause
        // names that person, whether or not the clause repeats a word of the description.
        if (restated !== undefined) holder = { name: restated, next };
        else if (bare !== undefined) holder = { name: bare, next };
        else if (runBy) holder = { name: runBy[1]!, next };
        else if (k === i + 1 && m && (!(plain && !aged) || (i === 0 && m[4] !== undefined)) && (m[2] === undefined || m[2] === head)) holder = { name: m[1]!, next };
        // Only the article's own voice, naming nobody at its opening, lies between.
        else if ((out.get(sentenceKey(next)) ?? []).length > 0 || /^\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u.test(text)) break;
      }
      if (holder === null) continue;
      const { name, next } = holder;
      if (!untitledNames(name).includes(name) || sentences.slice(0, sentences.indexOf(next)).some((x) => x.text.includes(name))) continue;
      const from = { paragraph: next.paragraph, sentence: next.sentence };
      renameAhead(sentences, i, next.paragraph + 2, out, (x) =>
        // "The chief executive said …" later: the same role with another determiner.
        x.speaker.name !== sp.name && !(x.speaker.resolution === null && x.speaker.kind === 'person' && sameRole(x.speaker.name, sp.name))
          ? null
          : { ...x.speaker, name, kind: 'person', description: x.speaker.description ?? sp.name, resolution: x.speaker.resolution ?? { how: 'description', from } },
      );
    }
  }
}

/**
 * The statements from sentence `from` through paragraph `through` whose speaker `rename` gives a new
 * one (null: left as it is), changed in `out`: a description resolved once is resolved for the
 * statements after it too.
 */
function renameAhead(sentences: readonly Sentence[], from: number, through: number, out: Map<SentenceKey, Ordered[]>, rename: (x: Ordered) => Speaker | null): void {
  for (let k = from; k < sentences.length && sentences[k]!.paragraph <= through; k++) {
    const list = out.get(sentenceKey(sentences[k]!));
    if (!list) continue;
    for (let j = 0; j < list.length; j++) {
      const speaker = rename(list[j]!);
      if (speaker !== null) list[j] = { ...list[j]!, speaker };
    }
  }
}

/** A lede's opening description of a body by its trade and place: "A roofing firm in north Y", "The last wheelwright in Z County". */
const DESCRIBED_BODY = /^(?:An?|The)\s+(?:[\p{Ll}\d-]+\s+){0,4}?([\p{Ll}-]{3,})\s+(?:in|near|outside|of)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+/u;
/** A body's name that opens a sentence as its subject: two to five capitalised words, then a comma or a lower-case word. */
const BODY_OPENING = /^(\p{Lu}[\p{L}'’-]+(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]+){1,4})(?=\s*,|\s+\p{Ll})/u;

/**
 * Local news describes a body in its first sentence and names it in the next ("A dog shelter in
 * western Y County says it needs a new roof. / Z Valley Dog Trust, on the ring road,
 * houses 60 dogs."): a statement of the lede's first sentence whose speaker, unresolved,
 * stands in an opening description of a thing or a trade (`DESCRIBED_BODY`: its head no person's
 * noun in WordNet, or a trade a company plies too, `tradeNoun`) and a place is the body the very
 * next sentence of that paragraph opens with, when that name is new to the document and shaped as
 * a body's (`companyShaped`: its last word a common noun that names no person; "Edda Tillery"
 * is no body). So are that speaker's later statements in the next two paragraphs (an "it said"
 * keeps its pronoun's resolution). Resolution `description`, from the sentence that names it.
 */
function bodyNamedNext(doc: DocView, out: Map<SentenceKey, Ordered[]>): void {
  const sentences = doc.paragraphs.flatMap((p) => p.sentences);
  const first = sentences[0];
  if (!first) return;
  for (let i = 0; i + 1 < sentences.length && sentences[i]!.paragraph === first.paragraph; i++) {
    const here = sentences[i]!;
    const next = sentences[i + 1]!;
    if (next.paragraph !== here.paragraph) break;
    const text = here.text.slice(clauseStart(here.text));
    const d = DESCRIBED_BODY.exec(text);
    if (!d) continue;
    if (nounClass(d[1]!) === 'person' && !tradeNoun(d[1]!)) continue;
    const opening = text.slice(0, d[0].length);
    const sp = (out.get(sentenceKey(here)) ?? []).find((x) => x.speaker.resolution === null && x.speaker.kind !== 'person' && opening.includes(x.speaker.mention))?.speaker;
    if (!sp) continue;
    const m = BODY_OPENING.exec(next.text);
    if (!m) continue;
    const name = m[1]!;
    const words = name.split(/\s+/);
    if (!companyShaped(words) || sentences.slice(0, i + 1).some((x) => x.text.includes(name))) continue;
    const from = { paragraph: next.paragraph, sentence: next.sentence };
    renameAhead(sentences, i, next.paragraph + 2, out, (x) =>
      // (A later "it said" that went to the description keeps its pronoun's resolution.)
      x.speaker.name !== sp.name || (x.speaker.resolution !== null && x.speaker.resolution.how !== 'pronoun')
        ? null
        : { ...x.speaker, name, kind: 'organisation', description: x.speaker.description ?? opening.trim(), resolution: x.speaker.resolution ?? { how: 'description', from } },
    );
    return;
  }
}

/**
 * "…, its chief executive said on Monday." … paragraphs later "The chief executive, Oriel Vance,
 * said …": a role speaker left unresolved (definite or owned, `UNNAMED_ROLE`) is the one person the
 * article later names with that role as their description (`sameRole`), when exactly one does; its
 * statements before and after become that person's, resolution `description` from where the name
 * is given.
 */
function roleNamedLater(doc: DocView, out: Map<SentenceKey, Ordered[]>): void {
  const sentences = doc.paragraphs.flatMap((p) => p.sentences);
  const unresolved = (sp: Speaker): boolean => sp.kind === 'person' && sp.resolution === null && UNNAMED_ROLE.test(sp.name);
  const done = new Set<string>();
  for (let i = 0; i < sentences.length; i++) {
    for (const st of out.get(sentenceKey(sentences[i]!)) ?? []) {
      const role = st.speaker.name;
      if (!unresolved(st.speaker) || done.has(role)) continue;
      done.add(role);
      const holders = new Map<string, Where>();
      for (let k = i + 1; k < sentences.length; k++)
        for (const x of out.get(sentenceKey(sentences[k]!)) ?? [])
          if (x.speaker.kind === 'person' && /^\p{Lu}\S*\s+\p{Lu}/u.test(x.speaker.name) && x.speaker.description !== null && sameRole(x.speaker.description, role) && !holders.has(x.speaker.name))
            holders.set(x.speaker.name, { paragraph: sentences[k]!.paragraph, sentence: sentences[k]!.sentence });
      if (holders.size !== 1) continue;
      const [name, from] = [...holders][0]!;
      for (let k = i; k < sentences.length; k++) {
        const list = out.get(sentenceKey(sentences[k]!));
        if (!list) continue;
        for (let j = 0; j < list.length; j++) {
          const x = list[j]!;
          if (unresolved(x.speaker) && sameRole(x.speaker.name, role)) list[j] = { ...x, speaker: { ...x.speaker, name, description: x.speaker.description ?? role, resolution: { how: 'description', from } } };
        }
      }
    }
  }
}

/** A definite description of a body, at most two modifiers before its head noun (group 1): "the firm", "the coffee roaster". */
const BODY_DESCRIPTION = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]{2,})$/u;
/** A run of capitalised words, "&", "and" or "of" inside it: a name as the article writes it. */
const NAME_RUN = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:&|and|of)\s+)?\p{Lu}[\p{L}'’-]*){1,4}/gu;

/**
 * "The firm added …", "the coffee roaster warned …": a description of a body that the
 * sentence-by-sentence reading left unresolved is read against the bodies the whole article named
 * before it (earlier sentences, or earlier in its own sentence). It is (1) the most recent name that
 * ends in the description's head noun, singular or plural ("the roaster" after "… Roasters"); else
 * (2), for a noun that names no kind of business ("the company", "the firm"), the capitalised body
 * that last spoke in this paragraph or the two before, no public body and no kind that clashes
 * (`headsClash`) — a document that spoke since ("the statement said") does not hide it; else (3) the
 * body whose name opens the story's first sentence, when no other body spoke before. A specific
 * noun ("the airline", "the union", "the charity") takes no other body than one it heads.
 * Resolution `description`.
 */
function describedBody(doc: DocView, out: Map<SentenceKey, Ordered[]>): void {
  const unresolved = (sp: Speaker): RegExpExecArray | null => (sp.resolution === null && sp.name.toLowerCase() === sp.mention.toLowerCase() ? BODY_DESCRIPTION.exec(sp.mention) : null);
  // (Most articles have no such description: they are read no further.)
  if (![...out.values()].some((list) => list.some((x) => unresolved(x.speaker) !== null))) return;
  const sentences = doc.paragraphs.flatMap((p) => p.sentences);
  // The body the story opens on: a name of two words or more that opens its first sentence (past a
  // wire dateline and "The"): "Netherby Tankards, the tableware maker, reported …".
  const first = sentences.find((s) => s.paragraph >= 1);
  const opening = first ? first.text.slice(wireDatelineEnd(first.text)).replace(/^(?:The|A|An)\s+/, '') : '';
  const openingName = new RegExp(NAME_RUN.source, 'u').exec(opening);
  // Shaped as a company's (its last word a common noun naming no person, "… Pewter", or a common
  // noun's plural, "… Tankards"; never "John Baker") and no "who" after it.
  const ledeName = openingName?.index === 0 ? openingName[0] : null;
  const ledeWords = ledeName?.split(/\s+/) ?? [];
  const lede = first && ledeName !== null && (companyShaped(ledeWords) || commonPlural(ledeWords.at(-1)!)) && !opening.startsWith(`${ledeName}, who `) ? { name: ledeName, at: { paragraph: first.paragraph, sentence: first.sentence } } : null;
  // A speaker taken for a person only by the shape of its name ("Brackwood Leisure": its last word a
  // common noun naming no person, `companyShaped`) that no "he" or "she" and no title ever meant is a body.
  const gendered = new Set<string>();
  for (const list of out.values()) for (const x of list) if (x.speaker.kind === 'person' && (/^(?:he|she|him|her)$/i.test(x.speaker.mention) || TITLE_PREFIX.test(x.speaker.mention))) gendered.add(x.speaker.name);
  // Described, it is described as many ("The alley's owners, Brackwood Leisure", never "Its finance
  // director, Lena Moss"); undescribed, its name is shaped as a body's.
  const plural = (description: string): boolean => {
    const head = description.split(/\s+/).pop()!.toLowerCase();
    return (baseForms(head).get('noun') ?? []).some((w) => w !== head);
  };
  const bodyShaped = (sp: Speaker): boolean =>
    isCap(sp.name) &&
    /\s/.test(sp.name) &&
    (sp.kind === 'organisation' || sp.kind === 'unknown' || (sp.kind === 'group' && nounClass(sp.name.split(/\s+/).pop()!.toLowerCase()) === 'org') || (sp.kind === 'person' && !gendered.has(sp.name) && (sp.description !== null ? plural(sp.description) || nounTail(sp.name) : companyShaped(sp.name.split(/\s+/)))));
  const people = new Set<string>();
  for (const list of out.values()) for (const x of list) if (x.speaker.kind === 'person' && !bodyShaped(x.speaker)) for (const w of x.speaker.name.split(/\s+/)) people.add(w);
  // Bodies the article named so far, in reading order, those that spoke marked.
  const named: NamedBody[] = [];
  const noteNames = (text: string, at: Where): void => {
    for (const m of text.matchAll(NAME_RUN)) {
      const words = m[0].split(/\s+/);
      while (words.length > 0 && (CAP_FUNCTION_WORDS.has(words[0]!) || /^(?:The|A|An)$/.test(words[0]!))) words.shift();
      if (words.length >= 2 && !words.some((w) => people.has(w))) named.push({ name: words.join(' '), at, spoke: false, head: headAfterName(text, m.index + m[0].length) });
    }
  };
  // Names in the story's wire dateline ("HALDEN, May 4 (Norfleet Wire) -"): its place and its agency, no side of the story.
  const datelineNames = first ? first.text.slice(0, wireDatelineEnd(first.text)) : '';
  for (const s of sentences) {
    const at: Where = { paragraph: s.paragraph, sentence: s.sentence };
    const list = out.get(sentenceKey(s)) ?? [];
    let seen = 0;
    for (let j = 0; j < list.length; j++) {
      const x = list[j]!;
      const sp = x.speaker;
      const d = unresolved(sp);
      const upTo = d ? s.text.indexOf(sp.mention) : -1;
      if (d && upTo >= 0) {
        if (upTo > seen) noteNames(s.text.slice(seen, upTo), at);
        seen = Math.max(seen, upTo);
        const body = describedAs(d[1]!, sp.mention, named, at, lede) ?? (/^[Tt]he\s+(?:company|firm|business)$/.test(sp.mention) ? mostNamed(sp.mention, named, sentences, datelineNames) : null);
        if (body) {
          list[j] = { ...x, speaker: { ...sp, name: body.name, kind: 'organisation', description: sp.description ?? sp.mention, resolution: { how: 'description', from: body.from } } };
          continue;
        }
      }
      if (bodyShaped(sp)) named.push({ name: sp.name, at, spoke: true });
    }
    noteNames(s.text.slice(seen), at);
  }
}

/**
 * "…, the company said." with no body that spoke and no body the story opens on: a catch-all
 * business noun stands for the body the article names most often — its full name, or its first word
 * alone ("Tarnby Rotorcraft …", later "Tarnby carries …") — among the bodies named before it (not in
 * the wire dateline, no public body, no kind that clashes); of equal counts, the nearest.
 */
function mostNamed(mention: string, named: readonly NamedBody[], sentences: readonly Sentence[], dateline: string): { name: string; from: Where } | null {
  const text = sentences.map((s) => s.text).join('\n');
  const count = (name: string): number => {
    const first = name.split(/\s+/)[0]!;
    const full = text.split(name).length - 1;
    // (The first word alone: no capitalised word after it, and no common word itself.)
    const alone = baseForms(first.toLowerCase()).size > 0 ? 0 : [...text.matchAll(new RegExp(`(?<![\\p{L}'’-])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:['’]s)?(?![\\p{L}'’-])(?!\\s+\\p{Lu})`, 'gu'))].length;
    return full + alone;
  };
  let best: { name: string; from: Where; n: number } | null = null;
  for (const c of named) {
    // (Not a byline's "Ann Roe Staff Reporter": a body's name does not end in one person's noun.)
    const last = c.name.split(/\s+/).at(-1)!.toLowerCase();
    if (nounClass(last) === 'person' && nounLemma(last) === last) continue;
    if (dateline.includes(c.name) || PUBLIC_BODY_NAME.test(c.name) || headsClash(mention, c.name)) continue;
    // ("Alder Moss, who builds …": "who" says a person.)
    if (text.includes(`${c.name}, who `)) continue;
    const n = count(c.name);
    // (Named once only, it is no more the article's body than any other name.)
    if (n < 2) continue;
    if (best === null || n >= best.n) best = { name: c.name, from: c.at, n };
  }
  return best === null ? null : { name: best.name, from: best.from };
}

/**
 * "The resort's owner, Hallan Mountain Leisure, said": a name of three words or more whose last two
 * are common nouns naming no person (WordNet; no title) is a body's, though its description
 * ("owner") is a person's noun; a person's name seldom ends in two such words.
 */
function nounTail(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 3 && words.slice(-2).every((w) => !TITLE_PREFIX.test(w) && companyShaped([w]));
}

/** A sentence whose subject is a person known only by a definite description: "The groom, who …", "The driver was …" (group 1 its modifiers, group 2 its head). */
const DESCRIBED_SUBJECT = /^The\s+((?:[\p{Ll}-]+\s+){0,2}?)([\p{Ll}]{3,})(?=,|\s+(?:who|has|had|have|was|were|is|did|would|could|will)\b)/u;

/**
 * "The groom, who was not named, has left the yard. In a written statement, he said …": a he or
 * she right after an own-voice sentence (no statement in it) whose subject is a person known
 * only by a definite description (its head a person's noun, WordNet; singular; of no clashing sex)
 * is that person, not one named before it; so are the pronoun's continued quotes that follow.
 * Resolution `description`, from the describing sentence.
 */
function describedSubject(doc: DocView, out: Map<SentenceKey, Ordered[]>): void {
  const sentences = doc.paragraphs.flatMap((p) => p.sentences);
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const list = out.get(sentenceKey(s));
    const x = list?.find((y) => /^(?:he|she)$/i.test(y.speaker.mention) && y.speaker.resolution?.how === 'pronoun');
    if (!list || !x) continue;
    const prev = sentences[i - 1]!;
    if ((out.get(sentenceKey(prev)) ?? []).length > 0 || s.paragraph - prev.paragraph > 1) continue;
    const m = DESCRIBED_SUBJECT.exec(prev.text);
    if (!m) continue;
    const head = m[2]!;
    const from = x.speaker.resolution!.from;
    const he = /^he$/i.test(x.speaker.mention);
    if (nounClass(head) !== 'person' || nounLemma(head) !== head || (he ? FEMALE_MARKERS : MALE_MARKERS).has(head)) continue;
    // (The person the pronoun went to is named before the describing sentence, and not in it.)
    const old = x.speaker.name;
    if (from === undefined || !(from.paragraph < prev.paragraph || (from.paragraph === prev.paragraph && from.sentence < prev.sentence))) continue;
    if (old.split(/\s+/).some((w) => isCap(w) && prev.text.includes(w))) continue;
    const name = `the ${m[1]!}${head}`;
    const speaker = (sp: Speaker): Speaker => ({ ...sp, name, kind: 'person', description: name, resolution: { how: 'description', from: { paragraph: prev.paragraph, sentence: prev.sentence } } });
    list[list.indexOf(x)] = { ...x, speaker: speaker(x.speaker) };
    // Its continued quotes and later pronouns, up to another speaker.
    for (let j = i + 1; j < sentences.length && sentences[j]!.paragraph - s.paragraph <= 1; j++) {
      const next = out.get(sentenceKey(sentences[j]!)) ?? [];
      const same = next.filter((y) => y.speaker.name === old && (y.speaker.resolution?.how === 'earlier-quote' || /^(?:he|she)$/i.test(y.speaker.mention)));
      if (next.length === 0 || same.length !== next.length) break;
      for (const y of same) next[next.indexOf(y)] = { ...y, speaker: speaker(y.speaker) };
    }
  }
}

interface NamedBody {
  readonly name: string;
  readonly at: Where;
  readonly spoke: boolean;
  /** The common noun written right after the name, when WordNet files it as a body ("the Dunnocksby Chainsetters team": "team"). */
  readonly head?: string | null;
}

/**
 * "the Dunnocksby Chainsetters team", "the Yarrowsett Vale trust": a lower-case noun right after a name, whose
 * first sense WordNet files as an organisation or group (`organisationSense`), is the body's head
 * noun, which "the team said" may take up later though the name does not end in it.
 */
function headAfterName(text: string, end: number): string | null {
  const next = /^\s+(\p{Ll}{3,})\b/u.exec(text.slice(end))?.[1];
  return next !== undefined && organisationSense(next) ? next : null;
}

/** A head noun that says a body is a business and no more. */
const CATCH_ALL_HEAD = /^(?:company|firm|business)$/;


/** The body a description whose head noun is `head` means among the bodies `named` before it (`describedBody`). */
function describedAs(head: string, mention: string, named: readonly NamedBody[], at: Where, lede: { name: string; at: Where } | null = null): { name: string; from: Where } | null {
  const heads = new Set([head, ...(baseForms(head).get('noun') ?? [])]);
  // (A name's last word counts with the last words of the compounds its first sense lists in
  // WordNet: "Dunmere police", then "the force" — police, police force.)
  const lemmas = (word: string): readonly string[] => [word, ...(baseForms(word).get('noun') ?? []), ...(synsetsOf(word, 'noun', 1)[0]?.words ?? []).filter((w) => w.includes('_')).map((w) => w.split('_').pop()!)];
  const fits = (c: NamedBody): boolean => lemmas(c.name.split(/\s+/).pop()!.toLowerCase()).some((w) => heads.has(w)) || (c.head != null && lemmas(c.head).some((w) => heads.has(w)));
  for (let k = named.length - 1; k >= 0; k--) {
    const c = named[k]!;
    if (!fits(c)) continue;
    // (The same sentence's longer name that fits too, "Dunmere police" a speaker over its "Dunmere".)
    const longer = named.find((d) => d.at.paragraph === c.at.paragraph && d.at.sentence === c.at.sentence && d.name.startsWith(`${c.name} `) && fits(d));
    return { name: (longer ?? c).name, from: c.at };
  }
  // Only a noun that names no kind of business ("the company", "the firm") means whatever body spoke
  // last: "the airline" is no miner, "the union" no shipbuilder.
  if (!CATCH_ALL_HEAD.test(head)) return null;
  for (let k = named.length - 1; k >= 0; k--) {
    const c = named[k]!;
    if (at.paragraph - c.at.paragraph > 2) break;
    if (!c.spoke || PUBLIC_BODY_NAME.test(c.name) || headsClash(mention, c.name)) continue;
    return { name: c.name, from: c.at };
  }
  // (3) No body spoke: the body the story opens on, when it is the only body the article named
  // before (`named`) ("Netherby Tankards reported a fall …
  // "Glaziers still order," she said. The company said …").
  // (Within two paragraphs of it, and no other body named since.)
  if (lede === null || at.paragraph - lede.at.paragraph > 2 || named[0]?.name !== lede.name || named.some((c) => c.name !== lede.name)) return null;
  if (PUBLIC_BODY_NAME.test(lede.name) || headsClash(mention, lede.name)) return null;
  return { name: lede.name, from: lede.at };
}

/** "…, a jury has heard.", "…, the inquest was told.", "…, Hull Crown Court heard (on Tuesday).": the words before the comma are evidence a hearing body heard. */
const HEARD_AFTER = /,\s*(?:(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,3}?|(?:\p{Lu}[\p{L}'’-]*\s+){1,3})(\p{L}+)\s+(?:has\s+|had\s+|have\s+)?(?:heard|been\s+told|was\s+told|were\s+told)(?:\s+(?:on|last|this|yesterday|today|earlier)(?:\s+\p{L}+){0,2})?\s*[.!]?\s*$/u;
/** "The court heard that …", "Jurors were told how …", "Kelby Crown Court has heard that …". */
const HEARD_BEFORE = /^(?:(?:The|A|An)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(\p{L}+)\s+(?:has\s+|had\s+|have\s+)?(?:heard|been\s+told|was\s+told|were\s+told)\s+(?:that|how)\s+/u;

/** "The inquiry heard from engineer Ann Roe that …": a hearing body, "heard from", who told it, "that"/"how". */
const HEARD_FROM = /^(?:(?:The|A|An)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(\p{L}+)\s+(?:has\s+|had\s+|have\s+)?heard\s+from\s+([^,;:"“”]{3,80}?)\s+(?:that|how)\s+/u;

/**
 * Trial and inquest reports put evidence in the hearing body's mouth ("A porter stole painkillers
 * on 40 occasions, a jury has heard."; "The court heard that a ward sister raised concerns."): a
 * sentence with no speaker whose cue is a hearing body (`HEARING_BODIES`) that "heard" or "was
 * told" takes the speaker of the nearest statement before it in its paragraph, else of the first
 * statement in the next two paragraphs (the lede's evidence is given by the prosecutor named
 * next). Resolution `following-cue` (or `earlier-quote` when taken from before).
 */
function heardInCourt(doc: DocView, out: Map<SentenceKey, Ordered[]>): void {
  const sentences = doc.paragraphs.flatMap((p) => p.sentences);
  const speakerAt = (k: number): Speaker | null => (out.get(sentenceKey(sentences[k]!)) ?? []).find((x) => (x.speaker.kind === 'person' || x.speaker.kind === 'group') && !/^(?:he|she|they|it)$/i.test(x.speaker.name))?.speaker ?? null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    // (All three patterns below need "heard" or "told": most sentences hold neither.)
    if (!s.text.includes('heard') && !s.text.includes('told')) continue;
    if ((out.get(sentenceKey(s)) ?? []).length > 0) continue;
    // "The café had been told by city staff in August that its permit breached …": the passive's
    // agent told it (a phrase the lists read as a speaker: a name, a role, a group).
    const toldBy = TOLD_BY.exec(s.text);
    if (toldBy && !/["“”]/.test(toldBy[0])) {
      const tokens = tokenize(s.text);
      const from = toldBy.index + toldBy[0].indexOf(toldBy[1]!);
      const a = tokens.findIndex((t) => t.start === from);
      const b = tokens.findIndex((t) => t.end === from + toldBy[1]!.length);
      const parsed = a >= 0 && b >= a ? parsePhrase(s.text, tokens, { start: a, end: b + 1, apposition: null, negated: false, passive: false }) : null;
      const content = s.text.slice(toldBy.index + toldBy[0].length).replace(/[.!]\s*$/, '');
      if (parsed && parsed.name !== null && parsed.pronoun === null && parsed.kind !== 'unknown' && parsed.kind !== 'country' && content.split(/\s+/).length >= 3) {
        out.set(sentenceKey(s), [{ speaker: { name: parsed.name, mention: parsed.mention, description: parsed.description, kind: parsed.kind, resolution: null }, cue: 'told', content, direct: false, order: toldBy.index }]);
        continue;
      }
    }
    // "The inquiry heard from engineer Ann Roe that …": the sentence names who told it.
    const heardFrom = HEARD_FROM.exec(s.text);
    if (heardFrom && (HEARING_BODIES.has(heardFrom[1]!) || HEARING_BODIES.has(heardFrom[1]!.toLowerCase()))) {
      const named = titledNames(heardFrom[2]!)[0]?.name ?? untitledNames(heardFrom[2]!)[0];
      const content = s.text.slice(heardFrom[0].length).replace(/[.!]\s*$/, '');
      if (named && content.split(/\s+/).length >= 3) {
        const cue = heardFrom[0].slice(0, heardFrom[0].indexOf(' from ') + 5).replace(/^\s+/, '').replace(/\s+from$/, ' from');
        out.set(sentenceKey(s), [{ speaker: { name: named, mention: heardFrom[2]!, description: null, kind: 'person', resolution: null }, cue, content, direct: false, order: heardFrom[0].length }]);
        continue;
      }
    }
    const after = HEARD_AFTER.exec(s.text);
    const before = after ? null : HEARD_BEFORE.exec(s.text);
    const m = after ?? before;
    // "Northampton Crown Court heard that …": a body's capitalised name ends in the same noun.
    if (!m || !(HEARING_BODIES.has(m[1]!) || HEARING_BODIES.has(m[1]!.toLowerCase())) || /["“”]/.test(m[0])) continue;
    const content = after ? s.text.slice(clauseStart(s.text), after.index).trim() : s.text.slice(m[0].length).replace(/[.!]\s*$/, '');
    if (content.split(/\s+/).length < 3) continue;
    let speaker: Speaker | null = null;
    let how: 'following-cue' | 'earlier-quote' = 'earlier-quote';
    let from = -1;
    for (let k = i - 1; k >= 0 && sentences[k]!.paragraph === s.paragraph && !speaker; k--) if ((speaker = speakerAt(k))) from = k;
    const trial = TRIAL_BODIES.has(m[1]!) || TRIAL_BODIES.has(m[1]!.toLowerCase());
    // At a criminal trial, a prosecutor who speaks anywhere further on opened the case.
    for (let k = i + 1; trial && k < sentences.length && !speaker; k++) {
      const p = speakerAt(k);
      if (p && /\bprosecut/i.test(`${p.name} ${p.mention} ${p.description ?? ''}`)) {
        speaker = p;
        from = k;
        how = 'following-cue';
      }
    }
    // After the lede, an inquiry, inquest or committee that "heard" something is told it by whoever
    // the next sentence names as speaking, or nobody (the article's own voice); a trial's evidence,
    // and the lede's, may be given by a witness named in the next two paragraphs.
    const wide = trial || s.paragraph === sentences[0]!.paragraph;
    for (let k = i + 1; k < sentences.length && (wide ? sentences[k]!.paragraph <= s.paragraph + 2 : k === i + 1) && !speaker; k++)
      if ((speaker = speakerAt(k))) {
        from = k;
        how = 'following-cue';
      }
    const cue = m[0]
      .replace(/^,\s*/, '')
      .replace(/\s+(?:that|how)\s+$/, '')
      .replace(/[.!]?\s*$/, '')
      .replace(/(heard|told)\s+(?:on|last|this|yesterday|today|earlier)\b.*$/u, '$1');
    if (!speaker) {
      // "A teenager stabbed a shopkeeper, a court heard." in the lede with nobody named in the
      // report: a criminal trial's evidence opened before any witness is the prosecution's.
      if (!trial || s.paragraph !== sentences[0]!.paragraph) continue;
      out.set(sentenceKey(s), [{ speaker: { name: 'the prosecution', mention: cue, description: null, kind: 'group', resolution: null }, cue, content, direct: false, order: 0 }]);
      continue;
    }
    const at = sentences[from]!;
    out.set(sentenceKey(s), [{ speaker: { ...speaker, resolution: { how, from: { paragraph: at.paragraph, sentence: at.sentence } } }, cue, content, direct: false, order: 0 }]);
  }
}

/**
 * Headlines describe the person the story is about and the lede names them ("Veteran lifeboat
 * volunteer says he was forced out" / "Jory Pike, 64, told the Packet that …"; "'I never took a
 * penny,' former hospital buyer tells court" / "Dorian Keble, a former procurement director at
 * …, told a jury …"): a headline's speaker known only by a description whose head is a
 * person's noun (`nounClass`), articles dropped as headlines drop them, is the named person who
 * speaks first in the lede (the body's first two sentences). The headline is the document's, or
 * a first paragraph of one sentence with no closing stop.
 */
function headlineDescribed(doc: DocView, out: Map<SentenceKey, Ordered[]>): void {
  const first = doc.paragraphs[0];
  const head = doc.headline ?? (first && first.sentences.length === 1 && doc.paragraphs.length > 1 && !/[.!?]["”’»]?\s*$/u.test(first.sentences[0]!.text) ? first.sentences[0]! : null);
  if (!head) return;
  const list = out.get(sentenceKey(head));
  if (!list) return;
  const body = doc.paragraphs.flatMap((p) => p.sentences).filter((x) => x !== head).slice(0, 2);
  const lede = body.flatMap((x) => out.get(sentenceKey(x)) ?? []).find((st) => st.speaker.kind === 'person')?.speaker;
  if (!lede || UNNAMED.test(lede.name) || !/^\p{Lu}\S*\s+\p{Lu}/u.test(lede.name)) return;
  const at = body.find((x) => (out.get(sentenceKey(x)) ?? []).some((st) => st.speaker === lede))!;
  const described = new Set<string>();
  for (let j = 0; j < list.length; j++) {
    const sp = list[j]!.speaker;
    // One person: "officials said" in a headline is a group, never the lede's one speaker.
    if (sp.resolution !== null || sp.name === lede.name || (sp.kind !== 'person' && !(sp.kind === 'unknown' && !/\s/.test(sp.name)))) continue;
    const words = sp.name.replace(/^(?:a|an|the)\s+/i, '').split(/\s+/);
    const cut = words.findIndex((w, k) => k > 0 && /^(?:of|at|for|in|from|with|on)$/.test(w));
    // "Ex-minister denies …": a lone word opening the headline is capitalised, and "ex-" is no part of the noun.
    const noun = (cut > 0 ? words[cut - 1]! : words[words.length - 1]!).replace(/['’]s?$/, '').replace(/^(?:ex|former)-/i, '');
    const lower = words.length === 1 ? noun.toLowerCase() : noun;
    if (!/^\p{Ll}+$/u.test(lower) || nounClass(lower) !== 'person' || words.some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && w !== words[0])) continue;
    described.add(sp.name);
    list[j] = { ...list[j]!, speaker: { ...lede, description: sp.name, resolution: { how: 'description', from: { paragraph: at.paragraph, sentence: at.sentence } } } };
  }
  // "… captain says he warned …": the headline's "he" that went to the description goes with it.
  for (let j = 0; j < list.length; j++) {
    const sp = list[j]!.speaker;
    if (sp.resolution?.how === 'pronoun' && described.has(sp.name)) list[j] = { ...list[j]!, speaker: { ...sp, name: lede.name, kind: 'person' } };
  }
}

/** A headline that opens with a quote and goes on after a colon: "‘You never stop learning’: lock keeper retires". */
const HEADLINE_QUOTE = /^(["“‘'])(\S.*?\S)["”’']\s*:\s+(\S.*)$/u;

/**
 * "‘You never stop learning the river’: lock keeper retires after 40 years" / "Marta Quell, who
 * has kept the lock since 1985, …": a headline's quote before a colon is the words of the person
 * the clause after the colon describes (its subject's head, read from the tags, a noun WordNet
 * files as a person, `nounClass`, with no name of its own), named in the lede: the person who
 * speaks first in the body's first two sentences, or else the full name that opens one of them.
 * Only when nothing in the headline found a speaker. Resolution `description`.
 */
function headlineQuoteDescribed(doc: DocView, out: Map<SentenceKey, Ordered[]>): void {
  const head = doc.headline;
  if (!head) return;
  const m = HEADLINE_QUOTE.exec(head.text);
  if (!m) return;
  const restAt = head.text.length - m[3]!.length;
  const all = tag(m[3]!).tokens;
  // The subject's head: within the first four words, a noun WordNet files as a person, right
  // before a verb (a present "-s" form counts: the tagger misreads headlines, "ferry
  // skipper/VERB steps/NOUN down"), after modifiers only. "lock keeper retires", "Former nurse wins".
  let v = -1;
  for (let k = 0; k < Math.min(4, all.length - 1); k++) {
    const t = all[k]!;
    const word = k === 0 ? t.text.toLowerCase() : t.text;
    const next = all[k + 1]!;
    // One person: a plural or a group ("villagers", "residents") speaks for many, never the lede's one name.
    if (/^\p{Ll}+$/u.test(word) && nounClass(word) === 'person' && !isGroupWord(word) && !(/s$/.test(word) && t.lemma !== word) && (/^(?:VERB|AUX)$/.test(next.pos) || /^\p{Ll}{3,}s$/u.test(next.text))) {
      v = k + 1;
      break;
    }
    if (!/^[\p{L}-]+$/u.test(t.text) || (k > 0 && !/^\p{Ll}/u.test(t.text)) || /^(?:ADP|PRON|CCONJ|SCONJ|AUX|PUNCT)$/.test(t.pos)) return;
  }
  if (v < 1) return;
  const noun = all[v - 1]!;
  // "‘…’: Lock keeper retires": the quote may have gone to the description itself; nothing else may have been found.
  const chunk = m[3]!.slice(0, noun.end).toLowerCase();
  const found = out.get(sentenceKey(head)) ?? [];
  // ("Ferry skipper steps down" may read "Ferry" as a name): any part of the described chunk.
  // ("‘…’: widow demands answers" may read the whole clause as a group): or the chunk and what follows it.
  const bare = (x: string): string => x.toLowerCase().replace(/^(?:a|an|the)\s+/, '');
  const part = (name: string): boolean => ` ${bare(chunk)} `.includes(` ${bare(name)} `) || bare(name).startsWith(`${bare(chunk)} `);
  if (found.length > 1 || (found.length === 1 && (found[0]!.speaker.resolution !== null || !found[0]!.direct || !part(found[0]!.speaker.name)))) return;
  const body = doc.paragraphs.flatMap((p) => p.sentences).slice(0, 2);
  let name: string | null = null;
  let at: (typeof body)[number] | null = null;
  // A person who speaks first; else a full name that opens a sentence with an age, a description
  // or a relative clause after a comma ("Marta Quell, who has kept the lock since 1985, …").
  for (const x of body) {
    const sp = (out.get(sentenceKey(x)) ?? []).find((st) => st.speaker.kind === 'person')?.speaker;
    if (sp && !UNNAMED.test(sp.name) && /^\p{Lu}\S*\s+\p{Lu}/u.test(sp.name)) {
      name = sp.name;
      at = x;
      break;
    }
  }
  for (const x of name ? [] : body) {
    const n = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*,)/u.exec(x.text.slice(clauseStart(x.text)));
    if (n && untitledNames(n[1]!).includes(n[1]!)) {
      name = n[1]!;
      at = x;
      break;
    }
  }
  if (!name || !at) return;
  const c = contentOf(head.text, 1, m[0].length - m[3]!.length);
  if (!c) return;
  const description = head.text.slice(restAt, restAt + noun.end);
  const speaker: Speaker = { name, mention: description, description, kind: 'person', resolution: { how: 'description', from: { paragraph: at.paragraph, sentence: at.sentence } } };
  out.set(sentenceKey(head), [{ speaker, cue: ':', content: c.text, direct: true, order: c.start }]);
}

/** A quoted stretch of a headline: in double or curly marks, or single marks that open it. */
const HEADLINE_QUOTED = /(?:^|(?<=[\s:(—–-]))(?:"([^"]+)"|“([^”]+)”|‘((?:[^’]|’(?=\p{L}))+)’|^'((?:[^']|'(?=\p{L}))+)')/gu;
const quoteWords = (s: string): string[] => s.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];

/**
 * Headlines repeat a quote of the body ("'We gave them nothing': Harlow captain hails cup
 * triumph" / "'We gave them nothing today. …,' Adeyemi said"; a feature's headline "I just wanted
 * somewhere warm" whose speaker is named only in its sixth sentence): a headline quote of three
 * words or more whose words all stand, in order and together, in a body sentence that carries a
 * direct statement is that statement's words, so it takes its speaker (resolution
 * `earlier-quote`, from that sentence). It replaces what the headline's own reading gave that
 * quote (a description, or nothing); a headline quote written nowhere else is left as it was.
 * The headline is the document's, or a first paragraph of one sentence with no closing stop.
 */
function headlineQuoteRepeated(doc: DocView, out: Map<SentenceKey, Ordered[]>): void {
  const first = doc.paragraphs[0];
  const head = doc.headline ?? (first && first.sentences.length === 1 && doc.paragraphs.length > 1 && !/[.!?]\s*$/u.test(first.sentences[0]!.text) ? first.sentences[0]! : null);
  if (!head) return;
  const body = doc.paragraphs.flatMap((p) => p.sentences).filter((x) => x !== head);
  const found: Ordered[] = [];
  for (const m of head.text.matchAll(HEADLINE_QUOTED)) {
    const quoted = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const words = quoteWords(quoted);
    if (words.length < 3) continue;
    const needle = ` ${words.join(' ')} `;
    for (const x of body) {
      const said = (out.get(sentenceKey(x)) ?? []).find((st) => st.direct && st.speaker.kind !== 'unknown' && !UNNAMED.test(st.speaker.name));
      if (!said || !` ${quoteWords(x.text).join(' ')} `.includes(needle)) continue;
      const start = m.index + m[0].indexOf(quoted);
      const from = said.speaker.resolution?.from ?? { paragraph: x.paragraph, sentence: x.sentence };
      found.push({ speaker: { ...said.speaker, resolution: { how: 'earlier-quote', from } }, cue: said.cue, content: quoted, direct: true, order: start });
      break;
    }
  }
  if (found.length === 0) return;
  const own = (out.get(sentenceKey(head)) ?? []).filter((st) => !found.some((f) => st.direct && (st.content.includes(f.content) || f.content.includes(st.content))));
  out.set(sentenceKey(head), [...own, ...found]);
}

/** A transcript's question or answer mark opening a sentence: "Q: …", "A. …", "Question: …". */
const TRANSCRIPT_MARK = /^(?:(Q|Question)|(A|Answer))\s*[:.]\s+(?=\S)/;

/**
 * An interview printed as questions and answers ("Q: Will the city raise its offer?" / "A: We
 * have put 4 percent on the table." / "I can't promise more."): each answer, and the sentences
 * after it up to the next question, are the words of the person the text before the first
 * question names most (a full name, its surname counted; the first on a tie). The questions are
 * the interviewer's, left as they were. Only when the text has both a question and an answer
 * mark, and only for sentences that found no speaker of their own. Resolution `description`,
 * from the sentence that first names the person.
 */
function transcriptAnswers(doc: DocView, out: Map<SentenceKey, Ordered[]>): void {
  const all = [...(doc.headline ? [doc.headline] : []), ...doc.paragraphs.flatMap((p) => p.sentences)];
  const firstQ = all.findIndex((x) => TRANSCRIPT_MARK.exec(x.text)?.[1] !== undefined);
  if (firstQ < 1 || !all.some((x) => TRANSCRIPT_MARK.exec(x.text)?.[2] !== undefined)) return;
  const intro = all.slice(0, firstQ);
  const text = intro.map((x) => x.text).join(' ');
  let best: { name: string; count: number; at: Sentence } | null = null;
  for (const x of intro)
    for (const name of [...titledNames(x.text).map((n) => n.name), ...untitledNames(x.text)]) {
      const surname = name.split(/\s+/).at(-1)!;
      const count = text.split(new RegExp(`${WORD_EDGE}${literal(surname)}${WORD_EDGE}`, 'u')).length - 1;
      if (!best || count > best.count) best = { name, count, at: x };
    }
  if (!best) return;
  const from = { paragraph: best.at.paragraph, sentence: best.at.sentence };
  let answering = false;
  for (const x of all.slice(firstQ)) {
    const mark = TRANSCRIPT_MARK.exec(x.text);
    if (mark) answering = mark[2] !== undefined;
    else if (x.sentence === 1) answering = false;
    if (!answering || (out.get(sentenceKey(x)) ?? []).length > 0) continue;
    const c = contentOf(x.text, mark ? mark[0].length : 0, x.text.length);
    if (!c) continue;
    const speaker: Speaker = { name: best.name, mention: mark?.[2] ?? best.name, description: null, kind: 'person', resolution: { how: 'description', from } };
    out.set(sentenceKey(x), [{ speaker, cue: ':', content: c.text, direct: true, order: c.start }]);
  }
}

/** A paragraph that opens with an interview topic and a quote: `On the referee: "He had a hard night.`. */
const TOPIC_QUOTE = /^[^"“”:;.]{2,50}:\s*["“‘]/u;

/**
 * An interview printed as topic lines ("The coach, Ines Barr, spoke to the Gazette." / `On the
 * referee: "He had a hard night.` / `It happens."` / `On her future: "I am staying."`): when at
 * least two paragraphs open with a topic (tags: a preposition first, then no verb, or a clause
 * opened by a wh-word: "On whether others will follow:") and a quote, each
 * such quote, and the sentences it runs on over in its paragraph, are the words of the person the
 * nearest sentence before the first topic names. Only for sentences that found no speaker of their
 * own. Resolution `description`, from the sentence that names the person.
 */
function topicAnswers(doc: DocView, out: Map<SentenceKey, Ordered[]>, cast: Cast): void {
  // Topic lines may open paragraphs or follow one another in one ("On X: “…” On Y: “…”").
  const isTopic = (x: Sentence): boolean => {
    const t = x.text;
    if (!TOPIC_QUOTE.test(t)) return false;
    const open = /["“‘]/u.exec(t)!.index;
    return topicLabel(t, open, lazyTags(t));
  };
  const topics = new Set<Sentence>(doc.paragraphs.flatMap((p) => p.sentences.filter(isTopic)));
  if (topics.size === 0) return;
  const firstAt = doc.paragraphs.findIndex((p) => p.sentences.some((x) => topics.has(x)));
  const first = doc.paragraphs[firstAt]!.sentences.findIndex((x) => topics.has(x));
  const before = [...doc.paragraphs.slice(0, firstAt).flatMap((p) => p.sentences), ...doc.paragraphs[firstAt]!.sentences.slice(0, first)];
  let who: { name: string; at: Sentence | Where } | null = null;
  // The interviewee is the last person who spoke before the topics; else the nearest name.
  for (let i = before.length - 1; i >= 0 && !who; i--) {
    const said = out.get(sentenceKey(before[i]!))?.findLast((st) => st.speaker.kind === 'person' && /\s/.test(st.speaker.name) && isCap(st.speaker.name));
    if (said) who = { name: said.speaker.name, at: said.speaker.resolution?.from ?? before[i]! };
  }
  // "The artistic director of the Kestrel Playhouse, Maud Ferrand, will leave …": the nearest
  // name the cast knows as a person's, not a body named beside it nor one named in between
  // ("A report by the Marine Accident Branch found …"); the nearest name only when no person is named.
  const namesIn = (x: Sentence): string[] => [...titledNames(x.text).map((n) => n.name), ...untitledNames(x.text)];
  // (First a person the article described — a title, a role in apposition, a gender — then one
  // taken for a person only by the shape of the name: "Pellow Rovers" beside "Ann Roe".)
  for (const described of [true, false])
    for (let i = before.length - 1; i >= 0 && !who; i--) {
      const x = before[i]!;
      const name = namesIn(x).find((n) => /\s/.test(n) && cast.isPerson(n) && !cast.isOrganisation(n) && (!described || !cast.personByShapeOnly(n)));
      if (name) who = { name, at: x };
    }
  // "The head of Pellow Rovers, Ann Roe, will retire": a full name set off by commas after a
  // description, or followed by an age, is the person the sentence describes, not the body named beside it.
  for (let i = before.length - 1; i >= 0 && !who; i--) {
    const x = before[i]!;
    const name = namesIn(x).find((n) => /\s/.test(n) && !cast.isOrganisation(n) && new RegExp(String.raw`(?:\p{Ll},\s+${literal(n)},|^${literal(n)},\s+\d{1,3},)`, 'u').test(x.text));
    if (name) who = { name, at: x };
  }
  // (The nearest name of any kind only for an interview of two topics or more; one topic line needs a person.)
  // (A name the cast or its head word makes a body's last: "The Football League said …" after "Ann Roe will retire".)
  const body = (n: string): boolean => cast.isOrganisation(n) || ORG_HEADS.has(n.split(' ').at(-1)!);
  for (const bodies of [false, true])
    for (let i = before.length - 1; i >= 0 && !who && topics.size >= 2; i--) {
      const x = before[i]!;
      const name = namesIn(x).find((n) => bodies || !body(n));
      if (name) who = { name, at: x };
    }
  if (!who) return;
  const from = 'paragraph' in who.at ? { paragraph: who.at.paragraph, sentence: who.at.sentence } : who.at;
  let open = 0;
  for (const p of doc.paragraphs.slice(firstAt)) {
    if (open <= 0 && !p.sentences.some((x) => topics.has(x))) continue;
    for (const x of p.sentences) {
      if (topics.has(x)) open = 0;
      else if (open <= 0) continue;
      const key = sentenceKey(x);
      if (!out.has(key)) {
        // The words are the quote's, the topic before its colon left out.
        const c = contentOf(x.text, topics.has(x) ? /["“‘]/u.exec(x.text)!.index : 0, x.text.length);
        if (c) {
          const speaker: Speaker = { name: who.name, mention: who.name, description: null, kind: 'person', resolution: { how: 'description', from } };
          out.set(key, [{ speaker, cue: ':', content: c.text, direct: true, order: c.start }]);
        }
      }
      // The quote runs on while more marks opened than closed (a paragraph may leave it open).
      const straight = (x.text.match(/"/g)?.length ?? 0) % 2;
      open = straight ? (open > 0 ? 0 : 1) : open + (x.text.match(/“/gu)?.length ?? 0) - (x.text.match(/”/gu)?.length ?? 0);
    }
  }
}

interface FlowState {
  /** The document presents itself as a press release (`RELEASE_MARK`): its body's "today announced" is the release's statement. */
  release?: boolean;
  /** The last statement's speaker and where its cue was: for quote-only paragraphs. */
  last: { speaker: Speaker; at: Where; paragraph: number; count: number } | null;
  /** Sentences seen so far. */
  count: number;
  /**
   * A quote that opened the previous paragraph, ran to its end, and found no speaker there:
   * when this paragraph's opening quote gets a cue, the orphan gets the same speaker.
   */
  orphan: ((speaker: Speaker, cueAt: Where, cue: string) => void) | null;
  /** What the orphan gets when the next paragraph names nobody for it (null: nothing). */
  orphanOtherwise: (() => void) | null;
  /** The previous paragraph ended inside a quote that had a speaker: a quote opening this one goes on with it. */
  runOn: boolean;
  /** A bare quote that closed the previous paragraph: the speaker this paragraph's opening sentence introduces, or the last one. */
  tailQuote: { named: (speaker: Speaker, cueAt: Where, cue: string) => void; otherwise: () => void; newcomer?: boolean } | null;
  /** The last statement that quoted its speaker's words in marks. */
  lastQuoted: FlowState['last'];
  /** A person named as the subject that opens a sentence with no statement ("Lindqvist laughs when asked …"), and that sentence's count. */
  subject?: { speaker: Speaker; at: Where; count: number };
}

// ---------------------------------------------------------------------------------------------
// Quotes

interface QuoteSeg {
  readonly sentence: number;
  /** Content range inside the sentence text, marks excluded. */
  start: number;
  end: number;
  readonly openAt: number | null;
  closeAt: number | null;
}

interface QuoteGroup {
  readonly segs: QuoteSeg[];
}

const LETTER = /\p{L}/u;
/** A sentence that opens with a straight single quote closed before a colon or comma ("'We were never asked': …"), as headlines write them. */
const HEADLINE_SINGLE = /^'(?=\S)(?:[^']|(?<=\p{L})'(?=\p{L}))*[^\s']'(?=\s*[:,])/u;
const OPEN_BEFORE = /[\s([{—–-]/;

/** Quoted stretches of a paragraph; a quote may run over several sentences. */
function findQuotes(texts: readonly string[]): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  // A single quote closes with "’", or with "'" when a backtick opened it (`…').
  let open: { kind: 'double' | 'single'; closer?: string; group: QuoteGroup; seg: QuoteSeg } | null = null;
  texts.forEach((text, si) => {
    if (open) {
      const seg: QuoteSeg = { sentence: si, start: 0, end: text.length, openAt: null, closeAt: null };
      open.group.segs.push(seg);
      open.seg = seg;
    }
    for (let i = 0; i < text.length; i++) {
      let c = text[i]!;
      // Two apostrophes written for a double mark (''…'' or ''…").
      const twin = c === "'" && text[i + 1] === "'";
      if (twin) c = '"';
      else if (c === "'" && open?.closer === "'") c = '’';
      else if (c === '`' || (c === "'" && !open && i === 0 && HEADLINE_SINGLE.test(text))) c = '‘';
      if (c !== '"' && c !== '“' && c !== '”' && c !== '‘' && c !== '’' && c !== '«' && c !== '»') continue;
      const at = i;
      const width = twin ? 2 : 1;
      const prev = at > 0 ? text[at - 1]! : ' ';
      const next = at + width < text.length ? text[at + width]! : ' ';
      i += width - 1;
      const startQuote = (kind: 'double' | 'single'): void => {
        const seg: QuoteSeg = { sentence: si, start: at + width, end: text.length, openAt: at, closeAt: null };
        const group: QuoteGroup = { segs: [seg] };
        groups.push(group);
        open = { kind, group, seg, ...(text[at] === '`' || text[at] === "'" ? { closer: "'" } : {}) };
      };
      const closeQuote = (q: { seg: QuoteSeg }): void => {
        q.seg.end = at;
        q.seg.closeAt = at + width - 1;
        open = null;
      };
      if (c === '"') {
        // 12" pipe, 5'10": an inch mark after a digit opens nothing.
        if (!open && /\d/.test(prev)) continue;
        if (open && open.kind === 'double') closeQuote(open);
        else if (!open) startQuote('double');
      } else if (c === '“' || c === '«') {
        if (!open) startQuote('double');
      } else if (c === '”' || c === '»') {
        if (open && open.kind === 'double') closeQuote(open);
      } else if (c === '‘') {
        if (!open && OPEN_BEFORE.test(prev)) startQuote('single');
      } else if (c === '’') {
        if (open && open.kind === 'single' && !LETTER.test(next)) closeQuote(open);
      }
    }
  });
  return groups;
}

const WORDS = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const countWords = (s: string): number => s.match(WORDS)?.length ?? 0;

// ---------------------------------------------------------------------------------------------
// Cues

interface Cue {
  readonly cue: string;
  /** Character range of speaker phrase + verb (+ adverbials) in the sentence. */
  readonly regionStart: number;
  readonly regionEnd: number;
  /** Where the reported content would begin after the verb, listener, adverbials and "that". */
  readonly contentStart: number;
  span: PhraseSpan;
  readonly tokens: readonly Token[];
  readonly weak: boolean;
  /** "points to X as the cause", "blames X on Y": a claim of cause, whatever its object. */
  readonly causal?: boolean;
  readonly that: boolean;
  readonly according: boolean;
  /** For "according to X, …": the content range; for others computed on use. */
  readonly fixedContent: readonly [number, number] | null;
  speaker?: Speaker | null;
  /** A relative clause's verb ("X, which said …"): only a clause is reported ("which demanded the suspension" is an order). */
  readonly relative?: boolean;
  /** For `Doe's email, which reads: …`: the owner's name, read as a phrase of its own. */
  owner?: string;
  /** "has apologised for the outage" (`speechPerfect`): the object, whatever its first word, is what was said. */
  readonly act?: boolean;
  /** "…, a claim the insurer denied": the noun a relative clause without "that" describes ("claim"); the region opens at its phrase. */
  readonly gapNoun?: string;
  /** "according to the theatre": a definite noun no word list reads, a speaker only as a body named before (`speakerOf`). */
  readonly introduced?: boolean;
  /** "A 2025 survey by the Harbour Council found …": the study noun whose named author speaks for it; the speaker is named "Harbour Council survey" (`speakerOf`). */
  study?: string;
  /** "It recommended a full survey": an "It" that `speakerOf` keeps only for a document that spoke before (`itForDocument`). */
  readonly itDocument?: boolean;
}

/** Adverbials that may follow a reporting verb before its content ("said on Thursday in a statement"). */
const ADVERBIAL =
  /\s*,?\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|afternoon|evening))?|(?:to|before)\s+(?:reporters|journalists|the\s+press|lawmakers|parliament|Parliament|Congress)|(?:on|last|this|late|early|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|weekend|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?|on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|on\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+(?:,?\s+\d{4})?|in\s+(?:early\s+|late\s+|mid-)?(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|yesterday|today|tonight|earlier|later|afterwards|afterward|recently|again|also|publicly|separately|previously|repeatedly|then|now|too|bluntly|flatly|firmly|privately|openly|explicitly|simply|once|further|(?:in|during|at|on)\s+(?:a|an|his|her|its|their|the)\s+(?:[\p{L}\p{M}\p{N}_-]+\s+){0,3}?(?:statement|interview|tweet|post|speech|briefing|letter|report|note|memo|memorandum|address|release|message|video|email|e-mail|column|op-ed|remarks|comments|testimony|broadcast|conference|session|hearing|filing|posting|appearance|event|rally|meeting|summit|forum|gathering|ceremony|call|visit|debate|ruling|decision|opinion|order|judgment|judgement|book|memoir|essay|article|blog|affidavit|submission|newsletter|podcast|documentary|programme|program|show)(?:\s+(?:post|entry|posting|message))?(?:\s+(?:with|to|on|at|in|posted|released|issued|published|broadcast|before)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}\p{N}_.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}\p{N}_.'’-]*){0,3}|\s+to\s+(?:(?:its|his|her|their|the)\s+)?(?:staff|employees|workers|shareholders|investors|members|supporters|customers|colleagues|voters|residents))?|(?:on|via)\s+(?:Twitter|X|Facebook|Instagram|Telegram|television|TV|radio|state\s+(?:television|TV|media|radio)|social\s+media))(?=[\s,.:;"“”]|$)/uy;
/** Whom something was told: kept out of the content ("told reporters", "told the BBC"). */
const LISTENER =
  /\s*(?:reporters|journalists|the\s+press|the\s+media|lawmakers|legislators|parliament|Parliament|Congress|supporters|(?:state|local|national|public)\s+(?:television|TV|media|radio|broadcaster)|television|radio|him|her|them|us|me|(?:an?|the|his|her|their)\s+(?:[\p{L}\p{M}\p{N}_-]+\s+){0,2}?(?:audience|crowd|conference|briefing|gathering|forum|committee|council|assembly|newspaper|agency|channel|broadcaster|network|station|summit|meeting|reporters|journalists|lawmakers|colleagues|supporters|members|officials|court|jury|judge|hearing|panel)|(?:The\s+|the\s+)?\p{Lu}[\p{L}\p{M}\p{N}_.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}\p{N}_.'’-]*){0,3}(?:['’]s\s+[\p{L}\p{M}\p{N}_-]+(?:\s+[\p{L}\p{M}\p{N}_-]+)?)?)(?=[\s,.:;"“”]|$)/uy;
const THAT = /\s*,?\s*that\b/y;
/** A listener's noun phrase after "told": up to three lower-case words, the last its head. */
const LISTENER_NP = /^\s*(?:(?:the|this|its|his|her|their|our|a|an|some|local|senior|visiting)\s+)?(?:[\p{Ll}-]+(?:['’]s)?\s+){0,2}?([\p{Ll}-]+)(?=[\s,.;:]|$)/u;
/** `LISTENER_NP` with the head after exactly one and two modifiers, tried in turn when the shortest reading's head hears nothing. */
const LISTENER_NPS = [LISTENER_NP, ...[1, 2].map((n) => new RegExp(String.raw`^\s*(?:(?:the|this|its|his|her|their|our|a|an|some|local|senior|visiting)\s+)?(?:[\p{Ll}-]+(?:['’]s)?\s+){${n}}([\p{Ll}-]+)(?=[\s,.;:]|$)`, 'u'))];
/** Whether one of a lower-case noun's first three senses is a group or a person (WordNet): "bench" (the judiciary), "audience", "board". */
function hearerNoun(word: string): boolean {
  // "told this paper", "told the magazine": a kind of the press (WordNet) hears as its reporters do.
  PRESS ??= new Set(sensesOf('press', 'noun').filter((o) => synsetAt('noun', o)?.lexname === 'noun.communication').map((o) => `noun:${o}`));
  return /^\p{Ll}{3,}$/u.test(word) && synsetsOf(nounLemma(word), 'noun', 3).some((s) => s.lexname === 'noun.group' || s.lexname === 'noun.person' || synsetIsKindOf(s, PRESS!));
}
let PRESS: ReadonlySet<string> | undefined;
const TOLD_THAT = /(\s+(?:[\p{L}\p{N}'’.-]+\s+){1,12}?)that\b/uy;
const LEAD = /\s*[:,]?\s*/y;
const ACCORDING = /\b[Aa]ccording to\s+/g;
const CLOSE_MARKS = new Set(['"', '”', '’', '»']);
/**
 * Words that begin an adverbial clause, not reported content, after "…, X said"; or a topic
 * without a clause ("tweeted about it", "argued over who paid for it"; "warned of sanctions" is a
 * warning given, a statement).
 */
const NOT_CONTENT = /^(?:(?:when|while|as|after|before|during|in|at|on|against|about|over|adding|citing|referring|according|amid|without|with|from|to|for|by|and|but|if|because|though|although|since|speaking|explaining|noting|stressing|saying)\b|[,.;:!?)"“”'’-]|$)/;
/**
 * "about", "over" or "at least" before a figure is an approximation that opens the reported clause
 * ("The club said about 90 boats were entered"), not a topic ("said nothing about the fire").
 */
const FIGURE_FIRST = /^(?:about|over|at\s+least|at\s+most|under)\s+(?:[£$€¥]?\d|(?:half|a\s+(?:third|quarter|dozen|hundred|thousand)|dozens|hundreds|thousands|millions|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/i;

/**
 * Anonymous sources, whose noun phrase runs on past any word list: "two people familiar with
 * the matter", "a senior official who spoke on condition of anonymity".
 */
const ANON_CORE = String.raw`((?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Mm]any|[Ss]ome|[Aa]|[Oo]ne|\d+|[Tt]he)\s+)?(?:[\p{L}\p{M}\p{N}_.'’-]+\s+){0,3}?(?:[Pp]eople|[Pp]ersons|[Ss]ources|[Oo]fficials|person|source|official|[Dd]iplomats|diplomat|[Ee]xecutives|executive|[Ii]nsiders|insider)\s+(?:familiar with|close to|with (?:direct\s+)?knowledge of|briefed on|involved in|aware of|who (?:spoke|asked|requested) (?:on condition of |not to be identified|anonymity)|speaking on condition of)[^,.;:"“”]{0,80}?)`;
const ANONYMOUS = new RegExp(String.raw`(?:^|[\s,(])${ANON_CORE}\s*,?\s*$`, 'u');
/** Words `ANON_CORE` cannot match without ("familiar with", "who spoke "): a sentence with none holds no anonymous source, so `ANONYMOUS` need not run on each verb's prefix. */
const ANON_HINT = /familiar with|close to|knowledge of|briefed on|involved in|aware of|who (?:spoke|asked|requested) |speaking on condition of/;

/** The same sources after "according to" ("according to people briefed on the plan, …"): the phrase up to a comma or the end. */
const ANONYMOUS_AFTER = new RegExp(String.raw`^${ANON_CORE}(?=\s*(?:[,.;]|$))`, 'u');

/** For a verb right after "and"/"but", the subject that opens the sentence, if it is a speaker. */
function sharedSubject(text: string, tokens: readonly Token[], vi: number, tags: LazyTags): PhraseSpan | null {
  let j = vi - 1;
  while (j >= 0 && /^(?:also|later|then|further|repeatedly|publicly|has|have|had)$/.test(tokens[j]!.text)) j--;
  // "X paused, then added that …": a comma and "then" join a second verb as "and" does.
  const thenJoined = j >= 1 && tokens[j]!.text === ',' && tokens[j + 1]?.text === 'then';
  // ", and said" may follow a list; ", but said" always turns back to the subject.
  const listed = j >= 1 && tokens[j - 1]!.text === ',' && tokens[j]!.text === 'and';
  if (!thenJoined && (j < 1 || !/^(?:and|but)$/.test(tokens[j]!.text))) return null;
  // A quote's closing mark left at the start of the next sentence is not its subject.
  let first = tokens.findIndex((t) => t.start >= clauseStart(text) && isWord(t.text));
  // "X processed 400 tonnes, up from 300, and said …": after ", and" the subject is shared only when
  // the sentence opens on it and its own verb (the tags), so what the commas set off is no list of
  // subjects ("Acme, Bolt and Crane said"); and only for a verb its reported words follow at once
  // ("The tenant paid in full, and complained to the regulator" reports no words).
  if (listed && !thenJoined) {
    const open = first >= 0 ? phraseAfter(tokens, first) : null;
    const next = open ? tokens[open.end] : undefined;
    const verb = next !== undefined && next.start < tokens[j]!.start ? taggedAt(tags(), next.start) : undefined;
    const after = tokens[vi + 1] ? taggedAt(tags(), tokens[vi + 1]!.start) : undefined;
    if (!open || verb === undefined || !/^(?:VERB|AUX)$/.test(verb.pos) || open.start !== first || after === undefined || after.pos === 'ADP') return null;
  }
  // "On Monday, X …": skip an opening phrase that ends with a comma.
  if (first >= 0 && CAP_OPENER.test(tokens[first]!.text)) {
    const comma = tokens.findIndex((t, i) => i > first && t.text === ',');
    if (comma < 0 || comma > j) return null;
    first = comma + 1;
  }
  if (first < 0 || first >= j) return null;
  const span = phraseAfter(tokens, first);
  if (span && span.end < j && speakerLike(text, tokens, span)) return span;
  // "The current Acme CEO Jane Doe expressed … and described …": the subject of the first verb.
  const subject = subjectSpan(text, tokens, tags, tokens[j]!.start);
  return subject && subject.end < j ? subject : null;
}

const CAP_OPENER = /^(?:On|In|At|After|Before|During|Earlier|Later|Last|This|Meanwhile|However|Separately|Also|Yesterday|Today)$/;

/**
 * "…, the farming cooperative Westmoor Dairies said", "…, rail operator Northline said": a name
 * that a descriptor precedes, the whole phrase opened by a comma (or the sentence). The
 * descriptor is read from the tags (a determiner, then adjectives and nouns, lower case), and
 * its last word, right before the name, is a noun WordNet files as a person or a body
 * (`nounClass`); the lists only take role words there ("spokesman Tom Reed").
 */
function descriptorBefore(tokens: readonly Token[], whole: PhraseSpan, tags: LazyTags): PhraseSpan | null {
  // "the housing charity Hearth Row", "the packaging maker Orla Cartons": the phrase reader may
  // have taken the descriptor's last noun with the name; the name starts at its first capital.
  let named = whole.start;
  while (named < whole.end - 1 && /^\p{Ll}+$/u.test(tokens[named]!.text)) named++;
  const span = named > whole.start && named - whole.start <= 2 ? { ...whole, start: named } : whole;
  const first = tokens[span.start]!.text;
  if (span.start < 1 || !isCap(first) || !isWord(first)) return null;
  const head = tokens[span.start - 1]!.text;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(head)) return null;
  const cls = nounClass(head);
  if (cls !== 'person' && cls !== 'org') return null;
  const all = tags();
  let k = span.start - 1;
  while (k >= 0 && span.start - k <= 4) {
    const t = tokens[k]!.text;
    const pos = taggedAt(all, tokens[k]!.start)?.pos ?? '';
    // "the Westmoor-based farming cooperative": a hyphenated modifier may open with a capital.
    if (/^\p{L}+-\p{Ll}+$/u.test(t) && k < span.start - 1) k--;
    else if (/^\p{Ll}[\p{Ll}-]*$/u.test(t) && (pos === 'NOUN' || pos === 'ADJ' || (pos === 'VERB' && /(?:ing|ed)$/.test(t) && k < span.start - 1))) k--;
    else break;
  }
  if (k >= 0 && /^(?:the|a|an|The|A|An)$/.test(tokens[k]!.text)) k--;
  if (k + 1 >= span.start || (k >= 0 && (tokens[k]!.text !== ',' || numberComma(tokens, k)))) return null;
  return { start: k + 1, end: span.end, apposition: { name: [span.start, span.end], desc: [k + 1, span.start] }, negated: span.negated, passive: span.passive };
}

/** The phrase span covering tokens from character `from` up to character `to`. */
function spanOfText(tokens: readonly Token[], from: number, to: number): PhraseSpan | null {
  const a = tokens.findIndex((t) => t.start >= from);
  let b = a;
  while (b < tokens.length && tokens[b]!.end <= to && tokens[b]!.text !== ',') b++;
  return a >= 0 && b > a ? { start: a, end: b, apposition: null, negated: false, passive: false } : null;
}

function sticky(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? pos + m[0].length : pos;
}

export function skipAdverbials(text: string, pos: number): number {
  for (let guard = 0; guard < 6; guard++) {
    const next = sticky(ADVERBIAL, text, pos);
    if (next === pos) return pos;
    pos = next;
  }
  return pos;
}

/** The sentence's part-of-speech tags, computed on first need (most sentences never need them). */
export type LazyTags = () => readonly TaggedToken[];

function lazyTags(text: string): LazyTags {
  let tags: readonly TaggedToken[] | null = null;
  return () => (tags ??= openingPlural(tag(text).tokens));
}

/**
 * "Logs kept at the depot showed that …", "Talks with the landlord stalled in May": the model
 * reads a sentence's opening plural noun as a verb in its -s form. A verb in the -s form has a subject
 * before it, and at the start of a sentence there is none; so when a finite verb follows later (the
 * sentence has its verb) and WordNet has the word as the plural of a noun, it is that noun, the head of
 * the subject. (Not a verb of saying, which opens an inverted attribution: "Says the mayor: …".)
 */
function openingPlural(tags: readonly TaggedToken[]): readonly TaggedToken[] {
  const first = tags[0];
  if (!first || first.pos !== 'VERB' || !/^\p{Lu}\p{Ll}+[^s]s$/u.test(first.text) || first.lemma === first.text.toLowerCase()) return tags;
  const lower = first.text.toLowerCase();
  const noun = (baseForms(lower).get('noun') ?? []).find((b) => b !== lower);
  if (noun === undefined || speechLemma(first.lemma) !== null) return tags;
  // A finite verb later: an auxiliary, or a verb in a tensed form (not the plain form, not -ing).
  const finite = tags.some((t, k) => k > 1 && (t.pos === 'AUX' || (t.pos === 'VERB' && /^\p{Ll}+$/u.test(t.text) && t.lemma !== t.text && !t.text.endsWith('ing'))));
  if (!finite) return tags;
  return [{ ...first, pos: 'NOUN', lemma: noun }, ...tags.slice(1)];
}

/** The tagged token that starts where `tok` starts (both read the same text). */
function taggedAt(tags: readonly TaggedToken[], start: number): TaggedToken | undefined {
  let lo = 0;
  let hi = tags.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tags[mid]!;
    if (t.start === start) return t;
    if (t.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Irregular forms of reporting verbs: the lexicon's. */
const IRREGULAR = IRREGULAR_VERBS;
const formMemo = new Map<string, boolean>();
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * Whether a lower-case word may be a form of a reporting verb (its base forms by WordNet's
 * detachment rules, or an irregular form): a Map lookup per word after the first, so a sentence
 * with none is never sent to the tagger, which then decides whether the form is a verb here
 * ("the United States" is not).
 */
function maybeLemmaCue(word: string): boolean {
  // A word with anything but lower-case letters keeps it in every base form (detachment changes
  // only a lower-case suffix), and `speechLemma` takes only lower-case letters: no cue, and no
  // memo entry for every capitalised name and number of the record.
  if (!LOWER_WORD.test(word)) return false;
  const known = formMemo.get(word);
  if (known !== undefined) return known;
  const irregular = IRREGULAR[word];
  // WordNet's detachment rules have no "-ied" → "-y" ("queried" → "query").
  const bases = [...(baseForms(word).get('verb') ?? []), ...(word.endsWith('ied') ? [`${word.slice(0, -3)}y`] : [])];
  const out = irregular !== undefined ? speechLemma(irregular) !== null : bases.some((l) => speechLemma(l) !== null || (!word.endsWith('ing') && disputingLemma(l)));
  if (formMemo.size > 100_000) formMemo.clear();
  formMemo.set(word, out);
  return out;
}
/** `LOWER_WORD.test(word)`, reading ASCII words by char code (the regex runs only for other letters). */
function lowerWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return LOWER_WORD.test(word);
    if (c < 97 || c > 122) return false;
  }
  return word.length > 0;
}
const headCueMemo = new Map<string, boolean>();
/** Whether every listed verb of saying is lower-case letters only (so `mayHeadCue` need not look up any other word). */
const SPEECH_VERBS_LOWER = [...SPEECH_VERBS].every((w) => /^\p{Ll}+$/u.test(w));
/**
 * Whether a token's word alone may head a cue in `findCues`: true for every word that one of its
 * readers may accept there (a listed verb of saying, "calls" for "calls for", "agreed" conceding,
 * a form of a reporting verb for `lemmaCue` and `withParticiple`, a verb of communication or
 * evidence for `documentVerb`, a past participle for `speechPerfect`), by the same predicates, so
 * false only where each of them would say no. What depends on the next word ("whether", "out",
 * "forth") or on a figure after "at" (`estimateCue`) is left to the caller. Memoised per word;
 * words that are not all lower-case letters can only be listed verbs and are not memoised.
 */
function mayHeadCue(word: string): boolean {
  if (!lowerWord(word)) return !SPEECH_VERBS_LOWER && SPEECH_VERBS.has(word);
  const known = headCueMemo.get(word);
  if (known !== undefined) return known;
  const out =
    SPEECH_VERBS.has(word) ||
    /^(?:calls|calling|agreed|agrees)$/.test(word) ||
    maybeLemmaCue(word) ||
    (word.length >= 3 && !word.endsWith('ing') && mayBeDocumentVerb(word, undefined)) ||
    (/^\p{Ll}{3,}ed$/u.test(word) && !OBJECT_VERBS.test(word));
  if (headCueMemo.size > 100_000) headCueMemo.clear();
  headCueMemo.set(word, out);
  return out;
}
/** Whether a sentence has any word that may be a reporting verb. */
function hasLemmaForm(text: string): boolean {
  const words = text.match(/\p{Ll}{3,}/gu);
  return words !== null && words.some(maybeLemmaCue);
}

/** Whether a sentence may hold a perfect of an act done in words (`speechPerfect`): "has thanked", "had apologized". */
function mayBeSpeechPerfect(text: string): boolean {
  const m = /\b(?:has|have|had)\s+(?:(?:also|now|already|since|publicly|repeatedly)\s+)?(\p{Ll}{3,}ed)\b/u.exec(text);
  return m !== null && (baseForms(m[1]!).get('verb') ?? []).some(speechAct);
}

/** Whether a sentence names a study, record or letter (`findingNoun`), which may speak through a verb of communication (`documentVerb`). */
function hasDocumentWord(text: string): boolean {
  const words = text.match(/\p{L}{3,}/gu);
  if (words === null || !words.some((w) => w.length >= 4 && documentNoun(w.toLowerCase()))) return false;
  return words.some((w, k) => /^\p{Ll}+$/u.test(w) && !w.endsWith('ing') && mayBeDocumentVerb(w, words[k + 1]));
}

const BE_FORMS = /^(?:is|are|was|were|been|be|am|'s|’s|'re|’re)$/;

/**
 * "Members of the parish council voted on Thursday to write to the MP": a verb of saying in an
 * infinitive that a time phrase (read backwards: a word whose first WordNet
 * sense is a time, with prepositions, determiners, adjectives and numbers) parts from a verb before
 * it is that verb's purpose, no one's words — as it is with no time phrase between ("voted to write").
 */
function timedInfinitive(tokens: readonly Token[], vi: number, tags: LazyTags): boolean {
  if (tokens[vi - 1]?.text !== 'to') return false;
  let timed = false;
  let j = vi - 2;
  for (; j >= 1 && j >= vi - 6; j--) {
    const t = tokens[j]!;
    if (synsetsOf(t.text.toLowerCase(), 'noun', 1)[0]?.lexname === 'noun.time') timed = true;
    else if (!/^(?:ADP|DET|ADJ|NUM)$/.test(taggedAt(tags(), t.start)?.pos ?? '')) break;
  }
  return timed && j < vi - 2 && /^\p{Ll}+$/u.test(tokens[j]!.text) && !BE_FORMS.test(tokens[j]!.text) && taggedAt(tags(), tokens[j]!.start)?.pos === 'VERB';
}

/**
 * "Proposals to add a second runway have angered the village": a verb of saying in an infinitive
 * right after a common noun (the tagger's) completes that noun — an intention, a plan, a right —
 * and reports no one's words; an infinitive after a verb or an adjective still may ("rose to say
 * that …", "was careful to stress that …").
 */
function nounInfinitive(tokens: readonly Token[], vi: number, tags: LazyTags): boolean {
  // (Only a verb in its base form: "a response to questions" holds no infinitive.)
  if (tokens[vi - 1]?.text !== 'to' || vi < 2) return false;
  const verb = taggedAt(tags(), tokens[vi]!.start);
  if (verb?.pos !== 'VERB' || verb.lemma !== tokens[vi]!.text.toLowerCase()) return false;
  const noun = tokens[vi - 2]!;
  const pos = taggedAt(tags(), noun.start)?.pos;
  // (A sentence's first word, capitalised only there, is the tagger's proper noun: "Plans to …".)
  return pos === 'NOUN' || (pos === 'PROPN' && vi === 2 && synsetsOf(noun.text.toLowerCase(), 'noun', 1).length > 0);
}

/**
 * The reporting verb's lemma when the tagger calls the token a verb whose lemma reports speech
 * ("states", "is saying", "predicts"); null otherwise. An -ing form counts only after a form of
 * "be" ("is saying"): after a comma it is a participle, read as one elsewhere.
 */
function lemmaCue(tokens: readonly Token[], vi: number, tags: LazyTags): string | null {
  const tok = tokens[vi]!;
  if (!maybeLemmaCue(tok.text)) return null;
  const tagged = taggedAt(tags(), tok.start);
  // "Rudd disputes that any offer was made": disputing (`disputingLemma`) reports the clause a "that" opens.
  const disputes = (): boolean => !tok.text.endsWith('ing') && disputingLemma(tagged!.lemma) && tokens[vi + 1]?.text === 'that';
  if (!tagged || (speechLemma(tagged.lemma) === null && !disputes())) return null;
  // "The judge ordered that the goods be returned", "a coroner ruled that …": commanding or deciding
  // with authority (`decreesFirst`) is a decision in the article's own voice, no one's words.
  if (decreesFirst(tagged.lemma)) return null;
  if (tagged.pos !== 'VERB' && !verbAfterName(tokens, vi, tags) && !verbAfterAux(tokens, vi, tags)) return null;
  if (tok.text.endsWith('ing')) {
    let j = vi - 1;
    while (j >= 0 && /^(?:also|still|now|already|again|repeatedly|publicly|not)$/.test(tokens[j]!.text)) j--;
    if (j < 0 || !BE_FORMS.test(tokens[j]!.text)) return null;
  }
  return tagged.lemma;
}

/**
 * "…, who had forecast that the company would lose money": after a perfect's or a modal's
 * auxiliary (not "be": "is forecast to slow" is a passive) and before "that", a word the tagger
 * read as a noun is the verb when WordNet knows it as one.
 */
function verbAfterAux(tokens: readonly Token[], vi: number, tags: LazyTags): boolean {
  if (tokens[vi + 1]?.text !== 'that' || !/^\p{Ll}+$/u.test(tokens[vi]!.text) || vi === 0) return false;
  const aux = taggedAt(tags(), tokens[vi - 1]!.start);
  return aux !== undefined && aux.pos === 'AUX' && aux.lemma !== 'be' && aux.lemma !== 'do' && (baseForms(tokens[vi]!.text).get('verb') ?? []).length > 0;
}

/**
 * "Acme states that …", "Analysts point out that …", "The Times and the Post both report that …",
 * "Acme points to the rise as …": the tagger often reads a reporting verb after a name or a
 * plural noun as part of a noun phrase ("the Gulf states"). Followed by "that" ("out that",
 * "to"), the word is the verb when a subject phrase ends before it, unless a determiner opens a
 * compound with it ("the Gulf states that", "the member states that" stay nouns).
 */
function verbAfterName(tokens: readonly Token[], vi: number, tags: LazyTags): boolean {
  const next = tokens[vi + 1]?.text;
  // "…, the World Health Organization estimates.": closing the sentence after a comma and a subject.
  // "…, the researchers report in the journal Marine Notes.": so does a place of publication after it (`PUBLISHED_IN`).
  const closes = (/^[.!?]$/.test(next ?? '') && vi + 2 === tokens.length) || (/^(?:in|on)$/.test(next ?? '') && publishedIn(` ${tokens.slice(vi + 1).map((t) => t.text).join(' ')}`));
  // "The Met Office forecasts more rain": a verb of telling in advance (WordNet, `predictsFirst`)
  // in the present after a capitalised name, before its object's first word (a determiner, an
  // adjective, a number or a noun), is the verb ("the Met Office forecasts were wrong" is not).
  // The base form ("Analysts at X Bank forecast a rise", a plural's present or any past) only
  // before a determiner, an adjective or a number ("the Met Office forecast team" is a compound).
  const third = /^\p{Ll}+s$/u.test(tokens[vi]!.text);
  if (/^\p{Ll}+$/u.test(tokens[vi]!.text) && vi > 0 && isCap(tokens[vi - 1]!.text) && isWord(tokens[vi - 1]!.text) && (baseForms(tokens[vi]!.text).get('verb') ?? []).some((b) => (b !== tokens[vi]!.text) === third && predictsFirst(b))) {
    const object = taggedAt(tags(), tokens[vi + 1]?.start ?? -1);
    const subject = object && (third ? /^(?:DET|ADJ|NUM|NOUN)$/ : /^(?:DET|ADJ|NUM)$/).test(object.pos) ? taggedSubject(tokens, vi, tags) : null;
    if (subject && subject.end === vi) return true;
  }
  // "Neighbours claim the smoke drifts …", "Parents insist the bus is late": a plain form the tagger
  // read as a noun, right after a plural of people opening the sentence (WordNet, `peopleNoun`),
  // before a clause's first word (a determiner, pronoun or number), is the verb of that subject.
  if (vi === 1 && /^\p{Ll}+$/u.test(tokens[1]!.text) && isCap(tokens[0]!.text) && peopleNoun(tokens[0]!.text.toLowerCase()) && (baseForms(tokens[1]!.text).get('verb') ?? []).includes(tokens[1]!.text) && /^(?:DET|PRON|NUM)$/.test(taggedAt(tags(), tokens[2]?.start ?? -1)?.pos ?? '')) return true;
  if (!/^\p{Ll}+$/u.test(tokens[vi]!.text) || !(closes || next === 'that' || (next === 'out' && tokens[vi + 2]?.text === 'that') || (next === 'to' && /^point/.test(tokens[vi]!.text)))) return false;
  // "The Growers’ Federation, which represents 3,000 farms, estimates that …": after the comma
  // closing a relative clause (a "which" or "who" after a comma earlier), the word is the main verb.
  if (next === 'that' && tokens[vi - 1]?.text === ',' && tokens.slice(0, vi - 1).some((t, k) => /^(?:which|who)$/.test(t.text) && tokens[k - 1]?.text === ',')) return true;
  // "Guidance from the Hall Owners' Association states that …", "A letter from the club states
  // that …": a document or message (`documentNoun`, or a noun whose first sense is one of
  // communication: WordNet) opening the sentence, its source after "from" or "by" and no comma up
  // to the word, heads the subject; the word before "that" is its verb.
  if (next === 'that' && vi >= 3 && !tokens.slice(0, vi).some((t) => t.text === ',')) {
    const h = /^(?:The|A|An|Its|Their|New)$/.test(tokens[0]!.text) ? 1 : 0;
    const head = tokens[h]!.text.toLowerCase();
    if (/^(?:from|by)$/.test(tokens[h + 1]?.text ?? '') && /^\p{L}+$/u.test(head) && (documentNoun(head) || communicationNoun(head))) return true;
  }
  const subject = taggedSubject(tokens, vi, tags);
  // Not in a list ("sent to Iraq, Syria and the Gulf states."), and "states" there is far more
  // often the noun ("the member states.") than the verb.
  if (!subject || (closes && (tokens[subject.start - 1]?.text !== ',' || tokens.slice(subject.start, subject.end).some((t) => t.text === 'and') || tokens[vi]!.text === 'states'))) return false;
  const all = tags();
  const determined = tokens.slice(subject.start, subject.end).some((t) => taggedAt(all, t.start)?.pos === 'DET');
  // "The Traders’ Association estimates that …", "the water board reports that …": a compound
  // whose last word heads a body's name (the lexicon's organisation heads) ends the subject.
  // ("The National Vehicle Guild estimates that …": before "that", any head WordNet files as an organisation, `nounClass`.)
  const bodyHead = subject.end === vi && vi > 0 && tokens[vi]!.text !== 'states' && (ORG_HEADS.has(tokens[vi - 1]!.text) || (next === 'that' && /^\p{L}+$/u.test(tokens[vi - 1]!.text) && nounClass(tokens[vi - 1]!.text.toLowerCase()) === 'org'));
  // "The Brightwater Lottery's website states that …": an owner's document ends the subject too.
  const ownedDocument = subject.end === vi && vi >= 2 && /\p{L}['’]s?$/u.test(tokens[vi - 2]!.text) && /^\p{Ll}+$/u.test(tokens[vi - 1]!.text) && documentNoun(tokens[vi - 1]!.text);
  // "The Guild of Quill Makers estimates that …": a body's head noun (the lexicon's, or one WordNet
  // files as an organisation: "guild"), "of" and capitalised words up to the word are one body's name.
  const sub = tokens.slice(subject.start, subject.end).map((t) => t.text);
  const o = /^(?:the|The)$/.test(sub[0] ?? '') ? 1 : 0;
  const bodyOf = next === 'that' && subject.end === vi && sub.length - o >= 3 && isCap(sub[o]!) && (ORG_HEADS.has(sub[o]!) || nounClass(sub[o]!.toLowerCase()) === 'org') && sub[o + 1] === 'of' && sub.slice(o + 2).every((t) => isCap(t) && isWord(t));
  return closes || bodyHead || ownedDocument || bodyOf || !(subject.end === vi && determined);
}

/**
 * Whether the token at `vi` is the past participle of a perfect ("has apologised", "have now
 * thanked", "had criticised") of a verb naming an act done in words (`speechAct`), followed by an object or a "to"
 * phrase: not "that", not an infinitive, not the sentence's end, and not a verb that reports an
 * object as a thing (`OBJECT_VERBS`: "has announced 400 job cuts").
 */
/**
 * A past participle followed by "of" whose verb's first sense (WordNet frames) takes "somebody of
 * something" (frame 18) and is never used without an object (no frame 2 or 22): "accused of",
 * "convicted of" — not "warned of", "spoke of".
 */
/**
 * "A report written last year shows that …", "A letter found during the works, hidden behind a
 * panel, suggests that …", "A map drawn in 1843 and kept by the parish shows that …": a past form
 * right after the determined noun that opens the sentence, followed by a phrase (a preposition's
 * or one of time, by the tags) rather than an object or "that", and then — past only the noun
 * phrases of prepositions and the phrases of further participles — a verb of saying or evidence:
 * the past form is a participle describing the noun, no cue; the later verb is the cue.
 */
function reducedRelative(tokens: readonly Token[], vi: number, tags: LazyTags): boolean {
  if (vi < 2 || vi > 5 || !/^(?:A|An|The|This|That)$/.test(tokens[0]!.text) || !/^\p{Ll}+$/u.test(tokens[vi]!.text) || /(?:s|ing)$/.test(tokens[vi]!.text)) return false;
  if (!tokens.slice(1, vi).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text))) return false;
  const next = tokens[vi + 1]?.text ?? '';
  if (next === 'that' || !/^\p{Ll}+$/u.test(next)) return false;
  const posOf = posReader(tokens, tags);
  const pastForm = (i: number): boolean => posOf(i) === 'VERB' && !/(?:s|ing)$/.test(tokens[i]!.text) && (taggedAt(tags(), tokens[i]!.start)?.lemma ?? tokens[i]!.text) !== tokens[i]!.text;
  if (posOf(vi - 1) !== 'NOUN' || !pastForm(vi)) return false;
  // Not an object ("warned investors"): a preposition or a word of time ("last year", "in 2019").
  if (posOf(vi + 1) !== 'ADP' && !/^(?:last|this|next|earlier|later|recently|yesterday)$/.test(next)) return false;
  for (let m = vi + 1; m < tokens.length && m - vi <= 25; m++) {
    const t = tokens[m]!.text;
    const p = posOf(m);
    if (/^(?:that|which|who)$/.test(t) || /^[;:"“”]$/.test(t) || p === 'PRON') return false;
    // A determiner opens a preposition's noun phrase only, no new subject.
    if (p === 'DET' && posOf(m - 1) !== 'ADP') return false;
    if (p !== 'VERB' && p !== 'AUX') continue;
    if (pastForm(m) && m + 1 < tokens.length && (posOf(m + 1) === 'ADP' || tokens[m + 1]!.text === ',')) continue;
    // "A traffic survey published last year found no rise …": so before a study's verb of finding and its object.
    return ((EVIDENCE_VERB.test(t) || SPEECH_VERBS.has(t)) && tokens[m + 1]?.text === 'that') || (/^(?:DET|NUM)$/.test(posOf(m + 1)) && findingVerb(taggedAt(tags(), tokens[m]!.start)?.lemma ?? ''));
  }
  return false;
}

function chargedOf(tokens: readonly Token[], vi: number): boolean {
  const tok = tokens[vi]!;
  if (!/ed$/.test(tok.text) || tokens[vi + 1]?.text !== 'of') return false;
  return (baseForms(tok.text).get('verb') ?? []).some((b) => {
    const first = sensesOf(b, 'verb')[0];
    const frames = first === undefined ? [] : (synsetAt('verb', first)?.frames ?? []).map(([f]) => f);
    return frames.includes(18) && !frames.includes(2) && !frames.includes(22);
  });
}

function speechPerfect(tokens: readonly Token[], vi: number, tags: LazyTags): boolean {
  const tok = tokens[vi]!;
  if (!/^\p{Ll}{3,}ed$/u.test(tok.text) || OBJECT_VERBS.test(tok.text)) return false;
  let j = vi - 1;
  if (/^(?:also|now|already|since|publicly|repeatedly)$/.test(tokens[j]?.text ?? '')) j--;
  const next = tokens[vi + 1];
  // "director Ina Bell apologised for the delay": a simple past right after a name, with the
  // act's "for" after it, reports as the perfect does when the verb is a weak verb of saying
  // (`speechLemma`: not "argued for a road", a stance; not "referred to", no verb of saying).
  const pastFor = j === vi - 1 && j >= 0 && next?.text === 'for' && isCap(tokens[j]!.text) && (baseForms(tok.text).get('verb') ?? []).some((b) => speechLemma(b) === 'weak');
  if (!pastFor && (!/^(?:has|have|had)$/.test(tokens[j]?.text ?? '') || j < 1)) return false;
  if (!next || !/^\p{L}/u.test(next.text) || next.text === 'that') return false;
  const all = tags();
  const tagged = taggedAt(all, tok.start);
  if (!tagged || tagged.pos !== 'VERB' || (pastFor && taggedAt(all, tokens[j]!.start)?.pos !== 'PROPN')) return false;
  if (next.text === 'to' && taggedAt(all, tokens[vi + 2]?.start ?? -1)?.pos === 'VERB') return false;
  // "The regulator has proposed banning the sale": a gerund after a verb of proposing is an act
  // put forward (`proposesAct`), not words; "has criticised raising fees" still reports.
  const lemmas = [tagged.lemma, ...(baseForms(tok.text).get('verb') ?? [])];
  if (/^\p{Ll}+ing$/u.test(next.text) && gerundAt(all, next.start) && lemmas.some(proposesAct)) return false;
  // "The board has proposed a dividend of 2p": a thing granted or put forward (`opensWithGranted`).
  if (lemmas.some(grantingVerb) && opensWithGranted(all, next.start, tokens[tokens.length - 1]!.end)) return false;
  return lemmas.some(speechAct);
}

/**
 * Whether the -ing word at `start` is a verb (tags), or a gerund the tagger read as a noun: one a
 * determiner or a possessive follows at once ("suggested shutting the pool", "shutting its depot"),
 * as its object's opening; a noun's phrase goes on with no second determiner.
 */
function gerundAt(all: readonly TaggedToken[], start: number): boolean {
  const t = taggedAt(all, start);
  if (!t) return false;
  if (t.pos === 'VERB') return true;
  const next = all[all.indexOf(t) + 1];
  return t.pos === 'NOUN' && next !== undefined && (next.pos === 'DET' || (next.pos === 'PRON' && POSSESSIVE.test(next.text)));
}

/**
 * "…, with Acme spokesman Tom Hale saying the move was unprecedented": after "with", a noun
 * phrase and a reporting verb's participle, the phrase speaks. Returns the verb's lemma, or null.
 */
function withParticiple(tokens: readonly Token[], vi: number, tags: LazyTags): string | null {
  const tok = tokens[vi]!;
  if (!tok.text.endsWith('ing') || !maybeLemmaCue(tok.text)) return null;
  const span = phraseBefore(tokens, vi, false);
  if (!span || span.end !== vi || tokens[span.start - 1]?.text.toLowerCase() !== 'with') return null;
  const tagged = taggedAt(tags(), tok.start);
  return tagged && tagged.pos === 'VERB' && speechLemma(tagged.lemma) !== null ? tagged.lemma : null;
}

/**
 * "The regulator queried whether …", "wondered whether": a verb of asking (WordNet, `asksWhether`)
 * right before "whether" reports the indirect question. Returns the verb's lemma, or null.
 */
function whetherCue(tokens: readonly Token[], vi: number, tags: LazyTags): string | null {
  if (tokens[vi + 1]?.text !== 'whether' || !/^\p{Ll}+$/u.test(tokens[vi]!.text)) return null;
  const tagged = taggedAt(tags(), tokens[vi]!.start);
  return tagged && tagged.pos === 'VERB' && asksWhether(tagged.lemma) ? tagged.lemma : null;
}

/**
 * After an estimating verb: its object, then "at" and a figure ("its losses at 41 million euros", "the toll at about 300",
 * "the bill at between $3bn and $4bn") or a judgement in quotes ("the roof's state at "poor"").
 */
const AT_FIGURE = /^\s+[^,.;:"“”]{1,60}?\s+at\s+(?:(?:(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated|more\s+than|less\s+than|up\s+to|at\s+least|over|under|between)\s+)?[£$€¥]?\d|["“](?=\p{L}))/u;
/** Whether a sentence may hold `AT_FIGURE`, for the cheap test before any tagging. */
const AT_FIGURE_HINT = /\sat\s+(?:(?:[\p{Ll}]+\s+){0,2}[£$€¥]?\d|["“])/u;
const estimateMemo = new Map<string, boolean>();
let ESTIMATE: ReadonlySet<string> | undefined;
let DETERMINE: ReadonlySet<string> | undefined;

/**
 * "Atlantica Ferries put its losses at 41 million euros", "police put the crowd at about 3,000":
 * a verb with a sense that is a kind of estimating (WordNet: "put" as in "we put the time of
 * arrival at 8"), before an object, "at" and a figure, reports an estimate. Not a verb that may
 * also fix or decide the figure ("set the price at £5", "valued at", "placed": a sense under
 * "determine"), which is a decision.
 */
function estimateCue(text: string, tokens: readonly Token[], vi: number, tags: LazyTags): boolean {
  const tok = tokens[vi]!;
  if (!/^\p{Ll}{3,}$/u.test(tok.text) || !AT_FIGURE.test(text.slice(tok.end))) return false;
  const tagged = taggedAt(tags(), tok.start);
  if (!tagged || tagged.pos !== 'VERB') return false;
  // The object is a noun phrase (its post-modifiers too), and the figure no clock time ("put the box down at 9 o'clock").
  const at = AT_FIGURE.exec(text.slice(tok.end))!;
  const atEnd = tok.end + at[0].length - 1;
  if (/^\d*(?:[:.]\d\d)?\s*(?:am|pm|a\.m|p\.m|o['’]\s*clock|GMT|BST|hours)\b/iu.test(text.slice(atEnd))) return false;
  const atWord = tok.end + at[0].lastIndexOf(' at ');
  const object = tags().filter((t) => t.start >= tok.end && t.end <= atWord);
  if (!object.every((t) => /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/.test(t.pos) || t.text === 'of' || t.text === 'for' || t.text === 'in')) return false;
  const lemma = tagged.lemma;
  const known = estimateMemo.get(lemma);
  if (known !== undefined) return known;
  ESTIMATE ??= senseKeys('verb', ['estimate', 1]);
  // "determine, set: fix conclusively or authoritatively".
  DETERMINE ??= new Set(sensesOf('determine', 'verb').filter((o) => synsetAt('verb', o)?.words.includes('set')).map((o) => `verb:${o}`));
  const estimate = ESTIMATE;
  const determine = DETERMINE;
  const senses = sensesOf(lemma, 'verb').flatMap((o) => synsetAt('verb', o) ?? []);
  const out = senses.some((x) => synsetIsKindOf(x, estimate)) && !senses.some((x) => synsetIsKindOf(x, determine));
  estimateMemo.set(lemma, out);
  return out;
}

const documentVerbMemo = new Map<string, boolean>();
/** Whether a word may be `documentVerb`'s verb by its base forms alone, memoised, so most sentences are never tagged for it. */
function mayBeDocumentVerb(word: string, next: string | undefined): boolean {
  const key = next === 'out' || next === 'forth' ? `${word} ${next}` : word;
  const known = documentVerbMemo.get(key);
  if (known !== undefined) return known;
  const bases = baseForms(word).get('verb') ?? verbStems(word);
  const out = bases.some((b) => communicatesFirst(b) || EVIDENCE_VERB.test(b) || findingVerb(b) || (key !== word && [`${b}_${next}`, `${b}_forth`].some(communicatesFirst)));
  if (documentVerbMemo.size > 100_000) documentVerbMemo.clear();
  documentVerbMemo.set(key, out);
  return out;
}

/**
 * A verb's base forms by its regular endings, for a past form WordNet's exceptions file under the
 * adjective only ("identified" → "identify"): those WordNet knows as verbs.
 */
function verbStems(word: string): readonly string[] {
  const m = /^(\p{Ll}{3,}?)(ied|ed|d|es|s)$/u.exec(word);
  if (!m) return [];
  const stem = m[1]!;
  const candidates = m[2] === 'ied' ? [`${stem}y`] : m[2] === 'ed' ? [stem, `${stem}e`] : m[2] === 'es' ? [stem, `${stem}e`] : [stem];
  return candidates.filter((c) => sensesOf(c, 'verb').length > 0);
}

/** Whether a lower-case noun's first sense (WordNet, by its singular) is one of communication: "farewell", "message", "warning". */
function communicationNoun(word: string): boolean {
  const singular = baseForms(word).get('noun')?.[0];
  const first = singular === undefined ? undefined : sensesOf(singular, 'noun')[0];
  return first !== undefined && synsetAt('noun', first)?.lexname === 'noun.communication';
}

/** WordNet's frames with an object ("Somebody ----s something", "… somebody PP" …). */
const OBJECT_FRAMES = new Set([8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21]);
/**
 * Whether a verb's first sense takes an object (WordNet frames), so its past form may be a passive
 * participle: "a letter found during the works" may be; "shares fell after …" may not.
 */
function takesObject(lemma: string): boolean {
  const first = sensesOf(lemma, 'verb')[0];
  return first !== undefined && (synsetAt('verb', first)?.frames.some(([f]) => OBJECT_FRAMES.has(f)) ?? false);
}

/** Whether a noun's first sense is an artifact or one of communication (WordNet): a map, a chart, a ledger's page. */
function madeThing(word: string): boolean {
  const singular = baseForms(word).get('noun')?.[0];
  const first = singular === undefined ? undefined : sensesOf(singular, 'noun')[0];
  return first !== undefined && /^noun\.(?:artifact|communication)$/.test(synsetAt('noun', first)?.lexname ?? '');
}

/**
 * Whether a lower-case noun is written words that may speak for their writer: a study, record or
 * letter (`findingNoun`), or a noun whose first sense is one of communication ("notice", "sign",
 * "email", "form"), not a person's or a body's.
 */
function messageNoun(word: string): boolean {
  const known = messageMemo.get(word);
  if (known !== undefined) return known;
  let out = /^\p{Ll}{4,}$/u.test(word) && communicationNoun(word) && nounClass(word) === null;
  if (out) {
    // A picture, chart or figure is evidence, as data are: "the video shows", "figures showed" quote no one.
    VISUAL ??= senseKeys('noun', ['visual_communication', 1]);
    const first = sensesOf(baseForms(word).get('noun')![0]!, 'noun')[0]!;
    out = !synsetIsKindOf(synsetAt('noun', first)!, VISUAL);
  }
  if (messageMemo.size > 100_000) messageMemo.clear();
  messageMemo.set(word, out);
  return out;
}
const messageMemo = new Map<string, boolean>();
let VISUAL: ReadonlySet<string> | undefined;
const documentNoun = (word: string): boolean => findingNoun(word) || messageNoun(word);

/** Whether a verb's lemma (or a phrasal "set_forth") has a verb of communication for its first sense (WordNet). */
function communicatesFirst(lemma: string): boolean {
  const first = sensesOf(lemma, 'verb')[0];
  return first !== undefined && synsetAt('verb', first)?.lexname === 'verb.communication';
}

/**
 * "The group wrote down £5m on its warehouse stock", "wrote off the debt": a verb and "down" or "off"
 * that WordNet lists as a phrasal verb with a sense of changing a value or an ownership
 * (`verb.change`, `verb.possession`: "write_down", "write_off") is a deed done on the books, no
 * words reported. ("told off", "laughed off": WordNet files them as communication only.)
 */
function valuePhrasal(tokens: readonly Token[], vi: number, tags: LazyTags): boolean {
  const particle = tokens[vi + 1]?.text;
  if (particle !== 'down' && particle !== 'off') return false;
  const lemma = taggedAt(tags(), tokens[vi]!.start)?.lemma?.toLowerCase();
  const stems = new Set([...(lemma ? [lemma] : []), ...verbStems(tokens[vi]!.text.toLowerCase())]);
  return [...stems].some((v) => synsetsOf(`${v}_${particle}`, 'verb').some((x) => x.lexname === 'verb.change' || x.lexname === 'verb.possession'));
}

/**
 * "The letter describes a board meeting …", "A memo … details the faults", "The report sets out
 * four options": a verb the lists and the lemma test do not take for one of saying, whose first
 * sense is one of communication (WordNet: "describe", "detail", "outline", "list", "document"), or
 * a verb and "out" whose phrasal verb is ("spell out"; "set out" is WordNet's "set forth" then),
 * with a study, record or letter (`findingNoun`) among the words before it. Returns the index of
 * the cue's last token (the particle's, for a phrasal verb), or -1. The caller checks that the
 * document is the verb's subject.
 */
function documentVerb(tokens: readonly Token[], vi: number, tags: LazyTags): number {
  const tok = tokens[vi]!;
  if (!/^\p{Ll}{3,}$/u.test(tok.text) || tok.text.endsWith('ing') || !mayBeDocumentVerb(tok.text, tokens[vi + 1]?.text) || !documentNounBefore(tokens, vi)) return -1;
  const tagged = taggedAt(tags(), tok.start);
  if (!tagged) return -1;
  const particle = tokens[vi + 1]?.text;
  // "The letter sets out …", "Minutes … show that …": the tagger reads a present tense after a
  // noun as a plural noun; before a particle, "that" or a determiner it is the verb.
  let lemma = tagged.lemma;
  if (tagged.pos !== 'VERB') {
    const next = tokens[vi + 1] ? taggedAt(tags(), tokens[vi + 1]!.start) : undefined;
    // "Court papers show the builder owed …", "Minutes of the meeting show the board was warned":
    // the plain form after a plural noun, a determiner, number or pronoun after it — a word the
    // tagger read as a noun or adjective, never a particle ("sets out four options": "out" is no verb).
    const plainAfterPlural = !/s$/.test(tok.text) && /^(?:NOUN|ADJ|PROPN)$/.test(tagged.pos) && /^(?:DET|NUM|PRON)$/.test(next?.pos ?? '') && vi >= 1 && pluralNounAt(tokens, vi - 1, tags);
    // "A traffic survey published in 2023 found no rise …": a word after a year that closes a
    // participle's time phrase, before a determiner, number or "that", is the clause's verb.
    const afterYear = vi >= 3 && /^(?:1[89]|20)\d\d$/.test(tokens[vi - 1]!.text) && /^(?:in|during|since)$/.test(tokens[vi - 2]!.text) && taggedAt(tags(), tokens[vi - 3]!.start)?.pos === 'VERB' && (particle === 'that' || /^(?:DET|NUM|ADJ)$/.test(next?.pos ?? ''));
    const verbal = particle === 'out' || particle === 'forth' || particle === 'that' || (/s$/.test(tok.text) && (next?.pos === 'DET' || next?.pos === 'NUM')) || plainAfterPlural || afterYear;
    const base = verbal ? (afterYear ? IRREGULAR[tok.text] : undefined) ?? baseForms(tok.text).get('verb')?.[0] : undefined;
    if (base === undefined) return -1;
    lemma = base;
  }
  if ((particle === 'out' || particle === 'forth') && [`${lemma}_${particle}`, `${lemma}_forth`].some(communicatesFirst)) return vi + 1;
  // "The regulator's notice ordered checks on …": a document that commands with authority
  // (`decreesFirst`, as a judge's order in `lemmaCue`) tells a decision, no one's words.
  if (decreesFirst(lemma)) return -1;
  return communicatesFirst(lemma) || EVIDENCE_VERB.test(lemma) || (findingVerb(lemma) && objectAfter(tokens, vi, tags)) ? vi : -1;
}

/**
 * "A review … found that the weir was neglected. It recommended a full survey.", "It also noted a steep
 * rise in costs": "It" opening the sentence (adverbs only between) as the subject of a verb a
 * document reports with (`documentVerb`'s test: a verb of communication first, of evidence or of
 * finding) with an object or a clause after it. Whether the "it" is a document that spoke is
 * `speakerOf`'s to say (a body's "It announced 40 job cuts" is a deed).
 */
function itForDocument(tokens: readonly Token[], vi: number, tags: LazyTags): boolean {
  if (vi < 1 || tokens[0]!.text !== 'It' || !/^\p{Ll}{3,}$/u.test(tokens[vi]!.text) || tokens[vi]!.text.endsWith('ing')) return false;
  const all = tags();
  for (let k = 1; k < vi; k++) if (taggedAt(all, tokens[k]!.start)?.pos !== 'ADV') return false;
  const tagged = taggedAt(all, tokens[vi]!.start);
  if (tagged?.pos !== 'VERB') return false;
  return !decreesFirst(tagged.lemma) && (communicatesFirst(tagged.lemma) || EVIDENCE_VERB.test(tagged.lemma) || findingVerb(tagged.lemma)) && objectAfter(tokens, vi, tags);
}

/** Whether an object or a clause opens right after the verb at `vi` (tags: a determiner, noun, adjective, number or pronoun, or "that"): "A study published on Tuesday found" has none after "published". */
function objectAfter(tokens: readonly Token[], vi: number, tags: LazyTags): boolean {
  const next = tokens[vi + 1];
  return next !== undefined && (next.text === 'that' || /^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(taggedAt(tags(), next.start)?.pos ?? ''));
}

/** Whether token `k` is a plural noun by the tags (its lemma differs from it: "papers", "minutes"), or the comma closing a phrase after one. */
function pluralNounAt(tokens: readonly Token[], k: number, tags: LazyTags): boolean {
  const t = taggedAt(tags(), tokens[k]!.start);
  return t !== undefined && t.pos === 'NOUN' && /^\p{Ll}+s$/u.test(t.text) && t.lemma !== t.text;
}

/**
 * Whether one of the 30 words before token `vi` is a study, record or letter (`documentNoun`):
 * read back from `vi`, stopping at the first. What each word of the sentence was found to be is
 * kept (`nounsKnown`), so several candidate verbs in one sentence do not each test the same words.
 */
function documentNounBefore(tokens: readonly Token[], vi: number): boolean {
  if (tokens !== nounsOf) {
    nounsOf = tokens;
    nounsKnown = new Int8Array(tokens.length);
  }
  for (let k = vi - 1; k >= 0 && k >= vi - 30; k--) {
    let known = nounsKnown[k]!;
    if (known === 0) {
      const t = tokens[k]!.text;
      known = LONG_WORD.test(t) && documentNoun(t.toLowerCase()) ? 1 : 2;
      nounsKnown[k] = known;
    }
    if (known === 1) return true;
  }
  return false;
}
const LONG_WORD = /^\p{L}{4,}$/u;
/** The last sentence `documentNounBefore` read (tokens are never changed after `tokenize`), and for each word: 0 not yet read, 1 a document noun, 2 not one. */
let nounsOf: readonly Token[] | null = null;
let nounsKnown = new Int8Array(0);

/**
 * "X went on to say", "X continued to insist": the subject stands before the verb that carries
 * the reporting verb's infinitive. Returns that verb's token index, or -1.
 */
function carrierVerb(tokens: readonly Token[], vi: number, tags: LazyTags): number {
  if (tokens[vi - 1]?.text !== 'to') return -1;
  let j = vi - 2;
  if (tokens[j]?.text === 'on' || tokens[j]?.text === 'up') j--;
  const t = j >= 0 ? taggedAt(tags(), tokens[j]!.start) : undefined;
  if (!t || t.pos !== 'VERB') return -1;
  if (/^(?:go|continue|proceed|rush|hasten)$/.test(t.lemma)) return j;
  // "Henry Lyle stood to say that …", "She rose to say that …", "returned to insist that …": a
  // verb of motion or posture (WordNet's first sense: verb.motion, verb.contact) carries a
  // reporting verb's infinitive of purpose, when a that-clause follows.
  if (tokens[vi + 1]?.text !== 'that' || !/^\p{Ll}+$/u.test(t.text)) return -1;
  const first = sensesOf(t.lemma, 'verb')[0];
  const lex = first === undefined ? undefined : synsetAt('verb', first)?.lexname;
  return lex === 'verb.motion' || lex === 'verb.contact' ? j : -1;
}

const capWord = (t: string): boolean => isCap(t) && isWord(t) && !CAP_FUNCTION_WORDS.has(t);

/** Verbs that evidence "says" with as well as people ("the data suggests that …"). */
const EVIDENCE_VERB = /^(?:suggest|indicat|show|find|found|mean|impl)/;

/**
 * "Their findings show that …", "The data suggest that …", "Figures released on Monday show that
 * …", "Data from the Retail Consortium indicate that …": the tagger reads a verb of evidence in
 * its plain form after a plural noun as a noun ("findings show"); a plural subject agrees with
 * the plain form, so before "that" it is the verb. The subject is the clause's opening noun
 * phrase (a determiner or possessive, modifiers, a plural head by the tags' lemma — "data" is
 * "datum" — and a post-modifier up to the next verb), which must be the first thing in the
 * sentence; a participle's phrase after the head ("released on Monday", or between commas: ",
 * seen by this paper,") is left out of the name.
 * Without "that" ("Figures released on Monday show unemployment rose", "Court papers show the
 * builder owed …") the verb reports a clause after it (a tensed verb, `holdsClause`); a record,
 * study or paper (`documentNoun`) its phrase names more closely — a modifier before the head or a
 * phrase after it ("Rainfall records kept by the council show an average of …") — reports its
 * object as well (bare "Records showed a sharp rise" does not). A participle's agent ("kept by
 * the council", "obtained by the Echo") is left out, as it is before "that".
 */
function pluralEvidence(text: string, tokens: readonly Token[], vi: number, tags: LazyTags): Cue | null {
  const tok = tokens[vi]!;
  const third = /^(?:shows|suggests|indicates|reveals|confirms)$/.test(tok.text);
  if ((!third && !/^(?:show|suggest|indicate|reveal|confirm)$/.test(tok.text)) || vi < 1 || vi > 16) return null;
  const that = tokens[vi + 1]?.text === 'that';
  const all = tags();
  const at = (k: number): TaggedToken | undefined => taggedAt(all, tokens[k]!.start);
  // "The TV shows that made him famous": a verb right after "that" makes it a relative clause.
  if (that && /^(?:VERB|AUX)$/.test(at(vi + 2 < tokens.length ? vi + 2 : vi)?.pos ?? '')) return null;
  // Without "that", a noun phrase opens right after the verb.
  if (!that && (vi + 1 >= tokens.length || !/^(?:DET|NUM|PRON|NOUN|PROPN|ADJ)$/.test(at(vi + 1)?.pos ?? ''))) return null;
  let k = 0;
  if (POSSESSIVE.test(tokens[0]!.text) || /^(?:[Tt]he|[Tt]hese|[Ss]uch|[Nn]ew|[Oo]fficial|[Ll]atest|A|An)$/.test(tokens[0]!.text)) k = 1;
  while (k < vi && at(k)?.pos === 'ADJ') k++;
  // "Rainfall records", "Court papers": a noun before a lower-case noun modifies it.
  const opened = k;
  while (!that && k + 1 < vi && /^(?:NOUN|PROPN)$/.test(at(k)?.pos ?? '') && at(k + 1)?.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[k + 1]!.text)) k++;
  const head = at(k);
  if (!head || !/^(?:NOUN|PROPN)$/.test(head.pos) || !/^\p{L}+$/u.test(head.text)) return null;
  // Plural by the tags' lemma, or (a capitalised first word the tagger leaves whole) by WordNet's base forms: "Figures" → "figure", "Data" → "datum".
  const lower = head.text.toLowerCase();
  const bases = baseForms(lower).get('noun') ?? [];
  // A capitalised first word the tagger reads as a name: its lemma in lower case ("data" → "datum").
  const plural = !(head.lemma === lower && !bases.some((b) => b !== lower) && !(head.text !== lower && tag(`the ${lower}`).tokens[1]?.lemma !== lower));
  // "Telemetry received on Tuesday shows that …": a singular head agrees with the -s form; only
  // past a participle's phrase (checked below): "The ACARS data suggests that" stays evidence, as
  // the MEANTIME labels have it.
  if (third ? plural || vi === k + 1 : !plural) return null;
  // A past participle (tags: a verb in a past form, "released", "kept", "seen").
  const pastParticiple = (j: number): boolean => at(j)?.pos === 'VERB' && /^\p{Ll}+$/u.test(tokens[j]!.text) && !/(?:s|ing)$/.test(tokens[j]!.text) && (/(?:ed|en|wn)$/.test(tokens[j]!.text) || at(j)!.lemma !== tokens[j]!.text);
  // The words between the head and the verb: a post-modifier or a participle's phrase, no verb of its own but a participle.
  let end = k + 1;
  for (let j = k + 1; j < vi; j++) {
    const t = at(j);
    if (!t || t.pos === 'AUX' || /^[;:"“”]$/.test(tokens[j]!.text)) return null;
    // "Minutes of the meeting, seen by this paper, show …": a participle's phrase between commas, the second right before the verb.
    if (tokens[j]!.text === ',') {
      if (j === vi - 1 && end < 0 && tokens[-end]!.text === ',') continue;
      if (that || end !== k + 1 || tokens[vi - 1]!.text !== ',' || j === vi - 1 || !pastParticiple(j + 1) || tokens.slice(j + 1, vi - 1).some((x) => x.text === ',')) return null;
      end = -j;
      continue;
    }
    if (t.pos === 'VERB' && !(that ? /^\p{Ll}+(?:ed|en|wn)$/u.test(tokens[j]!.text) : pastParticiple(j))) return null;
    if (t.pos === 'VERB' && end === k + 1) end = -j;
  }
  if (third && end > 0) return null;
  const nameEnd = end < 0 ? -end : vi;
  if (!that) {
    // A closer name: a modifier before the head, or a phrase after it.
    const named = k > opened || (opened > 0 && at(opened - 1)?.pos === 'ADJ') || vi > k + 1;
    if (!holdsClause(all, tok.end, text.length) && !(named && /^\p{Ll}+$/u.test(lower) && documentNoun(lower))) return null;
  }
  const span: PhraseSpan = { start: 0, end: nameEnd, apposition: null, negated: false, passive: false };
  const contentStart = that ? (tokens[vi + 2]?.start ?? tokens[vi + 1]!.end) : tokens[vi + 1]!.start;
  // "Data from the Office for National Statistics show that …": a named body after "from" or "by" is whose data they are.
  // (A participle's agent is never it: "Documents obtained by the Echo show …" are the documents' words.)
  const by = end > 0 && /^(?:from|by)$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : -1;
  const bodyAt = by >= 0 && /^(?:the|The)$/.test(tokens[by]?.text ?? '') ? by + 1 : by;
  const owner = bodyAt > 0 && bodyAt < vi && tokens.slice(bodyAt, vi).every((t) => capWord(t.text) || /^(?:of|for|and|&)$/.test(t.text)) && capWord(tokens[vi - 1]!.text) ? text.slice(tokens[bodyAt]!.start, tokens[vi - 1]!.end) : undefined;
  return { cue: tok.text, regionStart: tokens[0]!.start, regionEnd: tok.end, contentStart, span, tokens, weak: false, causal: true, that, according: false, fixedContent: null, ...(owner ? { owner } : {}) };
}

/** Whether a sentence's first word is capitalised and one of its next seven a study, record or letter (`documentNoun`), as `documentSubjectCue` needs, so most sentences are never tagged for it. */
function mayOpenWithDocument(tokens: readonly Token[]): boolean {
  return tokens.length >= 4 && /^\p{Lu}/u.test(tokens[0]!.text) && tokens.slice(1, 8).some((t) => LONG_WORD.test(t.text) && documentNoun(t.text.toLowerCase()));
}
/**
 * "The trust's 2025 census counted 415 breeding pairs", "An inspectors' report read to the
 * tribunal found damp in every flat", "Their review, published on Monday, praised the lighting",
 * "Mr Pell's own minutes of the vote, produced at the hearing, recorded that …": the sentence opens
 * with a noun phrase (a determiner, a possessive pronoun or a name's possessive, modifiers) headed
 * by a study, record or letter (`documentNoun`), then an "of"/"from"/"by" phrase and a past
 * participle's phrase (or one between commas), no finite verb, and then a verb a document reports
 * with (WordNet: a first sense of communication, a verb of evidence or of finding) before an
 * object or "that": the document's words, whatever the object. The speaker is the phrase up to
 * the participle. A verb of asking (the study's method, not its finding) reports nothing.
 */
function documentSubjectCue(tokens: readonly Token[], tags: LazyTags): Cue | null {
  if (tokens.length < 4) return null;
  const all = tags();
  const posAt = (k: number): string => taggedAt(all, tokens[k]!.start)?.pos ?? '';
  let k = /^(?:The|A|An|This|These|Its|Their|His|Her|Our)$/.test(tokens[0]!.text) ? 1 : 0;
  // "Mr Pell's", "The guild's", "The Brattle society's": a name or a determined noun in the possessive.
  let m = k;
  while (m < k + 3 && m < tokens.length && (capWord(tokens[m]!.text) || (m > 0 && /^\p{Ll}+$/u.test(tokens[m]!.text) && posAt(m) === 'NOUN')) && !/['’]s?$/u.test(tokens[m]!.text)) m++;
  if (m < tokens.length && /\p{L}['’]s?$/u.test(tokens[m]!.text) && (m > k || k === 1 || capWord(tokens[m]!.text.replace(/['’]s?$/u, '')))) k = m + 1;
  else if (k === 0) return null;
  // Modifiers, then the head: the last noun of the run.
  let head = -1;
  for (let j = k; j < tokens.length && j < k + 5; j++) {
    const p = posAt(j);
    const t = tokens[j]!.text;
    if (p === 'NOUN' && /^\p{Ll}[\p{Ll}-]*$/u.test(t)) head = j;
    else if (!(p === 'ADJ' || p === 'NUM' || (p === 'ADV' && /^(?:most|more|least)$/.test(t)) || (p === 'NOUN' && /^\p{L}+['’]$/u.test(t)) || (p === 'PUNCT' && /^['’]$/.test(t)) || /^\p{L}+['’]$/u.test(t))) break;
  }
  // (Never a person's noun that also names a book: "judges".)
  if (head < 0 || !documentNoun(tokens[head]!.text) || nounClass(tokens[head]!.text) === 'person') return null;
  // A verb a document reports with, then an object or a clause ("found damp": a lower-case word WordNet knows as a noun, whatever the tag).
  const reportsAt = (vi: number): boolean => {
    const verb = tokens[vi];
    const next = tokens[vi + 1];
    if (!verb || !next || posAt(vi) !== 'VERB' || !/^\p{Ll}{3,}$/u.test(verb.text) || verb.text.endsWith('ing')) return false;
    const lemma = taggedAt(all, verb.start)!.lemma;
    if (/^(?:ask|question|interview|survey|poll)$/.test(lemma)) return false;
    // A document that commands with authority ("The notice ordered checks on …") tells a decision (`decreesFirst`).
    if (decreesFirst(lemma)) return false;
    // Another verb of communication ("recorded", "counted", not "ignored") reports a clause or a figure only.
    const that = next.text === 'that';
    if (!(EVIDENCE_VERB.test(lemma) || findingVerb(lemma) || speechLemma(lemma) !== null || (communicatesFirst(lemma) && (that || posAt(vi + 1) === 'NUM')))) return false;
    return that || /^(?:DET|NOUN|PROPN|ADJ|NUM|PRON)$/.test(posAt(vi + 1)) || (/^\p{Ll}+$/u.test(next.text) && sensesOf(next.text, 'noun').length > 0 && posAt(vi + 1) === 'VERB');
  };
  // What the document is of, from or by: a preposition and a noun phrase, no verb.
  let j = head + 1;
  let nameEnd = j;
  if (/^(?:of|from|by|on|into)$/.test(tokens[j]?.text ?? '')) {
    j++;
    while (j < tokens.length && /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(posAt(j))) j++;
    nameEnd = j;
  }
  // A past participle's phrase ("read to the tribunal", ", published on Thursday,"): a verb in a past form, then no verb.
  // (Only a verb that takes an object has a passive participle: "shares fell after …" is no phrase of the shares.)
  const participle = (at: number): boolean => {
    const t = tokens[at]!.text;
    const lemma = taggedAt(all, tokens[at]!.start)?.lemma ?? t;
    return posAt(at) === 'VERB' && /^\p{Ll}+$/u.test(t) && !/(?:s|ing)$/.test(t) && (/(?:ed|en|wn)$/.test(t) || lemma !== t || /^(?:ADP|ADV|PART)$/.test(posAt(at + 1))) && takesObject(lemma);
  };
  const commaOpen = tokens[j]?.text === ',';
  const from = commaOpen ? j + 1 : j;
  if (!commaOpen && reportsAt(j)) {
    // The verb right after the phrase is the clause's own.
  } else if (from < tokens.length && participle(from) && from + 1 < tokens.length) {
    let e = from + 1;
    while (e < tokens.length && /^(?:ADP|ADV|PART|DET|ADJ|NOUN|PROPN|NUM)$/.test(posAt(e))) e++;
    if (commaOpen) {
      if (tokens[e]?.text !== ',') return null;
      e++;
    }
    j = e;
  } else if (commaOpen) return null;
  const vi = j;
  if (!reportsAt(vi)) return null;
  const verb = tokens[vi]!;
  const next = tokens[vi + 1]!;
  const that = next.text === 'that';
  const span: PhraseSpan = { start: 0, end: nameEnd, apposition: null, negated: false, passive: false };
  const contentStart = that ? (tokens[vi + 2]?.start ?? next.end) : next.start;
  return { cue: verb.text, regionStart: tokens[0]!.start, regionEnd: verb.end, contentStart, span, tokens, weak: false, causal: true, that, according: false, fixedContent: null };
}

/** Possessive determiners: they open a noun phrase like "the", and never speak on their own. */
const POSSESSIVE = /^(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur)$/;

/** The subject of the first verb (tags: VERB or AUX) between token `first` and character `end`, by `taggedSubject`. */
function clauseSubject(tokens: readonly Token[], tags: LazyTags, first: number, end: number): PhraseSpan | null {
  const all = tags();
  for (let i = Math.max(first, 0) + 1; i < tokens.length && tokens[i]!.start < end; i++) {
    const p = taggedAt(all, tokens[i]!.start)?.pos;
    if (p === 'VERB' || p === 'AUX') return taggedSubject(tokens, i, tags);
  }
  return null;
}

/** Tags that a noun phrase is made of, read backwards from its head. */
const NP_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PART', 'SYM']);
/** Prepositions that stay inside a speaker's noun phrase ("an aide for X", "analysts at Y", "Bank of Z"). */
const NP_PREPOSITIONS = /^(?:of|for|at)$/;

/** A token's part of speech from the tagger, or PROPN / X by its case where the tagger gave none. */
function posReader(tokens: readonly Token[], tags: LazyTags): (i: number) => string {
  const all = tags();
  return (i: number): string => {
    const t = taggedAt(all, tokens[i]!.start);
    // "1,200": the tagger reads one number where the tokens split it at its comma.
    if (!t && (numberComma(tokens, i) || numberComma(tokens, i - 1))) return 'NUM';
    return t ? t.pos : isCap(tokens[i]!.text) ? 'PROPN' : 'X';
  };
}

/**
 * The last token of the subject before a reporting verb at `vi`, past its auxiliaries and
 * adverbs ("has also", "is"); null when the verb is negated or passive ("was told", not "is saying").
 */
function subjectEnd(tokens: readonly Token[], vi: number, posOf: (i: number) => string): number | null {
  let i = vi - 1;
  let passive = false;
  while (i >= 0 && /^(?:AUX|ADV|PART)$/.test(posOf(i)) && !/^['’]s$/.test(tokens[i]!.text)) {
    const w = tokens[i]!.text.toLowerCase();
    if (/^(?:not|n't|never)$/.test(w)) return null;
    if (BE_FORMS.test(w)) passive = true;
    i--;
  }
  if (passive && !tokens[vi]!.text.endsWith('ing')) return null;
  return i;
}

/**
 * The subject of the reporting verb at `vi` read from the tagger, for the phrases the word lists
 * do not know ("Some customers reported that …", "Ben Roe, with Acme Capital, estimated that …",
 * "An aide to X, its largest investor (at 9%), has called on …", "The Times and the Post both
 * report that …"): the noun phrase (nouns, names, adjectives, determiners, numbers, "of/for/at"
 * and names joined by "and") that ends before the verb, past auxiliaries, adverbs and a
 * parenthetical between commas or brackets that holds no clause of its own. It must open its
 * clause (a sentence start, a comma, a conjunction), so an object or the end of a prepositional
 * phrase never speaks. `relative` (", who said") takes the phrase before the comma wherever it
 * stands. Negated and passive uses give null.
 */
function taggedSubject(tokens: readonly Token[], vi: number, tags: LazyTags, relative = false): PhraseSpan | null {
  const posOf = posReader(tokens, tags);
  const before = subjectEnd(tokens, vi, posOf);
  if (before === null) return null;
  let i = before;
  // "The Times and the Post both report": a floating quantifier after the subject.
  if (i >= 1 && /^(?:both|all)$/i.test(tokens[i]!.text)) i--;
  // "Tollis Storage, the family-owned operator, today announced": a day adverb the tagger reads as a noun is no subject.
  if (i >= 1 && /^(?:today|yesterday|tonight)$/.test(tokens[i]!.text) && tokens[i - 1]!.text !== 'on') i--;
  let apposition: { desc: [number, number] } | null = null;
  let named: [number, number] | null = null;
  for (let guard = 0; guard < 2 && i >= 1 && (tokens[i]!.text === ',' || tokens[i]!.text === ')'); guard++) {
    const close = tokens[i]!.text;
    let k = i - 1;
    while (k >= 0 && i - k <= 16 && (tokens[k]!.text !== (close === ',' ? ',' : '(') || numberComma(tokens, k))) k--;
    if (k < 1 || i - k < 2 || tokens[k]!.text !== (close === ',' ? ',' : '(')) return null;
    // A clause between the commas ("…, sales fell, said X") is no parenthetical; a relative clause
    // inside an apposition ("X, a professor who was not involved in the study, said") is.
    for (let m = k + 1; m < i && !(m > k + 1 && RELATIVE_OPENER.test(tokens[m]!.text)); m++) {
      const p = posOf(m);
      if (p === 'AUX' || (p === 'VERB' && !/(?:ed|ing|en)$/.test(tokens[m]!.text))) return null;
    }
    // "X, another big lender, said": the noun phrase between the commas describes the name.
    if (close === ',' && /^(?:DET|ADJ)$/.test(posOf(k + 1)) && apposition === null && guard === 0) apposition = { desc: [k + 1, i] };
    // "Acme's vice-president for the iPod, Jane Doe, said": a name between the commas.
    // "Another automaker, General Motors (GM), announced": an acronym in brackets after the name.
    let innerEnd = i;
    if (tokens[i - 1]?.text === ')' && tokens[i - 3]?.text === '(') innerEnd = i - 3;
    if (close === ',' && guard === 0 && innerEnd - k - 1 >= 2 && innerEnd - k - 1 <= 4 && tokens.slice(k + 1, innerEnd).every((t) => capWord(t.text))) named = [k + 1, innerEnd];
    i = k - 1;
    // "X, its largest investor (at 9%), said": a bracket inside the commas.
    if (close === ')' && tokens[i]?.text !== ',') continue;
  }
  if (i < 0 || !(/^(?:NOUN|PROPN)$/.test(posOf(i)) || (capWord(tokens[i]!.text) && /^(?:VERB|ADV|X)$/.test(posOf(i)))) || !isWord(tokens[i]!.text)) return null;
  const end = i + 1;
  let start = i;
  // "Its guidance says that …": a possessive opens the phrase of a written message (`messageNoun`), as "the" does.
  const owned = named !== null || (/^\p{Ll}{4,}$/u.test(tokens[i]!.text) && messageNoun(tokens[i]!.text));
  for (let j = i - 1; j >= 0 && end - j <= 14; j--) {
    const t = tokens[j]!.text;
    const p = posOf(j);
    // "A leaked memo": a past participle between a determiner and the noun modifies it; so it does
    // after an adjective or a possessive ("the old covered market", "Brenton's covered market").
    if (p === 'VERB' && /^\p{Ll}+(?:ed|en)$/u.test(t) && j >= 1 && (/^(?:DET|ADJ|NUM)$/.test(posOf(j - 1)) || /['’]s?$/.test(tokens[j - 1]!.text)) && start === j + 1 && /^(?:NOUN|PROPN)$/.test(posOf(j + 1))) {
      start = j;
      continue;
    }
    // "…, shipping agents said", "Local fishing groups said": an -ing form right before a plural
    // head, which WordNet also lists as a noun, names the head's trade.
    if (p === 'VERB' && /^\p{Ll}{3,}ing$/u.test(t) && start === j + 1 && j + 1 === end - 1 && commonPlural(tokens[end - 1]!.text) && (baseForms(t).get('noun') ?? []).includes(t)) {
      start = j;
      continue;
    }
    // A capitalised word inside a name is a name whatever its tag ("the Associated Press").
    if (t === '&' || ((NP_TAGS.has(p) || (owned && POSSESSIVE.test(t)) || (capWord(t) && /^(?:VERB|ADV|X)$/.test(p))) && (isWord(t) || /^['’]s$/.test(t)))) {
      start = j;
      // A determiner opens the phrase, unless a preposition or "and" joins it to one before.
      // "Her coach, Jane Doe, said": a possessive opens a description of the name after it.
      if ((p === 'DET' || (owned && POSSESSIVE.test(t))) && !(j >= 1 && (NP_PREPOSITIONS.test(tokens[j - 1]!.text) || tokens[j - 1]!.text === 'and'))) break;
      continue;
    }
    // "Bank of America", "an aide for X", "The Times and the Post": a noun must stand before.
    // ("One of the riders": a number before "of" too.)
    if ((NP_PREPOSITIONS.test(t) || t === 'and') && j >= 1 && (/^(?:NOUN|PROPN)$/.test(posOf(j - 1)) || (t === 'of' && posOf(j - 1) === 'NUM' && isWord(tokens[j - 1]!.text)))) {
      // "and" joins two names only ("The Times and the Post"), never a clause to a name.
      const right = /^(?:the|The)$/.test(tokens[start]!.text) ? tokens[start + 1]!.text : tokens[start]!.text;
      if (t === 'and' && !(isCap(tokens[j - 1]!.text) && isCap(right))) break;
      start = j;
      continue;
    }
    break;
  }
  while (start < end && /^(?:of|for|at|and)$/.test(tokens[start]!.text)) start++;
  if (start >= end) return null;
  if (!relative && start > 0) {
    // The phrase must open its clause: not an object ("bought Acme said") or a prepositional phrase.
    const before = tokens[start - 1]!.text;
    const p = posOf(start - 1);
    // "… fell after figures showed that …": a subordinator the tagger reads as a preposition opens a clause too.
    const subordinator = p === 'ADP' && /^(?:after|before|since|until|once)$/i.test(before);
    // ("LISBON, 3 June – Acme …": a dateline's dash too.)
    if (!(before === ',' || before === ';' || before === ':' || /["“”(—–]/.test(before) || p === 'CCONJ' || p === 'SCONJ' || subordinator || (p === 'ADV' && start - 1 === 0))) return null;
    // After "and"/"but" only a name starts a new subject: "… and several times described" goes on with the first.
    if (p === 'CCONJ' && !isCap(tokens[end - 1]!.text)) return null;
  }
  if (named && tokens.slice(start, end).some((t) => /^\p{Ll}/u.test(t.text) && posOf(tokens.indexOf(t)) === 'NOUN'))
    return { start, end: named[1], apposition: { name: named, desc: [start, end] }, negated: false, passive: false };
  // A name described between commas; a phrase that a determiner opens is a description already.
  if (apposition && posOf(start) !== 'DET') return { start, end: apposition.desc[1], apposition: { name: [start, end], desc: apposition.desc }, negated: false, passive: false };
  return { start, end, apposition: null, negated: false, passive: false };
}

/**
 * The comma after the reporting verb at `vi` that closes a relative clause before the sentence's
 * main verb (tags: a finite verb or auxiliary right after it, not a participle), or null.
 */
function mainVerbComma(tokens: readonly Token[], vi: number, tags: LazyTags): number | null {
  const posOf = posReader(tokens, tags);
  for (let m = vi + 1; m < tokens.length - 1 && m - vi <= 30; m++) {
    const t = tokens[m]!.text;
    if (/^[;:"“”(]$/.test(t)) return null;
    if (t !== ',' || numberComma(tokens, m)) continue;
    const next = tokens[m + 1]!.text;
    return /^(?:VERB|AUX)$/.test(posOf(m + 1)) && /^\p{Ll}/u.test(next) && !/ing$/.test(next) ? m : null;
  }
  return null;
}

/** Whether a phrase the word lists found does not open its clause: a lower-case word other than a conjunction stands before it, so it may close a post-modifier of a longer subject. */
const endsPostModifier = (tokens: readonly Token[], span: PhraseSpan): boolean => {
  if (span.start < 2) return false;
  // "A planner at the consultancy Halden Associates, which …, advised": an apposition after a preposition.
  if (span.apposition) return POST_PREPOSITIONS.test(tokens[span.start - 1]!.text);
  const before = tokens[span.start - 1]!.text;
  if (before === 'as' && tokens[span.start - 2]!.text === 'such') return true;
  // "A survey of 1,200 residents said": a number before the head may close a post-modifier too.
  if (/^\d/.test(before) && span.start >= 3 && (numberComma(tokens, span.start - 2) || POST_PREPOSITIONS.test(tokens[span.start - 2]!.text))) return true;
  return /^\p{Ll}+$/u.test(before) && !/^(?:and|but|or|that|as|while|when|if|because|although|though|whereas|so)$/.test(before);
};

/**
 * Whether the words before the verb at `vi` can hold a subject with a post-modifier at all (a
 * preposition, "such as" or a relative pronoun among them, no quote's close right before the
 * verb), checked on the tokens so a sentence the word lists read is not sent to the tagger.
 */
function mayHaveHeadedSubject(tokens: readonly Token[], vi: number): boolean {
  const prev = tokens[vi - 1]?.text;
  if (prev === undefined || CLOSE_MARKS.has(prev) || /^["“”]$/.test(prev)) return false;
  for (let k = Math.max(0, vi - 30); k < vi; k++) {
    const t = tokens[k]!.text;
    // ("The contractor that laid the cables said": a restrictive "that" after a word opens a relative clause too.)
    if (POST_PREPOSITIONS.test(t) || RELATIVE_OPENER.test(t) || t === 'as' || (t === 'that' && k >= 1)) return true;
    // "A report published before the vote found": a participle's phrase of time.
    if (TIME_PREPOSITION.test(t) && k >= 2 && /^\p{Ll}+(?:ed|en|wn)$/u.test(tokens[k - 1]!.text)) return true;
    // "An engineering survey commissioned last year found": a participle and a bare phrase of time.
    // ("carried out last year": past the participle's particle.)
    const p = /^(?:out|up)$/.test(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
    if (/^(?:last|this|earlier)$/.test(t) && p >= 1 && /^\p{Ll}+(?:ed|en|wn)$/u.test(tokens[p]!.text)) return true;
  }
  return false;
}


/** Content that only asks someone to act: "(to the firm) asking it to reconsider", "urging them not to sell". */
const REQUEST_ONLY = /^(?:to\s+[^,;:"“”]{1,40}?\s+)?\p{Ll}+ing\s+(?:it|him|her|them|us|me)\s+(?:not\s+)?to\s+\p{Ll}[^,;:"“”]*$/u;
/** Words of time that are prepositions or conjunctions ("after the vote", "after the vote was held"). */
const TIME_CONJUNCTION = /^(?:after|before|until|till|since|once)$/i;
/** Prepositions of time that join a participle's phrase ("published before the vote", "agreed after the talks"). */
const TIME_PREPOSITION = /^(?:before|after|during|until|ahead)$/;
/** Prepositions that open a post-modifier of a speaker's head noun ("residents of X", "officials at Y", "a survey by Z"). */
const POST_PREPOSITIONS = /^(?:of|at|in|into|from|for|by|with|on|near|across|outside|inside|around|within|among|throughout|under|along|alongside|beside|behind|below|above|beyond|against|opposite|over|between)$/;
/** Words that open a relative clause between a subject and its verb ("Officials at X, which …, said"). */
const RELATIVE_OPENER = /^(?:who|which|where|whose|whom)$/;

/**
 * The clause's subject before the reporting verb at `vi`, by structure from the tags: a noun
 * chunk (determiner, adjectives, nouns, names) and its head, then post-modifiers — a preposition
 * with its noun phrase ("Residents of the neighbouring village of Upper Tarne", "Officials at
 * Grensby airport", "A survey by the Merrow Institute") and a past participle with its own
 * phrases ("published last week", "commissioned by the council") — with a relative clause or an
 * apposition between commas skipped before the verb ("Officials at X, which will lose four
 * routes, said"). It must open its clause (sentence start, comma, conjunction). Returns the span
 * from the chunk to the end of the prepositional post-modifiers (a participle's phrase is left
 * out) and the head's token index; null when the head cannot speak: a name, a role, group or
 * body noun, or a study, survey or report (WordNet).
 */
function headedSubject(tokens: readonly Token[], vi: number, tags: LazyTags): { span: PhraseSpan; head: number; author: PhraseSpan | null; evidence: boolean } | null {
  const posOf = posReader(tokens, tags);
  // "sent to", "held by", "kept in": an irregular past form (it differs from its lemma by the tags,
  // ends in no -s or -ing) before a preposition.
  const participle = (i: number): boolean =>
    posOf(i) === 'VERB' &&
    (/^\p{Ll}+(?:ed|en|wn|ne)$/u.test(tokens[i]!.text) ||
      (/^\p{Ll}{3,}$/u.test(tokens[i]!.text) && !/(?:s|ing)$/.test(tokens[i]!.text) && (/^(?:to|by|in|at|on|for|from|with)$/.test(tokens[i + 1]?.text ?? '') || (TIME_PREPOSITION.test(tokens[i + 1]?.text ?? '') && i >= 1 && nominal(i - 1) && takesObject(taggedAt(tags(), tokens[i]!.start)?.lemma ?? ''))) && taggedAt(tags(), tokens[i]!.start)?.lemma !== tokens[i]!.text));
  // ("the capsize": a bare verb form right after a determiner is a noun the tagger misread.)
  const nominal = (i: number): boolean =>
    /^(?:NOUN|PROPN|NUM)$/.test(posOf(i)) || (capWord(tokens[i]!.text) && isWord(tokens[i]!.text)) || (i >= 1 && posOf(i) === 'VERB' && /^(?:the|a|an)$/i.test(tokens[i - 1]!.text) && /^\p{Ll}+$/u.test(tokens[i]!.text) && !/(?:ing|ed)$/.test(tokens[i]!.text));
  // A participle after a noun within twelve tokens before `j` ("a poll carried out by …").
  const earlierParticiple = (j: number): boolean => {
    for (let q = j; q >= 1 && j - q <= 12; q--) if (participle(q) && nominal(q - 1)) return true;
    return false;
  };
  // "to" at `i` after a lower-case document or message noun (tags: a noun).
  const documentTo = (i: number): boolean => tokens[i]!.text === 'to' && i >= 1 && posOf(i - 1) === 'NOUN' && /^\p{Ll}+$/u.test(tokens[i - 1]!.text) && documentNoun(tokens[i - 1]!.text);
  const objectPronoun = (i: number): boolean => i >= 2 && /^(?:him|her|them|us|me)$/.test(tokens[i]!.text) && tokens[i - 1]!.text === 'to' && participle(i - 2);
  // "Residents close to the quarry", "Families living by the river": an adjective or an -ing form
  // (tags) after a noun that joins a preposition's phrase to it, a post-modifier like "of" or "near".
  const linking = (i: number): boolean => i >= 1 && nominal(i - 1) && (posOf(i) === 'ADJ' || (posOf(i) === 'VERB' && /^\p{Ll}+ing$/u.test(tokens[i]!.text))) && (POST_PREPOSITIONS.test(tokens[i + 1]?.text ?? '') || tokens[i + 1]?.text === 'to');
  const before = subjectEnd(tokens, vi, posOf);
  if (before === null) return null;
  let i = before;
  let agentSkipped = false;
  // "The head of the body that oversees river crossings, Jane Doe, said": a name apposed between
  // commas to a headed subject is who speaks (`PhraseSpan.apposition`).
  let apposedName: [number, number] | null = null;
  let commaBy: PhraseSpan | null = null;
  // A relative clause or an apposition between commas before the verb.
  for (let guard = 0; guard < 2 && i >= 2 && tokens[i]!.text === ','; guard++) {
    let k = i - 1;
    while (k >= 0 && i - k <= 30 && (!/^[,;:"“”(]$/.test(tokens[k]!.text) || numberComma(tokens, k))) k--;
    if (k < 1 || tokens[k]!.text !== ',' || i - k < 2) return null;
    const relative = RELATIVE_OPENER.test(tokens[k + 1]!.text);
    // "The report, by the Aldmoor Inspectorate, described …": an author between commas right after the head.
    if (guard === 0 && tokens[k + 1]!.text === 'by' && i - k > 2) commaBy = { start: k + 2, end: i, apposition: null, negated: false, passive: false };
    // "Acme's head of sales, Mara Quist, said": a name between the commas is the speaker's, the lists' to read,
    // unless it ends a participle's phrase ("The letter, signed by its general secretary, Paul Okafor, warned"):
    // then both pairs are skipped and the noun before them speaks.
    if (guard === 0 && tokens.slice(k + 1, i).every((t) => capWord(t.text))) {
      let k2 = k - 1;
      while (k2 >= 0 && k - k2 <= 16 && tokens[k2]!.text !== ',') k2--;
      if (k2 < 1 || tokens[k2]!.text !== ',' || !participle(k2 + 1) || tokens[k2 + 2]?.text !== 'by') {
        // (Only after a relative clause of the subject's, which the lists cannot read past.)
        if (!tokens.slice(Math.max(0, k - 14), k).some((t) => /^(?:that|which|who)$/.test(t.text))) return null;
        apposedName = [k + 1, i];
        i = k - 1;
        continue;
      }
      i = k2 - 1;
      agentSkipped = true;
      break;
    }
    if (!relative) {
      // "A memo sent on Tuesday, two days before the public was told, warns": a clause after a
      // subordinating conjunction is an adverbial's.
      for (let m = k + 1; m < i && !(m > k + 1 && RELATIVE_OPENER.test(tokens[m]!.text)) && posOf(m) !== 'SCONJ' && !/^(?:before|after|since|until)$/.test(tokens[m]!.text); m++) {
        const p = posOf(m);
        if (p === 'AUX' || (p === 'VERB' && !participle(m) && !/ing$/.test(tokens[m]!.text))) return null;
      }
    }
    i = k - 1;
  }
  // "Two analysts who cover the company said", "Parents whose children attend the school said": a
  // restrictive relative clause after the head, with a verb of its own, is skipped; the noun before it speaks.
  let relativeSkipped = false;
  for (let r = i; r >= 1 && i - r <= 12 && !/^[,;:"“”()]$/.test(tokens[r]!.text); r--) {
    // "The chairman of the committee which approved the scheme said": "which" or "that" too, when
    // a clause stands between it and the verb ("a review that described …" is the review's verb).
    if (!/^(?:who|whose)$/.test(tokens[r]!.text) && !(r < i && /^(?:which|that)$/.test(tokens[r]!.text))) continue;
    // "who deal in …": a verb right after "who" that the tagger read as a noun.
    // ("the agency that licenses ferries": after "that" or "which" as well.)
    // ("the family who own it": after "who", a word the tagger read as an adjective that WordNet knows as a verb.)
    let verb = tokens[r]!.text !== 'whose' && r < i && /^\p{Ll}+$/u.test(tokens[r + 1]!.text) && (posOf(r + 1) === 'NOUN' || (tokens[r]!.text === 'who' && posOf(r + 1) === 'ADJ' && (baseForms(tokens[r + 1]!.text).get('verb') ?? []).length > 0));
    for (let m = r + 1; m <= i; m++) verb ||= /^(?:VERB|AUX)$/.test(posOf(m));
    if (r < i && verb && nominal(r - 1)) {
      i = r - 1;
      relativeSkipped = true;
    }
    break;
  }
  if (i < 0 || !nominal(i)) return null;
  const end = i + 1;
  let start = i;
  // Where the prepositional post-modifiers end: a participle's phrase after them is left out.
  let keepEnd = end;
  for (let j = i - 1; j >= 0 && end - j <= 24; j--) {
    const t = tokens[j]!.text;
    const p = posOf(j);
    // "A survey of 1,200 residents": a number's comma stays inside it.
    if (t === '&' || /^['’]s?$/.test(t) || nominal(j) || p === 'ADJ' || p === 'NUM' || numberComma(tokens, j)) {
      start = j;
      continue;
    }
    // "The owner of the only bakery", "the most senior officer": an adverb between a determiner and the chunk.
    if (p === 'ADV' && start === j + 1 && j >= 1 && posOf(j - 1) === 'DET' && /^\p{Ll}+$/u.test(t)) {
      start = j;
      continue;
    }
    // "A memo sent to store managers": the tagger reads a noun that can be a verb after "to" as an infinitive.
    if (p === 'VERB' && j >= 2 && tokens[j - 1]!.text === 'to' && participle(j - 2) && start === j + 1 && nominal(j + 1)) {
      start = j;
      continue;
    }
    // "A letter sent to him by the board": a pronoun as the participle's object.
    if (objectPronoun(j) && start === j + 1) {
      start = j;
      continue;
    }
    // ("That survey, by Greyling Ecology, found …": a demonstrative opening the sentence, whatever its tag.)
    if (p === 'DET' || /^(?:the|a|an|its|their|his|her|our)$/i.test(t) || (j === 0 && /^(?:This|That|These|Those)$/.test(t))) {
      start = j;
      // A determiner opens the chunk, unless a preposition joins it to a head before it.
      // ("A notice taped to the door": "to" after a participle joins too.)
      // ("A report published before the vote": a preposition of time after a participle joins too.)
      if (j >= 1 && (POST_PREPOSITIONS.test(tokens[j - 1]!.text) || (tokens[j - 1]!.text === 'as' && tokens[j - 2]?.text === 'such') || ((tokens[j - 1]!.text === 'to' || TIME_PREPOSITION.test(tokens[j - 1]!.text)) && j >= 2 && (participle(j - 2) || documentTo(j - 1) || linking(j - 2))))) continue;
      break;
    }
    // "the neighbouring village": a participle inside a chunk that a determiner opens.
    // ("the only working mine": past an adverb after the determiner.)
    if (p === 'VERB' && /^\p{Ll}+(?:ing|ed)$/u.test(t) && j >= 1 && (posOf(j - 1) === 'DET' || (j >= 2 && posOf(j - 1) === 'ADV' && posOf(j - 2) === 'DET')) && nominal(j + 1)) {
      start = j;
      continue;
    }
    if (linking(j) && start === j + 1) {
      start = j;
      continue;
    }
    // "A memo sent to council members": "to" after a participle opens its phrase too, and so it does
    // after a document or message (WordNet, `documentNoun`): "a report to councillors", "a letter to parents".
    if ((POST_PREPOSITIONS.test(t) || (t === 'to' && j >= 1 && (participle(j - 1) || documentTo(j) || linking(j - 1))) || (TIME_PREPOSITION.test(t) && j >= 1 && participle(j - 1))) && j >= 1 && (nominal(j - 1) || participle(j - 1) || objectPronoun(j - 1) || posOf(j - 1) === 'ADJ' || linking(j - 1) || /^(?:out|up)$/.test(tokens[j - 1]!.text))) {
      start = j;
      continue;
    }
    // "groups such as Green Watch and Forest First": examples after the head.
    if (t === 'as' && tokens[j - 1]?.text === 'such' && j >= 2 && nominal(j - 2)) {
      start = j - 1;
      j--;
      continue;
    }
    // Names joined by "and" inside a post-modifier ("… in Norway and Sweden").
    if (t === 'and' && j >= 1 && nominal(j - 1) && nominal(j + 1) && start === j + 1 && tokens.slice(0, j).some((x) => POST_PREPOSITIONS.test(x.text) || x.text === 'as')) {
      start = j;
      continue;
    }
    // "a poll carried out by X in May and published on Friday": a second participle joined by "and".
    if (participle(j) && j >= 3 && tokens[j - 1]!.text === 'and' && nominal(j - 2) && earlierParticiple(j - 2)) {
      start = j - 1;
      j--;
      continue;
    }
    // "A study published (on Monday)", "a survey carried out by X": a participle after a noun.
    if (participle(j) && j >= 1 && nominal(j - 1)) {
      start = j;
      keepEnd = j;
      continue;
    }
    // ("a nurse visiting from out of state": "out" after a preposition, before its "of".)
    if (/^(?:out|up)$/.test(t) && j >= 1 && (participle(j - 1) || (POST_PREPOSITIONS.test(tokens[j - 1]!.text) && tokens[j + 1]?.text === 'of'))) {
      start = j;
      continue;
    }
    break;
  }
  while (start < end && (POST_PREPOSITIONS.test(tokens[start]!.text) || participle(start))) start++;
  if (start >= end) return null;
  if (start > 0) {
    const before = tokens[start - 1]!.text;
    const p = posOf(start - 1);
    // "… after tests by the Food Safety Office found traces of lead": a subordinator the tagger reads as a preposition opens a clause too (as in `taggedSubject`).
    const subordinator = p === 'ADP' && /^(?:after|before|since|until|once)$/i.test(before);
    if (!(before === ',' || before === ';' || before === ':' || /["“”(]/.test(before) || p === 'CCONJ' || p === 'SCONJ' || subordinator)) return null;
  }
  // The head: the last word of the chunk that opens the phrase, before its first preposition or participle.
  let head = start;
  while (head + 1 < keepEnd && !POST_PREPOSITIONS.test(tokens[head + 1]!.text) && !participle(head + 1) && !linking(head + 1) && !documentTo(head + 1) && !/^(?:,|such|and)$/.test(tokens[head + 1]!.text)) head++;
  while (head > start && /^['’]s?$/.test(tokens[head]!.text)) head--;
  const word = tokens[head]!.text;
  const lower = head === 0 && /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word;
  // "Shipping agents in the port, which …, said": before a verb of saying, a plural whose
  // second or third sense is people speaks too.
  // "A notice taped to the door reads", "A hand-painted sign by the gate says": a noun whose first
  // sense is one of communication (WordNet) speaks through a verb of saying as a document does.
  // "Residents of the square complained (to the council) that …": a that-clause after the verb (or
  // after its listener) makes any verb of saying strong enough for people to speak.
  const thatAfter = tokens[vi + 1]?.text === 'that' || (tokens[vi + 1]?.text === 'to' && tokens.slice(vi + 2, vi + 9).some((t) => t.text === 'that') && !tokens.slice(vi + 2, vi + 9).some((t) => /^[,;:"“”]$/.test(t.text)));
  // "Logs kept at the depot showed that …": a verb of evidence before "that" wants a source, so
  // a noun with a written record among its first senses (`recordNoun`) is read as one.
  const speaks = isCap(lower) ? posOf(head) === 'PROPN' : isRoleWord(lower) || isGroupWord(lower) || findingNoun(lower) || messageNoun(lower) || (STRONG_SPEECH_VERBS.has(tokens[vi]!.text) && peopleNoun(lower)) || (thatAfter && (peopleNoun(lower) || personNoun(lower) || (tokens[vi + 1]?.text === 'that' && EVIDENCE_VERB.test(tokens[vi]!.text) && recordNoun(lower))));
  // "Figures released on Friday by the statistics office showed …": what a body released shows
  // what the body found; the agent after the participle's "by" speaks for any noun before a verb of evidence.
  if (!speaks && EVIDENCE_VERB.test(tokens[vi]!.text) && (posOf(head) === 'NOUN' || lower !== word) && keepEnd < end && participle(keepEnd)) {
    const by = tokens.findIndex((t, k) => k > keepEnd && k < end - 1 && t.text === 'by');
    // ("A map drawn in 1843 and kept by the parish shows", "a memo seen by this paper": who keeps,
    // holds or sees a thing — a verb whose first sense is a state or a perception, WordNet — made
    // none of it.)
    const agentVerb = by > 0 ? (taggedAt(tags(), tokens[by - 1]!.start)?.lemma ?? tokens[by - 1]!.text) : '';
    const firstSense = by > 0 ? sensesOf(agentVerb, 'verb')[0] : undefined;
    const keeps = firstSense !== undefined && /^verb\.(?:stative|perception)$/.test(synsetAt('verb', firstSense)?.lexname ?? '');
    // The thing itself then shows it, when it is a made thing or one of communication (WordNet's
    // first sense: a map, a chart, a letter).
    if (keeps && /^\p{Ll}+$/u.test(lower) && madeThing(lower)) return { span: { start, end: keepEnd, apposition: null, negated: false, passive: false }, head, author: null, evidence: true };
    if (by > 0 && !keeps) return { span: { start: by + 1, end, apposition: null, negated: false, passive: false }, head, author: { start: by + 1, end, apposition: null, negated: false, passive: false }, evidence: true };
  }
  // "…, the trade body that speaks for the weavers said": before a relative clause with a verb of its own, a
  // determined noun with a sense WordNet files as a group (`bodyNoun`: "body", "board") speaks too.
  const body = !speaks && relativeSkipped && /^\p{Ll}+$/u.test(lower) && /^(?:the|a|an)$/i.test(tokens[start]!.text) && bodyNoun(nounLemma(lower));
  if ((!speaks && !body) || head === start + 0 && posOf(head) === 'DET') return null;
  // (The author rule: a study's author between commas speaks for it, as one after "by" does.)
  if (commaBy && end - 1 === head && findingNoun(lower)) return { span: { start, end, apposition: null, negated: false, passive: false }, head, author: commaBy, evidence: true };
  // Only a phrase with a post-modifier is this function's to find; a bare chunk the lists read already.
  if (end - 1 === head && !agentSkipped && !relativeSkipped && !apposedName) return null;
  if (apposedName) return { span: { start, end: apposedName[1], apposition: { name: apposedName, desc: [start, keepEnd] }, negated: false, passive: false }, head, author: null, evidence: false };
  // "A survey by the Merrow Institute": a study's author speaks for it.
  // ("A review by researchers at the University of Pellow found": unnamed authors leave the study to speak.)
  const named = (k: number): boolean => isCap(tokens[/^(?:the|a|an)$/i.test(tokens[k]?.text ?? '') ? k + 1 : k]?.text ?? '');
  const by = head + 1 < keepEnd - 1 && tokens[head + 1]!.text === 'by' && findingNoun(lower) && named(head + 2) ? head + 2 : -1;
  const author: PhraseSpan | null = by > 0 ? { start: by, end: keepEnd, apposition: null, negated: false, passive: false } : null;
  return { span: { start, end: keepEnd, apposition: null, negated: false, passive: false }, head, author, evidence: findingNoun(lower) };
}

/**
 * "Buyers include a cellist in Ottery, Vermont, who told …": a "name" apposed to a description
 * that ends with a place after a preposition is the place's region (`regionName`), so the speaker
 * is the noun phrase the place modifies, from its determiner to the region ("a cellist in Ottery,
 * Vermont"). Null when the apposition is no such region or no determined noun stands before the preposition.
 */
function placedNoun(tokens: readonly Token[], span: PhraseSpan): PhraseSpan | null {
  const a = span.apposition;
  if (!a || a.name[1] - a.name[0] !== 1 || !regionName(tokens[a.name[0]]!.text) || tokens[a.name[0] - 1]?.text !== ',') return null;
  let k = a.name[0] - 2;
  while (k > 0 && isCap(tokens[k]!.text) && isWord(tokens[k]!.text)) k--;
  if (k === a.name[0] - 2 || !/^(?:in|near|from|outside|of)$/.test(tokens[k]?.text ?? '')) return null;
  // The noun before the preposition and its determiner, at most two modifiers before it.
  for (let d = k - 2; d >= Math.max(0, k - 4); d--)
    if (/^(?:a|an|the|one)$/i.test(tokens[d]!.text)) return tokens.slice(d + 1, k).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) ? { start: d, end: a.name[1], apposition: null, negated: false, passive: false } : null;
  return null;
}

/**
 * The antecedent of a relative clause that opens after the comma at `comma` ("criticism from
 * teachers at the school, who argued …", "a report by Budget Watch, which concluded …"), by the
 * tags: the noun chunks before the comma joined by prepositions ("of", "at", "from" …), and of
 * them the leftmost whose head can speak (a name, a role, group or body noun, a study), with
 * its post-modifiers; a study's author when "by" follows it. Null when no head can speak ("the
 * bridge, which opened …").
 */
function antecedentOf(tokens: readonly Token[], comma: number, tags: LazyTags, documentsOnly = false, subject = false): { span: PhraseSpan; document: boolean } | null {
  const posOf = posReader(tokens, tags);
  const nominal = (i: number): boolean => /^(?:NOUN|PROPN|NUM)$/.test(posOf(i)) || (capWord(tokens[i]!.text) && isWord(tokens[i]!.text));
  // Chunks from right to left: [start, end) each, joined by prepositions.
  const chunks: Array<[number, number]> = [];
  let j = comma - 1;
  while (j >= 0 && comma - j <= 20) {
    const end = j + 1;
    if (!nominal(j)) break;
    while (j >= 0 && (nominal(j) || /^(?:ADJ|DET)$/.test(posOf(j)) || POSSESSIVE.test(tokens[j]!.text) || /^(?:['’]s?|&)$/.test(tokens[j]!.text))) {
      j--;
      if (posOf(j + 1) === 'DET' || POSSESSIVE.test(tokens[j + 1]!.text)) break;
    }
    // "Rivet Corp. and Bolt & Co., who …": names joined by "and" are one antecedent.
    const last = chunks[0];
    if (last && last[0] === end + 1 && tokens[end]?.text === 'and') chunks[0] = [j + 1, last[1]];
    else chunks.unshift([j + 1, end]);
    if (j >= 1 && POST_PREPOSITIONS.test(tokens[j]!.text) && nominal(j - 1)) j--;
    else if (j >= 1 && tokens[j]!.text === 'and' && capWord(tokens[j - 1]!.text) && capWord(tokens[j + 1]!.text)) j--;
    else break;
  }
  // "The company, which said last year that …, reported a loss": a relative clause after the
  // sentence's subject is a parenthetical whose end the content would run past; only an
  // antecedent inside the sentence (an object, a prepositional phrase) is read.
  // `subject`: the caller bounds the content at the clause's closing comma, so the sentence's
  // subject is read too ("The Green League, which has argued that …, holds 14 seats").
  if (chunks.length === 0) return null;
  const opensSentence = chunks[0]![0] <= 0 || /^[,;:"“(]$/.test(tokens[chunks[0]![0] - 1]!.text);
  if (subject ? !opensSentence : chunks[0]![0] <= 0 || (!documentsOnly && opensSentence)) return null;
  for (let c = 0; c < chunks.length; c++) {
    const [start, end] = chunks[c]!;
    let head = end - 1;
    while (head > start && /^['’]s?$/.test(tokens[head]!.text)) head--;
    const word = tokens[head]!.text;
    const lower = head === 0 && /^\p{Lu}\p{Ll}+$/u.test(word) ? word.toLowerCase() : word;
    // A document is counted and determined ("a report", "the study"); bare "criticism" is no writing here.
    const document = findingNoun(lower) && (posOf(start) === 'DET' || POSSESSIVE.test(tokens[start]!.text));
    const speaks = documentsOnly ? document : isCap(lower) ? posOf(head) === 'PROPN' || capWord(lower) : isRoleWord(lower) || isGroupWord(lower) || document;
    if (!speaks) continue;
    const author = findingNoun(lower) && tokens[end]?.text === 'by' && chunks[c + 1] ? chunks[c + 1]![0] : -1;
    return { span: { start: author >= 0 ? author : start, end: comma, apposition: null, negated: false, passive: false }, document };
  }
  return null;
}

/** "Records from the harbour office", "Logs": a plural record or study with no determiner opening the sentence (any case: "Records" opens it capitalised). */
function bareRecords(tokens: readonly Token[], span: PhraseSpan): boolean {
  if (span.start !== 0 || span.apposition) return false;
  let head = 0;
  while (head + 1 < span.end && !POST_PREPOSITIONS.test(tokens[head + 1]!.text) && /^\p{Ll}/u.test(tokens[head + 1]!.text)) head++;
  const word = tokens[head]!.text.toLowerCase();
  return /^\p{L}+s$/u.test(word) && documentNoun(word) && (baseForms(word).get('noun') ?? []).some((b) => b !== word);
}

/** Whether a speaker span is a determined study, poll or review ("the review", "a poll of 1,000 voters"): its chunk's head is a `findingNoun`. */
function isDocumentSpan(tokens: readonly Token[], span: PhraseSpan, tags: LazyTags, messages = false): boolean {
  if (span.apposition) return false;
  const determiner = (w: string | undefined): boolean => w !== undefined && /^(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)$/.test(w);
  // The lists may leave the determiner out of the span ("The review" → "review").
  // "Internal emails obtained by …", "Court documents show": a plural needs none when it opens the clause.
  const bare = messages && (span.start === 0 || /^[,;:(]$/.test(tokens[span.start - 1]!.text)) ? span.start - 1 : -2;
  const open = determiner(tokens[span.start]!.text) ? span.start : determiner(tokens[span.start - 1]?.text) ? span.start - 1 : bare;
  if (open < -1) return false;
  let head = open + 1;
  while (head + 1 < span.end && !POST_PREPOSITIONS.test(tokens[head + 1]!.text) && /^\p{Ll}/u.test(tokens[head + 1]!.text)) head++;
  const word = tokens[head]?.text ?? '';
  if (head >= span.end || !(messages ? documentNoun(word) : findingNoun(word)) || (open === bare && !(/s$/.test(word) && taggedAt(tags(), tokens[head]!.start)?.lemma !== word))) return false;
  return taggedAt(tags(), tokens[head]!.start)?.pos === 'NOUN';
}

/**
 * The noun phrase a past participle describes when `span` is that participle's agent ("A study
 * commissioned by [the council]", "Residents interviewed by [the Gazette]"), by the tags: "by"
 * before the span, a past participle (VBN-like: a VERB ending in -ed/-en) before "by", and a noun
 * phrase before that which opens its clause. Null when the span is no such agent.
 */
function describedByParticiple(tokens: readonly Token[], span: PhraseSpan, tags: LazyTags): PhraseSpan | null {
  const by = span.start - 1;
  if (by < 2 || tokens[by]!.text !== 'by') return null;
  const verb = taggedAt(tags(), tokens[by - 1]!.start);
  if (!verb || verb.pos !== 'VERB' || !/^\p{Ll}+(?:ed|en)$/u.test(tokens[by - 1]!.text)) return null;
  const head = phraseBefore(tokens, by - 1, true);
  if (!head || head.end !== by - 1 || head.negated || head.passive) return null;
  // "Data compiled by the Halden Post suggests …": figures and data do not speak, their compiler does.
  const word = tokens[head.end - 1]!.text;
  const lower = head.end - 1 === 0 ? word.toLowerCase() : word;
  return isCap(lower) || isRoleWord(lower) || isGroupWord(lower) || findingNoun(lower) ? head : null;
}

/**
 * "Workers leaving the night shift said …", "Parents waiting at the gates told …": the sentence
 * opens with a plural noun of people (WordNet: a role, a group or a person noun; a determiner and
 * adjectives may come first), a present participle (tags) right after it, then the participle's
 * object (no comma, no finite verb) up to the reporting verb at `vi`: the people speak, the whole
 * phrase. Null for anything else.
 */
function participleModified(tokens: readonly Token[], vi: number, tags: LazyTags): PhraseSpan | null {
  if (vi < 3) return null;
  let p = 1;
  while (p < vi && p <= 4 && !/^\p{Ll}{3,}ing$/u.test(tokens[p]!.text)) p++;
  if (p >= vi - 1 || p > 4) return null;
  const all = tags();
  const posAt = (i: number): string => taggedAt(all, tokens[i]!.start)?.pos ?? '';
  if (posAt(p) !== 'VERB') return null;
  const head = tokens[p - 1]!.text.toLowerCase();
  // (The tagger reads a plural capitalised only as the sentence's first word as a name.)
  if (!(posAt(p - 1) === 'NOUN' || (p === 1 && posAt(0) === 'PROPN')) || !/s$/.test(head) || !(isRoleWord(head) || isGroupWord(head) || personNoun(head))) return null;
  for (let i = 0; i < p - 1; i++) if (!/^(?:DET|ADJ|NOUN|NUM)$/.test(posAt(i))) return null;
  for (let i = p + 1; i < vi; i++) if (!/^(?:ADP|DET|NOUN|PROPN|ADJ|NUM|ADV|PART|PRON)$/.test(posAt(i)) || tokens[i]!.text === ',') return null;
  // (The whole phrase, as "Residents close to the quarry" reads in subjectPhrase: who they are.)
  return { start: 0, end: vi, apposition: null, negated: false, passive: false };
}

/**
 * `said Acme's sales, service, and marketing vice president in a call`: a name in the
 * possessive opens a descriptor that goes on to its head noun (tags: nouns and adjectives, a
 * list joined by commas and "and"), not a speaker of its own.
 */
function roleAfterPossessive(tokens: readonly Token[], span: PhraseSpan, tags: LazyTags): PhraseSpan {
  if (span.apposition || !/\p{L}['’]s$/u.test(tokens[span.end - 1]!.text)) return span;
  const all = tags();
  let end = span.end;
  for (let j = span.end; j < tokens.length && j - span.end < 10; j++) {
    const t = taggedAt(all, tokens[j]!.start);
    const w = tokens[j]!.text;
    if (t && (t.pos === 'NOUN' || t.pos === 'ADJ') && /^\p{Ll}/u.test(w)) {
      if (t.pos === 'NOUN') end = j + 1;
    } else if (w !== ',' && w !== 'and') break;
  }
  return end > span.end ? { ...span, end } : span;
}

/**
 * The word lists found no subject for the reporting verb at `vi`: read it from the tags ("Some
 * customers reported that …", "Acme Corp. and Bolt & Co., who announced that …"), where the
 * words before the verb can hold one at all (a word, or a parenthetical's opening comma).
 */
/**
 * `peopleNoun`, or a closed compound WordNet does not hold whose tail is one ("stallholders":
 * "holders"; the tail at least five letters, its head at least three).
 */
function closedPeopleNoun(word: string): boolean {
  if (peopleNoun(word)) return true;
  if (!/^\p{Ll}{8,}s$/u.test(word) || sensesOf(word, 'noun').length > 0 || (baseForms(word).get('noun') ?? []).length > 0) return false;
  for (let k = 3; k <= word.length - 5; k++) if (peopleNoun(word.slice(k))) return true;
  return false;
}

function subjectFromTags(text: string, tokens: readonly Token[], vi: number, tags: LazyTags): PhraseSpan | null {
  const tok = tokens[vi]!;
  const prev = tokens[vi - 1]?.text;
  if (prev === undefined || CLOSE_MARKS.has(prev)) return null;
  if (prev === ',' && !tokens.slice(Math.max(0, vi - 18), vi - 2).some((t) => t.text === ',' || t.text === 'who')) return null;
  const relative = prev === 'who' && tokens[vi - 2]?.text === ',';
  // "…, with Jane Doe, who called them …": a name the lists know needs no tags.
  const known = relative ? phraseBefore(tokens, vi - 2, false) : null;
  if (known && known.end === vi - 2 && isCap(tokens[known.start]!.text)) return known;
  const back = relative ? taggedSubject(tokens, vi - 2, tags, true) : taggedSubject(tokens, vi, tags);
  if (!back) return null;
  const head = tokens[(back.apposition ? back.apposition.name[1] : back.end) - 1]!.text;
  // "The flight data suggests that …" is evidence, not a speaker: after a verb of evidence a
  // common noun speaks only in the plural ("sources indicate that") or as a study ("…, the paper found").
  if (EVIDENCE_VERB.test(tok.text) && !isCap(head) && !/s$/.test(head) && !findingNoun(head)) return null;
  // "the update adds support": a common noun speaks only before a verb that says so, a
  // "that", right after a quote (`"Not us!" the landlord shouted`) or at the sentence's end.
  // "…, the authors found.": a subject and its verb that close the sentence after a comma report
  // the clause before them.
  const closing = tokens[back.start - 1]?.text === ',' && /^\s*[.!?]?\s*$/.test(text.slice(skipAdverbials(text, tok.end)));
  // "The review found no evidence …": a determined study finds whatever its object (see `isDocumentSpan`).
  const finding = EVIDENCE_VERB.test(tok.text) && isDocumentSpan(tokens, back, tags);
  // "Stallholders at the market have threatened to stop trading": people warning with an infinitive (`warnsAct`).
  const cut = tokens.findIndex((t, k) => k > back.start && k < back.end && /^(?:at|of|in|from|for|with)$/.test(t.text));
  const warning = /^\s+to\s+\p{Ll}/u.test(text.slice(tok.end)) && closedPeopleNoun((cut > 0 ? tokens[cut - 1]!.text : head).toLowerCase()) && (baseForms(tok.text.toLowerCase()).get('verb') ?? []).some(warnsAct);
  const saysSo = finding || warning || STRONG_SPEECH_VERBS.has(tok.text) || /^\s+(?:out\s+)?that\b/.test(text.slice(tok.end)) || CLOSE_MARKS.has(tokens[back.start - 1]?.text ?? '') || closing;
  return isCap(head) || saysSo ? back : null;
}

/** "as" phrases that are no judgement ("as part of", "as well", "as expected", "as a result"). */
const NOT_JUDGEMENT = /^(?:part|well|soon|long|much|many|far|such|usual|expected|planned|scheduled|promised|agreed|if|though|a\s+result|a\s+whole|of|for|to|with|from)\b/;

/**
 * "dismissed the plan as "a gift to developers"", "rejected the findings as politically
 * motivated", "dismissed the rent cap as too little": after the verb that ends at `from`, a short
 * object (tags: nouns, names, adjectives, determiners, no verb of its own) and "as" with a
 * quote, an adjective, an adverb or a noun phrase — a judgement of the object, so a claim
 * whatever the object is.
 */
function judgedAs(text: string, from: number, tags: LazyTags): boolean {
  const m = /^\s+(?:[\p{L}\p{N}'’-]+\s+){1,6}?as\s+/u.exec(text.slice(from, from + 120));
  if (!m) return reportJudgedAs(text, from, tags);
  const after = text.slice(from + m[0].length);
  if (NOT_JUDGEMENT.test(after)) return false;
  const all = tags();
  const asAt = from + m[0].length - 1;
  const object = all.filter((t) => t.start >= from && t.end <= asAt - 1);
  // ("the findings of the review": an "of" inside the object too.)
  if (object.length === 0 || object.some((t) => !(/^(?:DET|NOUN|PROPN|ADJ|NUM|PART|PRON)$/.test(t.pos) || (t.pos === 'ADP' && t.text === 'of')) || (t.pos === 'PRON' && !/^(?:its|their|his|her|our|it|them|him)$/i.test(t.text)))) return false;
  if (/^["“‘«]/u.test(after)) return true;
  const next = all.find((t) => t.start >= from + m[0].length);
  return next !== undefined && /^(?:ADJ|ADV|DET|NOUN)$/.test(next.pos);
}

/**
 * "dismissed talk that the mine could close as "speculation"", "rejected suggestions that the
 * strike was political as nonsense": a noun (tags) with a that-clause of its own, judged by "as"
 * and a quote or a short phrase that closes the sentence, is a claim about that report.
 */
function reportJudgedAs(text: string, from: number, tags: LazyTags): boolean {
  const m = /^\s+(?:[\p{L}'’-]+\s+){1,3}?that\s[^"“”;:]{3,140}?\sas\s+(?:["“‘«][^"“”]+["”’»]|(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*[.!?]?\s*$/u.exec(text.slice(from));
  if (!m) return false;
  const all = tags();
  const object = all.filter((t) => t.start >= from && t.end <= from + m[0].indexOf(' that ') + 1);
  return object.length > 0 && object.at(-1)!.pos === 'NOUN' && object.every((t) => /^(?:DET|NOUN|ADJ|PRON)$/.test(t.pos));
}

/**
 * "according to a study published on Monday in …": a determiner, up to three words and a study,
 * survey or report (WordNet `findingNoun`) followed by a participle or the clause's end is the
 * document that speaks, however its participle's phrase goes on. Null for anything else.
 */
function documentHead(tokens: readonly Token[], from: number, messages = false): PhraseSpan | null {
  // "according to court records filed …", "according to minutes of a 2021 review": a plural needs no determiner.
  // "according to its survey of 900 members, …", "according to their report on the crash, …": an owner's document with its phrase.
  const determined = /^(?:an?|the|its|their|this|that)$/i.test(tokens[from]?.text ?? '');
  for (let k = determined ? from + 1 : from; k <= from + 4 && k < tokens.length; k++) {
    const w = tokens[k]!.text;
    // ("according to a 2025 survey …", "according to a surveyor's report …": a year, or after "a" an owner's possessive, among the modifiers.)
    if (determined && (/^\d{4}$/.test(w) || (k === from + 1 && /^an?$/i.test(tokens[from]!.text) && /^\p{Ll}+['’]s$/u.test(w)))) continue;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return null;
    const next = tokens[k + 1]?.text ?? '.';
    // "according to a 2025 survey of farm walls commissioned by the guild, …": a determined study
    // and what it is of, up to a comma or a participle's agent, is the document (no author named).
    if (determined && next === 'of' && findingNoun(w))
      for (let j = k + 2; j <= k + 8 && j < tokens.length; j++) {
        const t = tokens[j]!.text;
        // (Not a number's comma, "1,500"; nor a participle after people, "a study of patients treated by the clinic", which may describe them.)
        const participle = /^\p{Ll}+(?:ed|en)$/u.test(t) && tokens[j + 1]?.text === 'by';
        if (participle && nounClass(nounLemma(tokens[j - 1]!.text.toLowerCase())) === 'person') break;
        if (j > k + 2 && ((/^[,.;]$/.test(t) && !numberComma(tokens, j)) || participle)) return { start: from, end: j, apposition: null, negated: false, passive: false };
        if (!/^[\p{L}\d][\p{L}\d'’-]*$/u.test(t) || /^(?:by|that|which|who)$/.test(t)) break;
      }
    // ("records held by the archive": an irregular participle before its agent's "by".)
    // (With `messages`, "according to the sale catalogue.": a determined written message too, `messageNoun`.)
    if ((findingNoun(w) || (messages && determined && /^[,.;]$/.test(next) && messageNoun(w))) && (determined || /[^s]s$/.test(w)) && (/^\p{Ll}+(?:ed|en)$/u.test(next) || (/^\p{Ll}{3,}$/u.test(next) && tokens[k + 2]?.text === 'by') || /^[,.;]$/.test(next) || (next === 'of' && !determined) || (/^(?:of|on|into|about|from)$/.test(next) && /^(?:its|their)$/i.test(tokens[from]!.text))))
      return { start: from, end: k + 1, apposition: null, negated: false, passive: false };
    // "according to a filing with the watchdog, …", "a report to shareholders": whom a determined
    // document (`documentNoun`) went to is no author; the document runs to the comma (`headed`).
    if (determined && /^(?:with|to)$/.test(next) && documentNoun(w)) return { start: from, end: k + 1, apposition: null, negated: false, passive: false };
    // "according to the first results of last year's survey, …": a part of a document (no person or
    // group: "the chair of the review" speaks) runs to that document.
    if (determined && next === 'of' && !isRoleWord(w) && !isGroupWord(w)) {
      for (let j = k + 2; j <= k + 7 && j + 1 < tokens.length; j++) {
        const t = tokens[j]!.text;
        if (/^[,.;]$/.test(tokens[j + 1]!.text) && findingNoun(t)) return { start: from, end: j + 1, apposition: null, negated: false, passive: false };
        if (!/^\p{Ll}[\p{Ll}-]*(?:['’]s?)?$/u.test(t) && !/^['’]s?$/.test(t) && !/^\d{4}$/.test(t)) break;
      }
    }
    // "according to the chair of last year's review, …": a role's "of" phrase with a possessive
    // inside runs whole to its last noun (the words read no further than the possessive); the
    // role speaks, named with its phrase.
    if (determined && k === from + 1 && next === 'of' && isRoleWord(w)) {
      for (let j = k + 2; j <= k + 7 && j + 1 < tokens.length; j++) {
        const t = tokens[j]!.text;
        if (/^[,.;]$/.test(tokens[j + 1]!.text) && j > k + 3 && tokens.slice(k + 2, j).some((x) => /^['’]s?$/.test(x.text) || /['’]s$/.test(x.text))) return { start: from, end: j + 1, apposition: null, negated: false, passive: false };
        if (!/^\p{Ll}[\p{Ll}-]*(?:['’]s?)?$/u.test(t) && !/^['’]s?$/.test(t) && !/^\d{4}$/.test(t)) break;
      }
    }
  }
  return null;
}

/**
 * "according to a report by the consultancy, …": the author after a document's "by" is a
 * determined noun chunk (tags: a determiner, adjectives and nouns, a noun last) up to a comma,
 * whatever WordNet files its head under ("consultancy" is an act there). Null for anything else.
 */
function authorChunk(tokens: readonly Token[], from: number, tags: LazyTags, closing = false): PhraseSpan | null {
  if (!/^(?:the|its|their|his|her)$/i.test(tokens[from]?.text ?? '')) return null;
  const all = tags();
  let end = from + 1;
  while (end < tokens.length && end - from <= 4 && /^(?:NOUN|ADJ)$/.test(taggedAt(all, tokens[end]!.start)?.pos ?? '')) end++;
  const last = taggedAt(all, tokens[end - 1]!.start);
  const closes = tokens[end]?.text === ',' || (closing && (end === tokens.length || (/^[.!?]$/.test(tokens[end]!.text) && end === tokens.length - 1)));
  return end > from + 1 && last?.pos === 'NOUN' && closes ? { start: from, end, apposition: null, negated: false, passive: false } : null;
}

/** A name apposed between commas, or at the sentence's end ("…, according to the club's finance director, Leo Marsh."). */
const APPOSED_NAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3} (?:,|[.!?]$)/u;

/**
 * "according to the sport's governing body, Hockey Wales, the rules …": an owner's description and
 * the name apposed to it between commas, where the words after the second comma keep the lists
 * from reading the apposition. Null for anything else.
 */
function possessiveApposition(tokens: readonly Token[], from: number): PhraseSpan | null {
  let k = /^(?:the|The|its|their)$/.test(tokens[from]?.text ?? '') ? from + 1 : from;
  const owner = k;
  while (k < tokens.length && k - owner < 4 && !/['’]s?$/.test(tokens[k]!.text)) k++;
  if (!/['’]s?$/.test(tokens[k]?.text ?? '')) return null;
  let comma = k + 1;
  while (comma < tokens.length && comma - k <= 5 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[comma]!.text)) comma++;
  if (comma === k + 1 || tokens[comma]?.text !== ',') return null;
  const name = APPOSED_NAME.exec(tokens.slice(comma + 1, comma + 6).map((t) => t.text).join(' '));
  if (!name) return null;
  const end = comma + 1 + name[0].split(' ').length - 1;
  return { start: from, end, apposition: { desc: [from, comma], name: [comma + 1, end] }, negated: false, passive: false };
}

/**
 * "according to the agency's own estimates", "according to Norrail's latest timetable": an
 * owner in the possessive (up to four words) and a noun phrase it owns (tags: adjectives, "own",
 * nouns, ending in a noun) up to a comma or the end: the owner speaks through its document
 * (the span is the owner's). Null for anything else ("their lawyer" is the lists' to read).
 */
function possessiveDocument(tokens: readonly Token[], from: number, tags: LazyTags): (PhraseSpan & { owner: [number, number] }) | null {
  let k = from;
  if (/^(?:the|The|its|their)$/.test(tokens[k]?.text ?? '')) k++;
  const owner = k;
  while (k < tokens.length && k - owner < 4 && !/['’]s?$/.test(tokens[k]!.text) && isWord(tokens[k]!.text)) k++;
  const tok = tokens[k];
  if (!tok || !/\p{L}['’]s?$/u.test(tok.text) || !isWord(tok.text.replace(/['’]s?$/, ''))) return null;
  const all = tags();
  let end = k + 1;
  let noun = false;
  while (end < tokens.length && end - k <= 5) {
    const t = taggedAt(all, tokens[end]!.start);
    // "the council's published tariff": a participle modifies the noun after it.
    const participle = t?.pos === 'VERB' && /^\p{Ll}+(?:ed|en)$/u.test(t.text) && end + 1 < tokens.length && end - k < 5;
    if (!t || !(t.pos === 'NOUN' || t.pos === 'ADJ' || t.text === 'own' || participle) || !/^\p{Ll}/u.test(t.text)) break;
    noun = t.pos === 'NOUN';
    end++;
  }
  const stop = tokens[end]?.text;
  if (!noun || (stop !== undefined && stop !== ',' && stop !== '.')) return null;
  // "according to the sport's regulator, Rowing Scotland, …": a name in apposition is who speaks (`phraseAfter`).
  if (stop === ',' && APPOSED_NAME.test(tokens.slice(end + 1, end + 6).map((t) => t.text).join(' '))) return null;
  // "according to Norland's transport ministry": a head that is itself a body (`nounClass`) speaks
  // with its owner, the whole possessive phrase (`phraseAfter`), not the owner alone.
  if (nounClass(tokens[end - 1]!.text) === 'org') return null;
  return { start: from, end, apposition: null, negated: false, passive: false, owner: [from, k + 1] };
}

/**
 * Whether the words from `pos` are an offence as a plea's object (`pleaObject`): a gerund whose
 * first sense commits one (`offenceAct`: "assaulting a steward", "breaching safety law"), or a
 * noun phrase headed by an offence, an offence's deed or a criminal charge ("eleven offences", "two
 * breaches", "the charges"), or by
 * a counted noun that is no statement of anyone's whose "of" names one ("three counts of fraud";
 * "allegations of fraud" are someone's claim).
 */
function pleaObject(tokens: readonly Token[], pos: number, tags: readonly TaggedToken[]): boolean {
  const from = tokens.findIndex((t) => t.start >= pos);
  if (from < 0) return false;
  const first = taggedAt(tags, tokens[from]!.start);
  if (!first) return false;
  // ("admitted failing to check the brakes": leaving a duty undone, `omitsFirst`, before its infinitive.)
  if (first.pos === 'VERB' && /ing$/.test(first.text)) return offenceAct(first.text) || (omitsFirst(first.lemma) && tokens[from + 1]?.text === 'to');
  let head: string | null = null;
  let counted = false;
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const t = taggedAt(tags, tokens[k]!.start);
    if (!t) return false;
    // "two breaches of …": the tagger reads a plural after a number as a verb; a number counts a noun.
    if (t.pos === 'NOUN' || (head === null && counted && t.pos === 'VERB' && (baseForms(t.text.toLowerCase()).get('noun') ?? []).length > 0)) {
      head = t.text;
      continue;
    }
    if (head === null && t.pos === 'NUM') counted = true;
    if (head === null && /^(?:DET|NUM|ADJ|ADV|PRON)$/.test(t.pos)) continue;
    break;
  }
  if (head === null) return false;
  // "three breaches of fire safety law": a noun for an offence's deed (`offenceDeed`) is one too.
  if (offenceNoun(head) || offenceDeed(head)) return true;
  const at = tokens.findIndex((t) => t.start > pos && t.text === head);
  if (tokens[at + 1]?.text !== 'of' || communicationNoun(head.toLowerCase())) return false;
  // "denies four counts of supplying controlled drugs": a counted head, then an act's gerund, is a charge sheet's.
  const gerund = taggedAt(tags, tokens[at + 2]?.start ?? -1);
  if (counted && gerund?.pos === 'VERB' && /\p{Ll}{3,}ing$/u.test(gerund.text)) return true;
  for (let k = at + 2; k < Math.min(tokens.length, at + 6); k++) {
    const t = taggedAt(tags, tokens[k]!.start);
    if (!t || !/^(?:NOUN|ADJ|DET)$/.test(t.pos)) break;
    if (t.pos === 'NOUN' && offenceNoun(t.text)) return true;
  }
  return false;
}

/** Tags of a short object before an indirect question ("asked the witness whether"). */
const OBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'PART']);

/**
 * A complement that reports by the verb's frames (WordNet, `complementsOf`), for the verb at
 * `vi` whose words would start at `pos`: "asked the witness whether …" (a short object, then an
 * indirect question: the content starts at "whether"), "wanted to know why …" (a verb of wanting
 * or asking, not after a modal: "will want to know" is the article's guess), "promised to
 * "govern for all"" (a commitment's infinitive), "advised anyone who … to see a doctor" (advice:
 * an object, then an infinitive in the same clause). Returns where the content starts, or null.
 */
function framedComplement(text: string, tokens: readonly Token[], vi: number, pos: number, lemma: string | null, tags: LazyTags): number | null {
  const after = text.slice(pos);
  const wh = /^\s+((?:[\p{L}\p{N}'’.-]+\s+){0,4}?)(whether|if|why|how)\s/u.exec(after);
  const toKnow = /^\s+to\s+know\s+(?=(?:whether|if|why|how|what|when|where|who)\s)/.exec(after);
  const toDo = /^\s+to\s+["“‘]?\p{Ll}/u.test(after);
  const gerund = /^\s+(\p{Ll}{3,}ing)\s+\p{L}/u.exec(after);
  if (!wh && !toKnow && !toDo && !gerund && !/\sto\s/.test(after)) return null;
  const all = tags();
  const verb = taggedAt(all, tokens[vi]!.start);
  if (!verb || verb.pos !== 'VERB') return null;
  const lem = lemma ?? IRREGULAR[tokens[vi]!.text] ?? verb.lemma;
  const frames = complementsOf(lem);
  // "The water board advises boiling tap water …", "The agency recommends keeping children at
  // home": advice in the present tense whose object is a gerund with its own object (a verb's
  // base form in WordNet) — the practice advised is what the body says. Only verbs that give
  // advice (WordNet frames: "advise", "urge") or "recommend", in any tense.
  if (gerund && (frames.advice || lem === 'recommend') && (baseForms(gerund[1]!).get('verb')?.length ?? 0) > 0) return pos;
  if (toKnow) {
    if (/^(?:will|would|may|might|could|should|must|to|['’]ll|['’]d)$/i.test(tokens[vi - 1]?.text ?? '')) return null;
    const first = sensesOf(lem, 'verb')[0];
    const wants = first !== undefined && synsetAt('verb', first)?.lexname === 'verb.emotion';
    return wants || frames.question || speechLemma(lem) !== null ? pos + toKnow[0].length : null;
  }
  if (wh && frames.question) {
    const object = all.filter((t) => t.start >= pos && t.end <= pos + wh[0].length - wh[2]!.length - 1);
    return object.every((t) => OBJECT_TAGS.has(t.pos)) ? pos + wh[0].length - wh[2]!.length - 1 : null;
  }
  if (toDo) return frames.commitment ? pos : null;
  if (!frames.advice) return null;
  // Advice: an object opens right after the verb, and an infinitive follows in the same clause.
  const i = all.findIndex((t) => t.start >= pos);
  if (i < 0 || !/^(?:DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(all[i]!.pos)) return null;
  for (let k = i + 1; k < all.length && k - i <= 30; k++) {
    const t = all[k]!;
    if (/^[;:.!?"“”]$/.test(t.text)) return null;
    if (t.text === 'to' && t.pos === 'PART' && all[k + 1]?.pos === 'VERB') return pos;
  }
  return null;
}

/** Tags a prepositional phrase between a reporting verb and its "that" is made of. */
const PP_TAGS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON', 'ADV', 'CCONJ', 'SYM', 'PART']);

/**
 * "said on a call with analysts that …", "told a hearing of the transport committee on Monday
 * that …": prepositional phrases (tags: a preposition, then nouns, names, determiners …, no
 * verb) between the verb and a subordinating "that" are no content. Returns where the "that"
 * stands, or `pos` unchanged.
 */
function prepositionsBeforeThat(text: string, pos: number, tags: LazyTags): number {
  if (!/^\s*,?\s*\p{Ll}+\s[^"“”:;.]{0,100}?\bthat\b/u.test(text.slice(pos, pos + 120)) || /^\s*,?\s*that\b/.test(text.slice(pos))) return pos;
  const all = tags();
  let i = all.findIndex((t) => t.start >= pos);
  // ", under questioning from the coroner, that": a comma may open the phrase; "when pressed that": so may "when" and a participle.
  if (all[i]?.text === ',') i++;
  if (i <= 0 || !(all[i]!.pos === 'ADP' || (/^(?:when|if)$/.test(all[i]!.text) && all[i + 1]?.pos === 'VERB' && /^\p{Ll}+(?:ed|en)$/u.test(all[i + 1]!.text)))) return pos;
  for (const first = i; i < all.length && i - first <= 14; i++) {
    const t = all[i]!;
    // The tagger may read "website that it was" as a relative "that": a subject, then a verb, makes it the clause's.
    // ("that Skyward’s maintenance records were", "that just three of the forty berths were": a subject of up to seven words.)
    const opensClause = (): boolean => (all[i + 1] !== undefined && !/^(?:VERB|AUX)$/.test(all[i + 1]!.pos) && all.slice(i + 2, i + 9).some((n) => /^(?:VERB|AUX)$/.test(n.pos))) || modifiedSubject(all, i + 1);
    if (t.text.toLowerCase() === 'that') return (t.pos === 'SCONJ' || opensClause()) && i > first + 1 ? all[i - 1]!.end : pos;
    // "accepted under questioning that …", "conceded, under questioning from the coroner, that …":
    // a gerund right after a preposition of circumstance names the occasion ("after hearing that",
    // "on learning that", "without knowing that" take a clause of their own and stay out);
    // "admitted when pressed that …", "said, when asked, that …": so does a participle after "when" or "if".
    const occasion =
      (t.pos === 'VERB' && /^\p{Ll}+ing$/u.test(t.text) && all[i - 1]?.pos === 'ADP' && !/^(?:after|before|since|on|upon|without|despite|by|for|about)$/i.test(all[i - 1]!.text)) ||
      (/^(?:when|if)$/.test(t.text) && all[i + 1]?.pos === 'VERB' && /^\p{Ll}+(?:ed|en)$/u.test(all[i + 1]!.text)) ||
      (t.pos === 'VERB' && /^\p{Ll}+(?:ed|en)$/u.test(t.text) && /^(?:when|if)$/.test(all[i - 1]?.text ?? ''));
    // "said in guidance published last year that …": a past participle after the phrase's noun modifies it.
    const modifier = t.pos === 'VERB' && /^\p{Ll}+(?:ed|en)$/u.test(t.text) && /^(?:NOUN|PROPN)$/.test(all[i - 1]?.pos ?? '');
    // "stated in a market filing that …", "argued in a later submission that …": the phrase's last
    // word before "that", after a determiner, a modifier or a noun, is its noun though the tagger
    // reads a verb (WordNet knows it as a noun).
    const head = t.pos === 'VERB' && all[i + 1]?.text.toLowerCase() === 'that' && /^(?:DET|ADJ|ADV|NOUN)$/.test(all[i - 1]?.pos ?? '') && /^\p{Ll}+$/u.test(t.text) && baseForms(t.text).has('noun');
    // ("wrote in the Westbury Echo that …": the tagger's "Echo" is a proper noun, see nlp.ts.)
    if (!PP_TAGS.has(t.pos) && t.text !== ',' && !occasion && !modifier && !head) return pos;
  }
  return pos;
}

/**
 * "that falling sales were …", "that repair crews could …": a verb the tagger reads right after "that"
 * (a participle or a bare form) before nouns and then an auxiliary modifies those nouns, the
 * subject of the clause "that" opens — no relative clause ("the office that trains staff" has
 * no auxiliary after its object).
 */
function modifiedSubject(all: readonly TaggedToken[], at: number): boolean {
  const v = all[at];
  if (!v || v.pos !== 'VERB' || !/^\p{Ll}+$/u.test(v.text) || !(v.text === v.lemma || /(?:ing|ed)$/.test(v.text))) return false;
  let k = at + 1;
  while (k < all.length && k - at <= 3 && /^(?:NOUN|ADJ)$/.test(all[k]!.pos)) k++;
  return k > at + 1 && all[k - 1]!.pos === 'NOUN' && all[k]?.pos === 'AUX';
}

/**
 * Where the verb group of the reporting verb at `vi` starts for `phraseBefore`: past adverbs the
 * tags name (not a negation) — "has always denied" — and past an adjective's "to" when a
 * that-clause follows — "is careful to stress that", "was quick to point out that" (the form of
 * "be" before the adjective is then the auxiliary `phraseBefore` skips). `vi` when neither.
 */
function verbGroupStart(tokens: readonly Token[], vi: number, tags: LazyTags): number {
  const posAt = (i: number): string => {
    const t = tokens[i];
    return t ? (taggedAt(tags(), t.start)?.pos ?? '') : '';
  };
  let k = vi;
  // ("has since apologised": the tagger reads a perfect's "since" as a conjunction.)
  while (k > 1 && /^\p{Ll}+$/u.test(tokens[k - 1]!.text) && !/^(?:not|never|no)$/.test(tokens[k - 1]!.text) && (posAt(k - 1) === 'ADV' || (tokens[k - 1]!.text === 'since' && /^(?:has|have|had)$/.test(tokens[k - 2]?.text ?? '')))) k--;
  // "She did say the garage would stay", "He does accept that …": an emphatic "do" before the bare
  // verb affirms it (a "not" between, "did not say", stops above and reports nothing).
  if (k >= 2 && /^(?:did|does|do)$/.test(tokens[k - 1]!.text) && taggedAt(tags(), tokens[vi]!.start)?.lemma === tokens[vi]!.text && !/^(?:how|what|why|when|where|who|whom|whether|if)$/i.test(tokens[k - 2]!.text)) k--;
  if (k < vi) return k;
  const thatAt = tokens[vi + 1]?.text === 'out' ? vi + 2 : vi + 1;
  // "that" must open a clause ("would be happy to say that in public" names a thing), and an
  // adjective negated by "un-" ("is unable to say that", "unlikely", "unwilling") reports nothing.
  const adjective = tokens[vi - 2]?.text ?? '';
  const negated = /^un\p{Ll}{3,}$/u.test(adjective) && sensesOf(adjective.slice(2), 'adj').length > 0;
  if (vi >= 3 && tokens[vi - 1]!.text === 'to' && tokens[thatAt]?.text === 'that' && /^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(posAt(thatAt + 1)) && posAt(vi - 2) === 'ADJ' && !negated && BE_FORMS.test(tokens[vi - 3]!.text)) return vi - 2;
  return vi;
}

const DETERMINER_START_WORDS = /^(?:the|a|an|its|their|his|her)$/;

function findCues(text: string, tokens: readonly Token[], inQuote: (pos: number) => boolean, tags: LazyTags): Cue[] {
  const cues: Cue[] = [];
  const figureAhead = AT_FIGURE_HINT.test(text);
  const anonAhead = ANON_HINT.test(text);
  for (let vi = 0; vi < tokens.length; vi++) {
    const tok = tokens[vi]!;
    if (inQuote(tok.start)) continue;
    // A word that no reader below can take for a cue's verb is passed over at once (`mayHeadCue`).
    if (!figureAhead && !mayHeadCue(tok.text)) {
      const next = tokens[vi + 1]?.text;
      if (next !== 'whether' && next !== 'out' && next !== 'forth') continue;
    }
    // "calls for a ban", "is calling on the government to act": the present and progressive of "called for".
    const callsFor = /^(?:calls|calling)$/.test(tok.text) && /^(?:for|on)$/.test(tokens[vi + 1]?.text ?? '') && (tok.text === 'calls' || BE_FORMS.test(tokens[vi - 1]?.text ?? ''));
    // "Its conductor calls it “the hardest score we have played”": the present of naming with a quote, as "called" is.
    const callsQuote = tok.text === 'calls' && /^\s+(?:[\p{L}'’-]+\s+){0,5}["“‘«]/u.test(text.slice(tok.end));
    const known = SPEECH_VERBS.has(tok.text) || callsFor || callsQuote;
    // "Under cross-examination, she agreed that the corridor was busy": one person agreeing to a
    // clause concedes it (a statement); two parties agreeing ("The two unions agreed that …") is
    // an agreement (checked on the subject below).
    // "agreed under cross-examination that …", "agreed in evidence that …": a short prepositional phrase may come first.
    const concedes = !known && /^(?:agreed|agrees)$/.test(tok.text) && (tokens[vi + 1]?.text === 'that' || /^\s+(?:under|in|during|at|on)\s+[\p{L}\s-]{1,40}?\s+that\s/u.test(text.slice(tok.end)));
    const lemma = known ? null : concedes ? 'agree' : (lemmaCue(tokens, vi, tags) ?? withParticiple(tokens, vi, tags) ?? whetherCue(tokens, vi, tags));
    const documentVerbEnd = known ? -1 : documentVerb(tokens, vi, tags);
    // "It recommended a full survey" after "A report … found that …": a document's verb with an "It" for its subject (`itForDocument`).
    const itDocument = !known && documentVerbEnd < 0 && itForDocument(tokens, vi, tags);
    // ("Rowe estimated the damage at about $9,000": a listed verb of estimating too, with no clause after it.)
    const estimate = figureAhead && !lemma && documentVerbEnd < 0 && estimateCue(text, tokens, vi, tags);
    // "Dana Kell … has apologised to passengers", "has thanked volunteers", "has criticised the
    // delay", "has defended the decision": a perfect of a verb naming an act done in words
    // (WordNet, `speechAct`) with an object or a "to" phrase, not a that-clause or an infinitive
    // (read as before), reports its speaker; deeds ("has hired", "has approved") do not.
    const act = !estimate && speechPerfect(tokens, vi, tags) && !(known && !WEAK_SPEECH_VERBS.has(tok.text) && !/^(?:apologi[sz]ed|thanked|defended)$/.test(tok.text));
    if (!known && !lemma && documentVerbEnd < 0 && !estimate && !act && !itDocument) continue;
    if (valuePhrasal(tokens, vi, tags)) continue;
    // "Asked how it felt, she smiled: …": the verb of an indirect question (a wh-word, a pronoun
    // subject) that a comma closes is the question's, no one's words.
    if (vi >= 2 && /^(?:how|what|why|whether)$/i.test(tokens[vi - 2]!.text) && /^(?:it|he|she|they|we|you|I)$/.test(tokens[vi - 1]!.text) && tokens[vi + 1]?.text === ',') continue;
    // "A pharmacist accused of selling fake pills will stand trial": a participle whose verb
    // charges someone of something, with "of" right after it, has lost its object: the noun
    // before it is the one charged (a passive), no speaker.
    if (chargedOf(tokens, vi)) continue;
    // "A report written last year shows that …": a participle of a reduced relative clause.
    if (reducedRelative(tokens, vi, tags)) continue;
    if (timedInfinitive(tokens, vi, tags)) continue;
    if (nounInfinitive(tokens, vi, tags)) continue;
    // "The council has yet to say whether …", "Police are yet to confirm …": what is yet to be said
    // has not been said (as "did not say"), the article's own voice.
    if (tokens[vi - 1]?.text === 'to' && tokens[vi - 2]?.text === 'yet') continue;
    let verbEnd = tokens[Math.max(vi, documentVerbEnd)]!.end;
    let cueText = text.slice(tok.start, verbEnd);
    const nextTok = tokens[vi + 1]?.text;
    let causal = false;
    if (tok.text === 'pointed' || lemma === 'point') {
      // "pointed out that …"; "points to the rise as the cause": a cause named is a claim.
      const pointsToAs = nextTok === 'to' && /^[^.;:"“”]*\sas\s/.test(text.slice(tokens[vi + 1]!.end));
      if (nextTok !== 'out' && !pointsToAs) continue;
      verbEnd = tokens[vi + 1]!.end;
      cueText = `${tok.text} ${nextTok}`;
      causal = pointsToAs;
    }
    // "Analysts blame the losses on fears of …": a cause named is a claim too.
    // "The miner blamed a slump in copper prices", "blamed the weather for the delays": laying
    // blame names a cause, with "on", "for" or none.
    if (lemma === 'blame' || /^blame[sd]?$/.test(tok.text)) causal = true;
    // "The weather service forecasts heavy rain": a forecast's object is its claim (WordNet, `predictsFirst`).
    if (estimate || act || (lemma !== null && predictsFirst(lemma))) causal = true;
    // "dismissed the budget as "a giveaway"", "rejected the findings as politically motivated": so is a judgement after "as".
    if (!causal && judgedAs(text, tok.end, tags)) causal = true;
    if (tok.text === 'called' || callsFor || callsQuote) {
      // "called the ruling "a victory for …"": naming something with a quote is a statement.
      const namesWithQuote = /^\s+(?:[\p{L}'’-]+\s+){0,5}["“‘«]/u.test(text.slice(tok.end));
      if (nextTok !== 'for' && nextTok !== 'on' && !namesWithQuote) continue;
      if (!namesWithQuote) {
        verbEnd = tokens[vi + 1]!.end;
        cueText = `${tok.text} ${nextTok}`;
      }
    }
    const anon = anonAhead ? ANONYMOUS.exec(text.slice(0, tok.start)) : null;
    const carrier = anon ? -1 : carrierVerb(tokens, vi, tags);
    let back = anon
      ? spanOfText(tokens, anon.index + anon[0].indexOf(anon[1]!), tok.start)
      : // "The survey found that …": before a "that", any noun may report (a document, a study).
        // "The family-run dairy blamed rising feed costs": laying blame (a cause named, like "said")
        // takes any determined noun for its subject, as a strong verb of saying does.
        phraseBefore(tokens, carrier >= 0 ? carrier : vi, STRONG_SPEECH_VERBS.has(tok.text) || ((lemma !== null || (known && !EVIDENCE_VERB.test(tok.text))) && tokens[vi + 1]?.text === 'that') || /^blame[sd]$/.test(tok.text));
    // "The inspection identified serious failings", "The review highlighted delays": a study's
    // verb of finding (`findingVerb`) reports its object, though no list takes the verb for a
    // strong one; the study opens the phrase before it.
    const finding = !back && !anon && carrier < 0 && !STRONG_SPEECH_VERBS.has(tok.text) && (known ? documentVerb(tokens, vi, tags) : documentVerbEnd) === vi && findingVerb(lemma ?? taggedAt(tags(), tok.start)?.lemma ?? '') && objectAfter(tokens, vi, tags) ? phraseBefore(tokens, vi, true) : null;
    if (finding && isDocumentSpan(tokens, finding, tags)) back = finding;
    // "Buyers, the guild said, are willing to wait": a verb between commas after "X, the Y" is an
    // attribution set inside the clause; the phrase after the comma speaks, not the clause's subject.
    const ap = back?.apposition;
    if (back && ap && ap.desc[0] > ap.name[0] && ap.desc[1] === vi && back.end === vi && tokens[vi + 1]?.text === ',' && DETERMINER_START_WORDS.test(tokens[ap.desc[0]]!.text))
      back = { start: ap.desc[0], end: ap.desc[1], apposition: null, negated: back.negated, passive: back.passive };
    // "He has always denied …", "Barr is careful to stress that …", "was quick to point out that":
    // adverbs (tags) inside the verb group, or an adjective's infinitive before a that-clause,
    // stand between the subject and the verb of saying.
    if (!back && !anon && carrier < 0) {
      const inner = verbGroupStart(tokens, vi, tags);
      const before = inner < vi ? phraseBefore(tokens, inner, true) : null;
      // "is careful to": the form of "be" is no passive.
      back = before && tokens[vi - 1]!.text === 'to' ? { ...before, passive: false } : before;
    }
    // "Workers leaving the night shift said …": people a present participle describes.
    if (!anon && carrier < 0 && (!back || back.start > 0)) {
      const described = participleModified(tokens, vi, tags);
      if (described && (!back || back.start > described.end)) back = described;
    }
    // "Their findings, published on Monday in the journal X, show that …": a possessive and a
    // plural noun opening the sentence, a participle's phrase between commas, a verb of evidence
    // before "that" (the lists read no capitalised possessive as a determiner).
    if (!back && !anon && carrier < 0 && tokens[vi - 1]?.text === ',' && /^(?:Their|His|Her|Its|Our)$/.test(tokens[0]!.text) && tokens[2]?.text === ',' && EVIDENCE_VERB.test(tok.text) && tokens[vi + 1]?.text === 'that') {
      const all = tags();
      const opener = taggedAt(all, tokens[3]!.start);
      if (taggedAt(all, tokens[1]!.start)?.pos === 'NOUN' && opener?.pos === 'VERB' && /^\p{Ll}+(?:ed|en|wn)$/u.test(opener.text) && !tokens.slice(3, vi - 1).some((t) => t.text === ','))
        back = { start: 0, end: 2, apposition: null, negated: false, passive: false };
    }
    // "A traffic study commissioned by the council concluded that …", "Residents interviewed by the
    // Gazette said …": the phrase before the verb closes a participle's agent; the speaker is what
    // the participle describes.
    if (back && !back.apposition) back = describedByParticiple(tokens, back, tags) ?? back;
    // "Residents of the village of Upper Tarne said", "A survey by X published last week found",
    // "Officials at X, which …, said": the phrase the lists found may only end the head's
    // post-modifier, or stand behind a relative clause; the tags' noun phrase and its head speak
    // (a study's author for the study).
    // Whether the subject is a study, poll or review (WordNet `findingNoun`) with a determiner.
    let documentSubject = false;
    let study: { noun: string; author: PhraseSpan } | undefined;
    // ("The head of the body that oversees river crossings, Jane Doe, said": the lists read the
    // subject up to the first comma and leave out the name apposed after it.)
    const leftApposed = back !== null && !back.apposition && tokens[back.end]?.text === ',' && back.end < vi - 2 && tokens[vi - 1]?.text === ',';
    if (!anon && (back ? endsPostModifier(tokens, back) || leftApposed : mayHaveHeadedSubject(tokens, carrier >= 0 ? carrier : vi))) {
      const headed = headedSubject(tokens, carrier >= 0 ? carrier : vi, tags);
      // "A baker who sued a critic over a review that described his loaf as “a brick” has lost his
      // claim": a verb right after a restrictive "that"/"which"/"who", in a relative clause nested in
      // the subject's own relative clause, is what the inner noun said; the subject said nothing.
      if (headed && !back && vi >= 2 && /^(?:that|which|who)$/.test(tokens[vi - 1]!.text) && tokens[vi - 2]!.text !== ',' && tokens.slice(headed.span.end, vi - 1).some((t) => /^(?:who|that|which)$/.test(t.text))) continue;
      if (headed && (!back || headed.span.start < back.start || ((headed.evidence || (headed.span.apposition !== null && !back.apposition)) && headed.span.start === back.start))) {
        back = headed.author ?? headed.span;
        documentSubject = headed.evidence;
        study = headed.author && headed.author.start === headed.head + 2 ? { noun: tokens[headed.head]!.text.toLowerCase(), author: headed.author } : undefined;
      }
    }
    // "Jane Doe, an analyst at Acme, who said …": a relative "who" speaks for the person before it.
    const relative = !back && tokens[vi - 1]?.text === 'who' && tokens[vi - 2]?.text === ',' ? phraseBefore(tokens, vi - 1, false) : null;
    if (relative?.apposition) back = placedNoun(tokens, relative) ?? relative;
    // "… drew criticism from maritime unions, which argued that …", "a downgrade from Morvik Bank,
    // which warned …": a relative clause reports for its antecedent, read from the tags.
    // "the Tenants' Federation, whose chair said …": the body speaks through its officer.
    const whose = back && !back.apposition && tokens[back.start - 1]?.text === 'whose' && tokens[back.start - 2]?.text === ',' ? antecedentOf(tokens, back.start - 2, tags) : null;
    if (whose) back = whose.span;
    // "cited a study by Westmark University that found …", "a survey by X which found …": a
    // restrictive "that" or "which" after a document (`antecedentOf` keeps to documents then).
    const thatRelative = !back && !anon && /^(?:that|which)$/.test(tokens[vi - 1]?.text ?? '') && vi >= 3 && isWord(tokens[vi - 2]!.text) && (EVIDENCE_VERB.test(tok.text) || lemma !== null);
    // "…, which has long argued that …": perfect auxiliaries and adverbs between the pronoun and the verb.
    let rel = vi - 1;
    while (rel > 1 && /^(?:has|have|had|also|later|since|long|repeatedly|previously|already|recently|publicly)$/.test(tokens[rel]!.text)) rel--;
    const commaRelative = /^(?:who|which)$/.test(tokens[rel]?.text ?? '') && tokens[rel - 1]?.text === ',';
    let antecedent =
      !back && !relative?.apposition && !anon && (commaRelative || thatRelative)
        ? antecedentOf(tokens, thatRelative ? (tokens[vi - 2]?.text === ',' ? vi - 2 : vi - 1) : rel - 1, tags, thatRelative)
        : null;
    // "The Green League, which has argued that the park should be doubled, holds 14 seats": a
    // relative clause after the sentence's subject reports up to the comma before the main verb.
    const subjectClose = !antecedent && !back && !anon && commaRelative ? mainVerbComma(tokens, vi, tags) : null;
    if (subjectClose !== null) antecedent = antecedentOf(tokens, rel - 1, tags, false, true);
    if (antecedent) {
      back = antecedent.span;
      documentSubject = antecedent.document;
    }
    // "…, the farming cooperative Westmoor Dairies said": a descriptor before a name after a comma.
    if (back && !back.apposition) back = descriptorBefore(tokens, back, tags) ?? back;
    // "The Dunholt-based maker of drills, saws and sanders said": a list after a comma that "of"
    // opens closes the phrase before the "of" (`listAfterOf`).
    // (With no phrase found, the list's last item opens after the last comma before the verb.)
    const lastItem = back ? back.start : tokens.findLastIndex((t, k) => k < vi && t.text === ',') + 1;
    const listed = back?.apposition || lastItem <= 0 || vi - lastItem > 4 ? null : listAfterOf(tokens, lastItem, (back?.end ?? vi) - 1);
    if (listed !== null) back = { start: listed, end: back?.end ?? vi, apposition: null, negated: back?.negated ?? false, passive: back?.passive ?? false };
    // "a fine for an invasion the league called “…”", "a defeat their manager described as …": a
    // relative clause without "that" after a noun; its own subject opens at the determiner.
    const gap = back && !back.apposition && !antecedent ? reducedRelativeSubject(tokens, back, tags) : null;
    // The region still opens at the described noun's phrase, so the words before it end there.
    const gapFrom = gap && back ? tokens[back.start]!.start : null;
    if (gap) back = gap;
    // "is saying" is progressive, not passive.
    if (back && (back.negated || (back.passive && !tok.text.endsWith('ing')))) continue;
    // "Neither has disclosed the budget", "Nobody said …": no one spoke.
    if (back && back.end - back.start === 1 && /^(?:neither|none|nobody|noone)$/i.test(tokens[back.start]!.text)) continue;
    let span: PhraseSpan | null = back;
    let regionStart: number;
    let regionEnd = verbEnd;
    let inverted = false;
    // "Pashinyan welcomed the deal but warned that …": a second verb shares the subject
    // that opens the sentence.
    const joined = !span && !back ? sharedSubject(text, tokens, vi, tags) : null;
    if (joined) {
      span = joined;
      regionStart = tok.start;
    } else if (span) {
      regionStart = gapFrom ?? tokens[span.start]!.start;
    } else {
      const prev = tokens[vi - 1]?.text;
      let after = phraseAfter(tokens, vi + 1);
      // `"…," told the Gazette` names a listener: after "told" the speaker never follows.
      // (`…, calls them "…"`: an object pronoun after the verb is whom the words are about, never their speaker.)
      if ((prev !== ',' && (prev === undefined || !CLOSE_MARKS.has(prev))) || !after || TELL_VERBS.has(tok.text) || (after.end === after.start + 1 && /^(?:them|him|us|me)$/.test(tokens[after.start]!.text))) after = null;
      else {
        after = roleAfterPossessive(tokens, after, tags);
        // `…, said the minister.` ends with its speaker; `…, told The Associated Press that …`
        // has a listener after the verb, and its speaker stood before the comma.
        const rest = skipAdverbials(text, tokens[after.end - 1]!.end);
        if (!/^\s*(?:[,.;:!?"”’)]|$|(?:who|which|whose|commenting|adding|speaking|referring|noting|explaining|when|as|after|before|in|at|on|during|while|from|of|with|for)\b)/.test(text.slice(rest)))
          after = null;
        // "Gareth Lowe, 44, of Quarry Lane, Kelby, denies six counts of theft": what the comma
        // closes holds no verb (tags), so it is the subject's apposition, not the words said.
        else if (prev === ',' && !tags().some((t) => t.end <= tokens[vi - 1]!.start && (t.pos === 'VERB' || t.pos === 'AUX'))) after = null;
      }
      if (after) {
        span = after;
        inverted = true;
        regionStart = tok.start;
        regionEnd = tokens[span.end - 1]!.end;
      } else {
        // The word lists found no subject: read it from the tags.
        span = anon || carrier >= 0 ? null : subjectFromTags(text, tokens, vi, tags);
        if (!span) continue;
        regionStart = tokens[span.start]!.start;
      }
    }
    if (concedes && (inverted || !oneSpeaker(tokens, span))) continue;
    let pos = skipAdverbials(text, regionEnd);
    // "told the story of his escape" has no listener and no "that": not a report of speech.
    let tellWithoutListener = false;
    if (!inverted && (TELL_VERBS.has(tok.text) || (/^(?:said|says|say)$/.test(tok.text) && /^\s+to\s/.test(text.slice(pos))))) {
      // "told the BBC's Today programme that …": whatever stands before a near "that" is the listener.
      TOLD_THAT.lastIndex = pos;
      const near = TOLD_THAT.exec(text);
      let listened = near ? pos + near[1]!.length : sticky(LISTENER, text, pos);
      // "told staff", "told the board", "told local residents": a short phrase headed by a role or group noun (WordNet).
      if (!near && listened === pos) {
        // "told the club's website": a body's outlet hears it too.
        // "told an inquest", "told the inquiry": a body that hears evidence (`HEARING_BODIES`) hears it too.
        // "told the bench the directors were …": a noun one of whose first three senses is a group or a person (WordNet) hears it too.
        const hears = (np: RegExpExecArray): boolean => isRoleWord(np[1]!) || isGroupWord(np[1]!) || HEARING_BODIES.has(np[1]!) || (/['’]s\s/.test(np[0]) && ORG_HEADS.has(np[1]!)) || (TELL_VERBS.has(tok.text) && hearerNoun(np[1]!));
        // ("told county commissioners this week": the head may be the second or third word, past a modifier that hears nothing.)
        const np = LISTENER_NPS.map((re) => re.exec(text.slice(pos))).find((m) => m !== null && hears(m));
        if (np) listened = pos + np[0].length;
      }
      tellWithoutListener = !near && listened === pos && TELL_VERBS.has(tok.text);
      // "told the inquest in Truro he never saw the cyclist": where the listener sat, "in" or "at" and a
      // capitalised name, before a clause with no "that".
      const placed = !near && listened > pos ? /^\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=\s+\p{Ll})/u.exec(text.slice(listened)) : null;
      pos = near ? listened : skipAdverbials(text, listened + (placed?.[0].length ?? 0));
    }
    // "The review found no evidence of fraud", "A poll … showed Ventura ahead by 3 points": what
    // a study finds or shows is its finding, whatever the object ("Divers found the wreck" is no
    // study's).
    // "An analysis by Corvel Economics estimated the strike was costing …": a study's verb of
    // saying or evidence reports what follows, with or without "that".
    if (!inverted && (documentSubject || (EVIDENCE_VERB.test(tok.text) && isDocumentSpan(tokens, span, tags)))) causal = true;
    // "Records from the harbour office showed the crane had not been inspected": records, logs or
    // minutes (`isDocumentSpan` with messages) report a clause after a verb of evidence without
    // "that" as well ("Records showed a sharp rise" — an object, no clause — stays unreported).
    const recordClause = !inverted && !causal && documentVerbEnd === vi && EVIDENCE_VERB.test(tok.text) && !/^\s*that\b/.test(text.slice(tok.end)) && (bareRecords(tokens, span) || isDocumentSpan(tokens, span, tags, true)) && holdsClause(tags(), tok.end, text.length);
    if (recordClause) causal = true;
    // "The letter describes a meeting …", "The memo sets out four reasons …": a document's verb of
    // communication reports its object; anyone else's ("The mayor described the flood") is no statement here.
    if ((documentVerbEnd >= 0 || (finding !== null && back === finding)) && !inverted && (documentSubject || recordClause || isDocumentSpan(tokens, span, tags))) causal = true;
    else if (itDocument && !lemma) {
      // (Only the "It" that opens the sentence: `speakerOf` keeps it when it stands for a document.)
      if (inverted || span.start !== 0 || span.end !== 1 || estimate || act) continue;
      causal = true;
    }
    // "Internal emails obtained by the Ledger show that …": a message reports a that-clause only.
    // "Their results, printed on Tuesday in the journal X, show that …": a verb of evidence before
    // "that" reports for any noun phrase the lists read as its subject (as "The findings show that" does).
    else if (documentVerbEnd >= 0 && !lemma && !(!inverted && /^\s*that\b/.test(text.slice(tokens[documentVerbEnd]!.end)) && (isDocumentSpan(tokens, span, tags, true) || (documentVerbEnd === vi && EVIDENCE_VERB.test(tok.text) && back !== null && !back.apposition)))) continue;
    // "after what the company described as a software fault", "what it termed "a witch hunt"": a
    // free relative names the thing in the speaker's words; the words after "as" are the claim.
    // "a pitch invasion (that) the league described as “deeply worrying”": a relative clause whose
    // object is the noun before it judges that thing in quotes after "as".
    const whatAs =
      !inverted && (/^what$/i.test(tokens[span.start - 1]?.text ?? '') ? /^\s+as\s+\S/.test(text.slice(regionEnd)) : /^\s+as\s+["“‘«]/u.test(text.slice(regionEnd)))
        ? /^\s+as\s+/.exec(text.slice(regionEnd))![0].length
        : 0;
    if (whatAs) causal = true;
    const framed = inverted || causal || whatAs ? null : framedComplement(text, tokens, vi, pos, lemma, tags);
    if (framed !== null) pos = framed;
    pos = prepositionsBeforeThat(text, pos, tags);
    const beforeThat = pos;
    pos = sticky(THAT, text, pos);
    // "questioned whether the results hold", "asked whether the tunnel was affordable": an indirect
    // question is the content, as a that-clause is.
    const that = pos !== beforeThat || /^\s*whether\b/.test(text.slice(pos)) || framed !== null;
    pos = sticky(LEAD, text, pos);
    if (whatAs) pos = regionEnd + whatAs;
    // "Rival X, which reported results on Tuesday, fared worse": an object, no clause, is no report.
    // "which has argued since its founding that …": the content opens after a "that" past a short phrase.
    let fixedFrom = pos;
    if (antecedent && subjectClose !== null) {
      const thatAt = /^[^,;:"“”]{0,40}?\bthat\s+/.exec(text.slice(pos, tokens[subjectClose]!.start));
      if (thatAt) fixedFrom = pos + thatAt[0].length;
      if (!that && !holdsClause(tags(), fixedFrom, tokens[subjectClose]!.start)) continue;
    }
    // "Dunn denies three counts of fraud", "Mr Hale, 58, admitted assaulting a steward": admitting
    // or denying an offence with no clause is a plea, which the article reports in its own voice
    // ("admitted that he had lied", "denied breaking the agreement", "denied the claim" stay statements).
    if (!inverted && !that && !causal && pleaVerb(tok.text) && pleaObject(tokens, pos, tags())) continue;
    // "It recommended a full survey": a weak verb of saying ("recommend", "urge") with an object
    // reports nothing from anyone else; from a document's "It" its object is the finding, as
    // "The review recommended …" is (a document's verb of communication reports its object, above).
    const itDocumentObject = itDocument && lemma !== null && !that && !causal && !inverted && !act && span.start === 0 && span.end === 1 && speechLemma(lemma) === 'weak';
    if (itDocumentObject) causal = true;
    cues.push({
      cue: cueText,
      regionStart,
      regionEnd,
      contentStart: pos,
      span,
      tokens,
      // "criticised the summit as \"all optics\"", "praised the deal as \"historic\"": a judgement
      // in quotes after a short object is a statement even from a weak verb.
      weak:
        // "points out" reports whatever its place ("Seeds can survive, she points out, and …").
        (!causal && framed === null && !cueText.endsWith(' out') && (WEAK_SPEECH_VERBS.has(tok.text) || (lemma !== null && speechLemma(lemma) === 'weak')) &&
          !((judgingVerb(tok.text) || lemma === 'describe') && QUOTED_OBJECT.test(text.slice(tok.end)))) ||
        tellWithoutListener,
      causal,
      that,
      according: false,
      fixedContent: antecedent && subjectClose !== null ? [fixedFrom, tokens[subjectClose]!.start] : null,
      ...(antecedent ? { relative: true } : {}),
      ...(act ? { act: true } : {}),
      ...(gap ? { gapNoun: tokens[gap.start - 1]!.text.toLowerCase() } : {}),
      ...(study && span.start === study.author.start && span.end === study.author.end ? { study: study.noun } : {}),
      ...((itDocument && !lemma) || itDocumentObject ? { itDocument: true } : {}),
    });
  }
  // "Their findings show that …": a plural subject and a verb of evidence the readings above left without a cue.
  for (let vi = 1; vi < Math.min(tokens.length, 17); vi++) {
    const tok = tokens[vi]!;
    if (inQuote(tok.start) || cues.some((c) => c.regionStart <= tok.start && c.regionEnd >= tok.end)) continue;
    const evidence = pluralEvidence(text, tokens, vi, tags);
    if (evidence) cues.push(evidence);
  }
  // "The trust's latest census counted 415 pairs", "Their review, published on Monday, praised …":
  // a document opening the sentence as the subject of a verb it reports with, when no reader above took the sentence.
  if (!inQuote(0) && mayOpenWithDocument(tokens)) {
    const opened = documentSubjectCue(tokens, tags);
    // A reading of the same verb whose subject stands inside the participle's phrase ("the tribunal" in
    // "A report read to the tribunal found that …"), or that took the verb for a weak one ("The review
    // praised …", as a person's praise with an object is no statement), gives way to the document's.
    const inner = opened ? cues.findIndex((c) => c.regionEnd === opened.regionEnd && (c.span.start >= opened.span.end || (c.weak && !c.causal && c.span.start === 0 && c.span.end <= opened.span.end))) : -1;
    if (opened && inner >= 0) cues.splice(inner, 1, opened);
    else if (opened && !cues.some((c) => c.regionStart < opened.regionEnd && c.regionEnd > opened.regionStart)) cues.push(opened);
  }
  // `… the text of Doe's email, which reads: Team, I …`: a document quoted after a colon
  // without marks is its owner's words.
  const written = inQuote(0) || !text.includes(':') ? null : DOCUMENT_COLON.exec(text);
  if (written && !cues.some((c) => c.regionEnd > written.index && c.regionStart < written.index + written[0].length)) {
    const at = written.index + written[0].indexOf(written[1]!);
    const span = spanOfText(tokens, at, at + written[1]!.length + 2);
    if (span)
      cues.push({ cue: written[2]!, regionStart: at, regionEnd: written.index + written[0].length, contentStart: written.index + written[0].length, span, tokens, weak: false, that: true, according: false, fixedContent: null, owner: written[1]! });
  }
  ACCORDING.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ACCORDING.exec(text)) !== null) {
    if (inQuote(m.index)) continue;
    const after = m.index + m[0].length;
    const ti = tokens.findIndex((t) => t.start >= after);
    if (ti < 0) continue;
    // "according to a statement from the governor's office": the office speaks, not the paper.
    // "according to an analysis of ticket sales by the Rural Transport Trust": the author follows "by", past what the study is of.
    const ofBy = DOCUMENT_OF_BY.exec(text.slice(after));
    // ("a survey of instructors carried out for the association": what a study is "of" is what it studied, not its author.)
    // ("an early account from the mill": any noun WordNet reads as written words, `documentNoun`, past the listed ones.)
    const anyFrom = DOCUMENT_FROM.exec(text.slice(after)) ? null : WRITTEN_FROM.exec(text.slice(after));
    const from = DOCUMENT_FROM.exec(text.slice(after)) ?? (anyFrom && documentNoun(anyFrom[1]!) ? anyFrom : null);
    const studied = from !== null && /\s(\p{Ll}+)\s+of\s+$/u.exec(from[0]);
    // "according to figures supplied by the firm", "a price index maintained by X": what no one reads as
    // a speaker of its own (`madeBy`) speaks through whoever made it.
    const made = ofBy || from ? null : MADE_BY.exec(text.slice(after));
    const doc = ofBy && findingNoun(ofBy[1]!) ? ofBy : studied && findingNoun(studied[1]!) ? null : (from ?? (made && madeBy(made[1]!, made[2]!) ? made : null));
    // "a study published on Monday in the journal X": where it was published is no author.
    const venue = doc !== null && /\s(?:issued|released|published|posted|sent|compiled)\s(?:[^,]*\s)?in\s+(?:the\s+(?:\p{Ll}[\p{L}-]*\s+){1,2})?$/u.test(doc[0]);
    const docHead = documentHead(tokens, ti, true);
    // (What a study is "of" is no author: `documentHead` read "a survey of farm walls" whole.)
    const ofWhat = docHead !== null && tokens.slice(docHead.start, docHead.end).some((t) => t.text === 'of') && (/^[,.;]$/.test(tokens[docHead.end]?.text ?? '') || (/^\p{Ll}+(?:ed|en)$/u.test(tokens[docHead.end]?.text ?? '') && tokens[docHead.end + 1]?.text === 'by'));
    const authorAt = doc && !venue && !ofWhat ? tokens.findIndex((t) => t.start >= after + doc[0].length) : -1;
    const owned = authorAt >= 0 || docHead ? null : possessiveDocument(tokens, ti, tags);
    const anon = ANONYMOUS_AFTER.exec(text.slice(after));
    const anonSpan = anon ? spanOfText(tokens, after, after + anon[1]!.length) : null;
    // "…, according to a notice from the aquarium.": the document's author, a definite noun that closes
    // the sentence, speaks (not the statement).
    const authorNoun = anonSpan === null && authorAt >= 0 && phraseAfter(tokens, authorAt) === null && authorChunk(tokens, authorAt, tags) === null ? authorChunk(tokens, authorAt, tags, true) : null;
    let span = anonSpan ?? (authorAt >= 0 ? (phraseAfter(tokens, authorAt) ?? authorChunk(tokens, authorAt, tags)) : null) ?? authorNoun ?? docHead ?? owned ?? phraseAfter(tokens, ti) ?? possessiveApposition(tokens, ti);
    // "according to the Guild of Harness Makers and Saddlers, …": "and" and capitalised words up to
    // the comma close a body's name that "of" goes on.
    if (tokens[span?.end ?? -1]?.text === 'and' && span && !span.apposition && tokens.slice(span.start, span.end).some((t) => t.text === 'of') && capWord(tokens[span.end - 1]!.text)) {
      let e = span.end + 1;
      while (e < tokens.length && e - span.end <= 3 && capWord(tokens[e]!.text)) e++;
      if (e > span.end + 1 && tokens[e]?.text === ',') span = { ...span, end: e };
    }
    // "according to the theatre, …", "according to the trust": a definite noun the lists do not
    // read speaks only as the body the document introduced by that noun (`speakerOf`).
    const introduced = span === null && /^the$/i.test(tokens[ti]!.text) ? authorChunk(tokens, ti, tags, true) : null;
    span ??= introduced;
    // "According to her, …": an object pronoun alone (the lists read "her" as a determiner).
    if (!span && /^(?:him|her|them)$/.test(tokens[ti]!.text) && /^[,.]$/.test(tokens[ti + 1]?.text ?? '')) span = { start: ti, end: ti + 1, apposition: null, negated: false, passive: false };
    if (!span) continue;
    // "According to Acme, the voters want …": a "descriptor" after the comma that holds a verb
    // (tags) and no closing comma is the content's subject and verb, not an apposition.
    const ap = span.apposition;
    if (ap && ap.desc[0] > ap.name[0] && tokens[span.end]?.text !== ',') {
      const all = tags();
      const verbal = tokens.slice(ap.desc[0], ap.desc[1]).some((t) => /^(?:VERB|AUX)$/.test(taggedAt(all, t.start)?.pos ?? ''));
      if (verbal) span = { ...span, end: ap.name[1], apposition: null };
    }
    const regionEnd = tokens[span.end - 1]!.end;
    let content: [number, number] | null = null;
    const following = tokens[span.end];
    const adverbialEnd = following && following.text !== ',' ? skipAdverbials(text, regionEnd) : -1;
    const timedComma = adverbialEnd > regionEnd && /^\s*,/.test(text.slice(adverbialEnd)) ? tokens.findIndex((t) => t.start >= adverbialEnd && t.text === ',') : -1;
    // "According to records filed with the state, …": a document's post-modifier runs to the comma.
    const headed = following?.text !== ',' && text.slice(clauseStart(text), m.index).trim() === '' && docHead === span ? tokens.findIndex((t, k) => k > span.end && k <= span.end + 12 && t.text === ',' && !numberComma(tokens, k)) : -1;
    if (headed > 0 && headed + 1 < tokens.length) {
      content = [tokens[headed]!.end, text.length];
    } else if (following?.text === ',' && span.end + 1 < tokens.length) {
      content = [following.end, text.length];
    } else if (timedComma > 0 && timedComma + 1 < tokens.length) {
      // "According to numbers issued by the county last week, …": a time adverbial after the author.
      content = [tokens[timedComma]!.end, text.length];
    } else {
      const lead = text.slice(0, m.index).trimEnd();
      if (lead.endsWith(',')) content = [clauseStart(text), lead.length - 1];
      // `"The numbers don't add up," according to X.`: the quote before is X's.
      else if (/[,?!]["”’»]$/u.test(lead)) content = [clauseStart(text), lead.length];
    }
    if (!content) continue;
    cues.push({
      cue: 'according to',
      regionStart: m.index,
      regionEnd,
      contentStart: regionEnd,
      span,
      tokens,
      weak: false,
      that: false,
      according: true,
      fixedContent: content,
      ...(introduced ? { introduced: true } : {}),
      // "according to the agency's own estimates": the agency speaks.
      ...(owned ? { owner: text.slice(tokens[owned.owner[0]]!.start, tokens[owned.owner[1] - 1]!.end).replace(/['’]s?$/, '') } : {}),
    });
  }
  // "In its judgment, the court found …": a clause with a cue of its own reports itself, and the
  // phrase that opens it only says where (a view's cue stands only over a clause without one).
  // The listed verb's own cue ("denies") would find no clause after it: the demonstrative's cue stands for it.
  const disputed = disputedCue(text, tokens, inQuote, tags);
  if (disputed) cues.splice(0, cues.length, ...cues.filter((c) => c.regionEnd !== disputed.regionEnd), disputed);
  for (const c of viewCues(text, tokens, inQuote)) if (!cues.some((o) => (o.regionStart < c.regionEnd && c.regionStart < o.regionEnd) || (c.fixedContent && o.regionStart >= c.fixedContent[0] && o.regionStart < c.fixedContent[1]))) cues.push(c);
  cues.sort((a, b) => a.regionStart - b.regionStart);
  return cues;
}

/** "Mrs Hale disputes that.", "The council denies this.": a verb, then a demonstrative that closes the sentence. */
const DISPUTED_HINT = /\s(\p{Ll}{3,})\s+(?:that|this|it)\s*[.!]?\s*$/u;
/** Disagreeing, contesting, denying (WordNet "disagree" 1, "contest" 1, "deny" 1), filled on first use. */
let DISPUTING: ReadonlySet<string> | undefined;
const disputingMemo = new Map<string, boolean>();
/** Whether one of a verb lemma's first two senses is a kind of disagreeing, contesting or denying (WordNet): "dispute", "deny", "contest", "challenge". */
function disputingLemma(lemma: string): boolean {
  let known = disputingMemo.get(lemma);
  if (known === undefined) {
    DISPUTING ??= senseKeys('verb', ['disagree', 1], ['contest', 1], ['deny', 1]);
    known = /^\p{Ll}+$/u.test(lemma) && synsetsOf(lemma, 'verb', 2).some((x) => x.lexname === 'verb.communication' && (DISPUTING!.has(`verb:${x.offset}`) || synsetIsKindOf(x, DISPUTING!)));
    disputingMemo.set(lemma, known);
  }
  return known;
}

/**
 * "Mrs Hale disputes that.", "The council denies this.": a verb of disputing (`disputingLemma`)
 * whose only object is a demonstrative closing the sentence answers a claim made before; its
 * subject (any speaker the phrase reader takes) states the contrary. The content is the
 * demonstrative, which stands for that claim. Null for any other shape ("denied bail" is an act).
 */
function disputedCue(text: string, tokens: readonly Token[], inQuote: (pos: number) => boolean, tags: LazyTags): Cue | null {
  const m = DISPUTED_HINT.exec(text);
  if (!m || inQuote(m.index)) return null;
  const vi = tokens.findIndex((t) => t.start === m.index + 1);
  if (vi < 1) return null;
  const verb = taggedAt(tags(), tokens[vi]!.start);
  // "Mr Quayle disputes that": the tagger may read the verb after a name as a noun (`verbAfterName`).
  if (!verb || (verb.pos !== 'VERB' && !verbAfterName(tokens, vi, tags)) || !disputingLemma(verb.lemma)) return null;
  const span = phraseBefore(tokens, vi, true);
  if (!span || span.negated || span.passive || span.end !== vi || !speakerLike(text, tokens, span)) return null;
  const object = tokens[vi + 1]!;
  return { cue: tokens[vi]!.text, regionStart: tokens[span.start]!.start, regionEnd: tokens[vi]!.end, contentStart: object.start, span, tokens, weak: false, that: false, according: false, fixedContent: [object.start, object.end] };
}

const VIEW_HINT = /\b(?:[Ii]n\s+(?:her|his|its|their)|[Aa]s\s+(?:she|he|it|they))\s/;
/** "In her view,", "in his opinion", "as she sees it": a possessive or subject pronoun and a noun of belief (`opinionNoun`) or "sees it". */
const VIEW_PHRASE = /(?<![\p{L}'’-])(?:[Ii]n\s+(her|his|its|their)\s+(\p{Ll}+)|[Aa]s\s+(she|he|it|they)\s+(?:sees|saw|understands|understood)\s+it)(?![\p{L}'’-])/gu;

/**
 * "In her view, the tunnel cannot open before 2030." / "…, in his opinion.": a reported statement
 * whose speaker is the person (or body) the pronoun names, its content the clause the phrase opens
 * before a comma or closes after one (a phrase inside the clause, between commas, reports nothing).
 */
function viewCues(text: string, tokens: readonly Token[], inQuote: (pos: number) => boolean): Cue[] {
  if (!VIEW_HINT.test(text)) return [];
  const out: Cue[] = [];
  VIEW_PHRASE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VIEW_PHRASE.exec(text)) !== null) {
    if (inQuote(m.index) || (m[2] !== undefined && !opinionNoun(m[2]))) continue;
    const end = m.index + m[0].length;
    const opens = text.slice(clauseStart(text), m.index).trim() === '' && /^\s*,\s*\S/.test(text.slice(end));
    const closes = /,\s*$/.test(text.slice(0, m.index)) && /^\s*[.!?]?\s*$/.test(text.slice(end));
    if (!opens && !closes) continue;
    const word = m[1] ?? m[3]!;
    const pi = tokens.findIndex((t) => t.start === m!.index + m![0].indexOf(word, 2));
    if (pi < 0) continue;
    const content: [number, number] = opens ? [text.indexOf(',', end) + 1, text.length] : [clauseStart(text), text.slice(0, m.index).trimEnd().length - 1];
    out.push({ cue: m[0].toLowerCase().replace(/\s+/g, ' '), regionStart: m.index, regionEnd: end, contentStart: end, span: { start: pi, end: pi + 1, apposition: null, negated: false, passive: false }, tokens, weak: false, that: false, according: true, fixedContent: content });
  }
  return out;
}

/** Determiners and possessives that open a noun phrase. */
const OPENING_DETERMINER = /^(?:the|a|an|his|her|their|its|our)$/;

/**
 * The subject of a relative clause without "that" which the word lists read together with the
 * noun it describes ("a pitch invasion the league", "a defeat their manager"): a determiner right
 * after a common noun (tags) inside the span opens the clause's own subject. Null when none does.
 */
function reducedRelativeSubject(tokens: readonly Token[], span: PhraseSpan, tags: LazyTags): PhraseSpan | null {
  for (let k = span.end - 2; k > span.start; k--) {
    if (!OPENING_DETERMINER.test(tokens[k]!.text)) continue;
    const noun = taggedAt(tags(), tokens[k - 1]!.start);
    return noun?.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) ? { ...span, start: k } : null;
  }
  return null;
}

/** Whether a subject is one person: "he", "she", or a capitalised name of up to four words with no "and" ("Mr Pugh", "Priya Dalal"). */
function oneSpeaker(tokens: readonly Token[], span: PhraseSpan): boolean {
  const words = tokens.slice(span.apposition ? span.apposition.name[0] : span.start, span.apposition ? span.apposition.name[1] : span.end).map((t) => t.text);
  if (words.length === 1 && /^(?:[Hh]e|[Ss]he)$/.test(words[0]!)) return true;
  // "Ministers agreed that …": a capitalised plural noun (WordNet's base form differs) is a group.
  const plural = words.length === 1 && (baseForms(words[0]!.toLowerCase()).get('noun') ?? []).some((b) => b !== words[0]!.toLowerCase());
  return !plural && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) && !words.some((w) => /^(?:The|A|An|Both|All|Its|Their)$/.test(w));
}

// ---------------------------------------------------------------------------------------------
// Cues that only a quote makes

/** A participle that hands over to a quote: "…, saying: "…"", "…, stating, "…"" (a reporting verb's, by its lemma). */
const PARTICIPLE_TO_QUOTE = /(?:,\s*|\s+)(\p{Ll}+ing)\s*[,:]?\s*$/u;
/** "A statement on Acme's website states: "…"": the document's owner speaks. */
const DOCUMENT_OWNER =
  /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|letter|post|message|note|release|email|e-mail|memo|notice)\s+(?:posted\s+|published\s+)?(?:on|from|by|of|in)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3}?)(?:['’]s)?\s+(?:website|web\s+site|site|blog|page|account|feed|newsroom)\b/u;
/** What may follow the speaker of a quote before the sentence ends: an end, more quote, or a participle. */
// A prepositional phrase that closes the sentence closes the attribution too ("…," wrote Jane Doe, an
// analyst at the bank, in a note to clients.`).
const ATTRIBUTION_END = /^\s*(?:[.!?;]|,\s*(?:["“‘«]|\p{Ll}+ing\b|(?:an?|the|who|whose)\s)|,?\s*(?:in|on|to|for|during|via)\s+[^,;:"“”]{1,60}?\s*[.!?]?\s*$|$)/u;
const QUOTED_AS_SAYING = /^\s*,?\s*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,4}quoted\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+as\s+(saying|telling)\b/u;
/** `"…," Minister Jane Doe was quoted as saying by the agency Tanpres.`: the passive, the speaker before "was quoted". */
const QUOTED_PASSIVE = /^\s*,?\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*)\s+(?:was|is|has\s+been)\s+quoted\s+(?:by\s+[^,.;"“”]{2,60}?\s+)?as\s+(saying|telling)\b/u;

function cueOf(cue: string, span: PhraseSpan, tokens: readonly Token[], regionStart: number, regionEnd: number, contentStart: number): Cue {
  return { cue, regionStart, regionEnd, contentStart, span, tokens, weak: false, that: false, according: false, fixedContent: null };
}

/** Whether cue `c` introduces a quote that opens at `openAt` (only marks or spaces between). */
const introduces = (text: string, c: Cue, openAt: number): boolean =>
  !c.according && c.regionEnd <= openAt && (c.contentStart === openAt || (c.contentStart >= openAt && /^[\s:,—–-]*$/.test(text.slice(c.regionEnd, openAt))));

/**
 * The subject of the clause that ends at `end`: the noun phrase before its first verb that
 * reads as a speaker ("During the keynote, Procter & Gamble spokeswoman Jane Doe spoke …").
 */
function subjectSpan(text: string, tokens: readonly Token[], tags: LazyTags, end: number): PhraseSpan | null {
  const from = clauseStart(text);
  let first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return null;
  const tagged = tags();
  // "Asked whether the state would help, the minister was blunt:": a clause opening with a
  // participle or a subordinator (by its tag) is set off by its comma; the subject follows it.
  const opener = taggedAt(tagged, tokens[first]!.start);
  if (opener && (opener.pos === 'SCONJ' || (opener.pos === 'VERB' && /(?:ed|ing)$/.test(opener.text)))) {
    const comma = tokens.findIndex((t, k) => k > first && t.text === ',' && t.start < end);
    if (comma > 0 && comma + 1 < tokens.length && tokens[comma + 1]!.start < end) first = comma + 1;
  }
  for (let i = first + 1; i < tokens.length && tokens[i]!.start < end; i++) {
    const t = taggedAt(tagged, tokens[i]!.start);
    if (!t || t.pos !== 'VERB' || !/^\p{Ll}/u.test(t.text)) continue;
    const span = phraseBefore(tokens, i, false);
    // "A sign taped to the door of the Kell Street block reads:": a phrase a preposition governs
    // is inside the subject's modifiers, no subject (the sign speaks for no one).
    const governed = span !== null && span.start > first && taggedAt(tagged, tokens[span.start - 1]!.start)?.pos === 'ADP';
    if (span && !span.negated && !governed && speakerLike(text, tokens, span)) return span;
  }
  // "Jane Doe an analyst at Acme, commented:": a name opening the clause, however it goes on.
  const span = phraseAfter(tokens, first);
  return span && tokens[span.end - 1]!.start < end && speakerLike(text, tokens, span) ? span : null;
}

/**
 * `said the vice president and chairman of Acme LLC Jane Doe.`: a descriptor too long for a
 * phrase scan, ending in the name (its last two capitalised words, or three with an initial).
 */
function trailingName(text: string, tokens: readonly Token[], from: number): PhraseSpan | null {
  let end = tokens.length;
  while (end > from && !isWord(tokens[end - 1]!.text)) end--;
  const tail = text.slice(tokens[end - 1]?.end ?? text.length);
  if (end - from < 2 || !/^[\s.!?]*$/.test(tail) || tokens.slice(from, end).some((t) => t.text === ',' || /["“”]/.test(t.text))) return null;
  const capital = (i: number): boolean => i >= from && isCap(tokens[i]!.text) && isWord(tokens[i]!.text);
  if (!capital(end - 1) || !capital(end - 2)) return null;
  const start = /^\p{Lu}\.$/u.test(tokens[end - 2]!.text) && capital(end - 3) ? end - 3 : end - 2;
  const span: PhraseSpan = { start, end, apposition: null, negated: false, passive: false };
  return parsePhrase(text, tokens, span).kind !== 'country' ? span : null;
}

function speakerLike(text: string, tokens: readonly Token[], span: PhraseSpan): boolean {
  const p = parsePhrase(text, tokens, span);
  return p.pronoun !== null ? p.pronoun !== 'we' : p.kind !== 'unknown' || (p.single && isCap(p.mention));
}

/**
 * Cues that a quote's position makes, beside the reporting verbs `findCues` saw:
 * - a colon before the quote: `Jane Doe spoke about the fire: "…"`, `A statement on Acme's
 *   website reads: "…"` (the subject of the clause before the colon speaks);
 * - a participle before it: `Doe ended the briefing, saying: "…"` (the clause's subject);
 * - the speaker after its close with any verb or none: `"…," he continued.`, `"…," beamed Jane
 *   Doe.`, `"…," Jane Doe, an analyst at Acme.`, `"…," the Post quoted Doe as saying.`
 */
function quoteCues(text: string, tokens: readonly Token[], tags: LazyTags, segs: readonly QuoteSeg[], found: readonly Cue[]): Cue[] {
  const cues = [...found];
  for (const seg of segs) {
    const openAt = seg.openAt;
    const head = openAt === null ? '' : text.slice(0, openAt);
    const colon = /:\s*$/.exec(head);
    // "A statement on Acme's website reads: "…"": the owner speaks, whatever verb stands there.
    const owner = colon ? DOCUMENT_OWNER.exec(text.slice(clauseStart(text), colon.index)) : null;
    if (owner) for (let i = cues.length - 1; i >= 0; i--) if (introduces(text, cues[i]!, openAt!)) cues.splice(i, 1);
    if (openAt !== null && !cues.some((c) => introduces(text, c, openAt))) {
      // Any reporting verb's participle, by its lemma ("remembered asking, "…"").
      const ing = colon ? null : PARTICIPLE_TO_QUOTE.exec(head);
      const ingLemma = ing ? taggedAt(tags(), ing.index + ing[0].indexOf(ing[1]!))?.lemma : undefined;
      const participle = ing && ingLemma !== undefined && speechLemma(ingLemma) !== null ? ing : null;
      // "Jobs left this farewell, "…"", "She sent staff a warning, "…"": a comma after a noun whose
      // first sense is one of communication (WordNet) hands over to the quote as a colon does.
      const said = colon || participle ? null : /(\p{Ll}+)\s*,\s*$/u.exec(head);
      // The quote holds a clause ("He used the word, "unacceptable"" names a word).
      const message =
        said && communicationNoun(said[1]!) && taggedAt(tags(), said.index)?.pos === 'NOUN' && tags().some((t) => t.start >= seg.start && t.end <= seg.end && (t.pos === 'VERB' || t.pos === 'AUX')) ? said : null;
      // "The invitation reads, "…"": a comma after the verb of a subject that is a message or document.
      const reads = said && !message && taggedAt(tags(), said.index)?.pos === 'VERB' ? said : null;
      if (colon || participle || message || reads) {
        const end = colon ? colon.index : participle ? participle.index : (message ?? reads)!.index + (message ?? reads)![1]!.length;
        // A reporting verb earlier in the clause names the speaker ("Doe responded …: "…"").
        const before = owner ? undefined : cues.filter((c) => !c.according && c.regionEnd <= end).pop();
        const doc = owner;
        let span: PhraseSpan | null = before ? before.span : null;
        if (!span && doc) {
          const at = clauseStart(text) + doc[0].indexOf(doc[1]!, doc[0].search(/\s(?:on|from|by|of|in)\s/u));
          // The owner's token may carry its possessive ("Acme's").
          span = spanOfText(tokens, at, at + doc[1]!.length + 2);
        }
        // "Note: "…"" is a label: a clause before the colon has a verb of its own.
        const verb = [...tags()].reverse().find((t) => t.end <= end && t.pos === 'VERB' && /^\p{Ll}/u.test(t.text));
        // "On whether the school would stay open: "…"": a topic line's clause is no speaker.
        if (!span && (verb || participle) && !(colon && topicLabel(text, openAt, tags))) span = subjectSpan(text, tokens, tags, end);
        // "the chairman was candid: "…"": a copula and an adjective before the colon; its subject speaks.
        const untagged = colon && !span && !verb ? tags().filter((t) => t.end <= end) : [];
        const lastTag = untagged[untagged.length - 1];
        const copula = lastTag?.pos === 'ADJ' ? untagged[untagged.length - 2] : undefined;
        // "His answer: "…"", "Her reply: "…"": a message noun (WordNet communication) owned by a pronoun; its owner speaks.
        const owned = colon && !span && !verb ? /^\s*([Hh]is|[Hh]er|[Tt]heir)\s+(\p{Ll}+)\s*$/u.exec(text.slice(clauseStart(text), end)) : null;
        if (owned && communicationNoun(owned[2]!)) {
          const at = clauseStart(text) + owned[0].search(/\S/);
          span = spanOfText(tokens, at, at + owned[1]!.length);
        }
        // "Its chair, Ola Brandt: "…"": a description and the full name apposed to it; the name speaks.
        const apposed = colon && !span && !verb ? /^\s*(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+[^,:;"“”]{2,50},\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})\s*$/u.exec(text.slice(clauseStart(text), end)) : null;
        if (apposed) {
          const at = clauseStart(text) + apposed[0].length - apposed[0].trimStart().length + apposed[0].trim().length - apposed[1]!.length;
          span = spanOfText(tokens, at, at + apposed[1]!.length);
        }
        if (copula?.pos === 'AUX' && copula.lemma === 'be') {
          const ci = tokens.findIndex((t) => t.start === copula.start);
          const subject = ci > 0 ? phraseBefore(tokens, ci, false) : null;
          if (subject && !subject.negated && speakerLike(text, tokens, subject)) span = subject;
        }
        if (reads && !before) {
          const head = span ? tokens[span.end - 1]!.text : '';
          if (!span || !/^\p{Ll}+$/u.test(head) || !(communicationNoun(head) || findingNoun(head)) || span.end - span.start > 4) {
            // "A notice taped to the door of the school reads, "…"": a head with post-modifiers, read from the tags.
            const vi = tokens.findIndex((t) => t.start === reads.index);
            const headed = vi > 0 ? headedSubject(tokens, vi, tags) : null;
            span = headed && documentNoun(tokens[headed.head]!.text) ? headed.span : null;
          }
        }
        if (span) {
          const lastWord = /(\p{Ll}+)\s*$/u.exec(head.slice(0, end))?.[1];
          const cue = participle ? participle[1]! : before ? before.cue : doc ? (lastWord ?? ':') : apposed ? ':' : (verb?.text ?? lastTag?.text ?? ':');
          const c = cueOf(cue, span, tokens, tokens[span.start]!.start, end + 1, openAt);
          if (doc) c.speaker = { name: doc[1]!, mention: doc[0].trim(), description: null, kind: 'organisation', resolution: null };
          cues.push(c);
        }
      }
    }
    const closeAt = seg.closeAt;
    if (closeAt === null) continue;
    const after = closeAt + 1;
    if (cues.some((c) => !c.according && c.regionStart >= after && /^[\s,—–-]*(?:\p{Ll}[\p{L}'’-]*\s+){0,3}$/u.test(text.slice(after, c.regionStart)))) continue;
    const k = tokens.findIndex((t) => t.start >= after && t.text !== ',');
    if (k < 0 || !isWord(tokens[k]!.text)) continue;
    const passive = QUOTED_PASSIVE.exec(text.slice(after));
    if (passive) {
      const at = after + passive[0].indexOf(passive[1]!);
      const span = spanOfText(tokens, at, at + passive[1]!.length);
      if (span) cues.push(cueOf(`quoted as ${passive[2]!}`, span, tokens, tokens[k]!.start, after + passive[0].length, after + passive[0].length));
      continue;
    }
    const quoted = QUOTED_AS_SAYING.exec(text.slice(after));
    if (quoted) {
      const at = after + quoted[0].lastIndexOf(quoted[1]!, quoted[0].length - quoted[2]!.length);
      const span = spanOfText(tokens, at, at + quoted[1]!.length);
      if (span) cues.push(cueOf(`quoted as ${quoted[2]!}`, span, tokens, tokens[k]!.start, after + quoted[0].length, after + quoted[0].length));
      continue;
    }
    // An attribution is short; a long clause after the close is the article's own (and not worth tagging).
    if (countWords(text.slice(after).split(/["“”]/u)[0]!) > 16) continue;
    const tagged = tags();
    const isVerb = (i: number): boolean => {
      const t = tokens[i] ? taggedAt(tagged, tokens[i].start) : undefined;
      return t !== undefined && t.pos === 'VERB' && /^\p{Ll}/u.test(t.text);
    };
    let cue: Cue | null = null;
    if (isVerb(k)) {
      // `"…," beamed Jane Doe, the club's coach.`
      let span = phraseAfter(tokens, k + 1);
      if (span && !ATTRIBUTION_END.test(text.slice(skipAdverbials(text, tokens[span.end - 1]!.end)))) span = trailingName(text, tokens, k + 1);
      if (span) cue = cueOf(tokens[k]!.text, span, tokens, tokens[k]!.start, tokens[span.end - 1]!.end, tokens[span.end - 1]!.end);
    } else {
      const span = phraseAfter(tokens, k);
      if (span && speakerLike(text, tokens, span)) {
        const v = span.end;
        const endOfName = tokens[span.end - 1]!.end;
        if (isVerb(v) && ATTRIBUTION_END.test(text.slice(skipAdverbials(text, tokens[v]!.end))))
          // `"…," he continued.`
          cue = cueOf(tokens[v]!.text, span, tokens, tokens[k]!.start, tokens[v]!.end, tokens[v]!.end);
        else if (/,\s*$/.test(text.slice(0, closeAt)) && isCap(tokens[k]!.text) && /^\s*\.?\s*$/.test(text.slice(endOfName)))
          // `"…," Jane Doe, an analyst at Acme.` (the verb lost in editing).
          cue = cueOf('said', span, tokens, tokens[k]!.start, endOfName, endOfName);
      }
    }
    if (cue) cues.push(cue);
  }
  return cues.sort((a, b) => a.regionStart - b.regionStart);
}

/** A first-person word: "I" before a verb, "my", "we", "our" … (never the article's own voice). */
const FIRST_PERSON = /(?:^|[\s,;:(])(?:I(?=\s+\p{Ll}|['’](?:m|ve|d|ll)\b)|(?:[Mm]e|[Mm]y|[Mm]yself|[Ww]e|us|[Oo]ur|[Oo]urs|[Oo]urselves)\b)/u;

const FIRST_PERSON_ALL = new RegExp(FIRST_PERSON.source, 'gu');

/**
 * Whether a sentence is in the first person: a first-person word other than the paper as a
 * listener ("Marsh spoke to us", "She told us": "us"/"me" after a verb whose first sense is one of
 * communication, WordNet `speaksFirst`, or its "to"/"with").
 */
function speaksInFirstPerson(text: string): boolean {
  for (const m of text.matchAll(FIRST_PERSON_ALL)) {
    const word = m[0].replace(/^[\s,;:(]/u, '');
    const verb = /^(?:us|me)$/.test(word) ? /(\p{Ll}+)\s+(?:(?:to|with)\s+)?$/u.exec(text.slice(0, m.index + m[0].length - word.length)) : null;
    if (!verb || !speaksFirst(IRREGULAR[verb[1]!] ?? verb[1]!)) return true;
  }
  return false;
}

/** `Doe's email, which reads: …`, `the company's statement said: …` with no quote marks after the colon. */
const DOCUMENT_COLON =
  /(\p{Lu}[\p{L}\p{N}.'’-]*?(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*?){0,3})['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:email|e-mail|letter|memo|note|statement|message|post|tweet)\b[^:"“”]{0,60}?\b(reads?|says?|said|stated|states|wrote)\s*:\s*(?=[^\s"“‘«])/u;

/**
 * Where the sentence opens after a wire dateline ("LONDON (Reuters) - ", "WASHINGTON — ", "HALDEN,
 * May 4 (Wire) — "), 0 when none: not content. The record's one dateline reader (`datelineEnd`),
 * asked only of a sentence opening with two capitals or a parenthesis.
 */
function wireDatelineEnd(text: string): number {
  return /^\p{Lu}{2}|^\(/u.test(text) ? datelineEnd(text) : 0;
}

/**
 * Verbs that judge with a quoted object ("criticised the summit as \"all optics\""): the
 * lexicon's `judgesFirst` (evaluating, criticising, accusing), and three forms WordNet does not
 * give it: "slammed" (no base form by its detachment rules, and slam's first sense shuts a door),
 * "welcomed" (welcome's first sense receives a thing), "called" (naming: "called it \"a farce\"").
 */
const judgingVerb = (word: string): boolean => judgesFirst(word) || /^(?:slammed|welcomed|called)$/.test(word);
// "described the first rehearsal after the operation as "terrifying"": a longer object before "as" and the quote
// (or none: "a delay the council described as "regrettable"", the object being the noun before the relative clause).
// "praised her wicketkeeper, Ana Diaz, for "keeping calm"": the object (an apposition's commas too) before "for" and the quote.
const QUOTED_OBJECT = /^\s+(?:(?:[\p{L}\p{N}'’-]+\s+){1,6}|(?:[\p{L}\p{N}'’-]+\s+){0,12}as\s+|(?:[\p{L}\p{N}'’-]+,?\s+){1,12}for\s+)(?:["“‘«`]|'')/u;

/**
 * `On her critics: "I read every review."`: in an interview a topic before a colon (tags: a
 * preposition first, no verb) heads the interviewee's next answer; the quote still opens the
 * sentence's words.
 */
function topicLabel(text: string, openAt: number, tags: LazyTags): boolean {
  const head = text.slice(0, openAt);
  if (!/^[^"“”:;.]{2,50}:\s*$/.test(head)) return false;
  const inHead = tags().filter((t) => t.start < head.length && /\p{L}/u.test(t.text));
  if (inHead.length === 0 || inHead[0]!.pos !== 'ADP') return false;
  // A topic may be a question put as a clause: "On whether others will follow:", "On how it ended:".
  if (inHead.length > 2 && WH_CLAUSE.test(inHead[1]!.text)) return true;
  // Or a noun with a clause of its own: "On the claim that the book was late:", "On reports that he
  // will retire:" — the verbs stand after the noun's "that".
  const that = inHead.findIndex((t, k) => k >= 2 && /^that$/i.test(t.text) && inHead[k - 1]!.pos === 'NOUN');
  return (that > 0 ? inHead.slice(0, that) : inHead).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
}
const WH_CLAUSE = /^(?:whether|how|why|what|when|where|who)$/iu;

/**
 * A document that only carries someone's words: its author is the speaker ("a report by the
 * consultancy Brightline": the descriptor before the name is skipped).
 */
/**
 * A study (`findingNoun`, group 1) of something, then "by" and its author: "an analysis of ticket
 * sales by …", "a survey of 2,000 drivers by …" (not a participle's agent: "of patients treated by …").
 */
const DOCUMENT_OF_BY =
  /^\s*(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+)\s+(?:of|into|on|about|for)\s+(?:[^,;:"“”]|(?<=\d),(?=\d{3})){1,60}?(?<!(?<![\p{L}\p{M}\p{N}_])\p{Ll}+(?:ed|en))\s+by\s+(?:the\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu}))?(?=\p{L})/u;
const DOCUMENT_FROM =
  /^\s*(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(?:statement|press\s+release|news\s+release|release|filing|post|letter|note|memo|email|e-mail|notice|transcript|announcement|review|report|study|survey|poll|analysis|figures|data|estimates)\s+(?:(?:issued|released|published|posted|sent|compiled)\s+(?:[\p{L}\p{N}]+\s+){0,3}?)?(?:from|by|of|in)\s+(?:the\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu}))?(?=\p{L})/u;
/** `DOCUMENT_FROM` with any lower-case noun for the document (group 1), which `documentNoun` must then read as written words, and its author after "from" or "by" ("reports in Lisbon": a place is no author). */
const WRITTEN_FROM =
  /^\s*(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]+)\s+(?:(?:issued|released|published|posted|sent|compiled)\s+(?:[\p{L}\p{N}]+\s+){0,3}?)?(?:from|by)\s+(?:the\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu}))?(?=\p{L})/u;

/** "according to figures supplied by …": a noun (group 1), a past participle (group 2), "by" and who made it (a descriptor before a name skipped). */
const MADE_BY = /^\s*(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]+)\s+(\p{Ll}{3,}(?:ed|en|wn))\s+by\s+(?:the\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu}))?(?=\p{L})/u;
/**
 * Whether `noun` `participle` "by" X (`MADE_BY`) has X for the source of the noun's words: a noun
 * that is no study, record or message (those speak for themselves: "a review the council paid for" or
 * "ordered by the council") nor a person or body ("residents interviewed by …"), made, given or put out by X — not
 * what X got, saw or studied ("figures obtained by the Gazette", "seen by", "reviewed by": WordNet,
 * the participle's first sense a kind of getting or receiving, or one of perception or cognition).
 */
function madeBy(noun: string, participle: string): boolean {
  if (documentNoun(noun) || findingNoun(noun) || nounClass(noun) !== null || sensesOf(nounLemma(noun), 'noun').length === 0) return false;
  const base = baseForms(participle).get('verb')?.[0] ?? verbStems(participle)[0] ?? IRREGULAR[participle];
  const first = base === undefined ? undefined : sensesOf(base, 'verb')[0];
  const synset = first === undefined ? null : synsetAt('verb', first);
  if (!synset || synset.lexname === 'verb.perception' || synset.lexname === 'verb.cognition') return false;
  GETTING ??= senseKeys('verb', ['get', 1], ['receive', 1]);
  return !synsetIsKindOf(synset, GETTING);
}
let GETTING: ReadonlySet<string> | undefined;

/**
 * A byline glued to the first sentence ("By Ann Roe, Political Reporter Dunley Council has …"): a
 * name, a comma, a title whose last word names a writer (WordNet, `writerNoun`), then the
 * sentence's capitalised first word. Not content, as a dateline is not.
 */
const GLUED_BYLINE = /^By\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*,\s+((?:\p{Lu}[\p{L}&'’-]*\s+){1,4})(?=\p{Lu}|["“‘])/u;

function clauseStart(text: string): number {
  const wire = wireDatelineEnd(text);
  if (wire > 0) return wire;
  // (A photo credit glued to the story's first word: `gluedCreditEnd`.)
  const credit = gluedCreditEnd(text);
  if (credit > 0) return credit;
  const by = text.startsWith('By ') ? GLUED_BYLINE.exec(text) : null;
  if (!by) return 0;
  // The title ends at its first word that names a writer ("Political Reporter"), the sentence follows.
  const title = by[1]!.match(/\S+\s+/gu)!;
  const at = title.findIndex((w) => writerNoun(w.trim().toLowerCase()));
  return at >= 0 ? by[0].length - by[1]!.length + title.slice(0, at + 1).join('').length : 0;
}

/** Verbatim content between `a` and `b`, trimmed of spaces, quote marks and closing punctuation. */
function contentOf(text: string, a: number, b: number): { text: string; start: number } | null {
  while (a < b && (/[\s"“”‘’«»`,:;—–-]/.test(text[a]!) || text.startsWith("''", a))) a++;
  while (b > a && /[\s"“”«»,:;—–-]/.test(text[b - 1]!)) b--;
  // A final period is the sentence's, unless it ends an abbreviation ("U.S.").
  if (b > a && text[b - 1] === '.' && !/(?:(?<![\p{L}\p{M}\p{N}_])\p{Lu}|\.\p{L}{1,3}|\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|Inc|Corp|Ltd|Co|St))\.$/u.test(text.slice(Math.max(a, b - 6), b)))
    b--;
  while (b > a && /[\s,:;]/.test(text[b - 1]!)) b--;
  if (b <= a) return null;
  // Drop a single unmatched closing single quote left at the end ("…’").
  if (text[b - 1] === '’' && !text.slice(a, b - 1).includes('‘')) b--;
  // "… that bookings were "the best we have had in years."": a quote opened inside the content
  // keeps its close (and the stop inside it).
  const inner = text.slice(a, b);
  const open = (inner.match(/"/g)?.length ?? 0) % 2 === 1 || (inner.match(/“/g)?.length ?? 0) > (inner.match(/”/g)?.length ?? 0);
  const close = open ? /^[.!?]?["”]/.exec(text.slice(b)) : null;
  if (close) b += close[0].length;
  return b > a ? { text: text.slice(a, b), start: a } : null;
}

// ---------------------------------------------------------------------------------------------
// Paragraphs

const SPEECH_HINT = new RegExp(String.raw`\b(?:${[...SPEECH_VERBS].join('|')}|[Aa]ccording to|agree[sd] that)\b`);

const HEADLINE_DASH = /^(.+?)\s+[-–—]\s+((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$/u;
const HEADLINE_COLON = /^((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*:\s+(\S.*)$/u;
/** "Bus chief: ‘We let our riders down’": a headline's role (a capital, then lower-case words) before a colon and a quote. */
const ROLE_COLON = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*){1,2})\s*:\s+(["“‘«'].*)$/u;

/** `ROLE_COLON` when its last word is a noun WordNet files as a person (`nounClass`): "Bus chief", "Rail union boss". */
function roleColon(text: string): RegExpExecArray | null {
  const m = ROLE_COLON.exec(text);
  const last = m?.[1]!.split(/\s+/).pop();
  return m && last !== undefined && nounClass(last) === 'person' ? m : null;
}
/** "Race director Ann Lowe: “…”": a role (a capital, then lower-case words) and a full name before a colon and a quote. */
const ROLE_NAME_COLON = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,2})\s*:\s+(["“‘«].*)$/u;

/** `ROLE_NAME_COLON` when the role's last lower-case word is a noun WordNet files as a person (`nounClass`): "Race director", "Team doctor". */
function roleNameColon(text: string): RegExpExecArray | null {
  const m = ROLE_NAME_COLON.exec(text);
  const last = m?.[1]!.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).pop();
  return m && last !== undefined && nounClass(last) === 'person' ? m : null;
}
const TOPIC_COLON = /^((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+on\s+[^:"“”]{2,60}:\s+(["“‘«].*)$/u;

/** Scraped copy's byline (after any sharing links) glued to a sentence that opens with an article: "Share Email By Jago Penhale A ferry skipper …". */
const BYLINE_BEFORE_ARTICLE = /^(?:[^.!?"“”,:;]{0,80}?\s)?By\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?(?=(?:A|An|The)\s+\p{Ll})/u;

/**
 * "… at Porth Vean. Photograph: Tamsin Hale By Tamsin Hale Mussel growers on the Fal say …",
 * "… after the storm (Photo: Tamsin Hale)By Jory Penrose Mussel growers …": a byline ("By", a
 * first name and a surname) after a caption, a credit or its bracket, glued before the sentence's
 * capitalised first word and the lower-case word after it, before any comma or quote mark.
 */
const CAPTION_BYLINE = /(?<!\p{L})By\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?\s*(?=\p{Lu}\p{Ll}*\s+\p{Ll})/u;

/** Where a byline glued after a caption ends (`CAPTION_BYLINE`), or 0 when the sentence has none after a caption's stop, colon or bracket and before its first comma or quote. */
function gluedBylineEnd(text: string): number {
  const m = text.includes('By ') ? CAPTION_BYLINE.exec(text) : null;
  if (!m || m.index === 0 || m.index > 240) return 0;
  const before = text.slice(0, m.index);
  return /[,"“”]/.test(before) || !/[.:)]/.test(before) ? 0 : m.index + m[0].length;
}

/** A photo credit opening a sentence and glued to its first word: capitalised words, a slash, the outlet's capitalised words, the last one running on into a capital ("Jo Hale/Dunmore TimesPellam"). */
const GLUED_CREDIT = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\/(?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}\p{Lu}\p{Ll}+(?=\p{Lu}\p{Ll})/u;

/** Where a photo credit glued to a sentence's first word ends (`GLUED_CREDIT`), or 0 when it opens with none. */
function gluedCreditEnd(text: string): number {
  return text.includes('/') ? (GLUED_CREDIT.exec(text)?.[0].length ?? 0) : 0;
}

/** A label of page furniture opening scraped copy: one capitalised word and at most one more, a colon, no quote ("Photo:", "Read more:"). */
const FURNITURE_LABEL = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?:\s+(?!["“‘«'])/u;
/**
 * Where a glued sentence may open after a label's caption or headline: a sentence's end, a closed
 * credit, a capitalised article after a lower-case word ("…keep rising The mayor"), or a capitalised
 * plural and a lower-case preposition after a lower-case word ("…date set Traders along the quay said").
 */
const FURNITURE_BREAK = /[.!?]\s+(?=[\p{Lu}(])|\)\s*(?=\p{Lu})|(?<=\p{Ll})\s+(?=(?:The|A|An)\s)|(?<=(?:^|\s)\p{Ll}[\p{Ll}-]*)\s+(?=\p{Lu}\p{Ll}+s\s+(?:of|in|at|on|near|along|across|from|outside)\s)/gu;

/**
 * "Photo: A crane at the quay. (Ivo Brandt/Agency) Dock workers, many on day contracts, said …",
 * "Read more: Why rents keep rising The mayor of Tolvern, Ana Prest, said …": in scraped copy a
 * label's caption or linked headline glued before the sentence is no part of it. The text with
 * that furniture blanked out (same length, so every offset still points into the record's
 * sentence): up to the last break (`FURNITURE_BREAK`) before the sentence's first comma; the text
 * itself when no label opens it or no break follows.
 */
function withoutPageFurniture(text: string): string {
  // "HALDEN, May 4 (Wire) — Brisco Arenas, the operator of …, said": a wire dateline is no part
  // of the clause either (`datelineEnd`, the record's one dateline reader).
  const dateline = wireDatelineEnd(text);
  if (dateline > 0) return ' '.repeat(dateline) + text.slice(dateline);
  // "Share Email By Jago Penhale A ferry skipper in Tolcarne has …": a byline glued before the
  // sentence's article is no part of its subject.
  const byline = BYLINE_BEFORE_ARTICLE.exec(text);
  if (byline) return ' '.repeat(byline[0].length) + text.slice(byline[0].length);
  const glued = gluedBylineEnd(text);
  if (glued > 0) return ' '.repeat(glued) + text.slice(glued);
  // "Jo Hale/Dunmore TimesPellam Mills said …": a photo credit (a name, a slash, the outlet) glued
  // to the story's first word is no part of its subject; the story opens at the capital the glue hides.
  const credit = gluedCreditEnd(text);
  if (credit > 0) return ' '.repeat(credit) + text.slice(credit);
  const label = FURNITURE_LABEL.exec(text);
  if (!label) return text;
  const comma = text.indexOf(',');
  const limit = Math.min(comma < 0 ? text.length : comma, 200);
  let end = -1;
  FURNITURE_BREAK.lastIndex = label[0].length;
  for (let m = FURNITURE_BREAK.exec(text); m !== null && m.index < limit; m = FURNITURE_BREAK.exec(text)) end = m.index + m[0].length;
  return end < 0 ? text : ' '.repeat(end) + text.slice(end);
}

/**
 * Whether a sentence has any word or phrase a cue of `findCues` can start from (a verb of saying or
 * one of its forms, a document and a verb it speaks with, "whether", "calls for", a figure after
 * "at", a perfect of an act done in words, "in her view", "disputed that"): a sentence outside a
 * quote that has none holds no cue, and is not tokenised. Memoised, as a document's sentences are
 * asked twice: by `mayReadStatement` (which sentences to tag ahead) and by `extractParagraph`.
 */
function mayHoldCue(text: string): boolean {
  const known = cueGateMemo.get(text);
  if (known !== undefined) return known;
  const out = SPEECH_HINT.test(text) || hasLemmaForm(text) || hasDocumentWord(text) || text.includes(' whether ') || / call(?:s|ing) (?:for|on) /.test(text) || AT_FIGURE_HINT.test(text) || (text.includes(':') && DOCUMENT_COLON.test(text)) || mayBeSpeechPerfect(text) || VIEW_HINT.test(text) || DISPUTED_HINT.test(text) || IT_VERB_HINT.test(text);
  if (cueGateMemo.size >= 4096) cueGateMemo.clear();
  cueGateMemo.set(text, out);
  return out;
}
const cueGateMemo = new Map<string, boolean>();
/** "It also noted a steep rise in costs": an "It" opening the sentence before a past or present verb, which may stand for a document (`itForDocument`). */
const IT_VERB_HINT = /^It\s+(?:\p{Ll}+ly\s+|also\s+|then\s+)?\p{Ll}{3,}(?:ed|s)\s/u;

/**
 * Whether the statement readers may tag a sentence: it may hold a cue (`mayHoldCue`) or writes a
 * quote mark (a quote's cues are read whatever words it has). A sentence inside a quote opened in an
 * earlier sentence, or one a whole-document reader asks about, is left out: the tagger meets it on
 * demand, with the same tags (analyze.ts, `readTagged`).
 */
export function mayReadStatement(text: string): boolean {
  return QUOTE_MARK.test(text) || mayHoldCue(text);
}
/** A mark `findQuotes` may open or close a quote with (an apostrophe only doubled or opening the text: "company’s" is none). */
const QUOTE_MARK = /["“”‘«»`]|''|^'/;

function extractParagraph(
  sentences: readonly Sentence[],
  cast: Cast,
  state: FlowState,
  out: Map<SentenceKey, Ordered[]>,
  headline: boolean,
): void {
  if (sentences.length === 0) return;
  const waitingOrphan = state.orphan;
  const orphanOtherwise = state.orphanOtherwise;
  state.orphan = null;
  state.orphanOtherwise = null;
  let orphanUsed = false;
  const orphan = waitingOrphan
    ? (speaker: Speaker, cueAt: Where, cue: string): void => {
        orphanUsed = true;
        waitingOrphan(speaker, cueAt, cue);
      }
    : null;
  const runOn = state.runOn;
  state.runOn = false;
  const texts = sentences.map((s) => s.text);
  const groups = findQuotes(texts);
  const segsBySentence: QuoteSeg[][] = texts.map(() => []);
  const groupOfSeg = new Map<QuoteSeg, QuoteGroup>();
  for (const g of groups)
    for (const seg of g.segs) {
      segsBySentence[seg.sentence]!.push(seg);
      groupOfSeg.set(seg, g);
    }
  // Tags are computed only for the sentences a rule asks about, once each.
  const tagsOf = texts.map((text) => lazyTags(text));
  const cuesOf = texts.map((text, si) => {
    // Most sentences have no reporting verb at all: skip them before tokenising.
    const segs = segsBySentence[si]!;
    if (segs.length === 0 && !mayHoldCue(text)) return [];
    const inQuote = (pos: number): boolean => segs.some((s) => pos >= s.start && pos < s.end);
    // The cues are read past any page furniture (the cast still learns the names a caption gives).
    const read = withoutPageFurniture(text);
    const tokens = tokenize(read);
    const tags = read === text ? tagsOf[si]! : lazyTags(read);
    const cues = findCues(read, tokens, inQuote, tags);
    return segs.length ? quoteCues(read, tokens, tags, segs, cues) : cues;
  });

  // Attach each quote to its cue: right after its close, or right before its open.
  const cueOfGroup = new Map<QuoteGroup, { cue: Cue; sentence: number }>();
  const used = new Set<Cue>();
  for (const g of groups) {
    const last = g.segs[g.segs.length - 1]!;
    let found: { cue: Cue; sentence: number } | null = null;
    // A quote takes the cue after it only when it opens its clause: `Citing "a measure", X said` does not.
    const opensClause =
      g.segs[0]!.openAt === null ||
      g.segs.length > 1 ||
      /^(?:|.*[:—–-]|.*[,.!?]["”]|[A-Z][A-Z .,'’-]*\([^)]*\)\s*[-–—]*|(?:In|At|During|On)\s+(?:a|an|the|his|her|its|their)\s+[^,"“”]{1,50},)\s*$/s.test(texts[g.segs[0]!.sentence]!.slice(0, g.segs[0]!.openAt));
    if (last.closeAt !== null && opensClause) {
      const text = texts[last.sentence]!;
      const after = last.closeAt + 1;
      // `…." He said` is a new sentence, not a cue: only `…," he said` / `…?" he asked` attach.
      const quoted = g.segs.map((sg) => texts[sg.sentence]!.slice(sg.start, sg.end)).join(' ').trimEnd();
      const endsSentence = quoted.endsWith('.') && !quoted.endsWith('...');
      for (const c of cuesOf[last.sentence]!) {
        if (c.regionStart < after) continue;
        if (c.according) {
          if (/^[\s,]*$/.test(text.slice(after, c.regionStart))) found = { cue: c, sentence: last.sentence };
          break;
        }
        // `…." He said` is a new sentence; `…." Mr Doe said.` left in one sentence is a cue.
        if (endsSentence && !(/^\s*$/.test(text.slice(after, c.regionStart)) && /^[\s.!?]*$/.test(text.slice(skipAdverbials(text, c.regionEnd))))) break;
        // `…," retired fisherman Tom Hale said`: a few lower-case descriptor words may come first.
        // `…," one fan, Alan Pike, told`: they may end with a comma before a name in apposition.
        if (/^[\s,—–-]*(?:\p{Ll}[\p{L}'’-]*,?\s+){0,3}$/u.test(text.slice(after, c.regionStart))) {
          found = { cue: c, sentence: last.sentence };
          // Those words describe the speaker: widen the phrase to take them in.
          const first = c.tokens.findIndex((t) => t.start >= after && t.start < c.regionStart && /^\p{Ll}/u.test(t.text));
          if (first >= 0 && first < c.span.start && !c.span.apposition && !c.according) c.span = { ...c.span, start: first };
        }
        break;
      }
    }
    const first = g.segs[0]!;
    if (!found && first.openAt !== null) {
      const text = texts[first.sentence]!;
      for (const c of cuesOf[first.sentence]!) {
        if (c.according || c.regionEnd > first.openAt) continue;
        if (c.contentStart >= first.openAt && /^[\s:,—–-]*$/.test(text.slice(c.regionEnd, first.openAt))) found = { cue: c, sentence: first.sentence };
        else if (c.contentStart === first.openAt) found = { cue: c, sentence: first.sentence };
      }
    }
    // `"…"... "…"`: a quote that opens right where the one before it closed is the same speaker's.
    const before = groups[groups.indexOf(g) - 1];
    const beforeLast = before?.segs[before.segs.length - 1];
    if (!found && before && beforeLast && first.openAt !== null && beforeLast.sentence === first.sentence && beforeLast.closeAt !== null) {
      const joined = cueOfGroup.get(before);
      if (joined && /^[\s.,;…–—-]*$/u.test(texts[first.sentence]!.slice(beforeLast.closeAt + 1, first.openAt))) found = joined;
    }
    if (found) {
      cueOfGroup.set(g, found);
      used.add(found.cue);
    }
  }

  const pushStatement = (si: number, st: Ordered): void => {
    const key = sentenceKey(sentences[si]!);
    const list = out.get(key);
    if (list) list.push(st);
    else out.set(key, [st]);
  };
  const where = (si: number): Where => ({ paragraph: sentences[si]!.paragraph, sentence: sentences[si]!.sentence });
  const emitGroup = (g: QuoteGroup, speaker: Speaker, cueText: string, cueSentence: number | null, how: 'following-cue' | 'earlier-quote', from: Where): void => {
    for (const seg of g.segs) {
      const c = contentOf(texts[seg.sentence]!, seg.start, seg.end);
      if (!c) continue;
      const own = cueSentence === seg.sentence;
      const sp: Speaker = own ? speaker : { ...speaker, resolution: { how: seg.sentence < (cueSentence ?? -1) ? 'following-cue' : how, from } };
      pushStatement(seg.sentence, { speaker: sp, cue: cueText, content: c.text, direct: true, order: c.start });
    }
  };

  /** `…, adding that …` after a cue: the same speaker's next words, outside any quote. */
  const addParticiple = (si: number, text: string, from: number, next: Cue | null, speaker: Speaker): void => {
    const to = next && next.regionStart > from ? next.regionStart : text.length;
    let more = participleAfter(text, from, to);
    for (let guard = 0; more && guard < 4; guard++) {
      const at = more.at;
      if (segsBySentence[si]!.some((sg) => at >= sg.start && at < sg.end)) return;
      const further = participleAfter(text, more.contentStart, to);
      const content = contentOf(text, more.contentStart, further ? further.at : to);
      if (content && countWords(content.text) >= 2)
        pushStatement(si, { speaker, cue: more.cue, content: content.text, direct: false, order: content.start });
      more = further;
    }
  };

  let waiting: { sentence: number; emit: (speaker: Speaker, cueAt: Where, cue: string) => void } | null = null;
  let namedNext: { sentence: number; cue: Cue; emit: (speaker: Speaker, cueAt: Where, cue: string) => void } | null = null;
  let newcomerNext: { sentence: number; emit: (speaker: Speaker, cueAt: Where) => void } | null = null;
  /** A full name new to the document that opens sentence `si` with an age or a description after a comma ("Mira Soltan, 29,", "Gus Renn, the town's mayor,"), as a speaker. */
  const newcomer = (si: number): Speaker | null => {
    const text = texts[si]!;
    const m = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*,\s*(?:\d{1,3}\s*,|(?:the|a|an)\s+\S|\p{Lu}[\p{L}'’-]*['’]s\s+\p{Ll})/u.exec(text.slice(clauseStart(text)));
    const name = m?.[1];
    if (!name || !untitledNames(name).includes(name) || cast.isPerson(name) || cast.bySurname(name.split(/\s+/).at(-1)!)) return null;
    return { name, mention: name, description: null, kind: 'person', resolution: null };
  };
  const tailQuote = state.tailQuote;
  state.tailQuote = null;
  /**
   * The cue of sentence `si` whose subject opens the sentence and names a person ("Mayor Jane Orr,
   * who …, said", "Mr Orr said"), with whether the name is new to the document; null otherwise.
   */
  const namedOpener = (si: number): { cue: Cue; name: string; isNew: boolean } | null => {
    const text = texts[si];
    const c = cuesOf[si]?.[0];
    if (text === undefined || !c || c.according || c.regionStart !== c.tokens.find((t) => t.start >= clauseStart(text))?.start || c.tokens[c.span.start]!.start !== c.regionStart) return null;
    const parsed = parsePhrase(text, c.tokens, c.span);
    if (parsed.kind !== 'person' && !(parsed.kind === 'unknown' && parsed.single)) return null;
    if (parsed.pronoun !== null || parsed.name === null || !isCap(parsed.name)) return null;
    const known = parsed.single ? cast.bySurname(parsed.name) : cast.isPerson(parsed.name) ? { name: parsed.name } : null;
    if (parsed.single && !known) return null;
    return { cue: c, name: known?.name ?? parsed.name, isNew: !known };
  };
  // Resolve in reading order so pronouns see exactly the people named before them.
  const pendingQuote = new Set(groups.filter((g) => !cueOfGroup.has(g)));
  for (let si = 0; si < texts.length; si++) {
    const text = texts[si]!;
    const here = where(si);
    // A dateline or a glued byline ("By Ann Roe, Political Reporter Dunley Council …") names nobody in the story.
    const storyAt = clauseStart(text);
    const names = storyAt > 0 ? titledNames(text).filter((n) => n.index >= storyAt) : titledNames(text);
    let nameIdx = 0;
    const rememberNamesBefore = (pos: number): void => {
      while (nameIdx < names.length && names[nameIdx]!.index < pos) {
        const n = names[nameIdx++]!;
        rememberTitled(cast, n.name, n.title, here, text);
      }
    };
    // "'We were never asked': refugee families take the agency to court": the quote's speaker is the
    // subject of the clause after the colon.
    const colonQuote = quoteThenColon(text, segsBySentence[si]!, pendingQuote, groupOfSeg, tagsOf[si]!);
    if (colonQuote) {
      pendingQuote.delete(colonQuote.group);
      const tokens = tokenize(text);
      const speaker = cast.resolve(parsePhrase(text, tokens, colonQuote.span), here, text);
      if (speaker) {
        emitGroup(colonQuote.group, speaker, ':', si, 'following-cue', here);
        state.last = { speaker, at: here, paragraph: here.paragraph, count: state.count };
        state.lastQuoted = state.last;
      }
    }
    // Quote-only paragraphs (and later quotes of this one) continue the previous speaker.
    for (const g of [...pendingQuote]) {
      const first = g.segs[0]!;
      if (first.sentence !== si) continue;
      pendingQuote.delete(g);
      const all = g.segs.map((s) => texts[s.sentence]!.slice(s.start, s.end)).join(' ');
      const topical = first.openAt !== null && text.slice(0, first.openAt).trim() !== '' && topicLabel(text, first.openAt, tagsOf[si]!);
      const startsSentence = first.openAt !== null && (text.slice(0, first.openAt).trim() === '' || topical);
      const prev = state.last;
      // An interview's topic line ("On the claim that …: “…”") is the interviewee's answer: a body or
      // a document that spoke last does not go on in it (`topicAnswers` names the person).
      // Nor does a person known only by a description ("the league", "a spokesman"): the
      // interviewee is a named person.
      if (topical && prev !== null && (prev.speaker.kind !== 'person' || !isCap(prev.speaker.name))) continue;
      // A whole-sentence quote continues the speaker however short; a fragment needs some length.
      const last = g.segs[g.segs.length - 1]!;
      const wholeSentence = last.closeAt === null || /^[\s.,!?;:)\]]*$/.test(texts[last.sentence]!.slice(last.closeAt + 1));
      const runsOn = last.closeAt === null && last.sentence === texts.length - 1 && startsSentence;
      // A speech quoted over several paragraphs: each paragraph opens a quote and leaves it open, so
      // a quote that opens this paragraph goes on with the speaker of the one left open before it.
      const continues = runOn && si === 0 && startsSentence;
      const recent = prev !== null && ((prev.paragraph >= here.paragraph - 1 && state.count - prev.count <= 3) || continues);
      // "The report found that … // "These are not accidents. // "This is a business choosing …,"
      // said the trust's director, X.": a quote left open at its paragraph's end after a body or
      // a document spoke, with no person quoted in the last two paragraphs, is the speaker's the
      // next paragraph names; the body's when it names nobody.
      const afterBody = recent && runsOn && !continues && si === 0 && prev.speaker.kind !== 'person' && !(state.lastQuoted && state.lastQuoted.paragraph >= here.paragraph - 2);
      if (afterBody) {
        state.orphan = (speaker, cueAt, cue) => emitGroup(g, { ...speaker, resolution: { how: 'following-cue', from: cueAt } }, cue, -1, 'following-cue', cueAt);
        state.orphanOtherwise = () => emitGroup(g, { ...prev.speaker, resolution: { how: 'earlier-quote', from: prev.at } }, 'said', null, 'earlier-quote', prev.at);
        continue;
      }
      if (!recent && runsOn) {
        // A quote that runs on into the next paragraph, where its speaker is named.
        // Over several paragraphs, each waiting one hands the speaker back to the one before.
        const before = orphan;
        state.orphan = (speaker, cueAt, cue) => {
          emitGroup(g, { ...speaker, resolution: { how: 'following-cue', from: cueAt } }, cue, -1, 'following-cue', cueAt);
          before?.(speaker, cueAt, cue);
        };
        continue;
      }
      // `"How can it fail?" Doe recalled asking, "…"`: a whole-sentence quote with nobody
      // quoted just before is the speaker's who quotes in the very next sentence.
      if (!recent && startsSentence && wholeSentence && last.sentence === si)
        waiting = {
          sentence: si,
          emit: (speaker, cueAt, cue) => emitGroup(g, { ...speaker, resolution: { how: 'following-cue', from: cueAt } }, cue, -1, 'following-cue', cueAt),
        };
      // "“I thought I was going to die.” / Mira Soltan, 29, was one of 40 passengers …": a bare
      // quote that opens its paragraph, with nobody quoted just before, is the person the next
      // sentence (or paragraph) opens with, new to the document and described (`newcomer`).
      if (!recent && si === 0 && startsSentence && wholeSentence && g.segs.length === 1 && last.closeAt !== null && !cuesOf[si]!.some((c) => !used.has(c))) {
        const emit = (speaker: Speaker, cueAt: Where): void => emitGroup(g, { ...speaker, resolution: { how: 'following-cue', from: cueAt } }, 'said', -1, 'following-cue', cueAt);
        if (si + 1 < texts.length) newcomerNext = { sentence: si, emit };
        else state.tailQuote = { named: (speaker, cueAt) => emit(speaker, cueAt), otherwise: () => {}, newcomer: true };
      }
      // "Lindqvist laughs when asked whether she will slow down. / "Ask me again when I'm eighty."":
      // a bare quote right after a sentence of the same paragraph whose subject is a person named
      // there, who said nothing in it, is that person's, not the last speaker's (nor nobody's).
      const subject = state.subject;
      if (si > 0 && subject && subject.count === state.count - 1 && startsSentence && wholeSentence && g.segs.length === 1 && (!prev || !recent || subject.speaker.name !== prev.speaker.name) && !cuesOf[si]!.some((c) => !used.has(c))) {
        emitGroup(g, { ...subject.speaker, resolution: { how: 'earlier-quote', from: subject.at } }, 'said', null, 'earlier-quote', subject.at);
        if (waiting?.sentence === si) waiting = null;
        state.last = { speaker: subject.speaker, at: subject.at, paragraph: here.paragraph, count: state.count };
        state.lastQuoted = state.last;
        continue;
      }
      if (!startsSentence || (!wholeSentence && countWords(all) < 4) || !prev) continue;
      // Only right after the previous statement: the next paragraph or a few sentences on.
      if (!recent) continue;
      const sentenceHasCue = cuesOf[si]!.some((c) => !used.has(c));
      if (sentenceHasCue) continue;
      // "Lindqvist laughs when asked whether she will slow down. / "Ask me again when I'm eighty."":
      // a bare quote right after a sentence of the same paragraph whose subject is a person named
      // there, who said nothing in it, is that person's, not the last speaker's.
      // A bare quote that opens its paragraph, when the next sentence opens with a person who
      // speaks, someone other than the last speaker, and either new to the document or not the
      // speaker of the sentence just before the quote: the quote is the person's the next
      // sentence introduces ("“Nobody should drink from the tap.” / Mayor Jane Orr, who …, said …").
      const closedHere = g.segs.length === 1 && last.closeAt !== null && wholeSentence;
      const next = closedHere && si === 0 && si + 1 < texts.length ? namedOpener(si + 1) : null;
      if (next && next.name !== prev.speaker.name && (next.isNew || state.count - prev.count > 1)) {
        namedNext = { sentence: si, cue: next.cue, emit: (speaker, cueAt, cue) => emitGroup(g, { ...speaker, resolution: { how: 'following-cue', from: cueAt } }, cue, -1, 'following-cue', cueAt) };
        continue;
      }
      // A bare quote that closes its paragraph after a sentence in the article's own voice: the
      // next paragraph decides ("… the agency explained. / The update showed … / “It is not
      // fatal.” // Jane Orr, the project scientist, said …": a person new to the document who
      // opens it speaks it); the last speaker otherwise.
      if (closedHere && si > 0 && si === texts.length - 1 && !out.has(sentenceKey(sentences[si - 1]!))) {
        const speaker: Speaker = { ...prev.speaker, resolution: { how: 'earlier-quote', from: prev.at } };
        state.tailQuote = {
          named: (sp, cueAt, cue) => emitGroup(g, { ...sp, resolution: { how: 'following-cue', from: cueAt } }, cue, -1, 'following-cue', cueAt),
          otherwise: () => emitGroup(g, speaker, 'said', null, 'earlier-quote', prev.at),
        };
        continue;
      }
      // "“…,” said Jane Orr. // The ministry said talks would resume. // “They have made promises
      // before.”": a quote that opens a paragraph goes on with the person quoted last, not with a
      // body or group whose words were only reported in between.
      const quoted = state.lastQuoted;
      const resumes = si === 0 && prev.speaker.kind !== 'person' && quoted !== null && quoted.count < prev.count && quoted.speaker.kind === 'person' && here.paragraph - quoted.paragraph <= 2;
      const from = resumes ? quoted : prev;
      const speaker: Speaker = { ...from.speaker, resolution: { how: 'earlier-quote', from: from.at } };
      emitGroup(g, speaker, 'said', null, 'earlier-quote', from.at);
      // ("“…” / “…” / He looks away. / “…”": the speaker went on to the quote's last sentence, which
      // is where the sentences since the speaker last spoke are counted from, not its first cue.)
      if (from === prev && last.sentence > si) state.last = { ...prev, count: Math.max(prev.count, state.count + (last.sentence - si)) };
    }
    if (si === 0 && tailQuote) {
      const opener = namedOpener(0);
      const speaker = opener?.isNew ? speakerOf(opener.cue, text, cast, here) : null;
      const arrival = !speaker && tailQuote.newcomer ? newcomer(0) : null;
      if (opener && speaker) tailQuote.named(speaker, here, opener.cue.cue);
      else if (arrival) {
        tailQuote.named(arrival, here, 'said');
        state.last = { speaker: arrival, at: here, paragraph: here.paragraph, count: state.count };
      }
      else tailQuote.otherwise();
    }
    if (newcomerNext?.sentence === si - 1) {
      const arrival = newcomer(si);
      if (arrival) {
        newcomerNext.emit(arrival, here);
        state.last = { speaker: arrival, at: here, paragraph: here.paragraph, count: state.count };
        if (waiting?.sentence === si - 1) waiting = null;
      }
      newcomerNext = null;
    }
    const cues = cuesOf[si]!;
    // Cues that open right after a participle of saying, inside its words (below).
    const absorbed = new Set<Cue>();
    for (let ci = 0; ci < cues.length; ci++) {
      const c = cues[ci]!;
      rememberNamesBefore(c.regionStart);
      if (absorbed.has(c)) continue;
      const groupsHere = groups.filter((g) => cueOfGroup.get(g)?.cue === c);
      if (namedNext?.cue === c && namedNext.sentence === si - 1) {
        const speaker = speakerOf(c, text, cast, here);
        if (speaker) namedNext.emit(speaker, here, c.cue);
        namedNext = null;
      }
      if (groupsHere.length === 0) {
        const found = reported(text, c, nextReporting(text, cues, ci), segsBySentence[si]!, tagsOf[si]!, cues.slice(0, ci).some((b) => !b.weak && b.contentStart < c.regionEnd), state.release === true);
        // "has written to the firm asking it to reconsider": a request, no words of the writer's.
        const st = found && REQUEST_ONLY.test(found.text) ? null : found;
        // A speaker whose words are not in this sentence ("X commented on the falls") is
        // still someone a later "she said" may mean.
        const speaker = speakerOf(c, text, cast, here);
        // "His family announced his death on Tuesday, saying he had died peacefully": a decision or
        // a thing announced is no statement, but a participle of saying after it is one.
        if (!st && speaker && !c.according) {
          // "X welcomed the plan, saying it showed that …": a cue that opens right after the
          // participle ("it showed") is inside the participle's words, which run to the next cue
          // after it; the subject speaks them all, the inner cue nothing of its own.
          let next = nextReporting(text, cues, ci);
          const opening = next ? participleAfter(text, c.regionEnd, text.length) : null;
          if (next && opening && opening.contentStart <= next.regionStart && text.slice(opening.contentStart, next.regionStart).trim() === '') {
            absorbed.add(next);
            next = nextReporting(text, cues, cues.indexOf(next));
          }
          const more = participleAfter(text, c.regionEnd, next?.regionStart ?? text.length);
          const all = tagsOf[si]!();
          if (more && !segsBySentence[si]!.some((sg) => more.at >= sg.start && more.at < sg.end) && (/\sthat\s*$/.test(text.slice(more.at, more.contentStart)) || speaksFirst(more.cue.split(' ')[0]!) || holdsClause(all, more.contentStart, text.length))) {
            const before = out.get(sentenceKey(sentences[si]!))?.length ?? 0;
            addParticiple(si, text, c.regionEnd, next, speaker);
            if ((out.get(sentenceKey(sentences[si]!))?.length ?? 0) > before) state.last = { speaker, at: here, paragraph: here.paragraph, count: state.count };
          }
        }
        if (!st || !speaker) continue;
        pushStatement(si, { speaker, cue: c.cue, content: st.text, direct: false, order: st.start });
        addParticiple(si, text, st.start, cues[ci + 1] ?? null, speaker);
        state.last = { speaker, at: here, paragraph: here.paragraph, count: state.count };
        continue;
      }
      const speaker = speakerOf(c, text, cast, here);
      if (!speaker) continue;
      addParticiple(si, text, c.regionEnd, cues[ci + 1] ?? null, speaker);
      for (const g of groupsHere) {
        const isBefore = g.segs[0]!.sentence > si || (g.segs[0]!.sentence === si && (g.segs[0]!.openAt ?? 0) >= c.regionEnd);
        emitGroup(g, speaker, c.cue, si, isBefore ? 'earlier-quote' : 'following-cue', here);
        const opensParagraph = g.segs[0]!.sentence === 0 && texts[0]!.slice(0, g.segs[0]!.openAt ?? 0).trim() === '';
        if (orphan && opensParagraph) orphan(speaker, here, c.cue);
        if (waiting?.sentence === si - 1) waiting.emit(speaker, here, c.cue);
        waiting = null;
      }
      state.last = { speaker, at: here, paragraph: here.paragraph, count: state.count };
      state.lastQuoted = state.last;
    }
    // "A federal judge blocked the ban, saying it was unlawful": no reporting verb, but the
    // participle's speaker is the subject that opens the sentence. A weak verb that reported
    // nothing ("Washington criticised the rules, saying …") leaves the participle to speak.
    if (cues.length === 0 || (cues.every((c) => c.weak) && !out.has(sentenceKey(sentences[si]!)))) {
      const said = participleAfter(text, 0, text.length) ?? messageParticiple(text, tagsOf[si]!) ?? quantifiedParticiple(text);
      const more = said ?? reasonParticiple(text);
      const inQuote = more !== null && segsBySentence[si]!.some((sg) => more.at >= sg.start && more.at < sg.end);
      // "The council approved the budget, adding 40 new posts": a participle whose first sense is
      // no speech, with a thing for its object and no clause, does something rather than says it.
      const doing = (m: NonNullable<typeof more>): boolean => {
        if (/\sthat\s*$/.test(text.slice(m.at, m.contentStart)) || speaksFirst(m.cue.split(' ')[0]!)) return false;
        const all = tagsOf[si]!();
        return opensWithThing(all, m.contentStart, text.length) && !holdsClause(all, m.contentStart, text.length);
      };
      // "Staff planted a tree outside the depot, recalling the founder who died": remembering
      // (WordNet, `remembersFirst`) opens no speaker of its own, whatever follows.
      if (more && !inQuote && !doing(more) && !remembersFirst(more.cue.split(' ')[0]!)) {
        const tokens = tokenize(text);
        const first = tokens.findIndex((t) => t.start >= clauseStart(text));
        // "He declined to predict …, stating that …": a pronoun subject speaks as well as a name.
        // The subject of the clause's verb first: "Acme CEO, Jane Doe, justified it by saying …".
        let span = subjectSpan(text, tokens, tagsOf[si]!, more.at);
        if (!span && first >= 0) span = phraseAfter(tokens, first);
        // "Her directeur sportif, Joaquim Reis, was blunt, complaining …": a possessive opens a
        // description, never a speaker; the subject of the clause's first verb by the tags.
        if (span && POSSESSIVE.test(tokens[span.start]!.text)) span = clauseSubject(tokens, tagsOf[si]!, first, more.at);
        const members = QUANTIFIED_PARTICIPLE_AT.test(text.slice(more.at));
        const read = span ? parsePhrase(text, tokens, span) : null;
        // ("…, many of them saying …": the subject speaks through some of its members, so it is a
        // group of people; a plural of people WordNet knows, "Regulars", is one though no word list has it.)
        const parsed = members && read?.kind === 'unknown' && span && span.end - span.start === 1 && peopleNoun(tokens[span.start]!.text.toLowerCase()) ? { ...read, kind: 'group' as const, single: false } : read;
        // "Dalton disputed the figures, saying …": a lone name the tags read as a proper noun speaks too.
        // (The name is the verb's subject, right before it: "More than 200 farmers blockaded …" is no name.)
        const lone = span !== null && parsed !== null && parsed.single && span.end - span.start === 1 && taggedAt(tagsOf[si]!(), tokens[span.start]!.start)?.pos === 'PROPN' && taggedAt(tagsOf[si]!(), tokens[span.end]?.start ?? -1)?.pos === 'VERB';
        if (span && parsed && speakerLike(text, tokens, span) && (parsed.pronoun !== null || parsed.kind !== 'unknown' || lone) && (!members || parsed.kind === 'group')) {
          rememberNamesBefore(tokens[span.start]!.start);
          const speaker = cast.resolve(parsed, here, '');
          const further = participleAfter(text, more.contentStart, text.length);
          const content = contentOf(text, more.contentStart, further ? further.at : text.length);
          // A reason cited is a body's statement (the MEANTIME labels leave "X postponed a visit,
          // citing the ban" in the article's voice for a person); a name after "the" ("The Lantern
          // Cinema") is never a person's.
          // A name taken for a person by its shape ("Greyloaf Bakeries") that "which" or "its"
          // refers back to before the participle ("Greyloaf Bakeries, which employs 900 people, cut
          // its forecast, pointing to …") is a body's.
          const between = text.slice(tokens[span.end - 1]!.end, more.at);
          const thing = speaker?.kind === 'person' && parsed.pronoun === null && !speaker.description && (/^\s*,\s+which\s/.test(between) || /^[^\p{Lu}"“”]*?\bits\b/u.test(between));
          const reasonOk = said !== null || (parsed.pronoun === null && (speaker?.kind !== 'person' || thing || (/^the$/i.test(tokens[span.start]!.text) && isCap(tokens[span.start + 1]?.text ?? ''))));
          if (speaker && content && countWords(content.text) >= 2 && reasonOk) {
            const who: Speaker = thing && said === null ? { ...speaker, kind: 'organisation' } : speaker;
            pushStatement(si, { speaker: who, cue: more.cue, content: content.text, direct: false, order: content.start });
            state.last = { speaker: who, at: here, paragraph: here.paragraph, count: state.count };
          }
        }
      }
    }
    // "… which reads: Team, I …" / "I will stay on as chief.": news prose never says "I"; a
    // sentence in the first person right after a statement, with no marks and no cue of its
    // own, runs on the same speaker's words.
    const lastSaid = state.last;
    // After a paraphrase ("According to the club, the match will go ahead."), not words quoted with
    // marks or after a colon ("… which reads: Team, I …"), a line goes on with the speaker only when it
    // speaks as "I" or "we" ("We will not give up."): one whose first person is only "our" or "us"
    // addresses the reader from the page ("Subscribe to our daily email …", "Follow us …").
    const before = si > 0 ? out.get(sentenceKey(sentences[si - 1]!)) : undefined;
    const afterParaphrase = before !== undefined && before.length > 0 && before.every((x) => !x.direct) && !texts[si - 1]!.includes(':') && !/\b(?:I|[Ww]e)\b/.test(text);
    if (
      lastSaid &&
      !afterParaphrase &&
      !out.has(sentenceKey(sentences[si]!)) &&
      segsBySentence[si]!.length === 0 &&
      cues.length === 0 &&
      state.count - lastSaid.count === 1 &&
      here.paragraph - lastSaid.paragraph <= 1 &&
      // (A line that closes with no stop is page furniture, "Most read Comments Sign up to our newsletter".)
      /[.!?…]["”’')\]]*\s*$/u.test(text) &&
      speaksInFirstPerson(text)
    ) {
      const content = contentOf(text, clauseStart(text), text.length);
      if (content) {
        pushStatement(si, { speaker: { ...lastSaid.speaker, resolution: { how: 'earlier-quote', from: lastSaid.at } }, cue: 'said', content: content.text, direct: true, order: content.start });
        state.last = { ...lastSaid, count: state.count };
      }
    }
    rememberNamesBefore(Number.POSITIVE_INFINITY);
    for (const n of untitledNames(storyAt > 0 ? text.slice(storyAt) : text)) cast.nameCandidate(n, here);
    // A dateline's agency ("LISBON (Reuters) -") is no body a later "the operator" may mean.
    cast.passSentence(text.slice(clauseStart(text)), here);
    // "Wambui, 27, pulled away …": a lone surname opening the sentence is its subject, the
    // person a following "she said" most likely means, so it becomes the most recent person.
    const opener = /^(\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’]+)?)(?=,|\s+\p{Ll})(?:\s+(\p{Ll}[\p{Ll}-]*)\s+\p{Lu})?/u.exec(text.slice(clauseStart(text)));
    // "Calva coach Ivo Marrano …": a word before a role and a name modifies them (a team, a firm), it is no subject.
    if (opener && !CAP_FUNCTION_WORDS.has(opener[1]!) && !(opener[2] !== undefined && isRoleWord(opener[2]))) {
      const person = cast.bySurname(opener[1]!);
      if (person) cast.touch(person, here, null);
      if (person && !out.has(sentenceKey(sentences[si]!)) && opener[2] === undefined)
        state.subject = { speaker: { name: person.name, mention: opener[1]!, description: person.description, kind: 'person', resolution: null }, at: here, count: state.count };
    }
    // "Dara Finch attributes the rise to …": a full name that opens the sentence as the subject
    // of a verb is the person a following "he said" most likely means.
    const subject = /^(\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’]+)?(?:\s+\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’]+)?){1,2})\s+\p{Ll}+(?:s|ed)\b/u.exec(text.slice(clauseStart(text)));
    // Not when "its" refers back to it before any other name ("Solvane Semiconductor has delayed its plant"): a body.
    const itsAfter = subject !== null && /^[^\p{Lu}"“”]*?\bits\b/u.test(text.slice(clauseStart(text) + subject[0].length));
    if (subject && !itsAfter && untitledNames(subject[0]).includes(subject[1]!)) cast.namePerson(subject[1]!, null, null, here);
    // "At 7am on a wet Tuesday, Tam Rudd is already holding nine leads.": so is one after an opening
    // phrase of time or place (a preposition and no verb before the comma), an adverb allowed before the verb.
    const fronted = subject === null ? FRONTED_SUBJECT.exec(text.slice(clauseStart(text))) : null;
    const frontedIts = fronted !== null && /^[^\p{Lu}"“”]*?\bits\b/u.test(text.slice(clauseStart(text) + fronted[0].length));
    if (fronted && !frontedIts && !tagsOf[si]!().some((t) => t.end <= clauseStart(text) + fronted[1]!.length && t.pos === 'VERB') && untitledNames(fronted[2]!).includes(fronted[2]!))
      cast.namePerson(fronted[2]!, null, null, here);
    // "For Rudd, the appeal is simple.": a known person a fronted "for", "to" or "as for" phrase is
    // about is the topic of the sentence, whom a "he" speaking next means.
    const viewpoint = !out.has(sentenceKey(sentences[si]!)) ? /^(?:For|To|As\s+for)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+),\s/u.exec(text.slice(clauseStart(text))) : null;
    const topic = viewpoint && !CAP_FUNCTION_WORDS.has(viewpoint[1]!) ? cast.bySurname(viewpoint[1]!) : null;
    if (topic) cast.touch(topic, here, null);
    // "Tom Pengelly, who served as coxswain …, has died": "who" after a full name makes it a person's;
    // "Born in Porthmeor in 1937, Pengelly joined the crew": a surname after an opening phrase is the subject.
    // "Hilda Marsh, 83, gave evidence": so does an age apposed to it (a later "She told the court" is hers).
    // (The age only when the next sentence opens with "She" or "He", which then is hers: "Dana Rowe,
    // 52, runs the shop. Her husband … "…," he said" leaves the "he" alone.)
    const who = /^(\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’]+)?(?:\s+\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’]+)?){1,2}),\s+(who|\d{1,3},)\s/u.exec(text.slice(clauseStart(text)));
    // ("Tam Rudd, 23, left college to join him. / "…," she said.": a quote the next sentence opens,
    // tagged by a bare "she" or "he", counts as that pronoun opening it, as for `agedLater` below.)
    const aged = who !== null && who[2] !== 'who' ? (/^(She|He)\s/.exec(texts[si + 1] ?? '') ?? QUOTE_THEN_PRONOUN.exec(texts[si + 1] ?? '')) : null;
    if (who && (who[2] === 'who' || aged) && untitledNames(who[1]!).includes(who[1]!)) cast.namePerson(who[1]!, aged ? (/^she$/i.test(aged[1]!) ? 'f' : 'm') : null, null, here);
    // "Among those stuck was Tam Rudd, 38, who was riding with his son. / He told reporters …": a
    // full name later in the sentence given an age or a "who" clause is a person's, and the one a
    // "He" or "She" opening the next sentence means (only when the sentence reports nothing and
    // holds no other such name).
    // ("Her apprentice, 23-year-old Tam Rudd, joined in May. / "…," he said.": an age written before
    // the name counts as one after it, and a quote the next sentence opens, tagged by a bare "he" or
    // "she", is that person's as a sentence the pronoun opens would be.)
    const nextOpens = who === null && !out.has(sentenceKey(sentences[si]!)) ? (/^(She|He)\s/.exec(texts[si + 1] ?? '') ?? QUOTE_THEN_PRONOUN.exec(texts[si + 1] ?? '')) : null;
    const agedLater = nextOpens ? [...text.slice(clauseStart(text)).matchAll(AGED_OR_WHO), ...text.slice(clauseStart(text)).matchAll(AGED_BEFORE)].filter((m) => untitledNames(m[1]!).includes(m[1]!)) : [];
    if (nextOpens && agedLater.length === 1) cast.namePerson(agedLater[0]![1]!, /^she$/i.test(nextOpens[1]!) ? 'f' : 'm', null, here);
    // "Prosecuting, Simon Reade said …", "Defending, Tom Varga told …": a court participle opening
    // the sentence before a full name says the person's role, for a later "the prosecutor said".
    const acting = /^(\p{Lu}\p{Ll}{3,}ing)\b[^,"“”]{0,40},\s+(\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’]+)?(?:\s+\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’]+)?){1,2})\s+\p{Ll}/u.exec(text.slice(clauseStart(text)));
    if (acting) cast.noteActing(acting[2]!, acting[1]!);
    const late = /^[^,"“”]{3,60},\s+(\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’]+)?)\s+\p{Ll}+(?:s|ed)\b/u.exec(text.slice(clauseStart(text)));
    const lateSubject = late && !CAP_FUNCTION_WORDS.has(late[1]!) ? cast.bySurname(late[1]!) : null;
    if (lateSubject) cast.touch(lateSubject, here, null);
    // "Asked whether she would retire, Okafor laughed. / “Ask me in a year.”": the person who is the
    // subject after an opening clause, saying nothing, is whom a bare quote next means (as an opener).
    if (lateSubject && !out.has(sentenceKey(sentences[si]!)))
      state.subject = { speaker: { name: lateSubject.name, mention: late![1]!, description: lateSubject.description, kind: 'person', resolution: null }, at: here, count: state.count };
    // "Opening the case, Ada Lowe told the panel that a vet had found …. / “…,” she said.": a person
    // who reported a clause this sentence stays the one a later "she" means, whoever the clause names.
    const spoke = state.last && state.last.count === state.count && state.last.speaker.kind === 'person' && state.last.speaker.resolution === null ? cast.person(state.last.speaker.name) : null;
    if (spoke && (out.get(sentenceKey(sentences[si]!)) ?? []).some((st) => !st.direct && st.speaker.name === spoke.name)) cast.touch(spoke, spoke.lastAt, null);
    // "Denby Vale's manager, Phil Garside, was blunt about …" / "The woman behind the counter,
    // Maggie Tolland, is …": a full name in apposition to the sentence's subject, a description
    // holding a noun WordNet files as a person (`nounClass`), is who a following "he said" means.
    const described = cues.length === 0 ? APPOSED_SUBJECT.exec(text.slice(clauseStart(text))) : null;
    if (described && untitledNames(described[2]!).includes(described[2]!) && described[1]!.split(/\s+/).some((w) => /^\p{Ll}{3,}$/u.test(w) && nounClass(w) === 'person'))
      cast.namePerson(described[2]!, null, described[1]!.replace(/^(?:the|a|an)\s+/i, ''), here);
    // "Hale's wife, June, is less keen. / She says …": a first name alone in apposition to an
    // owner's relation word that marks a gender (the lexicon's gendered roles: wife, son, sister …)
    // is a person of that gender, whom a following "she"/"he" means.
    const kin = cues.length === 0 && !described ? KIN_SUBJECT.exec(text.slice(clauseStart(text))) : null;
    const kinGender = kin ? (FEMALE_MARKERS.has(kin[2]!) ? 'f' : MALE_MARKERS.has(kin[2]!) ? 'm' : null) : null;
    if (kin && kinGender && nounClass(kin[2]!) === 'person' && !CAP_FUNCTION_WORDS.has(kin[3]!)) cast.namePerson(kin[3]!, kinGender, `${kin[1]} ${kin[2]}`, here);
    // `Doe: Quote` in a headline; in the body only when a quote follows the colon.
    if (cues.length === 0) {
      // "Mayor Jo Reed on the strike: "Nobody wins"": an interview's headline names its topic before the quote.
      const m = HEADLINE_COLON.exec(text) ?? ((headline || si === 0) && sentences[si]!.paragraph <= 1 ? (TOPIC_COLON.exec(text) ?? roleColon(text)) : null) ?? (headline ? null : roleNameColon(text));
      // A straight single mark opens a quote too ("Fire chief: 'Stay indoors'").
      if (m && (headline || /^(?:["“‘«]|'(?=\p{L}))/u.test(m[2]!)))
        headlineColon(text, m[1]!, m[2]!, cast, here, (st) => {
          pushStatement(si, st);
          if (headline) return;
          // `Manager Jo Reed: "Ruth was immense. / Today she was the best on the pitch."`: the quote's
          // later sentences are the same speaker's, and so is a bare quote that follows.
          state.last = { speaker: st.speaker, at: here, paragraph: here.paragraph, count: state.count };
          state.lastQuoted = state.last;
          const seg = segsBySentence[si]!.find((x) => x.openAt !== null && x.openAt >= text.length - m[2]!.length);
          const g = seg ? groupOfSeg.get(seg) : undefined;
          if (g) {
            pendingQuote.delete(g);
            emitGroup({ segs: g.segs.filter((x) => x.sentence > si && !out.has(sentenceKey(sentences[x.sentence]!))) }, st.speaker, ':', si, 'earlier-quote', here);
          }
        });
      // Wire headlines name the source after a dash: "Russia, Turkey Agree to … - Lavrov".
      const d = headline && !m ? HEADLINE_DASH.exec(text) : null;
      if (d) headlineColon(text, d[2]!, d[1]!, cast, here, (st) => pushStatement(si, st), ' - ');
    }
    learnGender(text, out.get(sentenceKey(sentences[si]!)) ?? [], cast, here);
    // "In mitigation, Tam Rudd said his client had …": a person named in full who speaks of "his
    // client" (or hers) acts for a party as its lawyer, whom a later "the barrister said" means
    // (`Cast.noteActing`, as "Defending, Tam Rudd said" makes him).
    for (const st of out.get(sentenceKey(sentences[si]!)) ?? [])
      if (st.speaker.kind === 'person' && !st.direct && /\s/.test(st.speaker.name) && CLIENT_OF_SPEAKER.test(st.content)) cast.noteActing(st.speaker.name, 'defending');
    noteListeners(text, out.get(sentenceKey(sentences[si]!)) ?? [], cast, here);
    if (cues.length === 0) {
      const group = openingGroup(text);
      if (group) cast.noteGroup(group, here);
    }
    state.count++;
  }
  const tail = groups[groups.length - 1]?.segs.at(-1);
  state.runOn = tail !== undefined && tail.closeAt === null && tail.sentence === texts.length - 1 && out.has(sentenceKey(sentences[tail.sentence]!));
  if (orphanOtherwise && !orphanUsed) orphanOtherwise();
}

/**
 * A sentence (a headline, most often) that opens with a quote closed by a colon, then a clause
 * whose subject speaks: "'We were never asked': refugee families take agency to tribunal",
 * "“We will rebuild”: Mayor Jane Orr vows to reopen market". The quote holds a verb of its own
 * (a title in quotes, "'Cats': the musical returns", does not), and the subject of the first verb
 * after the colon (tags, `taggedSubject`) is a name or a person's, group's or body's noun.
 */
function quoteThenColon(text: string, segs: readonly QuoteSeg[], pending: ReadonlySet<QuoteGroup>, groupOf: ReadonlyMap<QuoteSeg, QuoteGroup>, tags: LazyTags): { group: QuoteGroup; span: PhraseSpan } | null {
  const seg = segs[0];
  if (!seg || seg.openAt === null || seg.closeAt === null || text.slice(clauseStart(text), seg.openAt).trim() !== '') return null;
  const group = groupOf.get(seg);
  const colon = /^\s*:\s*/.exec(text.slice(seg.closeAt + 1));
  if (!group || !pending.has(group) || group.segs.length !== 1 || !colon) return null;
  const all = tags();
  // "It's" may be tagged a pronoun and a particle: its "'s" is the verb.
  if (!all.some((t, k) => t.start >= seg.start && t.end <= seg.end && (t.pos === 'VERB' || t.pos === 'AUX' || (/^['’]s$/.test(t.text) && all[k - 1]?.pos === 'PRON')))) return null;
  const from = seg.closeAt + 1 + colon[0].length;
  const tokens = tokenize(text);
  const vi = tokens.findIndex((t) => t.start >= from && taggedAt(all, t.start)?.pos === 'VERB' && /^\p{Ll}/u.test(t.text));
  const span = vi < 0 ? null : taggedSubject(tokens, vi, tags);
  if (span && tokens[span.start]!.start >= from) {
    const headAt = (span.apposition ? span.apposition.name[1] : span.end) - 1;
    const head = tokens[headAt]!.text;
    if (isCap(head) ? taggedAt(all, tokens[headAt]!.start)?.pos === 'PROPN' : isRoleWord(head) || isGroupWord(head) || peopleNoun(head)) return { group, span };
  }
  // Headline grammar misleads the tagger ("shopkeepers fight bypass plan": "fight" a noun): the
  // opening nouns up to the first plural of people.
  const first = tokens.findIndex((t) => t.start >= from);
  for (let k = first; k >= 0 && k < tokens.length && k - first < 4; k++) {
    const t = taggedAt(all, tokens[k]!.start);
    if (!t || !/^(?:NOUN|ADJ|PROPN)$/.test(t.pos)) break;
    if (/^\p{Ll}/u.test(t.text) && (isGroupWord(t.text) || peopleNoun(t.text))) return { group, span: { start: first, end: k + 1, apposition: null, negated: false, passive: false } };
  }
  return null;
}

/**
 * "Jane Doe said she …": when a sentence names exactly one person and then uses only "she"
 * (or only "he"), that is the person's gender for later pronouns.
 */
function learnGender(text: string, statements: readonly Statement[], cast: Cast, here: Where): void {
  // "She hired Tobin Ruckley in 1990.": a he or she opening a sentence that reports nothing (`Cast.notePronounSubject`).
  // ("Her husband Piet helps …": an opening possessive is hers too.)
  const opening = statements.length === 0 ? /^(She|He|Her|His)\s+\p{Ll}/u.exec(text.slice(clauseStart(text))) : null;
  if (opening) cast.notePronounSubject(/^(?:She|Her)$/.test(opening[1]!) ? 'f' : 'm', here);
  // "The judge was not persuaded.": so does a definite role, for the person named with it (WordNet's person nouns).
  const role = statements.length === 0 ? /^The\s+(\p{Ll}{3,})\s+(?:was|is|had|has|did|does|were|remained|seemed|appeared|\p{Ll}+ed)\b/u.exec(text.slice(clauseStart(text))) : null;
  if (role && personNoun(role[1]!)) cast.noteRoleSubject(role[1]!, here);
  // "Lowe admitted his side had been outplayed. He said …": a lone name of unknown kind whose
  // reported words open with "he"/"his" ("she"/"her") about itself is a person of that gender,
  // so the next "he" is Lowe. Only in a sentence that mentions one gender.
  for (const st of statements) {
    const lone = st.speaker.kind === 'unknown' && st.speaker.resolution === null && !st.direct && /^\p{Lu}[\p{Ll}'’-]+$/u.test(st.speaker.name);
    const own = lone ? /^(his|her|he|she)\b/i.exec(st.content)?.[1]?.toLowerCase() : undefined;
    if (own === undefined) continue;
    const female = own === 'she' || own === 'her';
    if (female ? /\b(?:he|him|his|himself)\b/i.test(text) : /\b(?:she|her|herself)\b/i.test(text)) continue;
    cast.namePerson(st.speaker.name, female ? 'f' : 'm', null, here);
  }
  // The one person who speaks in the sentence is who a he/she speaking in the next one may mean (`Cast.previousSpeaker`).
  const people = new Set(statements.filter((s) => s.speaker.kind === 'person').map((s) => s.speaker.name));
  if (people.size === 1) {
    const name = [...people][0]!;
    cast.noteSpoke(name, here);
    // "In her ruling, the judge said …": a possessive in a fronted phrase, before the speaker and
    // any other name, is the speaker's own.
    const fronted = /^(?:In|On|At|For|By|With|During|After|Before)\s+(her|his)\s+\p{Ll}+,\s+/u.exec(text);
    const st = statements.find((s) => s.speaker.kind === 'person')!;
    if (fronted && !/^(?:he|she)$/i.test(st.speaker.mention) && text.startsWith(st.speaker.mention, fronted[0].length))
      cast.learnGender(name, fronted[1] === 'her' ? 'f' : 'm');
  }
  const own = statements.filter((s) => s.speaker.kind === 'person' && s.speaker.resolution?.how !== 'pronoun' && !s.direct);
  const named = new Set(own.map((s) => s.speaker.name));
  if (named.size !== 1) return;
  // Only the pronoun that opens the reported clause ("Doe said she would …") is taken to be
  // the speaker; "Doe said he would resign" about someone else is rarer but would mislead.
  const lead = own.map((s) => /^(she|he)\b/i.exec(s.content)?.[1]?.toLowerCase()).find((x) => x !== undefined);
  const mixed = /\b(?:she|her|herself)\b/i.test(text) && /\b(?:he|him|his|himself)\b/i.test(text);
  // "Dr Simon Tull, who worked with her for years, said she …": a "her" before the words said is
  // someone else's, so the "she" after may be hers too.
  const content = own.find((s) => /^(?:she|he)\b/i.test(s.content))?.content;
  const at = content === undefined ? -1 : text.indexOf(content);
  const before = at > 0 ? text.slice(0, at) : '';
  const otherBefore = lead === 'she' ? /\b(?:she|her)\b/i.test(before) : lead === 'he' ? /\b(?:he|him|his)\b/i.test(before) : false;
  // "Judge Ada Quell told Penn that he had …": a listener named between the verb and the
  // words may be whom the pronoun means.
  const cueAt = content === undefined ? -1 : before.lastIndexOf(own.find((s) => s.content === content)!.cue);
  const listener = cueAt >= 0 && /\s\p{Lu}/u.test(before.slice(cueAt));
  if (lead && !mixed && !otherBefore && !listener) cast.learnGender([...named][0]!, lead === 'she' ? 'f' : 'm');
}

/** "told her", "assured him": a verb of telling whose listener is a pronoun (the WordNet tell verbs of the lexicon). */
const LISTENER_PRONOUN = /^\s+(her|him)\b/u;

/** After a person's statement told to "her" or "him", that listener is the person last mentioned (`Cast.noteListener`). */
function noteListeners(text: string, statements: readonly Statement[], cast: Cast, at: Where): void {
  for (const s of statements) {
    if (s.speaker.kind !== 'person' || !TELL_VERBS.has(s.cue)) continue;
    const i = text.indexOf(` ${s.cue} `);
    const from = i + s.cue.length + 1;
    const m = i < 0 ? null : LISTENER_PRONOUN.exec(text.slice(from));
    if (!m) continue;
    // "told her sister": a "her" before a noun (by the tagger) is a possessive, no listener.
    const end = from + m[0].length;
    const next = tag(text, { entities: false }).tokens.find((t) => t.start > end);
    if (m[1] === 'her' && next && /^(?:NOUN|ADJ|PROPN)$/.test(next.pos)) continue;
    cast.noteListener(m[1] === 'her' ? 'f' : 'm', s.speaker.name, at);
  }
}

/** `\b` for every script: where a letter, digit or "_" meets anything else ("Ødegaard" and "Zoë" end and start at one too). */
const WORD_EDGE = String.raw`(?:(?<=[\p{L}\p{M}\p{N}_])(?![\p{L}\p{M}\p{N}_])|(?<![\p{L}\p{M}\p{N}_])(?=[\p{L}\p{M}\p{N}_]))`;


function rememberTitled(cast: Cast, name: string, title: string, at: Where, text: string): void {
  // "the European Cryogenics Consortium": "the", a capitalised word and a name whose last word
  // WordNet files as an organisation is a body, not a titled person.
  if (nounClass(name.split(/\s+/).pop() ?? '') === 'org' && text.includes(name) && text.includes(title) && new RegExp(String.raw`\bthe\s+${literal(title)}\s+${literal(name)}`).test(text)) return;
  if (name.includes(' ')) {
    cast.namePerson(name, genderFromTitle(title), null, at, title);
    return;
  }
  const known = cast.bySurname(name);
  if (known) cast.touch(known, at, genderFromTitle(title));
  // "Mrs Justice Penn", "Lord Justice Arlow": an honorific, then a role WordNet files as a person,
  // then a surname: the role and the surname name the person ("Justice Penn"), so a later "the
  // judge" or "Penn" finds them.
  const words = title.split(/\s+/);
  const role = words[words.length - 1]!;
  if (!known && words.length >= 2 && /^(?:Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?$/.test(words[0]!) && personNoun(role.toLowerCase()))
    cast.namePerson(`${role} ${name}`, genderFromTitle(title) ?? (/^(?:Lady|Dame)$/.test(words[0]!) ? 'f' : /^(?:Lord|Sir)$/.test(words[0]!) ? 'm' : null), null, at, title);
}

function genderFromTitle(title: string): 'm' | 'f' | null {
  if (/^(?:Mrs|Ms|Miss|Queen|Chairwoman|Spokeswoman|spokeswoman)\b/.test(title)) return 'f';
  if (/^(?:Mr|King|Chairman|Spokesman|spokesman)\b/.test(title)) return 'm';
  return null;
}

/** "Hale's wife, June, is …", "Her son, Tom, works …": an owner, a relation word, a first name in apposition, then a verb. */
const KIN_SUBJECT = /^((?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s?|[Tt]he\s+\p{Ll}+['’]s|[Hh]is|[Hh]er|[Tt]heir))\s+(?:\p{Ll}+\s+)?(\p{Ll}+),\s+(\p{Lu}[\p{Ll}'’-]+),\s+(?:\d{1,3},\s+)?\p{Ll}/u;

/** "The trust will keep its …, it added": a description opening the clause (group 1, head group 2), a verb, then "its" before the trailing cue. */
const OWN_DESCRIBED_SUBJECT = /^((?:The|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+))\s+(?:\p{Ll}+\s+){1,3}?its\s+[^,;:"“”]*,\s*$/u;
/** A sentence that opens with a description, a full name in apposition, then a verb: "The club's manager, Jo Reed, was …". */
const APPOSED_SUBJECT = /^((?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s?)\s+[^,;:"“”]{2,60}?),\s+(?:\d{1,3}-year-old\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}),\s+(?:\d{1,3},\s+)?\p{Ll}/u;

/** What `speakerOf`'s pattern of a name placed or quoted needs (so it is compiled only where it can match). */
const PLACE_OR_QUOTE = /\b(?:in|at|from|near|through|into)\s|["“‘]/;
/** What `participleObject`'s pattern needs before the name. */
const ING_WORD = /\p{Ll}{2,}ing\s/u;

/** "Addressing Tobin Ruckley, she said": a name right after a participle (an -ing form WordNet knows as a verb) that opens the clause is its object, not who the pronoun means. */
function participleObject(before: string, name: string): boolean {
  // ("Addressing Ruckley": the participle may be read into the run itself.)
  // (The pattern for the name is compiled only where it can match: `before` writes the name and an -ing word.)
  const m = /^\p{Lu}\p{Ll}{2,}ing\s/u.test(name) ? /^(\p{L}+)/u.exec(name) : !before.includes(name) || !ING_WORD.test(before) ? null : new RegExp(String.raw`(?:^|[,;]\s+)(\p{Lu}?\p{Ll}{2,}ing)\s+${literal(name)}(?![\p{L}'’-])`, 'u').exec(before);
  return m !== null && (baseForms(m[1]!.toLowerCase()).get('verb') ?? []).length > 0;
}

function speakerOf(c: Cue, text: string, cast: Cast, here: Where): Speaker | null {
  if (c.speaker !== undefined) return c.speaker;
  const ownerTokens = c.owner !== undefined ? tokenize(c.owner) : null;
  let parsed = c.owner !== undefined && ownerTokens ? parsePhrase(c.owner, ownerTokens, { start: 0, end: ownerTokens.length, apposition: null, negated: false, passive: false }) : parsePhrase(text, c.tokens, c.span);
  // "A retired teacher named Ivo Brack said", "Her deputy, a former engineer called Ivo
  // Brack, puts it …": a person described, then "named"/"called" and a full name before the
  // verb, is that person (the description is theirs).
  // (The verb is the cue's first word after the phrase; a colon's region runs on past it.)
  const spanEnd = c.tokens[c.span.end - 1]!.end;
  const verbAt = c.tokens.find((t, k) => k >= c.span.end && t.text === c.cue.split(' ')[0])?.start ?? -1;
  if (c.owner === undefined && !c.according && parsed.kind === 'person' && spanEnd <= verbAt && !/\p{Lu}/u.test((parsed.name ?? '').replace(/^(?:The|A|An|Her|His|Their|Its|Our)\s/, ''))) {
    const named = NAMED_AFTER.exec(text.slice(spanEnd, verbAt));
    const at = named ? spanEnd + named.index + named[0].lastIndexOf(named[1]!) : -1;
    const nameSpan = named ? spanOfText(c.tokens, at, at + named[1]!.length) : null;
    const person = nameSpan ? parsePhrase(text, c.tokens, nameSpan) : null;
    if (person?.kind === 'person' && person.name === named![1]) parsed = { ...person, description: person.description ?? parsed.mention };
  }
  // "Jane Doe, the chief executive, outlined what she called …": a full name earlier in the
  // same sentence is who the pronoun means.
  // A name after a preposition of place ("a business in Oster Point") is a place, not who "she" is.
  if (parsed.pronoun === 'he' || parsed.pronoun === 'she') {
    const before = text.slice(clauseStart(text), c.regionStart);
    // Nor a title in quotation marks ("It was \"Blue Hour\", requested, she says, …").
    // Nor capitals that modify a noun after an article ("She has been a Welsh Language tutor for
    // nine years, and she says …"): a language, a subject or a thing named inside a noun phrase.
    // Nor a participle's object fronted before the pronoun ("Addressing Tobin Ruckley, she said: …").
    // Nor a name this sentence or an earlier one writes where no person stands ("off Garroch Stack").
    const unpersons = unpersonNames(text);
    for (const n of untitledNames(before))
      if (!participleObject(before, n) && !unpersons.includes(n) && !cast.isUnperson(n) && (!(PLACE_OR_QUOTE.test(before) && new RegExp(String.raw`\b(?:in|at|from|near|through|into)\s+(?:the\s+)?${literal(n)}|["“‘]${literal(n)}[,.!?]?["”’]`).test(before)) && !modifiesNoun(text, n, clauseStart(text), c.regionStart))) cast.namePerson(n, null, null, here);
  }
  // "The trust will keep its two minibuses, it added.": a trailing "it" whose sentence opens with a
  // description of a thing (no document) that owns an "its" is that description, not a body that spoke before.
  const own = parsed.pronoun === 'it' && c.owner === undefined ? OWN_DESCRIBED_SUBJECT.exec(text.slice(clauseStart(text), c.regionStart)) : null;
  if (own && !documentNoun(own[2]!) && !findingNoun(own[2]!)) {
    const at = clauseStart(text);
    const span = spanOfText(c.tokens, at, at + own[1]!.length);
    if (span) {
      c.speaker = cast.resolve(parsePhrase(text, c.tokens, span), here, text.slice(at, c.regionStart));
      if (c.speaker) return c.speaker;
    }
  }
  // "It recommended a full survey": the "it" must be a document that spoke before (a study, record
  // or message by the last word of its name: `documentNoun`), or the sentence is the article's own.
  // (The cast is asked only then: resolving an "it" notes the body it finds for later sentences.)
  if (c.itDocument) {
    const last = cast.recentCollective();
    const head = last?.name.split(/\s+/).at(-1) ?? '';
    const document = last !== null && last.kind === 'unknown' && here.paragraph - last.at.paragraph <= 1 && /^\p{Ll}/u.test(head) && documentNoun(head);
    const meant = document ? cast.resolve(parsed, here, '') : null;
    c.speaker = meant?.name === last?.name && meant?.resolution?.how === 'pronoun' ? meant : null;
    return c.speaker;
  }
  // "…, it added." after "…, Holt Water said.": the speaker going on (`Cast.addedBy`).
  const added = parsed.pronoun === 'it' && c.cue === 'added' ? cast.addedBy(here, parsed.mention) : null;
  if (added) return (c.speaker = added);
  // (A dateline or a glued byline before the story names no antecedent.)
  c.speaker = cast.resolve(parsed, here, text.slice(Math.min(clauseStart(text), c.regionStart), c.regionStart));
  // "according to the plan" names nobody; "according to the theatre" the body introduced as one.
  if (c.introduced && (c.speaker?.resolution === null || c.speaker?.kind !== 'organisation')) c.speaker = null;
  if (c.introduced) return c.speaker;
  if (c.speaker?.kind === 'person' && c.speaker.resolution === null && /\s/.test(c.speaker.name) && text.includes(`${c.speaker.name}, which `)) c.speaker = cast.bodyAfterAll(c.speaker, here);
  // "…," says Quayle, who has worked at the bench since 1979.": a lone name of unknown kind that
  // "who" refers back to is a person, whom a later "he" or "she" may mean.
  if (c.speaker?.kind === 'unknown' && c.speaker.resolution === null && /^\p{Lu}[\p{Ll}'’-]+$/u.test(c.speaker.name) && text.includes(`${c.speaker.name}, who `)) {
    cast.namePerson(c.speaker.name, null, c.speaker.description, here);
    c.speaker = { ...c.speaker, kind: 'person' };
  }
  // "according to the company's annual report" with no company named: the document speaks ("the
  // company" alone says less than "the company's annual report").
  // Nor when the name the cast found for it does not hold the noun: "according to the orchestra's
  // annual report" after "the Harwell Philharmonic" is the report ("the ministry's latest figures"
  // after "The Ministry of Labour" is the ministry).
  const ownerNoun = c.according && c.owner !== undefined && c.speaker ? /^the\s+(\p{Ll}+)$/u.exec(c.speaker.mention) : null;
  // (Nor when what it found is no name either: "the town council" the article wrote before.)
  if (ownerNoun && (c.speaker!.name === c.speaker!.mention || !/\p{Lu}/u.test(c.speaker!.name) || !new RegExp(`\\b${ownerNoun[1]!}\\b`, 'iu').test(c.speaker!.name))) c.speaker = cast.resolve(parsePhrase(text, c.tokens, c.span), here, text.slice(0, c.regionStart));
  // "according to the society's website" after "the Tentwell Bellringers' Society": the named body
  // speaks through its document, which the name says ("Tentwell Bellringers' Society website"), as
  // "Its report found …" is named (`Cast.resolve`); not its "own" figures, nor a person's papers.
  const owned = c.according && c.owner !== undefined && c.speaker?.kind === 'organisation' ? OWNED_DOCUMENT.exec(text.slice(c.tokens[c.span.start]!.start, c.tokens[c.span.end - 1]!.end)) : null;
  const body = c.speaker?.name.replace(/^the\s+/i, '') ?? '';
  if (owned && /^\p{Lu}/u.test(body) && !new RegExp(`${literal(owned[1]!)}$`, 'i').test(body)) c.speaker = { ...c.speaker!, name: `${body} ${owned[1]!}` };
  // "Rudd's daughter, Ada, who keeps the books, said": a first name apposed to a blood relative
  // (WordNet: a kind of relative, no spouse) of a person the article named shares that person's
  // surname: the speaker is "Ada Rudd", whom a later "she" means.
  const kin = c.speaker?.kind === 'person' && c.speaker.resolution === null && /^\p{Lu}[\p{Ll}'’-]+$/u.test(c.speaker.name) ? KIN_APPOSED.exec(c.speaker.mention) : null;
  const kinOwner = kin && kin[3] === c.speaker!.name && !CAP_FUNCTION_WORDS.has(kin[1]!) && bloodRelative(kin[2]!) ? cast.bySurname(kin[1]!) : null;
  const surname = kinOwner?.parts.at(-1);
  if (kin && kinOwner && surname !== undefined && surname !== kin[3]) {
    const full = `${kin[3]!} ${surname}`;
    cast.namePerson(full, FEMALE_MARKERS.has(kin[2]!) ? 'f' : MALE_MARKERS.has(kin[2]!) ? 'm' : null, c.speaker!.description, here);
    c.speaker = { ...c.speaker!, name: full };
    return c.speaker;
  }
  // "A 2025 survey by the Harbour Council found …": the body's survey speaks, named "Harbour
  // Council survey" (a reader says "the council's survey found", which holds both).
  // (A body's name the lists read as a person's, "the Upwater Saddlers Sodality", has its article.)
  else if (c.study !== undefined && c.speaker && (c.speaker.kind !== 'person' || /^the\s/i.test(c.speaker.mention)) && /^\p{Lu}/u.test(body) && !new RegExp(`\\b${literal(c.study)}$`, 'i').test(body)) c.speaker = { ...c.speaker, name: `${body} ${c.study}`, kind: 'organisation' };
  return c.speaker;
}

/** What may stand between a described person and the verb: an apposed description, then "named" or "called" and a full name (group 1), an age. */
const NAMED_AFTER = /^\s*(?:,\s*(?:an?|the)\s+[^,;:"“”()]{1,50}?\s+)?(?:named|called)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?:,\s*(?:\d{1,3}\s*,\s*)?)?$/u;

/** A lawyer's word for the party they act for, owned by the speaker: "his client", "her clients", "my client". */
const CLIENT_OF_SPEAKER = /^(?:his|her|my)\s+clients?\b/i;

/** "Rudd's daughter, Ada": an owner's surname (group 1, a title before it allowed), a relation noun (group 2), a first name in apposition (group 3). */
const KIN_APPOSED = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+|\p{Lu}[\p{Ll}'’-]+\s+)?(\p{Lu}[\p{Ll}'’-]+)['’]s\s+(?:(?:elder|eldest|younger|youngest|late|only)\s+)?(\p{Ll}+),\s+(\p{Lu}[\p{Ll}'’-]+)(?=,|$)/u;

let RELATIVE: ReadonlySet<string> | undefined;
let SPOUSE: ReadonlySet<string> | undefined;
/** A relation noun whose first sense is a kind of relative (WordNet) and no spouse's or partner's: a daughter, a nephew, not a wife (who may keep her own surname). */
function bloodRelative(word: string): boolean {
  RELATIVE ??= senseKeys('noun', ['relative', 1]);
  SPOUSE ??= senseKeys('noun', ['spouse', 1], ['partner', 1]);
  return isKindOf(word, 'noun', RELATIVE, 1) && !isKindOf(word, 'noun', SPOUSE, 1);
}

/** The head noun of the document an owner's possessive owns ("the society's website", "the ministry's latest figures": "figures"), no "own" among its words. */
const OWNED_DOCUMENT = /['’]s?\s+(?:(?!own\b)\p{Ll}[\p{Ll}-]*\s+){0,3}(\p{Ll}[\p{Ll}-]*)$/u;

/** "in the journal Marine Notes", "in Soil Letters", "in an earlier paper": where words were published, closing the sentence (a title's capitalised words, or a document noun, `documentNoun`). */
function publishedIn(rest: string): boolean {
  if (PUBLISHED_IN.test(rest)) return true;
  const m = PUBLISHED_IN_DOCUMENT.exec(rest);
  return m !== null && documentNoun(m[1]!);
}
const PUBLISHED_IN_DOCUMENT = /^\s*in\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s*[.!?]?\s*$/u;
const PUBLISHED_IN = /^\s*(?:in|on)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of|for|and|&)\s+|\s+)?)+\s*[.!?]?\s*$/u;

/** Verbs that also take a thing as their object: "announced 10,000 job cuts" is a decision, not words. */
const OBJECT_VERBS = /^(?:announc|add|report|reveal|confirm|unveil|introduc|disclos|detail|outlin|declar|conced)/;
/**
 * "Tollis Storage, the family-owned operator, today announced": a press release's opening — the
 * body, the description it gives itself between commas, "today announced" (a news report's "Acme
 * today announced its new phone" reports the act in the article's own voice).
 */
/** A line by which a document presents itself as a press release: "FOR IMMEDIATE RELEASE", "Notes to editors", "ENDS", "Media enquiries". */
const RELEASE_MARK = /^(?:FOR IMMEDIATE RELEASE\b|Notes to editors\b|ENDS\s*$|(?:For\s+)?[Mm]edia enquiries\b)/u;
const RELEASE_FORMULA = /,\s+(?:the|an?)\s[^,;:"“”]{2,80},\s+today\s+announc\p{Ll}*\s*$/u;
/** Of those, the verbs of telling a fact, whose counted object is a claim. */
const FACT_VERBS = /^(?:confirm|report|reveal|disclos)/;

/**
 * "is recalling 200,000 toys", "found the wreck": after a verb whose most common sense is no
 * communication (`speaksFirst`), the words (no "that", no quote) open with a thing, not a listener or a preposition
 * ("warned the council …", "accused Acme of …", "warned of …"): the head of their first noun
 * phrase is a common noun that WordNet does not file as a person, body or document.
 */
function opensWithThing(tags: readonly TaggedToken[], a: number, b: number): boolean {
  for (const t of tags) {
    if (t.start < a || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PUNCT') continue;
    if (t.start >= b || t.pos !== 'NOUN' || !/^\p{Ll}/u.test(t.text)) return false;
    const next = tags[tags.indexOf(t) + 1];
    // The head is the last noun of a compound ("puzzle sets").
    if (next && next.pos === 'NOUN' && next.start < b) continue;
    // "recalled 12,000 bike batteries": a head whose first two senses hold an artefact (WordNet) is a
    // thing, though another sense is a group ("a battery of guns").
    return artefactNoun(t.lemma) || (!isRoleWord(t.text) && !isGroupWord(t.text) && !isRoleWord(t.lemma));
  }
  return false;
}

let PROTEST: ReadonlySet<string> | undefined;
/**
 * Whether the words from `a` to `b` open with a noun phrase headed by a protest as a group's act
 * (WordNet: one of the head's first two senses is a kind of "protest", the organised display of
 * dissent: a strike, a walkout, a boycott, a demonstration), not by a thing asked of others ("an
 * inquiry", "a ban").
 */
function opensWithProtest(tags: readonly TaggedToken[], a: number, b: number): boolean {
  PROTEST ??= senseKeys('noun', ['protest', 2]);
  for (const t of tags) {
    if (t.start < a || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') continue;
    if (t.start >= b || t.pos !== 'NOUN' || !/^\p{Ll}/u.test(t.text)) return false;
    const next = tags[tags.indexOf(t) + 1];
    if (next && next.pos === 'NOUN' && next.start < b) continue;
    return isKindOf(t.lemma.toLowerCase(), 'noun', PROTEST, 2);
  }
  return false;
}

/**
 * "wrote a personal letter of apology to each diner", "sent an email to staff": words (no "that",
 * no quote, no clause) that open with "a"/"an" and a document or message noun (`documentNoun`:
 * WordNet) are the thing written or sent, not what it says, whatever the verb.
 */
function opensWithDocument(tags: readonly TaggedToken[], a: number, b: number): boolean {
  // "denied a report that the plant would close": a document whose content follows is reported.
  if (tags.some((t) => t.start >= a && t.start < b && /^that$/i.test(t.text))) return false;
  // A document written or sent is a new one ("a letter"); "denied the claim" reports what it denies.
  if (!/^an?$/i.test(tags.find((t) => t.start >= a)?.text ?? '')) return false;
  for (const t of tags) {
    if (t.start < a || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') continue;
    if (t.start >= b || t.pos !== 'NOUN' || !/^\p{Ll}/u.test(t.text)) return false;
    const next = tags[tags.indexOf(t) + 1];
    if (next && next.pos === 'NOUN' && next.start < b) continue;
    return documentNoun(t.lemma.toLowerCase());
  }
  return false;
}

let REQUESTED: ReadonlySet<string> | undefined;
let STATED: ReadonlySet<string> | undefined;
const grantingMemo = new Map<string, boolean>();

/**
 * Whether a verb of saying also grants, withholds or puts forward things (WordNet: two or more
 * senses of possession, or one of social life: "deny", "refuse", "reject", "propose"), so that a
 * thing as its object makes an act ("said rents were the reason", "claimed a prize" are no such verbs).
 */
function grantingVerb(lemma: string): boolean {
  let known = grantingMemo.get(lemma);
  if (known === undefined) {
    const senses = sensesOf(lemma, 'verb').flatMap((o) => synsetAt('verb', o) ?? []);
    known = senses.filter((x) => x.lexname === 'verb.possession').length >= 2 || senses.some((x) => x.lexname === 'verb.social');
    grantingMemo.set(lemma, known);
  }
  return known;
}

/** The first word at or after `a`, past an object pronoun that receives what follows ("denied him bail" → "bail"). */
function pastReceiver(tags: readonly TaggedToken[], a: number): TaggedToken | undefined {
  const first = tags.find((t) => t.start >= a);
  return first && /^(?:him|them|us|me)$/i.test(first.text) ? tags[tags.indexOf(first) + 1] : first;
}

/**
 * "denied a motion for a retrial", "denied bail", "has proposed a dividend of 2p": words (no "that",
 * no quote, no clause) that open with a thing one grants, refuses or puts forward — a noun whose
 * first sense is a possession (WordNet: "bail", "dividend"), or, after "a"/"an", one sense of
 * which is a kind of request or proposal ("a motion", "an application") — are an act, not words
 * reported ("denied the claims" still reports what it denies).
 */
function opensWithGranted(tags: readonly TaggedToken[], a: number, b: number): boolean {
  REQUESTED ??= new Set([...sensesOf('request', 'noun'), ...sensesOf('proposal', 'noun')].map((o) => `noun:${o}`));
  STATED ??= new Set(sensesOf('statement', 'noun').map((o) => `noun:${o}`));
  // "denied a claim that the market would move": what the thing says follows, reported.
  if (tags.some((t) => t.start >= a && t.start < b && /^that$/i.test(t.text))) return false;
  // "denied him bail": a pronoun that receives the thing comes before it.
  const first = pastReceiver(tags, a);
  if (first === undefined) return false;
  const from = first.start;
  const indefinite = /^an?$/i.test(first.text);
  // "denied bail to a man": the tagger may read a bare noun opening the object as a verb.
  const bareNoun = (t: TaggedToken): boolean => t.start === from && misreadNoun(t);
  for (const t of tags) {
    // ("denies paying bribes": a gerund opens a clause, not a thing.)
    if (t.start >= from && /^\p{Ll}+ing$/u.test(t.text)) return false;
    if (t.start < from || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM') continue;
    if (t.start >= b || (t.pos !== 'NOUN' && !bareNoun(t)) || !/^\p{Ll}/u.test(t.text)) return false;
    const next = tags[tags.indexOf(t) + 1];
    if (next && next.pos === 'NOUN' && next.start < b) continue;
    const lemma = t.lemma.toLowerCase();
    if (synsetsOf(lemma, 'noun', 1)[0]?.lexname === 'noun.possession') return true;
    // (Not a noun that may be a statement too: "a claim" is an assertion as well as a demand.)
    const senses = synsetsOf(lemma, 'noun');
    return indefinite && !senses.some((x) => synsetIsKindOf(x, STATED!)) && senses.some((x) => x.lexname === 'noun.communication' && (REQUESTED!.has(`noun:${x.offset}`) || synsetIsKindOf(x, REQUESTED!)));
  }
  return false;
}

/** A lower-case word the tagger read as a verb in its plain form ("bail", not "bailed" or "bails") that WordNet has as a noun. */
function misreadNoun(t: TaggedToken): boolean {
  return t.pos === 'VERB' && /^\p{Ll}+$/u.test(t.text) && t.lemma === t.text && !/(?:s|ed|ing)$/.test(t.text) && synsetsOf(t.text, 'noun', 1).length > 0;
}

/** Whether one of a lower-case noun's two most common senses is an artefact and its first is no person. */
function artefactNoun(lemma: string): boolean {
  const senses = synsetsOf(lemma.toLowerCase(), 'noun', 2);
  return senses[0] !== undefined && senses[0].lexname !== 'noun.person' && senses.some((x) => x.lexname === 'noun.artifact');
}

/**
 * Whether the words from `a` to `b` hold a clause: a verb with a tense of its own before any
 * comma or relative pronoun ("the plant will close", "it lost money"), not a thing ("a new
 * laptop to sync data", "job cuts over four years").
 */
function holdsClause(tags: readonly TaggedToken[], a: number, b: number, thing = false): boolean {
  let prev: TaggedToken | undefined;
  // "an event to be held in May" is a thing: the verbs after "to" have no tense of their own.
  let infinitive = false;
  // A counted thing ("240,000 air fryers …"), as recalls, orders and sales are written.
  const first = tags.find((t) => t.start >= a);
  // ("denied him bail": past an object pronoun, which is no clause's subject.)
  const opener = pastReceiver(tags, a);
  const counted = thing && first?.pos === 'NUM';
  for (const t of tags) {
    if (t.start < a) continue;
    // "denied bail to a man": a bare form opening the words, with no subject before it, is a noun
    // the tagger read as a verb (`misreadNoun`), no clause's verb.
    if (t === opener && misreadNoun(t)) {
      prev = { ...t, pos: 'NOUN' };
      continue;
    }
    // "recalling 200,000 toys because parts come loose": a clause after a conjunction is not the content's own.
    // ("recalling 9,000 kettles after a fault was found": nor after a word of time the tagger reads as a
    // preposition, once the words have opened: it joins a clause of its own.)
    if (t.start >= b || t.text === ',' || t.pos === 'SCONJ' || /^(?:which|who|whose|that)$/i.test(t.text) || (t !== first && t.pos === 'ADP' && TIME_CONJUNCTION.test(t.text))) return false;
    const verbal = t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'ADV';
    infinitive = t.lemma === 'to' ? t.pos === 'PART' || infinitive : infinitive && verbal;
    // "recalling 240,000 air fryers sold in Britain": after a counted thing, a verb right before a
    // preposition is read as a participle that describes it (`thing`: the object opened with one).
    const participle = thing && counted && t.pos === 'VERB' && prev?.pos === 'NOUN' && tags[tags.indexOf(t) + 1]?.pos === 'ADP';
    if (!infinitive && !participle && (t.pos === 'AUX' || (t.pos === 'VERB' && /^\p{Ll}/u.test(t.text) && !/ing$/.test(t.text) && prev?.pos !== 'DET'))) return true;
    prev = t;
  }
  return false;
}

/**
 * Whether the words from `a` to `b` are a short object and an infinitive ("the fall to cost the
 * firm $30 million", "sales to recover"): a noun phrase of at most four words (DET, NUM, ADJ,
 * NOUN, PROPN) with a noun, then "to" and a verb.
 */
function objectInfinitive(tags: readonly TaggedToken[], a: number, b: number): boolean {
  let i = tags.findIndex((t) => t.start >= a);
  if (i < 0) return false;
  let noun = false;
  let n = 0;
  for (; i < tags.length && tags[i]!.start < b && n < 5; i++, n++) {
    const t = tags[i]!;
    if (t.lemma === 'to' && t.pos === 'PART') return noun && tags[i + 1]?.pos === 'VERB';
    if (!/^(?:DET|NUM|ADJ|NOUN|PROPN)$/.test(t.pos)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
  }
  return false;
}

/** The end of a lead that opens a speaker phrase with a document and its author: ", a report by". */
const DOCUMENT_BY = /,\s*(?:an?|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:by|from|of)$/u;


/**
 * The cue after cue `ci` that may report words of its own, where its content cuts `ci`'s: a weak
 * verb with no "that" inside the reported clause ("questioned whether the claimants had reported
 * the damp") reports nothing and cuts nothing.
 */
function nextReporting(text: string, cues: readonly Cue[], ci: number): Cue | null {
  for (let k = ci + 1; k < cues.length; k++) {
    const n = cues[k]!;
    const closes = /^\s*[.!?]?\s*$/.test(text.slice(skipAdverbials(text, n.regionEnd)));
    if (n.weak && !n.that && !n.causal && !n.according && !closes) continue;
    return n;
  }
  return null;
}

/** The reported clause of a cue that no quote used, or null when it has none. */
/**
 * `inside`: the cue stands inside the content of a reporting cue before it ("said they expected
 * rates to rise"), where only the older readings apply.
 */
function reported(text: string, c: Cue, next: Cue | null, segs: readonly QuoteSeg[], tags: LazyTags, inside = false, release = false): { text: string; start: number } | null {
  if (c.fixedContent) return contentOf(text, c.fixedContent[0], c.fixedContent[1]);
  const end = next && next.regionStart > c.contentStart ? cutBefore(text, next.regionStart) : text.length;
  // "X said according to those figures, Y": the content is Y.
  const via = /^\s*according to [^,"“”]{1,60},\s*/.exec(text.slice(c.contentStart, end));
  const from = via ? c.contentStart + via[0].length : c.contentStart;
  const rest = text.slice(from, end).trim();
  // "X recalled asking, "…"": the participle hands the words over to the quote.
  if (/^\p{Ll}+ing\s*[,:]?\s*["“‘«]/u.test(rest)) return null;
  // "X claims to have seen …": an infinitive complement is the claim itself.
  // "told owners to stop" is an order; "told owners to "stop using it"" quotes the words.
  const infinitive = /^to\s+["“‘]?\p{Ll}/u.test(rest) && (!/^(?:said|says|say|told|tells|tell)$/.test(c.cue) || /^to\s+["“‘]/u.test(rest));
  // "…, the minister said on Monday, ending a run of 31 years": after the cue and a comma, a
  // participle's clause (any verb's -ing form) describes the saying; the words said stand before.
  // "…, the minister announced on Friday, a move that will save £2 million": so does a noun phrase
  // in apposition to the clause before, when that clause (with a verb, by the tags) ends in a comma.
  const afterComma = !c.that && /,/.test(text.slice(skipAdverbials(text, c.regionEnd), from));
  const trailing = afterComma && (participleClause(rest) || (/^(?:an?|the|another)\s/i.test(rest) && clauseBefore(text, c.regionStart, tags)));
  // After an explicit "that" the content follows whatever word opens it ("said that, although …").
  // "The chair cautioned against reading too much into the figure": a warning (WordNet `warnsAct`) against a thing or an act is given, as one "of" a thing is.
  const against = /^against\s+\p{Ll}/u.test(rest) && [IRREGULAR[c.cue] ?? c.cue, ...(baseForms(c.cue).get('verb') ?? [])].some(warnsAct);
  const forward = !trailing && (c.that || infinitive || c.act || against || /^call(?:ed|s|ing)\b/.test(c.cue) || !NOT_CONTENT.test(rest) || FIGURE_FIRST.test(rest)) && countWords(rest) >= (c.causal ? 1 : 2);
  // A reported clause that is itself a quote with a cue of its own was handled as a quote.
  // "Acme believes passengers will want …": a verb of opinion reports a clause without "that" too.
  // "Inspectors found cells designed for one prisoner held two", "Analysts expect the fall to cost
  // the firm $30 million": a group of people (a plural head WordNet files as persons, `peopleNoun`)
  // holding a view or a finding (WordNet, `viewLemma`) reports a clause, or a short object with an
  // infinitive, without "that" as well ("Varela had accepted Rovers' offer" is no view reported).
  // ("have found what may be the oldest furnace": a free relative is the thing found.)
  // A view held inside a subordinate clause ("… when the Treasury felt it would …") is no one's report.
  const subordinate = /^(?:when|if|as|because|while|until|after|before|unless|since|though|although|once|whether|where)$/i.test(c.tokens[c.span.start - 1]?.text ?? '');
  const group = (): boolean => {
    const span = c.tokens.slice(c.span.start, c.span.end);
    const cut = span.findIndex((t, k) => k > 0 && /^(?:at|of|in|from|for|with|who|whose|which)$/.test(t.text));
    const head = (cut > 0 ? span[cut - 1] : span[span.length - 1])?.text.toLowerCase() ?? '';
    return peopleNoun(head) && !subordinate;
  };
  const viewing = c.weak && !infinitive && forward && !/^(?:what|which|who|whom|where|how)\b/i.test(rest) && /^\p{Ll}+$/u.test(c.cue);
  const cueLemma = viewing ? (IRREGULAR[c.cue] ?? baseForms(c.cue).get('verb')?.[0] ?? c.cue) : '';
  // "He reckons he can …", "She believes …", "They fear …": a verb of opinion (WordNet, `opinionLemma`).
  const opinion = viewing && opinionLemma(cueLemma);
  // "She expects prices to ease only “gradually, and not this year”": a quote opened inside the
  // view's words puts them in the speaker's mouth, whoever holds the view (not only a group).
  const quotedView = viewing && !inside && !subordinate && segs.some((s) => s.openAt !== null && s.openAt > c.contentStart && s.openAt < end);
  const view = viewing && (opinion || (!inside && viewLemma(cueLemma) && (group() || quotedView)));
  const withInfinitive = view && !inside && (group() || quotedView) && objectInfinitive(tags(), c.contentStart, end);
  // "found the report “deeply troubling”": a quoted judgement right after the object (a noun, by the tags).
  const judgedInQuotes = (): boolean => {
    const open = segs.find((s) => s.openAt !== null && s.openAt > c.contentStart && s.openAt < end)!.openAt!;
    const upTo = tags().filter((t) => t.end <= open);
    // "found the report to be “careless”": the object's "to be" before the quote.
    const toBe = upTo.length >= 3 && /^be$/i.test(upTo[upTo.length - 1]!.text) && /^to$/i.test(upTo[upTo.length - 2]!.text) ? 2 : 0;
    const before = upTo[upTo.length - 1 - toBe];
    // (Not a participle the tagger read as a noun: "a note reading “sorry”".)
    return before !== undefined && (before.pos === 'NOUN' || before.pos === 'PROPN') && !/ing$/.test(before.text);
  };
  // (A person's view reports so only with the quote: an object and an infinitive, or a judgement.)
  const weakClause = view && (withInfinitive || (quotedView && !opinion && !group() ? judgedInQuotes() : holdsClause(tags(), c.contentStart, end) || (quotedView && judgedInQuotes())));
  // "Police reported three deaths": a weak "reported" of a count is a claim of fact too (below).
  // ("reported a 45% drop in sales" stays the article's: the MEANTIME labels leave a company's own figures unattributed.)
  const countOf = forward && c.weak && !c.that && FACT_VERBS.test(c.cue) && tags().find((t) => t.start >= c.contentStart)?.pos === 'NUM';
  // "Unions have threatened to strike": a warning's infinitive (`warnsAct`) from people or a named body.
  const warning = forward && c.weak && infinitive && !inside && !subordinate && (group() || closedPeopleNoun(c.tokens[c.span.start]!.text.toLowerCase()) || capWord(c.tokens[c.span.start]!.text)) && (baseForms(c.cue.toLowerCase()).get('verb') ?? []).some(warnsAct);
  if (forward && (!c.weak || c.that || /^call(?:ed|s|ing)\b/.test(c.cue) || weakClause || countOf || warning)) {
    const noQuote = !segs.some((s) => s.openAt !== null && s.openAt >= c.contentStart - 1);
    // A relative clause reports a clause or an appeal ("which has urged both sides to accept mediation"), not an order's object.
    if (c.relative && !c.that && noQuote && !/^(?:[\p{L}'’-]+\s+){1,4}to\s+\p{Ll}/u.test(text.slice(c.contentStart, end)) && !holdsClause(tags(), c.contentStart, end)) return null;
    // "Health officials confirmed 11 new cases", "reported 37 deaths": a count of things confirmed,
    // reported, revealed or disclosed is a claim of fact, not a decision ("announced 400 job cuts").
    // Read only where it decides (no "that", no quote), so a clause with "that" is not tagged for it.
    const counted = (): boolean => FACT_VERBS.test(c.cue) && tags().find((t) => t.start >= c.contentStart)?.pos === 'NUM';
    // "Tollis Storage, the family-owned operator, today announced the opening of its fifth store": a
    // press release's formula (`RELEASE_FORMULA`), a body announcing a thing on the day of the release, is its statement.
    // (In a document marked as a release, "The Guild today announced …" needs no description.)
    // (In a release, whatever the body that opens a sentence of the body announces is its statement
    // too: "The Guild announces the opening of …", "The trust also announced a fund for …"; not
    // a headline — no closing stop, or the release's mark on its line — nor a count, "announced 40
    // job cuts", a decision.)
    const released = (): boolean => /^announc/.test(c.cue) && (RELEASE_FORMULA.test(text.slice(c.regionStart, c.contentStart)) || (release && /\btoday\s+announc\p{Ll}*\s*$/u.test(text.slice(c.regionStart, c.contentStart))) || (release && c.regionStart === c.tokens.find((t) => t.start >= clauseStart(text))?.start && /^(?:[^,;:"“”]*\s)?announc\p{Ll}*\s*$/u.test(text.slice(c.regionStart, c.contentStart)) && /[.!]["”’]?\s*$/u.test(text) && !RELEASE_MARK.test(text) && !/^\s*\d/.test(text.slice(c.contentStart))));
    // "has called for a walkout", "called for protests at the depot": a call for a protest or a strike
    // (`opensWithProtest`) organises the act; the caller's deed, as a vote is, not words reported.
    if (/^call(?:ed|s|ing)?\s+for$/.test(c.cue) && !c.that && noQuote && opensWithProtest(tags(), c.contentStart, end)) return null;
    // ("Stewards shout directions at the crowd": a manner of speaking, `talksFirst`, with a thing for its object names words, gives none.)
    if (!c.that && noQuote && !withInfinitive && !counted() && !released() && (OBJECT_VERBS.test(c.cue) || (!c.causal && !/^call(?:ed|s|ing)\b/.test(c.cue) && (((!speaksFirst(IRREGULAR[c.cue] ?? c.cue) || [IRREGULAR[c.cue] ?? c.cue, ...(baseForms(c.cue).get('verb') ?? [])].some(talksFirst)) && opensWithThing(tags(), c.contentStart, end)) || opensWithDocument(tags(), c.contentStart, end) || ([IRREGULAR[c.cue] ?? c.cue, ...(baseForms(c.cue).get('verb') ?? []), ...verbStems(c.cue)].some(grantingVerb) && opensWithGranted(tags(), c.contentStart, end))))) && !holdsClause(tags(), c.contentStart, end, !OBJECT_VERBS.test(c.cue))) return null;
    const startsQuote = segs.some((s) => s.openAt !== null && s.openAt >= c.regionEnd && s.openAt <= c.contentStart + 1);
    if (startsQuote && segs.some((s) => s.openAt !== null && s.start >= c.contentStart && s.end >= end - 2)) return null;
    // "…, adding that …" is a statement of its own.
    const more = participleAfter(text, from, end);
    return contentOf(text, from, more ? more.at : end);
  }
  // "…, the minister said (on Monday)." — the clause before the comma is the content; a weak
  // verb reports it too when it closes the sentence ("…, the authors found.").
  // "…, the researchers report in the journal Marine Notes.": a place of publication (a phrase
  // ending in a title's capitalised words) may close it as well.
  // "Membership has doubled, he reckons, largely thanks to …": a verb of opinion (`opinionLemma`)
  // set between commas after a clause, its subject a pronoun or a short name, reports that clause too.
  const aside = c.weak && !trailing && /^\s*,/.test(text.slice(skipAdverbials(text, c.regionEnd))) && /,\s*$/.test(text.slice(0, c.regionStart)) && c.span.end - c.span.start <= 3 && /^\p{Ll}+$/u.test(c.cue) && opinionLemma(IRREGULAR[c.cue] ?? baseForms(c.cue).get('verb')?.[0] ?? c.cue);
  // "Turnover dropped by a fifth, the group reported, and it cut its dividend": a verb of
  // communication (WordNet's first sense) set between commas after a clause, before "and"/"but"
  // and the next clause, reports the clause before as it would closing the sentence.
  const between = c.weak && !trailing && !aside && /^\s*,\s*(?:and|but)\s/.test(text.slice(skipAdverbials(text, c.regionEnd))) && /,\s*$/.test(text.slice(0, c.regionStart)) && c.span.end - c.span.start <= 3 && /^\p{Ll}+$/u.test(c.cue) && communicatesFirst(IRREGULAR[c.cue] ?? baseForms(c.cue).get('verb')?.[0] ?? c.cue);
  if (c.weak && !trailing && !aside && !between && !/^\s*[.!?]?\s*$/.test(text.slice(skipAdverbials(text, c.regionEnd))) && !publishedIn(text.slice(skipAdverbials(text, c.regionEnd)))) return null;
  let lead = text.slice(0, c.regionStart).trimEnd();
  // "…, a report by the health inspectorate has found.": the speaker phrase opens with a
  // document (WordNet) written by whoever the word lists read as the subject.
  const by = DOCUMENT_BY.exec(lead);
  if (by && isRoleWord(by[1]!)) lead = lead.slice(0, by.index + 1);
  if (!lead.endsWith(',')) return null;
  // "… with a £150,000 rates discount": a comma between digits is a figure's, no clause's end; what
  // follows it ("000 rates") is no speaker.
  if (/\d,$/.test(lead) && /^\d/.test(text.slice(c.regionStart))) return null;
  // "…, a claim the insurer denied": the clause before is what a claim or finding (WordNet,
  // `claimNoun`, `findingNoun`) names; "…, an offer the union rejected" reports no words.
  if (c.gapNoun !== undefined && !claimNoun(c.gapNoun) && !findingNoun(c.gapNoun)) return null;
  const start = clauseStart(text);
  const clause = contentOf(text, start, lead.length - 1);
  if (!clause || countWords(clause.text) < 3) return null;
  return clause;
}

/**
 * Whether words open with a participle's clause: a lower-case -ing form that is an inflection of
 * a verb (WordNet: its verb base differs from it; "morning", "nothing" are none), not the "that"
 * or object of the cue before ("ending a run of 31 years", "blaming a fall in demand").
 */
function participleClause(rest: string): boolean {
  const m = /^(\p{Ll}{3,}ing)\b/u.exec(rest);
  return m !== null && (baseForms(m[1]!).get('verb') ?? []).some((b) => b !== m[1]);
}

/** Whether the words before a cue's subject are a clause of their own closed by a comma: a verb (tags) between the sentence's clause start and that comma. */
function clauseBefore(text: string, at: number, tags: LazyTags): boolean {
  const lead = text.slice(0, at).trimEnd();
  if (!lead.endsWith(',')) return false;
  const from = clauseStart(text);
  return tags().some((t) => t.start >= from && t.end <= lead.length && (t.pos === 'VERB' || t.pos === 'AUX'));
}

/** A participle after a comma: ", adding that …", ", later warning …", ", calling for …". */
const PARTICIPLE = /,\s+(?:(?:later|also|then|again)\s+)?(\p{Ll}+ing)(\s+for)?\s+(?:that\s+|,\s*)?/gu;
const participleMemo = new Map<string, 'strong' | 'weak' | null>();

/** How strongly an -ing form reports speech (WordNet: its verb base's `speechLemma`), memoised per form. */
function participleStrength(form: string): 'strong' | 'weak' | null {
  const known = participleMemo.get(form);
  if (known !== undefined) return known;
  let out: 'strong' | 'weak' | null = null;
  for (const base of baseForms(form).get('verb') ?? []) {
    const s = speechLemma(base);
    if (s === 'strong' || (s === 'weak' && out === null)) out = s;
  }
  if (participleMemo.size > 10_000) participleMemo.clear();
  participleMemo.set(form, out);
  return out;
}

/**
 * The readings of a participle after a comma (`PARTICIPLE`) in one table; one reader
 * (`commaParticiple`) walks the commas and asks the reading. The per-verb differences are data:
 * - `particleVerbs`: -ing forms that read only with a particle after them or with an object of
 *   their own ("calling for a ban", "calling it a betrayal"; a bare "calling" is no report). Any
 *   other form is read without a particle ("asking for" is none).
 * - `voidAfter`: words right after the form that make it no report ("…, adding to the losses",
 *   "…, summing up").
 * - `admits`: which verbs read, from the lexicon (WordNet).
 * - `contentParticle`: a particle that belongs to the cue, not to the content ("pointing to …").
 */
interface CommaReading {
  particleVerbs: Readonly<Record<string, { particle: string; object: RegExp }>>;
  voidAfter: RegExp;
  admits: (word: string, match: string, rest: string) => boolean;
  contentParticle: RegExp | null;
}

const COMMA_READINGS: { words: CommaReading; reason: CommaReading } = {
  /**
   * More of a speaker's words: "…, he said, adding that the plan was dead", "X was blunt,
   * complaining that …", "…, calling it a betrayal". Any reporting verb's participle (WordNet,
   * `speechLemma`): a strong one whatever follows, a weak one ("suggesting", "predicting") only
   * before "that" or when it judges its object after "as" ("…, dismissing it as "an insult"").
   */
  words: {
    particleVerbs: { calling: { particle: 'for', object: /^(?:on\s|it\s|them\s|him\s|her\s|the\s|this\s|that\s|["“‘«])/u } },
    voidAfter: /^(?:to|up|on)\s/,
    admits: (word, match, rest) => {
      const strength = participleStrength(word);
      const judging = /^(?:[\p{L}'’-]+\s+){1,4}?as\s+["“‘«]/u.test(rest);
      return strength !== null && (strength === 'strong' || /\sthat\s+$/.test(match) || judging);
    },
    contentParticle: null,
  },
  /**
   * The subject's reason or charge, in a sentence with no reporting verb: "The Lantern Cinema has
   * closed, citing falling audiences", "…, blaming weak demand". A participle whose verb's first
   * sense is an act done in words (WordNet, `speechAct`: citing, blaming, accusing …; not one of
   * evidence, "indicating", "showing", `EVIDENCE_VERB`, which a fact gives). "…, reporting
   * earnings of £18m": a verb of reporting (`reportsFirst`) with a figure in its object discloses
   * a result, no reason ("…, citing losses of £18m" still gives one). A verb of saying's "to"
   * names the reason ("…, pointing to weak demand"; "adding to the losses" is none: "add" is no
   * act done in words).
   */
  reason: {
    particleVerbs: {},
    voidAfter: /^(?:up|on)\s/,
    admits: (word, _match, rest) => {
      const bases = (baseForms(word).get('verb') ?? []).filter((b) => b !== word);
      if (EVIDENCE_VERB.test(word) || !bases.some(speechAct)) return false;
      return !(/^[^,;:"“”]*?(?:\d|[£$€])/u.test(rest) && bases.some(reportsFirst));
    },
    contentParticle: /^to\s+/,
  },
};

/**
 * The first participle clause after a comma between `from` and `to` that `reading` reads: where
 * the clause starts (its comma), the cue ("adding", "calling for", "pointing to") and where its
 * content starts; null when there is none.
 */
function commaParticiple(text: string, from: number, to: number, reading: CommaReading): { at: number; cue: string; contentStart: number } | null {
  PARTICIPLE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = PARTICIPLE.exec(text)) !== null && m.index < to) {
    const word = m[1]!;
    const rest = text.slice(m.index + m[0].length);
    const special = reading.particleVerbs[word];
    const particle = m[2]?.trim();
    if (special ? particle !== special.particle && (particle !== undefined || !special.object.test(rest)) : particle !== undefined) continue;
    if (!special && (reading.voidAfter.test(rest) || !reading.admits(word, m[0], rest))) continue;
    const after = reading.contentParticle?.exec(rest) ?? null;
    const cue = particle ? `${word} ${particle}` : after ? `${word} ${after[0].trim()}` : word;
    return { at: m.index, cue, contentStart: m.index + m[0].length + (after ? after[0].length : 0) };
  }
  return null;
}

/** A participle that continues a statement with more of the speaker's words (`COMMA_READINGS.words`). */
function participleAfter(text: string, from: number, to: number): { at: number; cue: string; contentStart: number } | null {
  return commaParticiple(text, from, to, COMMA_READINGS.words);
}

/** A participle that gives the subject's reason or charge (`COMMA_READINGS.reason`). */
function reasonParticiple(text: string): { at: number; cue: string; contentStart: number } | null {
  return commaParticiple(text, 0, text.length, COMMA_READINGS.reason);
}

/** ", many of them saying …", ", some warning that …": a quantifier over the subject's members, then a participle. */
const QUANTIFIED_PARTICIPLE = /,\s+(?:with\s+)?(?:many|most|some|several|all|both|others)\s+(?:of\s+them\s+)?(\p{Ll}{3,}ing)\s+(that\s+)?/gu;
const QUANTIFIED_PARTICIPLE_AT = /^,\s+(?:with\s+)?(?:many|most|some|several|all|both|others)\s/u;

/**
 * "Regulars have filled the page with notes, many of them saying it was the best tea in town":
 * after a comma, a quantifier over the members of the sentence's subject (a group of people, its
 * caller checks) and a participle that reports (`participleStrength`: a strong one, a weak one
 * before "that") carry that group's words.
 */
function quantifiedParticiple(text: string): { at: number; cue: string; contentStart: number } | null {
  if (!/,\s+(?:with\s+)?(?:many|most|some|several|all|both|others)\s/u.test(text)) return null;
  for (const m of text.matchAll(QUANTIFIED_PARTICIPLE)) {
    const strength = participleStrength(m[1]!);
    if (strength === null || (strength === 'weak' && m[2] === undefined)) continue;
    return { at: m.index, cue: m[1]!, contentStart: m.index + m[0].length };
  }
  return null;
}

/** A verb, a determined message noun, an optional "to/from" and up to three words, then an -ing form ("sent an email to staff saying"). */
const MESSAGE_PARTICIPLE = /(?<![\p{L}\p{M}\p{N}_])(\p{Ll}{3,})\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}{4,})(?:\s+(?:to|from)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?\s+(\p{Ll}+ing)\s+(?:that\s+)?/gu;
/** Kinds of verb that put out a message (WordNet's first sense): sending, writing, issuing, posting — not receiving, reading or seeing one. */
const SENDING_LEXNAMES = new Set(['verb.motion', 'verb.creation', 'verb.communication', 'verb.contact']);

/**
 * "Gail Purnell sent an email to staff saying the deal would …", "The club posted a notice
 * warning that …": a message (`messageNoun`) that a verb of sending or writing puts out, with a
 * reporting participle after it and no comma, carries its sender's words; the sentence's subject
 * speaks (as after ", saying"). The participle must report (`participleStrength`: a strong one, a
 * weak one before "that").
 */
function messageParticiple(text: string, tags: LazyTags): { at: number; cue: string; contentStart: number } | null {
  if (!/\p{Ll}ing\s/u.test(text)) return null;
  for (const m of text.matchAll(MESSAGE_PARTICIPLE)) {
    const [, verb, noun, word] = m;
    const singular = baseForms(noun!).get('noun')?.[0] ?? noun!;
    if (!messageNoun(singular)) continue;
    const strength = participleStrength(word!);
    if (strength === null || (strength === 'weak' && !/\sthat\s+$/.test(m[0]))) continue;
    // The tagger's lemma ("sent" → "send": WordNet as packaged has no exception lists).
    const lemma = taggedAt(tags(), m.index)?.lemma;
    const sends = [...(baseForms(verb!).get('verb') ?? []), ...(lemma ? [lemma] : [])].some((b) => {
      const first = sensesOf(b, 'verb')[0];
      return first !== undefined && SENDING_LEXNAMES.has(synsetAt('verb', first)?.lexname ?? '');
    });
    if (!sends) continue;
    const at = m.index + m[0].lastIndexOf(word!);
    return { at, cue: word!, contentStart: m.index + m[0].length };
  }
  return null;
}

/** Cut reported content before the next cue, without the ", and"/", but" that joins them. */
function cutBefore(text: string, pos: number): number {
  const head = text.slice(0, pos);
  const m = /(?:,?\s+(?:and|but|while|whereas)\s*|[,;]\s*)$/.exec(head);
  return m ? pos - m[0].length : pos;
}

const LABELS = new Set(
  ('update updated note watch live exclusive analysis opinion breaking editorial review explainer video photos photo ' +
    'q&a factbox timeline profile comment interview correction clarification warning alert summary recap preview ' +
    'report feature obituary obit listen read more related see also source sources credit ap reuters afp bbc cnn ' +
    'in pictures in depth fact check factcheck verified what we know key points background context').split(' '),
);

function headlineColon(text: string, who: string, rest: string, cast: Cast, here: Where, push: (st: Ordered) => void, cue = ':'): void {
  const tokens = tokenize(who);
  const span = phraseAfter(tokens, 0);
  if (!span || span.end !== tokens.length || !isCap(who)) return;
  // Section labels are not speakers: "UPDATE: …", "Analysis: …", "Watch: …".
  if (LABELS.has(who.toLowerCase())) return;
  const parsed = parsePhrase(who, tokens, span);
  if (parsed.kind === 'unknown' && !parsed.single) return;
  const speaker = cast.resolve(parsed, here);
  if (!speaker) return;
  // The words are after the colon ("Doe: …") or before the dash ("… - Doe").
  const start = cue === ':' ? text.length - rest.length : 0;
  const c = contentOf(text, start, cue === ':' ? text.length : rest.length);
  if (!c) return;
  push({ speaker, cue: cue.trim(), content: c.text, direct: /^["“‘«]/.test(rest), order: c.start });
}
