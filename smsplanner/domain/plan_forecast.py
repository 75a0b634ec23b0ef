"""Forecast snapshots of planned sends, and how often kept forecasts came true.

A snapshot is what the what-if engine said when a plan was made or edited; it is never
changed afterwards. Pure Python; any thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.forecast import (
    History,
    NoHistoryError,
    WhatIfInputs,
    fit_history,
    select_history,
    what_if,
)
from smsplanner.domain.forecast_counts import CountDistribution
from smsplanner.domain.planning import sms_only

# The offer's own history is used once it has this many past sends in the segment: fewer
# would make the range wider than the segment's, not better.
MIN_OFFER_HISTORY = 5


@dataclass(frozen=True)
class ForecastSnapshot:
    """One kept forecast of a planned send (money in the shop's currency, None: unknown)."""

    made_at: str  # local time, ISO "2026-05-01T09:30:00"
    send_date: dt.date
    basis: str  # "based on 14 campaigns to Loyal customers since March 2026"
    rate: float
    history_campaigns: int
    audience: int
    expected_conversions: float
    low_80: int
    high_80: int
    low_95: int
    high_95: int
    parts: int | None = None
    price_per_part: float | None = None
    cost: float | None = None
    revenue_low: float | None = None
    revenue_high: float | None = None
    profit_low: float | None = None
    profit_high: float | None = None
    campaign_id: int | None = None
    id: int | None = None

    def to_dict(self) -> dict[str, object]:
        out = asdict(self)
        out["send_date"] = self.send_date.isoformat()
        return out

    def contract(self) -> dict[str, object]:
        """The `forecast` object of `plan --json`."""
        return {"expected_conversions": self.expected_conversions, "low_80": self.low_80,
                "high_80": self.high_80, "low_95": self.low_95, "high_95": self.high_95,
                "cost": self.cost, "revenue_low": self.revenue_low,
                "revenue_high": self.revenue_high, "basis": self.basis}

    @property
    def summary(self) -> str:
        """'about 120 orders, 80-165' (the 80% range): the calendar chip's words."""
        return (f"about {self.expected_conversions:,.0f} orders, "
                f"{self.low_80:,}-{self.high_80:,}")


def plan_history(campaigns: Sequence[Campaign], *, segment: str | None, offer: str | None,
                 before: dt.date) -> History:
    """The history a plan is forecast from: sent SMS campaigns dated before its send day, of
    its segment, and of its offer too where that has enough sends; a real trend in it is
    followed to the send day, as in the what-if panel. Raises NoHistoryError."""
    past = [c for c in sms_only(campaigns) if not c.is_planned and c.date < before]
    if offer:
        same_offer = [c for c in select_history(past, segment) if c.offer == offer]
        if len(same_offer) >= MIN_OFFER_HISTORY:
            h = fit_history(same_offer, segment, on=before)
            return History(**{**h.__dict__, "offer": offer,
                              "description": h.description + f" with the offer '{offer}'"})
    return fit_history(past, segment, on=before)


def closest_range(dist: CountDistribution, level: float) -> tuple[int, int]:
    """The central range of counts whose probability is closest to `level`.

    With few expected conversions the counts are chunky: the usual quantile range (which
    always holds at least `level`) then holds 88% where it says 80%. Kept forecasts are
    checked against their promise, so each end moves in by one count when that brings the
    range's probability nearer the promise.
    """
    lo = dist.quantile((1 - level) / 2)
    hi = dist.quantile(1 - (1 - level) / 2)
    if dist.step != 1:
        return lo, hi  # large counts: a one-count change is negligible
    pmf = dict(zip(dist.counts.tolist(), dist.pmf.tolist(), strict=True))

    def mass(a: int, b: int) -> float:
        return sum(pmf.get(k, 0.0) for k in range(a, b + 1))

    options = [(lo, hi), (lo + 1, hi), (lo, hi - 1), (lo + 1, hi - 1)]
    options = [(a, b) for a, b in options if a <= b]
    return min(options, key=lambda ab: (abs(mass(*ab) - level), -(ab[1] - ab[0])))


def snapshot(history: History, *, audience: int, send_date: dt.date, made_at: dt.datetime,
             parts: int | None, price_per_part: float | None,
             campaign_id: int | None = None) -> ForecastSnapshot:
    """Run the what-if engine for the plan and keep its answer."""
    cost_per_message = (None if parts is None or price_per_part is None
                        else parts * price_per_part)
    r = what_if(WhatIfInputs(audience=audience, history=history,
                             cost_per_message=cost_per_message))
    low80, high80 = closest_range(r.distribution, 0.80)
    low95, high95 = closest_range(r.distribution, 0.95)
    rpc = r.revenue_per_conversion
    return ForecastSnapshot(
        made_at=made_at.replace(microsecond=0).isoformat(), send_date=send_date,
        basis=f"{r.description}. {r.explanation}" if r.explanation else r.description,
        rate=r.rate, history_campaigns=r.history_campaigns,
        audience=audience, expected_conversions=r.expected_conversions,
        low_80=low80, high_80=high80, low_95=low95, high_95=high95, parts=parts,
        price_per_part=price_per_part, cost=r.cost,
        revenue_low=None if rpc is None else low95 * rpc,
        revenue_high=None if rpc is None else high95 * rpc,
        profit_low=None if rpc is None or r.cost is None else low95 * rpc - r.cost,
        profit_high=None if rpc is None or r.cost is None else high95 * rpc - r.cost,
        campaign_id=campaign_id,
    )


def counting_snapshot(snapshots: Sequence[ForecastSnapshot],
                      send_date: dt.date) -> ForecastSnapshot | None:
    """The forecast that counts: the last one made on or before the send day."""
    before = [s for s in snapshots if s.made_at[:10] <= send_date.isoformat()]
    return max(before, key=lambda s: (s.made_at, s.id or 0)) if before else None


@dataclass(frozen=True)
class ForecastCheck:
    """A sent campaign's counting forecast against what happened."""

    campaign_id: int
    name: str
    date: dt.date
    forecast: ForecastSnapshot
    actual: int

    @property
    def inside_80(self) -> bool:
        return self.forecast.low_80 <= self.actual <= self.forecast.high_80

    @property
    def inside_95(self) -> bool:
        return self.forecast.low_95 <= self.actual <= self.forecast.high_95

    def to_dict(self) -> dict[str, object]:
        f = self.forecast
        return {"campaign_id": self.campaign_id, "name": self.name,
                "date": self.date.isoformat(), "expected_conversions": f.expected_conversions,
                "low_80": f.low_80, "high_80": f.high_80, "low_95": f.low_95,
                "high_95": f.high_95, "actual": self.actual, "inside_80": self.inside_80,
                "inside_95": self.inside_95}


def check_forecasts(campaigns: Sequence[Campaign],
                    snapshots: Sequence[ForecastSnapshot]) -> list[ForecastCheck]:
    """Each sent campaign with known conversions and a counting forecast, in time order."""
    by_campaign: dict[int, list[ForecastSnapshot]] = {}
    for s in snapshots:
        if s.campaign_id is not None:
            by_campaign.setdefault(s.campaign_id, []).append(s)
    out = []
    for c in sorted(campaigns, key=lambda c: (c.date, c.id or 0)):
        if c.is_planned or c.conversions is None or c.id not in by_campaign:
            continue
        f = counting_snapshot(by_campaign[c.id], c.date)
        if f is not None:
            out.append(ForecastCheck(int(c.id), c.name, c.date, f, int(c.conversions)))
    return out


CALIBRATION_WINDOW = 20  # the sentence speaks of the most recent forecasts
TOO_FEW = 8  # below this, any count is consistent with "as promised"


@dataclass(frozen=True)
class Calibration:
    n: int
    inside_80: int
    inside_95: int
    text: str
    # What the text concludes, for front ends that word it themselves: "none" (nothing to
    # check), "too_early", "less_often", "more_often" or "as_promised".
    outcome: str = "none"

    def to_dict(self) -> dict[str, object]:
        return {"n": self.n, "inside_80": self.inside_80, "inside_95": self.inside_95,
                "text": self.text}


def _binom_band(n: int, p: float) -> tuple[int, int]:
    """Counts of hits out of n that are unsurprising (central ~90%) when each lands with p."""
    from math import comb

    pmf = [comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1)]
    cum, lo = 0.0, 0
    for k in range(n + 1):
        cum += pmf[k]
        if cum > 0.05:
            lo = k
            break
    cum, hi = 0.0, n
    for k in range(n, -1, -1):
        cum += pmf[k]
        if cum > 0.05:
            hi = k
            break
    return lo, hi


