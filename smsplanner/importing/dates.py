"""Date and time cells to local naive datetimes, vectorised. Pure functions, any thread.

Formats: ISO dates/timestamps (naive = already local; `Z` or an offset = converted to the
user's local zone), dd.mm.yyyy, dd/mm/yyyy, mm/dd/yyyy (one order per column, decided from all
its values), RFC 2822 (Twilio), Excel serial numbers, Unix epoch seconds or milliseconds,
yyyymmdd, month names ("24 May 2019"), and workbook datetimes.
"""

from __future__ import annotations

import os
from datetime import tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    import pandas

_ISO = r"^\d{4}-\d{1,2}-\d{1,2}"
_YMD_SLASHED = r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?=$|[ T])"
_AWARE = r"[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)$"
_SLASHED = (
    r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?$"
)
_RFC = (
    r"^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+"
    r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-]\d{4})|(GMT|UTC|UT|Z))?$"
)
_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)}
# Plausible ranges (1980-2100) so that counts are not mistaken for dates.
_SERIAL = (29221.0, 73051.0)
_EPOCH_S = (315532800.0, 4102444800.0)
_EPOCH_MS = (_EPOCH_S[0] * 1000, _EPOCH_S[1] * 1000)
_EPOCHS: tuple[tuple[tuple[float, float], Literal["s", "ms"]], ...] = (
    (_EPOCH_S, "s"), (_EPOCH_MS, "ms"))


@lru_cache(maxsize=8)
def _zone_for(tz_env: str | None) -> tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if tz_env:
        try:
            return ZoneInfo(tz_env.lstrip(":"))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    try:
        with open("/etc/localtime", "rb") as fh:
            return ZoneInfo.from_file(fh, key="localtime")
    except OSError:
        pass
    from datetime import datetime

    # Windows without tzdata: today's fixed offset (DST changes are not followed).
    return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")


def local_zone() -> tzinfo:
    """The user's time zone (TZ when set, else the system's); used to turn UTC into local days."""
    return _zone_for(os.environ.get("TZ"))


def _as_series(s: Any) -> pandas.Series:
    import pandas as pd

    if isinstance(s, pd.Series):
        return s.reset_index(drop=True)
    return pd.Series(list(s) if not isinstance(s, np.ndarray) else s, dtype=object)


def _to_local_naive(v: pandas.Series) -> pandas.Series:
    """UTC-aware (or any-aware) datetimes to naive local wall time."""
    return v.dt.tz_convert(local_zone()).dt.tz_localize(None)


def _text_of(s: pandas.Series) -> tuple[pandas.Series, np.ndarray]:
    """(stripped text of the str cells, mask of those cells) for a text or workbook column."""
    import pandas as pd

    if pd.api.types.is_string_dtype(s.dtype) and s.dtype != object:
        t = s.fillna("").str.strip()
        return t, (t != "").to_numpy(dtype=bool)
    vals = s.to_numpy(dtype=object)
    is_text = np.fromiter((isinstance(v, str) and v.strip() != "" for v in vals), bool, len(vals))
    t = pd.Series(["" if not m else v.strip() for v, m in zip(vals, is_text, strict=True)],
                  dtype=str)
    return t, is_text


def decide_date_order(s: Any) -> tuple[str | None, bool]:
    """Day-first or month-first for a column, from ALL its slashed/dotted dates.

    Returns ("DMY"|"MDY", ambiguous). A value with a first number above 12 proves DMY, a second
    number above 12 proves MDY; dotted dates are day-first by convention. When no value tells,
    the order is DMY with ambiguous=True (the caller reports the assumption). (None, False) when
    the column has no slashed or dotted dates at all.
    """
    t, is_text = _text_of(_as_series(s))
    if not is_text.any():
        return None, False
    parts = t[is_text].str.extract(_SLASHED)
    found = parts[0].notna()
    if not found.any():
        return None, False
    first = parts[0][found].astype(int)
    second = parts[1][found].astype(int)
    dmy = int((first > 12).sum())
    mdy = int((second > 12).sum())
    if dmy or mdy:
        return ("DMY" if dmy >= mdy else "MDY"), False
    dotted = t[is_text][found.to_numpy()].str.contains(".", regex=False)
    if bool(dotted.all()):
        return "DMY", False
    return "DMY", True


def _from_parts(y: Any, mo: Any, d: Any, h: Any, mi: Any, sec: Any) -> pandas.Series:
    """Build naive datetimes from integer-like part columns; invalid dates become NaT."""
    import pandas as pd

    frame = pd.DataFrame({"year": y, "month": mo, "day": d, "hour": h, "minute": mi,
                          "second": sec}).astype(float)
    ok = frame.notna().all(axis=1)
    ok &= frame["month"].between(1, 12) & frame["day"].between(1, 31)
    ok &= frame["hour"].between(0, 23) & frame["minute"].between(0, 59)
    ok &= frame["second"].between(0, 60)
    ok &= frame["year"].between(1678, 2261)  # what nanosecond datetimes can hold
    out = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
    if ok.any():
        out[ok] = pd.to_datetime(frame[ok].astype("int64"), errors="coerce")
    return out


