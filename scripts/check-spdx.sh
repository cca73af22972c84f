#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks that every source and script file of the checkout says its licence in its first lines
# (SPDX-License-Identifier: MIT), and prints each one that does not. Usage: scripts/check-spdx.sh [ROOT]
set -euo pipefail
root=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
cd "$root"
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' '*.sh' '*.py' '*.mjs' 'CMakeLists.txt' '*/CMakeLists.txt' '.ci/run' 2>/dev/null)
if [[ ${#files[@]} -eq 0 ]]; then
  echo "check-spdx: no files listed (not a git checkout?)" >&2
  exit 1
fi
missing=0
for f in "${files[@]}"; do
  [[ -f $f ]] || continue
  if ! head -n 3 "$f" | grep -q 'SPDX-License-Identifier: MIT'; then
    echo "$f: no SPDX-License-Identifier: MIT in its first lines" >&2
    missing=1
  fi
done
exit $missing
