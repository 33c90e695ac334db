"""The GitHub Action, offline: scripts/action/run_action.py with simulated GitHub
Actions variables and event payloads, in git repositories the tests build
(annotations, the job summary, the outputs, SARIF, fail-on, changed-only, shallow
checkouts, hostile file names, links checked against a server on 127.0.0.1, the
link cache), scripts/action/install.sh's choice of binary, and action.yml itself
(inputs reach scripts through env: only). Nothing reaches the internet.

Run by ctest with AWESOMELINT_BIN set to the built binary."""
import http.server
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import unittest

import yaml

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(SOURCE, "scripts", "action", "run_action.py")
INSTALL = os.path.join(SOURCE, "scripts", "action", "install.sh")
BINARY = os.environ.get("AWESOMELINT_BIN", "")
TOKEN = "ghs_0123456789abcdefSECRET"


def entry(date, title, url="https://example.org/__ok/paper"):
    return f"* [{date}] **Pathology**: [{title}]({url}) (Nature)\n"


OLD = (entry("20.05.2024", "Old paper A", "https://example.org/a")
       + entry("10.05.2024", "Old paper B", "https://example.org/b")
       + entry("31.04.2024", "Old paper with a bad date", "https://example.org/c"))
# The pull request: one entry with an impossible date (line 5), one http:// link (line 6).
CHANGED = (entry("31.02.2025", "New paper")
           + entry("25.05.2024", "Plain http", "http://example.org/d") + OLD)


def listing(entries):
    return "# Awesome Test\n\n## Papers\n\n" + entries


def git(*args, cwd):
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


class LinkServer:
    """http://127.0.0.1:PORT/ok* answers 200, anything else 404; it records each
    request's path and headers. Bound before the action starts: no waiting."""

    def __init__(self):
        requests = self.requests = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def answer(self):
                requests.append((self.command, self.path, dict(self.headers)))
                self.send_response(200 if self.path.startswith("/ok") else 404)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_HEAD = do_GET = answer

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def paths(self):
        return sorted({path for _, path, _ in self.requests})

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class ActionTestCase(unittest.TestCase):
    def setUp(self):
        self.assertTrue(BINARY and os.access(BINARY, os.X_OK),
                        "AWESOMELINT_BIN must name the built awesomelint")
        self.dir = tempfile.mkdtemp(prefix="awesomelint-action-")
        self.summary = os.path.join(self.dir, "summary.md")
        with open(self.summary, "w") as f:
            f.write("# An earlier step\n\n")
        self.output = os.path.join(self.dir, "output.txt")
        open(self.output, "w").close()
        self.event = os.path.join(self.dir, "event.json")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def make_repo(self, old, new, name="repo"):
        """main with the list `old`, branch feature changing it to `new`; the event
        is a pull request from feature into main (with hostile title and branch)."""
        self.repo = os.path.join(self.dir, name)
        os.makedirs(self.repo)
        git("init", "-q", "-b", "main", cwd=self.repo)
        self.write("README.md", listing(old))
        git("add", "README.md", cwd=self.repo)
        git("commit", "-q", "-m", "the list", cwd=self.repo)
        self.base = git("rev-parse", "HEAD", cwd=self.repo)
        git("checkout", "-q", "-b", "feature", cwd=self.repo)
        self.write("README.md", listing(new))
        git("commit", "-q", "-am", "the change", cwd=self.repo)
        self.pull_request_event(self.base)

    def pull_request_event(self, base):
        with open(self.event, "w") as f:
            json.dump({"action": "opened", "number": 7,
                       "pull_request": {"title": "Add $(touch pwned) `papers`",
                                        "base": {"sha": base, "ref": "main"},
                                        "head": {"ref": "feature; touch pwned"}}}, f)

    def write(self, name, text):
        with open(os.path.join(self.repo, name), "w") as f:
            f.write(text)

    def action(self, cwd=None, event_name="pull_request", workspace=None, extra_env=None,
               argv=(), **inputs):
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("GITHUB_", "INPUT_", "GH_", "RUNNER_"))}
        env.update({"GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": event_name,
                    "GITHUB_EVENT_PATH": self.event, "GITHUB_STEP_SUMMARY": self.summary,
                    "GITHUB_OUTPUT": self.output,
                    "GITHUB_WORKSPACE": workspace or cwd or self.repo,
                    "GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "o/list",
                    "GITHUB_SHA": "0123abc", "GITHUB_RUN_ID": "4242", "GITHUB_RUN_ATTEMPT": "1",
                    "RUNNER_TEMP": self.dir, "AWESOMELINT": BINARY,
                    "INPUT_CHECK_LINKS": "false", "INPUT_FILES": "README.md"})
        env.update(extra_env or {})
        for name, value in inputs.items():
            key = "INPUT_" + name.upper()
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
        result = subprocess.run([sys.executable, SCRIPT, *argv], cwd=cwd or self.repo, env=env,
                                capture_output=True, text=True)
        with open(self.output) as f:
            result.outputs = parse_outputs(f.read())
        open(self.output, "w").close()
        return result

    def annotations(self, stdout):
        """(level, line, rule) of each annotation."""
        return [(m.group(1), int(m.group(2)), m.group(3)) for m in re.finditer(
            r"^::(error|warning|notice) file=[^\n]*?,line=(\d+),[^\n]*?title=([\w-]+)::",
            stdout, re.M)]


