"""Locale-aware text for numbers, money, dates and rates (values worked out by hand)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from smsplanner.domain.metrics import make_rate
from smsplanner.ui.formatting import (
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
    assert fmt_money(-3, "€", True, locale=DE) == f"-3,00{NBSP}€"
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
