/**
 * Sentence splitting the way a careful reader does it, over a verbatim text: the splitter only
 * decides where sentences end; it never rewrites a character, so every span can be cited.
 *
 * The rules, in the order a reader applies them:
 * - `.` `?` `!` end a sentence when whitespace and a capital (or a digit, or an opening quote
 *   before a capital) follow; closing quotes and brackets after the mark stay with the sentence,
 *   and a lowercase continuation (`?” he asked`, `Yahoo! in`) never starts a new one.
 * - Abbreviations: a title (`Mr.`, `Gen.`, `Mt.`) never ends a sentence before a name; other
 *   abbreviations, single initials and dotted forms (`U.S.`, `a.m.`, `Co.`, `Oct.`) end one only
 *   when the next word is one that typically opens a sentence (`The`, `He`, `How`, ...).
 * - Numbers, decimals, versions, e-mail addresses and URLs hold their inner dots.
 * - Ellipses: a three-dot ellipsis continues before lowercase and before the pronoun "I"; a
 *   four-dot one (period + ellipsis) ends the sentence; `word. . . . Next` ends at the word's
 *   own period and the ellipsis opens the next sentence.
 * - Inside a bracket pair nothing ends (a parenthetical sentence belongs to its host sentence).
 * - Lists: bulleted and enumerated items (`1.`, `1.)`, `1)`, `(1)`, `a.`) are sentences of their
 *   own, on separate lines or running inline in sequence (`1) … 2) …`).
 * - Lines: a line without final punctuation followed by a line starting with a capital is a
 *   heading (its own sentence); a line continued in lowercase is an errant line break; a block
 *   whose lines all lack final punctuation is a list of lines; hard-wrapped prose (lines of near
 *   equal length) treats its line breaks as spaces.
 */

/** A sentence as character offsets into the text given to `splitSentences`. */
export interface Span {
  start: number;
  end: number;
}

/** Titles written before a name: never a sentence end before a capitalised word. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'messrs', 'mmes', 'dr', 'drs', 'prof', 'gen', 'gens', 'lt', 'col', 'maj',
  'capt', 'cmdr', 'cdr', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'gov', 'govs', 'sen', 'sens', 'rep',
  'reps', 'rev', 'fr', 'hon', 'pres', 'supt', 'det', 'insp', 'amb', 'atty', 'mt', 'st', 'ft', 'sra',
  'mme', 'mlle', 'cmdt', 'lieut', 'rt', 'treas', 'secy',
]);

/** Abbreviations that may end a sentence: they do when a sentence opener follows. */
const ABBREVIATIONS = new Set([
  'co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'etc', 'vs', 'v', 'approx', 'dept',
  'univ', 'assn', 'ave', 'blvd', 'rd', 'hwy', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat',
  'sun', 'no', 'nos', 'vol', 'vols', 'p', 'pp', 'ch', 'chap', 'fig', 'figs', 'ed', 'eds', 'est', 'cf',
  'al', 'govt', 'intl', 'natl', 'mln', 'bln', 'yr', 'yrs', 'hr', 'hrs', 'min', 'mins', 'sec', 'secs',
  'ca', 'div', 'ref', 'tel', 'ext', 'art', 'para', 'sq', 'mi', 'oz', 'lb',
  'lbs', 'pt', 'pts', 'cu', 'bldg', 'mgr', 'admin', 'asst', 'assoc', 'avg', 'dir', 'max', 'misc',
  'op', 'orig', 'pop', 'prod', 'rs', 'apt', 'cal', 'dia', 'esp', 'excl', 'incl', 'lit', 'mfg',
  // US state abbreviations of news datelines (AP style).
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'tex', 'vt', 'va', 'wash', 'wis', 'wyo', 'penn',
]);

const MONTH_NAMES = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);

/** Abbreviations that are also ordinary words when written in lowercase. */
const ORDINARY_WORDS = new Set([
  'no', 'art', 'op', 'ext', 'tel', 'ref', 'sun', 'sat', 'wed', 'mar', 'min', 'max', 'mins', 'pop',
  'lit', 'mass', 'miss', 'ill', 'wash', 'ind', 'la', 'pa', 'mo', 'cal', 'dir', 'div', 'est', 'ed',
  'sec', 'secs', 'ca', 'al', 'fig', 'ore', 'del', 'col', 'pt', 'sq', 'may', 'ala', 'conn', 'penn',
]);

