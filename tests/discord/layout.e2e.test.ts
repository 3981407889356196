/**
 * What people see in Discord, end to end through the stand-in, over a record of two documents of
 * our own (one with a url and a long title): the layout of each answer kind, the privacy
 * defaults, autocomplete around the typed word, and the "Check in the record" message command
 * in a server and in a DM.
 */
import { ApplicationCommandOptionType } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { answer as coreAnswer } from '../../src/answer/index.js';
import { renderDiscord } from '../../src/render/discord.js';
import { startHarness, type Harness } from './harness.js';
import type { User } from './standin.js';

const PUBLIC = 4; // SUPPRESS_EMBEDS
const PRIVATE = 64 | 4; // EPHEMERAL | SUPPRESS_EMBEDS
const STRING = ApplicationCommandOptionType.String;
const BOOLEAN = ApplicationCommandOptionType.Boolean;
const CHECK = 'Check in the record';

let next = 500_000_000_000_000_000n;
function newUser(name = 'reader'): User {
  next += 1n;
  return { id: next.toString(), username: name, global_name: null };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness('layout', { pageSize: 5 });
});
afterAll(async () => {
  await h?.stop();
});

type Body = Record<string, unknown>;
const buttons = (body: Body) =>
  ((body.components ?? []) as Array<{ components: Array<{ label: string; custom_id: string }> }>).flatMap((row) => row.components.map((b) => [b.label, b.custom_id]));
const ask = async (command: string, options: Array<{ name: string; type: number; value: string | boolean }>, where: { dm?: boolean } = {}) =>
  (await h.standin.reply(h.standin.chatInput(command, options, { user: newUser(), ...where }))).body;

// The long title, cut at a word to 90 characters, linked to the document's url.
const VALLEY = '**[Greyford and Ashby councils sign a pact to run a shared late bus across the valley until…](<https://courier.example/greyford-ashby-late-bus>)** · 2025-02-20';
const ASHBY = '**Ashby depot workers question the late bus plan** · 2025-03-01';

