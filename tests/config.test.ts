import { describe, expect, test } from 'vitest';
import { ConfigError, clientIdFromToken, parseConfig, redactToken } from '../src/config.js';
import { createLogger } from '../src/log.js';

const APP_ID = '123456789012345678';
const TOKEN = `${Buffer.from(APP_ID).toString('base64url')}.GhIjKl.secret-part-of-the-token_xyz`;

describe('parseConfig', () => {
  test('an empty environment is console mode with defaults', () => {
    expect(parseConfig({})).toEqual({
      token: null,
      clientId: null,
      guildId: null,
      apiBase: null,
      knowledgeDir: './knowledge',
      knowledgeStableMs: 2_000,
      dataDir: './data',
      logLevel: 'info',
      recordEditors: [],
      recordUrlAllow: [],
      shards: null,
      shard: null,
      meaning: 'auto',
    });
  });

  test('blank values (KEY= in .env) count as unset', () => {
    expect(parseConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ', KNOWLEDGE_DIR: '', LOG_LEVEL: '' })).toEqual(parseConfig({}));
  });

  test('every key is read; the client id comes from the token when not given; the API base loses its trailing slash', () => {
    expect(
      parseConfig({
        DISCORD_TOKEN: TOKEN,
        DISCORD_GUILD_ID: '876543210987654321',
        DISCORD_API_BASE: 'http://127.0.0.1:5050/api/',
        KNOWLEDGE_DIR: '/srv/record',
        KNOWLEDGE_STABLE_MS: '5000',
        DATA_DIR: '/srv/data',
        LOG_LEVEL: 'DEBUG',
        RECORD_EDITORS: '200000000000000001, 200000000000000002,',
        RECORD_URL_ALLOW: 'Wiki.Intranet.example, 127.0.0.1,[::1]',
        SHARDS: '4',
        MEANING: ' OFF ',
        UNRELATED: 'ignored',
      }),
    ).toEqual({
      token: TOKEN,
      clientId: APP_ID,
      guildId: '876543210987654321',
      apiBase: 'http://127.0.0.1:5050/api',
      knowledgeDir: '/srv/record',
      knowledgeStableMs: 5_000,
      dataDir: '/srv/data',
      logLevel: 'debug',
      recordEditors: ['200000000000000001', '200000000000000002'],
      recordUrlAllow: ['wiki.intranet.example', '127.0.0.1', '::1'],
      shards: 4,
      shard: null,
      meaning: 'off',
    });
  });

  test('KNOWLEDGE_STABLE_MS must be whole milliseconds from 100 to 600000', () => {
    for (const bad of ['50', '2.5', 'two seconds', '700000']) {
      expect(() => parseConfig({ KNOWLEDGE_STABLE_MS: bad })).toThrow('OnRecord configuration: KNOWLEDGE_STABLE_MS must be a whole number of milliseconds from 100 to 600000, e.g. 2000');
    }
  });

  test('SHARDS is a number of shards or auto; in a process the sharding manager started it is that process\'s shard', () => {
    expect(parseConfig({ SHARDS: 'Auto' }).shards).toBe('auto');
    expect(parseConfig({ SHARDS: ' 2 ' }).shards).toBe(2);
    for (const bad of ['0', '-1', 'two', '1.5', '1025']) {
      expect(() => parseConfig({ SHARDS: bad })).toThrow('SHARDS must be a number of shards (1 to 1024) or auto');
    }
    // discord.js starts each shard process with SHARDING_MANAGER=true, SHARDS=<id>, SHARD_COUNT=<n>.
    const child = parseConfig({ SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' });
    expect([child.shards, child.shard]).toEqual([null, { id: 1, count: 2 }]);
    expect(() => parseConfig({ SHARDING_MANAGER: 'true', SHARDS: '2', SHARD_COUNT: '2' })).toThrow(
      'SHARDS and SHARD_COUNT (set by the sharding manager) must be a shard id below the shard count, not 2 of 2',
    );
  });

  test('DISCORD_CLIENT_ID wins over the token; a token that does not carry an id leaves it null', () => {
    expect(parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '111111111111111111' }).clientId).toBe('111111111111111111');
    expect(parseConfig({ DISCORD_TOKEN: 'not-a-real.token' }).clientId).toBe(null);
    expect(clientIdFromToken('bm90LWFuLWlk.x.y')).toBe(null);
  });

  test('each bad key is named with what it expects, all at once, and the token is never echoed', () => {
    let error: unknown;
    try {
      parseConfig({
        DISCORD_TOKEN: 'has a space secret',
        DISCORD_GUILD_ID: 'my-server',
        DISCORD_API_BASE: 'localhost:8080',
        RECORD_EDITORS: '200000000000000001,alice',
        RECORD_URL_ALLOW: 'http://wiki.example',
        LOG_LEVEL: 'loud',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'DISCORD_TOKEN must be a bot token without spaces (from the Bot page of the application)',
      'DISCORD_GUILD_ID must be a Discord server id (17–20 digits)',
      'DISCORD_API_BASE must be an http(s) URL such as http://127.0.0.1:8080/api',
      'RECORD_EDITORS.1 must be a comma-separated list of Discord user ids (17–20 digits each)',
      'RECORD_URL_ALLOW.0 must be a comma-separated list of host names or IP addresses (no scheme, no port)',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    ]);
    expect((error as Error).message).toBe(`OnRecord configuration: ${(error as ConfigError).problems.join('; ')}`);
    expect((error as Error).message).not.toContain('secret');
  });
});

describe('the token stays secret', () => {
  test('redactToken replaces every occurrence', () => {
    expect(redactToken(`GET /x?t=${TOKEN} and ${TOKEN}`, TOKEN)).toBe('GET /x?t=[redacted] and [redacted]');
    expect(redactToken('nothing here', null)).toBe('nothing here');
  });

  test('log lines never contain it, whether in a field, a message or an error', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', token: TOKEN, sink: { write: (l: string) => lines.push(l) } });
    log.info({ token: TOKEN }, 'field');
    log.info(`message with ${TOKEN}`);
    log.error({ err: new Error(`failed for Bot ${TOKEN}`) }, 'error');
    log.debug('below the level');
    expect(lines.length).toBe(3);
    expect(lines.join('')).not.toContain(TOKEN);
    const parsed = lines.map((l) => JSON.parse(l) as { msg: string; token?: string; err?: { message: string } });
    expect(parsed[0]?.token).toBe('[redacted]');
    expect(parsed[1]?.msg).toBe('message with [redacted]');
    expect(parsed[2]?.err?.message).toBe('failed for Bot [redacted]');
  });
});
