import type { Answer, HelpEntry } from './types.js';

export const HELP: readonly HelpEntry[] = [
  { command: 'when', usage: '/when <event>', summary: 'When something happened or will happen: the date, the sentence and its citation.' },
  { command: 'who-said', usage: '/who-said <quote, topic or person>', summary: 'Who said it, with the exact quote; or everything a person said.' },
  { command: 'agreed', usage: '/agreed [topic]', summary: 'Every deal, settlement or pact: parties, status, clause, citation.' },
  { command: 'search', usage: '/search <words>', summary: 'The sentences that match best, typos forgiven.' },
  { command: 'ask', usage: '/ask <question>', summary: 'A free question, routed to when, who-said, agreed or search.' },
  { command: 'context', usage: '/context <citation>', summary: 'The paragraph around a cited sentence, e.g. /context my-doc ¶3.1.' },
  { command: 'timeline', usage: '/timeline', summary: 'Every dated event of the record in date order.' },
  { command: 'sources', usage: '/sources', summary: 'The documents of the record with title, date and size.' },
  { command: 'check', usage: 'Apps → Check in the record', summary: 'On any message (right-click or long-press): the record’s sentences that bear on what it says. In the console: /check <text>.' },
  { command: 'help', usage: '/help', summary: 'This list.' },
];

export function helpAnswer(): Answer {
  return { command: 'help', query: '', status: 'answered', message: null, results: [], suggestions: [], help: HELP };
}
