"""Line numbers of keys and values in a TOML text."""

from __future__ import annotations

from kiosk.core.tomllines import TomlLines

TEXT = """\
top = 1
[policy]
name = "x"

[[site]]
id = "a"
allow = [
    "one",
    'two',
]
title = "A"

[[site]]
id = "b"
allow = ["three"]
"""


def test_headers_keys_and_items() -> None:
    lines = TomlLines(TEXT)
    assert lines.key(("", 0), "top") == 1
    assert lines.section(("policy", 0)) == 2
    assert lines.key(("policy", 0), "name") == 3
    assert lines.section(("site", 1)) == 13
    assert lines.item(("site", 0), "allow", "one") == 8
    assert lines.item(("site", 0), "allow", "two") == 9
    assert lines.item(("site", 1), "allow", "three") == 15


def test_unknown_places_fall_back_to_the_nearest_line() -> None:
    lines = TomlLines(TEXT)
    assert lines.section(("site", 5)) == 1
    assert lines.key(("site", 5), "id") == 1
    assert lines.key(("site", 0), "home") == 5
    assert lines.item(("site", 5), "allow", "x") == 1
    assert lines.item(("site", 0), "home", "x") == 5
    assert lines.item(("site", 0), "allow", "not there") == 7
