"""Parsing a workbook's chosen sheet into rows with python-calamine.

The parse step alone, so it can run in this process or in the memory-limited child
(workbook_child.py) without importing the rest of the reader. Runs on the calling thread.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from smsplanner.domain.errors import ImportFileError
from smsplanner.domain.imports import Said
from smsplanner.importing.header import cell_text, find_header

PROBE_ROWS = 60
PASSWORD = Said("password", "the workbook is protected by a password; open it in your "
                "spreadsheet program, remove the password, save, and try again.")


class Parsed:
    """What the parse step hands back: sheet names, the chosen sheet and its rows."""

    def __init__(self, sheets: list[str], sheet: str, first_row: int, rows: list[list[Any]],
                 first_col: int = 0):
        self.sheets = sheets
        self.sheet = sheet
        self.first_row = first_row  # 1-based spreadsheet row of rows[0]
        self.rows = rows
        self.first_col = first_col  # 0-based spreadsheet column of each row's first cell


def _holds_table(rows: list[list[Any]]) -> bool:
    """A sheet holds a table when a header of 2+ labels has a data row of 2+ values under it."""
    if not rows:
        return False
    h = find_header(rows)
    width = sum(1 for v in rows[h] if cell_text(v))
    body = rows[h + 1 :]
    # A notes sheet laid out as a glossary (Column | Meaning) has two columns of words; every
    # result table has a number or a date somewhere.
    return (width >= 2 and any(sum(1 for v in r if cell_text(v)) >= 2 for r in body)
            and any(_is_figure(v) for r in body for v in r))


def _is_figure(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, int | float | dt.date | dt.datetime | dt.time):
        return True
    return isinstance(v, str) and any(ch.isdigit() for ch in v)


def parse_workbook(path: str, sheet: str | None, max_rows: int | None) -> Parsed:
    """Open with calamine, pick the sheet (named, or the first holding a table), read its rows.

    Raises ImportFileError with a sentence; used in-process and inside the child.
    """
    import python_calamine as pc

    name = os.path.basename(path)
    try:
        wb = pc.CalamineWorkbook.from_path(path)
    except pc.PasswordError:
        raise ImportFileError(name, PASSWORD) from None
    except (pc.CalamineError, pc.ZipError, pc.XmlError, ValueError, OSError) as exc:
        raise ImportFileError(name, _calamine_sentence(exc)) from None
    try:
        names = [m.name for m in wb.sheets_metadata if _is_worksheet(m)] or list(wb.sheet_names)
        if sheet is not None:
            if sheet not in wb.sheet_names:
                listed = ", ".join(repr(n) for n in wb.sheet_names)
                raise ImportFileError(name, Said(
                    "no_such_sheet", f"there is no sheet named {sheet!r} (sheets: {listed}).",
                    sheet=sheet, sheets=list(wb.sheet_names)))
            chosen = sheet
            ws = wb.get_sheet_by_name(chosen)
        else:
            chosen, ws = _choose_sheet(wb, names, name)
        nrows = None if max_rows is None else max_rows + PROBE_ROWS
        rows = ws.to_python(skip_empty_area=True, nrows=nrows)
        first_row = ws.start[0] + 1 if ws.start else 1
        first_col = ws.start[1] if ws.start else 0
        return Parsed(list(wb.sheet_names), chosen, first_row, rows, first_col)
    except (pc.CalamineError, pc.ZipError, pc.XmlError, ValueError) as exc:
        raise ImportFileError(name, _calamine_sentence(exc)) from None
    finally:
        wb.close()


def _is_worksheet(meta: Any) -> bool:
    return "Work" in str(meta.typ) and "Visible" in str(meta.visible) and "Hidden" not in str(
        meta.visible)


def _choose_sheet(wb: Any, names: list[str], name: str) -> tuple[str, Any]:
    """The first sheet that holds a table (else the first with anything), and its sheet object."""
    first_filled = None
    for n in names:
        ws = wb.get_sheet_by_name(n)
        probe = ws.to_python(skip_empty_area=True, nrows=PROBE_ROWS)
        if probe and first_filled is None and any(cell_text(v) for r in probe for v in r):
            first_filled = (n, ws)
        if _holds_table(probe):
            return n, ws
    if first_filled is None:
        raise ImportFileError(name, Said("no_data_on_sheets", "the workbook has no data on any "
                                         "sheet."))
    return first_filled


def _calamine_sentence(exc: Exception) -> Said:
    msg = str(exc).lower()
    if "password" in msg or "encrypt" in msg:
        return PASSWORD
    return DAMAGED


DAMAGED = Said("workbook_damaged", "the workbook is damaged or cut short and could not be read; "
               "save it again from the program that made it.")
