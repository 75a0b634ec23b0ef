"""Rates over time: one point per campaign, pooled by week or month, and what was left out.

Everything is columnar (numpy arrays) so that switching metric, segment or dates over 10,000
campaigns costs milliseconds. Plain Python/numpy only: no Qt, pandas or SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter, search_text
from smsplanner.domain.metrics import METRICS, Z95

_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
# What is missing when a campaign has no value for a metric, in the user's words.
NUMERATOR_WORDS: dict[str, str] = {
    "conversion": "conversion counts",
    "click": "click counts",
    "response": "reply counts",
    "delivery": "delivered counts",
}
DENOMINATOR_WORDS: dict[str, str] = {
    "conversion": "sent or delivered counts",
    "click": "sent or delivered counts",
    "response": "sent or delivered counts",
    "delivery": "sent counts",
}


def wilson_arrays(k: np.ndarray, n: np.ndarray, z: float = Z95) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised Wilson 95% interval (same formula as metrics.wilson_interval); n > 0."""
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    p = k / n
    z2 = z * z
    denom = 1.0 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    low = np.where(k <= 0, 0.0, np.maximum(0.0, centre - half))
    high = np.where(k >= n, 1.0, np.minimum(1.0, centre + half))
    return low, high


def _codes(values: Sequence[str | None]) -> tuple[np.ndarray, list[str | None]]:
    """Integer codes per value and the list of distinct values (None kept as its own value)."""
    names: list[str | None] = []
    index: dict[str | None, int] = {}
    codes = np.empty(len(values), dtype=np.int32)
    for i, v in enumerate(values):
        j = index.get(v)
        if j is None:
            j = index[v] = len(names)
            names.append(v)
        codes[i] = j
    return codes, names


def _count_column(campaigns: Sequence[Campaign], field: str) -> np.ndarray:
    """A count field as floats with NaN for unknown."""
    return np.array(
        [np.nan if (v := getattr(c, field)) is None else v for c in campaigns], dtype=float
    )


def _minutes(time: str | None) -> float:
    if not time:
        return np.nan
    try:
        hh, mm = time.split(":")
        return int(hh) * 60 + int(mm)
    except ValueError:
        return np.nan


@dataclass(eq=False)
class CampaignTable:
    """Campaigns as columns, built once per list (GUI thread or CLI); cheap to filter."""

    campaigns: list[Campaign]
    ids: np.ndarray  # int64, -1 when unsaved
    days: np.ndarray  # days since 1970-01-01 (the local calendar day the user recorded)
    minutes: np.ndarray  # send time in minutes after midnight, NaN when unknown
    segment_codes: np.ndarray
    segment_names: list[str | None]
    offer_codes: np.ndarray
    offer_names: list[str | None]
    channel_codes: np.ndarray
    channel_names: list[str | None]
    counts: dict[str, np.ndarray]  # sent, delivered, clicks, replies, conversions (NaN unknown)

    @classmethod
    def from_campaigns(cls, campaigns: Sequence[Campaign]) -> CampaignTable:
        cs = list(campaigns)
        seg, seg_names = _codes([c.segment for c in cs])
        off, off_names = _codes([c.offer for c in cs])
        ch, ch_names = _codes([c.channel for c in cs])
        return cls(
            campaigns=cs,
            ids=np.array([-1 if c.id is None else c.id for c in cs], dtype=np.int64),
            days=np.array([c.date.toordinal() - _EPOCH_ORDINAL for c in cs], dtype=np.int64),
            minutes=np.array([_minutes(c.time) for c in cs], dtype=float),
            segment_codes=seg, segment_names=seg_names,
            offer_codes=off, offer_names=off_names,
            channel_codes=ch, channel_names=ch_names,
            counts={f: _count_column(cs, f)
                    for f in ("sent", "delivered", "clicks", "replies", "conversions")},
        )

    def __len__(self) -> int:
        return len(self.campaigns)

    def mask(self, f: CampaignFilter | None) -> np.ndarray:
        """Boolean mask of the campaigns the filter keeps (same rules as CampaignFilter)."""
        keep = np.ones(len(self), dtype=bool)
        if f is None:
            return keep
        if f.segment is not None:
            keep &= self.segment_codes == _code_of(self.segment_names, f.segment)
        if f.channel is not None:
            keep &= self.channel_codes == _code_of(self.channel_names, f.channel)
        if f.date_from is not None:
            keep &= self.days >= f.date_from.toordinal() - _EPOCH_ORDINAL
        if f.date_to is not None:
            keep &= self.days <= f.date_to.toordinal() - _EPOCH_ORDINAL
        if f.text:
            idx = np.flatnonzero(keep)
            needle = f.text.casefold()
            keep[idx] = [needle in search_text(self.campaigns[i]) for i in idx.tolist()]
        return keep


