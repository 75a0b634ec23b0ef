"""The main window's menus: File, Edit, View and Help, their actions and shortcuts.

Every action is declared once in `action_specs()` (text, shortcut, tip) under its `MainAction`
key, worded through `MenuWords.tr` when the menus are built (after the translator), like
Picard's `picard/ui/mainwindow/actions.py`. `build_menus(...)` creates the menus once, like a
Designer `setupUi`, connecting each action to the slot the window gives for its key, and returns
the menus and the actions keyed by `MainAction` (the window keeps them as `menus` and
`action_map`). The Help menu's two small dialogs live here too. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from smsplanner import APP_NAME
from smsplanner.ui.common.settings import Preferences
from smsplanner.ui.common.translation import TranslationContext
from smsplanner.ui.common.window import MainAction

Shortcut = str | QKeySequence.StandardKey | list[str] | None
Keys = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """How one main-window action looks: its text, shortcut(s), tip and menu role."""

    text: str
    shortcut: Shortcut = None
    tip: str = ""
    fallback: str = ""  # the shortcut where the platform has no standard key
    role: QAction.MenuRole | None = None
    table_only: bool = False  # a shortcut of the campaigns table (Enter, Delete, Ctrl+C)


class MenuWords(TranslationContext):
    """Translation context for the main window's menus and their small dialogs."""


def action_specs() -> dict[MainAction, ActionSpec]:
    """Every main-window action, worded in the language installed now (called when the menus
    are built, after the translator is installed)."""
    return {
        MainAction.IMPORT: ActionSpec(
            MenuWords.tr("&Import results…"), Keys.Open,
            MenuWords.tr("Read campaign results from a CSV or Excel file")),
        MainAction.NEW_CAMPAIGN: ActionSpec(
            MenuWords.tr("&New campaign…"), Keys.New,
            MenuWords.tr("Type in the figures of a campaign")),
        MainAction.LOAD_SAMPLE: ActionSpec(
            MenuWords.tr("Load &sample data"),
            tip=MenuWords.tr("Add 48 made-up campaigns to explore the app")),
        MainAction.REMOVE_SAMPLE: ActionSpec(
            MenuWords.tr("&Remove sample data"),
            tip=MenuWords.tr("Take out exactly the made-up sample campaigns; your own stay "
                             "(you can undo)")),
        MainAction.PRINT_REPORT: ActionSpec(
            MenuWords.tr("&Print report…"), Keys.Print,
            MenuWords.tr("A one- or two-page summary of a month or range of days, on paper"),
            "Ctrl+P"),
        MainAction.SAVE_REPORT: ActionSpec(
            MenuWords.tr("Save report as P&DF…"),
            tip=MenuWords.tr("The same summary as a PDF file, to keep or send")),
        MainAction.PREFERENCES: ActionSpec(
            MenuWords.tr("&Preferences…"), Keys.Preferences,
            MenuWords.tr("Currency, cost per message, benchmark band and database location"),
            "Ctrl+,", QAction.MenuRole.PreferencesRole),
        MainAction.QUIT: ActionSpec(MenuWords.tr("&Quit"), Keys.Quit, fallback="Ctrl+Q",
                                    role=QAction.MenuRole.QuitRole),
        MainAction.COPY: ActionSpec(
            MenuWords.tr("&Copy rows"), Keys.Copy,
            MenuWords.tr("Copy the selected rows with headers, for a spreadsheet"),
            table_only=True),
        MainAction.EDIT: ActionSpec(MenuWords.tr("&Edit campaign…"), ["Return", "Enter"],
                                    table_only=True),
        MainAction.DELETE: ActionSpec(
            MenuWords.tr("&Delete"), Keys.Delete,
            MenuWords.tr("Delete the selected campaigns (you can undo)"), table_only=True),
        MainAction.SELECT_ALL: ActionSpec(MenuWords.tr("Select &all"), Keys.SelectAll,
                                          table_only=True),
        MainAction.CAMPAIGNS_TAB: ActionSpec(MenuWords.tr("&Campaigns"), "Ctrl+1"),
        MainAction.FIND: ActionSpec(MenuWords.tr("&Search"), Keys.Find),
        MainAction.CLEAR_FILTERS: ActionSpec(MenuWords.tr("C&lear filters")),
        MainAction.REFRESH: ActionSpec(MenuWords.tr("&Refresh"), Keys.Refresh),
        MainAction.GUIDE: ActionSpec(
            MenuWords.tr("&Guide"), Keys.HelpContents,
            MenuWords.tr("The built-in guide, at the page about this screen"), "F1"),
        MainAction.ABOUT: ActionSpec(MenuWords.tr("&About {app}").format(app=APP_NAME),
                                     role=QAction.MenuRole.AboutRole),
        MainAction.DATA_LOCATION: ActionSpec(MenuWords.tr("Where is my &data?")),
    }


