"""Installation as a user or a distribution does it. Run by ctest with BUILD_DIR set
to the build tree:

  InstallTest  `cmake --install` into a temporary DESTDIR: the binary, its man page
               (which documents every option of --help), the rule pages and the
               README, and the installed binary answering --version.
  DebTest      `cpack -G DEB` (registered only where dpkg-deb exists): the .deb's
               control fields (`dpkg-deb -I`), its Depends on the runtime libraries,
               its contents (`dpkg-deb -c`), and its binary, unpacked, answering
               --version.
"""
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


def cache_value(name):
    with open(os.path.join(BUILD, "CMakeCache.txt")) as f:
        return re.search(rf"^{name}:[A-Z]+=(.*)$", f.read(), re.M).group(1)


def help_options(binary):
    """The long options --help lists."""
    text = subprocess.run([binary, "--help"], check=True, capture_output=True,
                          text=True).stdout
    return set(re.findall(r"^\s+(?:-\w,)?(--[a-z][a-z-]*)", text, re.M))


def man_options(path):
    """The long options the man page has a paragraph for (the line after .TP)."""
    with open(path) as f:
        lines = f.read().splitlines()
    options = set()
    for tag, line in zip(lines, lines[1:]):
        if tag == ".TP":
            plain = re.sub(r"\\f[BIRP]", "", line).replace("\\-", "-")
            options.update(re.findall(r"(?:^|,)(--[a-z][a-z-]*)", plain))
    return options


class BuildTreeTest(unittest.TestCase):
    def setUp(self):
        self.assertTrue(BUILD and os.path.isfile(os.path.join(BUILD, "CPackConfig.cmake")),
                        "BUILD_DIR must name a configured build tree")
        self.dir = tempfile.mkdtemp(prefix="awesomelint-install-")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def assertVersion(self, binary):
        r = subprocess.run([binary, "--version"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.strip(), "awesomelint " + project_version())


class InstallTest(BuildTreeTest):
    def test_cmake_install(self):
        destdir = os.path.join(self.dir, "destdir")
        r = subprocess.run(["cmake", "--install", BUILD], env=dict(os.environ, DESTDIR=destdir),
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        prefix = destdir + cache_value("CMAKE_INSTALL_PREFIX")
        rules = sorted(f for f in os.listdir(os.path.join(SOURCE, "docs", "rules")))
        self.assertIn("date-format.md", rules)
        for path in (["bin/awesomelint", "share/man/man1/awesomelint.1",
                      "share/doc/awesomelint/README.md", "share/awesomelint/awesomelint.schema.json"] +
                     [f"share/doc/awesomelint/rules/{page}" for page in rules]):
            self.assertTrue(os.path.isfile(os.path.join(prefix, path)), path)
        # Nothing but these lands outside the prefix.
        self.assertEqual(os.listdir(destdir), [cache_value("CMAKE_INSTALL_PREFIX").split("/")[1]])

        binary = os.path.join(prefix, "bin", "awesomelint")
        self.assertTrue(os.access(binary, os.X_OK))
        self.assertVersion(binary)

        man = os.path.join(prefix, "share/man/man1/awesomelint.1")
        with open(man) as f:
            text = f.read()
        self.assertTrue(text.startswith(".\\\"") or text.startswith(".TH"), text[:200])
        self.assertRegex(text, r'\.TH AWESOMELINT "1"')
        for section in ("NAME", "SYNOPSIS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES"):
            self.assertRegex(text, rf"\.SH \"?{section}\"?\n", section)
        # Every option of --help has a paragraph of its own (help2man reads --help).
        documented = man_options(man)
        listed = help_options(binary)
        self.assertGreater(len(listed), 25)
        self.assertEqual(sorted(listed - documented), [])
        self.assertNotIn("INT:INT", text)


class DebTest(BuildTreeTest):
    def test_debian_package(self):
        out = os.path.join(self.dir, "packages")
        r = subprocess.run(["cpack", "-G", "DEB", "--config",
                            os.path.join(BUILD, "CPackConfig.cmake"), "-B", out],
                           capture_output=True, text=True, cwd=self.dir)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        debs = [f for f in os.listdir(out) if f.endswith(".deb")]
        self.assertEqual(len(debs), 1, os.listdir(out))
        deb = os.path.join(out, debs[0])
        arch = subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                              text=True).stdout.strip()
        self.assertEqual(debs[0], f"awesomelint_{project_version()}_{arch}.deb")

        info = subprocess.run(["dpkg-deb", "-I", deb], check=True, capture_output=True,
                              text=True).stdout
        fields = dict(re.findall(r"^ ([A-Z][A-Za-z-]+): (.*)$", info, re.M))
        self.assertEqual(fields.get("Package"), "awesomelint")
        self.assertEqual(fields.get("Version"), project_version())
        self.assertEqual(fields.get("Architecture"), arch)
        self.assertEqual(fields.get("Section"), "devel")
        self.assertRegex(fields.get("Maintainer", ""), r"^[^<>]+ <[^@<>]+@[^@<>]+>$")
        self.assertIn("awesome lists", fields.get("Description", ""))
        self.assertEqual(fields.get("Homepage"), "https://github.com/awesomelint/awesomelint")
        depends = [d.strip().split(" ")[0] for d in fields.get("Depends", "").split(",")]
        for library in ("libc6", "libstdc++6", "libcurl4", "libcmark-gfm0", "libre2-", "libfmt"):
            self.assertTrue(any(d.startswith(library) for d in depends), (library, depends))
        self.assertFalse([d for d in depends if d.endswith("-dev")], depends)
        if is_debian_12():
            # Here dpkg-shlibdeps names Debian 12's packages: CMakeLists.txt's list for
            # machines without it must say the same.
            with open(os.path.join(SOURCE, "CMakeLists.txt")) as f:
                fallback = re.search(r'CPACK_DEBIAN_PACKAGE_DEPENDS\s+"([^"]+)"', f.read()).group(1)
            built = [d for d in depends if not re.match(r"lib(asan|ubsan)", d)]  # sanitizers
            self.assertEqual(sorted(d.strip() for d in fallback.split(",")), sorted(built))

        contents = subprocess.run(["dpkg-deb", "-c", deb], check=True, capture_output=True,
                                  text=True).stdout
        for path in ("./usr/bin/awesomelint", "./usr/share/man/man1/awesomelint.1",
                     "./usr/share/awesomelint/awesomelint.schema.json",
                     "./usr/share/doc/awesomelint/README.md",
                     "./usr/share/doc/awesomelint/rules/date-format.md"):
            self.assertRegex(contents, rf"\s{re.escape(path)}\n", path)
        self.assertRegex(contents, r"-rwxr-xr-x root/root .* \./usr/bin/awesomelint\n")

        root = os.path.join(self.dir, "unpacked")
        subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
        self.assertVersion(os.path.join(root, "usr", "bin", "awesomelint"))


def is_debian_12():
    try:
        with open("/etc/os-release") as f:
            text = f.read()
    except OSError:
        return False
    return re.search(r"^ID=debian$", text, re.M) and re.search(r'^VERSION_ID="12"$', text, re.M)


if __name__ == "__main__":
    unittest.main()
