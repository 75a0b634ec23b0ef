"""What the import dialog says: field labels, the button, notes, remembered columns.

Reading, mapping and checking the file are services/import_check.py; this module words the
results for the dialog, one whole translatable sentence per case. Quick functions: they run
anywhere.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smsplanner.domain.imports import ImportPlan, Mapping
from smsplanner.importing.mapping import MESSAGE_FIELDS, SUMMARY_FIELDS
from smsplanner.ui.common.field_words import field_label
from smsplanner.ui.common.formatting import fmt_count
from smsplanner.ui.common.numerus import numbered
from smsplanner.ui.imports.field_names import ImportSessionWords, message_label
from smsplanner.ui.imports.words import nothing_to_import, say

if TYPE_CHECKING:
    from smsplanner.importing.table import RawTable
    from smsplanner.services.import_check import Check
    from smsplanner.services.import_check_stream import StreamLimits

READ_SETTINGS = ("sheet", "encoding", "delimiter", "decimal", "thousands", "header_row",
                 "date_order")
SHAPES = ("summary", "messages")


def shape_label(shape: str) -> str:
    """What a file of this shape holds, for the shape list and the imports list."""
    if shape == "summary":
        return ImportSessionWords.tr("Campaign summaries")
    if shape == "messages":
        return ImportSessionWords.tr("Per-message log")
    return shape


def shape_tip(shape: str) -> str:
    if shape == "summary":
        return ImportSessionWords.tr("One row per campaign, with its counts (sent, clicks, "
                                     "orders…)")
    return ImportSessionWords.tr("One row per text message sent or received; SMS Planner adds "
                                 "them up into campaigns")


def field_choices(shape: str) -> list[tuple[str, str]]:
    """(label, field) pairs for a column's dropdown, in the order people think of them."""
    if shape == "messages":
        return [(message_label(f), f) for f in MESSAGE_FIELDS if f != "phone"]
    return [(field_label(f), f) for f in SUMMARY_FIELDS]


def default_campaign_name(path: Path) -> str:
    """A campaign name from a file name: "march_promo-log.csv" -> "march promo log"."""
    return " ".join(re.split(r"[_\-\s]+", Path(path).stem)).strip() or Path(path).name


def action_text(check: Check) -> tuple[str, bool, str]:
    """(button text, enabled, why nothing can be imported) for a checked file."""
    plan = check.plan
    if plan is None:
        return nothing_to_import(), False, say(check.refused)
    if not plan.campaigns:
        if plan.problems:
            if plan.rows_read == 1:
                why = ImportSessionWords.tr("The file's one row cannot be imported: see the "
                                            "problems listed below.")
            else:
                why = numbered(ImportSessionWords.tr(
                    "None of the %n row(s) can be imported: see the problems listed below.",
                    "", plan.rows_read), plan.rows_read)
            return nothing_to_import(), False, why
        return (nothing_to_import(), False,
                ImportSessionWords.tr("No row of this file describes an SMS campaign."))
    bad = plan.rows_skipped
    if bad:
        good = plan.rows_imported
        return (numbered(ImportSessionWords.tr("Import %n good row(s), skip {bad}", "", good),
                        good).format(bad=f"{bad:,}"), True,
                numbered(ImportSessionWords.tr(
                    "%n row(s) cannot be imported (see the problems). Fix the file and open it "
                    "again, or import the good rows now.", "", bad), bad))
    n = len(plan.campaigns)
    if plan.shape == "messages":
        messages = numbered(ImportSessionWords.tr("%n message(s)", "", plan.message_count),
                           plan.message_count)
        return (numbered(ImportSessionWords.tr("Import {messages} into %n campaign(s)", "", n),
                        n).format(messages=messages), True, "")
    return numbered(ImportSessionWords.tr("Import %n campaign(s)", "", n), n), True, ""


def summary_line(created: int, updated: int, totals: int = 0, skipped: int = 0,
                 messages: int = 0, other_channels: int = 0) -> str:
    """"12 campaigns added, 3 updated. 1 total row left out." for the banner and status bar.

    One whole sentence per fact. `skipped` counts the rows with problems; `other_channels`
    rows were left out on purpose (email rows in a mixed export) and are said as such, not
    as problems."""
    sentences = [numbered(ImportSessionWords.tr(
        "%n campaign(s) added, {updated} updated.", "", created), created).format(
            updated=f"{updated:,}")]
    if messages:
        sentences.append(numbered(ImportSessionWords.tr(
            "%n message(s) read.", "", messages), messages))
    if totals:
        sentences.append(numbered(ImportSessionWords.tr(
            "%n total row(s) left out.", "", totals), totals))
    if other_channels:
        sentences.append(numbered(ImportSessionWords.tr(
            "%n email or other non-SMS row(s) left out: SMS only.", "", other_channels),
            other_channels))
    if skipped:
        sentences.append(numbered(ImportSessionWords.tr(
            "%n row(s) with problems skipped.", "", skipped), skipped))
    return " ".join(sentences)


MAPPINGS_GROUP = "import/mappings/"
# Settings with no widget: when the dialog checks a file in chunks (tests lower them).
STREAM_KEYS = {"min_bytes": "import/stream_bytes", "chunk_rows": "import/stream_chunk_rows",
               "head_rows": "import/stream_head_rows"}


def stream_limits(settings: Any) -> StreamLimits:
    """When the dialog streams a file: the command line's sizes unless the settings
    (a QSettings) say otherwise."""
    from smsplanner.services.import_check_stream import StreamLimits

    values: dict[str, int] = {}
    for name, key in STREAM_KEYS.items():
        try:
            value = int(settings.value(key) or 0)
        except (TypeError, ValueError):
            continue
        if value > 0:
            values[name] = value
    return StreamLimits(**values)


def head_note(shown: int, total: int) -> str:
    """"The preview shows the first 5,000 of 3,000,000 rows; every row was checked." for a
    big file checked in chunks ("" when the preview holds every row)."""
    if shown >= total:
        return ""
    return numbered(ImportSessionWords.tr(
        "The preview shows the first %n row(s) of {total}; every row was checked.", "", shown),
        shown).format(total=fmt_count(total))


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
        notes.append(ImportSessionWords.tr("Using the columns you chose last time for a file "
                                           "with these headers."))
    if raw is not None:
        notes.extend(raw.detected.notes)
    if plan is not None:
        notes.extend(plan.notes)
    if mapping is not None and mapping.unmapped:
        notes.append(ImportSessionWords.tr("Not used: {columns}.").format(
            columns=", ".join(mapping.unmapped)))
    if mapping is not None and mapping.dropped:
        notes.append(ImportSessionWords.tr("Left out as personal data: {columns}.").format(
            columns=", ".join(mapping.dropped)))
    return "\n".join(f"• {n}" for n in dict.fromkeys(say(n) for n in notes))
