#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy) over the C++ sources of src/, examples/ and tools/
# with a build's compilation database, and fails on any finding (WarningsAsErrors in .clang-tidy).
#
#   scripts/run_clang_tidy.sh [BUILD_DIR] [FILE...]
#
# BUILD_DIR (default build/ci) must be configured with CMAKE_EXPORT_COMPILE_COMMANDS=ON (the
# ci preset does) and built once (the generated headers). Without FILEs every source is checked;
# FILEs limit the run to those sources (headers are checked through the sources that include them).
# CLANG_TIDY picks the binary (default: Debian's clang-tidy-14, else clang-tidy); JOBS the number of
# parallel runs (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/ci}
[ $# -gt 0 ] && shift
tidy=${CLANG_TIDY:-$(command -v clang-tidy-14 || command -v clang-tidy || true)}
if [ -z "$tidy" ]; then
  echo "run_clang_tidy: clang-tidy not found (scripts/install-deps.sh installs clang-tidy)" >&2
  exit 2
fi
db="$build/compile_commands.json"
if [ ! -f "$db" ]; then
  echo "run_clang_tidy: no $db (configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)" >&2
  exit 2
fi

if [ $# -gt 0 ]; then
  candidates=("$@")
else
  mapfile -t candidates < <(find src examples tools -name "*.cpp" | LC_ALL=C sort)
fi
# GCC 12 compiles C++17 by default, so CMake writes no -std flag for the targets that inherit
# cxx_std_17 from the library; clang-tidy would parse them as C++14: --extra-arg=-std=c++17 below.
# Only the sources this build compiles (tools/ needs QUOTEATTR_BUILD_TOOLS, for instance).
files=()
for f in "${candidates[@]}"; do
  grep -qF "\"file\": \"$PWD/$f\"" "$db" && files+=("$f")
done
if [ ${#files[@]} -eq 0 ]; then
  echo "run_clang_tidy: no sources to check"
  exit 0
fi

echo "run_clang_tidy: $("$tidy" --version | grep -o 'version [0-9.]*'), ${#files[@]} files"
start=$SECONDS
status=0
printf '%s\0' "${files[@]}" |
  xargs -0 -n 1 -P "${JOBS:-2}" "$tidy" -p "$build" --quiet --extra-arg=-std=c++17 2>/dev/null ||
  status=$?
echo "run_clang_tidy: $((SECONDS - start)) s"
if [ $status -ne 0 ]; then
  echo "run_clang_tidy: findings above (fix them, or NOLINT with a reason)" >&2
  exit 1
fi
echo "run_clang_tidy: no findings"
