"""A realistic, deterministic sample history for exploring the app and for tests."""

from __future__ import annotations

import datetime as dt
import math
import random

from smsplanner.domain.campaign import Campaign

SEGMENTS: tuple[tuple[str, float, int], ...] = (
    # name, base conversion rate, typical list size
    ("Loyal customers", 0.066, 1800),
    ("New subscribers", 0.042, 4200),
    ("Lapsed buyers", 0.024, 3000),
)
OFFERS: tuple[tuple[str | None, float], ...] = (
    ("20% off", 1.25),
    ("Free delivery", 1.10),
    ("Buy one, get one free", 1.35),
    ("New arrivals", 0.85),
    (None, 0.80),
)
SEND_TIMES: tuple[str, ...] = ("09:00", "10:30", "12:00", "14:00", "17:30", "19:00")
MESSAGES: dict[str | None, str] = {
    "20% off": "Hi from Corner Bakery! 20% off everything this weekend with code SAVE20. "
    "Reply STOP to opt out",
    "Free delivery": "Free delivery on all orders until Sunday. Order now: cb.shop/free "
    "Reply STOP to opt out",
    "Buy one, get one free": "BOGOF on sourdough loaves today only! cb.shop/bogof "
    "Reply STOP to opt out",
    "New arrivals": "New this week: cinnamon knots and rye bread. See them: cb.shop/new "
    "Reply STOP to opt out",
    None: "Thanks for being with Corner Bakery. See what's fresh: cb.shop "
    "Reply STOP to opt out",
}
START = dt.date(2025, 5, 6)
COUNT = 48
SPAN_DAYS = 540  # about 18 months


def sample_campaigns(seed: int = 20260101) -> list[Campaign]:
    """48 campaigns over 18 months in 3 segments, a gentle decline plus noise; 1-9% rates."""
    rng = random.Random(seed)
    out: list[Campaign] = []
    for i in range(COUNT):
        day = START + dt.timedelta(days=round(i * SPAN_DAYS / (COUNT - 1)))
        seg_name, base, size = SEGMENTS[i % len(SEGMENTS)]
        offer, lift = OFFERS[rng.randrange(len(OFFERS))]
        # A visible downward trend (list fatigue): about -35% over the period.
        trend = 1.0 - 0.35 * (i / (COUNT - 1))
        true_rate = base * lift * trend * math.exp(rng.gauss(0.0, 0.18))
        true_rate = min(max(true_rate, 0.014), 0.078)
        sent = int(size * rng.uniform(0.7, 1.3))
        delivered = round(sent * rng.uniform(0.94, 0.99))
        conversions = sum(1 for _ in range(delivered) if rng.random() < true_rate)
        click_rate = min(0.6, true_rate * rng.uniform(2.5, 4.0))
        clicks = sum(1 for _ in range(delivered) if rng.random() < click_rate)
        replies = sum(1 for _ in range(delivered) if rng.random() < 0.012)
        opt_outs = sum(1 for _ in range(delivered) if rng.random() < 0.006)
        basket = rng.uniform(28.0, 46.0)
        parts = 1 if len(MESSAGES[offer]) <= 160 else 2
        c = Campaign(
            name=f"{day:%b %Y} {seg_name.split()[0]} {offer or 'Newsletter'}".replace(",", ""),
            date=day,
            time=SEND_TIMES[rng.randrange(len(SEND_TIMES))],
            segment=seg_name,
            offer=offer,
            message=MESSAGES[offer],
            sent=sent,
            delivered=delivered,
            clicks=clicks,
            replies=replies,
            opt_outs=opt_outs,
            conversions=conversions,
            revenue=round(conversions * basket, 2),
            cost=round(sent * parts * 0.0450, 2),
        )
        # Some campaigns were sent from tools that report no clicks or replies.
        if i % 7 == 3:
            c.clicks = None
        if i % 5 == 1:
            c.replies = None
        if i % 11 == 6:
            c.delivered = None
        out.append(c)
    return out


def sample_plans(today: dt.date) -> list[Campaign]:
    """A few planned sends in the coming weeks; the second Loyal one comes 4 days after the
    first, which trips the fatigue warning."""
    def on(days: int) -> dt.date:
        return today + dt.timedelta(days=days)

    return [
        Campaign(name="Weekend treat (Loyal)", date=on(4), time="10:00",
                 segment="Loyal customers", offer="20% off", message=MESSAGES["20% off"],
                 status="planned", audience=1900, notes="Code SAVE20, valid Sat-Sun."),
        Campaign(name="Welcome offer (New)", date=on(6), time="12:00",
                 segment="New subscribers", offer="Free delivery",
                 message=MESSAGES["Free delivery"], status="planned", audience=4300),
        Campaign(name="Sourdough BOGOF (Loyal)", date=on(8), time="17:30",
                 segment="Loyal customers", offer="Buy one, get one free",
                 message=MESSAGES["Buy one, get one free"], status="planned", audience=1850),
        Campaign(name="We miss you (Lapsed)", date=on(15), time="19:00",
                 segment="Lapsed buyers", offer="20% off",
                 message="We miss you at Corner Bakery: 20% off your next order with code "
                 "BACK20.", status="planned", audience=3100),
    ]
