"""Run every bench/bench_*.py and print one table: name, figure, baseline, ratio, target."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

from bench.common import BenchRow


def _fmt(x: float, unit: str) -> str:
    if unit == "s":
        return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"
    return f"{x:,.1f} {unit}"


def main() -> int:
    ap = argparse.ArgumentParser(prog="make bench")
    ap.add_argument("only", nargs="*", help="names of bench modules to run (default: all)")
    ap.add_argument("--quick", action="store_true", help="smaller inputs, for a smoke run")
    args = ap.parse_args()
    here = str(Path(__file__).parent)
    names = sorted(m.name for m in pkgutil.iter_modules([here]) if m.name.startswith("bench_"))
    if args.only:
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
    w = max([len(r.name) for r in rows] + [10])
    print(f"\n{'benchmark':{w}}  {'figure':>12}  {'baseline':>12}  {'ratio':>7}  {'target':>7}")
    for r in rows:
        target = f"<={r.target:g}x" if r.target is not None else ""
        print(f"{r.name:{w}}  {_fmt(r.figure, r.unit):>12}  {_fmt(r.baseline, r.unit):>12}  "
              f"{r.ratio:>6.2f}x  {target:>7} {r.verdict} {r.note}")
    missed = [r for r in rows if r.verdict == "MISSED"]
    return 1 if failed or missed else 0


if __name__ == "__main__":
    sys.exit(main())
