"""Phone numbers inside campaign names are masked on big logs too (the coded fast path)."""

from __future__ import annotations

from pathlib import Path

from smsplanner.services.importer import import_file
from smsplanner.storage.db import open_db


def test_phone_in_a_repeated_campaign_name_is_masked_in_a_big_log(tmp_path: Path) -> None:
    rows = ["message_id,campaign,status,direction,sent_at"]
    for i in range(12_000):
        name = "Call +447700900123 now" if i % 2 else "Spring sale"
        rows.append(f"SM{i:08d},{name},delivered,outbound-api,2026-03-0{1 + i % 3}T10:00:00Z")
    path = tmp_path / "log.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    conn = open_db(db)
    result = import_file(conn, path)
    names = sorted(r[0] for r in conn.execute("SELECT name FROM campaigns"))
    conn.close()
    assert result.campaigns_created == 2
    assert names == ["Call (phone number hidden) now", "Spring sale"]
    for f in tmp_path.glob("c.sqlite*"):
        assert b"447700900123" not in f.read_bytes()
