"""What the import dialog says, without Qt: field labels, the button, notes, remembered columns.

Reading, mapping and checking the file are services/import_check.py; this module words the
results for the dialog. Quick functions: they run anywhere.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smsplanner.domain.campaign import FIELD_LABELS
from smsplanner.domain.imports import ImportPlan, Mapping
from smsplanner.importing.mapping import MESSAGE_FIELDS, SUMMARY_FIELDS
from smsplanner.ui.imports.words import nothing_to_import, say

if TYPE_CHECKING:
    from smsplanner.importing.table import RawTable
    from smsplanner.services.import_check import Check

READ_SETTINGS = ("sheet", "encoding", "delimiter", "decimal", "thousands", "header_row",
                 "date_order")
SHAPE_LABELS = {"summary": "Campaign summaries", "messages": "Per-message log"}
SHAPE_TIPS = {"summary": "One row per campaign, with its counts (sent, clicks, orders…)",
              "messages": "One row per text message sent or received; SMS Planner adds them "
                          "up into campaigns"}
MESSAGE_LABELS = {
    "message_id": "Message id", "name": "Campaign name", "status": "Status",
    "direction": "Direction", "sent_at": "Sent at", "price": "Price", "segments": "Message parts",
    "clicked": "Clicked (yes/no)", "replied": "Replied (yes/no)",
    "converted": "Converted (yes/no)", "order_value": "Order value", "body": "Message text",
    "channel": "Channel", "segment": "Segment", "offer": "Offer",
}


def field_choices(shape: str) -> list[tuple[str, str]]:
    """(label, field) pairs for a column's dropdown, in the order people think of them."""
    if shape == "messages":
        return [(MESSAGE_LABELS[f], f) for f in MESSAGE_FIELDS if f != "phone"]
    return [(FIELD_LABELS.get(f, f.replace("_", " ").capitalize()), f) for f in SUMMARY_FIELDS]


def default_campaign_name(path: Path) -> str:
    """A campaign name from a file name: "march_promo-log.csv" -> "march promo log"."""
    return " ".join(re.split(r"[_\-\s]+", Path(path).stem)).strip() or Path(path).name


def _n(count: int, one: str, many: str | None = None) -> str:
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def action_text(check: Check) -> tuple[str, bool, str]:
    """(button text, enabled, why nothing can be imported) for a checked file."""
    plan = check.plan
    if plan is None:
        return nothing_to_import(), False, say(check.refused)
    if not plan.campaigns:
        if plan.problems:
            which = ("The file's one row cannot" if plan.rows_read == 1
                     else f"None of the {_n(plan.rows_read, 'row')} can")
            return (nothing_to_import(), False,
                    f"{which} be imported: see the problems listed below.")
        return nothing_to_import(), False, "No row of this file describes an SMS campaign."
    bad = plan.rows_skipped
    if bad:
        good = plan.rows_imported
        return (f"Import {_n(good, 'good row')}, skip {bad:,}", True,
                f"{_n(bad, 'row')} cannot be imported (see the problems). Fix the file and "
                "open it again, or import the good rows now.")
    if plan.shape == "messages":
        return (f"Import {_n(plan.message_count, 'message')} into "
                f"{_n(len(plan.campaigns), 'campaign')}", True, "")
    return f"Import {_n(len(plan.campaigns), 'campaign')}", True, ""


def summary_line(created: int, updated: int, totals: int = 0, skipped: int = 0,
                 messages: int = 0, other_channels: int = 0) -> str:
    """"12 campaigns added, 3 updated, 1 total row left out." for the banner and status bar.

    `skipped` counts the rows with problems; `other_channels` rows were left out on purpose
    (email rows in a mixed export) and are said as such, not as problems."""
    parts = [f"{_n(created, 'campaign')} added", f"{updated:,} updated"]
    if messages:
        parts.append(f"{_n(messages, 'message')} read")
    if totals:
        parts.append(f"{_n(totals, 'total row')} left out")
    if other_channels:
        parts.append(f"{_n(other_channels, 'email or other non-SMS row')} left out: SMS only")
    if skipped:
        parts.append(f"{_n(skipped, 'row')} with problems skipped")
    return ", ".join(parts) + "."


MAPPINGS_GROUP = "import/mappings/"


def remembered_mapping(settings: Any, key: str) -> dict[str, Any] | None:
    """The mapping a user confirmed for files with these headers: {"shape", "fields"}.

    `settings` is a QSettings (anything with value/setValue).
    """
    value = settings.value(MAPPINGS_GROUP + key)
    try:
        data = json.loads(str(value)) if value else None
    except ValueError:
        return None
    return data if isinstance(data, dict) and isinstance(data.get("fields"), dict) else None


def remember_mapping(settings: Any, mapping: Mapping) -> None:
    settings.setValue(MAPPINGS_GROUP + mapping.key,
                      json.dumps({"shape": mapping.shape, "fields": mapping.fields}))


def notes_text(raw: RawTable | None, plan: ImportPlan | None, mapping: Mapping | None,
               remembered: bool) -> str:
    """The bulleted notes beside the preview: what was assumed, used, left out."""
    notes: list[str] = []
    if remembered:
        notes.append("Using the columns you chose last time for a file with these headers.")
    if raw is not None:
        notes.extend(raw.detected.notes)
    if plan is not None:
        notes.extend(plan.notes)
    if mapping is not None and mapping.unmapped:
        notes.append("Not used: " + ", ".join(mapping.unmapped) + ".")
    if mapping is not None and mapping.dropped:
        notes.append("Left out as personal data: " + ", ".join(mapping.dropped) + ".")
    return "\n".join(f"• {n}" for n in dict.fromkeys(say(n) for n in notes))
