"""Decide a file's number convention (decimal point or comma, thousands separator) from a sample.

Every number-looking cell in the sample votes; cells that cannot tell ("1,234" could be either)
only count when nothing else does. Pure functions, any thread.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from smsplanner.domain.imports import Said

_STRIP = re.compile(r"^[\s$€£¥%()+\-A-Za-z]*|[\s$€£¥%()A-Za-z\-]*$")
_SPACES = "\u00a0\u202f\u2009 "
# Patterns over the bare number (currency, signs, % removed).
_POINT_GROUPS_COMMA_DEC = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d+$")  # 1.234,50
_COMMA_GROUPS_POINT_DEC = re.compile(r"^\d{1,3}(?:,\d{3})+\.\d+$")  # 1,234.50
_SPACE_GROUPS = re.compile(r"^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$")  # 1 234,5
_COMMA_DEC = re.compile(r"^\d+,(?:\d{1,2}|\d{4,})$")  # 3,5  0,12  0,00750
_POINT_DEC = re.compile(r"^\d+\.(?:\d{1,2}|\d{4,})$")  # 3.5  0.12  0.00750
_ZERO_COMMA3 = re.compile(r"^0,\d{3}$")  # 0,123 is a decimal comma
_ZERO_POINT3 = re.compile(r"^0\.\d{3}$")
_COMMA_THREE = re.compile(r"^\d{1,3}(?:,\d{3})+$")  # 1,234 or 1,234,567: ambiguous / thousands
_POINT_THREE = re.compile(r"^\d{1,3}(?:\.\d{3})+$")  # 1.234: ambiguous / thousands


@dataclass
class NumberFormat:
    """The decided convention, with the sentences that say why."""

    decimal: str = "."
    thousands: str | None = None
    notes: list[Said] = field(default_factory=list)


def _bare(cell: str) -> str:
    t = cell.strip()
    if not t or len(t) > 40 or not any(ch.isdigit() for ch in t):
        return ""
    t = _STRIP.sub("", t)
    return t.strip(_SPACES)


def _votes(cells: list[str]) -> Counter[str]:
    v: Counter[str] = Counter()
    for cell in cells:
        t = _bare(cell)
        if not t or not t[0].isdigit():
            continue
        if _POINT_GROUPS_COMMA_DEC.match(t):
            v["comma_dec"] += 3
            v["point_thousands"] += 3
        elif _COMMA_GROUPS_POINT_DEC.match(t):
            v["point_dec"] += 3
            v["comma_thousands"] += 3
        elif _ZERO_COMMA3.match(t) or _COMMA_DEC.match(t):
            v["comma_dec"] += 1
        elif _ZERO_POINT3.match(t) or _POINT_DEC.match(t):
            v["point_dec"] += 1
        elif _COMMA_THREE.match(t):
            v["comma_three"] += 1
        elif _POINT_THREE.match(t):
            v["point_three"] += 1
        elif _SPACE_GROUPS.match(t):
            v["space_thousands"] += 1
            if "," in t:
                v["comma_dec"] += 1
            elif "." in t:
                v["point_dec"] += 1
    return v


def decide_number_format(cells: list[str], delimiter: str | None = None) -> NumberFormat:
    """Decimal mark and thousands separator from all the sample's cells."""
    v = _votes(cells)
    fmt = NumberFormat()
    comma, point = v["comma_dec"], v["point_dec"]
    if comma > point:
        fmt.decimal = ","
    elif point > comma:
        fmt.decimal = "."
    elif v["point_three"] and not v["comma_three"]:
        # Only "1.234"-shaped values: a point that groups thousands (European style).
        fmt.decimal = ","
        fmt.notes.append(Said("thousands_guessed", "Numbers like 1.234 were read as thousands "
                              "(1234); no value showed a decimal mark, so check the figures.",
                              example="1.234"))
    elif delimiter == ";" and (v["comma_three"] or v["point_three"]):
        fmt.decimal = ","
    if fmt.decimal == ",":
        if v["point_thousands"] or v["point_three"]:
            fmt.thousands = "."
        elif v["space_thousands"]:
            fmt.thousands = " "
        example = "1.234,50" if fmt.thousands == "." else "3,5"
        fmt.notes.append(Said("decimal_comma", f"Numbers use a decimal comma ({example}).",
                              example=example))
    else:
        if v["comma_thousands"] or v["comma_three"]:
            fmt.thousands = ","
        elif v["space_thousands"]:
            fmt.thousands = " "
        if comma and point:
            fmt.notes.append(Said("mixed_decimal_marks", "Some numbers use a decimal comma and "
                                  "others a point; the point was used because most do."))
    if v["comma_three"] and fmt.decimal == "." and not v["comma_thousands"] and not point:
        fmt.notes.append(Said("thousands_guessed", "Numbers like 1,234 were read as thousands "
                              "(1234); no value showed a decimal mark, so check the figures.",
                              example="1,234"))
    return fmt


def detect_number_format(rows: list[list[str]], delimiter: str | None = None) -> NumberFormat:
    """decide_number_format over every cell of the sample rows."""
    cells = [c for r in rows for c in r if c]
    return decide_number_format(cells, delimiter)