def _parse_slashed(t: pandas.Series, order: str) -> pandas.Series:
    p = t.str.extract(_SLASHED)
    a, b = p[0].astype(float), p[1].astype(float)
    day, month = (a, b) if order == "DMY" else (b, a)
    year = p[2].astype(float)
    year = year.where(p[2].str.len() != 2, year + 1900 + 100 * (year < 70))
    hour = p[3].astype(float).fillna(0)
    # (a slice, not str[0]: an empty cell must stay "" so 24-hour times are not 12-hour)
    ampm = p[6].fillna("").str.lower().str[:1]
    hour = hour.where(~((ampm == "p") & (hour < 12)), hour + 12)
    hour = hour.where(~((ampm == "a") & (hour == 12)), 0)
    bad_12h = (ampm != "") & (p[3].astype(float) > 12)
    hour = hour.where(~bad_12h, np.nan)
    return _from_parts(year, month, day, hour, p[4].astype(float).fillna(0),
                       p[5].astype(float).fillna(0))


def _parse_rfc(t: pandas.Series) -> pandas.Series:
    """RFC 2822 / '24 May 2019 17:44' to local naive; Twilio's SentDate is this, in UTC."""
    import pandas as pd

    p = t.str.extract(_RFC)
    month = p[1].str.lower().map(_MONTHS)
    base = _from_parts(p[2], month, p[0], p[3], p[4], p[5].fillna(0))
    off = p[6].fillna("")
    zoned = (off != "") | p[7].notna()
    if zoned.any():
        sign = np.where(off.str[0] == "-", -1, 1)
        hh = pd.to_numeric(off.str[1:3], errors="coerce").fillna(0)
        mm = pd.to_numeric(off.str[3:5], errors="coerce").fillna(0)
        minutes = sign * (hh * 60 + mm)
        utc = base - pd.to_timedelta(minutes, unit="min")
        local = _to_local_naive(utc[zoned].dt.tz_localize("UTC"))
        base = base.copy()
        base[zoned] = local.astype("datetime64[ns]")
    return base


def _parse_numbers_as_dates(v: npt.NDArray[np.float64]) -> pandas.Series:
    """Excel serials (local days) and epoch seconds/milliseconds (UTC) to local naive."""
    import pandas as pd

    out = pd.Series(pd.NaT, index=range(len(v)), dtype="datetime64[ns]")
    serial = (v >= _SERIAL[0]) & (v <= _SERIAL[1])
    if serial.any():
        days = pd.to_timedelta(np.round(v[serial] * 86400.0), unit="s")
        out[serial] = (pd.Timestamp("1899-12-30") + days).to_numpy()
    for (lo, hi), unit in _EPOCHS:
        m = (v >= lo) & (v <= hi)
        if m.any():
            utc = pd.Series(pd.to_datetime(v[m], unit=unit, utc=True))
            out[m] = _to_local_naive(utc).to_numpy()
    return out


_NS_LOW = np.datetime64("1677-09-22", "us")
_NS_HIGH = np.datetime64("2262-04-11", "us")


def _fit_ns(v: Any) -> np.ndarray:
    """datetime64[ns] values; dates nanoseconds cannot hold (before 1677, after 2262) -> NaT.

    pandas parses such text at a coarser resolution, and assigning it into a nanosecond
    column raised OutOfBoundsDatetime; they are typing slips, reported as unreadable.
    """
    arr = np.asarray(v).astype("datetime64[us]")
    ok = (arr >= _NS_LOW) & (arr <= _NS_HIGH)
    return np.where(ok, arr, np.datetime64("NaT", "us")).astype("datetime64[ns]")


