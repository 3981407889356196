// Run as a separate process by claims.test.ts: claims the same slots as its siblings, on the same
// database file, and prints how many it won. Started together, the processes really contend.
import { openDatabase } from '../../src/storage/db.js';
import { DIGEST_ROWS } from '../../src/digest/rows.js';
import { DigestStore } from '../../src/storage/digests.js';

const [file, digestId, count, owner, startAt] = process.argv.slice(2);
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const db = openDatabase(file!, quiet);
const store = new DigestStore(db, quiet, DIGEST_ROWS);
// Start at the same wall-clock moment as the siblings, so the claims overlap in time.
while (Date.now() < Number(startAt)) {
  /* spin */
}
const won: number[] = [];
for (let i = 0; i < Number(count); i++) {
  const slot = new Date(Date.UTC(2026, 0, 1, 0, i));
  const run = store.claim({
    digestId: Number(digestId),
    slot,
    trigger: 'schedule',
    late: false,
    owner: owner!,
    now: new Date(),
    parts: ['x'],
    snapshot: {},
    summary: 's',
  });
  if (run) won.push(i);
}
db.close();
process.stdout.write(JSON.stringify(won));
