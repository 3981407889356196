import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { digestData, missingPermissions, scheduleChoices, timezoneChoices } from '../../src/discord/commands/digest.js';
import { toChoices } from '../../src/discord/router.js';
import { AUTOCOMPLETE_MAX_CHOICES } from '../../src/render/discord.js';

describe('/digest definition', () => {
  it('is guild only, for members who can manage channels, with the six subcommands', () => {
    expect([digestData.contexts, digestData.integration_types, digestData.default_member_permissions]).toEqual([[0], [0], '16']);
    expect(digestData.options.map((o) => o.name)).toEqual(['set', 'list', 'remove', 'status', 'preview', 'send-now']);
    expect(digestData.options[0]!.options!.map((o) => [o.name, o.required])).toEqual([
      ['channel', true],
      ['schedule', true],
      ['time', false],
      ['timezone', false],
      ['weekday', false],
      ['topic', false],
    ]);
  });
});

describe('set-up permission check', () => {
  it('names each missing permission of the bot, in the order of the settings screen', () => {
    expect(missingPermissions(PermissionFlagsBits.ViewChannel)).toEqual(['Send Messages', 'Embed Links']);
    expect(missingPermissions(PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks)).toEqual([]);
    expect(missingPermissions(0n)).toEqual(['View Channel', 'Send Messages', 'Embed Links']);
    // Administrator grants everything.
    expect(missingPermissions(PermissionFlagsBits.Administrator)).toEqual([]);
  });
});

describe('timezone autocomplete', () => {
  it('prefix matches of any part first, then matches anywhere', () => {
    expect(timezoneChoices('berl')[0]).toEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
    expect(timezoneChoices('new y')[0]).toEqual({ name: 'America/New_York', value: 'America/New_York' });
    expect(timezoneChoices('kolk').map((c) => c.value)).toEqual(['Asia/Kolkata']);
    expect(timezoneChoices('utc')[0]?.value).toBe('UTC');
  });

  it('Discord gets at most 25 choices; nothing typed offers the first 25 zones with UTC first', () => {
    const all = timezoneChoices('');
    expect(all.length).toBeGreaterThanOrEqual(Intl.supportedValuesOf('timeZone').length);
    expect(new Set(all.map((c) => c.value)).size).toBe(all.length);
    const sent = toChoices(all, '');
    expect(sent.length).toBe(AUTOCOMPLETE_MAX_CHOICES);
    expect(sent[0]?.value).toBe('UTC');
    expect(toChoices(all.slice(0, 26), '').length).toBe(25);
    expect(toChoices(all.slice(0, 25), '').length).toBe(25);
  });
});

describe('schedule autocomplete', () => {
  it('offers the kinds and examples, and keeps a typed cron expression as the first choice', () => {
    expect(scheduleChoices('').map((c) => c.value)).toEqual(['daily', 'weekly', '0 9 * * 1-5', '0 * * * *', '* * * * *']);
    expect(scheduleChoices('dai').map((c) => c.value)).toEqual(['daily']);
    expect(scheduleChoices('30 7 * * 6').map((c) => c.value)).toEqual(['30 7 * * 6']);
    // A prefix of a suggestion is not offered on its own: it is not a schedule yet.
    expect(scheduleChoices('0 9').map((c) => c.value)).toEqual(['0 9 * * 1-5']);
  });
});
