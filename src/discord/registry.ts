import type { RESTPostAPIApplicationCommandsJSONBody, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { checkMessageCommand } from './commands/check.js';
import { digestData } from './commands/digest.js';
import { recordEditData } from './commands/editing.js';
import { recordCommands } from './commands/record.js';
import type { CommandModule, MessageCommandModule } from './types.js';

/**
 * The one list of commands. The router serves it and the deploy script registers it, so the two
 * cannot drift apart. A new command is one module plus one line here; a command whose handler
 * needs services built at start-up (storage, a scheduler) is passed to `startBot` as
 * `extraCommands` and its definition listed in `EXTRA_DEFINITIONS` so `npm run commands` sees it.
 */
export const CORE_COMMANDS: readonly CommandModule[] = [...recordCommands];

/** Message commands (a message's Apps menu), registered and routed with the others. */
export const MESSAGE_COMMANDS: readonly MessageCommandModule[] = [checkMessageCommand];

/** Definitions of commands whose modules are built at start-up (add one line per command). */
export const EXTRA_DEFINITIONS: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[] = [digestData, recordEditData];

/** Modules by name; a later module with the same name is a programming error. */
export function buildRegistry(extra: readonly CommandModule[] = []): ReadonlyMap<string, CommandModule> {
  const map = new Map<string, CommandModule>();
  for (const m of [...CORE_COMMANDS, ...extra]) {
    if (map.has(m.data.name)) throw new Error(`OnRecord registry: command /${m.data.name} is defined twice`);
    map.set(m.data.name, m);
  }
  return map;
}

/** What gets registered with Discord: every module's definition plus the extra definitions, then the message commands. */
export function commandDefinitions(extra: readonly CommandModule[] = []): RESTPostAPIApplicationCommandsJSONBody[] {
  const byName = new Map<string, RESTPostAPIChatInputApplicationCommandsJSONBody>();
  for (const d of EXTRA_DEFINITIONS) byName.set(d.name, d);
  for (const m of buildRegistry(extra).values()) byName.set(m.data.name, m.data);
  return [...byName.values(), ...MESSAGE_COMMANDS.map((m) => m.data)];
}
