"""The final quizzes (final/lNN.quiz.txt, at the last commit) with each question's latest blind verdicts: set CN's where
it rated the text, else set CM's for a changed question, else set CL's. Pair A = CL q1/q3, CM r1, CN q1; pair B = CL
q2/q4, CM r2, CN q2. Prints kept / rated per pair, and any question no set rated."""
import re, glob, os, sys
here = os.path.dirname(os.path.abspath(__file__))
def blocks(path):
    t = open(path).read()
    out = []
    for b in re.split(r"\n(?=\d+\. \[)", t)[1:]:
        m = re.match(r"(\d+)\. \[[^\]]*\] (.*)", b)
        ch = tuple(sorted(re.findall(r"^\s+[A-D]\. (.*?)(?:   <- answer)?$", b, re.M)))
        out.append((int(m.group(1)), m.group(2).strip(), ch))
    return out
def verdicts(quiz, rating):
    if not os.path.exists(rating): return {}
    v = {int(m.group(1)): m.group(2) for m in re.finditer(r"^\| (\d+) \| \w+ \| (acceptable|not) \|", open(rating).read(), re.M)}
    return {(p, c): v[n] for n, p, c in blocks(quiz) if n in v}
cn_key = {l.split()[1]: l.split()[0] for l in open(f"{here}/setCN/key.txt")}
cm = {}
key = [l.rstrip("\n").split("\t") for l in open(f"{here}/setCM/key.txt")]
for r, pair in (("r1", "A"), ("r2", "B")):
    qs = open(f"{here}/setCM/{r}.questions.md").read()
    items = re.findall(r"^(\d+)\. \[[^\]]*\] \(article: [^)]*\) (.*)\n   choices: (.*)$", qs, re.M)
    v = {int(m.group(1)): m.group(2) for m in re.finditer(r"^\| (\d+) \| (acceptable|not) \|", open(f"{here}/setCM/{r}.rating.md").read(), re.M)}
    for n, p, ch in items:
        l = key[int(n) - 1][1]
        cm[(pair, l, p.strip(), tuple(sorted(ch.split(" | "))))] = v[int(n)]
tot = {"A": [0, 0], "B": [0, 0]}
unrated = []
for f in sorted(glob.glob(f"{here}/final/l*.quiz.txt")):
    l = os.path.basename(f)[:3]
    for pair, cl_dir, cn_dir in (("A", "q1" if int(l[1:]) <= 8 else "q3", "q1"), ("B", "q2" if int(l[1:]) <= 8 else "q4", "q2")):
        cl = verdicts(f"{here}/setCL/{cl_dir}/{l}.quiz.txt", f"{here}/setCL/{cl_dir}/{l}.rating.md")
        cn = verdicts(f"{here}/setCN/{cn_dir}/{cn_key[l]}.quiz.txt", f"{here}/setCN/{cn_dir}/{cn_key[l]}.rating.md") if l in cn_key else {}
        for n, p, c in blocks(f):
            v = cn.get((p, c)) or cm.get((pair, l, p, c)) or cl.get((p, c))
            if v is None:
                if pair == "A": unrated.append((l, p))
                continue
            tot[pair][0] += v == "acceptable"; tot[pair][1] += 1
for pair, (k, n) in tot.items(): print(f"pair {pair}: {k} / {n}")
print("unrated:", unrated)
