"""The conversion-rate model behind the what-if forecast: fitted once per history choice.

From history, each past campaign i had k_i conversions out of n_i recipients. Their true rates
vary from campaign to campaign; we model them as Beta(mu*M, (1-mu)*M) draws (beta-binomial).
Rather than plugging in one best (mu, M), which would understate the range when history is
short, we integrate over (mu, M) on a grid (as in Gelman et al., Bayesian Data Analysis, 3rd ed.,
section 5.3, with the weakly informative prior below). The predictive distribution of a new
campaign's rate is a mixture of Betas; we keep it as a few Beta components (moment-matched
over mu within bands of M), so a new audience needs only a few exact beta-binomial pmfs
(forecast_counts). Runs on whichever thread calls it; nothing here touches Qt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_HALF_LOG_2PI = 0.5 * math.log(2 * math.pi)
COMPONENTS = 12  # Beta components kept for the predictive rate distribution
RATE_POINTS = 600  # rate grid for the rate's quantiles (computed once per fit)
TAIL = 1e-7  # rates beyond these quantiles are left out of count ranges
# Weakly informative prior on the concentration M: log M ~ Normal(log 200, 1.5^2). M = 200
# means campaigns' rates typically vary by about a third around their average (4% +- 1.4%);
# the prior's 95% band runs from about +-150% (M = 10) to +-8% (M = 4,000). It matters only
# when history is short: one past campaign cannot show how much campaigns vary.
PRIOR_LOG_M = math.log(200.0)
PRIOR_SD = 1.5
COARSE_M, COARSE_MU = 20, 9  # stage 1 grid: where the posterior mass is
FINE = 24  # stage 2 grid: FINE values of M by FINE of mu
_SHIFT = 8  # gammaln: arguments below this are shifted up by a product (no Python loop)


def gammaln(x: np.ndarray | float) -> np.ndarray:
    """log Gamma(x) for positive x, vectorised; absolute error below 1e-11.

    x < 8 is shifted by the recurrence Gamma(x + 8) = x (x+1) ... (x+7) Gamma(x) in one
    product, then Stirling's series (to x^-7) is exact enough for arguments of 8 and more.
    """
    x = np.asarray(x, dtype=float)
    shape = x.shape
    x = x.reshape(-1)  # a 0-d input would turn `out` into a scalar, not assignable below
    small = x < _SHIFT
    y = np.where(small, x + _SHIFT, x)
    inv = 1.0 / y
    inv2 = inv * inv
    series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 * (1 / 1680))))
    out = (y - 0.5) * np.log(y) - y + _HALF_LOG_2PI + series
    if small.any():
        base = x[small]
        prod = base.copy()
        for j in range(1, _SHIFT):
            prod *= base + j
        out[small] -= np.log(prod)
    return out.reshape(shape)


def _logit(p: np.ndarray | float) -> np.ndarray:
    p = np.asarray(p, dtype=float)
    return np.log(p) - np.log1p(-p)


def _expit(u: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):  # exp overflows to inf far out: the result is then 0
        return 1.0 / (1.0 + np.exp(-u))


@dataclass(frozen=True)
class RateModel:
    """The next campaign's conversion rate: a mixture of Beta(a, b) with `weights`.

    A typed rate has no components (`fixed`): counts are then plain binomial. `grid`/`cdf`
    give the rate's quantiles; `low`/`high` bound all but TAIL of it on each side.
    """

    a: np.ndarray
    b: np.ndarray
    weights: np.ndarray
    mean: float
    variance: float
    grid: np.ndarray
    cdf: np.ndarray
    campaigns: int = 0  # how many past campaigns it rests on (0 = a typed rate)
    concentration: float | None = None  # posterior median of M (large = steady history)

    @classmethod
    def fixed(cls, rate: float) -> RateModel:
        """A typed rate: no uncertainty about the rate itself, so counts are binomial."""
        empty = np.zeros(0)
        r = float(rate)
        return cls(empty, empty, empty, r, 0.0, np.array([r]), np.array([1.0]))

    @property
    def is_fixed(self) -> bool:
        return len(self.a) == 0

    def quantile(self, q: float) -> float:
        """Rate below which a fraction q of the probability lies (interpolated on the grid)."""
        if self.is_fixed:
            return self.mean
        return float(np.interp(q, self.cdf, self.grid))

    @property
    def low(self) -> float:
        return self.quantile(TAIL)

    @property
    def high(self) -> float:
        return self.quantile(1 - TAIL)


def _loglik(k: np.ndarray, n: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Beta-binomial log likelihood summed over campaigns, on a grid whose rows share M = a + b.

    (No constants.) Gamma(n + M) then depends on the row only, which halves the work.
    """
    a2, b2 = a[..., None], b[..., None]
    terms = (gammaln(k + a2) + gammaln(n - k + b2)).sum(axis=-1)
    # a + b = M is the same along a row of the grid: Gamma(n + M) per row, not per cell.
    m = a[:, :1] + b[:, :1]
    per_row = len(k) * gammaln(m) - gammaln(n + m).sum(axis=-1, keepdims=True)
    return terms + per_row - len(k) * (gammaln(a) + gammaln(b))


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


