"""Public holidays of the user's country (the `holidays` package), by day. Any thread."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


@lru_cache(maxsize=64)
def _year(country: str, year: int) -> dict[dt.date, str]:
    import holidays  # loaded on first use: it is not needed to start the app

    try:
        found = holidays.country_holidays(country, years=year, language="en_US")
    except NotImplementedError:
        return {}
    except (KeyError, ValueError):  # the country offers no English names
        found = holidays.country_holidays(country, years=year)
    return {day: str(name) for day, name in found.items()}


def holiday_on(country: str, day: dt.date) -> str | None:
    """The holiday's name, or None (also for an unknown or empty country code)."""
    if not country:
        return None
    return _year(country.upper(), day.year).get(day)


def holidays_between(country: str, first: dt.date, last: dt.date) -> dict[dt.date, str]:
    """Every holiday from `first` to `last` inclusive."""
    if not country:
        return {}
    out: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        out.update({d: n for d, n in _year(country.upper(), year).items() if first <= d <= last})
    return out


def countries() -> list[tuple[str, str]]:
    """(code, name) of every country the holidays package knows, sorted by name."""
    from holidays.registry import COUNTRIES

    out = [(v[1], module.replace("_", " ").title()) for module, v in COUNTRIES.items()]
    return sorted(out, key=lambda x: x[1])
