"""URL parsing for whitelist decisions.

The whitelist must see a URL exactly as the browser engine will fetch it, otherwise a URL
that looks harmless here could reach another host there. This module applies the WHATWG URL
standard (what Chromium follows) to the parts a decision depends on: scheme, host, port and
path. Anything the standard would reject, and anything we cannot be sure to read the same way
as the browser, is refused with a reason instead of being guessed at.
"""

from __future__ import annotations

import ipaddress
import re
from enum import Enum
from typing import NamedTuple

import idna

__all__ = [
    "DEFAULT_PORTS",
    "HostKind",
    "UrlRefused",
    "WebUrl",
    "normalise_host",
    "normalise_path",
    "parse_after_scheme",
    "parse_canonical_web_url",
    "parse_web_url",
    "split_host_port",
    "split_scheme",
]

DEFAULT_PORTS = {"http": 80, "https": 443}


class HostKind(Enum):
    DOMAIN = "domain"
    IPV4 = "ipv4"
    IPV6 = "ipv6"


class UrlRefused(ValueError):  # noqa: N818 - a refusal, not a programming error
    """The URL cannot be read safely; `reason` is a stable kebab-case token."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class WebUrl(NamedTuple):
    """The parts of an http(s) URL that a decision depends on, normalised."""

    scheme: str
    host: str  # ASCII, lower case, no trailing dot; IPv4 dotted-decimal; IPv6 in brackets
    host_kind: HostKind
    port: int  # the effective port, default filled in
    path: str  # starts with "/", dot segments resolved, escapes canonical


# C0 controls and space are stripped at both ends; tab and newlines are removed anywhere.
_C0_OR_SPACE = "".join(chr(c) for c in range(0x21))
_TAB_OR_NEWLINE = str.maketrans("", "", "\t\n\r")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*")
# Only these survive in an ASCII host; anything else the standard would allow (such as "!"
# or "$") is so unusual in a real host name that refusing it is the safer reading.
_ASCII_LABEL = re.compile(r"[a-z0-9_\-]+")
_HEX_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_HEX_ESCAPE_BYTES = re.compile(rb"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# Characters the WHATWG path percent-encode set escapes (besides C0 controls and non-ASCII).
_PATH_ESCAPED = frozenset(' "#<>?`{}')
_SINGLE_DOT = frozenset({".", "%2e"})
_DIGITS = frozenset("0123456789")
_RADIX_DIGITS = {8: frozenset("01234567"), 10: _DIGITS,
                 16: frozenset("0123456789abcdefABCDEF")}
_DOUBLE_DOT = frozenset({"..", ".%2e", "%2e.", "%2e%2e"})

# The common case, already in canonical form, read without the general parser. The general
# parser gives the same answer for every URL this accepts (a property test checks it).
_FAST = re.compile(
    r"(https?)://([a-z0-9\-]+(?:\.[a-z0-9\-]+)*)"
    r"(/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?(?:[?#][^\t\n\r]*)?"
)


def split_scheme(url: str) -> tuple[str, str]:
    """Return the lower-cased scheme and the rest of an absolute URL, cleaned as browsers do."""
    cleaned = url.strip(_C0_OR_SPACE).translate(_TAB_OR_NEWLINE)
    if not cleaned:
        raise UrlRefused("empty-url")
    colon = cleaned.find(":")
    if colon <= 0 or not _SCHEME.fullmatch(cleaned, 0, colon):
        raise UrlRefused("not-absolute")
    return cleaned[:colon].lower(), cleaned[colon + 1 :]


def parse_web_url(url: str) -> WebUrl:
    """Parse an absolute http or https URL; raise `UrlRefused` for anything else."""
    fast = parse_canonical_web_url(url)
    if fast is not None:
        return fast
    scheme, rest = split_scheme(url)
    return parse_after_scheme(scheme, rest)


def parse_canonical_web_url(url: str) -> WebUrl | None:
    """Read a URL already in canonical form cheaply; None means "use the general parser"."""
    fast = _FAST.fullmatch(url)
    if fast is None:
        return None
    scheme, host, path = fast.groups()
    if path is not None and "/." in path:
        return None
    tld_start = host.rfind(".") + 1
    if "xn--" in host or (host[tld_start] in _DIGITS and _is_number(host[tld_start:])):
        return None
    return WebUrl(scheme, host, HostKind.DOMAIN, DEFAULT_PORTS[scheme], path or "/")


def parse_after_scheme(scheme: str, rest: str) -> WebUrl:
    """Parse what follows `scheme:` (as returned by `split_scheme`) for http and https."""
    if scheme not in DEFAULT_PORTS:
        raise UrlRefused("scheme-not-allowed")
    return _parse_special(scheme, rest)


def _parse_special(scheme: str, rest: str) -> WebUrl:
    # Special schemes skip any run of slashes and backslashes before the authority:
    # "https:\\\\evil.example" and "https:evil.example" both name evil.example.
    start = 0
    while start < len(rest) and rest[start] in "/\\":
        start += 1
    end = start
    while end < len(rest) and rest[end] not in "/\\?#":
        end += 1
    authority = rest[start:end]
    if "@" in authority:
        raise UrlRefused("credentials-in-url")
    host_text, port = split_host_port(authority, scheme)
    host, kind = normalise_host(host_text)
    path_end = end
    while path_end < len(rest) and rest[path_end] not in "?#":
        path_end += 1
    path = normalise_path(rest[end:path_end].replace("\\", "/"))
    return WebUrl(scheme, host, kind, port, path)


def split_host_port(authority: str, scheme: str) -> tuple[str, int]:
    """Split "host[:port]"; an absent or empty port is the scheme's default."""
    bracket_end = -1
    if authority.startswith("["):
        bracket_end = authority.find("]")
        if bracket_end < 0:
            raise UrlRefused("malformed-host")
    colon = authority.find(":", bracket_end + 1)
    if colon < 0:
        return authority, DEFAULT_PORTS[scheme]
    port_text = authority[colon + 1 :]
    if not port_text:
        return authority[:colon], DEFAULT_PORTS[scheme]
    if not port_text.isascii() or not port_text.isdigit() or int(port_text) > 65535:
        raise UrlRefused("bad-port")
    return authority[:colon], int(port_text)


