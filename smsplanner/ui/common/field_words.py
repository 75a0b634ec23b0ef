"""A campaign's fields and rates, named in the user's language (domain keeps English labels
for the command line). GUI thread or any: these only look up translations."""

from __future__ import annotations

from smsplanner.ui.common.tr_context import TrContext


class FieldWords(TrContext):
    """Translation context for campaign field and rate names."""


def field_label(name: str) -> str:
    """The label of a campaign field ("sent" -> "Sent"), translated."""
    words = {
        "name": FieldWords.tr("Name"),
        "date": FieldWords.tr("Date"),
        "time": FieldWords.tr("Send time"),
        "channel": FieldWords.tr("Channel"),
        "segment": FieldWords.tr("Segment"),
        "offer": FieldWords.tr("Offer"),
        "message": FieldWords.tr("Message text"),
        "notes": FieldWords.tr("Notes"),
        "sent": FieldWords.tr("Sent"),
        "delivered": FieldWords.tr("Delivered"),
        "clicks": FieldWords.tr("Clicks"),
        "replies": FieldWords.tr("Replies"),
        "opt_outs": FieldWords.tr("Opt-outs"),
        "conversions": FieldWords.tr("Conversions"),
        "revenue": FieldWords.tr("Revenue"),
        "cost": FieldWords.tr("Cost"),
        "status": FieldWords.tr("Status"),
        "audience": FieldWords.tr("Planned audience"),
    }
    return words.get(name, name.replace("_", " ").capitalize())


def metric_label(key: str) -> str:
    """The name of a rate ("conversion" -> "Conversion rate"), translated."""
    words = {
        "conversion": FieldWords.tr("Conversion rate"),
        "click": FieldWords.tr("Click-through rate"),
        "response": FieldWords.tr("Response rate"),
        "delivery": FieldWords.tr("Delivery rate"),
    }
    return words.get(key, key)
