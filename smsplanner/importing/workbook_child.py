"""Parse a workbook in a child process with a memory limit, so a crash cannot take the app down.

python-calamine aborts the whole process (no exception) when an allocation fails. The child runs
`parse_workbook` under an address-space limit and sends the rows back pickled on stdout; if it
dies, the parent raises ImportFileError. A plain `python -c` child is used when running from
source (no `if __name__ == "__main__"` guard needed in callers); a frozen app uses
multiprocessing, which needs `multiprocessing.freeze_support()` at the top of its entry point.
The parent side runs on the calling thread and polls `is_cancelled` every 50 ms.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

from smsplanner.domain.errors import Cancelled, ImportFileError
from smsplanner.domain.imports import Said
from smsplanner.importing.table import ReadOptions

CHILD_MEMORY_BYTES = 3 * 1024**3
_CHILD_CODE = "from smsplanner.importing.workbook_child import child_main; child_main()"
_DIED = Said("workbook_too_hungry", "reading the workbook needed more memory than is safe (it "
             "may be damaged or built to crash programs); it was stopped.")


def _limit_memory(memory_bytes: int) -> None:
    """Cap the child's address space (POSIX); Windows has no rlimit, isolation still holds."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):
        pass


def _parse_to_bytes(path: str, sheet: str | None, max_rows: int | None) -> bytes:
    from smsplanner.importing.workbook_parse import parse_workbook

    try:
        parsed = parse_workbook(path, sheet, max_rows)
        return pickle.dumps(("ok", parsed), protocol=pickle.HIGHEST_PROTOCOL)
    except ImportFileError as exc:
        return pickle.dumps(("error", exc.reason))
    except MemoryError:
        return pickle.dumps(("error", _DIED))


def child_main() -> None:
    """Entry point of the `python -c` child: argv = path, sheet, max_rows, memory bytes."""
    path, sheet, max_rows, memory = sys.argv[1:5]
    _limit_memory(int(memory))
    out = _parse_to_bytes(path, sheet or None, int(max_rows) if max_rows else None)
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()


def _mp_target(path: str, sheet: str | None, max_rows: int | None, memory: int,
               conn: Any) -> None:
    """multiprocessing child (frozen app)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)  # calamine's abort message would land on the terminal
    except OSError:
        pass
    _limit_memory(memory)
    conn.send_bytes(_parse_to_bytes(path, sheet, max_rows))
    conn.close()


def _result(name: str, data: bytes | None) -> Any:
    if not data:
        raise ImportFileError(name, _DIED)
    try:
        status, payload = pickle.loads(data)
    except (pickle.UnpicklingError, EOFError, ValueError):
        raise ImportFileError(name, _DIED) from None
    if status == "ok":
        return payload
    raise ImportFileError(name, payload)


def parse_isolated(path: Path, opts: ReadOptions, memory_bytes: int = CHILD_MEMORY_BYTES) -> Any:
    """parse_workbook(path) in a child process; returns its Parsed result. Cancel kills it."""
    if getattr(sys, "frozen", False):
        return _parse_isolated_mp(path, opts, memory_bytes)
    import smsplanner

    env = dict(os.environ)
    src = str(Path(smsplanner.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    cmd = [sys.executable, "-c", _CHILD_CODE, str(path), opts.sheet or "",
           "" if opts.max_rows is None else str(opts.max_rows), str(memory_bytes)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, env=env)
    try:
        while True:
            if opts.is_cancelled is not None and opts.is_cancelled():
                raise Cancelled(path.name)
            try:
                data, _ = proc.communicate(timeout=0.05)
                break
            except subprocess.TimeoutExpired:
                continue
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return _result(path.name, data if proc.returncode == 0 else None)


def _parse_isolated_mp(path: Path, opts: ReadOptions, memory_bytes: int) -> Any:
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    recv, send = ctx.Pipe(duplex=False)
    args = (str(path), opts.sheet, opts.max_rows, memory_bytes, send)
    proc = ctx.Process(target=_mp_target, args=args, daemon=True)
    proc.start()
    send.close()
    data: bytes | None = None
    try:
        while True:
            if opts.is_cancelled is not None and opts.is_cancelled():
                raise Cancelled(path.name)
            if recv.poll(0.05):
                try:
                    data = recv.recv_bytes()
                except EOFError:
                    data = None
                break
            if not proc.is_alive() and not recv.poll(0):
                break
    finally:
        if proc.is_alive() and data is None:
            proc.kill()
        proc.join(5)
        recv.close()
    return _result(path.name, data)
