#!/usr/bin/env bash
# Pathological Markdown: each hostile input of issue 14 generated at two sizes, N and 2N,
# and `awesomelint --offline` and `awesomelint --offline --dump-entries` run on each under
# GNU time, so that linearity can be read off the table: from N to 2N the time and the
# peak RSS should at most double (plus a constant: the process start, about 5 ms and
# 10 MB). An input the Markdown layer refuses (exit 2, e.g. a 10,000-column table) should
# be refused fast, at both sizes.
#
#   bench/pathological.sh [--scale S] [--timeout SECONDS] [--only CASES] [--binary PATH]
#
#   --scale S          multiply every N by S (default 1; e.g. 0.1 for a quick run)
#   --timeout SECONDS  stop a run after this long, shown as "timeout" (default 120)
#   --only CASES       run these cases only (comma-separated names, as below)
#   --binary PATH      awesomelint to run (default build-release/awesomelint, built if missing)
#
# The inputs (N at scale 1; the second size is 2N):
#   nested-lists       "- " N times then "x": N = 10,000 nested list items on one line
#   nested-quotes      ">" N times then " x": N = 10,000 nested block quotes
#   nested-emphasis    "*a **a " N times, a link, then " a** a*" N times: N = 50,000
#                      (100,000 levels of emphasis in one paragraph)
#   deep-list-blanks   N nested list items then N blank lines (N = 10,000): quadratic in
#                      libcmark-gfm 0.29.0.gfm.6 (every blank line walks every open item)
#   brackets           N = 100,000 "[" on one line
#   long-line          one list item of N = 1 MB (words and links)
#   links-one-line     N = 100,000 inline links on one line
#   reference-defs     N = 10,000 entries linking by reference, and their definitions
#   table-1000-cols    a 1,000-column table of N = 100 rows (a link in every cell)
#   table-pipe-row     a table whose body row is N = 50,000 "|" (quadratic in cmark-gfm)
#   table-wide-header  a table header of N = 10,000 columns
#   shared-link        N = 20,000 entries all linking the same URL
#   item-many-links    one entry with N = 10,000 links
#   bare-urls          one entry with N = 10,000 bare URLs on its line
#   directive-comments N = 3,000 entries, each after a one-line directive comment (about
#                      320 KB: parsed in segments)
#   http-links-line    one line of N = 20,000 "http://" links (a finding for each)
#   directives-many    N = 5,000 disable-next-line comments, each before a finding
#   unclosed-html      a paragraph of N = 40,000 "a <? " (quadratic in cmark-gfm: refused)
#   bracket-links      a paragraph of N = 20,000 "![[]()" (quadratic in cmark-gfm: refused)
#
# Environment: WORK=DIR keeps the inputs and the raw timings there (default: a new
# temporary directory /tmp/awesomelint-pathological.XXXXXX, kept). GNU time is installed
# with apt-get if missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

scale=1
timeout=120
only=""
binary=""
bench_options "usage: $0 [--scale S] [--timeout SECONDS] [--only CASES] [--binary PATH]" \
  --scale=scale --timeout=timeout --only=only --binary=binary -- "$@"
ensure_tools time
binary=$(build_awesomelint --quiet --binary "$binary")
work=$(bench_work /tmp/awesomelint-pathological.XXXXXX)
echo "awesomelint: $binary ($("$binary" --version 2>&1 | head -1))"
echo "inputs and raw timings: $work"
bench_machine

