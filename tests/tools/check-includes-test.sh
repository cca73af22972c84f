#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The include check (scripts/check-includes.sh) on a copy of app/ and core/: the copy as it is passes, and each
# planted include the design forbids, or a header name planted in both trees, fails it with a line naming the
# culprit.   check-includes-test.sh SOURCE_DIR
set -euo pipefail
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# check NAME EXPECTED CHANGE: a fresh copy, changed by the shell command CHANGE, must pass the check when
# EXPECTED is "pass", or fail it with a message containing EXPECTED.
check() {
  local name=$1 expected=$2 change=$3 status=0
  rm -rf "$work/copy"
  mkdir "$work/copy"
  cp -r "$src/app" "$src/core" "$work/copy/"
  (cd "$work/copy" && eval "$change")
  bash "$src/scripts/check-includes.sh" "$work/copy" 2>"$work/err" || status=$?
  if [[ $expected == pass ]]; then
    [[ $status -eq 0 ]] && return 0
    echo "FAIL $name: the check refused it:" >&2
  elif [[ $status -eq 0 ]]; then
    echo "FAIL $name: the check let it pass" >&2
  elif grep -qF "$expected" "$work/err"; then
    return 0
  else
    echo "FAIL $name: the check failed without naming $expected:" >&2
  fi
  cat "$work/err" >&2
  exit 1
}

check "the sources as they are" pass ":"
check "a feature including another" "app/history/historypage.cpp includes app/wizard/selftestwizard.h" \
  "echo '#include \"wizard/selftestwizard.h\"' >>app/history/historypage.cpp"
check "a feature including the shell" "app/movement/legview.cpp includes app/shell/mainwindow.h" \
  "echo '#include \"shell/mainwindow.h\"' >>app/movement/legview.cpp"
check "the kit including a feature, by a relative path" "app/ui/card.cpp includes app/learn/quizpage.h" \
  "echo '#include \"../learn/quizpage.h\"' >>app/ui/card.cpp"
check "a new feature folder including another" "app/plans/plan.cpp includes app/history/historypage.h" \
  "mkdir app/plans && echo '#include \"history/historypage.h\"' >app/plans/plan.cpp"
check "learn beyond the explorer's diagram" "app/learn/tourpage.cpp includes app/explorer/infopanel.h" \
  "echo '#include \"explorer/infopanel.h\"' >>app/learn/tourpage.cpp"
check "the shell including a feature" pass "echo '#include \"history/historypage.h\"' >>app/shell/settings.cpp"
check "a feature including the kit and core" pass \
  "echo '#include \"ui/palette.h\"' >>app/history/trendchart.cpp && echo '#include \"common/content.h\"' >>app/history/trendchart.cpp"
check "a header name in core and in app" "knowledgebase.h is the name of a header in core/ and in app/" \
  "touch app/explorer/knowledgebase.h"
echo "check-includes: every planted include was caught"
