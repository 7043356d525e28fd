#!/usr/bin/env bash
# Prints how much CPU the kiosk uses while nobody touches it: it starts the kiosk, waits
# for the opening speech to finish, then reads the process's CPU time over an idle
# window. The goal is under 1% of one core.
#   scripts/measure-idle-cpu.sh [SECONDS] [KIOSK OPTIONS]
# Uses the display in $DISPLAY, or starts Xvfb (package xvfb) on :97. SDL's dummy video
# driver is no substitute: it has no way to sleep until an event, so SDL polls it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
shift || true
[ -x build/bin/kiosk ] || { echo "build first: scripts/dev.sh run" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "needs \$DISPLAY or Xvfb (apt-get install xvfb)" >&2; exit 1; }
  Xvfb :97 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:97
  sleep 1
fi
export SDL_AUDIODRIVER=${SDL_AUDIODRIVER:-disk} SDL_DISKAUDIOFILE=${SDL_DISKAUDIOFILE:-/dev/null}

build/bin/kiosk "$@" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid ${xvfb:-} 2>/dev/null || true' EXIT
sleep 6  # start-up and the opening announcement

ticks_per_second=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(cpu_ticks)
sleep "$seconds"
after=$(cpu_ticks)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
awk -v t=$((after - before)) -v hz="$ticks_per_second" -v s="$seconds" -v rss="$rss_kb" 'BEGIN {
  printf "idle for %d s: %.3f s of CPU = %.2f%% of one core (goal < 1%%); resident memory %.1f MB\n",
         s, t / hz, 100 * t / hz / s, rss / 1024 }'
