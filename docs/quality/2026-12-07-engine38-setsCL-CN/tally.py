import re,sys,glob,os
root=sys.argv[1]
def form(p):
    if p.startswith("Which justice delivered"): return "opinion"
    if p.startswith("Which justice wrote the dissenting"): return "dissent"
    if p.startswith("By what vote"): return "vote"
    if p.startswith("What did the Supreme Court do"): return "judgment"
    if p.startswith("Which state's law"): return "state"
    return "other"
pairs={"A":["q1","q3"],"B":["q2","q4"]}
for pair,dirs in pairs.items():
    tot={}
    for d in dirs:
        for r in sorted(glob.glob(f"{root}/{d}/*.rating.md")):
            q=r.replace(".rating.md",".quiz.txt")
            prompts={int(m.group(1)):m.group(2) for m in re.finditer(r"^(\d+)\. \[[^\]]+\] (.*)$",open(q).read(),re.M)}
            for m in re.finditer(r"^\| (\d+) \| \w+ \| (acceptable|not) \|",open(r).read(),re.M):
                f=form(prompts[int(m.group(1))]); k,n=tot.get(f,(0,0)); tot[f]=(k+(m.group(2)=="acceptable"),n+1)
    allk=sum(v[0] for v in tot.values()); alln=sum(v[1] for v in tot.values())
    print(pair, f"all {allk}/{alln}", " ".join(f"{f} {k}/{n}" for f,(k,n) in sorted(tot.items())))
