#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds CalfAtlas (installing what is missing) and runs every check; exits non-zero when one fails:
#   1. the Release build and its tests (GoogleTest suites, the monkey test);
#   2. the style: clang-format and clang-tidy (scripts/check-style.sh);
#   3. the same build and tests with AddressSanitizer and UndefinedBehaviorSanitizer (build-asan);
#   4. a short run of every fuzzer (build-fuzz, scripts/fuzz.sh).
# CALFATLAS_SKIP_SANITIZERS=1 leaves out 3 and 4 for a quick local run; CI runs everything.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

timings=()
passed=0
started=$SECONDS
# stage NAME COMMAND...: runs one stage and keeps how long it took; a stage that fails is kept too, marked
# as failed, and ends the run with its exit status.
stage() {
  local name=$1 begin=$SECONDS status
  shift
  # In a subshell of its own so that set -e still stops the stage at its first failing command (bash
  # ignores set -e inside anything run as part of an || list).
  set +e
  (set -e; "$@")
  status=$?
  set -e
  if [[ $status -ne 0 ]]; then
    timings+=("$(printf '%-24s %4d s  FAILED (exit status %d)' "$name" $((SECONDS - begin)) "$status")")
    exit "$status"
  fi
  timings+=("$(printf '%-24s %4d s' "$name" $((SECONDS - begin)))")
  passed=$((passed + 1))
}
report() {
  local status=$?
  if [[ ${#timings[@]} -gt 0 ]]; then
    say "Time per stage"
    printf '  %s\n' "${timings[@]}" >&2
    printf '  %-24s %4d s\n' total $((SECONDS - started)) >&2
  fi
  if [[ $status -eq 0 ]]; then
    say "all $passed stages passed"
  else
    say "FAILED (exit status $status)"
  fi
}
trap report EXIT

run_tests() {
  local dir=$1
  say "Running the tests in $dir"
  ctest --test-dir "$dir" --output-on-failure --parallel "$(nproc)"
}

# CTest lists each suite's tests by running it, before the tests' own environment applies: the sanitizer
# options and suppressions have to be in CTest's environment too.
run_sanitizer_tests() {
  local -a environment
  mapfile -t environment <"$CALFATLAS_ASAN_BUILD/sanitizer.env"
  env "${environment[@]}" ctest --test-dir "$CALFATLAS_ASAN_BUILD" --output-on-failure --parallel "$(nproc)"
}

stage "install packages" install_missing "${CALFATLAS_BUILD_PACKAGES[@]}"
stage "build" configure_and_build "$CALFATLAS_ROOT/build"
stage "tests" run_tests "$CALFATLAS_ROOT/build"
stage "style" bash "$CALFATLAS_ROOT/scripts/check-style.sh"
if [[ ${CALFATLAS_SKIP_SANITIZERS:-0} == 1 ]]; then
  say "CALFATLAS_SKIP_SANITIZERS=1: the sanitizer build and the fuzzers are skipped"
else
  stage "sanitizer build" configure_asan_build
  say "Running the tests in $CALFATLAS_ASAN_BUILD (ASan + UBSan)"
  stage "sanitizer tests" run_sanitizer_tests
  stage "fuzzers (build + run)" bash "$CALFATLAS_ROOT/scripts/fuzz.sh" "${CALFATLAS_FUZZ_SECONDS:-20}"
fi
