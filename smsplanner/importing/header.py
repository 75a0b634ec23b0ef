"""Find the header row under title and blank rows; set aside totals, blank and footer rows.

Pure functions over the first rows of a sheet (header) or the read frame (totals); any thread.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import numpy as np

from smsplanner.importing.privacy import hide_phones
from smsplanner.importing.table import SkippedRow

if TYPE_CHECKING:
    import pandas

HEADER_SEARCH_ROWS = 30
# Summary rows of a hand-kept sheet: totals, and the averages people put under them.
TOTAL_RE = (r"(?i)^\s*(?:grand[\s-]*)?(?:sub[\s-]*)?(?:totals?|sum|gesamt|summe|totaal"
            r"|averages?|avg\.?|mean|median|durchschnitt|moyenne)\s*:?\s*$")
_TOTAL_WORDS = ["total", "totals", "sum", "grand total", "grand totals", "grandtotal", "subtotal",
                "sub total", "sub-total", "gesamt", "summe", "totaal", "grand-total",
                "average", "averages", "avg", "avg.", "mean", "median", "durchschnitt",
                "moyenne"]
# Exact spellings, so a million-row column is checked with one hash lookup per cell.
TOTAL_LABELS = {
    f(w) + suffix
    for w in _TOTAL_WORDS
    for f in (str.lower, str.upper, str.title, str.capitalize)
    for suffix in ("", ":", " :")
}
_NUMBERISH = re.compile(r"^[\s$€£%+\-.,()\d/:]*\d[\s$€£%+\-.,()\d/:]*$")


def cell_text(v: Any) -> str:
    """Cell value as display text ('' for empty); whole floats lose their '.0'."""
    if v is None:
        return ""
    if isinstance(v, float):
        if v != v:
            return ""
        return f"{v:.0f}" if v.is_integer() and abs(v) < 1e16 else repr(v)
    if isinstance(v, (dt.datetime, dt.date, dt.time)):
        return v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v.isoformat()
    return " ".join(str(v).split())


def _is_labelish(v: Any) -> bool:
    """A cell that could be a column name: text that is not a number or a date."""
    if isinstance(v, bool) or not isinstance(v, str):
        return False
    t = v.strip()
    return bool(t) and not _NUMBERISH.match(t)


def find_header(rows: list[list[Any]]) -> int:
    """0-based index (within `rows`) of the header: the first row as wide as the table below it
    whose filled cells are all labels. Falls back to the first non-blank row."""
    counts = [sum(1 for v in r if cell_text(v) != "") for r in rows]
    first_filled = next((i for i, c in enumerate(counts) if c), 0)
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        c = counts[i]
        if c == 0:
            continue
        below = [x for x in counts[i + 1 : i + 1 + HEADER_SEARCH_ROWS] if x]
        width = int(np.median(below)) if below else c
        if c < max(1, int(np.ceil(0.6 * width))) or (c == 1 and width > 1):
            continue
        filled = [v for v in row if cell_text(v) != ""]
        if all(_is_labelish(v) for v in filled):
            return i
    return first_filled


def unique_headers(cells: list[Any]) -> list[str]:
    """Header names stripped; empty -> 'Column 3'; repeats -> 'Sent', 'Sent (2)'."""
    out: list[str] = []
    seen: set[str] = set()
    for j, v in enumerate(cells):
        name = hide_phones(cell_text(v)) or f"Column {j + 1}"
        base, k = name, 2
        while name.lower() in seen:
            name = f"{base} ({k})"
            k += 1
        seen.add(name.lower())
        out.append(name)
    return out


def skipped_above(rows: list[list[Any]], header_idx: int, first_row: int) -> list[SkippedRow]:
    """Title and blank rows above the header; `first_row` is the spreadsheet row of rows[0]."""
    out = []
    for i in range(header_idx):
        text = next((cell_text(v) for v in rows[i] if cell_text(v)), "")
        out.append(SkippedRow(first_row + i, "title" if text else "blank", hide_phones(text)))
    return out


def _empty_mask(col: pandas.Series) -> np.ndarray:
    """Cells that are empty: '' or whitespace for text, None/NaN (or '') for workbook values."""
    import pandas as pd

    if pd.api.types.is_string_dtype(col.dtype) and col.dtype != object:
        # CSV cells: '' is empty. Whitespace-only cells are checked only where few (cost).
        # (truth of each str in C: a third of the time of pandas' == "" over a million cells)
        empty = ~col.to_numpy(dtype=object).astype(bool)
        if len(col) <= 100_000:
            empty |= (col.str.strip() == "").to_numpy(dtype=bool)
        return empty
    vals = col.to_numpy(dtype=object)
    return pd.isna(vals) | (vals == "")


def set_aside_rows(
    frame: pandas.DataFrame, row_numbers: np.ndarray
) -> tuple[pandas.DataFrame, np.ndarray, list[SkippedRow]]:
    """The frame and row numbers without blank, totals and footer-note rows, and those rows.

    Only rows whose first column is empty are checked for blankness, and only the first three
    columns for a 'Total' label, so big files cost little.
    """
    n = len(frame)
    keep = np.ones(n, dtype=bool)
    skipped: list[SkippedRow] = []
    if n == 0 or frame.shape[1] == 0:
        return frame, row_numbers, skipped
    ncols = frame.shape[1]
    empty_before = np.ones(n, dtype=bool)
    first_text = np.empty(n, dtype=object)  # (np.full with a str fill is ~20x slower)
    first_text[:] = ""
    total = np.zeros(n, dtype=bool)
    for j in range(min(3, ncols)):
        col = frame.iloc[:, j]
        if j == 0:
            empty = _empty_mask(col)
        else:  # only rows still empty so far need looking at
            empty = np.zeros(n, dtype=bool)
            rows = np.flatnonzero(empty_before)
            if len(rows):
                empty[rows] = _empty_mask(col.iloc[rows])
        cand = empty_before & ~empty
        if cand.any():
            idx = np.flatnonzero(cand)
            hit = _vector_total(col.iloc[idx])
            total[idx[hit]] = True
            for i in idx[hit]:
                first_text[i] = cell_text(col.iloc[i])
        empty_before &= empty
    blank = empty_before.copy()
    if blank.any() and ncols > 3:
        idx = np.flatnonzero(blank)
        rest = frame.iloc[idx, 3:]
        filled = np.zeros(len(idx), dtype=bool)
        for j in range(rest.shape[1]):
            filled |= ~_empty_mask(rest.iloc[:, j])
        blank[idx[filled]] = False
    for i in np.flatnonzero(total | blank):
        kind = "total" if total[i] else "blank"
        text = cell_text(first_text[i]) if total[i] else ""
        skipped.append(SkippedRow(int(row_numbers[i]), kind, hide_phones(text)))
        keep[i] = False
    skipped.extend(_footer_notes(frame, row_numbers, keep))
    skipped.sort(key=lambda r: r.row)
    if keep.all():
        return frame, row_numbers, skipped
    return frame[keep].reset_index(drop=True), row_numbers[keep], skipped


def _vector_total(col: pandas.Series) -> np.ndarray:
    """Cells whose text is a totals label ('Total', 'Grand total', 'Sum:')."""
    import pandas as pd

    if pd.api.types.is_string_dtype(col.dtype) and col.dtype != object:
        if len(col) > 100_000:
            return col.isin(TOTAL_LABELS).to_numpy(dtype=bool)
        return col.str.match(TOTAL_RE).to_numpy(dtype=bool)
    vals = col.to_numpy(dtype=object)
    is_str = np.fromiter((type(v) is str for v in vals), dtype=bool, count=len(vals))
    out = np.zeros(len(vals), dtype=bool)
    if is_str.any():
        out[is_str] = pd.Series(vals[is_str], dtype=str).str.match(TOTAL_RE).to_numpy(bool)
    return out


def _footer_notes(
    frame: pandas.DataFrame, row_numbers: np.ndarray, keep: np.ndarray
) -> list[SkippedRow]:
    """One-cell rows after the last blank/total row at the end of a wide table: notes, not data."""
    n, ncols = frame.shape
    if ncols < 3 or keep.all():
        return []
    last_cut = int(np.flatnonzero(~keep).max())
    tail = range(last_cut + 1, n)
    if len(tail) == 0 or len(tail) > 20:
        return []
    notes = []
    for i in tail:
        texts = [cell_text(v) for v in frame.iloc[i].tolist()]
        filled = [t for t in texts if t]
        if len(filled) > 1:
            return []
        notes.append(i)
    out = []
    for i in notes:
        text = next((cell_text(v) for v in frame.iloc[i].tolist() if cell_text(v)), "")
        out.append(SkippedRow(int(row_numbers[i]), "title", hide_phones(text)))
        keep[i] = False
    return out
