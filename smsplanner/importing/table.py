"""What reading a result file gives back: the raw table, where its header was, what was detected.

`read_table` is the one entry point: it sniffs the file, picks a reader from the registry and
returns a `RawTable` whose cells are still unconverted (CSV: text; workbooks: native values).
It runs on whatever thread calls it (the GUI calls it from its worker); pandas loads lazily.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smsplanner.domain.errors import ImportFileError, SmsPlannerError

if TYPE_CHECKING:
    import numpy
    import pandas

__all__ = [
    "Detected",
    "ImportCancelled",
    "ImportFileError",
    "RawTable",
    "ReadOptions",
    "SkippedRow",
    "read_table",
]

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ImportCancelled(SmsPlannerError):
    """The user cancelled reading a file; nothing was written."""

    def __init__(self, file: str = "") -> None:
        self.file = file
        super().__init__(f"{file}: import cancelled." if file else "Import cancelled.")


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
    notes: list[str] = field(default_factory=list)  # plain sentences about what was assumed


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
        """Raise ImportCancelled when the caller asked to stop."""
        if self.is_cancelled is not None and self.is_cancelled():
            raise ImportCancelled(file)

    def report(self, done: int, total: int) -> None:
        """Pass progress on to the caller, if it listens."""
        if self.progress is not None:
            self.progress(done, total)


_DELIMITERS = {",", ";", "\t", "|"}
_ENCODINGS = {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"}


def _check_options(path: Path, opts: ReadOptions) -> None:
    """Refuse forced settings that cannot be right, with a sentence saying which."""
    name = path.name
    if opts.delimiter is not None and opts.delimiter not in _DELIMITERS:
        raise ImportFileError(name, "the column separator must be a comma, semicolon, tab or |.")
    if opts.decimal is not None and opts.decimal not in {".", ","}:
        raise ImportFileError(name, "the decimal mark must be a point or a comma.")
    if opts.thousands is not None and opts.thousands not in {",", ".", " ", ""}:
        raise ImportFileError(name, "the thousands separator must be a comma, point or space.")
    if opts.decimal is not None and opts.thousands and opts.decimal == opts.thousands:
        raise ImportFileError(name, "the decimal mark and thousands separator must differ.")
    if opts.date_order is not None and opts.date_order not in {"DMY", "MDY"}:
        raise ImportFileError(name, "the date order must be DMY (day first) or MDY (month first).")
    if opts.header_row is not None and opts.header_row < 1:
        raise ImportFileError(name, "the header row must be 1 or more.")
    if opts.max_rows is not None and opts.max_rows < 0:
        raise ImportFileError(name, "the preview row count cannot be negative.")
    if opts.encoding is not None:
        import codecs

        try:
            codecs.lookup(opts.encoding)
        except LookupError:
            raise ImportFileError(name, f"unknown text encoding {opts.encoding!r}.") from None


def read_table(
    path: str | Path,
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    decimal: str | None = None,
    thousands: str | None = None,
    header_row: int | None = None,
    date_order: str | None = None,
    max_rows: int | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> RawTable:
    """Read a CSV/TSV/TXT/XLSX/XLSM/XLS/ODS file into a RawTable; phone columns are dropped.

    Raises ImportFileError (one sentence naming the file) for files that cannot be read and
    ImportCancelled when is_cancelled() turns true. Runs on the calling thread.
    """
    from smsplanner.importing.registry import reader_for

    p = Path(path)
    opts = ReadOptions(
        sheet=sheet,
        encoding=encoding,
        delimiter=delimiter,
        decimal=decimal,
        thousands=thousands,
        header_row=header_row,
        date_order=date_order,
        max_rows=max_rows,
        progress=progress,
        is_cancelled=is_cancelled,
    )
    _check_options(p, opts)
    if not p.exists():
        raise ImportFileError(p.name, "the file does not exist.")
    if p.is_dir():
        raise ImportFileError(p.name, "this is a folder, not a file.")
    opts.check_cancelled(p.name)
    reader = reader_for(p)
    try:
        return reader.read(p, opts)
    except (ImportFileError, ImportCancelled):
        raise
    except MemoryError:
        raise ImportFileError(p.name, "the file is too large to read on this computer.") from None
    except OSError as exc:
        raise ImportFileError(p.name, f"the file could not be opened ({exc.strerror}).") from None


def empty_frame(headers: list[str]) -> Any:
    """A DataFrame with these columns and no rows (text cells)."""
    import pandas as pd

    return pd.DataFrame({h: pd.Series([], dtype=object) for h in headers})
