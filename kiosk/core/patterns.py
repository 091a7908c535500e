"""Host patterns of a policy's `allow` and `resources` lists.

A pattern is `[http://|https://]host[:port][/path/prefix]`, where host is a name, a
`*.domain` wildcard (any subdomain, never the bare domain) or an IP address. Without a
scheme the pattern is https; without a port, only the scheme's default port matches; a path
prefix matches that path and below on segment boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.core.urls import (
    HostKind,
    UrlRefused,
    WebUrl,
    normalise_host,
    normalise_path,
    split_host_port,
)

__all__ = ["HostPattern", "PatternError", "parse_pattern"]

_AMBIGUOUS_PATH = re.compile(r"%2F|%5C|/\.\.?;")


class PatternError(ValueError):
    """A pattern that cannot be used; the message says why in plain English."""


@dataclass(frozen=True, slots=True)
class HostPattern:
    scheme: str
    host: str  # normalised like a URL host; for a wildcard, the domain after "*."
    wildcard: bool
    port: int
    path: str  # "" for any path, else a prefix without trailing slash, such as "/espace"
    text: str  # as written in the policy

    def matches_host(self, host: str) -> bool:
        if self.wildcard:
            return host.endswith("." + self.host)
        return host == self.host

    def matches(self, url: WebUrl) -> bool:
        return (
            url.scheme == self.scheme
            and url.port == self.port
            and self.matches_host(url.host)
            and self.matches_path(url.path)
        )

    def matches_path(self, path: str) -> bool:
        if not self.path:
            return True
        # Servers may read an escaped slash as a slash, and some (Java ones) read "..;" as
        # "..": either could step out of the prefix on the server while it looks inside here.
        if _AMBIGUOUS_PATH.search(path):
            return False
        return path == self.path or path.startswith(self.path + "/")


def parse_pattern(text: str) -> HostPattern:
    """Parse one pattern; raise `PatternError` with a plain explanation when it is wrong."""
    if not text:
        raise PatternError("a pattern cannot be empty")
    if any(c.isspace() for c in text):
        raise PatternError("a pattern cannot contain spaces")
    rest = text
    scheme = "https"
    for prefix in ("https://", "http://"):
        if rest.lower().startswith(prefix):
            scheme = prefix[:-3]
            rest = rest[len(prefix) :]
            break
    if "://" in rest:
        raise PatternError("only http:// and https:// may start a pattern")
    for forbidden, what in (("@", "user names"), ("?", "queries"), ("#", "fragments"),
                            ("\\", "backslashes")):
        if forbidden in rest:
            raise PatternError(f"a pattern cannot contain {what} ({forbidden!r})")
    slash = rest.find("/")
    authority, path = (rest, "") if slash < 0 else (rest[:slash], rest[slash:])
    try:
        host_text, port = split_host_port(authority, scheme)
    except UrlRefused:
        raise PatternError(f"{authority!r} has a port that is not a number (0 to 65535)") from None
    if port == 0:
        raise PatternError("port 0 is not a port a site can use")
    wildcard = host_text.startswith("*.")
    if wildcard:
        host_text = host_text[2:]
    if "*" in host_text:
        raise PatternError('"*" is only allowed as the whole first label, as in "*.caf.fr"')
    try:
        host, kind = normalise_host(host_text)
    except UrlRefused:
        raise PatternError(f"{host_text!r} is not a valid host name") from None
    if wildcard and kind is not HostKind.DOMAIN:
        raise PatternError("a wildcard applies to a domain name, not an IP address")
    if wildcard and "." not in host:
        raise PatternError(f'"*.{host}" is too broad: name a domain, not a top-level domain')
    return HostPattern(scheme, host, wildcard, port, _parse_path(path), text)


def _parse_path(path: str) -> str:
    if not path or path == "/":
        return ""
    segments = path.split("/")[1:]
    if any(segment in (".", "..") or "%" in segment for segment in segments):
        raise PatternError('a path prefix cannot contain ".", ".." or "%" escapes')
    return normalise_path(path).rstrip("/")
