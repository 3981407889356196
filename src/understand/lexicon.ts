/**
 * Word lists shared by the speaker and agreement extractors. They are general English news
 * vocabulary (countries, world capitals, reporting verbs, roles), never words of one article.
 * The lists are built once at module load: the extractors only do Set/Map look-ups per token.
 * Where WordNet (src/wordnet.ts) says what kind of word a word is, it answers instead of a list
 * (`speechLemma`), memoised per word.
 */

import { baseForms, senseKeys, sensesOf, synsetAt, synsetIsKindOf, type Lexname, type Synset } from '../wordnet.js';

const words = (s: string): ReadonlySet<string> => new Set(s.split('|').map((w) => w.trim()).filter(Boolean));

/** Country names as usually written in news copy (with "the" where English uses it). */
const COUNTRY_NAMES = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'the Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin',
  'Bhutan', 'Bolivia', 'Bosnia', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi',
  'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo',
  'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'the Czech Republic', 'Czechia', 'Denmark', 'Djibouti',
  'Dominica', 'the Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea',
  'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany',
  'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras',
  'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Ivory Coast',
  'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos',
  'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg',
  'Madagascar', 'Malawi', 'Malaysia', 'the Maldives', 'Mali', 'Malta', 'Mauritania', 'Mauritius', 'Mexico',
  'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru',
  'Nepal', 'the Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea',
  'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea',
  'Paraguay', 'Peru', 'the Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda',
  'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore',
  'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea', 'South Sudan', 'Spain', 'Sri Lanka',
  'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand',
  'Togo', 'Tonga', 'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine',
  'the United Arab Emirates', 'the United Kingdom', 'the United States', 'Uruguay', 'Uzbekistan',
  'Vanuatu', 'Vatican', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe',
  // Blocs that speak like countries in news copy.
  'the European Union', 'the United Nations', 'NATO', 'the African Union', 'ASEAN',
];

/** Other spellings → the canonical name above. Keys are compared without a leading "the". */
const COUNTRY_ALIASES: Record<string, string> = {
  US: 'the United States', 'U.S.': 'the United States', USA: 'the United States', 'U.S.A.': 'the United States',
  America: 'the United States', 'United States of America': 'the United States',
  UK: 'the United Kingdom', 'U.K.': 'the United Kingdom', Britain: 'the United Kingdom',
  'Great Britain': 'the United Kingdom', EU: 'the European Union', 'E.U.': 'the European Union',
  UN: 'the United Nations', 'U.N.': 'the United Nations', UAE: 'the United Arab Emirates',
  PRC: 'China', "People's Republic of China": 'China', 'Russian Federation': 'Russia', DPRK: 'North Korea',
  'Republic of Korea': 'South Korea', ROK: 'South Korea', 'Holland': 'the Netherlands', 'Burma': 'Myanmar',
  "Côte d'Ivoire": 'Ivory Coast', 'Czech Republic': 'the Czech Republic', 'Islamic Republic': 'Iran',
};

/**
 * Capitals (and seats of government) that news copy uses for the government itself:
 * "Beijing said", "according to Moscow". Lower-priority, ambiguous city names are left out.
 */
const CAPITALS: Record<string, string> = {
  Kabul: 'Afghanistan', Tirana: 'Albania', Algiers: 'Algeria', Luanda: 'Angola', 'Buenos Aires': 'Argentina',
  Yerevan: 'Armenia', Canberra: 'Australia', Vienna: 'Austria', Baku: 'Azerbaijan', Manama: 'Bahrain',
  Dhaka: 'Bangladesh', Minsk: 'Belarus', Sarajevo: 'Bosnia', Brasilia: 'Brazil', 'Brasília': 'Brazil',
  Sofia: 'Bulgaria', 'Phnom Penh': 'Cambodia', 'Yaounde': 'Cameroon', Ottawa: 'Canada', Santiago: 'Chile',
  Beijing: 'China', Peking: 'China', Bogota: 'Colombia', 'Bogotá': 'Colombia', Kinshasa: 'Congo',
  Zagreb: 'Croatia', Havana: 'Cuba', Nicosia: 'Cyprus', Prague: 'the Czech Republic', Copenhagen: 'Denmark',
  Quito: 'Ecuador', Cairo: 'Egypt', Asmara: 'Eritrea', Tallinn: 'Estonia', 'Addis Ababa': 'Ethiopia',
  Helsinki: 'Finland', Paris: 'France', Tbilisi: 'Georgia', Berlin: 'Germany', Accra: 'Ghana',
  Athens: 'Greece', Budapest: 'Hungary', Reykjavik: 'Iceland', 'New Delhi': 'India', Delhi: 'India',
  Jakarta: 'Indonesia', Tehran: 'Iran', Teheran: 'Iran', Baghdad: 'Iraq', Dublin: 'Ireland',
  Jerusalem: 'Israel', Rome: 'Italy', Tokyo: 'Japan', Amman: 'Jordan', Astana: 'Kazakhstan',
  Nairobi: 'Kenya', Pristina: 'Kosovo', Bishkek: 'Kyrgyzstan', Vientiane: 'Laos', Riga: 'Latvia',
  Beirut: 'Lebanon', Monrovia: 'Liberia', Tripoli: 'Libya', Vilnius: 'Lithuania', 'Kuala Lumpur': 'Malaysia',
  Bamako: 'Mali', Valletta: 'Malta', 'Mexico City': 'Mexico', Chisinau: 'Moldova', Ulaanbaatar: 'Mongolia',
  Podgorica: 'Montenegro', Rabat: 'Morocco', Maputo: 'Mozambique', Naypyidaw: 'Myanmar', Kathmandu: 'Nepal',
  'The Hague': 'the Netherlands', Wellington: 'New Zealand', Managua: 'Nicaragua', Niamey: 'Niger',
  Abuja: 'Nigeria', Pyongyang: 'North Korea', Skopje: 'North Macedonia', Oslo: 'Norway', Muscat: 'Oman',
  Islamabad: 'Pakistan', Ramallah: 'Palestine', Asuncion: 'Paraguay', Lima: 'Peru', Manila: 'the Philippines',
  Warsaw: 'Poland', Lisbon: 'Portugal', Doha: 'Qatar', Bucharest: 'Romania', Moscow: 'Russia',
  Kigali: 'Rwanda', Riyadh: 'Saudi Arabia', Dakar: 'Senegal', Belgrade: 'Serbia', Bratislava: 'Slovakia',
  Ljubljana: 'Slovenia', Mogadishu: 'Somalia', Pretoria: 'South Africa', Seoul: 'South Korea', Juba: 'South Sudan',
  Madrid: 'Spain', Colombo: 'Sri Lanka', Khartoum: 'Sudan', Stockholm: 'Sweden', Bern: 'Switzerland',
  Berne: 'Switzerland', Damascus: 'Syria', Taipei: 'Taiwan', Dushanbe: 'Tajikistan', Dodoma: 'Tanzania',
  Bangkok: 'Thailand', Tunis: 'Tunisia', Ankara: 'Turkey', Ashgabat: 'Turkmenistan', Kampala: 'Uganda',
  Kyiv: 'Ukraine', Kiev: 'Ukraine', 'Abu Dhabi': 'the United Arab Emirates', London: 'the United Kingdom',
  Washington: 'the United States', Montevideo: 'Uruguay', Tashkent: 'Uzbekistan', Caracas: 'Venezuela',
  Hanoi: 'Vietnam', Sanaa: 'Yemen', Lusaka: 'Zambia', Harare: 'Zimbabwe', Brussels: 'the European Union',
};

const stripThe = (s: string): string => s.replace(/^the\s+/i, '');

const COUNTRY_BY_KEY: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const c of COUNTRY_NAMES) m.set(stripThe(c), c);
  for (const [k, v] of Object.entries(COUNTRY_ALIASES)) m.set(k, v);
  return m;
})();

/** The canonical country (or bloc) a phrase names, ignoring a leading "the"; else null. */
export function countryOf(phrase: string): string | null {
  return COUNTRY_BY_KEY.get(stripThe(phrase)) ?? null;
}

/**
 * Every spelling `countryOf` or `capitalOf` turns into a country (or bloc), with the name it turns
 * into: a party written so in a document is that name in its facts (ondemand.ts reads which
 * documents could name a party, by their text).
 */
export function countrySpellings(): ReadonlyMap<string, string> {
  return new Map([...COUNTRY_BY_KEY, ...Object.entries(CAPITALS)]);
}

/**
 * The same table as a Map: the name scans ask about every capitalised run of every sentence, and
 * a keyed lookup of a fresh string in a large object literal first looks the string up in the
 * engine's table of internalised strings (0.5 % of extraction CPU); a Map only hashes it. (It also
 * no longer answers "constructor" or "toString" with the object's inherited functions.)
 */
const CAPITAL_MAP: ReadonlyMap<string, string> = new Map(Object.entries(CAPITALS));

/** The country whose government a capital stands for ("Beijing" → "China"); else null. */
export function capitalOf(phrase: string): string | null {
  return CAPITAL_MAP.get(phrase) ?? null;
}

