"""Policies: the whitelist of sites a guest may use, session defaults and opening hours.

A policy file is TOML (see `policies/default.toml`). Loading validates all of it and reports
every problem with its file and line; a policy with any problem is never returned, so the
shell never runs on half a whitelist.

Decisions take a URL and a request kind and say allow (with the site) or deny (with a
reason). The whitelist is a security boundary: what is not clearly allowed is denied.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.core.hours import WEEKDAYS, Interval, OpeningHours, parse_interval
from kiosk.core.patterns import HostPattern, PatternError, parse_pattern
from kiosk.core.session import SessionSettings
from kiosk.core.tomllines import Section, TomlLines
from kiosk.core.urls import (
    DEFAULT_PORTS,
    HostKind,
    UrlRefused,
    WebUrl,
    normalise_host,
    parse_after_scheme,
    parse_canonical_web_url,
    parse_web_url,
    split_host_port,
    split_scheme,
)

__all__ = [
    "DENY_REASONS",
    "Decision",
    "Policy",
    "PolicyError",
    "Problem",
    "RequestKind",
    "Site",
    "load_policy",
    "parse_policy",
]

# Every reason a decision can give, with what it means (for the documentation and logs).
DENY_REASONS: Mapping[str, str] = {
    "empty-url": "the URL is empty",
    "not-absolute": "the URL has no scheme",
    "scheme-not-allowed": ("only http(s) pages listed in the policy, their WebSockets (ws, wss as"
                           " sub-requests) and about:blank are allowed"),
    "blob-navigation": "a blob: URL cannot be opened as a page",
    "credentials-in-url": "the URL carries a user name or password",
    "malformed-host": "the host name is not valid",
    "bad-port": "the port is not a number from 0 to 65535",
    "ip-literal": "an IP address that the policy does not list",
    "localhost": "this computer itself, which the policy does not list",
    "resource-only": "the host may serve parts of a page, not be opened as a page",
    "not-whitelisted": "the policy does not list this address",
}


class RequestKind(Enum):
    NAVIGATION = "navigation"  # a page in a view or a frame
    SUBRESOURCE = "subresource"  # anything a page loads: scripts, images, XHR, fonts


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    site_id: str | None = None  # the site that allows it (None for about:blank)
    reason: str | None = None  # a key of DENY_REASONS when denied


_ABOUT_BLANK = Decision(allowed=True)
# A WebSocket is decided as the web address it upgrades from; it is never a page.
_WEBSOCKET_SCHEMES = {"ws": "http", "wss": "https"}
_ABOUT_BLANK_REST = re.compile(r"blank(?:[?#].*)?", re.DOTALL)
_DENIED = {reason: Decision(allowed=False, reason=reason) for reason in DENY_REASONS}


# The pictograms the shell ships (kiosk/shell/pictograms/<name>.svg), for the home tiles.
PICTOGRAMS = frozenset({"digital-id", "energy", "family", "form", "globe", "graduation",
                        "health", "home", "id-card", "justice", "money", "passport",
                        "retirement", "work"})
DEFAULT_PICTOGRAM = "globe"


@dataclass(frozen=True, slots=True)
class Site:
    id: str
    title: str
    description: str
    home: str
    allow: tuple[HostPattern, ...]
    resources: tuple[HostPattern, ...] = ()
    icon: str = DEFAULT_PICTOGRAM  # the pictogram of its home tile


@dataclass(frozen=True, slots=True)
class _Rule:
    order: int
    pattern: HostPattern
    site_id: str
    page: bool  # False for a `resources` entry: sub-requests only
    decision: Decision  # built once: decisions are made far more often than policies


class Policy:
    """A validated policy; build one with `load_policy` or `parse_policy`."""

    _CACHE_LIMIT = 4096

    def __init__(
        self,
        *,
        name: str,
        sites: Iterable[Site],
        session: SessionSettings | None = None,
        hours: OpeningHours | None = None,
        source: str = "<policy>",
        digest: str = "",
        text: str = "",
    ) -> None:
        self.name = name
        self.sites = tuple(sites)
        self.session = session or SessionSettings()
        self.hours = hours
        self.source = source
        self.digest = digest
        self.text = text  # the TOML it was read from, for a process that decides with it too
        self._exact: dict[str, list[_Rule]] = {}
        self._wildcard: dict[str, list[_Rule]] = {}
        self._by_host: dict[str, tuple[_Rule, ...]] = {}
        order = 0
        for site in self.sites:
            for patterns, page in ((site.allow, True), (site.resources, False)):
                for pattern in patterns:
                    index = self._wildcard if pattern.wildcard else self._exact
                    index.setdefault(pattern.host, []).append(_Rule(order, pattern, site.id, page,
                                               Decision(allowed=True, site_id=site.id)))
                    order += 1

    def site(self, site_id: str) -> Site | None:
        return next((site for site in self.sites if site.id == site_id), None)

    def decide(self, url: str, kind: RequestKind) -> Decision:
        parsed = parse_canonical_web_url(url)
        if parsed is None:
            try:
                scheme, rest = split_scheme(url)
                if scheme not in DEFAULT_PORTS:
                    return self._decide_other_scheme(scheme, rest, kind)
                parsed = parse_after_scheme(scheme, rest)
            except UrlRefused as refusal:
                return _DENIED[refusal.reason]
        return self._decide_web(parsed, kind)

    def decide_endpoint(self, authority: str) -> Decision:
        """The network gate's decision on a connection to `host:port` (a proxy's CONNECT).

        The scheme and the path travel inside the tunnel, unseen: the endpoint is allowed
        when any site lists that host and port, in `allow` or `resources`.
        """
        try:
            host_text, port = split_host_port(authority, "https")
            if port == 0 or not host_text:
                return _DENIED["bad-port" if host_text else "malformed-host"]
            host, host_kind = normalise_host(host_text)
        except UrlRefused as refusal:
            return _DENIED[refusal.reason]
        for rule in self._rules_for_host(host, host_kind):
            if rule.pattern.port == port:
                return rule.decision
        return self._refusal_for_host(host, host_kind)

    def _decide_other_scheme(self, scheme: str, rest: str, kind: RequestKind) -> Decision:
        if scheme == "about" and _ABOUT_BLANK_REST.fullmatch(rest):
            return _ABOUT_BLANK
        if scheme in _WEBSOCKET_SCHEMES and kind is RequestKind.SUBRESOURCE:
            try:
                return self._decide_web(parse_after_scheme(_WEBSOCKET_SCHEMES[scheme], rest),
                                        kind)
            except UrlRefused as refusal:
                return _DENIED[refusal.reason]
        if scheme == "blob":
            if kind is RequestKind.NAVIGATION:
                return _DENIED["blob-navigation"]
            # A blob belongs to the origin written inside it; judge that origin.
            try:
                return self._decide_web(parse_web_url(rest), kind)
            except UrlRefused:
                return _DENIED["scheme-not-allowed"]
        return _DENIED["scheme-not-allowed"]

    def _decide_web(self, url: WebUrl, kind: RequestKind) -> Decision:
        # Every rule returned for the host matches the host; scheme, port and path remain.
        resource: Decision | None = None
        for rule in self._rules_for_host(url.host, url.host_kind):
            pattern = rule.pattern
            if (pattern.scheme == url.scheme and pattern.port == url.port
                    and pattern.matches_path(url.path)):
                if rule.page:
                    return rule.decision
                if resource is None:
                    resource = rule.decision
        if resource is not None:
            return resource if kind is RequestKind.SUBRESOURCE else _DENIED["resource-only"]
        return self._refusal_for_host(url.host, url.host_kind)

    @staticmethod
    def _refusal_for_host(host: str, kind: HostKind) -> Decision:
        if kind is not HostKind.DOMAIN:
            return _DENIED["ip-literal"]
        if host == "localhost" or host.endswith(".localhost"):
            return _DENIED["localhost"]
        return _DENIED["not-whitelisted"]

    def _rules_for_host(self, host: str, kind: HostKind) -> tuple[_Rule, ...]:
        # Decisions come from several threads (the request interceptor runs on the network
        # thread); each dict operation here is atomic, so a race costs a cache miss at most.
        cached = self._by_host.get(host)
        if cached is not None:
            return cached
        found = list(self._exact.get(host, ()))
        if kind is HostKind.DOMAIN:
            dot = host.find(".")
            while dot >= 0:
                found.extend(self._wildcard.get(host[dot + 1 :], ()))
                dot = host.find(".", dot + 1)
        rules = tuple(sorted(found, key=lambda rule: rule.order))
        if len(self._by_host) >= self._CACHE_LIMIT:
            self._by_host.clear()
        self._by_host[host] = rules
        return rules


# -- loading ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


class PolicyError(Exception):
    """A policy file that cannot be used; `problems` lists everything wrong with it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def load_policy(path: str | Path) -> Policy:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise PolicyError([Problem(str(path), 0, f"cannot read the file: {reason}")]) from None
    return parse_policy(data, source=str(path))


