"""`kiosk store …`: run and administer the central store."""

from __future__ import annotations

import argparse
import getpass
import os
import secrets
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

EXIT_USAGE = 2


def register(commands: Any) -> None:  # noqa: ANN401 - argparse's subparsers action is private
    parser = commands.add_parser("store", help="run and administer the central store")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def add(name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:  # noqa: ANN401
        sub: argparse.ArgumentParser = actions.add_parser(name, help=help_text,
                                                          description=help_text)
        sub.add_argument("--database", metavar="URL",
                         help="database URL (default: from the configuration)")
        sub.set_defaults(handler=handler)
        return sub

    serve = add("serve", "serve the store's HTTP API", run_serve)
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default 8420)")
    serve.add_argument("--workers", type=int, default=1, metavar="N",
                       help="worker processes (default 1; more for PostgreSQL on several "
                       "cores, SQLite gains nothing: it has one writer)")

    add("migrate", "bring the database to the current schema", run_migrate)

    init = add("init", "first set-up: configuration, secret, database, admin account",
               run_init)
    init.add_argument("--admin", default="admin", metavar="LOGIN",
                      help="login of the first administrator (default: admin)")
    init.add_argument("--site", metavar="SLUG", help="also create a first site")
    init.add_argument("--site-name", metavar="NAME", help="name of that site")
    init.add_argument("--timezone", default="Europe/Paris", help="time zone of that site")

    user = actions.add_parser("user", help="staff accounts")
    user_actions = user.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    user_add = user_actions.add_parser("add", help="create a staff account")
    user_add.add_argument("login")
    user_add.add_argument("--role", required=True, choices=("secretariat", "coordinator",
                                                             "admin"))
    user_add.add_argument("--site", metavar="SLUG", help="the account's site (all when absent)")
    user_add.add_argument("--password-stdin", action="store_true",
                          help="read the password from standard input instead of asking")
    user_add.set_defaults(handler=run_user_add)
    user_list = user_actions.add_parser("list", help="list staff accounts")
    user_list.set_defaults(handler=run_user_list)
    user_disable = user_actions.add_parser("disable", help="disable a staff account")
    user_disable.add_argument("login")
    user_disable.set_defaults(handler=run_user_disable)
    for sub in (user_add, user_list, user_disable):
        sub.add_argument("--database", metavar="URL", help="database URL")

    site = actions.add_parser("site", help="sites (places)")
    site_actions = site.add_subparsers(dest="site_action", metavar="ACTION", required=True)
    site_add = site_actions.add_parser("add", help="create a site")
    site_add.add_argument("slug", help="short name: a-z, 0-9 and '-'")
    site_add.add_argument("--name", required=True, help="the place's name, as people say it")
    site_add.add_argument("--timezone", default="Europe/Paris")
    site_add.add_argument("--hours", metavar="FILE", type=Path,
                          help="TOML file with an [opening_hours] table, as in policies")
    site_add.set_defaults(handler=run_site_add)
    site_list = site_actions.add_parser("list", help="list sites")
    site_list.set_defaults(handler=run_site_list)
    site_desk = site_actions.add_parser(
        "desk", help="what the desk offers at a site: durations, pages, the waiting line's hold")
    site_desk.add_argument("slug", help="the site's short name")
    site_desk.add_argument("--durations", metavar="MINUTES",
                           help="the codes' durations, e.g. 30,60,90")
    site_desk.add_argument("--print-pages", type=int, metavar="N",
                           help="pages a new code may print")
    site_desk.add_argument("--scan-pages", type=int, metavar="N",
                           help="pages a new code may scan")
    site_desk.add_argument("--hold-minutes", type=int, metavar="N",
                           help="how long a computer called for a ticket waits")
    site_desk.add_argument("--help-button", choices=("on", "off"),
                           help="guests may ask the reception for help or more time from "
                           "the computer (on by default)")
    site_desk.add_argument("--satisfaction-question", choices=("on", "off"),
                           help="ask guests one anonymous question as they leave "
                           "(counted in the dashboard)")
    site_desk.set_defaults(handler=run_site_desk)
    for sub in (site_add, site_list, site_desk):
        sub.add_argument("--database", metavar="URL", help="database URL")

    station = actions.add_parser("station", help="guest stations")
    station_actions = station.add_subparsers(dest="station_action", metavar="ACTION",
                                             required=True)
    token = station_actions.add_parser(
        "enrol-token", help="a one-time token to enrol a station (kiosk shell enrol)")
    token.add_argument("site", metavar="SITE", help="the site's short name")
    token.add_argument("name", metavar="NAME", help="the station's name, e.g. poste-3")
    token.add_argument("--database", metavar="URL", help="database URL")
    token.set_defaults(handler=run_enrol_token)

    from kiosk.cli import store_policy  # noqa: PLC0415 - it uses this module's helpers

    store_policy.register(actions)

    backup = add("backup", "back up the database into a folder (SQLite's online backup, "
                 "or pg_dump)", run_backup)
    backup.add_argument("folder", type=Path, metavar="FOLDER",
                        help="where the backup goes (created, private)")
    backup.add_argument("--keep", type=int, metavar="N",
                        help="then delete all but the N newest backups there")
    restore = add("restore", "put a backup back in place of the database (stop the store "
                  "first; the schema is brought up to date after)", run_restore)
    restore.add_argument("backup_file", type=Path, metavar="FILE",
                         help="a file kiosk store backup made")
    purge = add("purge", "delete usage events older than the retention (their daily figures stay)",
                run_purge)
    purge.add_argument("--retention-days", type=int, metavar="N",
                       help="keep raw events this many days at sites that set no retention of "
                       "their own (default: from the configuration)")


