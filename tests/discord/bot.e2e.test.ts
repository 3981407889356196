/**
 * The real bot, end to end, through the loopback Discord stand-in: commands in a server and in a
 * DM, autocomplete at its limits, buttons, mention injection, 429/500, a gateway drop and resume,
 * a slow path that defers, bad input, and unexpected errors with a reference id.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { answer as coreAnswer } from '../../src/answer/index.js';
import type { Command } from '../../src/answer/types.js';
import { parseConfig } from '../../src/config.js';
import { startBot } from '../../src/discord/bot.js';
import { encodeButton, TextStore } from '../../src/discord/buttons.js';
import { REST_UNAUTHORIZED } from '../../src/discord/gateway.js';
import { createLogger } from '../../src/log.js';
import { CORE_COMMANDS, commandDefinitions } from '../../src/discord/registry.js';
import { postToChannel } from '../../src/discord/reply.js';
import type { CommandModule } from '../../src/discord/types.js';
import { renderDiscord } from '../../src/render/discord.js';
import { PAGE_SIZE, startHarness, type Harness } from './harness.js';
import { DiscordStandIn, type User } from './standin.js';

const SUPPRESS_EMBEDS = 4;
const EPHEMERAL_AND_SUPPRESS = 64 | 4;
const STRING = ApplicationCommandOptionType.String;
const BOOLEAN = ApplicationCommandOptionType.Boolean;

let next = 300_000_000_000_000_000n;
/** A fresh user per test, so the per-user cooldown of one test never affects another. */
function newUser(name = 'tester'): User {
  next += 1n;
  return { id: next.toString(), username: name, global_name: null };
}

/** An extra command to prove autocomplete limits and the unexpected-error path. */
const probe: CommandModule = {
  data: {
    name: 'probe',
    description: 'test probe',
    options: [{ type: STRING, name: 'n', description: 'how many', required: true, autocomplete: true, max_length: 10 }],
    contexts: [0, 1, 2],
    integration_types: [0, 1],
  },
  execute: () => Promise.reject(new Error('internal detail: table xyz is gone')),
  autocomplete: (interaction) => {
    const n = Number(interaction.options.getFocused());
    return Array.from({ length: n }, (_, i) => ({ name: `${'n'.repeat(150)}${i}`, value: `v${i}` })).concat([{ name: '   ', value: 'blank' }]);
  },
};

let slowMs = 0;
let h: Harness;

beforeAll(async () => {
  h = await startHarness('harbour', {
    extraCommands: [probe],
    cooldown: { limit: 5, windowMs: 10_000 },
    answer: async (corpus, request) => {
      if (slowMs > 0) await sleep(slowMs);
      return coreAnswer(corpus, request);
    },
  });
});

afterAll(async () => {
  const started = Date.now();
  await h?.stop();
  // stop() must be prompt (SIGTERM handling relies on it).
  expect(Date.now() - started).toBeLessThan(3_000);
});

const expected = (command: Command, query: string, page = 0) => renderDiscord(coreAnswer(h.corpus, { command, query, page, pageSize: PAGE_SIZE }));