def normalise_host(text: str) -> tuple[str, HostKind]:
    """Normalise a host as the URL standard's host parser does, then drop a trailing dot."""
    if not text:
        raise UrlRefused("malformed-host")
    if text.startswith("["):
        return _normalise_ipv6(text), HostKind.IPV6
    domain = _percent_decode(text)
    ascii_domain = _domain_to_ascii(domain)
    labels = ascii_domain.split(".")
    if len(labels) > 1 and labels[-1] == "":
        labels.pop()
    if _is_number(labels[-1]):
        return _parse_ipv4(labels), HostKind.IPV4
    for label in labels:
        if not _ASCII_LABEL.fullmatch(label):
            raise UrlRefused("malformed-host")
    return ".".join(labels), HostKind.DOMAIN


def _normalise_ipv6(text: str) -> str:
    if not text.endswith("]") or "%" in text:
        raise UrlRefused("malformed-host")
    try:
        address = ipaddress.IPv6Address(text[1:-1])
    except ValueError:
        raise UrlRefused("malformed-host") from None
    return f"[{address.compressed}]"


def _percent_decode(text: str) -> str:
    if "%" not in text:
        return text
    # Escapes stand for UTF-8 bytes; invalid sequences become U+FFFD, which then fails.
    raw = _HEX_ESCAPE_BYTES.sub(lambda m: bytes([int(m.group(1), 16)]), text.encode("utf-8"))
    return raw.decode("utf-8", errors="replace")


def _domain_to_ascii(domain: str) -> str:
    if domain.isascii():
        lowered = domain.lower()
        if "xn--" in lowered:
            _check_punycode_labels(lowered)
        return lowered
    try:
        return idna.encode(domain, uts46=True, transitional=False).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        raise UrlRefused("malformed-host") from None


def _check_punycode_labels(domain: str) -> None:
    for label in domain.split("."):
        if label.startswith("xn--"):
            try:
                idna.decode(label)  # validates the A-label as IDNA2008 requires
            except (idna.IDNAError, UnicodeError):
                raise UrlRefused("malformed-host") from None


def _is_number(label: str) -> bool:
    if label.isascii() and label.isdigit():
        return True
    return _ipv4_number(label) is not None


def _ipv4_number(part: str) -> int | None:
    if part[:2] in ("0x", "0X"):
        digits, radix = part[2:], 16
    elif len(part) > 1 and part.startswith("0"):
        digits, radix = part[1:], 8
    else:
        digits, radix = part, 10
    if not part:
        return None
    if not digits:
        return 0
    if not _RADIX_DIGITS[radix].issuperset(digits):
        return None
    return int(digits, radix)


def _parse_ipv4(labels: list[str]) -> str:
    if len(labels) > 4 or "" in labels:
        raise UrlRefused("malformed-host")
    numbers: list[int] = []
    for label in labels:
        number = _ipv4_number(label)
        if number is None:
            raise UrlRefused("malformed-host")
        numbers.append(number)
    *leading, last = numbers
    if any(n > 255 for n in leading) or last >= 256 ** (5 - len(numbers)):
        raise UrlRefused("malformed-host")
    value = last
    for index, number in enumerate(leading):
        value += number * 256 ** (3 - index)
    return f"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}"


def normalise_path(path: str) -> str:
    """Resolve dot segments and canonicalise escapes of a path.

    The path is empty or starts with "/", and backslashes have already become slashes.

    Dot segments follow the URL standard (including "%2e" forms). Escapes of unreserved
    characters are decoded and the others upper-cased, as Chromium does, so that one resource
    has one spelling when it is compared with a path prefix.
    """
    if not path:
        return "/"
    segments = path[1:].split("/")
    output: list[str] = []
    last = len(segments) - 1
    for index, segment in enumerate(segments):
        lowered = segment.lower()
        if lowered in _DOUBLE_DOT:
            if output:
                output.pop()
            if index == last:
                output.append("")
        elif lowered in _SINGLE_DOT:
            if index == last:
                output.append("")
        else:
            output.append(_canonical_segment(segment))
    return "/" + "/".join(output)


def _canonical_segment(segment: str) -> str:
    if segment.isascii() and "%" not in segment and not _PATH_ESCAPED.intersection(segment):
        return segment
    out: list[str] = []
    index = 0
    while index < len(segment):
        char = segment[index]
        escape = _HEX_ESCAPE.match(segment, index) if char == "%" else None
        if escape is not None:
            decoded = chr(int(escape.group(1), 16))
            out.append(decoded if decoded in _UNRESERVED else "%" + escape.group(1).upper())
            index += 3
            continue
        if char in _PATH_ESCAPED or ord(char) < 0x20 or ord(char) > 0x7E:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", errors="replace"))
        else:
            out.append(char)
        index += 1
    return "".join(out)