/**
 * Reporting verbs that introduce a statement. Lower-case only: a capitalised "Says" or "Said"
 * is more often a name than a verb. "states" is left out (the United States).
 */
export const SPEECH_VERBS = words(
  'said|says|say|told|tells|tell|added|adds|stressed|stresses|noted|notes|warned|warns|announced|announces|' +
    'claimed|claims|denied|denies|insisted|insists|explained|explains|stated|argued|argues|asserted|asserts|' +
    'declared|declares|emphasized|emphasised|emphasizes|emphasises|acknowledged|acknowledges|admitted|admits|' +
    'confirmed|confirms|accused|accuses|alleged|alleges|maintained|maintains|reiterated|reiterates|urged|urges|' +
    'wrote|writes|suggested|suggests|predicted|predicts|countered|counters|cautioned|cautions|complained|' +
    'complains|conceded|concedes|tweeted|testified|revealed|reveals|disclosed|underlined|underscored|replied|' +
    'responded|remarked|commented|observed|recalled|asked|reported|reports|pointed|contended|contends|charged|' +
    'blamed|blames|criticized|criticised|condemned|slammed|praised|welcomed|called|demanded|demands|vowed|' +
    'promised|threatened|estimated|expects|expected|believes|believed|hopes|hoped|thinks|thought|' +
    'acknowledges|announced|assured|informed|briefed|explained|mentioned|indicated|indicates|signaled|' +
    'signalled|clarified|specified|highlighted|lamented|conceded',
);

/**
 * Verbs that only report speech when followed by content of the right shape. "called" needs
 * "called for"/"called on"/"called it"; "pointed" needs "out"; "thinks"/"believes" are opinion.
 */
export const WEAK_SPEECH_VERBS = words(
  'called|pointed|expects|expected|believes|believed|hopes|hoped|thinks|thought|welcomed|praised|' +
    'condemned|slammed|criticized|criticised|blamed|blames|estimated|informed|briefed|asked|mentioned|' +
    'indicated|indicates|signaled|signalled|highlighted|reported|reports|vowed|promised|threatened',
);

/**
 * Reporting verbs that make almost any noun before them a speaker ("the contractor insists");
 * "adds", "announced" and the like also describe things ("the update adds support").
 */
export const STRONG_SPEECH_VERBS = words(
  'said|says|say|told|tells|insisted|insists|claimed|claims|argued|argues|warned|warns|denied|denies|stated|' +
    'explained|explains|asserted|asserts|declared|declares|acknowledged|acknowledges|admitted|admits|alleged|' +
    'alleges|accused|accuses|stressed|stresses|noted|notes|emphasized|emphasised|countered|conceded|replied|' +
    'responded|testified|tweeted|wrote|writes|announced|cautioned',
);

/**
 * Reporting verbs by lemma that report a clause on their own, without a "that", a quote or a
 * listener ("X insists the plan is dead", "…, X added."). WordNet cannot tell these from the verbs
 * that also take a thing as object ("predicted a rise", "called a vote", "reported a loss"): both
 * are verb.communication with the frame "Somebody ----s that CLAUSE", so this short list stays;
 * every other reporting lemma is found by `speechLemma` through WordNet and needs that content.
 */
export const STRONG_SPEECH_LEMMAS = words(
  'say|tell|add|stress|note|warn|announce|claim|deny|insist|explain|state|argue|assert|declare|emphasize|' +
    'emphasise|acknowledge|admit|confirm|accuse|allege|maintain|reiterate|urge|write|counter|caution|complain|' +
    'concede|tweet|testify|reveal|disclose|underline|underscore|reply|respond|remark|comment|observe|recall|' +
    'contend|assure|quip|joke|enthuse|boast|muse|exclaim|shout|lament',
);

/** Irregular forms of reporting and meeting verbs (WordNet 3.1 as packaged has no exception lists). */
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = {
  said: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', found: 'find', shown: 'show',
  felt: 'feel', spoke: 'speak', spoken: 'speak', foresaw: 'foresee', foreseen: 'foresee', forecast: 'forecast',
  met: 'meet',
};

/** The base forms of a lower-case verb form: an irregular form's, else `verbBases`' ("-ied" → "-y", a doubled consonant). */
function formBases(word: string): string[] {
  const irregular = IRREGULAR_VERBS[word];
  return irregular !== undefined ? [irregular] : verbBases(word);
}

/**
 * `compute` memoised per key: the answer kept in a Map, all of it dropped once more than `cap` are
 * kept (a long-running bot meets new words without end). The one memo of this file's word tests;
 * an answer is never undefined (the Map's "not asked yet").
 */
function memoised<T extends NonNullable<unknown> | null>(compute: (key: string) => T, cap = 100_000): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const out = compute(key);
    if (memo.size > cap) memo.clear();
    memo.set(key, out);
    return out;
  };
}

/**
 * A test of a lower-case word, memoised per word (at most 100,000 kept; a word with anything but
 * lower-case letters is false without asking): the shape of this file's WordNet word classes.
 */
function lowerWordTest(test: (word: string) => boolean): (word: string) => boolean {
  return memoised((word) => /^\p{Ll}+$/u.test(word) && test(word));
}

/** Talk held: a discussion, meeting, conversation, negotiation, telephone call, conference or consultation. */
let meetingNouns: ReadonlySet<string> | undefined;
/** Talking with ("talk, speak": exchanging thoughts), meeting, negotiating, speaking: the senses themselves, not their kinds ("whisper", "deal with" a subject, "interview"). */
let meetingVerbs: ReadonlySet<string> | undefined;
/**
 * Whether a lower-case word names talk held with someone, as the word before "with" ("held talks
 * with", "met with", "a call with", "negotiated with"): a noun whose first WordNet sense is a
 * kind of discussion, meeting, conversation, negotiation, call, conference or consultation, or a
 * verb form whose first sense is talking with, meeting, negotiating or speaking (those senses, not
 * their kinds: "whispered with", "dealt with" a subject, "interviewed" are none); memoised. "summit" stays listed: its first sense is a peak.
 */
export const meetingWord = lowerWordTest((word) => {
  if (word === 'summit') return true;
  meetingNouns ??= senseKeys('noun', ['discussion', 1], ['meeting', 1], ['conversation', 1], ['negotiation', 1], ['telephone_call', 1], ['conference', 1], ['consultation', 1]);
  meetingVerbs ??= senseKeys('verb', ['talk', 1], ['meet', 1], ['meet', 2], ['negotiate', 1], ['speak', 1]);
  const first = (pos: 'noun' | 'verb', base: string): Synset | null => {
    const at = sensesOf(base, pos)[0];
    return at === undefined ? null : synsetAt(pos, at);
  };
  return (
    (baseForms(word).get('noun') ?? []).some((b) => {
      const s = first('noun', b);
      return s !== null && synsetIsKindOf(s, meetingNouns!);
    }) ||
    formBases(word).some((b) => {
      const s = first('verb', b);
      return s !== null && meetingVerbs!.has(`verb:${s.offset}`);
    })
  );
});

/**
 * Whether a lower-case word is a form of a verb that reports a clause on its own ("said",
 * "announces", "confirmed", "stated", "disclosed", "added", "warned"): its base form (an irregular
 * form's, or WordNet's detachment rules', "-ied" → "-y" too) is a strong speech lemma
 * (`speechLemma`). The one test the agreement readers ask where they kept their own lists of
 * "said|says|announced|…" forms; memoised per word.
 */
export const reportsClause = lowerWordTest((word) => formBases(word).some((b) => speechLemma(b) === 'strong'));

/** "evaluate, judge" (praise, laud), "knock, criticize" (condemn, denounce), "charge, accuse" (blame). */
let judgingSenses: ReadonlySet<string> | undefined;
/**
 * Whether a lower-case verb form's first WordNet sense passes judgement in words ("criticised",
 * "praised", "condemned", "blamed", "hailed", "denounced"): a kind of evaluating, criticising or
 * accusing; memoised per word. Such a verb's quoted object after a short one is a judgement
 * stated ("praised the deal as \"historic\"").
 */
export const judgesFirst = lowerWordTest((word) => {
  judgingSenses ??= senseKeys('verb', ['judge', 2], ['criticize', 1], ['charge', 2]);
  return formBases(word).some((b) => {
    const first = sensesOf(b, 'verb')[0];
    const s = first === undefined ? null : synsetAt('verb', first);
    return s !== null && s.lexname === 'verb.communication' && synsetIsKindOf(s, judgingSenses!);
  });
});

/**
 * Whether a verb form's most common sense is one of communication ("declared", "conceded": yes;
 * "recalling", "found": no), by WordNet, memoised: the others report speech only through a clause.
 */
