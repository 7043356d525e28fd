#!/usr/bin/env bash
# The Debian package on a clean Debian 12, as a technician would install it:
#   scripts/check-deb.sh [PACKAGE.deb]
# Builds the .deb (the `package` preset and cpack) unless one is given; makes a fresh
# Debian 12 (bookworm) chroot from a cached debootstrap of the same mirror as this machine;
# installs the package there with `apt install ./access-kiosk_*.deb`; runs the installed
# `access-kiosk --help` (and `--check-config` when the help offers it); then starts the
# installed kiosk, as its system user, on a private Xvfb display. The chroot holds no build
# tree and no source tree, so the kiosk can only use its installed files. A screenshot is
# taken and must not be blank. Prints the package's size, its installed size and the time to
# the first frame. Needs root (debootstrap, chroot, mounts) and a Debian mirror.
# Settings (environment): CHECK_DEB_CACHE (default /var/tmp/access-kiosk-chroot),
# CHECK_DEB_DISPLAY (default 91), CHECK_DEB_OUT (screenshot and logs; default a new folder
# under /tmp).
set -euo pipefail
cd "$(dirname "$0")/.."

readonly cache=${CHECK_DEB_CACHE:-/var/tmp/access-kiosk-chroot}
readonly display=${CHECK_DEB_DISPLAY:-91}
out=${CHECK_DEB_OUT:-$(mktemp -d /tmp/access-kiosk-check-deb.XXXXXX)}
readonly out
readonly root=$cache/run

