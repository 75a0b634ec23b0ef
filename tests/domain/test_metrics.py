"""Metrics against values worked out by hand and against Newcombe (1998)."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.metrics import (
    click_rate,
    conversion_rate,
    count_unknown,
    delivery_rate,
    pooled_rate,
    response_rate,
    wilson_interval,
)

D = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        # Newcombe RG (1998), Statistics in Medicine 17:857-872, Table II, method 3
        # (Wilson score interval without continuity correction).
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0000, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_matches_newcombe_table(k: int, n: int, low: float, high: float) -> None:
    lo, hi = wilson_interval(k, n)
    assert lo == pytest.approx(low, abs=5e-5)
    assert hi == pytest.approx(high, abs=5e-5)


def test_wilson_by_hand_for_half() -> None:
    # p = 0.5, n = 100: centre stays 0.5; half width = z*sqrt(.25/100 + z^2/40000)/(1+z^2/100)
    z = 1.959963984540054
    half = z * math.sqrt(0.25 / 100 + z * z / 40000) / (1 + z * z / 100)
    lo, hi = wilson_interval(50, 100)
    assert lo == pytest.approx(0.5 - half, abs=1e-12)
    assert hi == pytest.approx(0.5 + half, abs=1e-12)


@given(st.integers(1, 10_000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))))
def test_wilson_contains_estimate_and_stays_in_unit_interval(kn: tuple[int, int]) -> None:
    k, n = kn
    lo, hi = wilson_interval(k, n)
    assert 0.0 <= lo <= k / n <= hi <= 1.0


def test_wilson_rejects_impossible_counts() -> None:
    with pytest.raises(ValueError):
        wilson_interval(5, 0)
    with pytest.raises(ValueError):
        wilson_interval(6, 5)


def test_conversion_rate_uses_delivered_when_known() -> None:
    c = Campaign("A", D, sent=1000, delivered=950, conversions=38)
    r = conversion_rate(c)
    assert r is not None
    assert (r.numerator, r.denominator, r.basis) == (38, 950, "delivered")
    assert r.value == pytest.approx(0.04)


def test_conversion_rate_falls_back_to_sent() -> None:
    r = conversion_rate(Campaign("A", D, sent=500, conversions=10))
    assert r is not None and r.basis == "sent" and r.value == pytest.approx(0.02)


def test_unknown_counts_give_no_rate_not_zero() -> None:
    c = Campaign("A", D, sent=500, delivered=480)
    assert conversion_rate(c) is None
    assert click_rate(c) is None
    assert response_rate(c) is None
    assert delivery_rate(c) is not None and delivery_rate(c).value == pytest.approx(0.96)
    assert conversion_rate(Campaign("A", D, sent=0, conversions=0)) is None


def test_delivery_rate_is_over_sent() -> None:
    r = delivery_rate(Campaign("A", D, sent=200, delivered=150))
    assert r is not None and r.basis == "sent" and r.value == pytest.approx(0.75)
    assert delivery_rate(Campaign("A", D, delivered=150)) is None


def test_pooled_rate_is_sum_over_sum_and_skips_unknown() -> None:
    cs = [
        Campaign("A", D, delivered=1000, conversions=50),
        Campaign("B", D, delivered=100, conversions=1),
        Campaign("C", D, delivered=300),  # conversions unknown: left out
    ]
    r = pooled_rate(cs)
    assert r is not None
    assert (r.numerator, r.denominator) == (51, 1100)
    assert r.value == pytest.approx(51 / 1100)
    assert (r.low, r.high) == pytest.approx(wilson_interval(51, 1100))
    assert count_unknown(cs) == 1


def test_pooled_basis_names_mixed_denominators() -> None:
    cs = [Campaign("A", D, delivered=10, conversions=1), Campaign("B", D, sent=10, conversions=1)]
    r = pooled_rate(cs)
    assert r is not None and r.basis == "delivered or sent"
    assert pooled_rate([]) is None