describe('one layout for every answer: the title once per document, then quote, fact, citation', () => {
  test('/search over two documents: each title once, the one with a url linked', async () => {
    const body = await ask('search', [{ name: 'query', type: STRING, value: 'late bus' }]);
    expect(body.content).toBe(
      [
        '**Search** “late bus” · Results 1–5 of 5',
        '',
        ASHBY,
        '> Ashby depot workers question the **late bus** plan',
        '-# ashby-depot ¶0.1',
        '',
        '> Depot workers in Ashby said on Saturday that the **late bus** plan leaves them short of drivers.',
        '-# ashby-depot ¶1.1',
        '',
        VALLEY,
        '> Greyford and Ashby councils sign a pact to run a shared **late bus** across the valley until the end of next year, officials said',
        '-# valley-late-bus ¶0.1',
        '',
        '> GREYFORD (Valley Courier - 20th February, 2025) The Greyford and Ashby councils agreed on Tuesday to run a shared **late bus** across the valley, council leader Nora Pike said.',
        '-# valley-late-bus ¶1.1',
        '',
        '> "The **late bus** is the only way home for night-shift nurses, and we will keep it running," Pike told the Courier after the meeting.',
        '-# valley-late-bus ¶2.1',
      ].join('\n'),
    );
    expect([body.flags, body.allowed_mentions]).toEqual([PUBLIC, { parse: [] }]);
    // Results from two documents: each context button names its document.
    expect(buttons(body).map(([label]) => label)).toEqual(
      ['ashby-depot ¶0.1', 'ashby-depot ¶1.1', 'valley-late-bus ¶0.1', 'valley-late-bus ¶1.1', 'valley-late-bus ¶2.1'].map((c) => `Show context ${c}`),
    );
  });

  test('/when: the date line between the quote and the citation', async () => {
    const body = await ask('when', [{ name: 'event', type: STRING, value: 'inspectors checked the depot' }]);
    expect(body.content).toBe(
      [
        '**When** “inspectors checked the depot” · Results 1–1 of 1',
        '',
        VALLEY,
        '> On February 3, **inspectors checked** the **depot** and found the two oldest buses unfit for winter roads.',
        'Date: 2025-02-03 (written “February 3”)',
        '-# valley-late-bus ¶3.1',
      ].join('\n'),
    );
  });

  test('/who-said: the speaker line, and how a surname was resolved', async () => {
    const body = await ask('who-said', [{ name: 'query', type: STRING, value: 'only way home' }]);
    expect(body.content).toBe(
      [
        '**Who said** “only way home” · Results 1–1 of 1',
        '',
        VALLEY,
        '> "The late bus is the only **way home** for night-shift nurses, and we will keep it running," Pike told the Courier after the meeting.',
        'Said by: Nora Pike, council leader (Pike = Nora Pike, named in ¶1.1)',
        '-# valley-late-bus ¶2.1',
      ].join('\n'),
    );
  });

  test('/agreed: parties, clause and date on one line', async () => {
    const lines = String((await ask('agreed', [{ name: 'topic', type: STRING, value: 'timetable' }])).content).split('\n');
    expect(lines).toEqual([
      '**Agreed** “timetable” · Results 1–1 of 1',
      '',
      VALLEY,
      '> Both councils pledged to publish the **timetable** before the service starts.',
      'Parties: the Greyford, Ashby (Both councils = the Greyford, Ashby, named in ¶1.1) · Agreed: to publish the timetable before the service starts',
      '-# valley-late-bus ¶5.1',
    ]);
  });

  test('/context: the paragraph, the cited sentence marked, the title above', async () => {
    const body = await ask('context', [{ name: 'citation', type: STRING, value: 'ashby-depot ¶2.1' }]);
    expect(body.content).toBe(
      [
        '**Context** “ashby-depot ¶2.1”',
        '',
        ASHBY,
        '> ▶ **"We have asked for six more drivers since January," union steward Raj Mehta said.**',
        '-# ashby-depot ¶2.1',
      ].join('\n'),
    );
  });

  test('/sources: each document once, linked when it has a url', async () => {
    const body = await ask('sources', []);
    expect(body.content).toBe(
      [
        '**Sources**',
        '• **Ashby depot workers question the late bus plan** (ashby-depot): 2025-03-01, 2 paragraphs, 3 sentences',
        '• **[Greyford and Ashby councils sign a pact to run a shared late bus across the valley until…](<https://courier.example/greyford-ashby-late-bus>)** (valley-late-bus): 2025-02-20, Valley Courier, 5 paragraphs, 6 sentences',
      ].join('\n'),
    );
  });

  test('/timeline: the page position and total in the header; each title at most once per page', async () => {
    const body = await ask('timeline', []);
    const lines = String(body.content).split('\n');
    expect(lines[0]).toBe('**Timeline** · Results 1–5 of 8 · page 1 of 2');
    expect([lines.filter((l) => l === VALLEY).length, lines.filter((l) => l === ASHBY).length]).toEqual([1, 1]);
    expect(buttons(body)[0]?.[0]).toBe('More');
  });

  test('every answer kind names each document at most once', async () => {
    const asked: Array<[string, Array<{ name: string; type: number; value: string }>]> = [
      ['search', [{ name: 'query', type: STRING, value: 'councils' }]],
      ['who-said', [{ name: 'query', type: STRING, value: 'Nora Pike' }]],
      ['agreed', []],
      ['ask', [{ name: 'question', type: STRING, value: 'when did inspectors check the depot?' }]],
      ['timeline', []],
    ];
    for (const [command, options] of asked) {
      const lines = String((await ask(command, options)).content).split('\n');
      expect([command, lines.filter((l) => l.startsWith('**[Greyford')).length <= 1, lines.filter((l) => l === ASHBY).length <= 1]).toEqual([command, true, true]);
    }
  });
});

