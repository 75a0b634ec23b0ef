"""Why a file cannot be read at all, worded for the import dialog.

The reader refuses a file with a reason code and its fields (ImportFileError.reason, a Said);
each code here is the clause the dialog shows after the file's name ("orders.xlsx: the
workbook is protected by a password…"). What the operating system says (an error's own text)
is passed through as it is. Quick lookups; GUI thread.
"""

from __future__ import annotations

from typing import Any

from smsplanner.ui.common.formatting import fmt_count
from smsplanner.ui.common.tr_context import TrContext
from smsplanner.ui.imports.note_words import Wording, listed


class ImportFileWords(TrContext):
    """Translation context for the reasons a file cannot be read."""


def _foreign(kind: str) -> str:
    """What a file that is not a table is, as a noun with its article ("a PDF document")."""
    words = {
        "png": ImportFileWords.tr("a PNG image"),
        "jpeg": ImportFileWords.tr("a JPEG image"),
        "gif": ImportFileWords.tr("a GIF image"),
        "pdf": ImportFileWords.tr("a PDF document"),
        "html": ImportFileWords.tr("a web page (HTML)"),
        "gzip": ImportFileWords.tr("a gzip-compressed archive"),
        "rar": ImportFileWords.tr("a RAR archive"),
        "7z": ImportFileWords.tr("a 7-Zip archive"),
        "docx": ImportFileWords.tr("a Word document"),
        "pptx": ImportFileWords.tr("a PowerPoint presentation"),
        "zip": ImportFileWords.tr("a zip archive"),
        "exe": ImportFileWords.tr("a program"),
        "sqlite": ImportFileWords.tr("a database file"),
    }
    return words.get(kind, ImportFileWords.tr("binary data"))


def _no_header_row(f: dict[str, Any]) -> str:
    if f.get("sheet"):
        text = ImportFileWords.tr("the sheet has no row {row} to use as the header.")
    else:
        text = ImportFileWords.tr("the file has no row {row} to use as the header.")
    return text.format(row=f["row"])


