#!/usr/bin/env bash
# Speech latency of the real kiosk: from a key event to the first sample of the new
# utterance handed to the audio device, read from the speech log's `key` and
# `audio-start` events, over PRESSES key presses (default 100) in each language.
# Prints p50 and p95 per language (goal: p95 at most 15 ms), and the underruns: periods
# in which the device found no samples in the middle of an utterance (goal: none), as
# the kiosk reports them on stderr. Then eSpeak NG alone, as the floor.
#   scripts/speech-latency.sh [PRESSES]
# KIOSK=path/to/kiosk measures another build (an older kiosk reports no underruns).
# Uses SDL's dummy video driver and its disk audio driver, which consumes audio in real
# time like a sound card.
set -euo pipefail
cd "$(dirname "$0")/.."
presses=${1:-100}
kiosk=${KIOSK:-build/bin/kiosk}
floor=${ESPEAK_FLOOR:-build/bin/espeak_floor}
[ -x "$kiosk" ] && [ -x "$floor" ] || { echo "build first: cmake --build --preset default" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
{
  echo "clock real"  # latency is measured on the real clock
  echo "wait 1500"
  for ((i = 0; i < presses; i++)); do
    if ((i % 2 == 0)); then echo "key Down"; else echo "key Up"; fi
    echo "wait 150"  # faster than an utterance ends: each press cuts the last one off
  done
  echo "wait 500"
  echo "quit"
} >"$work/script"

for locale in zh-Hans en ko; do
  SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/dev/null \
    "$kiosk" --locale "$locale" --script "$work/script" --speech-log "$work/$locale.jsonl" 2>"$work/$locale.err"
  underruns=$(sed -n 's/^kiosk: audio underrun: \([0-9]*\) so far$/\1/p' "$work/$locale.err" | tail -n 1)
  python3 - "$work/$locale.jsonl" "$locale" "${underruns:-0}" <<'PY'
import json, sys
events = [json.loads(line) for line in open(sys.argv[1])]
latencies, key_at, waiting_for = [], None, None
for e in events:
    if e["event"] == "key":
        key_at, waiting_for = e["t_ms"], None
    elif e["event"] == "speak" and key_at is not None and waiting_for is None:
        waiting_for = e["id"]
    elif e["event"] == "audio-start" and e.get("id") == waiting_for:
        latencies.append(e["t_ms"] - key_at)
        key_at, waiting_for = None, None
latencies.sort()
pick = lambda p: latencies[min(len(latencies) - 1, int(p * (len(latencies) - 1) + 0.5))]
voice = next(e["voice"] for e in events if e["event"] == "speak")
print(f"kiosk key->audio {sys.argv[2]:8s} {voice:16s} n={len(latencies):3d}  p50 {pick(0.5):6.2f} ms  p95 {pick(0.95):6.2f} ms  max {latencies[-1]:6.2f} ms  underruns {sys.argv[3]}")
PY
done
"$floor" "$presses"
