/**
 * Moderators keep the record from Discord, end to end: the real bot against the stand-in, a live
 * knowledge folder watched as in production, pages and files served by a local web server on
 * 127.0.0.1 (allowed through RECORD_URL_ALLOW, as an intranet wiki would be).
 */
import { ApplicationCommandOptionType } from 'discord.js';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LiveCorpus, buildCorpus } from '../../src/answer/build.js';
import { parseConfig } from '../../src/config.js';
import { planDigest } from '../../src/digest/content.js';
import { renderDigest } from '../../src/digest/render.js';
import { snapshotOf, type Snapshot } from '../../src/digest/snapshot.js';
import { startBot, type RunningBot } from '../../src/discord/bot.js';
import { recordEditCommand } from '../../src/discord/commands/editing.js';
import { createLogger } from '../../src/log.js';
import { RecordEditor } from '../../src/record/editor.js';
import { watchKnowledge, type KnowledgeWatcher } from '../../src/record/watch.js';
import { ChangeLog } from '../../src/storage/changes.js';
import { openDatabase, type Db } from '../../src/storage/db.js';
import { startPageServer, type PageServer } from '../record/pages.js';
import { FIXTURES } from './harness.js';
import { DiscordStandIn, MEMBER_PERMISSIONS_MODERATOR, attachment, type User } from './standin.js';

const SUB = ApplicationCommandOptionType.Subcommand;
const STRING = ApplicationCommandOptionType.String;
const EPHEMERAL = 64;

const MOD: User = { id: '210000000000000001', username: 'mara', global_name: 'Mara' };
const MEMBER: User = { id: '210000000000000002', username: 'nils', global_name: 'Nils' };
const EDITOR: User = { id: '210000000000000003', username: 'ola', global_name: 'Ola' };

let standin: DiscordStandIn;
let pages: PageServer;
let bot: RunningBot;
let watcher: KnowledgeWatcher;
let live: LiveCorpus;
let db: Db;
let dir: string;
let data: string;
let before: Snapshot;
const started = new Date();

const mod = { user: MOD, permissions: MEMBER_PERMISSIONS_MODERATOR };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'onrecord-edit-knowledge-'));
  data = mkdtempSync(path.join(tmpdir(), 'onrecord-edit-data-'));
  copyFileSync(path.join(FIXTURES, 'harbour', 'riverton-ferry.txt'), path.join(dir, 'riverton-ferry.txt'));
  pages = await startPageServer();
  standin = await new DiscordStandIn().start();
  const config = parseConfig({
    DISCORD_TOKEN: standin.token,
    DISCORD_API_BASE: standin.apiBase,
    DISCORD_GUILD_ID: standin.guildId,
    KNOWLEDGE_DIR: dir,
    DATA_DIR: data,
    RECORD_EDITORS: EDITOR.id,
    RECORD_URL_ALLOW: '127.0.0.1',
  });
  const logger = createLogger({ level: 'silent', token: config.token });
  db = openDatabase(path.join(data, 'onrecord.sqlite'), logger);
  live = new LiveCorpus(await buildCorpus(dir));
  before = snapshotOf(live.current.docs);
  watcher = watchKnowledge(dir, ({ docs, problems }) => live.update(docs, problems), { debounceMs: 30, stableMs: 150, pollMs: 300 });
  await watcher.ready;
  const changes = new ChangeLog(db, logger);
  const editor = new RecordEditor({ knowledgeDir: dir, allowHosts: config.recordUrlAllow, docById: (id) => live.current.doc(id), log: (e) => changes.record(e), timeoutMs: 3_000 });
  bot = await startBot({
    config,
    logger,
    getCorpus: () => live.current,
    cooldown: { limit: 100, windowMs: 1_000 },
    extraCommands: [recordEditCommand({ editor, changes, homeGuildId: config.guildId, editors: config.recordEditors })],
  });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await watcher?.close();
  await standin?.close();
  await pages?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

type Json = Record<string, unknown>;

