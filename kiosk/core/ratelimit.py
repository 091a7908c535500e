"""Growing delays after repeated failures (wrong codes, wrong passwords)."""

from __future__ import annotations

__all__ = ["delay_after"]


def delay_after(failures: int, *, free: int, max_seconds: int) -> int:
    """Seconds to wait after `failures` failures in a row: none for the first `free` ones,
    then 1, 2, 4, 8… seconds, never more than `max_seconds`."""
    extra = failures - free
    if extra <= 0:
        return 0
    return min(1 << min(extra - 1, 30), max_seconds)
