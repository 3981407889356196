import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  ChannelType,
  GuildMember,
  InteractionContextType,
  PermissionFlagsBits,
  PermissionsBitField,
  type APIApplicationCommandChannelOption,
  type ChatInputCommandInteraction,
  type Client,
  type GuildBasedChannel,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { localTime } from '../../digest/render.js';
import type { DigestRunner, PostPayload, Poster, RunOutcome } from '../../digest/runner.js';
import { describeSchedule, isTimezone, parseSchedule, ScheduleError, WEEKDAYS } from '../../digest/schedule.js';
import { escapeMarkdown } from '../../render/discord.js';
import { unwritableReason } from '../../storage/db.js';
import type { Digest, Run } from '../../digest/rows.js';
import { UserFacingError } from '../errors.js';
import { deferReply, postToChannel, respond } from '../reply.js';
import type { AutocompleteChoice, CommandModule } from '../types.js';

/**
 * `/digest`: moderators choose a channel, a schedule and an optional topic; the digest runner
 * (src/digest/runner.ts) posts it. Guild only. Discord shows the command to members with Manage
 * Channels by default (server settings can change that), and every subcommand checks again at
 * run time, on the target channel: Manage Channels there, or Manage Server.
 */

export const TOPIC_MAX_LENGTH = 100;
export const SCHEDULE_MAX_LENGTH = 100;

const channelOption = (description: string): APIApplicationCommandChannelOption => ({
  type: ApplicationCommandOptionType.Channel,
  name: 'channel',
  description,
  required: true,
  channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
});

export const digestData = {
  name: 'digest',
  description: 'Post a digest of the record to a channel on a schedule (moderators)',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  default_member_permissions: String(PermissionFlagsBits.ManageChannels),
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'set',
      description: 'Create or change the digest of a channel',
      options: [
        channelOption('Where the digest is posted'),
        {
          type: ApplicationCommandOptionType.String,
          name: 'schedule',
          description: 'daily, weekly, or a cron expression such as "0 9 * * 1-5"',
          required: true,
          autocomplete: true,
          min_length: 1,
          max_length: SCHEDULE_MAX_LENGTH,
        },
        { type: ApplicationCommandOptionType.String, name: 'time', description: 'For daily and weekly: HH:MM, 24-hour (default 09:00)', required: false, min_length: 3, max_length: 5 },
        {
          type: ApplicationCommandOptionType.String,
          name: 'timezone',
          description: 'IANA timezone such as Europe/Berlin (default UTC)',
          required: false,
          autocomplete: true,
          min_length: 1,
          max_length: 64,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'weekday',
          description: 'For weekly: the day (default Monday)',
          required: false,
          choices: WEEKDAYS.map((w) => ({ name: w[0]!.toUpperCase() + w.slice(1), value: w })),
        },
        { type: ApplicationCommandOptionType.String, name: 'topic', description: 'Only parts of the record about this', required: false, min_length: 1, max_length: TOPIC_MAX_LENGTH },
      ],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: 'The digests of this server' },
    { type: ApplicationCommandOptionType.Subcommand, name: 'remove', description: 'Stop and delete the digest of a channel', options: [channelOption('The channel')] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'status', description: 'Next run, last run and its result, pause reason', options: [channelOption('The channel')] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'preview', description: 'Privately: what would be posted now, and why', options: [channelOption('The channel')] },
    { type: ApplicationCommandOptionType.Subcommand, name: 'send-now', description: 'Post the digest now, outside its schedule', options: [channelOption('The channel')] },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** What the bot needs in a digest channel, in the words of Discord's permission settings. */
export const BOT_NEEDS = [
  ['View Channel', PermissionFlagsBits.ViewChannel],
  ['Send Messages', PermissionFlagsBits.SendMessages],
  ['Embed Links', PermissionFlagsBits.EmbedLinks],
] as const;

