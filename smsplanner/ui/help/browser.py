"""Help > Guide: the bundled pages (resources/help) in a QTextBrowser, with search. GUI thread.

The pages are plain files shipped with the app (build.spec bundles resources/), so the guide
works offline and in the packaged app. `open_guide(parent, "trends.html#verdict")` shows one
window per main window, at that page and paragraph.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from smsplanner import APP_NAME
from smsplanner.resources import resource_path
from smsplanner.ui.common.translation import TranslationContext

HELP_DIR = ("help",)
INDEX = "index.html"
PAGE_ORDER = ("index.html", "getting-started.html", "importing.html", "numbers.html",
              "trends.html", "planning.html", "report.html", "backups.html")
_TAG = re.compile(r"<[^>]+>")
_TITLE = re.compile(r"<title>(.*?)</title>", re.S | re.I)
STYLE = """
h1 { font-size: 18pt; margin-bottom: 6px; }
h2 { font-size: 13pt; margin-top: 16px; }
p, li { line-height: 140%; }
.method { color: #777777; font-size: 9pt; }
code { font-family: monospace; }
"""


def help_dir(lang: str | None = None) -> Path:
    """The guide's folder in `lang` (default: the GUI's language): resources/help/<lang>/,
    or the English pages in resources/help/ when there is no folder for it."""
    from smsplanner.ui.common.i18n import current_language

    lang = current_language() if lang is None else lang
    if lang != "en":
        folder = resource_path(*HELP_DIR, lang, must_exist=False)
        if folder.is_dir():
            return folder
    return resource_path(*HELP_DIR)


def page_path(name: str, lang: str | None = None) -> Path:
    """A page in the GUI's language, else in English, else the contents page."""
    for folder in (help_dir(lang), help_dir("en")):
        if (folder / name).exists():
            return folder / name
    return help_dir(lang) / INDEX


class GuideWords(TranslationContext):
    """Translation context for the guide's module-level wording."""


@dataclass(frozen=True)
class PageText:
    name: str
    title: str
    text: str  # the page as plain text, for search


def load_pages(lang: str | None = None) -> list[PageText]:
    """Every bundled page's title and plain text, in reading order, in `lang` (default: the
    GUI's language)."""
    folder = help_dir(lang)
    names = [n for n in PAGE_ORDER if (folder / n).exists()]
    names += sorted(p.name for p in folder.glob("*.html") if p.name not in names)
    pages = []
    for name in names:
        raw = (folder / name).read_text(encoding="utf-8")
        title = _TITLE.search(raw)
        text = html.unescape(_TAG.sub(" ", raw))
        pages.append(PageText(name, html.unescape(title[1]) if title else name,
                              re.sub(r"\s+", " ", text)))
    return pages


def search_pages(pages: list[PageText], query: str) -> list[tuple[PageText, str]]:
    """Pages containing every word of `query`, with a snippet around the first match."""
    words = [w for w in query.lower().split() if w]
    hits = []
    for page in pages:
        if page.name == INDEX:  # the contents page mentions everything; it is the list
            continue
        low = page.text.lower()
        if words and all(w in low for w in words):
            at = low.index(words[0])
            start = max(0, at - 50)
            snippet = ("…" if start else "") + page.text[start:at + 90].strip() + "…"
            hits.append((page, snippet))
    return hits


class GuideWindow(QWidget):
    """The guide: a search box and result list on the left, the page on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("{app} guide").format(app=APP_NAME))
        self.setObjectName("guideWindow")
        self.pages = load_pages()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the guide, e.g. conversion rate"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the guide"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Pages"))
        self.results.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # ours: pages here, web links in the user's browser
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setDefaultStyleSheet(STYLE)
        self.browser.setSearchPaths(list(dict.fromkeys([str(help_dir()), str(help_dir("en"))])))
        self.back = QPushButton(self.tr("Back"), self)
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.back.setEnabled(False)
        self.home = QPushButton(self.tr("Contents"), self)
        self.home.clicked.connect(lambda: self.show_page(INDEX))
        self.found = QLabel(self)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.found)
        lv.addWidget(self.results, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.home)
        buttons.addStretch(1)
        rv.addLayout(buttons)
        rv.addWidget(self.browser, 1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.resize(980, 680)

        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._find_next)
        self.results.currentItemChanged.connect(self._open_result)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._list_contents()
        self.show_page(INDEX)

    # -- pages -------------------------------------------------------------------------------
    def show_page(self, target: str) -> None:
        """Show "page.html" or "page.html#paragraph"."""
        name, _, anchor = target.partition("#")
        path = page_path(name or INDEX)
        url = QUrl.fromLocalFile(str(path))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        if anchor:
            self.browser.scrollToAnchor(anchor)

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = url.fileName() or self.current_page()
        self.show_page(f"{target}#{url.fragment()}" if url.fragment() else target)

    # -- search ------------------------------------------------------------------------------
    def _list_contents(self) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        for page in self.pages:
            item = QListWidgetItem(page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.name)
            self.results.addItem(item)
        self.results.blockSignals(False)
        self.found.setText(self.tr("Contents"))

    def _search(self, text: str) -> None:
        if not text.strip():
            self._list_contents()
            return
        hits = search_pages(self.pages, text)
        self.results.blockSignals(True)
        self.results.clear()
        for page, snippet in hits:
            item = QListWidgetItem(f"{page.title}\n{snippet}")
            item.setData(Qt.ItemDataRole.UserRole, page.name)
            self.results.addItem(item)
        self.results.blockSignals(False)
        self.found.setText(self.tr("%n page(s) found", "", len(hits))
                           if hits else self.tr("Nothing found: try another word."))
        if hits:
            self.results.setCurrentRow(0)

    def _open_result(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))
        words = self.search.text().split()
        if words:
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(words[0])

    def _find_next(self) -> None:
        words = self.search.text().split()
        if words and not self.browser.find(words[0]):
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(words[0], QTextDocument.FindFlag(0))


def open_guide(parent: QWidget, target: str = INDEX) -> GuideWindow:
    """Show the guide (one per parent window) at `target`, raised and focused."""
    guide = parent.findChild(GuideWindow)
    if guide is None:
        guide = GuideWindow(parent)
    guide.show_page(target)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide


def what_is_this(parent: QWidget, target: str, text: str | None = None) -> QLabel:
    """A small link that opens the guide at `target` ("numbers.html#conversion-rate");
    `text` is already translated by the caller (default: "What is this?")."""
    text = GuideWords.tr("What is this?") if text is None else text
    label = QLabel(f'<a href="{target}">{html.escape(text)}</a>', parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setToolTip(GuideWords.tr("Open the guide at this explanation"))
    label.setAccessibleName(f"{text} ({target})")
    label.linkActivated.connect(lambda href: open_guide(label.window(), href))
    return label
