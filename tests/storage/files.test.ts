import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { readJsonFile, writeFileAtomic } from '../../src/storage/files.js';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'onrecord-files-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it('writes whole files; a torn one (cut anywhere) reads as corrupt, never as data', () => {
  const dir = temp();
  const file = join(dir, 'cache.json');
  const body = JSON.stringify({ version: 1, entries: [{ a: 'x'.repeat(50) }, { b: [1, 2, 3] }] });
  writeFileAtomic(file, body);
  expect(readJsonFile(file)).toEqual({ ok: true, json: JSON.parse(body) as unknown });
  for (let cut = 0; cut < body.length; cut += 7) {
    writeFileSync(file, body.slice(0, cut));
    expect([cut, readJsonFile(file)]).toEqual([cut, { ok: false, why: 'corrupt' }]);
  }
  writeFileSync(file, Buffer.alloc(64)); // a power cut can leave zeros where the data was
  expect(readJsonFile(file)).toEqual({ ok: false, why: 'corrupt' });
});

it('a failed write leaves no temporary file behind and the previous file as it was', () => {
  const dir = temp();
  const file = join(dir, 'cache.json');
  writeFileAtomic(file, '{"old":true}');
  // A folder in the way of the rename: the write fails after the temporary file was written.
  const blocked = join(dir, 'blocked.json');
  mkdirSync(blocked);
  writeFileSync(join(blocked, 'x'), '');
  expect(() => writeFileAtomic(blocked, '{"new":true}')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
  expect(readdirSync(dir).sort()).toEqual(['blocked.json', 'cache.json']);
  expect(readFileSync(file, 'utf8')).toBe('{"old":true}');
});

it('a DATA_DIR that cannot hold files (a file where the folder should be) fails the write, and nothing is created', () => {
  const dir = temp();
  writeFileSync(join(dir, 'data'), 'not a folder');
  expect(() => writeFileAtomic(join(dir, 'data', 'cache', 'x.json'), '{}')).toThrow(/EEXIST|ENOTDIR/);
  expect(readdirSync(dir)).toEqual(['data']);
});

it('writes a file given in parts (strings and bytes, in order), so a large file need not be one string', () => {
  const dir = temp();
  const file = join(dir, 'facts.jsonl');
  function* parts(): Generator<string | Buffer> {
    yield '{"head":1}\n';
    yield* ['abc\t', Buffer.from('{"é":2}'), '\n'];
  }
  writeFileAtomic(file, parts());
  expect(readFileSync(file, 'utf8')).toBe('{"head":1}\nabc\t{"é":2}\n');
  expect(readdirSync(dir)).toEqual(['facts.jsonl']);
});
