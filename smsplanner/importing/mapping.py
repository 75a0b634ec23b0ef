"""Which column feeds which field: header normalising, provider synonyms, --map overrides.

Pure functions over header names (no pandas needed); the GUI calls `suggest_mapping` on the
preview table from its worker or the GUI thread (it is fast).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from smsplanner.domain.imports import Mapping, MappingError, Said

if TYPE_CHECKING:
    from smsplanner.importing.table import RawTable

SUMMARY_FIELDS: tuple[str, ...] = (
    "name", "date", "time", "segment", "channel", "offer", "message", "notes",
    "sent", "delivered", "clicks", "replies", "opt_outs", "conversions", "revenue", "cost",
)
MESSAGE_FIELDS: tuple[str, ...] = (
    "message_id", "name", "status", "direction", "phone", "sent_at", "price", "segments",
    "clicked", "replied", "converted", "order_value", "body", "channel", "segment", "offer",
)
ALL_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(SUMMARY_FIELDS + MESSAGE_FIELDS))

# Synonyms in order of preference (normalised form). Unique counts come before totals.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("campaign name", "campaign", "name", "campaign title", "campaign message name",
             "message name", "title", "flow name", "broadcast name", "newsletter",
             "newsletter name", "newsletter title", "newsletter topic",
             "kampagne", "kampagnenname", "campagne", "campana", "campagna", "aktion"),
    # The send date before a bare "Date": Klaviyo custom reports put the report period in
    # "Date" and the day each campaign went out in "Send Date".
    "date": ("send date", "sent date", "date sent", "message send date time", "send date time",
             "last sent", "sent on", "send day", "campaign date", "date", "send time",
             "sent time", "day",
             "scheduled date", "scheduled at", "scheduled for", "sent at", "created at",
             "datum", "versanddatum", "fecha", "data", "date d envoi", "verzenddatum",
             "month", "period", "report period", "week",
             "delivery date time", "delivery date"),
    "time": ("time", "send time", "sent time", "send hour", "time sent", "time of send",
             "uhrzeit", "heure"),
    "segment": ("segment", "audience segment", "audience", "audiences list", "audience list",
                "list", "lists", "list name", "recipients list name", "audience name",
                "recipient list", "target segment", "customer group", "group"),
    # "Type" (dotdigital: SMS/MMS) only counts where its values are channels (channel_values).
    "channel": ("campaign channel", "campaign message channel", "message channel", "channel",
                "send channel", "transport type", "message type", "type"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "notizen", "bemerkungen",
              "remarques"),
    "offer": ("offer", "promotion", "promo", "discount", "coupon", "promo code", "discount code"),
    "message": ("message text", "message", "sms text", "text", "body", "content",
                "message content", "subject line", "subject"),
    "sent": ("sent", "total sent", "messages sent", "sms sent", "number sent", "sent count",
             "total recipients", "recipients", "sends", "total sends", "texts sent",
             "emails sent", "total emails sent", "unique sends", "send count",
             "versendet", "gesendet", "empfanger", "envoyes", "enviados", "verzonden",
             "inviati"),
    "delivered": ("successful deliveries", "delivered", "total delivered", "deliveries",
                  "messages delivered", "unique delivered", "delivered count",
                  "zugestellt", "delivres", "entregados", "afgeleverd", "consegnati"),
    # People who clicked before click counts: Mailchimp's report has both "Recipients Who
    # Clicked" and "Total Clicks".
    "clicks": ("unique clicks", "unique clickers", "unique link clicks", "clicks unique",
               "recipients who clicked", "subscriber clicks", "clicks", "total clicks",
               "link clicks", "clickers", "clicked", "klicks", "clics"),
    "replies": ("unique replies", "replies", "answered", "responses", "total replies",
                "inbound replies", "replied count", "antworten", "reponses",
                "respuestas"),
    "opt_outs": ("unique unsubscribes", "unsubscribes", "unsubscriptions", "opt outs",
                 "optouts", "opt out", "stops", "stop requests", "unsubscribed",
                 "total unsubscribes", "total unsubs", "unsubs",
                 "abmeldungen", "desinscriptions", "bajas"),
    "conversions": ("unique placed order", "count of unique conversions", "unique conversions",
                    "unique orders", "conversions", "orders", "direct orders", "placed order",
                    "total placed orders", "purchases", "number of orders", "sales count",
                    "number of sales",
                    "bestellungen", "commandes", "pedidos", "bestellingen", "ordini"),
    "revenue": ("revenue", "conversion value", "placed order value", "sales", "total sales",
                "total revenue", "order revenue", "turnover", "income", "revenue total",
                "umsatz", "chiffre d affaires", "ventes", "ingresos", "omzet", "fatturato"),
    "cost": ("cost", "total cost", "spend", "campaign cost", "amount spent", "charges",
             "total amount", "price", "total price", "kosten", "cout", "couts",
             "coste", "costo", "costi"),
    # per-message logs
    "message_id": ("sid", "message sid", "message id", "message uuid", "messageid", "sms id",
                   "msg id", "uuid", "id"),
    "status": ("status", "message status", "delivery status", "message state", "state",
               "status code", "dlr status"),
    "direction": ("direction", "message direction"),
    "phone": ("to", "from", "to addr", "from addr", "phone", "phone number", "mobile",
              "mobile number", "receiver",
              "recipient", "sender", "to number", "from number", "number", "msisdn", "cld",
              "cli", "cell", "telephone"),
    "sent_at": ("sent at", "sent date", "date sent", "send time", "message time", "sent time",
                "timestamp", "created at", "date created", "date", "time", "completed at",
                "created", "date received", "message date"),
    "price": ("price", "message price", "total amount", "cost", "amount", "charge",
              "message cost"),
    "segments": ("num segments", "segments", "message parts", "parts", "parts count",
                 "units", "segment count", "sms parts", "number of segments"),
    # Twilio's link shortening: the time of the first click, empty when nobody clicked.
    "clicked": ("clicked", "has clicked", "link clicked", "click", "clicks",
                "shortened link first clicked", "link first clicked", "first clicked"),
    "replied": ("replied", "has replied", "reply"),
    "converted": ("converted", "purchased", "ordered", "placed order", "conversion"),
    "order_value": ("order value", "amount in cents", "order amount", "order total",
                    "revenue", "sales", "amount", "value"),
    "body": ("body", "text", "message", "message text", "content", "sms text",
             "message body"),
}

# Rate columns: used only when the count itself is missing. (count field, basis, synonyms)
RATE_SYNONYMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("delivered", "sent", ("delivery rate", "delivered rate", "deliverability",
                           "deliveries rate")),
    ("clicks", "delivered", ("click to delivered rate", "click to delivery rate")),
    ("clicks", "recipients", ("click rate", "unique click rate", "click through rate", "ctr",
                              "clicks rate", "clickthrough rate")),
    ("conversions", "recipients", ("placed order rate", "conversion rate", "order rate",
                                   "conversions rate", "orders rate")),
    ("replies", "recipients", ("reply rate", "response rate", "replies rate")),
    ("opt_outs", "recipients", ("unsubscribe rate", "opt out rate", "unsubscribe rates",
                                "opt outs rate", "unsubscribes rate")),
)

# Field order when claiming columns: specific fields claim before generic ones.
_SUMMARY_ORDER: tuple[str, ...] = (
    "name", "channel", "sent", "delivered", "clicks", "replies", "opt_outs",
    "conversions", "revenue", "cost", "date", "time", "segment", "offer", "message", "notes",
)
_MESSAGE_ORDER: tuple[str, ...] = (
    "message_id", "direction", "status", "name", "channel", "sent_at", "segments",
    "price", "clicked", "replied", "converted", "order_value", "body", "segment", "offer",
)
_MESSAGE_ID_EXCLUDED = {"account sid", "campaign id", "attribution id", "order id"}
# "statistics"/"stats": JSON flattened to CSV (Brevo's statistics.delivered).
# "report summary"/"settings": Mailchimp's API lists flattened to CSV (report_summary.opens).
_FILLER_WORDS = {"total", "number", "of", "count", "no", "num", "sms", "the", "all", "nr",
                 "statistics", "stats", "report", "summary", "settings"}
_RATE_WORDS = re.compile(r"\b(?:rate|ctr|ratio|percent|percentage|share)\b")
_CENTS_RE = re.compile(r"\bcents?\b|¢|\bpence\b", re.IGNORECASE)


def _fold_accents(text: str) -> str:
    """'Empfänger' -> 'Empfanger', 'Envoyés' -> 'Envoyes' ('ß' -> 'ss'), so words stay whole."""
    if text.isascii():
        return text
    import unicodedata

    text = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def normalise(header: str) -> str:
    """Lower case words: brackets, punctuation, underscores, accents and camelCase do not
    matter."""
    header = str(header)
    text = _fold_accents(re.sub(r"[\(\[\{][^\)\]\}]*[\)\]\}]", " ", header))
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    text = re.sub(r"[^0-9A-Za-z%]+", " ", text.replace("%", " rate "))
    words = " ".join(text.lower().split())
    # A unit of "(%)" makes a rate: "Delivered (%)" holding 98% is not 98 messages delivered.
    if re.search(r"[\(\[\{][^\)\]\}]*%", header) and not _RATE_WORDS.search(words):
        words = f"{words} rate".strip()
    return words


def _loose(norm: str) -> str:
    words = [w for w in norm.split() if w not in _FILLER_WORDS]
    return " ".join(words) or norm


def is_cents(header: str) -> bool:
    """Money given in cents ("AMOUNT_IN_CENTS", "Price (cents)")."""
    return bool(_CENTS_RE.search(str(header).replace("_", " ")))


def mapping_key(headers: Iterable[str]) -> str:
    """A stable key for remembering a user's mapping: hash of the sorted normalised headers."""
    text = "\n".join(sorted({normalise(h) for h in headers}))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def phone_columns(headers: Sequence[str]) -> list[str]:
    """Columns whose header says they hold phone numbers (never read, never stored)."""
    syns = set(SYNONYMS["phone"])
    return [h for h in headers if normalise(h) in syns]


