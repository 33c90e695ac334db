#!/usr/bin/env python3
"""Checks awesomelint against the shared corpus and the list generator.

  scripts/acceptance.py [--binary build/awesomelint] [--shared ../shared]

1. The seed list: its entries, and no error-level finding.
2. The seed with four planted faults (an impossible date, a star badge naming
   another repository, a misspelt tag the list uses correctly three more
   times, an arXiv id with month 13): findings on exactly those four lines, exit 1.
3. genlist.py --entries 2000 --faults 100 --seed 11, in every --style (list,
   paragraph, blockquote, table, html-table): every planted fault found within
   the entry that carries it, and no error or warning in any other entry.
4. genlist.py --entries 2000 --seed 3 with 20 entries moved out of order, in every
   style: --fix puts them back (no date-order finding left), with the same multiset
   of lines; a second --fix changes nothing; --diff printed what --fix wrote.
5. Every corpus list: exit 0 or 1, under a second; findings per rule.

The corpus files are read where they are; nothing is copied into the repository.
Exits non-zero when a check fails.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time

TODAY = "2026-11-28"


def lint(binary, path, *extra):
    started = time.monotonic()
    run = subprocess.run([binary, "--offline", "--today", TODAY, "--format", "json", *extra, path],
                         capture_output=True, text=True)
    elapsed = time.monotonic() - started
    report = json.loads(run.stdout) if run.stdout.strip() else None
    return run.returncode, report, elapsed, run.stderr


def by_line(report, levels=("error", "warning")):
    lines = collections.defaultdict(list)
    for d in report["diagnostics"]:
        if d["severity"] in levels:
            lines[d["line"]].append(d)
    return lines


def plant_faults(seed_text):
    """Returns the seed with four faults planted and the 1-based lines they are on."""
    lines = seed_text.split("\n")
    planted = []

    def plant(predicate, old, new):
        for i, line in enumerate(lines):
            if i + 1 not in planted and predicate(line) and old in line:
                lines[i] = line.replace(old, new, 1)
                planted.append(i + 1)
                return
        raise SystemExit(f"cannot plant {old!r}: the seed list changed")

    plant(lambda l: l.startswith("* [12.06.2024]"), "[12.06.2024]", "[31.02.2024]")
    plant(lambda l: "stars/prov-gigapath/prov-gigapath" in l,
          "stars/prov-gigapath/prov-gigapath", "stars/prov-gigapath/gigapath")
    # "Pathology" is used correctly three more times.
    plant(lambda l: l.startswith("* [17.08.2023]"), "**Pathology**", "**Patholgy**")
    plant(lambda l: "arxiv.org/abs/2405.03162" in l, "2405.03162", "2413.03162")
    return "\n".join(lines), planted


STYLES = ["list", "paragraph", "blockquote", "table", "html-table"]


def entry_ranges(binary, path):
    """(first line, last line) of every entry, in order, from --dump-entries."""
    run = subprocess.run([binary, "--dump-entries", path], capture_output=True, text=True, check=True)
    return [(e["line"], e["end_line"]) for e in json.loads(run.stdout)["files"][0]["entries"]]


def planted_faults_in_style(a, tmp, style):
    """genlist 2000/100/11 in one entry shape: every planted fault found within the
    entry that carries it, and no error or warning in any other entry."""
    truth_path = os.path.join(tmp, f"truth-{style}.json")
    listing = os.path.join(tmp, f"list-{style}.md")
    with open(listing, "w") as out:
        subprocess.run([sys.executable, os.path.join(a.shared, "bench", "genlist.py"),
                        "--entries", "2000", "--faults", "100", "--seed", "11", "--style", style,
                        "--truth", truth_path], stdout=out, check=True)
    truth = {int(k): v for k, v in json.load(open(truth_path)).items()}
    ranges = entry_ranges(a.binary, listing)
    starts = [first for first, _ in ranges]

    def entry_of(line):  # the entry whose lines hold `line`, else the line itself
        import bisect
        k = bisect.bisect_right(starts, line) - 1
        return ranges[k][0] if k >= 0 and ranges[k][0] <= line <= ranges[k][1] else -line

    code, report, elapsed, _ = lint(a.binary, listing)
    findings = collections.defaultdict(list)
    for line, ds in by_line(report).items():
        findings[entry_of(line)].extend(ds)
    faulty = {entry_of(line): kind for line, kind in truth.items()}
    missed = {e: k for e, k in faulty.items() if e not in findings}
    extra = {e: ds for e, ds in findings.items() if e not in faulty}
    per_kind = collections.Counter()
    for e, kind in faulty.items():
        for rule in sorted({d["rule"] for d in findings.get(e, [])}):
            per_kind[(kind, rule)] += 1
    print(f"genlist 2000/100/11 --style {style}: {len(ranges)} entries, {len(truth)} faults, "
          f"{len(missed)} missed, {len(extra)} other entries with errors or warnings "
          f"({elapsed:.2f} s)")
    for (kind, rule), n in sorted(per_kind.items()):
        print(f"  {kind:18} found by {rule:15} {n}")
    for e, kind in sorted(missed.items(), key=lambda x: abs(x[0])):
        print(f"  MISSED entry at line {abs(e)}: {kind}")
    for e, ds in sorted(extra.items(), key=lambda x: abs(x[0])):
        print(f"  EXTRA entry at line {abs(e)}: {ds[0]['rule']} {ds[0]['message']}")
    return not missed and not extra


def move_entries(text, ranges, count, seed, paragraph):
    """`text` with `count` entries moved, each with all its lines (and a paragraph's
    blank line), to another place among the entries: out of order."""
    import random
    r = random.Random(seed)
    lines = text.split("\n")
    chosen = r.sample(range(1, len(ranges) - 1), count)
    blocks, removed = [], set()
    for k in sorted(chosen, reverse=True):
        first, last = ranges[k]
        last += 1 if paragraph else 0
        blocks.append(lines[first - 1:last])
        removed.update(range(first, last + 1))
    starts = [first for k, (first, _) in enumerate(ranges) if k not in chosen]
    targets = {}
    for block in blocks:  # before another entry, well away from where it was
        targets.setdefault(r.choice(starts), []).append(block)
    out = []
    for number, line in enumerate(lines, 1):
        for block in targets.get(number, []):
            out.extend(block)
        if number not in removed:
            out.append(line)
    return "\n".join(out)


def fixes_keep_order(a, tmp, style):
    """genlist 2000 --seed 3 with 20 entries moved out of order: --fix puts them back
    (date-order then reports nothing), the file keeps its multiset of lines, a second
    --fix changes nothing, and --diff printed exactly what --fix wrote."""
    clean = subprocess.run([sys.executable, os.path.join(a.shared, "bench", "genlist.py"),
                            "--entries", "2000", "--seed", "3", "--style", style],
                           capture_output=True, text=True, check=True).stdout
    path = os.path.join(tmp, f"moved-{style}.md")
    open(path, "w").write(clean)
    ranges = entry_ranges(a.binary, path)
    moved = move_entries(clean, ranges, 20, 3, style in ("paragraph", "blockquote"))
    open(path, "w").write(moved)
    _, before, _, _ = lint(a.binary, path, "--enable", "date-order")
    reported = sum(d["rule"] == "date-order" for d in before["diagnostics"])
    diff = subprocess.run([a.binary, "--offline", "--today", TODAY, "--diff", path],
                          capture_output=True, text=True).stdout
    subprocess.run([a.binary, "--offline", "--today", TODAY, "--fix", path], capture_output=True)
    fixed = open(path).read()
    _, after, _, _ = lint(a.binary, path)
    left = [d for d in after["diagnostics"] if d["rule"] == "date-order"]
    subprocess.run([a.binary, "--offline", "--today", TODAY, "--fix", path], capture_output=True)
    again = open(path).read()
    original = os.path.join(tmp, f"moved-{style}-original.md")
    open(original, "w").write(moved)
    patched = subprocess.run(["patch", "-s", "-o", "-", original], input=diff,
                             capture_output=True, text=True).stdout
    same_lines = sorted(moved.split("\n")) == sorted(fixed.split("\n"))
    ok = not left and same_lines and again == fixed and patched == fixed and reported > 0
    print(f"--fix on genlist 2000 --seed 3 --style {style} with 20 entries moved: "
          f"{reported} date-order findings before, {len(left)} after; same lines: {same_lines}; "
          f"second --fix changes nothing: {again == fixed}; --diff is what --fix wrote: "
          f"{patched == fixed}")
    return ok


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--binary", default=os.path.join(here, "..", "build", "awesomelint"))
    ap.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    a = ap.parse_args()
    failures = []
    seed = os.path.join(a.shared, "corpus", "seed", "README.md")

    code, report, _, _ = lint(a.binary, seed)
    errors = report["summary"]["errors"]
    print(f"seed: {report['files'][0]['entries']} entries, {errors} errors, exit {code}")
    if report["files"][0]["entries"] != 15 or errors or code:
        failures.append("seed list")

    with tempfile.TemporaryDirectory() as tmp:
        faulty, planted = plant_faults(open(seed, encoding="utf-8").read())
        path = os.path.join(tmp, "README.md")
        open(path, "w", encoding="utf-8").write(faulty)
        code, report, _, _ = lint(a.binary, path)
        found = sorted(by_line(report))
        print(f"seed with faults on lines {planted}: findings on lines {found}, exit {code}")
        for d in report["diagnostics"]:
            print(f"  {d['line']}:{d['column']} {d['severity']} {d['rule']} {d['message']}")
        if found != sorted(planted) or code != 1:
            failures.append("planted faults")

        for style in STYLES:
            if not planted_faults_in_style(a, tmp, style):
                failures.append(f"genlist faults ({style})")
        for style in STYLES:
            if not fixes_keep_order(a, tmp, style):
                failures.append(f"fixes keep order ({style})")

    corpus = os.path.join(a.shared, "corpus", "lists")
    print("corpus (findings per rule: errors/warnings/notes):")
    for name in sorted(os.listdir(corpus)):
        code, report, elapsed, stderr = lint(a.binary, os.path.join(corpus, name))
        rules = collections.defaultdict(lambda: [0, 0, 0])
        for d in (report or {"diagnostics": []})["diagnostics"]:
            rules[d["rule"]][("error", "warning", "info").index(d["severity"])] += 1
        summary = ", ".join(f"{r} {e}/{w}/{n}" for r, (e, w, n) in sorted(rules.items())) or "none"
        entries = report["files"][0]["entries"] if report else "?"
        print(f"  {name}: exit {code}, {elapsed:.3f} s, {entries} entries; {summary}")
        if code not in (0, 1) or elapsed >= 1.0:
            failures.append(f"corpus {name}: exit {code}, {elapsed:.2f} s {stderr.strip()}")

    if failures:
        print("FAILED: " + "; ".join(failures))
        return 1
    print("all checks hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
