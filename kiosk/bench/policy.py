"""How long one whitelist decision takes, over a realistic mix of addresses.

The mix imitates what a guest session sends through the three gates: mostly pages and
sub-requests of listed sites, lookalike and unlisted hosts, and a share of odd spellings
(upper case, trailing dots, ports, escapes, backslashes) that take the general parser.
"""

from __future__ import annotations

import gc
import random
import statistics
import time
from dataclasses import dataclass

from kiosk.core.policy import Policy, RequestKind

_PATHS = ("", "/", "/espace-personnel", "/connexion?redirect=%2Fmon-compte",
          "/static/js/app.3f9c2.js", "/images/logo.svg", "/api/v1/droits", "/aide#contact")
_ODD = ("https://WWW.{host}./", "https://{host}:443/a/./b/../c", "https://{host}/%2e%2e/x",
        "https:\\\\{host}\\espace", "  https://{host}/\t", "https://{host}/caf%C3%A9",
        "HTTPS://{host}/")
_DENIED = ("https://{host}.evil.example/", "https://evil{host}/", "https://{host}@evil.example/",
           "http://{host}/", "https://{host}:8443/", "https://unlisted.example/page",
           "https://192.168.1.12/", "https://0x7f.0.0.1/")
_OTHER = ("about:blank", "file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi",
          "blob:https://www.caf.fr/6b1d0e4c", "chrome://settings", "view-source:https://x.fr/")


@dataclass(frozen=True)
class PolicyBenchResult:
    count: int
    median_us: float
    p99_us: float
    mean_us: float
    decisions_per_s: float


def make_urls(policy: Policy, count: int, seed: int = 20261124) -> list[tuple[str, RequestKind]]:
    rng = random.Random(seed)
    hosts = [pattern.text.replace("*.", "www.", 1).split("/")[0]
             for site in policy.sites for pattern in site.allow]
    resource_hosts = [pattern.text.replace("*.", "static.", 1).split("/")[0]
                      for site in policy.sites for pattern in site.resources] or hosts
    urls: list[tuple[str, RequestKind]] = []
    for _ in range(count):
        roll = rng.random()
        host = rng.choice(hosts)
        if roll < 0.45:
            urls.append((f"https://{host}{rng.choice(_PATHS)}", RequestKind.NAVIGATION))
        elif roll < 0.70:
            urls.append((f"https://{host}{rng.choice(_PATHS)}", RequestKind.SUBRESOURCE))
        elif roll < 0.78:
            urls.append((f"https://{rng.choice(resource_hosts)}/r.js", RequestKind.SUBRESOURCE))
        elif roll < 0.90:
            urls.append((rng.choice(_DENIED).format(host=host), RequestKind.NAVIGATION))
        elif roll < 0.97:
            urls.append((rng.choice(_ODD).format(host=host), RequestKind.NAVIGATION))
        else:
            urls.append((rng.choice(_OTHER), RequestKind.NAVIGATION))
    return urls


def run(policy: Policy, count: int) -> PolicyBenchResult:
    urls = make_urls(policy, count)
    decide = policy.decide
    for url, kind in urls[:2000]:  # warm the host cache and the regular expressions
        decide(url, kind)
    clock = time.perf_counter_ns
    timings = [0] * len(urls)
    gc.disable()
    try:
        for index, (url, kind) in enumerate(urls):
            start = clock()
            decide(url, kind)
            timings[index] = clock() - start
    finally:
        gc.enable()
    timings.sort()
    total_s = sum(timings) / 1e9
    return PolicyBenchResult(
        count=len(urls),
        median_us=statistics.median(timings) / 1000,
        p99_us=timings[min(len(timings) - 1, int(len(timings) * 0.99))] / 1000,
        mean_us=total_s * 1e6 / len(urls),
        decisions_per_s=len(urls) / total_s,
    )
