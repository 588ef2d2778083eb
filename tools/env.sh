# Sourced by tools/book.sh and tools/test.sh: use the active virtual environment, or make and use .venv.
# PYTHON names the interpreter to make .venv with (default: python3); it must be 3.10 or newer.
py_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; }
if [ -z "${VIRTUAL_ENV:-}${CONDA_PREFIX:-}${CI:-}" ]; then  # CI machines are disposable: they use their Python as it is
  if ! py_ok .venv/bin/python; then
    py_ok "${PYTHON:-python3}" || { echo "foundations needs Python 3.10 or newer; ${PYTHON:-python3} is $("${PYTHON:-python3}" --version 2>&1). Set PYTHON to a newer one."; exit 1; }
    rm -rf .venv && "${PYTHON:-python3}" -m venv .venv || { echo "could not create .venv (on Debian/Ubuntu: apt install python3-venv)"; exit 1; }
  fi
  . .venv/bin/activate
fi
py_ok python || { echo "foundations needs Python 3.10 or newer, found $(python --version 2>&1)"; exit 1; }
python -m pip install -q -e ".[dev]" || { echo "installing foundations[dev] failed"; exit 1; }
