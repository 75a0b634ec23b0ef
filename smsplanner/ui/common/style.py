"""Secondary ("muted") text that stays readable in light and dark palettes. GUI thread."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


def blend(base: QColor, other: QColor, share: float) -> QColor:
    """`base` moved `share` (0..1) of the way towards `other`, opaque."""
    return QColor(round(base.red() + (other.red() - base.red()) * share),
                  round(base.green() + (other.green() - base.green()) * share),
                  round(base.blue() + (other.blue() - base.blue()) * share))


def muted_colour(palette: QPalette) -> QColor:
    """Window text blended 40% towards the window colour: grey on white, light grey on dark."""
    return blend(palette.color(QPalette.ColorRole.WindowText),
                 palette.color(QPalette.ColorRole.Window), 0.4)


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
