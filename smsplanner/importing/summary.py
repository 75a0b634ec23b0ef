"""Summary files: one campaign per row (Klaviyo, dotdigital, Brevo, hand-kept sheets).

Pure: turns a RawTable's mapped columns into PlannedCampaigns and problems; caller's thread.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np

from smsplanner.domain.campaign import COUNT_FIELDS, FIELD_LABELS, Campaign, campaign_problems
from smsplanner.domain.imports import PlannedCampaign
from smsplanner.importing.columns import ColumnReader, without_phones
from smsplanner.importing.mapping import rate_basis

# 9:30, 09:30:00, 9.30, 9h30, 2:15 PM, 2 pm
_TIME_RE = re.compile(
    r"^(\d{1,2})(?:[:.h](\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$")
SMS_NAMES = {"sms", "text", "texts", "text message", "text messages", "sms mms", "sms/mms", "mms"}


def channel_values(reader: ColumnReader) -> np.ndarray:
    """Each row's channel, lower case; 'sms' where the file has no channel or says text/SMS."""
    texts = reader.texts("channel")
    if texts is None:
        sms = np.empty(reader.n, dtype=object)  # (np.full with a str fill is ~20x slower)
        sms[:] = "sms"
        return sms
    import pandas as pd

    s = pd.Series(texts, dtype=object).fillna("sms").str.lower().str.strip()
    s = s.where(~s.isin(SMS_NAMES), "sms")
    return s.to_numpy(dtype=object)


def _time_text(value: object) -> str | None:
    """'09:30' from '9:30', '09:30:00' or a time/datetime cell; None when not a time."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    text = str(value).strip()
    found = _TIME_RE.match(text)
    if found is None:
        return None
    h, m = int(found[1]), int(found[2] or 0)
    half = (found[3] or "").lower()
    if half:  # 12-hour clock: 2:15 PM is 14:15, 12:05 AM is 00:05
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if half == "p" else 0)
    elif found[2] is None:
        return None  # a bare number is not a time
    if 0 <= h < 24 and 0 <= m < 60:
        return f"{h:02d}:{m:02d}"
    return None


def summary_campaigns(reader: ColumnReader, keep: np.ndarray, campaign_name: str | None,
                      channels: np.ndarray) -> list[PlannedCampaign]:
    """One PlannedCampaign per kept row; every problem is recorded on `reader`."""
    m = reader.mapping
    names = without_phones(_unescape(reader.texts("name")))
    stamps = reader.datetimes("date")
    times_raw = reader.series("time")
    counts = {f: reader.numbers(f, whole=True, label=FIELD_LABELS[f].lower())
              for f in COUNT_FIELDS}
    money = {f: reader.numbers(f, label=FIELD_LABELS[f].lower()) for f in ("revenue", "cost")}
    cost = money["cost"]
    if cost is not None and np.nanmax(np.append(cost, -np.inf)) <= 0:
        money["cost"] = np.abs(cost)  # providers write prices as negative amounts (Twilio)
    texts = {f: without_phones(_unescape(reader.texts(f)))
             for f in ("segment", "offer", "message", "notes")}
    rates = {f: reader.percents(col) for f, col in m.derived.items()}
    reader.check_cancelled()

    days: np.ndarray | None = None
    times: np.ndarray | None = None
    if stamps is not None:
        days = stamps.dt.date.to_numpy(dtype=object)
        hm = stamps.dt.strftime("%H:%M").to_numpy(dtype=object)
        times = np.where(hm == "00:00", np.array([None], dtype=object), hm)
    out: list[PlannedCampaign] = []
    seen: dict[tuple[str, str, str], int] = {}
    for i in np.flatnonzero(keep).tolist():
        row = reader.row(i)
        name = names[i] if names is not None else None
        name = name or campaign_name
        if not name:
            reader.add(i, m.column("name"), "", "The campaign name is missing." if names
                       is not None else "The file has no campaign name column: map one with "
                       "--map name=COLUMN or give --campaign NAME.")
            continue
        day = days[i] if days is not None else None
        if day is None or day != day:
            if stamps is not None and not reader.bad[i]:
                reader.add(i, m.column("date"), "", "The date is missing: when was it sent?")
            elif stamps is None:
                reader.add(i, None, "", "The file has no date column: map one with "
                           "--map date=COLUMN.")
            continue
        values: dict[str, object] = {}
        for f, arr in counts.items():
            values[f] = None if arr is None or np.isnan(arr[i]) else int(arr[i])
        derived: list[str] = []
        for f, rate in rates.items():
            values[f], ok = _derive(f, rate[i], values, m.derived[f])
            if ok:
                derived.append(f)
        for f, arr in money.items():
            values[f] = None if arr is None or np.isnan(arr[i]) else round(float(arr[i]), 4)
        time: str | None = times[i] if times is not None else None
        if times_raw is not None:
            time = _time_text(times_raw.iat[i]) or time
        c = Campaign(
            name=str(name), date=day, time=time, channel=str(channels[i]),
            segment=_at(texts["segment"], i), offer=_at(texts["offer"], i),
            message=_at(texts["message"], i), notes=_at(texts["notes"], i),
            **values,  # type: ignore[arg-type]
        )
        for p in campaign_problems(c):
            col = m.derived.get(p.field) if p.field in derived else m.column(p.field)
            reader.add(i, col, values.get(p.field, ""), p.message)
        if reader.bad[i]:
            continue
        key = (c.name, c.date.isoformat(), c.channel)
        if key in seen:
            reader.add(i, m.column("name"), c.name,
                       f"Campaign '{c.name}' on {c.date.isoformat()} is already on row "
                       f"{seen[key]} of this file.")
            continue
        seen[key] = row
        out.append(PlannedCampaign(c, [row], derived))
    return out


def _unescape(arr: np.ndarray | None) -> np.ndarray | None:
    """Drop the apostrophe a safe export (ours, OWASP's rule) puts before = + - @ tab or CR,
    so "'=1+1" comes back as the "=1+1" that was exported; "'Tis" keeps its apostrophe."""
    if arr is None:
        return None
    import pandas as pd

    s = pd.Series(arr, dtype=object)
    escaped = s.str.match(r"'[=+\-@\t\r]", na=False).to_numpy(dtype=bool)
    if not escaped.any():
        return arr
    out = arr.copy()
    out[escaped] = s[escaped].str.slice(1).to_numpy(dtype=object)
    return out


def _at(arr: np.ndarray | None, i: int) -> str | None:
    return None if arr is None else arr[i]


def _derive(count: str, rate: float, values: dict[str, object],
            column: str) -> tuple[int | None, bool]:
    """count = rate x its basis, rounded, when the rate and the basis are both known."""
    if rate != rate:
        return None, False
    basis_name = rate_basis(count, column)
    if basis_name == "recipients":
        basis = values.get("delivered") if values.get("delivered") is not None \
            else values.get("sent")
    else:
        basis = values.get(basis_name)
    if basis is None:
        return None, False
    return round(float(rate) * int(basis)), True  # type: ignore[call-overload]
