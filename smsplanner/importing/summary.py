"""Summary files: one campaign per row (Klaviyo, dotdigital, Brevo, hand-kept sheets).

Pure: turns a RawTable's mapped columns into PlannedCampaigns and problems; caller's thread.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import numpy as np

from smsplanner.domain.campaign import (
    CLOCK_TIME,
    COUNT_FIELDS,
    FIELD_LABELS,
    Campaign,
    campaign_problems,
)
from smsplanner.domain.imports import PlannedCampaign, Said
from smsplanner.importing.columns import ColumnReader, without_phones
from smsplanner.importing.mapping import rate_basis

# 9:30, 09:30:00, 9.30, 9h30, 2:15 PM, 2 pm
_TIME_RE = re.compile(
    r"^(\d{1,2})(?:[:.h](\d{2}))?(?::\d{2}(?:\.\d+)?)?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$")
SMS_NAMES = {"sms", "text", "texts", "text message", "text messages", "sms mms", "sms/mms",
             "sms & mms", "sms and mms"}
# Channel words people and providers write, and the channel each one means.
CHANNEL_NAMES: dict[str, str] = {
    **{n: "sms" for n in SMS_NAMES}, "mms": "mms", "multimedia": "mms",
    "email": "email", "e-mail": "email", "e mail": "email", "mail": "email",
    "push": "push", "mobile push": "push", "web push": "push", "app push": "push",
    "in-app": "in-app", "in app": "in-app", "whatsapp": "whatsapp", "rcs": "rcs",
    "voice": "voice", "call": "voice", "ussd": "ussd", "xmpp": "xmpp", "telegram": "telegram",
    "messenger": "messenger", "postal": "post", "post": "post", "print": "post",
    "direct mail": "post",
}
# Channels whose rows are text messages: the default import keeps these.
TEXT_CHANNELS = ("sms", "mms")
# Columns only email reports have (no SMS provider tracks opens or forwards, and a text
# message has no subject line: Mailchimp's campaign list is Title, Subject, Audience, Send Date,
# Total Recipients and nothing else that says email).
_EMAIL_SIGNS = re.compile(r"\b(?:opens?|opened|open rate|forwards?|forwarded|emails? sent|"
                          r"preview text|apple privacy)\b|^(?:email )?subject(?: line)?$")


def email_shaped(headers: list[str]) -> list[str]:
    """The columns that show a file without a channel column is an email report."""
    from smsplanner.importing.mapping import normalise

    return [h for h in headers if _EMAIL_SIGNS.search(normalise(h))]


# Twilio writes WhatsApp and Messenger addresses as "whatsapp:+1555..." in From/To.
_ADDRESS_PREFIX = re.compile(r"^\s*(whatsapp|messenger|rcs):", re.I)
_ADDRESS_WORDS = {"whatsapp": "WhatsApp", "messenger": "Messenger", "rcs": "RCS"}


# A provider's call log (Twilio's Voice "Calls" export) looks like a message log: From, To,
# Status, Price, a date. Its statuses and columns say calls: busy, no-answer, a duration.
_CALL_STATUSES_ONLY = {"completed", "busy", "no-answer", "no answer", "ringing", "in-progress",
                       "in progress", "answered", "voicemail"}
_CALL_STATUSES = _CALL_STATUSES_ONLY | {"failed", "canceled", "cancelled", "queued",
                                        "initiated"}
_CALL_HEADERS = {"duration", "call duration", "call sid", "parent call sid", "answered by",
                 "call status", "caller id", "caller name", "duration seconds"}


def _call_log(reader: ColumnReader) -> str | None:
    """Where a per-message log shows it is a log of phone calls ("column 'Status' (busy,
    completed, no-answer)"), None when it does not."""
    from smsplanner.importing.mapping import normalise

    if reader.mapping.shape != "messages":
        return None
    for h in reader.raw.headers:
        if normalise(h) in _CALL_HEADERS:
            return f"column '{h}'"
    status = reader.texts("status")
    if status is None:
        return None
    import pandas as pd

    values = {str(v).strip().lower() for v in pd.unique(status) if v is not None}
    if values and values <= _CALL_STATUSES and values & _CALL_STATUSES_ONLY:
        shown = ", ".join(sorted(values & _CALL_STATUSES_ONLY)[:3])
        return f"column '{reader.column('status')}': {shown}"
    return None


