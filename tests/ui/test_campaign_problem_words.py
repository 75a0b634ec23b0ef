"""Every rule a campaign can break is worded by the form from its code, in whole sentences."""

from __future__ import annotations

import datetime as dt

from smsplanner.domain.campaign import MAX_COUNT, Campaign, campaign_problems
from smsplanner.ui.common.campaign_problem_words import duplicate_text, problem_text

DAY = dt.date(2026, 3, 2)
BROKEN = [
    Campaign(name=" ", date=DAY, channel="", time="9.30", status="maybe", audience=-1),
    Campaign(name="A", date=DAY, sent=-1, revenue=-5.0, notes="x" * 100_000),
    Campaign(name="B", date=DAY, sent=MAX_COUNT + 1, cost=float("nan")),
    Campaign(name="C", date=DAY, sent=10, delivered=20),
    Campaign(name="D", date=DAY, sent=10, delivered=8, clicks=9),
    Campaign(name="E", date=DAY, sent=10, conversions=11),
    Campaign(name="F", date=DAY, sent=1.5),  # type: ignore[arg-type]
]


def test_every_problem_has_a_code_and_the_form_words_it() -> None:
    codes = set()
    for c in BROKEN:
        for p in campaign_problems(c):
            assert p.code, p.message  # a new rule without a code would stay English
            text = problem_text(p)
            assert text and "{" not in text and text != "", (p.code, text)
            codes.add(p.code)
    assert codes >= {"name_missing", "bad_time", "bad_status", "bad_audience",
                     "channel_missing", "too_long", "negative", "too_big", "not_money",
                     "delivered_over_sent", "over_recipients", "not_whole"}, codes


def test_english_wording_matches_the_engine_where_the_numbers_agree() -> None:
    problems = {p.code: p for p in campaign_problems(BROKEN[3]) + campaign_problems(BROKEN[4])}
    for code in ("delivered_over_sent", "over_recipients"):
        assert problem_text(problems[code]) == problems[code].message
    c = Campaign(name="Spring sale", date=DAY, channel="sms")
    assert "Spring sale" in duplicate_text(c) and "already exists" in duplicate_text(c)
