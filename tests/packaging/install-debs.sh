#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the two .debs package_debs made for real (dpkg -i), checks them the way a new user and
# an operator would, then removes (dpkg -r) and purges (dpkg -P) them and checks nothing is left.
#
# Changes the system, so it runs only as root, and only where that is safe: skipped (exit 77)
#  - when not root;
#  - when systemd is PID 1 (a desktop or a server: postinst would start a real service), unless
#    AM_PACKAGE_INSTALL_TEST=1;
#  - when account-manager or account-server is installed, or /etc/account-server or
#    /var/lib/account-server exist (it never touches an existing installation).
# CI (a container, root, no systemd) runs it.
set -euo pipefail
: "${AM_APP_ID:?}" "${AM_VERSION:?}" "${AM_PACKAGES_DIR:?}" "${AM_SCRATCH:?}" "${AM_SOURCE_DIR:?}" "${AM_HAVE_CTL:=0}"
skip() { echo "SKIP: $*"; exit 77; }
status=0
fail() { echo "FAIL $*"; status=1; }
ok() { echo "ok   $*"; }
step() { echo; echo "== $* ($(( SECONDS ))s)"; }
known() { dpkg-query -W -f='${Status}' "$1" >/dev/null 2>&1 && ! dpkg-query -W -f='${Status}' "$1" | grep -q "not-installed"; }

[ "$(id -u)" -eq 0 ] || skip "not root (installs packages for real; CI runs it as root)"
if [ -d /run/systemd/system ] && [ "${AM_PACKAGE_INSTALL_TEST:-0}" != 1 ]; then
  skip "systemd runs here: installing would start a real account-server (AM_PACKAGE_INSTALL_TEST=1 forces it)"
fi
for pkg in account-manager account-server; do
  ! known "$pkg" || skip "$pkg is already installed (or its config is left): not touching it"
done
for path in /etc/account-server /var/lib/account-server /var/cache/account-server; do
  [ ! -e "$path" ] || skip "$path exists: not touching it"
done
arch=$(dpkg --print-architecture)
app_deb="$AM_PACKAGES_DIR/account-manager_${AM_VERSION}_${arch}.deb"
server_deb="$AM_PACKAGES_DIR/account-server_${AM_VERSION}_${arch}.deb"
[ -f "$app_deb" ] && [ -f "$server_deb" ] || { echo "FAIL no packages in $AM_PACKAGES_DIR (package_debs makes them)"; exit 1; }
mkdir -p "$AM_SCRATCH"
user_existed=0
getent passwd account-server >/dev/null && user_existed=1

