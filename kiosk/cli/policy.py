"""`kiosk policy …`: check addresses against a policy, and show what a policy allows."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from kiosk.core.hours import WEEKDAYS
from kiosk.core.policy import Policy, PolicyError, RequestKind, load_policy
from kiosk.paths import default_policy_path

EXIT_BAD_POLICY = 2


def register(commands: Any) -> None:  # noqa: ANN401 - argparse's subparsers action is private
    parser = commands.add_parser("policy", help="check addresses against a whitelist policy")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    check = actions.add_parser(
        "check",
        help="say, for each URL, whether the policy allows it",
        description="Print one line per URL: allow<TAB>SITE_ID<TAB>URL or "
        "deny<TAB>REASON<TAB>URL. Without URLs, read them one per line from standard input.",
    )
    _add_policy_option(check)
    check.add_argument("--subresource", action="store_true",
                       help="decide as a sub-request of a page (image, script…), not a page")
    check.add_argument("urls", nargs="*", metavar="URL")
    check.set_defaults(handler=run_check)

    show = actions.add_parser("show", help="validate a policy and list its sites")
    _add_policy_option(show)
    show.set_defaults(handler=run_show)


def _add_policy_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--policy", metavar="FILE", default=None,
                        help="policy file (default: policies/default.toml)")


def load_or_report(path: str | None) -> Policy | None:
    try:
        return load_policy(path or default_policy_path())
    except PolicyError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        count = len(error.problems)
        print(f"kiosk: the policy has {count} problem{'s' if count > 1 else ''}; "
              "nothing was checked", file=sys.stderr)
        return None


def _printable(url: str) -> str:
    # Keep one URL on one output line whatever it contains.
    return "".join(f"%{ord(c):02X}" if ord(c) < 0x20 or ord(c) == 0x7F else c for c in url)


def _stdin_urls() -> Iterator[str]:
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    lines: Iterable[str] = (
        (raw.decode("utf-8", errors="replace") for raw in stream) if stream else sys.stdin
    )
    for line in lines:
        url = line.rstrip("\r\n")
        if url.strip():
            yield url


def run_check(args: argparse.Namespace) -> int:
    policy = load_or_report(args.policy)
    if policy is None:
        return EXIT_BAD_POLICY
    kind = RequestKind.SUBRESOURCE if args.subresource else RequestKind.NAVIGATION
    urls: Iterable[str] = args.urls or _stdin_urls()
    out = sys.stdout
    for url in urls:
        decision = policy.decide(url, kind)
        if decision.allowed:
            out.write(f"allow\t{decision.site_id or '-'}\t{_printable(url)}\n")
        else:
            out.write(f"deny\t{decision.reason}\t{_printable(url)}\n")
    out.flush()
    return 0


def run_show(args: argparse.Namespace) -> int:
    policy = load_or_report(args.policy)
    if policy is None:
        return EXIT_BAD_POLICY
    session = policy.session
    print(f"Policy: {policy.name}")
    print(f"File:   {policy.source} (version {policy.digest[:12]})")
    print(f"Session: warnings at {', '.join(str(m) for m in session.warning_minutes)} min; "
          f"idle after {int(session.idle_timeout.total_seconds() // 60)} min, "
          f"{int(session.idle_grace.total_seconds())} s to answer; "
          f"final countdown {int(session.end_countdown.total_seconds())} s")
    if policy.hours is None:
        print("Opening hours: none set in the policy")
    else:
        print(f"Opening hours ({policy.hours.timezone}):")
        for day, intervals in zip(WEEKDAYS, policy.hours.weekly, strict=True):
            print(f"  {day:<9} {', '.join(str(i) for i in intervals) or 'closed'}")
    print(f"Sites ({len(policy.sites)}):")
    for site in policy.sites:
        print(f"  {site.id:<28} {site.title}")
        print(f"  {'':<28} home: {site.home}")
        print(f"  {'':<28} allow: {', '.join(p.text for p in site.allow)}")
        if site.resources:
            print(f"  {'':<28} resources: {', '.join(p.text for p in site.resources)}")
    return 0
