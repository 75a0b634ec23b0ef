"""The import dialog on a year's log: a 3M-row log opened, checked and imported through the
real dialog (offscreen, its own process) against the command-line import of the same file in
the same run, for peak memory (the goal: under 700 MB whatever the file's size) and time.

The log is built once and kept in bench/out/ (gitignored), as bench_bigstore.py keeps it.
SMSPLANNER_BENCH_DIALOG_5M=1 adds one run on the 5M-row log (about two more minutes), and
SMSPLANNER_BENCH_DIALOG_10M=1 one on the 10M-row log (about five more, and 0.9 GB of disk).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_bigstore import (
    BIG,
    HUGE,
    MID,
    OUT,
    _cached,
    _cli,
    _double_log,
    _drop_db,
    _env,
)
from bench.bench_import import make_log
from bench.common import BenchRow

ROOT = Path(__file__).resolve().parent.parent
GOAL_MB = 700.0


def _measured(args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout of one child, run through a wrapper so the
    peak is that child's own (RUSAGE_CHILDREN is the largest child of the process)."""
    code = ("import resource,subprocess,sys,time;t=time.perf_counter();"
            "r=subprocess.run(sys.argv[1:]);w=time.perf_counter()-t;"
            "print(w, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss);"
            "sys.exit(r.returncode)")
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"{args[:4]} failed: {proc.stderr[-2000:]}")
    lines = proc.stdout.strip().splitlines()
    wall, rss = lines[-1].split()
    return float(wall), float(rss) / 1024.0, "\n".join(lines[:-1])


def _dialog_vs_cli(home: Path, env: dict[str, str], log: Path, rows: int,
                   repeats: int, quick: bool) -> list[BenchRow]:
    """Alternating runs of the command line and the dialog, each into a new database."""
    cli, gui, phases = [], [], []
    db = home / "db" / "log.sqlite"
    db.parent.mkdir(exist_ok=True)
    for _ in range(repeats):
        wall, rss, _out = _measured(_cli(db, "import", str(log), "--json"), env)
        cli.append((wall, rss))
        _drop_db(db)
        # (a --quick log is smaller than the size the dialog streams from: lowered to 1 MB)
        wall, rss, out = _measured([sys.executable, "-m", "bench.dialog_import", str(db),
                                    str(log), *(["1000000"] if rows < MID else [])], env)
        gui.append((wall, rss))
        _shown, checked, imported, streamed = out.split()[-4:]
        if streamed != "True":
            raise RuntimeError("the dialog did not stream the log")
        phases.append((float(checked), float(imported) - float(checked)))
        _drop_db(db)
    g_wall, g_rss = (statistics.median(x) for x in zip(*gui, strict=True))
    c_wall, c_rss = (statistics.median(x) for x in zip(*cli, strict=True))
    check_s, write_s = (statistics.median(x) for x in zip(*phases, strict=True))
    label = f"{rows / 1e6:g}M-row log"
    runs = f"median of {repeats}" if repeats > 1 else "one run"
    return [
        BenchRow(f"import dialog, {label} (peak MB)", g_rss, GOAL_MB, "MB", 1.0,
                 f"baseline: the {GOAL_MB:.0f} MB goal; command line {c_rss:,.0f} MB; {runs}"),
        BenchRow(f"import dialog vs CLI import, {label} (peak MB)", g_rss, c_rss, "MB", None,
                 "the window, its preview and the table add to the same streamed import"),
        # The dialog reads the file once (its check, which stages the rows) and writes what
        # it staged; it adds the window's start, the preview and the table's refresh.
        # At --quick size the window's own start (about 2 s) dominates: no target.
        BenchRow(f"import dialog vs CLI import, {label} (time)", g_wall, c_wall, "s",
                 None if quick else 1.5,
                 f"{runs}; dialog: check {check_s:.1f} s, import {write_s:.1f} s after it"),
    ]


def run(quick: bool) -> list[BenchRow]:
    rows = 300_000 if quick else MID
    OUT.mkdir(parents=True, exist_ok=True)
    name = "log3m.csv" if rows == MID else f"log{rows // 1000}k.csv"
    log = _cached(OUT / name, lambda p: make_log(p, rows))
    with tempfile.TemporaryDirectory(prefix="smsplanner-dialog-", dir=OUT) as tmp:
        home = Path(tmp)
        env = _env(home)
        subprocess.run(["cat", str(log)], stdout=subprocess.DEVNULL, check=True)  # warm cache
        out = _dialog_vs_cli(home, env, log, rows, 1 if quick else 3, quick)
        if quick:
            return out
        big = OUT / "log5m.csv"
        if os.environ.get("SMSPLANNER_BENCH_DIALOG_5M") == "1":
            _cached(big, lambda p: make_log(p, BIG))
            out += _dialog_vs_cli(home, env, big, BIG, 1, quick)
        if os.environ.get("SMSPLANNER_BENCH_DIALOG_10M") == "1":
            _cached(big, lambda p: make_log(p, BIG))
            huge = _cached(OUT / "log10m.csv", lambda p: _double_log(big, p))
            out += _dialog_vs_cli(home, env, huge, HUGE, 1, quick)
        return out


if __name__ == "__main__":
    t0 = time.monotonic()
    for r in run(quick="--quick" in sys.argv):
        print(r)
    print(f"({time.monotonic() - t0:.0f} s; max child RSS "
          f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB)")