# Other engineers' apt runs hold the dpkg lock for a while: wait for it rather than fail.
dpkg_() {
  local out
  for _ in $(seq 1 60); do
    if out=$(dpkg "$@" 2>&1); then printf '%s\n' "$out"; return 0; fi
    grep -q "lock" <<<"$out" || { printf '%s\n' "$out"; return 1; }
    sleep 5
  done
  printf '%s\n' "$out"; return 1
}
dropin_dir=/etc/systemd/system/account-server.service.d
cleanup() {
  rm -rf "$dropin_dir"
  rm -f /etc/account-server/smtp-password
  if known account-manager || known account-server; then
    echo "cleanup: purging the packages"
    dpkg_ -P account-manager account-server >/dev/null || true
  fi
  if [ "$user_existed" = 0 ] && getent passwd account-server >/dev/null; then
    userdel account-server >/dev/null 2>&1 || true
    groupdel account-server >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

step "dpkg -i"
if ! dpkg_ -i "$app_deb" "$server_deb"; then
  echo "FAIL dpkg -i (dependencies missing? scripts/setup-deps installs them)"; exit 1
fi
dpkg -L account-manager account-server | sort -u > "$AM_SCRATCH/installed-files.txt"

step "the app, as a new user finds it"
desktop=/usr/share/applications/$AM_APP_ID.desktop
[ -f "$desktop" ] && ok "menu entry $desktop" || fail "no $desktop"
grep -q '^Name\[ru\]=Менеджер аккаунтов$' "$desktop" && ok "Name[ru]" || fail "Name[ru]"
exec_cmd=$(sed -n 's/^Exec=//p' "$desktop" | awk '{print $1}')
command -v "$exec_cmd" >/dev/null && ok "Exec=$exec_cmd is on PATH" || fail "Exec=$exec_cmd not on PATH"
[ -f /usr/share/icons/hicolor/48x48/apps/account-manager.png ] && [ -f /usr/share/icons/hicolor/scalable/apps/account-manager.svg ] \
  && ok "icons in hicolor" || fail "icons"
out=$(account-manager --version 2>/dev/null) && [ "$out" = "account-manager $AM_VERSION" ] && ok "account-manager --version" || fail "--version: $out"
[ "$AM_HAVE_CTL" != 1 ] || { out=$(account-ctl --version 2>/dev/null) && ok "account-ctl --version: $out" || fail "account-ctl --version: $out"; }
man -w account-manager >/dev/null 2>&1 && ok "man account-manager" || fail "man -w account-manager"
# Starts and keeps running (5 s) with a home of its own, on a virtual X display if there is xvfb-run.
apphome="$AM_SCRATCH/app-home"
rm -rf "$apphome"; mkdir -p "$apphome"
home=(HOME="$apphome" XDG_CONFIG_HOME="$apphome/config" XDG_DATA_HOME="$apphome/data" XDG_CACHE_HOME="$apphome/cache")
code=0
if command -v xvfb-run >/dev/null; then
  how="xvfb-run (xcb)"
  env -u QT_QPA_PLATFORM "${home[@]}" xvfb-run -a timeout 5 "$exec_cmd" >"$AM_SCRATCH/app.log" 2>&1 || code=$?
else
  how="offscreen"
  env "${home[@]}" QT_QPA_PLATFORM=offscreen timeout 5 "$exec_cmd" >"$AM_SCRATCH/app.log" 2>&1 || code=$?
fi
[ "$code" = 124 ] && ok "the app started and ran 5 s on $how" || { fail "the app exited with $code on $how"; cat "$AM_SCRATCH/app.log"; }

step "the server, as an operator finds it"
IFS=: read -r _ _ uid _ _ home shell < <(getent passwd account-server) || true
[ -n "${uid:-}" ] && [ "$uid" -lt 1000 ] && [ "$home:$shell" = "/var/lib/account-server:/usr/sbin/nologin" ] \
  && ok "system user account-server ($uid, $home, $shell: sysusers.d)" || fail "user account-server: $(getent passwd account-server)"
getent group account-server >/dev/null && ok "group account-server" || fail "no group account-server"
[ "$(stat -c '%U:%G %a' /var/lib/account-server)" = "account-server:account-server 750" ] \
  && ok "/var/lib/account-server account-server 750" || fail "/var/lib/account-server: $(stat -c '%U:%G %a' /var/lib/account-server)"
[ "$(stat -c '%U:%G %a' /etc/account-server/tls)" = "root:account-server 750" ] \
  && ok "/etc/account-server/tls root:account-server 750" || fail "tls: $(stat -c '%U:%G %a' /etc/account-server/tls)"
# systemd reads the key for the service (LoadCredential=): root's alone.
[ "$(stat -c '%U:%G %a' /etc/account-server/tls/server.key)" = "root:root 600" ] \
  && ok "server.key root:root 600" || fail "server.key: $(stat -c '%U:%G %a' /etc/account-server/tls/server.key)"
! setpriv --reuid=account-server --regid=account-server --init-groups cat /etc/account-server/tls/server.key >/dev/null 2>&1 \
  && ok "account-server cannot read server.key itself" || fail "account-server can read server.key"
[ ! -e /etc/account-server/tls/ca.key ] && ok "no CA key left behind" || fail "ca.key left"
openssl verify -CAfile /etc/account-server/tls/ca.crt /etc/account-server/tls/server.crt >/dev/null \
  && ok "server.crt is signed by ca.crt" || fail "openssl verify"
dpkg-query -W -f='${Conffiles}\n' account-server | grep -q "/etc/account-server/account-server.conf" \
  && ok "account-server.conf is a conffile" || fail "conffile"
man -w account-server >/dev/null 2>&1 && ok "man account-server" || fail "man -w account-server"
if command -v systemd-analyze >/dev/null; then
  out=$(systemd-analyze verify /lib/systemd/system/account-server.service 2>&1) && [ -z "$out" ] \
    && ok "systemd-analyze verify (installed)" || fail "systemd-analyze verify: $out"
fi
python3 "$AM_SOURCE_DIR/tests/packaging/run-like-unit.py" /lib/systemd/system/account-server.service \
  /etc/account-server/tls/ca.crt "$AM_VERSION" --set LISTEN=127.0.0.1:0 || fail "running the server like the unit"
[ "$(stat -c %U /var/lib/account-server/accounts.sqlite 2>/dev/null)" = account-server ] \
  && ok "database made by account-server in /var/lib/account-server" || fail "no database owned by account-server"

step "the SMTP password as a credential, with the drop-in the unit and the conffile describe"
# An operator's drop-in (as `systemctl edit account-server` writes it) and password file; the
# server reads the password at start and refuses to start when it cannot.
mkdir -p "$dropin_dir"
printf '%s\n' '[Service]' 'LoadCredential=smtp-password:/etc/account-server/smtp-password' \
  'Environment=SMTP_PASSWORD_OPTION=--smtp-password-file=%d/smtp-password' > "$dropin_dir/smtp-password.conf"
(umask 077; printf 'not-a-real-password\n' > /etc/account-server/smtp-password)
if command -v systemd-analyze >/dev/null; then
  out=$(systemd-analyze verify /lib/systemd/system/account-server.service 2>&1) && [ -z "$out" ] \
    && ok "systemd-analyze verify with the drop-in" || fail "systemd-analyze verify with the drop-in: $out"
fi
smtp="--smtp-host 127.0.0.1 --smtp-port 2525 --smtp-user accounts --smtp-from no-reply@example.com"
python3 "$AM_SOURCE_DIR/tests/packaging/run-like-unit.py" /lib/systemd/system/account-server.service \
  /etc/account-server/tls/ca.crt "$AM_VERSION" --dropin "$dropin_dir/smtp-password.conf" \
  --set LISTEN=127.0.0.1:0 --set "OPTIONS=$smtp" > "$AM_SCRATCH/smtp-run.log" 2>&1 \
  && grep -q -- "--smtp-password-file=/.*/smtp-password" "$AM_SCRATCH/smtp-run.log" \
  && ok "the server starts with --smtp-password-file from its credentials" || { fail "SMTP password credential"; cat "$AM_SCRATCH/smtp-run.log"; }
# The check is real: a credential the server cannot read stops it.
rm -f /etc/account-server/smtp-password
! python3 "$AM_SOURCE_DIR/tests/packaging/run-like-unit.py" /lib/systemd/system/account-server.service \
  /etc/account-server/tls/ca.crt "$AM_VERSION" --dropin "$dropin_dir/smtp-password.conf" \
  --set LISTEN=127.0.0.1:0 --set "OPTIONS=$smtp" > "$AM_SCRATCH/smtp-missing.log" 2>&1 \
  && ok "no password file: the service does not start" || fail "started without the SMTP password file"
rm -rf "$dropin_dir"

step "dpkg -r"
dpkg_ -r account-manager account-server >/dev/null || fail "dpkg -r"
for f in /usr/bin/account-manager /usr/bin/account-server "$desktop" /lib/systemd/system/account-server.service; do
  [ ! -e "$f" ] || fail "$f left after dpkg -r"
done
[ -f /etc/account-server/account-server.conf ] && ok "remove keeps the conffile" || fail "conffile gone on remove"
[ -d /var/lib/account-server ] && ok "remove keeps the data" || fail "data gone on remove"

step "dpkg -P"
dpkg_ -P account-manager account-server >/dev/null || fail "dpkg -P"
for pkg in account-manager account-server; do
  ! known "$pkg" && ok "$pkg purged" || fail "$pkg still known to dpkg: $(dpkg-query -W -f='${Status}' "$pkg")"
done
for path in /etc/account-server /var/lib/account-server /var/cache/account-server /run/account-server \
  /etc/systemd/system/account-server.service /etc/systemd/system/multi-user.target.wants/account-server.service; do
  [ ! -e "$path" ] && [ ! -L "$path" ] && ok "no $path" || fail "$path left after purge"
done
left=0
while read -r path; do
  [ -d "$path" ] && continue   # shared directories such as /usr/share/man/man1 stay
  if [ -e "$path" ]; then fail "$path left after purge"; left=1; fi
done < "$AM_SCRATCH/installed-files.txt"
[ "$left" = 0 ] && ok "none of the $(wc -l < "$AM_SCRATCH/installed-files.txt") packaged paths is left"
getent passwd account-server >/dev/null && echo "note: the system user account-server stays after purge (Debian practice); this test removes it"

echo; echo "package_install: $(( SECONDS ))s"
exit $status
