"""Line numbers for values of a TOML file, so that a problem names the line it is on.

`tomllib` returns plain values without positions. This reads the text again, line by line,
for table headers and keys, which is enough to point at what a person wrote in a policy
file. When a value cannot be found (an inline table, a dotted key), the nearest enclosing
line is given instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["TomlLines"]

_ARRAY_HEADER = re.compile(r"\s*\[\[\s*([A-Za-z0-9_.\-]+)\s*\]\]")
_TABLE_HEADER = re.compile(r"\s*\[\s*([A-Za-z0-9_.\-]+)\s*\]")
_KEY = re.compile(r"\s*([A-Za-z0-9_\-]+)\s*=")

Section = tuple[str, int]  # table name and its index among arrays of that name ("" is the root)


@dataclass
class _SectionLines:
    header: int
    keys: dict[str, int] = field(default_factory=dict)
    key_order: list[int] = field(default_factory=list)
    end: int = 0


class TomlLines:
    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._sections: dict[Section, _SectionLines] = {("", 0): _SectionLines(header=1)}
        counts: dict[str, int] = {}
        current = self._sections[("", 0)]
        multiline = False
        for number, line in enumerate(self._lines, start=1):
            toggles = line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1
            if multiline:
                multiline = not toggles
                continue
            multiline = toggles
            if match := _ARRAY_HEADER.match(line):
                name = match.group(1)
                index = counts.get(name, 0)
                counts[name] = index + 1
                current.end = number - 1
                current = self._sections.setdefault((name, index), _SectionLines(number))
            elif match := _TABLE_HEADER.match(line):
                current.end = number - 1
                current = self._sections.setdefault((match.group(1), 0), _SectionLines(number))
            elif match := _KEY.match(line):
                current.keys.setdefault(match.group(1), number)
                current.key_order.append(number)
        current.end = len(self._lines)

    def section(self, section: Section) -> int:
        found = self._sections.get(section)
        return found.header if found else 1

    def key(self, section: Section, key: str) -> int:
        found = self._sections.get(section)
        if found is None:
            return 1
        return found.keys.get(key, found.header)

    def item(self, section: Section, key: str, value: str) -> int:
        """The line of a string `value` written in the array or value of `key`."""
        found = self._sections.get(section)
        start = self.key(section, key)
        if found is None or key not in found.keys:
            return start
        later_keys = [n for n in found.key_order if n > start]
        stop = later_keys[0] - 1 if later_keys else found.end
        quoted = (f'"{value}"', f"'{value}'")
        for number in range(start, stop + 1):
            if any(q in self._lines[number - 1] for q in quoted):
                return number
        return start
