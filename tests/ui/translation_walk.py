"""Walk the main window's menus, tabs and dialogs and collect every text a user can read.

`walk_window(window)` returns {where: text} for the window and every dialog its menu actions
open (each closed again at once), keyed by the same path in every language, so a run in English
and one in German can be compared text by text. `clipped_labels(widget)` lists labels too small
for their text. Used by tests/ui/test_translations.py; GUI thread only.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from smsplanner.ui.common.window import MainAction

# Actions that change data, quit, or only move focus: never triggered by the walk.
SKIP = {MainAction.QUIT, MainAction.DELETE, MainAction.REMOVE_SAMPLE, MainAction.LOAD_SAMPLE,
        MainAction.UNDO, MainAction.REDO, MainAction.REFRESH, MainAction.CLEAR_FILTERS,
        MainAction.FIND, MainAction.SELECT_ALL, MainAction.COPY, MainAction.CAMPAIGNS_TAB,
        MainAction.LANGUAGE}
_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """What the user reads: no accelerator marks, tags or entities; spaces collapsed."""
    if "<" in text and ">" in text:
        text = html.unescape(_TAG.sub(" ", text))
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return re.sub(r"\s+", " ", text).strip()


def settle(ms: int = 0) -> None:
    QCoreApplication.processEvents()
    if ms:
        clock = QElapsedTimer()
        clock.start()
        while clock.elapsed() < ms:
            QCoreApplication.processEvents()


def _path(widget: QWidget, root: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and w is not root:
        parent = w.parentWidget()
        siblings = [c for c in (parent.children() if parent else []) if type(c) is type(w)]
        index = siblings.index(w) if w in siblings else 0
        parts.append(f"{type(w).__name__}{'#' + w.objectName() if w.objectName() else ''}"
                     f"[{index}]")
        w = parent
    return "/".join(reversed(parts))


def widget_texts(root: QWidget, prefix: str) -> dict[str, str]:
    """Every text shown by root and its visible children, keyed by where it is."""
    out: dict[str, str] = {}
    if root.isWindow() and root.windowTitle():
        out[f"{prefix}:title"] = root.windowTitle()
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        where = f"{prefix}:{_path(w, root)}"
        if isinstance(w, QLabel | QAbstractButton):
            out[where] = w.text()
        elif isinstance(w, QGroupBox):
            out[where] = w.title()
        elif isinstance(w, QLineEdit) and not w.text():
            out[where] = w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                out[f"{where}#{i}"] = w.itemText(i)
        elif isinstance(w, QAbstractSpinBox):
            out[where] = w.specialValueText()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                out[f"{where}#tab{i}"] = w.tabText(i)
        elif isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount(QModelIndex())):
                out[f"{where}#h{c}"] = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
    return {k: v for k, v in out.items() if plain(v)}


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action
        if action.menu() is not None:
            yield from menu_actions(action.menu())


def menu_texts(window: QWidget) -> dict[str, str]:
    """The menu bar's titles, every action's text and status tip, by position."""
    out = {}
    for t, top in enumerate(window.menuBar().actions()):  # type: ignore[attr-defined]
        out[f"menu{t}"] = top.text()
        for i, action in enumerate(menu_actions(top.menu())):
            out[f"menu{t}.{i}"] = action.text()
            out[f"menu{t}.{i}:tip"] = action.statusTip()
    return {k: v for k, v in out.items() if plain(v)}


def _ours(w: QWidget) -> bool:
    """Our dialogs and message boxes; Qt's own (file, print) are translated by Qt."""
    return type(w).__module__.startswith("smsplanner") or isinstance(w, QMessageBox)


def capture_windows(trigger: Callable[[], object], prefix: str,
                    found: dict[str, str], clipped: list[str], wait_ms: int = 1500,
                    settle_ms: int = 50) -> None:
    """Trigger, then read and close every window that opens (also from a modal exec())."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    seen: list[QWidget] = []

    def poll() -> None:
        for w in QApplication.topLevelWidgets():
            try:
                new = w.isVisible() and id(w) not in before and w not in seen
            except RuntimeError:  # deleted while we looked
                continue
            if new:
                seen.append(w)
                settle(settle_ms)
                if _ours(w):
                    found.update(widget_texts(w, f"{prefix}/{type(w).__name__}"))
                    clipped.extend(f"{prefix}: {c}" for c in clipped_labels(w))
                if isinstance(w, QDialog):
                    w.reject()
                w.close()

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(poll)
    timer.start()
    trigger()
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < wait_ms and not seen:
        QCoreApplication.processEvents()
    settle(150)
    poll()
    timer.stop()


def clipped_labels(root: QWidget) -> list[str]:
    """Visible labels whose text does not fit: wider than the label (one line), or taller
    than it when word-wrapped; and push buttons narrower than their text."""
    out = []
    for button in root.findChildren(QPushButton):
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not button.isVisible() or not text.strip():
            continue
        # The text and the icon, with the few pixels of frame every style leaves (a style's
        # minimum width, which sizeHint includes, is no sign of clipping).
        need = button.fontMetrics().horizontalAdvance(text) + 8
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
        if need > button.width():
            out.append(f"button {text[:60]!r} needs {need}px, has {button.width()}")
    for label in [root, *root.findChildren(QLabel)]:
        if not isinstance(label, QLabel) or not label.isVisible() or not plain(label.text()):
            continue
        if label.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            continue  # elides on purpose
        if label.wordWrap():
            need = label.heightForWidth(label.width())
            if need > label.height() + 1:
                out.append(f"{plain(label.text())[:60]!r} needs {need}px height, has "
                           f"{label.height()}")
        elif label.sizeHint().width() > label.width() + 1:
            out.append(f"{plain(label.text())[:60]!r} needs {label.sizeHint().width()}px, has "
                       f"{label.width()}")
    return out
