"""Qt's numerus strings, finished for the reader: English plurals and grouped numbers.

`Ctx.tr("%n row(s)", "", n)` reads "2 row(s)" without a translator (English runs and the
tests), and Qt writes %n as plain digits ("120000"). `numbered(text, n)` picks English's form
(translations never contain "(s)") and writes n as the rest of the app does ("120,000",
"120.000"). Call it on the translated text, before `.format(...)`. Runs on the GUI thread.
"""

from __future__ import annotations

import re

from smsplanner.ui.common.formatting import fmt_count


def numbered(text: str, n: int) -> str:
    """Qt's numerus text with "(s)" resolved for n and n grouped per the display locale."""
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    if abs(n) >= 1000:
        text = re.sub(rf"(?<![\d.,]){n}(?![\d.,]\d)", fmt_count(n), text, count=1)
    return text
