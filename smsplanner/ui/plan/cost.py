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
from smsplanner.ui.common.formatting import fmt_money
from smsplanner.ui.common.plan_words import TrContext, en
from smsplanner.ui.common.theme import set_warning_colour
from smsplanner.ui.help.browser import what_is_this

Money = Callable[..., str]  # money(x, digits=2)


class CostWords(TrContext):
    """Translation context for the message cost module's functions."""


def _describe(ch: str) -> str:
    """A visible name for a character: '“' stays, a non-breaking space gets words."""
    names = {"\u00a0": CostWords.tr("non-breaking space"),
             "\u200b": CostWords.tr("zero-width space"), "\t": CostWords.tr("tab")}
    return names.get(ch, ch)


class MessageCostBox(QWidget):
    """Message text in; characters, encoding, segments, offending characters and cost out."""

    segments_changed = Signal(int, str)  # segments, a note for the what-if panel

    def __init__(self, money: Money | None = None, price: float = 0.045,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.money: Money = money or (lambda x, digits=2: fmt_money(x, symbol="", digits=digits))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Paste or type your message here"))
        self.text.setAccessibleName(self.tr("Message text"))
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.offenders = QLabel()
        self.offenders.setWordWrap(True)
        set_warning_colour(self.offenders)
        self.fix_button = QPushButton(self.tr("Replace curly quotes and dashes"))
        self.fix_button.setToolTip(self.tr("Swap look-alike characters for plain ones so the "
                                           "message can go as GSM-7 (cheaper: 160 characters "
                                           "per part, not 70)"))
        self.audience = QSpinBox()
        self.audience.setRange(0, 10_000_000)
        self.audience.setGroupSeparatorShown(True)
        self.audience.setValue(5000)
        self.audience.setAccessibleName(self.tr("People to text"))
        self.price = QDoubleSpinBox()
        self.price.setRange(0.0, 100.0)
        self.price.setDecimals(4)
        self.price.setSingleStep(0.005)
        self.price.setValue(price)
        self.price.setAccessibleName(self.tr("Price per message part"))
        self.cost = QLabel()
        self.cost.setStyleSheet("font-weight: 600;")

        for box in (self.audience, self.price):  # a number's width, not the window's
            box.setMinimumWidth(120)
            box.setMaximumWidth(160)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("People to text"), self.audience)
        form.addRow(self.tr("Price per message part"), self.price)
        form.addRow(self.tr("Cost"), self.cost)
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
        self.parts_title = QLabel(self.tr("How it arrives, part by part"))
        self.parts_title.setStyleSheet("font-weight: 600;")
        self.parts = QLabel()
        self.parts.setObjectName("messageParts")
        self.parts.setWordWrap(True)
        self.parts.setTextFormat(Qt.TextFormat.RichText)
        self.parts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.parts.setAccessibleName(self.tr("The message split into its billed parts"))
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
            en(self.tr("<p><b>Part {part} of {parts}</b> · %n character(s)<br><span>{text}"
                       "</span></p>", "", len(piece)), len(piece)).format(
                part=i, parts=n, text=html.escape(piece))
            for i, piece in enumerate(pieces, 1)))

    def update_counts(self, *_args: object) -> None:
        text = self.text.toPlainText()
        info = count_segments(text)
        self.info = info
        self._show_parts(text)
        plain = info.encoding == "GSM-7"
        n_parts, n_chars = info.segments, info.characters
        parts = en(self.tr("%n message part(s)", "", n_parts), n_parts)
        chars = en(self.tr("%Ln character(s)", "", n_chars), n_chars)
        kind = self.tr("plain text") if plain else self.tr("with special characters")
        # One line of three facts; each fact is its own whole phrase.
        self.summary.setText(f"{parts} · {chars} · {kind}")
        self.summary.setToolTip(self.tr("Encoding: {encoding}. Message parts (SMS segments) are "
                                        "the pieces the network splits a long text into; each "
                                        "part is billed.").format(encoding=info.encoding))
        left = en(self.tr("%n character(s) left in the last part.", "", info.remaining),
                  info.remaining)
        if plain:
            sentences = [self.tr("Plain text fits 160 characters in one part, 153 per part "
                                 "when the message needs several."), left]
            if info.units != info.characters:
                sentences.append(self.tr("Symbols like € [ ] { } ~ ^ | \\ count as two."))
        else:
            sentences = [self.tr("Special characters (like emoji or curly quotes) make each "
                                 "text part shorter: 70 characters instead of 160 (67 instead "
                                 "of 153 per part when the message needs several)."), left]
            if info.units != info.characters:
                sentences.append(self.tr("An emoji counts as two."))
        self.detail.setText(" ".join(sentences))
        technical = (self.tr("Technically: {units} GSM-7 septets in {encoding} encoding; "
                             "{per_part} per part at this length.") if plain else
                     self.tr("Technically: {units} UTF-16 code units in {encoding} encoding; "
                             "{per_part} per part at this length."))
        self.detail.setToolTip(technical.format(units=info.units, encoding=info.encoding,
                                                per_part=info.per_segment))
        if info.non_gsm_characters:
            shown = "  ".join(_describe(c) for c in info.non_gsm_characters)
            self.offenders.setText(self.tr("The special characters here: {characters}").format(
                characters=shown))
            self.offenders.setToolTip(self.tr("These characters are not in the GSM-7 alphabet, "
                                              "so the whole message goes as UCS-2."))
            self.offenders.show()
        else:
            self.offenders.hide()
        fixable = to_gsm(text) != text
        self.fix_button.setEnabled(fixable)
        cost = message_cost(info.segments, self.audience.value(), self.price.value())
        price = self.money(self.price.value(), digits=max(2, _decimals(self.price.value())))
        people = self.audience.value()
        self.cost.setText(en(self.tr("{cost}  ({parts} × %Ln person(s) × {price})", "", people),
                             people).format(cost=self.money(cost), parts=parts, price=price))
        note = self.tr("from your message text ({kind})").format(kind=kind) if text else ""
        self.segments_changed.emit(max(1, info.segments), note)


def _decimals(x: float) -> int:
    """Decimals a price needs to show exactly: 0.045 -> 3, 0.05 -> 2."""
    text = f"{x:.4f}".rstrip("0")
    return len(text.partition(".")[2])
