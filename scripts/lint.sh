#!/usr/bin/env bash
# The code's form, checked as CI checks it; exits non-zero on any finding.
#   scripts/lint.sh [BUILD_DIR]
# - clang-format 14 (.clang-format) over the C++ files of kiosk/ and tests/: the diff of
#   each file that is not formatted (apply with clang-format-14 -i FILE).
# - clang-tidy 14 (.clang-tidy) over kiosk/'s sources, with the compile commands of
#   BUILD_DIR (default build-asan, configured by scripts/dev.sh test), on -j LINT_JOBS
#   (default 2) processes.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-asan}
jobs=${LINT_JOBS:-2}

if [ ! -f "$build/compile_commands.json" ]; then
  echo "lint: no $build/compile_commands.json; configure first (cmake --preset ci)" >&2
  exit 2
fi

status=0
mapfile -t files < <(find kiosk tests -name '*.cpp' -o -name '*.h' | sort)
echo "clang-format: ${#files[@]} files"
unformatted=0
for file in "${files[@]}"; do
  if ! clang-format-14 --dry-run --Werror "$file" 2>/dev/null; then
    clang-format-14 "$file" | diff -u "$file" - || true
    unformatted=$((unformatted + 1))
  fi
done
if [ "$unformatted" -gt 0 ]; then
  echo "clang-format: $unformatted file(s) not formatted (diffs above)" >&2
  status=1
fi

echo "clang-tidy: kiosk/ sources, $jobs jobs"
if ! run-clang-tidy-14 -j "$jobs" -quiet -p "$build" "$PWD/kiosk/.*\.cpp\$" >"$build/clang-tidy.log" 2>&1; then
  grep -E "(warning|error): " "$build/clang-tidy.log" | sort -u >&2 || cat "$build/clang-tidy.log" >&2
  echo "clang-tidy: findings above (all of it in $build/clang-tidy.log)" >&2
  status=1
fi
exit "$status"
