"""Vectorised cell parsers: numbers, percentages, yes/no flags, dates. Pure functions, any thread.

Each takes a pandas Series as read (CSV text, or workbook values: str/float/int/bool/datetime/None)
and returns numpy arrays: the parsed values (NaN / NaT where empty) and a `bad` mask of cells that
were not empty but could not be read. Big columns never go through a per-cell Python loop on
the common path; the slow clean-up only sees the cells the fast path could not read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy as np

from smsplanner.importing.dates import decide_date_order, parse_datetimes

if TYPE_CHECKING:
    import pandas

__all__ = [
    "decide_date_order",
    "looks_like_phone",
    "parse_bools",
    "parse_datetimes",
    "parse_numbers",
    "parse_percent",
]

# Currency symbols and ISO codes people put next to money; removed before reading the number.
_CURRENCY = (
    r"(?:(?:US|AU|CA|NZ|HK|A|C|R|S)?[$€£¥₹₩₽₺₪₫฿₴₦₱]|\b(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|JPY|INR|ZAR"
    r"|BRL|MXN|SGD|HKD|AED|kr|zł|Kč|Ft)\b\.?)"
)
_SPACES = "\u00a0\u202f\u2009 '"  # no-break, narrow no-break, thin space, space, apostrophe (Swiss)
_EMPTY = {"", "-", "–", "—", "n/a", "N/A", "NA", "na", "null", "NULL", "None", "none", "nan", "NaN"}


def _as_series(s: Any) -> pandas.Series:
    """Accept a Series, list or array; give back a Series with a fresh 0..n-1 index."""
    import pandas as pd

    if isinstance(s, pd.Series):
        return s.reset_index(drop=True)
    return pd.Series(list(s) if not isinstance(s, np.ndarray) else s, dtype=object)


BIG = 10_000  # columns at least this long take the distinct-values path when it pays


def _is_text_column(s: pandas.Series) -> bool:
    """A pandas string column (how CSV cells arrive), not an object column of mixed values."""
    import pandas as pd

    return pd.api.types.is_string_dtype(s.dtype) and s.dtype != object


def _by_distinct(s: pandas.Series, parse: Any) -> tuple[np.ndarray, ...] | None:
    """Run `parse` once per distinct cell of a big text column and spread the results back.

    Flags, statuses, prices and counts repeat a handful of values over a million rows, so
    this turns a million Python-level string operations into a few. None when the column is
    small, not text, or mostly distinct (judged on its first rows, so it costs little).
    """
    import pandas as pd

    n = len(s)
    if n < BIG or not _is_text_column(s):
        return None
    values = s.to_numpy(dtype=object)
    if len(pd.unique(values[:BIG])) > BIG // 4:
        return None
    codes, uniques = pd.factorize(values)  # a missing cell gets -1: parsed as "" (last)
    if len(uniques) > n // 4:
        return None
    parsed = parse(pd.Series([*uniques, ""], dtype=s.dtype))
    return tuple(np.asarray(a)[codes] for a in parsed)


def _split_kinds(s: pandas.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Masks for (text cells, numeric cells, empty cells) of a text or workbook column."""
    import pandas as pd

    n = len(s)
    if pd.api.types.is_string_dtype(s.dtype) and s.dtype != object:
        filled = s.fillna("")
        empty = (filled.str.strip() == "").to_numpy(dtype=bool)
        return ~empty, np.zeros(n, dtype=bool), empty
    if pd.api.types.is_bool_dtype(s.dtype):
        return np.zeros(n, dtype=bool), np.ones(n, dtype=bool), np.zeros(n, dtype=bool)
    if pd.api.types.is_numeric_dtype(s.dtype):
        isna = s.isna().to_numpy()
        return np.zeros(n, dtype=bool), ~isna, isna
    kind = pd.api.types.infer_dtype(s, skipna=False)
    if kind == "integer":  # a workbook's whole numbers, no empty cell: one C pass says so
        return np.zeros(n, dtype=bool), np.ones(n, dtype=bool), np.zeros(n, dtype=bool)
    if kind in ("floating", "mixed-integer-float"):  # numbers, NaN where empty
        isna = s.isna().to_numpy()
        return np.zeros(n, dtype=bool), ~isna, isna
    values = s.to_numpy(dtype=object)
    is_text = np.fromiter((isinstance(v, str) for v in values), dtype=bool, count=n)
    is_num = np.fromiter(
        (isinstance(v, (int, float, np.integer, np.floating)) and v == v for v in values),
        dtype=bool,
        count=n,
    )
    # Datetimes and other objects: not numbers, not empty (decided before blank text below,
    # which is not missing to pandas but is empty to us).
    other = ~(is_text | is_num) & s.notna().to_numpy()
    empty = ~(is_text | is_num | other)
    # Text cells that are blank count as empty.
    if is_text.any():
        idx = np.flatnonzero(is_text)
        blank = np.fromiter((not values[i].strip() for i in idx), dtype=bool, count=len(idx))
        is_text[idx[blank]] = False
        empty[idx[blank]] = True
    return is_text | other, is_num, empty


