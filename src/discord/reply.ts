import {
  MessageFlags,
  Routes,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type Client,
  type MessageComponentInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { FLAG_EPHEMERAL, FLAG_SUPPRESS_EMBEDS, discordMessage } from '../render/discord.js';

/**
 * The one way OnRecord speaks in Discord. Every reply, deferral, edit, follow-up, update and
 * channel post goes through here, so every message is cut to Discord's limits at a line or
 * sentence boundary, never pings anyone (`allowed_mentions: { parse: [] }`, whatever the quoted
 * text or the user typed), and never unfurls link previews (SUPPRESS_EMBEDS).
 */

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

export interface OutgoingMessage {
  readonly content: string;
  readonly components?: readonly ActionRow[];
}

/** Whether an interaction's first response was made private; tracked because edits keep it. */
const deferredPrivate = new WeakMap<RepliableInteraction, boolean>();

function flagList(bits: number): Array<MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds> {
  const out: Array<MessageFlags.Ephemeral | MessageFlags.SuppressEmbeds> = [MessageFlags.SuppressEmbeds];
  if (bits & FLAG_EPHEMERAL) out.push(MessageFlags.Ephemeral);
  return out;
}

function bodyOf(message: OutgoingMessage, ephemeral: boolean) {
  const safe = discordMessage(message.content, { ephemeral });
  return {
    content: safe.content,
    allowedMentions: { parse: [] as [] },
    components: message.components ? [...message.components] : [],
    // The same bits as `safe.flags`, spelled as discord.js wants them.
    flags: flagList(safe.flags),
  };
}

/** Acknowledge now, answer later (Discord allows 3 s for the first response, 15 min after). */
export async function deferReply(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  deferredPrivate.set(interaction, ephemeral);
}

/**
 * Answer an interaction, whatever state it is in: first reply, edit of a deferral, or follow-up.
 * A private answer after a public deferral (an error found late) removes the public
 * "thinking…" message and follows up privately, so an error is never shown to the channel.
 */
export async function respond(interaction: RepliableInteraction, message: OutgoingMessage, options: { ephemeral: boolean }): Promise<void> {
  const body = bodyOf(message, options.ephemeral);
  if (interaction.replied) {
    await interaction.followUp(body);
    return;
  }
  if (interaction.deferred) {
    const wasPrivate = deferredPrivate.get(interaction) ?? interaction.ephemeral ?? false;
    if (options.ephemeral && !wasPrivate) {
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp(body);
      return;
    }
    const { flags: _ephemeralCannotChange, ...edit } = body;
    await interaction.editReply({ ...edit, flags: MessageFlags.SuppressEmbeds });
    return;
  }
  await interaction.reply(body);
}

/** Replace the message a button sits on (paging in place). */
export async function updateMessage(interaction: MessageComponentInteraction, message: OutgoingMessage): Promise<void> {
  const { flags: _flags, ...body } = bodyOf(message, false);
  if (interaction.deferred || interaction.replied) {
    await interaction.editReply({ ...body, flags: MessageFlags.SuppressEmbeds });
    return;
  }
  await interaction.update({ ...body, flags: MessageFlags.SuppressEmbeds });
}

/**
 * Post to a channel outside an interaction (digests). `nonce` with `enforce_nonce` makes a
 * retried create idempotent on Discord's side. Returns the new message id.
 */
export async function postToChannel(client: Client, channelId: string, message: OutgoingMessage, options: { nonce?: string } = {}): Promise<string> {
  const safe = discordMessage(message.content);
  const body: Record<string, unknown> = {
    content: safe.content,
    allowed_mentions: { parse: [] },
    flags: FLAG_SUPPRESS_EMBEDS & ~FLAG_EPHEMERAL,
    components: message.components ? [...message.components] : [],
  };
  if (options.nonce !== undefined) {
    body.nonce = options.nonce;
    body.enforce_nonce = true;
  }
  const created = (await client.rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
  return created.id;
}
