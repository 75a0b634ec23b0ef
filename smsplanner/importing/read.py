"""`read_table`, the one entry point for reading a result file.

It sniffs the file, picks a reader from the registry and returns a `RawTable` whose cells are
still unconverted (CSV: text; workbooks: native values). It runs on whatever thread calls it
(the GUI calls it from its worker); pandas loads lazily.
"""

from __future__ import annotations

from pathlib import Path

from smsplanner.domain.errors import Cancelled, ImportFileError
from smsplanner.domain.imports import Said
from smsplanner.domain.progress import IsCancelled, Progress
from smsplanner.importing.registry import reader_for
from smsplanner.importing.table import RawTable, ReadOptions

_DELIMITERS = {",", ";", "\t", "|"}
_ENCODINGS = {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"}


def check_read_options(path: Path, opts: ReadOptions) -> None:
    """Refuse forced settings that cannot be right, with a sentence saying which."""
    name = path.name
    if opts.delimiter is not None and opts.delimiter not in _DELIMITERS:
        raise ImportFileError(name, Said("bad_delimiter", "the column separator must be a comma, "
                                         "semicolon, tab or |.", value=opts.delimiter))
    if opts.decimal is not None and opts.decimal not in {".", ","}:
        raise ImportFileError(name, Said("bad_decimal", "the decimal mark must be a point or a "
                                         "comma.", value=opts.decimal))
    if opts.thousands is not None and opts.thousands not in {",", ".", " ", ""}:
        raise ImportFileError(name, Said("bad_thousands", "the thousands separator must be a "
                                         "comma, point or space.", value=opts.thousands))
    if opts.decimal is not None and opts.thousands and opts.decimal == opts.thousands:
        raise ImportFileError(name, Said("same_marks", "the decimal mark and thousands separator "
                                         "must differ.", value=opts.decimal))
    if opts.date_order is not None and opts.date_order not in {"DMY", "MDY"}:
        raise ImportFileError(name, Said("bad_date_order", "the date order must be DMY (day first) "
                                         "or MDY (month first).", value=opts.date_order))
    if opts.header_row is not None and opts.header_row < 1:
        raise ImportFileError(name, Said("bad_header_row", "the header row must be 1 or more.",
                                         value=opts.header_row))
    if opts.max_rows is not None and opts.max_rows < 0:
        raise ImportFileError(name, Said("bad_row_count", "the preview row count cannot be "
                                         "negative.", value=opts.max_rows))
    if opts.encoding is not None:
        import codecs

        try:
            codecs.lookup(opts.encoding)
        except LookupError:
            raise ImportFileError(name, Said(
                "unknown_encoding", f"unknown text encoding {opts.encoding!r}.",
                encoding=opts.encoding)) from None


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
    Cancelled when is_cancelled() turns true. Runs on the calling thread.
    """
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
    check_read_options(p, opts)
    if not p.exists():
        raise ImportFileError(p.name, Said("missing_file", "the file does not exist."))
    if p.is_dir():
        raise ImportFileError(p.name, Said("folder_not_file", "this is a folder, not a "
                                                          "file."))
    opts.check_cancelled(p.name)
    reader = reader_for(p)
    try:
        return reader.read(p, opts)
    except (ImportFileError, Cancelled):
        raise
    except MemoryError:
        raise ImportFileError(p.name, Said("out_of_memory", "the file is too large to read on this "
                                           "computer.")) from None
    except OSError as exc:
        raise ImportFileError(p.name, Said("cannot_open", f"the file could not be opened "
                                           f"({exc.strerror}).", error=exc.strerror)) from None
