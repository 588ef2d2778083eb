"""Check that every relative link in the notebooks' markdown resolves to a page of the site, and every
`#anchor` to a heading (or documented symbol) of that page. External links are not fetched (CI is offline).
Run: python tools/check_links.py
"""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nbs = sorted(p for p in (root/'nbs').glob('*.ipynb') if not p.name.startswith(('_', '.')))

def page(nb:Path)->str: return re.sub(r'^\d+[a-zA-Z0-9]*_', '', nb.name.lower()).replace('.ipynb', '.html')

def slug(heading:str)->str:
    "Pandoc's identifier for a heading: no formatting or punctuation (but _ - .), spaces to hyphens, lowercase"
    s = re.sub(r'`|\*\*?|\$[^$]*\$', lambda m: m.group(0).strip('`*') if m.group(0).startswith(('`', '*')) else '', heading)
    s = re.sub(r'[^\w\s.-]', '', s.lower()).strip()
    s = re.sub(r'\s+', '-', s)
    return re.sub(r'^[^a-z]+', '', s)

def cells(nb:Path): return json.loads(nb.read_text())['cells']

anchors = {}
for nb in nbs:
    hs = set()
    for c in cells(nb):
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown': hs |= {slug(m) for m in re.findall(r'^#+\s+(.*)$', src, re.M)}
        if c['cell_type'] == 'code' and src.startswith('#| export'):  # show_doc gives each exported symbol an anchor
            hs |= {n.lower() for n in re.findall(r'^(?:def|class)\s+([A-Za-z]\w*)', src, re.M)}
    anchors[page(nb)] = hs

bad = []
for nb in nbs:
    for i,c in enumerate(cells(nb)):
        if c['cell_type'] != 'markdown': continue
        md = ''.join(c['source'])
        for target in re.findall(r'\]\(([^)\s]+)(?:\s+"[^"]*")?\)', md) + re.findall(r'<a\s[^>]*href="([^"]+)"', md):
            if re.match(r'[a-z]+:', target): continue          # http(s), mailto: not checked offline
            path,_,frag = target.partition('#')
            pg = page(Path(path)) if path.endswith('.ipynb') else path or page(nb)
            if pg not in anchors: bad.append(f"{nb.name}, cell {i}: {target}: no page {pg}")
            elif frag and frag not in anchors[pg]: bad.append(f"{nb.name}, cell {i}: {target}: no anchor #{frag} on {pg}")
print('\n'.join(bad) or f"links ok: {len(nbs)} pages")
sys.exit(1 if bad else 0)
