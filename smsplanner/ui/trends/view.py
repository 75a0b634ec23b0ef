"""The Trends tab: is my rate going up or down, is that real, and what works best?

Listens to the main window's change signal, filter_changed and selection_changed, and calls
main_window.select_campaigns(ids) when a point is clicked. A switch redraws the chart at once and
computes the verdict and breakdown just after the chart has painted, so the chart never waits
for them. GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.breakdown import FEW_CAMPAIGNS, Breakdown, breakdown
from smsplanner.domain.filters import CampaignFilter
from smsplanner.domain.metrics import METRICS
from smsplanner.domain.trend import CampaignTable, pooled_points, trend_series
from smsplanner.domain.verdict import trend_verdict
from smsplanner.ui.common.formatting import fmt_count
from smsplanner.ui.common.operations import Change, Changed
from smsplanner.ui.common.style import set_muted
from smsplanner.ui.common.verdict_words import (
    chance_text,
    english,
    figures_text,
    left_out_text,
    metric_label,
    verdict_text,
)
from smsplanner.ui.common.window import MainAction, WindowContract
from smsplanner.ui.help.browser import what_is_this
from smsplanner.ui.trends.breakdown import BreakdownPlot
from smsplanner.ui.trends.nextsend import NextSendBox
from smsplanner.ui.trends.plot import DEFAULT_BAND, TrendPlot, band_label, render_trend_image

POOLING = ("month", "week")
BREAKDOWN_KEYS = ("segment", "offer", "weekday", "hour")
EXPORT_SIZES = ((1280, 800), (1920, 1080), (2560, 1440))


def _benchmark_band() -> tuple[float, float]:
    try:
        from smsplanner.ui.common.settings import Preferences
    except ImportError:  # settings not built yet
        return DEFAULT_BAND
    return Preferences().benchmark_band()


class TrendsView(QWidget):
    """Trend chart, verdict, left-out count and breakdown bars for the filtered campaigns."""

    def __init__(self, main_window: WindowContract, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = main_window
        self._table = CampaignTable.from_campaigns([])
        self._filter: CampaignFilter | None = None
        self._details_pending = False
        self._details_timer = QTimer(self)  # runs them in the event loop turn after the paint
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(0)
        self._details_timer.timeout.connect(self.flush_details)
        self._details_deadline = QTimer(self)  # in case no paint comes (e.g. a zero-size chart)
        self._details_deadline.setSingleShot(True)
        self._details_deadline.setInterval(250)
        self._details_deadline.timeout.connect(self.flush_details)

        self.metric_box = QComboBox()
        for key in METRICS:
            self.metric_box.addItem(metric_label(key), key)
        self.metric_box.setAccessibleName(self.tr("Rate to show"))
        self.pool_box = QComboBox()
        for key in POOLING:
            self.pool_box.addItem(self.pooling_label(key), key)
        self.pool_box.setAccessibleName(self.tr("Pool campaigns by"))
        self.fit_button = QPushButton(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Zoom to show every campaign"))
        self.export_action = QAction(self.tr("Export chart as PNG or SVG…"), self)
        export_button = QPushButton(self.tr("Export…"))
        export_button.clicked.connect(self.export_action.trigger)
        self.export_action.triggered.connect(self.export_dialog)

        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Two lines kept for it: a one-line verdict after a two-line one moved the chart, which
        # then painted twice more after every such switch.
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.verdict_label.ensurePolished()
        self.verdict_label.setMinimumHeight(2 * self.verdict_label.fontMetrics().lineSpacing())
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        set_muted(self.detail_label)
        self.plot = TrendPlot()
        self.left_out_label = QLabel()
        set_muted(self.left_out_label)

        self.breakdown_box = QComboBox()
        by_words = {"segment": self.tr("By segment"), "offer": self.tr("By offer"),
                    "weekday": self.tr("By weekday"), "hour": self.tr("By hour of day")}
        for key in BREAKDOWN_KEYS:
            self.breakdown_box.addItem(by_words[key], key)
        self.breakdown_box.setAccessibleName(self.tr("Break the rate down by"))
        self.breakdown_plot = BreakdownPlot()
        self.breakdown_note = QLabel()
        self.breakdown_note.setWordWrap(True)
        set_muted(self.breakdown_note, 9)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.metric_box)
        top.addWidget(self.pool_box)
        top.addStretch(1)
        self.verdict_help = what_is_this(self, "trends.html#verdict",
                                         self.tr("How to read this verdict"))
        top.addWidget(self.verdict_help)
        top.addWidget(self.fit_button)
        top.addWidget(export_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.plot, 1)
        lv.addWidget(self.left_out_label)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("What works best"))
        title.setStyleSheet("font-weight: 600;")
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addStretch(1)
        self.breakdown_help = what_is_this(self, "trends.html#breakdown")
        title_row.addWidget(self.breakdown_help)
        rv.addLayout(title_row)
        rv.addWidget(self.breakdown_box)
        rv.addWidget(self.breakdown_plot, 1)
        rv.addWidget(self.breakdown_note)
        self.next_send = NextSendBox(main_window)  # a compact what-if, links to Plan
        rv.addWidget(self.next_send)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 300])
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.verdict_label)
        outer.addWidget(self.detail_label)
        outer.addWidget(self.splitter, 1)

        self.metric_box.currentIndexChanged.connect(self.redraw)
        self.pool_box.currentIndexChanged.connect(self.redraw)
        self.breakdown_box.currentIndexChanged.connect(self._redraw_breakdown)
        self.fit_button.clicked.connect(self.plot.fit)
        self.plot.painted.connect(self._on_chart_painted)
        self.plot.campaign_clicked.connect(self._on_point_clicked)
        main_window.ops.changed.connect(self._on_changed)
        main_window.filter_changed.connect(self.set_filter)
        main_window.selection_changed.connect(self.plot.highlight)
        main_window.add_file_action(MainAction.EXPORT_CHART, self.export_action)
        self.reload()

    def pooling_label(self, key: str) -> str:
        """The pooled line's name: "Added up by month" or "Added up by week"."""
        return self.tr("Added up by week") if key == "week" else self.tr("Added up by month")

    # -- data --------------------------------------------------------------------------------
    @property
    def metric_key(self) -> str:
        """The rate shown ("conversion", "click", ...). Not `metric`: that name is
        QWidget.metric(), which Qt calls from C++ when it paints."""
        return str(self.metric_box.currentData())

    def set_metric(self, key: str) -> None:
        self.metric_box.setCurrentIndex(self.metric_box.findData(key))

    def _on_changed(self, changed: Changed) -> None:
        if changed.touches(Change.CAMPAIGNS | Change.DATABASE):
            self.reload()

    def reload(self) -> None:
        """Re-read every campaign from the main window (after a write)."""
        # Planned sends have no results yet: they are not "left out" of a trend.
        self._table = CampaignTable.from_campaigns(
            [c for c in self.main_window.campaigns() if not c.is_planned])
        self._filter = self.main_window.current_filter()
        self.redraw()

    def set_filter(self, f: CampaignFilter | None) -> None:
        self._filter = f
        if self._behind_another_tab():
            # Typing a search on the Campaigns tab redrew this hidden chart at every
            # keystroke (20,000 campaigns: about as long as the table itself): once, when
            # the tab comes to the front, is enough.
            self._stale = True
            return
        self.redraw()

    def _behind_another_tab(self) -> bool:
        window = self.window()
        return window is not self and window.isVisible() and not self.isVisible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.redraw()

    def redraw(self) -> None:
        """Recompute the points for the metric and filter and redraw the chart; the verdict and
        breakdown follow once the chart has painted (at once when the chart is not shown)."""
        self._stale = False
        t = self._table
        mask = t.mask(self._filter)
        self._series = s = trend_series(t, self.metric_key, mask)
        label = metric_label(self.metric_key)
        by = str(self.pool_box.currentData())
        self.left_out_label.setText(left_out_text(s))
        if len(s) == 0:
            self._cancel_details()
            self._show_nothing(int(mask.sum()))
            return
        self.plot.set_benchmark(_benchmark_band() if self.metric_key == "conversion" else None)
        self.plot.set_trend(t, s, pooled_points(t, s, by), label, self.pooling_label(by))
        self.plot.highlight(self.main_window.selected_ids())
        self._details_pending = True
        if self.plot.isVisible():
            self._details_deadline.start()
        else:
            self.flush_details()

    @property
    def details_pending(self) -> bool:
        """True between a redraw of the chart and the verdict and breakdown that follow it."""
        return self._details_pending

    def flush_details(self) -> None:
        """Compute the verdict and breakdown for the shown points now, if they are still due."""
        if not self._details_pending:
            return
        self._cancel_details()
        v = trend_verdict(self._series, self._table)
        self.verdict_label.setText(verdict_text(v))
        # Plain words on screen; the fitted figures for whoever wants them, on hover.
        self.detail_label.setText(chance_text(v))
        self.detail_label.setToolTip(figures_text(v))
        self._redraw_breakdown()

    def _on_chart_painted(self) -> None:
        if self._details_pending and not self._details_timer.isActive():
            self._details_timer.start()

    def _cancel_details(self) -> None:
        self._details_pending = False
        self._details_timer.stop()
        self._details_deadline.stop()

    def _nothing_counted(self, shown: int) -> str:
        """The shown campaigns all lack the rate's count: say so, and what to do."""
        if shown == 1:  # "the campaign shown", not "none of the 1 campaign"
            return {
                "conversion": self.tr("The campaign shown has no conversions counted.\nPick "
                                      "another rate, or add the counts to your campaigns."),
                "click": self.tr("The campaign shown has no clicks counted.\nPick another "
                                 "rate, or add the counts to your campaigns."),
                "response": self.tr("The campaign shown has no replies counted.\nPick another "
                                    "rate, or add the counts to your campaigns."),
                "delivery": self.tr("The campaign shown has no delivered counted.\nPick "
                                    "another rate, or add the counts to your campaigns."),
            }[self.metric_key]
        texts = {
            "conversion": self.tr("None of the {count} campaign(s) shown has conversions "
                                  "counted.\nPick another rate, or add the counts to your "
                                  "campaigns.", "", shown),
            "click": self.tr("None of the {count} campaign(s) shown has clicks counted.\n"
                             "Pick another rate, or add the counts to your campaigns.", "",
                             shown),
            "response": self.tr("None of the {count} campaign(s) shown has replies counted.\n"
                                "Pick another rate, or add the counts to your campaigns.", "",
                                shown),
            "delivery": self.tr("None of the {count} campaign(s) shown has delivered counted."
                                "\nPick another rate, or add the counts to your campaigns.",
                                "", shown),
        }
        return english(texts[self.metric_key], shown).format(count=fmt_count(shown))

    def _show_nothing(self, shown: int) -> None:
        if len(self._table) == 0:
            msg = self.tr("No campaigns yet.\nAdd a campaign or import your results, and the "
                          "trend of your rates will appear here.")
        elif shown == 0:
            msg = self.tr("No campaigns match the filters.\nWiden the date range or pick "
                          "another segment.")
        else:
            msg = self._nothing_counted(shown)
        self.plot.show_empty(msg)
        self.verdict_label.setText("")
        self.detail_label.setText("")
        self.detail_label.setToolTip("")
        self.breakdown_plot.set_breakdown(breakdown(self._table, self._series, "segment"))
        self.breakdown_note.setText("")

    def _breakdown_note(self, b: Breakdown) -> str:
        """The honesty lines under the bars, one whole sentence each."""
        lines = [self.tr("Bars: each group's rate and the range it most likely lies in (95%), "
                         "allowing for how much campaigns vary; the second number is the "
                         "people reached.")]
        if any(g.overlaps_overall for g in b.groups):
            lines.append(self.tr("Pale bars: the interval includes the overall rate, so the "
                                 "difference could be chance."))
        if b.groups and b.unknown:
            n = b.unknown
            text = (self.tr("{count} campaign(s) with no send time left out.", "", n)
                    if b.by == "hour" else
                    self.tr("{count} campaign(s) with nothing recorded here left out.", "", n))
            lines.append(english(text, n).format(count=fmt_count(n)))
        if any(g.few for g in b.groups):
            lines.append(self.tr("* fewer than {count} campaigns.").format(count=FEW_CAMPAIGNS))
        return " ".join(lines)

    def _redraw_breakdown(self) -> None:
        b = breakdown(self._table, self._series, str(self.breakdown_box.currentData()))
        self.breakdown_plot.set_breakdown(b)
        self.breakdown_note.setText(self._breakdown_note(b))
        self.breakdown_note.setToolTip(self.tr(
            "Wilson 95% interval per group, widened by the campaign-to-campaign spread "
            "(overdispersion)."))

    def _on_point_clicked(self, campaign_id: int) -> None:
        self.main_window.select_campaigns([campaign_id])
        self.plot.highlight([campaign_id])

    # -- export ------------------------------------------------------------------------------
    def export_chart(self, path: str | Path, size: tuple[int, int] | None = None) -> Path:
        """Write the chart as PNG (shown size or `size`) or SVG, chosen by the file suffix."""
        self.flush_details()  # the verdict is the chosen-size image's title
        path = Path(path)
        if path.suffix.lower() == ".svg":
            # Qt's own SVG painter: pyqtgraph 0.14's SVGExporter fails on Qt 6.12's path syntax.
            from PySide6.QtCore import QRect, QSize
            from PySide6.QtGui import QPainter
            from PySide6.QtSvg import QSvgGenerator

            gen = QSvgGenerator()
            gen.setFileName(str(path))
            gen.setSize(QSize(self.plot.width(), self.plot.height()))
            gen.setViewBox(QRect(0, 0, self.plot.width(), self.plot.height()))
            gen.setTitle(self.verdict_label.text() or self.tr("Trend"))
            painter = QPainter(gen)
            try:
                self.plot.render(painter)
            finally:
                painter.end()
            if not path.exists():
                self._save_failed(path)
            return path
        if size is None:
            image = self.plot.grab().toImage()
        else:
            band = _benchmark_band() if self.metric_key == "conversion" else None
            by = str(self.pool_box.currentData())
            image = render_trend_image(
                self._table, self._series, pooled_points(self._table, self._series, by),
                metric_label(self.metric_key), self.pooling_label(by), size, band,
                title=self.verdict_label.text(), empty_message=self.plot.nothing_text())
        if not image.save(str(path)):
            self._save_failed(path)
        return path

    def _save_failed(self, path: Path) -> None:
        from smsplanner.domain.errors import SmsPlannerError

        raise SmsPlannerError(self.tr("The chart could not be saved to {path}: check the "
                                      "folder exists and you can write to it.").format(
                                          path=path))

    def export_dialog(self) -> None:
        """Ask for a file and a size, then export (File > Export chart)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), "trend.png",
                                              self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        size = None
        if not path.lower().endswith(".svg"):
            shown = self.tr("At the size shown ({width} × {height})").format(
                width=self.plot.width(), height=self.plot.height())
            choices = [shown] + [f"{w} × {h}" for w, h in EXPORT_SIZES]
            choice, ok = QInputDialog.getItem(self, self.tr("Export chart"),
                                              self.tr("Image size"), choices, 0, False)
            if not ok:
                return
            if choice != shown:
                size = EXPORT_SIZES[choices.index(choice) - 1]
        try:
            self.export_chart(path, size)
        except Exception as exc:  # shown once, in the app's one error popup
            from smsplanner.ui.common.errors import show_error

            show_error(self, exc)


__all__ = ["TrendsView", "band_label"]  # band_label: kept for its importers
