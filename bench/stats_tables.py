"""`make stats`: the statistics' promises at full size, as one table per goal.

Each row: the scenario, runs, the figure measured and the goal. Seeded; a few minutes on two
cores. The test suite (tests/domain) runs the same simulations at a small size.
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from bench.stats_sim import (
    group_win_rate,
    old_group_test,
    short_history_check,
    trend_coverage,
)


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))


def groups(runs: int) -> None:
    print("\n1. Two groups of campaigns with the same true mean rate: false wins (goal 4-6%)")
    widths = [34, 6, 12, 12]
    print(_row(["scenario", "runs", "new method", "old method"], widths))
    cases: list[tuple[str, int | None, float | None]] = [
        ("mix: 2-20 a side, M 30-3,000", None, None)]
    cases += [(f"{k} a side, M {m:,.0f}", k, m) for k in (2, 5, 10, 20)
              for m in (30.0, 300.0, 3000.0)]
    for label, k, m in cases:
        n = runs if k is None else runs // 4
        new = group_win_rate(np.random.default_rng(1), n, campaigns=k, m=m)
        old = group_win_rate(np.random.default_rng(1), n, campaigns=k, m=m, test=old_group_test)
        print(_row([label, str(n), f"{new:.1%}", f"{old:.1%}"], widths))
    print("\n   Power at a 25% lift (B's mean rate 1.25 x A's), M 30-3,000")
    print(_row(["scenario", "runs", "new method", "old method"], widths))
    for k in (2, 5, 10, 20):
        n = runs // 4
        new = group_win_rate(np.random.default_rng(2), n, 0.25, campaigns=k)
        old = group_win_rate(np.random.default_rng(2), n, 0.25, campaigns=k, test=old_group_test)
        print(_row([f"{k} a side", str(n), f"{new:.1%}", f"{old:.1%}"], widths))


def trends(runs: int) -> None:
    print("\n2. Next send's conversions inside the forecast range, 12-30 campaigns "
          "(goal: 95% range 93-97% flat, >=93% declining; 80% range 77-83%)")
    widths = [34, 6, 10, 10, 10, 10, 12]
    print(_row(["history", "runs", "95% new", "80% new", "95% old", "80% old",
                "trend real"], widths))
    for label, dec in (("no trend", (0.0, 0.0)), ("40% decline", (0.4, 0.4)),
                       ("60% decline", (0.6, 0.6)), ("40-60% decline", (0.4, 0.6))):
        new = trend_coverage(np.random.default_rng(3), runs, dec)
        old = trend_coverage(np.random.default_rng(3), runs, dec, follow=False)
        print(_row([label, str(runs), f"{new['cov95']:.1%}", f"{new['cov80']:.1%}",
                    f"{old['cov95']:.1%}", f"{old['cov80']:.1%}", f"{new['followed']:.0%}"],
                   widths))


def short(runs: int) -> None:
    print("\n3. A segment with 3-5 campaigns in a shop with 2-4 other segments "
          "(goal: 93-97% coverage, width <= 1.5 x the oracle's)")
    widths = [34, 6, 10, 16, 16]
    print(_row(["history", "runs", "95% cov", "width/oracle", "(mean)"], widths))
    for label, pool in (("borrowing from other segments", True), ("segment alone (old)", False)):
        r = short_history_check(np.random.default_rng(4), runs, pool=pool)
        print(_row([label, str(runs), f"{r['cov95']:.1%}", f"{r['width_ratio']:.2f}x median",
                    f"{r['width_ratio_mean']:.2f}x"], widths))


def main() -> int:
    ap = argparse.ArgumentParser(prog="make stats")
    ap.add_argument("--runs", type=int, default=4000, help="runs per main scenario")
    ap.add_argument("only", nargs="*", help="groups, trends and/or short (default: all)")
    args = ap.parse_args()
    start = time.perf_counter()
    for name, fn in (("groups", groups), ("trends", trends), ("short", short)):
        if not args.only or name in args.only:
            fn(args.runs)
    print(f"\n({time.perf_counter() - start:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
