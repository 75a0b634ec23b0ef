"""Public holidays of the user's country (the `holidays` package), by day. Any thread."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


@lru_cache(maxsize=64)
def _year(country: str, year: int, language: str = "en_US") -> dict[dt.date, str]:
    import holidays  # loaded on first use: it is not needed to start the app

    try:
        found = holidays.country_holidays(country, years=year)
    except (NotImplementedError, KeyError):
        return {}
    # Names in the language asked for where the country has them (the window passes its
    # own language), else in English, else in the country's own language.
    offered = getattr(found, "supported_languages", ()) or ()
    for lang in (language, "en_US"):
        if lang in offered:
            found = holidays.country_holidays(country, years=year, language=lang)
            break
    return {day: str(name) for day, name in found.items()}


def holiday_on(country: str, day: dt.date, language: str = "en_US") -> str | None:
    """The holiday's name, or None (also for an unknown or empty country code)."""
    if not country:
        return None
    return _year(country.upper(), day.year, language).get(day)


def holidays_between(country: str, first: dt.date, last: dt.date,
                     language: str = "en_US") -> dict[dt.date, str]:
    """Every holiday from `first` to `last` inclusive (names in `language` where offered)."""
    if not country:
        return {}
    out: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        out.update({d: n for d, n in _year(country.upper(), year, language).items()
                    if first <= d <= last})
    return out


def countries() -> list[tuple[str, str]]:
    """(code, name) of every country the holidays package knows, sorted by name."""
    from holidays.registry import COUNTRIES

    out = [(v[1], module.replace("_", " ").title()) for module, v in COUNTRIES.items()]
    return sorted(out, key=lambda x: x[1])
