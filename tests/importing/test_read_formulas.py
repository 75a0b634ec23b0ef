"""Workbook formulas with no saved result (files written by tools other than Excel): named by
sheet, row and column instead of importing as unknown. Real XLSX files, real database files."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.importing import formulas
from smsplanner.importing.read import read_table
from smsplanner.services.importer import import_file
from smsplanner.storage.campaigns import list_campaigns

SHEET_XML = "xl/worksheets/sheet2.xml"
MESSAGE = ("Sheet 'Results': this cell holds a formula with no saved result: open and save the "
           "file in your spreadsheet app, then import again.")


def _patch(path: Path, edits: dict[str, str]) -> None:
    """Rewrite single cells of the sheet XML: ref -> the XML between <c ...> and </c>."""
    with zipfile.ZipFile(path) as zf:
        items = [(i, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in items:
            if info.filename == SHEET_XML:
                xml = data.decode("utf-8")
                for ref, inner in edits.items():
                    xml, n = re.subn(rf'(<c r="{ref}")([^>]*)>.*?</c>',
                                     lambda m, inner=inner: f"{m.group(1)}{m.group(2)}>"
                                     f"{inner}</c>", xml)
                    assert n == 1, ref
                data = xml.encode("utf-8")
            zf.writestr(info, data)


def write_sheet(p: Path) -> None:
    """A notes sheet, then 'Results' with a title row and the table starting in column B."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Read me"
    wb.active.append(["Figures copied from the dashboard"])
    ws = wb.create_sheet("Results")
    ws.append([None, "SMS results"])
    ws.append([])
    ws.append([None, "Campaign", "Date", "Sent", "Orders", "Revenue", "Check"])
    ws.append([None, "Spring", dt.datetime(2026, 3, 1), 1000, 30, "=E4*15", "=D4-E4"])
    ws.append([None, "Summer", dt.datetime(2026, 6, 1), 800, 12, "=E5*15", "=D5-E5"])
    ws.append([None, "Autumn", dt.datetime(2026, 9, 1), 600, 9, "=E6*15", '=IF(D6>0,"","x")'])
    ws.append([None, "Total", None, "=SUM(D4:D6)", "=SUM(E4:E6)", "=SUM(F4:F6)", None])
    wb.save(p)
    # Spring's revenue was saved by Excel; Summer's has no <v> at all; Autumn's keeps
    # openpyxl's empty <v />. Autumn's check saved an empty text result (t="str").
    _patch(p, {"F4": "<f>E4*15</f><v>450</v>", "F5": "<f>E5*15</f>",
               "G6": '<f>IF(D6&gt;0,"","x")</f><v></v>'})
    with zipfile.ZipFile(p) as zf:
        xml = zf.read(SHEET_XML).decode()
    assert '<c r="G6" t="str">' not in xml  # openpyxl wrote no type: give the saved text one
    _patch_type(p, "G6", "str")


def _patch_type(path: Path, ref: str, typ: str) -> None:
    with zipfile.ZipFile(path) as zf:
        items = [(i, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in items:
            if info.filename == SHEET_XML:
                data = data.replace(f'<c r="{ref}">'.encode(), f'<c r="{ref}" t="{typ}">'.encode())
            zf.writestr(info, data)


@pytest.fixture
def book(tmp_path: Path) -> Path:
    p = tmp_path / "results.xlsx"
    write_sheet(p)
    return p


def test_calamine_reads_such_cells_as_empty_and_the_reader_names_them(book: Path) -> None:
    raw = read_table(book)
    assert raw.detected.sheet == "Results" and raw.detected.header_row == 3
    revenue = list(raw.frame["Revenue"])
    assert revenue[0] == 450 and revenue[1] is None and revenue[2] is None  # silently empty
    # the totals row is left out; the text formula with a saved "" is a result
    assert raw.formula_cells == [(4, "Check"), (5, "Revenue"), (5, "Check"), (6, "Revenue")]


def test_scan_finds_the_same_cells_when_blocks_split_cells(
        book: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = formulas.uncached_formulas(book, "Results")
    assert whole == [(4, 7), (5, 6), (5, 7), (6, 6), (7, 4), (7, 5), (7, 6)]
    for size in (7, 50, 333):
        monkeypatch.setattr(formulas, "_BLOCK", size)
        assert formulas.uncached_formulas(book, "Results") == whole
    assert formulas.uncached_formulas(book, "No such sheet") == []


def test_import_refuses_naming_sheet_row_and_column(book: Path, conn: sqlite3.Connection) -> None:
    r = import_file(conn, book)
    assert r.refused and r.import_id is None and list_campaigns(conn) == []
    assert [(p.row, p.column, p.value, p.message) for p in r.problems[:2]] == [
        (5, "Revenue", "", MESSAGE), (6, "Revenue", "", MESSAGE)]
    assert any("column 'Check' (not imported)" in n and "row 4, 5" in n for n in r.notes)
    dry = import_file(conn, book, dry_run=True)
    assert dry.refused and [p.to_dict() for p in dry.problems] == [
        p.to_dict() for p in r.problems]


def test_skip_bad_rows_imports_the_rows_with_saved_results(
        book: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(db_path), "import", str(book), "--json"])
    [obj] = json.loads(capsys.readouterr().out)
    assert code == 2 and obj["problems"][0] == {"row": 5, "column": "Revenue", "value": "",
                                                "message": MESSAGE}
    code = main(["--db", str(db_path), "import", str(book), "--skip-bad-rows", "--json"])
    [obj] = json.loads(capsys.readouterr().out)
    assert code == 0 and (obj["rows_imported"], obj["rows_skipped"]) == (1, 2)
    main(["--db", str(db_path), "campaigns", "--json"])
    [spring] = json.loads(capsys.readouterr().out)
    assert (spring["name"], spring["revenue"], spring["conversions"]) == ("Spring", 450, 30)


def test_excel_saved_results_give_no_problem(tmp_path: Path, conn: sqlite3.Connection) -> None:
    p = tmp_path / "saved.xlsx"
    write_sheet(p)
    _patch(p, {"F5": "<f>E5*15</f><v>180</v>", "F6": "<f>E6*15</f><v>135</v>"})
    r = import_file(conn, p)
    assert not r.refused, r.problems
    assert [c.revenue for c in list_campaigns(conn)] == [450, 180, 135]
