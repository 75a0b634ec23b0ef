"""Reading real workbooks written here (xlsx via openpyxl, xls via xlwt, ods via odfpy), and the
safety checks: bombs, huge sheets, damaged and password-protected files."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from smsplanner.domain.errors import ImportFileError
from smsplanner.importing.read import read_table
from smsplanner.importing.table import ReadOptions
from smsplanner.importing.workbook_child import parse_isolated
from smsplanner.importing.workbook_safety import check_workbook


def xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    wb.save(path)
    return path


HAND_KEPT = [
    ["My SMS campaigns 2026"],
    [],
    ["Campaign", "Date", "Messages sent", "Orders", "Sales ($)", "Phone"],
    ["Spring", dt.datetime(2026, 3, 1), 1200, 30, 450.5, "+44 7700 900123"],
    ["Summer", dt.datetime(2026, 6, 1), 800, 12, 99, "+44 7700 900456"],
    ["Total", None, 2000, 42, 549.5, None],
]


def test_hand_kept_sheet_after_a_notes_sheet(tmp_path: Path) -> None:
    p = xlsx(tmp_path / "book.xlsx", {"Notes": [["Read me first"], ["Made by Ann"]],
                                      "Results": HAND_KEPT})
    t = read_table(p)
    assert t.sheets == ["Notes", "Results"] and t.detected.sheet == "Results"
    assert t.detected.header_row == 3 and t.detected.encoding is None
    assert t.headers == ["Campaign", "Date", "Messages sent", "Orders", "Sales ($)"]
    assert t.dropped_columns == ["Phone"]
    assert t.frame["Campaign"].tolist() == ["Spring", "Summer"]
    assert t.frame["Date"].tolist() == [dt.datetime(2026, 3, 1), dt.datetime(2026, 6, 1)]
    assert t.frame["Messages sent"].tolist() == [1200, 800]
    assert t.row_numbers.tolist() == [4, 5]
    assert [(s.row, s.kind) for s in t.skipped] == [(1, "title"), (2, "blank"), (6, "total")]
    assert "+44" not in repr(t.frame) + repr(t.skipped)


def test_named_sheet_and_missing_sheet(tmp_path: Path) -> None:
    p = xlsx(tmp_path / "book.xlsx", {"A": [["x", "y"], [1, 2]], "B": [["n", "m"], [3, 4]]})
    assert read_table(p, sheet="B").frame["n"].tolist() == [3]
    with pytest.raises(ImportFileError, match="no sheet named 'C'"):
        read_table(p, sheet="C")


def test_empty_cells_are_none_and_preview_limit(tmp_path: Path) -> None:
    rows = [["Name", "Sent"]] + [[f"c{i}", i if i % 2 else None] for i in range(50)]
    p = xlsx(tmp_path / "book.xlsx", {"S": rows})
    t = read_table(p, max_rows=5)
    assert len(t.frame) == 5 and t.frame["Sent"].tolist()[:2] == [None, 1]


def test_real_xls_file(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")
    wb = xlwt.Workbook()
    ws = wb.add_sheet("Data")
    for r, row in enumerate([["Campaign", "Sent"], ["Spring", 10], ["Summer", 20]]):
        for c, v in enumerate(row):
            ws.write(r, c, v)
    p = tmp_path / "old.xls"
    wb.save(str(p))
    t = read_table(p)  # goes through the memory-limited child process
    assert t.frame["Campaign"].tolist() == ["Spring", "Summer"]
    assert t.frame["Sent"].tolist() == [10.0, 20.0]


def test_real_ods_file(tmp_path: Path) -> None:
    pytest.importorskip("odf")
    p = tmp_path / "sheet.ods"
    pd.DataFrame({"Campaign": ["Spring", "Summer"], "Sent": [10, 20]}).to_excel(
        p, engine="odf", index=False)
    t = read_table(p)
    assert t.frame["Campaign"].tolist() == ["Spring", "Summer"]
    assert [float(v) for v in t.frame["Sent"]] == [10.0, 20.0]


def test_cell_at_xfd1048576_is_refused_before_parsing(tmp_path: Path) -> None:
    p = xlsx(tmp_path / "bomb.xlsx", {"S": [["Name", "Sent"], ["x", 1]]})
    wb = openpyxl.load_workbook(p)
    wb.active["XFD1048576"] = 1
    wb.save(p)
    assert p.stat().st_size < 10_000
    with pytest.raises(ImportFileError, match="16,384 columns"):
        read_table(p)


def test_child_process_survives_calamine_abort(tmp_path: Path) -> None:
    """Bypassing the checks, the allocation abort kills only the child."""
    p = xlsx(tmp_path / "bomb.xlsx", {"S": [["Name", "Sent"]]})
    wb = openpyxl.load_workbook(p)
    wb.active["XFD1048576"] = 1
    wb.save(p)
    with pytest.raises(ImportFileError, match="more memory than is safe"):
        parse_isolated(p, ReadOptions(), memory_bytes=1 << 30)


def test_wide_but_sane_sheet_is_isolated_not_refused(tmp_path: Path) -> None:
    p = xlsx(tmp_path / "wide.xlsx", {"S": [["Name", "Sent"], ["x", 1]]})
    wb = openpyxl.load_workbook(p)
    wb.active["AAA3"] = "note"
    wb.save(p)
    assert check_workbook(p, "xlsx") == "isolate"
    t = read_table(p)
    assert t.frame["Name"].tolist()[0] == "x"


def rewrite_zip(src: Path, dst: Path, edit: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = edit.get(item.filename, zin.read(item.filename))
            zout.writestr(item.filename, data)
    return dst


def test_xml_bomb_is_refused(tmp_path: Path) -> None:
    src = xlsx(tmp_path / "ok.xlsx", {"S": [["Name", "Sent"], ["x", 1]]})
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
           b'"&lol;&lol;&lol;&lol;">]><sst xmlns="http://schemas.openxmlformats.org/'
           b'spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>')
    with zipfile.ZipFile(src) as z:
        sheet = next(n for n in z.namelist() if n.startswith("xl/worksheets/"))
    p = rewrite_zip(src, tmp_path / "lol.xlsx", {sheet: lol})
    with pytest.raises(ImportFileError, match="XML"):
        read_table(p)


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    src = xlsx(tmp_path / "ok.xlsx", {"S": [["Name", "Sent"], ["x", 1]]})
    p = tmp_path / "zipbomb.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename))
        with zout.open("xl/media/padding.xml", "w") as fh:
            block = b"\0" * (1 << 20)
            for _ in range(120):
                fh.write(block)
    assert p.stat().st_size < 1_000_000
    with pytest.raises(ImportFileError, match="zip bomb"):
        read_table(p)


def test_truncated_workbook(tmp_path: Path) -> None:
    src = xlsx(tmp_path / "ok.xlsx", {"S": [["Name", "Sent"], ["x", 1]] * 200})
    data = src.read_bytes()
    p = tmp_path / "cut.xlsx"
    p.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportFileError, match="damaged or cut short"):
        read_table(p)


def test_password_protected_workbook(tmp_path: Path) -> None:
    # An encrypted OOXML file is an OLE container holding an EncryptionInfo stream.
    header = bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504
    directory = "EncryptionInfo".encode("utf-16-le") + b"\0" * 100
    p = tmp_path / "secret.xlsx"
    p.write_bytes(header + directory + b"\0" * 2048)
    with pytest.raises(ImportFileError, match="remove the password"):
        read_table(p)
