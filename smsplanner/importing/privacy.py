"""Phone numbers never get past the reader: phone columns are dropped, free text is masked.

A column is a phone column when its header says so (To, From, Phone, Mobile, MSISDN, cld/cli,
to_number...) and its values are not plainly something else, or when most of a sample of its
values look like phone numbers. Pure functions, any thread.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np

from smsplanner.domain.phones import DATE_LIKE, HIDDEN, hide_phones

__all__ = ["HIDDEN", "hide_phones"]  # the free-text rule lives in domain.phones

if TYPE_CHECKING:
    import pandas


# Normalised header names (lower case, letters and digits only) that hold phone numbers.
PHONE_HEADERS = {
    "phone", "phonenumber", "phoneno", "telephone", "tel", "mobile", "mobilenumber", "cell",
    "cellphone", "msisdn", "to", "from", "tonumber", "fromnumber", "cld", "cli", "receiver",
    "recipient", "recipientnumber", "recipientphone", "sender", "sendernumber", "number",
    "destination", "destinationnumber", "source", "sourcenumber", "contact", "contactnumber",
    "subscriber", "subscriberphone", "customerphone", "phonenumbere164", "e164", "sms",
    "smsnumber", "originator", "dst", "src", "mobilephone", "to_", "from_",
    "toaddr", "fromaddr",  # Vumi's message fields
}
# Headers that can only mean a phone number.
STRONG_PHONE_HEADERS = {
    "phone", "phonenumber", "phoneno", "telephone", "tel", "mobile", "mobilenumber", "cell",
    "cellphone", "msisdn", "to", "tonumber", "fromnumber", "cld", "cli", "recipientnumber",
    "recipientphone", "sendernumber", "destinationnumber", "contactnumber", "customerphone",
    "e164", "phonenumbere164", "smsnumber", "mobilephone",
}
# Headers that hold ids or amounts even when their values are long digit strings.
# Dates and times too: epoch seconds (ClickSend's `date`) have ten digits, like a phone number.
_NOT_PHONE = re.compile(
    r"(?:id|uuid|sid|order|orders|amount|count|total|price|cost|revenue|code|value|sales"
    r"|spend|income|qty|quantity|clicks|conversions|delivered|replies|purchases"
    r"|date|time|timestamp|at|day|epoch|created|updated|sent)$")

# A phone number as people and providers write it: optional +/00 country prefix, 8-15 digits,
# with spaces, dots, dashes or brackets between groups.
_PHONE_CELL = r"^(?:\+|00)?\(?\d[\d ().\-]{6,20}\d$"
_DIGIT_RUN = re.compile(r"\d(?:[^0-9A-Za-z:]{0,2}\d){8,}")  # times (:) are not phones


def normalise_header(name: str) -> str:
    """Lower case, letters and digits only: 'To Number ' -> 'tonumber'."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


def hide_phones_in_cell(text: str) -> str:
    """hide_phones, stricter for one cell shown on its own (a problem's value).

    9+ digits with a little punctuation between them, wherever in the cell
    ("-+447700900123", "447700900123_"), may be a number someone mangled: hidden, unless
    the digits are a date. Hiding a long id too costs less than showing a phone number.
    """
    return _DIGIT_RUN.sub(_mask_run, hide_phones(text))


def _mask_run(m: re.Match[str]) -> str:
    outside_dates = DATE_LIKE.sub("", m.group(0))
    return HIDDEN if sum(ch.isdigit() for ch in outside_dates) >= 9 else m.group(0)


