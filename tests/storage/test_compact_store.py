"""The compact message store on real files: bytes a message, ids sharing a hashed key kept
apart exactly (a tiny hash forces it), and totals kept from each import's rows equal to
counting every stored message again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from smsplanner.services.importer import import_file, undo_import
from smsplanner.storage import message_codec, message_totals
from smsplanner.storage.campaigns import get_campaign, list_campaigns
from smsplanner.storage.import_figures import combined_campaign
from smsplanner.storage.imports import list_batches
from tests.support import dump_tables as dump
from tests.support import stored_by_id

PROVIDER = "file:sid"


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def _log(sids: list[str], seed: int, campaigns: tuple[str, ...] = ("Spring", "Autumn"),
         day: str = "2026-04-01") -> pd.DataFrame:
    """A Twilio-like log: random sids, replies, prices and parts, clicks for some."""
    rng = np.random.default_rng(seed)
    n = len(sids)
    inbound = rng.random(n) < 0.05
    return pd.DataFrame({
        "Sid": sids,
        "Campaign": np.array(campaigns)[rng.integers(0, len(campaigns), n)],
        "SentDate": [f"{day}T09:{m:02d}:{s:02d}Z" for m, s in
                     zip(rng.integers(0, 60, n), rng.integers(0, 60, n), strict=True)],
        "Status": np.where(inbound, "received",
                           np.where(rng.random(n) < 0.9, "delivered", "undelivered")),
        "Direction": np.where(inbound, "inbound", "outbound-api"),
        "Price": np.where(rng.random(n) < 0.9, "-0.0079", ""),
        "NumSegments": rng.integers(1, 3, n),
    })


def _sids(n: int, seed: int) -> list[str]:
    rng = np.random.default_rng(seed)
    return [f"SM{v:032x}" for v in rng.integers(0, 2**62, n)]


def _write(path: Path, log: pd.DataFrame) -> Path:
    log.to_csv(path, index=False)
    return path


def test_a_message_takes_under_forty_bytes_all_tables_included(tmp_path: Path) -> None:
    from smsplanner.storage.db import open_db

    db = tmp_path / "c.sqlite"
    conn = open_db(db)
    rows = 50_000
    r = import_file(conn, _write(tmp_path / "log.csv", _log(_sids(rows, 1), 1)), backup=False)
    assert not r.refused and r.rows_imported == rows
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    per_message = db.stat().st_size / rows
    assert per_message < 40, f"{per_message:.1f} bytes a message"


def _tiny(provider: str, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Four keys for every id (check bits as the real hash gives them); a clash's salted
    ids hash as usual, so that free keys exist."""
    keys, check = message_codec.hash_ids(provider, ids)
    if all("\x00" in str(i) for i in np.asarray(ids).tolist()):
        return keys, check
    return keys & 3, check


def _distinct_checks(n: int, seed: int, taken: set[int]) -> list[str]:
    """n sids whose check bits no other sid here has (two ids with the same key and the
    same check bits would be one message: the risk the check bits make one in 2^72)."""
    out = []
    for sid in _sids(20 * n, seed):
        chk = int(message_codec.hash_ids(PROVIDER, np.array([sid], dtype=object))[1][0])
        if chk not in taken:
            taken.add(chk)
            out.append(sid)
            if len(out) == n:
                return out
    raise AssertionError("not enough distinct check bits")


