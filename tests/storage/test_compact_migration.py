"""The migration to the compact message store (m0006) on a real file of the previous schema:
every message converted exactly (to the minute), totals counted, the file made smaller and
the saving recorded, old undo records still undoing, and later logs deduped against the
converted rows; also when two old ids share a hashed key."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import smsplanner.storage.db as dbmod
from smsplanner.services.importer import import_file, undo_import
from smsplanner.storage import compact_store, message_codec, message_totals, migrations
from smsplanner.storage.campaigns import COLUMNS, list_campaigns
from smsplanner.storage.db import open_db
from smsplanner.storage.imports import list_batches
from tests.support import dump_tables as dump
from tests.support import stored_by_id

PROVIDER = "file:sid"
N = 3000


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def _sids(n: int, seed: int) -> list[str]:
    rng = np.random.default_rng(seed)
    return [f"SM{v:032x}" for v in rng.integers(0, 2**62, n)]


def _old_rows(sids: list[str], campaign_id: int, batch_id: int) -> list[tuple[object, ...]]:
    """Rows as the previous release stored them: text times with seconds, REAL money."""
    out = []
    for k, sid in enumerate(sids):
        inbound = k % 11 == 0
        status = "received" if inbound else ("undelivered" if k % 7 == 0 else "delivered")
        delivered = None if inbound else int(status == "delivered")
        out.append((PROVIDER, sid, campaign_id, batch_id, int(not inbound), status,
                    f"2026-04-01T09:{k % 60:02d}:{k % 13:02d}", delivered,
                    None if k % 5 else 1, int(inbound and k % 2 == 0), None,
                    1 if inbound and k % 3 == 0 else 0, 49.99 if k % 17 == 0 else None,
                    None if k % 3 == 0 else 0.0079, 1 + k % 2))
    return out


def _old_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """A file of the previous release: two log imports, the second changing 40 statuses of
    the first's messages (with its undo records)."""
    older = [(n, f) for n, f in migrations._FUNCTIONS if n < "m0006"]
    first, second = _sids(N, 1), _sids(500, 2)
    with monkeypatch.context() as m:
        m.setattr(migrations, "_FUNCTIONS", older)
        m.setattr(dbmod, "MIGRATION_NAMES", tuple(n for n, _ in older))
        conn = open_db(path)
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'import_messages'"
                            ).fetchone()
        with conn:
            for cid, name in ((1, "Spring"), (2, "Autumn")):
                conn.execute("INSERT INTO campaigns (id, name, date, time, sent, delivered) "
                             "VALUES (?, ?, '2026-04-01', '09:00', 1, 1)", (cid, name))
            for b in (1, 2):
                conn.execute("INSERT INTO import_batches (id, file_name, file_size, sha256, "
                             "imported_at, shape, provider) VALUES (?, ?, 1, ?, "
                             "'2026-04-02T00:00:00Z', 'messages', ?)",
                             (b, f"{b}.csv", f"sha{b}", PROVIDER))
            conn.execute("UPDATE sqlite_sequence SET seq = 2 WHERE name = 'import_numbers'")
            conn.execute("INSERT INTO import_batch_campaigns VALUES (1, 1, 1, NULL)")
            conn.execute("INSERT INTO import_batch_campaigns VALUES (2, 2, 1, NULL)")
            cols = ("id", *COLUMNS, "created_at", "updated_at")
            row = conn.execute(f"SELECT {', '.join(cols)} FROM campaigns WHERE id = 1"
                               ).fetchone()
            conn.execute("INSERT INTO import_batch_campaigns VALUES (2, 1, 0, ?)",
                         (json.dumps(dict(zip(cols, tuple(row), strict=True))),))
            conn.executemany(f"INSERT INTO import_messages VALUES ({', '.join('?' * 15)})",
                             _old_rows(first, 1, 1) + _old_rows(second, 2, 2))
            conn.execute(
                "INSERT INTO import_message_changes (batch_id, provider, message_id, "
                "old_batch_id, status, sent_at, delivered, clicked, replied, converted, "
                "opt_out, order_value, cost, segments) SELECT 2, provider, message_id, "
                "batch_id, status, sent_at, delivered, clicked, replied, converted, opt_out, "
                "order_value, cost, segments FROM import_messages WHERE batch_id = 1 "
                "AND outbound = 1 ORDER BY message_id LIMIT 40")
            conn.execute("UPDATE import_messages SET status = 'failed', delivered = 0 "
                         "WHERE message_id IN (SELECT message_id FROM import_message_changes)")
        conn.close()
    return {"first": first, "second": second}


def _expected(conn_old_rows: list[tuple[object, ...]]) -> dict[str, tuple[object, ...]]:
    return {r[1]: r for r in conn_old_rows}


