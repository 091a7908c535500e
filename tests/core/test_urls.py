"""URL parsing as the browser engine reads URLs (WHATWG URL standard)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kiosk.core.urls import (
    HostKind,
    UrlRefused,
    WebUrl,
    normalise_host,
    normalise_path,
    parse_after_scheme,
    parse_canonical_web_url,
    parse_web_url,
    split_scheme,
)


def refusal(url: str) -> str:
    with pytest.raises(UrlRefused) as caught:
        parse_web_url(url)
    return caught.value.reason


@pytest.mark.parametrize(
    ("url", "host", "port", "path"),
    [
        ("https://www.caf.fr", "www.caf.fr", 443, "/"),
        ("https://www.caf.fr/", "www.caf.fr", 443, "/"),
        ("HTTPS://WWW.CAF.FR/Espace", "www.caf.fr", 443, "/Espace"),
        ("https://www.caf.fr./", "www.caf.fr", 443, "/"),
        ("https://www.caf.fr:443/", "www.caf.fr", 443, "/"),
        ("https://www.caf.fr:/", "www.caf.fr", 443, "/"),
        ("http://www.caf.fr:80/", "www.caf.fr", 80, "/"),
        ("https://www.caf.fr:0443/", "www.caf.fr", 443, "/"),
        ("https://www.caf.fr:8443/x", "www.caf.fr", 8443, "/x"),
        ("https:www.caf.fr/x", "www.caf.fr", 443, "/x"),
        ("https:///www.caf.fr/x", "www.caf.fr", 443, "/x"),
        ("https:\\\\www.caf.fr\\a\\b", "www.caf.fr", 443, "/a/b"),
        ("https:/\\/www.caf.fr/", "www.caf.fr", 443, "/"),
        ("  \x00https://www.caf.fr/ \x1f", "www.caf.fr", 443, "/"),
        ("ht\ttps://www.c\naf.fr/a\rb", "www.caf.fr", 443, "/ab"),
        ("https://www.caf.fr?q=1", "www.caf.fr", 443, "/"),
        ("https://www.caf.fr#top", "www.caf.fr", 443, "/"),
        ("https://www.caf.fr/a?b/../c#d", "www.caf.fr", 443, "/a"),
        ("https://www.caf.fr\\@evil.example/", "www.caf.fr", 443, "/@evil.example/"),
        ("https://www.%63af.fr/", "www.caf.fr", 443, "/"),
        ("https://WWW.%43AF.FR/", "www.caf.fr", 443, "/"),
        ("https://ｗｗｗ．ｃａｆ．ｆｒ/", "www.caf.fr", 443, "/"),
        ("https://www.caf。fr/", "www.caf.fr", 443, "/"),
        ("https://café.fr/", "xn--caf-dma.fr", 443, "/"),
        ("https://CAFÉ.fr/", "xn--caf-dma.fr", 443, "/"),
        ("https://caf%C3%A9.fr/", "xn--caf-dma.fr", 443, "/"),
        ("https://xn--caf-dma.fr/", "xn--caf-dma.fr", 443, "/"),
        ("https://XN--CAF-DMA.fr/", "xn--caf-dma.fr", 443, "/"),
        ("https://xn--CAF-dma.fr/", "xn--caf-dma.fr", 443, "/"),
        ("https://my_host.caf.fr/", "my_host.caf.fr", 443, "/"),
        ("https://1jeune1solution.gouv.fr/", "1jeune1solution.gouv.fr", 443, "/"),
    ],
)
def test_hosts_ports_and_paths_are_normalised(url: str, host: str, port: int, path: str) -> None:
    parsed = parse_web_url(url)
    assert (parsed.host, parsed.port, parsed.path) == (host, port, path)
    assert parsed.host_kind is HostKind.DOMAIN


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("", "/"),
        ("/", "/"),
        ("/a/b/../c", "/a/c"),
        ("/a/./b", "/a/b"),
        ("/a/b/..", "/a/"),
        ("/a/b/.", "/a/b/"),
        ("/..", "/"),
        ("/../../etc/passwd", "/etc/passwd"),
        ("/espace/%2e%2e/admin", "/admin"),
        ("/espace/%2E%2e/admin", "/admin"),
        ("/espace/.%2E/admin", "/admin"),
        ("/espace/%2e./admin", "/admin"),
        ("/espace/%2e/x", "/espace/x"),
        ("/a/...", "/a/..."),
        ("/esp%61ce", "/espace"),
        ("/a%2fb", "/a%2Fb"),
        ("/a%5cb", "/a%5Cb"),
        ("/a b", "/a%20b"),
        ('/"<>`{}', "/%22%3C%3E%60%7B%7D"),
        ("/café", "/caf%C3%A9"),
        ("/100%", "/100%"),
        ("/%zz", "/%zz"),
        ("/a//b", "/a//b"),
    ],
)
def test_paths_resolve_dot_segments_and_escapes(path: str, expected: str) -> None:
    assert normalise_path(path) == expected


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://127.0.0.1/", "127.0.0.1"),
        ("https://2130706433/", "127.0.0.1"),
        ("https://0x7f000001/", "127.0.0.1"),
        ("https://0x7f.1/", "127.0.0.1"),
        ("https://0177.0.0.1/", "127.0.0.1"),
        ("https://127.1/", "127.0.0.1"),
        ("https://127.0.1/", "127.0.0.1"),
        ("https://192.168.1.12./", "192.168.1.12"),
        ("https://0x/", "0.0.0.0"),
        ("https://%31%32%37.0.0.1/", "127.0.0.1"),
        ("https://１２７.0.0.1/", "127.0.0.1"),
        ("https://foo.0x10/", None),
    ],
)
def test_ipv4_in_every_form_is_read_as_an_address(url: str, host: str | None) -> None:
    if host is None:
        assert refusal(url) == "malformed-host"
        return
    parsed = parse_web_url(url)
    assert (parsed.host, parsed.host_kind) == (host, HostKind.IPV4)


def test_ipv6_literals_are_compressed() -> None:
    parsed = parse_web_url("https://[0:0:0:0:0:0:0:1]:8443/")
    assert (parsed.host, parsed.host_kind, parsed.port) == ("[::1]", HostKind.IPV6, 8443)
    assert parse_web_url("https://[::FFFF:127.0.0.1]/").host == "[::ffff:7f00:1]"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("", "empty-url"),
        ("   ", "empty-url"),
        ("www.caf.fr", "not-absolute"),
        ("//www.caf.fr/", "not-absolute"),
        (":foo", "not-absolute"),
        ("1http://x/", "not-absolute"),
        ("ftp://www.caf.fr/", "scheme-not-allowed"),
        ("https://user@www.caf.fr/", "credentials-in-url"),
        ("https://user:pass@www.caf.fr/", "credentials-in-url"),
        ("https://www.caf.fr@evil.example/", "credentials-in-url"),
        ("https://:@www.caf.fr/", "credentials-in-url"),
        ("https://", "malformed-host"),
        ("https:///", "malformed-host"),
        ("https://:443/", "malformed-host"),
        ("https://www.caf.fr:99999/", "bad-port"),
        ("https://www.caf.fr:12a/", "bad-port"),
        ("https://www.caf.fr:-1/", "bad-port"),
        ("https://www.caf.fr:1:2/", "bad-port"),
        ("https://www.caf.fr:١٢/", "bad-port"),
        ("https://a..b/", "malformed-host"),
        ("https://./", "malformed-host"),
        ("https://a b/", "malformed-host"),
        ("https://a%20b/", "malformed-host"),
        ("https://caf.fr%2fevil/", "malformed-host"),
        ("https://caf.fr%00.evil/", "malformed-host"),
        ("https://a<b/", "malformed-host"),
        ("https://a%/", "malformed-host"),
        ("https://%ff.fr/", "malformed-host"),
        ("https://xn--zz.fr/", "malformed-host"),
        ("https://xn--caf-dma.xn--/", "malformed-host"),
        ("https://ex\u200dample.fr/", "malformed-host"),
        ("https://a.b.c.d.1/", "malformed-host"),
        ("https://1.2.3.4.5/", "malformed-host"),
        ("https://256.0.0.1/", "malformed-host"),
        ("https://1.2.3.256/", "malformed-host"),
        ("https://1.2.65536/", "malformed-host"),
        ("https://4294967296/", "malformed-host"),
        ("https://09.1.1.1/", "malformed-host"),
        ("https://1..1/", "malformed-host"),
        ("https://[::1/", "malformed-host"),
        ("https://[::1%25eth0]/", "malformed-host"),
        ("https://[not:an:address]/", "malformed-host"),
        ("https://[1.2.3.4]/", "malformed-host"),
    ],
)
def test_unreadable_urls_are_refused_with_a_reason(url: str, reason: str) -> None:
    assert refusal(url) == reason


def test_split_scheme_lowers_the_scheme_and_keeps_the_rest() -> None:
    assert split_scheme("JavaScript:alert(1)") == ("javascript", "alert(1)")
    assert split_scheme(" about:blank ") == ("about", "blank")
    assert split_scheme("view-source:https://x.fr/") == ("view-source", "https://x.fr/")


def test_parse_after_scheme_refuses_other_schemes() -> None:
    with pytest.raises(UrlRefused, match="scheme-not-allowed"):
        parse_after_scheme("file", "///etc/passwd")


def test_normalise_host_refuses_empty_text() -> None:
    with pytest.raises(UrlRefused):
        normalise_host("")


def test_canonical_reader_leaves_unusual_urls_to_the_general_parser() -> None:
    assert parse_canonical_web_url("https://www.caf.fr/a") == WebUrl(
        "https", "www.caf.fr", HostKind.DOMAIN, 443, "/a")
    for url in ("https://www.caf.fr/a/../b", "https://1.2.3.4/", "https://xn--caf-dma.fr/",
                "https://WWW.caf.fr/", "https://www.caf.fr:443/", "https://0x7f.1/"):
        assert parse_canonical_web_url(url) is None
    # A last label that only looks like a number is still a domain.
    assert parse_canonical_web_url("https://a.0xg/") == WebUrl(
        "https", "a.0xg", HostKind.DOMAIN, 443, "/")


_URL_PIECES = st.sampled_from(
    ["https://", "http://", "HTTPS://", "https:", "https:\\\\", " ", "\t", "www", "caf", "fr",
     ".", "..", "/", "\\", "%2e", "%2E", "%2f", "%41", "%", "@", ":", "443", "8443", "0x7f",
     "1", "127", "?", "#", "é", "xn--caf-dma", "-", "_", "evil", "example", "[", "]", "::1",
     "ｃ", "。"]
)


@given(st.lists(_URL_PIECES, max_size=14).map("".join))
@example("https://www.caf.fr/a/b")
@example("https://0x10.fr/")
@example("http://9.example/x")
def test_canonical_reader_agrees_with_the_general_parser(url: str) -> None:
    fast = parse_canonical_web_url(url)
    if fast is None:
        return
    assert parse_after_scheme(*split_scheme(url)) == fast


@given(st.text(max_size=60))
def test_any_text_is_read_or_refused_never_crashes(text: str) -> None:
    for url in (text, "https://" + text, "https://www.caf.fr/" + text):
        try:
            parsed = parse_web_url(url)
        except UrlRefused as error:
            assert error.reason
        else:
            assert parsed.path.startswith("/")
            assert parsed.host == parsed.host.lower()
            assert not parsed.host.endswith(".")
            assert parsed.host.isascii()


@given(st.lists(st.sampled_from(["a", "b", ".", "..", "%2e", "%2e%2e", ".%2E", ""]),
                max_size=8))
def test_resolved_paths_have_no_dot_segments(segments: list[str]) -> None:
    path = normalise_path("/" + "/".join(segments))
    assert path.startswith("/")
    assert not {".", ".."} & set(path.split("/"))
    assert normalise_path(path) == path
