"""A compact what-if under the Trends breakdown: the next send to the filtered segment.

It forecasts a send like the recent ones to the segment the filters show (all campaigns when
no segment is picked) and links to the Plan tab with that history chosen. The fit is kept per
segment until the campaigns change. GUI thread only.
"""

from __future__ import annotations

import datetime as dt
import statistics

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import SmsPlannerError
from smsplanner.domain.forecast import History, WhatIf, WhatIfInputs, fit_history, what_if
from smsplanner.domain.planning import sms_only, with_known_rate
from smsplanner.ui.common.formatting import fmt_count
from smsplanner.ui.common.operations import Change, Changed
from smsplanner.ui.common.verdict_words import english, month_year
from smsplanner.ui.common.window import WindowContract

RECENT = 5  # the typical send size is the median of this many recent sends


def typical_audience(chosen: list[Campaign]) -> int:
    """Median people texted (sent, else recipients) in the most recent sends, to 2 digits."""
    recent = sorted(chosen, key=lambda c: (c.date, c.id or 0))[-RECENT:]
    sizes = [c.sent or c.recipients or 0 for c in recent]
    value = int(statistics.median(sizes)) if sizes else 0
    digits = max(0, len(str(value)) - 2)
    return int(round(value, -digits))


class NextSendBox(QFrame):
    """'Plan the next send': one sentence of forecast and a button to the Plan tab."""

    def __init__(self, main_window: WindowContract, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = main_window
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._fits: dict[str | None, History | None] = {}
        self.segment: str | None = None
        self.audience = 0
        self.result: WhatIf | None = None
        title = QLabel(self.tr("Plan the next send"))
        title.setStyleSheet("font-weight: 600;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open in Plan"))
        self.open_button.setToolTip(self.tr("The what-if panel with this history: change the "
                                            "audience, costs and revenue there"))
        self.open_button.clicked.connect(self.open_plan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        main_window.ops.changed.connect(self._on_changed)
        main_window.filter_changed.connect(self.refresh)
        self.reload()

    def _campaigns(self) -> list[Campaign]:
        return sms_only(self.main_window.campaigns())

    def _on_changed(self, changed: Changed) -> None:
        if changed.touches(Change.CAMPAIGNS | Change.DATABASE):
            self.reload()

    def reload(self) -> None:
        """The campaigns changed: forget the fits and show the current filter's forecast."""
        self._fits.clear()
        self._shown = False
        self.refresh()

    def refresh(self, *_args: object) -> None:
        """Forecast for the filter's segment (a few ms the first time for a segment)."""
        segment = self.main_window.current_filter().segment
        if getattr(self, "_shown", False) and segment == self.segment:
            return  # a search or date change: the forecast depends on the segment only
        self._shown = True
        self.segment = segment
        if self.segment not in self._fits:
            try:
                # Today's send, as the Plan tab forecasts it: a real trend is followed.
                self._fits[self.segment] = fit_history(self._campaigns(), segment=self.segment,
                                                       on=dt.date.today())
            except SmsPlannerError:
                self._fits[self.segment] = None
        h = self._fits[self.segment]
        self.result = None
        if h is None:
            self.summary.setText(
                self.tr("No past campaigns to {segment} with conversions recorded yet: type a "
                        "rate in Plan to forecast.").format(segment=self.segment)
                if self.segment else
                self.tr("No past campaigns with conversions recorded yet: type a rate in Plan "
                        "to forecast."))
            return
        chosen = with_known_rate(self._campaigns(), self.segment)
        self.audience = max(typical_audience(chosen), 1)
        self.result = r = what_if(WhatIfInputs(audience=self.audience, history=h))
        n = self.audience
        forecast = english(self.tr(
            "Texting {people} person(s), as you usually do, should bring about {expected} "
            "conversions (likely {low80}–{high80}; 95%: {low95}–{high95}).", "", n), n)
        self.summary.setText(forecast.format(
            people=fmt_count(n), expected=fmt_count(r.expected_conversions),
            low80=fmt_count(r.conversions_low80), high80=fmt_count(r.conversions_high80),
            low95=fmt_count(r.conversions_low), high95=fmt_count(r.conversions_high))
            + " " + self.basis_text(h))

    def basis_text(self, h: History) -> str:
        """One sentence on what the forecast rests on: "This forecast is based on 14 campaigns
        to Loyal customers since March 2026." (worded from the History's fields)."""
        n = h.campaigns
        values = {"count": fmt_count(n), "of": fmt_count(h.available), "segment": h.segment,
                  "since": month_year(h.since, long=True) if h.since is not None else ""}
        if h.available > n:
            text = (self.tr("This forecast is based on your last {count} campaign(s) to "
                            "{segment} (of {of}), since {since}.", "", n) if h.segment else
                    self.tr("This forecast is based on your last {count} campaign(s) (of {of}), "
                            "since {since}.", "", n))
        elif h.last:
            text = (self.tr("This forecast is based on your last {count} campaign(s) to "
                            "{segment}, since {since}.", "", n) if h.segment else
                    self.tr("This forecast is based on your last {count} campaign(s), since "
                            "{since}.", "", n))
        else:
            text = (self.tr("This forecast is based on {count} campaign(s) to {segment} since "
                            "{since}.", "", n) if h.segment else
                    self.tr("This forecast is based on {count} campaign(s) since {since}.", "",
                            n))
        return english(text, n).format(**values)

    def open_plan(self) -> None:
        """Show the Plan tab's what-if with this segment's history and audience."""
        self.main_window.plan_next_send(self.segment, self.audience)
