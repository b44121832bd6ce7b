"""Set F: every 3rd (from the 2nd) of the 285 U.S. Department of State releases of 400-1,500 words (tags stripped,
body only) in the history of markschaver/State-Department-PR (data.rss), sorted by link, set E's ten titles excluded.
Writes texts/f-NNN.html (title, a byline line as set E has it, the release's HTML). Then
`npx tsx docs/quality/2026-12-04-engine14-setF/to-text.ts` reads them with the product's own HTML reader into txt/.
usage: python3 make-set-f.py GIT_DIR_OF_THE_MIRROR OUT_DIR [START PREFIX]
(set G, docs/quality/2026-12-04-engine15-setG: START 0, PREFIX g: every 3rd from the 1st, none of set F's)"""
import subprocess, sys, os, re, html, json, datetime, xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
git, out = sys.argv[1], sys.argv[2]
start, prefix = (int(sys.argv[3]), sys.argv[4]) if len(sys.argv) > 4 else (1, 'f')
G = ['git', f'--git-dir={git}']
ns = {'content': 'http://purl.org/rss/1.0/modules/content/', 'dc': 'http://purl.org/dc/elements/1.1/'}
seen = {}
for c in subprocess.run(G + ['log', '--format=%H', '--', 'data.rss'], capture_output=True, text=True).stdout.split():
    try: root = ET.fromstring(subprocess.run(G + ['show', f'{c}:data.rss'], capture_output=True).stdout)
    except Exception: continue
    for it in root.iter('item'):
        link = (it.findtext('link') or '').strip()
        if not link or link in seen: continue
        seen[link] = dict(title=(it.findtext('title') or '').strip(), date=(it.findtext('pubDate') or '').strip(),
                          creator=(it.findtext('dc:creator', namespaces=ns) or '').strip(), body=it.findtext('content:encoded', namespaces=ns) or '')
here = os.path.dirname(os.path.abspath(__file__))
E = set()
edir = os.path.join(here, '..', '2026-12-04-heldout-e', 'texts')
for f in os.listdir(edir):
    if f.startswith('e-'): E.add(open(os.path.join(edir, f)).readline().strip())
items = []
for link, v in sorted(seen.items()):
    w = len(html.unescape(re.sub(r'<[^>]+>', ' ', v['body'])).split())
    if 400 <= w <= 1500 and v['title'] not in E: items.append(v)
os.makedirs(out, exist_ok=True)
for i, v in enumerate(items[start::3]):
    dt = parsedate_to_datetime(v['date']).strftime('%Y-%m-%d')
    open(os.path.join(out, f'{prefix}-{i+1:03d}.html'), 'w').write(f"<h1>{html.escape(v['title'])}</h1>\n<p>U.S. Department of State ({html.escape(v['creator'])}), press release, {dt}</p>\n{v['body']}")
print(len(seen), 'releases,', len(items), 'of 400-1,500 words,', len(items[start::3]), 'written')