/**
 * Words that typically open a sentence: after an abbreviation (`U.S. How`, `Co. It`) they mark a
 * sentence end; other capitalised words (`U.S. Government`, `E. Smith`) continue the sentence.
 */
const SENTENCE_OPENERS = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'His', 'She',
  'Her', 'They', 'Their', 'We', 'Our', 'I', 'My', 'You', 'Your', 'Who', 'What', 'When', 'Where', 'Why',
  'How', 'Which', 'Whose', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'For', 'If', 'As',
  'After', 'Before', 'While', 'Although', 'Though', 'Since', 'Because', 'During', 'With', 'By',
  'From', 'To', 'Under', 'Over', 'Some', 'Many', 'Most', 'All', 'No', 'Not', 'None', 'One', 'Two',
  'Meanwhile', 'However', 'Also', 'Still', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow',
  'Earlier', 'Later', 'According', 'Despite', 'Even', 'Being', 'Did', 'Do', 'Does', 'Is', 'Are',
  'Was', 'Were', 'Can', 'Could', 'Should', 'Would', 'Will', 'Has', 'Have', 'Had', 'More', 'Millions',
  'Thus', 'Instead', 'Each', 'Every', 'Both', 'Such', 'Other', 'Another', 'Nor', 'Further',
  'Furthermore', 'Moreover', 'Nevertheless', 'Indeed', 'Last', 'Next', 'Once', 'Until', 'Among',
  'Whether', 'Please', 'Let', 'Yes', 'Asked', 'Speaking', 'Following', 'Amid',
]);

/**
 * An attribution that completes a quote (`"Why?" Jane Doe asked.`, `"No." Mr Keller said,`):
 * the quote does not end the sentence there. `"..." Jane Doe said the plan ...` opens a new one.
 */
const SPEECH_VERB =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|explained|noted|insisted|declared|stated|continued|recalled|warned|argued|tweeted|shouted|exclaimed|answered|agreed|responded)(?:\s+[\p{Ll}\p{N}'’-]+){0,3}[.,!?]/u;
const PRONOUN = /^(?:He|She|They|We|I|It|You)\b/u;

/** Words a line can end with only when the sentence goes on in the next line. */
const WRAP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'and', 'or',
  'but', 'nor', 'that', 'which', 'who', 'whose', 'whom', 'as', 'than', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'will', 'would', 'said', 'says', 'told', 'between', 'about', 'after',
  'before', 'over', 'under', 'against', 'during', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
]);

const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}']);
const QUOTE_CLOSERS = new Set(['"', "'", '”', '’', '»', '›']);
const OPENERS = new Set(['"', "'", '“', '‘', '«', '‹', '(', '[', '{', '¿', '¡']);
/** Bullet characters that mark list items, also when items run inline (`• one • two`). */
const INLINE_BULLETS = new Set(['•', '◦', '▪', '‣', '⁃', '●', '○', '■', '□', '►', '▸', '❖', '➢', '✓']);
/** A list item at the start of a line: bullet, `1.`, `1.)`, `1)`, `(1)`, `a.`, `a)`. */
const LINE_ITEM = /^(?:[•◦▪‣⁃●○■□►▸❖➢✓]|[-*–—+]\s|\d{1,3}(?:\.\)|\)|\.)\s|\(\d{1,3}\)\s|[a-zA-Z][.)]\s|\([a-zA-Z]\)\s)/u;

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
const isUpper = (c: string | undefined): boolean => c !== undefined && /\p{Lu}/u.test(c);
const isLower = (c: string | undefined): boolean => c !== undefined && /\p{Ll}/u.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && /\p{Nd}/u.test(c);
const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

type TokenKind = 'title' | 'abbreviation' | 'word';

