#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds CalfAtlas (installing what is missing) and launches it. Arguments go to the app.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_missing "${CALFATLAS_BUILD_PACKAGES[@]}"
configure_and_build "$CALFATLAS_ROOT/build"
say "Starting CalfAtlas"
exec "$CALFATLAS_ROOT/build/bin/calfatlas" "$@"
