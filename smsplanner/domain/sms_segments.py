"""How many billed parts (segments) a text message takes, and why.

GSM 03.38: a message written only in the GSM-7 alphabet fits 160 characters in one part,
153 per part once split (7 go to the concatenation header). The extension characters
^{}\\[]~|€ (and form feed) take two slots each (escape + character). Any other character
switches the whole message to UCS-2: 70 UTF-16 code units in one part, 67 per part after;
an emoji outside the Basic Multilingual Plane is two code units. Providers do not split an
escape pair or a surrogate pair across parts, so parts are packed greedily, not by division.
"""

from __future__ import annotations

from dataclasses import dataclass

GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = "^{}\\[]~|€\f"
_BASIC = frozenset(GSM7_BASIC)
_EXTENSION = frozenset(GSM7_EXTENSION)

GSM7_SINGLE, GSM7_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67

# Look-alikes that word processors and phones put in: each has a GSM-7 stand-in.
_REPLACEMENTS: dict[str, str] = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "",
    "\u2022": "-",
}


@dataclass(frozen=True)
class SegmentInfo:
    """The message's length as the network counts it, and what it will be billed as."""

    characters: int  # what a person counts (code points)
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    segments: int
    non_gsm_characters: tuple[str, ...]  # distinct, in order of first appearance
    per_segment: int  # capacity of each part at the current length
    remaining: int  # units still free in the last part

    def to_dict(self) -> dict[str, object]:
        return {
            "characters": self.characters, "encoding": self.encoding, "units": self.units,
            "segments": self.segments, "non_gsm_characters": list(self.non_gsm_characters),
            "per_segment": self.per_segment, "remaining": self.remaining,
        }


def is_gsm7(ch: str) -> bool:
    """True when the character can be sent in GSM-7 (basic or extension table)."""
    return ch in _BASIC or ch in _EXTENSION


def non_gsm_characters(text: str) -> tuple[str, ...]:
    """Distinct characters that force UCS-2, in order of first appearance."""
    seen: dict[str, None] = {}
    for ch in text:
        if not is_gsm7(ch):
            seen.setdefault(ch, None)
    return tuple(seen)


def _unit_sizes(text: str, gsm: bool) -> list[int]:
    """Slots each character takes: 1 or 2 (GSM extension, or a UTF-16 surrogate pair)."""
    if gsm:
        return [2 if ch in _EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def _pack(sizes: list[int], part: int) -> tuple[int, int]:
    """Greedy packing into parts of `part` slots without splitting a character.

    Returns (parts, slots used in the last part).
    """
    parts, used = 1, 0
    for s in sizes:
        if used + s > part:
            parts += 1
            used = 0
        used += s
    return parts, used


def count_segments(text: str) -> SegmentInfo:
    """Characters, encoding, segments and offending characters of one message."""
    bad = non_gsm_characters(text)
    gsm = not bad
    sizes = _unit_sizes(text, gsm)
    units = sum(sizes)
    single, part = (GSM7_SINGLE, GSM7_PART) if gsm else (UCS2_SINGLE, UCS2_PART)
    if units <= single:
        parts, capacity, used = (1 if units else 0), single, units
    else:
        parts, used = _pack(sizes, part)
        capacity = part
    return SegmentInfo(
        characters=len(text), encoding="GSM-7" if gsm else "UCS-2", units=units,
        segments=parts, non_gsm_characters=bad, per_segment=capacity,
        remaining=capacity - used if parts else single,
    )


def to_gsm(text: str) -> str:
    """Replace curly quotes, dashes, ellipses and odd spaces with GSM-7 equivalents.

    Characters without a safe stand-in (emoji, most accents) are left as they are.
    """
    return "".join(_REPLACEMENTS.get(ch, ch) for ch in text)


def message_cost(segments: int, audience: int, price_per_segment: float) -> float:
    """What sending costs: segments x people texted x price per segment."""
    return segments * audience * price_per_segment


def split_parts(text: str) -> list[str]:
    """The message cut where the network cuts it: one string per billed message part."""
    if not text:
        return []
    gsm = not non_gsm_characters(text)
    sizes = _unit_sizes(text, gsm)
    single, part = (GSM7_SINGLE, GSM7_PART) if gsm else (UCS2_SINGLE, UCS2_PART)
    if sum(sizes) <= single:
        return [text]
    parts, start, used = [], 0, 0
    for i, s in enumerate(sizes):
        if used + s > part:
            parts.append(text[start:i])
            start, used = i, 0
        used += s
    parts.append(text[start:])
    return parts
