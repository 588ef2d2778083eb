"""Write, into every chapter notebook, the two cells derived from `pyproject.toml`'s repository URL.

1. An "Open in Colab" badge, right after the title cell, linking to the notebook in the repository.
2. A hidden install cell, right after `#| default_exp`, that installs the book's library (with the `book`
   extra) in Colab, or wherever `foundations` is missing, from the same ref of the repository.

The ref is the branch in `[tool.nbdev]` (default `main`); the deploy workflow passes `--ref <commit>` so that
the published pages point at exactly the commit they were built from. `--check` changes nothing and fails
if a notebook is not as this script would write it.
Run: python tools/nbmeta.py [--ref REF] [--check]
"""
import argparse, json, re, sys
from pathlib import Path
try: import tomllib
except ImportError: import tomli as tomllib  # Python 3.10

root = Path(__file__).resolve().parent.parent
BADGE_MARK = '<!-- Colab badge: written by tools/nbmeta.py from pyproject.toml -->'
INSTALL_MARK = '# Written by tools/nbmeta.py from pyproject.toml.'

def config():
    d = tomllib.loads((root/'pyproject.toml').read_text())
    repo = d['project']['urls']['Repository'].rstrip('/')
    m = re.fullmatch(r'https://github\.com/([^/]+)/([^/]+)', repo)
    if not m: sys.exit(f"[project.urls] Repository must be a https://github.com/OWNER/REPO URL, got {repo!r}")
    return repo, m.group(1), m.group(2), d.get('tool', {}).get('nbdev', {}).get('branch', 'main')

def badge_cell(owner, name, ref, nb):
    url = f"https://colab.research.google.com/github/{owner}/{name}/blob/{ref}/nbs/{nb}"
    return f"{BADGE_MARK}\n[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]({url})"

def install_cell(repo, ref):
    spec = f"foundations[book] @ git+{repo}@{ref}"
    return f"""#| hide
{INSTALL_MARK} In Colab, or wherever `foundations` is missing, install
# the book's library at the version these pages were built from, with the packages the chapters use.
import importlib.util, subprocess, sys
if 'google.colab' in sys.modules or importlib.util.find_spec('foundations') is None:
    subprocess.run([sys.executable, '-m', 'pip', 'install', '-q', {spec!r}], check=True)
    importlib.invalidate_caches()"""

def src(c): return ''.join(c['source'])
def lines(s): return [l+'\n' for l in s.split('\n')[:-1]] + [s.split('\n')[-1]]

def update(nb_path, repo, owner, name, ref):
    "The notebook's JSON with the two cells in place"
    nb = json.loads(nb_path.read_text())
    cells = [c for c in nb['cells'] if not (BADGE_MARK in src(c) or INSTALL_MARK in src(c))]
    title = next((i for i,c in enumerate(cells) if c['cell_type'] == 'markdown' and src(c).startswith('# ')), None)
    exp = next((i for i,c in enumerate(cells) if c['cell_type'] == 'code' and src(c).startswith('#| default_exp')), None)
    if title is None or exp is None or exp < title: sys.exit(f"{nb_path}: needs a '# Title' markdown cell followed by a '#| default_exp' cell")
    old = {src(c): c for c in nb['cells'] if BADGE_MARK in src(c) or INSTALL_MARK in src(c)}
    def cell(kind, text, cid):
        if text in old: return old[text]            # unchanged: keep its id
        c = dict(cell_type=kind, id=cid, metadata={}, source=lines(text))
        if kind == 'code': c.update(execution_count=None, outputs=[])
        return c
    b,i = badge_cell(owner, name, ref, nb_path.name),install_cell(repo, ref)
    cells.insert(exp+1, cell('code', i, 'c01ab0c1'))
    cells.insert(title+1, cell('markdown', b, 'c01ab0b1'))
    nb['cells'] = cells
    return json.dumps(nb, indent=1, ensure_ascii=False) + '\n'

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--ref', help='git ref for the links (default: the branch in pyproject.toml)')
    p.add_argument('--check', action='store_true', help='fail if a notebook differs from what this writes')
    args = p.parse_args()
    repo,owner,name,branch = config()
    stale = []
    for f in sorted((root/'nbs').glob('[0-9]*.ipynb')):
        new = update(f, repo, owner, name, args.ref or branch)
        if json.loads(new) == json.loads(f.read_text()): continue
        if args.check: stale.append(f.name)
        else: f.write_text(new); print(f"updated {f.name}")
    if stale: sys.exit(f"badge or install cell out of date in {', '.join(stale)}: run python tools/nbmeta.py")
