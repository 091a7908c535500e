"""Whitelist decisions and policy loading."""

from __future__ import annotations

import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.patterns import PatternError, parse_pattern
from kiosk.core.policy import (
    DEFAULT_PICTOGRAM,
    DENY_REASONS,
    Decision,
    Policy,
    PolicyError,
    RequestKind,
    load_policy,
    parse_policy,
)
from kiosk.core.urls import parse_web_url

NAV = RequestKind.NAVIGATION
SUB = RequestKind.SUBRESOURCE

POLICY = """\
[policy]
name = "Test"

[[site]]
id = "caf"
title = "CAF"
description = "Allocations"
home = "https://www.caf.fr/"
allow = ["caf.fr", "*.caf.fr"]
resources = ["*.caf-cdn.example", "captcha.example/api"]

[[site]]
id = "ants"
title = "ANTS"
description = "Titres"
home = "https://ants.gouv.fr/espace"
allow = ["ants.gouv.fr/espace", "http://legacy.ants.gouv.fr", "moncompte.ants.gouv.fr:8443"]

[[site]]
id = "intranet"
title = "Intranet"
description = "Pages of the centre"
home = "http://192.168.1.20:8080/"
allow = ["http://192.168.1.20:8080", "[::1]:8443", "http://localhost:8000", "Café.example"]
"""


@pytest.fixture(scope="module")
def policy() -> Policy:
    return parse_policy(POLICY, source="test.toml")