describe('start-up', () => {
  test('a rejected token fails start-up with a clear message that does not contain it', async () => {
    const wrong = `${h.standin.token}-revoked`;
    const logs: string[] = [];
    const attempt = startBot({
      config: parseConfig({ DISCORD_TOKEN: wrong, DISCORD_API_BASE: h.standin.apiBase }),
      logger: createLogger({ level: 'debug', token: wrong, sink: { write: (l: string) => logs.push(l) } }),
      getCorpus: () => h.corpus,
    });
    await expect(attempt).rejects.toThrow(`OnRecord could not connect to Discord: ${REST_UNAUTHORIZED}`);
    expect(logs.join('')).not.toContain(wrong);
  });

  test('a READY without the application still starts, with the bot user’s id as the application id', async () => {
    const lean = await startHarness('harbour', { standin: await new DiscordStandIn({ readyWithoutApplication: true }).start() });
    try {
      expect(lean.bot.applicationId).toBe(lean.standin.applicationId);
      expect(lean.bot.commands).toBe('updated');
    } finally {
      await lean.stop();
    }
  });

  test('identifies with the Guilds intent only and registers every command once, to the guild', async () => {
    const identify = await h.standin.waitForGateway((e) => e.op === 2);
    expect((identify.d as { intents: number }).intents).toBe(1);
    const puts = h.standin.requests.filter((r) => r.method === 'PUT' && r.path.includes('/commands'));
    expect(puts.map((r) => r.path)).toEqual([`/applications/${h.standin.applicationId}/guilds/${h.standin.guildId}/commands`]);
    const body = puts[0]?.body as Array<{ name: string; contexts: number[]; integration_types: number[] }>;
    // Exactly the registry's list (the deploy script reads the same one).
    expect(body.map((c) => c.name)).toEqual(commandDefinitions([probe]).map((d) => d.name));
    // The record's commands work in servers, DMs and as a user-installed app.
    const core = body.filter((c) => CORE_COMMANDS.some((m) => m.data.name === c.name));
    expect(core.map((c) => [c.name, c.contexts, c.integration_types])).toEqual(
      ['when', 'who-said', 'agreed', 'search', 'ask', 'context', 'timeline', 'sources', 'help'].map((n) => [n, [0, 1, 2], [0, 1]]),
    );
    // Every command declares where it may be used, on purpose.
    for (const c of body) expect(c.contexts.length * c.integration_types.length).toBeGreaterThan(0);
    expect(h.bot.commands).toBe('updated');
  });

  test('a second start with the same commands registers nothing', async () => {
    const second = await startHarness('harbour', { standin: h.standin, extraCommands: [probe] });
    try {
      expect(second.bot.commands).toBe('unchanged');
      expect(h.standin.requests.filter((r) => r.method === 'PUT' && r.path.includes('/commands')).length).toBe(1);
    } finally {
      await second.bot.stop();
    }
  });
});

const CASES: Array<[Command, Array<{ name: string; type: number; value: string }>, string]> = [
  ['when', [{ name: 'event', type: STRING, value: 'engineers inspected the pier' }], 'engineers inspected the pier'],
  ['who-said', [{ name: 'query', type: STRING, value: 'lifeline for shift workers' }], 'lifeline for shift workers'],
  ['agreed', [], ''],
  ['search', [{ name: 'query', type: STRING, value: 'mooring posts' }], 'mooring posts'],
  ['ask', [{ name: 'question', type: STRING, value: 'when did engineers inspect the pier?' }], 'when did engineers inspect the pier?'],
  ['context', [{ name: 'citation', type: STRING, value: 'riverton-ferry ¶3.1' }], 'riverton-ferry ¶3.1'],
  ['timeline', [], ''],
  ['sources', [], ''],
  ['help', [], ''],
];

