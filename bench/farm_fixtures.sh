#!/usr/bin/env bash
# The link farm's fixture paths for hard servers and link fixes (../shared/bench/
# linkfarm.py: /__slow/, /__head404/, /__head500/, /__to_root/, /__to_login/,
# /__moved_frag/), each run through awesomelint as a user would, through --remap:
#   1. one hanging page and 20 fast pages on one host, --max-retries 0 --timeout 5:
#      20 alive and 1 timeout, the fast pages not waiting on the slow one;
#   2. pages that answer HEAD 404 or 500 and GET 200: alive;
#   3. --fix on links that 301 to the front page, to a sign-in page, and to the page
#      moved (with a #fragment): only the last is rewritten, in the list's own terms;
#   4. --fix on a symlinked list: its target is fixed, the link stays a symlink.
#
#   bench/farm_fixtures.sh [--latency-ms L] [--port P] [--binary PATH]
#
#   --latency-ms L  the farm's answer latency (default 50)
#   --port P        the farm's port on 127.0.0.1 (default 8902; must be free)
#   --binary PATH   awesomelint to run (default build-release/awesomelint, built if missing)
#
# The host keeps its name (lab.example.org.farm, by --resolve), so its budget applies.
# Environment: WORK=DIR keeps the lists and outputs (default: a new temporary
# directory); SHARED=DIR holds bench/. Exits 1 if any expectation fails.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

latency=50
port=8902
binary=""
bench_options "usage: $0 [--latency-ms L] [--port P] [--binary PATH]" \
  --latency-ms=latency --port=port --binary=binary -- "$@"
shared=$(realpath "$(bench_shared)")
ensure_tools curl
binary=$(build_awesomelint --binary "$binary")
work=$(bench_work)
refuse_inside_repo "$work" "WORK must be outside the repository"

farm="http://127.0.0.1:$port"
if curl -s -o /dev/null "$farm/__stats"; then echo "port $port is in use (--port)" >&2; exit 2; fi
python3 "$shared/bench/linkfarm.py" serve --port "$port" --latency-ms "$latency" >"$work/farm.log" 2>&1 &
farm_pid=$!
trap 'kill $farm_pid 2>/dev/null || true' EXIT
wait_for_url "$farm/__stats" || { echo "the farm did not start; see $work/farm.log" >&2; exit 1; }

host=lab.example.org
check=("$binary" --no-config --no-cache --remap "^https://$host/(.*)\$ http://$host.farm:$port/\$1"
  --resolve "$host.farm:$port:127.0.0.1")
failed=()
expect() {  # expect DESCRIPTION COMMAND...: runs the check, records a failure
  if "${@:2}"; then echo "  ok: $1"; else echo "  FAILED: $1"; failed+=("$1"); fi
}
status_count() {  # status_count FILE STATUS
  python3 -c 'import json,sys; print(sum(l["status"] == sys.argv[2] for l in json.load(open(sys.argv[1]))["links"]))' "$1" "$2"
}

echo "farm: linkfarm.py serve --latency-ms $latency on 127.0.0.1:$port; $("$binary" --version | head -1); outputs in $work"
bench_machine

echo
echo "== 1. one hanging page and 20 fast pages on one host (--max-retries 0 --timeout 5) =="
{
  echo "# Slow"
  echo
  echo "- [Hanging](https://$host/__slow/page) - Answers after 20 s."
  for i in $(seq 20); do echo "- [Fast $i](https://$host/__ok/page$i) - At once."; done
} >"$work/slow.md"
t0=$EPOCHREALTIME
"${check[@]}" --max-retries 0 --timeout 5 --format json "$work/slow.md" >"$work/slow.json" || true
t1=$EPOCHREALTIME
seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
alive=$(status_count "$work/slow.json" alive)
timeouts=$(status_count "$work/slow.json" timeout)
echo "  $alive alive, $timeouts timeout, in $seconds s"
expect "20 alive" test "$alive" -eq 20
expect "1 timeout" test "$timeouts" -eq 1
expect "under 7 s" awk -v s="$seconds" 'BEGIN { exit !(s < 7) }'

echo
echo "== 2. HEAD 404 or 500, GET 200 =="
printf '# Head\n\n- [A](https://%s/__head404/a) - HEAD 404.\n- [B](https://%s/__head500/b) - HEAD 500.\n' \
  "$host" "$host" >"$work/head.md"
"${check[@]}" --format json "$work/head.md" >"$work/head.json" || true
expect "both alive" test "$(status_count "$work/head.json" alive)" -eq 2

echo
echo "== 3. --fix: front page, sign-in page, a true move with a #fragment =="
fix_list() {
  printf '# Moved\n\n- [Root](https://%s/__to_root/a) - 301 to /.\n- [Login](https://%s/__to_login/b) - 301 to /login?next=.\n- [Frag](https://%s/__moved_frag/c#sec) - 301 to /moved-frag/.\n' \
    "$host" "$host" "$host"
}
fix_list >"$work/fix.md"
"${check[@]}" --fix "$work/fix.md" >"$work/fix.out" 2>&1 || true
diff <(fix_list) "$work/fix.md" >"$work/fix.diff" || true
sed 's/^/  /' "$work/fix.diff"
expect "only the moved page is rewritten" test "$(grep -c '^>' "$work/fix.diff")" -eq 1
expect "to /moved-frag/c#sec on the list's own host" grep -qxF \
  "> - [Frag](https://$host/moved-frag/c#sec) - 301 to /moved-frag/." "$work/fix.diff"

echo
echo "== 4. --fix through a symlink =="
mkdir -p "$work/linked"
fix_list >"$work/linked/target.md"
ln -sfn target.md "$work/linked/README.md"
"${check[@]}" --fix "$work/linked/README.md" >"$work/linked.out" 2>&1 || true
expect "README.md is still a symlink" test -L "$work/linked/README.md"
expect "its target is fixed" grep -qF "https://$host/moved-frag/c#sec" "$work/linked/target.md"

if ((${#failed[@]})); then
  echo
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo
echo "All expectations met."
