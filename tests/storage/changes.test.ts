import { afterEach, describe, expect, it } from 'vitest';
import { ChangeLog } from '../../src/storage/changes.js';
import { openDatabase, type Db } from '../../src/storage/db.js';
import { memoryLogger } from './helpers.js';

let db: Db | null = null;
afterEach(() => {
  db?.close();
  db = null;
});

describe('ChangeLog', () => {
  it('keeps who changed what and when; reads since a moment, the latest first, and per document', () => {
    const log = memoryLogger();
    db = openDatabase(':memory:', log);
    const changes = new ChangeLog(db, log);
    const at = (m: number) => new Date(Date.UTC(2026, 0, 2, 10, m));
    changes.record({ at: at(0), action: 'added', doc: 'ferry', title: 'Ferry', origin: 'ferry.txt', userId: '1', userName: 'Alice' });
    changes.record({ at: at(5), action: 'replaced', doc: 'ferry', title: 'Ferry v2', origin: 'https://x.example/f', userId: '2', userName: 'Bob' });
    changes.record({ at: at(9), action: 'removed', doc: 'pier', title: null, origin: null, userId: '1', userName: 'Alice' });
    expect(changes.since(at(0)).map((c) => [c.action, c.doc, c.userName])).toEqual([
      ['replaced', 'ferry', 'Bob'],
      ['removed', 'pier', 'Alice'],
    ]);
    expect(changes.recent(2).map((c) => [c.id, c.action, c.doc])).toEqual([
      [3, 'removed', 'pier'],
      [2, 'replaced', 'ferry'],
    ]);
    expect([...changes.latestByDoc()].map(([doc, c]) => [doc, c.action, c.userName, c.at.toISOString()])).toEqual([
      ['ferry', 'replaced', 'Bob', '2026-01-02T10:05:00.000Z'],
      ['pier', 'removed', 'Alice', '2026-01-02T10:09:00.000Z'],
    ]);
  });

  it('a row that does not fit is reported and skipped; the rest is served', () => {
    const log = memoryLogger();
    db = openDatabase(':memory:', log);
    const changes = new ChangeLog(db, log);
    changes.record({ at: new Date('2026-01-02T00:00:00Z'), action: 'added', doc: 'a', title: null, origin: null, userId: '1', userName: 'A' });
    db.prepare("INSERT INTO record_changes (at, action, doc, user_id, user_name) VALUES ('not a time', 'added', 'b', '1', 'A')").run();
    expect(changes.since(null).map((c) => c.doc)).toEqual(['a']);
    expect(log.lines.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual(['Storage: a record_changes row does not fit; skipped']);
  });
});
