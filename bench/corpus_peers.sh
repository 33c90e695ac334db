#!/usr/bin/env bash
# Real lists: awesomelint --offline's wall time and findings on every list of the
# shared corpus (corpus/lists/*.md and corpus/seed/README.md), and how many findings
# awesome-lint and markdownlint-cli2 report on each with their default configuration.
# The corpus is read in place: the peers get a copy named readme.md in a temporary
# folder outside the repository (awesome-lint's file-name rules would otherwise fire
# on names such as akullpp__awesome-java.md). Nothing is copied into the repository.
#
#   bench/corpus_peers.sh [--runs R] [--binary PATH]
#
#   --runs R       hyperfine runs of awesomelint per list (default 10, 1 warmup)
#   --binary PATH  awesomelint to run (default build-release/awesomelint, built if missing)
#
# Environment: WORK=DIR keeps the raw outputs (peers' reports, awesomelint JSON,
# hyperfine JSON) there (default: a new temporary directory, printed and kept);
# PEERS=DIR and SHARED=DIR as in lint_throughput.sh.
# Exits 1 if awesomelint took a second or more on any list.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

runs=10
binary=""
shared=$(bench_shared)
bench_options "usage: $0 [--runs R] [--binary PATH]" --runs=runs --binary=binary -- "$@"

ensure_tools hyperfine
binary=$(build_awesomelint --binary "$binary")
peer_bin=$(ensure_peers awesome-lint markdownlint-cli2)

work=$(bench_work)
refuse_inside_repo "$work" "WORK must be outside the repository"
echo "awesomelint $("$binary" --version 2>&1 | head -1), awesome-lint $(peer_version awesome-lint)," \
  "markdownlint-cli2 $(peer_version markdownlint-cli2); raw outputs in $work"
bench_machine
echo

strip() { sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$1"; }
slow=0
echo "| list | bytes | entries | awesomelint E / W / N | awesomelint mean (max) | awesome-lint findings (setup-only) | markdownlint-cli2 findings (MD013) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for list in "$shared"/corpus/seed/README.md "$shared"/corpus/lists/*.md; do
  if [[ "$list" == */seed/README.md ]]; then name="seed/README.md"; else name=$(basename "$list"); fi
  key=${name//\//_}; key=${key%.md}
  out="$work/$key"; rm -rf "$out"; mkdir -p "$out/peer"
  entries="" awesome="" mdl=""

  # awesomelint on the file where it is; exit 1 (errors found) is expected.
  "$binary" --offline --format json "$list" >"$out/awesomelint.json" || true
  hyperfine -N -i --style none --warmup 1 --runs "$runs" --export-json "$out/time.json" \
    "$binary --offline $list" >/dev/null 2>&1
  read -r entries errors warnings infos mean max < <(python3 -c '
import json, sys
r = json.load(open(sys.argv[1])); s = r["summary"]
t = json.load(open(sys.argv[2]))["results"][0]
print(r["files"][0]["entries"], s["errors"], s["warnings"], s["infos"], "%.0f" % (t["mean"] * 1000), "%.0f" % (max(t["times"]) * 1000))
' "$out/awesomelint.json" "$out/time.json")
  ((max < 1000)) || slow=1

  # The peers on a copy named readme.md, alone in its folder.
  cp "$list" "$out/peer/readme.md"
  (cd "$out/peer" && "$peer_bin/awesome-lint" readme.md >"$out/awesome-lint.txt" 2>&1) || true
  (cd "$out/peer" && "$peer_bin/markdownlint-cli2" readme.md >"$out/markdownlint.txt" 2>&1) || true
  rm -rf "$out/peer"

  # awesome-lint: the "N errors" / "N warnings" summary lines, checked against the
  # number of finding lines; "setup-only" counts awesome-contributing and awesome-github
  # (no contributing.md / not a git repository), which come from linting a lone copy.
  read -r awesome setup < <(strip "$out/awesome-lint.txt" | python3 -c '
import re, sys
text = sys.stdin.read()
lines = [l for l in text.splitlines() if re.match(r"^\s+[✖⚠ℹ]\s+\d+:\d+", l)]
total = sum(int(n) for n in re.findall(r"^\s+(\d+) (?:errors?|warnings?)\s*$", text, re.M))
if total != len(lines):
    sys.exit(f"awesome-lint: summary says {total} but {len(lines)} finding lines")
setup = sum(1 for l in lines if re.search(r"remark-lint:awesome-(contributing|github)\s*$", l))
print(total, setup)')
  # markdownlint-cli2: "Summary: N error(s)", checked against the finding lines.
  read -r mdl md013 < <(strip "$out/markdownlint.txt" | python3 -c '
import re, sys
text = sys.stdin.read()
lines = re.findall(r"^readme\.md:\d+.*$", text, re.M)
m = re.search(r"^Summary: (\d+) error", text, re.M)
total = int(m.group(1)) if m else 0
if total != len(lines):
    sys.exit(f"markdownlint-cli2: summary says {total} but {len(lines)} finding lines")
print(total, sum(1 for l in lines if " MD013/" in l))')
  [[ -n "${entries:-}" && -n "${awesome:-}" && -n "${mdl:-}" ]] || { echo "could not read the reports in $out" >&2; exit 1; }

  printf '| %s | %s | %s | %s / %s / %s | %s ms (%s ms) | %s (%s) | %s (%s) |\n' \
    "$name" "$(stat -c %s "$list")" "$entries" "$errors" "$warnings" "$infos" \
    "$mean" "$max" "$awesome" "$setup" "$mdl" "$md013"
done
if ((slow)); then echo "awesomelint took a second or more on some list" >&2; exit 1; fi
