"""What the reader assumed and what is wrong in a cell, worded for the import dialog.

The engine says each note and each cell's problem with a reason code and its fields
(domain/import_reasons.py); here each code gets one whole translatable sentence. The command
line shows the engine's own English sentence for these codes. Quick lookups: any thread with
a QCoreApplication (the dialog calls them on the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smsplanner.ui.common.formatting import fmt_count
from smsplanner.ui.common.numerus import numbered
from smsplanner.ui.common.tr_context import TrContext
from smsplanner.ui.imports.field_names import field_name

Wording = Callable[[str, dict[str, Any]], str]


class ImportNoteWords(TrContext):
    """Translation context for the reader's notes and the cells' problems in the dialog."""


def listed(values: Any, most: int = 5) -> str:
    """Row numbers or names as a list; longer lists end in "…"."""
    items = [str(v) for v in (values or [])]
    return ", ".join(items[:most]) + (", …" if len(items) > most else "")


def _count(f: dict[str, Any], key: str) -> int:
    value = f.get(key, 0)
    return len(value) if isinstance(value, list | tuple) else int(value or 0)


def _delimiter(f: dict[str, Any]) -> str:
    return {
        ",": ImportNoteWords.tr("Columns are separated by commas."),
        ";": ImportNoteWords.tr("Columns are separated by semicolons."),
        "\t": ImportNoteWords.tr("Columns are separated by tabs."),
        "|": ImportNoteWords.tr("Columns are separated by vertical bars (|)."),
    }[f["delimiter"]]


def _named_otherwise(f: dict[str, Any]) -> str:
    kind = f["kind"]
    if kind == "text":
        text = ImportNoteWords.tr("The file is named {ext} but holds CSV text; it was read as "
                                  "CSV.")
    elif kind == "xlsx":
        text = ImportNoteWords.tr("The file is named {ext} but is an Excel workbook (.xlsx); "
                                  "it was read as one.")
    elif kind == "ods":
        text = ImportNoteWords.tr("The file is named {ext} but is an OpenDocument spreadsheet "
                                  "(.ods); it was read as one.")
    else:
        text = ImportNoteWords.tr("The file is named {ext} but is an old Excel workbook "
                                  "(.xls); it was read as one.")
    return text.format(ext=f["ext"])


def _date_order(f: dict[str, Any]) -> str:
    if f["order"] == "DMY":
        text = ImportNoteWords.tr("No date in column '{column}' shows whether the day or the "
                                  "month comes first; read with the day first (choose the "
                                  "other order if that is wrong).")
    else:
        text = ImportNoteWords.tr("No date in column '{column}' shows whether the day or the "
                                  "month comes first; read with the month first (choose the "
                                  "other order if that is wrong).")
    return text.format(column=f["column"])


def _formulas(f: dict[str, Any]) -> str:
    n = _count(f, "rows")
    return numbered(ImportNoteWords.tr(
        "Sheet '{sheet}', column '{column}' (not imported): %n cell(s) hold a formula with no "
        "saved result (row {rows}).", "", n), n).format(
            sheet=f["sheet"], column=f["column"], rows=listed(f.get("rows")))


NOTE_WORDS: dict[str, Wording] = {
    "delimiter": lambda t, f: _delimiter(f),
    "partly_windows_text": lambda t, f: ImportNoteWords.tr(
        "Part of the file is not in UTF-8; that part was read as Windows text (Windows-1252)."),
    "read_as_windows_text": lambda t, f: ImportNoteWords.tr(
        "The file is not in UTF-8; it was read as Windows text (Windows-1252)."),
    "read_as_mac_roman": lambda t, f: ImportNoteWords.tr(
        "The file is not in UTF-8; it was read as Mac Roman text (saved by an older Mac)."),
    "decimal_comma": lambda t, f: ImportNoteWords.tr(
        "Numbers use a decimal comma ({example}).").format(example=f["example"]),
    "thousands_guessed": lambda t, f: ImportNoteWords.tr(
        "Numbers like {example} were read as thousands (1234): no value showed a decimal "
        "mark, so please check the figures.").format(example=f["example"]),
    "mixed_decimal_marks": lambda t, f: ImportNoteWords.tr(
        "Some numbers use a decimal comma and others a decimal point; the point was used "
        "because most numbers have it."),
    "named_otherwise": lambda t, f: _named_otherwise(f),
    "unknown_extension": lambda t, f: ImportNoteWords.tr(
        "Files named {ext} are not a known format; this one holds text and was read as "
        "CSV.").format(ext=f["ext"]),
    "date_order_guessed": lambda t, f: _date_order(f),
    "no_message_ids": lambda t, f: ImportNoteWords.tr(
        "The file has no message id column: repeated rows are recognised by their content."),
    "formulas_not_imported": lambda t, f: _formulas(f),
}


def _phone(f: dict[str, Any]) -> str:
    if f.get("whole"):
        return ImportNoteWords.tr("This looks like a phone number, not a count.")
    return ImportNoteWords.tr("This looks like a phone number, not an amount.")


PROBLEM_WORDS: dict[str, Wording] = {
    "phone_not_figure": lambda t, f: _phone(f),
    "not_a_number": lambda t, f: ImportNoteWords.tr(
        "This is not a number; '{field}' must be a number.").format(
            field=field_name(f["field"])),
    "amount_too_large": lambda t, f: ImportNoteWords.tr(
        "'{field}' is far too large to be an amount (the most SMS Planner takes is "
        "{most}).").format(field=field_name(f["field"]), most=fmt_count(f["most"])),
    "not_whole": lambda t, f: ImportNoteWords.tr(
        "'{field}' must be a whole number.").format(field=field_name(f["field"])),
    "count_too_large": lambda t, f: ImportNoteWords.tr(
        "'{field}' is far too large to be a count.").format(field=field_name(f["field"])),
    "not_a_rate": lambda t, f: ImportNoteWords.tr(
        "This rate is not a number or a percentage."),
    "not_yes_no": lambda t, f: ImportNoteWords.tr(
        "Expected yes or no (or true/false, 1/0, x)."),
    "year_out_of_range": lambda t, f: ImportNoteWords.tr(
        "The year is out of range: SMS Planner reads dates from {first} to {last}.").format(
            first=f["first"], last=f["last"]),
    "not_a_date": lambda t, f: ImportNoteWords.tr("This is not a date SMS Planner can read."),
    "no_send_time": lambda t, f: ImportNoteWords.tr(
        "Campaign '{campaign}': no message has a send time, so its date is unknown.").format(
            campaign=f["campaign"]),
    "formula_no_result": lambda t, f: ImportNoteWords.tr(
        "Sheet '{sheet}': this cell holds a formula with no saved result. Open the file in "
        "your spreadsheet program, save it, then import it again.").format(sheet=f["sheet"]),
}
