"""The import dialog's names for the fields a column can hold, shared by its wording modules.

`ImportSessionWords` is the translation context of the dialog's button, notes and summaries
(session.py); it lives here so note_words.py can name a field without importing session.py
(which imports the wording). Quick lookups; GUI thread.
"""

from __future__ import annotations

from smsplanner.ui.common.field_words import field_label
from smsplanner.ui.common.tr_context import TrContext

# A per-message log's own fields (the rest are a campaign's, named by field_label).
_MESSAGE_FIELDS = {"message_id", "direction", "sent_at", "price", "segments", "clicked",
                   "replied", "converted", "order_value", "body"}


class ImportSessionWords(TrContext):
    """Translation context for the import dialog's button, notes and summaries."""


def message_label(field: str) -> str:
    """A per-message log's field as the column dropdown names it."""
    words = {
        "message_id": ImportSessionWords.tr("Message id"),
        "name": ImportSessionWords.tr("Campaign name"),
        "status": ImportSessionWords.tr("Status"),
        "direction": ImportSessionWords.tr("Direction"),
        "sent_at": ImportSessionWords.tr("Sent at"),
        "price": ImportSessionWords.tr("Price"),
        "segments": ImportSessionWords.tr("Message parts"),
        "clicked": ImportSessionWords.tr("Clicked (yes/no)"),
        "replied": ImportSessionWords.tr("Replied (yes/no)"),
        "converted": ImportSessionWords.tr("Converted (yes/no)"),
        "order_value": ImportSessionWords.tr("Order value"),
        "body": ImportSessionWords.tr("Message text"),
        "channel": ImportSessionWords.tr("Channel"),
        "segment": ImportSessionWords.tr("Segment"),
        "offer": ImportSessionWords.tr("Offer"),
    }
    return words.get(field, field.replace("_", " ").capitalize())


def field_name(name: str) -> str:
    """A mapped field as the dialog names it ("order_value" -> "Order value"), translated."""
    if name in _MESSAGE_FIELDS:
        return message_label(name)
    return field_label(name)
