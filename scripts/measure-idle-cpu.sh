#!/usr/bin/env bash
# Prints how much CPU the kiosk uses while nobody touches it, with an audio device open:
# it starts the kiosk, waits for the opening speech and the silence after it, then reads the CPU time of
# all its threads (nanoseconds, from /proc/PID/task/*/schedstat) over an idle window.
# The goal is under 0.3% of one core.
#   scripts/measure-idle-cpu.sh [SECONDS] [KIOSK OPTIONS]
# KIOSK=path/to/kiosk measures another build.
# Uses the display in $DISPLAY, or starts Xvfb (package xvfb) on :97. SDL's dummy video
# driver is no substitute: it has no way to sleep until an event, so SDL polls it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
shift || true
kiosk=${KIOSK:-build/bin/kiosk}
[ -x "$kiosk" ] || { echo "build first: scripts/dev.sh run" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "needs \$DISPLAY or Xvfb (apt-get install xvfb)" >&2; exit 1; }
  Xvfb :97 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:97
  sleep 1
fi
export SDL_AUDIODRIVER=${SDL_AUDIODRIVER:-disk} SDL_DISKAUDIOFILE=${SDL_DISKAUDIOFILE:-/dev/null}

"$kiosk" "$@" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid ${xvfb:-} 2>/dev/null || true' EXIT
# Start-up and the opening announcement, then the silence after which the kiosk lets go
# of its paused sound device (AudioOutput's release_after_idle, 10 s). SETTLE=6 measures
# the first seconds of silence instead, with the device open and paused.
sleep "${SETTLE:-17}"

cpu_ns() { cat /proc/"$pid"/task/*/schedstat 2>/dev/null | awk '{ns += $1} END {printf "%d\n", ns}'; }
before=$(cpu_ns)
sleep "$seconds"
after=$(cpu_ns)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
awk -v ns=$((after - before)) -v s="$seconds" -v rss="$rss_kb" 'BEGIN {
  printf "idle for %d s: %.4f s of CPU = %.3f%% of one core (goal < 0.3%%); resident memory %.1f MB\n",
         s, ns / 1e9, 100 * ns / 1e9 / s, rss / 1024 }'
