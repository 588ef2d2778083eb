# Sourced by tools/book.sh and tools/test.sh: use the active virtual environment, or make and use .venv.
if [ -z "${VIRTUAL_ENV:-}${CONDA_PREFIX:-}${CI:-}" ]; then  # CI machines are disposable: they use their Python as it is
  [ -x .venv/bin/python ] || python3 -m venv .venv || { echo "could not create .venv (on Debian/Ubuntu: apt install python3-venv)"; exit 1; }
  . .venv/bin/activate
fi
python -c 'import sys; sys.exit(sys.version_info < (3, 10))' || { echo "foundations needs Python 3.10 or newer, found $(python --version)"; exit 1; }
python -m pip install -q -e ".[dev]" || { echo "installing foundations[dev] failed"; exit 1; }
