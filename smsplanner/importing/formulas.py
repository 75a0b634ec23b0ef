"""Formula cells with no saved result in an .xlsx sheet.

Excel saves each formula's last result next to it; files written by other tools (Python's
openpyxl, some web exports) often save the formula alone. python-calamine then reads the cell
as empty, so a figure would silently become unknown. This finds those cells by streaming the
sheet's XML (only for sheets the safety scan saw a formula in), so the importer can say which
cells to fix. Runs on the calling thread.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

MAX_CELLS = 10_000  # more than anyone reads; the importer summarises past its own limit
_BLOCK = 4 * 1024 * 1024
_MAX_CARRY = 16 * 1024 * 1024  # a "cell" longer than this is not one: scan it as it is
_CELL_END = b"</c>"
# A cell whose first child is a formula, and what follows it: nothing, an empty <v/>, or a
# value. Namespace prefixes (x:c) are allowed; cell references are Excel's "AB12".
_FORMULA_CELL = re.compile(
    rb"<(?:\w+:)?c\s([^>]*?)>\s*<(?:\w+:)?f\b(?:[^>]*/>|[^>]*>[^<]*</(?:\w+:)?f>)\s*"
    rb"(<(?:\w+:)?v\s*/>|<(?:\w+:)?v\s*>([^<]*)</(?:\w+:)?v>)?")
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')
_TYPE = re.compile(rb'\bt="(\w+)"')


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def sheet_members(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its XML member in the zip (from xl/workbook.xml and its relations)."""
    import xml.etree.ElementTree as ET

    try:
        book = ET.fromstring(zf.read("xl/workbook.xml"))
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ET.ParseError):
        return {}
    targets = {}
    for rel in rels.findall(".//{*}Relationship"):
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join("xl", target))
        targets[rel.get("Id")] = path
    out = {}
    for sheet in book.findall(".//{*}sheet"):
        rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        if rid in targets and sheet.get("name") is not None:
            out[str(sheet.get("name"))] = targets[rid]
    return out


def _uncached(chunk: bytes, out: list[tuple[int, int]]) -> None:
    for m in _FORMULA_CELL.finditer(chunk):
        value, text = m.group(2), m.group(3)
        if value is not None and text:
            continue  # a saved result
        attrs = m.group(1)
        if value is not None and text is not None and b't="str"' in attrs:
            continue  # Excel's saved empty text ("" from IF(...))
        ref = _REF.search(attrs)
        if ref is not None and len(out) < MAX_CELLS:
            out.append((int(ref.group(2)), _col_number(ref.group(1))))


def uncached_formulas(path: Path, sheet: str,
                      only: set[str] | None = None) -> list[tuple[int, int]]:
    """(row, column), both 1-based, of the sheet's formula cells that have no saved result.

    Streams the sheet XML in 4 MB blocks, cutting each after its last whole cell so that no
    cell is split between two blocks. [] when the sheet cannot be found, or when its XML
    member is not in `only` (the members the safety scan saw formulas in).
    """
    out: list[tuple[int, int]] = []
    with zipfile.ZipFile(path) as zf:
        member = sheet_members(zf).get(sheet)
        if member is None or (only is not None and member not in only):
            return out
        carry = b""
        with zf.open(member) as fh:
            while block := fh.read(_BLOCK):
                buf = carry + block
                cut = buf.rfind(_CELL_END)
                if cut < 0 and len(buf) < _MAX_CARRY:
                    carry = buf
                    continue
                end = len(buf) if cut < 0 else cut + len(_CELL_END)
                _uncached(buf[:end], out)
                carry = buf[end:]
        _uncached(carry, out)
    return out
