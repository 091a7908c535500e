"""Administration pages: each site's whitelist policy (edited, checked, published, compared
and gone back to) and its computers (enrolled, renamed, moved, put out of order, removed),
from the browser. Coordinators read; administrators change."""

from __future__ import annotations

import difflib
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from kiosk.core.hours import WEEKDAYS, parse_interval
from kiosk.core.policy import Policy, PolicyError, RequestKind, parse_policy
from kiosk.paths import default_policy_path
from kiosk.store.dashboard.i18n import N_
from kiosk.store.dashboard.web import (
    PREFIX,
    Refused,
    Viewer,
    checked_form,
    gettext,
    redirect,
    render,
    viewer,
)
from kiosk.store.dbwork import DatabaseWork
from kiosk.store.errors import StoreError
from kiosk.store.models import AuditEntry, Site, SitePolicy, StaffUser, Station
from kiosk.store.services import policies, sites, staff, stations

router = APIRouter(prefix=PREFIX + "/admin", include_in_schema=False)

MAX_PREVIEW_URLS = 50
# Why the engine refuses an address, as the preview says it (the engine's DENY_REASONS).
DENY_LABELS = {
    "empty-url": N_("the address is empty"),
    "not-absolute": N_("the address has no scheme (https://…)"),
    "scheme-not-allowed": N_("this kind of address is never allowed"),
    "blob-navigation": N_("this kind of address is never allowed"),
    "credentials-in-url": N_("the address carries a user name or a password"),
    "malformed-host": N_("the host name is not valid"),
    "bad-port": N_("the port is not valid"),
    "ip-literal": N_("an IP address the list does not name"),
    "localhost": N_("the computer itself, which the list does not name"),
    "resource-only": N_("allowed inside a page only, never as a page"),
    "not-whitelisted": N_("no site of the list allows this address"),
}


@dataclass(frozen=True)
class Problem:
    line: int
    message: str


@dataclass(frozen=True)
class Checked:
    """What the engine said of a draft."""

    policy: Policy | None
    problems: list[Problem]
    preview: list[tuple[str, bool, str]]  # url, allowed, the site or the reason


def _work(request: Request) -> DatabaseWork:
    work: DatabaseWork = request.app.state.work
    return work


async def _reader(request: Request) -> Viewer:
    who = await viewer(request)
    if not who.sees_figures:
        raise Refused(403, N_("This page is for coordinators and administrators."))
    return who


async def _changer(request: Request) -> Viewer:
    who = await viewer(request)
    if not who.is_admin:
        raise Refused(403, N_("Only an administrator can change this."))
    return who


def _site_of(who: Viewer, slug: str | None) -> Site:
    """The site asked for, within the account's scope (its only site, or the first)."""
    if not who.sites:
        raise Refused(404, N_("There is no place yet."))
    if not slug:
        return who.sites[0]
    for site in who.sites:
        if site.slug == slug:
            return site
    raise Refused(403, N_("Your account does not give access to this place."))


def check(text: str, urls: str, source: str) -> Checked:
    """Validate a draft with the core engine, and decide the preview's addresses with it."""
    try:
        policy = parse_policy(text, source=source)
    except PolicyError as error:
        return Checked(None, [Problem(p.line, p.message) for p in error.problems], [])
    preview: list[tuple[str, bool, str]] = []
    for url in [u.strip() for u in urls.splitlines() if u.strip()][:MAX_PREVIEW_URLS]:
        decision = policy.decide(url, RequestKind.NAVIGATION)
        if decision.allowed:
            allowing = policy.site(decision.site_id) if decision.site_id else None
            preview.append((url, True, allowing.title if allowing else "about:blank"))
        else:
            preview.append((url, False, decision.reason or ""))
    return Checked(policy, [], preview)


def _diff(older: SitePolicy, newer: SitePolicy) -> list[tuple[str, str]]:
    """The unified difference between two versions, each line with its kind."""
    lines = difflib.unified_diff(older.text.splitlines(), newer.text.splitlines(),
                                 fromfile=f"version {older.version}",
                                 tofile=f"version {newer.version}", lineterm="", n=2)
    kinds = []
    for line in lines:
        if line.startswith(("+++", "---")):
            kinds.append(("file", line))
        elif line.startswith("@@"):
            kinds.append(("hunk", line))
        elif line.startswith("+"):
            kinds.append(("added", line))
        elif line.startswith("-"):
            kinds.append(("removed", line))
        else:
            kinds.append(("same", line))
    return kinds


