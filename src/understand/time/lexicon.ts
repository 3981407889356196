/** Words of time, as regular-expression sources and lookups. Nothing here is article-specific. */

export const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A month name, full or abbreviated ("Sept.", "Oct"), capitalised as English writes it. */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![a-z])';

/** Full month names only: what may stand alone ("in October"); "Oct" alone is too often something else. */
export const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![a-z])';

/** 1 = January; `name` starts with a month name or abbreviation. */
export const monthNumber = (name: string): number => MONTH_ABBR.indexOf(name.slice(0, 3) as (typeof MONTH_ABBR)[number]) + 1;

/** A day of the month, "5", "05", "5th"; never the start of a longer number, a clock time or a percentage. */
export const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d|:\\d|%|,\\d{3}|\\.\\d)';

/** A four-digit year 1000–2199. */
export const YEAR = '(?:1\\d\\d\\d|20\\d\\d|21\\d\\d)(?!\\d)';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const WEEKDAY = `(?:${WEEKDAYS.join('|')})(?![a-z])`;
/** 0 = Monday. */
export const weekdayNumber = (name: string): number => WEEKDAYS.indexOf(name as (typeof WEEKDAYS)[number]);

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** "three" → "[Tt]hree": a word as written in the middle or at the start of a sentence. */
const capable = (word: string): string => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SMALL = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** A cardinal count in words or digits: "two", "Twenty-one", "18", "2.5". */
export const COUNT = `(?:\\d+(?:\\.\\d+)?|(?:${TENS.map(capable).join('|')})-(?:${SMALL.slice(0, 9).join('|')})|${[...SMALL, ...TENS, 'hundred'].map(capable).join('|')})`;

/** The value of a COUNT (or "a"/"an"), or null for vague counts ("several", "a few"). */
export function countValue(words: string): number | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  const direct = UNITS[w];
  if (direct !== undefined) return direct;
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m) {
    const tens = UNITS[m[1]!];
    const ones = UNITS[m[2]!];
    if (tens !== undefined && ones !== undefined) return tens + ones;
  }
  return null;
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22,
};

/** "20th", "twentieth", "twenty-first" → 20, 20, 21; else null. */
export function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  const m = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  if (m) return Number(m[1]);
  return ORDINAL_WORDS[w] ?? null;
}

export const DECADE_WORDS: Record<string, number> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990,
};
