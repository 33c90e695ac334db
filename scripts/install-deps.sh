#!/usr/bin/env bash
# Installs the Debian 12 packages awesomelint builds, tests and benchmarks with.
# Usage: scripts/install-deps.sh [--build | --bench]
#   (none)    the build, the tests and the project's own checks (the default)
#   --build   only what building the binary needs (the GitHub Action, the pre-commit hook)
#   --bench   also cmark-gfm, hyperfine and GNU time for bench/
set -euo pipefail
build=(
  build-essential cmake ninja-build pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libcurl4-openssl-dev nlohmann-json3-dev libfmt-dev libcli11-dev libre2-dev
)
tests=(git python3 libcpp-httplib-dev libgtest-dev libgmock-dev)
case "${1:-}" in
  --build) packages=("${build[@]}") ;;
  --bench) packages=("${build[@]}" "${tests[@]}" cmark-gfm hyperfine time) ;;
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
