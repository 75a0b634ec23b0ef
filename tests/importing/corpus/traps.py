"""Traps found while building the corpus; every one failed before its fix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .base import Case, camp, csv_rows, text
from .twilio import TWILIO_NEW

# --- traps found while building this corpus (each failed before its fix) -----------------

SEP_HINT = "sep=;\r\n" + csv_rows([
    ["Campaign", "Date", "Sent", "Revenue"],
    ["Hint line", "05.03.2026", "1.200", "1.234,50"],
    ["Second", "06.03.2026", "900", "12,00"],
], sep=";")
MAC_CR = "Campaign,Date,Sent,Clicks\rOld Mac,2026-03-05,100,5\rClassic,2026-03-06,200,7\r"
YEAR_FIRST = csv_rows([
    ["Campaign", "Date", "Time", "Sent", "Delivered (%)"],
    ["Year first", "2026/03/05", "2:15 PM", "1000", "98%"],
    ["Dotted", "2026.03.16", "9:05 AM", "500", "99.0%"],
])
FRENCH = csv_rows([
    ["Campagne", "Date d'envoi", "Envoyés", "Délivrés", "Clics", "Commandes",
     "Chiffre d'affaires (€)"],
    ["Soldes", "05/03/2026", "1\xa0200", "1\xa0180", "90", "12", "1\xa0234,50 €"],
    ["Noël", "20/12/2026", "900", "880", "40", "5", "310,00 €"],
], sep=";")
TWILIO_API = csv_rows([
    ["sid", "date_created", "date_sent", "date_updated", "to", "from", "body", "status",
     "num_segments", "num_media", "direction", "api_version", "price", "price_unit",
     "error_code", "error_message", "account_sid"],
    ["SM2001", "Fri, 24 May 2019 17:44:46 +0000", "Fri, 24 May 2019 17:44:50 +0000",
     "Fri, 24 May 2019 17:44:52 +0000", "+14155550101", "+14155550100",
     "Hello, friends\nline two", "delivered", "1", "0", "outbound-api", "2010-04-01",
     "-0.00750", "USD", "", "", "AC1"],
    ["SM2002", "Fri, 24 May 2019 17:44:47 +0000", "Fri, 24 May 2019 17:44:51 +0000",
     "Fri, 24 May 2019 17:44:52 +0000", "+14155550102", "+14155550100",
     "Hello, friends\nline two", "undelivered", "1", "0", "outbound-api", "2010-04-01",
     "-0.00750", "USD", "30005", "Unknown destination handset", "AC1"],
])


def write_xlsx_text_numbers(p: Path) -> None:
    """A sheet pasted from a web page: table at B3, numbers and dates typed as text."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for col, head in zip("BCDEFGH", ["Campaign", "Date", "Send time", "Sent", "Revenue",
                                      "Click rate", "Notes"], strict=True):
        ws[f"{col}3"] = head
    ws.append([None, "Typed", "05/03/2026", dt.time(14, 15), "1,200", "$1,234.50", "4.5%",
               "'=1+1"])
    ws.append([None, "Pasted", "17/03/2026", dt.time(9, 0), "900", "$12", "2.5%", "ok"])
    ws.append([None, "Mixed", dt.datetime(2026, 3, 20, 18, 45), None, 700, "12.5", None, None])
    wb.save(p)


