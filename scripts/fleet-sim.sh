#!/usr/bin/env bash
# Simulated kiosks polling one nginx, as a district's fleet polls its channel:
#   scripts/fleet-sim.sh [--kiosks N] [--interval-ms MS] [--jitter F] [--pack DIR]
#                        [--steady-polls N]
# Builds the 'default' preset's fleet_sim (tests/bench/fleet_sim.cpp) and kiosk-pack, and
# runs it: kiosk-pack publish writes a channel of the pack (default content/changyi), and N
# kiosks (default 500), each a thread running the update client's check with its own
# libcurl fetcher, state folder and ETag, poll it every MS (default 1000, a 10 s interval
# compressed tenfold) +-F (default 0.2). It prints, for a cold start and for a new version,
# how long after the index changed the median, the 95th percentile and every kiosk had
# installed it, what nginx served (index 200 and 304, archive 200, bytes), the 304 share
# and the peak of open connections.
# Needs Debian's nginx. KIOSK_BENCH_BUILD_DIR overrides the build directory.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${KIOSK_BENCH_BUILD_DIR:-build}
cmake --preset default -B "$build_dir" >/dev/null
cmake --build "$build_dir" -j 2 --target fleet_sim
# Every kiosk holds a connection while it fetches, and nginx two descriptors per connection.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
"$build_dir/bin/fleet_sim" "$@"
