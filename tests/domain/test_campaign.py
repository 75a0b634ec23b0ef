"""Campaign validation: every rule names its field in words a shop owner understands."""

from __future__ import annotations

import datetime as dt

import pytest

from smsplanner.domain.campaign import Campaign, campaign_problems, parse_date, validate_campaign
from smsplanner.domain.errors import ValidationError

D = dt.date(2026, 3, 1)


def fields_of(c: Campaign) -> set[str]:
    return {p.field for p in campaign_problems(c)}


def test_valid_campaign_has_no_problems() -> None:
    c = Campaign("Spring sale", D, time="09:30", sent=100, delivered=90, clicks=10,
                 replies=2, opt_outs=1, conversions=5, revenue=120.5, cost=4.5)
    assert campaign_problems(c) == []
    assert validate_campaign(c) == c


def test_recipients_prefers_delivered() -> None:
    assert Campaign("A", D, sent=100, delivered=90).recipients == 90
    assert Campaign("A", D, sent=100).recipients == 100
    assert Campaign("A", D).recipients is None


@pytest.mark.parametrize(
    ("kwargs", "field", "words"),
    [
        ({"sent": -1}, "sent", "negative"),
        ({"sent": 1.5}, "sent", "whole number"),
        ({"sent": 10, "delivered": 11}, "delivered", "more than sent"),
        ({"delivered": 10, "conversions": 11}, "conversions", "received"),
        ({"sent": 10, "clicks": 11}, "clicks", "received"),
        ({"sent": 10, "replies": 11}, "replies", "received"),
        ({"sent": 10, "opt_outs": 11}, "opt_outs", "received"),
        ({"revenue": -5.0}, "revenue", "negative"),
        ({"time": "25:00"}, "time", "HH:MM"),
    ],
)
def test_each_rule_names_its_field(kwargs: dict, field: str, words: str) -> None:
    problems = campaign_problems(Campaign("A", D, **kwargs))
    assert [p.field for p in problems] == [field]
    assert words in problems[0].message


def test_missing_name_is_reported() -> None:
    assert fields_of(Campaign("  ", D)) == {"name"}


def test_validate_raises_with_all_problems_and_converts_whole_floats() -> None:
    with pytest.raises(ValidationError) as info:
        validate_campaign(Campaign("", D, sent=-1))
    assert {p.field for p in info.value.problems} == {"name", "sent"}
    c = validate_campaign(Campaign("A", D, sent=10.0))  # type: ignore[arg-type]
    assert c.sent == 10 and isinstance(c.sent, int)


def test_parse_date_message_says_the_format() -> None:
    assert parse_date("2026-02-28") == dt.date(2026, 2, 28)
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        parse_date("28/02/2026")
