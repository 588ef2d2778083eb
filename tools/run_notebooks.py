"""Execute notebooks top to bottom in a plain Jupyter kernel (nbclient), as a reader's "Run all" would.

Cells carrying one of the test flags that nbdev-test skips by default (`tst_flags` in pyproject.toml: the slow,
GPU-only and benchmark cells) are skipped here too. A failure names the notebook and the cell.
Prints "notebooks: N passed, N failed" and exits non-zero on any failure.
Run: python tools/run_notebooks.py nbs/*.ipynb
"""
import sys
from pathlib import Path
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
try: import tomllib
except ImportError: import tomli as tomllib  # Python 3.10

root = Path(__file__).resolve().parent.parent
flags = set(tomllib.loads((root/'pyproject.toml').read_text())['tool']['nbdev'].get('tst_flags', 'notest').split())

def directives(src):
    "The `#| ...` directive names at the top of a cell"
    out = set()
    for line in src.splitlines():
        if not line.startswith('#|'): break
        out.update(w.rstrip(':') for w in line[2:].split()[:1])
    return out

def run(path:Path)->str:
    "Execute the notebook at `path`; return '' or a description of the first failure"
    nb = nbformat.read(path, as_version=4)
    for c in nb.cells:
        if c.cell_type == 'code' and directives(c.source) & flags: c.source = ''
    try: NotebookClient(nb, timeout=600, kernel_name='python3', resources={'metadata': {'path': str(path.parent)}}).execute()
    except CellExecutionError:
        for i,c in enumerate(nb.cells):
            for o in c.get('outputs', []):
                if o.get('output_type') == 'error': return f"{path}, cell {i}: {o['ename']}: {o['evalue']}"
        return f"{path}: execution failed"
    return ''

if __name__ == '__main__':
    failed = 0
    for p in map(Path, sys.argv[1:]):
        err = run(p)
        print(f"FAILED {err}" if err else f"ok {p}", flush=True)
        failed += bool(err)
    print(f"notebooks: {len(sys.argv)-1-failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
