"""Tally of sets CU and CV: acceptable / total per rating file, from the rating files' own `questions:` and
`acceptable:` lines, and each question's verdicts across raters. Run from this directory: python3 tally.py"""
import glob, re

def read(path):
    s = open(path).read()
    q = int(re.search(r"^questions: (\d+)", s, re.M).group(1))
    a = int(re.search(r"^acceptable: (\d+)", s, re.M).group(1)) if q else 0
    nots = [int(m.group(1)) for m in re.finditer(r"^\| (\d+) \| [a-z_]+ \| not \|", s, re.M)]
    return a, q, nots

for st in ["setCU", "setCV"]:
    files = sorted(glob.glob(f"{st}/*/*.rating.md"))
    if not files:
        continue
    print(st)
    for f in files:
        a, q, nots = read(f)
        print(f"  {f[len(st) + 1:]}: {a} / {q}   not: {nots}")
    a = sum(read(f)[0] for f in files)
    q = sum(read(f)[1] for f in files)
    print(f"  all: {a} / {q} ({100 * a / q:.0f} %)")
