"""What goes into the printed report for a month or a range of days (plain data, no Qt).

Both front ends call `build_report`; the GUI and `smsplanner report --pdf` lay it out with
Qt's QTextDocument (smsplanner.ui.report). Runs on any thread with its own connection.
"""

from __future__ import annotations

import calendar
import datetime as dt
import sqlite3
from dataclasses import dataclass, field

from smsplanner.domain.breakdown import Breakdown, Group, breakdown
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.domain.metrics import METRICS, Rate, pooled_rate
from smsplanner.domain.trend import CampaignTable, TrendSeries, trend_series
from smsplanner.domain.verdict import Verdict, chance_words, trend_verdict

LARGEST = 5  # campaigns listed by size
COUNT_FIELDS = ("sent", "delivered", "clicks", "replies", "opt_outs", "conversions")
MONEY_FIELDS = ("revenue", "cost")


@dataclass
class Extremes:
    """The best and worst group of one breakdown (segment or offer), with intervals."""

    by: str
    best: Group | None
    worst: Group | None
    could_be_chance: bool  # their intervals overlap: the ranking is a hint, not a finding


@dataclass
class ReportData:
    """Everything the report shows, computed once."""

    date_from: dt.date
    date_to: dt.date
    campaigns: list[Campaign]
    table: CampaignTable
    series: TrendSeries
    verdict: Verdict
    verdict_plain: str
    totals: dict[str, float | None]
    unknown_counts: dict[str, int]  # campaigns whose count of this field is not known
    rates: dict[str, Rate | None]
    extremes: list[Extremes] = field(default_factory=list)
    largest: list[Campaign] = field(default_factory=list)
    planned: list[dict[str, object]] = field(default_factory=list)  # next sends, when recorded

    @property
    def title_period(self) -> str:
        """"October 2026" for a whole month, else "1 Oct 2026 – 15 Nov 2026"."""
        a, b = self.date_from, self.date_to
        if (a.day == 1 and a.year == b.year and a.month == b.month
                and b.day == calendar.monthrange(b.year, b.month)[1]):
            return f"{calendar.month_name[a.month]} {a.year}"
        return f"{a.isoformat()} – {b.isoformat()}"


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _extremes(table: CampaignTable, series: TrendSeries, by: str) -> Extremes:
    b: Breakdown = breakdown(table, series, by)
    groups = b.groups
    if len(groups) < 2:
        return Extremes(by, groups[0] if groups else None, None, True)
    best, worst = groups[0], groups[-1]
    return Extremes(by, best, worst, best.low <= worst.high)


def _totals(campaigns: list[Campaign]) -> tuple[dict[str, float | None], dict[str, int]]:
    totals: dict[str, float | None] = {}
    unknown: dict[str, int] = {}
    for name in (*COUNT_FIELDS, *MONEY_FIELDS):
        values = [getattr(c, name) for c in campaigns]
        known = [v for v in values if v is not None]
        totals[name] = sum(known) if known else None
        unknown[name] = len(values) - len(known)
    return totals, unknown


def _planned(conn: sqlite3.Connection, channel: str | None, today: dt.date
             ) -> list[dict[str, object]]:
    """The next planned sends from today on (up to five): name, day and audience."""
    from smsplanner.storage.campaigns import list_campaigns

    plans = [c for c in list_campaigns(conn, channel, "planned") if c.date >= today]
    plans.sort(key=lambda c: (c.date, c.name))
    return [{"date": c.date.isoformat(), "name": c.name, "audience": c.audience}
            for c in plans[:5]]


def build_report(conn: sqlite3.Connection, date_from: dt.date, date_to: dt.date,
                 channel: str | None = "sms") -> ReportData:
    """The report's figures for the campaigns sent from `date_from` to `date_to` inclusive."""
    from smsplanner.storage.campaigns import list_campaigns

    if date_from > date_to:
        raise ValueError("the report's first day is after its last day")
    f = CampaignFilter(channel=channel, date_from=date_from, date_to=date_to)
    everything = list_campaigns(conn, channel, "sent")  # planned sends have no results yet
    table = CampaignTable.from_campaigns(everything)
    mask = table.mask(f)
    campaigns = [c for c, keep in zip(table.campaigns, mask, strict=True) if keep]
    series = trend_series(table, "conversion", mask)
    verdict = trend_verdict(series, table)
    totals, unknown = _totals(campaigns)
    rates = {key: pooled_rate(campaigns, key) for key in METRICS}
    extremes = [_extremes(table, series, by) for by in ("segment", "offer")]
    largest = sorted(campaigns, key=lambda c: (-(c.recipients or 0), c.date))[:LARGEST]
    planned = _planned(conn, channel, dt.date.today())
    return ReportData(date_from, date_to, campaigns, table, series, verdict,
                      chance_words(verdict), totals, unknown, rates, extremes, largest, planned)
