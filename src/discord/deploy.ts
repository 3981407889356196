/**
 * `npm run commands -- deploy|list|clear [--global]`: register, show or remove the slash
 * commands by hand. Reads the same registry as the bot, and the same environment keys
 * (DISCORD_TOKEN, DISCORD_CLIENT_ID, DISCORD_GUILD_ID, DISCORD_API_BASE).
 */
import { REST, Routes } from 'discord.js';
import { config as loadEnv } from 'dotenv';
import { pathToFileURL } from 'node:url';
import { ConfigError, parseConfig, redactToken } from '../config.js';
import { commandDefinitions } from './registry.js';
import { commandsRoute } from './sync.js';

export const USAGE = 'usage: npm run commands -- deploy|list|clear [--global]';

interface Out {
  log(line: string): void;
  error(line: string): void;
}

/** Runs one action; returns the process exit code. Pure apart from the REST calls and `out`. */
export async function runDeploy(args: readonly string[], env: Readonly<Record<string, string | undefined>>, out: Out): Promise<number> {
  const action = args.find((a) => !a.startsWith('-'));
  if (action !== 'deploy' && action !== 'list' && action !== 'clear') {
    out.error(USAGE);
    return 2;
  }
  let token: string | null = null;
  try {
    const config = parseConfig(env);
    token = config.token;
    if (!config.token) {
      out.error('OnRecord commands: DISCORD_TOKEN must be set (the bot token from the Bot page of your application).');
      return 1;
    }
    const rest = new REST({ version: '10', ...(config.apiBase ? { api: config.apiBase } : {}) }).setToken(config.token);
    const applicationId = config.clientId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
    const guildId = args.includes('--global') ? null : config.guildId;
    const route = commandsRoute(applicationId, guildId);
    const scope = guildId ? `server ${guildId}` : 'all servers and DMs (global; may take up to an hour to show)';
    if (action === 'list') {
      const list = (await rest.get(route)) as Array<{ id: string; name: string; description: string }>;
      out.log(`${list.length} command${list.length === 1 ? '' : 's'} registered for ${scope}`);
      for (const c of list) out.log(`/${c.name}  ${c.description}  (id ${c.id})`);
      return 0;
    }
    const body = action === 'deploy' ? commandDefinitions() : [];
    const saved = (await rest.put(route, { body })) as Array<{ name: string }>;
    out.log(action === 'deploy' ? `Registered ${saved.length} commands for ${scope}: ${saved.map((c) => `/${c.name}`).join(' ')}` : `Removed every command for ${scope}`);
    return 0;
  } catch (error) {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    out.error(redactToken(`OnRecord commands: ${message}`, token));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  loadEnv({ quiet: true });
  process.exitCode = await runDeploy(process.argv.slice(2), process.env, { log: (l) => console.log(l), error: (l) => console.error(l) });
}
