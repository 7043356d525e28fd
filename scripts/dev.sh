#!/usr/bin/env bash
# Access Kiosk on a Debian 12 machine, in one command:
#   scripts/dev.sh run [KIOSK OPTIONS]   install what is missing, build, start the kiosk
#   scripts/dev.sh test                  install what is missing, build with ASan+UBSan, fuzz the
#                                        pack readers for 60 s (scripts/fuzz.sh), run every test
# Packages are installed with apt-get when run as root; otherwise the exact apt-get line
# is printed and nothing is changed.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly PACKAGES=(
  build-essential cmake pkg-config
  libsdl2-dev libsdl2-ttf-dev
  libespeak-ng-dev espeak-ng-data
  libicu-dev icu-devtools libhyphen-dev hyphen-en-us
  libtomlplusplus-dev libcmark-gfm-dev libcmark-gfm-extensions-dev nlohmann-json3-dev libcli11-dev
  libfontconfig-dev fonts-noto-cjk fonts-noto-core
  libarchive-dev libsodium-dev libpng-dev libbz2-dev unicode-data
  libgtest-dev libgmock-dev
  clang-14 libclang-rt-14-dev libbenchmark-dev
  xvfb openbox xdotool x11-utils imagemagick
)

install_missing_packages() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Access Kiosk needs these Debian packages. Install them, then run this again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "Installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

jobs=$(nproc 2>/dev/null || echo 2)

case "${1:-}" in
  run)
    shift
    install_missing_packages
    cmake --preset default
    cmake --build --preset default -j "$jobs" --target kiosk kiosk-pack  # the tests are for 'test'
    exec build/bin/kiosk "$@"
    ;;
  test)
    install_missing_packages
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    scripts/fuzz.sh 60
    ctest --preset asan  # last, so its summary closes the run
    ;;
  *)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
