#!/usr/bin/env python3
"""Side-by-side benchmark of rac and rustc: compile time and run time, in the same run.

For every program in bench/programs/ (run-time set) and bench/compile/ (compile-time set):

  1. compile it once with each compiler, untimed (warm-up; also finds compile errors and
     builds the executables checked below). A program rac cannot compile is reported as
     "rac: compile error: <first error line>" and the run goes on;
  2. time N compiles with each compiler, interleaved (rac, rustc, rustc, rac, ...) so that
     a change in machine load hits both sides alike;
  3. run both executables once and compare stdout and exit code; a difference is reported
     instead of a time;
  4. (run-time set only) time N runs of each executable, interleaved the same way.

Medians are reported, and the ratio rac/rustc (above 1: rac is slower). The geometric mean
of the ratios is printed per column. Standard library only.

    python3 bench/compare.py --rac /path/to/rac --runs 5 --opt
"""

import argparse
import fnmatch
import json
import math
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = {
    # set name -> (directory, whether executables are timed)
    "run": (os.path.join(HERE, "programs"), True),
    "compile": (os.path.join(HERE, "compile"), False),
}


# ---------------------------------------------------------------------------------------------
# Measuring one process


class Sample:
    """One timed process: wall-clock seconds, CPU seconds (user+sys of it and its children),
    exit code, and its captured output."""

    def __init__(self, wall, cpu, code, stdout, stderr):
        self.wall, self.cpu, self.code, self.stdout, self.stderr = wall, cpu, code, stdout, stderr


