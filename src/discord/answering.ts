import {
  ButtonStyle,
  ComponentType,
  InteractionContextType,
  type APIButtonComponentWithCustomId,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { Answer, Command } from '../answer/types.js';
import { BUTTON_LABEL_MAX_LENGTH, clip, escapeMarkdown, hasMorePages, renderDiscord } from '../render/discord.js';
import { BUTTON_PREFIX, decodeButton, encodeButton, type ButtonAction } from './buttons.js';
import { UserFacingError } from './errors.js';
import { deferReply, respond, updateMessage, type ActionRow } from './reply.js';
import type { AnswerRequest, BotContext } from './types.js';

/** Commands whose results are sentences, so each result gets a "Show context" button. */
const HAS_EXCERPTS: ReadonlySet<Command> = new Set(['when', 'who-said', 'agreed', 'search', 'ask', 'timeline', 'check']);

/** Commands whose answer is for the asker alone unless they say otherwise (a list of commands clutters a channel). */
const PRIVATE_BY_DEFAULT: ReadonlySet<Command> = new Set(['help']);

/** True in a server channel; DMs and group DMs are private by default. */
export function inServer(interaction: RepliableInteraction): boolean {
  if (interaction.context !== null && interaction.context !== undefined) return interaction.context === InteractionContextType.Guild;
  return interaction.guildId !== null;
}

/**
 * Run the core, deferring if the answer is not ready `deferAfterMs` after the interaction was
 * created (Discord allows 3 s for the first response). A synchronous core answers in the same
 * tick; a slow or async one gets a "thinking…" first, so there is never "Unknown interaction".
 */
export async function answerInTime(
  interaction: { readonly createdTimestamp: number },
  ctx: BotContext,
  request: AnswerRequest,
  defer: () => Promise<void>,
): Promise<Answer> {
  const work = Promise.resolve().then(() => ctx.answer(ctx.getCorpus(), request));
  const age = Date.now() - interaction.createdTimestamp;
  const wait = Math.min(ctx.deferAfterMs, Math.max(0, ctx.deferAfterMs - age));
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), wait);
  });
  try {
    const first = await Promise.race([work, slow]);
    if (first !== 'slow') return first;
  } finally {
    clearTimeout(timer);
  }
  await defer();
  return await work;
}

interface View {
  readonly private: boolean;
  readonly owner: string;
  /** Offer "Share" (a private answer where others could see a public one). */
  readonly shareable: boolean;
}

/** The buttons under an answer: More and Share, then one "Show context" per result. */
export function answerComponents(answer: Answer, view: View, ctx: BotContext): ActionRow[] {
  const rows: ActionRow[] = [];
  const first: APIButtonComponentWithCustomId[] = [];
  if (answer.status === 'answered' && hasMorePages(answer) && answer.page) {
    first.push(button('More', { kind: 'more', command: answer.command, page: answer.page.index + 1, private: view.private, owner: view.owner, query: answer.query }, ctx));
  }
  if (view.private && view.shareable && answer.status !== 'invalid') {
    first.push(button('Share', { kind: 'share' }, ctx, ButtonStyle.Primary));
  }
  if (first.length > 0) rows.push({ type: ComponentType.ActionRow, components: first });
  if (answer.status === 'answered' && HAS_EXCERPTS.has(answer.command)) {
    const seen = new Set<string>();
    const context: APIButtonComponentWithCustomId[] = [];
    // "¶2.1" is enough under one document's results; under several it would name two sentences.
    const oneDocument = new Set(answer.results.map((r) => r.excerpt.doc)).size === 1;
    for (const r of answer.results) {
      const b = button(`Show context ${oneDocument ? shortCite(r.excerpt.cite) : r.excerpt.cite}`, { kind: 'context', cite: r.excerpt.cite }, ctx);
      if (seen.has(b.custom_id) || context.length >= 5) continue;
      seen.add(b.custom_id);
      context.push(b);
    }
    if (context.length > 0) rows.push({ type: ComponentType.ActionRow, components: context });
  }
  return rows;
}

function shortCite(cite: string): string {
  const at = cite.lastIndexOf('¶');
  return at >= 0 ? cite.slice(at) : cite;
}

function button(label: string, action: ButtonAction, ctx: BotContext, style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style, label: clip(label, BUTTON_LABEL_MAX_LENGTH), custom_id: encodeButton(action, ctx.store) };
}

/**
 * Who sees an answer. An invalid request is the asker's business only, whatever was asked for.
 * Otherwise `private` decides when set; unset, an answer is public in a server and private in a
 * DM, except /help and "not in the record", which are private by default (Share posts them).
 */
