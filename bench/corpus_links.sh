#!/usr/bin/env bash
# Every list of the shared corpus (corpus/lists/*.md) checked at once through the
# loopback link farm (../shared/bench/linkfarm.py): awesomelint's verdicts against
# `linkfarm.py truth` (a resource written two ways is one resource, badge images are
# judged by badge-target, not fetched), the most requests each host had open at once
# against its budget, peak memory, and the wall time against the floor of any checker
# with these budgets (requests per host ÷ budget × latency, and arXiv's pace).
#
#   bench/corpus_links.sh [--latency-ms L] [--timeout T] [--modes "token anon"]
#                         [--port P] [--binary PATH]
#
#   --latency-ms L  the farm's answer latency (default 50)
#   --timeout T     awesomelint --timeout (default 5; the farm's hanging pages take 20 s)
#   --modes M       runs: token (GITHUB_TOKEN set: GraphQL), anon (REST, then pages);
#                   default "token anon", each on a fresh farm
#   --port P        the farm's port on 127.0.0.1 (default 8901; must be free)
#   --binary PATH   awesomelint to run (default build-release/awesomelint, built if missing)
#
# Each HOST is reached as HOST.farm:PORT — every URL is remapped there, ports dropped —
# so per-host budgets apply as on the internet; `linkfarm.py hosts` lines and the API
# hosts are appended to /etc/hosts when missing (needs root once).
# Environment: WORK=DIR keeps the truth and every run's raw outputs (default: a new
# temporary directory, printed and kept); SHARED=DIR holds bench/ and corpus/.
# Exits 1 if a verdict disagrees with the truth or a host had more requests open at
# once than its budget. URLs of the truth that got no verdict are listed: the truth's
# regular expression also finds URLs in code blocks, HTML comments, image alt texts and
# query strings, and stops at "(" or a space inside a URL, where a Markdown parser does
# not. A malformed arXiv link (no identifier) is judged offline, where the farm models
# it as any page: listed as such.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

latency=50
timeout=5
modes="token anon"
port=8901
binary=""
bench_options "usage: $0 [--latency-ms L] [--timeout T] [--modes M] [--port P] [--binary PATH]" \
  --latency-ms=latency --timeout=timeout --modes=modes --port=port --binary=binary -- "$@"
