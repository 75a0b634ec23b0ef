"""Marks for the campaigns an import added or changed: the row tint and the marker icon.

Shared by the Campaigns table (which tints the rows) and the import banner (which explains the
marks), so neither room imports the other. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap

from smsplanner.ui.common.style import blend

# Tints for rows the last import added or changed: mixed into the palette's base colour, so
# they stay soft on a light palette and dark on a dark one, with the text colour readable.
MARK_HUES = {"new": QColor(46, 160, 67), "updated": QColor(230, 150, 20)}


class _TranslatedTips(dict[str, str]):
    """Looked up when shown, so the tips follow the translator installed at start-up."""

    def __getitem__(self, key: str) -> str:
        return QCoreApplication.translate("MarkWords", super().__getitem__(key))


MARK_TIPS = _TranslatedTips({
    "new": str(QT_TRANSLATE_NOOP("MarkWords", "Added by the last import")),
    "updated": str(QT_TRANSLATE_NOOP("MarkWords", "Changed by the last import"))})


def mark_color(kind: str, palette: QPalette) -> QColor:
    """The row tint for "new" or "updated" on this palette (opaque, so selection covers it)."""
    base = palette.color(QPalette.ColorRole.Base)
    hue = MARK_HUES[kind]
    return blend(base, hue, 0.22 if base.lightness() > 128 else 0.30)


_ICONS: dict[str, QIcon] = {}


def mark_icon(kind: str) -> QIcon:
    """The marker before a marked row's name: a dot for "new", a ring for "updated".

    Shapes differ as well as colours, for people who cannot tell green from amber.
    """
    if kind not in _ICONS:
        icon = QIcon()
        for scale in (1, 2):
            size = 12 * scale
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            hue = MARK_HUES[kind]
            if kind == "new":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(hue)
                painter.drawEllipse(scale, scale, size - 2 * scale, size - 2 * scale)
            else:
                painter.setPen(QPen(hue, 2.5 * scale))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                inset = 2.5 * scale
                painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
            painter.end()
            icon.addPixmap(pixmap)
        _ICONS[kind] = icon
    return _ICONS[kind]
