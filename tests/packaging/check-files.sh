#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The files the build made for packaging agree with the one version (CMake's PROJECT_VERSION) and
# are what they claim to be: icons at every size, .ico, .icns, man pages, changelogs, Info.plist.
#   check-files.sh VERSION PACKAGING-BUILD-DIR PACKAGING-SOURCE-DIR APP-ID
set -euo pipefail
version=${1:?} bin=${2:?} src=${3:?} id=${4:?}
status=0
fail() { echo "FAIL $*"; status=1; }
ok() { echo "ok   $*"; }

grep -q "<release version=\"$version\" date=\"[0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\"" "$bin/$id.metainfo.xml" \
  && ok "metainfo release $version" || fail "metainfo has no release $version"
for page in "$bin"/man/*.1; do
  grep -q "^\.TH .*\"Account Manager $version\"" "$page" && ok "$(basename "$page") says $version" \
    || fail "$page does not say $version"
done
for key in CFBundleShortVersionString CFBundleVersion; do
  grep -A1 "<key>$key</key>" "$bin/Info.plist.preview" | grep -q "<string>$version</string>" \
    && ok "Info.plist $key $version" || fail "Info.plist $key is not $version"
done
grep -q "<string>$id</string>" "$bin/Info.plist.preview" \
  && ok "Info.plist bundle id" || fail "Info.plist bundle id"
if [ -d "$bin/doc" ]; then
  for pkg in account-manager account-server; do
    zcat "$bin/doc/$pkg/changelog.gz" | head -1 | grep -q "^$pkg ($version) " \
      && ok "$pkg changelog $version" || fail "$pkg changelog.gz does not start with $pkg ($version)"
  done
fi
grep -q '^Icon=account-manager$' "$bin/$id.desktop" && ok "desktop Icon=account-manager" || fail "desktop Icon"
for size in 16 22 24 32 48 64 128 256 512; do
  png="$bin/icons/hicolor/${size}x${size}/apps/account-manager.png"
  file -b "$png" | grep -q "PNG image data, $size x $size, 8-bit/color RGBA" \
    && ok "icon ${size}x${size}" || fail "$png: $(file -b "$png" 2>&1)"
done
file -b "$bin/icons/account-manager.ico" | grep -q "MS Windows icon resource - 7 icons" \
  && ok "account-manager.ico" || fail "ico: $(file -b "$bin/icons/account-manager.ico")"
file -b "$bin/icons/account-manager.icns" | grep -q "Mac OS X icon" \
  && ok "account-manager.icns" || fail "icns: $(file -b "$bin/icons/account-manager.icns")"
# The Windows resources and manifests (configured on every OS, built in on Windows only).
IFS=. read -r major minor patch <<<"$version"
for rc in "$bin"/windows/*.rc; do
  name=$(basename "$rc" .rc)
  grep -q "^FILEVERSION $major,$minor,$patch,0\$" "$rc" && grep -q "^PRODUCTVERSION $major,$minor,$patch,0\$" "$rc" \
    && grep -q "VALUE \"ProductVersion\", \"$version\"" "$rc" && grep -q "VALUE \"OriginalFilename\", \"$name.exe\"" "$rc" \
    && ok "$name.rc VERSIONINFO $version" || fail "$rc: VERSIONINFO is not $version for $name.exe"
  icon=$(sed -n 's/^IDI_ICON1 ICON "\(.*\)"$/\1/p' "$rc")
  [ "$icon" = "$bin/icons/account-manager.ico" ] && [ -f "$icon" ] \
    && ok "$name.rc icon" || fail "$rc: icon '$icon' is not the built account-manager.ico"
  manifest="$bin/windows/$name.manifest"
  grep -q "version=\"$version.0\"" "$manifest" \
    && grep -q '<activeCodePage xmlns="http://schemas.microsoft.com/SMI/2019/WindowsSettings">UTF-8</activeCodePage>' "$manifest" \
    && grep -q '<dpiAwareness xmlns="http://schemas.microsoft.com/SMI/2016/WindowsSettings">PerMonitorV2' "$manifest" \
    && ok "$name.manifest: version, UTF-8, per-monitor DPI" || fail "$manifest: version, UTF-8 code page or DPI awareness"
done
[ -f "$bin/windows/account-manager.rc" ] || fail "no account-manager.rc"
exit $status