export function visibility(answer: Answer, explicit: boolean | null, server: boolean): boolean {
  if (answer.status === 'invalid') return true;
  if (explicit !== null) return explicit;
  return !server || PRIVATE_BY_DEFAULT.has(answer.command) || answer.status === 'not_found';
}

export async function answerCommandInteraction(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  command: Command,
  option: string | null,
): Promise<void> {
  const explicit = interaction.options.getBoolean('private');
  // A slow answer is deferred before its status is known: as an answer would be (a late
  // "not found" then replaces the public "thinking…" with a private reply, see respond()).
  const wantPrivate = explicit ?? (!inServer(interaction) || PRIVATE_BY_DEFAULT.has(command));
  const query = option ? (interaction.options.getString(option) ?? '') : '';
  const answer = await answerInTime(interaction, ctx, { command, query, page: 0, pageSize: ctx.pageSize }, () => deferReply(interaction, wantPrivate));
  const isPrivate = visibility(answer, explicit, inServer(interaction));
  const view: View = { private: isPrivate, owner: interaction.user.id, shareable: inServer(interaction) || interaction.context === InteractionContextType.PrivateChannel };
  await respond(interaction, { content: renderDiscord(answer), components: answerComponents(answer, view, ctx) }, { ephemeral: isPrivate });
}

const expiredMessage = (command: Command | null) =>
  `This button has expired (the bot restarted or the answer is old). Run ${command ? `/${command}` : 'the command'} again.`;

/** The built-in buttons under answers (see buttons.ts for what each custom_id holds). */
export async function handleAnswerButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = decodeButton(interaction.customId, ctx.store);
  if (!action) throw new UserFacingError('This button is not one I know. Run the command again.');
  switch (action.kind) {
    case 'expired':
      throw new UserFacingError(expiredMessage(action.command));
    case 'more':
      return more(interaction, ctx, action);
    case 'context': {
      const answer = await answerInTime(interaction, ctx, { command: 'context', query: action.cite }, () => deferReply(interaction, true));
      await respond(interaction, { content: renderDiscord(answer) }, { ephemeral: true });
      return;
    }
    case 'share':
      return share(interaction);
  }
}

async function more(interaction: ButtonInteraction, ctx: BotContext, action: Extract<ButtonAction, { kind: 'more' }>): Promise<void> {
  if (interaction.user.id !== action.owner) {
    throw new UserFacingError(`Only the person who asked can page through this answer. Run /${action.command} yourself to see more.`);
  }
  const answer = await answerInTime(interaction, ctx, { command: action.command, query: action.query, page: action.page, pageSize: ctx.pageSize }, async () => {
    await interaction.deferUpdate();
  });
  if (answer.status !== 'answered' || answer.results.length === 0) {
    throw new UserFacingError(`There is nothing more to show (the record may have changed). Run /${action.command} again.`);
  }
  const view: View = { private: action.private, owner: action.owner, shareable: interaction.inGuild() || interaction.context === InteractionContextType.PrivateChannel };
  await updateMessage(interaction, { content: renderDiscord(answer), components: answerComponents(answer, view, ctx) });
}

/**
 * Post the private answer this button sits on, as it is, for everyone, once: the private copy's
 * Share button becomes a disabled "Shared" first, then the answer is posted. Nothing is searched
 * again, and the text is the bot's own message content, so it is already escaped and cut.
 */
const SHARE_ID = `${BUTTON_PREFIX}s`;

async function share(interaction: ButtonInteraction): Promise<void> {
  const original = interaction.message.content;
  if (!original.trim()) throw new UserFacingError('There is nothing to share in this message. Run the command again with private off.');
  const rows: ActionRow[] = interaction.message.components.flatMap((row) => {
    const json = row.toJSON() as { type: ComponentType; components?: Array<{ type: ComponentType; custom_id?: string }> };
    if (json.type !== ComponentType.ActionRow || !json.components) return [];
    const components = json.components.map((c) =>
      c.custom_id === SHARE_ID ? { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Shared', custom_id: c.custom_id, disabled: true } : c,
    );
    return [{ type: ComponentType.ActionRow, components } as ActionRow];
  });
  await updateMessage(interaction, { content: original, components: rows });
  const by = escapeMarkdown(interaction.user.displayName || interaction.user.username);
  await respond(interaction, { content: `Shared by ${by}:\n${original}` }, { ephemeral: false });
}
