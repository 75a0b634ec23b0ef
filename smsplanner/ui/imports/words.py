"""The import engine's reasons, worded for the import dialog (never a command-line flag).

The engine says why with a reason code and its fields (domain.imports.Said); here each code
gets the dialog's sentence, one whole translatable sentence with named placeholders, naming
what the user can do in the dialog: type a campaign name, choose a column, open another
export. The reader's notes and the cells' problems are worded in note_words.py, the reasons a
file cannot be read in file_words.py; every code of domain/import_reasons.py has a wording
(the tests hold them equal). Plain text without a code is shown as it is. The command line
words the same codes in cli/import_words.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smsplanner.domain.imports import Said, reason_of
from smsplanner.ui.common.numerus import numbered
from smsplanner.ui.common.tr_context import TrContext
from smsplanner.ui.imports.file_words import FILE_WORDS
from smsplanner.ui.imports.note_words import NOTE_WORDS, PROBLEM_WORDS


class ImportWords(TrContext):
    """Translation context for the import engine's reasons, as the dialog words them."""


def nothing_to_import() -> str:
    """The import button's text when nothing can be imported."""
    return ImportWords.tr("Nothing to import")


def already_imported(on: str, import_id: int) -> str:
    """The one sentence for a file imported before (its digest is in the database)."""
    return ImportWords.tr("This file was already imported on {on} as import #{id}; importing "
                          "it again would change nothing.").format(on=on, id=import_id)


def backup_current(made: str) -> str:
    """No new backup before an import: the one made at `made` (ISO, local time) already held
    everything, since nothing was saved after it."""
    from PySide6.QtCore import QDateTime, QLocale, Qt

    when = QDateTime.fromString(made, Qt.DateFormat.ISODate)
    return ImportWords.tr("No new backup was made: the backup from {time} already holds "
                          "everything from before this import.").format(
        time=QLocale().toString(when, QLocale.FormatType.ShortFormat))


SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def currency_question(found: str, preferred: str) -> str:
    """What the dialog asks before importing money in another currency than Preferences'."""
    return ImportWords.tr(
        "The money in this file is in {found} ({found_symbol}), but your amounts are shown in "
        "{preferred} ({preferred_symbol}). Amounts are never converted: use {found_symbol} for "
        "your amounts, or import this file without its revenue and cost.").format(
            found=found, found_symbol=SYMBOLS.get(found, found), preferred=preferred,
            preferred_symbol=SYMBOLS.get(preferred, preferred))


def _channel_names(fields: dict[str, Any]) -> str:
    names = {"sms": "SMS", "mms": "MMS", "ussd": "USSD", "email": "email", "push": "push",
             "whatsapp": "WhatsApp", "messenger": "Messenger", "rcs": "RCS"}
    found = [names.get(str(c), str(c)) for c in fields.get("channels", [])] or ["email"]
    return ", ".join(found)


def _listed(values: Any, most: int = 10) -> str:
    """Data values (column names, row numbers) as a list; longer lists end in "…"."""
    items = [str(v) for v in (values or [])]
    return ", ".join(items[:most]) + (", …" if len(items) > most else "")


def _n(f: dict[str, Any], key: str) -> int:
    value = f.get(key, 0)
    return len(value) if isinstance(value, list | tuple) else int(value or 0)


def _other_costs(f: dict[str, Any]) -> str:
    """Automatic answers' and incoming texts' costs: one whole sentence per case."""
    auto, incoming = f.get("auto_replies"), f.get("incoming")
    if auto and incoming:
        return ImportWords.tr(
            "In this file automatic answers cost {auto} and incoming texts cost {incoming}: "
            "not counted in the campaign's cost.").format(auto=f"{auto:g}",
                                                          incoming=f"{incoming:g}")
    if auto:
        return ImportWords.tr("In this file automatic answers cost {auto}: not counted in the "
                              "campaign's cost.").format(auto=f"{auto:g}")
    return ImportWords.tr("In this file incoming texts cost {incoming}: not counted in the "
                          "campaign's cost.").format(incoming=f"{incoming or 0:g}")


Wording = Callable[[str, dict[str, Any]], str]

