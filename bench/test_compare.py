#!/usr/bin/env python3
"""Tests of compare.py with two fake compilers (no rustc, no rac, no timing assertions).

A fake compiler `fakec [-O] SRC -o OUT` writes OUT as a shell script that prints the lines of
SRC that start with `// OUT: `. Markers in SRC change its behaviour:
  `// ERROR: msg`   the compile fails with `error[E0425]: msg` (and a location line after it);
  `// RAC-DIFFERS`  the fake rac's executable prints one extra line;
  `// EXIT: n`      the executable exits with code n.

    python3 bench/test_compare.py
"""

import contextlib
import io
import json
import os
import stat
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402

FAKE = r'''#!/usr/bin/env python3
import sys
IS_RAC = %(is_rac)r
if sys.argv[1:] == ["--version"]:
    print("fake " + ("rac" if IS_RAC else "rustc") + " 1.0")
    sys.exit(0)
args = [a for a in sys.argv[1:] if a not in ("-O", "-Z", "time-passes")]
if IS_RAC and "time-passes" in sys.argv:
    sys.stderr.write("time:    0.250; rss:   41MB ->   47MB (   +6MB)\tparse_crate\n")
    sys.stderr.write("time:    0.500; rss:   47MB ->   49MB (   +2MB)\tcodegen_crate\n")
src, out = args[0], args[args.index("-o") + 1]
lines = open(src).read().splitlines()
for l in lines:
    if l.startswith("// ERROR: "):
        if IS_RAC:
            sys.stderr.write("error[E0425]: " + l[len("// ERROR: "):] + "\n --> " + src + ":1:1\n")
            sys.exit(1)
body = ["#!/bin/sh"]
for l in lines:
    if l.startswith("// OUT: "):
        body.append("echo '" + l[len("// OUT: "):] + "'")
    if l == "// ECHO-ARGS":
        body.append('echo "args: $*"')
    if l == "// RAC-DIFFERS" and IS_RAC:
        body.append("echo 'extra line'")
code = 0
for l in lines:
    if l.startswith("// EXIT: "):
        code = int(l[len("// EXIT: "):])
body.append("exit %%d" %% code)
with open(out, "w") as f:
    f.write("\n".join(body) + "\n")
import os
os.chmod(out, 0o755)
'''


def write(path, text, exe=False):
    with open(path, "w") as f:
        f.write(text)
    if exe:
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)


class CompareTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        t = self.tmp.name
        self.rac = os.path.join(t, "fakerac")
        self.rustc = os.path.join(t, "fakerustc")
        write(self.rac, FAKE % {"is_rac": True}, exe=True)
        write(self.rustc, FAKE % {"is_rac": False}, exe=True)
        run_dir, compile_dir = os.path.join(t, "programs"), os.path.join(t, "compile")
        os.makedirs(run_dir)
        os.makedirs(compile_dir)
        write(os.path.join(run_dir, "good.rs"), "// OUT: checksum 42\nfn main() {}\n")
        write(os.path.join(run_dir, "sized.rs"), "// bench-debug-args: 7 8   (smaller)\n// ECHO-ARGS\nfn main() {}\n")
        write(os.path.join(run_dir, "broken.rs"), "// ERROR: cannot find value `x` in this scope\n")
        write(os.path.join(run_dir, "differs.rs"), "// OUT: a\n// RAC-DIFFERS\n")
        write(os.path.join(run_dir, "exits.rs"), "// OUT: a\n// EXIT: 3\n")
        write(os.path.join(compile_dir, "hello.rs"), "// OUT: Hello, world!\n")
        self.saved_sets = compare.SETS
        compare.SETS = {"run": (run_dir, True), "compile": (compile_dir, False)}

    def tearDown(self):
        compare.SETS = self.saved_sets
        self.tmp.cleanup()

    def run_compare(self, *extra):
        out_json = os.path.join(self.tmp.name, "out.json")
        argv = ["--rac", self.rac, "--rustc", self.rustc, "--runs", "2", "--json", out_json, *extra]
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = compare.main(argv)
        with open(out_json) as f:
            data = json.load(f)
        return code, stdout.getvalue(), {r["name"]: r for r in data["results"]}, data

    def test_full_run_reports_each_program(self):
        code, table, results, data = self.run_compare()
        self.assertEqual(code, 0)
        self.assertEqual(sorted(results), ["broken", "differs", "exits", "good", "hello", "sized"])
        good = results["good"]
        self.assertEqual(good["status"], "ok")
        self.assertEqual(len(good["compile"]["rac"]), 2)
        self.assertEqual(len(good["compile"]["rustc"]), 2)
        self.assertEqual(len(good["run"]["rac"]), 2)
        self.assertIsNotNone(good["compile_ratio"])
        self.assertIsNotNone(good["run_ratio"])
        self.assertEqual(good["last_line"], "checksum 42")
        # Compile-set programs are checked but their runs are not timed.
        self.assertEqual(results["hello"]["status"], "ok")
        self.assertEqual(results["hello"]["run"]["rac"], [])
        self.assertIsNone(results["hello"]["run_ratio"])
        self.assertEqual(results["hello"]["note"], "same output (run not timed)")
        self.assertEqual(results["good"]["note"], "")
        # A compile error is reported with its first error line and does not stop the run.
        self.assertEqual(results["broken"]["status"], "rac-compile-error")
        self.assertEqual(results["broken"]["note"], "rac: compile error: [E0425] cannot find value `x` in this scope")
        self.assertIn("rac: compile error: [E0425] cannot find value `x` in this scope", table)
        # Different output is a mismatch, not a time.
        self.assertEqual(results["differs"]["status"], "mismatch")
        self.assertIn("line 2: rac 'extra line' vs rustc '<end of output>'", results["differs"]["note"])
        self.assertEqual(results["differs"]["run"]["rac"], [])
        # Same non-zero exit code on both sides is fine.
        self.assertEqual(results["exits"]["status"], "ok")
        self.assertIn("geometric mean of ratios", table)
        self.assertIn("the same by cpu time: compile", table)
        self.assertIsNotNone(good["ratios"]["cpu"]["run"])
        self.assertIn("load average at start", table)
        self.assertEqual(len(data["meta"]["load_start"]), 3)

    def test_only_and_compile_only(self):
        _, _, results, _ = self.run_compare("--only", "go*,hello", "--compile-only")
        self.assertEqual(sorted(results), ["good", "hello"])
        self.assertEqual(len(results["good"]["compile"]["rustc"]), 2)
        self.assertEqual(results["good"]["run"]["rustc"], [])
        self.assertIsNone(results["good"]["run_ratio"])

    def test_run_only_and_opt(self):
        _, table, results, data = self.run_compare("--only", "good", "--run-only", "--opt")
        self.assertEqual(results["good"]["compile"]["rac"], [])
        self.assertEqual(len(results["good"]["run"]["rac"]), 2)
        self.assertTrue(data["meta"]["opt"])
        self.assertIn("-O", table)

    def test_debug_args_opt_and_explicit_args(self):
        _, _, debug, _ = self.run_compare("--only", "sized", "--run-only", "--runs", "1")
        self.assertEqual(debug["sized"]["args"], ["7", "8"])
        self.assertEqual(debug["sized"]["last_line"], "args: 7 8")
        _, _, opt, _ = self.run_compare("--only", "sized", "--run-only", "--runs", "1", "--opt")
        self.assertEqual(opt["sized"]["last_line"], "args: ")
        _, _, given, _ = self.run_compare("--only", "sized", "--run-only", "--runs", "1", "--arg", "5")
        self.assertEqual(given["sized"]["last_line"], "args: 5")

    def test_passes(self):
        _, table, results, _ = self.run_compare("--only", "good", "--compile-only", "--passes")
        passes = results["good"]["passes"]
        self.assertEqual(list(passes), ["parse_crate", "codegen_crate", "(outside passes)"])
        self.assertEqual(passes["parse_crate"], 0.25)
        self.assertEqual(passes["codegen_crate"], 0.5)
        self.assertIn("rac -Z time-passes, median seconds per pass:", table)
        self.assertIn("parse_crate  codegen_crate  (outside passes)", table)

    def test_parse_time_passes(self):
        err = (b"time:    0.031; rss:   41MB ->   41MB (   +0MB)\tparse_crate\n"
               b"warning: unrelated\n"
               b"time:    2.414; rss:   50MB ->  116MB (  +66MB)\tLLVM_passes\n"
               b"time:    0.010; rss:   50MB ->   50MB (   +0MB)\tparse_crate\n")
        passes = compare.parse_time_passes(err)
        self.assertEqual(list(passes), ["parse_crate", "LLVM_passes"])
        self.assertAlmostEqual(passes["parse_crate"], 0.041)
        self.assertAlmostEqual(passes["LLVM_passes"], 2.414)

    def test_interleaving_alternates_who_goes_first(self):
        self.assertEqual(list(compare.interleaved(4, "a", "b")), [("a", "b"), ("b", "a"), ("a", "b"), ("b", "a")])

    def test_geomean_ignores_missing(self):
        self.assertAlmostEqual(compare.geomean([2.0, 8.0, None]), 4.0)
        self.assertIsNone(compare.geomean([None]))

    def test_first_error_line(self):
        self.assertEqual(compare.first_error_line(b"warning: x\nerror: bad thing\n --> a.rs:1:1\n"), "bad thing")
        self.assertEqual(compare.first_error_line(b"\nsomething odd\n"), "something odd")
        self.assertEqual(compare.first_error_line(b""), "(no output)")


if __name__ == "__main__":
    unittest.main()