async function run(sub: string, options: Json[], where: Parameters<DiscordStandIn['chatInput']>[2]) {
  const i = standin.chatInput('record', [{ name: sub, type: SUB, options }], where);
  const reply = await standin.reply(i, 15_000);
  // Private or not is decided by the first response (a reply, or a deferral that edits follow).
  const first = (await standin.callback(i)).body as { data?: { flags?: number } };
  return { ...reply, content: String(reply.body.content), flags: Number(first.data?.flags ?? 0) };
}

async function ask(query: string): Promise<string> {
  const i = standin.chatInput('search', [{ name: 'query', type: STRING, value: query }], { user: MOD });
  return String((await standin.reply(i)).body.content);
}

const files = () => readdirSync(dir).sort();
const buttonsOf = (body: Json) => ((body.components as { components: { label: string; custom_id: string }[] }[] | undefined) ?? []).flatMap((r) => r.components);

describe('/record add', () => {
  test('a moderator adds a web page by link: a private reply shows how it was read, with Remove and Looks right; it is answered from within seconds', async () => {
    const r = await run('add', [{ name: 'url', type: STRING, value: `${pages.base}/news/tram-depot` }], mod);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    const lines = r.content.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '**Added 2025-04-17-lakeside-council-votes-to-reopen-the-old-tram-depot** from the link, read as a web page: the article kept, navigation, captions and ads dropped.',
      'Title: Lakeside council votes to reopen the old tram depot',
      'Date: 2025-04-17 · Source: Lakeside Courier',
      `URL: <${pages.base}/news/tram-depot>`,
      'Read as 8 paragraphs, 11 sentences.',
    ]);
    expect(lines).toContain('> Lakeside council votes to reopen the old tram depot — ¶0.1');
    expect(lines).toContain('**What it found**');
    expect(r.content).not.toMatch(/Subscribe|ADVERTISEMENT|Sponsored|Photo: Jonas Berg|Related stories|All rights reserved/u);
    // The reply waits (up to 5 s) until the running bot serves the new version: "now", not "shortly".
    expect(r.content).toContain('It is in the record now: ask about it.');
    expect(buttonsOf(r.body).map((b) => b.label)).toEqual(['Remove', 'Looks right']);
    const answer = await ask('tram depot workshop heritage');
    expect(answer).toContain('2025-04-17-lakeside-council-votes-to-reopen-the-old-tram-depot ¶2.1');
    expect(files()).toEqual(['2025-04-17-lakeside-council-votes-to-reopen-the-old-tram-depot.txt', 'riverton-ferry.txt']);
  });

  test('a moderator adds an attached .html file; "Looks right" closes the check', async () => {
    const a = attachment('library.html', `${pages.base}/blog/library`, 2_000, 'text/html');
    const r = await run('add', [a.option, { name: 'title', type: STRING, value: 'Northgate library opens on Sundays' }], { ...mod, resolved: a.resolved });
    expect(r.content.split('\n').slice(0, 3)).toEqual([
      '**Added library** from the file library.html, read as a web page: the article kept, navigation, captions and ads dropped.',
      'Title: Northgate library opens on Sundays',
      'Date: 2024-11-02',
    ]);
    expect(await ask('Sunday opening library volunteers')).toContain('library ¶');
    const ok = buttonsOf(r.body).find((b) => b.label === 'Looks right');
    const msg = standin.messageWith(r.body.content);
    const click = standin.button(ok?.custom_id ?? '', msg, mod);
    const updated = await standin.reply(click);
    expect(updated.type).toBe(7);
    expect(String(updated.body.content).endsWith('\n\n✔ Checked by Mara.')).toBe(true);
    expect(updated.body.components).toEqual([]);
  });

  test('a name clash asks for replace and writes nothing', async () => {
    const a = attachment('library.html', `${pages.base}/blog/library`, 2_000, 'text/html');
    const r = await run('add', [a.option], { ...mod, resolved: a.resolved });
    expect(r.content).toBe(
      '❌ Nothing was changed: a document named library is already in the record (“Northgate library opens on Sundays”). To put this one in its place, use replace with document library; to keep both, give this one another title.',
    );
    expect(files()).toEqual(['2025-04-17-lakeside-council-votes-to-reopen-the-old-tram-depot.txt', 'library.txt', 'riverton-ferry.txt']);
  });
});

