"""Acceptance audit: every user-visible feature the issues name can be reached from the window.

Walks the real MainWindow's menu bar, tabs and buttons (not attributes set by the code) and
checks the keyboard shortcuts and accessible names the issues ask for; triggers the actions
that open windows and checks the right window opens.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSlider,
    QTabWidget,
    QWidget,
)

from smsplanner.ui.window.main_window import MainWindow


def plain(text: str) -> str:
    return text.replace("&", "").replace("…", "").replace("...", "").strip()


def menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if plain(action.text()) == title and action.menu() is not None:
            return action.menu()
    raise AssertionError(f"no {title} menu; menus: "
                         f"{[plain(a.text()) for a in window.menuBar().actions()]}")


def walk(m: QMenu) -> Iterator[QAction]:
    for action in m.actions():
        if action.isSeparator():
            continue
        yield action
        if action.menu() is not None:
            yield from walk(action.menu())


def find(window: MainWindow, title: str, words: str) -> QAction:
    """The visible, enabled-able action under menu `title` whose text contains `words`."""
    found = [a for a in walk(menu(window, title)) if words.lower() in plain(a.text()).lower()]
    assert found, (f"{title} menu has no '{words}': "
                   f"{[plain(a.text()) for a in walk(menu(window, title))]}")
    action = found[0]
    assert action.isVisible(), f"{title} > {action.text()} is hidden"
    return action


def keys(action: QAction) -> set[str]:
    return {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()}


def tab(tabs: QTabWidget, title: str) -> QWidget:
    titles = [plain(tabs.tabText(i)) for i in range(tabs.count())]
    assert title in titles, f"no '{title}' tab: {titles}"
    return tabs.widget(titles.index(title))


def buttons(widget: QWidget) -> dict[str, QAbstractButton]:
    return {plain(b.text()) or b.accessibleName(): b
            for b in widget.findChildren(QAbstractButton)}


def open_dialogs(qtbot, window: MainWindow) -> list[QDialog]:
    """Dialogs the window opened (visible), newest last."""
    qtbot.waitUntil(lambda: bool(_visible_dialogs(window)), timeout=2000)
    return _visible_dialogs(window)


def _visible_dialogs(window: MainWindow) -> list[QDialog]:
    found: dict[int, QDialog] = {}  # a dialog is both a top-level widget and a child
    for w in QApplication.topLevelWidgets() + window.findChildren(QDialog):
        if isinstance(w, QDialog) and w.isVisible():
            found.setdefault(id(w), w)
    return list(found.values())


def close_dialogs(window: MainWindow) -> None:
    for d in _visible_dialogs(window):
        d.reject()


@pytest.fixture
def full(window: MainWindow) -> MainWindow:
    """The window with the sample history loaded (so the tabs show, not the welcome panel)."""
    window.load_sample_data()
    window.ops.wait_idle()
    assert window.stack.currentWidget() is window.tabs
    return window


# ----------------------------------------------------------------------------- menus

def test_menus_in_order(window: MainWindow) -> None:
    titles = [plain(a.text()) for a in window.menuBar().actions()]
    assert titles[:4] == ["File", "Edit", "View", "Help"]


def test_file_menu_import_export_backups_preferences(window: MainWindow) -> None:
    assert "Ctrl+O" in keys(find(window, "File", "Import results"))  # issue 4
    assert "Ctrl+N" in keys(find(window, "File", "New campaign"))  # issue 4
    find(window, "File", "sample data")  # issue 2's welcome choice, also in the menu
    find(window, "File", "Export chart")  # issue 5
    assert "SVG" in find(window, "File", "Export chart").text()
    shown = find(window, "File", "Export shown campaigns")  # issue 8: what the table shows
    every = find(window, "File", "Export all campaigns")  # ... or all
    assert shown is not every
    find(window, "File", "Backups")  # issue 8
    prefs = find(window, "File", "Preferences")  # issue 4
    assert keys(prefs), "Preferences has no shortcut"
    assert keys(find(window, "File", "Quit"))


def test_edit_menu_undo_redo_copy_edit_delete(full: MainWindow, qtbot) -> None:
    undo, redo = find(full, "Edit", "Undo"), find(full, "Edit", "Redo")
    assert "Ctrl+Z" in keys(undo)  # issue 4
    assert "Ctrl+Shift+Z" in keys(redo)  # issue 4
    assert "Ctrl+C" in keys(find(full, "Edit", "Copy"))
    assert keys(find(full, "Edit", "Edit campaign")) & {"Return", "Enter"}
    delete = find(full, "Edit", "Delete")
    assert "Del" in keys(delete)
    # the actions found in the menu do the work: delete, undo, redo
    before = len(full.campaigns())
    full.select_campaigns([full.campaigns()[0].id])
    delete.trigger()
    full.ops.wait_idle()
    assert len(full.campaigns()) == before - 1
    assert undo.isEnabled()
    undo.trigger()
    full.ops.wait_idle()
    assert len(full.campaigns()) == before
    redo.trigger()
    full.ops.wait_idle()
    assert len(full.campaigns()) == before - 1


def test_view_menu_tabs_search_columns_imports(full: MainWindow, qtbot) -> None:
    for title, shortcut in (("Campaigns", "Ctrl+1"), ("Trends", "Ctrl+2"), ("Plan", "Ctrl+3")):
        action = find(full, "View", title)
        assert shortcut in keys(action)
        action.trigger()
        assert plain(full.tabs.tabText(full.tabs.currentIndex())) == title
    search = find(full, "View", "Search")
    assert "Ctrl+F" in keys(search)
    search.trigger()
    assert full.tabs.currentWidget() is full.workspace
    assert QApplication.focusWidget() is full.workspace.filter_bar.search or \
        full.workspace.filter_bar.search.hasFocus()
    find(full, "View", "Clear filters")
    columns = find(full, "View", "Columns")
    assert columns.menu() is not None and len(columns.menu().actions()) >= 15
    imports = find(full, "View", "Imports")  # issue 4
    assert keys(imports)
    imports.trigger()
    dialog = open_dialogs(qtbot, full)[-1]
    assert "Undo this import" in buttons(dialog)
    close_dialogs(full)


def test_help_menu_about_and_data_location(full: MainWindow, qtbot) -> None:
    about = find(full, "Help", "About")
    closed: list[str] = []

    def close_box() -> None:  # QMessageBox.about() waits in its own loop: answer it
        box = QApplication.activeModalWidget()
        if box is not None:
            closed.append(box.windowTitle())
            box.close()

    QTimer.singleShot(200, close_box)
    about.trigger()
    assert closed and "SMS Planner" in closed[0]
    find(full, "Help", "Where is my data").trigger()
    assert open_dialogs(qtbot, full)
    close_dialogs(full)


def test_backups_and_preferences_open_their_windows(full: MainWindow, qtbot) -> None:
    find(full, "File", "Backups").trigger()
    dialog = open_dialogs(qtbot, full)[-1]
    b = buttons(dialog)
    assert "Back up now" in b and "Restore" in b  # issue 8
    close_dialogs(full)
    find(full, "File", "Preferences").trigger()
    dialog = open_dialogs(qtbot, full)[-1]
    b = buttons(dialog)
    assert "Open another file" in b and "Create a new file" in b  # issue 4: where the db lives
    names = {w.accessibleName() for w in dialog.findChildren(QWidget)}
    assert {"Currency symbol", "Default cost per message"} <= names
    close_dialogs(full)


def test_no_two_window_shortcuts_collide(full: MainWindow) -> None:
    """Qt ignores a shortcut two actions share: each window-wide key must do one thing."""
    owners: dict[str, list[str]] = defaultdict(list)
    for title in ("File", "Edit", "View", "Help"):
        for action in walk(menu(full, title)):
            if action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut:
                continue
            for k in keys(action):
                owners[k].append(plain(action.text()))
    clashes = {k: v for k, v in owners.items() if len(set(v)) > 1 or len(v) > 1}
    assert not clashes, clashes


# ----------------------------------------------------------------------------- panels

def test_welcome_panel_offers_three_ways_in(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    names = {b.accessibleName() for b in window.welcome.findChildren(QAbstractButton)
             if b.isVisibleTo(window)}
    assert {"Import results", "Add a campaign", "Explore with sample data"} <= names


def test_campaigns_workspace_controls(full: MainWindow) -> None:
    ws = tab(full.tabs, "Campaigns")
    names = {w.accessibleName() for w in ws.findChildren(QWidget) if w.isVisibleTo(full)}
    assert {"Search campaigns", "Segment filter", "Channel filter", "Choose columns"} <= names
    dates = [w for w in ws.findChildren(QWidget)
             if "date" in w.accessibleName().lower() or "from" in w.accessibleName().lower()]
    assert len(dates) >= 2, "no date range filter"


def test_trends_tab_switches_and_export(full: MainWindow) -> None:
    trends = tab(full.tabs, "Trends")  # issue 5
    full.show_view(trends)
    boxes = {b.accessibleName(): b for b in trends.findChildren(QComboBox)}
    metrics = boxes["Rate to show"]
    texts = " ".join(metrics.itemText(i).lower() for i in range(metrics.count()))
    for word in ("conversion", "click", "response", "delivery"):
        assert word in texts
    pool = boxes["Pool campaigns by"]
    pooled = " ".join(pool.itemText(i).lower() for i in range(pool.count()))
    assert "week" in pooled and "month" in pooled
    breakdown = boxes["Break the rate down by"]
    by = " ".join(breakdown.itemText(i).lower() for i in range(breakdown.count()))
    for word in ("segment", "offer", "weekday", "hour"):
        assert word in by
    b = buttons(trends)
    assert "Fit" in b and "Export" in b


def test_trends_tab_reaches_the_shared_filters(full: MainWindow) -> None:
    """Issue 5: 'Filters shared with the campaigns table: segment, channel, date range.'
    On the Trends tab the user must see and change them without leaving the chart."""
    full.show_view(tab(full.tabs, "Trends"))
    bar = full.workspace.filter_bar
    assert bar.isVisibleTo(full), "the segment/channel/date filters are not on the Trends tab"
    assert bar.segment.isVisibleTo(full) and bar.channel.isVisibleTo(full)


def test_plan_tab_whatif_cost_and_ab(full: MainWindow) -> None:
    plan = tab(full.tabs, "Plan")  # issue 6
    pages = plan.findChild(QTabWidget)
    whatif, cost, ab = tab(pages, "What if"), tab(pages, "Message cost"), tab(pages, "A/B tests")
    w = {x.accessibleName() for x in whatif.findChildren(QWidget)}
    assert {"People to text", "Expected conversion rate", "Which past campaigns",
            "Delivery rate", "Price per message part", "Revenue per conversion",
            "Conversions wanted"} <= w  # the inverse question too
    c = {x.accessibleName() for x in cost.findChildren(QWidget)}
    assert {"Message text", "People to text", "Price per message part"} <= c
    assert "Replace curly quotes and dashes" in buttons(cost)
    a = {x.accessibleName() for x in ab.findChildren(QWidget)}
    assert {"Side A", "Side B", "Smallest improvement worth finding",
            "Risk of calling a winner when there is none",
            "Chance of spotting a real improvement"} <= a  # accessible names, in full


INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QSlider, QPlainTextEdit)


def unreachable_inputs(root: QWidget, scope: QWidget) -> tuple[list[str], list[str]]:
    """Inputs under `root` without an accessible name (or label buddy), and those Tab skips."""
    buddies = {id(lbl.buddy()) for lbl in scope.findChildren(QLabel) if lbl.buddy() is not None}
    unnamed, unfocusable = [], []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or isinstance(w.parent(), INPUTS):
            continue  # inner line edits of spin boxes and combo boxes belong to their owner
        desc = f"{type(w).__name__}({w.objectName() or w.toolTip()[:30]})"
        if not (w.accessibleName() or id(w) in buddies):
            unnamed.append(desc)
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            unfocusable.append(desc)
    return unnamed, unfocusable


@pytest.mark.parametrize("title", ["Campaigns", "Trends", "Plan"])
def test_every_input_has_a_name_and_takes_keyboard_focus(full: MainWindow, title: str) -> None:
    """Issue 4: every control reachable by keyboard, with accessible names."""
    page = tab(full.tabs, title)
    full.show_view(page)
    unnamed, unfocusable = unreachable_inputs(page, full)
    assert not unnamed, f"inputs without an accessible name on {title}: {unnamed}"
    assert not unfocusable, f"inputs Tab cannot reach on {title}: {unfocusable}"


@pytest.mark.parametrize(("menu_title", "words"), [
    ("File", "New campaign"), ("File", "Preferences"), ("File", "Backups"), ("View", "Imports"),
])
def test_dialog_inputs_have_names(full: MainWindow, qtbot, menu_title: str, words: str) -> None:
    find(full, menu_title, words).trigger()
    dialog = open_dialogs(qtbot, full)[-1]
    unnamed, unfocusable = unreachable_inputs(dialog, dialog)
    close_dialogs(full)
    assert not unnamed, f"{words}: inputs without an accessible name: {unnamed}"
    assert not unfocusable, f"{words}: inputs Tab cannot reach: {unfocusable}"


def test_lists_show_what_the_issues_ask(full: MainWindow, qtbot) -> None:
    """View > Imports: when, file, shape, rows, created, updated (issue 4); File > Backups:
    time, size, campaigns (issue 8); drops open the import dialog (issue 4)."""
    from PySide6.QtWidgets import QTableWidget

    def headers(dialog: QDialog) -> str:
        table = dialog.findChild(QTableWidget)
        return " ".join(table.horizontalHeaderItem(i).text().lower()
                        for i in range(table.columnCount()))

    find(full, "View", "Imports").trigger()
    h = headers(open_dialogs(qtbot, full)[-1])
    close_dialogs(full)
    for word in ("when", "file", "rows", "added", "updated"):
        assert word in h, h
    find(full, "File", "Backups").trigger()
    h = headers(open_dialogs(qtbot, full)[-1])
    close_dialogs(full)
    for word in ("made", "size", "campaigns"):
        assert word in h, h
    assert full.acceptDrops()
    assert full.status_db.text() == full.db_path.name
    assert "of" in full.status_count.text() or "campaigns" in full.status_count.text()


def test_plan_extras_distribution_chart_and_groups(full: MainWindow) -> None:
    import pyqtgraph as pg

    plan = tab(full.tabs, "Plan")
    pages = plan.findChild(QTabWidget)
    assert tab(pages, "What if").findChildren(pg.PlotWidget), "no conversions chart"
    mode = next(b for b in tab(pages, "A/B tests").findChildren(QComboBox)
                if b.accessibleName() == "Compare")
    kinds = " ".join(mode.itemText(i).lower() for i in range(mode.count()))
    assert "campaigns" in kinds and ("segments" in kinds or "offers" in kinds)  # groups too


def test_shortcuts_work_from_the_keyboard(full: MainWindow, qtbot) -> None:
    """Real key presses (not action.trigger()): each shortcut the issues name does its job."""
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    full.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is full, timeout=2000)
    table = full.workspace.table.view

    def press(key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              target: QWidget | None = None) -> None:
        qtbot.keyClick(target or QApplication.focusWidget() or full, key, mods)

    for key, index in ((Qt.Key.Key_2, 1), (Qt.Key.Key_3, 2), (Qt.Key.Key_1, 0)):
        press(key, ctrl, table)
        assert full.tabs.currentIndex() == index
    press(Qt.Key.Key_F, ctrl, table)
    assert full.workspace.filter_bar.search.hasFocus()

    asked: list[list] = []
    full.set_import_handler(asked.append)  # the dialog's hook: record instead of asking
    press(Qt.Key.Key_O, ctrl, table)
    assert asked == [[]]

    before = len(full.campaigns())
    table.setFocus()
    full.select_campaigns([full.campaigns()[0].id])
    press(Qt.Key.Key_Delete, target=table)
    full.ops.wait_idle()
    assert len(full.campaigns()) == before - 1
    press(Qt.Key.Key_Z, ctrl, table)
    full.ops.wait_idle()
    assert len(full.campaigns()) == before
    press(Qt.Key.Key_Z, ctrl | shift, table)
    full.ops.wait_idle()
    assert len(full.campaigns()) == before - 1

    for key, mods, label in ((Qt.Key.Key_N, ctrl, "Ctrl+N"),
                             (Qt.Key.Key_I, ctrl | shift, "Ctrl+Shift+I"),
                             (Qt.Key.Key_Comma, ctrl, "Ctrl+,")):
        press(key, mods, table)
        assert open_dialogs(qtbot, full), f"{label} opened nothing"
        close_dialogs(full)
        qtbot.waitUntil(lambda: not _visible_dialogs(full), timeout=2000)
