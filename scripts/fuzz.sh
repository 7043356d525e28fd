#!/usr/bin/env bash
# Fuzzes what a kiosk reads from a pack with libFuzzer, ASan and UBSan:
#   scripts/fuzz.sh [SECONDS] [TARGET...]   build the 'fuzz' preset, then fuzz the targets
#                                           (default: all) for SECONDS in all (default 60)
# Targets and their seeds:
#   pack_reader_fuzzer      archives and pack text            tests/fuzz/corpus
#   markdown_inline_fuzzer  article Markdown and its text      tests/fuzz/corpus-markdown
#   pack_screens_fuzzer     load a pack, build every screen    tests/fuzz/corpus-screens
#   signed_archive_fuzzer   signed archives, list first        tests/fuzz/corpus
#   channel_index_fuzzer    signed channel indexes              tests/fuzz/corpus-index
# Each runs on a copy of its seeds, so the seeds in git stay small. Exits non-zero when a
# fuzzer finds a crash, leak, timeout or memory blow-up; the input that caused it is kept
# in <build dir>/fuzz-artifacts/TARGET/ (replay: <build dir>/bin/TARGET FILE).
# KIOSK_FUZZ_BUILD_DIR overrides the build directory (default build-fuzz). Runs start from a
# fixed seed (KIOSK_FUZZ_SEED, default 1), so a test run is repeatable; set another to explore.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A seeds=(
  [pack_reader_fuzzer]=tests/fuzz/corpus
  [markdown_inline_fuzzer]=tests/fuzz/corpus-markdown
  [pack_screens_fuzzer]=tests/fuzz/corpus-screens
  [signed_archive_fuzzer]=tests/fuzz/corpus
  [channel_index_fuzzer]=tests/fuzz/corpus-index
)
all_targets=(pack_reader_fuzzer markdown_inline_fuzzer pack_screens_fuzzer signed_archive_fuzzer channel_index_fuzzer)

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || usage
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do [ -n "${seeds[$target]:-}" ] || usage; done
# The time is shared, so CI's budget holds however many targets there are.
per_target=$(( seconds / ${#targets[@]} ))
[ "$per_target" -ge 1 ] || per_target=1

jobs=$(nproc 2>/dev/null || echo 2)
build_dir=${KIOSK_FUZZ_BUILD_DIR:-build-fuzz}
if [ -n "${KIOSK_FUZZ_BUILD_DIR:-}" ]; then
  cmake --preset fuzz -B "$build_dir"
  cmake --build "$build_dir" -j "$jobs" --target "${targets[@]}"
else
  cmake --preset fuzz
  cmake --build --preset fuzz -j "$jobs" --target "${targets[@]}"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for target in "${targets[@]}"; do
  mkdir -p "$work/$target"
  cp "${seeds[$target]}"/* "$work/$target/"
  artifacts="$build_dir/fuzz-artifacts/$target"
  mkdir -p "$artifacts"
  log="$work/$target.log"
  echo "Fuzzing $target for ${per_target} s..."
  status=0
  "$build_dir/bin/$target" -seed="${KIOSK_FUZZ_SEED:-1}" -max_total_time="$per_target" -rss_limit_mb=2048 \
    -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/" "$work/$target" >"$log" 2>&1 || status=$?
  echo "--- $target: libFuzzer summary"
  grep -E '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs|^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" || true
  echo "corpus: $(find "$work/$target" -type f | wc -l) inputs, $(du -sk "$work/$target" | cut -f1) KiB"
  found=$(grep -E -m1 -A40 '^==[0-9]+==ERROR|^SUMMARY:|runtime error:|ALARM: working on the last Unit|a screen cannot be built' "$log" || true)
  if [ "$status" -ne 0 ] || [ -n "$found" ]; then
    echo "--- $target found a problem (exit status $status):" >&2
    if [ -n "$found" ]; then echo "$found" >&2; else tail -n 40 "$log" >&2; fi
    echo "--- inputs kept in $artifacts/:" >&2
    ls -l "$artifacts" >&2
    failed=1
  fi
done
[ "$failed" -eq 0 ] || exit 1
echo "fuzz: no crash, leak, sanitizer report or timeout in ${seconds} s over ${#targets[@]} target(s)"
