#!/usr/bin/env bash
# Memory of the real kiosk during say-all of a 1,000,000-byte paragraph
# (scripts/make-long-pack.sh): the resident set size (VmRSS) when say-all starts and every
# few seconds after, for SECONDS seconds (default 80). Goal: it stays within 50 MB of
# its start. Audio goes to SDL's disk driver, which plays it in real time.
#   scripts/measure-say-all-memory.sh [SECONDS] [BYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-80}
bytes=${2:-1000000}
[ -x build/bin/kiosk ] || { echo "build first: cmake --preset default && cmake --build --preset default" >&2; exit 1; }

work=$(mktemp -d)
kiosk_pid=
cleanup() {
  [ -n "$kiosk_pid" ] && kill "$kiosk_pid" 2>/dev/null && wait "$kiosk_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
scripts/make-long-pack.sh "$work/pack" "$bytes"
# Wake, open the category and the topic, move to the long paragraph, say all.
printf '%s\n' "wait 1000" "key Keypad 5" "wait 500" "key Return" "wait 500" "key Return" "wait 1500" \
  "key Down" "wait 500" "key F2" >"$work/script"

SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null \
  build/bin/kiosk --pack "$work/pack" --locale en --windowed 1280x1024 --idle-timeout 0 --invite-every 0 \
  --script "$work/script" --speech-log "$work/log.jsonl" 2>"$work/stderr" &
kiosk_pid=$!

rss_mb() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$kiosk_pid/status"; }
# Say-all starts with the F2 key's first utterance.
for _ in $(seq 200); do
  grep -q '"key":"F2"' "$work/log.jsonl" 2>/dev/null && break
  sleep 0.1
done
grep -q '"key":"F2"' "$work/log.jsonl" || { echo "say-all did not start" >&2; cat "$work/stderr" >&2; exit 1; }
start=$(rss_mb)
peak=$start
echo "say-all started: RSS ${start} MB"
for ((t = 5; t <= seconds; t += 5)); do
  sleep 5
  now=$(rss_mb)
  peak=$(awk -v a="$peak" -v b="$now" 'BEGIN { print (b > a) ? b : a }')
  heard=$(grep -c '"event":"audio-start"' "$work/log.jsonl" || true)
  echo "  after ${t} s: RSS ${now} MB (utterances heard so far: ${heard})"
done
echo "say-all over ${bytes} bytes: RSS start ${start} MB, peak ${peak} MB, growth $(awk -v a="$start" -v b="$peak" 'BEGIN { printf "%.1f", b - a }') MB over ${seconds} s"
