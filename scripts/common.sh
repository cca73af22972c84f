# SPDX-License-Identifier: MIT
# Shared by run.sh and test.sh: install missing Debian packages, configure and build.
# Sourced, not executed.

CALFATLAS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What building the app and its tests needs on Debian 12 / Ubuntu.
CALFATLAS_BUILD_PACKAGES=(
  build-essential cmake ninja-build git
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6 libqt6sql6-sqlite libqt6printsupport6 qt6-translations-l10n libgl-dev
  qt6-multimedia-dev libqt6multimedia6
  libgtest-dev libgmock-dev libbenchmark-dev
  libzip-dev pkg-config
  fonts-dejavu-core
  desktop-file-utils appstream dpkg-dev file
  ccache
  clang libclang-rt-14-dev clang-format-14 clang-tidy-14
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The folders of the sanitizer build (g++, ASan + UBSan) and of the fuzzers (clang++, libFuzzer).
CALFATLAS_ASAN_BUILD=$CALFATLAS_ROOT/build-asan
CALFATLAS_FUZZ_BUILD=$CALFATLAS_ROOT/build-fuzz

# configure_asan_build: the whole app and its tests with AddressSanitizer and UndefinedBehaviorSanitizer.
# Debug: Qt's own bounds assertions are on too, and -O0 compiles fastest.
configure_asan_build() {
  configure_and_build "$CALFATLAS_ASAN_BUILD"
}

# build_fuzzers [SECONDS]: the libFuzzer targets only (not the app), each set to run SECONDS under CTest.
build_fuzzers() {
  local seconds=${1:-20}
  configure_and_build "$CALFATLAS_FUZZ_BUILD" -DCALFATLAS_FUZZ_SECONDS="$seconds" --target calfatlas_fuzzers
}

# Installs the given packages that are not installed yet (apt-get, through sudo when not root).
install_missing() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "CalfAtlas needs these Debian packages, and apt-get is not available: ${missing[*]}" >&2
    return 1
  fi
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null; then
      echo "CalfAtlas needs these Debian packages: ${missing[*]}. Run this script as root, or install sudo, or install them as root with: apt-get install ${missing[*]}" >&2
      return 1
    fi
    sudo=(sudo)
  fi
  say "Installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine may have no package lists yet: update once and try again.
  "${sudo[@]}" apt-get install -y -q "${missing[@]}" ||
    { "${sudo[@]}" apt-get update -q && "${sudo[@]}" apt-get install -y -q "${missing[@]}"; }
}

# configure_and_build BUILD_DIR [CMAKE_ARGS...] [--target TARGET]: configures BUILD_DIR with its preset of
# CMakePresets.json (build: release, build-asan: asan, build-fuzz: fuzz; any other folder a plain Release
# build) and builds it on every core; with --target, only that target is built.
configure_and_build() {
  local dir=$1 targets=()
  shift
  if [[ $# -ge 2 && ${*: -2:1} == --target ]]; then
    targets=(--target "${*: -1}")
    set -- "${@:1:$#-2}"
  fi
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  local preset=
  case $dir in
    "$CALFATLAS_ROOT/build") preset=release ;;
    "$CALFATLAS_ASAN_BUILD") preset=asan ;;
    "$CALFATLAS_FUZZ_BUILD") preset=fuzz ;;
  esac
  if [[ ! -f $dir/CMakeCache.txt ]]; then
    say "Configuring in $dir${preset:+ (preset $preset)}"
    if [[ -n $preset ]]; then
      (cd "$CALFATLAS_ROOT" && cmake --preset "$preset" "${launcher[@]}" "$@")
    else
      cmake -S "$CALFATLAS_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
    fi
  else
    cmake -S "$CALFATLAS_ROOT" -B "$dir" "$@" >/dev/null
  fi
  say "Building in $dir"
  cmake --build "$dir" --parallel "$(nproc)" "${targets[@]}"
}
