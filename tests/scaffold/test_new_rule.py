"""scripts/new_rule.py makes a rule that works. Run by ctest (label scaffold) with
AWESOMELINT_SOURCE_DIR naming the source tree and CMAKE_COMMAND the cmake to use:

  NewRuleRefusesTest  on a small copy of the rule files: a non-kebab id, an existing id, a
                      factory name that clashes with another rule's, an id that is a tag and
                      a tag that is a rule id are refused, and --dry-run, changing nothing.
  NewRuleBuildTest    on a copy of the checkout (the files git tracks and the untracked ones
                      it does not ignore): three rules scaffolded (one --fixable, one with
                      other tags and --severity warning, one --severity off), the files they
                      write and the registry and index edits checked, a second run for the
                      same id and a dry run refused or harmless; then the copy configured
                      (Debug, -Werror), built, and its rule fixture, rule catalog, document,
                      entry reader, config and layers tests run (the new rules' fixtures
                      among them), then its CLI tests (the example check must not fire on
                      the project's lists), and the built binary's --list-rules, --enable
                      and --fix.

It builds the whole project once, so it takes minutes; CI's sanitizer pass skips it.
"""
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

SOURCE = os.environ.get("AWESOMELINT_SOURCE_DIR") or os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CMAKE = os.environ.get("CMAKE_COMMAND") or "cmake"

# The rules the build test scaffolds: first, in the middle and last by id.
RULES = [
    {"id": "title-full-stop", "summary": "Entry titles do not end with a full stop",
     "tags": ["research", "entry"], "severity": "error", "fixable": True,
     "args": ["--fixable"]},
    {"id": "wording", "summary": "Entries keep the list's wording | its style",
     "tags": ["style", "awesome"], "severity": "warning", "fixable": False,
     "args": ["--tags", "style,awesome", "--severity", "warning"]},
    {"id": "abbreviations", "summary": "Abbreviations are spelt the list's way",
     "tags": ["research", "style"], "severity": "off", "fixable": False,
     "args": ["--tags", "style", "--severity", "off"]},
]


def camel_case(rule_id):
    return "".join(part[:1].upper() + part[1:] for part in rule_id.split("-"))


def copy_checkout(dest):
    """The files git tracks plus the untracked ones it does not ignore (no build trees)."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=SOURCE,
                            capture_output=True)
    if listed.returncode == 0:
        for name in sorted(set(listed.stdout.decode().split("\0"))):
            path = os.path.join(SOURCE, name)
            if not name or not os.path.isfile(path):  # deleted, or a submodule
                continue
            os.makedirs(os.path.dirname(os.path.join(dest, name)), exist_ok=True)
            shutil.copy2(path, os.path.join(dest, name), follow_symlinks=False)
    else:  # not a git checkout: everything but build trees
        shutil.copytree(SOURCE, dest, symlinks=True, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("build*", ".git", ".cache"))


def snapshot(root, skip=("build",)):
    """Every file under root (but `skip`), by path: its content's hash."""
    files = {}
    for directory, dirs, names in os.walk(root):
        if directory == root:
            dirs[:] = [d for d in dirs if d not in skip]
        for name in names:
            path = os.path.join(directory, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, root)] = hashlib.sha256(f.read()).hexdigest()
    return files


