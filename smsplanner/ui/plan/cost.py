"""The message cost box: paste a message, see its encoding, segments and what it costs.

GUI thread only.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
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

from smsplanner.domain.sms_segments import (
    SegmentInfo,
    count_segments,
    message_cost,
    split_parts,
    to_gsm,
)
from smsplanner.domain.words import counted
from smsplanner.ui.common.formatting import fmt_count, fmt_money
from smsplanner.ui.common.theme import set_warning_colour
from smsplanner.ui.help.browser import what_is_this

Money = Callable[..., str]  # money(x, digits=2)


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
        self.money: Money = money or (lambda x, digits=2: fmt_money(x, symbol="", digits=digits))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Paste or type your message here")
        self.text.setAccessibleName("Message text")
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.offenders = QLabel()
        self.offenders.setWordWrap(True)
        set_warning_colour(self.offenders)
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
        self.price.setAccessibleName("Price per message part")
        self.cost = QLabel()
        self.cost.setStyleSheet("font-weight: 600;")

        for box in (self.audience, self.price):  # a number's width, not the window's
            box.setMinimumWidth(120)
            box.setMaximumWidth(160)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow("People to text", self.audience)
        form.addRow("Price per message part", self.price)
        form.addRow("Cost", self.cost)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(what_is_this(self, "numbers.html#message-parts"))
        layout.addLayout(summary_row)
        layout.addWidget(self.detail)
        layout.addWidget(self.offenders)
        layout.addLayout(buttons)
        # The form on the left; on the right, the message cut where the network cuts it.
        self.parts_title = QLabel("How it arrives, part by part")
        self.parts_title.setStyleSheet("font-weight: 600;")
        self.parts = QLabel()
        self.parts.setObjectName("messageParts")
        self.parts.setWordWrap(True)
        self.parts.setTextFormat(Qt.TextFormat.RichText)
        self.parts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.parts.setAccessibleName("The message split into its billed parts")
        parts_box = QVBoxLayout()
        parts_box.addWidget(self.parts_title)
        parts_box.addWidget(self.parts, 1)
        lower = QHBoxLayout()
        lower.addLayout(form)
        lower.addSpacing(24)
        lower.addLayout(parts_box, 1)
        layout.addLayout(lower, 1)
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

    def _show_parts(self, text: str) -> None:
        pieces = split_parts(text)
        self.parts_title.setVisible(bool(pieces))
        n = len(pieces)
        self.parts.setText("".join(
            f"<p><b>Part {i} of {n}</b> · {counted(len(piece), 'character')}<br>"
            f"<span>{html.escape(piece)}</span></p>"
            for i, piece in enumerate(pieces, 1)))

    def update_counts(self, *_args: object) -> None:
        text = self.text.toPlainText()
        info = count_segments(text)
        self.info = info
        self._show_parts(text)
        plain = info.encoding == "GSM-7"
        parts = f"{info.segments} message part{'s' if info.segments != 1 else ''}"
        kind = "plain text" if plain else "with special characters"
        self.summary.setText(f"{parts} · {fmt_count(info.characters)} "
                             f"character{'s' if info.characters != 1 else ''} · {kind}")
        self.summary.setToolTip(f"Encoding: {info.encoding}. Message parts (SMS segments) are "
                                "the pieces the network splits a long text into; each part is "
                                "billed.")
        left = f"{info.remaining} character{'s' if info.remaining != 1 else ''} left in the " \
               f"last part."
        if plain:
            detail = ("Plain text fits 160 characters in one part, 153 per part when the "
                      f"message needs several. {left}")
            if info.units != info.characters:
                detail += " Symbols like € [ ] { } ~ ^ | \\ count as two."
        else:
            detail = ("Special characters (like emoji or curly quotes) make each text part "
                      "shorter: 70 characters instead of 160 (67 instead of 153 per part when "
                      f"the message needs several). {left}")
            if info.units != info.characters:
                detail += " An emoji counts as two."
        self.detail.setText(detail)
        self.detail.setToolTip(
            f"Technically: {info.units} {'GSM-7 septets' if plain else 'UTF-16 code units'} "
            f"in {info.encoding} encoding; {info.per_segment} per part at this length.")
        if info.non_gsm_characters:
            shown = "  ".join(_describe(c) for c in info.non_gsm_characters)
            self.offenders.setText(f"The special characters here: {shown}")
            self.offenders.setToolTip("These characters are not in the GSM-7 alphabet, so the "
                                      "whole message goes as UCS-2.")
            self.offenders.show()
        else:
            self.offenders.hide()
        fixable = to_gsm(text) != text
        self.fix_button.setEnabled(fixable)
        cost = message_cost(info.segments, self.audience.value(), self.price.value())
        price = self.money(self.price.value(), digits=max(2, _decimals(self.price.value())))
        self.cost.setText(f"{self.money(cost)}  ({parts} × {fmt_count(self.audience.value())} "
                          f"people × {price})")
        note = f"from your message text ({kind})" if text else ""
        self.segments_changed.emit(max(1, info.segments), note)


def _decimals(x: float) -> int:
    """Decimals a price needs to show exactly: 0.045 -> 3, 0.05 -> 2."""
    text = f"{x:.4f}".rstrip("0")
    return len(text.partition(".")[2])