def _history(db: Session, site: Site) -> list[tuple[SitePolicy, str | None]]:
    rows = db.execute(select(SitePolicy, StaffUser.login)
                      .outerjoin(StaffUser, StaffUser.id == SitePolicy.created_by)
                      .where(SitePolicy.site_id == site.id)
                      .order_by(SitePolicy.version.desc())).all()
    return [(kept, login) for kept, login in rows]


def _installed_text() -> str:
    try:
        return default_policy_path().read_text(encoding="utf-8")
    except OSError:
        return ""


async def _page(request: Request, who: Viewer, site: Site, *, status: int = 200,
                draft: str | None = None, note: str = "", urls: str = "",
                checked: Checked | None = None, message: str | None = None) -> Response:
    params = request.query_params
    shown_version = _int(params.get("version"))
    compare = _int(params.get("compare"))

    def read(db: Session) -> dict[str, Any]:
        fresh = db.get_one(Site, site.id)
        history = _history(db, fresh)
        by_version = {kept.version: kept for kept, _login in history}
        shown = by_version.get(shown_version or fresh.policy_version or 0)
        diff = None
        if shown is not None and compare in by_version and compare != shown.version:
            older, newer = sorted((by_version[compare], shown), key=lambda k: k.version)
            diff = _diff(older, newer)
        return {"history": history, "published": fresh.policy_version, "shown": shown,
                "diff": diff, "compare": compare}

    context = await _work(request).read(read)
    shown: SitePolicy | None = context["shown"]
    text = draft if draft is not None else (shown.text if shown else _installed_text())
    f = gettext(request)
    return render(request, "admin_policies.html", status=status, viewer=who, site=site,
                  draft=text, note=note, urls=urls, checked=checked, message=message,
                  deny_labels={k: f.gettext(v) for k, v in DENY_LABELS.items()},
                  **context)


def _int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() and len(text) < 9 else None


@router.get("/policies")
async def policies_page(request: Request) -> Response:
    who = await _reader(request)
    site = _site_of(who, request.query_params.get("site"))
    published = _int(request.query_params.get("published"))
    message = None
    if published is not None:
        message = gettext(request).gettext(
            "Version %(version)s is published: the computers take it at their next heartbeat "
            "and run it from their next session.") % {"version": published}
    return await _page(request, who, site, message=message)


def _text_field(form: FormData, name: str, limit: int) -> str:
    value = form.get(name, "")
    text = value if isinstance(value, str) else ""
    return text.replace("\r\n", "\n")[:limit]


@router.post("/policies/check")
async def check_draft(request: Request) -> Response:
    who = await _reader(request)
    form = await checked_form(request)
    site = _site_of(who, str(form.get("site", "")))
    draft = _text_field(form, "text", policies.MAX_POLICY_BYTES)
    urls = _text_field(form, "urls", 20_000)
    checked = check(draft, urls, f"{site.slug} (draft)")
    return await _page(request, who, site, status=200 if checked.policy else 422, draft=draft,
                       note=_text_field(form, "note", 200), urls=urls, checked=checked)


@router.post("/policies/publish")
async def publish_draft(request: Request) -> Response:
    who = await _changer(request)
    form = await checked_form(request)
    site = _site_of(who, str(form.get("site", "")))
    draft = _text_field(form, "text", policies.MAX_POLICY_BYTES + 1)
    note = _text_field(form, "note", 200)
    urls = _text_field(form, "urls", 20_000)
    checked = check(draft, urls, f"{site.slug} (draft)")
    if checked.policy is None:
        # A policy with a problem is never published: the page says where, the draft stays.
        return await _page(request, who, site, status=422, draft=draft, note=note, urls=urls,
                           checked=checked)
    now = request.app.state.clock()

    def publish(db: Session) -> int:
        fresh = db.get_one(Site, site.id)
        kept = policies.keep(db, site=fresh, text=draft, now=now, by=who.user.id, note=note)
        policies.publish(db, site=fresh, version=kept.version, now=now, by=who.user.id)
        db.commit()
        return kept.version

    try:
        version = await _work(request).write(publish)
    except ValueError:
        raise Refused(422, N_("This list is too long: 512 KiB at most.")) from None
    request.app.state.directory.site_changed(site.id)
    return redirect(request, f"{PREFIX}/admin/policies?site={site.slug}&published={version}")


