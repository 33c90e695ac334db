#!/usr/bin/env python3
"""awesome-lint's own test fixtures, linted by awesome-lint and by `awesomelint --preset
awesome`: for each fixture, the rule its test exercises, and whether both report the same
findings (line, rule id and message) for that rule.

  bench/awesome_lint_fixtures.py --fixtures DIR [--binary PATH] [--verbose]

DIR is awesome-lint's test/fixtures (a checkout of sindresorhus/awesome-lint; the fixtures are
its files and stay out of this repository). A fixture's rule is its folder's (badge/ ->
awesome-badge, toc/ -> awesome-toc, ...); awesome-lint runs that rule alone, as its rule tests
do (remark-lint and remark-gfm around it); awesomelint runs the whole preset offline and its
findings of that rule are compared. Folders of a rule awesome-lint 2.3.0 does not have
(header-image/) and the root fixtures of remark-lint's own rules are listed as skipped;
the root badge*.md and license-error-*.md of awesome-lint's 0.x tests are compared too.
main.md, which awesome-lint's CLI test lints with its whole config, is compared on the 13
rules the preset shares.

Environment: PEERS=DIR (default ~/.cache/awesomelint-bench/peers) holds the npm peers
(bench/lib.sh's ensure_peers installs awesome-lint there). Exits 1 when a fixture disagrees
and the disagreement is not one the rule's page documents (DOCUMENTED below)."""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
# Folder -> (awesome-lint's rule file, the rule id both tools report).
RULES = {
    "badge": ("badge", "awesome-badge"),
    "heading": ("heading", "awesome-heading"),
    "license": ("license", "awesome-license"),
    "no-ci-badge": ("no-ci-badge", "awesome-no-ci-badge"),
    "list-item": ("list-item", "awesome-list-item"),
    "toc": ("toc", "awesome-toc"),
    "spell-check": ("spell-check", "awesome-spell-check"),
    "double-link": ("double-link", "double-link"),  # with its default config's options
    "balanced-punctuation": ("balanced-punctuation", "balanced-punctuation"),
    "contributing": ("contributing", "awesome-contributing"),
    "code-of-conduct": ("code-of-conduct", "awesome-code-of-conduct"),
}
SHARED_IDS = sorted({rule for _, rule in RULES.values()} |
                    {"awesome-github", "no-repeat-item-in-description"})
# Findings only a linted copy outside its repository has (no git remote, no
# contributing.md beside it): not compared on main.md.
SETUP_ONLY = {"awesome-github", "awesome-contributing", "awesome-code-of-conduct"}
# Fixture -> why the two differ, as the rule's page documents it (docs/rules/<id>.md,
# "Differences from awesome-lint").
DOCUMENTED = {
    "balanced-punctuation/apostrophes-valid.md":
        "awesome-lint 2.3.0 takes the curly apostrophe of a one-word quote ('steal') for an "
        "unclosed quote; its own newer test (PR #229) expects none, as awesomelint reports",
    "no-ci-badge/0.md":
        "line 6 is an HTML <img> Travis badge, which awesome-lint does not read",
    "double-link/repo-url-ignored.md":
        "awesome-lint without the project website reports its four links; three are prose "
        "(intro, text, contributing note), which awesomelint does not count, and awesome-lint's "
        "own test expects none once the website is known",
    "spell-check/error0.md":
        "awesome-lint asks for PostgreSQL for Postgres, WebAssembly for wasm/WASM and Webpack for "
        "webpack; awesomelint takes Postgres, Wasm and webpack as their projects write them (a "
        "lower-case postgres is asked to be Postgres)",
    "main.md":
        "lines 3 and 7 are the table of contents' link and a 'back to top' link to #packages, "
        "in-page navigation awesome-lint counts as a duplicate (its issues #164, #192)",
}


def peers_dir():
    peers = pathlib.Path(os.environ.get("PEERS", pathlib.Path.home() / ".cache/awesomelint-bench/peers"))
    if not (peers / "node_modules" / "awesome-lint").is_dir():
        sys.exit(f"awesome-lint is not installed in {peers}: source bench/lib.sh; ensure_peers awesome-lint")
    shutil.copy(ROOT / "bench" / "awesome_lint_rules.mjs", peers / "awesome_lint_rules.mjs")
    return peers


