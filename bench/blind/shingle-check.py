#!/usr/bin/env python3
"""shingle-check.py REPO BASE: added lines of src/ and tests/ (blind fixtures excluded) since BASE that share a
six-word run with any blind set's text (committed sets + $CLEAN_SET, the clean set's folder outside the tree), or a capitalised word only found in sets."""
import sys, re, subprocess, glob, json, os
repo, base = sys.argv[1], sys.argv[2]
W = lambda s: re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower())
texts = []
for f in glob.glob(f'{repo}/tests/understand/*blind*.fixture.ts') + glob.glob(os.environ.get('CLEAN_SET', '/nonexistent') + '/*.fixture.ts'):
    texts.append(open(f).read())
for f in glob.glob(f'{repo}/bench/qa-blind*/*.json') + glob.glob(os.environ.get('CLEAN_SET', '/nonexistent') + '/qa/*.json'):
    d = json.load(open(f))
    for a in d['data']:
        for p in a['paragraphs']:
            texts.append(p['context']); texts += [q['question'] for q in p['qas']]
sh = set()
for t in texts:
    w = W(t)
    for i in range(len(w) - 5): sh.add(tuple(w[i:i+6]))
diff = subprocess.run(['git', '-C', repo, 'diff', '-U0', base, '--', 'src', 'tests'], capture_output=True, text=True).stdout
cur = None; hits = 0
for line in diff.splitlines():
    if line.startswith('+++ '): cur = line[6:]; continue
    if not line.startswith('+') or cur is None or 'blind' in cur: continue
    w = W(line[1:])
    for i in range(len(w) - 5):
        if tuple(w[i:i+6]) in sh:
            print(f'{cur}: {" ".join(w[i:i+6])}  <<  {line[1:].strip()[:140]}'); hits += 1; break
print(f'shingle hits: {hits}')
