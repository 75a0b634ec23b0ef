"""The campaign record and its validation rules.

Counts are raw numbers of people or messages; None means "not known", never zero.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from smsplanner.domain.errors import FieldProblem, ValidationError

COUNT_FIELDS: tuple[str, ...] = (
    "sent",
    "delivered",
    "clicks",
    "replies",
    "opt_outs",
    "conversions",
)
MONEY_FIELDS: tuple[str, ...] = ("revenue", "cost")
TEXT_FIELDS: tuple[str, ...] = ("segment", "offer", "message", "notes")
# Sane limits: no shop sends a billion texts or earns a trillion from one campaign; larger
# values are typing slips, ids or phone numbers, and would overflow charts and JSON.
MAX_COUNT = 1_000_000_000
MAX_MONEY = 1e12
MAX_TEXT = {"name": 500, "channel": 50, "segment": 500, "offer": 500, "message": 5000,
            "notes": 5000}

FIELD_LABELS: dict[str, str] = {
    "name": "Name",
    "date": "Date",
    "time": "Send time",
    "channel": "Channel",
    "segment": "Segment",
    "offer": "Offer",
    "message": "Message text",
    "notes": "Notes",
    "sent": "Sent",
    "delivered": "Delivered",
    "clicks": "Clicks",
    "replies": "Replies",
    "opt_outs": "Opt-outs",
    "conversions": "Conversions",
    "revenue": "Revenue",
    "cost": "Cost",
    "status": "Status",
    "audience": "Planned audience",
}
STATUSES: tuple[str, ...] = ("planned", "sent")
RESULT_FIELDS: tuple[str, ...] = ("sent", "delivered", "conversions")

_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
CLOCK_TIME = _TIME_RE  # a send time as stored: 24-hour HH:MM


@dataclass
class Campaign:
    """One send of one message to one audience on one day."""

    name: str
    date: dt.date
    time: str | None = None
    channel: str = "sms"
    segment: str | None = None
    offer: str | None = None
    message: str | None = None
    notes: str | None = None
    sent: int | None = None
    delivered: int | None = None
    clicks: int | None = None
    replies: int | None = None
    opt_outs: int | None = None
    conversions: int | None = None
    revenue: float | None = None
    cost: float | None = None
    status: str = "sent"  # "planned": a future send with no results yet
    audience: int | None = None  # people the plan will text (planned sends)
    id: int | None = field(default=None, compare=False)

    @property
    def is_planned(self) -> bool:
        return self.status == "planned"

    @property
    def has_results(self) -> bool:
        """True once any result of the send is known (sent, delivered or conversions)."""
        return any(getattr(self, f) is not None for f in RESULT_FIELDS)

    @property
    def recipients(self) -> int | None:
        """People who received the message: delivered when known, else sent."""
        return self.delivered if self.delivered is not None else self.sent

    @property
    def recipients_basis(self) -> str | None:
        """Which count `recipients` came from: "delivered", "sent" or None."""
        if self.delivered is not None:
            return "delivered"
        if self.sent is not None:
            return "sent"
        return None

    def with_changes(self, **changes: object) -> Campaign:
        """A copy with some fields replaced (dataclasses.replace, typed)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, object]:
        """Plain dict with the date as ISO text, for storage and JSON."""
        out: dict[str, object] = {f.name: getattr(self, f.name) for f in fields(self)}
        out["date"] = self.date.isoformat()
        return out


