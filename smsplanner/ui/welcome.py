"""The panel an empty database shows: add a campaign, explore the sample, or import results."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from smsplanner import APP_NAME


class WelcomePanel(QWidget):
    """Three ways in. The import button is hidden until an import handler is registered."""

    add_requested = Signal()
    sample_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        title = QLabel(f"Welcome to {APP_NAME}", self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(
            "See how your text-message campaigns really perform: conversion, clicks and replies "
            "for every send, with honest ranges, trends over time and what to expect next time."
            "\n\nThis database has no campaigns yet. How would you like to start?",
            self,
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setFixedWidth(560)
        intro.setMinimumHeight(intro.heightForWidth(560))

        self.import_button = self._button(
            "&Import results…", "Read a CSV or Excel export from your SMS provider",
            self.import_requested)
        self.add_button = self._button(
            "&Add a campaign…", "Type in the figures of one campaign", self.add_requested)
        self.sample_button = self._button(
            "&Explore with sample data", "Load 48 made-up campaigns to try the app",
            self.sample_requested)
        self.import_button.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(intro, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        for b in (self.import_button, self.add_button, self.sample_button):
            layout.addWidget(b, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def _button(self, text: str, tip: str, signal: Signal) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(tip)
        button.setMinimumWidth(280)
        button.setMinimumHeight(button.sizeHint().height() + 12)
        button.clicked.connect(signal.emit)
        return button

    def set_import_available(self, available: bool) -> None:
        self.import_button.setVisible(available)