def write_xlsx_european_text(p: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kampagne", "Datum", "Versendet", "Umsatz"])
    ws.append(["Herbst", "05.10.2026", "1.234", "1.234,50 €"])
    ws.append(["Winter", "06.12.2026", "980", "12,00 €"])
    wb.save(p)


def trap_cases() -> list[Case]:
    """Traps found while building the corpus; every one failed before its fix."""
    return [
        Case("excel-sep-hint-line", "excel-eu.csv", text(SEP_HINT, "cp1252"),
             {"rows_imported": 2},
             [camp("Hint line", "2026-03-05", sent=1200, revenue=1234.5),
              camp("Second", "2026-03-06", sent=900, revenue=12.0)],
             detected={"delimiter": ";", "decimal": ",", "header_row": 2}),
        Case("mac-cr-line-endings", "mac.csv", text(MAC_CR), {"rows_imported": 2},
             [camp("Old Mac", "2026-03-05", sent=100, clicks=5),
              camp("Classic", "2026-03-06", sent=200, clicks=7)]),
        Case("year-first-dates-ampm-percent-unit", "ymd.csv", text(YEAR_FIRST),
             {"rows_imported": 2},
             [camp("Year first", "2026-03-05", time="14:15", sent=1000, delivered=980),
              camp("Dotted", "2026-03-16", time="09:05", sent=500, delivered=495)]),
        Case("french-nbsp-accented-headers", "campagnes.csv", text(FRENCH, "cp1252"),
             {"rows_imported": 2, "unmapped_columns": []},
             [camp("Soldes", "2026-03-05", sent=1200, delivered=1180, clicks=90,
                   conversions=12, revenue=1234.5),
              camp("Noël", "2026-12-20", sent=900, delivered=880, clicks=40, conversions=5,
                   revenue=310.0)],
             detected={"delimiter": ";", "decimal": ","}),
        Case("twilio-api-multiline-body", "messages.csv", text(TWILIO_API),
             {"shape": "messages", "rows_imported": 2, "dropped_columns": ["to", "from"]},
             [camp("API", "2019-05-24", time="17:44", sent=2, delivered=1, replies=None,
                   opt_outs=None, cost=0.015, message="Hello, friends\nline two")],
             args=("--campaign", "API")),
        Case("twilio-without-campaign", "Messaging Logs.csv", text(TWILIO_NEW),
             {"refused": True, "import_id": None, "rows_imported": 0}, []),
        Case("xlsx-text-numbers-offset", "pasted.xlsx", write_xlsx_text_numbers,
             {"rows_imported": 3},
             [camp("Typed", "2026-03-05", time="14:15", sent=1200, clicks=54,
                   revenue=1234.5, notes="=1+1"),
              camp("Pasted", "2026-03-17", time="09:00", sent=900, clicks=22, revenue=12.0,
                   notes="ok"),
              camp("Mixed", "2026-03-20", time="18:45", sent=700, revenue=12.5)],
             detected={"header_row": 3, "date_order": "DMY"}),
        Case("xlsx-european-text", "eu.xlsx", write_xlsx_european_text, {"rows_imported": 2},
             [camp("Herbst", "2026-10-05", sent=1234, revenue=1234.5),
              camp("Winter", "2026-12-06", sent=980, revenue=12.0)],
             detected={"decimal": ","}),
    ]


AVERAGE_ROW = csv_rows([
    ["Campaign", "Date", "Sent", "Clicks"],
    ["Week 1", "2026-03-05", "100", "5"],
    ["Week 2", "2026-03-12", "200", "7"],
    ["Total", "", "300", "12"],
    ["Average", "", "150", "6"],
])
BREVO_FLATTENED = csv_rows([
    ["id", "name", "status", "content", "sender", "scheduledAt", "sentDate",
     "statistics.delivered", "statistics.sent", "statistics.unsubscriptions",
     "statistics.answered"],
    ["12", "Bank holiday", "sent", "Open Monday 10-4", "MyShop",
     "2026-05-04T08:00:00.000+01:00", "2026-05-04T08:00:05.000+01:00", "1880", "1900", "6",
     "14"],
])


def write_xlsx_glossary_first(p: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Notes"
    for r in [["Column", "Meaning"], ["Sent", "Texts sent"], ["Clicks", "People who clicked"]]:
        notes.append(r)
    data = wb.create_sheet("Data")
    data.append(["Campaign", "Date", "Sent", "Clicks"])
    data.append(["Glossary", dt.datetime(2026, 3, 5), 100, 5])
    wb.save(p)


def more_trap_cases() -> list[Case]:
    """Summary rows and sheets that are not campaigns, and flattened provider JSON."""
    return [
        Case("average-row-under-total", "weekly.csv", text(AVERAGE_ROW),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Week 1", "2026-03-05", sent=100, clicks=5),
              camp("Week 2", "2026-03-12", sent=200, clicks=7)]),
        Case("xlsx-glossary-notes-sheet-first", "book.xlsx", write_xlsx_glossary_first,
             {"rows_imported": 1}, [camp("Glossary", "2026-03-05", sent=100, clicks=5)],
             detected={"sheet": "Data"}),
        Case("brevo-flattened-json", "brevo.csv", text(BREVO_FLATTENED),
             {"shape": "summary", "rows_imported": 1},
             [camp("Bank holiday", "2026-05-04", time="07:00", sent=1900, delivered=1880,
                   opt_outs=6, replies=14, message="Open Monday 10-4")]),
    ]
