import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { suggest, type SuggestionKind } from '../../answer/autocomplete.js';
import type { Command } from '../../answer/types.js';
import { MAX_QUERY_LENGTH } from '../../answer/validate.js';
import { answerCommandInteraction } from '../answering.js';
import type { AutocompleteChoice, CommandModule } from '../types.js';

/**
 * The record's commands as data: each definition is exactly what is deployed to Discord and what
 * the router reads (option names, limits). Every command is usable in servers, in DMs with the
 * bot and, as a user-installed app, in any chat.
 */

const everywhere = () => ({
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
});

const PRIVATE_OPTION = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'private',
  description: 'Only you see the answer (default: public in servers unless nothing is found; private in DMs)',
  required: false,
} as const;

const HELP_PRIVATE_OPTION = {
  ...PRIVATE_OPTION,
  description: 'Only you see the list (default: yes; choose False to show it to the channel)',
} as const;

const text = (name: string, description: string, required: boolean, autocomplete: boolean) =>
  ({
    type: ApplicationCommandOptionType.String,
    name,
    description,
    required,
    autocomplete,
    min_length: 1,
    max_length: MAX_QUERY_LENGTH,
  }) as const;

export const whenData = {
  name: 'when',
  description: 'When something happened or will happen, by the record',
  options: [text('event', 'The event, e.g. "the phone talks" (pick a suggestion or type freely)', true, true), PRIVATE_OPTION],
  ...everywhere(),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const whoSaidData = {
  name: 'who-said',
  description: 'Who said something: a quote, a topic or a person',
  options: [text('query', 'A quote, a topic or a speaker (pick a suggestion or type freely)', true, true), PRIVATE_OPTION],
  ...everywhere(),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const agreedData = {
  name: 'agreed',
  description: 'What the parties agreed, pledged or signed',
  options: [text('topic', 'Only agreements about this (leave empty for all)', false, true), PRIVATE_OPTION],
  ...everywhere(),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const searchData = {
  name: 'search',
  description: 'The sentences of the record that match best',
  options: [text('query', 'Words to look for; typos are forgiven', true, false), PRIVATE_OPTION],
  ...everywhere(),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const askData = {
  name: 'ask',
  description: 'Ask a free question; it is routed to when, who-said, agreed or search',
  options: [text('question', 'Your question, e.g. "when did they meet?"', true, false), PRIVATE_OPTION],
  ...everywhere(),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const contextData = {
  name: 'context',
  description: 'The paragraph around a cited sentence',
  options: [text('citation', 'A citation such as "my-doc ¶3.1" (pick a suggestion)', true, true), PRIVATE_OPTION],
  ...everywhere(),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const timelineData = {
  name: 'timeline',
  description: 'Every dated event of the record in date order',
  options: [PRIVATE_OPTION],
  ...everywhere(),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const sourcesData = {
  name: 'sources',
  description: 'The documents of the record with title, date and size',
  options: [PRIVATE_OPTION],
  ...everywhere(),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const helpData = {
  name: 'help',
  description: 'What OnRecord can answer and how to ask',
  options: [HELP_PRIVATE_OPTION],
  ...everywhere(),
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

interface Spec {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly command: Command;
  /** The option holding the query, if any. */
  readonly option: string | null;
  /** Where autocomplete suggestions come from, in order. */
  readonly suggestions: readonly SuggestionKind[];
}

function recordCommand(spec: Spec): CommandModule {
  const module: CommandModule = {
    data: spec.data,
    execute: (interaction, ctx) => answerCommandInteraction(interaction, ctx, spec.command, spec.option),
  };
  if (spec.suggestions.length === 0) return module;
  return {
    ...module,
    autocomplete: (interaction, ctx): AutocompleteChoice[] => {
      const typed = String(interaction.options.getFocused());
      const corpus = ctx.getCorpus();
      return spec.suggestions.flatMap((kind) => suggest(corpus, kind, typed).map((s) => ({ name: s.label, value: s.value, ...(s.lead ? { lead: s.lead } : {}) })));
    },
  };
}

export const recordCommands: readonly CommandModule[] = [
  recordCommand({ data: whenData, command: 'when', option: 'event', suggestions: ['events'] }),
  recordCommand({ data: whoSaidData, command: 'who-said', option: 'query', suggestions: ['speakers', 'quotes'] }),
  recordCommand({ data: agreedData, command: 'agreed', option: 'topic', suggestions: ['topics'] }),
  recordCommand({ data: searchData, command: 'search', option: 'query', suggestions: [] }),
  recordCommand({ data: askData, command: 'ask', option: 'question', suggestions: [] }),
  recordCommand({ data: contextData, command: 'context', option: 'citation', suggestions: ['citations'] }),
  recordCommand({ data: timelineData, command: 'timeline', option: null, suggestions: [] }),
  recordCommand({ data: sourcesData, command: 'sources', option: null, suggestions: [] }),
  recordCommand({ data: helpData, command: 'help', option: null, suggestions: [] }),
];
