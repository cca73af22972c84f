#!/usr/bin/env bash
# Formats every C++ file of ours (core/, app/, tests/) in place with clang-format 14 and .clang-format.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
git ls-files -z -- 'core/*.cpp' 'core/*.h' 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h' | xargs -0 clang-format-14 -i
