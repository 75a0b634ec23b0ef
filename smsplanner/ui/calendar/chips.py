"""A campaign on the calendar: a chip that can be double-clicked, and dragged when planned.

Sent chips are tinted by the conversion rate against the shop's usual range; planned ones
are outlined and carry their forecast. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from smsplanner.domain.plan_forecast import ForecastSnapshot
from smsplanner.services.calendar import CalendarEntry
from smsplanner.ui.common.formatting import fmt_count, fmt_money, fmt_percent
from smsplanner.ui.common.plan_words import TrContext, en, plan_warning

Money = Callable[..., str]

MIME = "application/x-smsplanner-campaign"
# (background, border, text): pale fills with dark text read the same in light and dark themes.
COLOURS: dict[str | None, tuple[str, str, str]] = {
    "high": ("#d8f0dc", "#5aa469", "#143d1c"),
    "usual": ("#e6e9ee", "#9aa3ad", "#20262d"),
    "low": ("#fbe3cf", "#d98a3d", "#4a2708"),
    None: ("#e6e9ee", "#9aa3ad", "#20262d"),
    "planned": ("#e3eefc", "#3b78c4", "#0f2a4d"),
}


class ChipWords(TrContext):
    """Translation context for the calendar chips' words."""


def _plain_money(x: float | None, digits: int = 2) -> str:
    return fmt_money(x, symbol="", digits=digits)


def band_sentence(band: str) -> str:
    """A sent campaign's conversion rate against the shop's usual range, as a sentence."""
    return {"high": ChipWords.tr("Conversion rate above your usual range."),
            "usual": ChipWords.tr("Conversion rate within your usual range."),
            "low": ChipWords.tr("Conversion rate below your usual range.")}.get(band, "")


def forecast_summary(f: ForecastSnapshot) -> str:
    """'about 120 orders, 80–165' (the 80% range): the chip's words."""
    return ChipWords.tr("about {orders} orders, {low}–{high}").format(
        orders=fmt_count(round(f.expected_conversions)), low=fmt_count(f.low_80),
        high=fmt_count(f.high_80))


def chip_texts(entry: CalendarEntry, money: Money | None = None,
               holidays: Mapping[dt.date, str] | None = None) -> tuple[str, str, str]:
    """(title, detail, tooltip) of a chip (`holidays`: names in the user's language)."""
    c, f = entry.campaign, entry.forecast
    money = money or _plain_money
    warn = "⚠ " if entry.warnings else ""
    title = f"{warn}{c.time + ' ' if c.time else ''}{c.name}"
    if c.is_planned:
        detail = forecast_summary(f) if f is not None else ChipWords.tr("no forecast yet")
        people = int(c.audience or 0)
        tip = [ChipWords.tr("Planned: {name}").format(name=c.name),
               en(ChipWords.tr("%Ln person(s) in {segment}", "", people)
                  if c.segment else ChipWords.tr("%Ln person(s)", "", people),
                  people).format(segment=c.segment)]
        if f is not None:
            tip.append(ChipWords.tr("Forecast {summary} (80% range), 95% range {low}–{high}.")
                       .format(summary=forecast_summary(f), low=fmt_count(f.low_95),
                               high=fmt_count(f.high_95)))
            n = f.history_campaigns
            tip.append(en(ChipWords.tr("Based on %n past campaign(s) to {segment}.", "", n)
                          if c.segment else
                          ChipWords.tr("Based on %n past campaign(s).", "", n),
                          n).format(segment=c.segment))
        tip += ["⚠ " + plan_warning(w, money, (holidays or {}).get(c.date))
                for w in entry.warnings]
        tip.append(ChipWords.tr("Drag to another day to move it; double-click to open."))
    else:
        rate = c.conversions / c.recipients if c.conversions is not None and c.recipients \
            else None
        orders = int(c.conversions or 0)
        detail = (en(ChipWords.tr("%Ln order(s), {rate}", "", orders), orders).format(
            rate=fmt_percent(rate)) if rate is not None else ChipWords.tr("results incomplete"))
        tip = [ChipWords.tr("Sent: {name}").format(name=c.name), detail]
        if entry.rate_band:
            tip.append(band_sentence(entry.rate_band))
        tip.append(ChipWords.tr("Double-click to open."))
    return title, detail, "\n".join(tip)


class Chip(QFrame):
    """One campaign in a day cell."""

    open_requested = Signal(int)

    def __init__(self, entry: CalendarEntry, parent: QWidget | None = None,
                 money: Money | None = None,
                 holidays: Mapping[dt.date, str] | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.campaign_id = int(entry.campaign.id or 0)
        self.planned = entry.campaign.is_planned
        title, detail, tip = chip_texts(entry, money, holidays)
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
