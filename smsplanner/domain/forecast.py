"""What-if forecasts for the next send: conversions, money and the odds of making a profit.

With a typed rate the range of conversions is binomial (coin-flip noise only). From history,
it is the predictive range for a new campaign (see forecast_fit): it includes how much the
user's own campaigns have varied. Pure Python + numpy; safe on any thread.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import NormalDist

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import NoHistoryError
from smsplanner.domain.forecast_counts import (
    CountDistribution,
    count_distribution,
    prob_at_least,
)
from smsplanner.domain.forecast_fit import RateModel, spread_prior
from smsplanner.domain.forecast_fit import fit_history as _fit
from smsplanner.domain.forecast_trend import trend_forecast
from smsplanner.domain.metrics import pooled_rate
from smsplanner.domain.planning import with_known_rate
from smsplanner.domain.words import counted

SHORT_HISTORY = 2  # with this many campaigns or fewer, say the range is wide because of it
# The fit costs ~0.15 ms per campaign (2.5 s at 10,000), and it runs on the GUI thread on
# every history change. The most recent 200 campaigns already measure the rate and how much
# it varies closely, and say more about the next send than older ones; the text says so.
MAX_HISTORY = 200
INTERVAL = 0.95


@dataclass(frozen=True)
class History:
    """The rate model fitted to past campaigns, with what it rests on in words."""

    model: RateModel
    campaigns: int
    description: str
    delivery_rate: float | None  # pooled delivered / sent, where both are known
    revenue_per_conversion: float | None  # pooled revenue / conversions
    click_rate: float | None  # per recipient
    reply_rate: float | None
    short: bool
    warning: str = ""
    pooled_rate: float | None = None  # all the history's conversions over all its recipients
    on: dt.date | None = None  # the send date the forecast is for (None: no date given)
    follows_trend: bool = False  # the rate is really moving (the trend verdict's test)
    explanation: str = ""  # one sentence on what the range rests on
    # What the description and explanation say, as data for the window's own words:
    segment: str | None = None
    last: int | None = None  # "your last N campaigns"
    available: int = 0  # usable campaigns before the most recent MAX_HISTORY were kept
    since: dt.date | None = None  # the oldest campaign used
    offer: str | None = None  # the offer's own history (plans)
    # "rising"/"falling": a real trend followed to `on`; "level": its recent level;
    # "too_few": too few campaigns to tell a trend; "": no send date given.
    trend: str = ""
    borrowed: int = 0  # campaigns of other segments the send-to-send spread is learned from


def select_history(campaigns: Sequence[Campaign], segment: str | None = None,
                   last: int | None = None) -> list[Campaign]:
    """Campaigns usable for a rate (conversions and recipients known), by segment and/or last N."""
    usable = with_known_rate(campaigns, segment)
    usable.sort(key=lambda c: (c.date, c.id or 0))
    if last is not None and last > 0:
        usable = usable[-last:]
    return usable


def describe_history(chosen: Sequence[Campaign], segment: str | None, last: int | None,
                     of: int | None = None) -> str:
    """'based on 14 campaigns to Loyal customers since March 2026' (`of`: how many there were
    before the most recent MAX_HISTORY were kept)."""
    n = len(chosen)
    noun = "campaign" if n == 1 else "campaigns"
    since = min(c.date for c in chosen)
    who = f" to {segment}" if segment else ""
    if of is not None and of > n:
        return f"based on your last {n} {noun}{who} (of {of:,}), since {since:%B %Y}"
    if last:
        return f"based on your last {n} {noun}{who}, since {since:%B %Y}"
    return f"based on {n} {noun}{who} since {since:%B %Y}"


POOL_MAX = 10  # a segment with this many campaigns or fewer borrows spread from the others


def _borrowed_spread(campaigns: Sequence[Campaign], chosen: Sequence[Campaign],
                     segment: str | None) -> tuple[tuple[float, float] | None, int]:
    """(prior on log M from the shop's other segments, campaigns it rests on) for a short
    segment history; (None, 0) when there is nothing to borrow or no need."""
    if segment is None or len(chosen) > POOL_MAX:
        return None, 0
    others: dict[str | None, list[Campaign]] = {}
    for c in select_history(campaigns):
        if c.segment != segment:
            others.setdefault(c.segment, []).append(c)
    groups = [cs[-MAX_HISTORY:] for cs in others.values() if len(cs) >= 2]
    if not groups:
        return None, 0
    prior = spread_prior([([int(c.conversions or 0) for c in cs],
                           [int(c.recipients or 0) for c in cs]) for cs in groups])
    return prior, sum(len(cs) for cs in groups) if prior is not None else 0


def fit_history(campaigns: Sequence[Campaign], segment: str | None = None,
                last: int | None = None, on: dt.date | None = None) -> History:
    """Fit the rate model to the chosen past campaigns; raises NoHistoryError if there are none.

    With a send date `on`, a real trend in the history (the trend verdict's test) is followed
    to that date; without one, or with no real trend, the rate is the history's level.
    """
    chosen = select_history(campaigns, segment, last)
    available = len(chosen)
    chosen = chosen[-MAX_HISTORY:]
    if not chosen:
        where = f" for the segment '{segment}'" if segment else ""
        raise NoHistoryError(
            f"There are no past campaigns{where} with both conversions and recipients recorded, "
            "so there is no history to forecast from. Type an expected rate instead."
        )
    prior, borrowed = _borrowed_spread(campaigns, chosen, segment)
    trend = trend_forecast(chosen, on) if on is not None else None
    follows = False
    explanation = ""
    trend_kind = ""
    if trend is None:
        model = _fit([int(c.conversions or 0) for c in chosen],
                     [int(c.recipients or 0) for c in chosen], prior)
    else:
        model = trend.model
        explanation = trend.sentence
        follows = trend.real
        trend_kind = ("level" if not trend.real else
                      "falling" if trend.verdict.direction == "down" else "rising")
    if trend is None and on is not None:
        trend_kind = "too_few"
        explanation = (f"With {counted(len(chosen), 'campaign')} a rise or fall cannot be "
                       "told from chance: this forecast uses your usual level.")
    if borrowed and trend is None:
        explanation = (f"{explanation} " if explanation else "") + (
            f"How much results vary from send to send is learned together with your other "
            f"segments ({counted(borrowed, 'campaign')}), as this one has only "
            f"{len(chosen)}.")
    delivery = pooled_rate(chosen, "delivery")
    pooled = pooled_rate(chosen, "conversion")
    clicks = pooled_rate(chosen, "click")
    replies = pooled_rate(chosen, "response")
    money = [c for c in chosen if c.revenue is not None and (c.conversions or 0) > 0]
    conv_total = sum(int(c.conversions or 0) for c in money)
    rpc = sum(float(c.revenue or 0.0) for c in money) / conv_total if conv_total else None
    short = len(chosen) <= SHORT_HISTORY
    warning = (f"The range is wide because history is short: only {len(chosen)} past "
               f"campaign{'s' if len(chosen) != 1 else ''} to learn how much results vary."
               if short else "")
    return History(
        model=model, campaigns=len(chosen),
        description=describe_history(chosen, segment, last, of=available),
        delivery_rate=None if delivery is None else delivery.value,
        revenue_per_conversion=rpc,
        click_rate=None if clicks is None else clicks.value,
        reply_rate=None if replies is None else replies.value,
        short=short, warning=warning, pooled_rate=None if pooled is None else pooled.value,
        on=on, follows_trend=follows,
        explanation=explanation, segment=segment, last=last, available=available,
        since=min(c.date for c in chosen), trend=trend_kind,
        borrowed=borrowed if trend is None else 0,
    )


@dataclass(frozen=True)
class WhatIfInputs:
    """One what-if question. `rate` is used when no history is given."""

    audience: int
    rate: float | None = None
    history: History | None = None
    delivery_rate: float | None = None  # None: from history, else 1.0
    cost_per_message: float | None = None  # None: unknown, so cost and profit are unknown
    revenue_per_conversion: float | None = None  # None: from history, else 0

    def __post_init__(self) -> None:
        if self.history is None and self.rate is None:
            raise ValueError("give a rate or a history")


@dataclass(frozen=True)
class WhatIf:
    """Every output of the what-if panel; money ranges are for the 95% range of conversions."""

    audience: int
    rate: float
    rate_source: str  # "given" or "history"
    history_campaigns: int
    delivery_rate: float
    expected_delivered: float
    expected_conversions: float
    conversions_low: int
    conversions_high: int
    conversions_low80: int
    conversions_high80: int
    expected_clicks: float | None
    expected_replies: float | None
    cost: float | None
    revenue_per_conversion: float | None  # None: unknown (no history, none typed)
    revenue: float | None
    revenue_low: float | None
    revenue_high: float | None
    profit: float | None
    profit_low: float | None
    profit_high: float | None
    roi: float | None
    cost_per_conversion: float | None
    break_even_rate: float | None
    probability_of_profit: float | None
    description: str
    warning: str
    distribution: CountDistribution = field(repr=False, compare=False)
    delivery_assumed: bool = False  # no delivery rate typed or known: 100% assumed
    explanation: str = ""  # what the range rests on: a trend followed, or the usual level
    follows_trend: bool = False
    on: dt.date | None = None
    pooled_rate: float | None = None  # the history's pooled rate, beside the typical one

    @property
    def likely_text(self) -> str:
        """ "about 200 (likely 85-337; 95%: 51-445)": the likely figure first, then ranges."""
        return (f"about {self.expected_conversions:,.0f} (likely {self.conversions_low80:,}"
                f"-{self.conversions_high80:,}; 95%: {self.conversions_low:,}"
                f"-{self.conversions_high:,})")

    def to_dict(self) -> dict[str, object]:
        """The issue's JSON contract, plus the 80% range and a few extras."""
        return {
            "audience": self.audience, "rate": self.rate, "rate_source": self.rate_source,
            "history_campaigns": self.history_campaigns, "delivery_rate": self.delivery_rate,
            "expected_delivered": self.expected_delivered,
            "expected_conversions": self.expected_conversions,
            "conversions_low": self.conversions_low, "conversions_high": self.conversions_high,
            "interval": INTERVAL,
            "conversions_low_80": self.conversions_low80,
            "conversions_high_80": self.conversions_high80,
            "expected_clicks": self.expected_clicks, "expected_replies": self.expected_replies,
            "cost": self.cost, "revenue_per_conversion": self.revenue_per_conversion,
            "revenue": self.revenue, "revenue_low": self.revenue_low,
            "revenue_high": self.revenue_high, "profit": self.profit,
            "profit_low": self.profit_low, "profit_high": self.profit_high, "roi": self.roi,
            "cost_per_conversion": self.cost_per_conversion,
            "break_even_rate": self.break_even_rate,
            "probability_of_profit": self.probability_of_profit,
            "description": self.description, "warning": self.warning,
            "delivery_assumed": self.delivery_assumed, "explanation": self.explanation,
            "follows_trend": self.follows_trend,
            "date": None if self.on is None else self.on.isoformat(),
            "pooled_rate": self.pooled_rate,
        }


def _delivery(inp: WhatIfInputs) -> tuple[float, bool]:
    """(delivery rate, assumed): typed, else the history's, else 100% assumed."""
    if inp.delivery_rate is not None:
        return inp.delivery_rate, False
    if inp.history is not None and inp.history.delivery_rate is not None:
        return inp.history.delivery_rate, False
    return 1.0, True


def _rpc(inp: WhatIfInputs) -> float | None:
    if inp.revenue_per_conversion is not None:
        return inp.revenue_per_conversion
    if inp.history is not None:
        return inp.history.revenue_per_conversion
    return None


def _money(value: float, rpc: float | None, cost: float | None = 0.0) -> float | None:
    return None if rpc is None or cost is None else value * rpc - cost


def rate_model(inp: WhatIfInputs) -> RateModel:
    """The history's model, or a fixed (binomial) model for a typed rate."""
    if inp.history is not None:
        return inp.history.model
    return RateModel.fixed(float(inp.rate or 0.0))


def what_if(inp: WhatIfInputs, model: RateModel | None = None) -> WhatIf:
    """All outputs for one set of inputs; about a millisecond (pass `model` to reuse one)."""
    model = model or rate_model(inp)
    delivery, assumed = _delivery(inp)
    rpc = _rpc(inp)
    delivered = inp.audience * delivery
    n = round(delivered)
    dist = count_distribution(model, n)
    expected = n * model.mean
    lo, hi = dist.quantile((1 - INTERVAL) / 2), dist.quantile(1 - (1 - INTERVAL) / 2)
    lo80, hi80 = dist.quantile(0.10), dist.quantile(0.90)
    cost = None if inp.cost_per_message is None else inp.audience * inp.cost_per_message
    profit = _money(expected, rpc, cost)
    if rpc is None or cost is None:
        p_profit = None
    elif rpc > 0:
        p_profit = dist.prob_above(cost / rpc)
    else:
        p_profit = 0.0
    h = inp.history
    return WhatIf(
        audience=inp.audience, rate=model.mean,
        rate_source="history" if h is not None else "given",
        history_campaigns=h.campaigns if h is not None else 0,
        delivery_rate=delivery, expected_delivered=delivered, expected_conversions=expected,
        conversions_low=lo, conversions_high=hi, conversions_low80=lo80, conversions_high80=hi80,
        expected_clicks=(n * h.click_rate if h is not None and h.click_rate is not None else None),
        expected_replies=(n * h.reply_rate if h is not None and h.reply_rate is not None else None),
        cost=cost, revenue_per_conversion=rpc, revenue=_money(expected, rpc),
        revenue_low=_money(lo, rpc), revenue_high=_money(hi, rpc), profit=profit,
        profit_low=_money(lo, rpc, cost), profit_high=_money(hi, rpc, cost),
        roi=profit / cost if profit is not None and cost else None,
        cost_per_conversion=cost / expected if cost is not None and expected > 0 else None,
        break_even_rate=(cost / (rpc * n) if cost is not None and rpc and n > 0 else None),
        probability_of_profit=p_profit,
        description=h.description if h is not None else "typed rate",
        warning=h.warning if h is not None else "",
        distribution=dist, delivery_assumed=assumed,
        explanation=h.explanation if h is not None else "",
        follows_trend=h.follows_trend if h is not None else False,
        on=h.on if h is not None else None,
        pooled_rate=h.pooled_rate if h is not None else None,
    )


def _first_guess(model: RateModel, conversions: int, confidence: float) -> float:
    """Deliveries for the target by a normal approximation at the rate's low quantile.

    With the rate at its (1 - confidence) quantile q, solve n q - z sqrt(n q (1 - q)) = target:
    exact in the limits (a typed rate: the binomial's normal approximation; a large audience:
    the rate's own uncertainty dominates), and a close start in between.
    """
    q = max(model.quantile(1 - confidence), model.mean * 1e-3, 1e-12)
    z = NormalDist().inv_cdf(confidence)
    spread = z * math.sqrt(q * (1 - q))
    root = (spread + math.sqrt(spread * spread + 4 * q * (conversions - 0.5))) / (2 * q)
    return max(root * root, float(conversions))


def audience_for(model: RateModel, conversions: int, confidence: float = 0.9,
                 delivery_rate: float = 1.0, limit: int = 100_000_000) -> int | None:
    """Fewest people to text so that P(at least `conversions`) >= confidence, or None.

    None means even `limit` people would not do it: the rate could be near zero. A normal
    approximation brackets the answer; a few exact tail sums (regula falsi, Illinois variant)
    pin it to 1 person in 2,000. About a millisecond.
    """
    if conversions <= 0:
        return 0
    if delivery_rate <= 0 or model.mean <= 0:
        return None

    def gap(audience: int) -> float:
        n = round(audience * delivery_rate)
        return prob_at_least(model, n, conversions) - confidence

    # Bracket: lo fails, hi succeeds, stepping by 15% from the first guess.
    guess = max(1, math.ceil(_first_guess(model, conversions, confidence) / delivery_rate))
    g = gap(guess)
    if g >= 0:
        hi, g_hi = guess, g
        lo = max(0, math.floor(guess / 1.15))
        g_lo = gap(lo) if lo > 0 else -confidence
        while g_lo >= 0:
            hi, g_hi = lo, g_lo
            lo = math.floor(lo / 1.15)
            g_lo = gap(lo) if lo > 0 else -confidence
    else:
        lo, g_lo = guess, g
        hi = math.ceil(guess * 1.15) + 1
        g_hi = gap(hi)
        while g_hi < 0:
            if hi > limit:
                return None
            lo, g_lo = hi, g_hi
            hi = math.ceil(hi * 1.15) + 1
            g_hi = gap(hi)
    side = 0
    while hi - lo > max(1, hi // 2000):
        # Regula falsi, halving the stuck end's value (Illinois) so it cannot stall.
        mid = lo + (hi - lo) * (-g_lo) / (g_hi - g_lo) if g_hi > g_lo else (lo + hi) / 2
        mid = min(max(round(mid), lo + 1), hi - 1)
        g_mid = gap(mid)
        if g_mid >= 0:
            hi, g_hi = mid, g_mid
            if side == 1:
                g_lo /= 2
            side = 1
        else:
            lo, g_lo = mid, g_mid
            if side == -1:
                g_hi /= 2
            side = -1
    return hi if hi <= limit else None
