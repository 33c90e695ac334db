#!/usr/bin/env bash
# Lint throughput: awesomelint --offline against cmark-gfm parsing and rendering the
# same file (the floor: awesomelint parses with libcmark-gfm, then builds its entry
# model and runs every rule) and against the peers awesome-lint and markdownlint-cli2,
# all in the same run on the same generated file.
#
#   bench/lint_throughput.sh [--entries N] [--style S] [--runs R] [--peer-runs P] [--binary PATH]
#
#   --entries N    size of the generated list (default 20000; e.g. 2000 for a quick run)
#   --style S      its entry shape: list (default), paragraph, blockquote, table, html-table
#   --runs R       hyperfine runs for cmark-gfm and awesomelint (default 20, 3 warmups)
#   --peer-runs P  hyperfine runs for awesome-lint and markdownlint-cli2 (default 3)
#   --binary PATH  awesomelint to time (default build-release/awesomelint, built if missing)
#
# Environment: WORK=DIR keeps the list and the hyperfine JSON exports there (default: a
# new temporary directory, printed and kept); PEERS=DIR is where the npm peers are
# installed (default ~/.cache/awesomelint-bench/peers, never inside the repository);
# SHARED=DIR is the shared folder holding bench/genlist.py (default ../shared).
# Missing cmark-gfm, hyperfine or GNU time are installed with apt-get.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

entries=20000
style=list
runs=20
peer_runs=3
binary=""
shared=$(bench_shared)
bench_options "usage: $0 [--entries N] [--style S] [--runs R] [--peer-runs P] [--binary PATH]" \
  --entries=entries --style=style --runs=runs --peer-runs=peer_runs --binary=binary -- "$@"

# --- tools -------------------------------------------------------------------------
ensure_tools cmark-gfm hyperfine time
binary=$(build_awesomelint --binary "$binary")
peer_bin=$(ensure_peers awesome-lint markdownlint-cli2)
awesome_lint="$peer_bin/awesome-lint"
markdownlint="$peer_bin/markdownlint-cli2"

# --- the list ----------------------------------------------------------------------
work=$(bench_work)
if ((entries % 1000 == 0)); then name="$style$((entries / 1000))k.md"; else name="$style$entries.md"; fi
list="$work/$name"
python3 "$shared/bench/genlist.py" --entries "$entries" --seed 1 --style "$style" >"$list"
# awesome-lint looks for a readme.md by default and markdownlint-cli2 for config files
# beside it: both get the same file (a hard link, same inode) alone in a folder.
mkdir -p "$work/peer"
ln -f "$list" "$work/peer/readme.md"
bytes=$(stat -c %s "$list")
echo "list: $list ($entries entries, $bytes bytes, $(wc -l <"$list") lines)"
echo "awesomelint: $binary ($("$binary" --version 2>&1 | head -1))"
echo "cmark-gfm: $(cmark-gfm --version 2>&1 | head -1); hyperfine: $(hyperfine --version)"
echo "awesome-lint $(peer_version awesome-lint), markdownlint-cli2 $(peer_version markdownlint-cli2), node $(node --version)"
bench_machine

cmark=(cmark-gfm -e table -e autolink -e strikethrough -e tagfilter)

echo
echo "== cmark-gfm (floor) and awesomelint: $runs runs each after 3 warmups =="
# -N: no intermediate shell; hyperfine sends stdout to /dev/null. -i: awesomelint exits 1
# when it finds errors, which is not a failure here.
hyperfine -N -i --warmup 3 --runs "$runs" --export-json "$work/fast.json" \
  -n cmark-gfm "${cmark[*]} $list" \
  -n awesomelint "$binary --offline $list"

echo
echo "== awesome-lint and markdownlint-cli2: $peer_runs runs each =="
cd "$work/peer"
hyperfine -N -i --warmup 0 --runs "$peer_runs" --export-json "$work/peers.json" \
  -n awesome-lint "$awesome_lint readme.md" \
  -n markdownlint-cli2 "$markdownlint readme.md"

echo
echo "== peak RSS (/usr/bin/time -f %M, median of 3) =="
rss() {
  local i
  for i in 1 2 3; do
    /usr/bin/time -f %M -o "$work/rss.txt" "$@" >/dev/null 2>&1 || true
    tail -1 "$work/rss.txt"
  done | sort -n | sed -n 2p
}
rss_cmark=$(rss "${cmark[@]}" "$list")
rss_ours=$(rss "$binary" --offline "$list")
echo "cmark-gfm   $rss_cmark KB"
echo "awesomelint $rss_ours KB"
printf '{"cmark-gfm": %s, "awesomelint": %s}\n' "$rss_cmark" "$rss_ours" >"$work/rss.json"

echo
python3 - "$work" "$entries" "$bytes" <<'EOF'
import json, sys
work, entries, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rss = json.load(open(f"{work}/rss.json"))
rows = []
for part in ("fast", "peers"):
    for r in json.load(open(f"{work}/{part}.json"))["results"]:
        rows.append((r["command"], r["mean"], r["stddev"] or 0.0, r["user"] + r["system"], len(r["times"])))
mean = {name: m for name, m, *_ in rows}
floor, ours = mean["cmark-gfm"], mean["awesomelint"]

def t(s):
    return f"{s * 1000:.0f} ms" if s < 1 else f"{s:.2f} s"

print(f"Summary: {entries} entries, {size / 1e6:.2f} MB; means are wall time")
print("| tool | mean ± σ | CPU (user+sys) | runs | vs cmark-gfm | awesomelint vs it | peak RSS |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for name, m, sd, cpu, n in rows:
    vs = "—" if name == "awesomelint" else f"{m / ours:.1f}× faster" if m > ours else f"{ours / m:.2f}× slower"
    kb = rss.get(name)
    peak = f"{kb / 1024:.1f} MB" if kb else "—"
    print(f"| {name} | {t(m)} ± {t(sd)} | {t(cpu)} | {n} | {m / floor:.2f}× | {vs} | {peak} |")
print(f"\nhyperfine JSON: {work}/fast.json, {work}/peers.json; RSS: {work}/rss.json")
EOF
