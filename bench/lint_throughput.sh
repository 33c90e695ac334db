#!/usr/bin/env bash
# Lint throughput: awesomelint --offline against cmark-gfm parsing the same file
# (the floor: awesomelint parses with cmark-gfm, then walks and lints) and against
# the peers awesome-lint and markdownlint-cli2, in the same run on the same file.
#
#   bench/lint_throughput.sh [--entries N] [--runs R] [--binary PATH]
#
# Needs: python3, cmark-gfm, hyperfine and GNU time (scripts/install-deps.sh --bench),
# node/npm for the peers (installed once into $PEERS, outside the repository).
set -euo pipefail

entries=20000
runs=10
root=$(cd "$(dirname "$0")/.." && pwd)
binary="$root/build/awesomelint"
shared="${SHARED:-$root/../shared}"
peers="${PEERS:-$HOME/.cache/awesomelint-bench/peers}"
while (($#)); do
  case "$1" in
    --entries) entries="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    *) echo "usage: $0 [--entries N] [--runs R] [--binary PATH]" >&2; exit 2 ;;
  esac
done

binary=$(realpath "$binary")
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
# awesome-lint looks for readme.md; every tool reads the same file.
list="$work/readme.md"
python3 "$shared/bench/genlist.py" --entries "$entries" --seed 1 > "$list"
echo "list: $entries entries, $(stat -c %s "$list") bytes ($list)"

if [[ ! -x "$peers/node_modules/.bin/awesome-lint" || ! -x "$peers/node_modules/.bin/markdownlint-cli2" ]]; then
  mkdir -p "$peers"
  (cd "$peers" && npm install --no-audit --no-fund awesome-lint markdownlint-cli2 >/dev/null)
fi
awesome_lint="$peers/node_modules/.bin/awesome-lint"
markdownlint="$peers/node_modules/.bin/markdownlint-cli2"
cmark="cmark-gfm -e table -e autolink -e strikethrough -e tagfilter"

cd "$work"
echo
echo "== fast tools: $runs runs each (hyperfine) =="
hyperfine --warmup 2 --runs "$runs" -N -i --export-json "$work/fast.json" \
  -n cmark-gfm "$cmark readme.md" \
  -n awesomelint "$binary --offline readme.md"

echo
echo "== peers: 3 runs each =="
hyperfine --warmup 0 --runs 3 -i --export-json "$work/peers.json" \
  -n awesome-lint "$awesome_lint readme.md >/dev/null 2>&1" \
  -n markdownlint-cli2 "$markdownlint readme.md >/dev/null 2>&1"

echo
echo "== peak memory (max RSS) =="
rss() { /usr/bin/time -f %M "$@" >/dev/null 2>"$work/rss.txt" || true; tail -1 "$work/rss.txt"; }
rss_cmark=$(rss $cmark readme.md)
rss_awesomelint=$(rss "$binary" --offline readme.md)
echo "cmark-gfm   ${rss_cmark} KB"
echo "awesomelint ${rss_awesomelint} KB"

python3 - "$work/fast.json" "$work/peers.json" <<'EOF'
import json, sys
results = {}
for path in sys.argv[1:]:
    for r in json.load(open(path))["results"]:
        results[r["command"]] = (r["mean"], r["stddev"])
floor = results["cmark-gfm"][0]
ours = results["awesomelint"][0]
print("\n| tool | mean | ± | vs cmark-gfm | awesomelint is faster by |")
print("| --- | ---: | ---: | ---: | ---: |")
for name, (mean, sd) in results.items():
    print(f"| {name} | {mean * 1000:.0f} ms | {sd * 1000:.0f} ms | {mean / floor:.2f}x | "
          f"{mean / ours:.1f}x |")
EOF
