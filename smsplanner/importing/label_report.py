"""One-campaign reports written as label and value lines instead of a table.

Mailchimp's campaign report ("Title:","Spring sale" / "Total Recipients:","1,751" ...), its
A/B report (a "Combination N Stats" block per variant) and MailerLite's classic campaign report
are a column of labels beside a column of values, followed by tables of links and email
clients. They become one row per campaign (one per A/B combination) headed by the labels, so
the ordinary column mapping reads them. Pure; runs on the caller's thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# "Total Recipients:" -- a label is short text ending in a colon.
_LABEL = re.compile(r"^\s*([^:]{1,60}?)\s*:\s*$")
# Labels MailerLite writes without a colon beside the send date.
_BARE_DATE_LABELS = {"sent", "sent on", "send date", "date sent", "delivery date"}
_DATE_LIKE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}")
# "Combination 1 Stats" (Mailchimp A/B), "Variant B Stats"
_SECTION = re.compile(r"^\s*((?:combination|variant|version)\s+\w+)\s+stats\s*$", re.I)
# "141 (8.1%)": the count of people, with the rate the report adds beside it.
_COUNT_AND_RATE = re.compile(r"^\s*([\d][\d.,\s]*?)\s*\(\s*[\d.,]+\s*%\s*\)\s*$")
_NAME_LABELS = ("title", "campaign", "campaign name", "name", "subject", "subject line")
MIN_LABELS = 5
HEAD_ROWS = 12


@dataclass
class LabelReport:
    """The report as a table: headers, one row per campaign, each row's 1-based line."""

    headers: list[str]
    rows: list[list[str]]
    lines: list[int]
    sections: list[str] = field(default_factory=list)


def _cells(row: list[str]) -> list[str]:
    out = [c.strip() for c in row]
    while out and not out[-1]:
        out.pop()
    return out


def _label(cells: list[str]) -> str | None:
    """The label of a label line ("Total Recipients"), or None when the line is not one."""
    if len(cells) != 2 or not cells[0]:
        return None
    found = _LABEL.match(cells[0])
    if found:
        return found.group(1)
    if cells[0].lower() in _BARE_DATE_LABELS and _DATE_LIKE.search(cells[1]):
        # "Sent" beside a date is when, not how many
        return "Sent date" if cells[0].lower() == "sent" else cells[0]
    return None


def _looks_like_report(rows: list[list[str]]) -> bool:
    """Label lines near the top and no wide table header there."""
    head = [c for c in (_cells(r) for r in rows) if c][:HEAD_ROWS]
    if any(len(c) > 2 for c in head):
        return False
    labelled = sum(1 for c in head if _label(c))
    total = sum(1 for r in rows if _label(_cells(r)))
    return labelled >= 3 and total >= MIN_LABELS


def label_report(rows: list[list[str]]) -> LabelReport | None:
    """The campaigns of a label/value report, or None when `rows` is an ordinary table."""
    if not _looks_like_report(rows):
        return None
    shared: dict[str, str] = {}
    sections: list[tuple[str, int, dict[str, str]]] = []
    order: list[str] = []
    first_line = 0
    for i, row in enumerate(rows):
        cells = _cells(row)
        if len(cells) == 1 and (found := _SECTION.match(cells[0])):
            sections.append((found.group(1), i + 1, {}))
            continue
        label = _label(cells)
        if label is None:
            continue
        first_line = first_line or i + 1
        value = cells[1]
        count = _COUNT_AND_RATE.match(value)
        if count:
            value = count.group(1)
        target = sections[-1][2] if sections else shared
        if label not in target:  # the first of a repeated label counts
            target[label] = value
        if label not in order:
            order.append(label)
    if not sections:
        return LabelReport(order, [[shared.get(h, "") for h in order]], [first_line])
    name = next((h for h in order if h.lower() in _NAME_LABELS and h in shared), None)
    out_rows: list[list[str]] = []
    for title, _line, values in sections:
        record = {**shared, **values}
        if name is not None:  # "Spring sale | Combination 1": each variant is its own send
            record[name] = f"{shared[name]} | {title}"
        out_rows.append([record.get(h, "") for h in order])
    return LabelReport(order, out_rows, [line for _, line, _ in sections],
                       [title for title, _, _ in sections])
