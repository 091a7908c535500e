"""Pages counted by the station itself: which pages a guest chose, and what they cost.

The count is ours (pages of the document times copies), never a printer's counter or CUPS's page
log. Pure Python: the shell and the desk show it, the store enforces the quota.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_COPIES = 20
_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")


class PageSelectionError(ValueError):
    """A page selection that cannot be read; `problem` is a stable key for the interface."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def parse_page_selection(text: str, page_count: int) -> tuple[int, ...]:
    """Pages chosen as "1-3, 5" (1-based, in document order, each once); "" means all.

    Raises PageSelectionError("unreadable" | "out-of-range" | "empty").
    """
    if page_count < 1:
        raise PageSelectionError("empty")
    if not text.strip():
        return tuple(range(1, page_count + 1))
    chosen: set[int] = set()
    for part in re.split(r"[,;]", text):
        if not part.strip():
            continue
        match = _RANGE.match(part)
        if match is None:
            raise PageSelectionError("unreadable")
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if first > last:
            first, last = last, first
        if first < 1 or last > page_count:
            raise PageSelectionError("out-of-range")
        chosen.update(range(first, last + 1))
    if not chosen:
        raise PageSelectionError("unreadable")
    return tuple(sorted(chosen))


def page_ranges(pages: tuple[int, ...]) -> str:
    """The IPP `page-ranges` value of sorted pages: (1, 2, 3, 5) → "1-3,5"."""
    runs: list[str] = []
    start = previous = pages[0]
    for page in (*pages[1:], None):
        if page is not None and page == previous + 1:
            previous = page
            continue
        runs.append(str(start) if start == previous else f"{start}-{previous}")
        if page is not None:
            start = previous = page
    return ",".join(runs)


@dataclass(frozen=True)
class PrintCost:
    pages: int  # pages charged: chosen pages times copies
    left_after: int  # what the quota keeps after this job (negative: not enough)

    @property
    def affordable(self) -> bool:
        return self.left_after >= 0


def print_cost(chosen_pages: int, copies: int, pages_left: int) -> PrintCost:
    if not 1 <= copies <= MAX_COPIES:
        raise ValueError(f"copies must be between 1 and {MAX_COPIES}")
    pages = chosen_pages * copies
    return PrintCost(pages, pages_left - pages)
