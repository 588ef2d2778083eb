#!/usr/bin/env bash
# Set up and run the book: install, export the library, execute every chapter (saving its outputs), build the site.
set -uo pipefail
cd "$(dirname "$0")/.."
. tools/env.sh
nbdev-export || exit 1
nbdev-test --save --timing || { echo "a chapter failed: see the error above"; exit 1; }
nbdev-clean   # keep only what belongs in git: sources and outputs
if command -v quarto >/dev/null; then
  nbdev-docs && echo "Every chapter ran. The site is in _docs/; nbdev-preview serves it with live reload."
else
  echo "Every chapter ran, and the notebooks in nbs/ hold the fresh outputs."
  echo "To build the site as well, install Quarto (https://quarto.org/docs/get-started/), then run: nbdev-docs"
fi
