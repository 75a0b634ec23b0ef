"""Run every bench/bench_*.py and print one table: name, figure, baseline, ratio, target."""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import pkgutil
import sys
import traceback
from pathlib import Path

from bench.common import BenchRow


def _fmt(x: float, unit: str) -> str:
    if unit == "s":
        return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"
    return f"{x:,.1f} {unit}"


def _free_qt_leftovers() -> None:
    """Delete the widgets a bench module closed with deleteLater, while the QApplication lives.

    QCoreApplication.processEvents() never runs deferred deletes outside an event loop, so
    without this the widgets outlive the module and die in the garbage collector later.
    """
    qtcore = sys.modules.get("PySide6.QtCore")
    app = qtcore.QCoreApplication.instance() if qtcore is not None else None
    if app is not None:
        app.sendPostedEvents(None, qtcore.QEvent.Type.DeferredDelete)
        app.processEvents()
    gc.collect()


def main() -> int:
    ap = argparse.ArgumentParser(prog="make bench")
    ap.add_argument("only", nargs="*", help="names of bench modules to run (default: all)")
    ap.add_argument("--quick", action="store_true", help="smaller inputs, for a smoke run")
    args = ap.parse_args()
    here = str(Path(__file__).parent)
    names = sorted(m.name for m in pkgutil.iter_modules([here]) if m.name.startswith("bench_"))
    if args.only:
        unknown = [o for o in args.only if not any(o in n for n in names)]
        if unknown:  # rather than an empty table that looks like a run
            have = ", ".join(n.removeprefix("bench_") for n in names)
            print(f"make bench: no bench module matches {', '.join(unknown)} (have: {have})",
                  file=sys.stderr)
            return 2
        names = [n for n in names if any(o in n for o in args.only)]
    rows: list[BenchRow] = []
    failed = False
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            rows.extend(importlib.import_module(f"bench.{name}").run(quick=args.quick))
        except Exception:
            failed = True
            traceback.print_exc()
        _free_qt_leftovers()
    w = max([len(r.name) for r in rows] + [10])
    print(f"\n{'benchmark':{w}}  {'figure':>12}  {'baseline':>12}  {'ratio':>7}  {'target':>7}")
    for r in rows:
        target = f"<={r.target:g}x" if r.target is not None else ""
        print(f"{r.name:{w}}  {_fmt(r.figure, r.unit):>12}  {_fmt(r.baseline, r.unit):>12}  "
              f"{r.ratio:>6.2f}x  {target:>7} {r.verdict} {r.note}")
    missed = [r for r in rows if r.verdict == "MISSED"]
    return 1 if failed or missed else 0


if __name__ == "__main__":
    code = main()
    # Leave without Python's finalisation. Qt benches leave a QApplication and PySide6/pyqtgraph
    # objects behind, and a run aborted in the collector's pass at exit ("Fatal Python error:
    # bool_dealloc", exit 134) after printing its table, so `make bench` failed although every
    # figure was fine; it did not happen every run. The table is printed and flushed by now.
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)