def _parse_text(t: pandas.Series, order: str | None) -> pandas.Series:
    """Parse a Series of non-empty stripped strings; NaT where unreadable."""
    import pandas as pd

    t = t.reset_index(drop=True)
    out = pd.Series(pd.NaT, index=t.index, dtype="datetime64[ns]")
    todo = np.ones(len(t), dtype=bool)
    ymd = t.str.match(_YMD_SLASHED)
    if ymd.any():  # 2026/03/05 and 2026.03.05 (year first is never day-first): as ISO
        t = t.copy()
        t[ymd] = t[ymd].str.replace(
            _YMD_SLASHED, lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", regex=True)
    iso = t.str.match(_ISO).to_numpy()
    if iso.any():
        it = t[iso].str.replace(" UTC", "Z", regex=False)
        aware = it.str.contains(_AWARE, regex=True).to_numpy()
        if aware.any():
            v = pd.to_datetime(it[aware], format="ISO8601", utc=True, errors="coerce")
            out[np.flatnonzero(iso)[aware]] = _fit_ns(_to_local_naive(v))
        if (~aware).any():
            v = pd.to_datetime(it[~aware], format="ISO8601", errors="coerce")
            out[np.flatnonzero(iso)[~aware]] = _fit_ns(v)
        todo[iso] = False
    if todo.any():
        rest = t[todo]
        slashed = rest.str.match(_SLASHED).to_numpy()
        if slashed.any():
            use = order or decide_date_order(rest[slashed])[0] or "DMY"
            out[np.flatnonzero(todo)[slashed]] = _fit_ns(_parse_slashed(rest[slashed], use))
            todo[np.flatnonzero(todo)[slashed]] = False
    if todo.any():
        rest = t[todo]
        number = rest.str.fullmatch(r"\d+(?:\.\d+)?").to_numpy()
        if number.any():
            idx = np.flatnonzero(todo)[number]
            txt = rest[number]
            ymd = txt.str.fullmatch(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
            vals = pd.to_numeric(txt, errors="coerce").to_numpy(dtype=float)
            parsed = _parse_numbers_as_dates(vals)
            if ymd.any():
                parsed[ymd.to_numpy()] = pd.to_datetime(txt[ymd], format="%Y%m%d").to_numpy()
            out[idx] = parsed.to_numpy()
            todo[idx] = False
    if todo.any():
        rest = t[todo]
        rfc = rest.str.match(_RFC).to_numpy()
        if rfc.any():
            idx = np.flatnonzero(todo)[rfc]
            out[idx] = _fit_ns(_parse_rfc(rest[rfc]))
            todo[idx] = False
    if todo.any():
        idx = np.flatnonzero(todo)
        out[idx] = _parse_month_names(t[todo]).to_numpy()
    return out


def _parse_month_names(t: pandas.Series) -> pandas.Series:
    """Last resort for 'May 24, 2019 5:00 PM' and friends: per unique value, letters required."""
    import pandas as pd
    from dateutil import parser as du

    out = pd.Series(pd.NaT, index=t.index, dtype="datetime64[ns]")
    has_month = t.str.contains(
        r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", regex=True
    )
    uniq = t[has_month].unique()
    if len(uniq) == 0 or len(uniq) > 50_000:
        return out
    parsed: dict[str, Any] = {}
    for u in uniq:
        try:
            d = du.parse(u, dayfirst=False, fuzzy=False)
        except (ValueError, OverflowError):
            continue
        ts = pd.Timestamp(d)
        if ts.tzinfo is not None:
            ts = ts.tz_convert(local_zone()).tz_localize(None)
        parsed[u] = ts
    if parsed:
        m = t.map(parsed)
        out[m.notna()] = _fit_ns(pd.to_datetime(m[m.notna()]))
    return out


def parse_datetimes(s: Any, order: str | None = None) -> tuple[pandas.Series, np.ndarray]:
    """Parse a date column to naive local datetime64[ns] (NaT where empty) and a bad mask.

    `order` forces "DMY" or "MDY" for slashed dates; None decides from all the column's values.
    """
    import pandas as pd

    s = _as_series(s)
    n = len(s)
    if isinstance(s.dtype, pd.DatetimeTZDtype):
        v = _to_local_naive(s).astype("datetime64[ns]")
        return v, np.zeros(n, dtype=bool)
    if pd.api.types.is_datetime64_any_dtype(s.dtype):
        return s.astype("datetime64[ns]"), np.zeros(n, dtype=bool)
    fast = _iso_fast_path(s)
    if fast is not None:
        return fast, np.zeros(n, dtype=bool)
    out = pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns]")
    bad = np.zeros(n, dtype=bool)
    if pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype):
        v = s.to_numpy(dtype=float, na_value=np.nan)
        parsed = _parse_numbers_as_dates(v)
        return parsed, ~np.isnan(v) & parsed.isna().to_numpy()
    t, is_text = _text_of(s)
    if is_text.any():
        parsed = _parse_text(t[is_text], order)
        out[is_text] = parsed.to_numpy()
        bad[is_text] = parsed.isna().to_numpy()
    if s.dtype == object:
        _parse_objects(s, out, bad, is_text)
    return out, bad


def parse_iso_column(s: Any) -> pandas.Series | None:
    """Local naive datetimes of a text column of ISO timestamps only (all naive or all zoned).

    One pandas call (~0.1 s a million); None when the column needs the general parser. A
    column this reads holds no slashed dates, so its date order needs no deciding.
    """
    return _iso_fast_path(_as_series(s))


