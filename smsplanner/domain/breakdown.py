"""What works best: the chosen rate pooled by segment, offer, weekday or hour of day.

Each group has a Wilson 95% interval, widened for how much campaigns in the same group differ
(effective sample size recipients / dispersion), and its recipients; groups whose interval
includes the overall rate are marked, because their difference could be chance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from smsplanner.domain.trend import CampaignTable, TrendSeries, wilson_arrays

BREAKDOWNS: dict[str, str] = {
    "segment": "Segment",
    "offer": "Offer",
    "weekday": "Weekday",
    "hour": "Hour of day",
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
UNNAMED = ("No segment", "No offer")
FEW_CAMPAIGNS = 3  # below this a group's figure rests on too little to compare


@dataclass(frozen=True)
class Group:
    """One bar: a group's pooled rate, its interval, and what it rests on."""

    label: str
    numerator: int
    denominator: int
    rate: float
    low: float
    high: float
    campaigns: int
    overlaps_overall: bool  # interval includes the overall rate: could be chance
    key: int = -1  # the group's number: weekday 0 = Monday, hour 0-23, else a name's code
    unnamed: bool = False  # the "No segment" / "No offer" group (the GUI words its label)

    @property
    def few(self) -> bool:
        return self.campaigns < FEW_CAMPAIGNS


@dataclass(frozen=True)
class Breakdown:
    """Groups sorted best first, the overall pooled rate, and campaigns with no group."""

    by: str
    groups: list[Group]
    overall: float | None
    unknown: int  # campaigns left out of this breakdown (e.g. send time not recorded)
    dispersion: float = 1.0  # intervals are widened by its square root (campaigns vary)

    @property
    def note(self) -> str:
        """The honesty line shown under the bars."""
        if not self.groups:
            return ""
        notes = []
        if any(g.overlaps_overall for g in self.groups):
            notes.append("Pale bars: the interval includes the overall rate, so the difference "
                         "could be chance.")
        if self.unknown:
            what = "no send time" if self.by == "hour" else "nothing recorded here"
            notes.append(f"{self.unknown:,} campaign{'s' if self.unknown != 1 else ''} with "
                         f"{what} left out.")
        return " ".join(notes)


def _group_keys(table: CampaignTable, rows: np.ndarray, by: str) -> tuple[np.ndarray, list[str]]:
    """Integer group per row (-1 = no group) and the label of each group number."""
    if by == "segment":
        labels = [s if s else "No segment" for s in table.segment_names]
        return table.segment_codes[rows].astype(np.int64), labels
    if by == "offer":
        labels = [o if o else "No offer" for o in table.offer_names]
        return table.offer_codes[rows].astype(np.int64), labels
    if by == "weekday":
        return (table.days[rows] + 3) % 7, list(WEEKDAYS)  # 1970-01-01 was a Thursday
    if by == "hour":
        minutes = table.minutes[rows]
        keys = np.where(np.isnan(minutes), -1, np.nan_to_num(minutes) // 60).astype(np.int64)
        return keys, [f"{h:02d}:00–{h:02d}:59" for h in range(24)]
    raise ValueError(f"cannot break down by {by!r}: use one of {', '.join(BREAKDOWNS)}")


def _dispersion(keys: np.ndarray, k: np.ndarray, n: np.ndarray, group_rate: np.ndarray,
                groups: int) -> float:
    """Pearson chi2 / df of campaigns around their group's rate, floored at 1."""
    df = len(k) - groups
    if df <= 0:
        return 1.0
    p = group_rate[keys]
    var = n * p * (1 - p)
    ok = var > 0
    chi2 = float(np.sum((k[ok] - n[ok] * p[ok]) ** 2 / var[ok]))
    return max(1.0, chi2 / df)


def breakdown(table: CampaignTable, series: TrendSeries, by: str) -> Breakdown:
    """The series' rate pooled per group, best first."""
    keys, labels = _group_keys(table, series.rows, by)
    known = keys >= 0
    num_all, den_all = series.numerator.sum(), series.denominator.sum()
    overall = float(num_all / den_all) if den_all > 0 else None
    if not known.any():
        return Breakdown(by, [], overall, int(np.count_nonzero(~known)), 1.0)
    size = len(labels)
    num = np.bincount(keys[known], weights=series.numerator[known], minlength=size)
    den = np.bincount(keys[known], weights=series.denominator[known], minlength=size)
    camps = np.bincount(keys[known], minlength=size)
    present = np.flatnonzero(den > 0)
    phi = _dispersion(keys[known], series.numerator[known], series.denominator[known],
                      num / np.where(den > 0, den, 1), len(present))
    # Effective sample size n/phi: the interval reflects how much campaigns really vary.
    low, high = wilson_arrays(num[present] / phi, den[present] / phi)
    groups = []
    for j, g in enumerate(present):
        lo, hi = float(low[j]), float(high[j])
        groups.append(Group(
            label=labels[g], numerator=round(float(num[g])), denominator=round(float(den[g])),
            rate=float(num[g] / den[g]), low=lo, high=hi, campaigns=int(camps[g]),
            overlaps_overall=overall is not None and lo <= overall <= hi,
            key=int(g), unnamed=by in ("segment", "offer") and labels[g] in UNNAMED,
        ))
    groups.sort(key=lambda g: (-g.rate, g.label))
    return Breakdown(by, groups, overall, int(np.count_nonzero(~known)), phi)