def campaign_problems(c: Campaign) -> list[FieldProblem]:
    """Every rule the campaign breaks, each naming its field in plain words."""
    problems: list[FieldProblem] = []
    if not (c.name or "").strip():
        problems.append(FieldProblem("name", "Name is missing: give the campaign a name.",
                                     "name_missing"))
    if not isinstance(c.date, dt.date):
        problems.append(FieldProblem("date", "Date is missing: when was it sent?", "date_missing"))
    if c.time is not None and not _TIME_RE.match(c.time):
        problems.append(
            FieldProblem("time", f"Send time '{c.time}' is not a time like 09:30 (24-hour HH:MM).",
                         "bad_time", {"value": c.time})
        )
    if c.status not in STATUSES:
        problems.append(FieldProblem("status", f"Status '{c.status}' is not planned or sent.",
                                     "bad_status", {"value": c.status}))
    if c.audience is not None and (isinstance(c.audience, bool) or not isinstance(
            c.audience, int | float) or c.audience < 0):
        problems.append(FieldProblem("audience", "Planned audience must be a whole number of "
                                     "people, 0 or more.", "bad_audience"))
    if not (c.channel or "").strip():
        problems.append(FieldProblem("channel", "Channel is missing (usually 'sms').",
                                     "channel_missing"))
    for name, most in MAX_TEXT.items():
        text = getattr(c, name)
        if isinstance(text, str) and len(text) > most:
            label = FIELD_LABELS.get(name, name.capitalize())
            problems.append(FieldProblem(name, f"{label} is {len(text):,} characters long; "
                                               f"SMS Planner keeps at most {most:,}.",
                                         "too_long", {"length": len(text), "most": most}))
    for name in COUNT_FIELDS:
        value = getattr(c, name)
        label = FIELD_LABELS[name]
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                continue
            problems.append(FieldProblem(name, f"{label} must be a whole number, not {value!r}.",
                                         "not_whole", {"value": value}))
        elif value < 0:
            problems.append(FieldProblem(name, f"{label} cannot be negative ({value}).",
                                         "negative", {"value": value}))
        elif value > MAX_COUNT:
            problems.append(FieldProblem(name, f"{label} ({value:,}) is more than SMS Planner "
                                               f"takes ({MAX_COUNT:,}).",
                                         "too_big", {"value": value, "most": MAX_COUNT}))
    for name in MONEY_FIELDS:
        value = getattr(c, name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            problems.append(FieldProblem(name, f"{FIELD_LABELS[name]} must be an amount of money.",
                                         "not_money"))
        elif value < 0:
            problems.append(
                FieldProblem(name, f"{FIELD_LABELS[name]} cannot be negative ({value:g}).",
                             "negative", {"value": value})
            )
        elif not value <= MAX_MONEY:
            problems.append(FieldProblem(name, f"{FIELD_LABELS[name]} ({value:g}) is more than "
                                               f"SMS Planner takes ({MAX_MONEY:,.0f}).",
                                         "too_big", {"value": value, "most": MAX_MONEY}))
    if any(p.field in COUNT_FIELDS for p in problems):
        return problems
    if c.sent is not None and c.delivered is not None and c.delivered > c.sent:
        problems.append(
            FieldProblem(
                "delivered",
                f"Delivered ({c.delivered}) cannot be more than sent ({c.sent}).",
                "delivered_over_sent", {"delivered": c.delivered, "sent": c.sent},
            )
        )
    recipients = c.recipients
    if recipients is not None:
        basis = c.recipients_basis
        for name in ("clicks", "replies", "opt_outs", "conversions"):
            value = getattr(c, name)
            if value is not None and value > recipients:
                problems.append(
                    FieldProblem(
                        name,
                        f"{FIELD_LABELS[name]} ({value}) cannot be more than the people "
                        f"who received the message ({recipients} {basis}).",
                        "over_recipients",
                        {"value": value, "recipients": recipients, "basis": basis},
                    )
                )
    return problems


def validate_campaign(c: Campaign, context: str = "") -> Campaign:
    """Return the campaign with counts as ints, or raise ValidationError naming each field."""
    problems = campaign_problems(c)
    if problems:
        raise ValidationError(problems, context)
    changes: dict[str, Any] = {
        n: int(getattr(c, n)) for n in COUNT_FIELDS if getattr(c, n) is not None}
    changes.update(_clean_texts(c))
    if c.audience is not None:
        changes["audience"] = int(c.audience)
    # Results attach to the plan: a planned send with any result known has been sent.
    if c.is_planned and c.has_results:
        changes["status"] = "sent"
    return replace(c, **changes) if changes else c


def _clean_texts(c: Campaign) -> dict[str, str]:
    """Text as stored: no leading or trailing blanks (a carriage return pasted in front), and a
    phone number hidden as the importer hides it, so an export re-imports as the same name."""
    from smsplanner.domain.phones import hide_phones

    out = {}
    for name in ("name", *TEXT_FIELDS):
        text = getattr(c, name)
        if isinstance(text, str):
            clean = hide_phones(text.strip())
            if clean != text:
                out[name] = clean
    return out


def parse_date(text: str) -> dt.date:
    """Parse YYYY-MM-DD strictly, with a message that says what was expected."""
    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise ValidationError(
            [FieldProblem("date", f"Date '{text}' is not a date like 2026-03-31 (YYYY-MM-DD).")]
        ) from None