export const speaksFirst = memoised((form: string): boolean => {
  const lower = form.toLowerCase();
  // WordNet's detachment rules have no "-ied" → "-y" ("denied" → "deny").
  const bases = [...(baseForms(lower).get('verb') ?? []), ...(lower.endsWith('ied') ? [`${lower.slice(0, -3)}y`] : [])];
  const out = bases.some((b) => {
    const first = sensesOf(b, 'verb')[0];
    return first !== undefined && synsetAt('verb', first)?.lexname === 'verb.communication';
  });
  return out;
});

/** "remember, recall, recollect": calling to mind. */
const remembersLemma = firstVerbSenseKindOf(['remember', 1]);
/**
 * Whether a verb form's most common sense is (a kind of) remembering ("recalling", "remembered"),
 * by WordNet, memoised: a memory is no act done in words, so such a participle never opens a
 * speaker of its own ("Staff planted a tree, recalling the founder"); after a speaker's clause it
 * may still carry that speaker's words.
 */
export const remembersFirst = memoised((form: string): boolean => {
  const out = (baseForms(form.toLowerCase()).get('verb') ?? []).some(remembersLemma);
  return out;
});

/** WordNet's frame 26: "Somebody ----s that CLAUSE". */
const THAT_CLAUSE_FRAME = 26;
/** WordNet's frame 29: "Somebody ----s whether INFINITIVE". */
const WHETHER_FRAME = 29;
/**
 * Whether one of a verb lemma's two most common senses takes a that-clause (in a frame that holds
 * for this word of the synset) as a judgement — verb.cognition and a kind of one of `judging` — or
 * with one of the `other` lexnames (a feeling, a perception); senses in `excluded` count for
 * nothing. The shared test of `speechLemma` (its views), `viewLemma` and `opinionLemma`.
 */
function holdsThat(lemma: string, judging: ReadonlySet<string>, other: readonly Lexname[], ...excluded: readonly ReadonlySet<string>[]): boolean {
  const senses = sensesOf(lemma, 'verb')
    .slice(0, 2)
    .flatMap((o) => synsetAt('verb', o) ?? []);
  // A verb whose most common sense is a perception ("notice", "discover", "detect", "spot") tells
  // what someone saw, an event the article reports in its own voice ("… came to light when a clerk
  // noticed that …"), no view held: its perception senses count for nothing. ("find", first a
  // chancing upon, keeps its perception sense: "inspectors found that …" is a finding.)
  const seeing = senses[0]?.lexname === 'verb.perception';
  return senses.some((s) => {
    if (seeing && s.lexname === 'verb.perception') return false;
    if (excluded.some((x) => x.has(`verb:${s.offset}`))) return false;
    const own = s.words.indexOf(lemma) + 1;
    const that = s.frames.some(([f, w]) => f === THAT_CLAUSE_FRAME && (w === 0 || w === own));
    return that && ((s.lexname === 'verb.cognition' && synsetIsKindOf(s, judging)) || other.includes(s.lexname));
  });
}

/**
 * What a reporting verb's sense is a kind of: passing on information ("communicate", "convey",
 * "inform"), putting into words ("utter", "state", "say"), asking ("request") or reasoning
 * ("think, cogitate": "predict", "speculate"). Verbs of communication outside them ("agree",
 * "ignore", "record", "grant") take a that-clause without reporting anyone's words.
 */
let saying: ReadonlySet<string> | undefined;
/** Senses a judging verb's first sense is a kind of: "state, say, tell", "evaluate, judge", "charge, accuse". */
let judging: ReadonlySet<string> | undefined;
/** "think, cogitate": believing, expecting, estimating, concluding are kinds of it; knowing, deciding, learning are not. */
let reasoning: ReadonlySet<string> | undefined;

/**
 * Whether a verb's lemma (the tagger's, "predicts" → "predict") reports speech or a stated view,
 * from WordNet, memoised per lemma: 'strong' for the lemmas above; 'weak' for any other verb one of
 * whose three most common senses is a verb of communication that takes a that-clause and is a kind
 * of saying (`saying`: "hint", "predict", "reassure" no, "agree" no), whose first sense is a
 * judging verb of communication ("blame", "praise", "propose"), or one of whose two most common
 * senses takes a that-clause as reasoning ("believe", "expect", "estimate", "conclude"), a feeling
 * ("hope", "fear") or a finding ("find"). Knowing, deciding and learning ("know", "decide",
 * "learn") are no kinds of reasoning in WordNet and report nothing. Null for every other word, and
 * without WordNet for all but the strong lemmas.
 */
export const speechLemma = memoised((lemma: string): 'strong' | 'weak' | null => {
  let out: 'strong' | 'weak' | null = STRONG_SPEECH_LEMMAS.has(lemma) ? 'strong' : null;
  if (out === null && /^\p{Ll}+$/u.test(lemma)) {
    const senses = sensesOf(lemma, 'verb').slice(0, 3).flatMap((o) => synsetAt('verb', o) ?? []);
    // A frame may hold for one word of the synset only ("decide" and "settle" differ).
    const frame = (i: number, n: number): boolean => {
      const own = senses[i]!.words.indexOf(lemma) + 1;
      return senses[i]!.frames.some(([f, w]) => f === n && (w === 0 || w === own));
    };
    const that = (i: number): boolean => frame(i, THAT_CLAUSE_FRAME);
    reasoning ??= senseKeys('verb', ['think', 3]);
    saying ??= senseKeys('verb', ['communicate', 1], ['communicate', 3], ['inform', 1], ['express', 2], ['express', 4], ['state', 1], ['request', 1], ['request', 2], ['think', 3]);
    judging ??= senseKeys('verb', ['state', 1], ['judge', 2], ['charge', 2]);
    const first = senses[0];
    const says =
      senses.some((s, i) => s.lexname === 'verb.communication' && that(i) && synsetIsKindOf(s, saying!)) ||
      (first !== undefined && first.lexname === 'verb.communication' && synsetIsKindOf(first, judging));
    const holds = holdsThat(lemma, reasoning, ['verb.emotion', 'verb.perception']);
    if (says || holds) out = 'weak';
  }
  return out;
});

/** "order" (command with authority), "rule, decree" (decide with authority), filled on first use. */
let decreeing: ReadonlySet<string> | undefined;
/**
 * Whether a verb's lemma, in its first WordNet sense, commands or decides with authority ("order",
 * "decree", "rule"), memoised: what a judge "ordered that" or a coroner "ruled" is a decision the
 * article reports in its own voice, as a body's ruling is, no one's words (the blind sets label
 * it so, and issue 10: a decision is no quote). "tell", "say" (whose first senses are others) and
 * "urge", "demand" (no kinds of ordering) still report.
 */
export const decreesFirst = memoised((lemma: string): boolean => {
  decreeing ??= senseKeys('verb', ['order', 1], ['rule', 2], ['decree', 1]);
  const first = /^\p{Ll}+$/u.test(lemma) ? sensesOf(lemma, 'verb')[0] : undefined;
  const sense = first === undefined ? null : synsetAt('verb', first);
  const out = sense !== null && synsetIsKindOf(sense, decreeing);
  return out;
});

/** "predict, foretell" (tell in advance), filled on first use. */
let predicting: ReadonlySet<string> | undefined;
/**
 * Whether a verb's lemma, in its first sense, is a kind of telling in advance (WordNet: "forecast",
 * "predict", "prophesy"; not "expect", "anticipate", "promise", whose first senses are others),
 * memoised: what is forecast is the forecaster's claim, whatever its shape ("forecasts more rain").
 */
export const predictsFirst = memoised((lemma: string): boolean => {
  predicting ??= senseKeys('verb', ['predict', 1]);
  const first = sensesOf(lemma, 'verb')[0];
  const s = first === undefined ? null : synsetAt('verb', first);
  const out = s !== null && synsetIsKindOf(s, predicting);
  return out;
});

/** "accept" and "reject" themselves (not their kinds: believing is a kind of accepting). */
let verdicts: ReadonlySet<string> | undefined;
/**
 * Whether a verb's lemma holds a view or a finding (the `holds` half of `speechLemma` without the
 * feelings: one of its two most common senses takes a that-clause as reasoning or a perception:
 * "believe", "expect", "estimate", "find"; not "want", "fear"), memoised. Such a verb reports a clause without "that"
 * ("Inspectors found cells … held two") and an object with an infinitive ("Analysts expect the fall
 * to cost …"); a verb of saying needs its "that" or a quote.
 */
export const viewLemma = memoised((lemma: string): boolean => {
  reasoning ??= senseKeys('verb', ['think', 3]);
  verdicts ??= senseKeys('verb', ['accept', 1], ['reject', 1]);
  // Accepting or rejecting itself is a verdict on a proposal ("Councillors rejected a motion"), no view reported.
  return /^\p{Ll}+$/u.test(lemma) && holdsThat(lemma, reasoning, ['verb.perception'], verdicts);
});

