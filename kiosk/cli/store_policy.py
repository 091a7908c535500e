"""`kiosk store policy …`: each site's whitelist policy, kept in the store and delivered to
its stations by their heartbeats."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.cli.store import EXIT_USAGE, CommandError, _database, _guard, _now


def register(actions: Any) -> None:  # noqa: ANN401 - argparse's subparsers action is private
    policy = actions.add_parser(
        "policy", help="sites' whitelist policies, versioned and delivered to their stations")
    policy_actions = policy.add_subparsers(dest="policy_action", metavar="ACTION",
                                           required=True)
    publish = policy_actions.add_parser(
        "publish", help="validate a policy file, keep it as the site's next version and "
        "publish it: stations run it from their next session")
    publish.add_argument("site", metavar="SITE", help="the site's short name")
    publish.add_argument("file", metavar="FILE", type=Path, help="the policy (TOML)")
    publish.add_argument("--note", default="", help="a word on what changed")
    publish.set_defaults(handler=run_publish)
    listing = policy_actions.add_parser("list", help="the site's versions, newest first")
    listing.add_argument("site", metavar="SITE", help="the site's short name")
    listing.set_defaults(handler=run_list)
    use = policy_actions.add_parser(
        "use", help="publish a version kept earlier (to go back to it)")
    use.add_argument("site", metavar="SITE", help="the site's short name")
    use.add_argument("version", metavar="VERSION", type=int, help="its number (policy list)")
    use.set_defaults(handler=run_use)
    show = policy_actions.add_parser("show", help="print a version's text")
    show.add_argument("site", metavar="SITE", help="the site's short name")
    show.add_argument("version", metavar="VERSION", type=int, nargs="?",
                      help="its number (default: the published one)")
    show.set_defaults(handler=run_show)
    for sub in (publish, listing, use, show):
        sub.add_argument("--database", metavar="URL", help="database URL")


def _site(db: Any, slug: str) -> Any:  # noqa: ANN401 - a Site of the store
    from kiosk.store.errors import StoreError  # noqa: PLC0415
    from kiosk.store.services.common import site_by_slug  # noqa: PLC0415

    try:
        return site_by_slug(db, slug)
    except StoreError:
        raise CommandError(f"no site {slug!r} (kiosk store site list)") from None


def _refused(error: Any) -> int:  # noqa: ANN401 - a PolicyError
    for problem in error.problems:
        print(f"error: {problem}", file=sys.stderr)
    count = len(error.problems)
    print(f"kiosk store: the policy has {count} problem{'s' if count > 1 else ''}; "
          "nothing was published", file=sys.stderr)
    return EXIT_USAGE


@_guard
def run_publish(args: argparse.Namespace) -> int:
    from kiosk.core.policy import PolicyError  # noqa: PLC0415
    from kiosk.store.services import policies  # noqa: PLC0415

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"cannot read {args.file}: {error}") from None
    with _database(args) as (db, _):
        site = _site(db, args.site)
        try:
            kept = policies.keep(db, site=site, text=text, now=_now(), note=args.note)
            policies.publish(db, site=site, version=kept.version, now=_now())
        except PolicyError as error:
            db.rollback()
            return _refused(_with_source(error, str(args.file)))
    print(f"{args.site}: version {kept.version} published ({kept.digest[:12]}); its stations "
          "take it at their next heartbeat and run it from their next session")
    return 0


def _with_source(error: Any, source: str) -> Any:  # noqa: ANN401 - a PolicyError
    """Problems named by the file the administrator gave, as `kiosk policy check` does."""
    from kiosk.core.policy import PolicyError, Problem  # noqa: PLC0415

    return PolicyError([Problem(source, p.line, p.message) for p in error.problems])


@_guard
def run_list(args: argparse.Namespace) -> int:
    from kiosk.store.services import policies  # noqa: PLC0415

    with _database(args) as (db, _):
        site = _site(db, args.site)
        kept = policies.versions(db, site=site)
        if not kept:
            print(f"{args.site}: no policy kept yet (kiosk store policy publish)")
        for item in kept:
            mark = "published" if item.version == site.policy_version else ""
            print(f"{item.version:>4}  {item.created_at:%Y-%m-%d %H:%M}  {item.digest[:12]}  "
                  f"{mark:<10}{item.note}")
    return 0


@_guard
def run_use(args: argparse.Namespace) -> int:
    from kiosk.core.policy import PolicyError  # noqa: PLC0415
    from kiosk.store.errors import StoreError  # noqa: PLC0415
    from kiosk.store.services import policies  # noqa: PLC0415

    with _database(args) as (db, _):
        site = _site(db, args.site)
        try:
            chosen = policies.publish(db, site=site, version=args.version, now=_now())
        except StoreError:
            raise CommandError(f"{args.site} has no version {args.version} "
                               "(kiosk store policy list)") from None
        except PolicyError as error:
            db.rollback()
            return _refused(error)
    print(f"{args.site}: version {chosen.version} published ({chosen.digest[:12]})")
    return 0


@_guard
def run_show(args: argparse.Namespace) -> int:
    from kiosk.store.services import policies  # noqa: PLC0415

    with _database(args) as (db, _):
        site = _site(db, args.site)
        wanted = args.version or site.policy_version
        found = next((p for p in policies.versions(db, site=site) if p.version == wanted),
                     None)
        if found is None:
            raise CommandError(f"{args.site} has no version {wanted or '(none published)'}")
        sys.stdout.write(found.text)
    return 0
