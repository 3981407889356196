import type { Agreement, Resolution } from '../understand/types.js';

/** An agreement's status and, for a later mention, where the agreement it refers to is: `¶2.1`. */
export function statusFacts(a: Pick<Agreement, 'status' | 'refersTo'>): { status: Agreement['status']; refersTo: string | null } {
  return { status: a.status, refersTo: a.refersTo ? `¶${a.refersTo.paragraph}.${a.refersTo.sentence}` : null };
}

/** How a name was found, in words a reader can check: `he = Jane Doe, named in ¶1.1`. */
export function describeResolution(mention: string, name: string, resolution: Resolution | null): string | null {
  if (!resolution || mention === name) return null;
  const where = `¶${resolution.from.paragraph}.${resolution.from.sentence}`;
  switch (resolution.how) {
    case 'pronoun':
    case 'surname':
    case 'collective':
    case 'description':
      return `${mention} = ${name}, named in ${where}`;
    case 'capital':
      return `${mention} = ${name} (the capital stands for its government)`;
    case 'earlier-agreement':
      return `${mention} = the agreement of ${name} in ${where}`;
    case 'earlier-quote':
    case 'following-cue':
      return `quote continued; speaker ${name} named in ${where}`;
  }
}
