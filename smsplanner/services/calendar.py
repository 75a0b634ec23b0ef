"""The calendar: a month's sends, plans, holidays and totals; forecasts held to account;
the .ics export. Read-only except the file written; runs on the caller's thread."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.holidays_cal import holidays_between
from smsplanner.domain.metrics import conversion_rate
from smsplanner.domain.plan_forecast import (
    Calibration,
    ForecastCheck,
    ForecastSnapshot,
    calibration,
    check_forecasts,
)
from smsplanner.domain.plan_rules import PlanningRules, PlanWarning
from smsplanner.domain.report import campaign_record
from smsplanner.services.plans import latest_forecast, month_cost, warnings_for
from smsplanner.storage.campaigns import list_campaigns
from smsplanner.storage.forecasts import list_snapshots, load_rules


@dataclass(frozen=True)
class CalendarEntry:
    campaign: Campaign
    forecast: ForecastSnapshot | None
    warnings: list[PlanWarning]
    rate_band: str | None = None  # sent: "high", "usual" or "low" against the shop's range

    def to_dict(self) -> dict[str, object]:
        c = self.campaign
        rate = conversion_rate(c)
        return {"id": c.id, "name": c.name, "time": c.time, "segment": c.segment,
                "offer": c.offer, "channel": c.channel, "status": c.status,
                "audience": c.audience, "conversions": c.conversions,
                "conversion_rate": None if rate is None else rate.value,
                "rate_band": self.rate_band,
                "forecast": None if self.forecast is None else self.forecast.contract(),
                "warnings": [w.to_dict() for w in self.warnings]}


@dataclass(frozen=True)
class MonthTotals:
    sends: int
    planned: int
    cost: float
    expected_low: int  # 80% ranges summed: a simple, slightly wide band for the month
    expected: float
    expected_high: int
    revenue_low: float | None
    revenue_high: float | None
    budget: float | None

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class MonthCalendar:
    year: int
    month: int
    days: dict[dt.date, list[CalendarEntry]]
    holidays: dict[dt.date, str]
    totals: MonthTotals
    usual_range: tuple[float, float] | None = None
    rules: PlanningRules = field(default_factory=PlanningRules)

    def to_dict(self) -> dict[str, object]:
        days = []
        first = dt.date(self.year, self.month, 1)
        for i in range(_cal.monthrange(self.year, self.month)[1]):
            d = first + dt.timedelta(days=i)
            entries = self.days.get(d, [])
            days.append({"date": d.isoformat(), "holiday": self.holidays.get(d),
                         "campaigns": [e.to_dict() for e in entries if not
                                       e.campaign.is_planned],
                         "plans": [e.to_dict() for e in entries if e.campaign.is_planned],
                         "warnings": [w.to_dict() for e in entries for w in e.warnings]})
        return {"month": f"{self.year:04d}-{self.month:02d}", "days": days,
                "totals": self.totals.to_dict()}


def usual_range(campaigns: Sequence[Campaign]) -> tuple[float, float] | None:
    """The shop's usual conversion range: the middle half of its sent campaigns' rates."""
    rates = sorted(r.value for c in campaigns if not c.is_planned
                   and (r := conversion_rate(c)) is not None)
    if len(rates) < 4:
        return None
    return rates[len(rates) // 4], rates[(3 * len(rates)) // 4]


def rate_band(c: Campaign, usual: tuple[float, float] | None) -> str | None:
    r = conversion_rate(c)
    if r is None or usual is None or c.is_planned:
        return None
    return "high" if r.value > usual[1] else "low" if r.value < usual[0] else "usual"


def month_calendar(conn: sqlite3.Connection, year: int, month: int) -> MonthCalendar:
    """Everything the calendar shows for one month."""
    campaigns = list_campaigns(conn)
    snaps = list_snapshots(conn)
    rules = load_rules(conn)
    usual = usual_range(campaigns)
    first = dt.date(year, month, 1)
    last = dt.date(year, month, _cal.monthrange(year, month)[1])
    days: dict[dt.date, list[CalendarEntry]] = {}
    planned = 0
    exp = lo = hi = 0.0
    rev_lo: float | None = None
    rev_hi: float | None = None
    for c in campaigns:
        if not first <= c.date <= last:
            continue
        f = latest_forecast(snaps, c)
        warns = warnings_for(c, campaigns, snaps, rules) if c.is_planned else []
        days.setdefault(c.date, []).append(CalendarEntry(c, f, warns, rate_band(c, usual)))
        if c.is_planned:
            planned += 1
            if f is not None:
                exp, lo, hi = exp + f.expected_conversions, lo + f.low_80, hi + f.high_80
                if f.revenue_low is not None and f.revenue_high is not None:
                    rev_lo = (rev_lo or 0.0) + f.revenue_low
                    rev_hi = (rev_hi or 0.0) + f.revenue_high
    sends = sum(len(v) for v in days.values())
    totals = MonthTotals(sends, planned, month_cost(campaigns, snaps, year, month), int(lo),
                         exp, int(hi), rev_lo, rev_hi, rules.monthly_budget)
    return MonthCalendar(year, month, days, holidays_between(rules.country, first, last),
                         totals, usual, rules)


def forecast_checks(conn: sqlite3.Connection) -> tuple[list[ForecastCheck], Calibration]:
    """Each sent campaign's counting forecast against its result, and the calibration line."""
    checks = check_forecasts(list_campaigns(conn, status="sent"), list_snapshots(conn))
    return checks, calibration(checks)


def campaign_rows(conn: sqlite3.Connection, channel: str | None,
                  status: str | None) -> list[dict[str, object]]:
    """`campaigns --json` records, with status and audience."""
    return [campaign_record(c) for c in list_campaigns(conn, channel, status)]


def export_ics(conn: sqlite3.Connection, path: Path, start: dt.date | None = None) -> int:
    """Write each planned send from `start` on as an event; returns how many."""
    from smsplanner.services.ics import calendar_bytes

    plans = [c for c in list_campaigns(conn, status="planned")
             if start is None or c.date >= start]
    snaps = list_snapshots(conn)
    data = calendar_bytes([(c, latest_forecast(snaps, c)) for c in plans])
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return len(plans)
