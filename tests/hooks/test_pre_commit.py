"""The pre-commit hooks as a user runs them: `pre-commit try-repo <this repository>
HOOK --files README.md` in a git repository of their own. AWESOMELINT_BIN points
the hook at the binary ctest built, so the test does not rebuild it (the hook's own
first-run build is verified by hand). No network: the hooks use language: script,
which installs nothing, and the one link checked is served on 127.0.0.1.

  awesomelint        passes on a clean list, fails on one with a planted fault,
                     and never checks links
  awesomelint-links  fails on a list whose link is broken
  without AWESOMELINT_BIN and without the build's libraries, the hook fails at
  once and names scripts/install-deps.sh
"""
import http.server
import os
import shutil
import subprocess
import tempfile
import threading
import unittest

import yaml

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(SOURCE, "tests", "fixtures")
BINARY = os.environ.get("AWESOMELINT_BIN", "")


class Server(http.server.BaseHTTPRequestHandler):
    """200 for /alive, 404 for anything else."""

    def do_HEAD(self):
        self.send_response(200 if self.path == "/alive" else 404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_HEAD

    def log_message(self, *args):
        pass


class PreCommitHookTest(unittest.TestCase):
    def setUp(self):
        self.assertTrue(BINARY and os.access(BINARY, os.X_OK),
                        "AWESOMELINT_BIN must name the built awesomelint")
        self.assertTrue(shutil.which("pre-commit"), "pre-commit is not installed "
                        "(scripts/install-deps.sh installs it)")
        self.dir = tempfile.mkdtemp(prefix="awesomelint-hook-")
        self.repo = os.path.join(self.dir, "list")
        os.makedirs(self.repo)
        subprocess.run(["git", "init", "-q", self.repo], check=True)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def try_repo(self, hook="awesomelint", fixture=None, text=None, **env):
        readme = os.path.join(self.repo, "README.md")
        if fixture:
            shutil.copy(os.path.join(FIXTURES, fixture), readme)
        else:
            with open(readme, "w") as f:
                f.write(text)
        env = {**os.environ, "AWESOMELINT_BIN": BINARY,
               "PRE_COMMIT_HOME": os.path.join(self.dir, "pre-commit-home"),
               "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "t@example.org",
               "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "t@example.org", **env}
        return subprocess.run(["pre-commit", "try-repo", SOURCE, hook, "--files", "README.md",
                               "--verbose"], cwd=self.repo, env=env, capture_output=True,
                              text=True, timeout=300)

    def test_the_hooks_are_declared(self):
        with open(os.path.join(SOURCE, ".pre-commit-hooks.yaml")) as f:
            hooks = {hook["id"]: hook for hook in yaml.safe_load(f)}
        self.assertEqual(sorted(hooks), ["awesomelint", "awesomelint-fix", "awesomelint-links"])
        for hook in hooks.values():
            self.assertEqual(hook["language"], "script")
            self.assertEqual(hook["types"], ["markdown"])
            self.assertTrue(hook["entry"].startswith("scripts/pre-commit-hook"))
        self.assertIn("--offline", hooks["awesomelint"]["entry"].split())
        self.assertNotIn("--offline", hooks["awesomelint-links"]["entry"].split())
        self.assertEqual(hooks["awesomelint-fix"]["entry"].split()[1:], ["--offline", "--fix"])
        self.assertTrue(os.access(os.path.join(SOURCE, "scripts", "pre-commit-hook"), os.X_OK))

    def test_a_clean_list_passes(self):
        r = self.try_repo(fixture="research-list.md")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertRegex(r.stdout, r"awesomelint\.+Passed")

    def test_a_planted_fault_fails_with_its_line(self):
        r = self.try_repo(fixture="planted-faults.md")
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertRegex(r.stdout, r"awesomelint\.+Failed")
        self.assertIn("README.md:", r.stdout)
        self.assertIn("date-format", r.stdout)
        self.assertIn("Impossible date '31.06.2024'", r.stdout)

    def test_the_fix_hook_fixes_the_list_and_stops_the_commit(self):
        text = ("# List\n\n- [28.02.2024] **Pathologgy**: [a](https://arxiv.org/abs/2401.00001)\n"
                "- [27.02.2024] **Pathology**: [b](https://arxiv.org/abs/2401.00002)\n"
                "- [26.02.2024] **Pathology**: [c](https://arxiv.org/abs/2401.00003)\n"
                "- [25.02.2024] **Pathology**: [d](https://arxiv.org/abs/2401.00004)\n")
        with open(os.path.join(self.repo, "README.md"), "w") as f:
            f.write(text)
        subprocess.run(["git", "add", "README.md"], cwd=self.repo, check=True)  # as a commit would
        r = self.try_repo("awesomelint-fix", text=text)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("files were modified by this hook", r.stdout)
        with open(os.path.join(self.repo, "README.md")) as f:
            self.assertEqual(f.read(), text.replace("Pathologgy", "Pathology"))
        again = self.try_repo("awesomelint-fix", text=text.replace("Pathologgy", "Pathology"))
        self.assertEqual(again.returncode, 0, again.stdout + again.stderr)

    def test_only_the_links_hook_checks_links(self):
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Server)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            base = f"http://127.0.0.1:{server.server_address[1]}"
            text = (f"# List\n\n- [Alive]({base}/alive) - A page that is there.\n"
                    f"- [Gone]({base}/gone) - A page that is not.\n")
            offline = self.try_repo("awesomelint", text=text)
            self.assertEqual(offline.returncode, 0, offline.stdout + offline.stderr)
            links = self.try_repo("awesomelint-links", text=text)
            self.assertEqual(links.returncode, 1, links.stdout + links.stderr)
            self.assertRegex(links.stdout, r"awesomelint \(with links\)\.+Failed")
            self.assertRegex(links.stdout, r"README\.md:4:\d+ error .*\[link-check\]")
        finally:
            server.shutdown()
            server.server_close()

    def test_without_a_binary_or_the_libraries_it_names_install_deps(self):
        # No AWESOMELINT_BIN, an empty cache, and pkg-config finding no library: the
        # hook must not try a build that cannot work.
        empty = os.path.join(self.dir, "no-pkgconfig")
        os.makedirs(empty)
        cache = os.path.join(self.dir, "cache")
        r = self.try_repo(fixture="research-list.md", AWESOMELINT_BIN="", XDG_CACHE_HOME=cache,
                          PKG_CONFIG_LIBDIR=empty, PKG_CONFIG_PATH="")
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertRegex(r.stdout, r"awesomelint\.+Failed")
        self.assertIn("exit code: 2", r.stdout)
        self.assertIn("scripts/install-deps.sh --build", r.stdout)
        self.assertIn("libcmark-gfm", r.stdout)
        self.assertFalse(os.path.exists(os.path.join(cache, "awesomelint")))


if __name__ == "__main__":
    unittest.main()
