#!/usr/bin/env bash
# Findings on real lists: awesomelint --offline against awesome-lint and
# markdownlint-cli2 (default configs) on every list of the shared corpus, and
# awesomelint's wall time per list. The corpus is read in place, never copied
# into the repository.
#
#   bench/corpus_peers.sh [--binary PATH]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
binary="$root/build/awesomelint"
shared="${SHARED:-$root/../shared}"
peers="${PEERS:-$HOME/.cache/awesomelint-bench/peers}"
if [[ "${1:-}" == "--binary" ]]; then binary="$2"; fi
binary=$(realpath "$binary")

if [[ ! -x "$peers/node_modules/.bin/awesome-lint" || ! -x "$peers/node_modules/.bin/markdownlint-cli2" ]]; then
  mkdir -p "$peers"
  (cd "$peers" && npm install --no-audit --no-fund awesome-lint markdownlint-cli2 >/dev/null)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "| list | entries | awesomelint errors / warnings / notes | time | awesome-lint findings | markdownlint-cli2 findings |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for list in "$shared"/corpus/seed/README.md "$shared"/corpus/lists/*.md; do
  name=$(basename "$list")
  [[ "$name" == README.md ]] && name="seed/README.md"
  # Each tool lints the list as readme.md in an empty directory.
  rm -rf "$work"/* && cp "$list" "$work/readme.md"
  start=$(date +%s.%N)
  "$binary" --offline --format json "$work/readme.md" >"$work/al.json" || true
  end=$(date +%s.%N)
  read -r entries errors warnings infos < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
s = r["summary"]
print(r["files"][0]["entries"], s["errors"], s["warnings"], s["infos"])' "$work/al.json")
  (cd "$work" && "$peers/node_modules/.bin/awesome-lint" readme.md >"$work/awesome-lint.txt" 2>&1) || true
  awesome=$(grep -cE '^\s+(✖|⚠)\s+[0-9]+:[0-9]+' "$work/awesome-lint.txt" || true)
  (cd "$work" && "$peers/node_modules/.bin/markdownlint-cli2" readme.md >"$work/mdl.txt" 2>&1) || true
  markdownlint=$(grep -cE '^readme\.md:[0-9]+' "$work/mdl.txt" || true)
  printf '| %s | %s | %s / %s / %s | %.3f s | %s | %s |\n' "$name" "$entries" "$errors" "$warnings" \
    "$infos" "$(echo "$end - $start" | bc)" "$awesome" "$markdownlint"
done
