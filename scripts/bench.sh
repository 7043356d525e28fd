#!/usr/bin/env bash
# Times checking and loading the full default pack (three locales) against the goal:
#   scripts/bench.sh [BENCHMARK OPTIONS]   build the 'default' preset's benchmark and run it
# Goal: load_pack on the pack directory and on its archive each take under 100 ms.
# Exits 1 when a figure misses the goal. KIOSK_BENCH_BUILD_DIR overrides the build directory.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly GOAL_MS=100
jobs=$(nproc 2>/dev/null || echo 2)
build_dir=${KIOSK_BENCH_BUILD_DIR:-build}

if [ -n "${KIOSK_BENCH_BUILD_DIR:-}" ]; then
  cmake --preset default -B "$build_dir"
  cmake --build "$build_dir" -j "$jobs" --target pack_load_benchmark
else
  cmake --preset default
  cmake --build --preset default -j "$jobs" --target pack_load_benchmark
fi

csv=$(mktemp)
trap 'rm -f "$csv"' EXIT
"$build_dir/bin/pack_load_benchmark" --benchmark_min_time=0.5 \
  --benchmark_out="$csv" --benchmark_out_format=csv "$@"

# The CSV has the figures in ms (each benchmark sets its unit); its header comes after
# any context lines, so start at the line naming the columns.
echo
echo "Goal: checking and loading the full default pack (three locales) under ${GOAL_MS} ms"
awk -F, -v goal="$GOAL_MS" '
  /^name,/ { header = 1; next }
  !header || $0 == "" { next }
  {
    name = $1; gsub(/"/, "", name)
    real = $3 + 0
    if (name ~ /^load_pack\//) {
      verdict = real < goal ? "meets the goal" : "MISSES the goal"
      if (real >= goal) missed = 1
    } else {
      verdict = "(part of load_pack/archive)"
    }
    printf "  %-22s %8.2f ms  %s\n", name, real, verdict
  }
  END { exit missed }' "$csv"