class RunActionTest(ActionTestCase):
    def setUp(self):
        super().setUp()
        self.make_repo(OLD, CHANGED)

    def test_a_pull_request_is_judged_on_its_change(self):
        r = self.action()
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertEqual(self.annotations(r.stdout), [("error", 5, "date-format"),
                                                      ("warning", 6, "https")], r.stdout)
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
        git("commit", "-q", "-am", "only a warning", cwd=self.repo)
        passed = self.action(fail_on="error")
        self.assertEqual(passed.returncode, 0, passed.stdout)
        self.assertEqual(passed.outputs["exit-code"], "0")
        self.assertEqual(passed.outputs["warnings"], "1")
        self.assertEqual(self.action(fail_on="warning").returncode, 1)
        bad = self.action(fail_on="sometimes")
        self.assertEqual(bad.returncode, 2)
        self.assertIn("::error title=awesomelint::input fail-on: expected error, warning or "
                      "never, not 'sometimes'", bad.stdout)
        self.assertEqual(bad.outputs["exit-code"], "2")

    def test_a_usage_error_fails_whatever_fail_on_says(self):
        r = self.action(fail_on="never", args="--enable no-such-rule")
        self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
        self.assertEqual(r.outputs["exit-code"], "2")
        self.assertEqual(self.action(check_links="maybe").returncode, 2)
        unbalanced = self.action(args="--exclude 'oops")
        self.assertEqual(unbalanced.returncode, 2)
        self.assertIn("::error title=awesomelint::input args: No closing quotation",
                      unbalanced.stdout)

    def test_the_whole_file_when_not_changed_only_or_not_a_pull_request(self):
        whole = self.action(changed_only="false")
        self.assertEqual(whole.outputs["errors"], "2", whole.stdout)  # the old bad date too
        self.assertIn(("error", 9, "date-format"), self.annotations(whole.stdout))
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
        self.assertFalse(os.path.exists(os.path.join(self.repo, "other.sarif")))

    def test_globs(self):
        os.makedirs(os.path.join(self.repo, "lists", "deep"))
        self.write("lists/deep/more.md", listing(entry("30.02.2024", "Unchanged? No: new")))
        r = self.action(files="README.md\nlists/**/*.md", changed_only="false")
        self.assertEqual(r.outputs["errors"], "3", r.stdout)  # two in README, one new file
        none = self.action(files="docs/*.md")
        self.assertEqual(none.returncode, 2)
        self.assertIn("::error title=awesomelint::input files: 'docs/*.md' matches no file",
                      none.stdout)
        self.assertEqual(none.outputs["exit-code"], "2")

    def test_the_workspace_is_where_files_are_found(self):
        r = self.action(cwd=self.dir, workspace=self.repo, changed_only="false")
        self.assertEqual(r.outputs.get("errors"), "2", r.stdout + r.stderr)

    def test_hostile_names_and_arguments_are_data(self):
        name = "a;touch pwned$(touch pwned2).md"
        self.write(name, listing(entry("31.02.2025", "Odd file")))
        r = self.action(files=f"'{name}'", changed_only="false",
                        args="--exclude '$(touch pwned3)' --disable https")
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("::error file=a;touch pwned$(touch pwned2).md,line=5", r.stdout)
        for planted in ("pwned", "pwned2", "pwned3"):
            self.assertFalse(os.path.exists(os.path.join(self.repo, planted)), planted)

    def test_a_name_cannot_become_a_workflow_command(self):
        # The runner reads "##[name]" anywhere in a line as a command, unless the
        # line is a "::name ...::" command already (as the tool's annotations are).
        def forged(stdout):
            return [line for line in stdout.splitlines()
                    if "##[" in line and not line.startswith("::")]
        name = "x##[error]forged.md"
        self.write(name, listing(entry("31.02.2025", "Odd file")))
        r = self.action(files=f"'{name}'", changed_only="false")
        self.assertEqual(r.outputs["errors"], "1", r.stdout + r.stderr)
        self.assertIn(name, r.stdout)  # in the annotation, where it is harmless
        self.assertEqual(forged(r.stdout), [])
        missing = self.action(files="y##[error]forged.md")
        self.assertEqual(missing.returncode, 2)
        self.assertIn("input files: 'y##%5Berror]forged.md' matches no file", missing.stdout)
        self.assertEqual(forged(missing.stdout), [])

    def test_a_shallow_checkout_fetches_the_base(self):
        clone = os.path.join(self.dir, "clone")
        subprocess.run(["git", "clone", "-q", "--depth", "1", "--branch", "feature",
                        "file://" + self.repo, clone], check=True)
        r = self.action(cwd=clone)
        self.assertEqual(r.outputs.get("errors"), "1", r.stdout + r.stderr)
        self.assertEqual(r.outputs.get("warnings"), "1")

    def test_the_base_branch_moving_on_changes_nothing(self):
        # main gets its own bad entry after the branch point; GitHub checks out the
        # merge of the pull request into main, at depth 1 by default.
        git("checkout", "-q", "main", cwd=self.repo)
        self.write("README.md", listing(OLD + entry("30.11.2023", "Main's own, also bad")
                                        .replace("30.11", "31.11")))
        git("commit", "-q", "-am", "main moves on", cwd=self.repo)
        main_tip = git("rev-parse", "HEAD", cwd=self.repo)
        git("checkout", "-q", "-b", "pull/7/merge", cwd=self.repo)
        git("merge", "-q", "--no-ff", "-m", "merge", "feature", cwd=self.repo)
        self.pull_request_event(main_tip)
        clone = os.path.join(self.dir, "merge-clone")
        subprocess.run(["git", "clone", "-q", "--depth", "1", "--branch", "pull/7/merge",
                        "file://" + self.repo, clone], check=True)
        merged = self.action(cwd=clone)
        self.assertEqual(self.annotations(merged.stdout), [("error", 5, "date-format"),
                                                           ("warning", 6, "https")],
                         merged.stdout + merged.stderr)
        # The pull request's own branch with full history: measured from the merge base.
        git("checkout", "-q", "feature", cwd=self.repo)
        branch = self.action()
        self.assertEqual(self.annotations(branch.stdout), [("error", 5, "date-format"),
                                                           ("warning", 6, "https")],
                         branch.stdout + branch.stderr)

    def test_an_unreachable_base_is_a_clear_error(self):
        self.pull_request_event("f" * 40)
        r = self.action()
        self.assertEqual(r.returncode, 2)
        self.assertIn("::error title=awesomelint::changed-only: cannot fetch the base commit "
                      + "f" * 40, r.stdout)
        with open(self.event, "w") as f:
            json.dump({"pull_request": {"base": {"sha": "--upload-pack=touch pwned"}}}, f)
        odd = self.action()
        self.assertEqual(odd.returncode, 2)
        self.assertIn("is not a commit id", odd.stdout)
        self.assertFalse(os.path.exists(os.path.join(self.repo, "pwned")))

    def test_cache_key(self):
        first = self.action(argv=["cache-key"])
        self.assertEqual(first.returncode, 0, first.stderr)
        key = first.outputs["key"]
        self.assertRegex(key, r"^awesomelint-links-[0-9a-f]{16}-4242-1$")
        lists = key[:-len("4242-1")]
        self.assertEqual(first.outputs["restore-keys"], lists + "\nawesomelint-links-")
        self.write("README.md", listing(OLD))
        self.assertNotEqual(self.action(argv=["cache-key"]).outputs["key"], key)
        self.write("README.md", listing(CHANGED))
        self.assertEqual(self.action(argv=["cache-key"], cwd=self.dir,
                                     workspace=self.repo).outputs["key"], key)
        # A glob matching nothing still gets a key; the run step reports it.
        self.assertRegex(self.action(argv=["cache-key"], files="none/*.md").outputs["key"],
                         r"^awesomelint-links-[0-9a-f]{16}-4242-1$")