def decide(policy: Policy, url: str, kind: RequestKind = NAV) -> str:
    decision = policy.decide(url, kind)
    return f"allow {decision.site_id}" if decision.allowed else f"deny {decision.reason}"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://caf.fr/", "allow caf"),
        ("https://www.caf.fr/allocataires/droits", "allow caf"),
        ("https://wwwd.caf.fr/wps/portal", "allow caf"),
        ("https://a.b.c.caf.fr/", "allow caf"),
        ("HTTPS://WWW.CAF.FR./x", "allow caf"),
        ("https://www.caf.fr:443/", "allow caf"),
        # lookalikes
        ("https://caf.fr.evil.example/", "deny not-whitelisted"),
        ("https://www.caf.fr.evil.example/", "deny not-whitelisted"),
        ("https://evilcaf.fr/", "deny not-whitelisted"),
        ("https://caf.fr-evil.example/", "deny not-whitelisted"),
        ("https://cafXfr/", "deny not-whitelisted"),
        ("https://www.caf.fr@evil.example/", "deny credentials-in-url"),
        ("https://evil.example\\@www.caf.fr/", "deny not-whitelisted"),
        ("https://evil.example#@www.caf.fr/", "deny not-whitelisted"),
        ("https://evil.example?@www.caf.fr/", "deny not-whitelisted"),
        ("https://www.caf.fr%2eevil.example/", "deny not-whitelisted"),
        ("https://www.caf.fr%2fevil.example/", "deny malformed-host"),
        # punycode and homoglyphs: another host is another host
        ("https://xn--caf-dma.fr/", "deny not-whitelisted"),
        ("https://cаf.fr/", "deny not-whitelisted"),  # Cyrillic a
        ("https://www.сaf.fr/", "deny not-whitelisted"),  # Cyrillic es
        ("https://ｃａｆ．ｆｒ/", "allow caf"),  # full-width: the browser fetches caf.fr
        ("https://café.example/", "allow intranet"),
        ("https://xn--caf-dma.example/", "allow intranet"),
        # schemes and ports
        ("http://www.caf.fr/", "deny not-whitelisted"),
        ("https://www.caf.fr:8443/", "deny not-whitelisted"),
        ("http://legacy.ants.gouv.fr/", "allow ants"),
        ("https://legacy.ants.gouv.fr/", "deny not-whitelisted"),
        ("https://moncompte.ants.gouv.fr:8443/x", "allow ants"),
        ("https://moncompte.ants.gouv.fr/x", "deny not-whitelisted"),
        # path prefixes on segment boundaries
        ("https://ants.gouv.fr/espace", "allow ants"),
        ("https://ants.gouv.fr/espace/", "allow ants"),
        ("https://ants.gouv.fr/espace/demande?x=1", "allow ants"),
        ("https://ants.gouv.fr/espacefoo", "deny not-whitelisted"),
        ("https://ants.gouv.fr/", "deny not-whitelisted"),
        ("https://ants.gouv.fr/Espace", "deny not-whitelisted"),
        ("https://ants.gouv.fr/espace/../admin", "deny not-whitelisted"),
        ("https://ants.gouv.fr/espace/%2e%2e/admin", "deny not-whitelisted"),
        ("https://ants.gouv.fr/espace/%2E%2E/admin", "deny not-whitelisted"),
        ("https://ants.gouv.fr/espace/..%2fadmin", "deny not-whitelisted"),
        ("https://ants.gouv.fr/espace/..%5Cadmin", "deny not-whitelisted"),
        ("https://ants.gouv.fr/espace/..;/admin", "deny not-whitelisted"),
        ("https://ants.gouv.fr/espace/%2e%2e;/admin", "deny not-whitelisted"),
        ("https://ants.gouv.fr/espace/.;/x", "deny not-whitelisted"),
        ("https://ants.gouv.fr/espace/a;b/x", "allow ants"),
        ("https://www.caf.fr/a/..;/b", "allow caf"),
        ("https://ants.gouv.fr/espace\\..\\admin", "deny not-whitelisted"),
        ("https://ants.gouv.fr/esp%61ce/x", "allow ants"),
        ("https://ants.gouv.fr/admin/../espace/x", "allow ants"),
        # IP literals and localhost
        ("https://127.0.0.1/", "deny ip-literal"),
        ("https://2130706433/", "deny ip-literal"),
        ("https://0x7f.1/", "deny ip-literal"),
        ("https://[::1]/", "deny ip-literal"),
        ("https://[::1]:8443/", "allow intranet"),
        ("https://[0::1]:8443/", "allow intranet"),
        ("http://192.168.1.20:8080/", "allow intranet"),
        ("http://0xc0.0xa8.1.20:8080/", "allow intranet"),
        ("http://3232235796:8080/", "allow intranet"),
        ("http://192.168.1.20/", "deny ip-literal"),
        ("https://localhost/", "deny localhost"),
        ("https://LOCALHOST./", "deny localhost"),
        ("https://evil.localhost/", "deny localhost"),
        ("http://localhost:8000/", "allow intranet"),
        # every other scheme
        ("about:blank", "allow None"),
        ("about:blank#top", "allow None"),
        ("ABOUT:blank", "allow None"),
        ("about:srcdoc", "deny scheme-not-allowed"),
        ("about:config", "deny scheme-not-allowed"),
        ("about:blankx", "deny scheme-not-allowed"),
        ("file:///etc/passwd", "deny scheme-not-allowed"),
        ("FILE://localhost/etc/passwd", "deny scheme-not-allowed"),
        ("ftp://www.caf.fr/", "deny scheme-not-allowed"),
        ("data:text/html,<script>alert(1)</script>", "deny scheme-not-allowed"),
        ("javascript:alert(document.cookie)", "deny scheme-not-allowed"),
        (" JaVaScRiPt:alert(1)", "deny scheme-not-allowed"),
        ("java\tscript:alert(1)", "deny scheme-not-allowed"),
        ("view-source:https://www.caf.fr/", "deny scheme-not-allowed"),
        ("chrome://settings", "deny scheme-not-allowed"),
        ("chrome-extension://abc/x.html", "deny scheme-not-allowed"),
        ("devtools://devtools/bundled/inspector.html", "deny scheme-not-allowed"),
        ("qrc:/index.html", "deny scheme-not-allowed"),
        ("mailto:accueil@caf.fr", "deny scheme-not-allowed"),
        ("tel:+33100000000", "deny scheme-not-allowed"),
        ("ws://www.caf.fr/", "deny scheme-not-allowed"),  # a WebSocket is never a page
        ("wss://www.caf.fr/", "deny scheme-not-allowed"),
        ("filesystem:https://www.caf.fr/temporary/x", "deny scheme-not-allowed"),
        ("intent://scan/#Intent;scheme=zxing;end", "deny scheme-not-allowed"),
        ("blob:https://www.caf.fr/0a1b", "deny blob-navigation"),
        # garbage
        ("", "deny empty-url"),
        ("www.caf.fr", "deny not-absolute"),
        ("https://", "deny malformed-host"),
        ("https://www.caf.fr:65536/", "deny bad-port"),
    ],
)
def test_navigation_decisions(policy: Policy, url: str, expected: str) -> None:
    assert decide(policy, url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://static.caf-cdn.example/app.js", "allow caf"),
        ("https://caf-cdn.example/app.js", "deny not-whitelisted"),
        ("https://captcha.example/api/v1/challenge", "allow caf"),
        ("https://captcha.example/other", "deny not-whitelisted"),
        ("https://www.caf.fr/logo.svg", "allow caf"),
        ("blob:https://www.caf.fr/0a1b", "allow caf"),
        ("blob:https://evil.example/0a1b", "deny not-whitelisted"),
        ("blob:null/0a1b", "deny scheme-not-allowed"),
        ("data:image/png;base64,AAAA", "deny scheme-not-allowed"),
        ("https://evil.example/track.gif", "deny not-whitelisted"),
        # WebSockets are decided as the http(s) address they upgrade from
        ("wss://www.caf.fr/socket", "allow caf"),
        ("WSS://WWW.CAF.FR./socket", "allow caf"),
        ("wss://static.caf-cdn.example/live", "allow caf"),
        ("ws://www.caf.fr/socket", "deny not-whitelisted"),  # caf.fr is https only
        ("ws://legacy.ants.gouv.fr/socket", "allow ants"),
        ("wss://legacy.ants.gouv.fr/socket", "deny not-whitelisted"),
        ("wss://ants.gouv.fr/espace/live", "allow ants"),
        ("wss://ants.gouv.fr/chat", "deny not-whitelisted"),
        ("wss://evil.example/", "deny not-whitelisted"),
        ("ws://127.0.0.1:9000/", "deny ip-literal"),
        ("ws://localhost:9000/", "deny localhost"),
        ("wss://www.caf.fr@evil.example/", "deny credentials-in-url"),
        ("wss://www.caf.fr:99999/", "deny bad-port"),
    ],
)
def test_subresource_decisions(policy: Policy, url: str, expected: str) -> None:
    assert decide(policy, url, SUB) == expected