FILE_WORDS: dict[str, Wording] = {
    # settings that cannot be right (the dialog offers only valid ones; typed elsewhere)
    "bad_delimiter": lambda t, f: ImportFileWords.tr(
        "the column separator must be a comma, semicolon, tab or |."),
    "bad_decimal": lambda t, f: ImportFileWords.tr(
        "the decimal mark must be a point or a comma."),
    "bad_thousands": lambda t, f: ImportFileWords.tr(
        "the thousands separator must be a comma, point or space."),
    "same_marks": lambda t, f: ImportFileWords.tr(
        "the decimal mark and the thousands separator must differ."),
    "bad_date_order": lambda t, f: ImportFileWords.tr(
        "the date order must be day first or month first."),
    "bad_header_row": lambda t, f: ImportFileWords.tr("the header row must be 1 or more."),
    "bad_row_count": lambda t, f: ImportFileWords.tr(
        "the number of rows to preview cannot be negative."),
    "unknown_encoding": lambda t, f: ImportFileWords.tr(
        "“{encoding}” is not a text encoding SMS Planner knows.").format(
            encoding=f["encoding"]),
    # what the path is
    "missing_file": lambda t, f: ImportFileWords.tr("the file does not exist."),
    "folder_not_file": lambda t, f: ImportFileWords.tr("this is a folder, not a file."),
    "not_readable": lambda t, f: ImportFileWords.tr(
        "SMS Planner is not allowed to read this file."),
    "link_loop": lambda t, f: ImportFileWords.tr(
        "this is a shortcut (link) that points back to itself, not a file."),
    "name_too_long": lambda t, f: ImportFileWords.tr(
        "the file's name or folder path is too long to open."),
    "cannot_open": lambda t, f: ImportFileWords.tr(
        "the file could not be opened (the system says: {error}).").format(
            error=f.get("error") or "?"),
    "pipe_not_file": lambda t, f: ImportFileWords.tr(
        "this is a pipe between programs, not a file with a table in it."),
    "device_not_file": lambda t, f: ImportFileWords.tr(
        "this is a device, not a file with a table in it."),
    "not_ordinary": lambda t, f: ImportFileWords.tr("this is not an ordinary file."),
    "out_of_memory": lambda t, f: ImportFileWords.tr(
        "the file is too large to read on this computer."),
    # what the file holds
    "file_empty": lambda t, f: ImportFileWords.tr("the file is empty."),
    "password": lambda t, f: ImportFileWords.tr(
        "the workbook is protected by a password. Open it in your spreadsheet program, remove "
        "the password, save it and try again."),
    "download_cut_short": lambda t, f: ImportFileWords.tr(
        "the workbook is damaged or incomplete (perhaps it did not finish downloading). Save "
        "or download it again."),
    "old_office_file": lambda t, f: ImportFileWords.tr(
        "this is an old Office file, but not an Excel workbook. Save it as .xlsx or .csv and "
        "try again."),
    "web_page_as_excel": lambda t, f: ImportFileWords.tr(
        "this “Excel” file is really a web page (HTML). Open it in your spreadsheet program "
        "and save it as .xlsx or .csv."),
    "not_a_table_file": lambda t, f: ImportFileWords.tr(
        "this is {what}, not a spreadsheet or CSV file.").format(what=_foreign(f["kind"])),
    # a text file that cannot be split into a table
    "wrong_encoding": lambda t, f: ImportFileWords.tr(
        "the text is not in the {encoding} encoding. Choose the file's encoding.").format(
            encoding=f["encoding"]),
    "binary_data": lambda t, f: ImportFileWords.tr(
        "the file holds binary data, not a table of text."),
    "only_blank_lines": lambda t, f: ImportFileWords.tr(
        "the file holds no table, only blank lines."),
    "no_header_row": lambda t, f: _no_header_row(f),
    "too_many_columns": lambda t, f: ImportFileWords.tr(
        "the first line has {columns} columns; SMS Planner reads at most {most}, so this is "
        "not a table of campaigns.").format(columns=fmt_count(f["columns"]),
                                            most=fmt_count(f["most"])),
    "row_too_wide": lambda t, f: ImportFileWords.tr(
        "row {row} has {columns} columns but the header has {header}. Check the column "
        "separator or fix that row.").format(row=f["row"], columns=f["columns"],
                                             header=f["header"]),
    "open_quote": lambda t, f: ImportFileWords.tr(
        "a quoted cell is never closed (the file may be cut short)."),
    "not_split": lambda t, f: ImportFileWords.tr(
        "the rows could not be split into columns. Check the column separator."),
    # workbooks
    "no_such_sheet": lambda t, f: ImportFileWords.tr(
        "there is no sheet named “{sheet}” (sheets: {sheets}).").format(
            sheet=f["sheet"], sheets=listed(f.get("sheets"), 10)),
    "no_data_on_sheets": lambda t, f: ImportFileWords.tr(
        "the workbook has no data on any sheet."),
    "sheet_empty": lambda t, f: ImportFileWords.tr("the sheet “{sheet}” is empty.").format(
        sheet=f["sheet"]),
    "sheet_too_wide": lambda t, f: ImportFileWords.tr(
        "the sheet “{sheet}” has {columns} columns; SMS Planner reads at most {most}, so this "
        "is not a table of campaigns.").format(sheet=f["sheet"],
                                               columns=fmt_count(f["columns"]),
                                               most=fmt_count(f["most"])),
    "workbook_damaged": lambda t, f: ImportFileWords.tr(
        "the workbook is damaged or incomplete and could not be read. Save it again from the "
        "program that made it."),
    "workbook_cut_short": lambda t, f: ImportFileWords.tr(
        "the workbook is damaged or incomplete. Save it again from the program that made it."),
    "workbook_too_hungry": lambda t, f: ImportFileWords.tr(
        "reading the workbook needed more memory than is safe (it may be damaged or built to "
        "crash programs), so it was stopped."),
    # workbooks built to harm: refused before they are opened
    "unpacks_too_large": lambda t, f: ImportFileWords.tr(
        "the workbook unpacks to more than 2 GB: it is too large, or built to crash programs "
        "that open it."),
    "too_many_parts": lambda t, f: ImportFileWords.tr(
        "the workbook holds an impossible number of parts."),
    "zip_bomb": lambda t, f: ImportFileWords.tr(
        "the workbook is a “zip bomb” (a tiny file that unpacks to gigabytes), so it was not "
        "opened."),
    "xml_bomb": lambda t, f: ImportFileWords.tr(
        "the workbook is an XML bomb (“billion laughs”), built to exhaust the memory of "
        "programs that open it, so it was not opened."),
    "sheet_too_big": lambda t, f: ImportFileWords.tr(
        "the workbook is damaged or built to crash programs that open it: a sheet claims "
        "{rows} rows and {columns} columns, more than Excel allows ({most_rows} × "
        "{most_columns}).").format(
        rows=fmt_count(f["rows"]), columns=fmt_count(f["columns"]),
        most_rows=fmt_count(f["most_rows"]), most_columns=fmt_count(f["most_columns"])),
    "stray_cells": lambda t, f: ImportFileWords.tr(
        "a sheet spans {rows} rows and {columns} columns, most of them empty; reading it "
        "would need far more memory than this computer has. Delete the stray cells far from "
        "the table, save, and try again.").format(rows=fmt_count(f["rows"]),
                                                  columns=fmt_count(f["columns"])),
}