@router.post("/policies/use")
async def use_version(request: Request) -> Response:
    who = await _changer(request)
    form = await checked_form(request)
    site = _site_of(who, str(form.get("site", "")))
    version = _int(str(form.get("version", "")))
    now = request.app.state.clock()

    def publish(db: Session) -> int:
        if version is None:
            raise StoreError("policy-unknown")
        fresh = db.get_one(Site, site.id)
        chosen = policies.publish(db, site=fresh, version=version, now=now, by=who.user.id)
        db.commit()
        return chosen.version

    try:
        done = await _work(request).write(publish)
    except StoreError:
        raise Refused(404, N_("This version does not exist.")) from None
    except PolicyError:
        raise Refused(422, N_("This version no longer passes the checks of this server: it "
                              "cannot be published.")) from None
    request.app.state.directory.site_changed(site.id)
    return redirect(request, f"{PREFIX}/admin/policies?site={site.slug}&published={done}")


_SERVICE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


@router.post("/policies/add-service")
async def add_service(request: Request) -> Response:
    """The common case without writing TOML: a service's title, description, home page and
    hosts become a [[site]] block at the end of the draft, which is then checked."""
    who = await _reader(request)
    form = await checked_form(request)
    site = _site_of(who, str(form.get("site", "")))
    draft = _text_field(form, "text", policies.MAX_POLICY_BYTES)
    fields = {name: _text_field(form, name, 500).strip()
              for name in ("service_id", "title", "description", "home", "hosts")}
    hosts = [h for h in re.split(r"[\s,]+", fields["hosts"]) if h]
    f = gettext(request)
    missing = [label for name, label in (("service_id", N_("its short name")),
                                         ("title", N_("its title")),
                                         ("home", N_("its home page")))
               if not fields[name]]
    if missing or not hosts:
        problems = [Problem(0, f.gettext("Give %(what)s.") % {"what": f.gettext(m)})
                    for m in missing]
        if not hosts:
            problems.append(Problem(0, f.gettext("Give at least one host, such as "
                                                 "www.caf.fr.")))
        return await _page(request, who, site, status=422, draft=draft,
                           checked=Checked(None, problems, []))
    if not _SERVICE_ID.fullmatch(fields["service_id"]):
        return await _page(request, who, site, status=422, draft=draft, checked=Checked(
            None, [Problem(0, f.gettext("The short name uses only a-z, 0-9 and '-'."))], []))
    block = (f"\n[[site]]\nid = {json.dumps(fields['service_id'])}\n"
             f"title = {json.dumps(fields['title'], ensure_ascii=False)}\n"
             f"description = {json.dumps(fields['description'], ensure_ascii=False)}\n"
             f"home = {json.dumps(fields['home'])}\n"
             f"allow = [{', '.join(json.dumps(h) for h in hosts)}]\n")
    draft = draft.rstrip("\n") + "\n" + block
    checked = check(draft, fields["home"], f"{site.slug} (draft)")
    return await _page(request, who, site, status=200 if checked.policy else 422,
                       draft=draft, urls=fields["home"], checked=checked)


# -- stations -----------------------------------------------------------------------------------

STATION_ERRORS = {
    "station-unknown": N_("This computer does not exist (any more) at this place."),
    "station-name-taken": N_("Another computer of this place already has this name."),
    "station-busy": N_("A session is running on this computer: wait until it ends."),
}


async def _stations_page(request: Request, who: Viewer, site: Site, *, status: int = 200,
                         message: str | None = None, problem: str | None = None,
                         enrolled: dict[str, str] | None = None,
                         confirm: Station | None = None) -> Response:
    settings = request.app.state.settings
    now = request.app.state.clock()

    def read(db: Session) -> dict[str, Any]:
        rows = list(db.scalars(select(Station).where(Station.site_id == site.id)
                               .order_by(Station.revoked, Station.name)))
        return {"stations": rows}

    context = await _work(request).read(read)
    online_after = now - timedelta(seconds=settings.station_offline_seconds)
    return render(request, "admin_stations.html", status=status, viewer=who, site=site,
                  message=message, problem=problem, enrolled=enrolled, confirm=confirm,
                  online_after=online_after, **context)


@router.get("/stations")
async def stations_page(request: Request) -> Response:
    who = await _reader(request)
    return await _stations_page(request, who, _site_of(who, request.query_params.get("site")))


