"""Numbers, money, dates and rates as text in the user's locale (QLocale); unknown is an em dash.

Every view uses these so "4,5 %" and "1.234,50 EUR" look the same everywhere. GUI thread or any
thread (QLocale is reentrant).
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, QLocale

from smsplanner.domain.metrics import Rate
from smsplanner.ui.common.translation import TranslationContext

UNKNOWN = "—"
NBSP = "\u00a0"
MINUS = "\u2212"  # the minus sign, not the hyphen: "−4.3", as everywhere on screen

# Languages whose CLDR percent pattern puts a space before the sign ("4,5 %").
_SPACED_PERCENT = {
    QLocale.Language.German, QLocale.Language.French, QLocale.Language.Spanish,
    QLocale.Language.Swedish, QLocale.Language.NorwegianBokmal, QLocale.Language.Finnish,
    QLocale.Language.Danish, QLocale.Language.Czech, QLocale.Language.Slovak,
    QLocale.Language.Russian, QLocale.Language.Ukrainian, QLocale.Language.Catalan,
}


ISO_DATE = "yyyy-MM-dd"


class FormatWords(TranslationContext):
    """Translation context for the few words formatting adds around numbers."""


def display_locale(base: QLocale | None = None) -> QLocale:
    """The locale every view formats with: the system's, except that the C/POSIX locale (no
    language set) still groups thousands ("146,470", never "146470")."""
    loc = QLocale(base) if base is not None else QLocale()
    if loc.language() == QLocale.Language.C:
        loc.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return loc


def use_display_locale() -> None:
    """Make display_locale() the default, so every QLocale() in the app formats the same way
    (called once when the app starts, before any view exists)."""
    QLocale.setDefault(display_locale())


def _loc(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else display_locale()


def _known(x: float | None) -> bool:
    return x is not None and not (isinstance(x, float) and not math.isfinite(x))


def fmt_number(x: float | None, digits: int = 1, locale: QLocale | None = None) -> str:
    """A decimal number with `digits` places and group separators: 1,234.5."""
    if not _known(x):
        return UNKNOWN
    return _loc(locale).toString(float(x), "f", digits)  # type: ignore[arg-type]


def fmt_count(n: int | float | None, locale: QLocale | None = None) -> str:
    """A whole count with group separators: 12,345 (en) or 12.345 (de)."""
    if not _known(n):
        return UNKNOWN
    return _loc(locale).toString(round(n))  # type: ignore[arg-type]


def percent_suffix(locale: QLocale | None = None) -> str:
    """The percent sign as the locale writes it after a number ("%" or " %")."""
    loc = _loc(locale)
    sign = loc.percent() or "%"
    return (NBSP + sign) if loc.language() in _SPACED_PERCENT else sign


def fmt_percent(x: float | None, digits: int = 1, locale: QLocale | None = None) -> str:
    """A fraction as a percentage: 0.045 -> "4.5%" (en) or "4,5 %" (de)."""
    if not _known(x):
        return UNKNOWN
    loc = _loc(locale)
    return loc.toString(float(x) * 100, "f", digits) + percent_suffix(loc)  # type: ignore[arg-type]


def fmt_money(
    x: float | None,
    symbol: str = "$",
    symbol_after: bool = False,
    digits: int = 2,
    locale: QLocale | None = None,
) -> str:
    """An amount with the currency symbol before ("$1,234.50") or after ("1.234,50 EUR")."""
    if not _known(x):
        return UNKNOWN
    loc = _loc(locale)
    value = float(x)  # type: ignore[arg-type]
    number = loc.toString(abs(value), "f", digits)
    sign = MINUS if value < 0 and round(value, digits) != 0 else ""
    if not symbol:
        return sign + number
    if symbol_after:
        return f"{sign}{number}{NBSP}{symbol}"
    # Letter codes ("EUR", "CHF") read better with a space; signs ("$", "£") stick to the number.
    gap = NBSP if symbol[-1].isalpha() else ""
    return f"{sign}{symbol}{gap}{number}"


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (3/31/2026, 31.03.2026); ISO
    (2026-03-31) where the locale has none of its own (C/POSIX: Qt's "d MM yyyy" is no one's)."""
    loc = _loc(locale)
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if loc.language() == QLocale.Language.C or not fmt.strip():
        return ISO_DATE
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def fmt_datetime(t: dt.datetime | None, locale: QLocale | None = None) -> str:
    """A moment as the short date and 24-hour time: "3/31/2026 14:05"."""
    if t is None:
        return UNKNOWN
    return f"{fmt_date(t.date(), locale)} {t:%H:%M}"


def fmt_date(d: dt.date | None, locale: QLocale | None = None) -> str:
    """A day in the locale's short format with a four-digit year."""
    if d is None:
        return UNKNOWN
    loc = _loc(locale)
    return loc.toString(QDate(d.year, d.month, d.day), date_format(loc))


def fmt_interval(rate: Rate | None, digits: int = 1, locale: QLocale | None = None) -> str:
    """The Wilson 95% interval as "3.8% – 4.7%"."""
    if rate is None:
        return UNKNOWN
    return f"{fmt_percent(rate.low, digits, locale)} – {fmt_percent(rate.high, digits, locale)}"


def fmt_rate_tooltip(
    rate: Rate | None, label: str, locale: QLocale | None = None, unknown_reason: str = ""
) -> str:
    """Three lines: the rate, its 95% interval, and "123 of 2,900 delivered" (the denominator)."""
    if rate is None:
        reason = unknown_reason or FormatWords.tr(
            "a count it needs is not known, or nobody received it")
        return FormatWords.tr("{label}: unknown ({reason})").format(label=label, reason=reason)
    counts = {"part": fmt_count(rate.numerator, locale),
              "whole": fmt_count(rate.denominator, locale)}
    if rate.basis == "delivered":
        of = FormatWords.tr("{part} of {whole} delivered").format(**counts)
    elif rate.basis == "sent":
        of = FormatWords.tr("{part} of {whole} sent").format(**counts)
    elif rate.basis == "delivered or sent":
        of = FormatWords.tr("{part} of {whole} delivered or sent").format(**counts)
    else:
        of = FormatWords.tr("{part} of {whole}").format(**counts)
    return (
        FormatWords.tr("{label}: {rate}").format(label=label,
                                                 rate=fmt_percent(rate.value, 2, locale))
        + "\n"
        + FormatWords.tr("{level} interval: {interval}").format(
            level=fmt_percent(0.95, 0, locale), interval=fmt_interval(rate, 2, locale))
        + "\n" + of
    )



def fmt_signed(x: float | None, digits: int = 1, locale: QLocale | None = None) -> str:
    """A change with its sign, minus as the true minus sign: "+1.2", "−4.31" (never "-4.31")."""
    if not _known(x):
        return UNKNOWN
    value = float(x)  # type: ignore[arg-type]
    number = _loc(locale).toString(abs(value), "f", digits)
    if round(value, digits) == 0:
        return number  # shows as zero: no sign
    return ("+" if value > 0 else MINUS if value < 0 else "") + number


def rough_amount(x: float) -> tuple[float, int]:
    """An estimate rounded so it claims no false precision, and the decimals to show it with:
    three significant figures from 1,000 up (13,755.56 -> 13,800), whole units from 10 up,
    cents below (a cost per conversion of 0.71)."""
    a = abs(x)
    if a >= 1000:
        return float(round(x, 2 - math.floor(math.log10(a)))), 0
    if a >= 10:
        return float(round(x)), 0
    return x, 2
