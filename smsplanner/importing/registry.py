"""Readers keyed by file extension, overruled by what the content really is. Any thread.

Like Orange's `Orange/data/io.py`: each reader class lists its extensions; `reader_for` sniffs
the bytes and returns a callable reader, or raises ImportFileError with one sentence that says
what the file is and what to do (a PNG named .csv, a password-protected .xlsx, ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from smsplanner.domain.errors import ImportFileError
from smsplanner.domain.imports import Said
from smsplanner.importing.csv_reader import CsvReader
from smsplanner.importing.sniff import FOREIGN, not_a_regular_file, sniff
from smsplanner.importing.table import RawTable, ReadOptions
from smsplanner.importing.workbook import WorkbookReader
from smsplanner.importing.workbook_parse import PASSWORD

__all__ = ["READERS", "SUPPORTED_EXTENSIONS", "BoundReader", "reader_for"]


class Reader(Protocol):
    @property
    def extensions(self) -> tuple[str, ...]: ...


READERS: dict[str, Reader] = {}
for _reader in (CsvReader(), WorkbookReader()):
    for _ext in _reader.extensions:
        READERS[_ext] = _reader
SUPPORTED_EXTENSIONS = tuple(sorted(READERS))

_KIND_LABEL = {"text": "CSV text", "xlsx": "an Excel .xlsx workbook", "ods": "an OpenDocument "
               "spreadsheet", "xls": "an old Excel .xls workbook"}
_EXT_KIND = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".ods": "ods", ".xlsb": "xlsb"}


@dataclass
class BoundReader:
    """A reader chosen for one file, with the sniffed kind and any note about the mismatch."""

    kind: str
    notes: list[Said]

    def read(self, path: Path, opts: ReadOptions) -> RawTable:
        """Read the file with the reader its content calls for."""
        if self.kind == "text":
            return CsvReader().read(path, opts, self.notes)
        return WorkbookReader().read(path, opts, self.kind, self.notes)


def reader_for(path: Path) -> BoundReader:
    """Pick the reader from the content; the extension only explains mismatches."""
    name = path.name
    ext = path.suffix.lower()
    odd = not_a_regular_file(path)
    if odd is not None:
        raise ImportFileError(name, odd)
    if path.stat().st_size == 0:
        raise ImportFileError(name, Said("file_empty", "the file is empty."))
    kind = sniff(path)
    notes: list[Said] = []
    if kind == "empty":
        raise ImportFileError(name, Said("file_empty", "the file is empty."))
    if kind == "encrypted":
        raise ImportFileError(name, PASSWORD)
    if kind == "truncated-zip":
        raise ImportFileError(name, Said(
            "download_cut_short", "the workbook is damaged or cut short (it may not have "
            "finished downloading); save or download it again."))
    if kind == "ole":
        raise ImportFileError(name, Said("old_office_file", "this is an old Office file that is "
                                         "not an Excel workbook; save it as .xlsx or .csv and try "
                                         "again."))
    if kind == "xlsb":
        kind = "xlsx"
    if kind == "html" and ext in (".xls", ".xlsx"):
        raise ImportFileError(name, Said("web_page_as_excel", "this 'Excel' file is really a web "
                                         "page (HTML); open it in your spreadsheet program and "
                                         "save it as .xlsx or .csv."))
    if kind in FOREIGN:
        what = FOREIGN[kind]
        raise ImportFileError(name, Said("not_a_table_file", f"this is {what}, not a spreadsheet "
                                         "or CSV file.", kind=kind))
    expected = _EXT_KIND.get(ext, "text" if ext in READERS or not ext else None)
    if expected is not None and expected != kind:
        notes.append(Said("named_otherwise", f"The file is named {ext} but holds "
                          f"{_KIND_LABEL.get(kind, kind)}; it was read as such.", ext=ext,
                          kind=kind))
    elif expected is None and kind == "text":
        notes.append(Said("unknown_extension", f"Files named {ext} are not a known format; it "
                          "holds text and was read as CSV.", ext=ext))
    return BoundReader(kind, notes)