# gen CASE N FILE: writes one input.
gen() {
  python3 - "$1" "$2" >"$3" <<'EOF'
import sys
kind, n = sys.argv[1], int(sys.argv[2])
out = []
w = out.append
if kind == "nested-lists":
    w("- " * n + "x\n")
elif kind == "nested-quotes":
    w(">" * n + " x\n")
elif kind == "nested-emphasis":
    w("- " + "*a **a " * n + "[b](https://example.org)" + " a** a*" * n + "\n")
elif kind == "deep-list-blanks":
    w("- " * n + "x\n" + "\n" * n + "y\n")
elif kind == "brackets":
    w("# Brackets\n\n- " + "[" * n + "\n")
elif kind == "long-line":
    words, size = [], 0
    i = 0
    while size < n:
        word = f"[link {i}](https://example.org/{i})" if i % 50 == 0 else f"word{i}"
        words.append(word)
        size += len(word) + 1
        i += 1
    w("# Long\n\n- [Title](https://example.org) - " + " ".join(words) + "\n")
elif kind == "links-one-line":
    w("# Links\n\n- " + " ".join(f"[l{i}](https://example.org/{i})" for i in range(n)) + "\n")
elif kind == "reference-defs":
    w("# References\n\n")
    w("".join(f"- [Entry {i}][r{i}] - Entry number {i}.\n" for i in range(n)))
    w("\n")
    w("".join(f"[r{i}]: https://example.org/{i}\n" for i in range(n)))
elif kind == "table-1000-cols":
    cols = 1000
    w("# Table\n\n")
    w("| " + " | ".join(f"h{c}" for c in range(cols)) + " |\n")
    w("|" + "---|" * cols + "\n")
    for r in range(n):
        w("| " + " | ".join(f"[c{c}](https://example.org/{r}/{c})" for c in range(cols)) + " |\n")
elif kind == "table-pipe-row":
    w("# Pipes\n\n| a | b |\n| --- | --- |\n" + "|" * n + "\n")
elif kind == "table-wide-header":
    w("# Wide\n\n|" + "a|" * n + "\n|" + "-|" * n + "\n" + "| x |\n" * 100)
elif kind == "shared-link":
    w("# Shared\n\n")
    w("".join(f"- [Entry {i}](https://example.org/same) - Entry number {i}.\n" for i in range(n)))
elif kind == "item-many-links":
    w("# Many\n\n- [Title](https://example.org) - ")
    w(" ".join(f"[l{i}](https://example.org/{i})" for i in range(n)) + "\n")
elif kind == "bare-urls":
    w("# Bare\n\n- [Title](https://example.org) - ")
    w(" ".join(f"https://example.org/{i}" for i in range(n)) + "\n")
elif kind == "directive-comments":
    w("# Directives\n\n")
    for i in range(n):
        w("<!-- awesomelint-disable-next-line link-check -->\n")
        w(f"- [Entry {i}](https://example.org/{i}) - Entry number {i} of the list.\n")
elif kind == "http-links-line":
    w("# Http\n\n- [Title](https://example.org) - ")
    w(" ".join(f"http://example.org/{i}" for i in range(n)) + "\n")
elif kind == "directives-many":
    w("# Directives\n\n")
    for i in range(n):
        w("<!-- awesomelint-disable-next-line https -->\n")
        w(f"- [Entry {i}](http://example.org/{i}) - Entry number {i} of the list.\n")
elif kind == "unclosed-html":
    w("# Html\n\n" + "a <? " * n + "\n")
elif kind == "bracket-links":
    w("# Brackets\n\n" + "![[]()" * n + "\n")
else:
    sys.exit(f"unknown case {kind}")
sys.stdout.write("".join(out))
EOF
}

# measure FILE ARGS...: "seconds KB exit" of one run (exit "timeout" when it was stopped).
measure() {
  local file=$1 status
  shift
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time.txt" timeout "$timeout" \
    "$binary" --offline --no-config --no-cache "$@" "$file" >"$work/out.txt" 2>"$work/err.txt"
  status=$?
  set -e
  if ((status == 124)); then status=timeout; fi
  echo "$(tail -1 "$work/time.txt") $status"
}

cases=(
  "nested-lists 10000"
  "nested-quotes 10000"
  "nested-emphasis 50000"
  "deep-list-blanks 10000"
  "brackets 100000"
  "long-line 1000000"
  "links-one-line 100000"
  "reference-defs 10000"
  "table-1000-cols 100"
  "table-pipe-row 50000"
  "table-wide-header 10000"
  "shared-link 20000"
  "item-many-links 10000"
  "bare-urls 10000"
  "directive-comments 3000"
  "http-links-line 20000"
  "directives-many 5000"
  "unclosed-html 40000"
  "bracket-links 20000"
)

echo
printf '%-20s %9s %9s | %9s %10s %7s | %9s %10s %7s\n' case N bytes "lint s" "lint KB" exit \
  "dump s" "dump KB" exit
results="$work/results.tsv"
: >"$results"
for spec in "${cases[@]}"; do
  read -r name base <<<"$spec"
  if [[ -n "$only" && ",$only," != *",$name,"* ]]; then continue; fi
  for factor in 1 2; do
    n=$(python3 -c "print(max(1, int($base * $scale)) * $factor)")
    file="$work/$name-$n.md"
    gen "$name" "$n" "$file"
    bytes=$(stat -c %s "$file")
    read -r lint_s lint_kb lint_exit <<<"$(measure "$file")"
    read -r dump_s dump_kb dump_exit <<<"$(measure "$file" --dump-entries)"
    printf '%-20s %9s %9s | %9s %10s %7s | %9s %10s %7s\n' "$name" "$n" "$bytes" "$lint_s" \
      "$lint_kb" "$lint_exit" "$dump_s" "$dump_kb" "$dump_exit"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$n" "$bytes" "$lint_s" "$lint_kb" \
      "$lint_exit" "$dump_s" "$dump_kb" "$dump_exit" >>"$results"
    if [[ "$lint_exit" == 2 ]]; then sed 's/^/    /' "$work/err.txt" | head -2 | cut -c1-160; fi
  done
done
echo
echo "exit: 0 or 1 linted (1: findings), 2 refused (the message is shown), 139 crashed (stack)."
