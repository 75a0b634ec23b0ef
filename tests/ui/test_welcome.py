"""The welcome panel: three ways in, each with one sentence saying what it does, unclipped."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from smsplanner.ui.window.welcome import WelcomePanel


def _rows(panel: WelcomePanel) -> list[tuple[QPushButton, QLabel]]:
    return [(panel.import_button, panel.import_text), (panel.add_button, panel.add_text),
            (panel.sample_button, panel.sample_text)]


def test_each_button_has_a_sentence_beside_it_that_fits(qtbot) -> None:
    panel = WelcomePanel()
    qtbot.addWidget(panel)
    panel.set_import_available(True)
    panel.resize(1024, 600)
    panel.show()
    qtbot.waitExposed(panel)
    for button, label in _rows(panel):
        assert label.isVisible() and label.text().endswith(".")
        assert label.text().count(". ") == 0  # one sentence
        assert button.accessibleDescription() == label.text()
        assert label.height() >= label.heightForWidth(label.width())  # no line cut off
        assert label.geometry().left() > button.geometry().right()  # beside, not below
    assert "CSV or Excel" in panel.import_text.text()
    assert "48 made-up campaigns" in panel.sample_text.text()


def test_import_row_only_when_a_handler_exists(qtbot) -> None:
    panel = WelcomePanel()
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.import_button.isVisible() and not panel.import_text.isVisible()
    panel.set_import_available(True)
    assert panel.import_button.isVisible() and panel.import_text.isVisible()
    with qtbot.waitSignal(panel.import_requested, timeout=1000):
        panel.import_button.click()