def test_old_file_is_converted_exactly_and_smaller(db_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _old_file(db_path, monkeypatch)
    old = sqlite3.connect(db_path)
    old_rows = _expected(old.execute("SELECT * FROM import_messages").fetchall())
    changed = {r[0] for r in old.execute("SELECT message_id FROM import_message_changes")}
    old.close()
    conn = open_db(db_path)  # m0006 runs now (a backup first, as for every migration)
    assert any("before-migration" in p.name for p in (db_path.parent / "backups").iterdir())
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == N + 500
    stored = stored_by_id(conn, list(old_rows), PROVIDER)
    assert len(stored) == N + 500
    for sid, r in old_rows.items():
        got = stored[sid]
        assert (got["campaign_id"], got["batch_id"], got["outbound"], got["status"],
                got["delivered"], got["clicked"], got["replied"], got["converted"],
                got["opt_out"], got["segments"]) == (*r[2:6], *r[7:12], r[14])
        assert got["sent_at"] == str(r[6])[:16] + ":00"
        assert got["cost"] == r[13] and got["order_value"] == r[12]
    # Totals as counted from the rows, and the figures the old rows give.
    assert message_totals.load(conn, [1, 2]) == message_totals.counted(conn, None)
    spring = message_totals.load(conn, [1])[1].figures()
    outbound = [r for r in old_rows.values() if r[2] == 1 and r[4] == 1]
    assert spring[0] == len(outbound) and spring[1] == sum(r[7] for r in outbound)
    assert spring[7] == pytest.approx(sum(r[13] or 0 for r in old_rows.values()
                                          if r[2] == 1))
    report = compact_store.last_compaction(conn)
    assert report is not None and report["messages"] == N + 500
    assert report["bytes_after"] < report["bytes_before"] * 0.7
    assert db_path.stat().st_size == report["bytes_after"]
    assert conn.execute("SELECT count(*) FROM message_changes").fetchone()[0] == 40
    # The old undo records still undo: import #2 goes, #1's messages get their statuses back.
    undo_import(conn, 2)
    back = stored_by_id(conn, sorted(changed), PROVIDER)
    assert {r["status"] for r in back.values()} <= {"delivered", "undelivered"}
    assert all(back[s]["batch_id"] == 1 for s in changed)
    assert not stored_by_id(conn, ids["second"], PROVIDER)
    assert message_totals.load(conn, [1, 2]) == message_totals.counted(conn, None)
    assert conn.execute("SELECT count(*) FROM message_changes").fetchone()[0] == 0


def _csv(path: Path, sids: list[str], status: str) -> Path:
    pd.DataFrame({"Sid": sids, "Campaign": "Spring",
                  "SentDate": [f"2026-04-01T10:{k % 60:02d}:00Z" for k in range(len(sids))],
                  "Status": status, "Price": "-0.0079"}).to_csv(path, index=False)
    return path


def test_a_later_log_dedupes_against_converted_rows_and_undoes_exactly(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _old_file(db_path, monkeypatch)
    conn = open_db(db_path)
    before = dump(conn)
    again = ids["first"][:200] + _sids(300, 3)
    r = import_file(conn, _csv(tmp_path / "later.csv", again, "delivered"))
    assert not r.refused
    [*_, batch] = list_batches(conn)
    assert (batch.messages_added, batch.messages_updated, r.campaigns_created) == (300, 200, 0)
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == N + 500 + 300
    spring = next(c for c in list_campaigns(conn) if c.name == "Spring")
    assert spring.sent == message_totals.counted(conn, [1])[1].sent
    assert message_totals.load(conn, [1, 2]) == message_totals.counted(conn, None)
    undo_import(conn, r.import_id)
    assert dump(conn) == before


def _tiny(provider: str, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Eight keys for every id in the world (check bits as the real hash has them); the
    salted ids a clash tries next hash as usual, so that free keys exist."""
    keys, check = message_codec.hash_ids(provider, ids)
    if all("\x00" in str(i) for i in np.asarray(ids).tolist()):
        return keys, check
    return keys & 7, check


def test_old_ids_sharing_a_key_keep_apart(db_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _old_file(db_path, monkeypatch)
    monkeypatch.setattr(message_codec, "HASH", _tiny)
    conn = open_db(db_path)
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == N + 500
    assert conn.execute("SELECT count(*) FROM message_keys").fetchone()[0] == N + 500 - 8
    old = sqlite3.connect(compact_store_backup(db_path))
    old_rows = _expected(old.execute("SELECT * FROM import_messages").fetchall())
    old.close()
    stored = stored_by_id(conn, list(old_rows), PROVIDER)
    assert {s: r["status"] for s, r in stored.items()} == {s: r[5] for s, r in old_rows.items()}


def compact_store_backup(db_path: Path) -> Path:
    """The backup the migration made first (the file as the previous release left it)."""
    [backup] = [p for p in (db_path.parent / "backups").iterdir()
                if "before-migration" in p.name and p.suffix == ".sqlite"]
    return backup
