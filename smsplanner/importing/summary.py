"""Summary files: one campaign per row (Klaviyo, dotdigital, Brevo, hand-kept sheets).

Pure: each row's channel, send time, derived counts and never-sent status, read from a
RawTable's mapped columns; summary_plan turns them into planned campaigns. Caller's thread.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np

from smsplanner.domain.imports import Said
from smsplanner.importing.columns import ColumnReader
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


def _may_start_with_quote(cells: list[object]) -> bool:
    """Whether any text cell starts with an apostrophe (False means surely none)."""
    try:  # joined, every cell but the first starts right after a NUL
        return "\0'" in "\0" + "\0".join(filter(None, cells))  # type: ignore[arg-type]
    except TypeError:  # a cell that is not text
        return any(isinstance(v, str) and v.startswith("'") for v in cells)


def _unescape(arr: np.ndarray | None) -> np.ndarray | None:
    """Drop the apostrophe a safe export (ours, OWASP's rule) puts before = + - @ tab or CR,
    so "'=1+1" comes back as the "=1+1" that was exported; "'Tis" keeps its apostrophe."""
    if arr is None:
        return None
    if not _may_start_with_quote(arr.tolist()):
        return arr  # (the usual column: one C pass instead of a regex a cell)
    import pandas as pd

    s = pd.Series(arr, dtype=object)
    escaped = s.str.match(r"'[=+\-@\t\r]", na=False).to_numpy(dtype=bool)
    if not escaped.any():
        return arr
    out = arr.copy()
    out[escaped] = s[escaped].str.slice(1).to_numpy(dtype=object)
    return out


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