/** The names of the permissions in `needs` that `has` lacks (Administrator grants all). */
export function missingPermissions(has: bigint, needs: readonly (readonly [string, bigint])[] = BOT_NEEDS): string[] {
  const perms = new PermissionsBitField(has);
  return needs.filter(([, bit]) => !perms.has(bit, true)).map(([name]) => name);
}

/**
 * Current IANA names that some ICU versions list only under their older alias (Node 20 lists
 * Asia/Calcutta, not Asia/Kolkata). Both work; people look for the current one.
 */
const CURRENT_NAMES = [
  'Asia/Kolkata',
  'Europe/Kyiv',
  'America/Nuuk',
  'Asia/Ho_Chi_Minh',
  'Asia/Kathmandu',
  'Asia/Yangon',
  'Pacific/Kanton',
  'Atlantic/Faroe',
  'America/Argentina/Buenos_Aires',
  'America/Indiana/Indianapolis',
];

let zones: readonly string[] | null = null;
function allZones(): readonly string[] {
  if (!zones) {
    const listed = Intl.supportedValuesOf('timeZone');
    const extra = CURRENT_NAMES.filter((z) => !listed.includes(z) && isTimezone(z));
    zones = ['UTC', ...[...listed, ...extra].filter((z) => z !== 'UTC').sort()];
  }
  return zones;
}

/** Timezones for autocomplete: prefix matches of any part first, then matches anywhere; UTC first. */
export function timezoneChoices(typed: string): AutocompleteChoice[] {
  const all = allZones();
  const q = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const starts = all.filter((z) => z.toLowerCase().startsWith(q) || z.toLowerCase().split('/').some((p) => p.startsWith(q)));
  const inside = all.filter((z) => !starts.includes(z) && z.toLowerCase().includes(q));
  return [...starts, ...inside].map((z) => ({ name: z, value: z }));
}

const SCHEDULE_SUGGESTIONS: readonly AutocompleteChoice[] = [
  { name: 'daily (at the time you set, default 09:00)', value: 'daily' },
  { name: 'weekly (on the weekday you set, default Monday)', value: 'weekly' },
  { name: 'cron: weekdays at 09:00 — 0 9 * * 1-5', value: '0 9 * * 1-5' },
  { name: 'cron: every hour — 0 * * * *', value: '0 * * * *' },
  { name: 'cron: every minute (testing) — * * * * *', value: '* * * * *' },
];

export function scheduleChoices(typed: string): AutocompleteChoice[] {
  const q = typed.trim().toLowerCase();
  const matching = SCHEDULE_SUGGESTIONS.filter((c) => !q || c.value.startsWith(q) || c.name.toLowerCase().includes(q));
  // Whatever was typed stays a choice: a cron expression of one's own is the point of the option.
  const offerTyped = q !== '' && !SCHEDULE_SUGGESTIONS.some((c) => c.value.startsWith(q));
  return offerTyped ? [{ name: typed.trim(), value: typed.trim() }, ...matching] : matching;
}

const discordTime = (at: Date, style: 'f' | 'R' = 'f') => `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;
const when = (at: Date, timezone: string) => `${discordTime(at)} (${localTime(at, timezone)} ${timezone}, ${discordTime(at, 'R')})`;

function channelIdOf(interaction: ChatInputCommandInteraction): string {
  // The raw value: a stand-in or a cache miss may leave `resolved` out, the id is always there.
  const value = interaction.options.get('channel', true).value;
  if (typeof value !== 'string' || !/^\d{5,25}$/.test(value)) throw new UserFacingError('Pick a channel from the list.');
  return value;
}

async function targetChannel(interaction: ChatInputCommandInteraction, id: string): Promise<GuildBasedChannel> {
  const guild = interaction.guild;
  if (!guild) throw new UserFacingError('/digest works in servers where OnRecord is a member, not in DMs or as a user app.');
  const channel = guild.channels.cache.get(id) ?? (await guild.channels.fetch(id).catch(() => null));
  if (!channel) throw new UserFacingError(`I cannot see <#${id}>. Give my role View Channel there, or pick another channel.`);
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) {
    throw new UserFacingError(`<#${id}> is not a text or announcement channel; digests are posted in those.`);
  }
  return channel;
}

