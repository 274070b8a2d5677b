#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the packages with cpack from the build tree (as `cpack` would be run by hand), then checks
# them without installing anything: control fields and file lists (dpkg-deb -I/-c), the extracted
# binaries (dpkg -x into a scratch root) run and print the project version, the unit passes
# systemd-analyze verify, the desktop file and metainfo validate, the .tar.gz holds the app, and
# lintian finds no error or warning. Environment: see tests/packaging/CMakeLists.txt.
set -euo pipefail
: "${AM_BUILD_DIR:?}" "${AM_VERSION:?}" "${AM_PACKAGES_DIR:?}" "${AM_SCRATCH:?}" "${AM_SOURCE_DIR:?}"
: "${AM_APP_BIN:?}" "${AM_SERVER_BIN:?}" "${AM_HAVE_CTL:=0}"
status=0
fail() { echo "FAIL $*"; status=1; }
ok() { echo "ok   $*"; }
step() { echo; echo "== $* ($(( SECONDS ))s)"; }

# The packages are made from what the build produced: it must be there.
for bin in "$AM_APP_BIN" "$AM_SERVER_BIN" ${AM_CTL_BIN:+"$AM_CTL_BIN"}; do
  [ -x "$bin" ] || { echo "FAIL $bin is not built: build first (scripts/test does)"; exit 1; }
done

step "cpack"
rm -rf "$AM_PACKAGES_DIR"
(cd "$AM_BUILD_DIR" && cpack --config CPackConfig.cmake -B "$AM_PACKAGES_DIR" >"$AM_PACKAGES_DIR.log" 2>&1) \
  || { cat "$AM_PACKAGES_DIR.log"; echo "FAIL cpack"; exit 1; }
grep -E "CPack: - package: " "$AM_PACKAGES_DIR.log" || true
arch=$(dpkg --print-architecture)
app_deb="$AM_PACKAGES_DIR/account-manager_${AM_VERSION}_${arch}.deb"
server_deb="$AM_PACKAGES_DIR/account-server_${AM_VERSION}_${arch}.deb"
app_tgz="$AM_PACKAGES_DIR/account-manager-${AM_VERSION}-Linux-$(uname -m).tar.gz"
for f in "$app_deb" "$server_deb" "$app_tgz"; do
  [ -f "$f" ] && ok "made $(basename "$f") ($(du -k "$f" | cut -f1) KiB)" || { fail "cpack made no $f"; ls -l "$AM_PACKAGES_DIR"; exit 1; }
done
[ -z "$(find "$AM_PACKAGES_DIR" -maxdepth 1 -name '*Unspecified*')" ] || fail "a package of the Unspecified component"

step "dpkg-deb -I"
field() { dpkg-deb -f "$1" "$2"; }
for deb in "$app_deb" "$server_deb"; do
  name=$(basename "$deb" | cut -d_ -f1)
  [ "$(field "$deb" Package)" = "$name" ] && ok "$name: Package" || fail "$name: Package is $(field "$deb" Package)"
  [ "$(field "$deb" Version)" = "$AM_VERSION" ] && ok "$name: Version $AM_VERSION" || fail "$name: Version $(field "$deb" Version)"
  depends=$(field "$deb" Depends)
  # dpkg-shlibdeps found the libraries the binary links.
  for lib in libc6 libqt6core6; do
    grep -q "$lib" <<<"$depends" && ok "$name: Depends $lib" || fail "$name: no $lib in Depends: $depends"
  done
  [ -n "$(field "$deb" Maintainer)" ] && [ -n "$(field "$deb" Description)" ] || fail "$name: no Maintainer or Description"
done
app_depends=$(field "$app_deb" Depends)
for lib in libqt6widgets6 libqt6svg6 libqt6keychain1 libphonenumber8; do
  grep -q "$lib" <<<"$app_depends" && ok "account-manager: Depends $lib" || fail "account-manager: no $lib in Depends: $app_depends"
done
server_depends=$(field "$server_deb" Depends)
for dep in adduser openssl libqt6sql6-sqlite libmicrohttpd12 libsodium23; do
  grep -q "$dep" <<<"$server_depends" && ok "account-server: Depends $dep" || fail "account-server: no $dep in Depends: $server_depends"
done
dpkg-deb --ctrl-tarfile "$server_deb" | tar -t | sort | tr '\n' ' ' | grep -q "./conffiles.*./postinst ./postrm ./prerm" \
  && ok "account-server: postinst, prerm, postrm, conffiles" || fail "account-server: maintainer scripts missing"
[ "$(dpkg-deb -I "$server_deb" conffiles)" = "/etc/account-server/account-server.conf" ] \
  && ok "account-server: conffile" || fail "account-server: conffiles is $(dpkg-deb -I "$server_deb" conffiles)"

step "dpkg-deb -c"
expect_files() {
  local deb=$1; shift
  local list; list=$(dpkg-deb -c "$deb" | awk '{print $1" "$6}')
  for path in "$@"; do
    grep -q " \.$path\$" <<<"$list" && ok "$(basename "$deb" | cut -d_ -f1): $path" || fail "$(basename "$deb"): no $path"
  done
  # Nothing under /usr/local, nothing a user could write, nothing else at the top.
  ! grep -q " \./usr/local" <<<"$list" || fail "$deb: files in /usr/local"
  ! awk '{print $1}' <<<"$list" | grep -q '^.\{7\}w' || fail "$deb: world-writable files"
}
app_files=(/usr/bin/account-manager /usr/share/applications/io.github.accountmanager.AccountManager.desktop
  /usr/share/metainfo/io.github.accountmanager.AccountManager.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/account-manager.svg /usr/share/man/man1/account-manager.1.gz
  /usr/share/doc/account-manager/copyright /usr/share/doc/account-manager/changelog.gz)
