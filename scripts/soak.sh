#!/usr/bin/env bash
# A soak of the sanitizer build: plays random inputs into the real kiosk on a private Xvfb
# display and watches its memory, files and threads.
#
#   scripts/soak.sh [INPUTS] [BUILD_DIR] [--pack DIR] [--size WxH] [--seed N] [--keep DIR]
#   e.g.  scripts/soak.sh 20000 build-asan          a quick check (a few minutes)
#         nice scripts/soak.sh 1000000 build-asan   the full soak
#
# INPUTS (default 1000000) random inputs come from scripts/soak-inputs.py, played with the
# kiosk's own --script on its virtual clock: every key the kiosk knows, taps, touch
# presses, slides and lifts, settings and language changes through their screens, say-all,
# pauses long enough for the idle warning, the reset, the attract screen and invitations,
# and the sound device going and coming back. Speech is on (SDL's disk audio driver).
# Every 10,000 inputs the script notes "soak pack K"; this script then rewrites its copy
# of the pack (--pack, default content/changyi) with a newer version, every fifth time
# with a syntax error the kiosk must refuse, keeping its pack.
#
# It prints one line at the start and every 100,000 inputs: inputs played, seconds since
# start, the kiosk's resident memory (VmRSS), open file descriptors and threads, read from
# /proc/PID. At the end: pack updates shown and refused, idle resets, whether any
# AddressSanitizer, LeakSanitizer or UndefinedBehaviorSanitizer report appeared on the
# kiosk's stderr, and its exit status. Healthy: the three figures flat from 100k on, no
# report, exit status 0. The script exits 0 only then (figures aside).
#
# BUILD_DIR is a build of the `ci` (or `asan`) preset. --keep DIR keeps the work folder
# (the script, the kiosk's stderr and its notes) in DIR.
set -euo pipefail

inputs=1000000
build=build-asan
here=$(cd "$(dirname "$0")/.." && pwd)
source_pack=$here/content/changyi
size=1280x720
seed=1
keep=
positional=()
while [ $# -gt 0 ]; do
  case "$1" in
    --pack) source_pack=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) positional+=("$1"); shift ;;
  esac
