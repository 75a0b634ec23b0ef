"""Counted nouns for messages people read: "1 campaign", "2 campaigns", never "1 campaigns".

Plain Python, used by the command line and the GUI alike.
"""

from __future__ import annotations

# Nouns whose plural is not the singular plus "s".
IRREGULAR = {"person": "people", "was": "were", "has": "have"}


def plural(n: int | float, singular: str, plural_form: str | None = None) -> str:
    """The noun that goes with n: singular for exactly 1, else the plural."""
    if n == 1:
        return singular
    return plural_form or IRREGULAR.get(singular) or singular + "s"


def counted(n: int | float, singular: str, plural_form: str | None = None,
            number: str | None = None) -> str:
    """n and its noun: "1 campaign", "1,234 campaigns" (`number`: n already formatted,
    e.g. for the user's locale)."""
    shown = number if number is not None else f"{n:,}"
    return f"{shown} {plural(n, singular, plural_form)}"


def format_p(p: float) -> str:
    """A p-value for print: "0.0342", "1.2e-05", or "< 0.000001" when it is tinier than that
    (below ~1e-16 the figure only says "far beyond chance", not how far)."""
    if p < 1e-6:
        return "< 0.000001"
    return f"{p:.4g}"
