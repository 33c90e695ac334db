#!/usr/bin/env bash
# Link checking on the shared loopback link farm (../shared/bench/linkfarm.py), with
# markdown-link-check on the same farm in the same run: awesomelint's verdicts against
# the farm's truth (with GITHUB_TOKEN and without), the requests and per-host
# concurrency the farm saw, wall times and ratios on a farm without hanging pages,
# the floor of awesomelint's strategy, and a second run answered from the cache.
#
#   bench/link_check.sh [--entries N] [--seed S] [--latency-ms L] [--timeout T]
#                       [--runs R] [--port P] [--binary PATH]
#
#   --entries N     size of the list: genlist.py --entries N (default 500)
#   --seed S        genlist.py --seed S (default 7)
#   --latency-ms L  the farm's answer latency (default 50)
#   --timeout T     seconds per request: awesomelint --timeout, markdown-link-check's
#                   "timeout" (default 5)
#   --runs R        timed awesomelint runs per configuration on the --no-slow farm,
#                   each on a fresh farm; the median is reported (default 3)
#   --port P        the farm's port on 127.0.0.1 (default 8900; must be free)
#   --binary PATH   awesomelint to run (default build-release/awesomelint, built if missing)
#
# Every run gets a farm of its own (fresh request counts, first-request states and
# GitHub's anonymous API budget). Each HOST of the list is reached as HOST.farm:PORT
# (--remap for awesomelint, replacementPatterns for markdown-link-check), so per-host
# budgets apply as on the internet; the `linkfarm.py hosts` lines and the API hosts
# are appended to /etc/hosts when missing (needs root once).
# Environment: WORK=DIR keeps the list, the truth, the configs and every run's raw
# outputs (report, farm /__stats and request log, time) there (default: a new
# temporary directory, printed and kept); PEERS=DIR is where markdown-link-check is
# installed (default ~/.cache/awesomelint-bench/peers); SHARED=DIR holds bench/
# (default ../shared). Exits 1 if a verdict disagrees with the truth, a host saw more
# than its budget, a URL was asked again without a reason, the token went to another
# host than GitHub's API, arXiv's API answered 429, or the cache run asked about a
# link that was alive; the time ratios are printed, not enforced.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

entries=500
seed=7
latency=50
timeout=5
runs=3
port=8900
binary=""
bench_options "usage: $0 [--entries N] [--seed S] [--latency-ms L] [--timeout T] [--runs R] [--port P] [--binary PATH]" \
  --entries=entries --seed=seed --latency-ms=latency --timeout=timeout --runs=runs --port=port \
  --binary=binary -- "$@"
shared=$(realpath "$(bench_shared)")
farm_py="$shared/bench/linkfarm.py"
[[ -f "$farm_py" && -f "$shared/bench/genlist.py" ]] || { echo "no $shared/bench/{linkfarm,genlist}.py" >&2; exit 2; }
ensure_tools curl

# --- awesomelint and markdown-link-check --------------------------------------------
binary=$(build_awesomelint --binary "$binary")
mlc="$(ensure_peers markdown-link-check)/markdown-link-check"

# --- the list, its truth, the names --------------------------------------------------
work=$(bench_work)
refuse_inside_repo "$work" "WORK must be outside the repository"
list="$work/list$entries.md"
python3 "$shared/bench/genlist.py" --entries "$entries" --seed "$seed" >"$list"
python3 "$farm_py" truth "$list" >"$work/truth.json"

farm_hosts "$work" "$farm_py" "$list"

farm_flags_for "$port"  # every URL and API base to HOST.farm:PORT (lib.sh)
cat >"$work/mlc.json" <<EOF
{
  "replacementPatterns": [{"pattern": "^https?://([^/:?#]+)", "replacement": "http://\$1.farm:$port"}],
  "retryOn429": true,
  "timeout": "${timeout}s"
}
EOF

# linkfarm.py serve itself, unchanged, plus a request log at /__log (bench/farm_log.py).

# --- runs ----------------------------------------------------------------------------
farm="http://127.0.0.1:$port"
trap farm_stop EXIT
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f\n", b - a }'; }

