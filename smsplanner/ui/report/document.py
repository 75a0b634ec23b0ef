"""The report laid out as a QTextDocument: to PDF (QPdfWriter) or a printer. GUI thread.

Qt's own rich text: no new dependency, the same pages on every platform. The chart is the
Trends chart drawn offscreen into an image resource of the document.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from smsplanner import APP_NAME
from smsplanner.domain.breakdown import Group
from smsplanner.domain.metrics import METRICS, Rate
from smsplanner.domain.trend import pooled_points
from smsplanner.services.report import Extremes, ReportData
from smsplanner.ui.common.formatting import (
    UNKNOWN,
    fmt_count,
    fmt_date,
    fmt_interval,
    fmt_money,
    fmt_percent,
)
from smsplanner.ui.common.plan_words import TrContext
from smsplanner.ui.common.verdict_words import (
    chance_text,
    english,
    group_label,
    metric_label,
    verdict_text,
)

Money = Callable[[float | None], str]
CHART_URL = "report://trend.png"
CHART_SIZE = (1000, 470)  # drawn near its printed size, so its labels stay readable
CSS = """
body { font-size: 10pt; color: #222; }
h1 { font-size: 17pt; margin-bottom: 0; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: #1a4f7a; }
.muted { color: #666; font-size: 8.5pt; }
.headline { font-size: 12pt; font-weight: 600; }
td, th { padding: 3px 8px 3px 0; }
th { text-align: left; border-bottom: 1px solid #999; white-space: nowrap; }
td.n, th.n { text-align: right; }
td.n, td.d { white-space: nowrap; }
"""


class ReportWords(TrContext):
    """Translation context for the printed report."""


def _e(text: object) -> str:
    return html.escape(str(text))


def period_title(data: ReportData) -> str:
    """"October 2026" (month name in the user's language) for a whole month, else the two
    days in the user's date style."""
    a, b = data.date_from, data.date_to
    if data.title_period[:1].isalpha():  # services says a whole month
        return QLocale().toString(QDate(a.year, a.month, 1), "MMMM yyyy")
    return f"{fmt_date(a)} – {fmt_date(b)}"


def _rate_cell(r: Rate | None) -> str:
    if r is None:
        return f"<td class='n'>{UNKNOWN}</td><td class='muted'></td>"
    values = {"range": fmt_interval(r), "count": fmt_count(r.numerator),
              "total": fmt_count(r.denominator)}
    if r.basis == "delivered":
        text = ReportWords.tr("likely {range} · {count} of {total} delivered")
    elif r.basis == "sent":
        text = ReportWords.tr("likely {range} · {count} of {total} sent")
    else:
        text = ReportWords.tr("likely {range} · {count} of {total} delivered or sent")
    return (f"<td class='n'><b>{fmt_percent(r.value)}</b></td>"
            f"<td class='muted'>{_e(text.format(**values))}</td>")


def _unknown_item(name: str, n: int) -> str:
    """One entry of the "not known" list: "delivered (3)"."""
    text = {"delivered": ReportWords.tr("delivered ({count})"),
            "conversions": ReportWords.tr("conversions ({count})"),
            "revenue": ReportWords.tr("revenue ({count})"),
            "cost": ReportWords.tr("cost ({count})")}[name]
    return text.format(count=fmt_count(n))


def _totals_html(data: ReportData, money: Money) -> str:
    t = data.totals
    revenue, cost = t["revenue"], t["cost"]
    profit = None if revenue is None or cost is None else float(revenue) - float(cost)
    rows = [(ReportWords.tr("Campaigns"), fmt_count(len(data.campaigns))),
            (ReportWords.tr("Messages sent"), fmt_count(t["sent"])),
            (ReportWords.tr("Delivered"), fmt_count(t["delivered"])),
            (ReportWords.tr("Conversions"), fmt_count(t["conversions"])),
            (ReportWords.tr("Revenue"), money(t["revenue"])),
            (ReportWords.tr("Cost"), money(t["cost"])),
            (ReportWords.tr("Revenue minus cost"), money(profit))]
    cells = "".join(f"<tr><td>{_e(k)}</td><td class='n'><b>{_e(v)}</b></td></tr>"
                    for k, v in rows)
    rates = "".join(f"<tr><td>{_e(metric_label(key))}</td>{_rate_cell(data.rates[key])}</tr>"
                    for key in ("conversion", "click", "response", "delivery"))
    missing = [_unknown_item(name, n) for name, n in data.unknown_counts.items()
               if n and name in ("delivered", "conversions", "revenue", "cost")]
    note = ReportWords.tr("Not known for some campaigns, left out of the totals: {list}.")
    note_html = (f"<p class='muted'>{_e(note.format(list=', '.join(missing)))}</p>"
                 if missing else "")
    totals, rates_title = ReportWords.tr("Totals"), ReportWords.tr("Rates")
    return (f"<h2>{_e(totals)}</h2><table>{cells}</table>{note_html}"
            f"<h2>{_e(rates_title)}</h2><table>{rates}</table>")


def _extreme_name(by: str, best: bool) -> str:
    if by == "offer":
        return ReportWords.tr("Best offer") if best else ReportWords.tr("Worst offer")
    return ReportWords.tr("Best segment") if best else ReportWords.tr("Worst segment")


def _extreme_row(ex: Extremes, best: bool, g: Group) -> str:
    n = g.campaigns
    likely = english(ReportWords.tr("likely {low} – {high} · {count} campaign(s)", "", n),
                     n).format(low=fmt_percent(g.low), high=fmt_percent(g.high),
                               count=fmt_count(n))
    return (f"<tr><td>{_e(_extreme_name(ex.by, best))}</td>"
            f"<td><b>{_e(group_label(ex.by, g))}</b></td>"
            f"<td class='n'>{fmt_percent(g.rate)}</td><td class='muted'>{_e(likely)}</td></tr>")


def _chance_note(data: ReportData) -> str:
    """Which rankings could be chance (their best and worst ranges overlap)."""
    chance = {ex.by for ex in data.extremes if ex.best and ex.worst and ex.could_be_chance}
    if not chance:
        return ""
    if chance >= {"segment", "offer"}:
        text = ReportWords.tr("The best and worst segment and offer have overlapping ranges: "
                              "the difference could be chance, treat it as a hint.")
    elif "offer" in chance:
        text = ReportWords.tr("The best and worst offer have overlapping ranges: the "
                              "difference could be chance, treat it as a hint.")
    else:
        text = ReportWords.tr("The best and worst segment have overlapping ranges: the "
                              "difference could be chance, treat it as a hint.")
    return f"<p class='muted'>{_e(text)}</p>"


def _extremes_html(data: ReportData) -> str:
    rows = [_extreme_row(ex, best, g) for ex in data.extremes
            for best, g in ((True, ex.best), (False, ex.worst)) if g is not None]
    if not rows:
        return ""
    title = ReportWords.tr("What worked best (conversion rate)")
    return f"<h2>{_e(title)}</h2><table>{''.join(rows)}</table>{_chance_note(data)}"


def _largest_html(data: ReportData, money: Money) -> str:
    if not data.largest:
        return ""
    heads = ((ReportWords.tr("Date"), ""), (ReportWords.tr("Campaign"), ""),
             (ReportWords.tr("Received"), "n"), (ReportWords.tr("Conversions"), "n"),
             (ReportWords.tr("Rate"), "n"), (ReportWords.tr("Likely range"), ""),
             (ReportWords.tr("Revenue"), "n"))
    head = "<tr>" + "".join(f"<th class='{c}'>{_e(h)}</th>" if c else f"<th>{_e(h)}</th>"
                            for h, c in heads) + "</tr>"
    rows = []
    for c in data.largest:
        r = METRICS["conversion"].of(c)
        rows.append(f"<tr><td class='d'>{fmt_date(c.date)}</td><td>{_e(c.name)}</td>"
                    f"<td class='n'>{fmt_count(c.recipients)}</td>"
                    f"<td class='n'>{fmt_count(c.conversions)}</td>"
                    f"<td class='n'>{fmt_percent(r.value if r else None)}</td>"
                    f"<td class='muted'>{fmt_interval(r)}</td>"
                    f"<td class='n'>{_e(money(c.revenue))}</td></tr>")
    title = _e(ReportWords.tr("Largest campaigns"))
    return f"<h2>{title}</h2><table width='100%'>{head}{''.join(rows)}</table>"


def _planned_html(data: ReportData) -> str:
    if not data.planned:
        return ""
    rows = "".join(f"<tr><td class='d'>{_e(_planned_day(p.get('date')))}</td>"
                   f"<td>{_e(p.get('name', ''))}</td>"
                   f"<td class='n'>{_e(fmt_count(p.get('audience')))}</td></tr>"  # type: ignore[arg-type]
                   for p in data.planned)
    title, date, name = (ReportWords.tr("Next planned sends"), ReportWords.tr("Date"),
                         ReportWords.tr("Campaign"))
    people = ReportWords.tr("People")
    return (f"<h2>{_e(title)}</h2><table><tr><th>{_e(date)}</th><th>{_e(name)}</th>"
            f"<th class='n'>{_e(people)}</th></tr>{rows}</table>")


def _planned_day(value: object) -> str:
    """A planned send's ISO day in the user's date style."""
    try:
        return fmt_date(dt.date.fromisoformat(str(value)))
    except ValueError:
        return str(value or "")


def report_html(data: ReportData, money: Money, with_chart: bool = True) -> str:
    """The report as Qt rich text."""
    made = fmt_date(dt.date.today())
    if not data.campaigns:
        nothing = ReportWords.tr("No SMS campaigns were sent in this period.")
        hint = ReportWords.tr("Choose another month or range, or import your results first.")
        body = f"<p class='headline'>{_e(nothing)}</p><p>{_e(hint)}</p>"
    else:
        chart = (f"<p><img src='{CHART_URL}' width='640'></p>" if with_chart else "")
        chance = chance_text(data.verdict)
        plain = f"<p>{_e(chance)}</p>" if chance else ""
        footnote = ReportWords.tr(
            "Conversion rate = people who converted ÷ people who received the message. "
            "“Likely” ranges are 95% intervals: with small campaigns they are wide, and two "
            "overlapping ranges may not really differ.")
        body = (f"<p class='headline'>{_e(verdict_text(data.verdict))}</p>{plain}{chart}"
                f"{_totals_html(data, money)}{_extremes_html(data)}"
                f"{_largest_html(data, money)}{_planned_html(data)}"
                f"<p class='muted'>{_e(footnote)}</p>")
    days = f"{fmt_date(data.date_from)} – {fmt_date(data.date_to)}"
    month = data.title_period[:1].isalpha()  # "October 2026": a whole month, else a range
    heading = ReportWords.tr("SMS campaign report: {period}").format(period=period_title(data))
    made_line = (ReportWords.tr("{days} · made on {made} with {app}") if month else
                 ReportWords.tr("made on {made} with {app}")).format(days=days, made=made,
                                                                    app=APP_NAME)
    return (f"<html><body><h1>{_e(heading)}</h1>"
            f"<p class='muted'>{_e(made_line)}</p>{body}</body></html>")


def chart_image(data: ReportData, size: tuple[int, int] = CHART_SIZE) -> QImage:
    """The conversion-rate trend of the period, drawn offscreen."""
    from smsplanner.ui.trends.plot import DEFAULT_BAND, render_trend_image

    pooled = pooled_points(data.table, data.series, "month")
    return render_trend_image(data.table, data.series, pooled, metric_label("conversion"),
                              ReportWords.tr("Added up by month"), size, DEFAULT_BAND,
                              empty_message=ReportWords.tr("No campaigns in this period."))


# A4 less 18 mm margins, in the 96-per-inch units QTextDocument lays out in; print_() scales
# the pages to the printer's resolution.
PAGE = QSizeF((210 - 36) / 25.4 * 96, (297 - 36) / 25.4 * 96)


def build_document(data: ReportData, money: Money | None = None) -> QTextDocument:
    """The report as a document paginated for A4 pages."""
    doc = QTextDocument()
    doc.setDefaultStyleSheet(CSS)
    doc.setDocumentMargin(0)
    if data.campaigns:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL),
                        chart_image(data))
    doc.setHtml(report_html(data, money or (lambda x: fmt_money(x))))
    doc.setPageSize(PAGE)
    return doc


def render_page(doc: QTextDocument, page: int = 0, scale: float = 1.5) -> QImage:
    """One page of the document as an image with its white margins (for screenshots)."""
    margin = 18 / 25.4 * 96
    w, h = PAGE.width(), PAGE.height()
    image = QImage(int((w + 2 * margin) * scale), int((h + 2 * margin) * scale),
                   QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    painter.translate(margin, margin - page * h)
    doc.drawContents(painter, QRectF(0, page * h, w, h))
    painter.end()
    return image


def write_pdf(data: ReportData, path: str | Path, money: Money | None = None) -> Path:
    """Write the report to a PDF file (A4, 18 mm margins); returns its path."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(ReportWords.tr("SMS campaign report: {period}").format(
        period=period_title(data)))
    writer.setCreator(APP_NAME)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    doc = build_document(data, money)
    doc.print_(writer)
    del writer  # the file is finished when the writer goes
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(ReportWords.tr("Could not write {path}").format(path=path))
    return path
