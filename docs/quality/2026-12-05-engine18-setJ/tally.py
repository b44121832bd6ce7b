"""Tally set J's blind rating, engine 17 against engine 18: python3 tally.py (run from anywhere).
ratings/key.json maps each rater's folder and quiz name (tNN) to the engine version and the text; a text's two
versions went to different raters under the same name. Empty quizzes were not sent to a rater and count 0 / 0."""
import json, re, os, glob, collections
os.chdir(os.path.dirname(os.path.abspath(__file__)))
key = json.load(open('ratings/key.json'))
rows = []
for rater, quizzes in key.items():
    if not os.path.isdir(f'ratings/{rater}'):
        print(f'(rater {rater}: no ratings, left out)')
        continue
    for name, info in quizzes.items():
        if info['quiz'] == 'empty':
            rows.append(dict(info, rater=rater, name=name, qs=[], verdicts={}))
            continue
        quiz = open(f'ratings/{rater}/{name}.quiz.txt').read()
        rating = open(f'ratings/{rater}/{name}.rating.md').read()
        qs = re.findall(r'^(\d+)\. \[(\w+)\] (.*)$', quiz, re.M)
        verdicts = {int(m.group(1)): (m.group(2), m.group(3), m.group(4)) for m in re.finditer(r'^\|\s*(\d+)\s*\|\s*\w+\s*\|\s*(acceptable|not)\s*\|\s*(\d?)\s*\|\s*(.*?)\s*\|\s*$', rating, re.M)}
        rows.append(dict(info, rater=rater, name=name, qs=qs, verdicts=verdicts))
def tot(rs):
    n = sum(len(r['qs']) for r in rs)
    a = sum(1 for r in rs for v in r['verdicts'].values() if v[0] == 'acceptable')
    return a, n
for v in ('17', '18'):
    rs = [r for r in rows if r['version'] == v]
    a, n = tot(rs)
    empty = sum(1 for r in rs if not r['qs'])
    print(f'engine {v}: {len(rs)} texts ({empty} empty quizzes), {a} / {n} kept ({100 * a / max(n, 1):.0f} %)')
ty = collections.Counter(); tk = collections.Counter()
for r in rows:
    for num, typ, prompt in r['qs']:
        t = 'turn' if typ == 'quote_attribution' or 'according to the transcript' in prompt else typ
        ty[(r['version'], t)] += 1
        tk[(r['version'], t)] += r['verdicts'].get(int(num), ('not',))[0] == 'acceptable'
for k in sorted(ty): print('  ', k, tk[k], '/', ty[k])
reasons = collections.Counter()
for r in rows:
    for v in r['verdicts'].values():
        if v[0] == 'not': reasons[(r['version'], v[1])] += 1
print('  rules broken (version, rule):', dict(sorted(reasons.items())))
by = collections.defaultdict(dict)
for r in rows: by[r['text']][r['version']] = tot([r])
for text, v in sorted(by.items()): print('  ', text[:90], '17:', v.get('17'), '18:', v.get('18'))