done
[ ${#positional[@]} -ge 1 ] && inputs=${positional[0]}
[ ${#positional[@]} -ge 2 ] && build=${positional[1]}
kiosk=$build/bin/kiosk
[ -x "$kiosk" ] || { echo "soak: no kiosk at $kiosk (build the ci preset first)" >&2; exit 2; }
[ -f "$source_pack/pack.toml" ] || { echo "soak: $source_pack holds no pack.toml" >&2; exit 2; }
for tool in Xvfb python3; do
  command -v "$tool" >/dev/null || { echo "soak: $tool is missing" >&2; exit 2; }
done

work=${keep:-$(mktemp -d)}
mkdir -p "$work"
pids=()
cleanup() {
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  [ -n "$keep" ] || rm -rf "$work"
}
trap cleanup EXIT

# The pack the kiosk watches: a copy, rewritten with version BASE.(PATCH + K) for pack K.
pack=$work/pack
rm -rf "$pack" && mkdir -p "$pack" && cp -a "$source_pack/." "$pack/"
base_version=$(sed -n 's/^version *= *"\([0-9]*\.[0-9]*\)\.\([0-9]*\)".*/\1 \2/p' "$pack/pack.toml")
[ -n "$base_version" ] || { echo "soak: no version X.Y.Z in $pack/pack.toml" >&2; exit 2; }
read -r version_stem version_patch <<<"$base_version"
broken_file=$(find "$pack" -name '*.toml' ! -name pack.toml | sort | head -1)
write_pack() {  # K good|broken
  cp -a "$source_pack/." "$pack/"
  if [ "$2" = broken ]; then echo 'this line = = is not TOML' >>"${broken_file}"; fi
  sed -i "s/^version *= *\".*\"/version = \"$version_stem.$((version_patch + $1))\"/" "$pack/pack.toml"
}

# Figures every 100,000 inputs; a short run gives five lines, and a few pack updates.
mark_every=$((inputs >= 500000 ? 100000 : (inputs + 4) / 5))
pack_every=$((inputs >= 40000 ? 10000 : (inputs + 3) / 4))
python3 "$here/scripts/soak-inputs.py" "$inputs" "${size%x*}" "${size#*x}" --seed "$seed" \
  --mark-every "$mark_every" --pack-every "$pack_every" >"$work/script.txt"

Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "soak: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 2; }

# AddressSanitizer holds freed memory in a quarantine (256 MB by default) to catch late
# uses; which frees happen to sit there when a figure is read swings the resident memory
# by a tenth. A 64 MB quarantine still covers the last several seconds of frees and keeps
# the figure a measure of the kiosk's own memory.
# The speech log goes through a pipe: only its notes are kept (the whole log of a million
# inputs would take gigabytes).
rm -f "$work/log.fifo" && mkfifo "$work/log.fifo"
# SDL's software renderer costs a third less per frame than Mesa's llvmpipe under Xvfb.
# The disk audio driver takes the sound several times faster than it plays, so speech
# ends sooner and the virtual clock can skip the pauses. No session bus: libdbus would
# try to start one for SDL, and hang or leak doing so.
DISPLAY=":$(head -1 "$work/display")" SDL_FRAMEBUFFER_ACCELERATION=0 SDL_RENDER_DRIVER=software \
  SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null SDL_DISKAUDIODELAY=${SDL_DISKAUDIODELAY:-1} \
  DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
  LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0" \
  ASAN_OPTIONS="${ASAN_OPTIONS:-quarantine_size_mb=64}" \
  "$kiosk" --pack "$pack" --state-dir "$work/state" --speech on --speech-log "$work/log.fifo" \
  --script "$work/script.txt" --update-idle 1 --idle-timeout 20 --idle-warning 5 --attract-after 10 \
  --invite-every 15 --quiet-hours 3-4 2>"$work/stderr.txt" &
kiosk_pid=$!
pids+=("$kiosk_pid")

start=$(date +%s)
figures() {  # a line of figures after N inputs
  local rss fds threads
  rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$kiosk_pid/status" 2>/dev/null || echo '?')
  fds=$(find "/proc/$kiosk_pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
  threads=$(find "/proc/$kiosk_pid/task" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
  printf '%9s inputs %7ss  rss %8s kB  fds %4s  threads %3s\n' "$1" "$(($(date +%s) - start))" "$rss" "$fds" \
    "$threads"
}

echo "soak: $inputs inputs into $kiosk at ${size}, seed $seed, work folder $work"
shown=0 refused=0 resets=0 flaps=0
while IFS= read -r line; do
  case "$line" in
    *'"soak mark '*) marked=${line##*soak mark }; figures "${marked%%\"*}" ;;
    *'"soak pack '*) set -- ${line##*soak pack }; write_pack "$1" "${2%%\"*}" ;;
    *'"pack updated to version'*) shown=$((shown + 1)) ;;
    *'"pack update refused'*) refused=$((refused + 1)) ;;
    *'"idle reset"'*) resets=$((resets + 1)) ;;
    *'"audio device removed'*) flaps=$((flaps + 1)) ;;
  esac
done < <(grep --line-buffered '"event":"note"' "$work/log.fifo" | tee "$work/notes.jsonl")
status=0
wait "$kiosk_pid" || status=$?
pids=("${pids[@]:0:1}")

echo "soak: $(($(date +%s) - start)) s; packs shown $shown, refused $refused; idle resets $resets; audio flaps $flaps"
reports=$(grep -cE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:|SUMMARY: (AddressSanitizer|UndefinedBehaviorSanitizer)' \
  "$work/stderr.txt" || true)
if [ "$reports" -gt 0 ]; then
  echo "soak: SANITIZER REPORT ($reports lines) in the kiosk's stderr:"
  grep -E -A12 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$work/stderr.txt" | head -60
else
  echo "soak: no sanitizer report"
fi
echo "soak: kiosk exit status $status"
[ "$reports" -eq 0 ] && [ "$status" -eq 0 ]
