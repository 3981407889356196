import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/answer/types.js';
import { decodeButton, encodeButton, TextStore } from '../../src/discord/buttons.js';
import { Cooldown, cooldownMessage } from '../../src/discord/cooldown.js';
import { ApplicationCommandType } from 'discord.js';
import { commandDefinitions } from '../../src/discord/registry.js';
import { toChoices } from '../../src/discord/router.js';
import { sameDefinitions } from '../../src/discord/sync.js';
import { CUSTOM_ID_MAX_LENGTH } from '../../src/render/discord.js';

const OWNER = '123456789012345678';

describe('button custom ids', () => {
  test('a short query lives in the custom_id itself, so a fresh process can read it', () => {
    const id = encodeButton({ kind: 'more', command: 'who-said', page: 3, private: true, owner: OWNER, query: 'ferry | pier: again' }, new TextStore());
    expect(id).toBe(`or1|m|who-said|3|p|${OWNER}|=ferry | pier: again`);
    expect(decodeButton(id, new TextStore())).toEqual({ kind: 'more', command: 'who-said', page: 3, private: true, owner: OWNER, query: 'ferry | pier: again' });
  });

  test('a long query goes to the store; another process finds it expired', () => {
    const store = new TextStore();
    const query = 'word '.repeat(40).trim();
    const id = encodeButton({ kind: 'more', command: 'search', page: 1, private: false, owner: OWNER, query }, store);
    expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX_LENGTH);
    expect(id).toMatch(new RegExp(`^or1\\|m\\|search\\|1\\|s\\|${OWNER}\\|~[A-Za-z0-9_-]{12}$`));
    expect(decodeButton(id, store)).toEqual({ kind: 'more', command: 'search', page: 1, private: false, owner: OWNER, query });
    expect(decodeButton(id, new TextStore())).toEqual({ kind: 'expired', command: 'search' });
  });

  test('context and share', () => {
    const store = new TextStore();
    expect(encodeButton({ kind: 'context', cite: 'doc ¶2.1' }, store)).toBe('or1|c|=doc ¶2.1');
    expect(decodeButton('or1|c|=doc ¶2.1', store)).toEqual({ kind: 'context', cite: 'doc ¶2.1' });
    expect(encodeButton({ kind: 'share' }, store)).toBe('or1|s');
    expect(decodeButton('or1|s', store)).toEqual({ kind: 'share' });
  });

  test('foreign or malformed ids are not ours', () => {
    const store = new TextStore();
    expect(decodeButton('digest|x', store)).toBe(null);
    expect(decodeButton('or1|m|weather|1|s|1|=x', store)).toBe(null);
    expect(decodeButton('or1|m|when|x|s|1|=x', store)).toBe(null);
    expect(decodeButton('or1|z', store)).toBe(null);
  });

  test('the store forgets the least recently used text first', () => {
    const store = new TextStore(2);
    const a = store.put('a');
    const b = store.put('b');
    expect(store.get(a)).toBe('a'); // a is now fresher than b
    store.put('c');
    expect([store.get(a), store.get(b)]).toEqual(['a', undefined]);
  });

  test('property: every custom_id fits in 100 characters and decodes back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMMANDS), fc.nat(999), fc.boolean(), fc.string({ maxLength: 300 }), (command, page, priv, query) => {
        const store = new TextStore();
        const action = { kind: 'more' as const, command, page, private: priv, owner: OWNER, query };
        const id = encodeButton(action, store);
        return id.length <= CUSTOM_ID_MAX_LENGTH && JSON.stringify(decodeButton(id, store)) === JSON.stringify(action);
      }),
    );
  });
});

describe('toChoices', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `name ${i}`, value: `value ${i}` }));

  test('25 and 26 candidates give 25 choices, in order', () => {
    expect(toChoices(many(25), '').map((c) => c.value)).toEqual(many(25).map((c) => c.value));
    expect(toChoices(many(26), '').map((c) => c.value)).toEqual(many(25).map((c) => c.value));
  });

  test('names and values are cut to 100; blank names and repeated values are dropped', () => {
    const out = toChoices(
      [
        { name: `${'a'.repeat(120)}`, value: `${'b '.repeat(70)}` },
        { name: '  ', value: 'blank' },
        { name: 'again', value: `${'b '.repeat(70)}` },
        { name: 'ok', value: 'ok' },
      ],
      'x',
    );
    expect(out).toEqual([
      { name: `${'a'.repeat(99)}…`, value: 'b '.repeat(50).trim() },
      { name: 'ok', value: 'ok' },
    ]);
  });

  test('no candidates: the typed text is the one choice; nothing typed: none', () => {
    expect(toChoices([], '  my own words ')).toEqual([{ name: 'my own words', value: 'my own words' }]);
    expect(toChoices([], '   ')).toEqual([]);
  });
});

