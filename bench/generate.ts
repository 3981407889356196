/**
 * Generates news-like knowledge files for the benchmark: seeded, so every run measures the same
 * record; nothing downloaded. Each file has the header and dateline forms the record reader knows,
 * paragraphs of reported speech, quotes, dates and agreements, over a vocabulary that keeps
 * growing with the record (invented names and rare words), as real news archives do.
 */
import { sentencesOf, type Doc } from '../src/record/types.js';

export type Rng = () => number;

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
/** Zipf-like pick: early entries are much more frequent, as words are in text. */
export const zipf = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(xs.length * r() ** 2.2)] as T;

const SYLLABLES = 'ka,lo,mi,ra,ven,tor,sa,ni,bel,dor,qu,an,ex,ul,tri,mon,fa,zer,pol,ges,har,wyn,ost,el,ber,cal,dri,im,no,vas'.split(',');
function invent(r: Rng, min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  let w = '';
  for (let i = 0; i < n; i++) w += pick(r, SYLLABLES);
  return w;
}
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

const NOUNS = (
  'talks,agreement,ceasefire,border,trade,tariffs,sanctions,pipeline,election,parliament,budget,inflation,' +
  'exports,imports,harbour,fishing,quotas,navy,army,drills,exercise,missile,treaty,summit,delegation,' +
  'ministry,court,ruling,appeal,tender,contract,factory,workers,strike,union,wages,prices,energy,gas,oil,' +
  'grain,harvest,drought,floods,relief,aid,refugees,camps,hospital,vaccine,outbreak,schools,teachers,' +
  'students,protest,police,arrests,investigation,corruption,bribery,charges,verdict,prison,amnesty,' +
  'reforms,constitution,referendum,coalition,opposition,vote,ballots,turnout,campaign,candidate,' +
  'communication,communications,channel,hotline,consultations,negotiations,framework,roadmap,' +
  'infrastructure,railway,bridge,airport,port,shipping,containers,cargo,customs,investment,loans,' +
  'debt,bonds,currency,reserves,bank,interest,rates,growth,recession,unemployment,jobs,pensions,' +
  'security,intelligence,cyberattack,hackers,satellite,launch,airspace,incident,collision,patrol,' +
  'fleet,submarine,peacekeepers,mission,observers,monitors,inspection,inspectors,facility,reactor,' +
  'emissions,climate,forest,wildfire,water,dam,river,coast,storm,earthquake,rescue,casualties,' +
  'statement,spokesman,spokeswoman,minister,president,premier,governor,mayor,envoy,ambassador,' +
  'commission,committee,council,agency,regulator,watchdog,company,shareholders,merger,profits'
).split(',');

const ADJECTIVES = (
  'new,bilateral,joint,annual,provisional,cautious,stable,tense,fragile,historic,preliminary,' +
  'comprehensive,regional,national,military,economic,diplomatic,maritime,northern,southern,eastern,' +
  'western,senior,former,interim,emergency,technical,strategic,humanitarian,financial'
).split(',');

const ACTIONS = [
  'hold a second round of talks',
  'extend the ceasefire',
  'reopen the border crossing',
  'set up a military hotline',
  'share data on fishing quotas',
  'cut tariffs on grain exports',
  'release detained fishermen',
  'hold joint maritime rescue drills',
  'resume negotiations on the pipeline',
  'exchange prisoners',
  'freeze the construction of new settlements',
  'establish a joint commission on water rights',
  'allow observers to monitor the vote',
  'restore direct flights',
  'strengthen communication between their navies',
];

