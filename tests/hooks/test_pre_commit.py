"""The pre-commit hooks as a user runs them: `pre-commit try-repo <this repository>
awesomelint --files README.md` in a git repository of their own, passing on a
clean list and failing on one with a planted fault. AWESOMELINT_BIN points the
hook at the binary ctest built, so the test does not rebuild it (the hook's own
first-run build is verified by hand; see README). Offline: the hooks run with
language: script, which installs nothing."""
import os
import shutil
import subprocess
import tempfile
import unittest

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(SOURCE, "tests", "fixtures")
BINARY = os.environ.get("AWESOMELINT_BIN", "")


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

    def try_repo(self, fixture, hook="awesomelint"):
        shutil.copy(os.path.join(FIXTURES, fixture), os.path.join(self.repo, "README.md"))
        env = dict(os.environ, AWESOMELINT_BIN=BINARY,
                   PRE_COMMIT_HOME=os.path.join(self.dir, "pre-commit-home"),
                   GIT_AUTHOR_NAME="test", GIT_AUTHOR_EMAIL="t@example.org",
                   GIT_COMMITTER_NAME="test", GIT_COMMITTER_EMAIL="t@example.org")
        return subprocess.run(["pre-commit", "try-repo", SOURCE, hook, "--files", "README.md",
                               "--verbose"], cwd=self.repo, env=env, capture_output=True,
                              text=True)

    def test_a_clean_list_passes(self):
        r = self.try_repo("research-list.md")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertRegex(r.stdout, r"awesomelint\.+Passed")

    def test_a_planted_fault_fails_with_its_line(self):
        r = self.try_repo("planted-faults.md")
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertRegex(r.stdout, r"awesomelint\.+Failed")
        self.assertIn("README.md:", r.stdout)
        self.assertIn("date-format", r.stdout)


if __name__ == "__main__":
    unittest.main()
