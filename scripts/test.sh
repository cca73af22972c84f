#!/usr/bin/env bash
# Builds CalfAtlas (installing what is missing) and runs every test; exits non-zero when one fails.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${CALFATLAS_BUILD_PACKAGES[@]}"
configure_and_build "$CALFATLAS_ROOT/build"
say "Running the tests"
ctest --test-dir "$CALFATLAS_ROOT/build" --output-on-failure --parallel "$(nproc)"