describe('sameDefinitions', () => {
  const local = commandDefinitions();
  /** What Discord echoes back: our fields plus its own, and `required: false` omitted. */
  const echoed = () =>
    local.map((d, i) => ({
      id: String(1000 + i),
      application_id: '1',
      version: '7',
      default_member_permissions: null,
      nsfw: false,
      ...(JSON.parse(JSON.stringify(d)) as Record<string, unknown>),
      options: ('options' in d ? (d.options ?? []) : []).map((o) => {
        const { required, ...rest } = o as { required?: boolean };
        return required ? { ...rest, required } : rest;
      }),
    })) as Array<Record<string, unknown>>;

  test('Discord’s echo of our commands counts as the same', () => {
    expect(sameDefinitions(local, echoed())).toBe(true);
  });

  test('a changed description, a missing command or an extra one counts as changed', () => {
    const changed = echoed();
    (changed[0] as { description: string }).description = 'older text';
    expect(sameDefinitions(local, changed)).toBe(false);
    expect(sameDefinitions(local, echoed().slice(1))).toBe(false);
    expect(sameDefinitions(local, [...echoed(), { name: 'old-command' }])).toBe(false);
  });
});

describe('Cooldown', () => {
  test('allows `limit` per window per user, then says how long to wait', () => {
    let now = 1_000;
    const c = new Cooldown(2, 10_000, () => now);
    expect([c.take('a'), c.take('a'), c.take('b')]).toEqual([0, 0, 0]);
    now += 4_000;
    expect(c.take('a')).toBe(6_000);
    now += 6_000;
    expect(c.take('a')).toBe(0);
  });

  test('the message rounds up to whole seconds', () => {
    expect(cooldownMessage(6_000)).toBe("You're asking faster than I can keep up. Please wait 6 seconds and try again.");
    expect(cooldownMessage(200)).toBe("You're asking faster than I can keep up. Please wait 1 second and try again.");
  });
});

describe('command definitions are within Discord’s limits', () => {
  interface Opt {
    name: string;
    description: string;
    options?: Opt[];
    choices?: Array<{ name: string }>;
    max_length?: number;
  }
  // Slash commands; message commands (type 3) have a display name and no description, below.
  const all = commandDefinitions().filter((c) => (c.type ?? ApplicationCommandType.ChatInput) === ApplicationCommandType.ChatInput) as unknown as Opt[];
  const walk = (o: Opt, visit: (o: Opt) => void): void => {
    visit(o);
    for (const child of o.options ?? []) walk(child, visit);
  };
  const size = (o: Opt): number => o.name.length + o.description.length + (o.choices ?? []).reduce((n, c) => n + c.name.length, 0) + (o.options ?? []).reduce((n, c) => n + size(c), 0);

  test.each(all.map((c) => [c.name, c] as const))('/%s', (_name, command) => {
    walk(command, (o) => {
      // Names: 1–32 lowercase word characters or dashes; descriptions 1–100; at most 25 options.
      expect(o.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(o.description.length).toBeGreaterThanOrEqual(1);
      expect(o.description.length).toBeLessThanOrEqual(100);
      expect((o.options ?? []).length).toBeLessThanOrEqual(25);
      if (o.max_length !== undefined) expect(o.max_length).toBeLessThanOrEqual(6_000);
    });
    // Names, descriptions and choice names together: at most 4000 characters per command.
    expect(size(command)).toBeLessThanOrEqual(4_000);
  });

  test('message commands: a display name of 1–32 characters, no description or options', () => {
    const menus = commandDefinitions().filter((c) => c.type === ApplicationCommandType.Message);
    expect(menus.map((c) => [c.name, 'description' in c, 'options' in c])).toEqual([['Check in the record', false, false]]);
  });

  test('every command says where it may be used', () => {
    for (const c of commandDefinitions()) {
      expect([c.name, (c.contexts ?? []).length > 0, (c.integration_types ?? []).length > 0]).toEqual([c.name, true, true]);
    }
  });
});
