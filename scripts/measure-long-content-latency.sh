#!/usr/bin/env bash
# Key-to-frame latency of the real kiosk on the longest content a pack may hold: a topic
# whose one paragraph is 1,000,000 bytes of ordinary words (scripts/make-long-pack.sh).
# Opens the topic, moves through it, reads it aloud (say-all) and interrupts, changes the
# text size and comes back, and drags the page; for each key, the time from the kiosk
# taking it to the next frame presented, read from the speech log's `key` and `frame`
# events. Prints every step and the maximum (goal: no input waits over 100 ms).
#   scripts/measure-long-content-latency.sh [BYTES]
# Uses the Release build (build/), SDL's dummy video driver and its disk audio driver.
set -euo pipefail
cd "$(dirname "$0")/.."
bytes=${1:-1000000}
[ -x build/bin/kiosk ] || { echo "build first: cmake --preset default && cmake --build --preset default" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scripts/make-long-pack.sh "$work/pack" "$bytes"
{
  echo "wait 1000"
  echo "key Keypad 5"; echo "wait 500"          # wakes the kiosk, speech on
  echo "key Return"; echo "wait 500"            # the category
  echo "key Return"; echo "wait 1500"           # the topic with the long paragraph
  for _ in $(seq 12); do echo "key Down"; echo "wait 250"; done
  echo "key Up"; echo "wait 250"
  echo "key F2"; echo "wait 3000"               # say-all, heard for a while
  echo "key Down"; echo "wait 300"              # cuts it off
  echo "key F2"; echo "wait 1500"
  echo "key Home"; echo "wait 300"
  echo "key F11"; echo "wait 300"               # settings: larger text
  echo "key Down"; echo "wait 200"
  echo "key Right"; echo "wait 200"; echo "key Right"; echo "wait 200"; echo "key Right"; echo "wait 200"
  echo "key Escape"; echo "wait 300"
  echo "key Return"; echo "wait 500"
  echo "key Return"; echo "wait 1500"           # the long topic again, at 300%
  for _ in $(seq 8); do echo "key Down"; echo "wait 250"; done
  echo "press 900 900"
  for y in $(seq 880 -40 200); do echo "move 900 $y"; echo "wait 16"; done
  echo "release 900 200"; echo "wait 500"
  echo "quit"
} >"$work/script"

SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null \
  build/bin/kiosk --pack "$work/pack" --locale en --windowed 1920x1080 --idle-timeout 0 \
  --script "$work/script" --speech-log "$work/log.jsonl" 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
python3 - "$work/log.jsonl" <<'PY'
import json, sys
events = [json.loads(line) for line in open(sys.argv[1])]
latencies, pending = [], None
for e in events:
    if e["event"] == "key":
        pending = (e["key"], e["t_ms"])
    elif e["event"] == "frame" and pending is not None:
        latencies.append((e["t_ms"] - pending[1], pending[0]))
        pending = None
for ms, key in latencies:
    print(f"  {key:14s} {ms:9.1f} ms")
worst = max(latencies)
ordered = sorted(ms for ms, _ in latencies)
print(f"key->frame on a {sys.argv[1] and 'long-paragraph'} topic: n={len(latencies)}  "
      f"p50 {ordered[len(ordered) // 2]:.1f} ms  max {worst[0]:.1f} ms ({worst[1]})")
PY
