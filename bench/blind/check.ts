/* Checks a blind set's three files. Run: npx --prefix /work/main tsx check.ts (in the set's folder). */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.dirname(new URL(import.meta.url).pathname);
const NN = path.basename(dir).replace('blind', '');
const problems: string[] = [];
const bad = (m: string): void => void problems.push(m);

const used = new Set(fs.readFileSync(path.join(dir, '..', 'used-names.txt'), 'utf8').split('\n').filter(Boolean));
const names = (text: string): string[] => text.match(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g) ?? [];
const ALLOWED = /^(?:The|A|An|In|On|At|By|For|But|And|Mr|Ms|Mrs|Dr|He|She|It|We|They|Our|His|Her|Its|Their|This|That|Under|After|Before|According|When|While|North|South|East|West|New|St|Saint|Chief|County|City|Town|Royal|High|Upper|Lower|Old|Great|Little)\b/;
function checkNames(where: string, text: string): void {
  for (const n of names(text)) if (used.has(n) && !ALLOWED.test(n)) bad(`${where}: name "${n}" was used in an earlier set; invent another`);
}

function sentences(body: string, headline?: string): Map<string, string> {
  const out = new Map<string, string>();
  if (headline) out.set('0.1', headline);
  let p = 1;
  let s = 0;
  for (const line of body.split('\n')) {
    if (line.trim() === '') {
      if (s > 0) p++;
      s = 0;
      continue;
    }
    s++;
    out.set(`${p}.${s}`, line);
  }
  return out;
}

async function load(file: string): Promise<Record<string, unknown>> {
  const f = path.join(dir, file);
  if (!fs.existsSync(f)) {
    bad(`${file} is missing`);
    return {};
  }
  return (await import(pathToFileURL(f).href)) as Record<string, unknown>;
}

const st = await load('statements.fixture.ts');
const sArts = st[`BLIND${NN}_STATEMENT_ARTICLES`] as { name: string; body: string; gold: { at: string; speaker: string; cue: string; who: string }[] }[] | undefined;
if (!sArts) bad(`statements.fixture.ts must export BLIND${NN}_STATEMENT_ARTICLES`);
else {
  if (sArts.length !== 8) bad(`statements: ${sArts.length} articles, want 8`);
  let gold = 0;
  let total = 0;
  const seen = new Set<string>();
  for (const a of sArts) {
    if (seen.has(a.name)) bad(`statements: duplicate name ${a.name}`);
    seen.add(a.name);
    const map = sentences(a.body);
    total += map.size;
    checkNames(`statements ${a.name}`, a.body);
    if (map.size < 8) bad(`statements ${a.name}: only ${map.size} sentences`);
    const ats = new Set<string>();
    for (const g of a.gold) {
      gold++;
      if (!map.has(g.at)) bad(`statements ${a.name}: gold at ${g.at} is not a sentence`);
      if (ats.has(g.at)) bad(`statements ${a.name}: gold at ${g.at} twice`);
      ats.add(g.at);
      if (!['direct', 'colon', 'continued', 'reported', 'according-to'].includes(g.cue)) bad(`statements ${a.name} ${g.at}: cue ${g.cue}`);
      if (!['person', 'organisation', 'group', 'document'].includes(g.who)) bad(`statements ${a.name} ${g.at}: who ${g.who}`);
      if (!g.speaker?.trim()) bad(`statements ${a.name} ${g.at}: empty speaker`);
    }
  }
  if (gold < 55 || gold > 95) bad(`statements: ${gold} gold statements, want about 60-80`);
  if (total - gold < total / 3) bad(`statements: only ${total - gold} of ${total} sentences in the articles' own voice, want a third`);
  console.log(`statements: ${sArts.length} articles, ${total} sentences, ${gold} gold`);
}

