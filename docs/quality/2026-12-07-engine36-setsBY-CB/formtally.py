import re,sys,os,glob
d=sys.argv[1]
for pair in [('q1','q3'),('q2','q4')]:
    tot=[0,0]; post=[0,0]; other=[0,0]
    for q in pair:
        for rf in sorted(glob.glob(f'{d}/{q}/*.rating.md')):
            code=os.path.basename(rf).split('.')[0]
            quiz=open(f'{d}/{q}/{code}.quiz.txt').read()
            prompts={int(m.group(1)):m.group(2) for m in re.finditer(r'^(\d+)\. \[[^\]]*\] (.*)$',quiz,re.M)}
            for line in open(rf):
                m=re.match(r'\|\s*(\d+)\s*\|[^|]*\|\s*(acceptable|not)\s*\|',line)
                if not m: continue
                n=int(m.group(1)); ok=m.group(2)=='acceptable'
                isp='the nominee, according' in prompts.get(n,'')
                b=post if isp else other
                b[0]+=ok; b[1]+=1; tot[0]+=ok; tot[1]+=1
    print(pair, 'all %d/%d'%tuple(tot), 'post %d/%d'%tuple(post), 'other %d/%d'%tuple(other))