describe('refusals: nothing is written', () => {
  const expectRefused = async (options: Json[], reason: string, extra: Partial<Parameters<DiscordStandIn['chatInput']>[2]> = {}) => {
    const was = files();
    const r = await run('add', options, { ...mod, ...extra });
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(r.content).toBe(`❌ Nothing was changed: ${reason}.`);
    expect(files()).toEqual(was);
  };

  test('a member without Manage Server is refused with the permission named, even though the command reached them', async () => {
    const was = files();
    const r = await run('add', [{ name: 'url', type: STRING, value: `${pages.base}/news/tram-depot` }], { user: MEMBER });
    expect(r.content).toBe('❌ You need the Manage Server permission in this server to change the record (or your user id in RECORD_EDITORS).');
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    const rm = await run('remove', [{ name: 'document', type: STRING, value: 'riverton-ferry' }], { user: MEMBER });
    expect(rm.content).toBe('❌ You need the Manage Server permission in this server to change the record (or your user id in RECORD_EDITORS).');
    expect(files()).toEqual(was);
  });

  test('a user in RECORD_EDITORS may, even in a DM', async () => {
    const r = await run('list', [], { user: EDITOR, dm: true });
    expect(r.content.split('\n').filter((l) => l.startsWith('**'))).toEqual(['**Latest changes**', '**The record: 3 documents**']);
  });

  test('a link to a private address (the local server without the allow list is covered in the unit tests): 10.0.0.1, localhost names, metadata', async () => {
    await expectRefused([{ name: 'url', type: STRING, value: 'http://10.0.0.1/wiki' }], 'the link was not read: 10.0.0.1 is a private address; links must lead to the public internet');
    await expectRefused([{ name: 'url', type: STRING, value: 'http://[::1]/' }], 'the link was not read: ::1 is a loopback address; links must lead to the public internet');
    await expectRefused(
      [{ name: 'url', type: STRING, value: 'http://169.254.169.254/latest/meta-data/' }],
      'the link was not read: 169.254.169.254 is a link-local (cloud metadata) address; links must lead to the public internet',
    );
  });

  test('a redirect to the metadata address', async () => {
    await expectRefused(
      [{ name: 'url', type: STRING, value: `${pages.base}/to-metadata` }],
      'the link was not read: 169.254.169.254 is a link-local (cloud metadata) address; links must lead to the public internet',
    );
  });

  test('an oversized page, a page of the wrong type', async () => {
    await expectRefused([{ name: 'url', type: STRING, value: `${pages.base}/big` }], 'the link was not read: the page is larger than the 5.0 MB limit');
    await expectRefused(
      [{ name: 'url', type: STRING, value: `${pages.base}/image.png` }],
      'the link was not read: the link is image/png, not a web page or text (accepted: text/html, application/xhtml+xml, text/plain, text/markdown)',
    );
  });

  test('a binary file, a file of the wrong kind, an oversized file by its declared size, no file and no link', async () => {
    const bin = attachment('report.txt', `${pages.base}/files/binary.txt`, 9);
    await expectRefused([bin.option], 'the file cannot be read as text: binary file (NUL bytes, first at byte 3)', { resolved: bin.resolved });
    const exe = attachment('setup.exe', `${pages.base}/files/binary.txt`, 9);
    await expectRefused([exe.option], 'only .txt, .md, .html, .htm files can be added, not “setup.exe”', { resolved: exe.resolved });
    const huge = attachment('huge.txt', `${pages.base}/files/notes.txt`, 6 * 1024 * 1024);
    await expectRefused([huge.option], 'the file is too large: 6 MB (limit 5 MB)', { resolved: huge.resolved });
    const was = files();
    const none = await run('add', [], mod);
    expect(none.content).toBe('❌ Attach a file (.txt, .md or .html) or give a url.');
    expect(files()).toEqual(was);
  });
});

