"Write README.md from nbs/index.ipynb without Quarto: its markdown cells, with links to pages made absolute."
import json, re, sys
try: import tomllib
except ImportError: import tomli as tomllib  # Python 3.10
from pathlib import Path

root = Path(__file__).resolve().parent.parent
doc_url = tomllib.loads((root/'pyproject.toml').read_text())['project']['urls']['Documentation']
cells = json.loads((root/'nbs'/'index.ipynb').read_text())['cells']
md = '\n\n'.join(''.join(c['source']) for c in cells if c['cell_type'] == 'markdown')
md = re.sub(r'\]\((?!https?:|#)([^)]+\.html[^)]*)\)', lambda m: f']({doc_url}{m.group(1)})', md)
txt = f'<!-- Generated from nbs/index.ipynb by tools/readme.py: edit the notebook, then run the script. -->\n\n{md}\n'
out = root/'README.md'
if '--check' in sys.argv:
    if not out.exists() or out.read_text() != txt: sys.exit('README.md is out of step with nbs/index.ipynb: run python tools/readme.py')
else: out.write_text(txt)