class LinkCheckTest(ActionTestCase):
    """check-links: true against a server on 127.0.0.1."""

    def setUp(self):
        super().setUp()
        self.server = LinkServer()
        old = (entry("20.05.2024", "Old alive", self.server.url + "/ok-old")
               + entry("10.05.2024", "Old dead", self.server.url + "/gone-old"))
        new = (entry("25.05.2024", "New dead", self.server.url + "/gone-new")
               + entry("24.05.2024", "New alive", self.server.url + "/ok-new") + old)
        self.make_repo(old, new)
        self.token_env = {"GITHUB_TOKEN": TOKEN}

    def tearDown(self):
        self.server.close()
        super().tearDown()

    def test_only_the_changed_lines_links_are_checked(self):
        r = self.action(check_links="true", extra_env=self.token_env)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertEqual(r.outputs["broken-links"], "1", r.stdout)
        self.assertEqual(r.outputs["errors"], "1")
        self.assertEqual(self.annotations(r.stdout), [("error", 5, "link-check")])
        self.assertEqual([p for p in self.server.paths()], ["/gone-new", "/ok-new"])
        whole = self.action(check_links="true", changed_only="false", fail_on="never",
                            extra_env=self.token_env)
        self.assertEqual(whole.returncode, 0)
        self.assertEqual(whole.outputs["broken-links"], "2", whole.stdout)
        self.assertEqual(whole.outputs["exit-code"], "1")

    def test_the_token_goes_nowhere_but_github(self):
        r = self.action(check_links="true", changed_only="false", extra_env=self.token_env)
        self.assertTrue(self.server.requests)
        for _, path, headers in self.server.requests:
            self.assertNotIn(TOKEN, json.dumps(headers), path)
        with open(self.summary) as f:
            self.assertNotIn(TOKEN, r.stdout + r.stderr + f.read() + json.dumps(r.outputs))

    def test_the_link_cache(self):
        cache_file = os.path.join(self.repo, ".awesomelint-cache.json")
        off = self.action(check_links="true", cache="false")
        self.assertIn("--no-cache", off.stdout)
        self.assertFalse(os.path.exists(cache_file))
        self.action(check_links="true")
        self.assertTrue(os.path.exists(cache_file))
        self.server.requests.clear()
        again = self.action(check_links="true")
        self.assertEqual(again.outputs["broken-links"], "1", again.stdout)
        # Alive verdicts come from the cache; failures are always checked again.
        self.assertEqual(self.server.paths(), ["/gone-new"])


