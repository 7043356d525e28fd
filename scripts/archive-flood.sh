#!/usr/bin/env bash
# Measures how a kiosk refuses a hostile pack archive: 350,000 one-byte entries, about 5 MB
# of gzip that unpacks to some 360 MB of tar (issue 10, finding 8).
#   scripts/archive-flood.sh     build the 'default' preset's kiosk-pack and archive_flood, then
#                                time 'kiosk-pack verify' (signature first, as on a trusting kiosk)
#                                and 'kiosk-pack check' (no key) on the archive
# Goals: refused in under 1 s, with under 50 MB more peak memory than verifying a small good
# pack. Exits 1 when a figure misses its goal. KIOSK_BENCH_BUILD_DIR names an already
# configured build directory to use instead (e.g. build-asan).
set -euo pipefail
cd "$(dirname "$0")/.."

readonly GOAL_S=1 GOAL_MB=50
jobs=$(nproc 2>/dev/null || echo 2)
build_dir=${KIOSK_BENCH_BUILD_DIR:-build}
if [ -z "${KIOSK_BENCH_BUILD_DIR:-}" ]; then cmake --preset default >/dev/null; fi
cmake --build "$build_dir" -j "$jobs" --target kiosk-pack archive_flood >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tool="$build_dir/bin/kiosk-pack"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"  # for sanitizer builds
"$build_dir/bin/archive_flood" "$work/flood.kpack"
"$tool" keygen "$work/staff" >/dev/null
"$tool" build tests/fixtures/mini-pack -o "$work/good.kpack" >/dev/null 2>&1
"$tool" sign "$work/good.kpack" --key "$work/staff.key" >/dev/null
echo "flood.kpack: $(stat -c %s "$work/flood.kpack") bytes"

# Seconds and peak resident KB of one command; its own exit status is not the point.
measure() { /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>&1 || true; tail -n 1 "$work/time"; }

read -r _ base_kb < <(measure "$tool" verify "$work/good.kpack" --key "$work/staff.pub")
status=0
for run in "verify --key $work/staff.pub" "check"; do
  set -- $run
  command=$1; shift
  read -r seconds kb < <(measure "$tool" "$command" "$work/flood.kpack" "$@")
  extra_mb=$(( (kb - base_kb) / 1024 ))
  echo "kiosk-pack $command: refused in ${seconds} s, peak ${kb} KB (${extra_mb} MB over a small good pack)"
  head -n 2 "$work/out" | sed 's/^/    /'
  if ! grep -q error "$work/out"; then echo "  not refused" >&2; status=1; fi
  if awk -v s="$seconds" -v g="$GOAL_S" 'BEGIN { exit !(s >= g) }'; then echo "  over ${GOAL_S} s" >&2; status=1; fi
  if [ "$extra_mb" -ge "$GOAL_MB" ]; then echo "  over ${GOAL_MB} MB extra" >&2; status=1; fi
done
exit "$status"
