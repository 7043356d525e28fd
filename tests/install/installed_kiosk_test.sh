#!/usr/bin/env bash
# The installed kiosk finds its data under its own install prefix: `cmake --install` of
# this build into an empty folder T, then T/bin/access-kiosk, with the development override
# unset and started from elsewhere, says it uses T/share/access-kiosk and checks every
# English screen of the installed default pack there in one theme, size and shape (--audit:
# no display needed).
#   installed_kiosk_test.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: installed_kiosk_test.sh BUILD_DIR}
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" --component kiosk >/dev/null
links=$(find "$prefix" -type l)
[ -z "$links" ] || { echo "the installation links outside itself: $links" >&2; exit 1; }

unset ACCESS_KIOSK_DATA_DIR
cd "$prefix"
help=$("$prefix/bin/access-kiosk" --help)
grep -qx "Data: $prefix/share/access-kiosk" <<<"$help" ||
  { echo "expected 'Data: $prefix/share/access-kiosk' in the help; it says:" >&2; grep -A2 '^Data' <<<"$help" >&2; exit 1; }
XDG_STATE_HOME=$prefix/state "$prefix/bin/access-kiosk" --audit --locales en --themes standard --text-sizes 100 --shapes 1920x1080 \
  >"$prefix/audit.txt" 2>&1 ||
  { cat "$prefix/audit.txt" >&2; exit 1; }
# The staff tool reads the same data: the installed pack passes its check with the
# installed fonts.toml, UI strings and lexicons.
"$prefix/bin/kiosk-pack" check "$prefix/share/access-kiosk/packs/changyi" >/dev/null 2>"$prefix/check.txt" ||
  { cat "$prefix/check.txt" >&2; exit 1; }
echo "installed into $prefix: the kiosk and kiosk-pack use $prefix/share/access-kiosk"