class InstallTest(unittest.TestCase):
    """scripts/action/install.sh picks an awesomelint of its own version (on PATH,
    then the one actions/cache restored) and builds only when there is neither."""

    def setUp(self):
        self.assertTrue(BINARY and os.access(BINARY, os.X_OK),
                        "AWESOMELINT_BIN must name the built awesomelint")
        self.dir = tempfile.mkdtemp(prefix="awesomelint-install-")
        self.github_path = os.path.join(self.dir, "github_path")
        self.on_path = os.path.join(self.dir, "on-path")
        self.prefix = os.path.join(self.dir, "prefix")
        os.makedirs(self.on_path)
        os.makedirs(os.path.join(self.prefix, "bin"))
        open(self.github_path, "w").close()
        # install-deps.sh asks dpkg-query about each package: this one says
        # "installed" (so nothing is ever installed) and notes that it was asked.
        self.asked = os.path.join(self.dir, "dpkg-query-asked")
        self.script(os.path.join(self.on_path, "dpkg-query"),
                    f"echo \"$*\" >>'{self.asked}'\necho 'install ok installed'")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def install(self):
        env = dict(os.environ, GITHUB_PATH=self.github_path, AWESOMELINT_PREFIX=self.prefix,
                   PATH=self.on_path + os.pathsep + os.environ.get("PATH", ""))
        r = subprocess.run(["bash", INSTALL], env=env, capture_output=True, text=True)
        with open(self.github_path) as f:
            return r, f.read().splitlines()

    @staticmethod
    def script(path, body):
        with open(path, "w") as f:
            f.write(f"#!/bin/sh\n{body}\n")
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)

    def packages_were_installed(self):
        return os.path.exists(self.asked)

    def test_one_on_path_at_this_version_is_used(self):
        os.symlink(BINARY, os.path.join(self.on_path, "awesomelint"))
        r, published = self.install()
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(published, [self.on_path])
        self.assertNotIn("building", r.stdout)
        self.assertFalse(self.packages_were_installed())

    def test_another_version_on_path_gives_way_to_the_cached_build(self):
        self.script(os.path.join(self.on_path, "awesomelint"), "echo 'awesomelint 0.0.1'")
        shutil.copy(BINARY, os.path.join(self.prefix, "bin", "awesomelint"))
        r, published = self.install()
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(published, [os.path.join(self.prefix, "bin")])
        self.assertNotIn("building", r.stdout)
        # Its libraries are there (it runs): no package is installed for it.
        self.assertFalse(self.packages_were_installed())


