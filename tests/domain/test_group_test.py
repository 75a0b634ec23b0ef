"""Two groups of campaigns: false wins near 5% over realistic shops, and the method's parts."""

from __future__ import annotations

import numpy as np
import pytest

from bench.stats_sim import group_win_rate, old_group_test
from smsplanner.domain.abtest import Arm, compare
from smsplanner.domain.group_test import compare_groups


def test_equal_groups_call_false_winners_4_to_6_percent_of_the_time() -> None:
    # Same true mean rate (1-8%), 2-20 campaigns a side, audiences 200-20,000 log-uniform,
    # campaigns varying from tight (M = 3,000) to wide (M = 30). The old quasi-binomial test
    # called a winner 10-20% of the time on such shops.
    rate = group_win_rate(np.random.default_rng(2026), 4000)
    assert 0.04 <= rate <= 0.06


def test_the_old_method_was_fooled_by_unequal_audiences() -> None:
    # Guards the simulation itself: it must be able to show the failure the audit found.
    rng = np.random.default_rng(7)
    rate = group_win_rate(rng, 600, campaigns=10, m=200.0, test=old_group_test)
    assert rate > 0.09


def test_a_real_lift_is_found_with_enough_campaigns() -> None:
    rate = group_win_rate(np.random.default_rng(3), 300, lift=0.5, campaigns=20, m=300.0)
    assert rate > 0.8


def test_no_spread_weights_by_audience_and_wide_spread_weights_campaigns_alike() -> None:
    # Tight: two big campaigns at 5% and a small one at 2%: the small one counts for little,
    # so the estimate sits between the plain mean of rates (4%) and the pooled 4.99%, near 5%.
    tight = compare_groups([(1000, 20000), (4, 200), (1000, 20000)], [(200, 4000), (10, 200)])
    assert 0.045 < tight.rate_a < 2004 / 40200
    # Wide: campaigns 1% and 9%, both big: nothing to pick between them, the mean is ~5%.
    wide = compare_groups([(100, 10000), (900, 10000), (500, 10000)],
                          [(150, 10000), (850, 10000)])
    assert wide.tau2 > 1e-4
    assert wide.rate_a == pytest.approx(0.05, abs=0.003)
    assert wide.p_value > 0.5


def test_all_zero_groups_do_not_divide_by_zero() -> None:
    r = compare(Arm("A", 0, 600, ((0, 200), (0, 400))), Arm("B", 0, 500, ((0, 300), (0, 200))))
    assert not r.significant and r.p_value == pytest.approx(1.0)
    assert "same rate" in r.verdict


def test_a_single_campaign_against_a_group_uses_the_group_method() -> None:
    r = compare(Arm("A", 40, 1000), Arm("B", 90, 3000, ((30, 1000), (60, 2000))))
    assert r.group is not None and "t on 1 df" in r.test
    assert r.to_dict()["campaigns_a"] == 1