def calibration(checks: Sequence[ForecastCheck]) -> Calibration:
    """How often the last forecasts landed inside their ranges, in one plain sentence."""
    recent = list(checks)[-CALIBRATION_WINDOW:]
    n = len(recent)
    in80 = sum(c.inside_80 for c in recent)
    in95 = sum(c.inside_95 for c in recent)
    if n == 0:
        return Calibration(0, 0, 0, "No forecast can be checked yet: plan a send, and once its "
                           "results are in, you will see here whether the forecast was right.")
    counts = (f"{in80} landed inside the 80% range and {in95} inside the 95% range")
    if n < TOO_FEW:
        forecasts = "forecast" if n == 1 else "forecasts"
        return Calibration(n, in80, in95, f"Of your {n} checked {forecasts}, {counts}: too "
                           "early to tell whether the ranges hold as often as promised.",
                           "too_early")
    lo80, hi80 = _binom_band(n, 0.8)
    lo95, _ = _binom_band(n, 0.95)
    if in80 < lo80 or in95 < lo95:
        outcome = "less_often"
        verdict = ("less often than promised: results vary more than the forecasts allow, "
                   "so read the ranges as too narrow")
    elif in80 > hi80:
        outcome = "more_often"
        verdict = "more often than promised: the ranges are on the cautious side"
    else:
        outcome = "as_promised"
        verdict = "about as often as promised"
    return Calibration(n, in80, in95, f"Of your last {n} forecasts, {counts}: {verdict}.",
                       outcome)


__all__ = ["Calibration", "ForecastCheck", "ForecastSnapshot", "NoHistoryError",
           "calibration", "check_forecasts", "counting_snapshot", "plan_history", "snapshot"]
