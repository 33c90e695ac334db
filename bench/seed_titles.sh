#!/usr/bin/env bash
# paper-title on the seed list (../shared/corpus/seed/README.md) against recorded arXiv
# answers: a loopback stand-in for arXiv's export API answers id_list queries from
# tests/rules/paper-title/arxiv.atom (the real titles and first-published dates of the
# seed's papers, as arXiv records them, with paraphrased abstracts that keep every name
# the real ones use). Only the seed's arXiv links are checked (--include), so nothing
# leaves the machine. It prints every paper-title finding (there should be none) and
# every arXiv paper of the seed that the recording lacks.
#
#   bench/seed_titles.sh [--port P] [--binary PATH]
#
# Exits 1 when paper-title reports a seed entry or a seed paper is not recorded.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

port=8902
binary=""
bench_options "usage: $0 [--port P] [--binary PATH]" --port=port --binary=binary -- "$@"
shared=$(realpath "$(bench_shared)")
seed="$shared/corpus/seed/README.md"
feed="$_bench_root/tests/rules/paper-title/arxiv.atom"
binary=$(build_awesomelint --binary "$binary")
ensure_tools curl
work=$(bench_work)

# The stand-in: POST or GET /api/query?id_list=...: the recorded entries of those ids.
python3 - "$feed" "$port" >"$work/api.log" 2>&1 <<'PY' &
import http.server, re, sys, urllib.parse
feed = open(sys.argv[1], encoding="utf-8").read()
entries = {re.search(r"/abs/([^<v]+)", e).group(1): e for e in re.findall(r"<entry>.*?</entry>", feed, re.S)}
class Api(http.server.BaseHTTPRequestHandler):
    def answer(self, query):
        ids = urllib.parse.parse_qs(query).get("id_list", [""])[0].split(",")
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
                + "".join(entries[i] for i in ids if i in entries) + "</feed>").encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/atom+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        self.answer(urllib.parse.urlsplit(self.path).query)
    def do_HEAD(self):
        self.send_response(200)
        self.end_headers()
    def do_POST(self):
        self.answer(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode())
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), Api).serve_forever()
PY
api_pid=$!
trap 'kill $api_pid 2>/dev/null || true' EXIT
wait_for_url "http://127.0.0.1:$port/api/query" || { echo "the stand-in did not start" >&2; exit 1; }

rc=0
env -u GITHUB_TOKEN -u GH_TOKEN "$binary" --no-config --no-cache --format json \
  --provider "arxiv=http://127.0.0.1:$port" --include '^https?://(www\.)?arxiv\.org/' \
  "$seed" >"$work/out.json" 2>"$work/stderr.txt" || rc=$?
((rc <= 1)) || { echo "awesomelint failed ($rc): $(cat "$work/stderr.txt")" >&2; exit 1; }
python3 - "$work/out.json" "$seed" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
papers = [l for l in report["links"] if l.get("provider") == "arxiv"]
titles = [d for d in report["diagnostics"] if d["rule"] == "paper-title"]
missing = [l["url"] for l in papers if "paper" not in l.get("meta", {})]
print(f"seed: {sys.argv[2]}: {len(papers)} arXiv papers checked against the recording")
for l in papers:
    meta = l.get("meta", {}).get("paper", {})
    print(f"  {l['url']}: {l['status']}; arXiv's title: {meta.get('title', '(not recorded)')}")
print(f"paper-title findings: {len(titles)}")
for d in titles:
    print(f"  {d['line']}: {d['message']}")
print(f"papers not in the recording: {missing or 'none'}")
sys.exit(1 if titles or missing else 0)
PY
