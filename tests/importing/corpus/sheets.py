"""Hand-kept sheets and locale variants as CSV/TSV/TXT text."""

from __future__ import annotations

from .base import Case, camp, csv_rows, text

# --- hand-kept sheets and locales --------------------------------------------------------

HAND_US = csv_rows([
    ["SMS results 2026"],
    ["Kept by Jo - update every Monday"],
    [],
    ["Campaign", "Send date", "Messages sent", "Clicks", "Replies", "Unsubscribes", "Orders",
     "Sales ($)", "Cost ($)"],
    ["Spring promo", "03/04/2026", "1,200", "96", "14", "5", "30", "$1,234.50", "$24.00"],
    ["Easter", "04/02/2026", "800", "", "3", "2", "12", "$480", "$16"],
    ["Mid April", "04/15/2026", "950", "70", "", "1", "9", "$2,000.00", "$19.00"],
    [],
    ["Total", "", "2,950", "166", "17", "8", "51", "$3,714.50", "$59.00"],
])

HAND_UK = csv_rows([
    ["Campaign", "Date sent", "Sent", "Delivered", "Clicks", "Opt-outs", "Orders",
     "Revenue (GBP)", "Cost (£)"],
    ["Jan clearance", "02/01/2026", "500", "490", "40", "2", "8", "£12", "£10.00"],
    ["Burns night", "25/01/2026", "450", "445", "35", "1", "6", "£95.50", "£9.00"],
    ["Grand total", "", "950", "935", "75", "3", "14", "£107.50", "£19.00"],
])

EURO_DE = csv_rows([
    ["Kampagne", "Datum", "Versendet", "Zugestellt", "Klicks", "Bestellungen", "Umsatz (€)",
     "Kosten (€)"],
    ["Frühlingsaktion", "03.04.2026", "1.234", "1.200", "96", "37", "1.234,50 €", "98,72 €"],
    ["Sommerschlussverkauf", "15.06.2026", "2.000", "1.950", "", "41", "980,00 €", "160,00 €"],
    ["Größenwahn", "01.07.2026", "850", "840", "50", "5", "1.050,00 €", "68,00 €"],
    ["Summe", "", "4.084", "3.990", "146", "83", "3.264,50 €", "326,72 €"],
], sep=";")

EURO_EN_RATES = csv_rows([
    ["Campaign", "Date", "Messages sent", "Delivered", "Click rate", "Orders", "Revenue (EUR)"],
    ["Rentrée", "01.09.2026", "1.500", "1.200", "4,5 %", "18", "1.234,50"],
    ["Toussaint", "30.10.2026", "900", "880", "2,5 %", "7", "410,00"],
    ["Totals", "", "2.400", "2.080", "", "25", "1.644,50"],
], sep=";")

BOM_ISO_Z = "\ufeff" + csv_rows([
    ["Campaign", "Date", "Sent", "Orders", "Revenue"],
    ["🌸 Late night", "2026-03-05T23:30:00Z", "300", "6", "120.00"],
    ["Early bird", "2026-03-07T06:00:00Z", "280", "4", "80.00"],
])

UNICODE_TEXT = csv_rows([
    ["Campaign", "Date", "Messages sent", "Orders", "Sales ($)"],
    ["Café crème", "05/03/2026", "1200", "30", "$1,234.50"],
    ["Crêpe day", "17/03/2026", "640", "11", "$330.00"],
], sep="\t")

TSV = csv_rows([
    ["Campaign", "Send date", "Sent", "Delivered", "Replies"],
    ["Tab one", "2026-02-01", "100", "98", "4"],
    ["Tab two", "2026-02-08", "110", "", "5"],
], sep="\t")

PIPE = csv_rows([
    ["Campaign", "Date", "Sent", "Clicks", "Orders", "Revenue"],
    ["Pipe dream", "46083", "400", "30", "4", "99.90"],
    ["Pipe two", "46097", "420", "28", "3", "75.00"],
], sep="|")

TXT = csv_rows([
    ["Campaign", "Date", "Sent", "Clicks"],
    ["Plain text", "2026-05-05", "150", "12"],
])