def measure(argv, cwd, timeout, env=None):
    """Runs argv to completion and returns a Sample. CPU time comes from the difference of
    RUSAGE_CHILDREN around the wait, which covers grandchildren (rac's linker, rustc's cc)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        try:
            code = proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            code = "timeout"
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Sample(wall, cpu, code, stdout, stderr)


# ---------------------------------------------------------------------------------------------
# Compilers. Each knows how to build the command line that turns SRC into the executable OUT.
# A warm rac (a resident daemon answering compile requests) would be one more class here with
# RacCold's interface (compile, time_passes, version), selected by --rac-mode warm.


class Compiler:
    """A compiler under test: a display name and a way to compile one file."""

    name = "?"

    def command(self, src, out, opt):
        raise NotImplementedError

    def compile(self, src, out, opt, cwd, timeout):
        return measure(self.command(src, out, opt), cwd, timeout)

    def version(self):
        return "?"


class Rustc(Compiler):
    """rustc, the reference: `rustc [-O] SRC -o OUT`."""

    name = "rustc"

    def __init__(self, path):
        self.path = path

    def command(self, src, out, opt):
        return [self.path] + (["-O"] if opt else []) + [src, "-o", out]

    def version(self):
        return first_line(subprocess.run([self.path, "--version"], capture_output=True).stdout)


class RacCold(Compiler):
    """rac started afresh for every compile (a new JVM each time): `rac [-O] SRC -o OUT`.

    The launcher rebuilds rac when its sources are newer than the jar; version() is called
    first and may do that, but every compile runs with RAC_NO_BUILD=1 so that a commit landing
    in the middle of a benchmark cannot put a Maven build inside a timing."""

    name = "rac"

    def __init__(self, path):
        self.path = path
        self.env = dict(os.environ, RAC_NO_BUILD="1")

    def command(self, src, out, opt):
        return [self.path] + (["-O"] if opt else []) + [src, "-o", out]

    def compile(self, src, out, opt, cwd, timeout):
        return measure(self.command(src, out, opt), cwd, timeout, env=self.env)

    def time_passes(self, src, out, opt, cwd, timeout):
        """One compile with `-Z time-passes`: (Sample, {pass: seconds})."""
        s = measure(self.command(src, out, opt) + ["-Z", "time-passes"], cwd, timeout, env=self.env)
        return s, parse_time_passes(s.stderr)

    def version(self):
        """`rac --version`, letting the launcher rebuild rac first if its sources changed. If that
        fails (a rebuild of a broken tree), says so on stderr and asks the existing build."""
        r = subprocess.run([self.path, "--version"], capture_output=True)
        if r.returncode == 0:
            return first_line(r.stdout)
        self.build_warning = "rac --version failed (" + last_line(r.stderr) + "); timing the existing build"
        print("warning: " + self.build_warning, file=sys.stderr)
        r = subprocess.run([self.path, "--version"], capture_output=True, env=self.env)
        return first_line(r.stdout) or first_line(r.stderr)

    build_warning = None

    def commit(self):
        """The git commit of the tree the launcher lives in, if it is one (for the record),
        marked when the tree has uncommitted changes or the launcher could not rebuild."""
        d = os.path.dirname(self.path)
        r = subprocess.run(["git", "-C", d, "log", "-1", "--format=%h %cd", "--date=iso"], capture_output=True)
        if r.returncode != 0:
            return None
        commit = first_line(r.stdout)
        dirty = subprocess.run(["git", "-C", d, "status", "--porcelain", "--untracked-files=no"], capture_output=True)
        if dirty.stdout.strip():
            commit += " + uncommitted changes"
        if self.build_warning:
            commit += " (not rebuilt: the build may be older)"
        return commit


RAC_MODES = {
    "cold": RacCold,
    # "warm": RacWarm -- when rac has a daemon: start it once before the benchmark, send it
    # compile requests from compile(), stop it at the end.
}


# ---------------------------------------------------------------------------------------------
# Helpers


def first_line(data):
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def last_line(data):
    lines = [l.strip() for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def first_error_line(stderr):
    """The message of the first `error...` line of a compiler's diagnostics (an error code kept,
    `error: ` dropped), else its first line."""
    text = stderr.decode("utf-8", "replace")
    for line in text.splitlines():
        m = re.match(r"error(\[\w+\])?:\s*(.*)", line)
        if m:
            return (m.group(1) + " " if m.group(1) else "") + m.group(2).strip()
    return first_line(text) or "(no output)"


PASS_LINE = re.compile(r"^time:\s+([0-9.]+);.*\t(\S+)\s*$")


def parse_time_passes(stderr):
    """rac's `-Z time-passes` lines (`time:   0.031; rss: ...<TAB>parse_crate`) as an ordered
    {pass: seconds}; a pass reported twice is summed."""
    passes = {}
    for line in stderr.decode("utf-8", "replace").splitlines():
        m = PASS_LINE.match(line)
        if m:
            passes[m.group(2)] = passes.get(m.group(2), 0.0) + float(m.group(1))
    return passes


def first_difference(a, b):
    la, lb = a.decode("utf-8", "replace").splitlines(), b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<end of output>"
        y = lb[i] if i < len(lb) else "<end of output>"
        if x != y:
            return f"line {i + 1}: rac {x!r} vs rustc {y!r}"
    return "same lines, different bytes"


def median(xs):
    return statistics.median(xs) if xs else None


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def interleaved(runs, a, b):
    """The order of the timed pairs: a,b then b,a, alternating, so neither side always goes
    first (after a compile, the page cache and CPU frequency favour whoever runs next)."""
    for i in range(runs):
        yield (a, b) if i % 2 == 0 else (b, a)


def header_args(src, key):
    """The arguments of a `// KEY: a b c   (comment)` line in SRC's leading comments, or []."""
    with open(src, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("//"):
                break
            m = re.match(r"//\s*" + re.escape(key) + r":\s*([^(]*)", line)
            if m:
                return m.group(1).split()
    return []


def discover(only):
    progs = []
    for set_name, (directory, timed) in SETS.items():
        for f in sorted(os.listdir(directory)):
            if not f.endswith(".rs"):
                continue
            name = f[:-3]
            if only and not any(fnmatch.fnmatch(name, pat) for pat in only):
                continue
            src = os.path.join(directory, f)
            progs.append({"name": name, "set": set_name, "src": src, "timed_run": timed,
                          "debug_args": header_args(src, "bench-debug-args")})
    return progs


# ---------------------------------------------------------------------------------------------
# The benchmark of one program


def bench_program(p, rac, rustc, args, work):
    """Benchmarks one program; returns a result dict (also the JSON record)."""
    res = {"name": p["name"], "set": p["set"], "status": "ok", "note": "",
           "compile": {"rac": [], "rustc": []}, "run": {"rac": [], "rustc": []}}
    d = os.path.join(work, p["name"])
    os.makedirs(d, exist_ok=True)
    exe = {c.name: os.path.join(d, c.name + ".exe") for c in (rac, rustc)}
    # Executable arguments: --arg if given, else the program's smaller debug size for debug builds.
    prog_args = args.prog_args or ([] if args.opt else p["debug_args"])
    res["args"] = prog_args

    # 1. Warm-up compile, untimed; finds compile errors.
    for c in (rustc, rac):
        s = c.compile(p["src"], exe[c.name], args.opt, d, args.timeout)
        if s.code != 0:
            what = "timeout" if s.code == "timeout" else "compile error: " + first_error_line(s.stderr)
            res["status"] = f"{c.name}-compile-error"
            res["note"] = f"{c.name}: {what}"
            return res

    # 2. Timed compiles, interleaved.
    if not args.run_only:
        for pair in interleaved(args.runs, rac, rustc):
            for c in pair:
                out = os.path.join(d, c.name + ".timed.exe")
                s = c.compile(p["src"], out, args.opt, d, args.timeout)
                if s.code != 0:
                    res["status"] = f"{c.name}-compile-error"
                    res["note"] = f"{c.name}: compile failed on a timed run: {first_error_line(s.stderr)}"
                    return res
                res["compile"][c.name].append({"wall": s.wall, "cpu": s.cpu})

    # 2b. Where rac's compile time goes (extra, untimed-for-the-table compiles).
    if args.passes and not args.run_only:
        samples = []
        for _ in range(min(3, args.runs)):
            s, passes = rac.time_passes(p["src"], os.path.join(d, "rac.passes.exe"), args.opt, d, args.timeout)
            if s.code == 0 and passes:
                samples.append((s.wall, passes))
        if samples:
            names = list(samples[0][1])
            res["passes"] = {n: median([ps.get(n, 0.0) for _, ps in samples]) for n in names}
            # Wall time not covered by any pass: JVM start-up, class loading, launcher script.
            res["passes"]["(outside passes)"] = median([w - sum(ps.values()) for w, ps in samples])

    if args.compile_only:
        return res

    # 3. Same behaviour? stdout and exit code must match before times mean anything.
    outs = {}
    for name in ("rac", "rustc"):
        outs[name] = measure([exe[name]] + prog_args, d, args.timeout)
    a, b = outs["rac"], outs["rustc"]
    if a.code == "timeout" or b.code == "timeout":
        res["status"] = "timeout"
        res["note"] = "run timed out (" + ", ".join(n for n, s in outs.items() if s.code == "timeout") + ")"
        return res
    if a.stdout != b.stdout or a.code != b.code:
        res["status"] = "mismatch"
        if a.code != b.code:
            res["note"] = f"output mismatch: exit code rac {a.code} vs rustc {b.code}"
        else:
            res["note"] = "output mismatch: " + first_difference(a.stdout, b.stdout)
        return res
    lines = a.stdout.decode("utf-8", "replace").splitlines()
    res["last_line"] = lines[-1] if lines else ""

    # 4. Timed runs, interleaved (run-time set only).
    if not p["timed_run"]:
        res["note"] = "same output (run not timed)"
    else:
        execs = {"rac": exe["rac"], "rustc": exe["rustc"]}
        for pair in interleaved(args.runs, "rac", "rustc"):
            for name in pair:
                s = measure([execs[name]] + prog_args, d, args.timeout)
                if s.code != b.code or s.stdout != b.stdout:
                    res["status"] = "mismatch"
                    res["note"] = f"{name}: output changed between runs"
                    return res
                res["run"][name].append({"wall": s.wall, "cpu": s.cpu})
    return res


def summarize(res, clock):
    """Adds medians and ratios (rac / rustc) to a result dict: `compile_median`, `compile_ratio`,
    `run_median`, `run_ratio` for the chosen clock, and `ratios[clock][phase]` for both clocks."""
    res["ratios"] = {}
    for c in ("wall", "cpu"):
        res["ratios"][c] = {}
        for phase in ("compile", "run"):
            m = {n: median([s[c] for s in res[phase][n]]) for n in ("rac", "rustc")}
            ratio = (m["rac"] / m["rustc"]) if m["rac"] is not None and m["rustc"] else None
            res["ratios"][c][phase] = ratio
            if c == clock:
                res[phase + "_median"] = m
                res[phase + "_ratio"] = ratio


# ---------------------------------------------------------------------------------------------
# Output


def fmt_s(x):
    return "-" if x is None else f"{x:.3f}"


def fmt_r(x):
    return "-" if x is None else f"{x:.2f}x"


def print_table(results, clock, out=None):
    out = out or sys.stdout
    header = ["program", "set", "rac build", "rustc build", "ratio", "rac run", "rustc run", "ratio", "note"]
    rows = []
    for r in results:
        cm, rm = r.get("compile_median", {}), r.get("run_median", {})
        note = r["note"]
        rows.append([r["name"], r["set"], fmt_s(cm.get("rac")), fmt_s(cm.get("rustc")), fmt_r(r.get("compile_ratio")),
                     fmt_s(rm.get("rac")), fmt_s(rm.get("rustc")), fmt_r(r.get("run_ratio")), note])
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h) for i, h in enumerate(header)]
    widths[-1] = 0  # the note is last and not padded
    line = lambda cells: "  ".join(c.ljust(w) if i < 2 or i == len(cells) - 1 else c.rjust(w)
                                   for i, (c, w) in enumerate(zip(cells, widths))).rstrip()
    print(line(header), file=out)
    print(line(["-" * w for w in widths[:-1]] + ["----"]), file=out)
    for row in rows:
        print(line(row), file=out)
    gc = geomean([r.get("compile_ratio") for r in results])
    gr = geomean([r.get("run_ratio") for r in results])
    nc = sum(1 for r in results if r.get("compile_ratio"))
    nr = sum(1 for r in results if r.get("run_ratio"))
    print(file=out)
    print(f"times: median {clock} seconds; ratio = rac / rustc (above 1: rac slower)", file=out)
    print(f"geometric mean of ratios: compile {fmt_r(gc)} over {nc} programs, run {fmt_r(gr)} over {nr} programs",
          file=out)
    other = "cpu" if clock == "wall" else "wall"
    oc = geomean([r.get("ratios", {}).get(other, {}).get("compile") for r in results])
    orr = geomean([r.get("ratios", {}).get(other, {}).get("run") for r in results])
    print(f"  the same by {other} time: compile {fmt_r(oc)}, run {fmt_r(orr)}", file=out)
    return gc, gr


