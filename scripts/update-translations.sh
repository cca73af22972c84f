#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Brings the Qt Linguist files up to date with the sources: collects the data files' texts, then runs
# lupdate over the app, the core and those texts. New strings arrive unfinished; translate them with
# Qt Linguist (linguist resources/translations/calfatlas_de.ts) before the tests will pass again.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
python3 "$root/resources/translations/extract-data-strings.py"
cd "$root"
"$lupdate" -no-obsolete -locations none -source-language en \
  app core resources/translations/datastrings.cpp \
  -ts resources/translations/calfatlas_de.ts resources/translations/calfatlas_es.ts
