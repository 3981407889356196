import { Routes, type REST, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';

/** Where commands live: one server (instant, for development) or everywhere (global). */
export function commandsRoute(applicationId: string, guildId: string | null): `/${string}` {
  return guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
}

/**
 * True when what Discord has registered says the same as our definitions. Discord echoes extra
 * fields (ids, versions, defaults such as `required: false`), so only the keys we define are
 * compared, recursively; a missing remote value equals our `false` or empty list.
 */
export function sameDefinitions(local: readonly RESTPostAPIApplicationCommandsJSONBody[], remote: readonly unknown[]): boolean {
  if (local.length !== remote.length) return false;
  const byName = new Map<string, unknown>();
  for (const r of remote) {
    if (r && typeof r === 'object' && 'name' in r) byName.set(String(r.name), r);
  }
  return local.every((l) => byName.has(l.name) && covers(l, byName.get(l.name)));
}

function covers(ours: unknown, theirs: unknown): boolean {
  if (Array.isArray(ours)) {
    if (ours.length === 0 && (theirs === undefined || theirs === null)) return true;
    if (!Array.isArray(theirs) || theirs.length !== ours.length) return false;
    return ours.every((o, i) => covers(o, theirs[i]));
  }
  if (ours && typeof ours === 'object') {
    if (!theirs || typeof theirs !== 'object') return false;
    return Object.entries(ours).every(([k, v]) => v === undefined || covers(v, (theirs as Record<string, unknown>)[k]));
  }
  if (ours === false && (theirs === undefined || theirs === null)) return true;
  return ours === theirs;
}

export type SyncOutcome = 'unchanged' | 'updated';

/** Register the definitions if Discord's copy differs (one GET; one PUT only when needed). */
export async function syncCommands(
  rest: REST,
  applicationId: string,
  guildId: string | null,
  definitions: readonly RESTPostAPIApplicationCommandsJSONBody[],
): Promise<SyncOutcome> {
  const route = commandsRoute(applicationId, guildId);
  const remote = (await rest.get(route)) as unknown[];
  if (sameDefinitions(definitions, remote)) return 'unchanged';
  await rest.put(route, { body: definitions });
  return 'updated';
}