def test_ids_sharing_a_key_are_kept_apart_exactly(conn: sqlite3.Connection, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(message_codec, "HASH", _tiny)
    taken: set[int] = set()
    first, new = _distinct_checks(60, 1, taken), _distinct_checks(30, 2, taken)
    empty = dump(conn)
    a = _log(first, 1)
    import_file(conn, _write(tmp_path / "a.csv", a), backup=False)
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 60
    assert conn.execute("SELECT count(*) FROM message_keys").fetchone()[0] == 60 - 4
    after_a = dump(conn)
    b = pd.concat([a.iloc[:30], _log(new, 2)], ignore_index=True)
    b.loc[:9, "Status"] = "failed"
    r = import_file(conn, _write(tmp_path / "b.csv", b), backup=False)
    [_, batch] = list_batches(conn)
    changed = int((a.iloc[:10]["Status"] != "failed").sum())
    assert (batch.messages_added, batch.messages_updated) == (30, changed)
    stored = stored_by_id(conn, first + new)
    want = dict(zip(a["Sid"], a["Status"], strict=True)) | dict(
        zip(b["Sid"], b["Status"], strict=True))
    assert {s: m["status"] for s, m in stored.items()} == want
    undo_import(conn, r.import_id, backup=False)
    assert dump(conn) == after_a
    undo_import(conn, 1, backup=False)
    assert dump(conn) == empty


def _assert_totals_as_counted(conn: sqlite3.Connection) -> None:
    """Every campaign's kept totals and figures equal to counting all its rows again."""
    counted = message_totals.counted(conn, None)
    kept = message_totals.load(conn, counted)
    assert kept == counted
    assert conn.execute("SELECT count(*) FROM campaign_totals").fetchone()[0] == len(counted)
    for cid, t in counted.items():
        again = combined_campaign(get_campaign(conn, cid), t.figures())
        assert again is not None and again == get_campaign(conn, cid)


def test_totals_kept_from_each_import_equal_a_full_count(conn: sqlite3.Connection,
                                                         tmp_path: Path) -> None:
    a = _log(_sids(3000, 1), 1)
    import_file(conn, _write(tmp_path / "a.csv", a), backup=False)
    _assert_totals_as_counted(conn)
    # Statuses change, a send time moves off the first send, money goes, new messages come.
    b = pd.concat([a.iloc[:400], _log(_sids(500, 2), 2)], ignore_index=True)
    b.loc[:99, "Status"] = "undelivered"
    first = a["SentDate"].min()
    b.loc[b["SentDate"] == first, "SentDate"] = "2026-04-01T11:59:00Z"
    b.loc[100:149, "Price"] = ""
    r = import_file(conn, _write(tmp_path / "b.csv", b), backup=False)
    assert not r.refused and r.campaigns_updated == 2
    _assert_totals_as_counted(conn)
    # Replies the next morning, in a log of their own, join their campaign.
    c = _log(_sids(200, 3), 3, ("Spring",), day="2026-04-02")
    c["Direction"], c["Status"], c["Price"] = "inbound", "received", ""
    r = import_file(conn, _write(tmp_path / "c.csv", c), backup=False)
    assert not r.refused and r.campaigns_created == 0
    _assert_totals_as_counted(conn)
    spring = next(x for x in list_campaigns(conn) if x.name == "Spring")
    assert spring.replies == message_totals.counted(conn, [spring.id])[spring.id].replies > 0
    undo_import(conn, r.import_id, backup=False)
    _assert_totals_as_counted(conn)


def _steps_of_small_import(tmp_path: Path, stored: int) -> int:
    """SQLite VM steps (thousands) of writing 1,000 new and 100 changed messages of a stored
    campaign into a store holding `stored` messages."""
    from smsplanner.importing.plan import build_plan
    from smsplanner.importing.read import read_table
    from smsplanner.storage.db import open_db
    from smsplanner.storage.imports import write_plan

    conn = open_db(tmp_path / f"s{stored}.sqlite")
    base = _log(_sids(stored, 1), 1)
    import_file(conn, _write(tmp_path / f"base{stored}.csv", base), backup=False)
    later = pd.concat([base.iloc[:100].assign(Status="failed"), _log(_sids(1000, 2), 2)],
                      ignore_index=True)
    plan = build_plan(read_table(_write(tmp_path / f"later{stored}.csv", later)))
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    conn.set_progress_handler(count, 1000)
    write_plan(conn, plan, file_name="later.csv", file_size=1, sha256=f"x{stored}")
    conn.set_progress_handler(None, 0)
    _assert_totals_as_counted(conn)
    conn.close()
    return steps[0]


def test_a_small_import_costs_the_same_in_a_ten_times_bigger_store(tmp_path: Path) -> None:
    small, big = _steps_of_small_import(tmp_path, 5_000), _steps_of_small_import(tmp_path, 50_000)
    assert big < 1.5 * small, (small, big)
