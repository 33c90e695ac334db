#!/usr/bin/env bash
# Changed-lines mode on a big list: a git repository holding a generated list of N
# entries (genlist.py), a commit that adds three entries — one with an impossible
# date, one duplicating an old entry's link, one linking a dead page — and
# `awesomelint --changed-since HEAD~1` against the loopback link farm
# (../shared/bench/linkfarm.py). Shows the findings (exactly the three), the
# requests the farm saw (/__stats: only the new entries' links), and the time,
# beside the whole list's findings for comparison.
#
#   bench/changed_since.sh [--entries N] [--port P] [--binary PATH]
#
#   --entries N    size of the list (default 5000)
#   --port P       the farm's port on 127.0.0.1 (default 8910; must be free)
#   --binary PATH  awesomelint to run (default build-release/awesomelint, built if missing)
#
# Environment: WORK=DIR keeps the repository and outputs there (default: a new
# temporary directory /tmp/awesomelint-changed.XXXXXX, kept); SHARED=DIR holds bench/
# (default ../shared). A missing curl is installed with apt-get.
# Exits 1 unless the run reports exactly the three planted findings and the farm saw
# requests for the new entries' links only.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

entries=5000
port=8910
binary=""
shared=$(realpath "$(bench_shared)")
bench_options "usage: $0 [--entries N] [--port P] [--binary PATH]" \
  --entries=entries --port=port --binary=binary -- "$@"
ensure_tools curl
binary=$(build_awesomelint --quiet --binary "$binary")
work=$(bench_work /tmp/awesomelint-changed.XXXXXX)
repo="$work/repo"
rm -rf "$repo"
mkdir -p "$repo"
farm="http://127.0.0.1:$port"

# The list, committed; then three entries at the top of its first section.
python3 "$shared/bench/genlist.py" --entries "$entries" --seed 11 >"$repo/README.md"
git -C "$repo" init -q -b main
git() { command git -C "$repo" -c user.name=bench -c user.email=bench@example.org "$@"; }
git add README.md
git commit -q -m "the list"
python3 - "$repo/README.md" >"$work/planted.json" <<'EOF'
import json, re, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
first = next(i for i, l in enumerate(lines) if re.match(r"^\* \[\d\d\.\d\d\.\d{4}\]", l))
top_date = re.match(r"^\* \[(\d\d\.\d\d\.\d{4})\]", lines[first]).group(1)
# An old entry with a GitHub star badge, far down the list, copied with the top date.
old = next(i for i in range(len(lines) // 2, len(lines))
           if "github.com/" in lines[i] and re.match(r"^\* \[", lines[i]))
duplicate = re.sub(r"^\* \[\d\d\.\d\d\.\d{4}\]", f"* [{top_date}]", lines[old])
new = [
    f"* [31.02.{top_date[-4:]}] **Pathology**: [A paper with an impossible date]"
    "(https://arxiv.org/abs/2401.00001) (arXiv)",
    duplicate,
    f"* [{top_date}] **Radiology**: [A paper whose page is gone]"
    "(https://lab1.example1.org/__dead/new-paper) (Nature)",
]
lines[first:first] = new
open(path, "w", encoding="utf-8").write("\n".join(lines))
urls = [u for l in new for u in re.findall(r"\]\((https?://[^)\s]+)\)", l)]
print(json.dumps({"lines": [first + 1, first + 2, first + 3], "old_line": old + 4,
                  "urls": urls}))
EOF
git commit -q -am "three entries"

# The farm, and a config that sends every URL and API there.
python3 "$shared/bench/linkfarm.py" serve --port "$port" --latency-ms 50 --no-slow \
  >"$work/farm.log" 2>&1 &
farm_pid=$!
trap 'kill $farm_pid 2>/dev/null || true' EXIT
wait_for_url "$farm/__stats" || true
cat >"$work/awesomelint.json" <<EOF
{
  "links": {
    "remap": ["^https?://([^/:?#]+)([/?#].*)?\$ $farm/\$1\$2"],
    "providers": {
      "github": "$farm/api.github.com",
      "arxiv": "$farm/export.arxiv.org",
      "huggingface": "$farm/huggingface.co",
      "zenodo": "$farm/zenodo.org",
      "doi": "$farm/doi.org"
    }
  }
}
EOF

cd "$repo"
start=$(date +%s.%N)
set +e
env -u GITHUB_TOKEN -u GH_TOKEN "$binary" --config "$work/awesomelint.json" --no-cache \
  --format json --changed-since HEAD~1 README.md >"$work/changed.json" 2>"$work/changed.err"
status=$?
set -e
end=$(date +%s.%N)
curl -s "$farm/__stats" >"$work/stats.json"
"$binary" --offline --no-config --format json README.md >"$work/whole.json" || true
python3 "$shared/bench/linkfarm.py" truth README.md >"$work/truth.json"

python3 - "$work" "$status" "$start" "$end" "$entries" <<'EOF'
import json, sys
work, status, start, end, entries = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
planted = json.load(open(f"{work}/planted.json"))
changed = json.load(open(f"{work}/changed.json"))
whole = json.load(open(f"{work}/whole.json"))
stats = json.load(open(f"{work}/stats.json"))
truth = json.load(open(f"{work}/truth.json"))
found = [(d["line"], d["rule"], d["message"]) for d in changed["diagnostics"]]
print(f"list: {entries} entries, {len(truth)} URLs; commit: 3 entries at lines {planted['lines']}"
      f" (the duplicate copies line {planted['old_line']})")
print(f"awesomelint --changed-since HEAD~1: exit {status}, {float(end) - float(start):.2f} s")
for line, rule, message in found:
    print(f"  README.md:{line} {rule}: {message}")
checked = [l for l in changed.get("links", []) if l["status"] != "excluded"]
print(f"links checked: {len(checked)} ({', '.join(l['url'] + ' ' + l['status'] for l in checked)})")
print(f"farm /__stats: {stats['requests']} requests, {stats['distinct_urls']} distinct URLs")
print(f"the whole list, offline: {len(whole['diagnostics'])} findings")
ok = True
expected = {(planted["lines"][0], "date-format"), (planted["lines"][1], "duplicate-link"),
            (planted["lines"][2], "link-check")}
if {(line, rule) for line, rule, _ in found} != expected or len(found) != 3:
    print(f"FAIL: expected exactly {sorted(expected)}"); ok = False
if any(l["url"] not in planted["urls"] for l in checked):
    print("FAIL: a link outside the new entries was checked"); ok = False
if stats["distinct_urls"] > len(planted["urls"]):
    print("FAIL: the farm saw more URLs than the new entries hold"); ok = False
print("all checks passed" if ok else "checks failed")
sys.exit(0 if ok else 1)
EOF
