import os, re, random, sys, json
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from setlib import key, load, write_set  # noqa: E402
# BASE NEW TEXTS OUT SEED PREFIX: every question whose choices are all laws in NEW (a dump of the engine with the law
# form) is an item "law"; the question of BASE (the engine before it) on the same evidence sentence that NEW no longer
# asks, "before"; one question both ask, per text, "control". OUT gets articles/, key.txt and r1-r4.questions.md (texts
# alternate between the pair r1 and r2 and the pair r3 and r4). Dumps are `npx tsx dump.mts ROOT TEXTS OUT` output (ROOT: a checkout of the engine).
base, new, src, out = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
laws = set()
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../lib/questions/kb/curated/laws.ts')):
    if line.count('|') == 3 and not line.startswith('//'):
        p = line.strip().split('|'); laws.add(p[0]); laws.update(x for x in p[3].split(';') if x)
random.seed(int(sys.argv[5]))
items = []; codes = {}
for f in sorted(os.listdir(new)):
    a = load(os.path.join(base, f)); b = load(os.path.join(new, f))
    ak = {key(q) for q in a}; bk = {key(q) for q in b}
    lawq = [q for q in b if all(c in laws for c in q['choices'].split(' | '))]
    if not lawq: continue
    code = codes.setdefault(f, sys.argv[6] + '%02d' % (len(codes) + 1))
    for q in lawq: items.append(('law', code, f, q))
    ev = {q['evidence'] for q in lawq}
    for q in a:
        if key(q) not in bk and q['evidence'] in ev: items.append(('before', code, f, q))
    kept = [q for q in b if key(q) in ak]
    if kept: items.append(('control', code, f, random.choice(kept)))
random.shuffle(items)
parts = write_set(items, codes, src, out)
from collections import Counter
print(Counter(x[0] for x in items), len(codes), {r: len(p) for r, p in parts.items()})
