"""Workbooks people keep by hand: XLSX with formulas, XLS, ODS."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .base import Case, camp

# --- workbooks ---------------------------------------------------------------------------

def _cache_formula_values(path: Path, sheet_xml: str, values: dict[str, float]) -> None:
    """Give openpyxl's formulas the values Excel would have cached (openpyxl writes none)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as zf:
        items = [(i, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in items:
            if info.filename == sheet_xml:
                xml = data.decode("utf-8")
                for ref, v in values.items():
                    xml, n = re.subn(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*/>',
                                     rf"\g<1><v>{v}</v>", xml)
                    assert n == 1, ref
                data = xml.encode("utf-8")
            zf.writestr(info, data)


def write_xlsx_hand_kept(p: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Read me"
    notes.append(["How to use this sheet"])
    notes.append(["Numbers copied from the SMS dashboard every Monday"])
    ws = wb.create_sheet("2026")
    ws.append(["SMS campaigns 2026"])
    ws.append([])
    ws.append(["Campaign", "Date", "Segment", "Messages sent", "Delivered", "Click rate",
               "Orders", "Revenue (EUR)", "Cost", "Mobile"])
    ws.append(["Spring", dt.datetime(2026, 3, 1), "VIP", 1200, 1180, 0.045, 30, "=G4*15",
               36.0, "+447700900101"])
    ws.append(["Summer", dt.datetime(2026, 6, 1), "All", 800, 790, 0.025, 12, 180.5, 24,
               "+447700900102"])
    ws.append(["NA", dt.date(2026, 6, 15), None, 500, None, None, 5, None, 15.0, None])
    ws.append(["Total", None, None, "=SUM(D4:D6)", "=SUM(E4:E6)", None, "=SUM(G4:G6)",
               "=SUM(H4:H6)", "=SUM(I4:I6)", None])
    for r in range(4, 7):
        ws.cell(r, 6).number_format = "0.0%"
        ws.cell(r, 2).number_format = "dd/mm/yyyy"
    wb.save(p)
    _cache_formula_values(p, "xl/worksheets/sheet2.xml",
                          {"H4": 450, "D7": 2500, "E7": 1970, "G7": 47, "H7": 630.5,
                           "I7": 75})


def write_xls(p: Path) -> None:
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Results")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    rows = [["Campaign", "Date sent", "Sent", "Clicks", "Orders", "Sales ($)"],
            ["null", dt.datetime(2026, 2, 14), 700, 49, 7, 210.0],
            ["Old faithful", dt.datetime(2026, 2, 21), 650, None, 4, 120.25]]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, dt.datetime):
                ws.write(i, j, v, date_style)
            else:
                ws.write(i, j, v)
    wb.save(str(p))


def write_ods(p: Path) -> None:
    import pandas as pd

    frame = pd.DataFrame({
        "Campaign": ["Open day", "None"],
        "Send date": [dt.datetime(2026, 9, 12), dt.datetime(2026, 9, 19)],
        "Messages sent": [300, 320],
        "Opt-outs": [2, 0],
        "Replies": [9, 11],
        "Revenue": [150.0, 90.5],
    })
    with pd.ExcelWriter(p, engine="odf") as xw:
        frame.to_excel(xw, sheet_name="Campaigns", index=False, startrow=2)


def workbook_cases() -> list[Case]:
    """Workbooks as people save them: .xlsx (notes sheet, formulas), .xls, .ods."""
    return [
        Case("xlsx-hand-kept", "SMS 2026.xlsx", write_xlsx_hand_kept,
             {"shape": "summary", "rows_read": 3, "rows_imported": 3,
              "dropped_columns": ["Mobile"]},
             [camp("Spring", "2026-03-01", segment="VIP", sent=1200, delivered=1180, clicks=53,
                   conversions=30, revenue=450.0, cost=36.0),
              camp("Summer", "2026-06-01", segment="All", sent=800, delivered=790, clicks=20,
                   conversions=12, revenue=180.5, cost=24.0),
              camp("NA", "2026-06-15", sent=500, conversions=5, cost=15.0)],
             detected={"sheet": "2026", "header_row": 3, "encoding": None}),
        Case("xls", "old.xls", write_xls, {"rows_read": 2, "rows_imported": 2},
             [camp("null", "2026-02-14", sent=700, clicks=49, conversions=7, revenue=210.0),
              camp("Old faithful", "2026-02-21", sent=650, conversions=4, revenue=120.25)],
             detected={"sheet": "Results"}),
        Case("ods", "calc.ods", write_ods, {"rows_read": 2, "rows_imported": 2},
             [camp("Open day", "2026-09-12", sent=300, opt_outs=2, replies=9, revenue=150.0),
              camp("None", "2026-09-19", sent=320, opt_outs=0, replies=11, revenue=90.5)],
             detected={"sheet": "Campaigns", "header_row": 3}),
    ]
