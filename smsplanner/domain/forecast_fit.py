"""The conversion-rate model behind the what-if forecast, and its fast count distribution.

From history, each past campaign i had k_i conversions out of n_i recipients. Their true rates
vary from campaign to campaign; we model them as Beta(mu*M, (1-mu)*M) draws (beta-binomial).
Rather than plugging in one best (mu, M), which would understate the range when history is
short, we integrate over (mu, M) on a grid (as in Gelman et al., Bayesian Data Analysis, 3rd ed.,
section 5.3, with the weakly informative prior below). The predictive distribution of
a new campaign's rate is then a mixture of Betas, stored as probability masses on a grid of
rates, so a change of audience only needs one small binomial matrix (see `count_distribution`).

Runs on whichever thread calls it; nothing here touches Qt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)
MAX_POINTS = 320  # count grid size: above this the count axis is strided
RATE_POINTS = 180  # rate grid size of the predictive mixture
# Weakly informative prior on the concentration M: log M ~ Normal(log 200, 1.5^2). M = 200
# means campaigns' rates typically vary by about a third around their average (4% +- 1.4%);
# the prior's 95% band runs from about +-150% (M = 10) to +-8% (M = 4,000). It matters only
# when history is short: one past campaign cannot show how much campaigns vary.
PRIOR_LOG_M = math.log(200.0)
PRIOR_SD = 1.5


def gammaln(x: np.ndarray) -> np.ndarray:
    """log Gamma(x) for positive x, vectorised (recurrence up to 10, then Stirling's series)."""
    y = np.array(x, dtype=float, copy=True)
    shift = np.zeros_like(y)
    small = y < 10.0
    while small.any():
        shift[small] += np.log(y[small])
        y[small] += 1.0
        small = y < 10.0
    inv = 1.0 / y
    inv2 = inv * inv
    series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680))))
    return (y - 0.5) * np.log(y) - y + _HALF_LOG_2PI + series - shift


def _logit(p: np.ndarray | float) -> np.ndarray:
    p = np.asarray(p, dtype=float)
    return np.log(p) - np.log1p(-p)


def _expit(u: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-u))


@dataclass(frozen=True)
class RateModel:
    """A distribution of the next campaign's conversion rate: masses `weights` at `rates`."""

    rates: np.ndarray
    weights: np.ndarray
    mean: float
    campaigns: int = 0  # how many past campaigns it rests on (0 = a typed rate)
    concentration: float | None = None  # posterior median of M (large = steady history)

    @classmethod
    def fixed(cls, rate: float) -> RateModel:
        """A typed rate: no uncertainty about the rate itself, so counts are binomial."""
        return cls(np.array([float(rate)]), np.array([1.0]), float(rate))

    def quantile(self, q: float) -> float:
        """Rate below which a fraction q of the mass lies (grid resolution)."""
        c = np.cumsum(self.weights)
        return float(self.rates[min(int(np.searchsorted(c, q)), len(self.rates) - 1)])