class CommandError(Exception):
    """A problem the person running the command can fix; printed without a traceback."""


def _settings(args: argparse.Namespace, **overrides: Any) -> Any:  # noqa: ANN401
    from kiosk.store.config import StoreSettings  # noqa: PLC0415 - keeps `kiosk policy` light

    values = {k: v for k, v in overrides.items() if v is not None}
    if getattr(args, "database", None):
        values["database_url"] = args.database
    try:
        return StoreSettings(**values)
    except ValidationError as error:
        lines = [f"  {'.'.join(str(p) for p in e['loc']) or 'settings'}: {e['msg']}"
                 for e in error.errors()]
        raise CommandError("the store's settings are not usable:\n" + "\n".join(lines)) from None


@contextmanager
def _database(args: argparse.Namespace) -> Iterator[tuple[Session, Any]]:
    from kiosk.store.db import (  # noqa: PLC0415
        SchemaOutOfDate,
        check_schema,
        make_engine,
        make_sessionmaker,
    )

    settings = _settings(args)
    engine = make_engine(settings.database_url)
    try:
        check_schema(engine)
        with make_sessionmaker(engine)() as db:
            yield db, settings
            db.commit()
    except SchemaOutOfDate as error:
        raise CommandError(str(error)) from None
    except OperationalError as error:
        raise CommandError(f"cannot use the database: {error.orig}") from None
    finally:
        engine.dispose()


def _now() -> datetime:
    return datetime.now(UTC)


def _guard(handler: Any) -> Any:  # noqa: ANN401
    def run(args: argparse.Namespace) -> int:
        try:
            result: int = handler(args)
        except CommandError as error:
            print(f"kiosk store: {error}", file=sys.stderr)
            return EXIT_USAGE
        except ValueError as error:
            print(f"kiosk store: {error}", file=sys.stderr)
            return EXIT_USAGE
        return result
    return run


@_guard
def run_migrate(args: argparse.Namespace) -> int:
    from kiosk.store.db import current_revision, make_engine, migrate  # noqa: PLC0415

    settings = _settings(args)
    try:
        migrate(settings.database_url)
    except OperationalError as error:
        raise CommandError(f"cannot use the database: {error.orig}") from None
    engine = make_engine(settings.database_url)
    print(f"database schema at {current_revision(engine)}")
    engine.dispose()
    return 0


# Longer than the stations' heartbeat interval (10 s), so that each station keeps its
# connection from one heartbeat to the next instead of opening one every time.
KEEP_ALIVE_SECONDS = 30


@_guard
def run_serve(args: argparse.Namespace) -> int:
    import uvicorn  # noqa: PLC0415

    from kiosk.store.app import create_app  # noqa: PLC0415
    from kiosk.store.db import SchemaOutOfDate  # noqa: PLC0415

    if args.workers < 1:
        raise CommandError("--workers must be at least 1")
    settings = _settings(args, host=args.host, port=args.port)
    try:
        app = create_app(settings)
    except SchemaOutOfDate as error:
        raise CommandError(str(error)) from None
    except OperationalError as error:
        raise CommandError(f"cannot use the database: {error.orig}") from None
    print(f"kiosk store: serving on http://{settings.host}:{settings.port}/api/v1/ "
          f"(API document at /api/v1/openapi.json)", file=sys.stderr)
    if args.workers > 1:
        # Worker processes build their own application from the same settings.
        os.environ.update(KIOSK_DATABASE_URL=settings.database_url, KIOSK_HOST=settings.host,
                          KIOSK_PORT=str(settings.port))
        uvicorn.run("kiosk.store.app:app_from_environment", factory=True,
                    workers=args.workers, host=settings.host, port=settings.port,
                    log_level="info", access_log=settings.access_log, server_header=False,
                    timeout_keep_alive=KEEP_ALIVE_SECONDS)
        return 0
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info",
                access_log=settings.access_log, server_header=False,
                timeout_keep_alive=KEEP_ALIVE_SECONDS)
    return 0


