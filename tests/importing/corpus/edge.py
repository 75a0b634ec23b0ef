"""Edge cases: repeated headers, NA names, number-only columns, rates only."""

from __future__ import annotations

from .base import Case, camp, csv_rows, text

# --- edge cases --------------------------------------------------------------------------

PANDAS_DUPLICATES = csv_rows([
    ["Campaign ", "Date ", "Sent ", "Delivered", "Sent.1", "Orders ", "Revenue "],
    ["Trailing spaces", "2026-03-01", "100", "95", "999", "3", "30"],
])
REPEATED_HEADERS = csv_rows([
    ["Campaign", "Date", "Sent", "Sent", "Clicks"],
    ["Twice sent", "2026-03-02", "200", "7", "11"],
])
NA_NAMES = csv_rows([
    ["Campaign", "Date", "Sent", "Delivered", "Clicks", "Orders"],
    ["NA", "2026-03-01", "100", "", "10", ""],
    ["None", "2026-03-02", "200", "190", "", "4"],
    ["null", "2026-03-03", "300", "", "", ""],
])
NUMBER_COLUMN_LOG = csv_rows([
    ["Message ID", "Number", "Customer", "Sent at", "Status", "Clicked", "Order value"],
    ["m-1", "+447700900101", "(415) 555-0101", "2026-03-10 12:00", "delivered", "yes", "25.00"],
    ["m-2", "+447700900102", "(415) 555-0102", "2026-03-10 12:00", "delivered", "no", ""],
    ["m-3", "+447700900103", "(415) 555-0103", "2026-03-10 12:01", "failed", "no", ""],
    ["m-4", "+447700900104", "(415) 555-0104", "2026-03-10 12:01", "delivered", "yes", "0"],
])
RATE_ONLY = csv_rows([
    ["Campaign", "Date", "Delivered", "Conversion rate", "Reply rate"],
    ["Rates only", "2026-03-03", "1000", "2.5%", "0.012"],
])


def edge_cases() -> list[Case]:
    """Traps in headers and cells, phone numbers under neutral headers, files with no rows."""
    return [
        Case("pandas-duplicates-trailing-spaces", "dups.csv", text(PANDAS_DUPLICATES),
             {"rows_imported": 1, "unmapped_columns": ["Sent.1"]},
             [camp("Trailing spaces", "2026-03-01", sent=100, delivered=95, conversions=3,
                   revenue=30.0)]),
        Case("repeated-headers", "repeated.csv", text(REPEATED_HEADERS),
             {"rows_imported": 1, "unmapped_columns": ["Sent (2)"]},
             [camp("Twice sent", "2026-03-02", sent=200, clicks=11)]),
        Case("na-names-blank-integers", "na.csv", text(NA_NAMES),
             {"rows_imported": 3},
             [camp("NA", "2026-03-01", sent=100, clicks=10),
              camp("None", "2026-03-02", sent=200, delivered=190, conversions=4),
              camp("null", "2026-03-03", sent=300)]),
        Case("phone-under-number-header", "hand-log.csv", text(NUMBER_COLUMN_LOG),
             {"shape": "messages", "rows_imported": 4,
              "dropped_columns": ["Number", "Customer"]},
             [camp("Pop-up shop", "2026-03-10", time="12:00", sent=4, delivered=3, clicks=2,
                   conversions=1, revenue=25.0)],
             args=("--campaign", "Pop-up shop")),
        Case("header-only", "empty-export.csv", text("Campaign,Date,Sent,Clicks\r\n"),
             {"refused": True, "import_id": None, "rows_read": 0, "rows_imported": 0}, []),
        Case("rate-without-count", "rates.csv", text(RATE_ONLY), {"rows_imported": 1},
             [camp("Rates only", "2026-03-03", delivered=1000, conversions=25, replies=12)]),
    ]
