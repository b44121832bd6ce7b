"""Tally a before/after blind rating: python3 tally.py [DIR OLD NEW] (default: set H, this directory, engines 14 and 16;
set I: python3 tally.py ../2026-12-04-engine17-setI 14 17)."""
import json, re, os, glob, collections, sys
os.chdir(sys.argv[1] if len(sys.argv) > 3 else os.path.dirname(os.path.abspath(__file__)))
OLD, NEW = (sys.argv[2], sys.argv[3]) if len(sys.argv) > 3 else ('14', '16')
key = json.load(open('ratings/key.json'))
rows = {}
for f in glob.glob('ratings/r*/*.rating.md'):
    name = os.path.basename(f).split('.')[0]
    quiz = open(f.replace('.rating.md', '.quiz.txt')).read()
    qs = re.findall(r'^(\d+)\. \[(\w+)\] (.*)$', quiz, re.M)
    verdicts = {int(m.group(1)): (m.group(2), m.group(3), m.group(4)) for m in re.finditer(r'^\|\s*(\d+)\s*\|\s*\w+\s*\|\s*(acceptable|not)\s*\|\s*(\d?)\s*\|\s*(.*?)\s*\|\s*$', open(f).read(), re.M)}
    rows[name] = dict(key[name], qs=qs, verdicts=verdicts)
def tot(names):
    a = n = 0
    for x in names:
        n += len(rows[x]['qs']); a += sum(1 for v in rows[x]['verdicts'].values() if v[0] == 'acceptable')
    return a, n
for v in (OLD, NEW):
    names = [x for x in rows if rows[x]['version'] == v]
    a, n = tot(names)
    print(f'engine {v}: {len(names)} quizzes, {a} / {n} kept', f'({100*a/max(n,1):.0f} %)')
ta = tn = 0; ty = collections.Counter(); tk = collections.Counter()
for x, r in rows.items():
    for num, typ, prompt in r['qs']:
        t = 'turn' if (typ == 'quote_attribution' or 'according to the transcript' in prompt) and r['version'] == NEW else typ
        ok = r['verdicts'].get(int(num), ('not',))[0] == 'acceptable'
        ty[(r['version'], t)] += 1; tk[(r['version'], t)] += ok
for k in sorted(ty): print('  ', k, tk[k], '/', ty[k])
for x, r in sorted(rows.items(), key=lambda kv: kv[1]['text']):
    print('  ', r['text'], r['version'], tot([x]))
