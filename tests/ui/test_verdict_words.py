"""The GUI words the verdict, its chance line, left-out counts, forecast bases and the
calibration line from structured data: in English (no translator) the words are exactly the
domain's English, which the command line prints; every kind has its own whole sentence."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import QLocale

from smsplanner.domain.breakdown import breakdown
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.forecast import fit_history
from smsplanner.domain.plan_forecast import calibration
from smsplanner.domain.trend import CampaignTable, left_out_text, trend_series
from smsplanner.domain.verdict import Verdict, chance_words, change_words, trend_verdict
from smsplanner.ui.common import verdict_words
from smsplanner.ui.common.verdict_words import (
    chance_text,
    figures_text,
    group_label,
    verdict_text,
)

START = dt.date(2025, 1, 1)
METRICS = ("conversion", "click", "response", "delivery")


def _campaigns(rng: np.random.Generator, slope: float, count: int = 24, segments: int = 1,
               all_or_none: str = "") -> list[Campaign]:
    """A year of campaigns whose every rate moves by `slope` on the logit scale per year."""
    out = []
    for i in range(count):
        day = START + dt.timedelta(days=int(rng.integers(0, 365)))
        n = int(rng.integers(800, 5000))
        p = 1 / (1 + np.exp(-(np.log(0.2 / 0.8) + slope * (day - START).days / 365)))
        k = 0 if all_or_none == "none" else n if all_or_none == "all" else int(rng.binomial(n, p))
        out.append(Campaign(name=f"c{i}", date=day, sent=n + 50, delivered=n, conversions=k,
                            clicks=k, replies=k, segment=f"S{i % segments}"))
    return out


def _verdict(campaigns: list[Campaign], metric: str) -> Verdict:
    table = CampaignTable.from_campaigns(campaigns)
    return trend_verdict(trend_series(table, metric), table)


def _delivery_campaigns(rng: np.random.Generator, slope: float) -> list[Campaign]:
    """Delivered / sent moving with `slope` (the delivery rate's own counts)."""
    out = []
    for i in range(24):
        day = START + dt.timedelta(days=int(rng.integers(0, 365)))
        sent = int(rng.integers(800, 5000))
        p = 1 / (1 + np.exp(-(np.log(0.9 / 0.1) + slope * (day - START).days / 365)))
        out.append(Campaign(name=f"d{i}", date=day, sent=sent,
                            delivered=int(rng.binomial(sent, p))))
    return out


@pytest.mark.parametrize("metric", METRICS)
def test_every_verdict_kind_is_worded_as_the_domain_words_it(qapp, metric: str) -> None:
    rng = np.random.default_rng(17)
    make = (lambda s: _delivery_campaigns(rng, s)) if metric == "delivery" else (
        lambda s: _campaigns(rng, s))
    seen = {}
    for slope in (-2.0, 2.0, 0.0):
        v = _verdict(make(slope), metric)
        seen[v.kind] = v
    few = _verdict(make(-2.0)[:2], metric)
    seen[few.kind] = few
    if metric != "delivery":
        for what in ("none", "all"):
            v = _verdict(_campaigns(rng, 0.0, all_or_none=what), metric)
            seen[v.kind] = v
    wanted = {"up", "down", "flat", "too_few"} | (
        set() if metric == "delivery" else {"none_counted", "all_counted"})
    assert wanted <= set(seen)
    for v in seen.values():
        assert v.metric == metric
        assert verdict_text(v) == v.text, v.kind
    texts = {verdict_text(v) for v in seen.values()}
    assert len(texts) == len(seen)  # one sentence per kind, none shared


def test_a_verdict_that_could_not_be_fitted_has_its_own_sentence(qapp) -> None:
    v = Verdict("flat", None, None, None, None,
                "The trend could not be worked out from these figures.", kind="no_fit")
    assert verdict_text(v) == v.text


def test_spans_of_days_weeks_months_and_years_read_as_the_domain_says(qapp) -> None:
    rng = np.random.default_rng(3)
    base = _verdict(_campaigns(rng, -2.0), "conversion")
    assert base.kind == "down" and base.start is not None
    for days in (1, 9, 30, 200, 800, 1100):
        v = dataclasses.replace(base, end=base.start + dt.timedelta(days=days))
        start, end = v.start, v.end
        assert start is not None and end is not None
        english = base.text.split(" over ")[0] + " over " + verdict_words.span_text(days)
        assert verdict_text(v).startswith(english)
        assert f"({start:%b %Y} – {end:%b %Y})" in verdict_text(v)


@pytest.mark.parametrize("direction", ["up", "down", "flat"])
@pytest.mark.parametrize("sign", [-1, 1])
def test_chance_line_matches_the_domain_for_every_p_value(qapp, direction: str,
                                                           sign: int) -> None:
    v0 = Verdict(direction, 0.01, -0.02, 0.03, 0.5, "", kind=direction)
    ps = ([0.0001, 0.0009, 0.002, 0.009, 0.01, 0.012, 0.03, 0.049] if direction != "flat"
          else [0.05, 0.07, 0.094, 0.095, 0.12, 0.3, 0.55, 0.9, 0.949, 0.95, 0.99])
    for p in ps:
        v = dataclasses.replace(v0, p_value=p, change=sign * 0.01)
        assert chance_text(v) == chance_words(v), p
    assert chance_text(dataclasses.replace(v0, change=0.0)) == ""


def test_figures_name_the_segments_when_there_are_several(qapp) -> None:
    rng = np.random.default_rng(5)
    one = _verdict(_campaigns(rng, -2.0), "conversion")
    three = _verdict(_campaigns(rng, -2.0, segments=3), "conversion")
    assert three.segments == 3
    for v in (one, three):
        assert figures_text(v) == "The figures: " + change_words(v)
    tiny = dataclasses.replace(one, p_value=1e-9)
    assert figures_text(tiny) == "The figures: " + change_words(tiny)


def test_left_out_counts_take_the_right_noun_and_verb(qapp) -> None:
    day = dt.date(2026, 3, 1)
    one = [Campaign(name="a", date=day, sent=100, delivered=90, conversions=3),
           Campaign(name="b", date=day, sent=100, delivered=90)]
    table = CampaignTable.from_campaigns(one)
    s = trend_series(table, "conversion")
    assert verdict_words.left_out_text(s) == left_out_text(s)
    many = one + [Campaign(name=f"x{i}", date=day, sent=100, delivered=90) for i in range(3)]
    table = CampaignTable.from_campaigns(many)
    for metric in METRICS:
        s = trend_series(table, metric)
        if s.left_out and (s.no_numerator == 0) + (s.no_denominator == 0) + (
                s.reached_nobody == 0) == 2:
            assert verdict_words.left_out_text(s) == left_out_text(s), metric
    nobody = [Campaign(name="z", date=day, sent=100, delivered=0, conversions=0)]
    s = trend_series(CampaignTable.from_campaigns(nobody), "conversion")
    assert verdict_words.left_out_text(s) == left_out_text(s)


def test_weekdays_come_from_the_locale(qapp) -> None:
    campaigns = [Campaign(name=f"c{i}", date=dt.date(2026, 3, 2) + dt.timedelta(days=i),
                          sent=1000, delivered=1000, conversions=20 + i) for i in range(7)]
    table = CampaignTable.from_campaigns(campaigns)
    b = breakdown(table, trend_series(table, "conversion"), "weekday")
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        names = {group_label("weekday", g) for g in b.groups}
    finally:
        QLocale.setDefault(before)
    assert names == {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                     "Sonntag"}
    assert {group_label("weekday", g) for g in b.groups} == {g.label for g in b.groups}
    seg = breakdown(table, trend_series(table, "conversion"), "segment")
    assert [group_label("segment", g) for g in seg.groups] == ["No segment"]
    assert seg.groups[0].unnamed


def _plain(segment: str | None, n: int) -> list[Campaign]:
    return [Campaign(name=f"p{i}", date=dt.date(2025, 5, 1) + dt.timedelta(days=9 * i),
                     sent=2000, delivered=1900, conversions=40 + i % 7, segment=segment)
            for i in range(n)]


@pytest.mark.parametrize("segment", [None, "Loyal customers"])
@pytest.mark.parametrize(("n", "last"), [(1, None), (12, None), (12, 5), (230, None)])
def test_next_send_basis_is_the_domain_description_as_a_sentence(window, segment, n,
                                                                 last) -> None:
    h = fit_history(_plain(segment, n), segment=segment, last=last)
    box = window.trends.next_send
    assert box.basis_text(h) == f"This forecast is {h.description}."


def test_calibration_line_for_every_outcome(qtbot) -> None:
    from smsplanner.domain.plan_forecast import ForecastCheck, ForecastSnapshot
    from smsplanner.ui.forecasts.view import ForecastsView

    def check(i: int, actual: int) -> ForecastCheck:
        f = ForecastSnapshot("2026-01-01T09:00:00", dt.date(2026, 1, 2), "b", 0.02, 10, 1000,
                             20.0, 15, 25, 10, 30)
        return ForecastCheck(i, f"c{i}", dt.date(2026, 1, 2), f, actual)

    view = ForecastsView.__new__(ForecastsView)  # only the wording method is used
    from PySide6.QtWidgets import QWidget

    QWidget.__init__(view)
    qtbot.addWidget(view)
    cases = {"none": [], "too_early": [check(i, 20) for i in range(3)],
             "as_promised": [check(i, 20 if i % 5 else 28) for i in range(20)],
             "less_often": [check(i, 40) for i in range(20)],
             "more_often": [check(i, 20) for i in range(20)]}
    for outcome, checks in cases.items():
        cal = calibration(checks)
        assert cal.outcome == outcome
        assert view.calibration_text(cal) == cal.text


def test_date_axis_names_months_in_the_users_language(qtbot) -> None:
    import pyqtgraph as pg

    from smsplanner.ui.trends.items import DateAxis

    axis = DateAxis(orientation="bottom", utcOffset=0)
    plot = pg.PlotWidget(axisItems={"bottom": axis})
    qtbot.addWidget(plot)
    october = dt.datetime(2026, 10, 1, tzinfo=dt.UTC).timestamp()
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        axis.zoomLevel = next(z for z in axis.zoomLevels.values()
                              if any(s.format == "%b" for s in z.tickSpecs))
        month = next(s for s in axis.zoomLevel.tickSpecs if s.format == "%b")
        german = axis.tickStrings([october], 1.0, month.spacing)
    finally:
        QLocale.setDefault(before)
    english = axis.tickStrings([october], 1.0, month.spacing)
    assert german == ["Okt"] and english == ["Oct"]
