import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  ButtonStyle,
  ComponentType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIButtonComponentWithCustomId,
  type ChatInputCommandInteraction,
  type MessageComponentInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type User,
} from 'discord.js';
import { RecordEditError, waitServed, type Editor, type From, type RecordEditor } from '../../record/editor.js';
import type { Given } from '../../record/ingest.js';
import { CUSTOM_ID_MAX_LENGTH, escapeMarkdown, fitMessage } from '../../render/discord.js';
import { DISCORD_READBACK, renderReadback } from '../../render/readback.js';
import type { ChangeLog, RecordChange } from '../../storage/changes.js';
import { UserFacingError } from '../errors.js';
import { deferReply, respond, updateMessage, type ActionRow } from '../reply.js';
import type { AutocompleteChoice, BotContext, CommandModule } from '../types.js';

/**
 * `/record`: moderators keep the record from Discord. `add` a document from an attached file or
 * a link, `replace` one with a new file or link, `remove` one, `list` the documents with who
 * added each and the latest changes. (The answering commands live in record.ts.)
 *
 * Who may: members with Manage Server in the home server (DISCORD_GUILD_ID), and the user ids in
 * RECORD_EDITORS, anywhere the command can be run. Discord shows the command to Manage Server
 * members by default, but a server admin can expose it to anyone: every subcommand and button
 * checks again at run time and refuses, naming the permission.
 */

export const RECORD_BUTTON_PREFIX = 'rec1|';
/** How long a reply waits for the running bot to serve a new document before saying "shortly". */
export const SERVED_WAIT_MS = 5_000;
const LIST_CHANGES = 10;

const docOption = (description: string): APIApplicationCommandBasicOption => ({
  type: ApplicationCommandOptionType.String,
  name: 'document',
  description,
  required: true,
  autocomplete: true,
  min_length: 1,
  max_length: 200,
});

const newVersionOptions = (): APIApplicationCommandBasicOption[] => [
  { type: ApplicationCommandOptionType.Attachment, name: 'file', description: 'A .txt, .md or .html file (or give a url)', required: false },
  { type: ApplicationCommandOptionType.String, name: 'url', description: 'A link to a web page (or attach a file)', required: false, min_length: 8, max_length: 2_000 },
  { type: ApplicationCommandOptionType.String, name: 'title', description: 'Title (default: the page’s or file’s own)', required: false, min_length: 1, max_length: 200 },
  { type: ApplicationCommandOptionType.String, name: 'date', description: 'Publication date, YYYY-MM-DD (default: the page’s own)', required: false, min_length: 10, max_length: 10 },
  { type: ApplicationCommandOptionType.String, name: 'source', description: 'Who published it (default: the site’s name)', required: false, min_length: 1, max_length: 100 },
];

export const recordEditData = {
  name: 'record',
  description: 'Add, replace or remove documents of the record (moderators)',
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  options: [
    { type: ApplicationCommandOptionType.Subcommand, name: 'add', description: 'Add a document from an attached file or a link', options: newVersionOptions() },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'replace',
      description: 'Put a new file or link in the place of a document',
      options: [docOption('The document to replace'), ...newVersionOptions()],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'remove', description: 'Take a document out of the record', options: [docOption('The document to remove')] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: 'The documents, who added each and when, and the latest changes' },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface RecordEditCommandOptions {
  readonly editor: RecordEditor;
  readonly changes: ChangeLog;
  /** DISCORD_GUILD_ID: the server whose Manage Server members may edit; null: only RECORD_EDITORS. */
  readonly homeGuildId: string | null;
  /** RECORD_EDITORS. */
  readonly editors: readonly string[];
  readonly servedWaitMs?: number;
}

const editorOf = (user: User): Editor => ({ id: user.id, name: user.globalName ?? user.username });

/** The person may change the record, or a refusal that names what they would need. */
export function assertMayEdit(
  interaction: { readonly user: { readonly id: string }; readonly guildId: string | null; readonly memberPermissions: { has(bit: bigint, admin?: boolean): boolean } | null },
  homeGuildId: string | null,
  editors: readonly string[],
): void {
  if (editors.includes(interaction.user.id)) return;
  const home = homeGuildId !== null && interaction.guildId === homeGuildId;
  if (home && interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild, true)) return;
  if (homeGuildId === null) {
    throw new UserFacingError('Changing the record is open only to the user ids in RECORD_EDITORS (no home server is set with DISCORD_GUILD_ID). Ask the bot’s operator.');
  }
  throw new UserFacingError(
    home
      ? 'You need the Manage Server permission in this server to change the record (or your user id in RECORD_EDITORS).'
      : 'You need the Manage Server permission in the bot’s home server to change the record (or your user id in RECORD_EDITORS); run it there.',
  );
}