say() { echo "check-deb: $*"; }
die() { echo "check-deb: FAILED: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, chroot and mounts need it)"
mkdir -p "$out"

# The package: the one given, or a fresh Release build of this tree.
if [ $# -ge 1 ]; then
  deb=$(realpath "$1")
else
  cmake --preset package >/dev/null
  cmake --build --preset package -j "$(nproc)"
  cpack --preset package >/dev/null
  version=$(sed -n 's/^project(AccessKiosk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
  deb=$(realpath "build-package/access-kiosk_${version}_$(dpkg --print-architecture).deb")
fi
[ -f "$deb" ] || die "no package at $deb"
say "package $deb"

# The Debian mirror this machine uses (deb822 or one-line sources).
mirror=$(grep -hoE 'https?://[^ ]*debian/?' /etc/apt/sources.list /etc/apt/sources.list.d/* 2>/dev/null |
  grep -v security | head -1 || true)
mirror=${mirror:-http://deb.debian.org/debian}

# A clean bookworm, made once and copied afresh for every run.
if [ ! -d "$cache/base" ]; then
  command -v debootstrap >/dev/null || apt-get install -y debootstrap
  say "debootstrap bookworm from $mirror into $cache/base (once)"
  rm -rf "$cache/base.partial"
  mkdir -p "$cache"
  debootstrap bookworm "$cache/base.partial" "$mirror" >"$out/debootstrap.log"
  mv "$cache/base.partial" "$cache/base"
fi

mounted=()
xvfb_pid=
kiosk_pid=
cleanup() {
  if [ -n "$kiosk_pid" ]; then  # the kiosk ends on SIGTERM; then its display may go
    kill "$kiosk_pid" 2>/dev/null || true
    wait "$kiosk_pid" 2>/dev/null || true
  fi
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
bind() {  # bind FROM TO-inside-the-chroot
  mkdir -p "$root$2"
  mount --bind "$1" "$root$2"
  mounted+=("$root$2")
}

rm -rf "$root"
cp -a "$cache/base" "$root"
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
bind /dev /dev
bind /dev/pts /dev/pts
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }

# Install as a technician would: apt resolves every declared dependency from the mirror.
cp "$deb" "$root/tmp/"
package_file=/tmp/$(basename "$deb")
in_root apt-get update -qq >"$out/apt.log"
used_before=$(in_root df -k --output=used / | tail -1)
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$package_file" >>"$out/apt.log" 2>&1 ||
  { tail -20 "$out/apt.log" >&2; die "apt install $package_file"; }
in_root apt-get clean  # count what is installed, not the downloaded archives
used_after=$(in_root df -k --output=used / | tail -1)
say "installed with apt (log: $out/apt.log)"

in_root getent passwd access-kiosk >/dev/null || die "no access-kiosk user"
in_root id access-kiosk
[ -d "$root/var/lib/access-kiosk" ] || die "no state folder /var/lib/access-kiosk"

# The chroot holds no build or source tree, and nothing of the build machine is compiled in.
[ ! -e "$root$PWD" ] || die "the chroot holds $PWD"
if grep -q -a -F "$PWD" "$root/usr/bin/access-kiosk" "$root/usr/bin/kiosk-pack"; then
  die "the installed programs name $PWD"
fi

in_root access-kiosk --help >"$out/help.txt" || die "access-kiosk --help"
grep -q '^Data: /usr/share/access-kiosk$' "$out/help.txt" ||
  die "the installed kiosk does not use /usr/share/access-kiosk: $(grep '^Data' "$out/help.txt")"
say "access-kiosk --help: data in /usr/share/access-kiosk"
if grep -q -- '--check-config' "$out/help.txt"; then
  in_root access-kiosk --check-config || die "access-kiosk --check-config"
  say "access-kiosk --check-config passed"
else
  say "access-kiosk --help offers no --check-config: not run"
fi
in_root kiosk-pack check /usr/share/access-kiosk/packs/changyi >"$out/kiosk-pack-check.txt" 2>&1 ||
  die "kiosk-pack check of the installed pack: $(tail -3 "$out/kiosk-pack-check.txt")"
say "kiosk-pack check of the installed pack: $(tail -1 "$out/kiosk-pack-check.txt")"

# The installed kiosk, as its service user, on a private X display seen through the socket.
[ ! -e "/tmp/.X11-unix/X$display" ] || die "display :$display is in use"
Xvfb ":$display" -screen 0 1920x1080x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
bind /tmp/.X11-unix /tmp/.X11-unix
rm -f "$root/tmp/speech.jsonl"
chroot --userspec=access-kiosk:access-kiosk "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
  HOME=/var/lib/access-kiosk DISPLAY=":$display" SDL_FRAMEBUFFER_ACCELERATION=0 \
  SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=/tmp/audio.raw \
  access-kiosk --speech-log /tmp/speech.jsonl >"$out/kiosk.log" 2>&1 &
kiosk_pid=$!
first_frame=
for _ in $(seq 300); do
  kill -0 "$kiosk_pid" 2>/dev/null || { cat "$out/kiosk.log" >&2; die "the installed kiosk stopped"; }
  first_frame=$(awk -F'"t_ms":' '/"event":"frame"/ { split($2, v, /[,}]/); print v[1]; exit }' \
    "$root/tmp/speech.jsonl" 2>/dev/null || true)
  [ -n "$first_frame" ] && break
  sleep 0.1
done
[ -n "$first_frame" ] || { cat "$out/kiosk.log" >&2; die "no frame in 30 s"; }
sleep 1  # the attract screen's first frame, then let it settle
import -display ":$display" -window root "$out/installed-kiosk.png"
colours=$(convert "$out/installed-kiosk.png" -format '%k' info:)
deviation=$(convert "$out/installed-kiosk.png" -colorspace Gray -format '%[fx:standard_deviation]' info:)
cp "$root/tmp/speech.jsonl" "$out/speech.jsonl"
if ! awk -v d="$deviation" 'BEGIN { exit !(d > 0.02) }' || [ "$colours" -le 16 ]; then
  die "the screenshot is blank ($colours colours, deviation $deviation): $out/installed-kiosk.png"
fi
say "screenshot $out/installed-kiosk.png: $colours colours, deviation $deviation"
[ -d "$root/var/lib/access-kiosk/.local/state/access-kiosk" ] && say "state kept in /var/lib/access-kiosk"

installed_kib=$(in_root dpkg-query -W -f="\${Installed-Size}" access-kiosk)
echo
echo "package:              $(basename "$deb"), $(($(stat -c %s "$deb") / 1024)) KiB"
echo "installed size:       $installed_kib KiB (dpkg Installed-Size)"
echo "with its dependencies: $(((used_after - used_before) / 1024)) MiB added to a clean Debian 12"
echo "first frame:          $first_frame ms after start (speech log, installed kiosk, Xvfb)"
echo "check-deb: PASSED"
