"""A campaign on the calendar: a chip that can be double-clicked, and dragged when planned.

Sent chips are tinted by the conversion rate against the shop's usual range; planned ones
are outlined and carry their forecast. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from smsplanner.services.calendar import CalendarEntry
from smsplanner.ui.common.formatting import fmt_count, fmt_percent

MIME = "application/x-smsplanner-campaign"
# (background, border, text): pale fills with dark text read the same in light and dark themes.
COLOURS: dict[str | None, tuple[str, str, str]] = {
    "high": ("#d8f0dc", "#5aa469", "#143d1c"),
    "usual": ("#e6e9ee", "#9aa3ad", "#20262d"),
    "low": ("#fbe3cf", "#d98a3d", "#4a2708"),
    None: ("#e6e9ee", "#9aa3ad", "#20262d"),
    "planned": ("#e3eefc", "#3b78c4", "#0f2a4d"),
}
BAND_WORDS = {"high": "above your usual range", "usual": "within your usual range",
              "low": "below your usual range"}


def chip_texts(entry: CalendarEntry) -> tuple[str, str, str]:
    """(title, detail, tooltip) of a chip."""
    c, f = entry.campaign, entry.forecast
    warn = "⚠ " if entry.warnings else ""
    title = f"{warn}{c.time + ' ' if c.time else ''}{c.name}"
    if c.is_planned:
        detail = f.summary if f is not None else "no forecast yet"
        tip = [f"Planned: {c.name}", f"{fmt_count(c.audience)} people"
               + (f" in {c.segment}" if c.segment else "")]
        if f is not None:
            tip.append(f"Forecast {f.summary} (80% range), 95% range "
                       f"{fmt_count(f.low_95)}-{fmt_count(f.high_95)}; {f.basis}.")
        tip += [f"⚠ {w.message}" for w in entry.warnings]
        tip.append("Drag to another day to move it; double-click to open.")
    else:
        rate = c.conversions / c.recipients if c.conversions is not None and c.recipients \
            else None
        detail = (f"{fmt_count(c.conversions)} orders, {fmt_percent(rate)}"
                  if rate is not None else "results incomplete")
        tip = [f"Sent: {c.name}", detail]
        if entry.rate_band:
            tip.append(f"Conversion rate {BAND_WORDS[entry.rate_band]}.")
        tip.append("Double-click to open.")
    return title, detail, "\n".join(tip)


class Chip(QFrame):
    """One campaign in a day cell."""

    open_requested = Signal(int)

    def __init__(self, entry: CalendarEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.campaign_id = int(entry.campaign.id or 0)
        self.planned = entry.campaign.is_planned
        title, detail, tip = chip_texts(entry)
        bg, border, fg = COLOURS["planned" if self.planned else entry.rate_band]
        style = "dashed" if self.planned else "solid"
        self.setObjectName("chip")
        self.setStyleSheet(f"QFrame#chip {{ background: {bg}; border: 1px {style} {border}; "
                           f"border-radius: 4px; }} QLabel {{ color: {fg}; }}")
        self.setToolTip(tip)
        self.setAccessibleName(title + ": " + detail)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 1, 4, 2)
        lay.setSpacing(0)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.detail = QLabel(detail, self)
        for label in (self.title, self.detail):
            label.setMinimumWidth(10)
            label.setWordWrap(True)  # narrow cells: two lines rather than a cut-off name
            label.setTextFormat(Qt.TextFormat.PlainText)
            lay.addWidget(label)
        if self.planned:
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (not self.planned or self._press is None
                or (event.position().toPoint() - self._press).manhattanLength()
                < QApplication.startDragDistance()):
            return
        self._press = None
        drag = QDrag(self)
        data = QMimeData()
        data.setData(MIME, str(self.campaign_id).encode())
        drag.setMimeData(data)
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.open_requested.emit(self.campaign_id)
        event.accept()