def test_resources_are_never_pages(policy: Policy) -> None:
    assert decide(policy, "https://static.caf-cdn.example/", NAV) == "deny resource-only"
    assert decide(policy, "https://captcha.example/api/x", NAV) == "deny resource-only"


@pytest.mark.parametrize(
    ("authority", "expected"),
    [
        ("www.caf.fr:443", "allow caf"),
        ("WWW.Caf.FR.:443", "allow caf"),
        ("caf.fr:443", "allow caf"),
        ("www.caf.fr:80", "deny not-whitelisted"),  # caf.fr is https only
        ("www.caf.fr:8443", "deny not-whitelisted"),
        ("www.caf.fr", "allow caf"),  # no port: https's
        ("static.caf-cdn.example:443", "allow caf"),  # resources too: a page's parts
        ("captcha.example:443", "allow caf"),  # a path prefix cannot be seen in a tunnel
        ("ants.gouv.fr:443", "allow ants"),
        ("legacy.ants.gouv.fr:80", "allow ants"),  # ws:// to an http site tunnels on 80
        ("moncompte.ants.gouv.fr:8443", "allow ants"),
        ("moncompte.ants.gouv.fr:443", "deny not-whitelisted"),
        ("[::1]:8443", "allow intranet"),
        ("[0:0::1]:8443", "allow intranet"),
        ("192.168.1.20:8080", "allow intranet"),
        ("3232235796:8080", "allow intranet"),
        ("xn--caf-dma.example:443", "allow intranet"),
        ("café.example:443", "allow intranet"),
        ("evil.example:443", "deny not-whitelisted"),
        ("www.caf.fr.evil.example:443", "deny not-whitelisted"),
        ("127.0.0.1:443", "deny ip-literal"),
        ("2130706433:8080", "deny ip-literal"),
        ("[::1]:443", "deny ip-literal"),
        ("localhost:8000", "allow intranet"),
        ("localhost:9000", "deny localhost"),
        ("a.localhost:443", "deny localhost"),
        ("www.caf.fr:0", "deny bad-port"),
        ("www.caf.fr:65536", "deny bad-port"),
        ("www.caf.fr:x", "deny bad-port"),
        (":443", "deny malformed-host"),
        ("[::1:443", "deny malformed-host"),
        ("bad host:443", "deny malformed-host"),
        ("", "deny malformed-host"),
    ],
)
def test_network_gate_decides_host_and_port(policy: Policy, authority: str,
                                             expected: str) -> None:
    decision = policy.decide_endpoint(authority)
    assert f"{'allow' if decision.allowed else 'deny'} "\
           f"{decision.site_id if decision.allowed else decision.reason}" == expected