/** "evaluate, judge": believing, expecting, supposing (reckoning), estimating and doubting are kinds of it. */
let evaluating: ReadonlySet<string> | undefined;
/** "desire, want" itself. */
let wanting: ReadonlySet<string> | undefined;
/**
 * Whether a verb's lemma holds an opinion anyone may voice without "that" ("He reckons he can …",
 * "She believes the mill will close", "They fear the river will flood"): one of its two most common
 * senses takes a that-clause and is a judgement (verb.cognition, a kind of "evaluate": believe,
 * think, expect, reckon, suppose, assume, estimate, doubt — not accepting or rejecting itself) or a
 * feeling (verb.emotion: hope, fear, worry — not wanting itself). Knowing, deciding, finding and
 * learning are neither.
 */
export const opinionLemma = memoised((lemma: string): boolean => {
  evaluating ??= senseKeys('verb', ['evaluate', 2]);
  verdicts ??= senseKeys('verb', ['accept', 1], ['reject', 1]);
  wanting ??= senseKeys('verb', ['desire', 1]);
  // (Wanting itself is a wish, no view: "most residents wanted it closed"; hoping, a kind of it, is one.)
  return /^\p{Ll}+$/u.test(lemma) && holdsThat(lemma, evaluating, ['verb.emotion'], verdicts, wanting);
});

/** "convey": thanking is a kind of it (through "tell" alone, issuing and signing would be too). */
let conveying: ReadonlySet<string> | undefined;
/** "request": ordering and asking are kinds of it — a decision or a request, not words reported. */
let requesting: ReadonlySet<string> | undefined;
/** "promise": pledging and vowing are kinds of it. */
let promising: ReadonlySet<string> | undefined;

/**
 * Whether a verb's lemma names an act done in words that reports its speaker with an object alone
 * ("has apologised to passengers", "has thanked volunteers", "has criticised the delay", "has
 * defended the decision"), from WordNet, memoised: its first sense is a verb of communication
 * that judges or states (`judging`: "criticise", "defend", "condemn", "praise") or conveys
 * ("thank"), or a word of that sense reports speech (`speechLemma`: "apologize" through
 * "apologise"), and is no kind of requesting nor a commitment (`complementsOf`). Approving, signing, issuing, refusing, ordering and asking are not.
 */
export const speechAct = memoised((lemma: string): boolean => {
  let out = false;
  if (/^\p{Ll}+$/u.test(lemma)) {
    const at = sensesOf(lemma, 'verb')[0];
    const first = at === undefined ? null : synsetAt('verb', at);
    if (first && first.lexname === 'verb.communication') {
      judging ??= senseKeys('verb', ['state', 1], ['judge', 2], ['charge', 2]);
      conveying ??= senseKeys('verb', ['convey', 1]);
      requesting ??= senseKeys('verb', ['request', 1], ['request', 2]);
      promising ??= senseKeys('verb', ['promise', 1], ['promise', 2]);
      // A commitment ("has promised a compatible release", "has pledged £5m") is a decision's kind of news, not words reported.
      out = !synsetIsKindOf(first, requesting) && !complementsOf(lemma).commitment && !synsetIsKindOf(first, promising) && (synsetIsKindOf(first, judging) || synsetIsKindOf(first, conveying) || first.words.some((w) => /^\p{Ll}+$/u.test(w) && speechLemma(w) !== null));
    }
  }
  return out;
});

/**
 * A memoised test of whether one of a verb lemma's `senses` most common senses (WordNet) is a kind
 * of one of the anchor senses (the anchors' keys built on first use): one shape for the lexicon's
 * "its first sense (or one of its first few) is a kind of X" readings of a single verb.
 */
function verbSensesKindOf(senses: number, ...anchors: [string, number][]): (lemma: string) => boolean {
  let keys: ReadonlySet<string> | undefined;
  return memoised((lemma: string): boolean => {
    keys ??= senseKeys('verb', ...anchors);
    return sensesOf(lemma, 'verb')
      .slice(0, senses)
      .some((o) => {
        const s = synsetAt('verb', o);
        return s != null && synsetIsKindOf(s, keys!);
      });
  });
}
function firstVerbSenseKindOf(...anchors: [string, number][]): (lemma: string) => boolean {
  return verbSensesKindOf(1, ...anchors);
}

/**
 * Whether a verb's first sense (WordNet) is a kind of proposing ("propose, suggest, advise",
 * "recommend"): with a gerund object ("has proposed banning the sale") it puts an act forward,
 * a decision's kind of news, not words reported; "has criticised raising fees" still reports.
 */
export const proposesAct = firstVerbSenseKindOf(['propose', 1]);

/**
 * Whether a verb's first sense (WordNet) is leaving a thing undone ("fail, neglect": "failing to
 * give", "neglecting to check"): admitted or denied, such a gerund and its infinitive are a duty
 * one is charged with breaching, a plea's object as an offence is.
 */
export const omitsFirst = firstVerbSenseKindOf(['fail', 1]);

/**
 * Whether a verb's first sense (WordNet) is a manner of speaking, a kind of "talk, speak" ("shout",
 * "whisper", "mutter", "chant"; not "say", "tell", "announce", "deny"): it tells how words sound, so
 * with a noun for its object and no clause ("marshals shout directions") it gives none of them.
 */
export const talksFirst = firstVerbSenseKindOf(['talk', 2]);

/**
 * Whether a verb's first sense (WordNet) is a kind of reporting ("report, describe, account"):
 * "…, reporting earnings of £18m" discloses a result, a figure, and gives no reason of the
 * subject's, unlike "…, citing losses of £18m".
 */
export const reportsFirst = firstVerbSenseKindOf(['report', 1]);

/**
 * Whether one of a verb's three commonest senses (WordNet) is a kind of trying ("try, seek,
 * attempt", "endeavour, strive"; "seek" holds it third): "attempted to take over Keswick Print,
 * but its directors rejected the approach" puts an offer of buying, refused in the next clause.
 */
export const triesAct = verbSensesKindOf(3, ['try', 1]);

/**
 * Whether one of a verb lemma's two most common senses (WordNet) is a kind of requesting (`requesting`: "ask",
 * "request", "invite, bid", "beg", "demand", "order"), memoised: "invited the trust to buy a stake,
 * an offer the trust refused" puts a request to its object, and its refusal is a refused offer.
 */
export const requestVerb = verbSensesKindOf(2, ['request', 1], ['request', 2]);

/**
 * Whether one of a verb lemma's two most common senses (WordNet) is a kind of warning ("warn",
 * "caution", "threaten" — whose first sense is "endanger"), memoised: "Stallholders have
 * threatened to stop trading" gives a warning in words, its infinitive what was said.
 */
export const warnsAct = verbSensesKindOf(2, ['warn', 1]);

const promisesIn4 = verbSensesKindOf(4, ['promise', 1], ['promise', 2]);
/**
 * Whether one of the four most common senses (WordNet) of a verb form's base ("undertaken" →
 * "undertake") is a kind of promising (`promising`: "undertake, guarantee", "pledge", "vow",
 * "promise"), memoised: "has undertaken to repair the roof" binds its subject to an act, as "will
 * repair the roof" does.
 */
export function commitsTo(form: string): boolean {
  // ("undertaken" → "undertake", "given" → "give": a participle in -en that WordNet's exceptions miss.)
  const lower = form.toLowerCase();
  const bases = [...verbBases(form), ...(lower.endsWith('en') && sensesOf(lower.slice(0, -1), 'verb').length > 0 ? [lower.slice(0, -1)] : [])];
  return bases.some(promisesIn4);
}

/** "ask" and "inquire, enquire": putting a question. */
let asking: ReadonlySet<string> | undefined;
/**
 * Whether a verb's lemma asks ("query", "question", "wonder", "inquire"), by WordNet, memoised:
 * its first sense is a verb of communication that takes WordNet's frame 29 ("Somebody ----s
 * whether INFINITIVE"). Only with "whether" right after it is such a verb a cue ("queried whether
 * the merger would raise prices"); "debate" and "discuss" take the frame too but ask nobody.
 * The sense must be a kind of asking ("ask", "inquire, enquire"): one filed under communication
 * that is a kind of studying ("investigate, look into" is a kind of "analyze, study") or of
 * nothing ("determine, ascertain") is an inquiry done, not a question put: "The watchdog is
 * investigating whether the bank broke the rules" reports nobody's words.
 */
export const asksWhether = memoised((lemma: string): boolean => {
  const first = sensesOf(lemma, 'verb').slice(0, 1).flatMap((o) => synsetAt('verb', o) ?? [])[0];
  const own = first ? first.words.indexOf(lemma) + 1 : 0;
  const out =
    first !== undefined &&
    first.lexname === 'verb.communication' &&
    first.frames.some(([f, w]) => f === WHETHER_FRAME && (w === 0 || w === own)) &&
    synsetIsKindOf(first, (asking ??= senseKeys('verb', ['ask', 1], ['inquire', 1])));
  return out;
});

/** WordNet's frame 24: "Somebody ----s somebody to INFINITIVE"; 28: "Somebody ----s to INFINITIVE". */
const OBJECT_INFINITIVE_FRAME = 24;
const INFINITIVE_FRAME = 28;
/** "talk, speak, utter": advising and urging are kinds of it; ordering and asking (kinds of "request") are not. */
let speaking: ReadonlySet<string> | undefined;
/** "state, say, tell": promising and vowing are kinds of it (through "declare"); asking and demanding are not. */
let stating: ReadonlySet<string> | undefined;

