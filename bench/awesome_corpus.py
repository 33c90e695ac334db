#!/usr/bin/env python3
"""False findings on real lists: awesome-lint (its whole default config) and `awesomelint
--preset awesome` on every list of the corpus (../shared/corpus/lists/*.md), a sample of 20
findings of each tool per list (all of them when fewer) judged true or false by a reader.

  bench/awesome_corpus.py sheet    [--binary PATH] > sheet.md   the samples, with the lines
                                                                they point at, to judge
  bench/awesome_corpus.py counts   [--binary PATH]             true/false counts per list

Each list is copied alone into a temporary directory as readme.md (awesome-lint's file-name
rules would fire on the corpus's names). Findings that only a copy outside its repository
gets are left out for both tools: the git remote (awesome-github), contributing.md and the
code of conduct beside the list. The samples are drawn with a seed made of the list's name,
so they are the same on every run as long as the tools report the same.

The verdicts live in bench/awesome_corpus_verdicts.json, keyed "list|tool|line|rule|message"
(a finding's identity, no text of the list), each {"true": bool, "why": "..."}; `counts`
exits 1 when a sampled finding has no verdict. Environment: SHARED=DIR holds corpus/
(default ../shared); PEERS=DIR the npm peers (as bench/awesome_lint_fixtures.py)."""
import argparse
import json
import os
import pathlib
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from awesome_lint_fixtures import awesome_lint, awesomelint, peers_dir  # noqa: E402

SAMPLE = 20
SETUP_ONLY = {"awesome-github", "awesome-contributing", "awesome-code-of-conduct"}
VERDICTS = ROOT / "bench" / "awesome_corpus_verdicts.json"


def key(name, tool, finding):
    return f"{name}|{tool}|{finding['line']}|{finding['rule']}|{finding['message']}"


def findings(peers, binary, source):
    """Both tools' findings on the list, setup-only ones left out."""
    with tempfile.TemporaryDirectory(prefix="al-corpus-") as tmp:
        readme = pathlib.Path(tmp, "readme.md")
        shutil.copy(source, readme)
        theirs = awesome_lint(peers, "all", readme)
        ours = awesomelint(binary, readme)
    keep = lambda found: [f for f in found if f["rule"] not in SETUP_ONLY]
    return {"awesome-lint": keep(theirs), "awesomelint": keep(ours)}


def sample(name, tool, found):
    ordered = sorted(found, key=lambda f: (f["line"], f["rule"], f["message"]))
    if len(ordered) <= SAMPLE:
        return ordered
    return sorted(random.Random(f"{name}|{tool}").sample(ordered, SAMPLE),
                  key=lambda f: (f["line"], f["rule"], f["message"]))


def write_sheet(name, source, tool, total, picked):
    lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    print(f"## {name} — {tool}: {len(picked)} of {total}\n")
    for f in picked:
        line = lines[f["line"] - 1] if 0 < f["line"] <= len(lines) else ""
        print(f"- `{key(name, tool, f)}`\n  > {line[:400]}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=["sheet", "counts"])
    ap.add_argument("--binary", default=str(ROOT / "build" / "awesomelint"))
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    peers = peers_dir()
    shared = pathlib.Path(os.environ.get("SHARED", ROOT.parent / "shared"))
    verdicts = json.loads(VERDICTS.read_text()) if VERDICTS.exists() else {}
    unjudged = 0
    totals = {tool: [0, 0, 0] for tool in ("awesome-lint", "awesomelint")}  # found, true, false
    if args.mode == "counts":
        print("| list | awesome-lint: findings | sampled: true / false | "
              "awesomelint --preset awesome: findings | sampled: true / false |")
        print("| --- | ---: | ---: | ---: | ---: |")
    for source in sorted((shared / "corpus" / "lists").glob("*.md")):
        name = source.stem
        found = findings(peers, binary, source)
        row = [name]
        for tool in ("awesome-lint", "awesomelint"):
            picked = sample(name, tool, found[tool])
            if args.mode == "sheet":
                write_sheet(name, source, tool, len(found[tool]), picked)
                continue
            judged = [verdicts.get(key(name, tool, f)) for f in picked]
            unjudged += sum(v is None for v in judged)
            true = sum(1 for v in judged if v and v["true"])
            false = sum(1 for v in judged if v and not v["true"])
            totals[tool][0] += len(found[tool])
            totals[tool][1] += true
            totals[tool][2] += false
            row += [str(len(found[tool])), f"{true} / {false}"]
        if args.mode == "counts":
            print("| " + " | ".join(row) + " |")
    if args.mode == "counts":
        a, b = totals["awesome-lint"], totals["awesomelint"]
        print(f"| all | {a[0]} | {a[1]} / {a[2]} | {b[0]} | {b[1]} / {b[2]} |")
        if unjudged:
            print(f"\n{unjudged} sampled findings have no verdict in {VERDICTS.name}: "
                  "run `sheet` and judge them", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