@router.post("/stations/enrol")
async def enrol_station(request: Request) -> Response:
    who = await _changer(request)
    form = await checked_form(request)
    site = _site_of(who, str(form.get("site", "")))
    name = _text_field(form, "name", 200).strip()
    settings = request.app.state.settings
    now = request.app.state.clock()
    f = gettext(request)
    if not name or len(name) > 100:
        return await _stations_page(request, who, site, status=422, problem=f.gettext(
            "Give the computer a name of 1 to 100 characters, such as poste-3."))

    def make(db: Session) -> tuple[str, datetime]:
        fresh = db.get_one(Site, site.id)
        token, expires = stations.create_enrol_token(db, settings=settings, site=fresh,
                                                     station_name=name, now=now,
                                                     by=who.user.id)
        db.commit()
        return token, expires

    token, expires = await _work(request).write(make)
    store_url = str(request.base_url).rstrip("/")
    enrolled = {"name": name, "token": token,
                "command": f"kiosk shell enrol --store {store_url} --token {token}",
                "expires": f.moment(expires.astimezone(ZoneInfo(site.timezone)))}
    return await _stations_page(request, who, site, enrolled=enrolled)


async def _station_change(request: Request, change: Callable[[Session, Station, Site, FormData],
                                                             str]) -> Response:
    """Run one change on one of the site's computers, then show the page again, saying what
    was done or why not."""
    who = await _changer(request)
    form = await checked_form(request)
    site = _site_of(who, str(form.get("site", "")))
    station_id = _int(str(form.get("station", "")))
    f = gettext(request)

    def run(db: Session) -> str:
        fresh = db.get_one(Site, site.id)
        if station_id is None:
            raise StoreError("station-unknown")
        station = stations.station_of_site(db, site=fresh, station_id=station_id)
        done = change(db, station, fresh, form)
        db.commit()
        return done

    try:
        done = await _work(request).write(run)
    except StoreError as error:
        message = STATION_ERRORS.get(error.code)
        if message is None:
            raise
        return await _stations_page(request, who, site, status=error.status,
                                    problem=f.gettext(message))
    except ValueError:
        return await _stations_page(request, who, site, status=422, problem=f.gettext(
            "Give the computer a name of 1 to 100 characters, such as poste-3."))
    if station_id is not None:
        request.app.state.directory.station_changed(station_id)
    return await _stations_page(request, who, site, message=f.gettext(done))


@router.post("/stations/rename")
async def rename_station(request: Request) -> Response:
    now = request.app.state.clock()
    user = (await viewer(request)).user.id

    def change(db: Session, station: Station, _site: Site, form: FormData) -> str:
        stations.rename(db, station=station, name=_text_field(form, "name", 200), now=now,
                        by=user)
        return N_("The computer is renamed.")

    return await _station_change(request, change)


@router.post("/stations/out-of-order")
async def station_out_of_order(request: Request) -> Response:
    now = request.app.state.clock()
    user = (await viewer(request)).user.id

    def change(db: Session, station: Station, _site: Site, form: FormData) -> str:
        broken = form.get("state") == "out"
        stations.set_out_of_order(db, station=station, out_of_order=broken, now=now, by=user)
        return N_("The computer is out of order: no code opens a session on it.") if broken \
            else N_("The computer is back in service.")

    return await _station_change(request, change)


@router.post("/stations/move")
async def move_station(request: Request) -> Response:
    who = await _changer(request)
    now = request.app.state.clock()
    destinations = {site.slug: site.id for site in who.sites}

    def change(db: Session, station: Station, _site: Site, form: FormData) -> str:
        target = destinations.get(str(form.get("to", "")))
        if target is None:
            raise StoreError("station-unknown")
        stations.move(db, station=station, site=db.get_one(Site, target), now=now,
                      by=who.user.id)
        return N_("The computer now belongs to the other place.")

    return await _station_change(request, change)


@router.post("/stations/revoke")
async def revoke_station(request: Request) -> Response:
    who = await _changer(request)
    now = request.app.state.clock()
    if (await request.form()).get("confirm") != "yes":
        # First the question, with what it means; the form of the question confirms.
        form = await checked_form(request)
        site = _site_of(who, str(form.get("site", "")))
        station_id = _int(str(form.get("station", "")))

        def find(db: Session) -> Station | None:
            station = db.get(Station, station_id) if station_id else None
            return station if station and station.site_id == site.id else None

        found = await _work(request).read(find)
        if found is None:
            raise Refused(404, STATION_ERRORS["station-unknown"])
        return await _stations_page(request, who, site, confirm=found)

    def change(db: Session, station: Station, _site: Site, _form: FormData) -> str:
        stations.revoke(db, station=station, now=now, by=who.user.id)
        return N_("The computer is removed: its token no longer works. Enrolling it again "
                  "gives it a new one.")

    return await _station_change(request, change)


