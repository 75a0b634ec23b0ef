"""A corpus of real-world result files, written into a test's tmp_path, with the figures each
must give after `smsplanner import --json` and `smsplanner campaigns --json --channel all`.

Provider headers are as the field guide lists them; hand-kept sheets carry the traps people
leave in them. Every phone number used is listed in PHONES so tests can prove none is stored.
"""

from __future__ import annotations

from .base import (
    FIGURES,
    PHONES,
    Case,
    camp,
    csv_rows,
    text,
)
from .edge import (
    NA_NAMES,
    NUMBER_COLUMN_LOG,
    PANDAS_DUPLICATES,
    RATE_ONLY,
    REPEATED_HEADERS,
    edge_cases,
)
from .email_platforms import (
    BREVO,
    DOTDIGITAL,
    KLAVIYO_NEW,
    KLAVIYO_OLD,
    KLAVIYO_OLD_HEADERS,
)
from .providers import (
    provider_cases,
)
from .sheets import (
    BOM_ISO_Z,
    EURO_DE,
    EURO_EN_RATES,
    HAND_UK,
    HAND_US,
    PIPE,
    TSV,
    TXT,
    UNICODE_TEXT,
    sheet_cases,
)
from .sms_gateways import (
    CLICKSEND,
    PLIVO,
    POSTSCRIPT,
    TELNYX,
    TEXTMAGIC,
)
from .traps import (
    AVERAGE_ROW,
    BREVO_FLATTENED,
    FRENCH,
    MAC_CR,
    SEP_HINT,
    TWILIO_API,
    YEAR_FIRST,
    more_trap_cases,
    trap_cases,
    write_xlsx_european_text,
    write_xlsx_glossary_first,
    write_xlsx_text_numbers,
)
from .twilio import (
    TWILIO_NEW,
    TWILIO_NEW_ROWS,
    TWILIO_OLD,
)
from .workbooks import (
    workbook_cases,
    write_ods,
    write_xls,
    write_xlsx_hand_kept,
)

__all__ = [
    "AVERAGE_ROW",
    "BOM_ISO_Z",
    "BREVO",
    "BREVO_FLATTENED",
    "CLICKSEND",
    "DOTDIGITAL",
    "EURO_DE",
    "EURO_EN_RATES",
    "FIGURES",
    "FRENCH",
    "HAND_UK",
    "HAND_US",
    "KLAVIYO_NEW",
    "KLAVIYO_OLD",
    "KLAVIYO_OLD_HEADERS",
    "MAC_CR",
    "NA_NAMES",
    "NUMBER_COLUMN_LOG",
    "PANDAS_DUPLICATES",
    "PHONES",
    "PIPE",
    "PLIVO",
    "POSTSCRIPT",
    "RATE_ONLY",
    "REPEATED_HEADERS",
    "SEP_HINT",
    "TELNYX",
    "TEXTMAGIC",
    "TSV",
    "TWILIO_API",
    "TWILIO_NEW",
    "TWILIO_NEW_ROWS",
    "TWILIO_OLD",
    "TXT",
    "UNICODE_TEXT",
    "YEAR_FIRST",
    "Case",
    "all_cases",
    "camp",
    "csv_rows",
    "edge_cases",
    "more_trap_cases",
    "provider_cases",
    "sheet_cases",
    "text",
    "trap_cases",
    "workbook_cases",
    "write_ods",
    "write_xls",
    "write_xlsx_european_text",
    "write_xlsx_glossary_first",
    "write_xlsx_hand_kept",
    "write_xlsx_text_numbers",
]


def all_cases() -> list[Case]:
    return (provider_cases() + sheet_cases() + workbook_cases() + edge_cases() + trap_cases()
            + more_trap_cases())