def awesome_lint(peers, rules, path):
    run = subprocess.run(["node", str(peers / "awesome_lint_rules.mjs"), rules, str(path)],
                         cwd=path.parent, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"awesome-lint on {path}: {run.stderr.strip()}")
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def awesomelint(binary, path):
    run = subprocess.run([binary, "--no-config", "--offline", "--preset", "awesome", "--format",
                          "json", path.name], cwd=path.parent, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise RuntimeError(f"awesomelint on {path}: {run.stderr.strip()}")
    return [{"line": d["line"], "rule": d["rule"], "message": d["message"]}
            for d in json.loads(run.stdout)["diagnostics"]]


def keyed(findings, ids):
    return sorted((f["line"], f["rule"], f["message"]) for f in findings if f["rule"] in ids)


def cases(fixtures):
    """(name, markdown path, awesome-lint rules argument, rule ids compared) per fixture."""
    for folder in sorted(p for p in fixtures.iterdir() if p.is_dir()):
        if folder.name not in RULES:
            yield folder.name + "/", None, None, None
            continue
        js, rule = RULES[folder.name]
        for path in sorted(folder.rglob("*.md")):
            if folder.name in ("contributing", "code-of-conduct") and path.name.lower() != "readme.md":
                continue
            yield str(path.relative_to(fixtures)), path, js, {rule}
    main = fixtures / "main.md"
    if main.exists():
        yield "main.md", main, "all", set(SHARED_IDS) - SETUP_ONLY
    # Root fixtures of awesome-lint's 0.x tests, which 2.x's badge/ and license/ folders
    # took over (several of those are not published apart from these).
    legacy = {"badge": "badge", "license": "license"}
    for path in sorted(fixtures.glob("*.md")):
        kind = next((k for k in legacy if path.name.startswith(k)), None)
        if kind:
            js, rule = RULES[legacy[kind]]
            yield path.name + " (0.x)", path, js, {rule}
        elif path.name != "main.md":
            yield path.name, None, None, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fixtures", required=True, type=pathlib.Path)
    ap.add_argument("--binary", default=str(ROOT / "build" / "awesomelint"))
    ap.add_argument("--verbose", action="store_true", help="print both tools' findings")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    peers = peers_dir()
    agree = compared = 0
    undocumented = []
    print("| fixture | rule | awesome-lint | awesomelint --preset awesome | agreement |")
    print("| --- | --- | --- | --- | --- |")
    for name, path, js, ids in cases(args.fixtures.resolve()):
        if path is None:
            print(f"| {name} | – | – | – | skipped: not a rule of awesome-lint 2.3.0's own |")
            continue
        theirs = keyed(awesome_lint(peers, js, path), ids)
        ours = keyed(awesomelint(binary, path), ids)
        compared += 1
        same = theirs == ours
        agree += same
        lines = lambda found: ", ".join(str(line) for line, _, _ in found) or "none"
        verdict = "same" if same else "differs: " + DOCUMENTED.get(name, "UNDOCUMENTED")
        if not same and name not in DOCUMENTED:
            undocumented.append(name)
        print(f"| {name} | {', '.join(sorted(ids)) if len(ids) < 3 else 'the preset'} | "
              f"{lines(theirs)} | {lines(ours)} | {verdict} |")
        if args.verbose or not same:
            for line in sorted(set(theirs) - set(ours)):
                print(f"    only awesome-lint: {line}", file=sys.stderr)
            for line in sorted(set(ours) - set(theirs)):
                print(f"    only awesomelint:  {line}", file=sys.stderr)
    print(f"\nFixtures in full agreement: {agree} of {compared}; "
          f"differences documented: {compared - agree - len(undocumented)}, "
          f"undocumented: {len(undocumented)} {' '.join(undocumented)}")
    return 1 if undocumented else 0


if __name__ == "__main__":
    sys.exit(main())
