#!/usr/bin/env bash
# Checks (or, with --fix, applies) the code format of .clang-format on every C++ file the
# repository tracks (the fuzz corpus and test data aside). Exit 1 when a file differs.
#   scripts/check_format.sh          # check
#   scripts/check_format.sh --fix    # reformat in place
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format)}
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h' | grep -v -e '^fuzz/corpus/' -e '^tests/data/')
if [[ "${1:-}" == "--fix" ]]; then
  "$CLANG_FORMAT" -i "${files[@]}"
  exit 0
fi
bad=0
for f in "${files[@]}"; do
  if ! "$CLANG_FORMAT" --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "check_format: $f differs from .clang-format (run scripts/check_format.sh --fix)"
    bad=1
  fi
done
echo "check_format: ${#files[@]} files checked"
exit $bad
