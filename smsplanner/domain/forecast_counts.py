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

    Bin i holds the counts from `counts[i]` to `counts[i] + widths[i] - 1` (width `step`, the
    last may be cut short at the audience) and `pmf[i]` is its probability. Quantiles and tail
    probabilities interpolate within a bin, and are exact sums when `step` is 1.
    """

    counts: np.ndarray
    pmf: np.ndarray
    step: int
    widths: np.ndarray | None = None  # None: every bin is `step` wide

    @property
    def bin_widths(self) -> np.ndarray:
        return self.widths if self.widths is not None else np.full(len(self.counts), self.step)

    @property
    def edges(self) -> np.ndarray:
        """Bin edges half a count outside the counts they hold (len(counts) + 1 values)."""
        return np.append(self.counts - 0.5, self.counts[-1] + self.bin_widths[-1] - 0.5)

    def _cdf_at(self, x: float) -> float:
        """P(count <= x) (linear within a bin when strided)."""
        if self.step == 1:
            return float(self.pmf[self.counts <= x].sum())
        cdf = np.concatenate([[0.0], np.cumsum(self.pmf)])
        return float(np.interp(x + 0.5, self.edges, cdf))

    def quantile(self, q: float) -> int:
        """Smallest count whose cumulative probability reaches q (interpolated when strided)."""
        c = np.cumsum(self.pmf)
        i = min(int(np.searchsorted(c, q - 1e-12)), len(self.counts) - 1)
        if self.step == 1:
            return int(self.counts[i])
        before = c[i - 1] if i > 0 else 0.0
        frac = (q - before) / self.pmf[i] if self.pmf[i] > 0 else 0.5
        start, width = int(self.counts[i]), int(self.bin_widths[i])
        value = round(start - 0.5 + min(max(frac, 0.0), 1.0) * width)
        return min(max(value, start), start + width - 1)

    def prob_above(self, x: float) -> float:
        """P(count > x)."""
        return max(0.0, 1.0 - self._cdf_at(math.floor(x)))

    def prob_at_least(self, x: float) -> float:
        """P(count >= x)."""
        return max(0.0, 1.0 - self._cdf_at(math.ceil(x) - 1))


def _bins(lo: int, top: int, points: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Bins covering lo..top in at most `points`: (starts, widths, centres, step)."""
    step = max(1, math.ceil((top - lo + 1) / points))
    starts = np.arange(lo, top + 1, step, dtype=float)
    widths = np.minimum(step, top + 1 - starts)
    return starts, widths, starts + (widths - 1) / 2, step


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
    starts, widths, centres, step = _bins(lo, hi, MAX_POINTS)
    # Each bin's mass: the pmf at its centre times its width (exact when step is 1).
    lp = log_pmf(model, n, centres)
    pmf = np.exp(lp - lp.max()) * widths
    pmf /= pmf.sum()
    return CountDistribution(starts.astype(np.int64), pmf, step,
                             None if step == 1 else widths.astype(np.int64))


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
    _, widths, centres, _ = _bins(lo, top, TAIL_POINTS)
    below = float((np.exp(log_pmf(model, n, centres)) * widths).sum())
    return min(1.0, max(0.0, 1.0 - below))
