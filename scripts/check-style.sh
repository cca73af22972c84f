#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks that our C++ (core/, app/, tests/) is clang-format clean and clang-tidy clean (.clang-format,
# .clang-tidy), and that the app's folders include one another only as the design allows
# (scripts/check-includes.sh). Usage: scripts/check-style.sh [BUILD_DIR] (default build/, whose
# compile_commands.json clang-tidy reads; scripts/test.sh builds it first). scripts/format.sh fixes the
# formatting.
#
# clang-tidy is the slow part: a file is checked again only when it, a header of ours, or .clang-tidy
# changed since it was last found clean (remembered in BUILD_DIR/clang-tidy-clean/).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$CALFATLAS_ROOT"

build=${1:-$CALFATLAS_ROOT/build}
[[ -f $build/compile_commands.json ]] || { echo "no $build/compile_commands.json: build first" >&2; exit 1; }

mapfile -t sources < <(git ls-files -- 'core/*.cpp' 'core/*.h' 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h')
# An empty list means git could not list the files (no git, or not a checkout): checking nothing is not a pass.
if [[ ${#sources[@]} -eq 0 ]]; then
  echo "check-style: git lists no C++ files here; run it in a git checkout with git installed" >&2
  exit 1
fi

say "Includes between the app's folders"
bash scripts/check-includes.sh "$CALFATLAS_ROOT"

say "clang-format: ${#sources[@]} files"
if ! clang-format-14 --dry-run --Werror "${sources[@]}"; then
  echo "Formatting differs from .clang-format: run scripts/format.sh" >&2
  exit 1
fi

# Only what the build compiles has compile flags for clang-tidy; headers are checked through them.
mapfile -t units < <(printf '%s\n' "${sources[@]}" | grep '\.cpp$' |
  while read -r file; do grep -q "\"file\": \"$CALFATLAS_ROOT/$file\"" "$build/compile_commands.json" && echo "$file"; done)
stamp_dir=$build/clang-tidy-clean
mkdir -p "$stamp_dir"
shared=$(cat .clang-tidy $(printf '%s\n' "${sources[@]}" | grep '\.h$') | sha256sum | cut -c1-16)
pending=()
for file in "${units[@]}"; do
  key=$( { echo "$shared"; cat "$file"; } | sha256sum | cut -c1-16)
  [[ -f $stamp_dir/$key ]] || pending+=("$file")
done
say "clang-tidy: ${#pending[@]} of ${#units[@]} files to check"
[[ ${#pending[@]} -eq 0 ]] && exit 0
if ! printf '%s\n' "${pending[@]}" |
  xargs -P "$(nproc)" -n 4 clang-tidy-14 -p "$build" --quiet 2> >(grep -v ' warnings\? generated' >&2); then
  echo "clang-tidy found problems (above)" >&2
  exit 1
fi
for file in "${pending[@]}"; do
  key=$( { echo "$shared"; cat "$file"; } | sha256sum | cut -c1-16)
  touch "$stamp_dir/$key"
done
