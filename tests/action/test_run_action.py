"""scripts/action/run_action.py with simulated GitHub Actions variables and event
payloads, in git repositories the tests build: annotations, the job summary, the
outputs, SARIF, fail-on, changed-only, shallow clones, hostile file names — and
action.yml itself (no ${{ }} in its scripts). Offline: nothing reaches a network.

Run by ctest with AWESOMELINT_BIN set to the built binary."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(SOURCE, "scripts", "action", "run_action.py")
BINARY = os.environ.get("AWESOMELINT_BIN", "")


def entry(date, title, url="https://example.org/__ok/paper"):
    return f"* [{date}] **Pathology**: [{title}]({url}) (Nature)\n"


OLD = (entry("20.05.2024", "Old paper A", "https://example.org/a")
       + entry("10.05.2024", "Old paper B", "https://example.org/b")
       + entry("31.04.2024", "Old paper with a bad date", "https://example.org/c"))


def listing(entries):
    return "# Awesome Test\n\n## Papers\n\n" + entries


def run(*args, cwd):
    return subprocess.run(["git", "-c", "user.name=test", "-c", "user.email=t@example.org",
                           "-c", "commit.gpgsign=false", *args], cwd=cwd, check=True,
                          capture_output=True, text=True).stdout.strip()


def parse_outputs(text):
    """GITHUB_OUTPUT's heredoc form: name<<DELIMITER / value / DELIMITER."""
    outputs, lines, i = {}, text.split("\n"), 0
    while i < len(lines):
        m = re.match(r"^([\w-]+)<<(.+)$", lines[i])
        if m:
            end = lines.index(m.group(2), i + 1)
            outputs[m.group(1)] = "\n".join(lines[i + 1:end])
            i = end
        i += 1
    return outputs


