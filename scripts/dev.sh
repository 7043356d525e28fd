#!/usr/bin/env bash
# Access Kiosk on a Debian 12 machine, in one command:
#   scripts/dev.sh run [KIOSK OPTIONS]   install what is missing, build, start the kiosk
#   scripts/dev.sh test                  install what is missing, build with ASan+UBSan and -Werror,
#                                        check the code's form (scripts/lint.sh), fuzz the pack
#                                        readers for 60 s (scripts/fuzz.sh), run every test
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
  libarchive-dev libsodium-dev libpng-dev libbz2-dev unicode-data libsystemd-dev cage
  libgtest-dev libgmock-dev
  libsqlite3-dev prometheus
  libcurl4-openssl-dev nginx
  libcpp-httplib-dev chromium chromium-driver python3-selenium
  liblouis-dev liblouis-data libasound2-dev libbrlapi-dev brltty
  clang-14 libclang-rt-14-dev libbenchmark-dev clang-format-14 clang-tidy-14
  xvfb openbox xdotool x11-utils imagemagick
)

install_missing_packages() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  command -v npm >/dev/null || missing+=(npm)  # axe-core for the console's browser test; any npm will do
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
    # Each step's time is printed, to see where a slow run spends it.
    took() { echo "dev.sh test: $1 took $((SECONDS - $2)) s"; }
    start=$SECONDS
    cmake --preset ci
    cmake --build --preset ci -j "$jobs"
    npm ci --prefix build-asan/tests/console --no-audit --no-fund --loglevel=error  # axe-core for the console's test
    took build "$start"; start=$SECONDS
    lint=0
    scripts/lint.sh build-asan || lint=$?  # told again after the tests, which still run
    took lint "$start"; start=$SECONDS
    scripts/fuzz.sh 60
    took fuzz "$start"; start=$SECONDS
    ctest --preset ci
    took tests "$start"
    if [ "$lint" -ne 0 ]; then
      echo "scripts/lint.sh found problems (above): the tests ran, but the check fails" >&2
      exit "$lint"
    fi
    ;;
  *)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
