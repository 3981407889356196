import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  Client,
  MessageComponentInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { Corpus } from '../answer/corpus.js';
import type { Answer, Command } from '../answer/types.js';
import type { Logger } from '../log.js';
import type { TextStore } from './buttons.js';

export interface AnswerRequest {
  readonly command: Command;
  readonly query: string;
  /** From 0. */
  readonly page?: number;
  readonly pageSize?: number;
}

/** The core's answer function; may be async so tests can make it slow. */
export type AnswerFn = (corpus: Corpus, request: AnswerRequest) => Answer | Promise<Answer>;

/** What every handler gets: passed down, never imported (no service locator). */
export interface BotContext {
  readonly client: Client;
  readonly getCorpus: () => Corpus;
  readonly answer: AnswerFn;
  readonly logger: Logger;
  /** Texts too long for a custom_id (see buttons.ts). */
  readonly store: TextStore;
  /** Results per Discord page. */
  readonly pageSize: number;
  /** Defer when the answer is not ready this long after the interaction was created. */
  readonly deferAfterMs: number;
}

export interface AutocompleteChoice {
  readonly name: string;
  readonly value: string;
  /** Characters at the start of `name` that stay visible when it is cut around the typed word. */
  readonly lead?: number;
}

/**
 * One slash command: its definition as data (the same object is deployed and routed) and its
 * handlers. Adding a command is one module plus one line in the registry (or `extraCommands`).
 */
export interface CommandModule {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly execute: (interaction: ChatInputCommandInteraction, ctx: BotContext) => Promise<void>;
  /** Suggestions for the focused option; the router cuts them to Discord's limits. */
  readonly autocomplete?: (interaction: AutocompleteInteraction, ctx: BotContext) => Promise<readonly AutocompleteChoice[]> | readonly AutocompleteChoice[];
  /** Buttons and menus whose custom_id starts with this prefix are routed to `component`. */
  readonly componentPrefix?: string;
  readonly component?: (interaction: MessageComponentInteraction, ctx: BotContext) => Promise<void>;
}

/** A message command (Apps menu on a message): its definition as data and its handler. */
export interface MessageCommandModule {
  readonly data: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  readonly execute: (interaction: MessageContextMenuCommandInteraction, ctx: BotContext) => Promise<void>;
}
