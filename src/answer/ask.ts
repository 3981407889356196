import type { Command } from './types.js';

/**
 * Verbs of saying, as questions ask about them ("who warned …", "which minister announced …").
 * "Wrote" is saying only where what follows is what was written or where ("who wrote that …",
 * "who wrote to the council", "who wrote in the letter"): "who wrote the novel?" asks for an
 * author, a fact of the record that a search finds, not a statement.
 */
const SAYING =
  '(?:said|says|say|told|tells|claimed|claims|stated|states|insisted|insists|warned|warns|called|calls|described|describes|argued|argues|announced|announces|added|adds|(?:wrote|writes)(?=\\s+(?:that|to|in|about|of|on)\\b|\\s*["\u201C\u2018\':,]|\\s*[?.!]*\\s*$)|declared|declares|predicted|predicts|accused|accuses|criticized|criticised|praised|quoted|is quoted|was quoted|according)';

/** A question that names speaking: "who said …", "who warned …", "what did X say …". */
export const SPEAKER_QUESTION = new RegExp(
  `^\\s*(?:who|whom)\\s+(?:(?:first|publicly|also|had|has|have)\\s+)?${SAYING}\\b|\\bwhat did .+ (?:say|said|claim|tell|announce)\\b|^\\s*according to whom\\b`,
  'iu',
);

/**
 * Routes a free question to the command that answers it. Patterns are about the form of the
 * question, never its subject: "when …", "what date …", "who said …", "what did X say about …",
 * "what did … agree …". Everything else is a plain search.
 */
const ROUTES: readonly { command: Command; pattern: RegExp }[] = [
  { command: 'timeline', pattern: /^\s*(?:show (?:me )?)?(?:the )?timeline\s*[?.!]*\s*$/iu },
  { command: 'sources', pattern: /^\s*(?:(?:list|show) (?:the )?)?(?:sources|documents)\s*[?.!]*\s*$/iu },
  { command: 'help', pattern: /^\s*help\s*[?.!]*\s*$/iu },
  // "What time does the market open?" asks for a clock time, which /when (a date search) answers
  // with any year the sentence holds: it is searched as a question for a time of day (the answer
  // type `time`, see `UNTYPED_SUM_ODDS`). "What time of year …", "What time is known as …" ask for
  // a date or a period and stay with /when.
  { command: 'when', pattern: /^\s*(?:when|what (?:date|day|year|month)|what time(?!\s+(?:do|does|did|will|would|can|could|should|must)\b)|on what (?:date|day)|how long ago|since when)\b/iu },
  // Asking for a speaker wins over the subject of the quote: "who said the deal was fair?" is
  // about who said it, not about a deal; "what did X say about the agreement?" likewise.
  { command: 'who-said', pattern: SPEAKER_QUESTION },
  { command: 'agreed', pattern: /\b(?:agree|agreed|agreement|pledged?|committ?(?:ed)?|signed?|deal)\b/iu },
  { command: 'who-said', pattern: new RegExp(`^\\s*which (?:official|person|spokesman|spokeswoman|minister|side)\\s+(?:\\w+\\s+)?${SAYING}\\b|\\b(?:said|says|quoted|stated)\\b.*\\?\\s*$`, 'iu') },
];

/**
 * "Wrote" followed by a capitalised word names the work written, a title or a name ("who wrote
 * To Kill …" is no letter "to" anyone): authorship, asked of the record by a search. Read with
 * its case, which the routes fold.
 */
const AUTHORED = /\b(?:wrote|writes)\s+\p{Lu}/u;

export function routeQuestion(question: string): Command {
  const authored = AUTHORED.test(question);
  return ROUTES.find((r) => !(authored && r.command === 'who-said') && r.pattern.test(question))?.command ?? 'search';
}