# The menus' entries in order; None is a separator. FILE_TAIL and VIEW_TABS mark where views
# insert theirs (File > Export…, Backups…; View > one entry per tab).
FILE_TAIL = "file tail"
VIEW_TABS = "view tabs"
LAYOUT: dict[str, list[MainAction | str | None]] = {
    "file": [MainAction.IMPORT, MainAction.NEW_CAMPAIGN, MainAction.LOAD_SAMPLE,
              MainAction.REMOVE_SAMPLE, None, MainAction.PRINT_REPORT, MainAction.SAVE_REPORT,
              FILE_TAIL, MainAction.PREFERENCES, None, MainAction.QUIT],
    "edit": [MainAction.UNDO, MainAction.REDO, None, MainAction.COPY, MainAction.EDIT,
              MainAction.DELETE, MainAction.SELECT_ALL],
    "view": [MainAction.CAMPAIGNS_TAB, VIEW_TABS, MainAction.FIND, MainAction.CLEAR_FILTERS,
              "columns", MainAction.REFRESH],
    "help": [MainAction.GUIDE, None, MainAction.ABOUT, MainAction.DATA_LOCATION],
}


def menu_titles() -> dict[str, str]:
    """The menu bar's titles, by LAYOUT key, in the language installed now."""
    return {"file": MenuWords.tr("&File"), "edit": MenuWords.tr("&Edit"),
            "view": MenuWords.tr("&View"), "help": MenuWords.tr("&Help")}


@dataclass
class Menus:
    """The four menus, and where views insert theirs (File above Preferences, View tabs)."""

    file: QMenu
    edit: QMenu
    view: QMenu
    help: QMenu
    file_tail: QAction  # add_file_action inserts above this separator
    view_tabs_end: QAction  # add_view inserts its tab entries above this separator


def make_action(parent: QObject, text: str, slot: Callable[[], object],
                shortcut: Shortcut = None, tip: str = "") -> QAction:
    """An action calling `slot()` (without Qt's `checked` argument), with shortcut(s) and tip."""
    action = QAction(text, parent)
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        else:
            action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _action(window: QMainWindow, spec: ActionSpec, slot: Callable[[], object]) -> QAction:
    action = make_action(window, spec.text, slot, spec.shortcut, spec.tip)
    if spec.fallback and action.shortcut().isEmpty():
        action.setShortcut(QKeySequence(spec.fallback))
    if spec.role is not None:
        action.setMenuRole(spec.role)
    return action


def build_menus(window: QMainWindow, slots: Mapping[MainAction, Callable[[], object]],
                undo_stack: QUndoStack, table: QTableView, columns_menu: QMenu
                ) -> tuple[Menus, dict[MainAction, QAction]]:
    """Create the four menus: each action of action_specs() calls its slot; Undo and Redo follow the
    undo stack; the table's actions are shortcuts of the campaigns table only."""
    specs = action_specs()
    actions: dict[MainAction, QAction] = {
        key: _action(window, spec, slots[key]) for key, spec in specs.items()}
    # Qt puts the undo command's own text after the prefix ("Undo Delete"): the commands' texts
    # are translated where they are made.
    actions[MainAction.UNDO] = undo_stack.createUndoAction(window, MenuWords.tr("&Undo"))
    actions[MainAction.UNDO].setShortcuts([QKeySequence("Ctrl+Z")])
    actions[MainAction.REDO] = undo_stack.createRedoAction(window, MenuWords.tr("&Redo"))
    actions[MainAction.REDO].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    actions[MainAction.IMPORT].setVisible(False)  # until an import handler is registered
    # Table-only shortcuts: Enter, Delete and Ctrl+C keep working normally in text boxes.
    for key, spec in specs.items():
        if spec.table_only:
            actions[key].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            table.addAction(actions[key])

    bar = window.menuBar()
    menus: list[QMenu] = []
    marks: dict[str, QAction] = {}
    titles = menu_titles()
    for name, entries in LAYOUT.items():
        menu = bar.addMenu(titles[name])
        menus.append(menu)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif entry == "columns":
                menu.addMenu(columns_menu)
            elif isinstance(entry, str):
                marks[entry] = menu.addSeparator()
            else:
                menu.addAction(actions[entry])
    file, edit, view, help_ = menus
    return Menus(file, edit, view, help_, marks[FILE_TAIL], marks[VIEW_TABS]), actions


