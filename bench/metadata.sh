#!/usr/bin/env bash
# Paper identity and repository health on the shared link farm: a seed-style list whose
# arXiv entries carry the farm's paper titles (genlist.py --paper-titles) with planted
# title_mismatch faults, checked with GITHUB_TOKEN and without, each on a fresh farm.
# It shows that paper-title reports every title_mismatch at its line and no other line;
# that repo-health reports exactly the repositories `linkfarm.py meta` says are archived
# (warning) or have had no commit for more than 24 months (info); that with a token the
# repositories' metadata costs at most ⌈repositories / 100⌉ GraphQL requests, and the
# summary says the points spent; and that --fix (link-check alone) rewrites every renamed
# repository's link and star badge, and otherwise only links the farm moved for good.
#
#   bench/metadata.sh [--entries N] [--seed S] [--faults F] [--latency-ms L]
#                     [--port P] [--binary PATH]
#
#   --entries N     genlist.py --entries N (default 500)
#   --seed S        genlist.py --seed S (default 7)
#   --faults F      genlist.py --faults F (default 40)
#   --latency-ms L  the farm's answer latency (default 50)
#   --port P        the farm's port on 127.0.0.1 (default 8901; must be free)
#   --binary PATH   awesomelint to run (default build-release/awesomelint, built if missing)
#
# Environment: WORK=DIR keeps the list, the truth, the farm's metadata and every run's
# raw outputs there (default: a new temporary directory, printed and kept); SHARED=DIR
# holds bench/ (default ../shared). Exits 1 when a finding disagrees with the farm.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

entries=500
seed=7
faults=40
latency=50
port=8901
binary=""
bench_options "usage: $0 [--entries N] [--seed S] [--faults F] [--latency-ms L] [--port P] [--binary PATH]" \
  --entries=entries --seed=seed --faults=faults --latency-ms=latency --port=port --binary=binary -- "$@"
shared=$(realpath "$(bench_shared)")
farm_py="$shared/bench/linkfarm.py"
ensure_tools curl
binary=$(build_awesomelint --binary "$binary")
work=$(bench_work)
refuse_inside_repo "$work" "WORK must be outside the repository"
list="$work/list.md"
python3 "$shared/bench/genlist.py" --entries "$entries" --seed "$seed" --paper-titles \
  --faults "$faults" --truth "$work/faults.json" >"$list"
python3 "$farm_py" meta "$list" >"$work/meta.json"
farm_hosts "$work" "$farm_py" "$list"
farm_flags_for "$port"
trap farm_stop EXIT
today=$(date -u +%Y-%m-%d)

run() {  # run NAME token|anon [AWESOMELINT-ARGS...]: on a fresh farm, JSON report
  local dir="$work/$1" mode=$2 rc=0
  shift 2
  rm -rf "$dir"; mkdir -p "$dir"
  local env=(env -u GITHUB_TOKEN -u GH_TOKEN -u HF_TOKEN)
  [[ "$mode" == token ]] && env+=(GITHUB_TOKEN=awesomelint-bench-token)
  farm_start "$dir"
  "${env[@]}" "$binary" "${farm_flags[@]}" --no-cache --today "$today" --timeout 30 "$@" \
    >"$dir/out.json" 2>"$dir/stderr.txt" || rc=$?
  farm_collect "$dir"
  if ((rc > 1)); then echo "awesomelint failed ($rc): $(cat "$dir/stderr.txt")" >&2; exit 1; fi
}

echo "list: $list ($entries entries, seed $seed, --paper-titles, $faults faults)"
echo "awesomelint: $binary ($("$binary" --version 2>&1 | head -1)); today $today"
bench_machine
run token token --format json "$list"
run anon anon --format json "$list"
# --fix with link-check alone: what it rewrites, on a copy of the list.
mkdir -p "$work/fixed"
cp "$list" "$work/fixed/list.md"
echo '{"default": false, "link-check": true}' >"$work/fixed/only-link-check.json"
run fix token --fix --format json --config "$work/fixed/only-link-check.json" "$work/fixed/list.md"
# (farm_flags' --no-config comes first; --config names the file explicitly.)

python3 - "$work" "$shared" "$today" <<'PY'
import datetime, json, math, re, sys
work, shared, today = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, shared + "/bench")
import linkfarm  # noqa: E402

faults = {int(k): v for k, v in json.load(open(f"{work}/faults.json")).items()}
meta = json.load(open(f"{work}/meta.json"))
lines = open(f"{work}/list.md").read().split("\n")
y, m, d = map(int, today.split("-"))
failed = []

def stale(date):  # more than 24 months before today (rules/repo-health.cpp OlderThan)
    dy, dm, dd = map(int, date[:10].split("-"))
    since = (y - dy) * 12 + (m - dm)
    return since > 24 or (since == 24 and d > dd)

repos = {u: v for u, v in meta.items() if "github.com" in u}
print(f"\n{len(repos)} repositories ({sum(v['archived'] for v in repos.values())} archived, "
      f"{sum(stale(v['last_commit']) and not v['archived'] for v in repos.values())} stale, "
      f"{sum(bool(v['renamed_to']) for v in repos.values())} renamed); "
      f"{sum(1 for v in faults.values() if v == 'title_mismatch')} title_mismatch faults")