describe('privacy defaults', () => {
  test('/help is private in a server unless private is set to false', async () => {
    expect((await ask('help', [])).flags).toBe(PRIVATE);
    expect((await ask('help', [{ name: 'private', type: BOOLEAN, value: false }])).flags).toBe(PUBLIC);
  });

  test('"not in the record" is private in a server, with Share; public when asked for', async () => {
    const body = await ask('search', [{ name: 'query', type: STRING, value: 'ferry timetable zeppelin' }]);
    expect(body.content).toBe(
      [
        '**Search** “ferry timetable zeppelin”',
        'The record does not cover “ferry timetable zeppelin”.',
        '',
        'Nearest sentences (suggestions, not answers):',
        '',
        VALLEY,
        '> Both councils pledged to publish the **timetable** before the service starts.',
        '-# valley-late-bus ¶5.1',
      ].join('\n'),
    );
    expect(body.flags).toBe(PRIVATE);
    expect(buttons(body)).toEqual([['Share', 'or1|s']]);
    const open = await ask('search', [{ name: 'query', type: STRING, value: 'ferry timetable zeppelin' }, { name: 'private', type: BOOLEAN, value: false }]);
    expect(open.flags).toBe(PUBLIC);
  });

  test('an answer is public in a server (no Share), private in a DM', async () => {
    const inServer = await ask('search', [{ name: 'query', type: STRING, value: 'drivers' }]);
    expect([inServer.flags, buttons(inServer).some(([label]) => label === 'Share')]).toEqual([PUBLIC, false]);
    const inDm = await ask('search', [{ name: 'query', type: STRING, value: 'drivers' }], { dm: true });
    expect(inDm.flags).toBe(PRIVATE);
  });
});

describe('autocomplete shows the part of a long text where the typed word is', () => {
  const choices = async (command: string, option: string, typed: string) => {
    const cb = await h.standin.callback(h.standin.autocomplete(command, [{ name: option, type: STRING, value: typed, focused: true }], { user: newUser() }));
    return (cb.body as { data: { choices: Array<{ name: string; value: string }> } }).data.choices;
  };

  test('a citation: the citation stays, the sentence is cut around the word', async () => {
    // A word that shows in the plain cut: the sentence from its start.
    expect(await choices('context', 'citation', 'nurses')).toEqual([
      { name: 'valley-late-bus ¶2.1 "The late bus is the only way home for night-shift nurses, and we will keep…', value: 'valley-late-bus ¶2.1' },
    ]);
    // A word past it: "…" before, and the value still the citation.
    expect(await choices('context', 'citation', 'meeting')).toEqual([
      { name: 'valley-late-bus ¶2.1 …and we will keep it running," Pike told the Courier after the meeting.', value: 'valley-late-bus ¶2.1' },
    ]);
  });

  test('an event: the typed word is in the choice, the value is the whole sentence', async () => {
    const [first] = await choices('when', 'event', 'bus');
    expect(first?.name.includes('bus')).toBe(true);
    expect(first?.name.length).toBeLessThanOrEqual(100);
  });
});