shared=$(realpath "$(bench_shared)")
farm_py="$shared/bench/linkfarm.py"
lists=("$shared"/corpus/lists/*.md)
[[ -f "$farm_py" && -f "${lists[0]}" ]] || { echo "no $farm_py or $shared/corpus/lists/*.md" >&2; exit 2; }
ensure_tools curl
binary=$(build_awesomelint --binary "$binary")
work=$(bench_work)
refuse_inside_repo "$work" "WORK must be outside the repository"

python3 "$farm_py" truth "${lists[@]}" >"$work/truth.json"
farm_hosts "$work" "$farm_py" "${lists[@]}"

# Every URL to HOST.farm:PORT, its port dropped, API calls included: the providers keep
# their official bases (api.github.com, export.arxiv.org, huggingface.co, ...), so an
# API and the pages of its host share one budget as on the internet. On the command
# line, so that the token follows the remap to the API.
farm_flags=(--no-config
  --remap "^https?://([^/:?#]+)(?::[0-9]+)?([/?#].*)?\$ http://\$1.farm:$port\$2")

farm="http://127.0.0.1:$port"
trap farm_stop EXIT

echo "lists: ${#lists[@]} from $shared/corpus/lists ($(cat "${lists[@]}" | wc -c) bytes); $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$work/truth.json") URLs in the truth"
echo "awesomelint: $binary ($("$binary" --version 2>&1 | head -1)); farm: --latency-ms $latency on 127.0.0.1:$port; --timeout $timeout; raw outputs in $work"
bench_machine
for mode in $modes; do
  dir="$work/$mode"
  rm -rf "$dir"; mkdir -p "$dir"
  if curl -s -o /dev/null "$farm/__stats"; then echo "port $port is in use (--port)" >&2; exit 2; fi
  python3 "$(dirname "$0")/farm_log.py" "$shared/bench" serve --port "$port" --latency-ms "$latency" \
    >"$dir/farm.log" 2>&1 &
  farm_pid=$!
  wait_for_url "$farm/__stats" || { echo "the farm did not start; see $dir/farm.log" >&2; exit 1; }
  env=(env -u GITHUB_TOKEN -u GH_TOKEN -u HF_TOKEN)
  [[ "$mode" == token ]] && env+=(GITHUB_TOKEN=awesomelint-bench-token)
  rc=0
  "${env[@]}" /usr/bin/time -f '%e %M' -o "$dir/time" "$binary" "${farm_flags[@]}" --no-cache \
    --format json --timeout "$timeout" "${lists[@]}" >"$dir/out.json" 2>"$dir/stderr.txt" || rc=$?
  curl -s "$farm/__stats" >"$dir/stats.json"
  curl -s "$farm/__log" >"$dir/log.json"
  farm_stop
  if ((rc > 1)); then echo "awesomelint failed ($rc): $(tail -3 "$dir/stderr.txt")" >&2; exit 1; fi
  read -r seconds kb < <(tail -1 "$dir/time")
  printf '  %-6s %7.2f s  %6.1f MB peak  %6s requests (farm)\n' "$mode" "$seconds" \
    "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["requests"])' "$dir/stats.json")"
done

echo
python3 - "$work" "$shared" "$latency" "$modes" <<'EOF'
import json, math, sys
from collections import Counter

work, shared, latency_ms, modes = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4].split()
latency = latency_ms / 1000
truth = json.load(open(f"{work}/truth.json"))
HOST_CONCURRENCY = 8  # --host-concurrency; awesomelint's own policies below
POLICY = {"api.github.com": 4, "export.arxiv.org": 1}
ARXIV_INTERVAL = 3.0
ACCEPT = {"alive": {"alive", "redirected"}, "broken": {"broken"}, "timeout": {"timeout"},
          "blocked": {"blocked", "alive", "redirected"}, "redirected": {"redirected"}}
failed = []

print("| run | URLs in the truth | checked | agree | mismatches | judged offline | no verdict | badge images (judged, not fetched) | hosts | over budget | peak memory | wall time | floor | ÷ floor |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
for mode in modes:
    d = f"{work}/{mode}"
    out = json.load(open(f"{d}/out.json"))
    farm = json.load(open(f"{d}/log.json"))
    seconds, kb = open(f"{d}/time").read().split("\n")[-2].split()
    verdict = {}
    for link in out["links"]:
        status = link["status"] if link["status"] != "cached" else link.get("cached_status")
        verdict[link["url"]] = (status, link.get("detail", ""))
        for place in link["locations"]:
            if "url" in place:
                verdict.setdefault(place["url"], (status, link.get("detail", "")))
    count, bad, unseen, offline = Counter(), [], [], []
    for url, want in truth.items():
        got = verdict.get(url)
        if got is None:
            unseen.append(url)
            continue
        if got[0] == "excluded":
            count["excluded"] += 1
            continue
        count["checked"] += 1
        if got[0] in ACCEPT.get(want, {want}):
            count["agree"] += 1
        elif got[0] == "broken" and "is not an arXiv identifier" in got[1]:
            offline.append((url, want, got))
        else:
            bad.append((url, want, got))
    # Budgets, as the farm saw them: requests whose client was still waiting.
    peak = farm["live_peak"]
    over = {h: n for h, n in peak.items() if n > POLICY.get(h, HOST_CONCURRENCY)}
    per_host = Counter(r["h"] for r in farm["log"])
    busiest = max((n / POLICY.get(h, HOST_CONCURRENCY) * latency, h) for h, n in per_host.items())
    arxiv_batches = per_host.get("export.arxiv.org", 0)
    floor = max(busiest[0], max(arxiv_batches - 1, 0) * ARXIV_INTERVAL + latency)
    print(f"| {mode} | {len(truth)} | {count['checked']} | {count['agree']} | {len(bad)} | {len(offline)} | {len(unseen)} | "
          f"{count['excluded']} | {len(per_host)} | {', '.join(f'{h} {n}' for h, n in over.items()) or 'none'} | "
          f"{int(kb) / 1024:.1f} MB | {float(seconds):.2f} s | {floor:.2f} s | {float(seconds) / floor:.2f}× |")
    for url, want, got in bad[:30]:
        print(f"|   mismatch: {url} | truth {want} | awesomelint {got[0]}: {got[1]} |")
    for url, want, got in offline:
        print(f"|   judged offline: {url} | truth {want} (the farm's generic page) | awesomelint {got[0]}: {got[1]} |")
    for url in unseen:
        print(f"|   no verdict: {url} |")
    if bad:
        failed.append(f"{mode}: {len(bad)} verdicts disagree with the truth")
    if over:
        failed.append(f"{mode}: hosts over their budget: {over}")
    top = sorted(((n / POLICY.get(h, HOST_CONCURRENCY) * latency, h, n) for h, n in per_host.items()), reverse=True)[:3]
    print(f"|   floor: {'; '.join(f'{h} {n} ÷ {POLICY.get(h, HOST_CONCURRENCY)} × {latency_ms:.0f} ms → {t:.2f} s' for t, h, n in top)}; "
          f"arXiv {arxiv_batches} API requests, 3 s apart → {max(arxiv_batches - 1, 0) * ARXIV_INTERVAL + latency:.2f} s |")
    agreement = Counter(truth[u] for u in truth if verdict.get(u, ("",))[0] not in ("", "excluded"))
    print(f"|   truth of the checked: {', '.join(f'{k} {v}' for k, v in agreement.most_common())} |")

if failed:
    print("\nFAILED:\n  " + "\n  ".join(failed))
    sys.exit(1)
print("\nEvery verdict agrees with the truth; no host had more requests open than its budget.")
EOF