WORDS: dict[str, Wording] = {
    "log_without_campaign": lambda t, f: ImportWords.tr(
        "{file} is a per-message log without a campaign column: type the campaign's name in "
        "the box above, or choose the column that holds it.").format(file=f["file"]),
    "no_name_column": lambda t, f: ImportWords.tr(
        "The file has no campaign name column: choose the column that holds it, or type a "
        "campaign name above."),
    "no_date_column": lambda t, f: ImportWords.tr(
        "The file has no date column: choose the column that holds the day each campaign was "
        "sent."),
    "other_channels_left_out": lambda t, f: numbered(ImportWords.tr(
        "%n row(s) for other channels ({channels}) left out: SMS Planner imports SMS and MMS "
        "campaigns.", "", _n(f, "rows")), _n(f, "rows")).format(channels=_channel_names(f)),
    "only_other_channels": lambda t, f: ImportWords.tr(
        "{file}: every row is for another channel than SMS ({channels}); SMS Planner imports "
        "SMS and MMS campaigns.").format(file=f["file"], channels=_channel_names(f)),
    "problems_found": lambda t, f: numbered(ImportWords.tr(
        "{file}: %n problem(s) found; nothing was imported. Fix the file and open it again, or "
        "import the good rows.", "", _n(f, "count")), _n(f, "count")).format(file=f["file"]),
    "periods_not_sends": lambda t, f: ImportWords.tr(
        "{file} holds totals per report period ('{example}' in column '{column}'), not "
        "campaign sends. Open your provider's campaign report instead (one row per send), or "
        "choose the column that holds the send date.").format(
            file=f.get("file", ""), example=f.get("example", ""), column=f.get("column", "")),
    "not_text_messages": lambda t, f: (ImportWords.tr(
        "{file} is a log of phone calls (column '{column}'), not text messages: SMS Planner "
        "imports SMS and MMS campaigns.") if list(f.get("channels") or []) == ["voice"]
        else ImportWords.tr(
        "{file} is a log of {channels} messages (column '{column}'), not text messages: SMS "
        "Planner imports SMS and MMS campaigns.")).format(
            file=f["file"], channels=_channel_names(f), column=f.get("column") or ""),
    "orders_not_sends": lambda t, f: ImportWords.tr(
        "{file} is a shop's order list, not a report of messages sent: open the campaign "
        "report or message log from your SMS provider instead.").format(file=f["file"]),
    "currency_differs": lambda t, f: ImportWords.tr(
        "{file}: its money is in {found}, but your amounts are in {preferred} (Preferences); "
        "nothing was imported.").format(file=f["file"], found=f["file_currency"],
                                        preferred=f["preferences"]),
    "already_imported": lambda t, f: already_imported(f["on"], f["import_id"]),
    "nothing_to_import": lambda t, f: ImportWords.tr("{file}: no row could be imported.").format(
        file=f["file"]),
    "no_such_column": lambda t, f: ImportWords.tr(
        "The file has no column '{column}'. Its columns are: {columns}.").format(
            column=f["column"], columns=_listed(f.get("columns"), 30)),
    "map_syntax": lambda t, f: ImportWords.tr(
        "A column choice is written FIELD=COLUMN, not '{item}'.").format(item=f["item"]),
    "unknown_field": lambda t, f: ImportWords.tr(
        "'{field}' is not a field; use one of: {fields}.").format(
        field=f["field"], fields=_listed(f.get("fields"), 40)),
    "bad_channel": lambda t, f: ImportWords.tr(
        "The channel must be 'sms' or 'all', not '{channel}'.").format(
        channel=f["channel"]),
    "bad_shape": lambda t, f: ImportWords.tr(
        "The shape must be 'summary' or 'messages', not '{shape}'.").format(shape=f["shape"]),
    "only_totals": lambda t, f: numbered(ImportWords.tr(
        "{file}: the file has no campaign rows, only %n total row(s) (totals are not "
        "campaigns).", "", _n(f, "totals")), _n(f, "totals")).format(file=f["file"]),
    "no_rows": lambda t, f: ImportWords.tr("{file}: the file has column headers but no rows to "
                              "import.").format(file=f["file"]),
    "other_costs": lambda t, f: _other_costs(f),
    "stray_bytes": lambda t, f: numbered(ImportWords.tr(
        "The file is UTF-8 except on %n row(s) ({rows}), whose accented letters were read as "
        "Windows-1252: please check.", "", _n(f, "rows")), _n(f, "rows")).format(
            rows=_listed(f.get("rows"))),
    "address_channel": lambda t, f: numbered(ImportWords.tr(
        "%n row(s) of {channels} messages: the phone numbers are written '{prefix}:+...'.", "",
        _n(f, "rows")), _n(f, "rows")).format(
            channels=_channel_names(f), prefix=(f.get("channels") or [""])[0]),
    "email_report": lambda t, f: ImportWords.tr(
        "This file has no channel column; its columns ({columns}) are an email report's, so "
        "its rows are email campaigns.").format(columns=_listed(f.get("columns"), 3)),
    "not_channels": lambda t, f: ImportWords.tr(
        "Column '{column}' holds {values}, not channel names; those rows were read as "
        "{channel}.").format(column=f["column"],
                             values=_listed([f"'{v}'" for v in f.get("values") or []], 3),
                             channel=f["channel"]),
    "subject_as_name": lambda t, f: ImportWords.tr(
        "The file has no campaign name column: each campaign is named by its subject (column "
        "'{column}').").format(column=f["column"]),
    "times_not_read": lambda t, f: numbered(ImportWords.tr(
        "Column '{column}': %n value(s) not read as a time of day (row {rows}); those "
        "campaigns have no send time.", "", _n(f, "rows")), _n(f, "rows")).format(
            column=f["column"], rows=_listed(f.get("rows"), 5)),
    "not_sent_rows": lambda t, f: numbered(ImportWords.tr(
        "%n campaign(s) never sent ({column} = {statuses}): left out.", "", _n(f, "rows")),
        _n(f, "rows")).format(column=f["column"], statuses=_listed(f.get("statuses"))),
    "period_column": lambda t, f: ImportWords.tr(
        "Column '{column}' holds the report period ('{example}'), not the send day; the send "
        "day was read from '{used}'.").format(column=f["column"], example=f["example"],
                                              used=f["used"]),
    "auto_replies": lambda t, f: numbered(ImportWords.tr(
        "%n automatic answer(s) to incoming texts ({column} = outbound-reply): not campaign "
        "sends, so left out of sent, delivered and cost.", "", _n(f, "rows")),
        _n(f, "rows")).format(column=f.get("column") or ""),
    "repeated_ids": lambda t, f: numbered(ImportWords.tr(
        "%n message id(s) repeated in the file: the last row of each was used.", "",
        _n(f, "rows")), _n(f, "rows")),
    "message_parts": lambda t, f: numbered(ImportWords.tr(
        "%n row(s) of the file are further parts of a longer message (column '{column}'): each "
        "message is counted once, with the price of all its parts.", "",
        _n(f, "rows")), _n(f, "rows")).format(column=f["column"]),
    "several_currencies": lambda t, f: ImportWords.tr(
        "The file's money is in several currencies ({currencies}); amounts were read as they "
        "are, without converting.").format(currencies=_listed(f.get("currencies"))),
    "file_missing": lambda t, f: ImportWords.tr("{file}: the file does not exist.").format(
        file=f["file"]),
    "is_folder": lambda t, f: ImportWords.tr("{file}: this is a folder, not a file.").format(
        file=f["file"]),
    "not_allowed": lambda t, f: ImportWords.tr("{file}: SMS Planner is not allowed to read this "
                                  "file.").format(file=f["file"]),
    "dry_run": lambda t, f: numbered(ImportWords.tr(
        "{file}: dry run, nothing written; %n campaign(s) would be imported.", "",
        _n(f, "campaigns")), _n(f, "campaigns")).format(file=f["file"]),
    "imported": lambda t, f: numbered(ImportWords.tr(
        "Imported {file} as import #{id}: %n campaign(s) created, {updated} updated.", "",
        _n(f, "created")), _n(f, "created")).format(file=f["file"], id=f["import_id"],
                                                    updated=f["updated"]),
    "every_row_bad": lambda t, f: ImportWords.tr(
        "{file}: every row has a problem, so nothing was imported.").format(file=f["file"]),
    "money_left_out": lambda t, f: ImportWords.tr(
        "Revenue and cost were left out: the file's money is in {currency}.").format(
            currency=f["currency"]),
    "not_campaigns": lambda t, f: ImportWords.tr(
        "{file} has none of the columns of a campaign report or a message log. Open your "
        "provider's campaign report or message log instead, or choose the columns that hold "
        "the campaign name and the send date.").format(file=f["file"]),
}


