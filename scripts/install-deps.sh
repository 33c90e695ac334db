#!/usr/bin/env bash
# Installs the Debian 12 packages awesomelint builds, tests and benchmarks with.
# Usage: scripts/install-deps.sh [--build | --bench]
#   (none)    the build, the tests and the project's own checks (the default): also
#             clang-format, clang and libFuzzer (fuzz/), pre-commit, yamllint, and
#             action-validator from npm into ${XDG_CACHE_HOME:-~/.cache}/awesomelint-tools
#             (validates action.yml)
#   --build   only what building and installing the binary needs (the GitHub Action, the
#             pre-commit hook, cmake --install and cpack: help2man makes the man page)
#   --bench   also cmark-gfm, hyperfine, GNU time and curl for bench/
set -euo pipefail
build=(
  build-essential cmake ninja-build pkg-config help2man file  # file: `cpack -G DEB`'s Depends
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libcurl4-openssl-dev nlohmann-json3-dev libfmt-dev libcli11-dev libre2-dev
)
tests=(git python3 python3-yaml python3-jsonschema libcpp-httplib-dev libgtest-dev libgmock-dev pre-commit yamllint
       clang-format
       clang libclang-rt-14-dev llvm-14)  # fuzz/: libFuzzer, and llvm-symbolizer for its reports
if ! command -v npm >/dev/null; then tests+=(nodejs npm); fi
case "${1:-}" in
  --build) packages=("${build[@]}") ;;
  --bench) packages=("${build[@]}" "${tests[@]}" cmark-gfm hyperfine time curl) ;;
  "") packages=("${build[@]}" "${tests[@]}") ;;
  *) echo "usage: $0 [--build | --bench]" >&2; exit 2 ;;
esac
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# action-validator (npm), for the test that validates action.yml and the workflows.
if [[ -z "${1:-}" || "${1:-}" == "--bench" ]]; then
  tools="${XDG_CACHE_HOME:-$HOME/.cache}/awesomelint-tools"
  if [[ ! -x "$tools/node_modules/.bin/action-validator" ]]; then
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error \
      @action-validator/cli@0.6.0 @action-validator/core@0.6.0
  fi
fi
