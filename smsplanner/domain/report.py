"""Flat records of campaigns with their rates: one shape for JSON, CSV and exports."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import repeat
from operator import attrgetter
from typing import Any

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.metrics import METRICS, wilson_lists

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
# Each rate's numerator field (as rate_arrays.NUMERATOR, which brings numpy with it).
_NUMERATOR = {"conversion": "conversions", "click": "clicks", "response": "replies",
              "delivery": "delivered"}
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


def campaign_records(campaigns: Sequence[Campaign]) -> list[dict[str, Any]]:
    """campaign_record of every campaign, the rates worked out as arrays (same numbers)."""
    # One pass over the campaigns for every plain field, then transposed.
    plain = zip(*map(attrgetter(*_PLAIN), campaigns), strict=True) if campaigns else ()
    columns: dict[str, Any] = dict(zip(_PLAIN, plain, strict=False))
    columns.update({k: [] for k in _PLAIN if k not in columns})
    columns["date"] = [c.date.isoformat() for c in campaigns]
    return records_of_columns(columns)


def records_of_columns(columns: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """campaign_record of every campaign given as columns: one list a stored field (id,
    name, ..., the date as ISO text), as storage.campaigns.campaign_columns reads them."""
    return dicts_of_columns(record_columns(columns))


def dicts_of_columns(columns: Mapping[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """One dict a row of equally long columns, the keys in the columns' order."""
    rows = zip(*columns.values(), strict=True)
    return list(map(dict, map(zip, repeat(list(columns)), rows)))


def record_columns(columns: Mapping[str, Sequence[Any]]) -> dict[str, Sequence[Any]]:
    """The fields of records_of_columns as columns, in RECORD_KEYS order: for a writer that
    needs no dict a campaign (20,000 dicts of 33 keys cost more than the rates)."""
    out: dict[str, Sequence[Any]] = {k: columns[k] for k in _PLAIN}
    out["date"] = columns["date"]
    delivered, sent = columns["delivered"], columns["sent"]
    pairs = list(zip(delivered, sent, strict=True))
    recipients = [d if d is not None else s for d, s in pairs]
    out["recipients"] = recipients
    out["recipients_basis"] = ["delivered" if d is not None else
                               "sent" if s is not None else None
                               for d, s in pairs]
    for key in METRICS:
        base = _RATE_KEYS[key]
        den = sent if key == "delivery" else recipients
        value, low, high = wilson_lists(columns[_NUMERATOR[key]], den)
        out[base], out[base + "_low"], out[base + "_high"] = value, low, high
    return {k: out[k] for k in RECORD_KEYS}


_PLAIN = tuple(k for k in RECORD_KEYS if k not in ("date", "recipients", "recipients_basis")
               and "_rate" not in k)
