"""Seeded simulations behind the statistics' promises: shared by tests/domain (small runs) and
`make stats` (big runs, bench/stats_tables.py).

Realistic shops: audiences log-uniform 200-20,000, mean rates 1-8%, campaign rates varying
around their mean as Beta(mu M, (1 - mu) M) with M log-uniform from 30 (wide: 4% +- 3.5%) to
3,000 (tight: 4% +- 0.4%).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from smsplanner.domain.abtest import Arm, compare

M_RANGE = (30.0, 3000.0)
RATE_RANGE = (0.01, 0.08)
AUDIENCE_RANGE = (200, 20_000)


def log_uniform(rng: np.random.Generator, lo: float, hi: float, size: int | None = None):
    return np.exp(rng.uniform(math.log(lo), math.log(hi), size))


def audiences(rng: np.random.Generator, k: int) -> np.ndarray:
    return np.round(log_uniform(rng, *AUDIENCE_RANGE, k)).astype(np.int64)


def campaign_rates(rng: np.random.Generator, mean: float, m: float, k: int) -> np.ndarray:
    return rng.beta(mean * m, (1 - mean) * m, k)


def group_side(rng: np.random.Generator, name: str, mean: float, k: int, m: float) -> Arm:
    """k campaigns whose true rates vary around `mean` with concentration m."""
    n = audiences(rng, k)
    conv = rng.binomial(n, campaign_rates(rng, mean, m, k))
    parts = tuple(zip(conv.tolist(), n.tolist(), strict=True))
    return Arm(name, int(conv.sum()), int(n.sum()), parts)


def group_win_rate(rng: np.random.Generator, runs: int, lift: float = 0.0,
                   campaigns: int | None = None, m: float | None = None,
                   test: Callable[[Arm, Arm], bool] | None = None) -> float:
    """How often a winner is called when B's mean rate is (1 + lift) times A's.

    campaigns / m: fixed per run, else drawn (2-20 a side; M log-uniform over M_RANGE).
    """
    test = test or (lambda a, b: compare(a, b).significant)
    wins = 0
    for _ in range(runs):
        mu = rng.uniform(*RATE_RANGE)
        conc = m if m is not None else float(log_uniform(rng, *M_RANGE))
        ka = campaigns if campaigns is not None else int(rng.integers(2, 21))
        kb = campaigns if campaigns is not None else int(rng.integers(2, 21))
        a = group_side(rng, "A", mu, ka, conc)
        b = group_side(rng, "B", mu * (1 + lift), kb, conc)
        wins += bool(test(a, b))
    return wins / runs


def old_group_test(a: Arm, b: Arm) -> bool:
    """The quasi-binomial group test the app used before (for the power comparison only)."""
    from smsplanner.domain.abtest import group_dispersion
    from smsplanner.domain.verdict import t_two_sided_p

    dispersion, df = group_dispersion(a, b)
    pooled = (a.conversions + b.conversions) / (a.recipients + b.recipients)
    var = dispersion * pooled * (1 - pooled) * (1 / a.recipients + 1 / b.recipients)
    if var <= 0 or df == 0:
        return False
    return t_two_sided_p((b.rate - a.rate) / math.sqrt(var), df) < 0.05
