import os, re, random, sys, shutil
# BASE NEW CORPUS OUT NRATERS [--choices [SEED]]: with --choices a question whose wrong answers changed counts as new
# too (sets AJ and AK, seed 12); without it, only a changed stem or answer (sets AF and AG, seed 11).
base, new, corpus, out, nraters = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
by_choices = '--choices' in sys.argv
random.seed(int(sys.argv[sys.argv.index('--choices') + 1]) if by_choices and len(sys.argv) > sys.argv.index('--choices') + 1 else 11)
def load(p):
    if not os.path.exists(p): return []
    t = open(p).read().strip()
    qs = re.split(r'\n(?=\d+\. \[)', t) if t else []
    res = []
    for q in qs:
        m = re.match(r'\d+\. \[(\w+)\] (.*)\n   choices: (.*)\n   answer: (.*)\n   evidence: (.*)', q, re.S)
        if m: res.append(dict(type=m[1], prompt=m[2], choices=m[3], answer=m[4]))
    return res
items = []; arts = {}
for f in sorted(os.listdir(new)):
    a = load(os.path.join(base, f)); b = load(os.path.join(new, f))
    key = lambda q: q['prompt'] + q['answer'] + ('|'.join(sorted(q['choices'].split(' | '))) if by_choices else '')
    ap = {key(q) for q in a}
    added = [q for q in b if key(q) not in ap]
    if not added: continue
    kept = [q for q in b if key(q) in ap]
    code = arts.setdefault(f, 'a%02d' % (len(arts) + 1))
    for q in added: items.append(('new', code, f, q))
    if kept: items.append(('control', code, f, random.choice(kept)))
random.shuffle(items)
for f, code in arts.items(): shutil.copy(os.path.join(corpus, f), os.path.join(out, 'articles', code + '.txt'))
key = open(os.path.join(out, 'key.txt'), 'w')
for r in range(nraters):
    part = items[r::nraters]
    with open(os.path.join(out, f'r{r+1}.questions.md'), 'w') as fh:
        fh.write(f'# Questions for rater r{r+1}\n\n')
        for i, (kind, code, f, q) in enumerate(part, 1):
            fh.write(f"{i}. [{q['type']}] (article: {out}/articles/{code}.txt) {q['prompt']}\n   choices: {q['choices']}\n   answer: {q['answer']}\n\n")
            key.write(f"r{r+1}\t{i}\t{kind}\t{code}\t{f}\t{q['prompt']}\n")
print(len(items), sum(1 for x in items if x[0]=='new'), len(arts))