/** What a reporting verb's complements report, by WordNet's verb frames (see `complementsOf`). */
export interface Complements {
  /** "advised anyone who … to see a doctor": advice given with an object and an infinitive. */
  readonly advice: boolean;
  /** "promised to "govern for all"", "vowed to fight on": a commitment in words, with an infinitive. */
  readonly commitment: boolean;
  /** "asked the witness whether …", "questioned whether …": an indirect question. */
  readonly question: boolean;
}

/**
 * The complements a verb's lemma reports through, by WordNet, memoised: advice when its first
 * sense is a verb of communication with frame 24 that is a kind of speaking ("advise", "counsel",
 * "urge"; "order" and "ask" are kinds of requesting, a decision or a request rather than words
 * reported); a commitment when its first sense is a verb of communication with frame 28 that is a kind of
 * stating ("promise", "vow"; "ask to", "demand to", "agree", "refuse" and "plan" are no words reported); a
 * question when one of its four most common senses is a verb of communication with frame 29
 * ("Somebody ----s whether INFINITIVE") and it reports speech ("ask", "question"; "discuss"
 * and "debate" take the frame but report nobody's words).
 */
export const complementsOf = memoised((lemma: string): Complements => {
  speaking ??= senseKeys('verb', ['talk', 2]);
  stating ??= senseKeys('verb', ['state', 1]);
  const senses = /^\p{Ll}+$/u.test(lemma) ? sensesOf(lemma, 'verb').slice(0, 4).flatMap((o) => synsetAt('verb', o) ?? []) : [];
  const frame = (s: (typeof senses)[number], n: number): boolean => {
    const own = s.words.indexOf(lemma) + 1;
    return s.frames.some(([f, w]) => f === n && (w === 0 || w === own));
  };
  const first = senses[0];
  const communicates = first !== undefined && first.lexname === 'verb.communication';
  const reports = speechLemma(lemma) !== null;
  const out: Complements = {
    advice: communicates && frame(first, OBJECT_INFINITIVE_FRAME) && synsetIsKindOf(first, speaking),
    commitment: communicates && frame(first, INFINITIVE_FRAME) && synsetIsKindOf(first, stating),
    question: reports && senses.some((s) => s.lexname === 'verb.communication' && frame(s, WHETHER_FRAME)),
  };
  return out;
});

/** Verbs after which the next noun phrase is the listener, not the content ("told reporters"). */
export const TELL_VERBS = words('told|tells|tell|assured|informed|briefed');

/**
 * Bodies that hear evidence in a formal proceeding ("a jury has heard", "the inquest heard that",
 * "MPs were told"): what they heard is the words of whoever gave evidence, not theirs.
 */
export const HEARING_BODIES = words('jury|jurors|court|inquest|tribunal|hearing|inquiry|committee|panel|magistrates|MPs|councillors');
/** The hearing bodies of a criminal trial, where evidence opened before anyone is named is the prosecution's. */
export const TRIAL_BODIES = words('jury|jurors|court|magistrates');
/**
 * The bodies whose "found that …" is their verdict, a decision, not words reported: a jury gives
 * no reasons (a judge's, a tribunal's or a panel's finding does, and is theirs to report).
 */
export const VERDICT_BODIES = words('jury|jurors');

/** Personal and organisational titles that precede a name ("President Jane Doe", "Mr. Doe"). */
/**
 * Letters after a personal name (honours, offices, degrees: "Jane Doe KC", "Tom Reid MP"): a closed
 * set no lexical database lists; after a name they mark a person, not an acronym's organisation.
 */
export const POST_NOMINALS = words('KC|QC|SC|MP|MEP|MSP|MLA|TD|OBE|MBE|CBE|KBE|DBE|GBE|FRS|PhD|MD|JP|Esq');

export const TITLES = words(
  'Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Prof|Prof.|Sir|Dame|Lord|Lady|President|Vice|Premier|Prime|Minister|' +
    'Secretary|Senator|Sen.|Sen|Rep.|Rep|Representative|Congressman|Congresswoman|Gov.|Gov|Governor|Mayor|' +
    'General|Gen.|Gen|Lt.|Lt|Col.|Col|Capt.|Capt|Maj.|Maj|Adm.|Adm|Admiral|Commander|Cmdr.|Sgt.|Sgt|Colonel|' +
    'Captain|Major|Lieutenant|Sergeant|Marshal|Ambassador|Envoy|Chancellor|King|Queen|Prince|Princess|Pope|' +
    'Judge|Justice|Chief|Director|Chairman|Chairwoman|Chair|Chairperson|Speaker|Spokesman|Spokeswoman|' +
    'Spokesperson|Deputy|Acting|Foreign|Defense|Defence|Interior|Finance|Health|Trade|Economy|Attorney|' +
    'Inspector|Superintendent|Commissioner|Councillor|Cllr|Cllr.|Councilman|Councilwoman|Leader|Sheikh|Crown|Emir|' +
    'Rabbi|Bishop|Archbishop|Cardinal|Father|Reverend|Rev.|Coach|Detective|Officer|Professor|Executive|' +
    'CEO|Founder|Senior|State|Security|Affairs|Homeland|Treasury|Commerce|Energy|Education|Agriculture|' +
    'Labor|Labour|Transport|Transportation|Culture|Justice|Environment|Intelligence|National|Military|' +
    'Information|Press|Communications|Secretary-General|Vice-President|Vice-Premier|Minister-President',
);

/**
 * Courtesy titles that stand before a surname alone ("Ms Holt"), as a regex alternation: a closed
 * list (WordNet has "Mister" and "Doctor", not the abbreviations news copy writes). The agreement
 * readers' one home for them.
 */
export const COURTESY_TITLES = 'Mr|Mrs|Ms|Miss|Mx|Dr';

/** Name particles that may stand lower-case inside a personal name ("Ursula von der Leyen"). */
export const NAME_PARTICLES = words('von|van|der|den|de|del|della|da|di|du|la|le|bin|ibn|al|el|dos|das|ben');

/** Heads that make a noun phrase an organisation ("the Defense Ministry", "the police"). */
export const ORG_HEADS = words(
  'ministry|Ministry|department|Department|office|Office|agency|Agency|commission|Commission|council|' +
    'Council|committee|Committee|government|Government|administration|Administration|police|Police|army|' +
    'Army|military|navy|Navy|company|Company|firm|bank|Bank|court|Court|embassy|Embassy|consulate|Consulate|' +
    'parliament|Parliament|Senate|Congress|House|party|Party|Union|union|Organization|Organisation|organization|' +
    'organisation|Association|association|Institute|institute|University|university|Service|service|Corps|' +
    'Command|command|Forces|forces|Force|cabinet|Cabinet|Foundation|foundation|Group|group|Inc|Inc.|Corp|' +
    'Corp.|Ltd|Ltd.|LLC|Fund|fund|Authority|authority|Board|board|Bureau|bureau|Secretariat|Federation|' +
    'Alliance|alliance|Guard|Agency|Center|Centre|centre|center|Program|Programme|Tribunal|tribunal|' +
    'regulator|watchdog|network|Network|newspaper|station|campaign|Campaign|team|Team|club|Club|Club|' +
    'coalition|Coalition|Assembly|assembly|Parliament|Kremlin|Pentagon|Secretariat|Directorate|directorate|' +
    'Headquarters|headquarters|Staff|International|Watch|Nations|Mission|mission|delegation|Delegation|Airlines|airline|Airways|' +
    'Reuters|Xinhua|TASS|Tass|RIA|Bloomberg|Interfax|AFP|AP|BBC|CNN|Yonhap|Kyodo|statement|report|' +
    'spokesman\'s|Times|Post|Journal|News|Agency|Exchange|Commission|Court|Cabinet|Prosecutors|Computer|' +
    'Computers|Motors|Motor|Airlines|Airline|Airways|Systems|Technologies|Technology|Industries|Holdings|' +
    'Partners|Capital|Energy|Group|Media|Pharmaceuticals|Labs|Software|Electronics|Communications|Networks|' +
    'Foods|Brands|Entertainment|Studios|Records|Steel|Oil|Petroleum|Gas|Power|Telecom|Wireless|Insurance|' +
    'Securities|Investments|Ventures|Aerospace|Dynamics|Logistics|Shipping|Rail|Railways|Healthcare|Pharma|' +
    'Co.|Company|Daily|Herald|Tribune|Gazette|Telegraph|Guardian|Reports|Institution|Council|Ministries|' +
    'Bureau|Authority|Agencies|Commission|Trust|Society|Club|League|Federation|Party|Front|Movement|Army|' +
    'Navy|Corporation|Incorporated|Limited|plc|PLC|AG|SA|ASA|SpA|S.A.|AB|Oyj|BV|KK|LLP|GmbH|NV|Bank|Fund|Foundation|Institute|Academy|' +
    'College|School|Hospital|Clinic|Church|Mosque|Temple|Stores|Store|Markets|Market|Exchange|Website|website',
);