describe('each command', () => {
  test.each(CASES)('/%s in a server: public (help private), exact content, no pings, no embeds', async (command, options, query) => {
    const i = h.standin.chatInput(command, options, { user: newUser() });
    const r = await h.standin.reply(i);
    expect(r.via).toBe('callback');
    expect(r.body.content).toBe(expected(command, query));
    expect(r.body.flags).toBe(command === 'help' ? EPHEMERAL_AND_SUPPRESS : SUPPRESS_EMBEDS);
    expect(r.body.allowed_mentions).toEqual({ parse: [] });
  });

  test.each(CASES)('/%s in a DM: private by default, same content, nothing to share', async (command, options, query) => {
    const i = h.standin.chatInput(command, options, { user: newUser(), dm: true });
    const r = await h.standin.reply(i);
    expect(r.body.content).toBe(expected(command, query));
    expect(r.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
    expect(r.body.allowed_mentions).toEqual({ parse: [] });
    // A DM with the bot has no one to share with.
    const labels = (r.body.components as Array<{ components: Array<{ label: string }> }>).flatMap((row) => row.components.map((b) => b.label));
    expect(labels.includes('Share')).toBe(false);
  });

  test('payloads without the optional fields (context, channel, entitlements…) are still served', async () => {
    const strip = ['context', 'channel', 'entitlements', 'app_permissions', 'authorizing_integration_owners', 'guild', 'guild_locale', 'attachment_size_limit'];
    const inServer = await h.standin.reply(h.standin.chatInput('sources', [], { user: newUser(), strip }));
    expect([inServer.body.content, inServer.body.flags]).toEqual([expected('sources', ''), SUPPRESS_EMBEDS]);
    const inDm = await h.standin.reply(h.standin.chatInput('sources', [], { user: newUser(), dm: true, strip }));
    expect([inDm.body.content, inDm.body.flags]).toEqual([expected('sources', ''), EPHEMERAL_AND_SUPPRESS]);
  });

  test('the private option overrides the default both ways', async () => {
    const inServer = await h.standin.reply(h.standin.chatInput('sources', [{ name: 'private', type: BOOLEAN, value: true }], { user: newUser() }));
    expect(inServer.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
    const inDm = await h.standin.reply(h.standin.chatInput('sources', [{ name: 'private', type: BOOLEAN, value: false }], { user: newUser(), dm: true }));
    expect(inDm.body.flags).toBe(SUPPRESS_EMBEDS);
  });

  test('an answer starts with the quote, then the fact, then the citation', async () => {
    const r = await h.standin.reply(h.standin.chatInput('when', [{ name: 'event', type: STRING, value: 'engineers inspected the pier' }], { user: newUser() }));
    expect(String(r.body.content).split('\n')).toEqual([
      '**When** “engineers inspected the pier” · Results 1–1 of 1',
      '',
      '**Riverton council and port authority agree to restore the night ferry** · 2024-03-14',
      '> On March 2, harbour **engineers inspected** the eastern **pier** and found corrosion in two mooring posts.',
      'Date: 2024-03-02 (written “March 2”)',
      '-# riverton-ferry ¶3.1',
    ]);
  });
});

describe('autocomplete', () => {
  const choicesOf = async (i: { id: string; token: string }) => {
    const cb = await h.standin.callback(i);
    const body = cb.body as { type: number; data: { choices: Array<{ name: string; value: string }> } };
    expect(body.type).toBe(8);
    return body.data.choices;
  };

  test.each([
    [24, 24],
    [25, 25],
    [26, 25],
  ])('%i candidates give %i choices, names cut to 100 and never blank', async (n, count) => {
    const choices = await choicesOf(h.standin.autocomplete('probe', [{ name: 'n', type: STRING, value: String(n), focused: true }], { user: newUser() }));
    expect(choices.length).toBe(count);
    expect(choices.map((c) => c.value)).toEqual(Array.from({ length: count }, (_, i) => `v${i}`));
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.name.trim().length).toBeGreaterThan(0);
    }
    expect(choices[0]?.name.length).toBe(100);
  });

  test('speakers of the record come first for /who-said, matched by word prefix', async () => {
    const choices = await choicesOf(h.standin.autocomplete('who-said', [{ name: 'query', type: STRING, value: 'quil', focused: true }], { user: newUser(), dm: true }));
    expect(choices[0]).toEqual({ name: 'Mara Quill (council spokeswoman)', value: 'Mara Quill' });
    expect(choices.length).toBe(3);
  });

  test('citations for /context', async () => {
    const choices = await choicesOf(h.standin.autocomplete('context', [{ name: 'citation', type: STRING, value: 'ferry ¶3', focused: true }], { user: newUser() }));
    expect(choices).toEqual([
      // The label is cut to 100 characters at a word; the value is the citation itself.
      { name: 'riverton-ferry ¶3.1 On March 2, harbour engineers inspected the eastern pier and found corrosion…', value: 'riverton-ferry ¶3.1' },
    ]);
  });

  test('nothing matches: the typed text is offered, so free text still works', async () => {
    const choices = await choicesOf(h.standin.autocomplete('when', [{ name: 'event', type: STRING, value: 'zeppelin landing', focused: true }], { user: newUser() }));
    expect(choices).toEqual([{ name: 'zeppelin landing', value: 'zeppelin landing' }]);
  });

  test('a long event is cut to 100 characters at a word, the value without an ellipsis', async () => {
    const choices = await choicesOf(h.standin.autocomplete('when', [{ name: 'event', type: STRING, value: 'riverton', focused: true }], { user: newUser() }));
    expect(choices.length).toBe(1);
    expect(choices[0]?.name).toBe('RIVERTON (Coastal Wire - 14th March, 2024) The Riverton city council and the port authority agreed…');
    expect(choices[0]?.value).toBe('RIVERTON (Coastal Wire - 14th March, 2024) The Riverton city council and the port authority agreed');
  });
});