function sourceOf(interaction: ChatInputCommandInteraction): From {
  const file = interaction.options.getAttachment('file');
  const url = interaction.options.getString('url')?.trim() || null;
  if (file && url) throw new UserFacingError('Give either a file or a url, not both.');
  if (file) return { kind: 'attachment', name: file.name, size: file.size, url: file.url };
  if (url) return { kind: 'link', url };
  throw new UserFacingError('Attach a file (.txt, .md or .html) or give a url.');
}

function givenOf(interaction: ChatInputCommandInteraction): Given {
  return { title: interaction.options.getString('title'), date: interaction.options.getString('date'), source: interaction.options.getString('source') };
}

function howRead(from: From, readAs: 'article' | 'text'): string {
  const what = from.kind === 'link' ? 'from the link' : `from the file ${from.kind === 'attachment' ? from.name : from.path}`;
  return `${what}, ${readAs === 'article' ? 'read as a web page: the article kept, navigation, captions and ads dropped' : 'read as text, as written'}.`;
}

/** `rec1|rm|<8 hex of the content hash>|<doc id>`; null when the id does not fit. */
function removeButtonId(doc: string, hash: string): string | null {
  const id = `${RECORD_BUTTON_PREFIX}rm|${hash.slice(0, 8)}|${doc}`;
  return id.length <= CUSTOM_ID_MAX_LENGTH ? id : null;
}

function readbackButtons(doc: string, hash: string): ActionRow[] {
  const buttons: APIButtonComponentWithCustomId[] = [];
  const rm = removeButtonId(doc, hash);
  if (rm) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Danger, label: 'Remove', custom_id: rm });
  buttons.push({ type: ComponentType.Button, style: ButtonStyle.Success, label: 'Looks right', custom_id: `${RECORD_BUTTON_PREFIX}ok` });
  return [{ type: ComponentType.ActionRow, components: buttons }];
}

const day = (at: Date) => at.toISOString().slice(0, 16).replace('T', ' ');

function changeLine(c: RecordChange): string {
  return `• ${day(c.at)} UTC · ${c.action} ${escapeMarkdown(c.doc)} by ${escapeMarkdown(c.userName)}${c.origin ? ` (from ${escapeMarkdown(c.origin)})` : ''}`;
}

