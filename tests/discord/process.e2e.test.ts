/**
 * The bot as users start it: `src/index.ts` (what `npm start` runs) in its own process with the
 * environment keys of the README, against the stand-in. Proves the composition root wires
 * config → record → Discord, answers a command, keeps the token out of the logs, and shuts down
 * cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ALICE } from './harness.js';
import { DiscordStandIn } from './standin.js';

let standin: DiscordStandIn | null = null;
afterEach(async () => {
  await standin?.close();
  standin = null;
});

describe('npm start with DISCORD_TOKEN', () => {
  it('connects through DISCORD_API_BASE, answers /when, and exits 0 on SIGTERM', async () => {
    standin = await new DiscordStandIn().start();
    const dataDir = mkdtempSync(path.join(tmpdir(), 'onrecord-process-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: standin.token,
        DISCORD_API_BASE: standin.apiBase,
        DISCORD_GUILD_ID: standin.guildId,
        KNOWLEDGE_DIR: 'tests/fixtures/newsroom',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'debug',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    // Registration to the guild shows the process got through config, record and login.
    await standin.waitFor((r) => r.method === 'PUT' && r.path.includes(`/guilds/${standin!.guildId}/commands`), 20_000);
    await standin.waitForGateway((e) => e.op === 2, 20_000);
    const interaction = standin.chatInput('when', [{ name: 'event', type: 3, value: 'negotiators met in Brussels' }], { user: ALICE });
    const reply = await standin.reply(interaction, 10_000);
    const content = String((reply.body as { content?: unknown }).content ?? (reply.body as { data?: { content?: unknown } }).data?.content);
    expect(content).toContain('2021-03-03');
    expect(content).toContain('2021-03-12-harbor-data ¶3.1');

    const stoppingAt = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - stoppingAt).toBeLessThan(5_000);
    expect(stderr).toContain('OnRecord is online');
    expect(stderr).not.toContain(standin.token);
  }, 45_000);
});
