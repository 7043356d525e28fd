#!/usr/bin/env bash
# Start to first frame of the real kiosk, headless, with speech on: runs the kiosk N times
# (after one run that is not counted: it fills the state directory and the disk cache, as
# a kiosk that restarts finds them) and prints the median and p95 of the time from the
# start of the program's `run` to the first frame presented, read from the speech log's
# `frame` event. Also prints how long the binary takes to load and exit (`--help`), the
# part before that clock starts.
#   scripts/measure-startup.sh [N] [KIOSK OPTIONS]
# Uses the Release build (build/), SDL's dummy video driver and its disk audio driver.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
shift || true
kiosk=${KIOSK_BINARY:-build/bin/kiosk}
[ -x "$kiosk" ] || { echo "build first: cmake --preset default && cmake --build --preset default" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'wait 200\nquit\n' >"$work/script"
export SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-dummy} SDL_AUDIODRIVER=${SDL_AUDIODRIVER:-disk}
export SDL_DISKAUDIOFILE=${SDL_DISKAUDIOFILE:-$work/audio.raw} SDL_FRAMEBUFFER_ACCELERATION=0

first_frame_ms() {
  "$kiosk" --speech on --state-dir "$work/state" --speech-log "$work/log.jsonl" --script "$work/script" "$@" \
    >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  awk -F'"t_ms":' '/"event":"frame"/ { split($2, v, /[,}]/); print v[1]; exit }' "$work/log.jsonl"
}

first_frame_ms "$@" >/dev/null  # not counted
for _ in $(seq "$runs"); do first_frame_ms "$@"; done >"$work/times"
[ "$(wc -l <"$work/times")" -eq "$runs" ] || { echo "a run logged no frame" >&2; exit 1; }

for _ in $(seq "$runs"); do
  start=$(date +%s%N); "$kiosk" --help >/dev/null; end=$(date +%s%N)
  echo $(((end - start) / 1000))
done >"$work/load"

summary() {  # file of numbers, scale to ms, label
  sort -g "$1" | awk -v scale="$2" -v label="$3" '{ v[NR] = $1 / scale } END {
    median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    p95 = v[int(0.95 * NR + 0.999)]
    printf "%s over %d runs: median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms\n", label, NR, median, p95, v[1], v[NR] }'
}
summary "$work/times" 1 "start to first frame (speech on, goal <= 150 ms)"
summary "$work/load" 1000 "loading and exiting the binary (--help), before that clock starts"
