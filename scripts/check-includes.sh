#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Checks that includes between the app's folders follow the design, and that no header's name is used in
# both core/ and app/ (an include of it could then find the wrong one). Usage: scripts/check-includes.sh [ROOT]
# (default: this checkout); prints each offending include and fails.
#
# The app has a folder per feature. ui/ is the kit every folder may include; shell/ (and main.cpp) wires the
# features together and may include any folder; every other folder (explorer, wizard, history, learn,
# movement, cli, tools and any new one) includes only ui/ and core/. The exceptions: the Learn area shows
# the explorer's diagram (learn/ may include explorer/diagramview.h and explorer/explorerpage.h), and the
# command line draws the deck's images and the plate handouts as the app does (cli/ may include
# learn/deckexport.h, explorer/explorerpage.h, explorer/diagramview.h and explorer/platehandout.h).
set -euo pipefail
root=$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/..}" && pwd)
cd "$root"

exceptions=" learn:explorer/diagramview.h learn:explorer/explorerpage.h learn:explorer/platerender.h cli:learn/deckexport.h cli:explorer/explorerpage.h cli:explorer/diagramview.h cli:explorer/platehandout.h "
status=0

# folder PATH: sets $folder to the app folder PATH lies in ("shell" for a file at the top of app/).
folder() {
  local rest=${1#app/}
  if [[ $rest == */* ]]; then folder=${rest%%/*}; else folder=shell; fi
}

# resolve PATH: sets $resolved to PATH without "." and ".." steps.
resolve() {
  local part steps parts=() IFS=/
  read -ra steps <<<"$1"
  for part in "${steps[@]}"; do
    case $part in
    . | '') ;;
    ..) [[ ${#parts[@]} -gt 0 ]] && unset 'parts[${#parts[@]}-1]' ;;
    *) parts+=("$part") ;;
    esac
  done
  resolved="${parts[*]}"
}

# Every quoted include of the app, as FILE:#include "NAME".
while IFS= read -r line; do
  file=${line%%:*}
  include=${line#*\"}
  include=${include%\"*}
  folder "$file"
  from=$folder
  [[ $from == shell ]] && continue
  # Where the compiler finds it: beside the file, then under app/, app/cli/ and core/.
  target=
  for candidate in "${file%/*}/$include" "app/$include" "app/cli/$include" "core/$include"; do
    if [[ -f $candidate ]]; then
      resolve "$candidate"
      target=$resolved
      break
    fi
  done
  [[ $target == app/* ]] || continue
  folder "$target"
  [[ $folder == "$from" || $folder == ui ]] && continue
  [[ $exceptions == *" $from:${target#app/} "* ]] && continue
  echo "$file includes $target: app/$from/ may include only app/ui/ and core/" >&2
  status=1
done < <(grep -rHo --include='*.h' --include='*.cpp' '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^"]*"' app | sort)

# A header name in both trees.
while IFS= read -r name; do
  echo "$name is the name of a header in core/ and in app/: rename one" >&2
  status=1
done < <(comm -12 <(find core -name '*.h' -printf '%f\n' | sort -u) <(find app -name '*.h' -printf '%f\n' | sort -u))

[[ $status -eq 0 ]] || echo "check-includes: includes that the design does not allow (see scripts/check-includes.sh)" >&2
exit $status
