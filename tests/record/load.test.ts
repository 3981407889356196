import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeError, MAX_DOCUMENT_BYTES, listDocumentFiles, loadKnowledge } from '../../src/record/load.js';
import { sentencesOf } from '../../src/record/types.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'record', 'knowledge');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'onrecord-load-'));
});
afterEach(async () => {
  await chmod(path.join(dir, 'locked.txt'), 0o644).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

async function put(rel: string, content: string | Buffer): Promise<void> {
  await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
  await writeFile(path.join(dir, rel), content);
}

describe('loadKnowledge', () => {
  it('reads the fixture record: ids from relative paths, sorted', async () => {
    const { docs, problems } = await loadKnowledge(FIXTURES);
    expect(problems).toEqual([]);
    expect(docs.map((d) => [d.id, d.file])).toEqual([
      ['harbour-vote', path.join(FIXTURES, 'harbour-vote.txt')],
      ['regional/ferry-strike', path.join(FIXTURES, 'regional/ferry-strike.txt')],
      ['wind-farm', path.join(FIXTURES, 'wind-farm.md')],
    ]);
    expect(docs.map((d) => sentencesOf(d).length)).toEqual([10, 6, 11]);
  });

  it('walks nested folders, skips dotfiles and other extensions, sorts by id', async () => {
    await put('b.txt', 'Bee text.');
    await put('a/z.md', 'Zed text.');
    await put('a/b/c.TXT', 'Sea text.');
    await put('.hidden.txt', 'Hidden.');
    await put('.git/x.txt', 'Hidden too.');
    await put('notes.pdf', 'Not a document.');
    const { docs, problems } = await loadKnowledge(dir);
    expect(docs.map((d) => d.id)).toEqual(['a/b/c', 'a/z', 'b']);
    expect(problems).toEqual([]);
  });

  it('reports bad files with their path and reason and serves the rest', async () => {
    await put('good.txt', ' date 2023-01-05 Good one\n\nIt reads fine.');
    await put('empty.txt', '');
    await put('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    await put('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
    await put('huge.txt', Buffer.alloc(MAX_DOCUMENT_BYTES + 1024 * 1024, 0x61));
    await put('header.md', '---\ntitle: Never closed\n\nText.');
    const { docs, problems } = await loadKnowledge(dir);
    expect(docs.map((d) => d.id)).toEqual(['good']);
    expect(problems).toEqual([
      { file: path.join(dir, 'binary.txt'), reason: 'binary file (NUL bytes, first at byte 4)' },
      { file: path.join(dir, 'empty.txt'), reason: 'empty file' },
      { file: path.join(dir, 'header.md'), reason: 'malformed header: front matter opened with "---" on line 1 is never closed by a "---" line' },
      { file: path.join(dir, 'huge.txt'), reason: 'too large: 6 MB (limit 5 MB)' },
      { file: path.join(dir, 'latin1.txt'), reason: 'not valid UTF-8 at byte 3' },
    ]);
  });

  it('reports an unreadable file (skipped when running as root, which can read anything)', async (ctx) => {
    if (process.getuid?.() === 0) ctx.skip();
    await put('good.txt', 'Fine.');
    await put('locked.txt', 'Secret.');
    await chmod(path.join(dir, 'locked.txt'), 0o000);
    const { docs, problems } = await loadKnowledge(dir);
    expect(docs.map((d) => d.id)).toEqual(['good']);
    expect(problems).toEqual([{ file: path.join(dir, 'locked.txt'), reason: 'unreadable: permission denied' }]);
  });

  it('reports a broken symbolic link', async () => {
    await put('good.txt', 'Fine.');
    await symlink(path.join(dir, 'gone.txt'), path.join(dir, 'dangling.txt'));
    const { docs, problems } = await loadKnowledge(dir);
    expect(docs.map((d) => d.id)).toEqual(['good']);
    expect(problems).toEqual([{ file: path.join(dir, 'dangling.txt'), reason: 'unreadable: broken symbolic link' }]);
  });

  it('reports a duplicate id and keeps the first file', async () => {
    await put('same.md', 'From markdown.');
    await put('same.txt', 'From text.');
    const { docs, problems } = await loadKnowledge(dir);
    expect(docs.map((d) => d.file)).toEqual([path.join(dir, 'same.md')]);
    expect(problems).toEqual([{ file: path.join(dir, 'same.txt'), reason: `duplicate document id "same" (also ${path.join(dir, 'same.md')}); rename one of them` }]);
  });

  it('follows a folder link once and does not loop', async () => {
    await put('real/doc.txt', 'Linked text.');
    await symlink(path.join(dir, 'real'), path.join(dir, 'alias'));
    await symlink(dir, path.join(dir, 'real', 'loop'));
    const files = await listDocumentFiles(dir);
    expect(files.map((f) => f.id)).toEqual(['alias/doc']);
  });

  it('fails start-up with a clear error for a missing folder, a file, and a folder without documents', async () => {
    const missing = path.join(dir, 'nope');
    await expect(loadKnowledge(missing)).rejects.toThrow(
      new KnowledgeError(`${missing} does not exist. Create it and put .txt or .md documents in it, or point KNOWLEDGE_DIR elsewhere.`),
    );
    await put('file.txt', 'Text.');
    await expect(loadKnowledge(path.join(dir, 'file.txt'))).rejects.toThrow(`Knowledge folder: ${path.join(dir, 'file.txt')} is a file, not a folder.`);
    const empty = path.join(dir, 'empty');
    await mkdir(empty);
    await put('empty/readme.pdf', 'x');
    await expect(loadKnowledge(empty)).rejects.toThrow(`Knowledge folder: no documents in ${empty}: add .txt or .md files`);
  });

  it('fails start-up when no file can be served, listing each reason', async () => {
    await put('a.txt', '');
    await put('b.txt', Buffer.from([0x00]));
    await expect(loadKnowledge(dir)).rejects.toThrow(
      `Knowledge folder: none of the 2 files in ${dir} could be read:\n  ${path.join(dir, 'a.txt')}: empty file\n  ${path.join(dir, 'b.txt')}: binary file (NUL bytes, first at byte 0)`,
    );
  });
});