def pd_notna(values: np.ndarray) -> np.ndarray:
    return np.array([v is not None for v in values], dtype=bool)


def _address_channels(reader: ColumnReader) -> np.ndarray | None:
    """Each row's channel as its phone columns' address prefix says (a Twilio log of WhatsApp
    messages has no channel column: 'whatsapp:+1312...'), None where no prefix; None when no
    address has one. The phone columns are read for this only, never kept."""
    frame = reader.raw.frame
    found: np.ndarray | None = None
    for column in reader.mapping.dropped:
        if column not in frame.columns:
            continue
        cells = frame[column].tolist()
        hits = [_ADDRESS_PREFIX.match(c) if isinstance(c, str) else None for c in cells]
        if not any(hits):
            continue
        names = np.array([h.group(1).lower() if h else None for h in hits], dtype=object)
        found = names if found is None else np.where(pd_notna(found), found, names)
    if found is not None:
        n = int(pd_notna(found).sum())
        kinds = sorted({str(v) for v in found if v is not None})
        reader.notes.append(Said(
            "address_channel", f"{n} {'row is' if n == 1 else 'rows are'} "
            f"{' and '.join(_ADDRESS_WORDS[k] for k in kinds)} messages: the phone "
            f"numbers are written '{kinds[0]}:+...'.", rows=n, channels=kinds))
    return found


def channel_values(reader: ColumnReader) -> np.ndarray:
    """Each row's channel: sms, mms, email, push...

    From the mapped channel column where its cell names a channel; elsewhere the file's own
    channel: email for an email report without a channel column (opens, forwards), else sms.
    A channel column whose values are not channels (Mailchimp's "Type" = regular) is said in
    a note, never dropped silently.
    """
    signs = email_shaped(list(reader.raw.headers))
    default = "email" if signs else "sms"
    if signs and reader.column("channel") is None:
        reader.notes.append(Said(
            "email_report", f"This file has no channel column; its columns "
            f"({', '.join(signs[:3])}) are an email report's, so its rows are email "
            "campaigns.", columns=signs))
    texts = reader.texts("channel")
    out = np.empty(reader.n, dtype=object)  # (np.full with a str fill is ~20x slower)
    out[:] = default
    if texts is None:
        calls = _call_log(reader)
        if calls is not None:
            out[:] = "voice"
            reader.channel_source = calls
            return out
        addressed = _address_channels(reader)
        if addressed is not None:
            out = np.where(pd_notna(addressed), addressed, out)
        return out
    import pandas as pd

    low = pd.Series(texts, dtype=object).str.lower().str.strip()
    named = low.map(CHANNEL_NAMES)
    known = named.notna().to_numpy()
    out[known] = named[known].to_numpy(dtype=object)
    odd = sorted({str(v) for v in pd.Series(texts, dtype=object)[~known & low.notna()
                                                                  .to_numpy()]})
    if odd:
        column = reader.column("channel")
        reader.notes.append(Said(
            "not_channels", f"Column '{column}' holds {', '.join(repr(v) for v in odd[:3])}, "
            f"which {'is not a channel' if len(odd) == 1 else 'are not channels'}; those rows "
            f"were read as {default}.", column=column, values=odd, channel=default))
    return out