# -- staff accounts -----------------------------------------------------------------------------

ROLE_LABELS = {"secretariat": N_("Reception"), "coordinator": N_("Coordinator"),
               "admin": N_("Administrator")}
STAFF_ERRORS = {
    "user-exists": N_("This login is already taken."),
    "user-unknown": N_("This account does not exist, or is not of your places."),
    "self": N_("You cannot do this to your own account: ask another administrator."),
}
STAFF_PROBLEMS = {
    "login": N_("A login is 2 to 64 characters: a-z, 0-9, dot, dash or underscore."),
    "role": N_("Choose a role."),
    "secretariat": N_("A reception account belongs to one place."),
}
_LOGIN = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")


class StaffRefusal(Exception):  # noqa: N818 - an answer, shown on the page
    def __init__(self, key: str, status: int = 422) -> None:
        super().__init__(key)
        self.key = key
        self.status = status


async def _admin(request: Request) -> Viewer:
    who = await viewer(request)
    if not who.is_admin:
        raise Refused(403, N_("This page is for administrators."))
    return who


def _staff_site(who: Viewer, slug: str) -> int | None:
    """The site an account is given: one of the administrator's, or every site (none) for
    an administrator of every site."""
    if not slug:
        if who.user.site_id is not None:
            raise StaffRefusal("user-unknown", 403)
        return None
    for site in who.sites:
        if site.slug == slug:
            return site.id
    raise StaffRefusal("user-unknown", 403)


def _staff_of(db: Session, who: Viewer, user_id: int | None) -> StaffUser:
    user = db.get(StaffUser, user_id) if user_id else None
    if user is None or (who.user.site_id is not None and user.site_id != who.user.site_id):
        raise StaffRefusal("user-unknown", 404)
    return user


async def _staff_page(request: Request, who: Viewer, *, status: int = 200,
                      message: str | None = None, problem: str | None = None,
                      password: tuple[str, str] | None = None) -> Response:
    def read(db: Session) -> list[tuple[StaffUser, str | None]]:
        query = (select(StaffUser, Site.name).outerjoin(Site, Site.id == StaffUser.site_id)
                 .order_by(StaffUser.disabled, StaffUser.login))
        if who.user.site_id is not None:
            query = query.where(StaffUser.site_id == who.user.site_id)
        return [(user, name) for user, name in db.execute(query)]

    accounts = await _work(request).read(read)
    f = gettext(request)
    return render(request, "admin_staff.html", status=status, viewer=who, accounts=accounts,
                  message=message, problem=problem, password=password,
                  roles={k: f.gettext(v) for k, v in ROLE_LABELS.items()})


@router.get("/staff")
async def staff_page(request: Request) -> Response:
    return await _staff_page(request, await _admin(request))


async def _staff_change(request: Request, change: Callable[[Session, Viewer, FormData],
                                                           tuple[str, str | None]]) -> Response:
    """Run one change of the staff accounts; the page says what was done or why not, and
    shows a new password once when the change made one."""
    who = await _admin(request)
    form = await checked_form(request)
    f = gettext(request)

    def run(db: Session) -> tuple[str, str | None]:
        done = change(db, who, form)
        db.commit()
        return done

    try:
        message, login_password = await _work(request).write(run)
    except StaffRefusal as refusal:
        text = STAFF_ERRORS.get(refusal.key) or STAFF_PROBLEMS.get(refusal.key, refusal.key)
        return await _staff_page(request, who, status=refusal.status,
                                 problem=f.gettext(text))
    except StoreError as error:
        if error.code != "user-exists":
            raise
        return await _staff_page(request, who, status=409,
                                 problem=f.gettext(STAFF_ERRORS["user-exists"]))
    password = None
    if login_password is not None:
        login, secret = login_password.split("\n", 1)
        password = (login, secret)
    return await _staff_page(request, who, message=f.gettext(message), password=password)


def _role(form: FormData) -> str:
    role = str(form.get("role", ""))
    if role not in ROLE_LABELS:
        raise StaffRefusal("role")
    return role