const ag = await load('agreements.fixture.ts');
const aArts = ag[`BLIND${NN}_AGREEMENT_ARTICLES`] as { name: string; headline?: string; body: string; gold: { at: string; parties: string[]; status: string; kind: string }[] }[] | undefined;
const close = ag[`BLIND${NN}_CLOSE_NON_AGREEMENTS`] as Record<string, string[]> | undefined;
if (!aArts || !close) bad(`agreements.fixture.ts must export BLIND${NN}_AGREEMENT_ARTICLES and BLIND${NN}_CLOSE_NON_AGREEMENTS`);
else {
  if (aArts.length !== 8) bad(`agreements: ${aArts.length} articles, want 8`);
  let gold = 0;
  let empty = 0;
  for (const a of aArts) {
    const map = sentences(a.body, a.headline);
    checkNames(`agreements ${a.name}`, `${a.headline ?? ''}\n${a.body}`);
    if (a.gold.length === 0) empty++;
    const ats = new Set<string>();
    for (const g of a.gold) {
      gold++;
      if (!map.has(g.at)) bad(`agreements ${a.name}: gold at ${g.at} is not a sentence`);
      if (ats.has(g.at)) bad(`agreements ${a.name}: gold at ${g.at} twice`);
      ats.add(g.at);
      if (!['proposed', 'reached', 'signed', 'approved', 'ratified', 'in force', 'breached', 'voided', 'collapsed', 'rejected'].includes(g.status)) bad(`agreements ${a.name} ${g.at}: status ${g.status}`);
      if (!Array.isArray(g.parties) || g.parties.length === 0 || g.parties.some((p) => !p.trim())) bad(`agreements ${a.name} ${g.at}: parties`);
      if (!g.kind?.trim()) bad(`agreements ${a.name} ${g.at}: kind`);
    }
    const c = close[a.name];
    if (!c) bad(`agreements: CLOSE_NON_AGREEMENTS has no entry for ${a.name}`);
    for (const at of c ?? []) {
      if (!map.has(at)) bad(`agreements ${a.name}: close non-agreement ${at} is not a sentence`);
      if (ats.has(at)) bad(`agreements ${a.name}: ${at} is both gold and a close non-agreement`);
    }
  }
  for (const k of Object.keys(close)) if (!aArts.some((a) => a.name === k)) bad(`agreements: CLOSE_NON_AGREEMENTS key ${k} is no article`);
  if (empty < 1) bad('agreements: want at least one article with no agreement');
  if (gold < 35 || gold > 65) bad(`agreements: ${gold} gold sentences, want about 40-55`);
  console.log(`agreements: ${aArts.length} articles, ${gold} gold`);
}

const qaFile = path.join(dir, 'qa', 'squad2_dev40.json');
if (!fs.existsSync(qaFile)) bad('qa/squad2_dev40.json is missing');
else {
  try {
    const d = JSON.parse(fs.readFileSync(qaFile, 'utf8')) as { version: string; data: { title: string; paragraphs: { context: string; qas: { id: string; question: string; is_impossible: boolean; answers: { text: string; answer_start: number }[] }[] }[] }[] };
    if (d.version !== `blind${NN}`) bad(`qa: version should be "blind${NN}"`);
    if (d.data.length !== 6) bad(`qa: ${d.data.length} articles, want 6`);
    let paras = 0;
    let ans = 0;
    let imp = 0;
    const ids = new Set<string>();
    for (const a of d.data) {
      for (const p of a.paragraphs) {
        paras++;
        checkNames(`qa ${a.title}`, p.context);
        for (const q of p.qas) {
          if (ids.has(q.id)) bad(`qa: duplicate id ${q.id}`);
          ids.add(q.id);
          if (!q.question.trim().endsWith('?')) bad(`qa ${q.id}: question should end with ?`);
          if (q.is_impossible) {
            imp++;
            if (q.answers.length) bad(`qa ${q.id}: impossible question with answers`);
            if (!q.id.includes('-off-')) bad(`qa ${q.id}: impossible ids contain -off-`);
          } else {
            ans++;
            const x = q.answers[0];
            if (!x) bad(`qa ${q.id}: no answer`);
            else if (p.context.slice(x.answer_start, x.answer_start + x.text.length) !== x.text)
              bad(`qa ${q.id}: answer_start ${x.answer_start} does not point at "${x.text}" (it is at ${p.context.indexOf(x.text)})`);
          }
        }
      }
    }
    if (paras < 12 || paras > 15) bad(`qa: ${paras} paragraphs, want 12-14`);
    if (ans < 48 || ans > 65) bad(`qa: ${ans} answerable questions, want about 55`);
    if (imp < 10 || imp > 16) bad(`qa: ${imp} impossible questions, want about 13`);
    console.log(`qa: ${d.data.length} articles, ${paras} paragraphs, ${ans} answerable, ${imp} not answered`);
  } catch (e) {
    bad(`qa: ${(e as Error).message}`);
  }
}

if (problems.length) {
  for (const p of problems) console.log(`PROBLEM ${p}`);
  process.exit(1);
}
console.log('OK');