describe('"Check in the record", the message command', () => {
  const CLAIM = 'Apparently "the late bus is the only way home" and the councils start it by the end of May?? @everyone <@99> https://x.example/a';

  test('registered with the others: a message command, in servers, DMs and user installs', () => {
    const registered = (h.standin.commands.get(h.standin.guildId) ?? []).find((c) => c.name === CHECK);
    expect([registered?.type, registered?.contexts, registered?.integration_types]).toEqual([3, [0, 1, 2], [0, 1]]);
  });

  test('in a server: a private answer, the quote matched with its speaker, no pings, Share and context buttons', async () => {
    const user = newUser('erin');
    const target = h.standin.userMessage(CLAIM, newUser('frank'));
    const r = await h.standin.reply(h.standin.messageCommand(CHECK, target, { user }));
    expect(r.via).toBe('callback');
    expect([r.body.flags, r.body.allowed_mentions]).toEqual([PRIVATE, { parse: [] }]);
    // The mentions and the link are not part of the claim (nor echoed); the quote comes first, with who said it.
    expect(r.body.content).toBe(
      [
        '**Checked in the record** “Apparently "the late bus is the only way home" and the councils start it by the end of May??” · Results 1–5 of 7 · page 1 of 2',
        '',
        VALLEY,
        '> "The **late bus** is the only **way home** for night-shift nurses, and we will keep it running," Pike told the Courier after the meeting.',
        'Said by: Nora Pike, council leader (Pike = Nora Pike, named in ¶1.1)',
        '-# valley-late-bus ¶2.1',
        '',
        '**Ashby depot workers question the late bus plan** · 2025-03-01',
        '> Depot workers in Ashby said on Saturday that the **late bus** plan leaves them short of drivers.',
        'Said by: Depot workers in Ashby',
        '-# ashby-depot ¶1.1',
        '',
        '> The **councils** said new buses would arrive in early April and the service would **start** by the **end** of May.',
        '-# valley-late-bus ¶4.1',
        '',
        '> Greyford and Ashby **councils** sign a pact to run a **shared late bus** across the valley until the **end** of next year, officials said',
        'Date: about 2026-12-01 to 2026-12-31 (written “the end of next year”)',
        '-# valley-late-bus ¶0.1',
        '',
        '> Both **councils** pledged to publish the timetable before the service **starts**.',
        '-# valley-late-bus ¶5.1',
      ].join('\n'),
    );
    expect([String(r.body.content).includes('everyone'), String(r.body.content).includes('99')]).toEqual([false, false]);
    // Seven sentences bear on it: "More" pages on (its id carries the user and the query's hash).
    const [more, ...rest] = buttons(r.body);
    expect(more?.[0]).toBe('More');
    expect(rest).toEqual([
      ['Share', 'or1|s'],
      ...[['valley-late-bus', '2.1'], ['ashby-depot', '1.1'], ['valley-late-bus', '4.1'], ['valley-late-bus', '0.1'], ['valley-late-bus', '5.1']].map(([d, p]) => [
        `Show context ${d} ¶${p}`,
        `or1|c|=${d} ¶${p}`,
      ]),
    ]);
    // Share posts it for the channel, once.
    const click = h.standin.button('or1|s', h.standin.messageWith(r.body.content), { user });
    await h.standin.reply(click);
    const posted = await h.standin.waitFor((q) => q.method === 'POST' && q.path === `/webhooks/${h.standin.applicationId}/${click.token}`);
    expect([(posted.body as Body).flags, (posted.body as Body).content]).toEqual([PUBLIC, `Shared by erin:\n${String(r.body.content)}`]);
  });

  test('in a DM: the same answer, private, nothing to share', async () => {
    const target = h.standin.userMessage(CLAIM, newUser(), { dm: true });
    const r = await h.standin.reply(h.standin.messageCommand(CHECK, target, { user: newUser(), dm: true }));
    expect(r.body.flags).toBe(PRIVATE);
    expect(r.body.content).toBe(renderDiscord(coreAnswer(h.corpus, { command: 'check', query: CLAIM, page: 0, pageSize: 5 })));
    expect(buttons(r.body).some(([label]) => label === 'Share')).toBe(false);
  });

  test('a message with only a link and an image gets a clear private answer', async () => {
    const target = h.standin.userMessage('https://x.example/cat.png', newUser(), {
      attachments: [{ id: '1', filename: 'cat.png', size: 10, url: 'https://cdn.example/cat.png', proxy_url: 'https://cdn.example/cat.png', content_type: 'image/png' }],
    });
    const r = await h.standin.reply(h.standin.messageCommand(CHECK, target, { user: newUser() }));
    expect([r.body.flags, r.body.content]).toEqual([
      PRIVATE,
      '**Checked in the record**\nThat message has no words to check: only links, images, mentions or emoji. Use Check in the record on a message that states something in words.',
    ]);
  });

  test('a long message is checked by its most specific sentences, and says so', async () => {
    const long =
      'ok so. long story. I was on the platform for ages last night and it was freezing. nobody knew anything. ' +
      'Someone said inspectors found the two oldest buses unfit for winter roads on February 3. ' +
      'honestly what is going on. anyway. whatever happens I am walking.';
    const r = await h.standin.reply(h.standin.messageCommand(CHECK, h.standin.userMessage(long, newUser()), { user: newUser() }));
    const lines = String(r.body.content).split('\n');
    expect(lines[1]).toBe('-# A long message: checked its 3 most specific sentences (names, numbers, dates).');
    expect(lines.slice(3)).toEqual([
      VALLEY,
      '> On **February** 3, **inspectors** checked the depot and **found** the **two oldest buses unfit** for **winter roads**.',
      '-# valley-late-bus ¶3.1',
    ]);
  });

  test('a claim the record does not bear on: "nothing in the record", privately', async () => {
    const r = await h.standin.reply(h.standin.messageCommand(CHECK, h.standin.userMessage('Penguins were seen on the moon.', newUser()), { user: newUser() }));
    expect([r.body.flags, String(r.body.content).split('\n').slice(0, 2)]).toEqual([PRIVATE, ['**Checked in the record** “Penguins were seen on the moon.”', 'Nothing in the record bears on this message.']]);
  });
});
