"""Tally of sets CP to CT: acceptable / total per rating file, from the rating files' own `questions:` and
`acceptable:` lines. Run from this directory: python3 tally.py"""
import glob, re

def read(path):
    s = open(path).read()
    q = int(re.search(r"^questions: (\d+)", s, re.M).group(1))
    a = int(re.search(r"^acceptable: (\d+)", s, re.M).group(1)) if q else 0
    return a, q

for st in ["setCP", "setCQ", "setCR", "setCS", "setCT"]:
    files = sorted(glob.glob(f"{st}/*/*.rating.md"))
    if not files:
        continue
    print(st)
    for f in files:
        a, q = read(f)
        print(f"  {f[len(st) + 1:]}: {a} / {q}")
    # Set CP's panel proper: q1 to q4, the sample and the 15 fixtures (p1 is a release, q5 a second rater).
    if st == "setCP":
        panel = [f for f in files if re.search(r"/q[1-4]/\d\d\.rating\.md$", f)]
        a = sum(read(f)[0] for f in panel)
        q = sum(read(f)[1] for f in panel)
        print(f"  panel (sample + 15 fixtures): {a} / {q} ({100 * a / q:.0f} %)")