/**
 * Manage Channels (or Manage Server) in the channel the command was run in: Discord's own figure
 * for it, or the one computed from the cached roles and overwrites.
 */
function mayManageHere(interaction: ChatInputCommandInteraction): boolean {
  const member = interaction.member instanceof GuildMember ? interaction.member : interaction.user.id;
  const invoking = interaction.guild?.channels.cache.get(interaction.channelId);
  const perms = [interaction.memberPermissions, invoking?.permissionsFor(member) ?? null];
  return perms.some((p) => p?.any([PermissionFlagsBits.ManageChannels, PermissionFlagsBits.ManageGuild], true));
}

/** Manage Server anywhere, or Manage Channels in that channel (computed with its overwrites). */
function assertMayManage(interaction: ChatInputCommandInteraction, channel: GuildBasedChannel | null, channelId: string): void {
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild, true)) return;
  const member = interaction.member instanceof GuildMember ? interaction.member : interaction.user.id;
  if (channel) {
    if (channel.permissionsFor(member)?.has(PermissionFlagsBits.ManageChannels, true)) return;
  } else if (mayManageHere(interaction)) {
    // A channel that is gone (deleted, or hidden from the bot) is judged by the invoking channel.
    return;
  }
  throw new UserFacingError(`You need the Manage Channels permission in <#${channelId}> (or Manage Server) to change its digest.`);
}

async function assertBotCanPost(channel: GuildBasedChannel): Promise<void> {
  const me = channel.guild.members.me ?? (await channel.guild.members.fetchMe().catch(() => null));
  const perms = me ? channel.permissionsFor(me) : null;
  if (!perms) throw new UserFacingError(`I cannot tell my permissions in <#${channel.id}>. Make sure I am in this server and can see the channel.`);
  const missing = missingPermissions(perms.bitfield);
  if (missing.length > 0) {
    throw new UserFacingError(
      `I cannot post digests in <#${channel.id}>: I am missing ${missing.join(', ')} there. Give my role ${missing.length === 1 ? 'that permission' : 'those permissions'} in the channel settings, then run /digest set again.`,
    );
  }
}

function runLine(run: Run, timezone: string): string {
  const state: Record<Run['status'], string> = { claimed: 'being posted', posted: 'posted', empty: 'nothing to post', failed: 'failed' };
  const parts = [`${localTime(run.slot, timezone)} ${timezone}`, run.trigger === 'manual' ? 'sent now' : null, state[run.status], run.late ? 'late' : null].filter(Boolean);
  const detail = run.error ?? run.summary;
  return `${parts.join(' · ')}${detail ? ` — ${escapeMarkdown(detail)}` : ''}`;
}

// describeSchedule needs no escaping: its parts are a validated cron expression (shown in code)
// or a validated time, weekday and IANA timezone.
function digestLine(d: Digest): string {
  const topic = d.topic ? ` · topic “${escapeMarkdown(d.topic)}”` : '';
  const paused = d.pausedReason ? ` · **paused**: ${escapeMarkdown(d.pausedReason)}` : '';
  return `<#${d.channelId}> · ${describeSchedule(d.schedule)}${topic}${paused}`;
}

function outcomeText(outcome: RunOutcome, channelId: string): string {
  switch (outcome.kind) {
    case 'posted':
      return `Posted the digest in <#${channelId}> (${outcome.messageIds.length} message${outcome.messageIds.length === 1 ? '' : 's'}).`;
    case 'empty':
      return `Nothing new and nothing coming up for <#${channelId}>, so nothing was posted. The run is recorded.`;
    case 'taken':
      return 'A digest for this channel was just sent; try again in a moment.';
    case 'paused':
      return `The digest of <#${channelId}> is paused: ${escapeMarkdown(outcome.reason)}. Fix it, then run /digest set again.`;
    case 'failed':
      return `Discord refused the digest (${escapeMarkdown(outcome.detail)}). The run is recorded as failed.`;
    case 'pending':
      return `Discord is not accepting the post right now (${escapeMarkdown(outcome.detail)}); it will be retried shortly, once.`;
    case 'reading':
      return `The bot is still reading the record (${outcome.sentences.toLocaleString('en')} of ${outcome.total.toLocaleString('en')} sentences); a digest waits until it has read all of it. Try again in a moment.`;
  }
}

