#!/usr/bin/env bash
# The GitHub Action's first step: puts awesomelint on PATH — one already
# installed at this version, the one an earlier run built (restored by
# actions/cache into $AWESOMELINT_PREFIX), or a fresh Release build from this
# checkout of the action with the Debian/Ubuntu packages of install-deps.sh.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
prefix="${AWESOMELINT_PREFIX:-$HOME/.cache/awesomelint-action}"
version=$(sed -n 's/^project(awesomelint VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
wanted="awesomelint $version"

# The action's logic is Python 3, which GitHub's runners have and slim
# containers (debian:12) lack.
if ! command -v python3 >/dev/null; then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3
fi

runs_at_version() { [[ -x "$1" ]] && [[ "$("$1" --version 2>/dev/null)" == "$wanted" ]]; }
publish() {  # publish DIR: later steps find awesomelint there
  if [[ -n "${GITHUB_PATH:-}" ]]; then echo "$1" >>"$GITHUB_PATH"; fi
  echo "awesomelint: using $1/awesomelint ($wanted)"
}

if installed=$(command -v awesomelint) && runs_at_version "$installed"; then
  publish "$(dirname "$installed")"
  exit 0
fi
# A cached binary runs once its runtime libraries are there; a fresh runner lacks
# them, and install-deps.sh brings them (with the build's packages, for a rebuild).
if ! runs_at_version "$prefix/bin/awesomelint"; then
  "$source_dir/scripts/install-deps.sh" --build
fi
if runs_at_version "$prefix/bin/awesomelint"; then
  publish "$prefix/bin"
  exit 0
fi
echo "awesomelint: building $wanted (once; later runs restore it from the cache)"
cmake -S "$source_dir" -B "$prefix/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DAWESOMELINT_TESTS=OFF >/dev/null
cmake --build "$prefix/build"
cmake --install "$prefix/build" --prefix "$prefix" >/dev/null
rm -rf "$prefix/build"
runs_at_version "$prefix/bin/awesomelint" || {
  echo "::error title=awesomelint::the build did not produce a working awesomelint" >&2
  exit 2
}
publish "$prefix/bin"
