#!/usr/bin/env python3
"""sum.py DIR [DIR2]: pooled totals of a rescore directory (and per-set differences against DIR2)."""
import re, sys, os, glob
HELD = {'95', '96', '97'}; CLEAN = {'29', '32', '65', '68', '71', '74', '77', '80', '83', '86', '89', '92', '95', '98'}
def group(key):
    m = re.match(r'(?:blind-?|blind)(\d+)$', key)
    if m and m.group(1) in HELD: return 'held-out'
    if m and m.group(1) in CLEAN: return 'clean'
    return 'read'
def st(d):
    r = {}
    for f in glob.glob(os.path.join(d, 'st-*.txt')):
        k = os.path.basename(f)[3:-4]; t = open(f).read()
        m = re.search(r'^found (\d+)/(\d+) \S+\s+right speaker (\d+)/(\d+)', t, re.M)
        if not m: continue
        ov = re.search(r'own voice given a speaker: (\d+)', t); ws = re.search(r'first ten words: right speaker first (\d+)/(\d+)', t)
        r[k] = dict(found=int(m[1]), gold=int(m[2]), right=int(m[3]), own=int(ov[1]) if ov else 0, ws=int(ws[1]) if ws else 0, wsn=int(ws[2]) if ws else 0)
    return r
def ag(d):
    r = {}
    for f in glob.glob(os.path.join(d, 'ag-*.txt')):
        k = os.path.basename(f)[3:-4]; t = open(f).read()
        h = re.search(r'(\d+) gold sentences, (\d+) found', t); m = re.search(r'precision ([\d.]+)%\s+recall ([\d.]+)%\s+parties right ([\d.]+)%\s+status right ([\d.]+)%', t)
        if not h or not m: continue
        gold, found = int(h[1]), int(h[2]); tp = round(float(m[2]) * gold / 100)
        fp = re.search(r'^false positives: (\d+)', t, re.M); ex = re.search(r'found sides no gold party matches: (\d+)', t)
        r[k] = dict(gold=gold, found=found, tp=tp, fp=int(fp[1]) if fp else found - tp, parties=round(float(m[3]) * tp / 100), status=round(float(m[4]) * tp / 100), extra=int(ex[1]) if ex else 0)
    return r
def qa(d):
    r = {}
    p = os.path.join(d, 'qa-sets.txt')
    if not os.path.exists(p): return r
    for line in open(p):
        m = re.match(r'(\w+): top-1 (\d+)/(\d+) = \S+ %, top-3 ([\d.]+) %, answerable refused (\d+) = \S+ %, off-topic refused (\d+)/(\d+)', line)
        if m: r[m[1]] = dict(first=int(m[2]), n=int(m[3]), top3=round(float(m[4]) * int(m[3]) / 100), refused=int(m[5]), off=int(m[6]), offn=int(m[7]))
    return r
def pool(rows, keys):
    out = {}
    for k in keys:
        for f, v in rows[k].items(): out[f] = out.get(f, 0) + v
    return out
def pct(a, b): return f'{100*a/max(b,1):.1f} %'
def show(name, d):
    S, A, Q = st(d), ag(d), qa(d)
    print(f'== {name}')
    for g in ['read', 'held-out', 'clean']:
        ks = [k for k in S if group(k) == g]; p = pool(S, ks)
        if ks: print(f'  statements {g:8} ({len(ks)} sets): right {p["right"]}/{p["gold"]} {pct(p["right"],p["gold"])}, found {p["found"]}, own voice {p["own"]}, who-said {p["ws"]}/{p["wsn"]}')
    for g in ['read', 'held-out', 'clean']:
        ks = [k for k in A if group(k) == g]; p = pool(A, ks)
        if ks: print(f'  agreements {g:8} ({len(ks)} sets): recall {p["tp"]}/{p["gold"]} {pct(p["tp"],p["gold"])}, FP {p["fp"]}, parties {p["parties"]}/{p["tp"]} {pct(p["parties"],p["tp"])}, status {p["status"]}/{p["tp"]} {pct(p["status"],p["tp"])}, extra {p["extra"]}')
    for g in ['read', 'held-out', 'clean']:
        ks = [k for k in Q if group(k) == g and k != 'dev']; p = pool(Q, ks)
        if ks: print(f'  questions  {g:8} ({len(ks)} sets): first {p["first"]}/{p["n"]} {pct(p["first"],p["n"])}, top3 {p["top3"]}, refused {p["refused"]} {pct(p["refused"],p["n"])}, off-topic {p["off"]}/{p["offn"]} {pct(p["off"],p["offn"])}')
    if 'dev' in Q: q = Q['dev']; print(f'  questions  dev: first {q["first"]}/{q["n"]} {pct(q["first"],q["n"])}, refused {q["refused"]}, off-topic {q["off"]}/{q["offn"]} {pct(q["off"],q["offn"])}')
    for f in sorted(glob.glob(os.path.join(d, 'mt-*.txt'))):
        t = open(f).read().splitlines(); keep = [l.strip() for l in t if re.match(r'(statements:|agreements:|precision|  found|  right speaker|  precision)', l)][:4]
        print(f'  {os.path.basename(f)}: ' + ' | '.join(keep))
    return S, A, Q
a = show(sys.argv[1], sys.argv[1])
if len(sys.argv) > 2:
    b = show(sys.argv[2], sys.argv[2])
    print('== per-set differences (held-out sets by totals)')
    for i, kind in enumerate(['statements', 'agreements', 'questions']):
        for k in sorted(set(a[i]) | set(b[i])):
            x, y = a[i].get(k), b[i].get(k)
            if x != y: print(f'  {kind} {k}: ' + ', '.join(f'{f} {x.get(f) if x else None}→{y.get(f) if y else None}' for f in (y or x) if (x or {}).get(f) != (y or {}).get(f)))
