#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Measures CalfAtlas's start-up against a bare Qt Widgets window, under a private Xvfb:
# the median milliseconds from process start to the window being visible, and to the first fully
# painted diagram. Usage: scripts/startup-bench.sh [RUNS] (default 15). Builds first if needed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

runs=${1:-15}
install_missing "${CALFATLAS_BUILD_PACKAGES[@]}" xvfb x11-utils
configure_and_build "$CALFATLAS_ROOT/build" >/dev/null
bin=$CALFATLAS_ROOT/build/bin

display=""
for n in $(seq 150 190); do
  if [[ ! -e /tmp/.X$n-lock && ! -e /tmp/.X11-unix/X$n ]]; then display=:$n; break; fi
done
[[ -n $display ]] || { echo "no free X display" >&2; exit 1; }
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
for _ in $(seq 100); do DISPLAY=$display xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
export DISPLAY=$display XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
value() { sed -n "s/^$1=//p"; }

bare=() app=() diagram=()
for _ in $(seq "$runs"); do
  bare+=("$("$bin/calfatlas-bare-window" 2>&1 | value window-visible-ms)")
  out=$("$bin/calfatlas" --exit-after-startup 2>&1)
  app+=("$(value window-visible-ms <<<"$out")")
  diagram+=("$(value first-diagram-ms <<<"$out")")
done
bare_ms=$(printf '%s\n' "${bare[@]}" | median)
app_ms=$(printf '%s\n' "${app[@]}" | median)
diagram_ms=$(printf '%s\n' "${diagram[@]}" | median)
echo "runs: $runs"
echo "bare Qt window visible (median): ${bare_ms} ms"
echo "CalfAtlas window visible (median): ${app_ms} ms  ($(awk -v a="$app_ms" -v b="$bare_ms" 'BEGIN { printf "%.2f", a / b }')x the bare window)"
echo "CalfAtlas first diagram fully painted (median): ${diagram_ms} ms"
