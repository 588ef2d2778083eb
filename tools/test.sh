#!/usr/bin/env bash
# Set up and run the test suite: every notebook, top to bottom, with nbdev-test's default flags.
# Offline? Set FOUNDATIONS_DATA to a folder holding the MNIST IDX files first.
set -uo pipefail
cd "$(dirname "$0")/.."
. tools/env.sh
log=$(mktemp)
nbdev-test --timing "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
total=$(python -c 'from nbdev.doclinks import nbglob; print(len(nbglob()))')
failed=$(sed -n '/Failed On The Following Notebooks/,$p' "$log" | grep -c $'^\t' || true)
rm -f "$log"
[ "$rc" -ne 0 ] && [ "$failed" -eq 0 ] && failed=$total   # nbdev-test itself failed before testing
echo "notebooks: $((total-failed)) passed, $failed failed"
exit "$rc"