/** The `/digest status` line for digests waiting on the database. */
export function storagePauseLine(reason: string, since: string): string {
  return `**Paused** (every digest) since ${since}: ${reason}. Answers go on; digests resume by themselves when the database can be written again, with one catch-up post.`;
}

export interface DigestCommandOptions {
  readonly runner: DigestRunner;
}

/** The `/digest` module for `startBot({ extraCommands })`. */
export function digestCommand({ runner }: DigestCommandOptions): CommandModule {
  const store = runner.store;
  const now = () => runner.now();

  async function execute(interaction: ChatInputCommandInteraction): Promise<void> {
    if (!interaction.inGuild() || !interaction.guildId) throw new UserFacingError('/digest works in servers only.');
    const sub = interaction.options.getSubcommand(true);
    if (sub === 'list') {
      if (!mayManageHere(interaction)) {
        throw new UserFacingError('You need the Manage Channels or Manage Server permission to see the digests of this server.');
      }
      const digests = store.list(interaction.guildId);
      const lines = digests.map(digestLine);
      await respond(interaction, { content: lines.length ? `**Digests in this server**\n${lines.join('\n')}` : 'No digests in this server yet. Start one with `/digest set`.' }, { ephemeral: true });
      return;
    }

    const channelId = channelIdOf(interaction);
    if (sub === 'remove' || sub === 'status') {
      // The channel may be gone already (that is often why one removes a digest): check what we can.
      const channel = interaction.guild?.channels.cache.get(channelId) ?? null;
      assertMayManage(interaction, channel, channelId);
      if (sub === 'remove') {
        const removed = store.remove(channelId);
        await respond(interaction, { content: removed ? `Removed the digest of <#${channelId}> and its history.` : `<#${channelId}> has no digest.` }, { ephemeral: true });
        return;
      }
      const status = runner.status(channelId);
      if (!status) throw new UserFacingError(`<#${channelId}> has no digest. Start one with /digest set.`);
      const tz = status.digest.schedule.timezone;
      const lines = [
        `**Digest of <#${channelId}>**`,
        `Schedule: ${describeSchedule(status.digest.schedule)}${status.digest.topic ? ` · topic “${escapeMarkdown(status.digest.topic)}”` : ''}`,
        status.digest.pausedReason
          ? `**Paused** since ${when(status.digest.pausedAt ?? now(), tz)}: ${escapeMarkdown(status.digest.pausedReason)}. Fix it, then run /digest set again to resume.`
          : `Next run: ${status.nextRun ? when(status.nextRun, tz) : 'never (the schedule does not fire again)'}`,
        `Last run: ${status.lastRun ? runLine(status.lastRun, tz) : 'none yet'}`,
        ...(status.storage ? [storagePauseLine(status.storage.reason, when(status.storage.since, tz))] : []),
      ];
      await respond(interaction, { content: lines.join('\n') }, { ephemeral: true });
      return;
    }

    const channel = await targetChannel(interaction, channelId);
    assertMayManage(interaction, channel, channelId);

    if (sub === 'set') {
      await assertBotCanPost(channel);
      let schedule;
      try {
        schedule = parseSchedule({
          schedule: interaction.options.getString('schedule', true),
          time: interaction.options.getString('time'),
          timezone: interaction.options.getString('timezone'),
          weekday: interaction.options.getString('weekday'),
        });
      } catch (e) {
        if (e instanceof ScheduleError) throw new UserFacingError(e.message.replace(/^Digest: /, ''));
        throw e;
      }
      const topic = interaction.options.getString('topic')?.replace(/\s+/g, ' ').trim() || null;
      const { digest, created } = store.upsert(
        { guildId: interaction.guildId, channelId, schedule, topic, createdBy: interaction.user.id, notifyChannelId: interaction.channelId },
        now(),
      );
      const next = runner.status(channelId)?.nextRun ?? null;
      const ignored = [
        schedule.kind === 'cron' && interaction.options.getString('time') ? 'time' : null,
        schedule.kind !== 'weekly' && interaction.options.getString('weekday') ? 'weekday' : null,
      ].filter((x) => x !== null);
      const lines = [
        `${created ? 'Digest set' : 'Digest updated'} for <#${channelId}>: ${describeSchedule(digest.schedule)}${topic ? `, topic “${escapeMarkdown(topic)}”` : ''}.`,
        `Next run: ${next ? when(next, schedule.timezone) : 'never (the schedule does not fire again)'}.`,
        ...(ignored.length ? [`(${ignored.join(' and ')} not used: ${schedule.kind === 'cron' ? 'the cron expression says when' : 'a daily digest runs every day'}.)`] : []),
        created ? 'The first digest is a short overview of the record; later ones say what changed and what is coming up.' : 'The next digest says what changed since the previous one.',
        `If I ever cannot post there, I pause the digest and tell you ${interaction.channelId === channelId ? 'by direct message' : 'in this channel'}; \`/digest status\` shows it too.`,
      ];
      await respond(interaction, { content: lines.join('\n') }, { ephemeral: true });
      return;
    }

    if (!store.byChannel(channelId)) throw new UserFacingError(`<#${channelId}> has no digest. Start one with /digest set.`);
    await deferReply(interaction, true);
    if (sub === 'preview') {
      const preview = runner.preview(channelId);
      if (!preview) throw new UserFacingError(`<#${channelId}> has no digest. Start one with /digest set.`);
      const head = preview.messages.length > 0 ? `**Preview of the digest for <#${channelId}>** (only you see this; ${preview.messages.length} message${preview.messages.length === 1 ? '' : 's'} would be posted)` : `**Preview for <#${channelId}>**: nothing would be posted now.`;
      await respond(interaction, { content: head }, { ephemeral: true });
      for (const part of preview.report) await respond(interaction, { content: part }, { ephemeral: true });
      return;
    }
    if (sub === 'send-now') {
      await assertBotCanPost(channel);
      const outcome = await runner.sendNow(channelId);
      await respond(interaction, { content: outcome ? outcomeText(outcome, channelId) : `<#${channelId}> has no digest.` }, { ephemeral: true });
      return;
    }
    throw new UserFacingError(`/digest ${sub} is not a subcommand of this bot (any more).`);
  }

  return {
    data: digestData,
    async execute(interaction) {
      try {
        await execute(interaction);
      } catch (error) {
        // A full, read-only or removed DATA_DIR is the operator's to fix, not a bug: say so.
        const reason = unwritableReason(error);
        if (reason) throw new UserFacingError(`Digests cannot be saved right now: ${reason}. Answers go on; try again once the bot's operator has fixed it.`);
        throw error;
      }
    },
    autocomplete(interaction) {
      const focused = interaction.options.getFocused(true);
      if (focused.name === 'timezone') return timezoneChoices(String(focused.value));
      if (focused.name === 'schedule') return scheduleChoices(String(focused.value));
      return [];
    },
  };
}

/** Posts digests through the running bot's REST client: the same safe body as every message. */
export function discordPoster(client: Client): Poster {
  return async (channelId: string, payload: PostPayload) => ({ id: await postToChannel(client, channelId, { content: payload.content }, { nonce: payload.nonce }) });
}

/** Direct messages to a user (pause notices when there is no other channel to use). */
export function discordDirectMessage(client: Client): (userId: string, payload: PostPayload) => Promise<{ id: string }> {
  return async (userId, payload) => {
    const dm = await client.users.createDM(userId);
    return { id: await postToChannel(client, dm.id, { content: payload.content }, { nonce: payload.nonce }) };
  };
}