def test_the_first_site_in_file_order_wins() -> None:
    both = POLICY + textwrap.dedent("""
        [[site]]
        id = "caf-copy"
        title = "Copy"
        description = "Same hosts"
        home = "https://www.caf.fr/"
        allow = ["www.caf.fr"]
    """)
    assert parse_policy(both).decide("https://www.caf.fr/", NAV).site_id == "caf"


def test_a_page_rule_of_a_later_site_beats_a_resource_rule() -> None:
    text = POLICY + textwrap.dedent("""
        [[site]]
        id = "cdn"
        title = "CDN as a site"
        description = "Pages on the CDN"
        home = "https://static.caf-cdn.example/"
        allow = ["static.caf-cdn.example"]
    """)
    decision = parse_policy(text).decide("https://static.caf-cdn.example/x", SUB)
    assert decision == Decision(allowed=True, site_id="cdn")


def test_every_denial_reason_is_documented(policy: Policy) -> None:
    for url, kind in [("", NAV), ("x", NAV), ("ftp://x/", NAV), ("blob:https://x.fr/", NAV),
                      ("https://a@b/", NAV), ("https://a..b/", NAV), ("https://a:x/", NAV),
                      ("https://1.1.1.1/", NAV), ("https://localhost/", NAV),
                      ("https://static.caf-cdn.example/", NAV), ("https://x.example/", NAV)]:
        decision = policy.decide(url, kind)
        assert not decision.allowed
        assert decision.reason in DENY_REASONS


def test_host_cache_is_bounded(policy: Policy) -> None:
    for index in range(Policy._CACHE_LIMIT + 10):
        policy.decide(f"https://host{index}.example/", NAV)
    assert len(policy._by_host) <= Policy._CACHE_LIMIT
    assert decide(policy, "https://www.caf.fr/") == "allow caf"


def test_site_lookup(policy: Policy) -> None:
    site = policy.site("ants")
    assert site is not None
    assert site.title == "ANTS"
    assert policy.site("nope") is None


_HOST_LABELS = st.sampled_from(["www", "caf", "fr", "evil", "example", "ants", "gouv", "wwwd",
                                "xn--caf-dma", "cafe", "fr-caf", "0", "1", "localhost"])


@given(st.lists(_HOST_LABELS, min_size=1, max_size=5), st.sampled_from(["", ".", ":443"]))
def test_only_caf_hosts_are_allowed_as_caf(policy: Policy, labels: list[str], tail: str) -> None:
    host = ".".join(labels)
    decision = policy.decide(f"https://{host}{tail}/", NAV)
    is_caf = host == "caf.fr" or host.endswith(".caf.fr")
    assert (decision.site_id == "caf") == is_caf


@given(st.text(max_size=80), st.sampled_from(list(RequestKind)))
def test_any_input_gets_a_decision(policy: Policy, text: str, kind: RequestKind) -> None:
    decision = policy.decide(text, kind)
    assert decision.allowed or decision.reason in DENY_REASONS
    if decision.allowed and decision.site_id is not None:
        assert policy.site(decision.site_id) is not None


