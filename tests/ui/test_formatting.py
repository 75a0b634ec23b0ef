"""Locale-aware text for numbers, money, dates and rates (values worked out by hand)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from smsplanner.domain.metrics import make_rate
from smsplanner.ui.common.formatting import (
    NBSP,
    UNKNOWN,
    fmt_count,
    fmt_date,
    fmt_money,
    fmt_percent,
    fmt_rate_tooltip,
)

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)


def test_percent_follows_the_locale() -> None:
    assert fmt_percent(0.045, 1, US) == "4.5%"
    assert fmt_percent(0.045, 1, DE) == f"4,5{NBSP}%"
    assert fmt_percent(0.1234, 2, US) == "12.34%"
    assert fmt_percent(0.0, 1, US) == "0.0%"


def test_money_and_counts_follow_the_locale() -> None:
    assert fmt_money(1234.5, "$", False, locale=US) == "$1,234.50"
    assert fmt_money(1234.5, "EUR", True, locale=DE) == f"1.234,50{NBSP}EUR"
    assert fmt_money(-3, "€", True, locale=DE) == f"\u22123,00{NBSP}€"  # the minus sign
    assert fmt_money(10, "CHF", False, locale=US) == f"CHF{NBSP}10.00"
    assert fmt_count(12345, US) == "12,345"
    assert fmt_count(12345, DE) == "12.345"


def test_dates_have_four_digit_years() -> None:
    assert fmt_date(dt.date(2026, 3, 31), US) == "3/31/2026"
    assert fmt_date(dt.date(2026, 3, 31), DE) == "31.03.2026"


def test_unknown_is_an_em_dash_never_zero() -> None:
    for text in (fmt_percent(None), fmt_count(None), fmt_money(None), fmt_date(None),
                 fmt_percent(float("nan")), fmt_count(float("inf"))):
        assert text == UNKNOWN == "—"


def test_rate_tooltip_names_interval_and_denominator() -> None:
    rate = make_rate(123, 2900, "delivered")
    assert rate is not None
    tip = fmt_rate_tooltip(rate, "Conversion rate", US)
    assert tip.splitlines()[0] == "Conversion rate: 4.24%"
    # Wilson 95% for 123/2900: 3.56% .. 5.04% (from the domain's wilson_interval).
    assert f"{rate.low * 100:.2f}%" in tip and f"{rate.high * 100:.2f}%" in tip
    assert "123 of 2,900 delivered" in tip
    assert "unknown" in fmt_rate_tooltip(None, "Click-through rate", US)


def test_signed_changes_use_the_minus_sign():
    from smsplanner.ui.common.formatting import fmt_signed

    assert fmt_signed(-4.312, 2, locale=US) == "\u22124.31"
    assert fmt_signed(1.2, 1, locale=US) == "+1.2"
    assert fmt_signed(-0.001, 2, locale=US) == "0.00"  # shows as zero: no sign
    assert fmt_signed(-1234.5, 1, locale=DE) == "\u22121.234,5"
    assert fmt_signed(None) == "—"


def test_rough_amounts_claim_no_false_precision():
    from smsplanner.ui.common.formatting import rough_amount

    assert rough_amount(13_755.56) == (13_800.0, 0)
    assert rough_amount(34_716.42) == (34_700.0, 0)
    assert rough_amount(-2_471.5) == (-2_470.0, 0)
    assert rough_amount(1_234_567.0) == (1_230_000.0, 0)
    assert rough_amount(36.39) == (36.0, 0)
    assert rough_amount(0.714) == (0.714, 2)  # a cost per conversion keeps its cents
