#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs CalfAtlas into a temporary prefix and checks what a desktop expects to find there, then builds
# the Debian package and checks its contents.   check-install.sh BUILD_DIR
set -euo pipefail
build=$1
id=io.github.calfatlas.CalfAtlas
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$work/usr" >/dev/null
share=$work/usr/share
for f in "$work/usr/bin/calfatlas" "$work/usr/bin/calfatlas-cli" "$share/applications/$id.desktop" \
         "$share/metainfo/$id.metainfo.xml" "$share/icons/hicolor/scalable/apps/$id.svg"; do
  [[ -f $f ]] || fail "missing after install: ${f#$work}"
done
for size in 16 24 32 48 64 128 256 512; do
  png=$share/icons/hicolor/${size}x${size}/apps/$id.png
  [[ -f $png ]] || fail "missing icon ${png#$work}"
  # PNG width and height are big-endian words at bytes 16 and 20.
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4, $7*256+$8}')
  [[ $w == "$size" && $h == "$size" ]] || fail "${png#$work} is ${w}x${h}, not ${size}x${size}"
done
desktop-file-validate "$share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic "$share/metainfo/$id.metainfo.xml" >/dev/null ||
  appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml"
"$work/usr/bin/calfatlas-cli" --version | grep -q "calfatlas-cli" || fail "the installed calfatlas-cli does not run"

# The Debian package holds the same files.
(cd "$build" && cpack -G DEB -B "$work/deb" >/dev/null)
deb=$(ls "$work"/deb/calfatlas_*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/calfatlas ./usr/bin/calfatlas-cli "./usr/share/applications/$id.desktop" \
         "./usr/share/metainfo/$id.metainfo.xml" "./usr/share/icons/hicolor/256x256/apps/$id.png"; do
  grep -q " $f\$" <<<"$contents" || fail "the package lacks $f"
done
dpkg-deb -f "$deb" Depends | grep -q libqt6widgets6 || fail "the package does not depend on Qt Widgets"
echo "check-install: install and package look right ($(basename "$deb"))"