def read(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as f:
        return f.read()


def new_rule(root, *args):
    """Runs root/scripts/new_rule.py (which changes the checkout it lives in, or --root)."""
    script = os.path.join(root, "scripts", "new_rule.py")
    return subprocess.run([sys.executable, script, *args], capture_output=True, text=True)


def index_rows(index):
    begin = index.index("<!-- rules:")
    end = index.index("<!-- end rules -->")
    return [line for line in index[begin:end].splitlines() if line.startswith("| [")]


def registry_lists(registry):
    """The factory names of the declarations and of kRules[], in order."""
    declared = re.findall(r"^std::unique_ptr<Rule> (Make\w+Rule)\(\);$", registry, re.M)
    table = re.search(r"kRules\[\]\s*=\s*\{(.*?)\};", registry, re.S).group(1)
    return declared, re.findall(r"\bMake\w+Rule\b", table)


class Copy:
    """A temporary directory that holds the copy; removed at the end."""

    def __init__(self, prefix):
        self.dir = tempfile.mkdtemp(prefix=prefix)
        self.root = os.path.join(self.dir, "src")
        os.makedirs(self.root)

    def remove(self):
        shutil.rmtree(self.dir, ignore_errors=True)


class NewRuleRefusesTest(unittest.TestCase):
    """Refusals change nothing. A small copy: the script, the rules, their docs and fixtures."""

    def setUp(self):
        self.copy = Copy("awesomelint-scaffold-refuses-")
        self.addCleanup(self.copy.remove)
        root = self.copy.root
        for part in ("scripts", "rules", os.path.join("docs", "rules"),
                     os.path.join("tests", "rules")):
            shutil.copytree(os.path.join(SOURCE, part), os.path.join(root, part))
        for name in ("CMakeLists.txt", ".clang-format"):
            shutil.copy2(os.path.join(SOURCE, name), root)

    def assertRefused(self, args, message):
        before = snapshot(self.copy.root)
        r = new_rule(self.copy.root, *args)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn(message, r.stderr)
        self.assertEqual(r.stdout, "")
        self.assertEqual(snapshot(self.copy.root), before, f"{args} changed files")

    def test_refuses_bad_ids_and_clashes(self):
        self.assertRefused(["Bad_Id", "A summary"], "is not a kebab-case id")
        self.assertRefused(["bad--id", "A summary"], "is not a kebab-case id")
        self.assertRefused(["https", "A summary"], "already exists")
        self.assertRefused(["links", "A summary"], "is a tag")
        self.assertRefused(["my-rule", "A summary", "--tags", "entry,https"], "is a rule id")
        self.assertRefused(["my-rule", "A summary", "--tags", "Entry"], "is not kebab-case")
        self.assertRefused(["my-rule", "  "], "one non-empty line")
        # "ab-2c" and "ab2c" both make MakeAb2cRule.
        r = new_rule(self.copy.root, "ab-2c", "A summary")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertRefused(["ab2c", "A summary"], "already declares MakeAb2cRule")
        self.assertRefused(["ab-2c", "A summary"], "already exists")

    def test_dry_run_changes_nothing(self):
        before = snapshot(self.copy.root)
        r = new_rule(self.copy.root, "my-rule", "A summary", "--fixable", "--dry-run")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        for line in ("created rules/my-rule.cpp", "created docs/rules/my-rule.md",
                     "created tests/rules/my-rule/fail.fixed.md", "updated rules/registry.cpp",
                     "updated docs/rules/README.md"):
            self.assertIn(line, r.stdout.splitlines())
        self.assertEqual(snapshot(self.copy.root), before)

    def test_root_option(self):
        """--root names the checkout to change: a script outside it changes it."""
        tool = os.path.join(self.copy.dir, "tool")
        shutil.copytree(os.path.join(self.copy.root, "scripts"), os.path.join(tool, "scripts"))
        r = new_rule(tool, "my-rule", "A summary", "--root", self.copy.root)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertTrue(os.path.isfile(os.path.join(self.copy.root, "rules", "my-rule.cpp")))
        self.assertIn("MakeMyRuleRule,", read(self.copy.root, "rules/registry.cpp"))
        self.assertEqual(sorted(os.listdir(tool)), ["scripts"])


class NewRuleBuildTest(unittest.TestCase):
    copy = None

    @classmethod
    def setUpClass(cls):
        cls.copy = Copy("awesomelint-scaffold-")
        try:
            cls.root = cls.copy.root
            copy_checkout(cls.root)
            cls.original = {path: read(cls.root, path)
                            for path in ("rules/registry.cpp", "docs/rules/README.md")}
            cls.before = snapshot(cls.root)
            cls.outputs = {}
            for rule in RULES:
                r = new_rule(cls.root, rule["id"], rule["summary"], *rule["args"])
                if r.returncode != 0:
                    raise AssertionError(f"new_rule.py {rule['id']} failed:\n{r.stdout}{r.stderr}")
                cls.outputs[rule["id"]] = r.stdout
            cls.after = snapshot(cls.root)
        except BaseException:
            cls.copy.remove()
            raise

    @classmethod
    def tearDownClass(cls):
        if cls.copy:
            cls.copy.remove()

    def run_logged(self, args, timeout=3600, **kwargs):
        start = time.monotonic()
        r = subprocess.run(args, capture_output=True, text=True, timeout=timeout, **kwargs)
        print(f"  {' '.join(os.path.basename(a) if i == 0 else a for i, a in enumerate(args))}"
              f": exit {r.returncode}, {time.monotonic() - start:.0f} s", file=sys.stderr)
        return r

    # ------------------------------------------------------------------ what it writes

    def test_changes_exactly_these_files(self):
        created = set()
        for rule in RULES:
            rid = rule["id"]
            created |= {f"rules/{rid}.cpp", f"docs/rules/{rid}.md"}
            cases = ["pass.md", "pass.expected", "fail.md", "fail.expected"]
            if rule["fixable"]:
                cases.append("fail.fixed.md")
            created |= {f"tests/rules/{rid}/{case}" for case in cases}
            printed = {line.split(" ", 1)[1] for line in self.outputs[rid].splitlines()
                       if line.startswith(("created ", "updated "))}
            self.assertEqual(printed, {f"rules/{rid}.cpp", f"docs/rules/{rid}.md",
                                       "rules/registry.cpp", "docs/rules/README.md"} |
                             {f"tests/rules/{rid}/{case}" for case in cases})
            self.assertIn("Next:", self.outputs[rid])
            self.assertNotIn("top-level README", self.outputs[rid])
        self.assertEqual(set(self.after) - set(self.before), created)
        self.assertEqual(set(self.before) - set(self.after), set())
        changed = {p for p in self.before if self.before[p] != self.after[p]}
        self.assertEqual(changed, {"rules/registry.cpp", "docs/rules/README.md"})

    def test_rule_sources(self):
        clang_format = shutil.which("clang-format")
        for rule in RULES:
            rid, camel = rule["id"], camel_case(rule["id"])
            source = read(self.root, f"rules/{rid}.cpp")
            self.assertIn('#include "awesomelint/lint/rule.h"', source)
            self.assertIn(f"std::unique_ptr<Rule> Make{camel}Rule() {{", source)
            self.assertIn(f'"{rid}",', source)
            severity = "k" + rule["severity"].capitalize()
            self.assertIn(f"Severity::{severity},", source)
            self.assertIn(f"/*fixable=*/{'true' if rule['fixable'] else 'false'},", source)
            self.assertIn("{" + ", ".join(f'"{t}"' for t in rule["tags"]) + "}", source)
            self.assertIn("LinkSyntax::kInline", source)
            self.assertIn("RuleReporter::Weight", source)
            self.assertEqual("Fix{Span{stop.dot, stop.dot + 1}, \"\"}" in source, rule["fixable"])
            self.assertNotIn("TODO", source)
            self.assertNotIn("rules.h\"", source)
            if clang_format:
                r = subprocess.run([clang_format, "--style=file", "--dry-run", "-Werror",
                                    f"rules/{rid}.cpp"], cwd=self.root, capture_output=True,
                                   text=True)
                self.assertEqual(r.returncode, 0, r.stderr)
        if clang_format:
            r = subprocess.run([clang_format, "--style=file", "--dry-run", "-Werror",
                                "rules/registry.cpp"], cwd=self.root, capture_output=True,
                               text=True)
            self.assertEqual(r.returncode, 0, r.stderr)

    def test_registry(self):
        registry = read(self.root, "rules/registry.cpp")
        declared, listed = registry_lists(registry)
        old_declared, old_listed = registry_lists(self.original["rules/registry.cpp"])
        factories = {f"Make{camel_case(r['id'])}Rule" for r in RULES}
        self.assertEqual(sorted(declared), sorted(old_declared + list(factories)))
        self.assertEqual(sorted(listed), sorted(old_listed + list(factories)))
        # Sorted by rule id, which the file names give.
        id_of = {f"Make{camel_case(name[:-4])}Rule": name[:-4]
                 for name in os.listdir(os.path.join(self.root, "rules"))
                 if name.endswith(".cpp") and name != "registry.cpp"}
        for names in (declared, listed):
            ids = [id_of[name] for name in names]
            self.assertEqual(ids, sorted(ids))
        self.assertEqual(sorted(id_of.values()), [id_of[name] for name in listed])
        # Nothing else in the file changed: without the new lines and names, it is the old one.
        stripped = registry
        for factory in factories:
            stripped = stripped.replace(f"std::unique_ptr<Rule> {factory}();\n", "")
            stripped = re.sub(rf"\b{factory},\s*", "", stripped)
        self.assertEqual(re.sub(r"\s+", " ", stripped),
                         re.sub(r"\s+", " ", self.original["rules/registry.cpp"]))

    def test_docs_index_and_pages(self):
        index = read(self.root, "docs/rules/README.md")
        rows = index_rows(index)
        ids = [re.match(r"\| \[([a-z0-9-]+)\]", row).group(1) for row in rows]
        self.assertEqual(ids, sorted(ids))
        old_rows = index_rows(self.original["docs/rules/README.md"])
        for rule in RULES:
            tags = ", ".join(f"`{t}`" for t in rule["tags"])
            row = (f"| [{rule['id']}]({rule['id']}.md) | {rule['severity']} | "
                   f"{'yes' if rule['fixable'] else 'no'} | {tags} | "
                   f"{rule['summary'].replace('|', chr(92) + '|')} |")
            self.assertIn(row, rows)
            old_rows.append(row)
        self.assertEqual(sorted(rows), sorted(old_rows))
        outside = index.split("<!-- rules:")[0] + index.split("<!-- end rules -->")[1]
        original = self.original["docs/rules/README.md"]
        self.assertEqual(outside,
                         original.split("<!-- rules:")[0] + original.split("<!-- end rules -->")[1])
        for rule in RULES:
            page = read(self.root, f"docs/rules/{rule['id']}.md")
            self.assertTrue(page.startswith(f"# {rule['id']}\n\n{rule['summary']}\n"), page[:200])
            self.assertNotIn("TODO", page)
            self.assertIn("full stop", page)

    def test_fixtures(self):
        for rule in RULES:
            rid = rule["id"]
            shown = "warning" if rule["severity"] == "off" else rule["severity"]
            directory = f"tests/rules/{rid}"
            passing = read(self.root, f"{directory}/pass.md")
            self.assertGreaterEqual(len(re.findall(r"^- \[", passing, re.M)), 3)
            self.assertNotRegex(passing, r"\.\]\(")
            self.assertEqual(read(self.root, f"{directory}/pass.expected"), "")
            failing = read(self.root, f"{directory}/fail.md")
            lines = failing.splitlines()
            expected = read(self.root, f"{directory}/fail.expected").splitlines()
            self.assertGreaterEqual(len(expected), 2)
            fixed = list(lines)
            for finding in expected:
                m = re.fullmatch(rf"(\d+):(\d+) {shown} {re.escape(rid)} "
                                 r"Title ends with a full stop: '(.*\.)'", finding)
                self.assertTrue(m, finding)
                line, column, title = int(m.group(1)), int(m.group(2)), m.group(3)
                text = lines[line - 1]
                self.assertEqual(text[column - len(title):column + 2], title + "](")
                fixed[line - 1] = text[:column - 1] + text[column:]
            fixed_path = os.path.join(self.root, directory, "fail.fixed.md")
            self.assertEqual(os.path.exists(fixed_path), rule["fixable"])
            if rule["fixable"]:
                self.assertEqual(read(self.root, f"{directory}/fail.fixed.md"),
                                 "\n".join(fixed) + "\n")

    # ------------------------------------------------------------------ refusals

    def test_refuses_a_second_run_and_dry_runs_change_nothing(self):
        before = snapshot(self.root)
        for rule in RULES:
            r = new_rule(self.root, rule["id"], "Again", *rule["args"])
            self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
            self.assertIn("already exists", r.stderr)
        r = new_rule(self.root, "another-rule", "Another", "--fixable", "--dry-run")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("created rules/another-rule.cpp", r.stdout)
        self.assertEqual(snapshot(self.root), before)

    # ------------------------------------------------------------------ it builds and passes

    def test_builds_and_passes_the_tests(self):
        build = os.path.join(self.copy.dir, "build")
        r = self.run_logged([CMAKE, "-S", self.root, "-B", build, "-G", "Ninja",
                             "-DCMAKE_BUILD_TYPE=Debug", "-DAWESOMELINT_WERROR=ON"])
        self.assertEqual(r.returncode, 0, r.stdout[-4000:] + r.stderr[-4000:])
        r = self.run_logged([CMAKE, "--build", build, "--target", "awesomelint_tests",
                             "awesomelint"])
        self.assertEqual(r.returncode, 0, r.stdout[-8000:] + r.stderr[-4000:])
        tests = os.path.join(build, "tests", "awesomelint_tests")
        binary = os.path.join(build, "awesomelint")

        # The rule fixtures (the new ones among them), the catalog (docs, fixtures, sorted
        # registry, the docs index), the document and entry tests that parse every fixture,
        # config, and the layers (a rule includes only what rules may).
        r = self.run_logged([tests, "--gtest_filter=Rules/RuleFixture.*:RuleCatalog.*:"
                             "DocumentSegmentTest.*:EntryReaderTest.*:Config*:LayersTest.*"],
                            cwd=build)
        self.assertEqual(r.returncode, 0, r.stdout[-8000:] + r.stderr[-2000:])
        self.assertIn("[  PASSED  ]", r.stdout)
        self.assertNotIn("[  FAILED  ]", r.stdout)
        for rule in RULES:
            name = rule["id"].replace("-", "_")
            for case in ("pass", "fail"):
                self.assertRegex(r.stdout, rf"\[       OK \] Rules/RuleFixture\."
                                           rf"FindingsMatchGolden/{name}_{case} ")
        for test in ("EveryRuleHasDocsAndFixtures", "TheDocsIndexComesFromTheMetadata",
                     "TheRegistryIsSortedWithUniqueIds", "FixtureDirectoriesNameRules"):
            self.assertIn(f"[       OK ] RuleCatalog.{test} ", r.stdout)
        self.assertIn("[       OK ] DocumentSegmentTest.SegmentedParseEqualsWholeParseOn"
                      "MutatedFixtures ", r.stdout)
        self.assertIn("[       OK ] LayersTest.EveryIncludeGoesDown ", r.stdout)

        # The CLI tests lint the project's own lists with every rule on: the example check
        # must not change what they find.
        r = self.run_logged([tests, "--gtest_filter=Cli*"], cwd=build)
        self.assertEqual(r.returncode, 0, r.stdout[-8000:] + r.stderr[-2000:])
        self.assertIn("[  PASSED  ]", r.stdout)

        # The binary: --list-rules knows the rules; an off rule speaks only when enabled;
        # --fix makes fail.fixed.md.
        r = self.run_logged([binary, "--list-rules", "--format", "json"])
        self.assertEqual(r.returncode, 0, r.stderr)
        listed = {rule["id"]: rule for rule in json.loads(r.stdout)["rules"]}
        for rule in RULES:
            meta = listed[rule["id"]]
            self.assertEqual((meta["default_severity"], meta["fixable"], meta["tags"]),
                             (rule["severity"], rule["fixable"], rule["tags"]))
        off = "tests/rules/abbreviations/fail.md"
        quiet = self.run_logged([binary, "--offline", "--color", "never", "--disable",
                                 "title-full-stop,wording", off], cwd=self.root)
        self.assertEqual(quiet.returncode, 0, quiet.stdout + quiet.stderr)
        self.assertNotIn("abbreviations", quiet.stdout)
        loud = self.run_logged([binary, "--offline", "--color", "never", "--disable",
                                "title-full-stop,wording", "--enable", "abbreviations", off],
                               cwd=self.root)
        self.assertEqual(loud.returncode, 0, loud.stdout + loud.stderr)  # warnings only
        expected = read(self.root, "tests/rules/abbreviations/fail.expected").splitlines()
        found = [line for line in loud.stdout.splitlines() if line.endswith(" [abbreviations]")]
        # A golden line is "L:C severity rule message"; pretty ends with the rule instead.
        pretty = [re.sub(r"^(\S+ \S+) (\S+) (.*)$", r"\1 \3 [\2]", line) for line in expected]
        self.assertEqual(found, [f"{off}:{line}" for line in pretty])
        work = os.path.join(self.copy.dir, "fix")
        os.makedirs(work)
        shutil.copy(os.path.join(self.root, "tests/rules/title-full-stop/fail.md"),
                    os.path.join(work, "README.md"))
        fixed = self.run_logged([binary, "--offline", "--no-config", "--fix", "README.md"],
                                cwd=work)
        self.assertEqual(fixed.returncode, 0, fixed.stdout + fixed.stderr)
        self.assertEqual(read(work, "README.md"),
                         read(self.root, "tests/rules/title-full-stop/fail.fixed.md"))


if __name__ == "__main__":
    unittest.main()