const VERBS_SAID = ['said', 'told reporters', 'said in a statement', 'insisted', 'warned', 'added', 'noted', 'stressed'];
const AGREE = ['agreed to', 'pledged to', 'decided to', 'committed to', 'signed a deal to'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ROLES = ['foreign minister', 'defence minister', 'spokesman', 'spokeswoman', 'ambassador', 'prime minister', 'central bank governor', 'chief negotiator', 'trade envoy', 'police chief'];

export interface World {
  readonly countries: readonly string[];
  readonly people: readonly string[];
  readonly orgs: readonly string[];
  readonly rare: readonly string[];
}

/** Invented names and rare words; their number grows with the record's size. */
export function world(r: Rng, sentences: number): World {
  const countries = Array.from({ length: 40 + Math.floor(sentences / 2000) }, () => cap(invent(r, 2, 3)));
  const people = Array.from({ length: 200 + Math.floor(sentences / 50) }, () => `${cap(invent(r, 1, 2))} ${cap(invent(r, 2, 3))}`);
  const orgs = Array.from({ length: 30 + Math.floor(sentences / 1000) }, () => `the ${cap(invent(r, 2, 3))} ${pick(r, ['Agency', 'Council', 'Group', 'Authority', 'Bank', 'Institute'])}`);
  const rare = Array.from({ length: 500 + Math.floor(sentences / 5) }, () => invent(r, 2, 4));
  return { countries, people, orgs, rare };
}

function dateExpr(r: Rng): string {
  const x = r();
  if (x < 0.35) return `on ${pick(r, DAYS)}`;
  if (x < 0.6) return `on ${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}`;
  if (x < 0.7) return `in mid-${pick(r, MONTHS)}`;
  if (x < 0.8) return 'last week';
  if (x < 0.9) return `by the end of ${pick(r, MONTHS)}`;
  return `in ${pick(r, MONTHS)} ${2015 + Math.floor(r() * 10)}`;
}

function clause(r: Rng, w: World): string {
  const n = zipf(r, NOUNS);
  const a = pick(r, ADJECTIVES);
  const forms = [
    () => `the ${a} ${n} would go ahead ${dateExpr(r)}`,
    () => `${pick(r, w.countries)} was ready for ${a} ${n} with ${pick(r, w.countries)}`,
    () => `the ${n} over the ${zipf(r, NOUNS)} had reached a ${a} stage`,
    () => `${pick(r, w.orgs)} would review the ${pick(r, w.rare)} ${n} ${dateExpr(r)}`,
    () => `${Math.floor(r() * 900) + 2} ${zipf(r, NOUNS)} were affected by the ${a} ${n}`,
  ];
  return pick(r, forms)();
}

function sentence(r: Rng, w: World): string {
  const person = pick(r, w.people);
  const c1 = pick(r, w.countries);
  const c2 = pick(r, w.countries);
  const forms = [
    () => `${person}, the ${pick(r, ROLES)} of ${c1}, ${pick(r, VERBS_SAID)} ${dateExpr(r)} that ${clause(r, w)}.`,
    () => `“${cap(clause(r, w))},” ${person} ${pick(r, VERBS_SAID)}.`,
    () => `${c1} and ${c2} ${pick(r, AGREE)} ${pick(r, ACTIONS)} ${dateExpr(r)}.`,
    () => `The sides ${pick(r, AGREE)} ${pick(r, ACTIONS)}, according to ${pick(r, w.orgs)}.`,
    () => `${cap(pick(r, w.orgs))} reported ${dateExpr(r)} that ${clause(r, w)}.`,
    () => `${cap(dateExpr(r))}, ${c1} announced ${pick(r, ADJECTIVES)} ${zipf(r, NOUNS)} near the ${pick(r, w.rare)} ${zipf(r, NOUNS)}.`,
    () => `Officials in ${c1} said the ${zipf(r, NOUNS)} and the ${zipf(r, NOUNS)} were discussed with ${person}, who called them “${pick(r, ADJECTIVES)} but ${pick(r, ADJECTIVES)}.”`,
    () => `Critics of the ${pick(r, ADJECTIVES)} ${zipf(r, NOUNS)} said it ignored the ${pick(r, w.rare)} ${zipf(r, NOUNS)} and the ${zipf(r, NOUNS)} of ${c2}.`,
  ];
  return pick(r, forms)();
}

export interface GeneratedFile {
  readonly id: string;
  readonly raw: Buffer;
  readonly sentences: number;
}

/** Knowledge files holding about `total` sentences in all (headline included), 20–40 each. */
export function generateRecord(total: number, seed = 42): { files: GeneratedFile[]; world: World } {
  const r = rng(seed);
  const w = world(r, total);
  const files: GeneratedFile[] = [];
  let count = 0;
  for (let d = 0; count < total; d++) {
    const year = 2015 + Math.floor(r() * 10);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const title = `${pick(r, w.countries)} and ${pick(r, w.countries)} hold ${pick(r, ADJECTIVES)} ${zipf(r, NOUNS)}`;
    const want = Math.min(20 + Math.floor(r() * 21), total - count - 1);
    const paragraphs: string[] = [];
    let made = 0;
    while (made < want) {
      const n = Math.min(1 + Math.floor(r() * 4), want - made);
      const ss = Array.from({ length: n }, () => sentence(r, w));
      if (paragraphs.length === 0) ss[0] = `${pick(r, w.countries).toUpperCase()} (Wire - ${day}th ${MONTHS[month - 1]}, ${year}) ${ss[0] ?? ''}`;
      paragraphs.push(ss.join(' '));
      made += n;
    }
    const raw = ` date ${iso} ${title}\n\n${paragraphs.join('\n\n')}\n`;
    files.push({ id: `gen/${String(d).padStart(5, '0')}`, raw: Buffer.from(raw, 'utf8'), sentences: want + 1 });
    count += want + 1;
  }
  return { files, world: w };
}

/**
 * A party to an agreement of the record's last document, for `/agreed`: of the countries and
 * bodies named in its sentences of agreeing (generate.ts), the one the fewest documents write, by
 * its invented word ("the Vorel Bank" → "Vorel").
 */
export function agreedParty(docs: readonly Doc[], names: World): string | null {
  const agreeing = sentencesOf(docs.at(-1) as Doc).filter((s) => /\b(?:agreed|pledged|decided|committed) to\b|\bsigned a deal\b/.test(s.text));
  const words = [...names.countries, ...names.orgs.map((o) => o.split(' ')[1] ?? o)].filter((w) => agreeing.some((s) => new RegExp(`\\b${w}\\b`).test(s.text)));
  const writing = (w: string): number => docs.filter((d) => sentencesOf(d).some((s) => s.text.includes(w))).length;
  return words.map((w) => [w, writing(w)] as const).sort((a, b) => a[1] - b[1])[0]?.[0] ?? null;
}
