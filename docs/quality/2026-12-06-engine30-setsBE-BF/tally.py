# DIR: per kind of item (law, before, control) and rater pair (A: r1 and r3, B: r2 and r4), kept / rated, from
# DIR/key.txt and DIR/r*.rating.md; then every "not" verdict.
import re, sys
from collections import defaultdict
d = sys.argv[1]
key = {}
for line in open(f'{d}/key.txt'):
    r, i, kind, code, f, p = line.rstrip('\n').split('\t', 5)
    key[(r, int(i))] = (kind, code, p)
tot = defaultdict(lambda: [0, 0])
fails = []
for r in ['r1', 'r2', 'r3', 'r4']:
    for line in open(f'{d}/{r}.rating.md'):
        m = re.match(r'\|\s*(\d+)\s*\|\s*(acceptable|not)\s*\|\s*([^|]*)\|\s*([^|]*)\|', line)
        if not m: continue
        kind, code, p = key[(r, int(m[1]))]
        pair = 'A' if r in ('r1', 'r3') else 'B'
        tot[(kind, pair)][1] += 1
        if m[2] == 'acceptable': tot[(kind, pair)][0] += 1
        else: fails.append((kind, r, m[1], m[3].strip(), m[4].strip(), p[:160]))
for k in sorted(tot): print(k, tot[k])
for f in sorted(fails): print(f)
