"""Size checks on a workbook before anything parses it: zip bombs, XML bombs, huge sheets.

python-calamine allocates the whole rectangle from the first to the last used cell, so a 5 KB
file with one cell at XFD1048576 asks for hundreds of GiB and aborts the process. These checks
read the zip directory and stream the sheet XML (never holding it whole) to find the real extent.
`check_workbook` refuses what is plainly unsafe and says whether the cheap in-process parse is
safe ("ok") or the parse must go to a memory-limited child process ("isolate"). Any thread.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import IO

from smsplanner.domain.errors import ImportFileError
from smsplanner.domain.imports import Said

EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLS = 16_384
MAX_UNPACKED = 2 * 1024**3  # bytes of XML we agree to unpack
MAX_RATIO = 400  # zip members compressing better than this (and big) are bombs
MAX_MEMBERS = 10_000
MAX_CELLS = 100_000_000  # a sheet spanning more cells than this is refused outright
IN_PROCESS_CELLS = 6_000_000  # above this many cells, parse in the child (memory-limited)
CHUNK = 4 * 1024 * 1024
TOO_LARGE_UNPACKED = Said("unpacks_too_large", "the workbook unpacks to more than 2 GB; it is too "
                          "large or built to crash programs that open it.")
CUT_SHORT = Said("workbook_cut_short", "the workbook is damaged or cut short; save it again "
                 "from the program that made it.")

# Literal prefixes keep these scans at memchr speed on a 40 MB sheet.
_ROW_TAG_FAST = re.compile(rb"<row r=\"(\d+)\"")
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*?\sr=\"(\d+)\"")
# Cells past column Z or past row 999,999: none at all in most sheets, so one cheap pass.
_ODD_CELL = re.compile(rb" r=\"(?:([A-Z]{2,})(\d+)|[A-Z](\d{7,}))\"")
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\"")
_REPEAT = re.compile(rb"number-(rows|columns)-repeated=\"(\d+)\"")


def col_number(letters: str) -> int:
    """'A' -> 1, 'Z' -> 26, 'XFD' -> 16384."""
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str):
    """Yield decompressed chunks with a short overlap, counting real bytes against the cap."""
    total = 0
    tail = b""
    with zf.open(info) as fh:
        while True:
            block = fh.read(CHUNK)
            if not block:
                break
            total += len(block)
            if total > MAX_UNPACKED:
                raise ImportFileError(name, TOO_LARGE_UNPACKED)
            yield tail + block
            tail = block[-96:]


def check_workbook(path: Path, kind: str, formula_members: set[str] | None = None) -> str:
    """Refuse bombs and oversize sheets; return "ok" (parse in-process) or "isolate".

    `formula_members`, when given, receives the .xlsx sheet XML members that hold formulas
    (found on the same pass, so formulas.py reads only those again).
    """
    name = path.name
    if kind in {"xls", "ole"}:
        return "isolate"  # the OLE/BIFF layout is not checked here: the child's limit guards it
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise ImportFileError(name, CUT_SHORT) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportFileError(name, Said("too_many_parts", "the workbook holds an impossible "
                                             "number of parts."))
        declared = sum(i.file_size for i in infos)
        if declared > MAX_UNPACKED:
            raise ImportFileError(name, TOO_LARGE_UNPACKED)
        for i in infos:
            if i.file_size > 50 * 1024**2 and i.file_size > MAX_RATIO * max(1, i.compress_size):
                raise ImportFileError(name, Said("zip_bomb", "the workbook is a 'zip bomb' (a "
                                                 "tiny file that unpacks to gigabytes); it was "
                                                 "not opened."))
        try:
            verdict = _scan_members(zf, infos, name, kind, formula_members)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError):
            raise ImportFileError(name, CUT_SHORT) from None
        except NotImplementedError:
            return "isolate"
    return verdict


def _scan_members(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str,
                  kind: str, formula_members: set[str] | None = None) -> str:
    verdict = "ok"
    for info in infos:
        low = info.filename.lower()
        if not low.endswith(".xml") and not low.endswith(".rels"):
            continue
        with zf.open(info) as fh:
            if _declares_entities(fh):
                raise ImportFileError(name, Said(
                    "xml_bomb", "the workbook defines XML entities, which spreadsheets never "
                    "use: it is a 'billion laughs' XML bomb, built to exhaust the memory of "
                    "programs that open it, so it was not opened."))
        if kind == "xlsx" and low.startswith("xl/worksheets/") and low.endswith(".xml"):
            verdict = _worse(verdict, _scan_xlsx_sheet(zf, info, name, formula_members))
        elif kind == "ods" and low == "content.xml":
            verdict = _worse(verdict, _scan_ods(zf, info, name))
    return verdict


_ROOT_START = re.compile(rb"<[A-Za-z_]")
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_PROLOG_BYTES = 1 << 20  # comments before a DOCTYPE cannot hide it past the first 4 KB


def _declares_entities(fh: IO[bytes]) -> bool:
    """A DOCTYPE or ENTITY in the XML prolog (before the root element), UTF-8 or UTF-16."""
    head = fh.read(_PROLOG_BYTES)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[1:2] == b"\x00" or head[:1] == b"\x00":
        enc = "utf-16-be" if head.startswith(b"\xfe\xff") or head[:1] == b"\x00" else "utf-16-le"
        head = head.decode(enc, "ignore").encode("utf-8", "ignore")
    head = _COMMENT.sub(b"", head)
    prolog = head
    for m in _ROOT_START.finditer(head):
        prolog = head[: m.start()]  # the first element that is not <?...?> or <!...>
        break
    return b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog


def _worse(a: str, b: str) -> str:
    return "isolate" if "isolate" in (a, b) else "ok"


def _too_big(name: str, rows: int, cols: int) -> ImportFileError:
    return ImportFileError(name, Said(
        "sheet_too_big", f"a sheet claims {rows:,} rows and {cols:,} columns, more than Excel "
        f"allows ({EXCEL_MAX_ROWS:,} x {EXCEL_MAX_COLS:,}); the file is damaged or built to "
        "crash programs that open it.", rows=rows, columns=cols, most_rows=EXCEL_MAX_ROWS,
        most_columns=EXCEL_MAX_COLS))


def _scan_xlsx_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str,
                     formula_members: set[str] | None = None) -> str:
    """Real extent of one sheet: last row tag, widest cell reference, declared dimension."""
    max_row, cols, wide, deep, dim = 0, 26, False, False, None
    for k, block in enumerate(_stream(zf, info, name)):
        if formula_members is not None and (b"<f" in block or b":f>" in block):
            formula_members.add(info.filename)
        if k == 0:  # <dimension> sits before <sheetData>
            head = block[: block.find(b"<sheetData")] if b"<sheetData" in block else block
            dim = _DIMENSION.search(head)
        rows = _ROW_TAG_FAST.findall(block) or _ROW_TAG.findall(block)
        if rows:
            max_row = max(max_row, max(map(int, rows)))
        for letters, row, deep_row in _ODD_CELL.findall(block):
            if letters:
                c = col_number(letters.decode())
                cols = max(cols, c)
                wide = wide or c > 702
                max_row = max(max_row, int(row))
                deep = deep or len(row) >= 7
            else:
                deep = True
                max_row = max(max_row, int(deep_row))
    if dim is not None and dim.group(3):
        d_rows = int(dim.group(4)) - int(dim.group(2)) + 1
        d_cols = col_number(dim.group(3).decode()) - col_number(dim.group(1).decode()) + 1
        if d_rows > EXCEL_MAX_ROWS or d_cols > EXCEL_MAX_COLS:
            raise _too_big(name, d_rows, d_cols)
        if d_rows * d_cols > IN_PROCESS_CELLS:
            deep = True
    if max_row > EXCEL_MAX_ROWS or cols > EXCEL_MAX_COLS:
        raise _too_big(name, max_row, cols)
    if max_row * cols > MAX_CELLS and wide:
        raise ImportFileError(name, Said(
            "stray_cells", f"a sheet spans {max_row:,} rows and {cols:,} columns "
            f"({max_row * cols:,} cells, most of them empty); reading it would need far more "
            "memory than this computer has. Delete the stray cells far from the table, save, "
            "and try again.", rows=max_row, columns=cols))
    if wide or deep or max_row * cols > IN_PROCESS_CELLS:
        return "isolate"
    return "ok"


def _scan_ods(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> str:
    """ODS stores runs of equal cells as repeats; huge repeats are how ODS bombs are built."""
    verdict = "ok"
    rows = 0
    for block in _stream(zf, info, name):
        rows += block.count(b"<table:table-row")
        for what, count in _REPEAT.findall(block):
            n = int(count)
            if (what == b"rows" and n > EXCEL_MAX_ROWS) or (what == b"columns" and
                                                            n > EXCEL_MAX_COLS) or n > 10_000:
                verdict = "isolate"
    if rows > EXCEL_MAX_ROWS:
        raise _too_big(name, rows, 0)
    return verdict
