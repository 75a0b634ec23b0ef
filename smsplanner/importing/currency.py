"""Which currency a file's money is in: from the cells ("£1,842.50", "1.842,50 €"), the header
("Revenue (EUR)") or a currency column (Twilio's PriceUnit). Pure; any thread.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smsplanner.domain.imports import Said

if TYPE_CHECKING:
    from smsplanner.domain.imports import Mapping
    from smsplanner.importing.table import RawTable

# Prefixed dollars first, longest first: "CA$" is a Canadian dollar (not "A$" after a "C"),
# "A$" an Australian one, "$" alone a US one.
_SYMBOLS: tuple[tuple[str, str], ...] = (
    ("US$", "USD"), ("AU$", "AUD"), ("CA$", "CAD"), ("NZ$", "NZD"), ("HK$", "HKD"),
    ("A$", "AUD"), ("C$", "CAD"), ("S$", "SGD"), ("R$", "BRL"), ("$", "USD"), ("€", "EUR"),
    ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₩", "KRW"), ("₽", "RUB"), ("₺", "TRY"),
    ("₪", "ILS"), ("zł", "PLN"), ("Kč", "CZK"),
)
CODES = ("USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK",
         "HUF", "JPY", "INR", "ZAR", "BRL", "MXN", "SGD", "HKD", "AED")
_CODE_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(CODES) + r")(?![A-Za-z])")
_MONEY_FIELDS = ("revenue", "cost", "price", "order_value")
_CURRENCY_COLUMNS = {"price unit", "currency", "currency code", "price currency"}
SAMPLE = 2000  # cells looked at per column


def currency_code(text: str | None) -> str | None:
    """The ISO code a symbol or code stands for: "$" -> "USD", "€" -> "EUR", "gbp" -> "GBP"."""
    if not text:
        return None
    t = text.strip()
    if t.upper() in CODES:
        return t.upper()
    for symbol, code in _SYMBOLS:
        if t == symbol:
            return code
    return None


def _codes_in(text: str) -> set[str]:
    found = {m.group(1) for m in _CODE_RE.finditer(text)}
    rest = text
    for symbol, code in _SYMBOLS:  # longest prefixes first, each symbol counted once
        if symbol in rest:
            found.add(code)
            rest = rest.replace(symbol, " ")
    return found


def detect_currency(raw: RawTable, mapping: Mapping) -> tuple[str | None, list[str]]:
    """(ISO code of the file's money or None, notes). Several currencies: None and a note."""
    from smsplanner.importing.mapping import normalise

    found: dict[str, str] = {}  # code -> where it was seen (for the note)
    frame = raw.frame
    for fieldname in _MONEY_FIELDS:
        column = mapping.column(fieldname)
        if column is None:
            continue
        for code in _codes_in(re.sub(r"^[^(\[]*", "", column)):  # "Revenue (EUR)"
            found.setdefault(code, f"column '{column}'")
        for value in frame[column].head(SAMPLE):
            if isinstance(value, str) and not value.replace(".", "").replace(",", "") \
                    .replace("-", "").strip().isdigit():
                for code in _codes_in(value):
                    found.setdefault(code, f"column '{column}'")
    for column in raw.headers:
        if normalise(column) in _CURRENCY_COLUMNS:
            for value in frame[column].head(SAMPLE):
                unit = currency_code(str(value)) if value is not None else None
                if unit:
                    found.setdefault(unit, f"column '{column}'")
    if not found:
        return None, []
    if len(found) == 1:
        return next(iter(found)), []
    codes = sorted(found)
    return None, [Said("several_currencies", f"The file's money is in several currencies "
                       f"({', '.join(codes)}); amounts were read as they are, without "
                       "converting.", currencies=codes)]
