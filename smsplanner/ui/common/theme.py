"""View > Theme: the system's look, or light or dark whatever the system uses; charts follow.

GUI thread only. Light and dark use Qt's Fusion style with a palette of their own, so every
platform gets the same colours; "system" puts back the style and palette the app started with.
Charts are pyqtgraph widgets with colours of their own: `follow_palette(plot, restyle)`
restyles one whenever the application's palette changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from smsplanner.ui.common.style import blend

THEMES: dict[str, str] = {"system": "&System", "light": "&Light", "dark": "&Dark"}
_ORIGINAL: dict[str, object] = {}


def dark_palette() -> QPalette:
    """A calm dark palette (grey, not black) with readable links and selections."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    colours = {
        role.Window: "#2b2d30", role.WindowText: "#e6e6e6", role.Base: "#1f2124",
        role.AlternateBase: "#2a2c30", role.ToolTipBase: "#3a3d41", role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#8a8d91", role.Text: "#e6e6e6", role.Button: "#35383c",
        role.ButtonText: "#e6e6e6", role.BrightText: "#ff6b6b", role.Link: "#6cb4ff",
        role.LinkVisited: "#b49cff", role.Highlight: "#2f6db5", role.HighlightedText: "#ffffff",
        role.Light: "#45484d", role.Midlight: "#3b3e42", role.Mid: "#2f3236",
        role.Dark: "#1a1c1e", role.Shadow: "#111213",
    }
    for r, c in colours.items():
        p.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7d8085"))
    return p


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def apply_theme(name: str, app: QApplication | None = None) -> str:
    """Switch the whole app to a theme ("system", "light" or "dark"); returns the one applied."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None:
        return "system"
    if not _ORIGINAL:
        _ORIGINAL["style"] = app.style().name()
        _ORIGINAL["palette"] = QPalette(app.palette())
    name = name if name in THEMES else "system"
    if name == "system":
        app.setStyle(str(_ORIGINAL["style"]))
        app.setPalette(_ORIGINAL["palette"])  # type: ignore[arg-type]
    else:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if name == "dark" else light_palette())
    return name


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class ChartColours:
    """A chart's colours from the palette: its background, text, axes and lines."""

    background: QColor
    text: QColor
    axis: QColor
    line: QColor  # the pooled line, error beams, key text


def chart_colours(palette: QPalette | None = None) -> ChartColours:
    pal = palette or QApplication.palette()
    base = pal.color(QPalette.ColorRole.Base)
    text = pal.color(QPalette.ColorRole.Text)
    return ChartColours(base, text, blend(text, base, 0.35), blend(text, base, 0.15))


def style_axes(plot: object, colours: ChartColours, axes: tuple[str, ...] = ("left", "bottom")
               ) -> None:
    """Background and axis colours of a pyqtgraph PlotWidget."""
    import pyqtgraph as pg

    plot.setBackground(colours.background)  # type: ignore[attr-defined]
    item = plot.getPlotItem()  # type: ignore[attr-defined]
    for name in axes:
        ax = item.getAxis(name)
        ax.grid_background = QColor(colours.background)  # the grid's opaque lines blend into it
        ax.setPen(pg.mkPen(colours.axis))
        ax.setTextPen(pg.mkPen(colours.text))
        if ax.label is not None and ax.labelText:
            ax.setLabel(ax.labelText, units=ax.labelUnits, color=colours.text.name())


class _PaletteFollower(QObject):
    def __init__(self, widget: QWidget, restyle: Callable[[ChartColours], None]) -> None:
        super().__init__(widget)
        self.restyle = restyle
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.restyle(chart_colours())
        return False


def follow_palette(widget: QWidget, restyle: Callable[[ChartColours], None]) -> None:
    """Call restyle(colours) now and whenever the app's palette changes."""
    restyle(chart_colours())
    _PaletteFollower(widget, restyle)


def set_warning_colour(label: QWidget) -> None:
    """Warning text in sienna on a light window, a light orange on a dark one (sienna all but
    disappeared on the dark theme); follows View > Theme."""

    def restyle(colours: ChartColours) -> None:
        dark = colours.background.lightness() < 128
        sheet = f"color: {'#F0A868' if dark else '#A0522D'};"
        if label.styleSheet() != sheet:  # setting it sends a palette change: only when new
            label.setStyleSheet(sheet)

    follow_palette(label, restyle)