@router.post("/staff/add")
async def add_staff(request: Request) -> Response:
    now = request.app.state.clock()

    def change(db: Session, who: Viewer, form: FormData) -> tuple[str, str | None]:
        login = _text_field(form, "login", 100).strip().lower()
        if not _LOGIN.fullmatch(login):
            raise StaffRefusal("login")
        role = _role(form)
        site_id = _staff_site(who, str(form.get("site", "")))
        password = staff.new_password()
        try:
            staff.add_user(db, login=login, password=password, role=role, site_id=site_id,
                           now=now, by=who.user.id)
        except ValueError:
            raise StaffRefusal("secretariat") from None
        return N_("The account is made. Give its password to its owner now: it is shown "
                  "only once."), f"{login}\n{password}"

    return await _staff_change(request, change)


@router.post("/staff/change")
async def change_staff(request: Request) -> Response:
    now = request.app.state.clock()

    def change(db: Session, who: Viewer, form: FormData) -> tuple[str, str | None]:
        user = _staff_of(db, who, _int(str(form.get("user", ""))))
        if user.id == who.user.id:
            raise StaffRefusal("self", 409)
        role = _role(form)
        site_id = _staff_site(who, str(form.get("site", "")))
        try:
            staff.change_user(db, user=user, role=role, site_id=site_id, now=now,
                              by=who.user.id)
        except ValueError:
            raise StaffRefusal("secretariat") from None
        return N_("The account is changed."), None

    return await _staff_change(request, change)


@router.post("/staff/reset")
async def reset_staff(request: Request) -> Response:
    now = request.app.state.clock()

    def change(db: Session, who: Viewer, form: FormData) -> tuple[str, str | None]:
        user = _staff_of(db, who, _int(str(form.get("user", ""))))
        password = staff.reset_password(db, user=user, now=now, by=who.user.id)
        return N_("A new password is made, and the account's log-ins are ended. Give it to "
                  "its owner now: it is shown only once."), f"{user.login}\n{password}"

    return await _staff_change(request, change)


@router.post("/staff/disable")
async def disable_staff(request: Request) -> Response:
    now = request.app.state.clock()

    def change(db: Session, who: Viewer, form: FormData) -> tuple[str, str | None]:
        user = _staff_of(db, who, _int(str(form.get("user", ""))))
        if user.id == who.user.id:
            raise StaffRefusal("self", 409)
        if form.get("state") == "on":
            staff.enable_user(db, user=user, now=now, by=who.user.id)
            return N_("The account can log in again."), None
        staff.disable_user(db, login=user.login, now=now, by=who.user.id)
        return N_("The account is disabled: its log-ins end at once."), None

    return await _staff_change(request, change)


# -- sites --------------------------------------------------------------------------------------

WEEKDAY_LABELS = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
                  N_("Friday"), N_("Saturday"), N_("Sunday"))


@dataclass
class SiteForm:
    """What the site form says, as typed: kept on the page when something is wrong."""

    name: str
    timezone: str
    hours: dict[str, str]  # weekday: "09:00-12:30, 13:30-18:00"
    closed: str  # one date a line
    durations: str
    print_quota: str
    scan_quota: str
    hold_minutes: str
    retention_days: str
    satisfaction: bool
    help_button: bool

    @classmethod
    def of(cls, site: Site, settings: Any) -> SiteForm:  # noqa: ANN401 - the store's settings
        desk = sites.desk_settings(site)
        hours = site.opening_hours or {}
        return cls(
            site.name, site.timezone,
            {day: ", ".join(hours.get(day, [])) for day in WEEKDAYS},
            "\n".join(hours.get("closed_dates", [])),
            ", ".join(str(m) for m in desk["durations"]), str(desk["print_quota"]),
            str(desk["scan_quota"]), str(desk["hold_minutes"]),
            str(desk.get("retention_days", settings.retention_days)),
            bool(desk["satisfaction_question"]), bool(desk["help_button"]))

    @classmethod
    def read(cls, form: FormData) -> SiteForm:
        return cls(
            _text_field(form, "name", 300).strip(), _text_field(form, "timezone", 64).strip(),
            {day: _text_field(form, f"hours_{day}", 200).strip() for day in WEEKDAYS},
            _text_field(form, "closed", 4000), _text_field(form, "durations", 100),
            _text_field(form, "print_quota", 10), _text_field(form, "scan_quota", 10),
            _text_field(form, "hold_minutes", 10), _text_field(form, "retention_days", 10),
            form.get("satisfaction") == "on", form.get("help_button") == "on")


