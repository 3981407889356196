/**
 * The tagger's model is required when something first tags, not when nlp.ts is imported: a
 * restart that reads every fact from the cache does not load it (about 75 MB) before a question needs it.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('loads the wink model on the first tag() call, not on import', () => {
  const script = `
    import { createRequire } from 'node:module';
    const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('wink-eng-lite-web-model'));
    const { tag } = await import('./src/understand/nlp.ts');
    const before = loaded();
    const tokens = tag('Talks resumed on Tuesday.').tokens.map((t) => t.pos);
    console.log(JSON.stringify([before, loaded(), tokens]));
  `;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect([run.status, run.stderr]).toEqual([0, '']);
  expect(JSON.parse(run.stdout) as unknown).toEqual([false, true, ['PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT']]);
}, 30_000);
