"""Secondary ("muted") text that stays readable in light and dark palettes. GUI thread."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


def muted_colour(palette: QPalette) -> QColor:
    """Window text blended 40% towards the window colour: grey on white, light grey on dark."""
    fg = palette.color(QPalette.ColorRole.WindowText)
    bg = palette.color(QPalette.ColorRole.Window)
    return QColor(
        round(fg.red() * 0.6 + bg.red() * 0.4),
        round(fg.green() * 0.6 + bg.green() * 0.4),
        round(fg.blue() * 0.6 + bg.blue() * 0.4),
    )


def set_muted(widget: QWidget, point_size: float | None = None) -> None:
    """Show a label's text as secondary text (optionally smaller), from the current palette.

    A fixed colour such as #555 all but disappears on a dark window.
    """
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, muted_colour(pal))
    widget.setPalette(pal)
    if point_size is not None:
        font = widget.font()
        font.setPointSizeF(point_size)
        widget.setFont(font)
