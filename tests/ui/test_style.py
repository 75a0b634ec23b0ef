"""Secondary text follows the palette, so it stays readable on dark windows."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from smsplanner.ui.common.style import set_muted


def _label_with(qtbot, window: str, text: str) -> QLabel:
    label = QLabel("note")
    qtbot.addWidget(label)
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor(window))
    pal.setColor(QPalette.ColorRole.WindowText, QColor(text))
    label.setPalette(pal)
    set_muted(label, 9)
    return label


def _contrast(label: QLabel) -> int:
    pal = label.palette()
    return abs(pal.color(QPalette.ColorRole.WindowText).lightness()
               - pal.color(QPalette.ColorRole.Window).lightness())


def test_muted_text_is_grey_on_light_and_light_grey_on_dark(qtbot) -> None:
    light = _label_with(qtbot, "#ffffff", "#000000")
    dark = _label_with(qtbot, "#202020", "#f0f0f0")
    assert 90 <= light.palette().color(QPalette.ColorRole.WindowText).lightness() <= 170
    assert dark.palette().color(QPalette.ColorRole.WindowText).lightness() >= 130
    assert _contrast(light) >= 80 and _contrast(dark) >= 80
    assert light.font().pointSizeF() == 9