/** Single-word seats of power that speak for an institution ("the Kremlin said"). */
export const INSTITUTIONS = words(
  'Kremlin|Pentagon|Elysee|Élysée|Vatican|Quai|Whitehall|Downing|Zhongnanhai|Bundestag|Knesset|Duma|' +
    'Reuters|Xinhua|TASS|Tass|RIA|Bloomberg|Interfax|AFP|AP|BBC|CNN|Yonhap|Kyodo|Kremlin',
);

/**
 * Plural nouns that make a speaker a group and that WordNet cannot derive from a role noun in the
 * singular ("people", "police", "authorities", "sources", party names): every other plural of a
 * role ("officers", "campaigners", "judges") is WordNet's answer through `isGroupWord`.
 */
export const GROUP_NOUNS = words(
  'officials|experts|sources|protestors|authorities|spokespeople|people|police|sides|militaries|groups|firms|' +
    'banks|regulators|fans|locals|militants|forces|Democrats|Republicans|Conservatives|Liberals|states|men|women|both|' +
    // "The Northern Rail Workers local said": a union's branch (WordNet has "local" only as a train or an anaesthetic).
    'local',
);

/** Determiners and connectors that may stand inside a speaker's noun phrase but never head it. */
export const NP_GLUE = words(
  'the|a|an|his|her|its|their|our|both|two|three|four|five|six|several|many|some|other|another|one|all|' +
    'most|few|of|for|from|at|in|and',
);

/** Lower-case modifiers that stand before a role ("a senior administration official"). */
export const NP_MODIFIERS = words(
  'vice|prime|deputy|acting|senior|junior|top|former|foreign|defense|defence|military|state|federal|local|' +
    'regional|national|international|interior|health|finance|economy|trade|justice|security|intelligence|' +
    'press|communications|public|assistant|associate|special|independent|political|opposition|ruling|' +
    'unnamed|anonymous|western|eastern|northern|southern|european|naval|air|white|central|industry|' +
    'elections|election|emergency|fire|rescue|hospital|school|university|city|county|town|village|' +
    'provincial|municipal|district|tribal|religious|u.s.|us|chinese|american|russian|british|french|' +
    'german|japanese|indian|iranian|israeli|palestinian|ukrainian|turkish|korean|taiwanese|saudi|syrian|' +
    'iraqi|afghan|pakistani|egyptian|energy|environment|education|agriculture|transport|transportation|' +
    'culture|labor|labour|commerce|treasury|homeland|affairs|information|media|relations|planning|' +
    'development|infrastructure|technology|science|digital|research|legal|medical|economic|financial|' +
    'army|navy|police|company|government|administration|department|agency|office|embassy|ministry|' +
    'court|party|campaign|union|council|committee|commission|bank|house|cabinet|chief',
);

/**
 * Lower-case nouns that can head a speaker's noun phrase and that WordNet files elsewhere than
 * under a person, a body or a document in their most common sense ("head" is a body part first,
 * "campaign" an act, "ruling" an act, "general" an adjective): every other role noun ("minister",
 * "spokesman", "inspectorate", "memo") is WordNet's answer through `isRoleWord`.
 */
export const ROLE_NOUNS = words(
  'spokesmen|spokeswomen|official|expert|source|head|chair|general|founder|counterpart|queen|administration|' +
    'office|firm|group|embassy|campaign|bank|regulator|cabinet|military|foundation|authority|force|service|' +
    'network|newspaper|station|study|survey|filing|complaint|lawsuit|ruling|verdict|airline|operator|hospital|' +
    'nonprofit|prosecution|defence|defense|alliance|opposition|presidency|palace|panel|inquiry|incumbent|' +
    'headteacher|principal',
);

/** Senses a body's or a document's noun is a kind of (WordNet), filled on first use. */
let bodies: ReadonlySet<string> | undefined;
let documents: ReadonlySet<string> | undefined;

/**
 * Whether a lower-case noun, in the singular, names someone who can speak, by WordNet, memoised:
 * one of its `ROLE_SENSES` most common senses is a person (noun.person: "harbourmaster",
 * "campaigner", "giant"), a kind of organisation or social group ("inspectorate", "tribunal"), or
 * a kind of document, report or statement ("memo", "audit", "dossier"). The lists above stay for
 * the words WordNet files elsewhere ("head", "campaign", "network", "ruling").
 */
export const roleNoun = memoised((word: string): boolean => {
  bodies ??= senseKeys('noun', ['organization', 1], ['social_group', 1]);
  documents ??= senseKeys('noun', ['document', 1], ['document', 2], ['report', 1], ['statement', 1]);
  // "who" (the WHO) and "familiar" (a familiar spirit) are nouns too: not a function word, and
  // not a word WordNet knows better as an adjective.
  const out =
    /^\p{Ll}[\p{Ll}-]+$/u.test(word) &&
    !FUNCTION_WORDS.has(word) &&
    sensesOf(word, 'adj').length <= sensesOf(word, 'noun').length &&
    // "the accused", "the injured": a verb's inflected form names no role here ("X accused Y").
    !(baseForms(word).get('verb') ?? []).some((b) => b !== word) &&
    sensesOf(word, 'noun')
      .slice(0, ROLE_SENSES)
      .some((o) => {
        const s = synsetAt('noun', o);
        if (!s) return false;
        if (s.lexname === 'noun.person') return true;
        return synsetIsKindOf(s, bodies!) || synsetIsKindOf(s, documents!);
      });
  return out;
});
const ROLE_SENSES = 1;
/** What a study is a kind of: an investigation (act), an inquiry (cognition) or a piece of writing. */
let findings: ReadonlySet<string> | undefined;
let records: ReadonlySet<string> | undefined;
let appraisals: ReadonlySet<string> | undefined;

/**
 * Whether a lower-case noun names a piece of work that reports what it found ("study", "survey",
 * "audit", "poll", "paper", "review", "analysis", "census"), by WordNet, memoised: one of its three
 * most common senses is a kind of investigation, inquiry or writing, or its first a written record
 * ("minutes", "memo", "dossier"). "Data" and "figures" are not:
 * they are evidence, and "the data suggests" quotes no one.
 */
let statements: ReadonlySet<string> | undefined;
/**
 * Whether a lower-case noun names something asserted or found (one of its first two senses is a
 * kind of statement, of a finding or of a conclusion reached, WordNet: "claim", "allegation",
 * "accusation", "charge", "explanation", "findings"; not "offer", "proposal", "decision"), memoised.
 */
export const claimNoun = memoised((word: string): boolean => {
  statements ??= senseKeys('noun', ['statement', 1], ['finding', 1], ['finding', 2], ['conclusion', 2]);
  // Every base form ("findings" is a noun of its own, tools, before the plural of "finding").
  const bases = new Set([word, ...(baseForms(word).get('noun') ?? [])]);
  const out = /^\p{Ll}+$/u.test(word) && [...bases].some((b) => sensesOf(b, 'noun').slice(0, 2).some((o) => { const s = synsetAt('noun', o); return s !== null && synsetIsKindOf(s, statements!); }));
  return out;
});

/** "belief" and "attitude, mental attitude": an opinion, a judgement, a view, a standpoint are kinds of them. */
let beliefs: ReadonlySet<string> | undefined;
/**
 * Whether a lower-case noun names a belief held ("in her view", "in his opinion", "in their
 * judgement", "in its estimation"): one of its first two senses is a kind of belief or of a mental
 * attitude (WordNet), and its first sense is a thought or a message ("favour", first a feeling, is
 * not: "in his favour" is an advantage), memoised.
 */
export const opinionNoun = memoised((word: string): boolean => {
  beliefs ??= senseKeys('noun', ['belief', 1], ['attitude', 1]);
  const senses = /^\p{Ll}+$/u.test(word) ? sensesOf(word, 'noun').slice(0, 2).flatMap((o) => synsetAt('noun', o) ?? []) : [];
  const out = senses.length > 0 && /^noun\.(?:cognition|communication)$/.test(senses[0]!.lexname) && senses.some((s) => synsetIsKindOf(s, beliefs!));
  return out;
});

let communicators: ReadonlySet<string> | undefined;
/**
 * Whether a lower-case noun names someone whose trade is words, a byline's title ("reporter",
 * "correspondent", "columnist", "writer"): one of its first two senses is a kind of communicator
 * (WordNet), memoised. ("minister", "spokesman" are not.)
 */
export const writerNoun = memoised((word: string): boolean => {
  communicators ??= senseKeys('noun', ['communicator', 1]);
  const singular = baseForms(word).get('noun')?.[0] ?? word;
  const out = /^\p{Ll}+$/u.test(word) && sensesOf(singular, 'noun').slice(0, 2).some((o) => { const s = synsetAt('noun', o); return s !== null && synsetIsKindOf(s, communicators!); });
  return out;
});