def parse_policy(data: bytes | str, *, source: str = "<policy>") -> Policy:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise PolicyError([Problem(source, line, "the file is not valid UTF-8 text")]) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise PolicyError([_syntax_problem(source, text, error)]) from None
    return _PolicyReader(source, text, document).read(hashlib.sha256(raw).hexdigest())


def _syntax_problem(source: str, text: str, error: tomllib.TOMLDecodeError) -> Problem:
    message = str(error)
    match = _TOML_POSITION.search(message)
    if match is None:  # pragma: no cover - tomllib always says where the error is
        return Problem(source, 0, f"TOML syntax error: {message}")
    line = int(match.group(1)) if match.group(1) else text.count("\n") + 1
    message = message[: match.start()].rstrip()
    return Problem(source, line, f"TOML syntax error: {message}")


_TOML_POSITION = re.compile(r"\((?:at line (\d+), column \d+|at end of document)\)$")
_SITE_ID = re.compile(r"[a-z0-9][a-z0-9\-]*")
_TOP_KEYS = frozenset({"policy", "session", "opening_hours", "site"})
_POLICY_KEYS = frozenset({"name"})
_SESSION_KEYS = frozenset(
    {"warning_minutes", "idle_timeout_minutes", "idle_grace_seconds", "end_countdown_seconds",
     "disk_quota_mb", "max_tabs"}
)
_HOURS_KEYS = frozenset({"timezone", "closed_dates", *WEEKDAYS})
_SITE_KEYS = frozenset({"id", "title", "description", "home", "allow", "resources", "icon"})


