#!/usr/bin/env bash
# Set up and run the book: install, export the library, execute every chapter (saving its outputs), build the site.
set -uo pipefail
cd "$(dirname "$0")/.."
. tools/env.sh
nbdev-export || exit 1
nbdev-test --save --timing || { echo "a chapter failed: see the error above"; exit 1; }
nbdev-clean   # keep only what belongs in git: sources and outputs
if command -v quarto >/dev/null; then
  nbdev-docs && echo "The site is in _docs/; nbdev-preview serves it with live reload."
else
  nbdev-proc-nbs >/dev/null 2>&1 || { echo "processing the pages failed"; exit 1; }
  echo "Every chapter ran. To build the site, install Quarto (https://quarto.org/docs/get-started/), then run: nbdev-docs"
fi
