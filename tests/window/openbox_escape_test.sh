#!/usr/bin/env bash
# The fullscreen kiosk under a real window manager (Debian's openbox) on a private Xvfb
# display: Alt+scroll, Alt+middle-click, a right-click, and a new window opening must
# neither expose the desktop nor take the focus from the kiosk.
#   openbox_escape_test.sh KIOSK_BINARY [SCREENSHOT_DIR]
# With SCREENSHOT_DIR, a picture of the whole display after each attack is kept there.
set -euo pipefail
kiosk=${1:?usage: openbox_escape_test.sh KIOSK_BINARY [SCREENSHOT_DIR]}
shots=${2:-}
for tool in Xvfb openbox xdotool xprop xwininfo xmessage import; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (scripts/dev.sh installs it)"; exit 1; }
done

work=$(mktemp -d)
pids=()
cleanup() {
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# A display nobody uses: Xvfb picks it and writes its number.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "FAIL: Xvfb did not start"; cat "$work/xvfb.log"; exit 1; }
export DISPLAY=":$(head -1 "$work/display")"

openbox --sm-disable >"$work/openbox.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break; sleep 0.1; done
xprop -root _NET_SUPPORTING_WM_CHECK | grep -q "window id" || { echo "FAIL: openbox did not start"; exit 1; }

# KIOSK_CONFIG: the kiosk reads no configuration file of the machine's own. No session bus:
# SDL's libdbus would otherwise look for one, and can block reading from a bus left behind.
DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
KIOSK_CONFIG="$work/kiosk.toml" XDG_STATE_HOME="$work/state" SDL_FRAMEBUFFER_ACCELERATION=0 SDL_VIDEODRIVER=x11 SDL_AUDIODRIVER=dummy \
  "$kiosk" --speech off --speech-log "$work/log.jsonl" --idle-timeout 0 --invite-every 0 2>"$work/kiosk.err" &
kiosk_pid=$!
pids+=("$kiosk_pid")

# The kiosk's window as the window manager manages it: among its clients, by name.
find_kiosk_window() {
  local id
  for id in $(xprop -root _NET_CLIENT_LIST 2>/dev/null | grep -o '0x[0-9a-f]*'); do
    xprop -id "$id" WM_NAME 2>/dev/null | grep -q '"Access Kiosk"' && { echo "$id"; return; }
  done
}
# Ready once it drew its first frame (SDL may open and close a window before its own).
for _ in $(seq 300); do grep -q '"event":"frame"' "$work/log.jsonl" 2>/dev/null && break; sleep 0.1; done
kiosk_window=
for _ in $(seq 300); do
  kiosk_window=$(find_kiosk_window)
  [ -n "$kiosk_window" ] && break
  sleep 0.1
done
[ -n "$kiosk_window" ] || { echo "FAIL: the kiosk window never appeared"; cat "$work/kiosk.err"; exit 1; }

failures=0
active_window() { xprop -root _NET_ACTIVE_WINDOW | sed -n 's/.*window id # \(0x[0-9a-f]*\).*/\1/p'; }
top_window() { xprop -root _NET_CLIENT_LIST_STACKING | grep -o '0x[0-9a-f]*' | tail -1; }
desktop() { xprop -root _NET_CURRENT_DESKTOP | awk '{ print $NF }'; }
same_window() { [[ "$1" =~ ^0x[0-9a-f]+$ && "$2" =~ ^(0x[0-9a-f]+|[0-9]+)$ ]] && [ $(($1)) -eq $(($2)) ]; }
settle() { sleep 1; }  # the window manager and the kiosk answer asynchronously

# Waits until the kiosk has the focus, up to 5 s (it takes it back asynchronously).
wait_for_focus() {
  for _ in $(seq 50); do
    same_window "$(active_window)" "$kiosk_window" && return 0
    sleep 0.1
  done
  return 1
}

check() {
  local attack=$1
  settle
  wait_for_focus || true
  local problems=()
  kill -0 "$kiosk_pid" 2>/dev/null || problems+=("the kiosk exited")
  xwininfo -id "$kiosk_window" 2>/dev/null | grep -q "Map State: IsViewable" || problems+=("the kiosk is not mapped")
  [ "$(desktop)" = "$start_desktop" ] || problems+=("the desktop changed to $(desktop)")
  same_window "$(active_window)" "$kiosk_window" || problems+=("focus went to $(active_window)")
  same_window "$(top_window)" "$kiosk_window" || problems+=("$(top_window) is above the kiosk")
  [ -n "$shots" ] && import -window root "$shots/openbox-$attack.png"
  if [ ${#problems[@]} -eq 0 ]; then
    echo "ok: $attack"
  else
    echo "FAIL: $attack: ${problems[*]}"
    failures=$((failures + 1))
  fi
}

wait_for_focus || { echo "FAIL: the kiosk never had the focus (active: $(active_window), kiosk: $kiosk_window)"; cat "$work/log.jsonl"; exit 1; }
settle
start_desktop=$(desktop)
[ -n "$shots" ] && mkdir -p "$shots" && import -window root "$shots/openbox-start.png"

xdotool mousemove 640 400
xdotool keydown alt click 4 click 4 click 5 keyup alt        # openbox: next/previous desktop
check alt-scroll
xdotool keydown alt click 2 keyup alt                        # openbox: lower the window
check alt-middle-click
xdotool mousemove 2 2 click 3                                # openbox: the root menu
check right-click
xmessage -geometry 400x100+100+100 "a window that opens by itself" &
pids+=($!)
check new-window
xdotool key alt+F4 2>/dev/null || true                       # openbox: close the focused window
check alt-f4

if [ "$failures" -ne 0 ]; then
  echo "0 passed, $failures failed"
  exit 1
fi
echo "5 passed, 0 failed"
