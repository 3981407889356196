#!/usr/bin/env python3
"""commit-blind.py N REPO SDOC ADOC — copy /work/notes/blindN into REPO and register it (after set N-1's lines)."""
import sys, os, shutil, re
n, repo, sdoc, adoc = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
src = os.environ.get("NOTES", "/work/notes") + f"/blind{n}"
def put(kind, doc, dst):
    text = open(f'{src}/{kind}.fixture.ts').read()
    i = text.index('import type')
    body = text[i:]
    open(dst, 'w').write('/**\n' + ''.join(f' * {l}\n' if l else ' *\n' for l in doc.split('\n')) + ' */\n' + body)
put('statements', sdoc, f'{repo}/tests/understand/statement-blind{n}.fixture.ts')
put('agreements', adoc, f'{repo}/tests/understand/agreement-blind{n}.fixture.ts')
os.makedirs(f'{repo}/bench/qa-blind{n}', exist_ok=True)
shutil.copy(f'{src}/qa/squad2_dev40.json', f'{repo}/bench/qa-blind{n}/squad2_dev40.json')
def after(path, anchor, line):
    text = open(path).read()
    if line in text: return
    lines = text.split('\n')
    idx = max(i for i, l in enumerate(lines) if anchor in l)
    lines.insert(idx + 1, line)
    open(path, 'w').write('\n'.join(lines))
p = n - 1
sp = f'{repo}/bench/facts/statement-patterns.ts'
after(sp, f"import {{ BLIND{p}_STATEMENT_ARTICLES }}", f"import {{ BLIND{n}_STATEMENT_ARTICLES }} from '../../tests/understand/statement-blind{n}.fixture.js';")
after(sp, f"'blind-{p}': BLIND{p}_STATEMENT_ARTICLES", f"  'blind-{n}': BLIND{n}_STATEMENT_ARTICLES,")
ap = f'{repo}/bench/facts/patterns.ts'
after(ap, f"import {{ BLIND{p}_AGREEMENT_ARTICLES }}", f"import {{ BLIND{n}_AGREEMENT_ARTICLES }} from '../../tests/understand/agreement-blind{n}.fixture.js';")
after(ap, f"'blind-{p}': BLIND{p}_AGREEMENT_ARTICLES", f"  'blind-{n}': BLIND{n}_AGREEMENT_ARTICLES,")
after(f'{repo}/bench/squad.ts', f"  blind{p}: path.join", f"  blind{n}: path.join(root, 'bench', 'qa-blind{n}', 'squad2_dev40.json'),")
