import { loadKnowledge } from '../src/record/load.js';
import { analyzeDocument } from '../src/understand/analyze.js';
const { docs } = await loadKnowledge(process.argv[2]!, {});
const n = Number(process.argv[3] ?? 300);
const t = performance.now();
let sentences = 0;
for (const d of docs.slice(0, n)) { analyzeDocument(d); sentences += d.paragraphs.reduce((a, p) => a + p.sentences.length, 0); }
console.log('docs', Math.min(n, docs.length), 'sentences', sentences, 'ms', Math.round(performance.now() - t));
