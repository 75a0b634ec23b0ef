"""Flat records of campaigns with their rates: one shape for JSON, CSV and exports."""

from __future__ import annotations

from typing import Any

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.metrics import METRICS

RECORD_KEYS: tuple[str, ...] = (
    "id", "name", "date", "time", "channel", "segment", "offer", "status", "audience",
    "sent", "delivered", "clicks", "replies", "opt_outs", "conversions", "revenue", "cost",
    "recipients", "recipients_basis",
    "conversion_rate", "conversion_rate_low", "conversion_rate_high",
    "click_rate", "click_rate_low", "click_rate_high",
    "response_rate", "response_rate_low", "response_rate_high",
    "delivery_rate", "delivery_rate_low", "delivery_rate_high",
    "message", "notes",
)
_RATE_KEYS = {"conversion": "conversion_rate", "click": "click_rate",
              "response": "response_rate", "delivery": "delivery_rate"}


def campaign_record(c: Campaign) -> dict[str, Any]:
    """Counts as stored (None = unknown) plus each rate and its Wilson 95% bounds."""
    rec: dict[str, Any] = {
        "id": c.id, "name": c.name, "date": c.date.isoformat(), "time": c.time,
        "channel": c.channel, "segment": c.segment, "offer": c.offer,
        "status": c.status, "audience": c.audience, "sent": c.sent,
        "delivered": c.delivered, "clicks": c.clicks, "replies": c.replies,
        "opt_outs": c.opt_outs, "conversions": c.conversions, "revenue": c.revenue,
        "cost": c.cost, "recipients": c.recipients, "recipients_basis": c.recipients_basis,
    }
    for key, metric in METRICS.items():
        r = metric.of(c)
        base = _RATE_KEYS[key]
        rec[base] = None if r is None else r.value
        rec[base + "_low"] = None if r is None else r.low
        rec[base + "_high"] = None if r is None else r.high
    rec["message"] = c.message
    rec["notes"] = c.notes
    return rec
