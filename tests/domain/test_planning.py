"""The planning rules both front ends follow: SMS only, and only campaigns with a known rate."""

from __future__ import annotations

import datetime as dt

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.forecast import select_history
from smsplanner.domain.planning import has_known_rate, pooled_arm, sms_only, with_known_rate

D = dt.date(2026, 3, 1)


def _c(name: str, **kw: object) -> Campaign:
    return Campaign(name, D, **kw)  # type: ignore[arg-type]


def test_only_campaigns_with_conversions_and_recipients_have_a_known_rate():
    assert has_known_rate(_c("a", sent=100, conversions=0))  # a known zero counts
    assert not has_known_rate(_c("b", sent=100))  # conversions never recorded: unknown
    assert not has_known_rate(_c("c", sent=0, conversions=0))  # nobody received it
    assert not has_known_rate(_c("d", conversions=3))
    assert not has_known_rate(_c("e", sent=100, conversions=0, status="planned"))  # no results


def test_plans_learn_from_sms_campaigns_only():
    sms, email = _c("a", channel="sms"), _c("b", channel="email")
    assert sms_only([sms, email]) == [sms]


def test_the_forecast_history_uses_the_same_rule_and_segment():
    loyal = _c("a", segment="Loyal", sent=100, conversions=4)
    new = _c("b", segment="New", sent=100, conversions=2)
    unknown = _c("c", segment="Loyal", sent=100)
    assert with_known_rate([loyal, new, unknown], "Loyal") == [loyal]
    assert select_history([loyal, new, unknown], "Loyal") == [loyal]


def test_a_pooled_side_sums_the_campaigns_with_a_known_rate_and_keeps_each():
    arm = pooled_arm("Loyal", [_c("a", sent=100, conversions=4), _c("b", sent=50, conversions=1),
                               _c("c", sent=80)])
    assert arm is not None
    assert (arm.conversions, arm.recipients, arm.parts) == (5, 150, ((4, 100), (1, 50)))
    assert pooled_arm("none", [_c("c", sent=80)]) is None


def test_a_planned_send_is_forecast_from_past_sms_sends_only():
    from smsplanner.domain.plan_forecast import plan_history

    sms = [_c(f"s{i}", sent=1000, conversions=40 + i, channel="sms") for i in range(3)]
    email = [_c(f"e{i}", sent=1000, conversions=400, channel="email") for i in range(3)]
    h = plan_history(sms + email, segment=None, offer=None, before=dt.date(2026, 4, 1))
    assert h.campaigns == 3
