import type { Digest as StoredDigest, Run as StoredRun, RowSchemas } from '../storage/digests.js';
import { ScheduleSchema, type Schedule } from './schedule.js';
import { SnapshotSchema, type Snapshot } from './snapshot.js';

/**
 * The digest layer's reading of the rows storage keeps: the schedule and snapshot columns are
 * validated with the schemas defined here, next to the code that means them.
 */
export const DIGEST_ROWS: RowSchemas<Schedule, Snapshot> = Object.freeze({ schedule: ScheduleSchema, snapshot: SnapshotSchema });

export type Digest = StoredDigest<Schedule>;
export type Run = StoredRun<Snapshot>;
