"""A campaign's problems (domain.campaign.campaign_problems) worded for the campaign form
and the import dialog in the user's language, from each problem's code and details."""

from __future__ import annotations

from typing import Any

from smsplanner.domain.campaign import MONEY_FIELDS, Campaign
from smsplanner.domain.errors import FieldProblem
from smsplanner.ui.common.field_words import field_label
from smsplanner.ui.common.formatting import display_locale, fmt_count, fmt_date
from smsplanner.ui.common.tr_context import TrContext


class CampaignProblemWords(TrContext):
    """Translation context for the campaign form's problems."""


def _amount(name: str, value: Any) -> str:
    if name in MONEY_FIELDS:
        return display_locale().toString(float(value), "f", 2)
    return fmt_count(value) if isinstance(value, int | float) else repr(value)


def _sentence(code: str, basis: str = "") -> str:
    """The translated sentence (with {placeholders}) for a problem code; "" when unknown."""
    if code == "over_recipients":
        if basis == "delivered":
            return CampaignProblemWords.tr(
                "{field} ({value}) cannot be more than the people who received the message "
                "({recipients} delivered).")
        return CampaignProblemWords.tr(
            "{field} ({value}) cannot be more than the people who received the message "
            "({recipients} sent).")
    words = {
        "name_missing": CampaignProblemWords.tr("Name is missing: give the campaign a name."),
        "date_missing": CampaignProblemWords.tr("Date is missing: when was it sent?"),
        "bad_time": CampaignProblemWords.tr(
            "Send time '{value}' is not a time like 09:30 (24-hour HH:MM)."),
        "bad_status": CampaignProblemWords.tr("Status '{value}' is not planned or sent."),
        "bad_audience": CampaignProblemWords.tr(
            "Planned audience must be a whole number of people, 0 or more."),
        "channel_missing": CampaignProblemWords.tr("Channel is missing (usually 'sms')."),
        "too_long": CampaignProblemWords.tr(
            "{field} is {length} characters long; SMS Planner keeps at most {most}."),
        "not_whole": CampaignProblemWords.tr("{field} must be a whole number, not {value}."),
        "negative": CampaignProblemWords.tr("{field} cannot be negative ({value})."),
        "too_big": CampaignProblemWords.tr(
            "{field} ({value}) is more than SMS Planner takes ({most})."),
        "not_money": CampaignProblemWords.tr("{field} must be an amount of money."),
        "delivered_over_sent": CampaignProblemWords.tr(
            "Delivered ({delivered}) cannot be more than sent ({sent})."),
    }
    return words.get(code, "")


def problem_text(p: FieldProblem) -> str:
    """The form's sentence for one problem (its English message when the code is unknown)."""
    d = p.details
    sentence = _sentence(p.code, str(d.get("basis", "")))
    if not sentence:
        return p.message
    values: dict[str, str] = {"field": field_label(p.field)}
    for key, value in d.items():
        if key in ("length", "recipients", "delivered", "sent"):
            values[key] = fmt_count(value)
        elif key in ("value", "most"):
            values[key] = (value if isinstance(value, str) else repr(value)
                           if p.code == "not_whole" else _amount(p.field, value))
    try:
        return sentence.format(**values)
    except (KeyError, IndexError, ValueError):
        return p.message


def duplicate_text(c: Campaign) -> str:
    """Why the form cannot save: another campaign has this name, date and channel."""
    return CampaignProblemWords.tr(
        "A campaign named '{name}' on {date} ({channel}) already exists: change the name or "
        "date, or edit the existing one.").format(name=c.name, date=fmt_date(c.date),
                                                  channel=c.channel)