class _PolicyReader:
    """Reads a parsed TOML document into a Policy, collecting every problem on the way."""

    def __init__(self, source: str, text: str, document: dict[str, Any]) -> None:
        self.source = source
        self.text = text
        self.lines = TomlLines(text)
        self.document = document
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.source, line, message))

    def read(self, digest: str) -> Policy:
        self._unknown_keys(self.document, _TOP_KEYS, ("", 0), "at the top level")
        name = self._policy_name()
        session = self._session()
        hours = self._hours()
        sites = self._sites()
        if self.problems:
            raise PolicyError(sorted(self.problems, key=lambda p: p.line))
        assert name is not None
        assert session is not None
        return Policy(name=name, sites=sites, session=session, hours=hours,
                      source=self.source, digest=digest, text=self.text)

    # -- helpers -------------------------------------------------------------------------

    def _unknown_keys(
        self, table: Mapping[str, Any], known: frozenset[str], section: Section, where: str
    ) -> None:
        for key in table:
            if key not in known:
                allowed = ", ".join(sorted(known))
                self.problem(self.lines.key(section, key),
                             f'unknown key "{key}" {where} (expected one of: {allowed})')

    def _table(self, key: str) -> dict[str, Any] | None:
        value = self.document.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.problem(self.lines.key(("", 0), key), f'"{key}" must be a table: [{key}]')
            return None
        return value

    def _text(self, table: Mapping[str, Any], key: str, section: Section, where: str
              ) -> str | None:
        value = table.get(key)
        line = self.lines.key(section, key)
        if value is None:
            self.problem(self.lines.section(section), f'{where}: "{key}" is missing')
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(line, f'{where}: "{key}" must be a non-empty text in quotes')
            return None
        return value

    def _icon(self, table: Mapping[str, Any], section: Section, where: str) -> str:
        value = table.get("icon", DEFAULT_PICTOGRAM)
        if value not in PICTOGRAMS:
            self.problem(self.lines.key(section, "icon"),
                         f'{where}: "icon" must be one of {", ".join(sorted(PICTOGRAMS))}')
            return DEFAULT_PICTOGRAM
        return str(value)

    def _integer(self, table: Mapping[str, Any], key: str, default: int, minimum: int,
                 section: Section) -> int:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.problem(self.lines.key(section, key),
                         f'[session]: "{key}" must be a whole number of at least {minimum}')
            return default
        return value

    # -- sections ------------------------------------------------------------------------

    def _policy_name(self) -> str | None:
        table = self._table("policy")
        if table is None:
            if "policy" not in self.document:
                self.problem(1, 'the [policy] table is missing (it needs a "name")')
            return None
        self._unknown_keys(table, _POLICY_KEYS, ("policy", 0), "in [policy]")
        return self._text(table, "name", ("policy", 0), "[policy]")

    def _session(self) -> SessionSettings:
        table = self._table("session")
        if table is None:
            return SessionSettings()
        section: Section = ("session", 0)
        self._unknown_keys(table, _SESSION_KEYS, section, "in [session]")
        defaults = SessionSettings()
        warnings = table.get("warning_minutes", list(defaults.warning_minutes))
        if not isinstance(warnings, list) or not all(
            isinstance(m, int) and not isinstance(m, bool) and m > 0 for m in warnings
        ):
            self.problem(self.lines.key(section, "warning_minutes"),
                         '[session]: "warning_minutes" must be a list of whole minutes, '
                         "like [5, 1]")
            warnings = list(defaults.warning_minutes)
        idle = self._integer(table, "idle_timeout_minutes",
                             int(defaults.idle_timeout.total_seconds() // 60), 1, section)
        grace = self._integer(table, "idle_grace_seconds",
                              int(defaults.idle_grace.total_seconds()), 10, section)
        countdown = self._integer(table, "end_countdown_seconds",
                                  int(defaults.end_countdown.total_seconds()), 0, section)
        quota_mb = self._integer(table, "disk_quota_mb",
                                 defaults.disk_quota_bytes // 1_000_000, 1, section)
        tabs = self._integer(table, "max_tabs", defaults.max_tabs, 1, section)
        return SessionSettings(
            warning_minutes=tuple(sorted(set(warnings), reverse=True)),
            idle_timeout=timedelta(minutes=idle),
            idle_grace=timedelta(seconds=grace),
            end_countdown=timedelta(seconds=countdown),
            disk_quota_bytes=quota_mb * 1_000_000,
            max_tabs=tabs,
        )

    def _hours(self) -> OpeningHours | None:
        table = self._table("opening_hours")
        if table is None:
            return None
        section: Section = ("opening_hours", 0)
        self._unknown_keys(table, _HOURS_KEYS, section, "in [opening_hours]")
        timezone = self._text(table, "timezone", section, "[opening_hours]")
        if timezone is not None:
            try:
                ZoneInfo(timezone)
            except (ZoneInfoNotFoundError, ValueError):
                self.problem(self.lines.key(section, "timezone"),
                             f'[opening_hours]: unknown time zone "{timezone}" '
                             '(write it like "Europe/Paris")')
                timezone = None
        weekly = tuple(self._day(table, day, section) for day in WEEKDAYS)
        closed = self._closed_dates(table.get("closed_dates", []), section)
        if timezone is None:
            return None
        return OpeningHours(timezone, weekly, closed)  # _day has checked every interval

    def _day(self, table: Mapping[str, Any], day: str, section: Section) -> tuple[Interval, ...]:
        value = table.get(day, [])
        line = self.lines.key(section, day)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(line, f'[opening_hours]: "{day}" must be a list like '
                               '["09:00-12:00", "13:30-17:30"]')
            return ()
        intervals: list[Interval] = []
        for text in value:
            try:
                intervals.append(parse_interval(text))
            except ValueError as error:
                self.problem(self.lines.item(section, day, text), f"[opening_hours] {day}: {error}")
        intervals.sort(key=lambda interval: interval.start)
        for before, after in itertools.pairwise(intervals):
            if after.start < before.end:
                self.problem(line, f"[opening_hours] {day}: {before} and {after} overlap")
                return ()
        return tuple(intervals)

    def _closed_dates(self, value: object, section: Section) -> frozenset[date]:
        line = self.lines.key(section, "closed_dates")
        if not isinstance(value, list):
            self.problem(line, '[opening_hours]: "closed_dates" must be a list of dates '
                               "like [2026-12-25]")
            return frozenset()
        dates: set[date] = set()
        for item in value:
            parsed = _as_date(item)
            if parsed is None:
                self.problem(line, f"[opening_hours]: {item!r} in closed_dates is not a date "
                                   "like 2026-12-25")
            else:
                dates.add(parsed)
        return frozenset(dates)

    def _sites(self) -> list[Site]:
        value = self.document.get("site")
        if value is None:
            self.problem(1, "the policy lists no site: add at least one [[site]]")
            return []
        if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
            self.problem(self.lines.key(("", 0), "site"),
                         '"site" must be written as [[site]] tables')
            return []
        sites: list[Site] = []
        seen: dict[str, int] = {}
        for index, table in enumerate(value):
            site = self._site(index, table, seen)
            if site is not None:
                sites.append(site)
        return sites

    def _site(self, index: int, table: Mapping[str, Any], seen: dict[str, int]) -> Site | None:
        section: Section = ("site", index)
        where = f"site #{index + 1}"
        site_id = self._text(table, "id", section, where)
        if site_id is not None:
            if not _SITE_ID.fullmatch(site_id):
                self.problem(self.lines.key(section, "id"),
                             f'{where}: id "{site_id}" may only use a-z, 0-9 and "-"')
                site_id = None
            elif site_id in seen:
                self.problem(self.lines.key(section, "id"),
                             f'{where}: id "{site_id}" is already used by site #{seen[site_id]}')
            else:
                seen[site_id] = index + 1
                where = f'site "{site_id}"'
        self._unknown_keys(table, _SITE_KEYS, section, f"in {where}")
        title = self._text(table, "title", section, where)
        description = self._text(table, "description", section, where)
        home = self._text(table, "home", section, where)
        allow = self._patterns(table, "allow", section, where, required=True)
        resources = self._patterns(table, "resources", section, where, required=False)
        icon = self._icon(table, section, where)
        if (site_id is None or title is None or description is None or home is None
                or allow is None or resources is None):
            return None
        site = Site(site_id, title, description, home, allow, resources, icon)
        self._check_home(site, section, where)
        return site

    def _patterns(self, table: Mapping[str, Any], key: str, section: Section, where: str,
                  *, required: bool) -> tuple[HostPattern, ...] | None:
        value = table.get(key)
        line = self.lines.key(section, key)
        if value is None:
            if required:
                self.problem(self.lines.section(section), f'{where}: "{key}" is missing')
                return None
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(line, f'{where}: "{key}" must be a list of host patterns in quotes')
            return None
        if required and not value:
            self.problem(line, f'{where}: "{key}" is empty')
            return None
        patterns: list[HostPattern] = []
        for text in value:
            try:
                patterns.append(parse_pattern(text))
            except PatternError as error:
                self.problem(self.lines.item(section, key, text),
                             f'{where}: {key} entry "{text}": {error}')
        return tuple(patterns) if len(patterns) == len(value) else None

    def _check_home(self, site: Site, section: Section, where: str) -> None:
        line = self.lines.key(section, "home")
        try:
            url = parse_web_url(site.home)
        except UrlRefused as refusal:
            self.problem(line, f'{where}: home "{site.home}" is not a usable web address '
                               f"({DENY_REASONS.get(refusal.reason, refusal.reason)})")
            return
        if not any(pattern.matches(url) for pattern in site.allow):
            self.problem(line, f'{where}: home "{site.home}" is not allowed by the site\'s '
                               "own allow list")


def _as_date(item: object) -> date | None:
    if isinstance(item, datetime):
        return None
    if isinstance(item, date):
        return item
    if isinstance(item, str):
        try:
            return date.fromisoformat(item)
        except ValueError:
            return None
    return None
