"""One writing run per warehouse: `<warehouse>.lock` holds the holder's pid, host and start time
under an exclusive flock. The kernel drops a flock when its process dies, so the lock of a
killed run is taken over by the next run (which says so); a live holder makes a second run
refuse at once with the holder's details. Local filesystems only (flock over NFS is unreliable).
"""
from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class WarehouseLocked(RuntimeError):
    """Another run is writing this warehouse."""


def lock_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".lock")


def _holder(fd: int) -> dict:
    raw = os.pread(fd, 4096, 0)
    try:
        return json.loads(raw) if raw.strip() else {}
    except ValueError:
        return {"unreadable": raw[:80].decode("utf-8", "replace")}


def describe(holder: dict) -> str:
    return f"pid {holder.get('pid', '?')} on {holder.get('host', '?')}, started {holder.get('started_at', '?')}"


def current_holder(warehouse: Path) -> dict | None:
    """The live holder of the lock, or None when a run could take it now (content untouched)."""
    path = lock_path(warehouse)
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _holder(fd)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


@contextmanager
def run_lock(warehouse: Path) -> Iterator[dict]:
    """Hold the warehouse's run lock; yields the holder record left by a dead run ({} if none)."""
    path = lock_path(warehouse)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WarehouseLocked(f"another run is writing {warehouse} ({describe(_holder(fd))}); "
                                  f"not starting a second one. Lock file: {path}") from None
        stale = _holder(fd)  # content left behind means its run died without releasing
        me = {"pid": os.getpid(), "host": socket.gethostname(), "started_at": dt.datetime.now().isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(me).encode(), 0)
        try:
            yield stale
        finally:
            os.ftruncate(fd, 0)  # a clean exit leaves an empty lock file
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
