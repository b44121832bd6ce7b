# SETDIR: a whole-quiz set's verdicts by pair (q1+q3, q2+q4), split by form: the nominee's post ("For which post is X the
# nominee?"), the current position ("What position does X currently hold?") and every other question.
import re, sys, os, glob
d = sys.argv[1]
for pair in [('q1', 'q3'), ('q2', 'q4')]:
    b = {'post': [0, 0], 'current': [0, 0], 'other': [0, 0]}
    for q in pair:
        for rf in sorted(glob.glob(f'{d}/{q}/*.rating.md')):
            code = os.path.basename(rf).split('.')[0]
            quiz = open(f'{d}/{q}/{code}.quiz.txt').read()
            prompts = {int(m.group(1)): m.group(2) for m in re.finditer(r'^(\d+)\. \[[^\]]*\] (.*)$', quiz, re.M)}
            for line in open(rf):
                m = re.match(r'\|\s*(\d+)\s*\|[^|]*\|\s*(acceptable|not)\s*\|', line)
                if not m:
                    continue
                p = prompts.get(int(m.group(1)), '')
                k = 'post' if 'the nominee, according' in p else 'current' if 'currently hold' in p else 'other'
                b[k][0] += m.group(2) == 'acceptable'
                b[k][1] += 1
    allk = [sum(v[0] for v in b.values()), sum(v[1] for v in b.values())]
    print(pair, 'all %d/%d' % tuple(allk), ' '.join('%s %d/%d' % (k, *v) for k, v in b.items()))
