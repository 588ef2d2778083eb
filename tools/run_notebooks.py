"""Execute notebooks top to bottom in a plain Jupyter kernel (nbclient), as a reader's "Run all" would.

Cells carrying one of the test flags that nbdev-test skips by default (`tst_flags` in pyproject.toml: the slow,
GPU-only and benchmark cells) are skipped here too. Before a notebook's own cells, the kernel checks that it
runs the Python this script expects (`--prefix`), so that a kernel spec from another environment cannot
stand in for the reader's. A failure names the notebook and the cell; the run goes on with the next notebook.
Prints "notebooks: N passed, N failed" and exits non-zero on any failure.
Run: python tools/run_notebooks.py [--kernel NAME] [--prefix DIR] nbs/*.ipynb
"""
import argparse, re, sys
from pathlib import Path
import nbformat
from nbclient import NotebookClient

root = Path(__file__).resolve().parent.parent
# tst_flags, read without a TOML parser (Python 3.10 has none built in, and a reader's environment may lack tomli)
m = re.search(r'^tst_flags\s*=\s*"([^"]*)"', (root/'pyproject.toml').read_text(), re.M)
flags = set(m.group(1).split()) if m else {'notest'}

def directives(src):
    "The `#| ...` directive names at the top of a cell"
    out = set()
    for line in src.splitlines():
        if not line.startswith('#|'): break
        out.update(w.rstrip(':') for w in line[2:].split()[:1])
    return out

def run(path:Path, kernel:str, prefix:str)->str:
    "Execute the notebook at `path`; return '' or a description of the first failure"
    nb = nbformat.read(path, as_version=4)
    for c in nb.cells:
        if c.cell_type == 'code' and directives(c.source) & flags: c.source = ''
    if prefix:
        check = f"import sys, os\nassert os.path.realpath(sys.prefix) == os.path.realpath({prefix!r}), f'kernel runs {{sys.prefix}}, not {prefix}'"
        nb.cells.insert(0, nbformat.v4.new_code_cell(check))
    try: NotebookClient(nb, timeout=600, kernel_name=kernel, resources={'metadata': {'path': str(path.parent)}}).execute()
    except Exception as e:
        for i,c in enumerate(nb.cells):
            for o in c.get('outputs', []):
                if o.get('output_type') == 'error':
                    where = 'kernel check' if prefix and i == 0 else f"cell {i - bool(prefix)}"
                    return f"{path}, {where}: {o['ename']}: {o['evalue']}"
        return f"{path}: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
    return ''

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--kernel', default='python3', help='Jupyter kernel name')
    p.add_argument('--prefix', default='', help="the kernel's expected sys.prefix")
    p.add_argument('notebooks', nargs='+')
    args = p.parse_args()
    failed = 0
    for nb in map(Path, args.notebooks):
        err = run(nb, args.kernel, args.prefix)
        print(f"FAILED {err}" if err else f"ok {nb}", flush=True)
        failed += bool(err)
    print(f"notebooks: {len(args.notebooks)-failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
