"""Big logs with random (unsorted) message ids and missing columns, on real database files:
rows stored exactly, overlap and undo exact, and the messages table without a batch index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from smsplanner.services.importer import import_file, undo_import
from smsplanner.storage.campaigns import list_campaigns
from smsplanner.storage.imports import list_batches
from tests.support import dump_tables as dump
from tests.support import stored_by_id


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")




def _log(rows: int, seed: int) -> pd.DataFrame:
    """Twilio-like rows with random hex sids, in send order (not id order), no click column."""
    rng = np.random.default_rng(seed)
    sids = [f"SM{v:032x}" for v in rng.integers(0, 2**62, rows)]
    i = np.arange(rows)
    return pd.DataFrame({
        "Sid": sids,
        "Campaign": np.where(i % 2 == 0, "Spring", "Autumn"),
        "SentDate": [f"2026-04-0{1 + k % 2}T09:{k % 60:02d}:00Z" for k in range(rows)],
        "Status": np.where(i % 7 == 0, "undelivered", "delivered"),
        "Price": np.where(i % 3 == 0, "", "-0.0079"),
    })


def _stored(conn: sqlite3.Connection, sids: pd.Series,
            provider: str | None = None) -> pd.DataFrame:
    rows = stored_by_id(conn, sids, provider)
    return pd.DataFrame([(i, r["campaign"], r["status"], r["sent_at"], r["delivered"],
                          r["clicked"], r["cost"]) for i, r in rows.items()],
                        columns=["Sid", "Campaign", "status", "sent_at", "delivered",
                                 "clicked", "cost"]).set_index("Sid")


def test_unsorted_ids_are_stored_exactly_with_unknowns_left_null(conn: sqlite3.Connection,
                                                                 tmp_path: Path) -> None:
    log = _log(3000, seed=1)
    f = tmp_path / "log.csv"
    log.to_csv(f, index=False)
    r = import_file(conn, f)
    assert not r.refused and r.rows_imported == 3000
    got = _stored(conn, log["Sid"]).loc[log["Sid"]]
    assert got["Campaign"].tolist() == log["Campaign"].tolist()
    assert got["status"].tolist() == log["Status"].tolist()
    assert got["sent_at"].tolist() == [s.rstrip("Z") for s in log["SentDate"]]
    assert got["delivered"].tolist() == (log["Status"] == "delivered").astype(int).tolist()
    assert got["clicked"].isna().all()  # the file has no click column: unknown, not 0
    priced = log["Price"] != ""
    assert np.allclose(got["cost"][priced.to_numpy()], 0.0079)
    assert got["cost"][~priced.to_numpy()].isna().all()
    spring = next(c for c in list_campaigns(conn) if c.name == "Spring")
    assert spring.sent == 1500 and spring.clicks is None
    assert spring.delivered == int(((log["Campaign"] == "Spring")
                                    & (log["Status"] == "delivered")).sum())


def test_overlap_with_unsorted_ids_then_exact_undo(conn: sqlite3.Connection,
                                                   tmp_path: Path) -> None:
    first = _log(2000, seed=2)
    a = tmp_path / "a.csv"
    first.to_csv(a, index=False)
    import_file(conn, a)
    after_a = dump(conn)
    later = pd.concat([first.iloc[1000:], _log(600, seed=3)], ignore_index=True)
    later.loc[:99, "Status"] = "failed"  # 100 stored messages changed status
    later = later.sample(frac=1.0, random_state=4)
    b = tmp_path / "b.csv"
    later.to_csv(b, index=False)
    r = import_file(conn, b)
    assert not r.refused and r.campaigns_updated == 2 and r.campaigns_created == 0
    [_, batch] = list_batches(conn)
    changed = int((first.iloc[1000:1100]["Status"] != "failed").sum())
    assert (batch.messages_added, batch.messages_updated) == (600, changed)
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 2600
    stored = _stored(conn, later["Sid"])
    assert (stored.loc[later["Sid"], "status"].tolist() == later["Status"].tolist())
    undo_import(conn, r.import_id)
    assert dump(conn) == after_a


def test_messages_have_no_index_and_undo_still_finds_the_batch_rows(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    indexes = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='messages'")}
    assert indexes == set()
    before = dump(conn)
    f = tmp_path / "log.csv"
    _log(500, seed=5).to_csv(f, index=False)
    r = import_file(conn, f)
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 500
    undo_import(conn, r.import_id)
    assert dump(conn) == before


def test_second_provider_into_a_fuller_table(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    big, small = _log(1200, seed=6), _log(300, seed=7)
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    big.to_csv(a, index=False)
    small.rename(columns={"Sid": "Message ID"}).to_csv(b, index=False)
    import_file(conn, a)
    before_b = dump(conn)
    r = import_file(conn, b)
    assert not r.refused and r.campaigns_updated == 2
    assert len(stored_by_id(conn, big["Sid"], "file:sid")) == 1200
    assert len(stored_by_id(conn, small["Sid"], "file:message id")) == 300
    assert len(stored_by_id(conn, small["Sid"], "file:sid")) == 0
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 1500
    got = _stored(conn, small["Sid"], "file:message id").loc[small["Sid"]]
    assert got["status"].tolist() == small["Status"].tolist()
    spring = next(c for c in list_campaigns(conn) if c.name == "Spring")
    assert spring.sent == 600 + 150
    undo_import(conn, r.import_id)
    assert dump(conn) == before_b


def test_small_overlap_into_a_big_table_keeps_totals_of_every_message(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    first = _log(1600, seed=8)
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    first.to_csv(a, index=False)
    import_file(conn, a)
    later = pd.concat([first.iloc[:80], _log(20, seed=9)], ignore_index=True)
    later.loc[:29, "Status"] = "failed"
    later.to_csv(b, index=False)
    r = import_file(conn, b)  # 100 rows against 1600 stored: totals changed by these only
    [_, batch] = list_batches(conn)
    assert batch.messages_added == 20
    assert batch.messages_updated == int((first.iloc[:30]["Status"] != "failed").sum())
    for c in list_campaigns(conn):
        sent, delivered = conn.execute(
            "SELECT count(*), sum(delivered) FROM message_rows WHERE campaign_id = ?",
            (c.id,)).fetchone()
        assert (c.sent, c.delivered) == (sent, delivered)
    spring = next(c for c in list_campaigns(conn) if c.name == "Spring")
    assert spring.sent == 800 + 10
    undo_import(conn, r.import_id)
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 1600


def test_many_distinct_times_and_prices_with_replies_are_stored_exactly(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    rows = 6000
    log = _log(rows, seed=10)
    i = np.arange(rows)
    log["SentDate"] = [f"2026-04-0{1 + k % 2}T{k // 3600 % 24:02d}:{k // 60 % 60:02d}:"
                       f"{k % 60:02d}Z" for k in range(rows)]
    log["Price"] = np.where(i % 3 == 0, "", (-(i % 5000) / 1e5).astype(str))
    log["Direction"] = np.where(i % 9 == 0, "inbound", "outbound-api")
    f = tmp_path / "log.csv"
    log.to_csv(f, index=False)
    r = import_file(conn, f)
    assert not r.refused and r.rows_imported == rows
    got = _stored(conn, log["Sid"]).loc[log["Sid"]]
    # Send times are kept to the minute (the app shows days and hours:minutes).
    assert got["sent_at"].tolist() == [s[:16] + ":00" for s in log["SentDate"]]
    priced = (log["Price"] != "").to_numpy()
    assert np.allclose(got["cost"][priced], (i % 5000)[priced] / 1e5)
    assert got["cost"][~priced].isna().all()
    assert got["Campaign"].tolist() == log["Campaign"].tolist()
    assert got["status"].tolist() == log["Status"].tolist()
    delivered = np.where(log["Direction"] == "inbound", np.nan,
                         (log["Status"] == "delivered").astype(float))
    assert np.array_equal(got["delivered"].to_numpy(dtype=float), delivered, equal_nan=True)
    outbound = conn.execute("SELECT sum(outbound) FROM message_rows").fetchone()[0]
    assert outbound == int((i % 9 != 0).sum())


def test_unsorted_non_ascii_ids_are_stored(conn: sqlite3.Connection, tmp_path: Path) -> None:
    f = tmp_path / "log.csv"
    f.write_text("Message ID,Campaign,Sent at,Status\n"
                 "zé-2,Été,2026-06-01T09:00:00,delivered\n"
                 "a-1,Été,2026-06-01T09:01:00,failed\n"
                 "ß-3,Été,2026-06-01T09:02:00,delivered\n", encoding="utf-8")
    r = import_file(conn, f)
    assert not r.refused
    stored = {i: r["status"] for i, r in stored_by_id(conn, ["zé-2", "a-1", "ß-3"]).items()}
    assert stored == {"zé-2": "delivered", "a-1": "failed", "ß-3": "delivered"}
    [c] = list_campaigns(conn)
    assert (c.name, c.sent, c.delivered) == ("Été", 3, 2)


def test_foreign_keys_are_back_on_after_a_log_import_and_after_a_refusal(
        conn: sqlite3.Connection, tmp_path: Path) -> None:
    """The bulk write turns per-row foreign-key checks off around its transaction only."""
    f = tmp_path / "log.csv"
    _log(400, seed=4).to_csv(f, index=False)
    assert not import_file(conn, f).refused
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    from smsplanner.domain.errors import Cancelled
    from smsplanner.importing.plan import build_plan
    from smsplanner.importing.read import read_table
    from smsplanner.storage.imports import write_plan

    _log(50, seed=5).to_csv(tmp_path / "later.csv", index=False)
    plan = build_plan(read_table(tmp_path / "later.csv"))
    with pytest.raises(Cancelled):  # stopped inside the write's transaction
        write_plan(conn, plan, file_name="later.csv", file_size=1, sha256="x",
                   is_cancelled=lambda: True)
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # Deleting a campaign still takes its messages and their totals with it.
    from smsplanner.storage.campaigns import delete_campaigns

    cid = conn.execute("SELECT min(campaign_id) FROM messages").fetchone()[0]
    others = conn.execute("SELECT count(*) FROM messages WHERE campaign_id != ?",
                          (cid,)).fetchone()[0]
    delete_campaigns(conn, [cid])
    assert conn.execute("SELECT count(*) FROM messages WHERE campaign_id = ?",
                        (cid,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == others > 0
    assert conn.execute("SELECT count(*) FROM campaign_totals WHERE campaign_id = ?",
                        (cid,)).fetchone()[0] == 0


def test_message_rows_naming_a_missing_campaign_are_refused(conn: sqlite3.Connection) -> None:
    from smsplanner.storage.import_messages import check_campaigns_exist

    with conn:
        conn.execute("INSERT INTO campaigns (name, date) VALUES ('A', '2026-01-01')")
    (cid,) = conn.execute("SELECT id FROM campaigns").fetchone()
    check_campaigns_exist(conn, [cid, cid])
    with pytest.raises(sqlite3.IntegrityError):
        check_campaigns_exist(conn, [cid, cid + 1])
