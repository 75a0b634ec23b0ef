"""What reading a result file gives back: the raw table, where its header was, what was detected.

The readers fill these types; `importing.read.read_table` is the one entry point.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from smsplanner.domain.errors import ImportFileError
from smsplanner.domain.imports import Said
from smsplanner.domain.progress import IsCancelled, Progress, check_cancelled

if TYPE_CHECKING:
    import numpy
    import pandas

__all__ = [
    "Detected",
    "ImportFileError",
    "NotStreamable",
    "RawTable",
    "ReadOptions",
    "SkippedRow",
]

class NotStreamable(Exception):
    """A file that can only be read whole (the reader found out part-way): start again."""


@dataclass
class Detected:
    """How the file was read: encoding, delimiter, number and date conventions, header row."""

    encoding: str | None = None  # "utf-8", "utf-8-sig", "utf-16", "cp1252"; None for workbooks
    delimiter: str | None = None  # ",", ";", "\t", "|"; None for workbooks
    decimal: str = "."  # "." or ","
    thousands: str | None = None  # ",", ".", " " or None
    date_order: str | None = None  # "DMY"/"MDY" only when the user forced one
    header_row: int = 1  # 1-based spreadsheet row of the header
    sheet: str | None = None
    notes: list[Said] = field(default_factory=list)  # what was assumed (reason code + fields)


@dataclass
class SkippedRow:
    """A row that is not data: a title above the header, a blank row, or a totals row."""

    row: int  # 1-based spreadsheet row
    kind: str  # "title" | "blank" | "total"
    text: str  # first non-empty cell (phone numbers hidden)


@dataclass
class RawTable:
    """The table as read: headers, unconverted cells, and the spreadsheet row of each data row."""

    source: Path
    headers: list[str]
    frame: pandas.DataFrame
    row_numbers: numpy.ndarray
    skipped: list[SkippedRow]
    dropped_columns: list[str]
    detected: Detected
    sheets: list[str]
    # (spreadsheet row, header) of workbook cells holding a formula with no saved result
    formula_cells: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class ReadOptions:
    """Everything the user may force, plus the preview limit and the progress/cancel hooks."""

    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    thousands: str | None = None
    header_row: int | None = None
    date_order: str | None = None
    max_rows: int | None = None
    progress: Progress | None = None
    is_cancelled: IsCancelled | None = None

    def check_cancelled(self, file: str) -> None:
        """Raise Cancelled when the caller asked to stop."""
        check_cancelled(self.is_cancelled, file)

    def report(self, done: int, total: int) -> None:
        """Pass progress on to the caller, if it listens."""
        if self.progress is not None:
            self.progress(done, total)
