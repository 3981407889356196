/**
 * The real text bench/extract-cpu.ts (`--real`, `--time real`) and bench/extract-ab.ts (`--real`)
 * read: every MEANTIME article (when ../shared is here), every article of the extractor fixtures
 * (tests/understand/*.fixture.ts) and every context of the question sets (bench/qa-*), in that
 * order, each with an id. Compiled (as the bot runs), the fixtures are .js files, named as their
 * sources in the ids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from '../src/record/parse.js';
import type { Doc } from '../src/record/types.js';
import type { DocView } from '../src/understand/statements.js';
import { docOf } from '../tests/understand/statements-fixture.js';
import { sharedEval } from './facts/meantime.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function parsed(raw: string, id: string): Doc {
  const p = parseDocument(Buffer.from(raw, 'utf8'), { id, file: `${id}.txt` });
  if (!p.ok) throw new Error(`${id}: ${p.problem.reason}`);
  return p.doc;
}

export async function realDocs(): Promise<[string, DocView][]> {
  const out: [string, DocView][] = [];
  const shared = sharedEval();
  if (shared) {
    const raw = JSON.parse(readFileSync(path.join(shared, 'meantime_en_timex.json'), 'utf8')) as { doc_id: string; dct: string; title?: string; text: string }[];
    for (const r of raw) {
      const title = (r.title ?? r.doc_id).replace(/\s+/g, ' ').trim();
      const dayFirst = /^(\d{2})-(\d{2})-(\d{4})/.exec(String(r.dct));
      const dct = dayFirst ? `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}` : String(r.dct).slice(0, 10);
      out.push([`meantime/${r.doc_id}`, parsed(` date ${dct} ${title}\n\n${r.text.trimStart()}`, r.doc_id)]);
    }
  }
  const fixtures = path.join(ROOT, 'tests', 'understand');
  // Compiled, the fixtures are .js files (named as their sources in the output, so both dumps compare).
  const ext = import.meta.url.endsWith('.js') ? '.js' : '.ts';
  for (const built of readdirSync(fixtures).filter((f) => f.endsWith(`.fixture${ext}`)).sort()) {
    const file = built.replace(/\.js$/, '.ts');
    const mod = (await import(pathToFileURL(path.join(fixtures, built)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!Array.isArray(value)) continue;
      value.forEach((a: unknown, i) => {
        const art = a as { body?: unknown; headline?: unknown };
        if (typeof art?.body === 'string') out.push([`${file}/${name}/${i}`, docOf(art.body, typeof art.headline === 'string' ? art.headline : null)]);
      });
    }
  }
  for (const dir of readdirSync(path.join(ROOT, 'bench')).filter((d) => d.startsWith('qa-')).sort()) {
    let json: { data: { paragraphs: { context: string }[] }[] };
    try {
      json = JSON.parse(readFileSync(path.join(ROOT, 'bench', dir, 'squad2_dev40.json'), 'utf8')) as typeof json;
    } catch {
      continue;
    }
    json.data.forEach((a, i) => a.paragraphs.forEach((p, j) => out.push([`${dir}/${i}.${j}`, parsed(` date 2021-03-04 ${dir}\n\n${p.context}`, `${dir}-${i}-${j}`)])));
  }
  return out;
}
