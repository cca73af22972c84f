#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets (clang++, ASan + UBSan, in build-fuzz) and runs each for SECONDS
# (default 300), two at a time. Usage: scripts/fuzz.sh [SECONDS] [CTEST_ARGS...], for example
#   scripts/fuzz.sh 3600 -R fuzz.cli      # one hour on the command line only
# New interesting inputs are kept in build-fuzz/fuzz/corpus/NAME/; a crash, a hang or a broken invariant
# fails the run and leaves the input that caused it as build-fuzz/fuzz/NAME-crash-… (or -timeout-, -leak-);
# replay it with build-fuzz/fuzz/fuzz-NAME FILE.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

seconds=${1:-300}
shift || true
install_missing "${CALFATLAS_BUILD_PACKAGES[@]}"
build_fuzzers "$seconds"
say "Running every fuzzer for $seconds s"
# CTest's own environment carries the sanitizer options too (see scripts/test.sh).
mapfile -t environment <"$CALFATLAS_FUZZ_BUILD/sanitizer.env"
env "${environment[@]}" ctest --test-dir "$CALFATLAS_FUZZ_BUILD" --output-on-failure --parallel "$(nproc)" "$@"
