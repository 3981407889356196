import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { renderDiscord } from '../../render/discord.js';
import { answerComponents, answerInTime, inServer } from '../answering.js';
import { deferReply, respond } from '../reply.js';
import type { MessageCommandModule } from '../types.js';

/**
 * "Check in the record", in the Apps menu of any message (right-click, or long-press on a phone):
 * the message's text is read as a claim and answered privately with the record's sentences that
 * bear on it (src/answer/check.ts), with Share to post the answer for the channel. The text comes
 * with the interaction (no message-content intent needed), and is never echoed with a ping:
 * the check drops mentions and the reply sends `allowed_mentions: { parse: [] }`.
 */

export const CHECK_MESSAGE_COMMAND = 'Check in the record';

export const checkMessageData = {
  type: ApplicationCommandType.Message,
  name: CHECK_MESSAGE_COMMAND,
  // Like the slash commands: in servers, in DMs with the bot and, user-installed, in any chat.
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
} satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

export const checkMessageCommand: MessageCommandModule = {
  data: checkMessageData,
  async execute(interaction, ctx) {
    const text = interaction.targetMessage.content;
    // Always private: the claim is someone else's message; Share makes the answer public.
    const answer = await answerInTime(interaction, ctx, { command: 'check', query: text, page: 0, pageSize: ctx.pageSize }, () => deferReply(interaction, true));
    const view = { private: true, owner: interaction.user.id, shareable: inServer(interaction) || interaction.context === InteractionContextType.PrivateChannel };
    await respond(interaction, { content: renderDiscord(answer), components: answerComponents(answer, view, ctx) }, { ephemeral: true });
  },
};
