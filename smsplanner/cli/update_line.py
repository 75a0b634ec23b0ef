"""How far a slow update of an older campaign file is, as one line on stderr that rewrites
itself, only when stderr is a terminal: piped or captured output stays exactly as it was.

The line is English (the command line's language) and short enough for an 80-column
terminal, where a wrapped line could not be rewritten in place.
"""

from __future__ import annotations

from typing import TextIO

from smsplanner.storage.update_progress import (
    ReportUpdate,
    UpdateProgress,
    UpdateStage,
    throttled,
)

_WORDS = {
    UpdateStage.BACKUP: "making a backup first",
    UpdateStage.MIGRATING: "updating the file to the new version",
    UpdateStage.SAVING: "saving the converted messages",
    UpdateStage.TOTALS: "counting each campaign's totals again",
    UpdateStage.COMPACTING: "tidying up the file; this last step can take a minute",
}


def line_text(p: UpdateProgress) -> str:
    """The words for one report: the step, messages N of M, and the whole update's percent."""
    if p.stage is UpdateStage.CONVERTING:
        words = f"converting messages: {p.done:,} of {p.total:,}"
    else:
        words = _WORDS[p.stage]
    percent = p.percent()
    return f"  {words} ({percent}%)" if percent is not None else f"  {words}..."


class TerminalLine:
    """One line on a terminal, rewritten in place by each report (`\\r`, then spaces over what
    a longer line left). Called on the thread that opens the file."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.width = 0  # characters now on the line

    def show(self, p: UpdateProgress) -> None:
        text = line_text(p)
        self.stream.write("\r" + text + " " * max(0, self.width - len(text)))
        self.stream.flush()
        self.width = len(text)

    def clear(self) -> None:
        """Leave the line empty, for the sentence (or error) printed next."""
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def terminal_line(stream: TextIO) -> tuple[TerminalLine, ReportUpdate] | None:
    """A line on `stream` and the throttled report that rewrites it (ten times a second at
    most), or None when the stream is not a terminal (a pipe, a file, a test's capture)."""
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError):  # no isatty, or already closed
        return None
    line = TerminalLine(stream)
    return line, throttled(line.show)