def _clean_number_text(t: pandas.Series, decimal: str, thousands: str | None) -> pandas.Series:
    """Turn '$ 1.234,50', '(12.50)', 'EUR 3', '1 234' into text float() can read."""
    t = t.str.strip()
    t = t.str.replace(_CURRENCY, "", regex=True, flags=re.IGNORECASE)
    t = t.str.replace(f"[{_SPACES}]", "", regex=True)
    neg = t.str.match(r"^\(.*\)$") | t.str.endswith("-") & ~t.str.startswith("-")
    t = t.str.replace(r"^\((.*)\)$", r"\1", regex=True).str.rstrip("-")
    t = t.str.replace(r"^\+", "", regex=True)
    # A thousands separator only ever stands before three digits: "2,5" in a file that groups
    # with commas is not 25 but unreadable. A file that showed no separator may still group
    # ("1,234.50" when the decimal is a point), which cannot mean anything else.
    if thousands and thousands != " ":
        t = t.str.replace(rf"(?<=\d){re.escape(thousands)}(?=\d{{3}}(?!\d))", "", regex=True)
    elif not thousands:
        sep = "," if decimal == "." else "."
        grouped = t.str.fullmatch(rf"[+-]?\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+"
                                  rf"(?:{re.escape(decimal)}\d*)?")
        if grouped.any():
            t = t.where(~grouped, t.str.replace(sep, "", regex=False))
    if decimal == ",":
        t = t.str.replace(",", ".", regex=False)
    t = t.where(~neg, "-" + t)
    return t.str.replace("--", "", regex=False)


