"""Installation as a user or a distribution does it: `cmake --install` into a
staging prefix (the binary, its man page, the rule pages), the installed binary
answering --version, and `cpack -G DEB` making a .deb whose metadata and contents
are right. Run by ctest with BUILD_DIR set to the build tree."""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("BUILD_DIR", "")


def project_version():
    with open(os.path.join(SOURCE, "CMakeLists.txt")) as f:
        return re.search(r"project\(awesomelint VERSION ([0-9.]+)", f.read()).group(1)


class InstallTest(unittest.TestCase):
    def setUp(self):
        self.assertTrue(BUILD and os.path.isfile(os.path.join(BUILD, "CPackConfig.cmake")),
                        "BUILD_DIR must name a configured build tree")
        self.dir = tempfile.mkdtemp(prefix="awesomelint-install-")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_cmake_install(self):
        prefix = os.path.join(self.dir, "usr")
        subprocess.run(["cmake", "--install", BUILD, "--prefix", prefix], check=True,
                       capture_output=True)
        for path in ("bin/awesomelint", "share/man/man1/awesomelint.1",
                     "share/doc/awesomelint/README.md",
                     "share/doc/awesomelint/rules/date-format.md",
                     "share/doc/awesomelint/rules/link-check.md"):
            self.assertTrue(os.path.isfile(os.path.join(prefix, path)), path)
        version = subprocess.run([os.path.join(prefix, "bin", "awesomelint"), "--version"],
                                 check=True, capture_output=True, text=True).stdout.strip()
        self.assertEqual(version, "awesomelint " + project_version())
        with open(os.path.join(prefix, "share/man/man1/awesomelint.1")) as f:
            man = f.read()
        for option in ("changed\\-since", "report", "offline", "remap", "EXIT STATUS"):
            self.assertIn(option, man)

    def test_debian_package(self):
        self.assertTrue(shutil.which("dpkg-deb"), "dpkg-deb is missing")
        out = os.path.join(self.dir, "packages")
        subprocess.run(["cpack", "-G", "DEB", "--config", os.path.join(BUILD, "CPackConfig.cmake"),
                        "-B", out], check=True, capture_output=True, cwd=self.dir)
        debs = [f for f in os.listdir(out) if f.endswith(".deb")]
        self.assertEqual(len(debs), 1, os.listdir(out))
        deb = os.path.join(out, debs[0])
        field = lambda name: subprocess.run(["dpkg-deb", "-f", deb, name], check=True,
                                            capture_output=True, text=True).stdout.strip()
        self.assertEqual(field("Package"), "awesomelint")
        self.assertEqual(field("Version"), project_version())
        self.assertEqual(field("Section"), "devel")
        depends = field("Depends")
        for library in ("libcurl4", "libcmark-gfm", "libre2", "libfmt"):
            self.assertIn(library, depends)
        contents = subprocess.run(["dpkg-deb", "-c", deb], check=True, capture_output=True,
                                  text=True).stdout
        for path in ("./usr/bin/awesomelint", "./usr/share/man/man1/awesomelint.1",
                     "./usr/share/doc/awesomelint/rules/date-format.md"):
            self.assertIn(path, contents)


if __name__ == "__main__":
    unittest.main()