# Each exact synonym and the summary field it names, so that a synonym loosened (fillers such
# as "count" dropped) never takes a column that another field names exactly.
_EXACT_OWNERS: dict[str, set[str]] = {}
for _field in _SUMMARY_ORDER:
    for _syn in SYNONYMS[_field]:
        _EXACT_OWNERS.setdefault(_syn, set()).add(_field)


def _claim(headers: Sequence[str], order: Sequence[str], taken: set[str]) -> dict[str, str]:
    taken.update(phone_columns(headers))
    norm = {h: normalise(h) for h in headers}
    loose = {h: _loose(n) for h, n in norm.items()}
    out: dict[str, str] = {}
    for fieldname in order:
        for pass_ in ("exact", "loose"):
            if fieldname in out:
                break
            for syn in SYNONYMS[fieldname]:
                target = syn if pass_ == "exact" else _loose(syn)
                pool = norm if pass_ == "exact" else loose
                owners = _EXACT_OWNERS.get(target, set()) if pass_ == "loose" else set()
                if owners and fieldname not in owners and owners & set(order):
                    continue  # "sales count" loosened is "sales", which is revenue's word
                hit = next((h for h in headers if h not in taken and pool[h] == target), None)
                if hit is not None and not (fieldname == "message_id"
                                            and norm[hit] in _MESSAGE_ID_EXCLUDED):
                    out[fieldname] = hit
                    taken.add(hit)
                    break
    return out