def _to_float(t: pandas.Series) -> np.ndarray:
    """float64 of text, NaN where it is not a plain finite number."""
    import pandas as pd

    ok = t.str.fullmatch(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", na=False)
    out = np.full(len(t), np.nan)
    if ok.any():
        out[ok.to_numpy()] = pd.to_numeric(t[ok], errors="coerce").to_numpy(dtype=float)
    return out


def _plain_floats(t: pandas.Series) -> np.ndarray:
    """float64 of stripped text in C notation, NaN elsewhere; one C pass for clean columns.

    pandas.to_numeric agrees with _to_float on every finite result; it also reads 'inf' and
    'nan', so only the cells it leaves non-finite go through the strict pattern.
    """
    import pandas as pd

    try:
        v = pd.to_numeric(t.to_numpy(dtype=object), errors="coerce")
    except (TypeError, ValueError):
        return _to_float(t)
    if v.dtype == object:
        return _to_float(t)
    out = np.asarray(v, dtype=float)
    odd = ~np.isfinite(out)
    if odd.any():
        out[odd] = _to_float(t[odd])
    return out


def parse_numbers(
    s: Any, decimal: str = ".", thousands: str | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Read counts and money: float64 values (NaN where empty) and a mask of unreadable cells.

    Handles currency symbols/codes, spaces, thousands separators, '(12.50)' and trailing-minus
    negatives and '-0.00750'. A trailing '%' is dropped (use parse_percent for rates).
    Workbook numbers pass through unchanged.
    """
    import pandas as pd

    s = _as_series(s)
    spread = _by_distinct(s, lambda u: parse_numbers(u, decimal, thousands))
    if spread is not None:
        return spread[0], spread[1]
    n = len(s)
    out = np.full(n, np.nan)
    text, num, _empty = _split_kinds(s)
    if num.any():
        out[num] = pd.to_numeric(s[num], errors="coerce").to_numpy(dtype=float)
    bad = np.zeros(n, dtype=bool)
    if not text.any():
        return out, bad
    t = s[text].astype(str).str.strip()
    if t.str.fullmatch(r"(?i)n/?a|null|none|nan|[-–—]").any():
        blankish = t.isin(_EMPTY).to_numpy()
    else:
        blankish = np.zeros(len(t), dtype=bool)
    vals = np.full(len(t), np.nan)
    # Fast path: plain numbers in C notation (not safe when "." groups thousands).
    if decimal == "." and thousands != ".":
        vals = _plain_floats(t)
    todo = np.isnan(vals) & ~blankish
    if todo.any():
        cleaned = _clean_number_text(t[todo].str.rstrip("%").str.strip(), decimal, thousands)
        vals[todo] = _to_float(cleaned)
    out[text] = vals
    bad[text] = np.isnan(vals) & ~blankish
    return out, bad


def parse_percent(
    s: Any, decimal: str = ".", thousands: str | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Read rates as fractions: '12.3%' -> 0.123, '4,5 %' -> 0.045.

    Bare numbers (no '%') are decided per column: when any bare value is above 1 the column is
    in percent and every bare value is divided by 100 (12.3 -> 0.123); otherwise bare values are
    already fractions (0.123 stays 0.123).
    """
    s = _as_series(s)
    values, bad = parse_numbers(s, decimal, thousands)
    text, _num, _empty = _split_kinds(s)
    has_pct = np.zeros(len(s), dtype=bool)
    if text.any():
        has_pct[text] = s[text].astype(str).str.contains("%", regex=False).to_numpy()
    bare = ~has_pct & ~np.isnan(values)
    out = values.copy()
    out[has_pct] = values[has_pct] / 100.0
    if bare.any() and np.nanmax(np.abs(values[bare])) > 1.0:
        out[bare] = values[bare] / 100.0
    return out, bad


_TRUE = {"yes", "y", "true", "t", "1", "1.0", "x", "✓", "✔", "on", "ja", "oui", "si", "sí"}
_FALSE = {"no", "n", "false", "f", "0", "0.0", "off", "nein", "non"}
_MARKS = {"x", "✓", "✔"}


def parse_bools(s: Any) -> tuple[np.ndarray, np.ndarray]:
    """Read flags (yes/no, true/false, y/n, 1/0, x/blank) as 1.0 / 0.0 / NaN, plus a bad mask.

    Blank means False only when the column marks True with 'x' (or a tick); otherwise unknown.
    """
    import pandas as pd

    s = _as_series(s)
    spread = _by_distinct(s, parse_bools)
    if spread is not None:
        return spread[0], spread[1]
    n = len(s)
    out = np.full(n, np.nan)
    bad = np.zeros(n, dtype=bool)
    text, num, empty = _split_kinds(s)
    if num.any():
        v = pd.to_numeric(s[num].astype(float), errors="coerce").to_numpy(dtype=float)
        ok = (v == 0.0) | (v == 1.0)
        sub = np.where(ok, v, np.nan)
        out[num] = sub
        bad[num] = ~ok
    marks = False
    if text.any():
        t = s[text].astype(str).str.strip().str.lower()
        is_true = t.isin(_TRUE).to_numpy()
        is_false = t.isin(_FALSE).to_numpy()
        sub = np.where(is_true, 1.0, np.where(is_false, 0.0, np.nan))
        out[text] = sub
        bad[text] = ~(is_true | is_false)
        marks = bool(t.isin(_MARKS).any())
    if marks:
        out[empty] = 0.0
    return out, bad


def looks_like_phone(s: Any) -> np.ndarray:
    """Which cells look like phone numbers (see privacy.looks_like_phone)."""
    from smsplanner.importing.privacy import looks_like_phone as _llp

    return _llp(s)
