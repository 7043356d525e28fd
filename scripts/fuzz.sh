#!/usr/bin/env bash
# Fuzzes the pack readers (archive, signed archive, TOML, front matter, Markdown) with libFuzzer,
# ASan and UBSan:
#   scripts/fuzz.sh [SECONDS]   build the 'fuzz' preset, fuzz each target for SECONDS (default 60)
# Runs on a copy of tests/fuzz/corpus, so the seeds in git stay small. Exits non-zero when
# the fuzzer finds a crash, leak, timeout or memory blow-up; the input that caused it is kept
# in <build dir>/fuzz-artifacts/ (replay: <target> FILE). KIOSK_FUZZ_BUILD_DIR
# overrides the build directory (default build-fuzz). The run starts from a fixed seed
# (KIOSK_FUZZ_SEED, default 1), so a test run is repeatable; set another seed to explore.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
targets="pack_reader_fuzzer signed_archive_fuzzer"
jobs=$(nproc 2>/dev/null || echo 2)
build_dir=${KIOSK_FUZZ_BUILD_DIR:-build-fuzz}

if [ -n "${KIOSK_FUZZ_BUILD_DIR:-}" ]; then
  cmake --preset fuzz -B "$build_dir"
  cmake --build "$build_dir" -j "$jobs" --target $targets
else
  cmake --preset fuzz
  cmake --build --preset fuzz -j "$jobs" --target $targets
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts="$build_dir/fuzz-artifacts"
mkdir -p "$artifacts"

for target in $targets; do
  rm -rf "$work/corpus"
  mkdir "$work/corpus"
  cp tests/fuzz/corpus/* "$work/corpus/"
  echo "Fuzzing with $target for ${seconds} s..."
  status=0
  "$build_dir/bin/$target" -seed="${KIOSK_FUZZ_SEED:-1}" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$work/corpus" >"$work/log" 2>&1 || status=$?

  echo "--- libFuzzer summary ($target)"
  grep -E '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs|^stat::' "$work/log" || true
  echo "corpus: $(ls "$work/corpus" | wc -l) inputs"
  found=$(grep -E -m1 -A40 '^==[0-9]+==ERROR|^SUMMARY:|runtime error:|ALARM: working on the last Unit' "$work/log" || true)
  if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    echo "--- the fuzzer found a problem (exit status $status):" >&2
    if [ -n "$found" ]; then echo "$found" >&2; else tail -n 40 "$work/log" >&2; fi
    echo "--- inputs kept in $artifacts/:" >&2
    ls -l "$artifacts" >&2
    exit 1
  fi
  echo "fuzz: $target: no crash, leak, sanitizer report or timeout in ${seconds} s"
done