@given(st.sampled_from(["https://www.caf.fr", "https://ants.gouv.fr/espace"]),
       st.lists(st.sampled_from(["..", "%2e%2e", ".%2E", "%2E.", ".", "a", "espace", "%2f",
                                 "\\", ""]), max_size=6))
def test_dot_segments_never_escape_a_path_prefix(policy: Policy, base: str,
                                                 segments: list[str]) -> None:
    url = base + "/" + "/".join(segments)
    decision = policy.decide(url, NAV)
    if decision.site_id == "ants":
        path = parse_web_url(url).path
        assert path == "/espace" or path.startswith("/espace/")


# -- patterns -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "cannot be empty"),
        ("caf .fr", "spaces"),
        ("ftp://caf.fr", "only http:// and https://"),
        ("user@caf.fr", "user names"),
        ("caf.fr?x=1", "queries"),
        ("caf.fr#x", "fragments"),
        ("caf.fr\\x", "backslashes"),
        ("caf.fr:http", "port"),
        ("caf.fr:99999", "port"),
        ("caf.fr:0", "port"),
        ("www.*.caf.fr", '"*" is only allowed'),
        ("*caf.fr", '"*" is only allowed'),
        ("*", '"*" is only allowed'),
        ("*.fr", "too broad"),
        ("*.127.0.0.1", "IP address"),
        ("a..b", "not a valid host"),
        ("caf.fr/espace/../admin", 'cannot contain "."'),
        ("caf.fr/%2e", "escapes"),
    ],
)
def test_bad_patterns_are_explained(text: str, message: str) -> None:
    with pytest.raises(PatternError, match=message.replace("(", r"\(").replace("*", r"\*")):
        parse_pattern(text)


def test_patterns_normalise_like_urls() -> None:
    pattern = parse_pattern("HTTP://Café.Example.:8080/Démarches/")
    assert (pattern.scheme, pattern.host, pattern.port, pattern.path) == (
        "http", "xn--caf-dma.example", 8080, "/D%C3%A9marches")
    assert parse_pattern("https://caf.fr/").path == ""
    assert parse_pattern("caf.fr:443").port == 443


# -- loading ------------------------------------------------------------------------------


def problems_of(text: str) -> list[str]:
    with pytest.raises(PolicyError) as caught:
        parse_policy(textwrap.dedent(text), source="bad.toml")
    return [str(problem) for problem in caught.value.problems]


SITE = """
[[site]]
id = "caf"
title = "CAF"
description = "Allocations"
home = "https://www.caf.fr/"
allow = ["*.caf.fr"]
"""


def test_a_valid_policy_loads_with_its_settings(tmp_path: Path) -> None:
    path = tmp_path / "centre.toml"
    path.write_text(textwrap.dedent("""
        [policy]
        name = "Centre"

        [session]
        warning_minutes = [1, 5, 5, 10]
        idle_timeout_minutes = 3
        idle_grace_seconds = 30
        end_countdown_seconds = 0
        disk_quota_mb = 50
        max_tabs = 4

        [opening_hours]
        timezone = "Europe/Paris"
        monday = ["13:30-18:00", "09:00-12:00"]
        saturday = []
        closed_dates = [2026-12-25, "2027-01-01"]
    """) + SITE, encoding="utf-8")
    policy = load_policy(path)
    assert policy.name == "Centre"
    assert policy.source == str(path)
    assert len(policy.digest) == 64
    assert policy.session.warning_minutes == (10, 5, 1)
    assert policy.session.idle_timeout == timedelta(minutes=3)
    assert policy.session.idle_grace == timedelta(seconds=30)
    assert policy.session.end_countdown == timedelta(0)
    assert policy.session.disk_quota_bytes == 50_000_000
    assert policy.session.max_tabs == 4
    assert policy.hours is not None
    assert [str(i) for i in policy.hours.weekly[0]] == ["09:00-12:00", "13:30-18:00"]
    assert policy.hours.weekly[5] == ()
    assert policy.hours.closed_dates == {date(2026, 12, 25), date(2027, 1, 1)}


