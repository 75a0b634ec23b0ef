"""Per-campaign points, pooled weeks/months and the left-out count, checked by hand."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.domain.metrics import METRICS, wilson_interval
from smsplanner.domain.trend import (
    CampaignTable,
    campaign_point_records,
    left_out_text,
    pooled_point_records,
    pooled_points,
    trend_series,
    wilson_arrays,
)


def _c(i: int, day: str, **kw: object) -> Campaign:
    return Campaign(name=f"C{i}", date=dt.date.fromisoformat(day), id=i, **kw)  # type: ignore[arg-type]


@pytest.fixture
def table() -> CampaignTable:
    return CampaignTable.from_campaigns([
        _c(1, "2026-01-07", sent=1000, delivered=950, conversions=38, clicks=120, segment="A"),
        _c(2, "2026-01-05", sent=500, conversions=10, segment="B"),  # no delivered: sent basis
        _c(3, "2026-01-12", sent=2000, delivered=1900, conversions=95, segment="A"),
        _c(4, "2026-02-02", sent=800, delivered=790, segment="B"),  # conversions unknown
        _c(5, "2026-02-20", conversions=3, segment="A"),  # nobody known to be reached
        _c(6, "2026-02-27", sent=400, delivered=0, conversions=0, segment="A"),  # reached 0
    ])


def test_campaign_points_match_hand_figures(table: CampaignTable) -> None:
    s = trend_series(table, "conversion")
    recs = campaign_point_records(table, s)
    assert [r["name"] for r in recs] == ["C2", "C1", "C3"]  # sorted by date
    c2, c1, c3 = recs
    assert (c1["numerator"], c1["denominator"], c1["basis"]) == (38, 950, "delivered")
    assert (c2["numerator"], c2["denominator"], c2["basis"]) == (10, 500, "sent")
    assert c3["rate"] == pytest.approx(95 / 1900)
    # Wilson by the textbook formula, written out here independently.
    z = 1.959963984540054
    p, n = 38 / 950, 950
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    assert c1["low"] == pytest.approx(centre - half, abs=1e-12)
    assert c1["high"] == pytest.approx(centre + half, abs=1e-12)


def test_each_point_agrees_with_the_metric_registry(table: CampaignTable) -> None:
    for key, metric in METRICS.items():
        s = trend_series(table, key)
        for rec in campaign_point_records(table, s):
            c = next(c for c in table.campaigns if c.id == rec["id"])
            r = metric.of(c)
            assert r is not None
            assert (rec["numerator"], rec["denominator"], rec["basis"]) == (
                r.numerator, r.denominator, r.basis)
            assert (rec["low"], rec["high"]) == pytest.approx((r.low, r.high), abs=1e-12)


def test_left_out_counts_say_what_is_missing(table: CampaignTable) -> None:
    s = trend_series(table, "conversion")
    # C4 has no conversions; C5 has no sent or delivered count; C6 reached nobody (sent 400,
    # delivered 0): known and zero, not unknown.
    assert (s.no_numerator, s.no_denominator, s.reached_nobody, s.left_out) == (1, 1, 1, 3)
    text = left_out_text(s)
    assert text == ("1 campaign has no conversion count, 1 campaign has no sent or "
                    "delivered count and 1 campaign reached nobody (0 delivered), so they are "
                    "left out.")
    clicks = trend_series(table, "click")
    assert clicks.no_numerator == 3
    assert "3 campaigns have no click counts" in left_out_text(clicks)


def test_one_left_out_is_it_not_they() -> None:
    t = CampaignTable.from_campaigns([_c(1, "2026-01-01", sent=10, conversions=1),
                                      _c(2, "2026-01-02", sent=1000, delivered=0)])
    assert left_out_text(trend_series(t, "conversion")) == (
        "1 campaign reached nobody (0 delivered), so it is left out.")


def test_nothing_left_out_gives_no_text() -> None:
    t = CampaignTable.from_campaigns([_c(1, "2026-01-01", sent=10, conversions=1)])
    assert left_out_text(trend_series(t, "conversion")) == ""


def test_filter_mask_matches_campaign_filter(table: CampaignTable) -> None:
    f = CampaignFilter(segment="A", date_from=dt.date(2026, 1, 8), date_to=dt.date(2026, 2, 27))
    mask = table.mask(f)
    assert [c.id for c, keep in zip(table.campaigns, mask, strict=True) if keep] == [
        c.id for c in f.apply(table.campaigns)] == [3, 5, 6]
    assert not table.mask(CampaignFilter(segment="nobody")).any()
    assert table.mask(CampaignFilter(text="c3")).sum() == 1


def test_pooled_by_week_and_month_sum_counts(table: CampaignTable) -> None:
    s = trend_series(table, "conversion")
    weeks = pooled_points(table, s, "week")
    # 2026-01-05 (Mon) and 2026-01-07 share ISO week 2; 2026-01-12 is week 3.
    assert [w.period for w in weeks] == ["2026-W02", "2026-W03"]
    assert weeks[0].start == dt.date(2026, 1, 5) and weeks[0].end == dt.date(2026, 1, 12)
    assert (weeks[0].numerator, weeks[0].denominator, weeks[0].campaigns) == (48, 1450, 2)
    assert weeks[0].rate == pytest.approx(48 / 1450)
    assert (weeks[0].low, weeks[0].high) == pytest.approx(wilson_interval(48, 1450))
    months = pooled_points(table, s, "month")
    assert [(m.period, m.numerator, m.denominator) for m in months] == [("2026-01", 143, 3350)]
    assert months[0].end == dt.date(2026, 2, 1)
    recs = pooled_point_records(months)
    assert recs[0]["date"] == "2026-01-01" and recs[0]["period"] == "2026-01"


def test_week_over_new_year_and_december_month() -> None:
    t = CampaignTable.from_campaigns([
        _c(1, "2025-12-31", sent=100, conversions=5),
        _c(2, "2026-01-02", sent=100, conversions=7),
        _c(3, "2025-12-01", sent=100, conversions=1),
    ])
    s = trend_series(t, "conversion")
    weeks = pooled_points(t, s, "week")
    assert [(w.period, w.numerator) for w in weeks] == [("2025-W49", 1), ("2026-W01", 12)]
    months = pooled_points(t, s, "month")
    assert [(m.period, m.end) for m in months] == [
        ("2025-12", dt.date(2026, 1, 1)), ("2026-01", dt.date(2026, 2, 1))]


def test_bad_pooling_is_refused(table: CampaignTable) -> None:
    with pytest.raises(ValueError):
        pooled_points(table, trend_series(table, "conversion"), "fortnight")


def test_vectorised_wilson_matches_scalar() -> None:
    rng = np.random.default_rng(5)
    n = rng.integers(1, 5000, size=300)
    k = (rng.random(300) * (n + 1)).astype(int).clip(0, n)
    low, high = wilson_arrays(k, n)
    for i in range(300):
        assert (low[i], high[i]) == pytest.approx(wilson_interval(int(k[i]), int(n[i])), abs=1e-12)


def test_no_nan_in_series_even_with_missing_counts(table: CampaignTable) -> None:
    for key in METRICS:
        s = trend_series(table, key)
        for arr in (s.numerator, s.denominator, s.rate, s.low, s.high):
            assert np.isfinite(arr).all()
