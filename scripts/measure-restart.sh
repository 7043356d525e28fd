#!/usr/bin/env bash
# Back on the attract screen after a kill: starts the kiosk as systemd would (a
# NOTIFY_SOCKET to hear READY=1, which the kiosk sends right after its first frame),
# kills it with SIGKILL, waits the unit's RestartSec and starts it again, N times. Prints
# the cold start to READY, and the kill to READY of each restart (RestartSec included).
#   scripts/measure-restart.sh [N] [KIOSK OPTIONS]
# Uses the Release build (build/) on SDL's dummy video driver unless SDL_VIDEODRIVER is
# set (x11 with DISPLAY for Xvfb), with speech on and the disk audio driver.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
shift || true
kiosk=${KIOSK_BINARY:-build/bin/kiosk}
[ -x "$kiosk" ] || { echo "build first: cmake --preset default && cmake --build --preset default" >&2; exit 1; }
restart_sec=$(sed -n 's/^RestartSec=\([0-9]*\)ms$/\1/p' kiosk/install/access-kiosk.service)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SDL_VIDEODRIVER=${SDL_VIDEODRIVER:-dummy} SDL_AUDIODRIVER=${SDL_AUDIODRIVER:-disk}
export SDL_DISKAUDIOFILE=${SDL_DISKAUDIOFILE:-$work/audio.raw} SDL_FRAMEBUFFER_ACCELERATION=0
export NOTIFY_SOCKET=$work/notify WATCHDOG_USEC=10000000

python3 - "$runs" "$restart_sec" "$work" "$kiosk" "$@" <<'PY'
import os, signal, socket, statistics, subprocess, sys, time
runs, restart_ms, work, kiosk, extra = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5:]
listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
listener.bind(os.environ["NOTIFY_SOCKET"])
command = [kiosk, "--speech", "on", "--state-dir", work + "/state", *extra]

def start_until_ready():
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=open(work + "/stderr", "a"))
    listener.settimeout(30)
    while True:
        if b"READY=1" in listener.recv(4096):
            return process, time.monotonic()

begun = time.monotonic()
process, ready = start_until_ready()
cold = (ready - begun) * 1000
restarts = []
for _ in range(runs):
    time.sleep(1.0)  # the kiosk at rest, pinging
    killed = time.monotonic()
    process.send_signal(signal.SIGKILL)
    process.wait()
    time.sleep(restart_ms / 1000)  # systemd's RestartSec
    process, ready = start_until_ready()
    restarts.append((ready - killed) * 1000)
process.send_signal(signal.SIGTERM)
process.wait()
restarts.sort()
print(f"cold start to READY=1 (first frame): {cold:.0f} ms (state directory empty)")
print(f"kill -9 to READY=1 over {runs} restarts, RestartSec={restart_ms} ms included: "
      f"median {statistics.median(restarts):.0f} ms, max {restarts[-1]:.0f} ms, min {restarts[0]:.0f} ms")
PY
