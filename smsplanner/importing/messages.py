"""Per-message logs: one row per message, aggregated into campaign figures.

Rules: sent = outbound messages; delivered = status delivered/read (ClickSend 201, Textmagic
'd'); inbound rows are replies, an exact STOP/UNSUBSCRIBE/... reply is an opt-out; clicks,
replies and conversions from flags (or an order value > 0); revenue = sum of order values;
cost = sum of |price|; date = local day of the first send. What the file does not tell stays
None. Pure and vectorised; runs on the caller's thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from smsplanner.domain.campaign import COUNT_FIELDS, Campaign, campaign_problems
from smsplanner.domain.imports import MESSAGE_COLUMNS, PlannedCampaign, Said
from smsplanner.importing.columns import ColumnReader

if TYPE_CHECKING:
    import pandas

DELIVERED = {"delivered", "read", "201", "d", "delivrd", "delivered to handset",
             "delivered_to_handset", "delivered to terminal",
             # European providers' exports in the shop's language (SMSAPI.pl: "Dostarczona")
             "dostarczona", "dostarczony", "dostarczono", "doręczona", "doręczono",
             "zugestellt", "ausgeliefert", "délivré", "délivrée", "livré", "reçu",
             "entregado", "entregada", "consegnato", "consegnata", "afgeleverd", "bezorgd",
             "entregue",
             # Amazon SNS's usage report: both count as delivered (SUCCESS) in SNS itself
             "message has been accepted by phone carrier", "message has been accepted by phone"}
# Statuses of a message whose delivery receipt has not come back (or never will).
PENDING = {"sent", "queued", "accepted", "sending", "scheduled", "submitted", "enroute",
           "buffered", "pending", "in progress", "processing", "wysłana", "gesendet", "envoyé",
           "enviado", "enviada", "inviato", "verzonden"}
INBOUND = {"inbound", "in", "incoming", "received", "mo", "inbound-api", "reply",
           "przychodząca", "przychodzące", "odebrana", "eingehend", "empfangen", "entrant",
           "entrante", "recibido", "in entrata", "ricevuto", "inkomend", "ontvangen",
           "recebida"}
# Sent by the provider on the shop's behalf, not by the campaign: Twilio's automatic answers
# to incoming texts (STOP confirmations, often failed with 21610) and texts sent from calls.
AUTO = {"outbound-reply", "outbound-call"}
OPT_OUT_WORDS = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"}

_PROVIDER_SIGNS: tuple[tuple[str, set[str]], ...] = (
    ("twilio", {"sid", "account sid"}),
    ("twilio", {"sid", "api version"}),
    ("plivo", {"message uuid"}),
    ("telnyx", {"cld", "parts"}),
    ("clicksend", {"message parts", "status code"}),
    ("textmagic", {"message time", "parts count"}),
    ("postscript", {"attribution id", "message id"}),
)


def guess_provider(headers: list[str], id_column: str | None) -> str:
    """A short provider name that scopes message ids (ids are unique per provider)."""
    from smsplanner.importing.mapping import normalise

    norm = {normalise(h) for h in headers}
    for name, needs in _PROVIDER_SIGNS:
        if needs <= norm:
            return name
    return "file:" + (normalise(id_column) if id_column else "row")


def _synthetic_ids(frame: pandas.DataFrame, columns: list[str]) -> np.ndarray:
    """Ids for rows without one: a hash of the row's (non-phone) cells, and which repeat of
    those cells the row is. Without its phone number (dropped on read) or with none in the
    file, one text sent to several people in the same second gives identical rows: separate
    sends, not one row repeated. Re-importing the file gives the same ids."""
    import pandas as pd

    h = pd.util.hash_pandas_object(frame[columns].astype(str), index=False).to_numpy()
    nth = pd.Series(h).groupby(h).cumcount().to_numpy()
    return np.array([f"row-{v:016x}" if k == 0 else f"row-{v:016x}-{k}"
                     for v, k in zip(h, nth, strict=True)], dtype=object)


def message_rows(reader: ColumnReader, keep: np.ndarray, campaign_name: str | None,
                 channels: np.ndarray) -> tuple[dict[str, Any], list[PlannedCampaign]]:
    """Column-wise message rows (MESSAGE_COLUMNS) and the campaigns they add up to."""
    import pandas as pd

    m = reader.mapping
    frame = reader.raw.frame
    n = reader.n
    ids = reader.texts("message_id")
    if ids is None or pd.isna(ids).any():
        data_cols = [c for c in frame.columns if c not in m.dropped]
        synth = _synthetic_ids(frame, data_cols)
        ids = synth if ids is None else np.where(pd.isna(ids), synth, ids)
        if reader.column("message_id") is None:
            reader.notes.append(Said("no_message_ids", "The file has no message id column: "
                                     "repeated rows are recognised by their content."))
    from smsplanner.importing.privacy import hide_phone_ids

    ids = hide_phone_ids(ids)  # an id made from a phone number is stored as a hash
    names = reader.free_texts("name")
    name_codes = reader.distinct.get("name")  # names == distinct[codes] until filled in
    if names is None:
        names = np.empty(n, dtype=object)  # (np.full with a str fill is ~20x slower)
        names[:] = campaign_name
    elif campaign_name:
        names = np.where(pd.isna(names), campaign_name, names)
        name_codes = None
    missing = pd.isna(names) & keep
    for i in np.flatnonzero(missing)[:50]:
        reader.add(int(i), m.column("name"), "", Said(
            "name_missing_here", "The campaign name is missing on this row."))
    reader.bad |= missing

    direction = reader.texts("direction")
    status = reader.texts("status")
    status_l = None if status is None else _Lowered(status, reader.distinct.get("status"))
    auto = np.zeros(n, dtype=bool)
    if direction is not None:
        lowered = _Lowered(direction, reader.distinct.get("direction"))
        outbound = ~lowered.isin(INBOUND)
        auto = lowered.isin(AUTO)
    elif status_l is not None:
        outbound = ~status_l.isin({"received", "receiving"})
    else:
        outbound = np.ones(n, dtype=bool)
    delivered = None
    if status_l is not None:
        delivered = np.where(outbound, status_l.isin(DELIVERED).astype(float), np.nan)
        # A message still on its way ('sent', 'queued') has no delivery outcome yet: unknown,
        # not "not delivered" (a log taken before any receipt came back would say 0%).
        delivered[status_l.isin(PENDING)] = np.nan
    stamps = reader.datetimes("sent_at")
    price = reader.numbers("price")
    segments = reader.numbers("segments", whole=True)
    clicked = reader.flags("clicked")
    replied = reader.flags("replied")
    converted = reader.flags("converted")
    order_value = reader.numbers("order_value", label="order value")
    if converted is None and order_value is not None:
        converted = np.where(np.isnan(order_value), 0.0, (order_value > 0).astype(float))
    body = reader.free_texts("body")  # the first one becomes the campaign's message
    opt_out = None
    inbound = ~outbound
    # Replies and opt-outs are known only when the file holds the incoming texts; a log of
    # sends alone says nothing about them (unknown, not 0).
    if inbound[keep].any():
        # Replies are counted from the incoming texts; a send's own flag only where the
        # file gives one (a sent text is not a reply, and None keeps a re-import unchanged).
        if replied is None:
            replied = np.where(outbound, np.nan, 1.0)
        else:
            replied = np.where(outbound, replied, 1.0)
        if body is not None:
            words = pd.Series(body, dtype=object).fillna("").str.strip().str.upper()
            stop = words.isin(OPT_OUT_WORDS).to_numpy() & inbound
            opt_out = np.where(inbound, stop.astype(float), np.nan)
            replied = np.where(stop, 0.0, replied)
    _other_costs(reader, price, keep & ~reader.bad, auto, inbound)
    if clicked is not None and not _links_tracked(reader, keep & outbound & ~auto):
        clicked = None
    if auto[keep].any():
        n_auto = int((auto & keep).sum())
        reader.notes.append(auto_replies_note(n_auto, reader.column("direction")))
        reader.auto_rows = n_auto
        keep = keep & ~auto
    outbound = outbound & ~auto
    if price is not None:
        price = np.where(outbound, price, np.nan)  # the campaign's cost is its own sends'
    reader.check_cancelled()

    keep = keep & ~reader.bad
    # A message id seen again later in the file is the same message (the last row is used):
    # left out before the campaign is added up, so its figures count each message once.
    kept = np.flatnonzero(keep)
    dup = _duplicate_ids(ids[kept])
    if dup.any():
        keep = keep.copy()
        keep[kept[dup]] = False
        n_dup = int(dup.sum())
        reader.repeated_rows = n_dup
        part_column = _part_column(reader)
        if part_column is not None:
            # One row per part of a long message (Amazon SNS's usage report), each part billed:
            # the message is counted once and costs all its parts.
            if price is not None:
                price = _parts_added(price, ids, kept)
            rows = "row is a further part" if n_dup == 1 else "rows are further parts"
            reader.notes.append(Said(
                "message_parts", f"{n_dup} {rows} of a longer message (column "
                f"'{part_column}'): each message counted once, with the price of all its "
                "parts.", rows=n_dup, column=part_column))
        else:
            reader.notes.append(repeated_ids_note(n_dup))
    idx = np.flatnonzero(keep)
    sel: Any = slice(None) if len(idx) == n else idx  # all rows kept: views, not copies
    codes, uniques = _campaign_codes(names[sel], channels[sel],
                                     None if name_codes is None else
                                     (name_codes[0][sel], name_codes[1]))
    sent_at_text = None if stamps is None else _iso_seconds(stamps.to_numpy()[sel])

    def pick(a: np.ndarray | None) -> Any:
        return None if a is None else a[sel]

    cols: dict[str, Any] = {
        "message_id": ids[sel], "campaign": codes.astype(np.int64),
        "outbound": outbound[sel].astype(np.int64),
        "status": None if status_l is None else status_l.masked_values()[sel],
        "sent_at": sent_at_text, "delivered": pick(delivered), "clicked": pick(clicked),
        "replied": pick(replied), "converted": pick(converted), "opt_out": pick(opt_out),
        "order_value": pick(order_value),
        "cost": None if price is None else np.abs(price[sel]),
        "segments": pick(segments),
    }
    assert set(cols) == set(MESSAGE_COLUMNS)
    aligned = _aggregate(reader, cols, uniques, sel, body, stamps)
    good = np.array([p is not None for p in aligned], dtype=bool)
    if not good.all():
        rows_ok = good[cols["campaign"]] if len(idx) else np.zeros(0, dtype=bool)
        new_code = np.cumsum(good) - 1
        cols = {f: (None if a is None else a[rows_ok]) for f, a in cols.items()}
        cols["campaign"] = new_code[cols["campaign"]].astype(np.int64)
        reader.dropped_rows = int((~rows_ok).sum())
    return cols, [p for p in aligned if p is not None]


_PART_HEADERS = {"part number", "part no", "part index", "part", "segment number"}


def _part_column(reader: ColumnReader) -> str | None:
    """The column numbering the parts of a long message, when the file has one unmapped."""
    from smsplanner.importing.mapping import normalise

    used = set(reader.mapping.fields.values())
    return next((h for h in reader.raw.headers
                 if h not in used and normalise(h) in _PART_HEADERS), None)


def _parts_added(price: np.ndarray, ids: np.ndarray, kept: np.ndarray) -> np.ndarray:
    """`price` with each kept row's value replaced by the total over the rows of its message
    id (unknown only when every part's price is unknown)."""
    import pandas as pd

    out = price.copy()
    parts = pd.Series(np.abs(price[kept]))
    out[kept] = parts.groupby(pd.Series(ids[kept], dtype=object).to_numpy()) \
        .transform(lambda x: x.sum(min_count=1)).to_numpy()
    return out


def auto_replies_note(n_auto: int, column: str | None) -> Said:
    """The note saying how many automatic answers were left out."""
    return Said(
        "auto_replies", f"{n_auto} automatic {'answer' if n_auto == 1 else 'answers'} to "
        f"incoming texts ({column} = outbound-reply): "
        f"{'not a campaign send' if n_auto == 1 else 'not campaign sends'}, so left out of "
        "sent, delivered and cost.", rows=n_auto, column=column)


def no_send_time(name: str) -> Said:
    """The problem of a campaign none of whose messages says when it was sent."""
    return Said("no_send_time", f"Campaign '{name}': no message has a send time, so its date "
                "is unknown.", campaign=name)


def repeated_ids_note(n_dup: int) -> Said:
    """The note saying how many message ids came again (the last row of each is used)."""
    return Said(
        "repeated_ids", f"{n_dup} repeated message {'id' if n_dup == 1 else 'ids'} in the "
        f"file: the last row of {'it' if n_dup == 1 else 'each'} was used.", rows=n_dup)


def _duplicate_ids(ids: np.ndarray) -> np.ndarray:
    """Rows whose message id appears again later in the file (keep the last)."""
    import pandas as pd

    if len(ids) == 0:
        return np.zeros(0, dtype=bool)
    try:  # providers usually export in id order: rising ids cannot repeat (no hashing needed)
        if bool((ids[1:] > ids[:-1]).all()):
            return np.zeros(len(ids), dtype=bool)
    except TypeError:
        pass
    return pd.Series(ids, dtype=object).duplicated(keep="last").to_numpy()


def _other_costs(reader: ColumnReader, price: np.ndarray | None, keep: np.ndarray,
                 auto: np.ndarray, inbound: np.ndarray) -> None:
    """The cost of automatic answers and incoming texts: not the campaign's, said apart."""
    if price is None:
        return
    costs: dict[str, float | None] = {}
    for key, rows in (("auto_replies", auto & keep), ("incoming", inbound & keep)):
        if rows.any():
            known = rows & ~np.isnan(price)
            costs[key] = round(float(np.abs(price[known]).sum()), 6) if known.any() else None
    reader.other_costs = costs


def _links_tracked(reader: ColumnReader, sends: np.ndarray) -> bool:
    """False when a 'link shortening enabled' column says no send had a tracked link."""
    from smsplanner.importing.mapping import normalise

    for h in reader.raw.headers:
        if normalise(h) in ("shortened link enabled", "link shortening enabled"):
            flags, _bad = reader_flags(reader.raw.frame[h])
            return bool((flags[sends] == 1.0).any())
    return True


def reader_flags(values: Any) -> tuple[np.ndarray, np.ndarray]:
    from smsplanner.importing.values import parse_bools

    return parse_bools(values)


class _Lowered:
    """Lower-case text of a column with few distinct values (status, direction), kept as
    codes into the distinct values so lookups cost one check per distinct value."""

    def __init__(self, values: np.ndarray,
                 coded: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        """`coded`: the column's (codes, distinct texts) when the reader has them already."""
        import pandas as pd

        if coded is None:
            self.codes, uniques = pd.factorize(values, use_na_sentinel=True)
        else:
            self.codes, uniques = coded
        # code -1 (missing) picks the trailing None
        self.low = np.array([None if u is None else str(u).lower() for u in uniques] + [None],
                            dtype=object)

    def values(self) -> np.ndarray:
        return self.low[self.codes]

    def masked_values(self) -> np.ndarray:
        """values() to store: a status such as 'delivered to +4477...' has the number hidden."""
        from smsplanner.importing.privacy import hide_phones_in_cell

        low = np.array([v if v is None else hide_phones_in_cell(v) for v in self.low],
                       dtype=object)
        return low[self.codes]

    def isin(self, words: set[str]) -> np.ndarray:
        hit = np.array([u in words for u in self.low], dtype=bool)
        return hit[self.codes]


def _iso_seconds(stamps: np.ndarray) -> np.ndarray:
    """'2026-01-05T09:00:00' text (None where NaT) of datetime64 values, each distinct
    second formatted once (a million messages share far fewer send times)."""
    import pandas as pd

    secs = stamps.astype("datetime64[s]")
    codes, uniques = pd.factorize(secs.view(np.int64))
    distinct = uniques.astype(np.int64).view("datetime64[s]")
    text = np.append(np.datetime_as_string(distinct, unit="s").astype(object), [None])
    text[:-1][np.isnat(distinct)] = None
    return text[codes]


def _campaign_codes(names: np.ndarray, channels: np.ndarray,
                    coded: tuple[np.ndarray, np.ndarray] | None = None,
                    ) -> tuple[np.ndarray, list[str]]:
    """One code per (campaign name, channel) pair, and the "name\x1fchannel" keys.

    `coded`: (codes, distinct) with names == distinct[codes], as the reader coded the column:
    then only the few distinct names and integer codes are factorised, not a million texts.
    Codes number the campaigns in order of first appearance either way.
    """
    import pandas as pd

    if len(names) == 0:
        return np.zeros(0, dtype=np.int64), []
    c1 = None
    if coded is not None:
        same, distinct_names = pd.factorize(coded[1])  # stripping may have merged some
        whole = same[coded[0]]
        if not (whole < 0).any():  # (rows without a name were left out before)
            c1, firsts = pd.factorize(whole)
            u1 = distinct_names[firsts]
    if c1 is None:
        c1, u1 = pd.factorize(names)
    if bool((channels == channels[0]).all()):  # one channel (no channel column): no pairing
        return c1.astype(np.int64), [f"{u}\x1f{channels[0]}" for u in u1]
    c2, u2 = pd.factorize(channels)
    codes, pairs = pd.factorize(c1.astype(np.int64) * max(len(u2), 1) + c2)
    keys = [f"{u1[p // max(len(u2), 1)]}\x1f{u2[p % max(len(u2), 1)]}" for p in pairs]
    return codes.astype(np.int64), keys


def _sum(values: np.ndarray | None, codes: np.ndarray, k: int,
         where: np.ndarray | None = None) -> list[float | None]:
    """Per-campaign sums ignoring NaN; None for a campaign whose values are all unknown."""
    if values is None:
        return [None] * k
    v = values.astype(float)
    if where is not None:
        v = np.where(where, v, np.nan)
    known = ~np.isnan(v)
    totals = np.bincount(codes[known], weights=v[known], minlength=k)
    has = np.bincount(codes[known], minlength=k) > 0
    return [float(t) if h else None for t, h in zip(totals, has, strict=True)]


def _first_sends(stamps: np.ndarray, outbound: np.ndarray, order: np.ndarray,
                 starts: np.ndarray) -> list[Any]:
    """Per campaign, the earliest outbound send time (else the earliest of any row; None
    when no row has one). `order` sorts rows by campaign; `starts` is where each begins."""
    import pandas as pd

    never = np.iinfo(np.int64).max
    t = stamps.astype("datetime64[ns]")
    ti = np.where(np.isnat(t), never, t.view(np.int64))[order]
    first_any = np.minimum.reduceat(ti, starts)
    first_out = np.minimum.reduceat(np.where(outbound[order], ti, never), starts)
    first = np.where(first_out != never, first_out, first_any)
    return [None if v == never else pd.Timestamp(int(v)) for v in first.tolist()]


def _int(x: float | None) -> int | None:
    return None if x is None else round(x)


def _round(x: float | None, digits: int) -> float | None:
    return None if x is None else round(x, digits)


def _aggregate(reader: ColumnReader, cols: dict[str, Any], keys: list[str], idx: Any,
               body: np.ndarray | None,
               stamps: pandas.Series | None) -> list[PlannedCampaign | None]:
    """Campaign figures from the message rows (the same rules storage applies in SQL).

    Aligned with the campaign codes; None where the campaign breaks a rule (reported).
    """
    codes = cols["campaign"]
    k = len(keys)
    out_mask = cols["outbound"] == 1
    sent = np.bincount(codes, weights=out_mask.astype(float), minlength=k)
    sums = {f: _sum(cols[f], codes, k, out_mask if f in ("delivered", "clicked", "converted")
                    else None)
            for f in ("delivered", "clicked", "replied", "converted", "opt_out", "order_value",
                      "cost")}
    rows = reader.raw.row_numbers[idx]
    small = np.int16 if k < 1 << 15 else np.int64  # numpy sorts 16-bit keys by radix
    order = np.argsort(codes.astype(small), kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(k + 1))
    first_send: list[Any] = [None] * k
    if stamps is not None and k:
        first_send = _first_sends(stamps.to_numpy()[idx], out_mask, order, bounds[:-1])
    first_body: list[str | None] = [None] * k
    if body is not None:
        b = body[idx]
        seen: set[int] = set()
        for j in np.flatnonzero(out_mask):
            c = int(codes[j])
            if c not in seen and b[j]:
                first_body[c] = b[j]
                seen.add(c)
            if len(seen) == k:
                break
    row_lists: list[list[int]] = [[] for _ in range(k)]
    planned: list[PlannedCampaign | None] = []
    for c in range(k):
        name, channel = keys[c].split("\x1f", 1)
        row_lists[c] = rows[order[bounds[c]:bounds[c + 1]]].tolist()
        ts = first_send[c]
        if ts is None:
            reader.add(None, reader.column("sent_at"), "", no_send_time(name), mark_bad=False)
            planned.append(None)
            continue
        camp = Campaign(
            name=name, date=ts.date(), time=f"{ts.hour:02d}:{ts.minute:02d}", channel=channel,
            message=first_body[c], sent=int(sent[c]),
            delivered=_int(sums["delivered"][c]), clicks=_int(sums["clicked"][c]),
            replies=_int(sums["replied"][c]), opt_outs=_int(sums["opt_out"][c]),
            conversions=_int(sums["converted"][c]),
            revenue=_round(sums["order_value"][c], 4),
            cost=_round(sums["cost"][c], 6),
        )
        # A log may be a later slice of a campaign (the STOP replies after the sends): its own
        # totals may not add up until joined with the messages already stored. Those rules are
        # checked when writing, on the campaign's stored messages; other problems stop it here.
        problems = [p for p in campaign_problems(camp) if p.field not in COUNT_FIELDS]
        for p in problems:
            reader.add(None, p.field, "", Said(
                "campaign_problem", f"Campaign '{name}': {p.message}", campaign=name,
                field=p.field, problem=p.code, **p.details), mark_bad=False)
        planned.append(None if problems else PlannedCampaign(camp, row_lists[c]))
    return planned
