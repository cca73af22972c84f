# Shared by run.sh and test.sh: install missing Debian packages, configure and build.
# Sourced, not executed.

CALFATLAS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What building the app and its tests needs on Debian 12 / Ubuntu.
CALFATLAS_BUILD_PACKAGES=(
  build-essential cmake ninja-build
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6 libqt6sql6-sqlite qt6-translations-l10n libgl-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  fonts-dejavu-core
  desktop-file-utils appstream dpkg-dev file
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

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
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  say "Installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # A fresh machine may have no package lists yet: update once and try again.
  "${sudo[@]}" apt-get install -y -q "${missing[@]}" ||
    { "${sudo[@]}" apt-get update -q && "${sudo[@]}" apt-get install -y -q "${missing[@]}"; }
}

# configure_and_build BUILD_DIR [CMAKE_ARGS...]: a Release build using every core.
configure_and_build() {
  local dir=$1
  shift
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  if [[ ! -f $dir/CMakeCache.txt ]]; then
    say "Configuring in $dir"
    cmake -S "$CALFATLAS_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
  else
    cmake -S "$CALFATLAS_ROOT" -B "$dir" "$@" >/dev/null
  fi
  say "Building in $dir"
  cmake --build "$dir" --parallel "$(nproc)"
}