for size in 16 22 24 32 48 64 128 256 512; do app_files+=("/usr/share/icons/hicolor/${size}x${size}/apps/account-manager.png"); done
if [ "$AM_HAVE_CTL" = 1 ]; then app_files+=(/usr/bin/account-ctl /usr/share/man/man1/account-ctl.1.gz); fi
expect_files "$app_deb" "${app_files[@]}"
expect_files "$server_deb" /usr/bin/account-server /lib/systemd/system/account-server.service \
  /etc/account-server/account-server.conf /usr/share/man/man1/account-server.1.gz \
  /usr/share/doc/account-server/copyright /usr/share/doc/account-server/changelog.gz
! dpkg-deb -c "$app_deb" | grep -q account-server || fail "account-manager holds server files"
! dpkg-deb -c "$server_deb" | grep -q "bin/account-manager" || fail "account-server holds the app"

step "dpkg -x into a scratch root"
rm -rf "$AM_SCRATCH"
root="$AM_SCRATCH/root"
mkdir -p "$root"
dpkg -x "$app_deb" "$root"
dpkg -x "$server_deb" "$root"
for bin in account-manager account-server; do
  file -b "$root/usr/bin/$bin" | grep -q ", stripped" && ok "$bin is stripped" || fail "$bin is not stripped: $(file -b "$root/usr/bin/$bin")"
done
out=$(QT_QPA_PLATFORM=offscreen timeout 30 "$root/usr/bin/account-manager" --version 2>/dev/null) || fail "account-manager --version: $out"
grep -qx "account-manager $AM_VERSION" <<<"$out" && ok "account-manager --version: $out" || fail "account-manager --version: $out"
out=$(timeout 30 "$root/usr/bin/account-server" --version 2>/dev/null) || fail "account-server --version: $out"
grep -qx "account-server $AM_VERSION" <<<"$out" && ok "account-server --version: $out" || fail "account-server --version: $out"
if [ "$AM_HAVE_CTL" = 1 ]; then
  out=$(timeout 30 "$root/usr/bin/account-ctl" --version 2>/dev/null) || fail "account-ctl --version: $out"
  grep -q "$AM_VERSION" <<<"$out" && ok "account-ctl --version: $out" || fail "account-ctl --version: $out"
fi
out=$(desktop-file-validate "$root/usr/share/applications/io.github.accountmanager.AccountManager.desktop" 2>&1) \
  && [ -z "$out" ] && ok "desktop-file-validate (packaged)" || fail "desktop-file-validate: $out"
out=$(appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.accountmanager.AccountManager.metainfo.xml" 2>&1) \
  && ok "appstreamcli validate (packaged)" || fail "appstreamcli: $out"
"$AM_SOURCE_DIR/tests/packaging/check-man-pages.sh" "$root/usr/share/man/man1" || fail "man pages"
if command -v systemd-analyze >/dev/null; then
  # The packaged unit, its ExecStart= pointed at the extracted binary (the man page is checked
  # above; package_install verifies the unit as installed, with all of it in place).
  mkdir -p "$AM_SCRATCH/unit"
  sed "s|^ExecStart=/usr/bin/account-server |ExecStart=$root/usr/bin/account-server |" \
    "$root/lib/systemd/system/account-server.service" > "$AM_SCRATCH/unit/account-server.service"
  out=$(systemd-analyze verify --man=no "$AM_SCRATCH/unit/account-server.service" 2>&1) \
    && [ -z "$out" ] && ok "systemd-analyze verify account-server.service" || fail "systemd-analyze verify: $out"
fi
sh -n "$AM_SOURCE_DIR/packaging/debian/account-server/postinst" || fail "postinst syntax"

step ".tar.gz"
tar -tzf "$app_tgz" > "$AM_SCRATCH/tgz.list"
top="account-manager-${AM_VERSION}-Linux-$(uname -m)"
for path in bin/account-manager share/applications/io.github.accountmanager.AccountManager.desktop \
  share/icons/hicolor/256x256/apps/account-manager.png share/man/man1/account-manager.1.gz; do
  grep -qx "$top/$path" "$AM_SCRATCH/tgz.list" && ok "tar.gz: $path" || fail "tar.gz: no $top/$path"
done
! grep -q "account-server\|/etc/\|systemd" "$AM_SCRATCH/tgz.list" || fail "tar.gz holds server files"

step "lintian"
if command -v lintian >/dev/null; then
  # Tags we accept, each with its reason, are in packaging/debian/lintian-overrides.txt.
  suppress=$(awk '!/^#/ && NF {print $1}' "$AM_SOURCE_DIR/packaging/debian/lintian-overrides.txt" | paste -sd, -)
  for deb in "$app_deb" "$server_deb"; do
    code=0
    out=$(timeout 300 lintian --fail-on error,warning ${suppress:+--suppress-tags "$suppress"} "$deb" 2>&1) || code=$?
    out=$(grep -v "running with root privileges is not recommended" <<<"$out" || true)
    [ "$code" = 0 ] && ok "lintian $(basename "$deb")" || fail "lintian $(basename "$deb") (exit $code):"
    [ -z "$out" ] || echo "$out"
  done
else
  echo "lintian is not installed: skipped (scripts/setup-deps installs it)"
fi

echo; echo "package_debs: $(( SECONDS ))s"
exit $status
