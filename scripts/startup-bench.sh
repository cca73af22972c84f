#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Measures CalfAtlas's start-up against a bare Qt Widgets window, under a private Xvfb (1600×1000, so the
# window opens at 1280×800 as on a first launch): the milliseconds from process start to the window being
# visible, to the first fully painted diagram (Explore) with an empty and with a filled plate cache, and to the
# first painted Home page. Prints the median and the spread (lowest–highest) of each, and the medians of the
# steps in between (calfatlas --trace-startup).
# Usage: scripts/startup-bench.sh [RUNS] (default 15). Builds first if needed; CALFATLAS_BENCH_BIN=DIR times
# the binaries in DIR instead (another build, for a before/after comparison).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

runs=${1:-15}
install_missing "${CALFATLAS_BUILD_PACKAGES[@]}" xvfb x11-utils
if [[ -n ${CALFATLAS_BENCH_BIN:-} ]]; then
  bin=$CALFATLAS_BENCH_BIN
else
  configure_and_build "$CALFATLAS_ROOT/build" >/dev/null
  bin=$CALFATLAS_ROOT/build/bin
fi

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
export DISPLAY=$display XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data

# Each run's "NAME-ms=N" lines are gathered in $home/NAME.KIND, one number a line.
record() {
  local kind=$1 line
  while IFS= read -r line; do
    [[ $line =~ ^([a-z-]+)-ms=([0-9.]+)$ ]] || continue
    # A step printed more than once in a run (a second rendering) counts at its last time.
    printf '%s\n' "${BASH_REMATCH[2]}" >"$home/${BASH_REMATCH[1]}.$kind.run"
  done
  local f
  for f in "$home"/*."$kind".run; do
    [[ -e $f ]] || continue
    cat "$f" >>"${f%.run}"
    rm "$f"
  done
}

for _ in $(seq "$runs"); do
  "$bin/calfatlas-bare-window" 2>&1 | record bare
  # An empty cache, as on the first start after an install or a change of the art or the window's size.
  rm -rf "$home/cache"
  XDG_CACHE_HOME=$home/cache "$bin/calfatlas" --view explore --exit-after-startup 2>&1 | record cold
  # The cache that run filled, as on every later start.
  XDG_CACHE_HOME=$home/cache "$bin/calfatlas" --view explore --exit-after-startup 2>&1 | record warm
  XDG_CACHE_HOME=$home/cache "$bin/calfatlas" --view welcome --exit-after-startup 2>&1 | record home
done

# stats FILE: "median (lowest–highest)" of the numbers in FILE.
stats() {
  sort -n "$1" | awk '{ a[NR] = $1 } END {
    m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    printf "%.0f ms (%.0f–%.0f)", m, a[1], a[NR] }'
}
median() { sort -n "$1" | awk '{ a[NR] = $1 } END { printf "%.1f", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
show() { [[ -s $home/$2 ]] && printf '%-58s %s\n' "$1" "$(stats "$home/$2")" || printf '%-58s %s\n' "$1" "not reported"; }

echo "runs: $runs   median (lowest–highest), from process start"
show "bare Qt window visible" window-visible.bare
show "CalfAtlas window visible" window-visible.warm
show "first diagram fully painted, empty plate cache" first-diagram.cold
show "first diagram fully painted, filled plate cache" first-diagram.warm
show "Home page painted (--view welcome)" first-page.home
echo "steps (median ms from process start; empty cache / filled cache):"
for step in main qapplication theme-and-language content window-built window-visible explore-page-start plates-read \
  explore-page-built render-start cache-read svg-parsed pieces-rasterised composed render-delivered first-page first-diagram; do
  cold=- warm=-
  [[ -s $home/$step.cold ]] && cold=$(median "$home/$step.cold")
  [[ -s $home/$step.warm ]] && warm=$(median "$home/$step.warm")
  [[ $cold == - && $warm == - ]] && continue
  printf '  %-22s %8s %8s\n' "$step" "$cold" "$warm"
done