def view_action(window: QWidget, title: str, index: int, show: Callable[[], None]) -> QAction:
    """A View-menu entry for the tab at 1-based `index` (Ctrl+index for the first nine)."""
    action = QAction(title, window)
    if index <= 9:
        action.setShortcut(QKeySequence(f"Ctrl+{index}"))
    action.triggered.connect(show)
    return action


def show_about(window: QWidget) -> None:
    """Help > About: the app's name, version and one sentence."""
    from smsplanner import __version__

    QMessageBox.about(
        window, MenuWords.tr("About {app}").format(app=APP_NAME),
        MenuWords.tr("<b>{app}</b> {version}<p>Plan SMS campaigns from your own results: "
                     "rates with honest 95% ranges, trends, forecasts and A/B tests.</p>"
                     ).format(app=APP_NAME, version=__version__))


def show_data_location(window: QWidget, db_path: Path) -> None:
    """Help > Where is my data?: the database file and the log file, selectable."""
    from smsplanner.logs import log_file

    box = QMessageBox(QMessageBox.Icon.Information, MenuWords.tr("Where is my data?"),
                      MenuWords.tr("Your campaigns are in:\n{database}\n\n"
                                   "Problems are logged in:\n{log}").format(
                          database=db_path, log=log_file()), parent=window)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()


def add_theme_menu(window: QWidget, view_menu: QMenu, prefs: Preferences) -> dict[str, QAction]:
    """View > Theme: System, Light, Dark (one checked), remembered in the preferences."""
    from PySide6.QtGui import QActionGroup

    from smsplanner.ui.common.theme import THEMES, apply_theme

    view_menu.addSeparator()
    menu = view_menu.addMenu(MenuWords.tr("&Theme"))
    group = QActionGroup(window)
    group.setExclusive(True)
    current = prefs.theme()
    actions: dict[str, QAction] = {}
    names = {"system": MenuWords.tr("&System"), "light": MenuWords.tr("&Light"),
             "dark": MenuWords.tr("&Dark")}
    for name in THEMES:
        action = QAction(names[name], window)
        action.setCheckable(True)
        action.setChecked(name == current)

        def choose(_checked: bool = False, name: str = name) -> None:
            prefs.set_theme(apply_theme(name))

        action.triggered.connect(choose)
        group.addAction(action)
        menu.addAction(action)
        actions[name] = action
    return actions


def add_language_menu(window: QWidget, view_menu: QMenu, prefs: Preferences
                      ) -> tuple[QAction, dict[str, QAction]]:
    """View > Language: System, then each language in its own name (one checked). The choice
    is remembered and applies at the next start, which a message says. Returns the submenu's
    action (for the action map) and the choices by code ("system", "en", "de", ...)."""
    from PySide6.QtGui import QActionGroup

    from smsplanner.ui.common.i18n import LANGUAGE_NAMES, SYSTEM

    menu = view_menu.addMenu(MenuWords.tr("Lan&guage"))
    group = QActionGroup(window)
    group.setExclusive(True)
    current = prefs.language()
    actions: dict[str, QAction] = {}
    names = {SYSTEM: MenuWords.tr("&System"), **LANGUAGE_NAMES}
    for code, text in names.items():
        action = QAction(text, window)
        action.setCheckable(True)
        action.setChecked(code == current)

        def choose(_checked: bool = False, code: str = code) -> None:
            if prefs.language() == code:
                return
            prefs.set_language(code)
            prefs.sync()
            QMessageBox.information(
                window, MenuWords.tr("Language"),
                MenuWords.tr("The new language applies the next time you start {app}."
                             ).format(app=APP_NAME))

        action.triggered.connect(choose)
        group.addAction(action)
        menu.addAction(action)
        actions[code] = action
        if code == SYSTEM:
            menu.addSeparator()
    return menu.menuAction(), actions


# The guide page F1 opens for each screen, by the class of the tab's widget (its title is
# translated); the welcome panel has its own.
HELP_PAGES = {"CampaignsWorkspace": "numbers.html", "TrendsView": "trends.html",
              "PlanView": "planning.html"}


def help_page_for(stack: QStackedWidget, welcome: QWidget, tabs: QTabWidget) -> str:
    """The guide page about what the window shows now."""
    if stack.currentWidget() is welcome:
        return "getting-started.html"
    page = tabs.currentWidget()
    return HELP_PAGES.get(type(page).__name__ if page is not None else "", "index.html")


def open_help(window: QWidget, target: str) -> None:
    """Help > Guide (F1): the guide window at `target`."""
    from smsplanner.ui.help.browser import open_guide

    open_guide(window, target)
