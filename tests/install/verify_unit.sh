#!/bin/bash
# The kiosk's systemd unit as systemd reads it: `systemd-analyze verify` prints what it
# ignores (an unknown key, a value it cannot parse, a program missing) and still exits 0,
# so any line it prints fails the test. Needs no running systemd.
#   verify_unit.sh UNIT_FILE
set -euo pipefail
unit=${1:?usage: verify_unit.sh UNIT_FILE}
said=$(systemd-analyze verify --man=no "$unit" 2>&1) || { echo "$said"; exit 1; }
if [ -n "$said" ]; then
  echo "$said"
  exit 1
fi
echo "$unit: systemd reads every line"
