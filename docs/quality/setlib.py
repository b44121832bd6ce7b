"""What the blind-rating set makers share: reading a dump (`2026-12-06-engine30-setsBE-BF/dump.mts` output) and writing
a set (articles/, key.txt, r1-r4.questions.md; texts alternate between the pair r1 and r2 and the pair r3 and r4)."""
import os, re


def load(path):
    """The questions of one dump file, in order: type, prompt, choices, answer, evidence."""
    t = open(path).read().strip()
    qs = re.split(r'\n(?=\d+\. \[)', t) if t else []
    res = []
    for q in qs:
        m = re.match(r'\d+\. \[(\w+)\] (.*)\n   choices: (.*)\n   answer: (.*)\n   evidence: (.*)', q, re.S)
        if m: res.append(dict(type=m[1], prompt=m[2], choices=m[3], answer=m[4], evidence=m[5]))
    return res


def key(q):
    """One question whatever the order of its choices."""
    return q['prompt'] + '|' + q['answer'] + '|' + '|'.join(sorted(q['choices'].split(' | ')))


def write_set(items, codes, src, out):
    """items: (kind, code, file, question), already shuffled; codes: file -> code. Returns the items per rater."""
    os.makedirs(os.path.join(out, 'articles'), exist_ok=True)
    for f, code in codes.items():
        os.system(f"cp '{os.path.join(src, f)}' {out}/articles/{code}.txt")
    half = {c: (i % 2) for i, c in enumerate(sorted(codes.values()))}
    parts = {'r1': [], 'r2': [], 'r3': [], 'r4': []}
    for it in items:
        for r in (('r1', 'r2') if half[it[1]] == 0 else ('r3', 'r4')): parts[r].append(it)
    with open(os.path.join(out, 'key.txt'), 'w') as keyf:
        for r, part in parts.items():
            with open(os.path.join(out, f'{r}.questions.md'), 'w') as fh:
                fh.write(f'# Questions for rater {r}\n\n')
                for i, (kind, code, f, q) in enumerate(part, 1):
                    fh.write(f"{i}. [{q['type']}] (article: {out}/articles/{code}.txt) {q['prompt']}\n   choices: {q['choices']}\n   answer: {q['answer']}\n\n")
                    keyf.write(f"{r}\t{i}\t{kind}\t{code}\t{f}\t{q['prompt']}\n")
    return parts
