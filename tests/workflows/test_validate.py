"""action.yml, .pre-commit-hooks.yaml and the workflows are valid: yamllint (with
the repository's .yamllint) and action-validator (@action-validator/cli from npm,
installed by scripts/install-deps.sh) on each. A missing tool fails the test."""
import glob
import os
import shutil
import subprocess
import unittest

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOOLS = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
                     "awesomelint-tools")


def action_validator():
    return os.environ.get("ACTION_VALIDATOR") or os.path.join(
        TOOLS, "node_modules", ".bin", "action-validator")


class ValidateTest(unittest.TestCase):
    workflows = sorted(glob.glob(os.path.join(SOURCE, ".github", "workflows", "*.yml")))

    def test_there_is_something_to_validate(self):
        self.assertTrue(os.path.isfile(os.path.join(SOURCE, "action.yml")))
        self.assertGreaterEqual(len(self.workflows), 1)

    def test_yamllint(self):
        self.assertTrue(shutil.which("yamllint"), "yamllint is missing: scripts/install-deps.sh")
        files = [os.path.join(SOURCE, f) for f in ("action.yml", ".pre-commit-hooks.yaml",
                                                   ".yamllint")] + self.workflows
        r = subprocess.run(["yamllint", "--strict", "-c", os.path.join(SOURCE, ".yamllint"),
                            *files], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)

    def test_action_validator(self):
        tool = action_validator()
        self.assertTrue(os.access(tool, os.X_OK),
                        f"{tool} is missing: scripts/install-deps.sh installs it")
        for path in [os.path.join(SOURCE, "action.yml")] + self.workflows:
            r = subprocess.run([tool, path], capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, f"{path}:\n{r.stdout}{r.stderr}")

    def test_action_validator_catches_a_broken_action(self):
        # The validator really validates: a composite action without steps is refused.
        broken = os.path.join(os.environ.get("TMPDIR", "/tmp"),
                              f"awesomelint-broken-action-{os.getpid()}.yml")
        with open(broken, "w") as f:
            f.write("name: x\ndescription: y\nruns:\n  using: composite\n  stepz: []\n")
        try:
            r = subprocess.run([action_validator(), broken], capture_output=True, text=True)
            self.assertNotEqual(r.returncode, 0)
        finally:
            os.remove(broken)


if __name__ == "__main__":
    unittest.main()
