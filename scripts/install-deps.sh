#!/usr/bin/env bash
# Installs what quoteattr needs to build and test, from Debian 12 packages only.
# Run as root (or with sudo available). Installs only what is missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libicu-dev            # Unicode, sentence segmentation
  libboost-regex-dev    # rule patterns
  libtomlplusplus-dev   # profile files
  nlohmann-json3-dev    # JSON output of the tool
  libcli11-dev          # the tool's arguments
  catch2                # tests (2.13 on Debian 12)
  doxygen               # API documentation (the docs target and its test)
  clang-tidy            # scripts/run_clang_tidy.sh (.clang-tidy; clang-tidy-14 on Debian 12)
  clang-format          # .clang-format (clang-format-14 on Debian 12)
  # The clang builds (presets sanitize-clang, tsan, fuzz, werror-clang; .ci/run runs sanitize-clang):
  clang                 # clang-14 on Debian 12, as /usr/bin/clang and clang++ (the presets' compilers)
  libclang-rt-14-dev    # the sanitizer and libFuzzer runtimes (only recommended by clang-14)
  llvm                  # llvm-symbolizer on PATH: function names in sanitizer reports, which
                        # tests/tsan.supp matches
  # The Python bindings (QUOTEATTR_PYTHON) and their tests:
  python3-dev pybind11-dev              # the extension module
  python3-dask python3-distributed      # the Dask runner (quoteattr.dask_corpus)
  parallel                              # README "Scaling out", tested by CTest
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
