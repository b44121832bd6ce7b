"""Tally set G's blind ratings: python3 tally.py (from this directory)."""
import json, re, os, glob, collections
os.chdir(os.path.dirname(os.path.abspath(__file__)))
key = json.load(open('ratings/key.json'))
# texts whose engine 15 quiz (after the fix of 541e1d9's marker clash) is engine 14's: rated twice, same quiz
same = set("g-001 g-018 g-024 g-032 g-076 g-084 g-090 g-093 g-094 g-095".split())  # 15c == 14
rows = {}
for f in glob.glob('ratings/r*/*.rating.md'):
    name = os.path.basename(f).split('.')[0]
    k = key[name]; quiz = open(f.replace('.rating.md', '.quiz.txt')).read()
    qs = re.findall(r'^(\d+)\. \[(\w+)\] (.*)$', quiz, re.M)
    verdicts = {}
    for m in re.finditer(r'^\|\s*(\d+)\s*\|\s*(\w+)\s*\|\s*(acceptable|not)\s*\|\s*(\d?)\s*\|\s*(.*?)\s*\|\s*$', open(f).read(), re.M):
        verdicts[int(m.group(1))] = (m.group(3), m.group(4), m.group(5))
    rows[name] = dict(k, qs=qs, verdicts=verdicts)
def tot(names):
    a = n = 0
    for x in names:
        r = rows[x]; n += len(r['qs']); a += sum(1 for v in r['verdicts'].values() if v[0] == 'acceptable')
    return a, n
texts = sorted(set(r['text'] for r in rows.values()))
print('rated files', len(rows))
chg_b = [x for x in rows if rows[x]['text'] not in same and rows[x]['version'] == '14']
chg_a = [x for x in rows if rows[x]['text'] not in same and rows[x]['version'] in ('15c',) or (rows[x]['text'] not in same and rows[x]['text'] != 'g-079' and rows[x]['version'] == '15')]
print('changed texts: engine 14', tot(chg_b), 'engine 15', tot(chg_a), len(chg_b), len(chg_a))
cal = collections.defaultdict(dict)
for x, r in rows.items():
    if r['text'] in same: cal[r['text']][r['version']] = tot([x])
print('identical quizzes rated twice (14 | 15-buggy==14):', dict(cal))
# turn questions
ta = tn = 0
for x, r in rows.items():
    if r['version'] == '14': continue
    for num, typ, prompt in r['qs']:
        if typ == 'quote_attribution' or 'according to the transcript' in prompt:
            tn += 1; v = r['verdicts'].get(int(num)); ta += v and v[0] == 'acceptable'
            print('  T', r['text'], v and v[0], v and v[2][:90], '|', prompt[:80])
print('turn questions', ta, '/', tn)