def test_session_and_hours_are_optional() -> None:
    policy = parse_policy("[policy]\nname = \"x\"\n" + SITE)
    assert policy.hours is None
    assert policy.session.warning_minutes == (5, 1)
    assert policy.session.disk_quota_bytes == 500_000_000
    assert policy.session.max_tabs == 10


def test_quota_and_tabs_must_be_positive() -> None:
    problems = problems_of("""\
        [policy]
        name = "x"

        [session]
        disk_quota_mb = 0
        max_tabs = "ten"
        """)
    assert any('"disk_quota_mb" must be a whole number of at least 1' in p for p in problems)
    assert any('"max_tabs" must be a whole number of at least 1' in p for p in problems)


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read the file"):
        load_policy(tmp_path / "absent.toml")


def test_syntax_errors_name_the_line() -> None:
    assert problems_of('[policy]\nname = "x"\nname = "y"\n') == [
        "bad.toml:3: TOML syntax error: Cannot overwrite a value"]
    (problem,) = problems_of('[policy]\nname = "x"\nallow = [\n')
    assert problem.startswith("bad.toml:4: TOML syntax error: ")


def test_invalid_utf8_names_the_line() -> None:
    with pytest.raises(PolicyError) as caught:
        parse_policy(b'[policy]\nname = "\xff"\n', source="bad.toml")
    assert str(caught.value) == "bad.toml:2: the file is not valid UTF-8 text"


def test_every_problem_is_reported_with_its_line() -> None:
    problems = problems_of("""\
        [policy]
        name = ""
        colour = "blue"

        [session]
        warning_minutes = [5, "one"]
        idle_timeout_minutes = 0
        idle_grace_seconds = true
        end_countdown_seconds = -1
        lunch = 1

        [opening_hours]
        timezone = "Mars/Olympus"
        monday = ["09:00-12:00", "11:00-14:00"]
        tuesday = ["9h-12h"]
        wednesday = "09:00-12:00"
        thursday = ["18:00-09:00"]
        friday = ["20:00-24:30"]
        closed_dates = ["someday", 2026-12-25T10:00:00, 3]
        holidays = []

        [[site]]
        id = "Caf!"
        title = "CAF"
        description = "Allocations"
        home = "https://www.caf.fr/"
        allow = ["*.caf.fr"]

        [[site]]
        id = "ants"
        title = 3
        home = "https://evil.example/"
        allow = [
            "ants.gouv.fr",
            "*.fr",
        ]
        resources = "cdn.example"
        logo = "ants.png"

        [[site]]
        id = "ants"
        title = "ANTS again"
        description = "Duplicate"
        home = "javascript:alert(1)"
        allow = []

        [[site]]
        id = "gone"
        title = "No allow"
        description = "Missing allow"
        home = "https://gone.example/"
        resources = ["cdn.example"]

        [[site]]
        id = "wrong-home"
        title = "Wrong home"
        description = "Home outside its allow list"
        home = "https://elsewhere.example/"
        allow = ["site.example"]

        [[site]]
        id = "bad-home"
        title = "Bad home"
        description = "A home that cannot be read"
        home = "https://user@site.example/"
        allow = ["site.example"]
        """)
    expected_lines = {
        2: '"name" must be a non-empty text',
        3: 'unknown key "colour" in [policy]',
        6: '"warning_minutes" must be a list of whole minutes',
        7: '"idle_timeout_minutes" must be a whole number of at least 1',
        8: '"idle_grace_seconds" must be a whole number of at least 10',
        9: '"end_countdown_seconds" must be a whole number of at least 0',
        10: 'unknown key "lunch" in [session]',
        13: 'unknown time zone "Mars/Olympus"',
        14: "09:00-12:00 and 11:00-14:00 overlap",
        15: "'9h-12h' is not an interval",
        16: '"wednesday" must be a list',
        17: "ends before it starts",
        18: "'20:00-24:30' ends after 24:00",
        19: "in closed_dates is not a date",
        20: 'unknown key "holidays" in [opening_hours]',
        23: 'id "Caf!" may only use a-z, 0-9 and "-"',
        29: 'site "ants": "description" is missing',
        31: 'site "ants": "title" must be a non-empty text',
        35: 'allow entry "*.fr": "*.fr" is too broad',
        37: '"resources" must be a list of host patterns',
        38: 'unknown key "logo" in site "ants"',
        41: 'id "ants" is already used by site #2',
        45: '"allow" is empty',
        47: 'site "gone": "allow" is missing',
        58: 'home "https://elsewhere.example/" is not allowed by the site\'s own allow list',
        65: 'home "https://user@site.example/" is not a usable web address',
    }
    joined = "\n".join(problems)
    for line, text in expected_lines.items():
        assert any(p.startswith(f"bad.toml:{line}: ") and text in p for p in problems), (
            f"line {line}: {text!r} not in\n{joined}")
    # Three problems on line 19 (one per bad date) and nothing beyond what is listed.
    assert len(problems) == len(expected_lines) + 2
    assert [int(p.split(":")[1]) for p in problems] == sorted(
        int(p.split(":")[1]) for p in problems)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the [policy] table is missing"),
        ('policy = "x"\n' + SITE, '"policy" must be a table'),
        ('[policy]\nname = "x"\n', "the policy lists no site"),
        ('site = "x"\n[policy]\nname = "x"\n', '"site" must be written as [[site]] tables'),
        ('session = 1\n[policy]\nname = "x"\n' + SITE, '"session" must be a table'),
        ('[policy]\nname = "x"\n[opening_hours]\nmonday = ["09:00-12:00"]\n' + SITE,
         '[opening_hours]: "timezone" is missing'),
        ('[policy]\nname = "x"\n[opening_hours]\ntimezone = "UTC"\nclosed_dates = 1\n' + SITE,
         '"closed_dates" must be a list of dates'),
        ('[policy]\nname = "x"\n[[site]]\nid = 5\n', 'site #1: "id" must be a non-empty text'),
        ('[policy]\nname = "x"\n[[site]]\nid = "a"\nallow = "x"\n',
         '"allow" must be a list of host patterns'),
        ('[policy]\nname = "x"\ntheme = "dark"\n' + SITE, 'unknown key "theme"'),
        ('unknown = 1\n[policy]\nname = "x"\n' + SITE, 'unknown key "unknown" at the top level'),
    ],
)
def test_structural_problems(text: str, message: str) -> None:
    problems = problems_of(text)
    assert any(message in p for p in problems), problems


