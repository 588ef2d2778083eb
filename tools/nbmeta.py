"""Keep every notebook in step with `pyproject.toml`'s repository URL, the one place it is written.

1. Chapter notebooks get an "Open in Colab" badge right after the title cell, linking to the notebook on the
   branch in `[tool.nbdev]` (default `main`), from which the site is rebuilt on every push.
2. Every notebook with code gets a hidden install cell (after `#| default_exp`, or after the title): in Colab,
   or wherever `foundations` is missing, it installs the book's library, with the `book` extra, from that
   same branch, so that the notebook Colab opens and the library it installs are of one commit.
3. Links to the repository and to the site elsewhere in the notebooks' markdown are rewritten to the
   current URLs (a fork changes `[project.urls]` and runs this script).

`--check` changes nothing and fails if a notebook is not as this script would write it.
Run: python tools/nbmeta.py [--check]
"""
import argparse, json, re, sys
from pathlib import Path
try: import tomllib
except ImportError: import tomli as tomllib  # Python 3.10 (nbdev installs it)

root = Path(__file__).resolve().parent.parent
BADGE_MARK = '<!-- Colab badge: written by tools/nbmeta.py from pyproject.toml -->'
INSTALL_MARK = '# Written by tools/nbmeta.py from pyproject.toml.'

def config():
    d = tomllib.loads((root/'pyproject.toml').read_text())
    urls = d['project']['urls']
    repo,docs = urls['Repository'].rstrip('/'),urls['Documentation'].rstrip('/')
    m = re.fullmatch(r'https://github\.com/([^/]+)/([^/]+)', repo)
    if not m: sys.exit(f"[project.urls] Repository must be a https://github.com/OWNER/REPO URL, got {repo!r}")
    return repo, docs, m.group(1), m.group(2), d.get('tool', {}).get('nbdev', {}).get('branch', 'main')

def badge_cell(owner, name, ref, nb):
    url = f"https://colab.research.google.com/github/{owner}/{name}/blob/{ref}/nbs/{nb}"
    return f"{BADGE_MARK}\n[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]({url})"

def install_cell(repo, ref):
    spec = f"foundations[book] @ git+{repo}@{ref}"
    return f"""#| hide
{INSTALL_MARK} In Colab, or wherever `foundations` is missing, install
# the book's library from the branch this notebook comes from, with the packages the chapters use.
import importlib, importlib.util, subprocess, sys
if 'google.colab' in sys.modules or importlib.util.find_spec('foundations') is None:
    subprocess.run([sys.executable, '-m', 'pip', 'install', '-q', {spec!r}], check=True)
    importlib.invalidate_caches()"""

def src(c): return ''.join(c['source'])
def lines(s): return [l+'\n' for l in s.split('\n')[:-1]] + [s.split('\n')[-1]]

def relink(text, repo, docs, name):
    "Point links to any fork of the book's repository or site at the current ones"
    text = re.sub(rf'https://github\.com/[\w.-]+/{re.escape(name)}(?=[/\s)"\]`]|$)', repo, text)
    return re.sub(rf'https://[\w.-]+\.github\.io/{re.escape(name)}(?=[/\s)"\]`]|$)', docs, text)

def update(nb_path, repo, docs, owner, name, ref):
    "The notebook's JSON with the generated cells in place and its links current"
    nb = json.loads(nb_path.read_text())
    old = {src(c): c for c in nb['cells'] if BADGE_MARK in src(c) or INSTALL_MARK in src(c)}
    cells = [c for c in nb['cells'] if src(c) not in old]
    for c in cells:
        if c['cell_type'] == 'markdown' and (new := relink(src(c), repo, docs, name)) != src(c): c['source'] = lines(new)
    title = next((i for i,c in enumerate(cells) if c['cell_type'] == 'markdown' and src(c).startswith('# ')), None)
    if title is None: sys.exit(f"{nb_path}: needs a '# Title' markdown cell")
    exp = next((i for i,c in enumerate(cells) if c['cell_type'] == 'code' and src(c).startswith('#| default_exp')), None)
    def cell(kind, text, cid):
        if text in old: return old[text]            # unchanged: keep it as it is
        c = dict(cell_type=kind, id=cid, metadata={}, source=lines(text))
        if kind == 'code': c.update(execution_count=None, outputs=[])
        return c
    chapter = nb_path.name[0].isdigit()
    if any(c['cell_type'] == 'code' for c in cells): cells.insert((exp if exp is not None else title) + 1, cell('code', install_cell(repo, ref), 'c01ab0c1'))
    if chapter: cells.insert(title + 1, cell('markdown', badge_cell(owner, name, ref, nb_path.name), 'c01ab0b1'))
    nb['cells'] = cells
    return json.dumps(nb, indent=1, ensure_ascii=False) + '\n'

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--check', action='store_true', help='fail if a notebook differs from what this writes')
    args = p.parse_args()
    repo,docs,owner,name,branch = config()
    stale = []
    for f in sorted((root/'nbs').glob('*.ipynb')):
        if f.name.startswith(('_', '.')): continue
        new = update(f, repo, docs, owner, name, branch)
        if json.loads(new) == json.loads(f.read_text()): continue
        if args.check: stale.append(f.name)
        else: f.write_text(new); print(f"updated {f.name}")
    if stale: sys.exit(f"generated cells or links out of date in {', '.join(stale)}: run python tools/nbmeta.py")
