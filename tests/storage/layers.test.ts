import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const STORAGE = fileURLToPath(new URL('../../src/storage/', import.meta.url));

it('storage imports nothing from the layers above it (rows are validated by the schemas they are handed)', () => {
  const upward = readdirSync(STORAGE)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => [...readFileSync(STORAGE + f, 'utf8').matchAll(/from '(\.\.\/[^']+)'/g)].map((m) => `${f}: ${m[1]}`));
  expect(upward).toEqual([]);
});
