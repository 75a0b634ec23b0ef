"""How a log's message is stored in a few bytes: a 64-bit key for its id, one small code for
its status and flags, whole numbers for its send time and money.

The key is a hash of provider and id; eight more bits of the hash (the check) are stored
with the row, so that a different id landing on a stored key is told apart from the same
message coming again (see message_keys.py for what happens then). Statuses, direction,
flags and parts take few combinations: each distinct one is a row of a code table and the
message holds its code. Send times are minutes (the app shows days and hours:minutes),
money whole ten-thousandths (order values) and millionths (prices) of the currency, exact
for currencies of 0, 2 or 3 decimals and for per-part prices. Plain numpy; no database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from typing import Any

import numpy as np

FLAGS = ("delivered", "clicked", "replied", "converted", "opt_out")
STATE_COLS = ("status", "outbound", *FLAGS, "segments")
ORDER_SCALE = 10_000
COST_SCALE = 1_000_000
EPOCH = dt.datetime(2020, 1, 1)  # minutes from here: three bytes a time until 2035
CHECK_BITS = 8
_EPOCH_MIN = int(np.datetime64("2020-01-01T00:00", "m").astype(np.int64))
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)

State = tuple[Any, ...]  # (status, outbound, delivered, clicked, replied, converted, opt_out,
#                           segments): one distinct message state


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every input bit moves about half the output bits."""
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def _utf8(ids: np.ndarray) -> np.ndarray:
    """Message ids as fixed-width UTF-8 bytes."""
    a = np.asarray(ids)
    try:
        return a.astype("S")
    except UnicodeEncodeError:
        return np.array([str(s).encode() for s in a.tolist()], dtype="S")


def _hash_cells(seed: int, cells: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """64-bit hashes of each row's first `lengths` bytes (the rest of the row is zero)."""
    h = np.full(len(cells), seed, dtype=np.uint64)
    words = cells.view("<u8")
    with np.errstate(over="ignore"):
        for j in range(words.shape[1]):
            step = _mix(h ^ _mix(words[:, j] + _GOLDEN * np.uint64(j + 1)))
            h = np.where(lengths > np.uint64(8 * j), step, h)
        return _mix(h ^ lengths)


GROUP_TAIL = 3  # ids equal but for their last 3 characters share their key's top bits
GROUP_BITS = 24


def hash_ids(provider: str, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(keys as int64, checks 0..255) of message ids of one provider, vectorised.

    The key's top 24 bits hash the id without its last three characters, the rest hash
    the whole id: ids numbered in order (most providers' but Twilio's) land side by side,
    so a later log's new messages fill a few pages of a big store instead of touching
    every page. Random ids (Twilio's SM + 32 hex) spread as any hash would.
    """
    raw = _utf8(ids)
    n = len(raw)
    seed = int.from_bytes(hashlib.blake2b(provider.encode(), digest_size=8).digest(), "little")
    if n == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    width = max(8, -(-raw.dtype.itemsize // 8) * 8)
    cells = np.zeros((n, width), dtype=np.uint8)
    if raw.dtype.itemsize:
        cells[:, :raw.dtype.itemsize] = raw.view(np.uint8).reshape(n, raw.dtype.itemsize)
    lengths = np.char.str_len(raw).astype(np.uint64)
    whole = _hash_cells(seed, cells, lengths)
    head_len = np.where(lengths > GROUP_TAIL, lengths - np.uint64(GROUP_TAIL), np.uint64(0))
    head_cells = np.where(np.arange(width)[None, :] < head_len[:, None].astype(np.int64),
                          cells, np.uint8(0))
    head = _hash_cells(seed ^ 0x5BD1E995, head_cells, head_len)
    low = np.uint64((1 << (64 - GROUP_BITS)) - 1)
    key = (head & ~low) | (whole & low)
    with np.errstate(over="ignore"):
        check = (_mix(whole ^ _GOLDEN) >> np.uint64(64 - CHECK_BITS)).astype(np.int64)
    return key.view(np.int64), check


# Looked up at call time, so a test can put a tiny hash here and force collisions.
HASH: Callable[[str, np.ndarray], tuple[np.ndarray, np.ndarray]] = hash_ids


def minutes(sent_at: Any, n: int) -> np.ndarray:
    """'2026-01-05T09:00:00' texts (or None) as float minutes since EPOCH (NaN: unknown)."""
    import pandas as pd

    if sent_at is None:
        return np.full(n, np.nan)
    stamps = pd.to_datetime(pd.Series(np.asarray(sent_at, dtype=object)), errors="coerce",
                            format="ISO8601")
    m = stamps.to_numpy().astype("datetime64[m]")
    out = (m.astype(np.int64) - _EPOCH_MIN).astype(float)
    out[np.isnat(m)] = np.nan
    return out


def minutes_text(m: int | None) -> str | None:
    """Stored minutes back as local ISO text."""
    return None if m is None else (EPOCH + dt.timedelta(minutes=int(m))).isoformat()


def scaled(values: Any, scale: int, n: int) -> np.ndarray:
    """Money as whole units of 1/scale (float array: NaN unknown, whole numbers otherwise)."""
    if values is None:
        return np.full(n, np.nan)
    a = np.asarray(values, dtype=float)
    return np.rint(a * scale)


def _tri(values: Any, n: int) -> np.ndarray:
    """0 unknown, 1 no, 2 yes (any other number: itself + 1) as int64."""
    if values is None:
        return np.zeros(n, dtype=np.int64)
    a = np.asarray(values, dtype=float)
    return np.where(np.isnan(a), 0, np.nan_to_num(a) + 1).astype(np.int64)


def _value(code: int) -> int | None:
    return None if code == 0 else code - 1


def state_of_rows(cols: dict[str, Any], n: int) -> tuple[np.ndarray, list[State]]:
    """Per row, an index into the returned list of distinct states."""
    import pandas as pd

    status = cols.get("status")
    if status is None:
        s_codes, s_uniques = np.full(n, -1, dtype=np.int64), []
    else:
        codes, uniq = pd.factorize(np.asarray(status, dtype=object), use_na_sentinel=True)
        s_codes, s_uniques = codes.astype(np.int64), list(uniq)
    parts = [s_codes + 1, np.asarray(cols["outbound"], dtype=np.int64)]
    parts += [_tri(cols.get(f), n) for f in FLAGS]
    parts.append(_tri(cols.get("segments"), n))
    combo = np.zeros(n, dtype=np.int64)
    for p in parts:
        combo = combo * (int(p.max(initial=0)) + 1) + p
    _, first, inverse = np.unique(combo, return_index=True, return_inverse=True)
    states: list[State] = []
    for row in first.tolist():
        s = int(parts[0][row]) - 1
        states.append((None if s < 0 else str(s_uniques[s]), int(parts[1][row]),
                       *(_value(int(p[row])) for p in parts[2:])))
    return inverse.astype(np.int64).reshape(n), states


def signature(state: State) -> str:
    """The text a state is known by in the code tables."""
    return json.dumps(list(state))


def state_from_row(row: Any) -> State:
    """A state from a code table row (status, outbound, flags..., segments)."""
    return tuple(row)
