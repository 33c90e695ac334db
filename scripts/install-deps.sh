#!/usr/bin/env bash
# Installs the Debian 12 packages awesomelint builds, tests and benchmarks with.
# Usage: scripts/install-deps.sh [--bench]   (--bench adds cmark-gfm and hyperfine)
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config git python3
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libcurl4-openssl-dev nlohmann-json3-dev libfmt-dev libcli11-dev libre2-dev
  libcpp-httplib-dev libgtest-dev libgmock-dev
)
if [[ "${1:-}" == "--bench" ]]; then packages+=(cmark-gfm hyperfine time); fi
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