/**
 * Whether one of a lower-case noun's first three senses is a written record (WordNet: "log", a
 * ship's or a station's record of events; "minutes"), though its first may be no record ("a log of
 * wood"): read only where the sentence itself asks for a source — a verb of evidence before a
 * "that" clause ("Logs kept at the depot showed that …"), which a tree trunk cannot be.
 */
export function recordNoun(word: string): boolean {
  records ??= senseKeys('noun', ['record', 1]);
  const singular = baseForms(word).get('noun')?.[0] ?? word;
  return /^\p{Ll}[\p{Ll}-]+$/u.test(word) && !FUNCTION_WORDS.has(singular) && sensesOf(singular, 'noun').slice(0, 3).some((o) => { const s = synsetAt('noun', o); return s !== null && synsetIsKindOf(s, records!); });
}

export const findingNoun = memoised((word: string): boolean => {
  findings ??= senseKeys('noun', ['investigation', 2], ['inquiry', 1], ['writing', 2]);
  records ??= senseKeys('noun', ['record', 1]);
  appraisals ??= senseKeys('noun', ['appraisal', 1]);
  const singular = baseForms(word).get('noun')?.[0] ?? word;
  const out =
    /^\p{Ll}[\p{Ll}-]+$/u.test(word) &&
    !FUNCTION_WORDS.has(singular) &&
    sensesOf(singular, 'noun')
      .slice(0, 3)
      .some((o, k) => {
        const s = synsetAt('noun', o);
        // A written record ("minutes", "memo", "dossier", "file") reports too, in its first sense only
        // ("note" is a record first, "score" and "count" are not).
        // An appraisal as such reports ("the assessment found"), not its kinds: a mark, a score or a
        // rating is no document, and "Mark" opening a sentence is a name.
        return s !== null && (synsetIsKindOf(s, findings!) || (k === 0 && synsetIsKindOf(s, records!)) || appraisals!.has(`noun:${o}`));
      });
  return out;
});
/**
 * Whether a verb is one a study, record or inspection reports its finding with: one of its first
 * two senses (WordNet, by the lemma) is a kind of making known (inform: "indicate", "highlight" —
 * stress, express, convey, tell), of putting to view (show: "reveal", "uncover"), of proving
 * (corroborate: "show" that, "confirm", "demonstrate"), of establishing by study (determine:
 * "identify") or of detecting ("find", "discover"). Memoised. ("consider", "cover", "ignore",
 * "assume", "record" are not.)
 */
export const findingVerb = memoised((lemma: string): boolean => {
  findingVerbs ??= senseKeys('verb', ['inform', 1], ['show', 4], ['corroborate', 1], ['determine', 3], ['detect', 1]);
  const out =
    /^\p{Ll}{3,}$/u.test(lemma) &&
    sensesOf(lemma, 'verb')
      .slice(0, 2)
      .some((o) => {
        const s = synsetAt('verb', o);
        return s !== null && synsetIsKindOf(s, findingVerbs!);
      });
  return out;
});
let findingVerbs: ReadonlySet<string> | undefined;
/** Closed-class words WordNet also files as nouns. */
const FUNCTION_WORDS = words('who|whom|whose|which|what|that|this|these|those|one|ones|some|any|none|all|each|other|others|it|us|he|she|they|we');

/**
 * Whether a lower-case plural names people in one of its three most common senses (WordNet
 * noun.person, `personNoun` of its singular): "agents" (first a causal agent, then a
 * representative), "hands", "bodies" no. Looser than `groupNoun`: only for the head of a subject
 * right before a verb of saying.
 */
export function peopleNoun(word: string): boolean {
  const singular = /^\p{Ll}[\p{Ll}-]+(?:s|men)$/u.test(word) ? baseForms(word).get('noun')?.find((b) => b !== word) : undefined;
  return singular !== undefined && personNoun(singular);
}

let PUBLIC: ReadonlySet<string> | null = null;
/**
 * Whether a word (any case) names the public at large rather than a body or its members: "people"
 * (WordNet people.n.01, a group word that is no adjective), or a plural whose singular's first sense is a kind of consumer
 * ("customers", "consumers", "shoppers", "patrons"). Such a subject is no party to a deal.
 */
export function publicNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^\p{Ll}{3,}$/u.test(w)) return false;
  PUBLIC ??= senseKeys('noun', ['consumer', 1], ['people', 1]);
  const singular = baseForms(w).get('noun')?.find((b) => b !== w);
  const offset = sensesOf(singular ?? w, 'noun')[0];
  const first = offset === undefined ? null : synsetAt('noun', offset);
  // (A singular group word that is an adjective too, "public", may modify the subject's own head:
  // "Public broadcaster X agreed …" is X.)
  return first !== null && (singular !== undefined || (first.lexname === 'noun.group' && sensesOf(w, 'adj').length === 0)) && synsetIsKindOf(first, PUBLIC);
}

/**
 * Whether a lower-case noun, singular or plural, names a person in one of its three most common
 * senses (WordNet noun.person): "cleaner" (first a preparation, then the person who cleans). For a
 * descriptor that something else already marks as a person's (an age before it, "who" after it).
 */
export const personNoun = memoised((word: string): boolean => {
  const out =
    /^\p{Ll}[\p{Ll}-]+$/u.test(word) &&
    !FUNCTION_WORDS.has(word) &&
    [word, ...(baseForms(word).get('noun') ?? [])].some((b) => sensesOf(b, 'noun').slice(0, 3).some((o) => synsetAt('noun', o)?.lexname === 'noun.person'));
  return out;
});

/** A lower-case plural whose singular is a `roleNoun` ("campaigners", "inspectors", "fishermen"): a group that speaks. */
export function groupNoun(word: string): boolean {
  if (!/^\p{Ll}[\p{Ll}-]+(?:s|men)$/u.test(word)) return false;
  const singular = baseForms(word).get('noun')?.find((b) => b !== word);
  return singular !== undefined && roleNoun(singular);
}

/** The lower-case words the lists allow inside a speaker's noun phrase (see `isNpLowerWord`). */
export const NP_LOWER: ReadonlySet<string> = new Set([...NP_GLUE, ...NP_MODIFIERS, ...ROLE_NOUNS, ...GROUP_NOUNS]);

/** Lower case as written: only then may WordNet say a word is a role ("Baker", "Mason" are names). */
const LOWER_START = /^\p{Ll}/u;
/** A role, body or document noun ("minister", "inspectorate", "memo"): the short list, or WordNet for a word written in lower case. */
export const isRoleWord = (w: string): boolean => ROLE_NOUNS.has(w.toLowerCase()) || (LOWER_START.test(w) && roleNoun(w));
/** A plural group noun ("officials", "campaigners"): the short list, or WordNet for a lower-case plural. */
export const isGroupWord = (w: string): boolean => GROUP_NOUNS.has(w.toLowerCase()) || GROUP_NOUNS.has(w) || (LOWER_START.test(w) && groupNoun(w));
/** Any lower-case word allowed inside a speaker's noun phrase: glue, modifiers, roles and groups. */
export const isNpLowerWord = (w: string): boolean => NP_LOWER.has(w) || (LOWER_START.test(w) && (roleNoun(w) || groupNoun(w)));

/** Personal pronouns that can stand for a speaker. */
export const PRONOUNS = words('he|she|they|it|we|He|She|They|It|We');

/**
 * Capitalised words that open a sentence or clause but never begin a speaker's noun phrase
 * ("But he said", "Asked about…"). Scans for a speaker stop before them.
 */
export const CAP_FUNCTION_WORDS = words(
  'But|And|Or|So|Yet|However|Meanwhile|Still|Also|Then|Now|Instead|Earlier|Later|Last|Next|On|In|At|' +
    'After|Before|When|While|As|If|Although|Though|Because|Since|Asked|Speaking|Separately|Moreover|' +
    'Furthermore|Additionally|Indeed|Nevertheless|Nonetheless|Thus|Hence|Today|Yesterday|Tonight|This|' +
    'That|These|Those|There|Here|I|You|What|Which|Who|Whom|Whose|Why|How|Where|Monday|Tuesday|Wednesday|' +
    'Thursday|Friday|Saturday|Sunday|According|For|From|With|Without|By|To|Under|Over|Amid|During|' +
    'Despite|Unlike|Like|Until|Once|Even|Only|Just|Not|No|Yes|Finally|First|Second|Third|Lastly|Overall|' +
    'Besides|Otherwise|Elsewhere|Regarding|Reportedly|Apparently|Clearly|Earlier|Recently|Initially|Whereas|' +
    'Whilst|Unless|Whether|Following|Including|Among|Between|Against|Within|Through|Toward|Towards|Via|Per',
);

/** Words that mark a personal name as female or male (titles and gendered roles). */
export const FEMALE_MARKERS = words(
  'Mrs|Mrs.|Ms|Ms.|Miss|Madam|Dame|Lady|Queen|Princess|spokeswoman|Spokeswoman|chairwoman|Chairwoman|' +
    'congresswoman|Congresswoman|councilwoman|Councilwoman|businesswoman|actress|wife|mother|daughter|' +
    'sister|grandmother|widow|she|She|her|Her|herself',
);
export const MALE_MARKERS = words(
  'Mr|Mr.|Sir|Lord|King|Prince|spokesman|Spokesman|chairman|Chairman|congressman|Congressman|' +
    'councilman|Councilman|businessman|actor|husband|father|son|brother|grandfather|widower|he|He|him|' +
    'his|His|himself',
);

