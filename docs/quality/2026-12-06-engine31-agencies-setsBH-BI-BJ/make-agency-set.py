import os, re, random, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from setlib import key, load, write_set  # noqa: E402
# BASE NEW TEXTS OUT SEED PREFIX [PICK]: every question of NEW (a dump of engine 31) whose answer is a federal department
# or agency of the knowledge base (lib/questions/kb/curated/orgs.ts) and which BASE (engine 30) does not ask in the same words and
# choices is an item "agency"; the question of BASE on the same evidence sentence that NEW no longer asks, "before"; one
# question both ask, per text, "control". With PICK (a file of text names), only those texts. OUT gets articles/,
# key.txt and r1-r4.questions.md (texts alternate between the pair r1 and r2 and the pair r3 and r4).
base, new, src, out = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
pick = set(open(sys.argv[7]).read().split()) if len(sys.argv) > 7 else None
bodies = set()
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../lib/questions/kb/curated/orgs.ts')):
    p = line.strip().split('|')
    if len(p) == 5 and p[1] in ('agency', 'department'):
        bodies.add(p[0]); bodies.update(x for x in p[3].split(',') if x)
norm = lambda x: re.sub(r'^(?:the\s+)?(?:U\.S\.\s+|United States\s+)?', '', x)
random.seed(int(sys.argv[5]))
items = []; codes = {}
for f in sorted(os.listdir(new)):
    if pick is not None and f not in pick: continue
    a = load(os.path.join(base, f)); b = load(os.path.join(new, f))
    ak = {key(q) for q in a}; bk = {key(q) for q in b}
    agq = [q for q in b if key(q) not in ak and (q['answer'] in bodies or norm(q['answer']) in bodies)]
    if not agq: continue
    if out == '-':
        print(f); continue
    code = codes.setdefault(f, sys.argv[6] + '%02d' % (len(codes) + 1))
    for q in agq: items.append(('agency', code, f, q))
    ev = {q['evidence'] for q in agq}
    for q in a:
        if key(q) not in bk and q['evidence'] in ev: items.append(('before', code, f, q))
    kept = [q for q in b if key(q) in ak]
    if kept: items.append(('control', code, f, random.choice(kept)))
if out == '-': sys.exit(0)
random.shuffle(items)
parts = write_set(items, codes, src, out)
from collections import Counter
print(Counter(x[0] for x in items), len(codes), {r: len(p) for r, p in parts.items()})
