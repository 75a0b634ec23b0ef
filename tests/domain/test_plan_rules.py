"""Planning warnings fire at their edges, and only there."""

from __future__ import annotations

import datetime as dt

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.plan_rules import (
    QUIET_PRESETS,
    PlanningRules,
    budget_warning,
    fatigue_warning,
    has_opt_out_text,
    holiday_warning,
    opt_out_text_warning,
    plan_warnings,
    quiet_hours_warnings,
)

DAY = dt.date(2026, 6, 10)  # a Wednesday


def plan(**kw: object) -> Campaign:
    base = dict(name="Plan", date=DAY, segment="Loyal", status="planned", audience=1000,
                id=100)
    base.update(kw)
    return Campaign(**base)  # type: ignore[arg-type]


def sent(days: int, segment: str = "Loyal", time: str | None = None, cid: int = 1) -> Campaign:
    return Campaign(name=f"Sent {days}", date=DAY + dt.timedelta(days=days), segment=segment,
                    time=time, sent=1000, conversions=40, id=cid)


@pytest.mark.parametrize(("gap", "fires"), [(0, True), (6, True), (-6, True), (7, False),
                                            (8, False), (-8, False)])
def test_fatigue_within_seven_days(gap: int, fires: bool) -> None:
    w = fatigue_warning(plan(), [sent(gap)], 7)
    assert (w is not None) is fires
    if w is not None:
        assert w.kind == "fatigue" and "Sent" in w.message


def test_fatigue_ignores_other_segments_and_follows_the_preference() -> None:
    assert fatigue_warning(plan(), [sent(2, segment="New")], 7) is None
    assert fatigue_warning(plan(), [sent(8)], 9) is not None
    assert fatigue_warning(plan(), [sent(2)], 0) is None


@pytest.mark.parametrize(("time", "fires"), [("07:59", True), ("08:00", False),
                                             ("20:59", False), ("21:00", False),
                                             ("21:01", True), (None, False)])
def test_federal_quiet_hours(time: str | None, fires: bool) -> None:
    found = quiet_hours_warnings(plan(time=time), [], QUIET_PRESETS["us"], None)
    assert bool(found) is fires
    assert all(w.kind == "quiet_hours" for w in found)


@pytest.mark.parametrize(("time", "fires"), [("19:59", False), ("20:00", False),
                                             ("20:01", True)])
def test_stricter_state_hours(time: str, fires: bool) -> None:
    for key in ("md_wa", "fl_ok"):
        assert bool(quiet_hours_warnings(plan(time=time), [], QUIET_PRESETS[key], None)) is fires


def test_florida_allows_three_texts_in_24_hours() -> None:
    rule = QUIET_PRESETS["fl_ok"]
    p = plan(time="10:00")
    two = [sent(0, time="09:00", cid=1), sent(1, time="09:30", cid=2)]
    assert quiet_hours_warnings(p, two, rule, None) == []
    three = [*two, sent(-1, time="10:30", cid=3)]
    found = quiet_hours_warnings(p, three, rule, None)
    assert [w.kind for w in found] == ["quiet_hours"] and "4 texts" in found[0].message
    # 24 hours and more apart does not count.
    far = [*two, sent(-1, time="10:00", cid=3)]
    assert quiet_hours_warnings(p, far, rule, None) == []
    assert quiet_hours_warnings(p, three, QUIET_PRESETS["us"], None) == []


def test_france_no_sundays_or_holidays() -> None:
    rule = QUIET_PRESETS["fr"]
    sunday = dt.date(2026, 6, 14)
    assert quiet_hours_warnings(plan(date=sunday), [], rule, None)
    assert quiet_hours_warnings(plan(date=sunday - dt.timedelta(days=1)), [], rule, None) == []
    assert quiet_hours_warnings(plan(date=dt.date(2026, 7, 14)), [], rule, "National Day")
    assert quiet_hours_warnings(plan(date=sunday), [], QUIET_PRESETS["us"], None) == []


@pytest.mark.parametrize(("text", "ok"), [
    ("20% off today. Reply STOP to opt out", True),
    ("20% off today. reply   stop", True),
    ("20% off today. STOP to end", True),
    ("20% off today", False),
    ("Stopping by? 20% off", False),
])
def test_opt_out_wording(text: str, ok: bool) -> None:
    assert has_opt_out_text(text) is ok
    assert (opt_out_text_warning(plan(message=text)) is None) is ok


def test_own_opt_out_phrase_and_no_message_yet() -> None:
    assert opt_out_text_warning(plan(message="Sale! Text NOMORE to quit"), "text nomore") is None
    assert opt_out_text_warning(plan(message="Sale! Text NOMORE to quit")) is not None
    assert opt_out_text_warning(plan(message=None)) is None


def test_holiday_and_budget_edges() -> None:
    assert holiday_warning(plan(), None) is None
    assert holiday_warning(plan(), "Juneteenth").kind == "holiday"  # type: ignore[union-attr]
    assert budget_warning(plan(), 500.0, None) is None
    assert budget_warning(plan(), 500.0, 500.0) is None
    w = budget_warning(plan(), 500.01, 500.0)
    assert w is not None and w.kind == "budget" and "June 2026" in w.message


def test_all_warnings_in_one_list_with_known_kinds() -> None:
    rules = PlanningRules(monthly_budget=10.0)
    found = plan_warnings(plan(time="22:00", message="Sale"), [sent(3)], rules,
                          holiday="Some Day", opt_outs_rising=True, month_cost=11.0)
    assert [w.kind for w in found] == ["fatigue", "opt_outs", "quiet_hours", "holiday",
                                       "opt_out_text", "budget"]
