import re,glob,os,random,shutil
def qs(path):
    t=open(path).read()
    blocks=re.split(r"\n(?=\d+\. \[)",t)
    out=[]
    for b in blocks[1:]:
        m=re.match(r"\d+\. \[([a-z_]+)[^\]]*\] (.*)",b)
        choices=[c for c in re.findall(r"^\s+[A-D]\. (.*?)(?:   <- answer)?$",b,re.M)]
        ans=re.search(r"^\s+[A-D]\. (.*?)   <- answer$",b,re.M).group(1)
        out.append((m.group(1), m.group(2).strip(), choices, ans))
    return out
items=[]
for old in sorted(glob.glob("/tmp/rateCL/l*.quiz.txt")):
    n=os.path.basename(old).split(".")[0]
    o={(p,tuple(sorted(c))) for _,p,c,_ in qs(old)}
    for t,p,c,a in qs(f"/tmp/sq/{n}.new.txt"):
        if (p,tuple(sorted(c))) not in o: items.append((n,t,p,c,a))
random.seed(56); random.shuffle(items)
names={}
for n,*_ in items:
    if n not in names: names[n]="M%02d"%(len(names)+1)
for n,m in names.items(): shutil.copy(f"/tmp/rateCL/articles/{n}.txt", f"/tmp/rateCM/setCM/articles/{m}.txt")
for r in ["r1","r2"]:
    with open(f"/tmp/rateCM/setCM/{r}.questions.md","w") as f:
        f.write(f"# Questions for rater {r}\n\n")
        for i,(n,t,p,c,a) in enumerate(items,1):
            f.write(f"{i}. [{t}] (article: /tmp/rateCM/setCM/articles/{names[n]}.txt) {p}\n   choices: {' | '.join(c)}\n   answer: {a}\n\n")
with open("/tmp/rateCM/setCM/key.txt","w") as f:
    for i,(n,t,p,c,a) in enumerate(items,1): f.write(f"{i}\t{n}\t{names[n]}\t{p}\n")
print(len(items))