def detect_shape(headers: Sequence[str], dropped: Sequence[str] = ()) -> str:
    """"messages" for a per-message log, "summary" for one row per campaign."""
    summary = _claim(headers, _SUMMARY_ORDER, set())
    counts = [f for f in ("sent", "delivered", "clicks", "replies", "opt_outs", "conversions")
              if f in summary]
    messages = _claim(headers, _MESSAGE_ORDER, set())
    log_signs = [f for f in ("message_id", "direction", "status") if f in messages]
    if len(counts) >= 2 or "sent" in counts:
        # Two count columns (Brevo: sent, delivered), or a count of messages sent (Mailchimp's
        # campaign list: emails_sent), make a summary, even with an id and a campaign status
        # beside them; no provider's message log carries counts.
        return "summary"
    if ("message_id" in messages and len(log_signs) >= 2) or (log_signs and not counts):
        return "messages"
    if not counts and dropped and "message_id" in messages:
        return "messages"
    if not counts and "message_id" in messages and "order_value" in messages:
        return "messages"  # attribution exports (Postscript): one row per order
    return "summary"


def _prefer_status_code(headers: Sequence[str], auto: dict[str, str]) -> None:
    """ClickSend: `status_code` 201 means delivered to the handset while `status` may only
    say "Sent", so the code column is the one to read."""
    norm = {normalise(h): h for h in headers}
    if "status" in auto and "status code" in norm and "message parts" in norm:
        auto["status"] = norm["status code"]


