"""resource_path() from source and frozen, the generated icons, and the bundled sample files."""

from __future__ import annotations

import csv
import importlib.util
import struct
import sys
from pathlib import Path

import pytest

from smsplanner import resources
from smsplanner.resources import MissingResourceError, resource_path, resources_dir

ROOT = Path(__file__).resolve().parents[2]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_resource_path_from_source_points_into_the_checkout() -> None:
    assert resources_dir() == ROOT / "resources"
    expected = ROOT / "resources" / "icons" / "smsplanner.svg"
    assert resource_path("icons", "smsplanner.svg") == expected


def test_resource_path_when_frozen_uses_the_bundle_folder(tmp_path: Path, monkeypatch) -> None:
    bundled = tmp_path / "resources" / "icons"
    bundled.mkdir(parents=True)
    (bundled / "smsplanner-16.png").write_bytes(PNG_SIGNATURE)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.is_frozen()
    assert resource_path("icons", "smsplanner-16.png") == bundled / "smsplanner-16.png"
    assert resources.icon_paths() == [bundled / "smsplanner-16.png"]


def test_missing_resource_says_to_reinstall(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    with pytest.raises(MissingResourceError, match="download and unzip the app again"):
        resources.sample_export_path()
    assert resource_path("nothing.txt", must_exist=False) == tmp_path / "nothing.txt"
    assert resources.icon_paths() == []


def test_icon_pngs_exist_in_every_size_smallest_first() -> None:
    sizes = [int(p.stem.rsplit("-", 1)[1]) for p in resources.icon_paths()]
    assert sizes == sorted(sizes)
    assert {16, 32, 48, 256, 512} <= set(sizes)
    for path in resources.icon_paths():
        data = path.read_bytes()
        assert data.startswith(PNG_SIGNATURE)
        width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
        assert (width, height) == (int(path.stem.rsplit("-", 1)[1]),) * 2


def test_ico_directory_lists_png_entries_that_fit_the_file() -> None:
    data = resource_path("icons", "smsplanner.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = []
    for i in range(count):
        w, _h, _c, _r, _planes, _bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        assert offset + length <= len(data)
        assert data[offset:offset + 8] == PNG_SIGNATURE
        sizes.append(w or 256)
    assert 16 in sizes and 256 in sizes


def test_icns_elements_add_up_to_the_file_length() -> None:
    data = resource_path("icons", "smsplanner.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    pos, kinds = 8, []
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        assert data[pos + 8:pos + 16] == PNG_SIGNATURE
        kinds.append(kind)
        pos += length
    assert pos == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= set(kinds)


def test_make_icons_containers_round_trip() -> None:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    fake = {16: PNG_SIGNATURE + b"a" * 10, 256: PNG_SIGNATURE + b"b" * 20}
    ico = module.ico_bytes(fake)
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 2)
    assert ico.endswith(fake[256])


def _csv_rows() -> list[dict[str, str]]:
    with resources.sample_export_path().open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_sample_export_imports_with_the_figures_in_the_file(conn) -> None:
    from smsplanner.services.importer import import_file
    from smsplanner.storage.campaigns import list_campaigns

    rows = _csv_rows()
    result = import_file(conn, resources.sample_export_path(), backup=False)
    assert not result.refused and not result.problems
    assert result.campaigns_created == len(rows)
    stored = {c.name: c for c in list_campaigns(conn)}
    for row in rows:
        c = stored[row["Campaign Name"]]
        assert c.delivered == int(row["Successful Deliveries"])
        assert c.conversions == int(row["Unique Placed Order"])  # people, not totals
        assert c.clicks == int(row["Unique Clicks"])
        assert c.revenue == pytest.approx(float(row["Revenue"]))
        assert c.date.isoformat() == row["Send Time"][:10]


def test_sample_hand_sheet_imports_without_its_title_and_total_rows(conn) -> None:
    from smsplanner.services.importer import import_file
    from smsplanner.storage.campaigns import list_campaigns

    path = resource_path("sample", "corner-bakery-hand-sheet.xlsx")
    result = import_file(conn, path, backup=False)
    assert not result.refused and not result.problems
    names = [c.name for c in list_campaigns(conn)]
    assert len(names) == result.campaigns_created >= 5
    assert "Total" not in names
    assert result.detected.get("header_row", 0) > 1


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_every_guide_page_exists_translated_with_the_same_anchors_and_links(lang: str) -> None:
    import re

    english = sorted(p.name for p in (ROOT / "resources" / "help").glob("*.html"))
    folder = ROOT / "resources" / "help" / lang
    assert sorted(p.name for p in folder.glob("*.html")) == english
    for name in english:
        source = (ROOT / "resources" / "help" / name).read_text(encoding="utf-8")
        page = (folder / name).read_text(encoding="utf-8")
        for pattern in (r'id="([^"]+)"', r'href="([^"]+)"'):
            assert sorted(re.findall(pattern, page)) == sorted(re.findall(pattern, source)), name
        title = re.search(r"<title>(.*?)</title>", page)
        assert title and title[1] != re.search(r"<title>(.*?)</title>", source)[1], name


def test_the_package_build_bundles_translations_and_qts_own_for_each_language() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "resources")' in spec  # help/<lang>/ and the .qm files
    for lang in ("de", "fr", "es"):
        assert (ROOT / "resources" / "translations" / f"smsplanner_{lang}.ts").exists()
    assert 'GUI_LANGUAGES = ("de", "fr", "es")' in spec and "qtbase_" in spec
