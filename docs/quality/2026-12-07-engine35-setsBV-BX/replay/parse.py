import re, glob, os, json, sys
items = []
for d in sorted(glob.glob('/work/main/docs/quality/*/set*/')):
    if not os.path.isdir(d + 'articles'): continue
    for qf in sorted(glob.glob(d + 'r*.questions.md')):
        r = os.path.basename(qf).split('.')[0]
        rf = d + r + '.rating.md'
        if not os.path.exists(rf): continue
        verd = {}
        for line in open(rf):
            m = re.match(r'\|\s*(\d+)\s*\|\s*(acceptable|not)\s*\|\s*([^|]*)\|\s*([^|]*)\|', line)
            if m: verd[int(m[1])] = (m[2], m[3].strip(), m[4].strip())
        cur = None
        for line in open(qf):
            m = re.match(r'(\d+)\. \[(\w+)\] \(article: ([^)]+)\) (.*)$', line.rstrip('\n'))
            if m:
                cur = dict(set=d.split('/')[-3] + '/' + d.split('/')[-2], r=r, n=int(m[1]), t=m[2], art=d + 'articles/' + os.path.basename(m[3]), p=m[4])
                items.append(cur); continue
            m = re.match(r'\s+choices: (.*)$', line)
            if m and cur: cur['c'] = m[1].split(' | ')
            m = re.match(r'\s+answer: (.*)$', line)
            if m and cur: cur['a'] = m[1]
        for it in items:
            if it.get('r') == r and it['set'].endswith(d.split('/')[-2]) and it['art'].startswith(d) and 'v' not in it:
                v = verd.get(it['n'])
                if v: it['v'], it['rule'], it['why'] = v
json.dump(items, open('/tmp/replay/items.json', 'w'))
arts = sorted({i['art'] for i in items if os.path.exists(i['art'])})
open('/tmp/replay/arts.txt', 'w').write('\n'.join(arts) + '\n')
print(len(items), sum('v' in i for i in items), len(arts))
