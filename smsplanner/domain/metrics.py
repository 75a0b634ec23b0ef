"""Rates as users define them, each with its denominator named and a Wilson 95% interval."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from smsplanner.domain.campaign import Campaign

Z95 = 1.959963984540054  # two-sided 95% normal quantile


@dataclass(frozen=True)
class Rate:
    """numerator / denominator with its 95% Wilson interval; `basis` names the denominator."""

    numerator: int
    denominator: int
    basis: str
    low: float
    high: float

    @property
    def value(self) -> float:
        return self.numerator / self.denominator


def wilson_interval(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion (Wilson 1927; Agresti & Coull 1998)."""
    if trials <= 0:
        raise ValueError("trials must be positive")
    if not 0 <= successes <= trials:
        raise ValueError("successes must be between 0 and trials")
    p = successes / trials
    z2 = z * z
    denom = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denom
    # Clamp rounding error at the ends: k=0 gives exactly 0, k=n exactly 1.
    low = 0.0 if successes == 0 else max(0.0, centre - half)
    high = 1.0 if successes == trials else min(1.0, centre + half)
    return low, high


def wilson_lists(numerators: Iterable[float | None], denominators: Iterable[float | None],
                 ) -> tuple[list[float | None], list[float | None], list[float | None]]:
    """(rate, low, high) of many campaigns, None where unknown: the numbers of
    rate_arrays.RateArrays.wilson, in plain Python for callers that need no numpy (importing
    it took longer than this loop over 20,000 campaigns). The same float operations in the
    same order give the same floats."""
    z = Z95
    z2 = z * z
    sqrt, trunc = math.sqrt, math.trunc
    rates: list[float | None] = []
    lows: list[float | None] = []
    highs: list[float | None] = []
    rate, low, high = rates.append, lows.append, highs.append  # bound once: 20% of the loop
    for k, n in zip(numerators, denominators, strict=True):
        if k is None or n is None or not n > 0 or k != k:  # `not n > 0` is also NaN
            rate(None)
            low(None)
            high(None)
            continue
        n = float(n)
        k = float(min(max(trunc(k), 0), n))  # clamped as make_rate does
        p = k / n
        denom = 1 + z2 / n
        centre = (p + z2 / (2 * n)) / denom
        half = z * sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
        rate(p)
        low(0.0 if k == 0 else max(0.0, centre - half))
        high(1.0 if k == n else min(1.0, centre + half))
    return rates, lows, highs


def make_rate(numerator: int | None, denominator: int | None, basis: str) -> Rate | None:
    """A Rate, or None when either count is unknown or the denominator is zero."""
    if numerator is None or denominator is None or denominator <= 0:
        return None
    numerator = min(max(int(numerator), 0), int(denominator))
    low, high = wilson_interval(numerator, int(denominator))
    return Rate(numerator, int(denominator), basis, low, high)


@dataclass(frozen=True)
class Metric:
    """A named rate: how to get its numerator and denominator from one campaign."""

    key: str
    label: str
    numerator_label: str
    numerator: Callable[[Campaign], int | None]
    denominator: Callable[[Campaign], tuple[int | None, str | None]]

    def of(self, c: Campaign) -> Rate | None:
        """This metric for one campaign, or None when undefined."""
        den, basis = self.denominator(c)
        return make_rate(self.numerator(c), den, basis or "")


def _recipients(c: Campaign) -> tuple[int | None, str | None]:
    return c.recipients, c.recipients_basis


def _sent(c: Campaign) -> tuple[int | None, str | None]:
    return c.sent, "sent"


METRICS: dict[str, Metric] = {
    "conversion": Metric(
        "conversion", "Conversion rate", "conversions", lambda c: c.conversions, _recipients
    ),
    "click": Metric("click", "Click-through rate", "clicks", lambda c: c.clicks, _recipients),
    "response": Metric("response", "Response rate", "replies", lambda c: c.replies, _recipients),
    "delivery": Metric("delivery", "Delivery rate", "delivered", lambda c: c.delivered, _sent),
}


def conversion_rate(c: Campaign) -> Rate | None:
    return METRICS["conversion"].of(c)


def click_rate(c: Campaign) -> Rate | None:
    return METRICS["click"].of(c)


def response_rate(c: Campaign) -> Rate | None:
    return METRICS["response"].of(c)


def delivery_rate(c: Campaign) -> Rate | None:
    return METRICS["delivery"].of(c)


def pooled_rate(campaigns: Iterable[Campaign], metric: str = "conversion") -> Rate | None:
    """Sum of numerators over sum of denominators, over campaigns where both are known.

    The basis is "delivered", "sent", or "delivered or sent" when campaigns differ.
    """
    m = METRICS[metric]
    num = den = 0
    bases: set[str] = set()
    for c in campaigns:
        r = m.of(c)
        if r is None:
            continue
        num += r.numerator
        den += r.denominator
        bases.add(r.basis)
    if den == 0:
        return None
    basis = bases.pop() if len(bases) == 1 else "delivered or sent"
    return make_rate(num, den, basis)


def count_unknown(campaigns: Iterable[Campaign], metric: str = "conversion") -> int:
    """How many campaigns have no value for this metric (a count unknown, or nobody reached)."""
    m = METRICS[metric]
    return sum(1 for c in campaigns if m.of(c) is None)


def format_percent(x: float | None, digits: int = 1) -> str:
    """4.25% style text for plain-text output (the UI uses the user's locale)."""
    return "—" if x is None else f"{x * 100:.{digits}f}%"