def print_passes(results, out=None):
    """A table of rac's median seconds per compiler pass, one row per program."""
    out = out or sys.stdout
    rows = [r for r in results if r.get("passes")]
    if not rows:
        return
    names = []
    for r in rows:
        for n in r["passes"]:
            if n not in names and n != "(outside passes)":
                names.append(n)
    names.append("(outside passes)")
    width = max(len(r["name"]) for r in rows)
    print(file=out)
    print("rac -Z time-passes, median seconds per pass:", file=out)
    print("  ".join(["program".ljust(width)] + [n.rjust(max(6, len(n))) for n in names]), file=out)
    for r in rows:
        cells = [f"{r['passes'][n]:.3f}" if n in r["passes"] else "-" for n in names]
        print("  ".join([r["name"].ljust(width)] + [c.rjust(max(6, len(n))) for c, n in zip(cells, names)]), file=out)


def load():
    try:
        return tuple(round(x, 2) for x in os.getloadavg())
    except OSError:
        return None


def main(argv=None):
    ap = argparse.ArgumentParser(description="Time rac against rustc: compile time and run time, interleaved.")
    ap.add_argument("--rac", default="./rac", help="the rac launcher (default ./rac)")
    ap.add_argument("--rustc", default="rustc", help="the rustc to compare with (default rustc)")
    ap.add_argument("--rac-mode", default="cold", choices=["cold", "warm"],
                    help="cold: a fresh rac process per compile (the only mode today); warm: a resident rac")
    ap.add_argument("--runs", type=int, default=5, help="timed repetitions per measurement (default 5)")
    ap.add_argument("--only", action="append", default=[], metavar="NAME",
                    help="only programs whose name matches (glob; repeatable, or comma-separated)")
    ap.add_argument("--set", choices=list(SETS), help="only one program set: run (bench/programs) or compile (bench/compile)")
    ap.add_argument("--opt", action="store_true", help="pass -O to both compilers")
    ap.add_argument("--compile-only", action="store_true", help="time compiles only (no runs, no output check)")
    ap.add_argument("--run-only", action="store_true", help="time runs only (compile once, untimed)")
    ap.add_argument("--clock", default="wall", choices=["wall", "cpu"],
                    help="which time the table and ratios use (default wall; both go to --json)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds before a compile or run is abandoned")
    ap.add_argument("--arg", dest="prog_args", action="append", default=[], metavar="ARG",
                    help="an argument for every executable (e.g. a smaller size); repeatable")
    ap.add_argument("--passes", action="store_true",
                    help="also run rac with -Z time-passes (up to 3 times) and print where its compile time goes")
    ap.add_argument("--json", metavar="OUT", help="also write every sample and summary to OUT as JSON")
    ap.add_argument("--keep", action="store_true", help="keep the scratch directory with the executables")
    args = ap.parse_args(argv)

    if args.compile_only and args.run_only:
        ap.error("--compile-only and --run-only exclude each other")
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    if args.rac_mode not in RAC_MODES:
        ap.error(f"--rac-mode {args.rac_mode}: rac has no daemon yet, only 'cold' can be measured")
    rac_path = shutil.which(args.rac) if os.sep not in args.rac else os.path.abspath(args.rac)
    if not rac_path or not os.path.exists(rac_path):
        ap.error(f"rac not found at {args.rac} (use --rac PATH)")
    rustc_path = shutil.which(args.rustc) or args.rustc
    only = [pat for item in args.only for pat in item.split(",") if pat]
    progs = [p for p in discover(only) if not args.set or p["set"] == args.set]
    if not progs:
        ap.error("no program matches")

    rac = RAC_MODES[args.rac_mode](rac_path)
    rustc = Rustc(rustc_path)
    meta = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "host": platform.node(), "cpus": os.cpu_count(),
        "rac": rac_path, "rac_version": rac.version(), "rac_commit": rac.commit(), "rac_mode": args.rac_mode,
        "rustc": rustc_path, "rustc_version": rustc.version(),
        "opt": args.opt, "runs": args.runs, "clock": args.clock, "prog_args": args.prog_args,
        "load_start": load(),
    }
    commit = f", commit {meta['rac_commit']}" if meta["rac_commit"] else ""
    print(f"rac:   {meta['rac_version']} ({rac_path}{commit}, {args.rac_mode})")
    print(f"rustc: {meta['rustc_version']}")
    print(f"{meta['cpus']} cpus, {'-O' if args.opt else 'no -O (debug)'}, {args.runs} runs each, "
          f"load average at start {meta['load_start']}")
    print()

    work = tempfile.mkdtemp(prefix="rac-bench-")
    results = []
    try:
        for p in progs:
            print(f"  {p['set']}/{p['name']} ...", end="", flush=True, file=sys.stderr)
            r = bench_program(p, rac, rustc, args, work)
            summarize(r, args.clock)
            results.append(r)
            print(" " + (r["status"] if r["status"] != "ok" else "done"), file=sys.stderr)
    except KeyboardInterrupt:
        print("\ninterrupted; partial results follow", file=sys.stderr)
    finally:
        if args.keep:
            print(f"executables kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)

    gc, gr = print_table(results, args.clock)
    print_passes(results)
    meta["load_end"] = load()
    print(f"load average at start {meta['load_start']}, at end {meta['load_end']}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"meta": meta, "geomean": {"compile": gc, "run": gr}, "results": results}, f, indent=1)
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