def _posterior(k: np.ndarray, n: np.ndarray, log_m: np.ndarray, points: int,
               prior: tuple[float, float] = (PRIOR_LOG_M, PRIOR_SD), normalise: bool = True):
    """Posterior masses on a (log M) x (logit mu) grid, as (mu, M, weights), rows = M values.

    prior: (centre, sd) of the normal prior on log M. normalise=False returns log masses
    with the likelihood's scale kept (for comparing rows across several histories).
    """
    u = _mu_grids(k, n, log_m, points)
    mu = np.clip(_expit(u), 1e-12, 1 - 1e-12)  # a wide logit grid can round to 0 or 1
    m = np.broadcast_to(np.exp(log_m)[:, None], mu.shape)
    a, b = mu * m, (1 - mu) * m
    logpost = _loglik(k, n, a, b)
    # Prior: mu uniform on (0, 1) (mu*(1-mu) in logit coordinates); log M normal.
    logpost += np.log(mu) + np.log1p(-mu) - 0.5 * ((np.log(m) - prior[0]) / prior[1]) ** 2
    du = (u[:, -1] - u[:, 0]) / (points - 1)
    logpost += np.log(du)[:, None]  # cell width differs between rows
    if not normalise:
        return mu, m, logpost
    logpost -= logpost.max()
    w = np.exp(logpost)
    w /= w.sum()
    return mu, m, w


# Segments of one shop differ in how much they vary too: the borrowed prior on log M is
# widened by this sd (a factor of about 1.35 either way).
BETWEEN_SEGMENTS_SD = 0.3


def spread_prior(histories: Sequence[tuple[Sequence[int], Sequence[int]]]
                 ) -> tuple[float, float] | None:
    """Partial pooling: the prior on log M that the shop's other histories (segments) give.

    Each history keeps its own mean rate (integrated out); their likelihoods for M are
    multiplied with the default prior, and the posterior's mean and sd of log M (sd widened
    by BETWEEN_SEGMENTS_SD) become the prior for a short history. None: nothing to borrow.
    """
    log_m = np.linspace(math.log(0.5), math.log(1e7), 40)
    total = -0.5 * ((log_m - PRIOR_LOG_M) / PRIOR_SD) ** 2
    used = 0
    for conversions, recipients in histories:
        k = np.asarray(conversions, dtype=float)
        n = np.asarray(recipients, dtype=float)
        if len(k) < 2:
            continue
        _, _, logw = _posterior(k, n, log_m, COARSE_MU * 2, prior=(0.0, 1e6),
                                normalise=False)
        peak = logw.max(axis=1, keepdims=True)
        total += (peak + np.log(np.exp(logw - peak).sum(axis=1, keepdims=True)))[:, 0]
        used += 1
    if not used:
        return None
    w = np.exp(total - total.max())
    w /= w.sum()
    mean = float((w * log_m).sum())
    sd = math.sqrt(float((w * (log_m - mean) ** 2).sum()))
    return mean, math.sqrt(sd * sd + BETWEEN_SEGMENTS_SD**2)