def sheet_cases() -> list[Case]:
    """Hand-kept sheets and the locales and encodings they come in."""
    return [
        Case("hand-us", "results.csv", text(HAND_US),
             {"shape": "summary", "rows_read": 3, "rows_imported": 3, "rows_skipped": 0},
             [camp("Spring promo", "2026-03-04", sent=1200, clicks=96, replies=14, opt_outs=5,
                   conversions=30, revenue=1234.5, cost=24.0),
              camp("Easter", "2026-04-02", sent=800, replies=3, opt_outs=2, conversions=12,
                   revenue=480.0, cost=16.0),
              camp("Mid April", "2026-04-15", sent=950, clicks=70, opt_outs=1, conversions=9,
                   revenue=2000.0, cost=19.0)],
             detected={"header_row": 4, "date_order": "MDY", "delimiter": ","}),
        Case("hand-uk", "results-uk.csv", text(HAND_UK),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Jan clearance", "2026-01-02", sent=500, delivered=490, clicks=40,
                   opt_outs=2, conversions=8, revenue=12.0, cost=10.0),
              camp("Burns night", "2026-01-25", sent=450, delivered=445, clicks=35,
                   opt_outs=1, conversions=6, revenue=95.5, cost=9.0)],
             detected={"date_order": "DMY"}),
        Case("euro-de-cp1252", "Kampagnen.csv", text(EURO_DE, "cp1252"),
             {"rows_read": 3, "rows_imported": 3},
             [camp("Frühlingsaktion", "2026-04-03", sent=1234, delivered=1200, clicks=96,
                   conversions=37, revenue=1234.5, cost=98.72),
              camp("Sommerschlussverkauf", "2026-06-15", sent=2000, delivered=1950,
                   conversions=41, revenue=980.0, cost=160.0),
              camp("Größenwahn", "2026-07-01", sent=850, delivered=840, clicks=50,
                   conversions=5, revenue=1050.0, cost=68.0)],
             detected={"encoding": "cp1252", "delimiter": ";", "decimal": ",",
                       "date_order": "DMY"}),
        Case("euro-en-rates", "export.csv", text(EURO_EN_RATES, "cp1252"),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Rentrée", "2026-09-01", sent=1500, delivered=1200, clicks=54,
                   conversions=18, revenue=1234.5),
              camp("Toussaint", "2026-10-30", sent=900, delivered=880, clicks=22,
                   conversions=7, revenue=410.0)],
             detected={"delimiter": ";", "decimal": ","}),
        Case("utf8-bom-iso-z", "bom.csv", text(BOM_ISO_Z),
             {"rows_read": 2, "rows_imported": 2},
             [camp("🌸 Late night", "2026-03-06", time="00:30", sent=300, conversions=6,
                   revenue=120.0),
              camp("Early bird", "2026-03-07", time="07:00", sent=280, conversions=4,
                   revenue=80.0)],
             tz="Europe/Berlin", detected={"encoding": "utf-8-sig"}),
        Case("utf16-unicode-text", "Unicode text.txt", text(UNICODE_TEXT, "utf-16"),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Café crème", "2026-03-05", sent=1200, conversions=30, revenue=1234.5),
              camp("Crêpe day", "2026-03-17", sent=640, conversions=11, revenue=330.0)],
             detected={"encoding": "utf-16", "delimiter": "\t", "date_order": "DMY"}),
        Case("tsv", "results.tsv", text(TSV),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Tab one", "2026-02-01", sent=100, delivered=98, replies=4),
              camp("Tab two", "2026-02-08", sent=110, replies=5)],
             detected={"delimiter": "\t"}),
        Case("pipe-excel-serials", "pipes.txt", text(PIPE),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Pipe dream", "2026-03-02", sent=400, clicks=30, conversions=4,
                   revenue=99.9),
              camp("Pipe two", "2026-03-16", sent=420, clicks=28, conversions=3,
                   revenue=75.0)],
             detected={"delimiter": "|"}),
        Case("txt", "results.txt", text(TXT), {"rows_read": 1, "rows_imported": 1},
             [camp("Plain text", "2026-05-05", sent=150, clicks=12)]),
    ]