def _parse_site_form(data: SiteForm, f: Any) -> tuple[dict[str, Any], list[str]]:  # noqa: ANN401
    """The values of the form, and a sentence for each field that is wrong."""
    problems: list[str] = []
    values: dict[str, Any] = {}
    if not data.name or len(data.name) > 200:
        problems.append(f.gettext("Give the place a name (200 characters at most)."))
    try:
        ZoneInfo(data.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f.gettext("The time zone is not known: write it as Europe/Paris or "
                                  "America/Cayenne."))
    hours: dict[str, list[str]] = {}
    for day, label in zip(WEEKDAYS, WEEKDAY_LABELS, strict=True):
        parts = [p.strip() for p in data.hours[day].replace(";", ",").split(",") if p.strip()]
        intervals = []
        for part in parts:
            try:
                intervals.append(parse_interval(part))
            except ValueError:
                problems.append(f.gettext(
                    "%(day)s: “%(text)s” is not opening hours like 09:00-12:30.")
                    % {"day": f.gettext(label), "text": part})
        ordered = sorted(intervals, key=lambda interval: interval.start)
        if any(after.start < before.end for before, after in itertools.pairwise(ordered)):
            problems.append(f.gettext("%(day)s: the opening hours overlap.")
                            % {"day": f.gettext(label)})
        hours[day] = parts
    closed: list[str] = []
    for line in data.closed.replace(",", "\n").splitlines():
        text = line.strip()
        if not text:
            continue
        closed_day = _read_date(text)
        if closed_day is None:
            problems.append(f.gettext("“%(text)s” is not a date like 25/12/2026.")
                            % {"text": text})
        else:
            closed.append(closed_day.isoformat())
    values["hours"] = ({**hours, "closed_dates": sorted(set(closed))}
                       if any(hours.values()) or closed else None)
    try:
        values["durations"] = [int(p) for p in re.split(r"[\s,;]+", data.durations) if p]
    except ValueError:
        values["durations"] = []
    if not values["durations"] or len(values["durations"]) > 6 or any(
            not 5 <= m <= 600 for m in values["durations"]):
        problems.append(f.gettext("Durations: one to six numbers of minutes from 5 to 600, "
                                  "such as 30, 60, 90."))
    for key, text, top, label in (
            ("print_quota", data.print_quota, 500, N_("Pages to print")),
            ("scan_quota", data.scan_quota, 500, N_("Pages to scan")),
            ("hold_minutes", data.hold_minutes, 60, N_("Minutes a called ticket is held")),
            ("retention_days", data.retention_days, sites.RETENTION_RANGE[1],
             N_("Days the raw usage events are kept"))):
        low = {"hold_minutes": 1, "retention_days": sites.RETENTION_RANGE[0]}.get(key, 0)
        if not text.strip().isdigit() or not low <= int(text) <= top:
            problems.append(f.gettext("%(field)s: a whole number from %(low)s to %(top)s.")
                            % {"field": f.gettext(label), "low": low, "top": top})
        else:
            values[key] = int(text)
    return values, problems


