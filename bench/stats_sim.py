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


def trend_history(rng: np.random.Generator, decline: float, k: int, m: float,
                  start_rate: float):
    """k weekly-ish campaigns whose true mean rate falls by `decline` from first to last
    (exponentially), and the next send: (campaigns, next date, rate at that date)."""
    import datetime as dt

    from smsplanner.domain.campaign import Campaign

    gaps = rng.integers(3, 15, k)
    days = np.concatenate([[0], np.cumsum(gaps[:-1])])
    span = max(int(days[-1]), 1)
    next_day = int(days[-1] + gaps[-1])

    def mean_at(day: float) -> float:
        return start_rate * (1 - decline) ** (day / span)

    start = dt.date(2025, 6, 2)
    n = audiences(rng, k)
    cs = []
    for i in range(k):
        p = float(campaign_rates(rng, mean_at(days[i]), m, 1)[0])
        conv = int(rng.binomial(n[i], p))
        cs.append(Campaign(name=f"c{i}", date=start + dt.timedelta(days=int(days[i])),
                           segment="All", sent=int(n[i]), delivered=int(n[i]),
                           conversions=conv, id=i + 1))
    return cs, start + dt.timedelta(days=next_day), mean_at(next_day)


def trend_coverage(rng: np.random.Generator, runs: int, decline: tuple[float, float],
                   campaigns: tuple[int, int] = (12, 30), m: float | None = None,
                   follow: bool = True) -> dict[str, float]:
    """How often the next send's conversions land in the forecast's 95% and 80% ranges."""
    from smsplanner.domain.forecast import WhatIfInputs, fit_history, what_if

    in95 = in80 = trended = 0
    for _ in range(runs):
        conc = m if m is not None else float(log_uniform(rng, *M_RANGE))
        k = int(rng.integers(campaigns[0], campaigns[1] + 1))
        cs, on, rate = trend_history(rng, rng.uniform(*decline), k, conc,
                                     rng.uniform(*RATE_RANGE))
        h = fit_history(cs, on=on if follow else None)
        trended += h.follows_trend
        audience = int(audiences(rng, 1)[0])
        r = what_if(WhatIfInputs(audience=audience, history=h))
        actual = int(rng.binomial(audience, float(campaign_rates(rng, rate, conc, 1)[0])))
        in95 += r.conversions_low <= actual <= r.conversions_high
        in80 += r.conversions_low80 <= actual <= r.conversions_high80
    return {"cov95": in95 / runs, "cov80": in80 / runs, "followed": trended / runs}


def oracle_range(mean: float, m: float, audience: int) -> tuple[int, int]:
    """The best possible 95% range: the beta-binomial with the true mean and spread."""
    from smsplanner.domain.forecast_counts import count_distribution
    from smsplanner.domain.forecast_fit import _components

    model = _components(np.array([[mean]]), np.array([[m]]), np.array([[1.0]]), 1, m)
    dist = count_distribution(model, audience)
    return dist.quantile(0.025), dist.quantile(0.975)


def short_history_check(rng: np.random.Generator, runs: int, campaigns: tuple[int, int] = (3, 5),
                        pool: bool = True) -> dict[str, float]:
    """A shop with 2-4 other segments (8-20 campaigns each, own mean rates) and one short
    segment: coverage of its next send and range width over the oracle's (median)."""
    import datetime as dt

    from smsplanner.domain.campaign import Campaign
    from smsplanner.domain.forecast import WhatIfInputs, fit_history, what_if

    inside = 0
    ratios = []
    for _ in range(runs):
        m = float(log_uniform(rng, *M_RANGE))
        cs: list[Campaign] = []
        day = dt.date(2025, 1, 6)
        groups = [("Short", int(rng.integers(campaigns[0], campaigns[1] + 1)))]
        groups += [(f"S{j}", int(rng.integers(8, 21))) for j in range(int(rng.integers(2, 5)))]
        means = {}
        for name, count in groups:
            means[name] = mu = float(rng.uniform(*RATE_RANGE))
            n = audiences(rng, count)
            k = rng.binomial(n, campaign_rates(rng, mu, m, count))
            for i in range(count):
                cs.append(Campaign(name=f"{name} {i}", date=day + dt.timedelta(days=3 * i),
                                   segment=name, sent=int(n[i]), delivered=int(n[i]),
                                   conversions=int(k[i])))
        pool_from = cs if pool else [c for c in cs if c.segment == "Short"]
        h = fit_history(pool_from, segment="Short")
        audience = int(audiences(rng, 1)[0])
        r = what_if(WhatIfInputs(audience=audience, history=h))
        actual = int(rng.binomial(audience, float(campaign_rates(rng, means["Short"], m, 1)[0])))
        inside += r.conversions_low <= actual <= r.conversions_high
        lo, hi = oracle_range(means["Short"], m, audience)
        ratios.append((r.conversions_high - r.conversions_low + 1) / (hi - lo + 1))
    return {"cov95": inside / runs, "width_ratio": float(np.median(ratios)),
            "width_ratio_mean": float(np.mean(ratios))}
