"""The 'Plan the next send' box under the Trends breakdown, on a real main window offscreen."""

from __future__ import annotations

import datetime as dt

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.domain.forecast import WhatIfInputs, fit_history, what_if
from smsplanner.ui.trends.nextsend import typical_audience


def test_typical_audience_is_the_median_of_recent_sends_to_two_digits():
    day = dt.date(2026, 1, 1)
    cs = [Campaign(name=f"c{i}", date=day + dt.timedelta(days=i), sent=s, id=i)
          for i, s in enumerate([90_000, 1234, 1290, 1301, 1188, 1420])]
    assert typical_audience(cs) == 1300  # the old 90,000 send is not among the last 5


def test_box_follows_the_segment_filter_and_opens_plan_with_it(window):
    window.load_sample_data()
    window.ops.wait_idle()
    box = window.trends.next_send
    everything = box.result
    assert box.segment is None and everything is not None
    assert "based on 48 campaigns since May 2025" in box.summary.text()

    window.set_filter(CampaignFilter(segment="Loyal customers"))
    assert box.segment == "Loyal customers"
    loyal = [c for c in window.campaigns() if c.segment == "Loyal customers"
             and not c.is_planned]
    expected = what_if(WhatIfInputs(audience=typical_audience(loyal),
                                    history=fit_history(loyal, segment="Loyal customers",
                                                        on=dt.date.today())))
    r = box.result
    assert (r.conversions_low, r.conversions_high) == (expected.conversions_low,
                                                       expected.conversions_high)
    assert (f"Texting {box.audience:,} people, as you usually do, should bring about "
            f"{r.expected_conversions:,.0f} conversions (likely {r.conversions_low80:,}–"
            f"{r.conversions_high80:,}; 95%: {r.conversions_low:,}–{r.conversions_high:,})"
            in box.summary.text())
    assert "16 campaigns to Loyal customers" in box.summary.text()

    box.open_button.click()
    plan = window.plan
    assert window.tabs.currentWidget() is plan
    assert plan.pages.currentWidget() is plan.whatif
    assert plan.whatif.history_source.currentData() == "segment:Loyal customers"
    assert plan.whatif.audience.value() == box.audience
    # The Plan tab shows the same range the box promised.
    assert plan.whatif.result.conversions_low == r.conversions_low
    assert plan.whatif.result.conversions_high == pytest.approx(r.conversions_high)


def test_box_without_history_says_what_to_do(window):
    box = window.trends.next_send
    assert box.result is None
    assert "type a rate in Plan" in box.summary.text()
