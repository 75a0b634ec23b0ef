"""The import dialog's widgets and how they are laid out, with no import logic.

`ImportDialogLayout` builds the file name, the preview with its mapping dropdowns, the read
settings and shape panels, the problem list and the button row; `ImportDialog` (import_dialog.py)
adds the steps and connects the signals. GUI thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smsplanner.ui.imports.mapping_header import PreviewTable
from smsplanner.ui.imports.preview_model import ImportPreviewModel
from smsplanner.ui.imports.problems import ProblemsPanel
from smsplanner.ui.imports.settings_panel import ReadSettingsPanel, ShapePanel
from smsplanner.ui.imports.words import nothing_to_import

SIDE_WIDTH = 260  # the settings column beside the preview


class ImportDialogLayout(QDialog):
    """The dialog's widgets: preview and mapping, settings, problems, progress and buttons."""

    def __init__(self, parent: QWidget | None, path: Path, position: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import results — {position}").format(position=position)
                            if position else self.tr("Import results"))
        self.setSizeGripEnabled(True)
        self._build_preview(path)
        self._build_side()
        self._build_buttons()

        top = QWidget(self)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        preview_box = QVBoxLayout()
        preview_box.addWidget(self.header_label)
        preview_box.addWidget(self.view, 1)
        top_layout.addLayout(preview_box, 1)
        top_layout.addWidget(self.side)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.problems_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.refusal)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(line)
        layout.addLayout(self.button_row)

    def _build_preview(self, path: Path) -> None:
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.file_label.font()
        font.setBold(True)
        self.file_label.setFont(font)
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.header_label = QLabel(self)
        self.header_label.setWordWrap(True)
        # Why nothing can be imported, at the top where it is read first: a line at the
        # bottom beside the buttons went unnoticed next to settings that did not matter.
        self.refusal = QLabel(self)
        self.refusal.setObjectName("importRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.setAccessibleName(self.tr("Why this file cannot be imported"))
        self.refusal.setStyleSheet(
            "QLabel#importRefusal { background: #fdecea; color: #611a15; border: 1px solid "
            "#f5c2c0; border-radius: 4px; padding: 8px; font-weight: 600; }")
        self.refusal.hide()

        self.model = ImportPreviewModel(self)
        self.view = PreviewTable(self.model, self)
        self.mapping_header = self.view.mapping_header
        self.problems_panel = ProblemsPanel(self)
        self.problems = self.problems_panel.table

    def _build_side(self) -> None:
        self.settings_panel = ReadSettingsPanel(self)
        self.shape_panel = ShapePanel(self)
        self.shape_box = self.shape_panel.shape_box
        self.campaign_edit = self.shape_panel.campaign_edit
        self.notes = self.shape_panel.notes

        self.side = QWidget(self)
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("<b>How the file was read</b>"), self.side))
        side_layout.addWidget(self.settings_panel)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.shape_panel, 1)
        self.side.setFixedWidth(SIDE_WIDTH)

    def _build_buttons(self) -> None:
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(240)
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.setToolTip(self.tr("Stop reading or importing; nothing is changed"))
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.why, 1)
        self.button_row.addWidget(self.progress)
        self.button_row.addWidget(self.stop_button)
        self.button_row.addSpacing(12)
        self.button_row.addWidget(self.close_button)
        self.button_row.addWidget(self.import_button)

    # -- what the button row shows -----------------------------------------------------------
    def show_busy(self, label: str, importing: bool) -> None:
        """Show work in progress (label) or none (""); an import also locks the settings."""
        busy = bool(label)
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)
        if busy:
            self.why.setText(label)
            self.import_button.setEnabled(False)
        self.settings_panel.setEnabled(not (importing and busy))
        self.mapping_header.setEnabled(not (importing and busy))

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(int(1000 * min(done, total) / total))

    def show_verdict(self, button_text: str, enabled: bool, why: str) -> None:
        """What the import button will do, and (when it cannot) why."""
        self.import_button.setText(button_text)
        self.import_button.setEnabled(enabled)
        self.why.setText(why)
        self.refusal.hide()

    def show_nothing_to_import(self, why: str) -> None:
        self.show_verdict(nothing_to_import(), False, why)
        self.refusal.setText(why)
        self.refusal.setVisible(bool(why))
