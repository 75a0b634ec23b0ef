"""open_db on real files: pragmas, migrations, backups before migrating, transactions."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import DuplicateCampaignError, ValidationError
from smsplanner.storage import migrations
from smsplanner.storage.campaigns import (
    add_campaign,
    add_campaigns,
    delete_campaigns,
    get_campaign,
    list_campaigns,
    restore_campaigns,
    update_campaign,
)
from smsplanner.storage.db import open_db, pending_migrations, resolve_db_path, write_transaction

D = dt.date(2026, 3, 1)


def test_open_db_sets_pragmas(conn: sqlite3.Connection) -> None:
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert pending_migrations(conn) == []


def test_migrations_are_recorded_by_sqlite_utils(conn: sqlite3.Connection) -> None:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set='smsplanner' ORDER BY id")]
    assert names == list(migrations.MIGRATION_NAMES)


def test_backup_is_written_before_migrating_an_existing_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_db(db_path)
    add_campaign(conn, Campaign("Kept", D, sent=10))
    conn.close()

    def m9999_test_column(db) -> None:  # a migration added in a later release
        db.execute("ALTER TABLE campaigns ADD COLUMN test_extra TEXT")

    monkeypatch.setattr(migrations, "_FUNCTIONS",
                        [*migrations._FUNCTIONS, ("m9999_test_column", m9999_test_column)])
    import smsplanner.storage.db as dbmod

    monkeypatch.setattr(dbmod, "MIGRATION_NAMES", (*migrations.MIGRATION_NAMES,
                                                   "m9999_test_column"))
    conn = open_db(db_path)
    cols = {r[1] for r in conn.execute("PRAGMA table_info(campaigns)")}
    assert "test_extra" in cols
    conn.close()
    backups = [p for p in db_path.parent.rglob("*.sqlite") if p != db_path]
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert [r[0] for r in old.execute("SELECT name FROM campaigns")] == ["Kept"]
    assert "test_extra" not in {r[1] for r in old.execute("PRAGMA table_info(campaigns)")}
    old.close()


def test_new_file_gets_no_migration_backup(db_path: Path) -> None:
    open_db(db_path).close()
    assert [p.name for p in db_path.parent.rglob("*.sqlite")] == [db_path.name]


def test_resolve_db_path_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SMSPLANNER_DB", str(tmp_path / "env.sqlite"))
    assert resolve_db_path("x.sqlite") == Path("x.sqlite")
    assert resolve_db_path(None) == tmp_path / "env.sqlite"
    monkeypatch.delenv("SMSPLANNER_DB")
    default = resolve_db_path(None)
    assert default.name == "campaigns.sqlite" and default.parent.name == "SMS Planner"


def test_unknown_counts_are_stored_as_null(conn: sqlite3.Connection) -> None:
    cid = add_campaign(conn, Campaign("A", D, sent=100, clicks=0))
    row = conn.execute("SELECT sent, delivered, clicks, conversions FROM campaigns WHERE id=?",
                       (cid,)).fetchone()
    assert tuple(row) == (100, None, 0, None)
    assert get_campaign(conn, cid).delivered is None


def test_name_date_channel_is_unique(conn: sqlite3.Connection) -> None:
    add_campaign(conn, Campaign("A", D))
    add_campaign(conn, Campaign("A", D, channel="email"))
    with pytest.raises(DuplicateCampaignError, match="already exists"):
        add_campaign(conn, Campaign("A", D))


def test_many_rows_are_all_or_nothing(conn: sqlite3.Connection) -> None:
    good = [Campaign(f"C{i}", D, sent=10) for i in range(5)]
    with pytest.raises(ValidationError):
        add_campaigns(conn, [*good, Campaign("bad", D, sent=10, delivered=20)])
    assert list_campaigns(conn) == []
    add_campaigns(conn, good)
    assert len(list_campaigns(conn)) == 5


def test_update_delete_restore_round_trip(conn: sqlite3.Connection) -> None:
    cid = add_campaign(conn, Campaign("A", D, sent=10))
    c = get_campaign(conn, cid).with_changes(sent=20, conversions=3)
    update_campaign(conn, c)
    assert get_campaign(conn, cid).sent == 20
    deleted = delete_campaigns(conn, [cid])
    assert list_campaigns(conn) == []
    restore_campaigns(conn, deleted)
    assert get_campaign(conn, cid) == c


def test_write_transaction_rolls_back_on_error(conn: sqlite3.Connection) -> None:
    with pytest.raises(RuntimeError), write_transaction(conn):
        conn.execute("INSERT INTO campaigns (name, date) VALUES ('x', '2026-01-01')")
        raise RuntimeError("boom")
    assert conn.execute("SELECT count(*) FROM campaigns").fetchone()[0] == 0
    assert not conn.in_transaction


def test_schema_checks_back_up_domain_rules(conn: sqlite3.Connection) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO campaigns (name, date, sent) VALUES ('x', '2026-01-01', -1)")


def test_new_files_get_16k_pages_and_existing_files_keep_theirs(tmp_path: Path) -> None:
    from smsplanner.storage.db import NEW_PAGE_SIZE

    new = open_db(tmp_path / "new.sqlite")
    assert new.execute("PRAGMA page_size").fetchone()[0] == NEW_PAGE_SIZE == 16_384
    new.close()
    old_file = tmp_path / "old.sqlite"
    old = sqlite3.connect(old_file)
    old.execute("PRAGMA page_size = 4096")
    old.execute("CREATE TABLE notes (x)")  # someone's file from before: 4 KiB pages
    old.close()
    conn = open_db(old_file)
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert conn.execute("SELECT count(*) FROM campaigns").fetchone()[0] == 0
