#!/usr/bin/env bash
# Fuzzes the pack readers (archive, TOML, front matter, Markdown) with libFuzzer, ASan and UBSan:
#   scripts/fuzz.sh [SECONDS]   build the 'fuzz' preset, fuzz for SECONDS (default 60)
# Runs on a copy of tests/fuzz/corpus, so the seeds in git stay small. Exits non-zero when
# the fuzzer finds a crash, leak, timeout or memory blow-up; the input that caused it is kept
# in <build dir>/fuzz-artifacts/ (replay: pack_reader_fuzzer FILE). KIOSK_FUZZ_BUILD_DIR
# overrides the build directory (default build-fuzz). The run starts from a fixed seed
# (KIOSK_FUZZ_SEED, default 1), so a test run is repeatable; set another seed to explore.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
jobs=$(nproc 2>/dev/null || echo 2)
build_dir=${KIOSK_FUZZ_BUILD_DIR:-build-fuzz}

if [ -n "${KIOSK_FUZZ_BUILD_DIR:-}" ]; then
  cmake --preset fuzz -B "$build_dir"
  cmake --build "$build_dir" -j "$jobs" --target pack_reader_fuzzer
else
  cmake --preset fuzz
  cmake --build --preset fuzz -j "$jobs" --target pack_reader_fuzzer
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
cp tests/fuzz/corpus/* "$work/corpus/"
artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"

echo "Fuzzing the pack readers for ${seconds} s..."
status=0
"$build_dir/bin/pack_reader_fuzzer" -seed="${KIOSK_FUZZ_SEED:-1}" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$work/corpus" >"$work/log" 2>&1 || status=$?

echo "--- libFuzzer summary"
grep -E '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs|^stat::' "$work/log" || true
found=$(grep -E -m1 -A40 '^==[0-9]+==ERROR|^SUMMARY:|runtime error:|ALARM: working on the last Unit' "$work/log" || true)
if [ "$status" -ne 0 ] || [ -n "$found" ]; then
  echo "--- the fuzzer found a problem (exit status $status):" >&2
  if [ -n "$found" ]; then echo "$found" >&2; else tail -n 40 "$work/log" >&2; fi
  echo "--- inputs kept in $artifacts/:" >&2
  ls -l "$artifacts" >&2
  exit 1
fi
echo "fuzz: no crash, leak, sanitizer report or timeout in ${seconds} s"
