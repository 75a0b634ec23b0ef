"""Two groups of campaigns compared: do their typical conversion rates really differ?

Each campaign's rate varies around its group's mean by more than chance (offer, day, list
mood), and that variation does not shrink with the audience: one 20,000-person send is one
draw of the campaign's rate, not fifty 400-person draws. So the unit of evidence is the
campaign. The method (a random-effects meta-analysis of campaign rates, as in DerSimonian &
Laird 1986, with the Hartung-Knapp-Sidik-Jonkman t test):
- y_i = k_i / n_i, with chance variance p(1 - p) / n_i (p: both groups' pooled rate, the
  rate if there is no difference) plus tau^2, the campaign-to-campaign variance, shared by
  both groups: its posterior mean under the restricted likelihood and a weak prior (the
  forecast's, wider), because a point estimate is often 0 with few campaigns;
- each group's rate is the mean of its campaigns' rates weighted by 1 / (chance + tau^2):
  the pooled rate when campaigns vary by chance only, the plain mean of campaign rates when
  they vary a lot;
- the difference is tested with Student's t on (campaigns - 2) df, its variance scaled by
  the weighted residuals (Hartung-Knapp), which keeps false wins near 5% from 2 to 20
  campaigns a side and audiences of 200 to 20,000 (tests/domain/test_group_test.py).
Pure Python + numpy; any thread.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from smsplanner.domain.verdict import t_quantile, t_two_sided_p

METHOD = ("random-effects comparison of campaign rates (campaign-to-campaign variance by "
          "restricted likelihood with a weak prior; Hartung-Knapp t test)")


@dataclass(frozen=True)
class GroupTest:
    """Each group's estimated rate with its 95% interval, and the difference B - A tested."""

    rate_a: float
    rate_b: float
    low_a: float
    high_a: float
    low_b: float
    high_b: float
    difference: float
    difference_low: float
    difference_high: float
    p_value: float
    df: int
    tau2: float  # campaign-to-campaign variance of the rate (0: chance alone)
    scale: float  # Hartung-Knapp factor: weighted residuals over their df


# Campaign-to-campaign variance as tau^2 = p (1 - p) / (M + 1) on a grid of M (the Beta
# concentration the forecast uses); the same weak prior on log M as the forecast's, wider.
_LOG_M = np.linspace(0.0, math.log(1e6), 60)
PRIOR_LOG_M = math.log(200.0)
PRIOR_SD = 2.5


def campaign_variance(y: np.ndarray, v: np.ndarray, group: np.ndarray, p: float) -> float:
    """Posterior mean of tau^2 under the restricted (REML) likelihood of the two-group model.

    A point estimate (DerSimonian-Laird, Paule-Mandel) is often 0 with few campaigns; the big
    campaigns then get all the weight and false wins run at 7-9%. Averaging over tau^2 with
    a weak prior keeps the weights honest when the data cannot pin the spread down.
    """
    t = p * (1 - p) / (np.exp(_LOG_M) + 1.0)
    total = v[None, :] + t[:, None]
    w = 1.0 / total
    loglik = -0.5 * np.log(total).sum(axis=1)
    for g in (0, 1):
        sel = group == g
        wg = w[:, sel]
        sw = wg.sum(axis=1)
        mean = (wg * y[None, sel]).sum(axis=1) / sw
        loglik -= 0.5 * (np.log(sw) + (wg * (y[None, sel] - mean[:, None]) ** 2).sum(axis=1))
    logpost = loglik - 0.5 * ((_LOG_M - PRIOR_LOG_M) / PRIOR_SD) ** 2
    post = np.exp(logpost - logpost.max())
    return float((post * t).sum() / post.sum())


def compare_groups(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]],
                   alpha: float = 0.05) -> GroupTest:
    """Compare two groups of (conversions, recipients) campaigns; needs 3+ campaigns in all."""
    k = np.array([x for x, _ in a] + [x for x, _ in b], dtype=float)
    n = np.array([m for _, m in a] + [m for _, m in b], dtype=float)
    if len(a) == 0 or len(b) == 0 or len(k) < 3 or (n <= 0).any():
        raise ValueError("need at least one campaign a side, three in all, with recipients")
    group = np.array([0] * len(a) + [1] * len(b))
    y = k / n
    df = len(k) - 2
    pooled = k.sum() / n.sum()
    # With no conversion at all (or all converting) the chance variance is zero; half a
    # conversion keeps the weights finite without moving any estimate.
    p = min(max(pooled, 0.5 / n.sum()), 1 - 0.5 / n.sum())
    v = p * (1 - p) / n
    tau2 = campaign_variance(y, v, group, p)
    w = 1.0 / (v + tau2)
    means, weights, resid = [], [], 0.0
    for g in (0, 1):
        sel = group == g
        mean = float((w[sel] * y[sel]).sum() / w[sel].sum())
        means.append(mean)
        weights.append(float(w[sel].sum()))
        resid += float((w[sel] * (y[sel] - mean) ** 2).sum())
    scale = resid / df
    diff = means[1] - means[0]
    var = scale * (1 / weights[0] + 1 / weights[1])
    if var <= 0:
        p_value = 1.0 if diff == 0 else 0.0
        se = 0.0
    else:
        se = math.sqrt(var)
        p_value = t_two_sided_p(diff / se, df)
    q = t_quantile(df, alpha)
    half = [q * math.sqrt(scale / wt) for wt in weights]
    return GroupTest(
        means[0], means[1], max(0.0, means[0] - half[0]), min(1.0, means[0] + half[0]),
        max(0.0, means[1] - half[1]), min(1.0, means[1] + half[1]),
        diff, diff - q * se, diff + q * se, float(p_value), df, tau2, scale)
