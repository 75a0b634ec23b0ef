"""Workbooks (.xlsx, .xlsm, .xls, .ods) via python-calamine, parsed where a crash is harmless.

`check_workbook` measures the file first. Workbooks it can vouch for are parsed in this process
(as fast as pandas.read_excel); the rest (old .xls, huge or odd sheets) are parsed in a spawned
child process with an address-space limit, so a calamine abort or runaway allocation kills
only the child. Runs on the calling thread; the child is waited for with cancel checks.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from smsplanner.domain.errors import ImportFileError
from smsplanner.domain.imports import Said
from smsplanner.importing.header import (
    cell_text,
    find_header,
    set_aside_rows,
    skipped_above,
    unique_headers,
)
from smsplanner.importing.privacy import is_phone_column
from smsplanner.importing.table import Detected, RawTable, ReadOptions
from smsplanner.importing.workbook_parse import PROBE_ROWS, Parsed, parse_workbook
from smsplanner.importing.workbook_safety import check_workbook

FORCE_ISOLATION_ENV = "SMSPLANNER_ISOLATE_WORKBOOKS"  # "1": always parse in the child


class WorkbookReader:
    """Reader for .xlsx, .xlsm, .xls and .ods files (registry entry)."""

    extensions = (".xlsx", ".xlsm", ".xls", ".ods", ".xlsb")

    def read(self, path: Path, opts: ReadOptions, kind: str,
             notes: list[Said] | None = None) -> RawTable:
        """Check, parse (in-process or isolated) and shape the sheet into a RawTable."""
        t0 = time.perf_counter()
        formula_members: set[str] = set()
        verdict = check_workbook(path, kind, formula_members)
        opts.check_cancelled(path.name)
        if verdict == "isolate" or os.environ.get(FORCE_ISOLATION_ENV) == "1":
            from smsplanner.importing.workbook_child import parse_isolated

            parsed = parse_isolated(path, opts)
        else:
            parsed = parse_workbook(str(path), opts.sheet, opts.max_rows)
        opts.check_cancelled(path.name)
        det = Detected(sheet=parsed.sheet, notes=list(notes or []))
        det.date_order = opts.date_order
        formulas: list[tuple[int, int]] = []
        if formula_members:
            from smsplanner.importing.formulas import uncached_formulas

            formulas = uncached_formulas(path, parsed.sheet, formula_members)
        table = shape_rows(path, parsed, opts, det, formulas)
        if "--debug-timing" in sys.argv:  # pragma: no cover
            print(f"workbook read {time.perf_counter() - t0:.3f}s", file=sys.stderr)
        return table


def _native_column(values: np.ndarray) -> np.ndarray:
    """calamine's '' for empty cells becomes None; bare dates become midnight datetimes.

    Whitespace-only text is left as it is (a per-cell loop would cost more than the parse).
    """
    values = values.copy()
    values[values == ""] = None
    kinds = set(map(type, values))
    if dt.date in kinds:
        for i, v in enumerate(values):
            if type(v) is dt.date:
                values[i] = dt.datetime(v.year, v.month, v.day)
    return values  # whitespace-only text stays text; the value parsers read it as empty


def _decide_text_numbers(body: list[list[Any]], opts: ReadOptions, det: Detected) -> None:
    """Numbers typed as text ("1.234,50 €", "1,200") follow a convention like a CSV's; decide it
    from the sheet's text cells (number cells need none)."""
    from smsplanner.importing.numbers import detect_number_format

    texts = [[v for v in row if isinstance(v, str)] for row in body[:2000]]
    fmt = detect_number_format(texts)
    det.decimal = opts.decimal or fmt.decimal
    det.thousands = (opts.thousands or None) if opts.thousands is not None else fmt.thousands
    if opts.decimal is None and opts.thousands is None and (fmt.decimal == "," or fmt.thousands):
        det.notes.extend(fmt.notes)


def shape_rows(path: Path, parsed: Parsed, opts: ReadOptions, det: Detected,
               formulas: list[tuple[int, int]] | None = None) -> RawTable:
    """Header detection, phone-column drop and totals on the parsed rows.

    `formulas`: (row, column) of formula cells with no saved result (formulas.py); those in
    the table's data rows and kept columns become RawTable.formula_cells.
    """
    import pandas as pd

    rows = parsed.rows
    name = path.name
    if not rows or not any(cell_text(v) for r in rows[:PROBE_ROWS] for v in r):
        raise ImportFileError(name, Said("sheet_empty", f"the sheet {parsed.sheet!r} is empty.",
                                         sheet=parsed.sheet))
    from smsplanner.importing.csv_reader import MAX_COLUMNS

    widest = max(len(r) for r in rows[:PROBE_ROWS])
    if widest > MAX_COLUMNS:  # checking 16,384 columns one by one took over a minute
        raise ImportFileError(name, Said(
            "sheet_too_wide", f"the sheet {parsed.sheet!r} has {widest:,} columns; SMS Planner "
            f"reads at most {MAX_COLUMNS:,}, so this is not a table of campaigns.",
            sheet=parsed.sheet, columns=widest, most=MAX_COLUMNS))
    if opts.header_row:
        hdr = opts.header_row - parsed.first_row
        if hdr < 0 or hdr >= len(rows):
            raise ImportFileError(name, Said(
                "no_header_row", f"the sheet has no row {opts.header_row} to use as the "
                "header.", row=opts.header_row, sheet=parsed.sheet))
    else:
        hdr = find_header(rows[:PROBE_ROWS])
    det.header_row = parsed.first_row + hdr
    skipped = skipped_above(rows, hdr, parsed.first_row)
    width = max(len(r) for r in rows)
    headers = unique_headers(list(rows[hdr]) + [""] * (width - len(rows[hdr])))
    body = rows[hdr + 1 :]
    if opts.max_rows is not None:
        body = body[: opts.max_rows]
    _decide_text_numbers(body, opts, det)
    frame = pd.DataFrame(body, columns=headers, dtype=object) if body else pd.DataFrame(
        {h: pd.Series([], dtype=object) for h in headers})
    if len(frame):
        frame = pd.DataFrame({h: _native_column(frame[h].to_numpy(dtype=object))
                              for h in headers}, dtype=object)
    row_numbers = np.arange(len(frame), dtype=np.int64) + det.header_row + 1
    dropped = [h for h in headers if is_phone_column(h, frame[h].head(2000))]
    empty_extra = [h for h in headers if h.startswith("Column ") and h not in dropped
                   and frame[h].isna().all()]
    frame = frame.drop(columns=dropped + empty_extra)
    frame, row_numbers, more = set_aside_rows(frame, row_numbers)
    opts.report(len(frame), len(frame))
    cells = _formula_cells(formulas, headers, parsed.first_col, row_numbers, set(frame.columns))
    return RawTable(
        source=path,
        headers=list(frame.columns),
        frame=frame,
        row_numbers=row_numbers,
        skipped=skipped + more,
        dropped_columns=dropped,
        detected=det,
        sheets=parsed.sheets,
        formula_cells=cells,
    )


def _formula_cells(formulas: list[tuple[int, int]] | None, headers: list[str],
                   first_col: int, row_numbers: np.ndarray,
                   kept: set[str]) -> list[tuple[int, str]]:
    """(spreadsheet row, header) of the formula cells that sit in the table's data."""
    if not formulas:
        return []
    rows = set(row_numbers.tolist())
    out = []
    for row, col in formulas:
        j = col - 1 - first_col
        if row in rows and 0 <= j < len(headers) and headers[j] in kept:
            out.append((row, headers[j]))
    return out

