import { extractStatements } from '../../src/understand/statements.js';
import { docOf } from './statements-fixture.js';

/** A column of a statement row: the speaker's name, mention or kind, the cue, what was said, or how the speaker was resolved ("how@p.s", or "-"). */
export type StatementField = 'name' | 'mention' | 'kind' | 'cue' | 'content' | 'resolution';

/**
 * The statements the reader finds in a document written by hand (`docOf`), one row each: the
 * sentence's key, then the fields asked for, in reading order. The statement tests assert these rows exactly.
 */
export function statementRows(body: string, fields: readonly StatementField[]): string[][] {
  const out: string[][] = [];
  for (const [k, sts] of extractStatements(docOf(body)))
    for (const s of sts) {
      const r = s.speaker.resolution;
      const cell: Record<StatementField, string> = {
        name: s.speaker.name,
        mention: s.speaker.mention,
        kind: s.speaker.kind,
        cue: s.cue,
        content: s.content,
        resolution: r ? `${r.how}@${r.from.paragraph}.${r.from.sentence}` : '-',
      };
      out.push([k, ...fields.map((f) => cell[f])]);
    }
  return out.sort((a, b) => a[0]!.localeCompare(b[0]!, 'en', { numeric: true }));
}