describe('/record replace, remove, list, and the digest', () => {
  test('replace puts a new version in place under the same name; remove takes one out; the Remove button removes what was added', async () => {
    const notes = attachment('notes.txt', `${pages.base}/files/notes.txt`, 80);
    const r = await run('replace', [{ name: 'document', type: STRING, value: 'library' }, notes.option], { ...mod, resolved: notes.resolved });
    expect(r.content.split('\n')[0]).toBe('**Replaced library** from the file notes.txt, read as text, as written.');
    expect(live.current.doc('library')?.title).toBe('Harbour notes');
    expect(await ask('late crossing ferry board')).toContain('library ¶1.1');

    const gone = await run('remove', [{ name: 'document', type: STRING, value: 'riverton-ferry' }], mod);
    expect(gone.content).toBe('Removed riverton-ferry (*Riverton council and port authority agree to restore the night ferry*) from the record. The change is logged and the next digest says so.');
    expect(live.current.doc('riverton-ferry')).toBe(undefined);

    const added = await run('add', [{ name: 'url', type: STRING, value: `${pages.base}/blog/library` }, { name: 'title', type: STRING, value: 'Library hours' }], mod);
    const remove = buttonsOf(added.body).find((b) => b.label === 'Remove');
    const click = standin.button(remove?.custom_id ?? '', standin.messageWith(added.body.content), mod);
    const after = await standin.reply(click);
    expect(String(after.body.content).split('\n').at(-1)).toBe('🗑 Removed again by Mara: 2024-11-02-library-hours is no longer in the record.');
    expect(files()).toEqual(['2025-04-17-lakeside-council-votes-to-reopen-the-old-tram-depot.txt', 'library.txt']);
  });

  test('the document option suggests documents of the record by id or title', async () => {
    const i = standin.autocomplete('record', [{ name: 'remove', type: SUB, options: [{ name: 'document', type: STRING, value: 'tram', focused: true }] }], mod);
    const body = (await standin.callback(i)).body as { data: { choices: { name: string; value: string }[] } };
    expect(body.data.choices).toEqual([
      {
        // Cut by the router to Discord's 100 characters, at a word.
        name: '2025-04-17-lakeside-council-votes-to-reopen-the-old-tram-depot — Lakeside council votes to reopen…',
        value: '2025-04-17-lakeside-council-votes-to-reopen-the-old-tram-depot',
      },
    ]);
  });

  test('/record list shows who added each document and the change log', async () => {
    const r = await run('list', [], mod);
    const lines = r.content.split('\n').map((l) => l.replace(/\d{4}-\d\d-\d\d \d\d:\d\d UTC/gu, 'TIME'));
    expect(lines).toEqual([
      '**Latest changes**',
      '• TIME · removed 2024-11-02-library-hours by Mara',
      `• TIME · added 2024-11-02-library-hours by Mara (from ${pages.base}/blog/library)`,
      '• TIME · removed riverton-ferry by Mara',
      '• TIME · replaced library by Mara (from notes.txt)',
      '• TIME · added library by Mara (from library.html)',
      `• TIME · added 2025-04-17-lakeside-council-votes-to-reopen-the-old-tram-depot by Mara (from ${pages.base}/news/tram-depot)`,
      '',
      '**The record: 2 documents**',
      '• 2025-04-17-lakeside-council-votes-to-reopen-the-old-tram-depot: *Lakeside council votes to reopen the old tram depot* — added by Mara on TIME',
      '• library: *Harbour notes* — replaced by Mara on TIME',
    ]);
  });

  test('the next digest announces what was added, replaced and removed, with who did it', () => {
    const changes = new ChangeLog(db, createLogger({ level: 'silent', token: null }))
      .since(new Date(started.getTime() - 1))
      .map((c) => ({ doc: c.doc, action: c.action, by: c.userName }));
    const plan = planDigest({ corpus: live.current, previous: before, now: new Date(), timezone: 'UTC', topic: null, changes });
    const text = renderDigest(plan, { slot: new Date(), timezone: 'UTC', late: false, topic: null, previousAt: started }).join('\n');
    expect(text).toContain('__**New in the record**__');
    expect(text.split('\n').filter((l) => l.startsWith('↳') || l.startsWith('•'))).toEqual([
      '↳ added by Mara',
      '↳ replaced by Mara',
      '• *Riverton council and port authority agree to restore the night ferry* (riverton-ferry) — removed by Mara',
    ]);
  });
});