describe('buttons', () => {
  const componentsOf = (body: Record<string, unknown>) =>
    (body.components as Array<{ components: Array<{ label: string; custom_id: string }> }>).flatMap((row) => row.components);

  test('More pages for the asker, in place; another user is told privately', async () => {
    const alice = newUser('alice');
    const first = await h.standin.reply(h.standin.chatInput('timeline', [], { user: alice }));
    const buttons = componentsOf(first.body);
    const more = buttons.find((b) => b.label === 'More');
    expect(more?.custom_id).toBe(`or1|m|timeline|1|s|${alice.id}|=`);
    const message = h.standin.messageWith(first.body.content);

    const bob = await h.standin.reply(h.standin.button(more?.custom_id ?? '', message, { user: newUser('bob') }));
    expect(bob.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
    expect(bob.body.content).toBe('❌ Only the person who asked can page through this answer. Run /timeline yourself to see more.');

    const paged = await h.standin.reply(h.standin.button(more?.custom_id ?? '', message, { user: alice }));
    expect(paged.type).toBe(7);
    expect(paged.body.content).toBe(expected('timeline', '', 1));
    expect(paged.body.allowed_mentions).toEqual({ parse: [] });
    // Page 2 of 2-result pages: More again (to page 3), and one context button per sentence shown
    // (two dates in one sentence are two results but one button).
    const page1 = coreAnswer(h.corpus, { command: 'timeline', query: '', page: 1, pageSize: PAGE_SIZE });
    expect(componentsOf(paged.body).map((b) => b.custom_id)).toEqual([
      `or1|m|timeline|2|s|${alice.id}|=`,
      ...new Set(page1.results.map((r) => `or1|c|=${r.excerpt.cite}`)),
    ]);
    expect(page1.results.length).toBe(2);
  });

  test('Share posts the private answer publicly, as it was, without searching again', async () => {
    const user = newUser('carol');
    const priv = await h.standin.reply(h.standin.chatInput('search', [{ name: 'query', type: STRING, value: 'mooring posts' }, { name: 'private', type: BOOLEAN, value: true }], { user }));
    expect(priv.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
    const share = componentsOf(priv.body).find((b) => b.label === 'Share');
    expect(share?.custom_id).toBe('or1|s');
    const message = h.standin.messageWith(priv.body.content);
    const answersBefore = h.standin.requests.length;
    const click = h.standin.button('or1|s', message, { user });
    // First the private copy: its Share becomes a disabled "Shared", so it is posted once.
    const updated = await h.standin.reply(click);
    expect(updated.type).toBe(7);
    expect(updated.body.content).toBe(priv.body.content);
    expect(componentsOf(updated.body).find((b) => b.custom_id === 'or1|s')).toEqual({ type: 2, style: 2, label: 'Shared', custom_id: 'or1|s', disabled: true });
    // Then the public post, as it was.
    const posted = await h.standin.waitFor((q) => q.method === 'POST' && q.path === `/webhooks/${h.standin.applicationId}/${click.token}`);
    const body = posted.body as Record<string, unknown>;
    expect(body.flags).toBe(SUPPRESS_EMBEDS);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content).toBe(`Shared by carol:\n${String(priv.body.content)}`);
    expect(h.standin.requests.length - answersBefore).toBe(2); // the update and the post, nothing searched
  });

  test('Show context answers privately with the paragraph', async () => {
    const r = await h.standin.reply(h.standin.button('or1|c|=riverton-ferry ¶4.1', h.standin.oldMessage('x'), { user: newUser() }));
    expect(r.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
    expect(r.body.content).toBe(expected('context', 'riverton-ferry ¶4.1'));
  });

  test('a More button made by an earlier process still works (all its state is in the custom_id)', async () => {
    const user = newUser();
    const customId = encodeButton({ kind: 'more', command: 'timeline', page: 1, private: false, owner: user.id, query: '' }, new TextStore());
    const r = await h.standin.reply(h.standin.button(customId, h.standin.oldMessage('old'), { user }));
    expect(r.body.content).toBe(expected('timeline', '', 1));
  });

  test('a button whose long query is gone after a restart says it expired', async () => {
    const user = newUser();
    const r = await h.standin.reply(h.standin.button(`or1|m|when|1|s|${user.id}|~AAAAAAAAAAAA`, h.standin.oldMessage('old'), { user }));
    expect(r.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
    expect(r.body.content).toBe('❌ This button has expired (the bot restarted or the answer is old). Run /when again.');
  });
});

describe('errors and bad input', () => {
  test('an over-long query gets a private, clear error', async () => {
    const r = await h.standin.reply(h.standin.chatInput('search', [{ name: 'query', type: STRING, value: 'pier '.repeat(61) }], { user: newUser() }));
    expect(r.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
    expect(r.body.content).toBe('❌ The query is 305 characters long; the limit is 300. Shorten it to the words that matter.');
  });

  test('a blank required query is refused privately; a blank optional topic means "all"', async () => {
    const blank = await h.standin.reply(h.standin.chatInput('search', [{ name: 'query', type: STRING, value: '   ' }], { user: newUser() }));
    expect([blank.body.content, blank.body.flags]).toEqual(['❌ The query is empty. Type a few words to look for.', EPHEMERAL_AND_SUPPRESS]);
    const all = await h.standin.reply(h.standin.chatInput('agreed', [{ name: 'topic', type: STRING, value: ' ' }], { user: newUser() }));
    expect([all.body.content, all.body.flags]).toEqual([expected('agreed', ''), SUPPRESS_EMBEDS]);
  });

  test('control characters are refused privately by the core, never echoed', async () => {
    const r = await h.standin.reply(h.standin.chatInput('when', [{ name: 'event', type: STRING, value: 'pier\u0007bell' }], { user: newUser() }));
    expect(r.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
    expect(r.body.content).toBe('**When**\nThe query contains control characters. Type the words you are looking for as plain text.');
  });

  test('an unknown command is answered privately', async () => {
    const r = await h.standin.reply(h.standin.chatInput('weather', [], { user: newUser(), dm: true }));
    expect(r.body.content).toBe('❌ /weather is not a command of this bot (any more). Type / to see the current ones.');
    expect(r.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
  });

  test('a bug shows only a reference id, which the log line carries with the full error', async () => {
    const r = await h.standin.reply(h.standin.chatInput('probe', [{ name: 'n', type: STRING, value: '1' }], { user: newUser() }));
    const content = String(r.body.content);
    expect(r.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
    expect(content).not.toContain('table xyz');
    const ref = /reference `([0-9a-f]{8})`/.exec(content)?.[1] ?? 'none';
    expect(content).toBe(`🐞 Something went wrong on our side. Please try again; if it keeps happening, tell the bot's operator the reference \`${ref}\`.`);
    const line = h.logs.map((l) => JSON.parse(l) as { ref?: string; err?: { message: string } }).find((l) => l.ref === ref);
    expect(line?.err?.message).toBe('internal detail: table xyz is gone');
  });

  test('a flood from one user hits the cooldown with a friendly private message', async () => {
    const user = newUser();
    const replies = [];
    for (let k = 0; k < 6; k++) replies.push(await h.standin.reply(h.standin.chatInput('sources', [], { user })));
    expect(replies.slice(0, 5).map((r) => r.body.flags)).toEqual([4, 4, 4, 4, 4]);
    expect(replies[5]?.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
    expect(String(replies[5]?.body.content)).toMatch(/^❌ You're asking faster than I can keep up\. Please wait (10|9) seconds and try again\.$/);
  });
});

describe('Discord trouble', () => {
  test('a 429 with retry_after on the callback: the client waits and the user still gets the answer', async () => {
    h.standin.failOnce({
      method: 'POST',
      path: /^\/interactions\/\d+\/[^/]+\/callback$/,
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
      headers: { 'retry-after': '0.3', 'x-ratelimit-scope': 'user' },
    });
    const i = h.standin.chatInput('search', [{ name: 'query', type: STRING, value: 'mooring posts' }], { user: newUser() });
    const r = await h.standin.reply(i);
    expect(r.body.content).toBe(expected('search', 'mooring posts'));
    const attempts = h.standin.requests.filter((q) => q.path.startsWith(`/interactions/${i.id}/`));
    expect(attempts.map((q) => q.status)).toEqual([429, 204]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(290);
  });

  test('a 500 on the callback is retried and the answer arrives once', async () => {
    h.standin.failOnce({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 500 });
    const i = h.standin.chatInput('help', [], { user: newUser() });
    const r = await h.standin.reply(i);
    expect(r.body.content).toBe(expected('help', ''));
    expect(h.standin.requests.filter((q) => q.path.startsWith(`/interactions/${i.id}/`)).map((q) => q.status)).toEqual([500, 204]);
  });

  test('a 500 on a channel post is retried; the nonce keeps it to one message, mention-safe', async () => {
    h.standin.failOnce({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 500 });
    const id = await postToChannel(h.bot.client, h.standin.channelId, { content: 'Digest for @everyone <@&1>' }, { nonce: 'slot-1' });
    const again = await postToChannel(h.bot.client, h.standin.channelId, { content: 'Digest for @everyone <@&1>' }, { nonce: 'slot-1' });
    expect(again).toBe(id);
    const posts = h.standin.requests.filter((q) => q.method === 'POST' && q.path === `/channels/${h.standin.channelId}/messages`);
    expect(posts.map((q) => q.status)).toEqual([500, 200, 200]);
    expect(posts[1]?.body).toEqual({ content: 'Digest for @everyone <@&1>', allowed_mentions: { parse: [] }, flags: 4, components: [], nonce: 'slot-1', enforce_nonce: true });
  });

  test('a gateway drop is followed by RESUME (not a new IDENTIFY), and interactions keep flowing', async () => {
    const identifies = h.standin.gatewayIn.filter((e) => e.op === 2).length;
    h.standin.dropConnection(4000);
    const i = h.standin.chatInput('sources', [], { user: newUser() }); // sent while down: replayed on resume
    const resume = await h.standin.waitForGateway((e) => e.op === 6);
    expect((resume.d as { token: string }).token).toBe(h.standin.token);
    const r = await h.standin.reply(i);
    expect(r.body.content).toBe(expected('sources', ''));
    expect(h.standin.gatewayIn.filter((e) => e.op === 2).length).toBe(identifies);
  });

  test('a slow answer is deferred within Discord’s 3 s, then edited in', async () => {
    slowMs = 2_200;
    try {
      const i = h.standin.chatInput('search', [{ name: 'query', type: STRING, value: 'mooring posts' }], { user: newUser() });
      const r = await h.standin.reply(i);
      expect(r.type).toBe(5);
      expect(r.via).toBe('edit');
      expect(r.body.content).toBe(expected('search', 'mooring posts'));
      expect(r.body.allowed_mentions).toEqual({ parse: [] });
      const cb = await h.standin.callback(i);
      expect((cb.body as { data?: { flags?: number } }).data?.flags ?? 0).toBe(0);
    } finally {
      slowMs = 0;
    }
  });

  test('a slow answer in a DM defers privately', async () => {
    slowMs = 1_800;
    try {
      const i = h.standin.chatInput('timeline', [], { user: newUser(), dm: true });
      const cb = await h.standin.callback(i);
      expect(cb.body).toEqual({ type: 5, data: { flags: 64 } });
      const r = await h.standin.reply(i);
      expect(r.body.content).toBe(expected('timeline', ''));
    } finally {
      slowMs = 0;
    }
  });

  test('under a burst of 40 interactions at once, every one is acknowledged within 3 s', async () => {
    const burst = Array.from({ length: 40 }, (_, k) =>
      h.standin.chatInput(k % 2 ? 'search' : 'timeline', k % 2 ? [{ name: 'query', type: STRING, value: 'ferry' }] : [], { user: newUser(), dm: k % 3 === 0 }),
    );
    const callbacks = await Promise.all(burst.map((i) => h.standin.callback(i)));
    expect(callbacks.map((c) => c.status).every((st) => st === 204)).toBe(true);
    // The stand-in answers 404 "Unknown interaction" after 3 s: none of those happened.
    expect(h.standin.requests.filter((r) => r.status === 404 && r.path.startsWith('/interactions/')).length).toBe(0);
  });

  test('the token never appears in the logs', () => {
    expect(h.logs.length).toBeGreaterThan(5);
    expect(h.logs.join('\n')).not.toContain(h.standin.token);
  });
});

test('every core command module is in the registry once', () => {
  expect(CORE_COMMANDS.map((m) => m.data.name)).toEqual(['when', 'who-said', 'agreed', 'search', 'ask', 'context', 'timeline', 'sources', 'help']);
});

describe('mention injection, with a record that quotes @everyone, a user mention and markdown', () => {
  let m: Harness;
  beforeAll(async () => {
    // guild: false also proves global registration when DISCORD_GUILD_ID is not set; the short
    // heartbeat interval proves heartbeats are acknowledged without the client reconnecting.
    m = await startHarness('mentions', { guild: false, standin: await new DiscordStandIn({ heartbeatMs: 200 }).start() });
  });

  test('heartbeats are sent and acknowledged; the session stays up', async () => {
    await m.standin.waitForGateway((e) => e.op === 1);
    await sleep(700);
    expect(m.standin.gatewayIn.filter((e) => e.op === 1).length).toBeGreaterThanOrEqual(2);
    expect(m.standin.gatewayIn.filter((e) => e.op === 2 || e.op === 6).map((e) => e.op)).toEqual([2]);
  });
  afterAll(async () => {
    await m?.stop();
  });

  test('commands are registered globally without DISCORD_GUILD_ID', () => {
    const puts = m.standin.requests.filter((r) => r.method === 'PUT' && r.path.includes('/commands'));
    expect(puts.map((r) => r.path)).toEqual([`/applications/${m.standin.applicationId}/commands`]);
  });

  test('quoted @everyone, <@id> and *markdown* show as text and ping nobody', async () => {
    const r = await m.standin.reply(m.standin.chatInput('search', [{ name: 'query', type: STRING, value: 'supporters club north gate' }], { user: newUser() }));
    const content = String(r.body.content);
    expect(r.body.allowed_mentions).toEqual({ parse: [] });
    expect(r.body.flags).toBe(SUPPRESS_EMBEDS);
    expect(content).toBe(renderDiscord(coreAnswer(m.corpus, { command: 'search', query: 'supporters club north gate', page: 0, pageSize: PAGE_SIZE })));
    expect(content).toContain('"\\@everyone meet at the ');
    expect(content).toContain(' \\<\\@123456789012345678\\> and bring \\*flags\\* for the parade"');
    // No unescaped mention syntax survives anywhere in the message.
    expect(content.match(/(?<!\\)@|(?<!\\)<@/g)).toBe(null);
  });

  test('a user query of mentions is refused privately and not echoed', async () => {
    const r = await m.standin.reply(m.standin.chatInput('search', [{ name: 'query', type: STRING, value: '@everyone <@123>' }], { user: newUser() }));
    expect(r.body.flags).toBe(EPHEMERAL_AND_SUPPRESS);
    expect(r.body.allowed_mentions).toEqual({ parse: [] });
    expect(r.body.content).toBe('**Search**\nMentions cannot be searched. Type the words you are looking for instead of a mention.');
  });

  test('Share of a private answer quoting @everyone stays mention-safe', async () => {
    const user = { ...newUser('mallory'), global_name: '@everyone' };
    const priv = await m.standin.reply(m.standin.chatInput('search', [{ name: 'query', type: STRING, value: 'parade notice' }, { name: 'private', type: BOOLEAN, value: true }], { user }));
    const click = m.standin.button('or1|s', m.standin.messageWith(priv.body.content), { user });
    const posted = await m.standin.waitFor((q) => q.method === 'POST' && q.path === `/webhooks/${m.standin.applicationId}/${click.token}`);
    const body = posted.body as Record<string, unknown>;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(String(body.content).split('\n')[0]).toBe('Shared by \\@everyone:');
  });
});
