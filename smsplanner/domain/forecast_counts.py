"""How many conversions a send of n people brings: the predictive count distribution.

For a typed rate it is binomial; from history it is the beta-binomial mixture of the fitted
RateModel, each component's pmf exact (lgamma). Large ranges are sampled on a stride of
counts, so one forecast costs a few hundred microseconds at any audience. Any thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from smsplanner.domain.forecast_fit import RateModel, gammaln

MAX_POINTS = 320  # count grid size: above this the count axis is strided
TAIL_POINTS = 256  # points for a tail sum (the inverse question)
_EDGE_SD = 8.0  # binomial standard deviations added beyond the rate's range


@dataclass(frozen=True)
class CountDistribution:
    """Probability of each count in `counts`; with `step` > 1 each stands for a bin of counts.

    `pmf[i]` is the mass of the bin centred on `counts[i]` (width `step`); quantiles and tail
    probabilities interpolate within a bin, and are exact sums when `step` is 1.
    """

    counts: np.ndarray
    pmf: np.ndarray
    step: int

    def _cdf_at(self, x: float) -> float:
        """P(count <= x) (linear within a bin when strided)."""
        if self.step == 1:
            return float(self.pmf[self.counts <= x].sum())
        edges = self.counts - self.step / 2
        cdf = np.concatenate([[0.0], np.cumsum(self.pmf)])
        return float(np.interp(x + 0.5, np.append(edges, edges[-1] + self.step), cdf))

    def quantile(self, q: float) -> int:
        """Smallest count whose cumulative probability reaches q (interpolated when strided)."""
        c = np.cumsum(self.pmf)
        i = min(int(np.searchsorted(c, q - 1e-12)), len(self.counts) - 1)
        if self.step == 1:
            return int(self.counts[i])
        before = c[i - 1] if i > 0 else 0.0
        frac = (q - before) / self.pmf[i] if self.pmf[i] > 0 else 0.5
        return round(float(self.counts[i]) - self.step / 2 + min(max(frac, 0.0), 1.0) * self.step)

    def prob_above(self, x: float) -> float:
        """P(count > x)."""
        return max(0.0, 1.0 - self._cdf_at(math.floor(x)))

    def prob_at_least(self, x: float) -> float:
        """P(count >= x)."""
        return max(0.0, 1.0 - self._cdf_at(math.ceil(x) - 1))


def count_range(model: RateModel, n: int) -> tuple[int, int]:
    """Counts outside this range have negligible probability (rate tails and binomial noise)."""
    lo_p, hi_p = model.low, model.high
    lo = n * lo_p - _EDGE_SD * math.sqrt(n * lo_p * (1 - lo_p)) - 2
    hi = n * hi_p + _EDGE_SD * math.sqrt(n * hi_p * (1 - hi_p)) + 2
    return max(0, math.floor(lo)), min(n, math.ceil(hi))


def log_pmf(model: RateModel, n: int, ks: np.ndarray) -> np.ndarray:
    """log P(K = k) for each k (non-integer k: the smooth continuation), n people delivered."""
    log_choose = gammaln(np.array([n + 1.0]))[0] - gammaln(ks + 1.0) - gammaln(n - ks + 1.0)
    if model.is_fixed:
        p = min(max(model.mean, 1e-300), 1 - 1e-16)
        return log_choose + ks * math.log(p) + (n - ks) * math.log1p(-p)
    a, b = model.a[:, None], model.b[:, None]
    log_norm = (gammaln(model.a + model.b) - gammaln(model.a) - gammaln(model.b)
                - gammaln(n + model.a + model.b))
    terms = gammaln(ks[None, :] + a) + gammaln(n - ks[None, :] + b) + log_norm[:, None]
    peak = terms.max(axis=0)  # per count: log_choose and terms cancel by hundreds
    mixed = model.weights @ np.exp(terms - peak[None, :])
    with np.errstate(divide="ignore"):
        return log_choose + peak + np.log(mixed)


def count_distribution(model: RateModel, n: int) -> CountDistribution:
    """Distribution of conversions among n delivered: binomial, or beta-binomial mixture."""
    if n <= 0 or model.mean <= 0:
        return CountDistribution(np.array([0]), np.array([1.0]), 1)
    lo, hi = count_range(model, n)
    step = max(1, math.ceil((hi - lo + 1) / MAX_POINTS))
    ks = np.arange(lo, hi + 1, step, dtype=float)
    lp = log_pmf(model, n, ks)
    pmf = np.exp(lp - lp.max())
    pmf /= pmf.sum()
    return CountDistribution(ks.astype(np.int64), pmf, step)


def prob_at_least(model: RateModel, n: int, target: int) -> float:
    """P(at least `target` conversions among n delivered), summing only the lower tail.

    Exact when the tail spans up to TAIL_POINTS counts, else a midpoint sum over a stride.
    """
    if target <= 0:
        return 1.0
    if n < target or model.mean <= 0:
        return 0.0
    lo, hi = count_range(model, n)
    top = min(target - 1, hi)
    if top < lo:
        return 1.0
    step = max(1, math.ceil((top - lo + 1) / TAIL_POINTS))
    # Bin centres: each point stands for `step` counts from lo upwards (the last may be short).
    starts = np.arange(lo, top + 1, step, dtype=float)
    widths = np.minimum(step, top + 1 - starts)
    centres = starts + (widths - 1) / 2
    below = float((np.exp(log_pmf(model, n, centres)) * widths).sum())
    return min(1.0, max(0.0, 1.0 - below))