# An id made from a phone number (+447700900888-1): 10-15 digits (or + and digits) standing
# alone, not inside a provider's letters-and-digits id.
_PHONE_IN_ID = re.compile(r"(?:^|[^0-9A-Za-z])\+?\d{10,15}(?![0-9A-Za-z])")
_ID_SHAPES = bytes.maketrans(
    b"0123456789+abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    b"0" * 11 + b"a" * 52)
_OTHER = bytes(c if c in b"0a\n" else ord("-") for c in range(256))


def hide_phone_ids(ids: np.ndarray) -> np.ndarray:
    """Message ids with a phone number in them replaced by a stable hash ('id-' + 20 hex).

    The same id always gives the same hash, so repeated rows and re-imports still match.
    A million ordinary ids are ruled out in one pass over their bytes (~0.1 s).
    """
    texts = [v for v in ids if isinstance(v, str)]
    if not texts:
        return ids
    shapes = "\n".join(texts).encode("utf-8", "replace").translate(_ID_SHAPES).translate(_OTHER)
    run = b"0" * 10
    if not (shapes.startswith(run) or b"\n" + run in shapes or b"-" + run in shapes):
        return ids
    import hashlib

    out = np.array(ids, dtype=object, copy=True)
    for i, v in enumerate(out):
        if isinstance(v, str) and _PHONE_IN_ID.search(v):
            out[i] = "id-" + hashlib.sha256(v.encode("utf-8")).hexdigest()[:20]
    return out


def phone_like_amounts(cells: Any) -> np.ndarray:
    """Bool mask: number cells written like a phone number ('+1 555 201 7788', '0044 20...').

    A leading + or 00 and 8+ digits: no amount or count is written so.
    """
    import pandas as pd

    t = pd.Series(cells, dtype=object).map(lambda v: v.strip() if isinstance(v, str) else "")
    prefixed = t.str.match(r"^(?:\+|00)\(?\d").to_numpy(dtype=bool)
    if not prefixed.any():
        return prefixed
    digits = t.str.count(r"\d").to_numpy()
    return prefixed & (digits >= 8) & (digits <= 15)


def looks_like_phone(s: Any) -> np.ndarray:
    """Bool mask: cells that look like phone numbers ('+44 7700 900123', '(555) 123-4567').

    Bare digit strings count when they have 10-15 digits, or 8-9 with a leading + or 00.
    Workbook numbers count when they have 10-15 digits.
    """
    import pandas as pd

    if not isinstance(s, pd.Series):
        s = pd.Series(list(s), dtype=object)
    s = s.reset_index(drop=True)
    n = len(s)
    if pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype):
        v = s.to_numpy(dtype=float, na_value=np.nan)
        return (v >= 1e9) & (v < 1e15) & (np.mod(v, 1) == 0)
    if s.dtype == object:
        vals = s.to_numpy(dtype=object)
        txt = pd.Series(
            [
                (f"{v:.0f}" if isinstance(v, float) and v == v and v % 1 == 0 and abs(v) < 1e16
                 else str(v)) if isinstance(v, (int, float)) and not isinstance(v, bool)
                else (v if isinstance(v, str) else "")
                for v in vals
            ],
            dtype=str,
        )
    else:
        txt = s.fillna("").astype(str)
    t = txt.str.strip()
    shaped = t.str.match(_PHONE_CELL).to_numpy(dtype=bool)
    if not shaped.any():
        return np.zeros(n, dtype=bool)
    digits = t.str.replace(r"\D", "", regex=True).str.len().to_numpy()
    prefixed = t.str.match(r"^(?:\+|00)").to_numpy(dtype=bool)
    ok_len = ((digits >= 10) | (prefixed & (digits >= 8))) & (digits <= 15)
    return shaped & ok_len


def is_phone_column(header: str, sample: pandas.Series) -> bool:
    """Decide from the header and a sample of values whether a column holds phone numbers.

    A header that can only mean a phone ("Phone", "To", "MSISDN") drops the column whatever its
    values; a header that may mean something else ("Number", "Sender") needs some phone-like
    values; any other column is dropped when at least 80% of its non-empty values look like phones.
    """
    key = normalise_header(header)
    text = sample.astype(str).str.strip() if len(sample) else sample
    values = sample[(text != "") & (text != "None") & (text != "nan")] if len(sample) else sample
    share = float(looks_like_phone(values).mean()) if len(values) else 0.0
    if key in STRONG_PHONE_HEADERS or any(w in key for w in ("phone", "mobile", "msisdn")):
        return True
    if key in PHONE_HEADERS:
        return share >= 0.3
    if _NOT_PHONE.search(key):
        return False
    return share >= 0.8
