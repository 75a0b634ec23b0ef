"""The import engine's reasons, worded for the import dialog (never a command-line flag).

The engine says why with a reason code and its fields (domain.imports.Said); here each code
gets the dialog's sentence, naming what the user can do in the dialog: type a campaign name,
choose a column, open another export. Codes not listed keep the engine's own sentence, which
names no flag. The command line words the same codes in cli/import_words.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from smsplanner.domain.imports import reason_of
from smsplanner.domain.words import counted

NOTHING_TO_IMPORT = "Nothing to import"  # the import button when nothing can go in


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportWords", text)


def nothing_to_import() -> str:
    """The import button's text when nothing can be imported."""
    return tr(NOTHING_TO_IMPORT)


def already_imported(on: str, import_id: int) -> str:
    """The one sentence for a file imported before (its digest is in the database)."""
    return tr("This file was already imported on {on} as import #{id}; importing it again "
              "would change nothing.").format(on=on, id=import_id)


SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def currency_question(found: str, preferred: str) -> str:
    """What the dialog asks before importing money in another currency than Preferences'."""
    return tr("The money in this file is in {found} ({found_symbol}), but your amounts are "
              "shown in {preferred} ({preferred_symbol}). Amounts are never converted: use "
              "{found_symbol} for your amounts, or import this file without its revenue and "
              "cost.").format(found=found, found_symbol=SYMBOLS.get(found, found),
                              preferred=preferred,
                              preferred_symbol=SYMBOLS.get(preferred, preferred))


def _channel_names(fields: dict[str, Any]) -> str:
    names = {"sms": "SMS", "mms": "MMS", "ussd": "USSD", "email": "email", "push": "push"}
    found = [names.get(c, c) for c in fields.get("channels", [])] or ["email"]
    return ", ".join(found)


Wording = Callable[[str, dict[str, Any]], str]

WORDS: dict[str, Wording] = {
    "log_without_campaign": lambda t, f: tr(
        "{file} is a per-message log without a campaign column: type the campaign's name in "
        "the box above, or choose the column that holds it.").format(file=f["file"]),
    "no_name_column": lambda t, f: tr(
        "The file has no campaign name column: choose the column that holds it, or type a "
        "campaign name above."),
    "no_date_column": lambda t, f: tr(
        "The file has no date column: choose the column that holds the day each campaign was "
        "sent."),
    "other_channels_left_out": lambda t, f: tr(
        "{rows} for other channels ({channels}) left out: SMS Planner imports SMS and MMS "
        "campaigns.").format(rows=counted(f["rows"], "row"), channels=_channel_names(f)),
    "only_other_channels": lambda t, f: tr(
        "{file}: every row is for another channel than SMS ({channels}); SMS Planner imports "
        "SMS and MMS campaigns.").format(file=f["file"], channels=_channel_names(f)),
    "problems_found": lambda t, f: tr(
        "{file}: {problems} found; nothing was imported. Fix the file and open it again, or "
        "import the good rows.").format(file=f["file"],
                                        problems=counted(f["count"], "problem")),
    "periods_not_sends": lambda t, f: tr(
        "{text} Open your provider's campaign report instead (one row per send), or choose "
        "the column that holds the send date.").format(text=t),
    "orders_not_sends": lambda t, f: tr(
        "{file} is a shop's order list, not a report of messages sent: open the campaign "
        "report or message log from your SMS provider instead.").format(file=f["file"]),
    "currency_differs": lambda t, f: tr(
        "{file}: its money is in {found}, but your amounts are in {preferred} (Preferences); "
        "nothing was imported.").format(file=f["file"], found=f["file_currency"],
                                        preferred=f["preferences"]),
    "already_imported": lambda t, f: already_imported(f["on"], f["import_id"]),
    "nothing_to_import": lambda t, f: tr("{file}: no row could be imported.").format(
        file=f["file"]),
    "no_such_column": lambda t, f: tr("The file has no column '{column}'.").format(
        column=f["column"]),
}


def say(text: object) -> str:
    """The dialog's sentence for an engine sentence (reason code, else the engine's text)."""
    code, fields = reason_of(text)
    wording = WORDS.get(code)
    return wording(str(text), fields) if wording else str(text)
