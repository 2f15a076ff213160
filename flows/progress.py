"""In-process progress hook: the CLI installs a callback, the flow reports files done."""
from __future__ import annotations

from typing import Callable

_callback: Callable[[int], None] | None = None


def install(callback: Callable[[int], None] | None) -> None:
    global _callback
    _callback = callback


def advance(files: int) -> None:
    if _callback is not None:
        _callback(files)