def _time_text(value: object, hours: bool = False) -> str | None:
    """'09:30' from '9:30', '09:30:00' or a time/datetime cell; None when not a time.

    hours=True: the column gives the hour alone (Klaviyo's "Send Hour" = 14), so a bare
    whole number 0-23 is that hour.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if hours and isinstance(value, int | float) and value == value and float(value).is_integer():
        value = int(value)
    text = str(value).strip()
    if hours and re.fullmatch(r"\d{1,2}(?:\.0+)?", text) and int(float(text)) < 24:
        return f"{int(float(text)):02d}:00"
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


def _subject_names(reader: ColumnReader, subjects: np.ndarray | None) -> np.ndarray | None:
    """An email report without a name column (Sender.net's and Brevo's API lists) names each
    campaign by its subject line: said in a note. None when there is no subject to use."""
    import pandas as pd

    from smsplanner.importing.mapping import normalise

    column = reader.mapping.column("message")
    if subjects is None or column is None or normalise(column) not in (
            "subject", "subject line", "email subject"):
        return None
    if not pd.Series(subjects, dtype=object).fillna("").astype(str).str.strip().ne("").any():
        return None  # every subject empty: the user maps a name column
    reader.notes.append(Said(
        "subject_as_name", f"The file has no campaign name column: each campaign is named by "
        f"its subject (column '{column}').", column=column))
    return subjects


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
    if names is None and not campaign_name:
        names = _subject_names(reader, texts["message"])
    rates = {f: reader.percents(col) for f, col in m.derived.items()}
    # Each cell as the Python value it becomes, column by column (a numpy scalar test per
    # cell and row was a third of a 200,000-row file's planning).
    count_cells = {f: None if a is None else [None if v != v else int(v) for v in a.tolist()]
                   for f, a in counts.items()}
    money_cells = {f: None if a is None else
                   [None if v != v else round(v, 4) for v in a.astype(float).tolist()]
                   for f, a in money.items()}
    reader.check_cancelled()

    from smsplanner.importing.mapping import normalise

    hours_only = "hour" in normalise(m.column("time") or "")
    unread_times: list[int] = []
    not_sent = _not_sent_rows(reader)
    days: np.ndarray | None = None
    times: np.ndarray | None = None
    if stamps is not None:
        days = stamps.dt.date.to_numpy(dtype=object)
        hm = stamps.dt.strftime("%H:%M").to_numpy(dtype=object)
        times = np.where(hm == "00:00", np.array([None], dtype=object), hm)
    from smsplanner.importing.row_checks import clean_rows

    clean = clean_rows(reader.n, counts, money, texts, names, channels)
    for rate in rates.values():  # a count derived from a rate is checked row by row
        clean &= np.isnan(np.asarray(rate, dtype=float))
    out: list[PlannedCampaign] = []
    at: list[int] = []  # each planned campaign's row index, for problems said after the loop
    # Plain lists: indexing numpy arrays cell by cell costs more than the rest of the loop.
    row_numbers = reader.raw.row_numbers.tolist()
    not_sent_l = not_sent.tolist()
    clean_l = clean.tolist()
    names_l = names.tolist() if names is not None else None
    days_l = days.tolist() if days is not None else None
    times_l = times.tolist() if times is not None else None
    channels_l = [str(c) for c in channels.tolist()]
    texts_l = {f: (None if a is None else a.tolist()) for f, a in texts.items()}
    bad = reader.bad
    for i in np.flatnonzero(keep).tolist():
        row = row_numbers[i]
        if not_sent_l[i]:
            continue
        name = names_l[i] if names_l is not None else None
        name = name or campaign_name
        if not name:
            reader.add(i, m.column("name"), "", Said(
                "name_missing_here", "The campaign name is missing.") if names
                       is not None else Said("no_name_column",
                                             "The file has no campaign name column."))
            continue
        day = days_l[i] if days_l is not None else None
        if day is None or day != day:
            if stamps is not None and not bad[i]:
                reader.add(i, m.column("date"), "", Said(
                    "date_missing_here", "The date is missing: when was it sent?"))
            elif stamps is None:
                reader.add(i, None, "", Said("no_date_column", "The file has no date column."))
            continue
        values: dict[str, object] = {}
        for f, cells in count_cells.items():
            values[f] = None if cells is None else cells[i]
        derived: list[str] = []
        for f, rate in rates.items():
            values[f], ok = _derive(f, rate[i], values, m.derived[f])
            if ok:
                derived.append(f)
        for f, cells in money_cells.items():
            values[f] = None if cells is None else cells[i]
        time: str | None = times_l[i] if times_l is not None else None
        if times_raw is not None:
            cell = times_raw.iat[i]
            read = _time_text(cell, hours_only)
            if read is None and cell is not None and str(cell).strip() not in ("", "nan"):
                unread_times.append(row)
            time = read or time
        c = Campaign(
            name=str(name), date=day, time=time, channel=channels_l[i],
            segment=_at(texts_l["segment"], i), offer=_at(texts_l["offer"], i),
            message=_at(texts_l["message"], i), notes=_at(texts_l["notes"], i),
            **values,  # type: ignore[arg-type]
        )
        # Rows the array checks cleared break no rule of campaign_problems but the time's.
        if not clean_l[i] or (time is not None and not CLOCK_TIME.match(time)):
            for p in campaign_problems(c):
                col = m.derived.get(p.field) if p.field in derived else m.column(p.field)
                reader.add(i, col, values.get(p.field, ""), Said(
                    "campaign_problem", p.message, field=p.field, problem=p.code, **p.details))
            if bad[i]:
                continue
        elif bad[i]:
            continue
        out.append(PlannedCampaign(c, [row], derived))
        at.append(i)
    out = _one_per_name_and_day(reader, out, at)
    if unread_times:
        column = m.column("time")
        shown_rows = ", ".join(str(r) for r in unread_times[:5])
        reader.notes.append(Said(
            "times_not_read", f"Column '{column}': {len(unread_times)} "
            f"{'value is' if len(unread_times) == 1 else 'values are'} not a time of day (row "
            f"{shown_rows}{', ...' if len(unread_times) > 5 else ''}); those campaigns have no "
            "send time.", column=column, rows=unread_times))
    return out


def _one_per_name_and_day(reader: ColumnReader, planned: list[PlannedCampaign],
                          at: list[int]) -> list[PlannedCampaign]:
    """Campaigns that share a name, a day and a channel: kept apart by their send times.

    Email tools list every send, and a small sender reuses a title on one day for a test send,
    a re-send or an A/B combination (Mailchimp's report: "Digest" at 14:05 and at 14:23, each
    with its own figures and id). Those are separate sends, so each is named with its time
    ("Digest (14:05)") and a note says so. Rows that cannot be told apart (no time, or the same
    time) are a problem on the later row, as before: nothing is merged or dropped silently.
    """
    from collections import defaultdict

    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for k, pc in enumerate(planned):
        c = pc.campaign
        groups[(c.name, c.date.isoformat(), c.channel)].append(k)
    taken = set(groups)
    renamed: list[str] = []
    keep = [True] * len(planned)
    for key, ks in groups.items():
        if len(ks) == 1:
            continue
        times = [planned[k].campaign.time for k in ks]
        names = [f"{key[0]} ({t})" for t in times]
        if None not in times and len(set(times)) == len(times) and not taken & {
                (n, key[1], key[2]) for n in names}:
            for k, name in zip(ks, names, strict=True):
                planned[k].campaign.name = name
            renamed.extend([key[0]] * len(ks))
            continue
        first = planned[ks[0]].rows[0]
        for k in ks[1:]:
            reader.add(at[k], reader.mapping.column("name"), key[0], Said(
                "repeated_campaign", f"Campaign '{key[0]}' on {key[1]} is already on row "
                f"{first} of this file.", name=key[0], date=key[1], row=first))
            keep[k] = False
    if renamed:
        n = len(renamed)
        reader.notes.append(Said(
            "same_name_same_day", f"{n} campaigns share their name and day with another send "
            f"(a test or a re-send, e.g. '{renamed[0]}'): each is named with its send time.",
            rows=n, names=sorted(set(renamed))))
    return [pc for pc, k in zip(planned, keep, strict=True) if k]


# Campaign statuses of lists that also hold campaigns never sent (Mailchimp's API list,
# Brevo's): those rows are not sends.
NOT_SENT = {"draft", "save", "saved", "paused", "scheduled", "canceled", "cancelled",
            "suspended", "in_process", "queued"}


def _not_sent_rows(reader: ColumnReader) -> np.ndarray:
    """Rows whose campaign status says they were never sent (left out with a note)."""
    from smsplanner.importing.mapping import normalise

    out = np.zeros(reader.n, dtype=bool)
    column = next((h for h in reader.raw.headers
                   if normalise(h) in ("status", "campaign status")), None)
    if column is None or column in reader.mapping.fields.values():
        return out
    low = np.array([str(v).strip().lower() for v in reader.raw.frame[column]], dtype=object)
    out = np.isin(low, list(NOT_SENT))
    if out.any():
        found = sorted(set(low[out]))
        n = int(out.sum())
        reader.notes.append(Said(
            "not_sent_rows", f"{n} {'campaign was' if n == 1 else 'campaigns were'} never sent "
            f"({column} = {', '.join(found)}): left out.", column=column, rows=n,
            statuses=found))
        reader.not_sent = n
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


def _at(arr: list[Any] | None, i: int) -> str | None:
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