class RunActionTest(unittest.TestCase):
    def setUp(self):
        self.assertTrue(BINARY and os.access(BINARY, os.X_OK),
                        "AWESOMELINT_BIN must name the built awesomelint")
        self.dir = tempfile.mkdtemp(prefix="awesomelint-action-")
        self.repo = os.path.join(self.dir, "repo")
        os.makedirs(self.repo)
        run("init", "-q", "-b", "main", cwd=self.repo)
        self.write("README.md", listing(OLD))
        run("add", "-A", cwd=self.repo)
        run("commit", "-q", "-m", "the list", cwd=self.repo)
        self.base = run("rev-parse", "HEAD", cwd=self.repo)
        run("checkout", "-q", "-b", "feature", cwd=self.repo)
        # The pull request: one entry with an impossible date, one http:// link.
        self.write("README.md", listing(entry("31.02.2025", "New paper")
                                        + entry("25.05.2024", "Plain http", "http://example.org/d")
                                        + OLD))
        run("commit", "-q", "-am", "two entries", cwd=self.repo)
        self.summary = os.path.join(self.dir, "summary.md")
        with open(self.summary, "w") as f:
            f.write("# An earlier step\n\n")
        self.output = os.path.join(self.dir, "output.txt")
        open(self.output, "w").close()
        self.event = os.path.join(self.dir, "event.json")
        with open(self.event, "w") as f:
            json.dump({"action": "opened", "number": 7,
                       "pull_request": {"title": "Add $(touch pwned) `papers`",
                                        "base": {"sha": self.base, "ref": "main"},
                                        "head": {"ref": "feature; touch pwned"}}}, f)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def write(self, name, text):
        with open(os.path.join(self.repo, name), "w") as f:
            f.write(text)

    def action(self, cwd=None, event_name="pull_request", **inputs):
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("GITHUB_", "INPUT_", "GH_", "RUNNER_"))}
        env.update({"GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": event_name,
                    "GITHUB_EVENT_PATH": self.event, "GITHUB_STEP_SUMMARY": self.summary,
                    "GITHUB_OUTPUT": self.output, "GITHUB_WORKSPACE": cwd or self.repo,
                    "GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "o/list",
                    "GITHUB_SHA": "0123abc", "RUNNER_TEMP": self.dir, "AWESOMELINT": BINARY,
                    "INPUT_CHECK_LINKS": "false", "INPUT_FILES": "README.md"})
        for name, value in inputs.items():
            key = "INPUT_" + name.upper()
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
        result = subprocess.run([sys.executable, SCRIPT], cwd=cwd or self.repo, env=env,
                                capture_output=True, text=True)
        with open(self.output) as f:
            result.outputs = parse_outputs(f.read())
        open(self.output, "w").close()
        return result

    def annotations(self, stdout):
        return [line for line in stdout.splitlines() if line.startswith("::")]

    def test_a_pull_request_is_judged_on_its_change(self):
        r = self.action()
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        levels = [(a.split(" ")[0], re.search(r"line=(\d+)", a).group(1),
                   re.search(r"title=([\w-]+)::", a).group(1))
                  for a in self.annotations(r.stdout)]
        self.assertEqual(levels, [("::error", "5", "date-format"), ("::warning", "6", "https")],
                         r.stdout)
        self.assertIn("--changed-since " + self.base, r.stdout)
        with open(self.summary) as f:
            summary = f.read()
        self.assertTrue(summary.startswith("# An earlier step\n\n## ❌ awesomelint: 1 error, 1 warning"),
                        summary)
        self.assertIn("(https://github.com/o/list/blob/0123abc/README.md#L5)", summary)
        self.assertEqual(r.outputs, {"errors": "1", "warnings": "1", "broken-links": "0",
                                     "exit-code": "1", "sarif-file": ""})
        self.assertFalse(os.path.exists(os.path.join(self.repo, "pwned")))

    def test_fail_on(self):
        self.assertEqual(self.action(fail_on="never").returncode, 0)
        self.assertEqual(self.action(fail_on="warning").returncode, 1)
        # Only a warning in the change: error lets it pass, warning does not.
        self.write("README.md", listing(entry("25.05.2024", "Plain http", "http://example.org/d")
                                        + OLD))
        run("commit", "-q", "-am", "only a warning", cwd=self.repo)
        passed = self.action(fail_on="error")
        self.assertEqual(passed.returncode, 0, passed.stdout)
        self.assertEqual(passed.outputs["exit-code"], "0")
        self.assertEqual(passed.outputs["warnings"], "1")
        self.assertEqual(self.action(fail_on="warning").returncode, 1)
        bad = self.action(fail_on="sometimes")
        self.assertEqual(bad.returncode, 2)
        self.assertIn("::error title=awesomelint::input fail-on", bad.stdout)
        self.assertEqual(bad.outputs["exit-code"], "2")

    def test_the_whole_file_when_not_changed_only_or_not_a_pull_request(self):
        whole = self.action(changed_only="false")
        self.assertEqual(whole.outputs["errors"], "2", whole.stdout)  # the old bad date too
        self.assertNotIn("--changed-since", whole.stdout)
        with open(self.event, "w") as f:
            json.dump({"ref": "refs/heads/main", "before": self.base}, f)
        push = self.action(event_name="push")
        self.assertEqual(push.outputs["errors"], "2", push.stdout)
        forced = self.action(event_name="push", changed_only="true")
        self.assertEqual(forced.outputs["errors"], "1", forced.stdout)
        self.assertIn("--changed-since " + self.base, forced.stdout)

    def test_sarif_file(self):
        r = self.action(sarif_file="results.sarif")
        path = os.path.join(self.repo, "results.sarif")
        with open(path) as f:
            sarif = json.load(f)
        self.assertEqual(sarif["version"], "2.1.0")
        self.assertEqual(len(sarif["runs"][0]["results"]), 2)
        self.assertEqual(r.outputs["sarif-file"], "results.sarif")

    def test_globs(self):
        os.makedirs(os.path.join(self.repo, "lists", "deep"))
        self.write("lists/deep/more.md", listing(entry("30.02.2024", "Unchanged? No: new")))
        r = self.action(files="README.md\nlists/**/*.md", changed_only="false")
        self.assertEqual(r.outputs["errors"], "3", r.stdout)  # two in README, one new file
        none = self.action(files="docs/*.md")
        self.assertEqual(none.returncode, 2)
        self.assertIn("::error title=awesomelint::input files: 'docs/*.md' matches no file",
                      none.stdout)

    def test_hostile_names_and_arguments_are_data(self):
        name = "a;touch pwned$(touch pwned2).md"
        self.write(name, listing(entry("31.02.2025", "Odd file")))
        r = self.action(files=f"'{name}'", changed_only="false",
                        args="--exclude '$(touch pwned3)' --disable https")
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("::error file=a;touch pwned$(touch pwned2).md,line=5", r.stdout)
        for planted in ("pwned", "pwned2", "pwned3"):
            self.assertFalse(os.path.exists(os.path.join(self.repo, planted)), planted)

    def test_a_shallow_checkout_fetches_the_base(self):
        clone = os.path.join(self.dir, "clone")
        subprocess.run(["git", "clone", "-q", "--depth", "1", "--branch", "feature",
                        "file://" + self.repo, clone], check=True)
        r = self.action(cwd=clone)
        self.assertEqual(r.outputs.get("errors"), "1", r.stdout + r.stderr)
        self.assertEqual(r.outputs.get("warnings"), "1")

    def test_an_unreachable_base_is_a_clear_error(self):
        with open(self.event, "w") as f:
            json.dump({"pull_request": {"base": {"sha": "f" * 40}}}, f)
        r = self.action()
        self.assertEqual(r.returncode, 2)
        self.assertIn("::error title=awesomelint::changed-only: cannot fetch the base commit", r.stdout)


class ActionYmlTest(unittest.TestCase):
    """action.yml passes inputs to its scripts through env: only."""

    def setUp(self):
        with open(os.path.join(SOURCE, "action.yml")) as f:
            self.lines = f.read().split("\n")

    def run_scripts(self):
        scripts, i = [], 0
        while i < len(self.lines):
            m = re.match(r"^(\s*)(?:- )?run:\s*(.*)$", self.lines[i])
            if m:
                indent, body = len(m.group(1)), [m.group(2)]
                i += 1
                while i < len(self.lines) and (not self.lines[i].strip() or
                                               len(self.lines[i]) - len(self.lines[i].lstrip()) > indent):
                    body.append(self.lines[i])
                    i += 1
                scripts.append("\n".join(body))
                continue
            i += 1
        return scripts

    def test_no_expression_inside_a_script(self):
        scripts = self.run_scripts()
        self.assertGreaterEqual(len(scripts), 3)
        for script in scripts:
            self.assertNotIn("${{", script, script)

    def test_every_input_reaches_the_script(self):
        text = "\n".join(self.lines)
        inputs = re.findall(r"^  ([a-z-]+):\n    description:", text.split("outputs:")[0], re.M)
        self.assertEqual(set(inputs), {"files", "changed-only", "check-links", "github-token",
                                       "fail-on", "cache", "sarif-file", "args"})
        steps = text.split("\nruns:")[1]
        for name in inputs:
            self.assertRegex(steps, r"inputs\." + re.escape(name) + r"\b", name)


if __name__ == "__main__":
    unittest.main()
