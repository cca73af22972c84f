#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Formats every C++ file of ours (core/, app/, tests/; new files not yet added included) in place with clang-format 14 and .clang-format.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
git ls-files -z --cached --others --exclude-standard -- 'core/*.cpp' 'core/*.h' 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' | xargs -0 clang-format-14 -i