def test_multiline_strings_do_not_confuse_line_numbers() -> None:
    problems = problems_of('''\
        [policy]
        name = """A name
        colour = "not a key, inside the text"
        """
        colour = "a real key"
        ''' + SITE)
    assert problems == ['bad.toml:5: unknown key "colour" in [policy] (expected one of: name)']


def test_bad_patterns_name_the_line_of_the_entry() -> None:
    problems = problems_of("""\
        [policy]
        name = "x"

        [[site]]
        id = "caf"
        title = "CAF"
        description = "Allocations"
        home = "https://www.caf.fr/"
        allow = [
            "*.caf.fr",
            'ftp://caf.fr',
        ]
        """)
    assert problems == [
        'bad.toml:11: site "caf": allow entry "ftp://caf.fr": only http:// and https:// may '
        "start a pattern"]


def test_a_bad_policy_is_never_half_loaded() -> None:
    with pytest.raises(PolicyError):
        parse_policy(POLICY + '\n[[site]]\nid = "x"\n')


def test_a_site_names_its_pictogram_or_gets_the_default() -> None:
    policy = parse_policy('[policy]\nname = "x"\n' + SITE + 'icon = "family"\n' + SITE.replace(
        '"caf"', '"caf2"', 1))
    assert [site.icon for site in policy.sites] == ["family", DEFAULT_PICTOGRAM]


def test_an_unknown_pictogram_is_refused_at_its_line() -> None:
    problems = problems_of('[policy]\nname = "x"\n' + SITE + 'icon = "rocket"\n')
    assert len(problems) == 1
    assert problems[0].startswith("bad.toml:10: ")
    assert '"icon" must be one of digital-id, energy, family' in problems[0]
