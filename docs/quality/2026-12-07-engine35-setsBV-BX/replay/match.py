import json, re, collections
items = json.load(open('/tmp/replay/items.json'))
import sys
cur = json.load(open(sys.argv[1] if len(sys.argv) > 1 else '/tmp/replay/cur.json'))
norm = lambda s: re.sub(r'\s+', ' ', (s or '').replace('\u2019', "'").replace('\u201c', '"').replace('\u201d', '"')).strip()
stats = collections.Counter(); bytype = collections.defaultdict(lambda: [0,0]); bad = []
for it in items:
    g = cur.get(it['art'])
    if not g or 'err' in g: stats['noart'] += 1; continue
    key = (norm(it['p']), norm(it['a']))
    inq = [q for q in g['quiz'] if (norm(q['p']), norm(q['a'])) == key]
    ina = [q for q in g['all'] if (norm(q['p']), norm(q['a'])) == key]
    same = inq and set(map(norm, inq[0]['c'])) == set(map(norm, it.get('c', [])))
    where = 'quiz-same' if same else 'quiz-diffchoices' if inq else 'bank' if ina else 'gone'
    stats[(where, it['v'])] += 1
    if where.startswith('quiz'):
        bytype[it['t']][0 if it['v']=='acceptable' else 1] += 1
        if it['v'] == 'not' and same: bad.append(it)
for k, v in sorted(stats.items(), key=str): print(k, v)
print(dict(bytype))
for it in bad: print(f"{it['set']} {it['r']} {it['n']} [{it['t']}] rule {it['rule']}: {it['why'][:110]} || {it['p'][:120]} => {it['a']} | {it.get('c')}")