def _code_of(names: list[str | None], value: str) -> int:
    try:
        return names.index(value)
    except ValueError:
        return -1


@dataclass(eq=False)
class TrendSeries:
    """One metric for the shown campaigns that have it: parallel arrays, sorted by day."""

    metric: str
    rows: np.ndarray  # indices into the CampaignTable
    numerator: np.ndarray  # float arrays (whole numbers)
    denominator: np.ndarray
    rate: np.ndarray
    low: np.ndarray
    high: np.ndarray
    from_delivered: np.ndarray  # bool: denominator is the delivered count (else sent)
    no_numerator: int  # shown campaigns left out because the metric's count is unknown
    no_denominator: int  # ... because the count it is out of is unknown
    reached_nobody: int = 0  # ... because that count is known and 0 (sent 1,000, delivered 0)

    def __len__(self) -> int:
        return len(self.rows)

    @property
    def left_out(self) -> int:
        return self.no_numerator + self.no_denominator + self.reached_nobody

    def basis(self, i: int) -> str:
        if self.metric == "delivery":
            return "sent"
        return "delivered" if self.from_delivered[i] else "sent"


def trend_series(table: CampaignTable, metric: str, mask: np.ndarray | None = None) -> TrendSeries:
    """Per-campaign rates of `metric` for the campaigns in `mask`, with what was left out."""
    if metric not in METRICS:
        raise KeyError(metric)
    c = table.counts
    if metric == "delivery":
        num, den = c["delivered"], c["sent"]
        from_delivered = np.zeros(len(table), dtype=bool)
    else:
        num = c[{"conversion": "conversions", "click": "clicks", "response": "replies"}[metric]]
        from_delivered = ~np.isnan(c["delivered"])
        den = np.where(from_delivered, c["delivered"], c["sent"])
    shown = np.ones(len(table), dtype=bool) if mask is None else mask
    known_den = ~np.isnan(den)
    has_den = known_den & (np.nan_to_num(den) > 0)
    has_num = ~np.isnan(num)
    no_den = int(np.count_nonzero(shown & ~known_den))
    nobody = int(np.count_nonzero(shown & known_den & ~has_den))
    no_num = int(np.count_nonzero(shown & has_den & ~has_num))
    rows = np.flatnonzero(shown & has_den & has_num)
    rows = rows[np.argsort(table.days[rows], kind="stable")]
    d = den[rows]
    k = np.clip(num[rows], 0, d)  # as metrics.make_rate: never above the denominator
    low, high = wilson_arrays(k, d)
    return TrendSeries(metric, rows, k, d, k / d if len(d) else k, low, high,
                       from_delivered[rows], no_num, no_den, nobody)


