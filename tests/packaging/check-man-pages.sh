#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Every man page the build configured renders with man -l without a single groff/man warning,
# and has the NAME, SYNOPSIS and DESCRIPTION sections.
#   check-man-pages.sh DIR    (DIR holds *.1 and *.1.gz)
set -euo pipefail
dir=${1:?usage: check-man-pages.sh DIR}
export LC_ALL=C.UTF-8 MANWIDTH=80 MANPAGER=cat PAGER=cat
status=0
shopt -s nullglob
pages=("$dir"/*.1 "$dir"/*.1.gz)
[ ${#pages[@]} -gt 0 ] || { echo "no man pages in $dir"; exit 1; }
for page in "${pages[@]}"; do
  warnings=$(man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null || true)
  if [ -n "$warnings" ]; then
    echo "FAIL $page: $warnings"; status=1; continue
  fi
  text=$(man -E UTF-8 -l "$page" 2>/dev/null)
  for section in NAME SYNOPSIS DESCRIPTION; do
    grep -q "^$section" <<<"$text" || { echo "FAIL $page: no $section section"; status=1; }
  done
  echo "ok   $page ($(wc -l <<<"$text") lines)"
done
exit $status
