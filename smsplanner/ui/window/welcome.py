"""The panel an empty database shows: import results, add a campaign, or explore the sample.

Each way in is a button with one sentence beside it saying what it does. GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smsplanner import APP_NAME
from smsplanner.domain.sample import COUNT as SAMPLE_COUNT

PANEL_WIDTH = 600  # the text and the buttons share one centred column
BUTTON_WIDTH = 220


class WelcomePanel(QWidget):
    """Three ways in. The import row is hidden until an import handler is registered."""

    add_requested = Signal()
    sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        title = QLabel(self.tr("Welcome to {app}").format(app=APP_NAME), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            self.tr("See how your text-message campaigns really perform: conversion, clicks "
                    "and replies for every send, with honest ranges, trends over time and what "
                    "to expect next time.\n\nThere are no campaigns here yet. How would you "
                    "like to start?"),
            self,
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setFixedWidth(PANEL_WIDTH)
        intro.setMinimumHeight(intro.heightForWidth(PANEL_WIDTH))

        choices = QWidget(self)
        choices.setFixedWidth(PANEL_WIDTH)
        self.grid = QGridLayout(choices)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(12)
        self.grid.setColumnStretch(1, 1)
        self.import_button, self.import_text = self._choice(
            self.tr("&Import results…"),
            self.tr("Read the CSV or Excel file from your SMS provider; you see what was read "
                    "before anything is saved."),
            self.import_requested)
        self.add_button, self.add_text = self._choice(
            self.tr("&Add a campaign…"),
            self.tr("Type in the figures of one campaign yourself: messages sent, clicks, "
                    "orders and so on."),
            self.add_requested)
        self.sample_button, self.sample_text = self._choice(
            self.tr("&Explore with sample data"),
            self.tr("Try every screen on {count} made-up campaigns; File > Remove sample data "
                    "takes out exactly those when you are done.").format(count=SAMPLE_COUNT),
            self.sample_requested)
        self._fit_buttons()
        self.set_import_available(False)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(intro, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(choices, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def _choice(self, text: str, sentence: str, signal: Signal) -> tuple[QPushButton, QLabel]:
        """One row of the grid: the button, and beside it the sentence saying what it does."""
        row = self.grid.rowCount()
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(sentence)
        button.setToolTip(sentence)
        button.setFixedWidth(BUTTON_WIDTH)
        button.setMinimumHeight(button.sizeHint().height() + 12)
        button.clicked.connect(signal.emit)
        label = QLabel(sentence, self)
        label.setWordWrap(True)
        # A wrapped label in a grid is not given the height its lines need: reserve it.
        text_width = PANEL_WIDTH - BUTTON_WIDTH - self.grid.horizontalSpacing()
        label.setMinimumHeight(max(label.heightForWidth(text_width), button.minimumHeight()))
        self.grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
        self.grid.addWidget(label, row, 1, Qt.AlignmentFlag.AlignVCenter)
        return button, label

    def _fit_buttons(self) -> None:
        """One width for the three buttons, wide enough for the longest text (French and
        German run longer than English), and each sentence tall enough beside it."""
        pairs = [(self.import_button, self.import_text), (self.add_button, self.add_text),
                 (self.sample_button, self.sample_text)]
        width = max(BUTTON_WIDTH, *(b.sizeHint().width() + 16 for b, _ in pairs))
        text_width = PANEL_WIDTH - width - self.grid.horizontalSpacing()
        for button, label in pairs:
            button.setFixedWidth(width)
            label.setMinimumHeight(max(label.heightForWidth(text_width), button.minimumHeight()))

    def set_import_available(self, available: bool) -> None:
        self.import_button.setVisible(available)
        self.import_text.setVisible(available)
