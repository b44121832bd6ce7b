import os, random, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from setlib import key, load, write_set  # noqa: E402
# BASE NEW TEXTS OUT SEED PREFIX N [EXCLUDE]: two dumps of the same texts (dump.mts), before and after a change. Of the texts whose
# quiz changed, N drawn at random (SEED); every question NEW asks and BASE does not (the same words, answer and choices) is
# an item "new", every one BASE asks and NEW does not "gone", and one both ask per text "control". OUT gets articles/,
# key.txt and r1-r4.questions.md (texts alternate between the pair r1 and r2 and the pair r3 and r4). OUT "-" lists the
# changed texts and counts. EXCLUDE: a file of text names not to draw (an earlier set's pick.txt).
base, new, src, out, seed, prefix, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6], int(sys.argv[7])
exclude = set(open(sys.argv[8]).read().split()) if len(sys.argv) > 8 else set()
changed = []
totals = [0, 0]
for f in sorted(os.listdir(new)):
    a, b = load(os.path.join(base, f)), load(os.path.join(new, f))
    ak, bk = {key(q) for q in a}, {key(q) for q in b}
    if ak != bk:
        changed.append(f)
        totals[0] += len(bk - ak); totals[1] += len(ak - bk)
if out == '-':
    print(len(changed), 'texts changed;', totals[0], 'questions new,', totals[1], 'gone')
    sys.exit(0)
random.seed(seed)
pool = [f for f in changed if f not in exclude]
picked = sorted(random.sample(pool, min(n, len(pool))))
items = []; codes = {}
for f in picked:
    a, b = load(os.path.join(base, f)), load(os.path.join(new, f))
    ak, bk = {key(q) for q in a}, {key(q) for q in b}
    code = codes.setdefault(f, prefix + '%02d' % (len(codes) + 1))
    for q in b:
        if key(q) not in ak: items.append(('new', code, f, q))
    for q in a:
        if key(q) not in bk: items.append(('gone', code, f, q))
    kept = [q for q in b if key(q) in ak]
    if kept: items.append(('control', code, f, random.choice(kept)))
random.shuffle(items)
parts = write_set(items, codes, src, out)
with open(os.path.join(out, 'pick.txt'), 'w') as fh: fh.write('\n'.join(picked) + '\n')
from collections import Counter
print(Counter(x[0] for x in items), len(codes), {r: len(p) for r, p in parts.items()})