def fit_history(conversions: Sequence[int], recipients: Sequence[int],
                prior: tuple[float, float] | None = None) -> RateModel:
    """Predictive rate distribution for a new campaign given past (conversions, recipients).

    Campaign-to-campaign variation is learned from the data; with few campaigns the
    uncertainty about it keeps the range wide. A few milliseconds for ~50 campaigns.
    """
    k = np.asarray(conversions, dtype=float)
    n = np.asarray(recipients, dtype=float)
    if len(k) == 0 or (n <= 0).any() or (k < 0).any() or (k > n).any():
        raise ValueError("need campaigns with 0 <= conversions <= recipients and recipients > 0")
    # Stage 1: coarse log M grid to find where the posterior mass is.
    prior = prior or (PRIOR_LOG_M, PRIOR_SD)
    coarse = np.linspace(math.log(0.5), math.log(1e7), COARSE_M)
    _, _, w1 = _posterior(k, n, coarse, COARSE_MU, prior)
    marg = w1.sum(axis=1)
    keep = np.nonzero(marg > marg.max() * 1e-6)[0]
    lo = coarse[max(keep[0] - 1, 0)]
    hi = coarse[min(keep[-1] + 1, len(coarse) - 1)]
    # Stage 2: fine grid over that region.
    mu, m, w = _posterior(k, n, np.linspace(lo, hi, FINE), FINE, prior)
    row_w = w.sum(axis=1)
    cm = np.cumsum(row_w)
    median_m = float(m[min(int(np.searchsorted(cm, 0.5)), len(cm) - 1), 0])
    return _components(mu, m, w, campaigns=len(k), concentration=median_m)


def _components(mu: np.ndarray, m: np.ndarray, w: np.ndarray, campaigns: int,
                concentration: float | None) -> RateModel:
    """Collapse the (M x mu) posterior into COMPONENTS Betas, one per band of M by mass.

    Within a band the mixture over mu (and the nearby M values) is replaced by the Beta with
    the same mean and variance: smooth, and exact in the first two moments.
    """
    row_w = w.sum(axis=1)
    bands = np.minimum((np.cumsum(row_w) - row_w / 2) * COMPONENTS, COMPONENTS - 1).astype(int)
    var_given = mu * (1 - mu) / (m + 1)  # Var(rate | mu, M)
    a_list, b_list, w_list = [], [], []
    for band in np.unique(bands):
        sel = bands == band
        wb = w[sel]
        total = wb.sum()
        if total < 1e-12:
            continue
        mean = float((wb * mu[sel]).sum() / total)
        var = float((wb * (var_given[sel] + mu[sel] ** 2)).sum() / total) - mean**2
        var = min(max(var, 1e-18), mean * (1 - mean) * (1 - 1e-9))
        s = mean * (1 - mean) / var - 1
        a_list.append(mean * s)
        b_list.append((1 - mean) * s)
        w_list.append(total)
    a, b, wt = np.array(a_list), np.array(b_list), np.array(w_list)
    wt /= wt.sum()
    mean = float((wt * a / (a + b)).sum())
    second = (wt * a * (a + 1) / ((a + b) * (a + b + 1))).sum()
    grid, cdf = _rate_cdf(a, b, wt)
    return RateModel(a, b, wt, mean, float(second - mean**2), grid, cdf, campaigns,
                     concentration)


def _rate_cdf(a: np.ndarray, b: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The mixture's CDF on a logit-spaced grid of rates, for quantiles and count ranges."""
    mean = a / (a + b)
    sd = np.sqrt(mean * (1 - mean) / (a + b + 1))
    lo = float(np.clip(np.min(mean - 12 * sd), 1e-9, 0.5))
    hi = float(np.clip(np.max(mean + 12 * sd), lo * 1.0001 + 1e-9, 1 - 1e-9))
    u = np.linspace(_logit(lo), _logit(hi), RATE_POINTS)
    p = _expit(u)
    lbeta = gammaln(a) + gammaln(b) - gammaln(a + b)
    # Beta density in logit coordinates: p^a q^b / B(a, b) (the Jacobian p*q absorbed).
    logdens = (a[:, None] * np.log(p)[None, :] + b[:, None] * np.log1p(-p)[None, :]
               - lbeta[:, None])
    dens = w @ np.exp(logdens)
    # Trapezoid masses between grid points; the grid's ends carry (almost) nothing.
    cells = 0.5 * (dens[1:] + dens[:-1]) * (u[1] - u[0])
    cdf = np.concatenate([[0.0], np.cumsum(cells)])
    cdf /= cdf[-1]
    return p, cdf