def left_out_text(series: TrendSeries) -> str:
    """'4 campaigns have no click counts, so they are left out.' or '' when none was."""
    parts = []
    for count, words in ((series.no_numerator, NUMERATOR_WORDS[series.metric]),
                         (series.no_denominator, DENOMINATOR_WORDS[series.metric])):
        if count == 1:
            parts.append(f"1 campaign has no {words.replace('counts', 'count')}")
        elif count:
            parts.append(f"{count:,} campaigns have no {words}")
    if series.reached_nobody:
        # Known and zero is not unknown: sent 1,000 and delivered 0 reached nobody.
        zero = "0 sent" if series.metric == "delivery" else "0 delivered"
        parts.append(f"1 campaign reached nobody ({zero})" if series.reached_nobody == 1
                     else f"{series.reached_nobody:,} campaigns reached nobody ({zero})")
    if not parts:
        return ""
    pronoun = "it is" if series.left_out == 1 else "they are"
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return joined + f", so {pronoun} left out."


@dataclass(frozen=True)
class PooledPoint:
    """All campaigns of one ISO week or calendar month added together."""

    period: str  # "2026-W05" or "2026-02"
    start: dt.date
    end: dt.date  # first day after the period
    numerator: int
    denominator: int
    rate: float
    low: float
    high: float
    campaigns: int

    @property
    def mid(self) -> dt.date:
        return self.start + (self.end - self.start) / 2


def _period_keys(days: np.ndarray, by: str) -> np.ndarray:
    if by == "week":
        return days - (days + 3) % 7  # 1970-01-01 was a Thursday: this is the Monday
    if by == "month":
        return days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)
    raise ValueError(f"cannot pool by {by!r}: use 'week' or 'month'")


def _period_bounds(key: int, by: str) -> tuple[str, dt.date, dt.date]:
    if by == "week":
        start = dt.date.fromordinal(int(key) + _EPOCH_ORDINAL)
        iso = start.isocalendar()
        return f"{iso.year}-W{iso.week:02d}", start, start + dt.timedelta(days=7)
    year, month = divmod(int(key), 12)
    start = dt.date(1970 + year, month + 1, 1)
    end = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return f"{start:%Y-%m}", start, end


def pooled_points(table: CampaignTable, series: TrendSeries, by: str) -> list[PooledPoint]:
    """Sum of numerators over sum of denominators per week or month, with Wilson bands."""
    if len(series) == 0:
        _period_keys(np.zeros(0, dtype=np.int64), by)  # still reject a bad `by`
        return []
    keys = _period_keys(table.days[series.rows], by)
    uniq, inverse = np.unique(keys, return_inverse=True)
    num = np.bincount(inverse, weights=series.numerator)
    den = np.bincount(inverse, weights=series.denominator)
    n_camp = np.bincount(inverse)
    low, high = wilson_arrays(num, den)
    out = []
    for i, key in enumerate(uniq):
        label, start, end = _period_bounds(int(key), by)
        out.append(PooledPoint(label, start, end, round(float(num[i])), round(float(den[i])),
                               float(num[i] / den[i]), float(low[i]), float(high[i]),
                               int(n_camp[i])))
    return out


def day_to_date(day: int | np.integer) -> dt.date:
    return dt.date.fromordinal(int(day) + _EPOCH_ORDINAL)


def campaign_point_records(table: CampaignTable, series: TrendSeries) -> list[dict[str, Any]]:
    """Per-campaign points as plain dicts (for JSON): date, name, counts, rate and interval."""
    out = []
    for i, row in enumerate(series.rows):
        c = table.campaigns[row]
        out.append({
            "id": c.id, "date": c.date.isoformat(), "name": c.name, "segment": c.segment,
            "numerator": int(series.numerator[i]), "denominator": int(series.denominator[i]),
            "basis": series.basis(i), "rate": float(series.rate[i]),
            "low": float(series.low[i]), "high": float(series.high[i]),
        })
    return out


def pooled_point_records(points: Sequence[PooledPoint]) -> list[dict[str, Any]]:
    """Pooled points as plain dicts (for JSON); `date` is the first day of the period."""
    return [{"date": p.start.isoformat(), "period": p.period, "numerator": p.numerator,
             "denominator": p.denominator, "rate": p.rate, "low": p.low, "high": p.high,
             "campaigns": p.campaigns} for p in points]
