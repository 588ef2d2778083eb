#!/usr/bin/env bash
# Set up and run the test suite: every notebook, top to bottom, with nbdev-test's default flags.
# Offline? Set FOUNDATIONS_DATA to a folder holding the MNIST IDX files first. Arguments go to nbdev-test.
set -uo pipefail
cd "$(dirname "$0")/.."
. tools/env.sh
log=$(mktemp); trap 'rm -f "$log"' EXIT
nbdev-test --timing --do-print "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
total=$(grep -c '^- Completed ' "$log")
failed=$(sed -n '/Failed On The Following Notebooks/,$p' "$log" | grep -c $'^\t')
[ "$rc" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1   # nbdev-test failed before or outside any notebook
echo "notebooks: $((total-failed)) passed, $failed failed"
exit "$rc"