/** Splits `text.slice(from, to)` (one paragraph) into sentence spans, trimmed, in order. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  if (from < 0) from = 0;
  if (to > text.length) to = text.length;
  if (to <= from) return [];
  const s = new Splitter(text, from, to);
  return s.run();
}

const [OPEN_PAREN, OPEN_SQUARE, OPEN_CURLY, CLOSE_PAREN, CLOSE_SQUARE, CLOSE_CURLY] = [...'([{)]}'].map((c) => c.charCodeAt(0));

class Splitter {
  /** Positions where a sentence ends; the next sentence starts after the whitespace there. */
  private readonly cuts = new Set<number>();
  /** `true` at characters inside an e-mail address or URL. */
  private readonly masked: Uint8Array;
  /** For each position inside a bracket pair, the offset of the innermost closing bracket. */
  private readonly closingBracket: Int32Array;

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly to: number,
  ) {
    this.masked = new Uint8Array(to - from);
    this.closingBracket = new Int32Array(to - from).fill(-1);
    this.maskAddresses();
    this.matchBrackets();
  }

  run(): Span[] {
    this.lineAndListCuts();
    const { text, to } = this;
    let sentenceStart = this.from;
    const fixed = [...this.cuts].sort((a, b) => a - b);
    let f = 0;
    for (let i = this.from; i < to; i++) {
      while (f < fixed.length && (fixed[f] ?? Infinity) <= i) sentenceStart = fixed[f++] ?? sentenceStart;
      const c = text[i];
      if (this.isMasked(i)) continue;
      if (c === '.' || c === '…') {
        const run = this.dotRun(i);
        const cut = run.dots >= 2 ? this.afterEllipsis(i, run) : this.afterPeriod(i, sentenceStart);
        if (cut !== null) {
          this.cuts.add(cut);
          sentenceStart = cut;
        }
        i = run.end - 1;
      } else if (c === '?' || c === '!' || c === '‽') {
        let j = i;
        while (j < to && '?!‽.'.includes(text[j] ?? '')) j++;
        const cut = this.afterQuestion(i, j);
        if (cut !== null) {
          this.cuts.add(cut);
          sentenceStart = cut;
        }
        i = j - 1;
      }
    }
    return this.spans();
  }

  private spans(): Span[] {
    const points = [...this.cuts].filter((p) => p > this.from && p < this.to).sort((a, b) => a - b);
    const out: Span[] = [];
    let start = this.from;
    for (const p of [...points, this.to]) {
      let a = start;
      let b = p;
      while (a < b && isSpace(this.text[a])) a++;
      while (b > a && isSpace(this.text[b - 1])) b--;
      if (b > a) out.push({ start: a, end: b });
      start = p;
    }
    return out;
  }

  private isMasked(i: number): boolean {
    return this.masked[i - this.from] === 1;
  }

  /** E-mail addresses and URLs keep their dots (and `?`/`!` in query strings). */
  private maskAddresses(): void {
    const seg = this.text.slice(this.from, this.to);
    const mask = (at: number, match: string): void => {
      // Trailing punctuation belongs to the sentence, not the address.
      const core = match.replace(/[.,;:!?)\]"'”’»]+$/u, '');
      for (let k = 0; k < core.length; k++) this.masked[at + k] = 1;
    };
    for (const m of seg.matchAll(/\b(?:https?:\/\/|ftp:\/\/|www\.)\S+/gu)) mask(m.index, m[0]);
    // E-mail addresses, found from their `@` (a pattern starting with a character class would
    // rescan long runs of letters from every position).
    for (let at = seg.indexOf('@'); at >= 0; at = seg.indexOf('@', at + 1)) {
      let a = at;
      while (a > 0 && at - a < 64 && /[\p{L}\p{N}._%+-]/u.test(seg[a - 1] ?? '')) a--;
      const domain = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u.exec(seg.slice(at + 1, at + 256));
      if (a < at && domain) mask(a, seg.slice(a, at + 1 + domain[0].length));
    }
  }

  private matchBrackets(): void {
    const { text } = this;
    const stack: Array<{ ch: number; at: number }> = [];
    const closeOf = new Map<number, number>();
    for (let i = this.from; i < this.to; i++) {
      const c = text.charCodeAt(i);
      if (c === OPEN_PAREN || c === OPEN_SQUARE || c === OPEN_CURLY) stack.push({ ch: c, at: i });
      else if (c === CLOSE_PAREN || c === CLOSE_SQUARE || c === CLOSE_CURLY) {
        const opener = c === CLOSE_PAREN ? OPEN_PAREN : c === CLOSE_SQUARE ? OPEN_SQUARE : OPEN_CURLY;
        // Only a matching opener closes (looking a few levels down for a stray one); a stray
        // `)` as in `1) item` is ignored.
        for (let k = stack.length - 1; k >= Math.max(0, stack.length - 8); k--) {
          const open = stack[k];
          if (open && open.ch === opener) {
            closeOf.set(open.at, i);
            stack.length = k;
            break;
          }
        }
      }
    }
    // Every position strictly inside a pair gets the closing offset of its innermost pair (the
    // others keep -1): walked from each outermost opener to its close, not over every character.
    const openers = [...closeOf.keys()].sort((a, b) => a - b);
    const open: number[] = [];
    let o = 0;
    for (let i = openers[0] ?? this.to; i < this.to; i++) {
      if (open.length > 0 && open[open.length - 1] === i) open.pop();
      this.closingBracket[i - this.from] = open[open.length - 1] ?? -1;
      if (openers[o] === i) {
        open.push(closeOf.get(i) as number);
        o++;
      }
      if (open.length === 0) {
        if (o >= openers.length) break;
        i = (openers[o] as number) - 1;
      }
    }
  }

  /** True when `i` is inside a bracket pair that closes at or after `afterClosers`. */
  private insideBrackets(i: number, afterClosers: number): boolean {
    const close = this.closingBracket[i - this.from] ?? -1;
    return close >= afterClosers;
  }

  /** A run of dots: `.`, `...`, `…`, `. . .` (spaced), with its number of dots. */
  private dotRun(i: number): { end: number; dots: number; spaced: boolean } {
    const { text, to } = this;
    let j = i;
    let dots = 0;
    while (j < to) {
      const c = text[j];
      if (c === '.') dots++;
      else if (c === '…') dots += 3;
      else break;
      j++;
    }
    // Spaced ellipsis `. . .`: continue over single spaces between dots.
    let k = j;
    let spacedDots = dots;
    while (k + 1 < to && text[k] === ' ' && (text[k + 1] === '.' || text[k + 1] === '…')) {
      k++;
      while (k < to && (text[k] === '.' || text[k] === '…')) {
        spacedDots += text[k] === '…' ? 3 : 1;
        k++;
      }
    }
    if (k > j && spacedDots >= 3) return { end: k, dots: spacedDots, spaced: true };
    return { end: j, dots, spaced: false };
  }

  /** Skips closers, whitespace and openers after a mark. */
  private lookAhead(end: number): { closersEnd: number; hasQuote: boolean; spaced: boolean; next: number } {
    const { text, to } = this;
    let k = end;
    let hasQuote = false;
    while (k < to && CLOSERS.has(text[k] ?? '')) {
      if (QUOTE_CLOSERS.has(text[k] ?? '')) hasQuote = true;
      k++;
    }
    let w = k;
    while (w < to && isSpace(text[w])) w++;
    let n = w;
    while (n < to && OPENERS.has(text[n] ?? '')) n++;
    return { closersEnd: k, hasQuote, spaced: w > k, next: n };
  }

  /** The word at `n`, without a contraction or possessive (`That's` → `That`). */
  private nextWord(n: number): string {
    return /^[\p{L}\p{N}]+/u.exec(this.text.slice(n, Math.min(this.to, n + 40)))?.[0] ?? '';
  }

  /** The token before a mark at `i`, without surrounding quotes and brackets. */
  private tokenBefore(i: number, sentenceStart: number): { token: string; start: number } {
    let a = i;
    while (a > sentenceStart && !isSpace(this.text[a - 1])) a--;
    let raw = this.text.slice(a, i);
    let start = a;
    while (raw.length > 0 && (OPENERS.has(raw[0] ?? '') || INLINE_BULLETS.has(raw[0] ?? ''))) {
      raw = raw.slice(1);
      start++;
    }
    raw = raw.replace(/[)\]}"'”’»]+$/u, '');
    return { token: raw, start };
  }

  private classify(token: string): TokenKind {
    const lower = token.toLowerCase();
    // `no.`, `ill.`, `mass.` in lowercase are words; `No.`, `Ill.`, `Mass.` abbreviations.
    if (lower === token && ORDINARY_WORDS.has(lower)) return 'word';
    if (TITLES.has(lower)) return 'title';
    if (ABBREVIATIONS.has(lower)) return 'abbreviation';
    if (/^\p{L}$/u.test(token)) return 'abbreviation';
    if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(token)) return 'abbreviation';
    return 'word';
  }

  /** A list marker (`1.`, `a.`, `iv.`) opening the current sentence is not a sentence end. */
  private isMarker(tokenStart: number, token: string, sentenceStart: number): boolean {
    let p = sentenceStart;
    while (p < tokenStart && (isSpace(this.text[p]) || INLINE_BULLETS.has(this.text[p] ?? '') || '-*–—+'.includes(this.text[p] ?? ''))) p++;
    return p === tokenStart && /^(?:\d{1,3}|\p{L}|[ivxlcIVXLC]{1,5})$/u.test(token);
  }

  private attribution(n: number): boolean {
    const rest = this.text.slice(n, Math.min(this.to, n + 100));
    return !PRONOUN.test(rest) && SPEECH_VERB.test(rest);
  }

  private afterPeriod(i: number, sentenceStart: number): number | null {
    const { text, to } = this;
    const look = this.lookAhead(i + 1);
    if (!look.spaced) {
      // `world.Today`: a missing space after a sentence (never inside U.S.A, 3.5 or node.js).
      if (look.closersEnd === i + 1 && i + 2 < to && isUpper(text[i + 1]) && isLower(text[i + 2])) {
        const before = /[\p{L}\p{N},]+$/u.exec(text.slice(this.from, i))?.[0] ?? '';
        const letters = before.replace(/,/gu, '');
        const last = letters[letters.length - 1];
        const prior = text[i - before.length - 1];
        if (letters.length >= 2 && (isLower(last) || isDigit(last)) && prior !== '.') return i + 1;
      }
      return null;
    }
    if (this.insideBrackets(i, look.closersEnd)) return null;
    const { token, start } = this.tokenBefore(i, sentenceStart);
    if (this.isMarker(start, token, sentenceStart)) return null;
    const c = text[look.next];
    if (c === undefined || look.next >= to) return null;
    if (isLower(c)) return null;
    const kind = this.classify(token);
    if (isDigit(c)) {
      // `p. 55`, `No. 5`, `N°. 12` continue; `item. 2. Next item` and `… rose 10 percent. 20
      // people …` end after a plain word.
      if (kind !== 'word') return null;
      if (/^\d{1,3}(?:\.\)|\)|\.)[ \t]+\S/u.test(text.slice(look.next, look.next + 8))) return look.closersEnd;
      return /^\p{L}{2,}$/u.test(token) ? look.closersEnd : null;
    }
    if (isUpper(c)) {
      if (look.hasQuote) return this.attribution(look.next) ? null : look.closersEnd;
      if (kind === 'title') return null;
      if (kind === 'abbreviation') {
        const word = this.nextWord(look.next);
        if (/^[ap]\.m$/iu.test(token)) return this.continuesTime(word, look.next, text.slice(sentenceStart, start)) ? null : look.closersEnd;
        return SENTENCE_OPENERS.has(word) ? look.closersEnd : null;
      }
      return look.closersEnd;
    }
    if (kind !== 'word' || '&,;:)]}'.includes(c)) return null;
    return look.closersEnd;
  }

  /**
   * After `6 p.m.` a capitalised word usually opens a new sentence, except a time zone (`ET`,
   * `GMT`), a day or month name, or a place before "time"; and a sentence is never just an
   * opening time phrase (`At 5 a.m. Mr. Smith left` is one sentence).
   */
  private continuesTime(word: string, at: number, before: string): boolean {
    if (/^\s*(?:at|by|from|until|till|after|before|around|about|since|shortly\s+after|just\s+after)\s+[\d:.]+\s*$/iu.test(before)) return true;
    if (/^\p{Lu}{2,4}$/u.test(word)) return true;
    if (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/u.test(word) || MONTH_NAMES.has(word)) return true;
    return /^\S+\s+time\b/u.test(this.text.slice(at, at + 40));
  }

  private afterEllipsis(i: number, run: { end: number; dots: number; spaced: boolean }): number | null {
    const { text } = this;
    if (text[i - 1] === '[' && text[run.end] === ']') return null; // `[...]`: an omission mark
    const look = this.lookAhead(run.end);
    if (!look.spaced || look.next >= this.to) return null;
    if (this.insideBrackets(i, look.closersEnd)) return null;
    const c = text[look.next];
    if (!isUpper(c) && !isDigit(c)) return null;
    if (run.dots >= 4) {
      // `word. . . . Next`: the word's own period ends the sentence; the ellipsis opens the next.
      if (run.spaced && !isSpace(text[i - 1]) && text[i] === '.') return i + 1;
      return look.closersEnd;
    }
    if (this.nextWord(look.next) === 'I') return null; // `. . . I didn't mean it`
    return look.closersEnd;
  }

  private afterQuestion(i: number, end: number): number | null {
    const look = this.lookAhead(end);
    if (!look.spaced || look.next >= this.to) return null;
    if (this.insideBrackets(i, look.closersEnd)) return null;
    const c = this.text[look.next];
    if (isLower(c)) return null;
    if (look.hasQuote && this.attribution(look.next)) return null;
    if (c !== undefined && ',;:'.includes(c)) return null;
    return look.closersEnd;
  }

  /** Cuts at line breaks (headings, lists of lines, list items) and between inline list items. */
  private lineAndListCuts(): void {
    const { text } = this;
    const lines: Span[] = [];
    let a = this.from;
    for (let i = this.from; i <= this.to; i++) {
      if (i === this.to || text[i] === '\n') {
        let s = a;
        let e = i;
        while (s < e && isSpace(text[s])) s++;
        while (e > s && isSpace(text[e - 1])) e--;
        if (e > s) lines.push({ start: s, end: e });
        a = i + 1;
      }
    }
    for (const line of lines) this.inlineListCuts(line);
    if (lines.length < 2) return;

    const terminal = (l: Span): boolean => /[.?!…‽]["'”’»)\]]*$/u.test(text.slice(l.start, l.end));
    const lengths = lines.map((l) => l.end - l.start);
    const longest = lengths.reduce((m, n) => Math.max(m, n), 0);
    // Hard-wrapped prose: every line but the last fills most of the width.
    const wrapped = lines.length >= 3 && longest >= 40 && lengths.slice(0, -1).every((n) => n >= 0.7 * longest);
    const listOfLines = lines.every((l) => !terminal(l) && !/[,;:]$/u.test(text.slice(l.start, l.end)));

    for (let k = 0; k + 1 < lines.length; k++) {
      const line = lines[k];
      const next = lines[k + 1];
      if (!line || !next) continue;
      const nextText = text.slice(next.start, next.end);
      if (LINE_ITEM.test(nextText) || /^[•◦▪‣⁃●○■□►▸❖➢✓]/u.test(nextText)) {
        this.cuts.add(line.end);
        continue;
      }
      if (wrapped || terminal(line)) continue;
      if (/[,;:\-–—]$/u.test(text.slice(line.start, line.end))) continue;
      if (listOfLines) {
        this.cuts.add(line.end);
        continue;
      }
      let n = next.start;
      while (n < next.end && OPENERS.has(text[n] ?? '')) n++;
      // A heading is followed by a capitalised line; a lowercase line continues an errant break,
      // and so does a line cut after a word that cannot end a heading (`met with\nPresident X`).
      const lastWord = /[\p{L}']+$/u.exec(text.slice(line.start, line.end))?.[0].toLowerCase() ?? '';
      if ((isUpper(text[n]) || isDigit(text[n])) && !WRAP_WORDS.has(lastWord)) this.cuts.add(line.end);
    }
  }

  /** `1) one 2) two`, `a. one b. two`, `• one • two` on one line: one item a sentence. */
  private inlineListCuts(line: Span): void {
    const t = this.text.slice(line.start, line.end);
    // Bullets running inline (`affected: * one * two`, `• one • two`): two or more of the same
    // bullet, each after whitespace (an asterisk also before whitespace, so *emphasis* is not one).
    for (const b of [...INLINE_BULLETS, '*']) {
      const at: number[] = [];
      for (let k = t.indexOf(b); k >= 0; k = t.indexOf(b, k + 1)) {
        if ((k === 0 || isSpace(t[k - 1])) && (b !== '*' || isSpace(t[k + 1]))) at.push(k);
      }
      if (at.length >= 2 || (at.length === 1 && at[0] === 0 && b !== '*')) {
        for (const k of at) if (k > 0) this.cuts.add(line.start + k);
        if (at[0] === 0) return;
      }
    }
    const numbered = /^(\(?)(\d{1,3})(\.\)|\)|\.)\s/u.exec(t);
    const lettered = numbered ? null : /^(\(?)([a-zA-Z])(\.\)|\)|\.)\s/u.exec(t);
    const m = numbered ?? lettered;
    if (!m) return;
    const open = m[1] ?? '';
    const close = m[3] ?? '';
    if (open === '(' && close !== ')') return;
    let value = numbered ? Number(m[2]) : (m[2] ?? 'a').charCodeAt(0);
    let pos = m[0].length;
    for (;;) {
      value++;
      const label = numbered ? String(value) : String.fromCharCode(value);
      if (!numbered && !/^[a-zA-Z]$/u.test(label)) return;
      const needle = `${open}${label}${close}`;
      let at = -1;
      for (let k = t.indexOf(needle, pos); k >= 0; k = t.indexOf(needle, k + 1)) {
        const after = t[k + needle.length];
        if (isSpace(t[k - 1]) && (after === undefined || isSpace(after)) && !isAlnum(t[k - 1])) {
          at = k;
          break;
        }
      }
      if (at < 0) return;
      this.cuts.add(line.start + at);
      pos = at + needle.length;
    }
  }
}