class ActionYmlTest(unittest.TestCase):
    """action.yml passes inputs to its scripts through env: only; the workflows put
    nothing a pull request controls into a script."""
    UNTRUSTED = re.compile(r"\$\{\{[^}]*\b(github\.event|github\.head_ref|inputs)\b")

    @staticmethod
    def scripts(document):
        """(job or action, step name, script) of every run: step."""
        jobs = {"action": document.get("runs", {})}
        jobs.update(document.get("jobs") or {})
        return [(job, step.get("name", step["run"][:30]), step["run"])
                for job, body in jobs.items() for step in (body.get("steps") or [])
                if "run" in step]

    def action(self):
        with open(os.path.join(SOURCE, "action.yml")) as f:
            return yaml.safe_load(f)

    def test_no_expression_inside_a_script(self):
        scripts = self.scripts(self.action())
        self.assertGreaterEqual(len(scripts), 4)
        for _, name, script in scripts:
            self.assertNotIn("${{", script, name)

    def test_the_check_sees_an_expression_in_a_script(self):
        planted = yaml.safe_load("runs:\n  using: composite\n  steps:\n"
                                 "    - shell: bash\n      run: |\n        echo ok\n"
                                 "        ls ${{ inputs.files }}\n")
        [(_, _, script)] = self.scripts(planted)
        self.assertIn("${{", script)
        self.assertRegex(script, self.UNTRUSTED)

    def test_workflows_keep_untrusted_values_out_of_scripts(self):
        workflows = os.path.join(SOURCE, ".github", "workflows")
        names = sorted(n for n in os.listdir(workflows) if n.endswith((".yml", ".yaml"))) \
            if os.path.isdir(workflows) else []
        for name in names:
            with open(os.path.join(workflows, name)) as f:
                for job, step, script in self.scripts(yaml.safe_load(f)):
                    self.assertNotRegex(script, self.UNTRUSTED, f"{name}: {job}: {step}")

    def test_every_input_reaches_the_script_and_the_token_only_the_tool(self):
        action = self.action()
        self.assertEqual(set(action["inputs"]), {"files", "changed-only", "check-links",
                                                 "github-token", "fail-on", "cache",
                                                 "sarif-file", "args"})
        steps = action["runs"]["steps"]
        text = yaml.safe_dump(steps)
        for name in action["inputs"]:
            self.assertRegex(text, r"inputs\." + re.escape(name) + r"\b", name)
        uses_token = [(step.get("id"), key) for step in steps
                      for key, value in (step.get("env") or {}).items()
                      if "inputs.github-token" in str(value)]
        self.assertEqual(uses_token, [("run", "GITHUB_TOKEN")])
        self.assertEqual(text.count("inputs.github-token"), 1)
        run = next(step for step in steps if step.get("id") == "run")
        for name in action["inputs"]:
            if name != "github-token":
                variable = "INPUT_" + name.upper().replace("-", "_")
                self.assertEqual(run["env"].get(variable), f"${{{{ inputs.{name} }}}}", variable)
        self.assertEqual(set(action["outputs"]), {"errors", "warnings", "broken-links",
                                                  "exit-code", "sarif-file"})


if __name__ == "__main__":
    unittest.main()