def expected_health(mode, report):
    """(name, severity) per repository, as the farm says it is."""
    # Without a token, a renamed repository beyond REST's budget is read from the page
    # it moved to, which the farm draws from the new name's metadata.
    by_url = {l["url"]: l for l in report["links"]}
    out = {}
    for url, v in repos.items():
        name = url.split("github.com/", 1)[1].strip("/").lower()
        link = by_url.get(url, {})
        if v["renamed_to"] and mode == "anon" and "meta" in link and "name_with_owner" not in link["meta"].get("repo", {}):
            v = linkfarm.repo_meta(v["renamed_to"])
        if v["archived"]:
            out[name] = "warning"
        elif stale(v["last_commit"]):
            out[name] = "info"
    return out

for mode in ("token", "anon"):
    report = json.load(open(f"{work}/{mode}/out.json"))
    stats = json.load(open(f"{work}/{mode}/stats.json"))
    diags = report["diagnostics"]
    titles = {x["line"] for x in diags if x["rule"] == "paper-title"}
    planted = {l for l, k in faults.items() if k == "title_mismatch"}
    missed, extra = sorted(planted - titles), sorted(titles - planted)
    health = {}
    for x in diags:
        if x["rule"] == "repo-health":
            name = re.match(r"Repository (\S+) ", x["message"]).group(1).lower()
            health[re.sub(r"-renamed$", "", name)] = x["severity"]
    want = expected_health(mode, report)
    wrong = {k: (health.get(k), want.get(k)) for k in set(health) | set(want) if health.get(k) != want.get(k)}
    budgets = report["summary"]["link_check"].get("budgets", [])
    print(f"\n== {mode}: {len(report['links'])} links, {report['summary']['link_check']['requests']} requests, "
          f"{report['summary']['link_check']['seconds']} s")
    print(f"  paper-title: {len(titles)} findings; planted title_mismatch {len(planted)}; "
          f"missed {missed or 'none'}; on other lines {extra or 'none'}")
    print(f"  repo-health: {sum(v == 'warning' for v in health.values())} warnings, "
          f"{sum(v == 'info' for v in health.values())} notes; the farm: "
          f"{sum(v == 'warning' for v in want.values())} archived, {sum(v == 'info' for v in want.values())} stale; "
          f"disagreements {wrong or 'none'}")
    for b in budgets:
        print(f"  {b['api']}: {b['requests']} requests, {b['spent']} {b['unit']} spent, "
              f"remaining {b['remaining']}, unchecked {b['unchecked']}")
    print(f"  farm: GraphQL requests {stats['graphql_requests']}, GitHub REST requests {stats['github_rest_requests']}")
    if mode == "token":
        bound = math.ceil(len(repos) / 100)
        print(f"  GraphQL requests {stats['graphql_requests']} <= ceil({len(repos)} / 100) = {bound}")
        if stats["graphql_requests"] > bound:
            failed.append(f"{mode}: {stats['graphql_requests']} GraphQL requests")
        if not any(b["api"] == "GitHub GraphQL" and b["spent"] > 0 for b in budgets):
            failed.append("token: the summary states no GraphQL points")
    if missed or extra:
        failed.append(f"{mode}: paper-title missed {missed}, extra {extra}")
    if wrong:
        failed.append(f"{mode}: repo-health {wrong}")

# --fix: every renamed repository's link and badge, and otherwise only permanent moves.
fixed = open(f"{work}/fixed/list.md").read().split("\n")
renamed = {u.split("github.com/", 1)[1].strip("/"): v["renamed_to"] for u, v in repos.items() if v["renamed_to"]}
changed = [(i + 1, a, b) for i, (a, b) in enumerate(zip(lines, fixed)) if a != b]
repo_lines, moved_lines, bad = 0, 0, []
for n, before, after in changed:
    expect = before
    for old, new in renamed.items():
        o, r = old.split("/")
        if f"github.com/{old})" in expect:
            expect = expect.replace(f"github.com/{old})", f"github.com/{o}/{new.split('/')[1]})")
            expect = expect.replace(f"/github/stars/{old}.svg", f"/github/stars/{o}/{new.split('/')[1]}.svg")
    if expect != before:
        repo_lines += 1
    # What is left must be links the farm moved for good, rewritten to where they went.
    rest_before = re.findall(r"\]\((https?://[^)]+)\)", expect)
    rest_after = re.findall(r"\]\((https?://[^)]+)\)", after)
    if len(rest_before) != len(rest_after) or re.sub(r"\]\([^)]+\)", "]()", expect) != re.sub(r"\]\([^)]+\)", "]()", after):
        bad.append(n); continue
    for u, v in zip(rest_before, rest_after):
        if u == v:
            continue
        host, path = linkfarm.split_url(u)
        if linkfarm.classify(host, path) != "moved" or v != u.replace(path, "/moved" + path, 1):
            bad.append(n)
        else:
            moved_lines += 1
entries_with_renamed = sum(1 for l in lines if any(f"github.com/{old})" in l for old in renamed))
print(f"\n== --fix (link-check alone): {len(changed)} lines changed: {repo_lines} renamed repositories' link "
      f"and badge (entries citing a renamed repository: {entries_with_renamed}); {moved_lines} links the farm "
      f"moved for good; anything else: {bad or 'nothing'}")
if repo_lines != entries_with_renamed or bad:
    failed.append(f"--fix: {repo_lines} of {entries_with_renamed} renamed, unexplained lines {bad}")
print("\nOK" if not failed else "\nFAILED:\n  " + "\n  ".join(failed))
sys.exit(1 if failed else 0)
PY
