import { execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runDeploy, USAGE } from '../../src/discord/deploy.js';
import { commandDefinitions } from '../../src/discord/registry.js';
import { DiscordStandIn } from './standin.js';

let s: DiscordStandIn;
beforeAll(async () => {
  s = await new DiscordStandIn().start();
});
afterAll(async () => {
  await s?.close();
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { log: (l: string) => out.push(l), error: (l: string) => err.push(l) } };
}

const env = () => ({ DISCORD_TOKEN: s.token, DISCORD_API_BASE: s.apiBase, DISCORD_GUILD_ID: s.guildId });
const names = () => commandDefinitions().map((d) => `/${d.name}`);

test('deploy, list and clear a guild’s commands; the application id is read from the token', async () => {
  const c = capture();
  expect(await runDeploy(['deploy'], env(), c.io)).toBe(0);
  expect(c.out).toEqual([`Registered ${names().length} commands for server ${s.guildId}: ${names().join(' ')}`]);
  // The stand-in's token starts with the application id in base64, as Discord's do.
  expect(s.requests.filter((r) => r.path.endsWith('/applications/@me')).length).toBe(0);
  expect(s.commands.get(s.guildId)?.length).toBe(names().length);

  const l = capture();
  expect(await runDeploy(['list'], env(), l.io)).toBe(0);
  expect(l.out[0]).toBe(`${names().length} commands registered for server ${s.guildId}`);
  expect(l.out.slice(1).map((line) => line.split('  ')[0])).toEqual(names());

  const x = capture();
  expect(await runDeploy(['clear'], env(), x.io)).toBe(0);
  expect(x.out).toEqual([`Removed every command for server ${s.guildId}`]);
  expect(s.commands.get(s.guildId)).toEqual([]);
});

test('a token that does not carry the id: it is asked of Discord', async () => {
  const opaque = await new DiscordStandIn({ token: 'opaque-token-for-tests' }).start();
  try {
    const c = capture();
    expect(await runDeploy(['list'], { DISCORD_TOKEN: opaque.token, DISCORD_API_BASE: opaque.apiBase }, c.io)).toBe(0);
    expect(c.out).toEqual(['0 commands registered for all servers and DMs (global; may take up to an hour to show)']);
    expect(opaque.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /applications/@me', `GET /applications/${opaque.applicationId}/commands`]);
  } finally {
    await opaque.close();
  }
});

test('--global registers everywhere', async () => {
  const c = capture();
  expect(await runDeploy(['deploy', '--global'], env(), c.io)).toBe(0);
  expect(s.commands.get('global')?.map((d) => `/${String(d.name)}`)).toEqual(names());
});

test('bad usage, a missing token and a bad key are clear errors', async () => {
  const a = capture();
  expect(await runDeploy(['publish'], env(), a.io)).toBe(2);
  expect(a.err).toEqual([USAGE]);
  const b = capture();
  expect(await runDeploy(['list'], {}, b.io)).toBe(1);
  expect(b.err).toEqual(['OnRecord commands: DISCORD_TOKEN must be set (the bot token from the Bot page of your application).']);
  const c = capture();
  expect(await runDeploy(['list'], { ...env(), DISCORD_GUILD_ID: 'nope' }, c.io)).toBe(1);
  expect(c.err).toEqual(['OnRecord commands: OnRecord configuration: DISCORD_GUILD_ID must be a Discord server id (17–20 digits)']);
});

test('a rejected token is reported without the token', async () => {
  const c = capture();
  const bad = `${s.token}x`;
  expect(await runDeploy(['list'], { ...env(), DISCORD_TOKEN: bad, DISCORD_CLIENT_ID: s.applicationId }, c.io)).toBe(1);
  expect(c.err.join('\n')).not.toContain(bad);
  expect(c.err[0]?.startsWith('OnRecord commands: ')).toBe(true);
});

/** Starting tsx takes a few seconds of CPU: 15 s on a machine no busier than its cores, more under load (as tests/cli/build.test.ts). */
const ENTRY_BUDGET = Math.round(15_000 * Math.max(1, os.loadavg()[0]! / os.availableParallelism()));

test('npm run commands runs the script as an entry point', async () => {
  const run = promisify(execFile);
  const { stdout } = await run('npx', ['tsx', 'src/discord/deploy.ts', 'list'], { env: { ...process.env, ...env(), DOTENV_CONFIG_PATH: '/nonexistent' } });
  expect(stdout.split('\n')[0]).toMatch(/^\d+ commands? registered for server \d+$/);
}, ENTRY_BUDGET);