def _campaign_problem(t: str, f: dict[str, Any]) -> str:
    """A campaign rule a row breaks, worded as the campaign form words it."""
    from smsplanner.domain.errors import FieldProblem
    from smsplanner.ui.common.campaign_problem_words import problem_text

    details = {k: v for k, v in f.items() if k not in ("field", "problem", "campaign")}
    problem = problem_text(FieldProblem(f["field"], t, f["problem"], details))
    if problem == t:  # a rule the form does not word yet: the engine's sentence says it all
        return t
    if f.get("campaign"):
        return ImportWords.tr("Campaign '{campaign}': {problem}").format(
            campaign=f["campaign"], problem=problem)
    return problem


def _shared(t: str, f: dict[str, Any]) -> str:
    """A problem most rows share, said once with how many rows have it."""
    problem = say(f["problem"])
    if f["count"] >= f["rows"]:
        return ImportWords.tr("Every row ({count}): {problem}").format(
            count=f"{f['count']:,}", problem=problem)
    return ImportWords.tr("{count} of {rows} rows: {problem}").format(
        count=f"{f['count']:,}", rows=f"{f['rows']:,}", problem=problem)


def _label_report(t: str, f: dict[str, Any]) -> str:
    """A campaign report written as label/value lines, read as one or more campaigns."""
    labels = _listed([f"'{v}'" for v in (f.get("labels") or [])[:3]], 3) + "…"
    n = _n(f, "campaigns")
    if n == 1:
        return ImportWords.tr("The file is a campaign report written as labels and values "
                              "({labels}), not a table: read as one campaign.").format(
                                  labels=labels)
    return numbered(ImportWords.tr(
        "The file is a campaign report written as labels and values ({labels}), not a table: "
        "read as %n campaign(s) ({sections}).", "", n), n).format(
            labels=labels, sections=_listed(f.get("sections")))


