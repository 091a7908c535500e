"""Which pages a guest chose, and what they cost against the quota."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.metering import (
    MAX_COPIES,
    PageSelectionError,
    page_ranges,
    parse_page_selection,
    print_cost,
)


@pytest.mark.parametrize(("text", "pages"), [
    ("", (1, 2, 3, 4, 5)),
    ("  ", (1, 2, 3, 4, 5)),
    ("2", (2,)),
    ("1-3, 5", (1, 2, 3, 5)),
    ("5,1-2", (1, 2, 5)),
    ("3-1", (1, 2, 3)),
    ("2;4", (2, 4)),
    ("1-2, 2-3,", (1, 2, 3)),
    (" 4 - 5 ", (4, 5)),
])
def test_page_selections_are_read(text: str, pages: tuple[int, ...]) -> None:
    assert parse_page_selection(text, 5) == pages


@pytest.mark.parametrize(("text", "problem"), [
    ("a", "unreadable"),
    ("1-", "unreadable"),
    ("1-2-3", "unreadable"),
    (",", "unreadable"),
    ("0", "out-of-range"),
    ("6", "out-of-range"),
    ("2-9", "out-of-range"),
])
def test_bad_selections_say_why(text: str, problem: str) -> None:
    with pytest.raises(PageSelectionError) as raised:
        parse_page_selection(text, 5)
    assert raised.value.problem == problem


def test_a_document_without_pages_has_nothing_to_choose() -> None:
    with pytest.raises(PageSelectionError) as raised:
        parse_page_selection("", 0)
    assert raised.value.problem == "empty"


@given(st.sets(st.integers(min_value=1, max_value=60), min_size=1))
def test_page_ranges_give_back_the_same_pages(pages: set[int]) -> None:
    chosen = tuple(sorted(pages))
    assert parse_page_selection(page_ranges(chosen), 60) == chosen


def test_page_ranges_are_compact() -> None:
    assert page_ranges((1, 2, 3, 5, 7, 8)) == "1-3,5,7-8"
    assert page_ranges((4,)) == "4"


def test_the_cost_is_pages_times_copies() -> None:
    cost = print_cost(3, 2, 10)
    assert (cost.pages, cost.left_after, cost.affordable) == (6, 4, True)
    short = print_cost(3, 2, 5)
    assert (short.left_after, short.affordable) == (-1, False)
    assert print_cost(5, 1, 5).affordable


@pytest.mark.parametrize("copies", [0, MAX_COPIES + 1])
def test_copies_are_bounded(copies: int) -> None:
    with pytest.raises(ValueError, match="copies"):
        print_cost(1, copies, 100)