@_guard
def run_init(args: argparse.Namespace) -> int:
    from kiosk.store.config import default_config_path, default_database_url  # noqa: PLC0415
    from kiosk.store.db import migrate  # noqa: PLC0415

    config_path = default_config_path()
    existing: dict[str, Any] = {}
    if config_path.is_file():
        existing = tomllib.loads(config_path.read_text(encoding="utf-8"))
    database_url = args.database or os.environ.get("KIOSK_DATABASE_URL") or existing.get(
        "database_url") or default_database_url()
    changed = not config_path.is_file() or existing.get("database_url") != database_url
    if "secret_key" not in existing and not os.environ.get("KIOSK_SECRET_KEY"):
        existing["secret_key"] = secrets.token_urlsafe(48)
        changed = True
    if changed:
        # A configuration that already says all this (the packages write one) stays as it
        # is, with its owner and mode.
        existing["database_url"] = database_url
        config_path.parent.mkdir(parents=True, exist_ok=True)
        content = "".join(f"{key} = {_toml_string(str(value))}\n"
                          for key, value in existing.items())
        try:
            fd = os.open(config_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        except OSError as error:
            raise CommandError(f"cannot write {config_path}: {error.strerror}") from None
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("# Settings of the kiosk store (`kiosk store --help`). Keep this file "
                         "private: it holds the secret.\n" + content)
    print(f"configuration: {config_path}")
    try:
        migrate(database_url)
    except OperationalError as error:
        raise CommandError(f"cannot use the database: {error.orig}") from None
    print(f"database: {database_url.split('@')[-1]} (schema up to date)")
    args.database = database_url
    with _database(args) as (db, _):
        from kiosk.store.models import StaffUser  # noqa: PLC0415
        from kiosk.store.services import sites, staff  # noqa: PLC0415

        if args.site:
            site = sites.add_site(db, slug=args.site, name=args.site_name or args.site,
                                  timezone=args.timezone, now=_now())
            print(f"site: {site.slug} ({site.name})")
        if db.query(StaffUser).filter_by(login=args.admin).first() is None:
            password = os.environ.get("KIOSK_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            staff.add_user(db, login=args.admin, password=password, role="admin", site_id=None,
                           now=_now())
            print(f"administrator: {args.admin}")
            if "KIOSK_ADMIN_PASSWORD" not in os.environ:
                print(f"  password: {password}   (shown once: write it down now)")
        else:
            print(f"administrator: {args.admin} (already there)")
    print("next: kiosk store serve")
    return 0


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


@_guard
def run_user_add(args: argparse.Namespace) -> int:
    from kiosk.store.errors import StoreError  # noqa: PLC0415
    from kiosk.store.services import staff  # noqa: PLC0415
    from kiosk.store.services.common import site_by_slug  # noqa: PLC0415

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            raise CommandError("the two passwords differ")
    else:
        raise CommandError("give the password with --password-stdin")
    with _database(args) as (db, _):
        try:
            site_id = site_by_slug(db, args.site).id if args.site else None
            staff.add_user(db, login=args.login, password=password, role=args.role,
                           site_id=site_id, now=_now())
        except StoreError as error:
            raise CommandError(
                "no such site" if error.code == "site-unknown" else "that login exists already"
            ) from None
    print(f"added {args.role} {args.login.strip().lower()}")
    return 0


@_guard
def run_user_list(args: argparse.Namespace) -> int:
    from kiosk.store.models import Site  # noqa: PLC0415
    from kiosk.store.services import staff  # noqa: PLC0415

    with _database(args) as (db, _):
        slugs = {site.id: site.slug for site in db.query(Site)}
        print(f"{'login':<24}{'role':<14}{'site':<20}state")
        for user in staff.list_users(db):
            site = slugs.get(user.site_id, "") if user.site_id else "(all)"
            print(f"{user.login:<24}{user.role:<14}{site:<20}"
                  f"{'disabled' if user.disabled else 'active'}")
    return 0


@_guard
def run_user_disable(args: argparse.Namespace) -> int:
    from kiosk.store.services import staff  # noqa: PLC0415

    with _database(args) as (db, _):
        if not staff.disable_user(db, login=args.login, now=_now()):
            raise CommandError(f"no account {args.login!r}")
    print(f"disabled {args.login}")
    return 0


@_guard
def run_site_add(args: argparse.Namespace) -> int:
    from kiosk.store.services import sites  # noqa: PLC0415

    hours = None
    timezone = args.timezone
    if args.hours is not None:
        try:
            document = tomllib.loads(args.hours.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise CommandError(f"cannot read {args.hours}: {error}") from None
        hours = dict(document.get("opening_hours", document))
        timezone = str(hours.pop("timezone", timezone))
        hours["closed_dates"] = [str(d) for d in hours.get("closed_dates", [])]
    with _database(args) as (db, _):
        site = sites.add_site(db, slug=args.slug, name=args.name, timezone=timezone,
                              hours=hours, now=_now())
    print(f"added site {site.slug} ({site.name})")
    return 0


@_guard
def run_site_desk(args: argparse.Namespace) -> int:
    from kiosk.store.errors import StoreError  # noqa: PLC0415
    from kiosk.store.services import sites  # noqa: PLC0415
    from kiosk.store.services.common import site_by_slug  # noqa: PLC0415

    try:
        durations = ([int(part) for part in args.durations.split(",") if part.strip()]
                     if args.durations else None)
    except ValueError:
        raise CommandError("--durations: minutes separated by commas, e.g. 30,60,90") from None
    with _database(args) as (db, _):
        try:
            site = site_by_slug(db, args.slug)
        except StoreError:
            raise CommandError(f"no site {args.slug!r} (kiosk store site list)") from None
        try:
            settings = sites.set_desk_settings(
                db, site=site, durations=durations, print_quota=args.print_pages,
                scan_quota=args.scan_pages, hold_minutes=args.hold_minutes,
                satisfaction_question=(None if args.satisfaction_question is None
                                       else args.satisfaction_question == "on"),
                help_button=None if args.help_button is None else args.help_button == "on",
                now=_now())
        except ValueError as error:
            raise CommandError(str(error)) from None
    print(f"desk at {args.slug}: durations {', '.join(map(str, settings['durations']))} min, "
          f"{settings['print_quota']} pages to print, {settings['scan_quota']} to scan, "
          f"tickets held {settings['hold_minutes']} min, satisfaction question "
          f"{'on' if settings['satisfaction_question'] else 'off'}")
    return 0


@_guard
def run_site_list(args: argparse.Namespace) -> int:
    from kiosk.store.services import sites  # noqa: PLC0415

    with _database(args) as (db, _):
        for site in sites.list_sites(db):
            print(f"{site.slug:<24}{site.timezone:<20}{site.name}")
    return 0


@_guard
def run_enrol_token(args: argparse.Namespace) -> int:
    from kiosk.store.errors import StoreError  # noqa: PLC0415
    from kiosk.store.services import stations  # noqa: PLC0415
    from kiosk.store.services.common import site_by_slug  # noqa: PLC0415

    with _database(args) as (db, settings):
        try:
            site = site_by_slug(db, args.site)
        except StoreError:
            raise CommandError(f"no site {args.site!r} (kiosk store site list)") from None
        token, expires = stations.create_enrol_token(db, settings=settings, site=site,
                                                     station_name=args.name, now=_now())
    print(token)
    print(f"valid until {expires:%Y-%m-%d %H:%M} UTC, once: on the station run "
          f"sudo kiosk-station-enrol --store URL --token {token[:6]}… (a packaged station) "
          "or kiosk shell enrol --store URL --token …", file=sys.stderr)
    return 0


@_guard
def run_purge(args: argparse.Namespace) -> int:
    from kiosk.store.services import events  # noqa: PLC0415

    with _database(args) as (db, settings):
        days = args.retention_days or settings.retention_days
        if days < 1:
            raise CommandError("--retention-days must be at least 1")
        folded, turned = events.purge(db, retention_days=days, now=_now())
    print(f"deleted {folded} events and {turned} turned-away records older than "
          f"{days} days")
    return 0


@_guard
def run_backup(args: argparse.Namespace) -> int:
    from kiosk.store.backup import BackupError, backup  # noqa: PLC0415

    if args.keep is not None and args.keep < 1:
        raise CommandError("--keep must be at least 1")
    settings = _settings(args)
    try:
        made = backup(settings.database_url, args.folder, now=_now().astimezone(),
                      keep=args.keep)
    except (BackupError, OSError) as error:
        raise CommandError(f"no backup made: {error}") from None
    print(f"backup: {made.path} ({made.size} bytes)")
    return 0


@_guard
def run_restore(args: argparse.Namespace) -> int:
    from kiosk.store.backup import BackupError, restore  # noqa: PLC0415
    from kiosk.store.db import migrate  # noqa: PLC0415

    settings = _settings(args)
    try:
        restore(settings.database_url, args.backup_file)
        migrate(settings.database_url)
    except (BackupError, OSError) as error:
        raise CommandError(f"nothing restored: {error}") from None
    except OperationalError as error:
        raise CommandError(f"restored, but the schema cannot be brought up to date: "
                           f"{error.orig}") from None
    print(f"restored {args.backup_file.name}; the schema is up to date: start the store")
    return 0