/** The `/record` module for `startBot({ extraCommands })`. */
export function recordEditCommand(options: RecordEditCommandOptions): CommandModule {
  const { editor, changes } = options;
  const waitMs = options.servedWaitMs ?? SERVED_WAIT_MS;

  async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
    assertMayEdit(interaction, options.homeGuildId, options.editors);
    const sub = interaction.options.getSubcommand(true);
    const by = editorOf(interaction.user);
    try {
      if (sub === 'list') {
        const corpus = ctx.getCorpus();
        const latest = changes.latestByDoc();
        const docs = corpus.docs.map((d) => {
          const c = latest.get(d.id);
          const who = c && c.action !== 'removed' ? ` — ${c.action} by ${escapeMarkdown(c.userName)} on ${day(c.at)} UTC` : ' — in the folder (not added with /record)';
          return `• ${escapeMarkdown(d.id)}: ${d.title ? `*${escapeMarkdown(d.title)}*` : '(no title)'}${who}`;
        });
        const recent = changes.recent(LIST_CHANGES).map(changeLine);
        // The change log first: on a large record the document list is what gets cut to fit.
        const text = [`**Latest changes**`, ...(recent.length ? recent : ['• none yet']), '', `**The record: ${docs.length} document${docs.length === 1 ? '' : 's'}**`, ...docs].join('\n');
        await respond(interaction, { content: fitMessage(text) }, { ephemeral: true });
        return;
      }
      if (sub === 'remove') {
        const id = interaction.options.getString('document', true);
        const doc = editor.remove(id, by);
        await deferReply(interaction, true);
        const gone = await waitServed((id) => ctx.getCorpus().doc(id), doc.id, null, waitMs);
        await respond(interaction, { content: `Removed ${escapeMarkdown(doc.id)}${doc.title ? ` (*${escapeMarkdown(doc.title)}*)` : ''} from the record${gone ? '.' : '; answers stop using it within seconds.'} The change is logged and the next digest says so.` }, { ephemeral: true });
        return;
      }
      const from = sourceOf(interaction);
      const given = givenOf(interaction);
      // Fetching and reading may take seconds: acknowledge first (privately).
      await deferReply(interaction, true);
      const changed = sub === 'replace' ? await editor.replace(interaction.options.getString('document', true), from, given, by) : await editor.add(from, given, by);
      const doc = changed.prepared.doc;
      const served = await waitServed((id) => ctx.getCorpus().doc(id), doc.id, doc.hash, waitMs);
      const readback = renderReadback({ doc, verb: sub === 'replace' ? 'Replaced' : 'Added', how: howRead(from, changed.prepared.readAs) }, DISCORD_READBACK);
      const tail = served ? 'It is in the record now: ask about it.' : 'It will be answered from within a few seconds.';
      await respond(interaction, { content: fitMessage(`${readback}\n\n${tail}`), components: readbackButtons(doc.id, doc.hash) }, { ephemeral: true });
    } catch (error) {
      if (error instanceof RecordEditError) throw new UserFacingError(`Nothing was changed: ${error.message}.`);
      throw error;
    }
  }

  async function component(interaction: MessageComponentInteraction, ctx: BotContext): Promise<void> {
    assertMayEdit(interaction, options.homeGuildId, options.editors);
    const rest = interaction.customId.slice(RECORD_BUTTON_PREFIX.length);
    const who = escapeMarkdown(editorOf(interaction.user).name);
    if (rest === 'ok') {
      await updateMessage(interaction, { content: fitMessage(`${interaction.message.content}\n\n✔ Checked by ${who}.`), components: [] });
      return;
    }
    const m = /^rm\|([0-9a-f]{8})\|(.+)$/u.exec(rest);
    if (!m) throw new UserFacingError('This button is not one I know. Run the command again.');
    try {
      const doc = editor.remove(m[2] ?? '', editorOf(interaction.user), m[1]);
      await interaction.deferUpdate();
      await waitServed((id) => ctx.getCorpus().doc(id), doc.id, null, waitMs);
      await updateMessage(interaction, { content: fitMessage(`${interaction.message.content}\n\n🗑 Removed again by ${who}: ${escapeMarkdown(doc.id)} is no longer in the record.`), components: [] });
    } catch (error) {
      if (error instanceof RecordEditError) throw new UserFacingError(`Nothing was changed: ${error.message}.`);
      throw error;
    }
  }

  return {
    data: recordEditData,
    execute,
    componentPrefix: RECORD_BUTTON_PREFIX,
    component,
    autocomplete(interaction, ctx): AutocompleteChoice[] {
      // Suggestions name the documents, which /sources shows anyone; changing still needs the
      // permission. The router cuts names to Discord's 100 characters at a word.
      const typed = String(interaction.options.getFocused()).trim().toLowerCase();
      return ctx
        .getCorpus()
        .docs.filter((d) => !typed || d.id.toLowerCase().includes(typed) || (d.title ?? '').toLowerCase().includes(typed))
        .map((d) => ({ name: `${d.id}${d.title ? ` — ${d.title}` : ''}`, value: d.id }));
    },
  };
}
