#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a string of the sources or the data files is missing from a translation: runs lupdate over a
# copy of each .ts file and counts what arrives unfinished.   check-ts-current.sh SOURCE_DIR LUPDATE
set -euo pipefail
src=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$src/resources/translations/extract-data-strings.py" "$work/datastrings.cpp" 2>/dev/null
status=0
for ts in "$src"/resources/translations/calfatlas_*.ts; do
  copy=$work/$(basename "$ts")
  cp "$ts" "$copy"
  (cd "$src" && "$lupdate" -silent -no-obsolete -locations none -source-language en app core "$work/datastrings.cpp" -ts "$copy")
  missing=$(grep -c 'type="unfinished"' "$copy" || true)
  if [[ $missing -gt 0 ]]; then
    echo "$(basename "$ts"): $missing string(s) not translated, for example:" >&2
    grep -B1 'type="unfinished"' "$copy" | grep '<source>' | head -5 | sed 's/^ */  /' >&2
    status=1
  fi
  if ! diff -q <(grep -c '<message' "$ts") <(grep -c '<message' "$copy") >/dev/null; then
    echo "$(basename "$ts") is not up to date with the sources" >&2
    status=1
  fi
done
[[ $status -eq 0 ]] || echo "Run scripts/update-translations.sh and translate the new strings in Qt Linguist." >&2
exit $status
