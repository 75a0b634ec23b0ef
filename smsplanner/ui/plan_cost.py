"""The message cost box: paste a message, see its encoding, segments and what it costs.

GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.sms_segments import SegmentInfo, count_segments, message_cost, to_gsm
from smsplanner.ui.formatting import fmt_count

Money = Callable[[float | None], str]


def _describe(ch: str) -> str:
    """A visible name for a character: '“' stays, a non-breaking space gets words."""
    names = {"\u00a0": "non-breaking space", "\u200b": "zero-width space", "\t": "tab"}
    return names.get(ch, ch)


class MessageCostBox(QWidget):
    """Message text in; characters, encoding, segments, offending characters and cost out."""

    segments_changed = Signal(int, str)  # segments, a note for the what-if panel

    def __init__(self, money: Money | None = None, price: float = 0.045,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money: Money = money or (lambda x: "—" if x is None else f"{x:,.2f}")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Paste or type your message here")
        self.text.setAccessibleName("Message text")
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.offenders = QLabel()
        self.offenders.setWordWrap(True)
        self.offenders.setStyleSheet("color: #A0522D;")
        self.fix_button = QPushButton("Replace curly quotes and dashes")
        self.fix_button.setToolTip("Swap look-alike characters for plain ones so the message "
                                   "can go as GSM-7 (cheaper: 160 characters per part, not 70)")
        self.audience = QSpinBox()
        self.audience.setRange(0, 10_000_000)
        self.audience.setGroupSeparatorShown(True)
        self.audience.setValue(5000)
        self.audience.setAccessibleName("People to text")
        self.price = QDoubleSpinBox()
        self.price.setRange(0.0, 100.0)
        self.price.setDecimals(4)
        self.price.setSingleStep(0.005)
        self.price.setValue(price)
        self.price.setAccessibleName("Price per segment")
        self.cost = QLabel()
        self.cost.setStyleSheet("font-weight: 600;")

        form = QFormLayout()
        form.addRow("People to text", self.audience)
        form.addRow("Price per segment", self.price)
        form.addRow("Cost", self.cost)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.summary)
        layout.addWidget(self.detail)
        layout.addWidget(self.offenders)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addStretch(1)
        self.text.setMaximumHeight(160)

        self.text.textChanged.connect(self.update_counts)
        self.fix_button.clicked.connect(self.replace_lookalikes)
        self.audience.valueChanged.connect(self.update_counts)
        self.price.valueChanged.connect(self.update_counts)
        self.info: SegmentInfo = count_segments("")
        self.update_counts()

    def set_message(self, text: str) -> None:
        self.text.setPlainText(text)

    def replace_lookalikes(self) -> None:
        """The one-click fix: curly quotes, dashes, ellipses and odd spaces to GSM-7."""
        fixed = to_gsm(self.text.toPlainText())
        if fixed != self.text.toPlainText():
            self.text.setPlainText(fixed)

    def update_counts(self, *_args: object) -> None:
        text = self.text.toPlainText()
        info = count_segments(text)
        self.info = info
        parts = f"{info.segments} segment{'s' if info.segments != 1 else ''}"
        self.summary.setText(f"{parts} · {info.encoding} · {info.characters} characters")
        unit = "characters" if info.encoding == "GSM-7" else "UTF-16 units"
        limits = ("160 in one part, 153 per part after" if info.encoding == "GSM-7"
                  else "70 in one part, 67 per part after")
        self.detail.setText(f"{info.units} {unit} used ({limits}); {info.remaining} left "
                            "in the last part.")
        if info.non_gsm_characters:
            shown = "  ".join(_describe(c) for c in info.non_gsm_characters)
            self.offenders.setText(f"These characters switch the message to UCS-2: {shown}")
            self.offenders.show()
        else:
            self.offenders.hide()
        fixable = to_gsm(text) != text
        self.fix_button.setEnabled(fixable)
        cost = message_cost(info.segments, self.audience.value(), self.price.value())
        self.cost.setText(f"{self.money(cost)}  ({info.segments} × "
                          f"{fmt_count(self.audience.value())} × {self.price.value():g})")
        note = f"from your message text ({info.encoding})" if text else ""
        self.segments_changed.emit(max(1, info.segments), note)
