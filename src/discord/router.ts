import {
  ApplicationCommandOptionType,
  type APIApplicationCommandOption,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import { AUTOCOMPLETE_MAX_CHOICES, CHOICE_NAME_MAX_LENGTH, CHOICE_VALUE_MAX_LENGTH, choiceName, clip } from '../render/discord.js';
import { handleAnswerButton } from './answering.js';
import { BUTTON_PREFIX } from './buttons.js';
import { Cooldown, cooldownMessage } from './cooldown.js';
import { USER_ERROR_PREFIX, UserFacingError, bugMessage, referenceId } from './errors.js';
import { respond } from './reply.js';
import { MESSAGE_COMMANDS } from './registry.js';
import type { AutocompleteChoice, BotContext, CommandModule, MessageCommandModule } from './types.js';

export interface RouterOptions {
  /** Per-user flood control for commands and buttons (autocomplete is exempt: it fires per keystroke). */
  readonly cooldown?: Cooldown;
  /** Message commands (default: the registry's). */
  readonly messageCommands?: readonly MessageCommandModule[];
}

/** Five actions per ten seconds: generous for a person, a wall for a script. */
export const DEFAULT_COOLDOWN = { limit: 5, windowMs: 10_000 } as const;

/**
 * Routes every interaction: slash commands, message commands and autocomplete by command name,
 * buttons by custom_id prefix. Interactions from DMs (no guild, `user` instead of `member`) take the same path.
 * Nothing thrown escapes: expected failures are shown privately as they are, anything else as a
 * reference id that is also in the log next to the full error.
 */
export function createRouter(modules: ReadonlyMap<string, CommandModule>, ctx: BotContext, options: RouterOptions = {}) {
  const cooldown = options.cooldown ?? new Cooldown(DEFAULT_COOLDOWN.limit, DEFAULT_COOLDOWN.windowMs);
  const byPrefix = [...modules.values()].filter((m) => m.componentPrefix && m.component);
  const messageCommands = new Map((options.messageCommands ?? MESSAGE_COMMANDS).map((m) => [m.data.name, m]));

  async function route(interaction: Interaction): Promise<void> {
    const started = Date.now();
    try {
      await dispatch(interaction);
    } finally {
      ctx.logger.debug(
        {
          kind: interaction.type,
          command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
          user: interaction.user.id,
          guild: interaction.guildId,
          ageMs: started - interaction.createdTimestamp,
          ms: Date.now() - started,
        },
        'interaction handled',
      );
    }
  }

  async function dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return autocomplete(interaction);
    if (!interaction.isRepliable()) return;
    try {
      if (interaction.isChatInputCommand() || interaction.isMessageComponent() || interaction.isMessageContextMenuCommand()) {
        const wait = cooldown.take(interaction.user.id);
        if (wait > 0) throw new UserFacingError(cooldownMessage(wait));
      }
      if (interaction.isChatInputCommand()) {
        const module = modules.get(interaction.commandName);
        if (!module) throw new UserFacingError(`/${interaction.commandName} is not a command of this bot (any more). Type / to see the current ones.`);
        checkOptions(interaction, module);
        await module.execute(interaction, ctx);
        return;
      }
      if (interaction.isMessageContextMenuCommand()) {
        const module = messageCommands.get(interaction.commandName);
        if (!module) throw new UserFacingError(`“${interaction.commandName}” is not a command of this bot (any more).`);
        await module.execute(interaction, ctx);
        return;
      }
      if (interaction.isButton() && interaction.customId.startsWith(BUTTON_PREFIX)) {
        await handleAnswerButton(interaction, ctx);
        return;
      }
      if (interaction.isMessageComponent()) {
        const owner = byPrefix.find((m) => interaction.customId.startsWith(m.componentPrefix ?? '\u0000'));
        if (!owner?.component) throw new UserFacingError('This button is not one I know. Run the command again.');
        await owner.component(interaction, ctx);
        return;
      }
      throw new UserFacingError('This kind of interaction is not supported.');
    } catch (error) {
      await reportError(interaction, error);
    }
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const typed = String(interaction.options.getFocused());
    let choices: AutocompleteChoice[] = [];
    try {
      const module = modules.get(interaction.commandName);
      choices = module?.autocomplete ? [...(await module.autocomplete(interaction, ctx))] : [];
    } catch (error) {
      ctx.logger.error({ err: error, command: interaction.commandName }, 'autocomplete failed; offering the typed text');
    }
    try {
      await interaction.respond(toChoices(choices, typed));
    } catch (error) {
      // The user typed on; Discord already dropped this request. Nothing to tell anyone.
      ctx.logger.debug({ err: error, command: interaction.commandName }, 'autocomplete response not delivered');
    }
  }

  async function reportError(interaction: RepliableInteraction, error: unknown): Promise<void> {
    let content: string;
    if (error instanceof UserFacingError) {
      content = USER_ERROR_PREFIX + error.message;
      ctx.logger.info({ user: interaction.user.id, reason: error.message }, 'request refused');
    } else {
      const ref = referenceId();
      content = bugMessage(ref);
      ctx.logger.error({ err: error, ref, user: interaction.user.id, guild: interaction.guildId, kind: interaction.type }, 'interaction failed');
    }
    try {
      await respond(interaction, { content }, { ephemeral: true });
    } catch (sendError) {
      ctx.logger.error({ err: sendError }, 'could not tell the user about an error');
    }
  }

  return { route };
}

/**
 * Cut suggestions to Discord's limits: at most 25, names and values 1–100 characters (a long
 * name shows the part around the typed word), no duplicate values. When nothing matches, the typed text itself is offered so the user can go on
 * with free text; the list is empty only when nothing is typed and there is nothing to suggest.
 */
export function toChoices(list: readonly AutocompleteChoice[], typed: string): AutocompleteChoice[] {
  const out: AutocompleteChoice[] = [];
  const seen = new Set<string>();
  for (const c of list) {
    const name = choiceName(c.name, typed, c.lead ?? 0, CHOICE_NAME_MAX_LENGTH);
    // A value is sent back as the query: cut at a word, without an ellipsis that would be searched.
    const value = clip(c.value, CHOICE_VALUE_MAX_LENGTH, '');
    if (!name || !value || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
    if (out.length === AUTOCOMPLETE_MAX_CHOICES) break;
  }
  if (out.length === 0) {
    const name = clip(typed, CHOICE_NAME_MAX_LENGTH);
    const value = clip(typed, CHOICE_VALUE_MAX_LENGTH, '');
    if (name && value) out.push({ name, value });
  }
  return out;
}

/**
 * Discord checks option lengths in its own client, but a request can come from anywhere: hold
 * string options to the limits their definition declares, with a message that says which.
 */
function checkOptions(interaction: ChatInputCommandInteraction, module: CommandModule): void {
  for (const def of (module.data.options ?? []) as readonly APIApplicationCommandOption[]) {
    if (def.type !== ApplicationCommandOptionType.String) continue;
    const value = interaction.options.getString(def.name);
    if (value === null) continue;
    const length = [...value].length;
    if (def.max_length !== undefined && length > def.max_length) {
      throw new UserFacingError(`The ${def.name} is ${length} characters long; the limit is ${def.max_length}. Shorten it to the words that matter.`);
    }
    // An optional option left blank means "not given" (e.g. /agreed with an empty topic lists all).
    if (def.required && def.min_length !== undefined && value.trim().length < def.min_length) {
      throw new UserFacingError(`The ${def.name} is empty. Type a few words to look for.`);
    }
  }
}
