"""Rates of many campaigns at once, as arrays: the same numbers as metrics.Metric.of and
metrics.pooled_rate, without building a Rate (and its interval) per campaign.

20,000 campaigns: one pass to gather their counts, then a few array operations per metric
(the totals row and `campaigns --json` did four Wilson intervals a campaign, some twice).
Pure; runs on the caller's thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

import numpy as np

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.metrics import METRICS, Z95, Rate, make_rate

COUNTS = ("sent", "delivered", "clicks", "replies", "opt_outs", "conversions")
FIELDS = (*COUNTS, "revenue", "cost")  # amounts too, for the totals row
NUMERATOR = {"conversion": "conversions", "click": "clicks", "response": "replies",
             "delivery": "delivered"}
assert set(NUMERATOR) == set(METRICS)


@dataclass(frozen=True)
class Counts:
    """Each count (and amount) of each campaign as float64 (NaN = unknown); counts are exact
    up to 2**53."""

    values: dict[str, np.ndarray]
    n: int

    @classmethod
    def of(cls, campaigns: Sequence[Campaign]) -> Counts:
        if not campaigns:
            return cls({f: np.zeros(0) for f in FIELDS}, 0)
        # numpy reads None as NaN when it makes floats
        table = np.array(list(map(attrgetter(*FIELDS), campaigns)), dtype=np.float64)
        return cls({f: table[:, j] for j, f in enumerate(FIELDS)}, len(campaigns))

    def recipients(self) -> tuple[np.ndarray, np.ndarray]:
        """(recipients, whether that is the delivered count) as Campaign.recipients."""
        delivered = self.values["delivered"]
        known = ~np.isnan(delivered)
        return np.where(known, delivered, self.values["sent"]), known


@dataclass(frozen=True)
class RateArrays:
    """One metric over many campaigns; where `known` is False the rate is None."""

    numerator: np.ndarray  # clamped to 0..denominator, as make_rate does
    denominator: np.ndarray
    known: np.ndarray
    from_delivered: np.ndarray  # basis "delivered" (else "sent") where known

    def wilson(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(value, low, high) as metrics.wilson_interval works them out (NaN where unknown)."""
        k = np.where(self.known, self.numerator, 0.0)
        n = np.where(self.known, self.denominator, 1.0)
        with np.errstate(invalid="ignore", divide="ignore"):
            p = k / n
            z2 = Z95 * Z95
            denom = 1 + z2 / n
            centre = (p + z2 / (2 * n)) / denom
            half = Z95 * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
        low = np.where(k == 0, 0.0, np.maximum(0.0, centre - half))
        high = np.where(k == n, 1.0, np.minimum(1.0, centre + half))
        unknown = ~self.known
        return (np.where(unknown, np.nan, p), np.where(unknown, np.nan, low),
                np.where(unknown, np.nan, high))


def rate_arrays(counts: Counts, metric: str) -> RateArrays:
    num = counts.values[NUMERATOR[metric]]
    if metric == "delivery":
        den = counts.values["sent"]
        from_delivered = np.zeros(counts.n, dtype=bool)
    else:
        den, from_delivered = counts.recipients()
    known = ~np.isnan(num) & ~np.isnan(den) & (np.nan_to_num(den) > 0)
    clamped = np.where(known, np.minimum(np.maximum(np.trunc(np.nan_to_num(num)), 0),
                                         np.nan_to_num(den)), 0.0)
    return RateArrays(clamped, np.where(known, den, 0.0), known, from_delivered)


def pooled(counts: Counts, metric: str) -> tuple[Rate | None, int]:
    """(pooled rate, campaigns left out) as metrics.pooled_rate and count_unknown give."""
    r = rate_arrays(counts, metric)
    unknown = int(counts.n - r.known.sum())
    den = int(r.denominator[r.known].sum())
    if den == 0:
        return None, unknown
    num = int(r.numerator[r.known].sum())
    if metric == "delivery":
        basis = "sent"
    else:
        kinds = set(r.from_delivered[r.known].tolist())
        basis = ("delivered" if kinds == {True} else "sent" if kinds == {False}
                 else "delivered or sent")
    return make_rate(num, den, basis), unknown


def rate_columns(campaigns: Sequence[Campaign]) -> dict[str, list[float | None]]:
    """`<metric>_rate`, `_low` and `_high` lists (None = unknown), as report.campaign_record
    names them, for every campaign."""
    counts = Counts.of(campaigns)
    out: dict[str, list[float | None]] = {}
    for metric in METRICS:
        value, low, high = rate_arrays(counts, metric).wilson()
        base = {"conversion": "conversion_rate", "click": "click_rate",
                "response": "response_rate", "delivery": "delivery_rate"}[metric]
        for suffix, a in (("", value), ("_low", low), ("_high", high)):
            out[base + suffix] = [None if x != x else x for x in a.tolist()]
    return out