def _zone_of(site: Site) -> ZoneInfo:
    try:
        return ZoneInfo(site.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Paris")


def _read_date(text: str) -> date | None:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()  # noqa: DTZ007 - a calendar day
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class CalendarDay:
    day: int
    state: str  # open, closed (its weekday has no hours), holiday (a closed date)


def calendar(site: Site, first: date, months: int = 3
             ) -> list[tuple[date, list[list[CalendarDay | None]]]]:
    """The months from `first`, Monday-first weeks, each day open or closed as the place's
    hours and closed dates say (days of a place without hours are all open)."""
    hours = site.opening_hours or {}
    closed_dates = set(hours.get("closed_dates", []))
    shown = []
    month = first.replace(day=1)
    for _ in range(months):
        weeks: list[list[CalendarDay | None]] = []
        week: list[CalendarDay | None] = [None] * month.weekday()
        day = month
        while day.month == month.month:
            if day.isoformat() in closed_dates:
                state = "holiday"
            elif hours and not hours.get(WEEKDAYS[day.weekday()]):
                state = "closed"
            else:
                state = "open"
            week.append(CalendarDay(day.day, state))
            if len(week) == 7:
                weeks.append(week)
                week = []
            day += timedelta(days=1)
        if week:
            weeks.append(week + [None] * (7 - len(week)))
        shown.append((month, weeks))
        month = day
    return shown


async def _sites_page(request: Request, who: Viewer, site: Site, *, status: int = 200,
                      data: SiteForm | None = None, problems: list[str] | None = None,
                      message: str | None = None) -> Response:
    settings = request.app.state.settings

    def read(db: Session) -> tuple[Site, list[AuditEntry]]:
        fresh = db.get_one(Site, site.id)
        purges = list(db.scalars(select(AuditEntry).where(AuditEntry.action == "store.purge")
                                 .order_by(AuditEntry.at.desc()).limit(1)))
        return fresh, purges

    fresh, purges = await _work(request).read(read)
    f = gettext(request)
    today = request.app.state.clock().astimezone(_zone_of(fresh)).date()
    return render(request, "admin_sites.html", status=status, viewer=who, site=fresh,
                  calendar=calendar(fresh, today),
                  weekday_initials=[f.weekday(i, "abbreviated") for i in range(7)],
                  data=data or SiteForm.of(fresh, settings), problems=problems or [],
                  message=message, last_purge=purges[0] if purges else None,
                  weekdays=[(day, f.gettext(label))
                            for day, label in zip(WEEKDAYS, WEEKDAY_LABELS, strict=True)])


@router.get("/sites")
async def sites_page(request: Request) -> Response:
    who = await _reader(request)
    message = None
    if request.query_params.get("added"):
        message = gettext(request).gettext(
            "The place is added. Give it its hours below, then its computers, its accounts "
            "and its whitelist.")
    return await _sites_page(request, who, _site_of(who, request.query_params.get("site")),
                             message=message)


@router.post("/sites/save")
async def save_site(request: Request) -> Response:
    who = await _changer(request)
    form = await checked_form(request)
    site = _site_of(who, str(form.get("site", "")))
    data = SiteForm.read(form)
    f = gettext(request)
    values, problems = _parse_site_form(data, f)
    if problems:
        return await _sites_page(request, who, site, status=422, data=data, problems=problems)
    now = request.app.state.clock()

    def save(db: Session) -> None:
        fresh = db.get_one(Site, site.id)
        sites.update_site(db, site=fresh, name=data.name, timezone=data.timezone,
                          hours=values["hours"], now=now, by=who.user.id)
        sites.set_desk_settings(db, site=fresh, durations=values["durations"],
                                print_quota=values["print_quota"],
                                scan_quota=values["scan_quota"],
                                hold_minutes=values["hold_minutes"],
                                satisfaction_question=data.satisfaction,
                                help_button=data.help_button,
                                retention_days=values["retention_days"], now=now,
                                by=who.user.id)
        db.commit()

    try:
        await _work(request).write(save)
    except ValueError:  # the form's checks saw everything the services check
        return await _sites_page(request, who, site, status=422, data=data, problems=[
            f.gettext("The opening hours cannot be read: check them.")])
    request.app.state.directory.site_changed(site.id)
    return await _sites_page(request, who, site, message=f.gettext(
        "Saved. The computers show the new hours at their next heartbeat; the desk offers "
        "the new durations at its next log-in."))


_SITE_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


@router.post("/sites/add")
async def add_site(request: Request) -> Response:
    """A new place, by an administrator of every place: then its hours, its computers, its
    accounts and its whitelist, on the other pages."""
    who = await _changer(request)
    form = await checked_form(request)
    f = gettext(request)
    if who.user.site_id is not None:
        raise Refused(403, N_("Only an administrator of every place can add one."))
    slug = _text_field(form, "slug", 100).strip().lower()
    name = _text_field(form, "name", 300).strip()
    timezone = _text_field(form, "timezone", 64).strip() or "Europe/Paris"
    problems = []
    if not _SITE_SLUG.fullmatch(slug):
        problems.append(f.gettext("The short name uses only a-z, 0-9 and '-'."))
    if not name or len(name) > 200:
        problems.append(f.gettext("Give the place a name (200 characters at most)."))
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(f.gettext("The time zone is not known: write it as Europe/Paris or "
                                  "America/Cayenne."))
    now = request.app.state.clock()

    def add(db: Session) -> bool:
        if db.scalar(select(Site.id).where(Site.slug == slug)) is not None:
            return False
        sites.add_site(db, slug=slug, name=name, timezone=timezone, now=now, by=who.user.id)
        db.commit()
        return True

    if not problems and not await _work(request).write(add):
        problems.append(f.gettext("Another place already has this short name."))
    if problems:
        return await _sites_page(request, who, _site_of(who, None), status=422,
                                 problems=problems)
    return redirect(request, f"{PREFIX}/admin/sites?site={slug}&added=1")
