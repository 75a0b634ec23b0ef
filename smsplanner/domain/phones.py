"""Phone numbers inside free text: found and hidden. Plain Python, any thread.

The one rule for text a person reads (campaign names, messages, notes, statuses): the
importer applies it to every text cell, and a campaign typed by hand gets it too, so the
same name always comes back the same after an export and a re-import.
"""

from __future__ import annotations

import re

HIDDEN = "(phone number hidden)"

# Not next to letters or digits (part of an id like SM0447700900123a), but "_" separates:
# "+447700900123_" in a mangled cell is still a phone number.
_PHONE_IN_TEXT = re.compile(
    r"(?<![^\W_])(?<![+.:/-])\+?\(?\d(?:[ ()\-]{0,2}\d){7,16}(?![^\W_]|[:/-]|\.\d)")
# Dates are not phone numbers: 2025-04-02, 02-04-2025, 02/04/2025, 2/28/17, 14.04.2025 (a
# dotted date needs its four-digit year: "06.12.34.56.78" is a French phone number).
DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}/\d{1,2}/\d{2,4}"
                       r"|\d{1,2}\.\d{1,2}\.\d{4}")

# Dotted numbers (555.201.9911, 07700.900.123): two or more dots between digit groups, so a
# decimal (1234567.89) is not one; an IP-like run is hidden too, which costs nothing.
_DOTTED = re.compile(r"(?<![\w.])\+?\d{1,4}(?:\.\d{2,4}){2,4}(?![\w]|\.\d)")


def hide_phones(text: str) -> str:
    """Replace anything in free text that looks like a phone number with '(phone number hidden)'."""
    # Fewer than nine digits cannot make a number _mask hides (every \d is a digit to
    # isdigit): most names and notes are passed by this one cheap count.
    if sum(map(str.isdigit, text)) < 9:
        return text
    return _DOTTED.sub(_mask, _PHONE_IN_TEXT.sub(_mask, text))


def _mask(m: re.Match[str]) -> str:
    found = m.group(0)
    digits = sum(ch.isdigit() for ch in found)
    if digits < 9 or digits > 15 or DATE_LIKE.search(found):
        return found
    return HIDDEN
