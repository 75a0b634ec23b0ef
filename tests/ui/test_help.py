"""The built-in guide: bundled pages, search, F1 for the current screen, "What is this?" links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from smsplanner.resources import resource_path
from smsplanner.ui.common.window import MainAction
from smsplanner.ui.help.browser import GuideWindow, load_pages, search_pages, what_is_this
from smsplanner.ui.window.main_window import MainWindow


def test_pages_are_bundled_and_cover_the_topics() -> None:
    names = {p.name for p in load_pages()}
    assert {"getting-started.html", "importing.html", "numbers.html", "trends.html",
            "planning.html", "backups.html"} <= names
    numbers = next(p for p in load_pages() if p.name == "numbers.html").text
    assert "Conversion rate = people who converted ÷ people who received the message" in numbers
    assert "Click-through" in numbers and "Response rate" in numbers
    assert "2–7%" in numbers and "rough" in numbers
    importing = next(p for p in load_pages() if p.name == "importing.html").text
    for provider in ("Twilio", "Klaviyo", "dotdigital", "Plivo", "Telnyx", "ClickSend",
                     "Textmagic", "Postscript", "Brevo"):
        assert provider in importing


def test_every_link_between_pages_lands_on_a_paragraph() -> None:
    import re

    folder = resource_path("help")
    anchors = {p.name: set(re.findall(r'id="([^"]+)"', p.read_text("utf-8")))
               for p in folder.glob("*.html")}
    for page in folder.glob("*.html"):
        for href in re.findall(r'href="([^"]+)"', page.read_text("utf-8")):
            name, _, anchor = href.partition("#")
            assert name in anchors, (page.name, href)
            assert not anchor or anchor in anchors[name], (page.name, href)


def test_search_finds_pages_with_every_word() -> None:
    hits = search_pages(load_pages(), "break-even rate")
    assert [p.name for p, _ in hits] == ["planning.html"]
    assert search_pages(load_pages(), "zebra") == []


def test_f1_opens_the_page_for_the_current_screen(qtbot, window: MainWindow) -> None:
    window.action_map[MainAction.GUIDE].trigger()
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.current_page() == "getting-started.html"
    window.action_map[MainAction.LOAD_SAMPLE].trigger()
    window.ops.wait_idle()
    for title, page in (("Trends", "trends.html"), ("Plan", "planning.html"),
                        ("Campaigns", "numbers.html")):
        index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == title)
        window.tabs.setCurrentIndex(index)
        window.action_map[MainAction.GUIDE].trigger()
        assert guide.current_page() == page
    assert window.action_map[MainAction.GUIDE].shortcut().toString() == "F1"


def test_guide_search_lists_pages_and_shows_the_first(qtbot, window: MainWindow) -> None:
    window.action_map[MainAction.GUIDE].trigger()
    guide = window.findChild(GuideWindow)
    guide.search.setText("click-through")
    assert guide.results.count() >= 1
    assert guide.current_page() == "numbers.html"
    assert "click-through" in guide.browser.textCursor().selectedText().lower()
    guide.search.setText("")
    assert guide.results.count() == len(load_pages())


def test_what_is_this_opens_the_paragraph(qtbot, window: MainWindow) -> None:
    link = what_is_this(window, "numbers.html#interval")
    assert isinstance(link, QLabel)
    link.linkActivated.emit("numbers.html#interval")
    guide = window.findChild(GuideWindow)
    assert guide.current_page() == "numbers.html"
    assert guide.browser.source().fragment() == "interval"
    assert guide.browser.toPlainText().count("95% interval") >= 1
    assert Qt.TextFormat.RichText == link.textFormat()