def _loglik(k: np.ndarray, n: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Beta-binomial log likelihood summed over campaigns, for arrays of (a, b) (no constants)."""
    a2, b2 = a[..., None], b[..., None]
    m = a2 + b2
    terms = (gammaln(k + a2) + gammaln(n - k + b2) - gammaln(n + m)
             + gammaln(m) - gammaln(a2) - gammaln(b2))
    return terms.sum(axis=-1)


def _mu_grids(k: np.ndarray, n: np.ndarray, log_m: np.ndarray, points: int) -> np.ndarray:
    """For each M, a grid of mu around its conditional centre, +-6 standard errors in logit."""
    pooled = min(max(k.sum() / n.sum(), 0.5 / n.sum()), 1 - 0.5 / n.sum())
    rates = np.clip(k / n, 0.5 / n, 1 - 0.5 / n)
    m = np.exp(log_m)[:, None]
    w = n / (1.0 + (n - 1.0) / (m + 1.0))  # effective sample sizes given M
    centre = (w * rates).sum(axis=1) / w.sum(axis=1)
    centre = np.clip(centre, 1e-6, 1 - 1e-6)
    se = np.sqrt(pooled * (1 - pooled) / w.sum(axis=1)) / (centre * (1 - centre))
    half = np.maximum(6.0 * se, 0.05)
    steps = np.linspace(-1.0, 1.0, points)
    return _logit(centre)[:, None] + half[:, None] * steps[None, :]


def _posterior(k: np.ndarray, n: np.ndarray, log_m: np.ndarray, points: int):
    """Posterior masses on a (log M) x (logit mu) grid; returns (mu, M, weights) flattened."""
    u = _mu_grids(k, n, log_m, points)
    mu = _expit(u)
    m = np.broadcast_to(np.exp(log_m)[:, None], mu.shape)
    a, b = mu * m, (1 - mu) * m
    logpost = _loglik(k, n, a, b)
    # Prior: mu uniform on (0, 1) (mu*(1-mu) in logit coordinates); log M normal.
    logpost += np.log(mu) + np.log1p(-mu) - 0.5 * ((np.log(m) - PRIOR_LOG_M) / PRIOR_SD) ** 2
    du = (u[:, -1] - u[:, 0]) / (points - 1)
    logpost += np.log(du)[:, None]  # cell width differs between rows
    logpost -= logpost.max()
    w = np.exp(logpost)
    w /= w.sum()
    return mu.ravel(), m.ravel(), w.ravel()


def fit_history(conversions: Sequence[int], recipients: Sequence[int]) -> RateModel:
    """Predictive rate distribution for a new campaign given past (conversions, recipients).

    Campaign-to-campaign variation is learned from the data; with few campaigns the
    uncertainty about it keeps the range wide. Takes a few milliseconds for ~50 campaigns.
    """
    k = np.asarray(conversions, dtype=float)
    n = np.asarray(recipients, dtype=float)
    if len(k) == 0 or (n <= 0).any() or (k < 0).any() or (k > n).any():
        raise ValueError("need campaigns with 0 <= conversions <= recipients and recipients > 0")
    # Stage 1: coarse log M grid to find where the posterior mass is.
    coarse = np.linspace(math.log(0.5), math.log(1e7), 36)
    _, _m1, w1 = _posterior(k, n, coarse, 15)
    marg = w1.reshape(len(coarse), -1).sum(axis=1)
    keep = np.nonzero(marg > marg.max() * 1e-6)[0]
    lo = coarse[max(keep[0] - 1, 0)]
    hi = coarse[min(keep[-1] + 1, len(coarse) - 1)]
    # Stage 2: fine grid over that region.
    mu, m, w = _posterior(k, n, np.linspace(lo, hi, 40), 40)
    order = np.argsort(m)
    cm = np.cumsum(w[order])
    median_m = float(m[order][np.searchsorted(cm, 0.5)])
    return _mixture_to_grid(mu, m, w, campaigns=len(k), concentration=median_m)


def _mixture_to_grid(mu: np.ndarray, m: np.ndarray, w: np.ndarray, campaigns: int,
                     concentration: float) -> RateModel:
    """Discretise the mixture of Beta(mu*M, (1-mu)*M) onto a logit-spaced rate grid."""
    sel = w > w.max() * 1e-7
    mu, m, w = mu[sel], m[sel], w[sel] / w[sel].sum()
    a, b = mu * m, (1 - mu) * m
    sd = np.sqrt(mu * (1 - mu) / (m + 1))
    lo = float(np.clip(np.min(mu - 8 * sd), 1e-7, 0.5))
    hi = float(np.clip(np.max(mu + 8 * sd), lo * 1.0001 + 1e-9, 1 - 1e-7))
    u = np.linspace(_logit(lo), _logit(hi), RATE_POINTS)
    p = _expit(u)
    logp, logq = np.log(p), np.log1p(-p)
    lbeta = gammaln(a) + gammaln(b) - gammaln(a + b)
    # Beta density in logit coordinates: p^a q^b / B(a, b) (the Jacobian p*q absorbed).
    logdens = a[:, None] * logp[None, :] + b[:, None] * logq[None, :] - lbeta[:, None]
    logdens -= logdens.max()
    dens = w @ np.exp(logdens)
    dens /= dens.sum()
    mean = float((w * mu).sum())
    return RateModel(p, dens, mean, campaigns, concentration)


@dataclass(frozen=True)
class CountDistribution:
    """Probability of each count in `counts` (strided by `step` when the range is large)."""

    counts: np.ndarray
    pmf: np.ndarray
    step: int

    def quantile(self, q: float) -> int:
        c = np.cumsum(self.pmf)
        i = min(int(np.searchsorted(c, q - 1e-12)), len(self.counts) - 1)
        return int(self.counts[i])

    def prob_above(self, x: float) -> float:
        """P(count > x)."""
        return float(self.pmf[self.counts > x].sum())

    def prob_at_least(self, x: float) -> float:
        return float(self.pmf[self.counts >= x].sum())


def count_distribution(model: RateModel, n: int) -> CountDistribution:
    """Distribution of conversions among n recipients: binomial mixed over the rate model."""
    if n <= 0:
        return CountDistribution(np.array([0]), np.array([1.0]), 1)
    p = np.clip(model.rates[model.weights > 1e-12], 1e-12, 1 - 1e-12)
    w = model.weights[model.weights > 1e-12]
    mean, sd = n * p, np.sqrt(n * p * (1 - p))
    lo = max(0, math.floor(float(np.min(mean - 8 * sd - 2))))
    hi = min(n, math.ceil(float(np.max(mean + 8 * sd + 2))))
    step = max(1, math.ceil((hi - lo + 1) / MAX_POINTS))
    ks = np.arange(lo, hi + 1, step, dtype=float)
    log_choose = gammaln(np.array([n + 1.0]))[0] - gammaln(ks + 1.0) - gammaln(n - ks + 1.0)
    logpmf = (log_choose[None, :] + ks[None, :] * np.log(p)[:, None]
              + (n - ks)[None, :] * np.log1p(-p)[:, None])
    logpmf -= logpmf.max(axis=1, keepdims=True)
    rows = np.exp(logpmf)
    rows /= rows.sum(axis=1, keepdims=True)
    pmf = w @ rows
    pmf /= pmf.sum()
    return CountDistribution(ks.astype(np.int64), pmf, step)