def parse_iso_cells(s: Any) -> pandas.Series | None:
    """parse_iso_column for a workbook column (object cells): when every cell is a text the
    general parser would read as ISO, the same one pandas call; None otherwise."""
    import pandas as pd

    s = _as_series(s)
    if s.dtype != object or len(s) == 0 or pd.api.types.infer_dtype(s, skipna=False) != "string":
        return None
    # "2026-01" is ISO to pandas, not to _parse_text: each distinct text is checked
    distinct = pd.Series(pd.unique(s.to_numpy(dtype=object)), dtype="str")
    if not bool(distinct.str.match(_ISO).all()):
        return None
    return _iso_fast_path(s.astype("str"))


def _iso_fast_path(s: pandas.Series) -> pandas.Series | None:
    """A text column of ISO timestamps all naive or all zoned: one pandas call, ~0.1 s/million.

    Returns None (use the general path) when any value is not ISO or zones are mixed.
    """
    import pandas as pd

    if not (pd.api.types.is_string_dtype(s.dtype) and s.dtype != object) or len(s) == 0:
        return None
    first = s.iloc[0]
    if not isinstance(first, str) or len(first) < 10 or not first[:4].isdigit() or \
            first[4] != "-":
        return None
    try:
        v = pd.to_datetime(s, format="ISO8601")
    except (ValueError, TypeError, OverflowError):
        return None
    if v.isna().any() and bool((s[v.isna()].str.strip() != "").any()):
        return None
    try:
        if isinstance(v.dtype, pd.DatetimeTZDtype):
            return _to_local_naive(v).astype("datetime64[ns]")
        return v.astype("datetime64[ns]")
    except (ValueError, OverflowError):
        # Dates outside 1677-2262 do not fit nanoseconds (OutOfBoundsDatetime is a
        # ValueError): the general path reports them as unreadable dates.
        return None


def _parse_objects(s: pandas.Series, out: pandas.Series, bad: np.ndarray,
                   is_text: np.ndarray) -> None:
    """Workbook cells: datetimes pass through (aware ones to local), numbers are serial/epoch."""
    import datetime as dt

    import pandas as pd

    vals = s.to_numpy(dtype=object)
    for i, v in enumerate(vals):
        if is_text[i] or v is None or (isinstance(v, float) and v != v):
            continue
        if isinstance(v, bool):
            bad[i] = True
        elif isinstance(v, (dt.datetime, dt.date, pd.Timestamp, np.datetime64)):
            ts = pd.Timestamp(v)
            if ts.tzinfo is not None:
                ts = ts.tz_convert(local_zone()).tz_localize(None)
            fitted = _fit_ns(np.array([ts.to_datetime64()]))[0]
            out.iloc[i] = fitted
            bad[i] = bool(np.isnat(fitted))
        elif isinstance(v, (int, float, np.integer, np.floating)):
            parsed = _parse_numbers_as_dates(np.array([float(v)]))
            out.iloc[i] = parsed.iloc[0]
            bad[i] = pd.isna(parsed.iloc[0])
        elif isinstance(v, dt.time):
            bad[i] = True
        else:
            bad[i] = True


# Report periods: "Apr 16 2025 - Oct 16 2025" (a range of two dates) or a month with no day
# ("08/2025", "2025-08", "Aug 2025"). A file of them holds totals per period, not sends.
_RANGE = r"^(.+?\d)\s*(?:\s[-–—]\s|–|—|\sto\s|\suntil\s)\s*(.+)$"
_MONTH_ONLY = (r"^(?:(?:0?[1-9]|1[0-2])[/.\-](?:19|20)\d{2}|(?:19|20)\d{2}[/\-](?:0?[1-9]|1[0-2])"
               r"|[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d{2})$")


def period_mask(s: Any) -> np.ndarray:
    """Cells that name a report period (a date range or a month), not a day. Any thread."""
    import pandas as pd

    s = _as_series(s)
    t, is_text = _text_of(s)
    out = np.zeros(len(s), dtype=bool)
    if not is_text.any():
        return out
    text = t[is_text].reset_index(drop=True)
    month = text.str.match(_MONTH_ONLY).to_numpy(dtype=bool)
    parts = text.str.extract(_RANGE)
    ranged = parts[0].notna().to_numpy().copy()
    if ranged.any():
        a = _parse_text(parts[0][ranged].str.strip(), None)
        b = _parse_text(parts[1][ranged].str.strip(), None)
        ok = (a.notna() & b.notna()).to_numpy()
        ranged[np.flatnonzero(ranged)] = ok
    hit = month | ranged
    out[np.flatnonzero(is_text)] = hit
    return np.asarray(out) & pd.notna(s).to_numpy()