/** Month names written out (WordNet lists them, but as nouns among others: "March", "May"). */
export const MONTHS = words('January|February|March|April|May|June|July|August|September|October|November|December');

/** Weekday and month names: never a speaker. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...words('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'),
  ...MONTHS,
  ...words('Jan.|Feb.|Mar.|Apr.|Jun.|Jul.|Aug.|Sep.|Sept.|Oct.|Nov.|Dec.'),
]);

/** "admit, acknowledge" and "deny" (both senses): owning to or disowning what one is charged with. */
let pleading: ReadonlySet<string> | undefined;
/**
 * Whether a verb form's first WordNet sense is a kind of admitting or denying ("admitted",
 * "denies", "confessed"), memoised: with an offence as its object such a verb enters a plea.
 */
export const pleaVerb = memoised((form: string): boolean => {
  pleading ??= senseKeys('verb', ['admit', 1], ['deny', 1], ['deny', 2]);
  const out = firstVerbSenses(form).some((s) => synsetIsKindOf(s, pleading!));
  return out;
});

/** The first WordNet verb sense of each of a verb form's base forms (`verbBases`). */
function firstVerbSenses(form: string): Synset[] {
  return verbBases(form).flatMap((b) => {
    const first = sensesOf(b, 'verb')[0];
    return first === undefined ? [] : (synsetAt('verb', first) ?? []);
  });
}

/**
 * A verb form's base forms, with the two inflections WordNet's detachment rules miss: "-ied" →
 * "-y" ("denied" → "deny") and a doubled final consonant ("admitted" → "admit").
 */
function verbBases(form: string): string[] {
  const lower = form.toLowerCase();
  const out = [...(baseForms(lower).get('verb') ?? [])];
  if (lower.endsWith('ied')) out.push(`${lower.slice(0, -3)}y`);
  const doubled = /^(.*([b-df-hj-np-tv-z]))\2(?:ed|ing)$/.exec(lower);
  if (doubled && sensesOf(doubled[1]!, 'verb').length > 0) out.push(doubled[1]!);
  return out;
}

/** "transgression, evildoing" (crimes, offences, breaches), "homicide"; "charge, complaint" itself (a count in an indictment). */
let offences: ReadonlySet<string> | undefined;
let charges: ReadonlySet<string> | undefined;
/**
 * Whether a noun (any form) names an offence one is charged with, by WordNet, memoised: one of its
 * senses is a kind of "transgression" ("theft", "fraud", "offences", "assault"), or it
 * is the criminal-law "charge" itself ("charges"; an "allegation", a kind of charge, is a claim
 * made, and "wrongdoing" is broader than any offence).
 */
export const offenceNoun = memoised((word: string): boolean => {
  offences ??= senseKeys('noun', ['transgression', 1], ['homicide', 1]);
  charges ??= senseKeys('noun', ['charge', 2]);
  const singular = baseForms(word.toLowerCase()).get('noun')?.[0] ?? word.toLowerCase();
  const out = sensesOf(singular, 'noun').some((o) => {
    const s = synsetAt('noun', o);
    return s !== null && (charges!.has(`noun:${o}`) || synsetIsKindOf(s, offences!));
  });
  return out;
});

/**
 * Whether a noun (any form) names, in its first WordNet sense, the deed of a verb that commits an
 * offence: the sense derives a verb that derives a kind of "transgression" ("breaches" → "breach,
 * violate" → "violation, offence"), memoised. "Breaches of safety law" are the offences of a plea,
 * though a breach itself is filed under "failure"; "mistakes", "failures", "claims" derive no such
 * verb, and "blame" (an accusation, no act) and blaming (said, not done) are no deeds.
 */
export const offenceDeed = memoised((word: string): boolean => {
  offences ??= senseKeys('noun', ['transgression', 1], ['homicide', 1]);
  const singular = baseForms(word.toLowerCase()).get('noun')?.[0] ?? word.toLowerCase();
  const first = sensesOf(singular, 'noun')[0];
  const sense = first === undefined ? null : synsetAt('noun', first);
  // The noun must name an act ("blame", an accusation, derives "incriminate" too).
  const out =
    sense !== null &&
    sense.lexname === 'noun.act' &&
    sense.pointers.some((p) => {
      if (p.symbol !== '+' || p.pos !== 'verb') return false;
      const v = synsetAt('verb', p.offset);
      // Blaming (a verb of communication) derives "fault"; a deed is done, not said.
      return (
        v !== null &&
        v.lexname !== 'verb.communication' &&
        v.pointers.some((q) => {
          if (q.symbol !== '+' || q.pos !== 'noun') return false;
          const n = synsetAt('noun', q.offset);
          return n !== null && synsetIsKindOf(n, offences!);
        })
      );
    });
  return out;
});

/**
 * Whether a verb form's first WordNet sense is committing an offence ("assaulting", "breaching",
 * "stealing", "defrauding"): a noun derived from that sense names one (`offenceNoun`), memoised.
 * "taking", "breaking" (first sense: interrupt) are not.
 */
export const offenceAct = memoised((form: string): boolean => {
  offences ??= senseKeys('noun', ['transgression', 1], ['homicide', 1]);
  const out = firstVerbSenses(form).some((s) =>
    s.pointers.some((p) => {
      if (p.symbol !== '+' || p.pos !== 'noun') return false;
      const n = synsetAt('noun', p.offset);
      return n !== null && synsetIsKindOf(n, offences!);
    }),
  );
  return out;
});

let lawyers: ReadonlySet<string> | undefined;
/**
 * How well a lawyer's noun ("the prosecutor", "her solicitor") names a person introduced by a court
 * participle ("Prosecuting, Jo Hale said", "Defending, Tom Varga said"), by WordNet, memoised: 2
 * when a social sense of the participle's verb derives that very noun ("prosecute" → "prosecutor"),
 * 1 when the noun is a kind of lawyer the verb derives ("prosecutor" is one; "defend" → "defense
 * lawyers": any lawyer's noun), 0 otherwise (the noun is no lawyer's, or the verb no court's).
 */
export function courtRole(participle: string, head: string): number {
  return courtRoleOf(`${participle}\u0000${head}`);
}
/** `courtRole` memoised by participle and head, joined by a NUL (which no word holds) so the key splits back exactly. */
const courtRoleOf = memoised((key: string): number => {
  const cut = key.indexOf('\u0000');
  const participle = key.slice(0, cut);
  const head = key.slice(cut + 1);
  lawyers ??= senseKeys('noun', ['lawyer', 1]);
  const singular = baseForms(head.toLowerCase()).get('noun')?.[0] ?? head.toLowerCase();
  const heads = sensesOf(singular, 'noun').slice(0, 2).map((o) => synsetAt('noun', o)).filter((x): x is Synset => x !== null && synsetIsKindOf(x, lawyers!));
  let out = 0;
  if (heads.length > 0)
    for (const verb of baseForms(participle.toLowerCase()).get('verb') ?? []) {
      for (const o of sensesOf(verb, 'verb')) {
        const v = synsetAt('verb', o);
        if (!v || v.lexname !== 'verb.social') continue;
        for (const ptr of v.pointers) {
          if (ptr.symbol !== '+' || ptr.pos !== 'noun') continue;
          const n = synsetAt('noun', ptr.offset);
          if (!n) continue;
          if (synsetIsKindOf(n, lawyers)) {
            // The role itself ("prosecutor"), or a kind of it.
            const own = new Set([`noun:${n.offset}`]);
            if (heads.some((h) => h.offset === n.offset)) out = Math.max(out, 2);
            else if (heads.some((h) => synsetIsKindOf(h, own))) out = Math.max(out, 1);
            continue;
          }
          // A group of lawyers ("defense_lawyers"): any lawyer's noun.
          const members = n.words.map((w) => w.split('_').pop()!).map((w) => baseForms(w).get('noun')?.[0] ?? w);
          if (members.some((w) => sensesOf(w, 'noun').slice(0, 1).some((x) => lawyers!.has(`noun:${x}`)))) out = Math.max(out, 1);
        }
      }
    }
  return out;
}, 10_000);

let helping: ReadonlySet<string> | null = null;
/**
 * Whether a noun's first WordNet sense is a kind of help (help.n.01: aid, assistance, support):
 * "an offer of help from the army" offers no deal. Asked once a lemma.
 */
export const helpNoun = memoised((lemma: string): boolean => {
  helping ??= senseKeys('noun', ['help', 1]);
  const first = sensesOf(lemma, 'noun')[0];
  const s = first === undefined ? null : synsetAt('noun', first);
  const out = s != null && synsetIsKindOf(s, helping);
  return out;
});
