import os, re, random, sys, json
# BASE NEW TEXTS OUT SEED PREFIX: every question whose choices are all laws in NEW (a dump of the engine with the law
# form) is an item "law"; the question of BASE (the engine before it) on the same evidence sentence that NEW no longer
# asks, "before"; one question both ask, per text, "control". OUT gets articles/, key.txt and r1-r4.questions.md (texts
# alternate between the pair r1 and r2 and the pair r3 and r4). Dumps are `npx tsx dump.mts ROOT TEXTS OUT` output (ROOT: a checkout of the engine).
base, new, src, out = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
laws = set()
for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../lib/questions/kb/curated/laws.ts')):
    if line.count('|') == 3 and not line.startswith('//'):
        p = line.strip().split('|'); laws.add(p[0]); laws.update(x for x in p[3].split(';') if x)
def load(p):
    t = open(p).read().strip()
    qs = re.split(r'\n(?=\d+\. \[)', t) if t else []
    res = []
    for q in qs:
        m = re.match(r'\d+\. \[(\w+)\] (.*)\n   choices: (.*)\n   answer: (.*)\n   evidence: (.*)', q, re.S)
        if m: res.append(dict(type=m[1], prompt=m[2], choices=m[3], answer=m[4], evidence=m[5]))
    return res
random.seed(int(sys.argv[5]))
items = []; codes = {}
for f in sorted(os.listdir(new)):
    a = load(os.path.join(base, f)); b = load(os.path.join(new, f))
    key = lambda q: q['prompt'] + '|' + q['answer'] + '|' + '|'.join(sorted(q['choices'].split(' | ')))
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
for f, code in codes.items():
    os.system(f"cp '{os.path.join(src, f)}' {out}/articles/{code}.txt")
half = {c: (i % 2) for i, c in enumerate(sorted(codes.values()))}
key = open(os.path.join(out, 'key.txt'), 'w')
parts = {'r1': [], 'r2': [], 'r3': [], 'r4': []}
for it in items:
    h = half[it[1]]
    for r in (('r1', 'r2') if h == 0 else ('r3', 'r4')): parts[r].append(it)
for r, part in parts.items():
    with open(os.path.join(out, f'{r}.questions.md'), 'w') as fh:
        fh.write(f'# Questions for rater {r}\n\n')
        for i, (kind, code, f, q) in enumerate(part, 1):
            fh.write(f"{i}. [{q['type']}] (article: {out}/articles/{code}.txt) {q['prompt']}\n   choices: {q['choices']}\n   answer: {q['answer']}\n\n")
            key.write(f"{r}\t{i}\t{kind}\t{code}\t{f}\t{q['prompt']}\n")
from collections import Counter
print(Counter(x[0] for x in items), len(codes), {r: len(p) for r, p in parts.items()})