WORDS.update({
    "campaign_problem": _campaign_problem,
    "shared_problem": _shared,
    "name_missing_here": lambda t, f: ImportWords.tr("The campaign name is missing on this row."),
    "date_missing_here": lambda t, f: ImportWords.tr("The date is missing: when was it sent?"),
    "repeated_campaign": lambda t, f: ImportWords.tr(
        "Campaign '{name}' on {date} is already on row {row} of this file.").format(
            name=f["name"], date=f["date"], row=f["row"]),
    "totals_left_out": lambda t, f: numbered(ImportWords.tr(
        "%n total row(s) left out: totals are not campaigns.", "", _n(f, "rows")),
        _n(f, "rows")),
    "same_name_same_day": lambda t, f: numbered(ImportWords.tr(
        "%n campaign(s) share their name and day with another send (a test or a re-send, e.g. "
        "'{example}'): each is named with its send time.", "", _n(f, "rows")),
        _n(f, "rows")).format(example=(f.get("names") or [""])[0]),
    "label_report": _label_report,
    "backup_current": lambda t, f: backup_current(f["made"]),
    "more_problems": lambda t, f: numbered(ImportWords.tr(
        "… and %n more problem(s) like these.", "", _n(f, "count")), _n(f, "count")),
})


def _cannot_read(t: str, f: dict[str, Any]) -> str:
    """A file that cannot be read: its name, then why (the reader's reason, worded here)."""
    return ImportWords.tr("{file}: {reason}").format(file=f["file"], reason=say(f["reason"]))


WORDS.update(NOTE_WORDS)
WORDS.update(PROBLEM_WORDS)
WORDS.update(FILE_WORDS)
WORDS.update({
    "unreadable": _cannot_read,
    "not_a_file": _cannot_read,
    "figures_do_not_add_up": lambda t, f: ImportWords.tr(
        "{file}: nothing was imported, because some campaigns' figures would not add up with "
        "the ones already saved (see the problems listed).").format(file=f["file"]),
    "mapping": lambda t, f: ImportWords.tr(
        "{file}: the chosen columns do not fit this file; choose them again.").format(
            file=f["file"]),
})


def say_error(exc: BaseException) -> str:
    """The dialog's sentence for an error the engine raised while reading or checking."""
    from smsplanner.domain.errors import ImportFileError
    from smsplanner.domain.imports import ImportRefused

    if isinstance(exc, ImportFileError):
        return say(Said("unreadable", str(exc), file=exc.file, reason=exc.reason))
    if isinstance(exc, ImportRefused):
        return say(exc.said)
    if exc.args and isinstance(exc.args[0], Said):  # MappingError
        return say(exc.args[0])
    return say(str(exc))


def say(text: object) -> str:
    """The dialog's sentence for an engine sentence (reason code, else the engine's text)."""
    code, fields = reason_of(text)
    wording = WORDS.get(code)
    if wording is None:
        return str(text)
    try:
        return wording(str(text), fields)
    except (KeyError, TypeError, ValueError):  # fields missing: the engine's sentence is right
        return str(text)