def _find_column(headers: Sequence[str], wanted: str) -> str | None:
    if wanted in headers:
        return wanted
    by_strip = [h for h in headers if h.strip().lower() == wanted.strip().lower()]
    if by_strip:
        return by_strip[0]
    by_norm = [h for h in headers if normalise(h) == normalise(wanted)]
    return by_norm[0] if by_norm else None


def parse_overrides(items: Iterable[str]) -> dict[str, str]:
    """`FIELD=COLUMN` strings (from --map) into a dict; `FIELD=` means "use no column"."""
    out: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise MappingError(Said("map_syntax", f"A column choice is written FIELD=COLUMN, "
                                    f"not '{item}'.", item=item))
        fieldname, column = item.split("=", 1)
        fieldname = fieldname.strip().lower().replace("-", "_").replace(" ", "_")
        if fieldname not in ALL_FIELDS:
            raise MappingError(Said(
                "unknown_field", f"'{fieldname}' is not a field; use one of: "
                f"{', '.join(ALL_FIELDS)}.", field=fieldname, fields=list(ALL_FIELDS)))
        out[fieldname] = column
    return out


def suggest_mapping(
    raw: RawTable | Sequence[str],
    shape: str | None = None,
    overrides: dict[str, str] | None = None,
    dropped: Sequence[str] = (),
) -> Mapping:
    """Map columns to fields for the file's shape (detected when None); overrides win."""
    headers = list(raw if isinstance(raw, Sequence) else raw.headers)
    if not isinstance(raw, Sequence):
        dropped = list(raw.dropped_columns)
    shape = shape or detect_shape(headers, dropped)
    order = _MESSAGE_ORDER if shape == "messages" else _SUMMARY_ORDER
    taken: set[str] = set()
    fields: dict[str, str] = {}
    for fieldname, column in (overrides or {}).items():
        if column == "":
            fields[fieldname] = ""
            continue
        hit = _find_column(headers, column)
        if hit is None:
            raise MappingError(Said(
                "no_such_column", f"The file has no column '{column}' (chosen for "
                f"{fieldname}). Its columns are: {', '.join(headers)}.", field=fieldname,
                column=column, columns=list(headers)))
        fields[fieldname] = hit
        taken.add(hit)
    auto = _claim(headers, [f for f in order if f not in fields], taken)
    _prefer_status_code(headers, auto)
    fields.update(auto)
    fields = {f: c for f, c in fields.items() if c}
    derived: dict[str, str] = {}
    if shape == "summary":
        for count, _basis, syns in RATE_SYNONYMS:
            if count in fields or count in derived:
                continue
            hit = next((h for h in headers if h not in taken
                        and normalise(h).replace(" rate rate", " rate") in syns), None)
            if hit is not None:
                derived[count] = hit
                taken.add(hit)
    forced_phone = fields.pop("phone", None)
    phone_cols = [c for c in phone_columns(headers) if c not in fields.values()]
    if forced_phone:
        phone_cols.append(forced_phone)
    dropped_all = list(dict.fromkeys([*dropped, *phone_cols]))
    cents = {f for f, c in fields.items()
             if f in ("revenue", "cost", "price", "order_value") and is_cents(c)}
    used = set(fields.values()) | set(derived.values()) | set(dropped_all)
    return Mapping(
        fields=fields, derived=derived,
        unmapped=[h for h in headers if h not in used],
        dropped=dropped_all, cents=cents, key=mapping_key(headers), shape=shape,
    )


def rate_basis(count: str, column: str) -> str:
    """Which count a rate column multiplies: "sent", "delivered" or "recipients"."""
    norm = normalise(column).replace(" rate rate", " rate")
    for fieldname, basis, syns in RATE_SYNONYMS:
        if fieldname == count and norm in syns:
            return basis
    return "recipients"