# run_awesomelint DIR token|anon FARM-ARGS... [-- AWESOMELINT-ARGS...]
run_awesomelint() {
  local name=$1 dir="$work/$1" mode=$2 rc=0 t0 t1
  shift 2
  local farm_args=() args=()
  while (($#)) && [[ "$1" != -- ]]; do farm_args+=("$1"); shift; done
  (($#)) && shift
  args=("$@")
  ((${#args[@]})) || args=(--no-cache)
  rm -rf "$dir"; mkdir -p "$dir"
  local env=(env -u GITHUB_TOKEN -u GH_TOKEN -u HF_TOKEN)
  [[ "$mode" == token ]] && env+=(GITHUB_TOKEN=awesomelint-bench-token)
  farm_start "$dir" ${farm_args[@]+"${farm_args[@]}"}
  t0=$EPOCHREALTIME
  "${env[@]}" "$binary" "${farm_flags[@]}" --format json --timeout "$timeout" \
    "${args[@]}" "$list" >"$dir/out.json" 2>"$dir/stderr.txt" || rc=$?
  t1=$EPOCHREALTIME
  farm_collect "$dir"
  if ((rc > 1)); then echo "awesomelint failed ($rc): $(cat "$dir/stderr.txt")" >&2; exit 1; fi
  elapsed "$t0" "$t1" >"$dir/time"
  printf '  %-24s %7.2f s  %5s requests (farm)\n' "$name" "$(cat "$dir/time")" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["requests"])' "$dir/stats.json")"
}

run_mlc() {  # run_mlc DIR FARM-ARGS...
  local dir="$work/$1" rc=0 t0 t1
  shift
  rm -rf "$dir"; mkdir -p "$dir"
  farm_start "$dir" "$@"
  t0=$EPOCHREALTIME
  (cd "$work" && "$mlc" -c "$work/mlc.json" "$list" >"$dir/out.txt" 2>"$dir/stderr.txt") || rc=$?
  t1=$EPOCHREALTIME
  farm_collect "$dir"
  if ((rc > 1)) || ! grep -q 'links checked' "$dir/out.txt"; then
    echo "markdown-link-check failed ($rc): $(head -5 "$dir/stderr.txt")" >&2; exit 1
  fi
  elapsed "$t0" "$t1" >"$dir/time"
  printf '  %-24s %7.2f s  %5s requests (farm)\n' "$(basename "$dir")" "$(cat "$dir/time")" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["requests"])' "$dir/stats.json")"
}

echo "list: $list ($entries entries, seed $seed, $(stat -c %s "$list") bytes, $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/truth.json") URLs in the truth)"
echo "awesomelint: $binary ($("$binary" --version 2>&1 | head -1)); markdown-link-check $(peer_version markdown-link-check) (link-check $(peer_version link-check)), node $(node --version)"
echo "farm: linkfarm.py serve --latency-ms $latency on 127.0.0.1:$port; --timeout $timeout; raw outputs in $work"
bench_machine

echo
echo "== farm with hanging pages (serve --latency-ms $latency): verdicts =="
run_awesomelint slow/awesomelint-token token
run_awesomelint slow/awesomelint-anon anon
run_mlc slow/markdown-link-check

echo
echo "== farm without hanging pages (serve --latency-ms $latency --no-slow): times =="
for i in $(seq "$runs"); do
  run_awesomelint "fast/awesomelint-token-$i" token --no-slow
  run_awesomelint "fast/awesomelint-anon-$i" anon --no-slow
done
run_mlc fast/markdown-link-check --no-slow

echo
echo "== the cache: a first run fills it, a second on a fresh farm (--no-slow, token) =="
rm -f "$work/cache.json"
run_awesomelint cache/first token --no-slow -- --cache "$work/cache.json"
run_awesomelint cache/second token --no-slow -- --cache "$work/cache.json"

echo
python3 - "$work" "$shared" "$latency" "$port" "$runs" <<'EOF'
import json, math, re, statistics, sys, urllib.parse
from collections import Counter, defaultdict

work, shared, latency_ms, port, runs = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], int(sys.argv[5])
sys.path.insert(0, shared + "/bench")
import linkfarm  # noqa: E402

latency = latency_ms / 1000
truth = json.load(open(f"{work}/truth.json"))
# awesomelint's per-host budgets: --host-concurrency (8, not changed here) and its own
# host policies (src/links/providers/github.cpp, arxiv.cpp): 4 for GitHub's API, 1 (and
# one start every 3 s) for arXiv's export API; github.com's pages have the ordinary budget.
HOST_CONCURRENCY = 8
POLICY = {"api.github.com": 4, "github.com": HOST_CONCURRENCY, "export.arxiv.org": 1}
ARXIV_INTERVAL, ARXIV_BATCH = 3.0, 500  # src/links/providers/arxiv.cpp kBatch
RETRYABLE = {408, 429, 500, 502, 503, 504}        # awesomelint retries these
REFUSED_HEAD = {400, 401, 403, 405, 406, 501, 999}  # then asks again with GET
CONFIRMED_HEAD = {404, 410} | set(range(500, 600))  # a HEAD answer GET confirms once
ACCEPT = {"alive": {"alive", "redirected"}, "broken": {"broken"},
          "blocked": {"blocked", "alive", "redirected"}, "timeout": {"timeout"}}
failed = []


def budget(host):
    return POLICY.get(host, HOST_CONCURRENCY)


def load(name, report="out.json"):
    d = f"{work}/{name}"
    run = {"name": name, "time": float(open(f"{d}/time").read()),
           "stats": json.load(open(f"{d}/stats.json")), "farm": json.load(open(f"{d}/log.json"))}
    run["log"] = run["farm"]["log"]
    if report.endswith(".json"):
        run["out"] = json.load(open(f"{d}/{report}"))
    else:
        run["out"] = open(f"{d}/{report}", encoding="utf-8").read()
    return run


def fmt_s(s):
    return f"{s:.2f} s"


# --- verdicts ------------------------------------------------------------------------
def expected(url, slow):
    t = truth[url]
    return "alive" if t == "timeout" and not slow else t


def agreement(run, slow):
    by_url = {l["url"]: l for l in run["out"]["links"]}
    count, bad = Counter(), []
    for url in truth:
        want = expected(url, slow)
        link = by_url.get(url)
        if link is None:
            bad.append((url, want, "no result", ""))
            continue
        status = link["status"]
        if status == "excluded":
            count["excluded"] += 1
            count[f"excluded:{want}"] += 1
            continue
        if status == "cached":
            status = link.get("cached_status", "?")
        count["checked"] += 1
        if status in ACCEPT[want]:
            count["agree"] += 1
            count[f"{want}->{status}"] += 1
        else:
            bad.append((url, want, status, link.get("detail", "")))
    return count, bad


ours = [("slow/awesomelint-token", True), ("slow/awesomelint-anon", True)]
ours += [(f"fast/awesomelint-{m}-{i}", False) for i in range(1, runs + 1) for m in ("token", "anon")]
ours += [("cache/first", False), ("cache/second", False)]
R = {name: load(name) for name, _ in ours}

print("## Verdicts against `linkfarm.py truth`")
print(f"{len(truth)} URLs; truth: " + ", ".join(f"{v} {n}" for v, n in Counter(truth.values()).most_common()))
print("accepted: alive -> alive/redirected; broken -> broken; bot wall -> blocked or alive;"
      " hanging -> timeout (alive on the --no-slow farm)")
print()
print("| run | checked | agree | mismatches | excluded (badge images) | alive→redirected | bot walls → blocked | hanging → timeout |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for name, slow in ours:
    c, bad = agreement(R[name], slow)
    print(f"| {name} | {c['checked']} | {c['agree']} | {len(bad)} | {c['excluded']} | "
          f"{c['alive->redirected']} | {c['blocked->blocked']} | {c['timeout->timeout'] if slow else '—'} |")
    for url, want, got, detail in bad:
        print(f"|   mismatch: {url} | truth {want} | awesomelint {got} | {detail} |")
    if bad:
        failed.append(f"{name}: {len(bad)} verdicts disagree with the truth")
c, _ = agreement(R["slow/awesomelint-token"], True)
print(f"\nExcluded: badge images (the badge-target rule judges what they name; never fetched): "
      + ", ".join(f"{k.split(':')[1]} {v}" for k, v in c.items() if k.startswith("excluded:")))


# markdown-link-check prints "[✓] LINK" / "[✖] LINK → Status: N" with LINK after the
# replacement; map it back to the URL as written.
def mlc_verdicts(text, port_pattern):
    back = {}
    for url in truth:
        back[re.sub(r"^https?://([^/:?#]+)", port_pattern, url)] = url
    out = {}
    body = text.split("links checked.")[0]  # after it, the dead links once more
    for mark, link, status in re.findall(r"^\s+\[(✓|✖|⚠|/)\] (\S+)(?: → Status: (\d+))?", body, re.M):
        url = back.get(link)
        if url:
            out[url] = ({"✓": "alive", "✖": "dead", "⚠": "error", "/": "ignored"}[mark], int(status or 0))
    return out


M = {name: load(name, "out.txt") for name in ("slow/markdown-link-check", "fast/markdown-link-check")}
print("\nmarkdown-link-check (its dead or alive, by what the truth says):\n")
print("| run | URLs | truth alive called dead | truth broken called dead | bot walls called dead | hanging pages called dead | not reported |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for name, run in M.items():
    slow = name.startswith("slow")
    v = mlc_verdicts(run["out"], rf"http://\1.farm:{port}")
    dead = Counter()
    total = Counter()
    for url in truth:
        kind = truth[url] if slow or truth[url] != "timeout" else "alive"
        total[kind] += 1
        if v.get(url, ("?",))[0] == "dead":
            dead[kind] += 1
    missing = sum(1 for u in truth if u not in v)
    run["dead"], run["total"] = dead, total
    print(f"| {name} | {len(v)} | {dead['alive']} of {total['alive']} | {dead['broken']} of {total['broken']} | "
          f"{dead['blocked']} of {total['blocked']} | {dead['timeout']} of {total['timeout']} | {missing} |")


# --- requests ------------------------------------------------------------------------
def request_reasons(log):
    """Requests to the same URL (and POST body) beyond the first, by why they came."""
    groups = defaultdict(list)
    for r in log:
        groups[(r["h"], r["p"], r.get("body", ""))].append(r)
    why, excess = Counter(), []
    for key, rs in groups.items():
        rs.sort(key=lambda r: r["t0"])
        for prev, cur in zip(rs, rs[1:]):
            if prev["lost"] is not None:
                why["after the client gave up (timeout)"] += 1
            elif prev["st"] in RETRYABLE:
                why[f"retry after {prev['st']}"] += 1
            elif prev["m"] == "HEAD" and cur["m"] == "GET" and prev["st"] in REFUSED_HEAD:
                why[f"GET after HEAD {prev['st']}"] += 1
            elif prev["m"] == "HEAD" and cur["m"] == "GET" and prev["st"] in CONFIRMED_HEAD:
                why[f"GET confirming HEAD {prev['st']}"] += 1
            else:
                excess.append((key, prev["m"], prev["st"], cur["m"]))
    return groups, why, excess


print("\n## Requests (farm side; a URL is host + path, and the body for POST)\n")
print("| run | requests (farm) | awesomelint's count | distinct URLs | asked more than once | why | without a reason | farm max_requests_one_url |")
print("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |")
for name, run in list(R.items()) + list(M.items()):
    groups, why, excess = request_reasons(run["log"])
    ours_count = run["out"]["summary"]["link_check"]["requests"] if isinstance(run["out"], dict) else "—"
    again = sum(1 for rs in groups.values() if len(rs) > 1)
    why_s = "; ".join(f"{n} {k}" for k, n in why.most_common()) or "—"
    print(f"| {name} | {len(run['log'])} | {ours_count} | {len(groups)} | {again} | {why_s} | {len(excess)} | "
          f"{run['stats']['max_requests_one_url']} |")
    if "markdown-link-check" not in name:
        for key, pm, pst, cm in excess[:20]:
            print(f"|   asked again without a reason: {key[0]}{key[1]} ({pm} {pst} then {cm}) |")
        if excess:
            failed.append(f"{name}: {len(excess)} requests repeated without a reason")
        if ours_count != "—" and ours_count != len(run["log"]):
            print(f"|   awesomelint counted {ours_count} requests, the farm {len(run['log'])} |")
print("\n(The farm's max_requests_one_url counts host + path only, so GraphQL's batches, all"
      " POST /graphql, count as one URL there.)")

print("\n## Concurrency per host (budget: --host-concurrency 8; awesomelint's own policies: "
      + ", ".join(f"{h} {n}" for h, n in POLICY.items()) + ")\n")
print("| run | farm peak_per_host_max | hosts over budget (farm count) | peak with the client still waiting, max over hosts | " + " | ".join(POLICY) + " | hosts over budget (waiting) | requests the client gave up on |")
print("| --- | ---: | --- | ---: | " + "---: | " * len(POLICY) + "--- | ---: |")
for name, run in R.items():
    farm_peak, live_peak = run["farm"]["farm_peak"], run["farm"]["live_peak"]
    over = {h: p for h, p in farm_peak.items() if p > budget(h)}
    over_live = {h: p for h, p in live_peak.items() if p > budget(h)}
    lost = [r for r in run["log"] if r["lost"] is not None]
    lost_hosts = Counter(r["h"] for r in lost)
    worst = max(live_peak.items(), key=lambda kv: (kv[1] / budget(kv[0]), kv[1]))
    print(f"| {name} | {run['stats']['peak_per_host_max']} | "
          f"{', '.join(f'{h} {p} (gave up on {lost_hosts[h]})' for h, p in over.items()) or 'none'} | "
          f"{max(live_peak.values())} ({worst[0]} {worst[1]} of {budget(worst[0])}) | "
          + "".join(f"{live_peak.get(h, 0)} of {n} | " for h, n in POLICY.items()) +
          f"{', '.join(f'{h} {p}' for h, p in over_live.items()) or 'none'} | "
          f"{len(lost)}{' (' + ', '.join(f'{h}: {n}; peak {farm_peak.get(h, 0)} by the farm, {live_peak.get(h, 0)} waiting' for h, n in lost_hosts.items()) + ')' if lost else ''} |")
    if over_live:
        failed.append(f"{name}: hosts over their budget: {over_live}")
    for h, p in over.items():
        if p - live_peak.get(h, 0) > lost_hosts[h]:
            failed.append(f"{name}: {h} peaked at {p}, more than its budget and the abandoned handlers explain")
    # The farm answers 429 to export API requests less than 2.5 s apart.
    if any(r["h"] == "export.arxiv.org" and r["st"] == 429 for r in run["log"]):
        failed.append(f"{name}: arXiv's export API answered 429 (asked too soon)")
print("\n(A handler whose client timed out keeps sleeping in the farm, which still counts it as"
      " active on its host: the farm's count can exceed a budget by those. 'With the client still"
      " waiting' stops counting a request when its client closes or resets the connection.)")
gaps = []
for run in R.values():
    starts = sorted(r["t0"] for r in run["log"] if r["h"] == "export.arxiv.org")
    gaps += [b - a for a, b in zip(starts, starts[1:])]
print(f"arXiv's export API: requests arrived at least {min(gaps, default=0):.2f} s apart in every run"
      f" (awesomelint starts them {ARXIV_INTERVAL:g} s apart; the first may wait longer for its connection);"
      f" 429s from it: {sum(1 for run in R.values() for r in run['log'] if r['h'] == 'export.arxiv.org' and r['st'] == 429)}")


# The token goes to GitHub's API host only.
for name, run in R.items():
    leaked = Counter(r["h"] for r in run["log"] if r.get("auth") and r["h"] != "api.github.com")
    if leaked:
        failed.append(f"{name}: an Authorization header went to {dict(leaked)}")
print("Authorization headers: " + ", ".join(
    f"{name} {sum(1 for r in run['log'] if r.get('auth'))}" for name, run in R.items())
    + " requests carried one, all to api.github.com" * (not any("Authorization" in f for f in failed)))


# --- times ---------------------------------------------------------------------------
def median_time(mode):
    times = [R[f"fast/awesomelint-{mode}-{i}"]["time"] for i in range(1, runs + 1)]
    return statistics.median(times), times


t_token, all_token = median_time("token")
t_anon, all_anon = median_time("anon")
t_mlc = M["fast/markdown-link-check"]["time"]
print("\n## Wall time on the --no-slow farm\n")
print("| tool | wall time | runs | markdown-link-check ÷ it | target |")
print("| --- | ---: | --- | ---: | --- |")
print(f"| awesomelint, GITHUB_TOKEN set | {fmt_s(t_token)} | median of {', '.join(f'{t:.2f}' for t in all_token)} | "
      f"**{t_mlc / t_token:.1f}×** | ≥ 40×: {'met' if t_mlc / t_token >= 40 else 'NOT met'} |")
print(f"| awesomelint, no token | {fmt_s(t_anon)} | median of {', '.join(f'{t:.2f}' for t in all_anon)} | "
      f"**{t_mlc / t_anon:.1f}×** | ≥ 13×: {'met' if t_mlc / t_anon >= 13 else 'NOT met'} |")
print(f"| markdown-link-check | {fmt_s(t_mlc)} | 1 | 1.0× | |")
for name in ("slow/awesomelint-token", "slow/awesomelint-anon", "slow/markdown-link-check"):
    run = R.get(name) or M[name]
    print(f"(with hanging pages: {name} {fmt_s(run['time'])})")


# --- the floor -----------------------------------------------------------------------
arxiv_ids = {linkfarm.provider_key(*linkfarm.split_url(u)) for u in truth}
arxiv_ids = {k for k in arxiv_ids if k and k[0] == "arxiv"}
batches = math.ceil(len(arxiv_ids) / ARXIV_BATCH)
arxiv_pace = (batches - 1) * ARXIV_INTERVAL + latency if batches else 0
print("\n## The floor of awesomelint's strategy (--no-slow farm)\n")
print(f"Per host: requests the farm saw ÷ the host's budget × {latency_ms:g} ms, max over hosts;"
      f" arXiv: {len(arxiv_ids)} ids (truth) in {batches} batches of ≤ {ARXIV_BATCH}, one request per"
      f" {ARXIV_INTERVAL:g} s: ({batches} − 1) × {ARXIV_INTERVAL:g} s + {latency_ms:g} ms = {arxiv_pace:.2f} s."
      " Hosts are checked in parallel, so the floor is the larger of the two.\n")
print("| run | busiest hosts (requests ÷ budget × latency) | per-host floor | arXiv pace | floor | measured | measured ÷ floor |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
floors = {}
for mode, t in (("token", t_token), ("anon", t_anon)):
    run = R[f"fast/awesomelint-{mode}-1"]
    per_host = Counter(r["h"] for r in run["log"] if r["h"] != "export.arxiv.org")
    cost = sorted(((n / budget(h) * latency, h, n) for h, n in per_host.items()), reverse=True)
    n_arxiv = sum(1 for r in run["log"] if r["h"] == "export.arxiv.org")
    if n_arxiv != batches:
        print(f"(the run asked arXiv's API {n_arxiv} times, not {batches})")
    floor = max(cost[0][0], arxiv_pace)
    floors[mode] = floor
    top = "; ".join(f"{h} {n} ÷ {budget(h)} → {c:.2f} s" for c, h, n in cost[:3])
    print(f"| {mode} | {top} | {cost[0][0]:.2f} s | {arxiv_pace:.2f} s | **{floor:.2f} s** | {t:.2f} s | {t / floor:.2f}× |")
print(f"\nmarkdown-link-check ÷ floor: {t_mlc / floors['token']:.1f}× (token), {t_mlc / floors['anon']:.1f}× (no token):"
      " the most any strategy with these budgets and arXiv's pace could show.")


# --- the cache -----------------------------------------------------------------------
def key_of_url(url):
    host, path = linkfarm.split_url(url)
    return linkfarm.provider_key(host, path) or ("page", host, path)


def keys_of_request(r):
    h, p, body = r["h"], r["p"], r.get("body", "")
    bare = p.split("?")[0]
    if h == "export.arxiv.org":
        form = (p.split("?", 1)[1] if "?" in p else "") + "&" + body
        q = urllib.parse.parse_qs(form)
        ids = ",".join(q.get("id_list", [])).split(",")
        return {("arxiv", re.sub(r"v\d+$", "", i)) for i in ids if i}
    if h == "api.github.com":
        if bare == "/graphql":
            try:
                query = json.loads(body).get("query", "")
            except ValueError:
                return set()
            return {("github", f"{o.lower()}/{n.lower()}") for o, n in re.findall(
                r'repository\s*\(\s*owner\s*:\s*"([^"]+)"\s*,\s*name\s*:\s*"([^"]+)"', query)}
        m = re.match(r"^/repos/([^/]+)/([^/]+)/?$", bare)
        if m:
            return {("github", f"{m.group(1).lower()}/{m.group(2).lower()}")}
        if "r=" in p:
            return {("github", p.split("r=", 1)[1].lower())}
        return set()
    m = re.match(r"^/api/(models|datasets|spaces)/([^/]+)/([^/]+)/?$", bare)
    if h == "huggingface.co" and m:
        return {("hf", f"{m.group(1)}/{m.group(2)}/{m.group(3)}")}
    m = re.match(r"^/api/records/(\d+)", bare)
    if h in ("zenodo.org", "www.zenodo.org") and m:
        return {("zenodo", m.group(1))}
    if h == "doi.org" and bare.startswith("/api/handles/"):
        return {("doi", bare[len("/api/handles/"):].lower())}
    path = p[len("/moved"):] if p.startswith("/moved/") else p
    return {linkfarm.provider_key(h, path) or ("page", h, path)}


first, second = R["cache/first"], R["cache/second"]
was = {l["url"]: l["status"] for l in first["out"]["links"]}
urls_of = defaultdict(set)
for url in truth:
    urls_of[key_of_url(url)].add(url)
asked_alive, by_verdict, unknown = [], Counter(), []
for r in second["log"]:
    verdicts = {was.get(u) for k in keys_of_request(r) for u in urls_of.get(k, ())}
    if not verdicts:
        unknown.append(r)
    for v in verdicts:
        by_verdict[v] += 1
    if verdicts & {"alive", "redirected"}:
        asked_alive.append(r)
cached = Counter(l["status"] for l in second["out"]["links"])
alive_first = sum(1 for v in was.values() if v in ("alive", "redirected"))
print("\n## The cache (--cache FILE, the same file twice; each run on a fresh --no-slow farm, token)\n")
print("| run | wall time | requests (farm) | answered from the cache | links re-checked |")
print("| --- | ---: | ---: | ---: | ---: |")
print(f"| first (fills it) | {fmt_s(first['time'])} | {len(first['log'])} | 0 | "
      f"{sum(1 for l in first['out']['links'] if l['status'] != 'excluded')} |")
print(f"| second | {fmt_s(second['time'])} | {len(second['log'])} | {cached['cached']} | "
      f"{sum(n for s, n in cached.items() if s not in ('cached', 'excluded'))} |")
print(f"\nFirst run: {alive_first} links alive or redirected. Second run's requests, by what the first run said"
      f" of the links they ask about: {', '.join(f'{v} {n}' for v, n in by_verdict.most_common()) or 'none'};"
      f" for a link that was alive: {len(asked_alive)}; not attributable: {len(unknown)}.")
for r in asked_alive[:20]:
    print(f"  asked again although alive: {r['m']} {r['h']}{r['p'][:100]}")
if asked_alive:
    failed.append(f"cache: {len(asked_alive)} requests for links that were alive")

summary = {"agreement": {n: agreement(R[n], s)[0] for n, s in ours},
           "times": {"token": all_token, "anon": all_anon, "markdown-link-check": t_mlc},
           "ratios": {"token": t_mlc / t_token, "anon": t_mlc / t_anon},
           "floor": floors, "arxiv_pace": arxiv_pace,
           "mlc_dead": {n: dict(run["dead"]) for n, run in M.items()},
           "cache": {"second_requests": len(second["log"]), "asked_alive": len(asked_alive)},
           "failed": failed}
json.dump(summary, open(f"{work}/summary.json", "w"), indent=1, default=dict)
print()
if failed:
    print("FAILED:\n  " + "\n  ".join(failed))
    sys.exit(1)
print(f"All checks passed. Raw outputs: {work}; summary: {work}/summary.json")
EOF
