"""Tell what a file really is from its first bytes, whatever its name says. Any thread.

An `.xlsx` saved from a web app may be CSV text, a `.csv` may be a PNG, a password-protected
`.xlsx` is an OLE container, an `.xls` may be an HTML page. `sniff` returns one of the kinds
below; the registry picks the reader (or the sentence that refuses the file) from it.
"""

from __future__ import annotations

import errno
import os
import stat
import zipfile
from pathlib import Path

from smsplanner.domain.imports import Said

HEAD_BYTES = 8192

# kind -> what to tell the user when the file is not a spreadsheet at all
FOREIGN = {
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "pdf": "a PDF document",
    "html": "a web page (HTML)",
    "gzip": "a gzip-compressed archive",
    "rar": "a RAR archive",
    "7z": "a 7-Zip archive",
    "docx": "a Word document",
    "pptx": "a PowerPoint presentation",
    "zip": "a zip archive",
    "exe": "a program",
    "sqlite": "a database file",
    "binary": "binary data",
}

_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"%PDF", "pdf"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"MZ", "exe"),
    (b"\x7fELF", "exe"),
    (b"SQLite format 3\x00", "sqlite"),
]
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_OLE_WORKBOOK = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))


def not_a_regular_file(path: Path) -> Said | None:
    """Why path cannot be imported as a file (a device, pipe, folder, link loop), or None.

    Only stats the path: opening /dev/zero or a named pipe could read or block forever.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return Said("missing_file", "the file does not exist.")
    except PermissionError:
        return Said("not_readable", "SMS Planner is not allowed to read this file.")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Said("link_loop", "this is a shortcut (link) that points back to itself, not "
                        "a file.")
        if exc.errno == errno.ENAMETOOLONG:
            return Said("name_too_long", "the file's name or folder path is too long to open.")
        return Said("cannot_open", f"the file cannot be read ({exc.strerror}).",
                    error=exc.strerror)
    if stat.S_ISDIR(st.st_mode):
        return Said("folder_not_file", "this is a folder, not a file.")
    if stat.S_ISFIFO(st.st_mode) or stat.S_ISSOCK(st.st_mode):
        return Said("pipe_not_file", "this is a pipe between programs, not a file with a table "
                    "in it.")
    if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        return Said("device_not_file", "this is a device, not a file with a table in it.")
    if not stat.S_ISREG(st.st_mode):
        return Said("not_ordinary", "this is not an ordinary file.")
    return None


def sniff(path: Path) -> str:
    """One of: 'empty', 'text', 'xlsx', 'ods', 'xls', 'encrypted', 'ole', 'truncated-zip',
    or a FOREIGN kind. Reads at most a few KB (plus the zip directory)."""
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    if not head:
        return "empty"
    if head.startswith(_OLE):
        return _sniff_ole(path)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(path)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if _looks_like_html(head):
        return "html"
    if _looks_like_text(head):
        return "text"
    return "binary"


def _sniff_zip(path: Path) -> str:
    """xlsx/xlsm (xl/workbook.xml), ods (content.xml + mimetype), or another zip."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100]
                if b"opendocument.spreadsheet" in mime:
                    return "ods"
            if any(n.lower() == "xl/workbook.xml" or n.lower().startswith("xl/workbook")
                   for n in names):
                return "xlsx"
            if "content.xml" in names and "META-INF/manifest.xml" in names:
                return "ods"
            if any(n.startswith("word/") for n in names):
                return "docx"
            if any(n.startswith("ppt/") for n in names):
                return "pptx"
            return "zip"
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError):
        return "truncated-zip"


def _sniff_ole(path: Path) -> str:
    """An OLE container: an encrypted (password) Office file, an old .xls, or something else."""
    size = path.stat().st_size
    with open(path, "rb") as fh:
        data = fh.read(min(size, 64 * 1024 * 1024))
    if _ENCRYPTED in data:
        return "encrypted"
    if any(w in data for w in _OLE_WORKBOOK):
        return "xls"
    return "ole"


def _looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html", b"<table")) or (
        start.startswith(b"<?xml") and b"<html" in start[:2000]
    )


def _looks_like_text(head: bytes) -> bool:
    """Text in UTF-8/UTF-16/cp1252: no NUL bytes (unless UTF-16) and few control characters."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        # UTF-16 without a BOM: every other byte NUL for ASCII text.
        return even.count(0) > 0.4 * len(even) or odd.count(0) > 0.4 * len(odd)
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 or b == 127)
    return controls <= max(2, len(head) // 100)
