"""The whitelist of each place: edited, checked with every problem at its line, tried
against addresses, published, compared and gone back to."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.core.policy import Policy, PolicyError, RequestKind, parse_policy
from kiosk.paths import default_policy_path
from kiosk.store.dashboard.admin.common import (
    changer,
    int_of,
    reader,
    site_of,
    text_field,
    work_of,
)
from kiosk.store.dashboard.i18n import N_
from kiosk.store.dashboard.web import (
    PREFIX,
    Refused,
    Viewer,
    checked_form,
    gettext,
    redirect,
    render,
)
from kiosk.store.errors import StoreError
from kiosk.store.models import Site, SitePolicy, StaffUser
from kiosk.store.services import policies

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
    shown_version = int_of(params.get("version"))
    compare = int_of(params.get("compare"))

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

    context = await work_of(request).read(read)
    shown: SitePolicy | None = context["shown"]
    text = draft if draft is not None else (shown.text if shown else _installed_text())
    f = gettext(request)
    return render(request, "admin_policies.html", status=status, viewer=who, site=site,
                  draft=text, note=note, urls=urls, checked=checked, message=message,
                  deny_labels={k: f.gettext(v) for k, v in DENY_LABELS.items()},
                  **context)


@router.get("/policies")
async def policies_page(request: Request) -> Response:
    who = await reader(request)
    site = site_of(who, request.query_params.get("site"))
    published = int_of(request.query_params.get("published"))
    message = None
    if published is not None:
        message = gettext(request).gettext(
            "Version %(version)s is published: the computers take it at their next heartbeat "
            "and run it from their next session.") % {"version": published}
    return await _page(request, who, site, message=message)


@router.post("/policies/check")
async def check_draft(request: Request) -> Response:
    who = await reader(request)
    form = await checked_form(request)
    site = site_of(who, str(form.get("site", "")))
    draft = text_field(form, "text", policies.MAX_POLICY_BYTES)
    urls = text_field(form, "urls", 20_000)
    checked = check(draft, urls, f"{site.slug} (draft)")
    return await _page(request, who, site, status=200 if checked.policy else 422, draft=draft,
                       note=text_field(form, "note", 200), urls=urls, checked=checked)


@router.post("/policies/publish")
async def publish_draft(request: Request) -> Response:
    who = await changer(request)
    form = await checked_form(request)
    site = site_of(who, str(form.get("site", "")))
    draft = text_field(form, "text", policies.MAX_POLICY_BYTES + 1)
    note = text_field(form, "note", 200)
    urls = text_field(form, "urls", 20_000)
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
        version = await work_of(request).write(publish)
    except ValueError:
        raise Refused(422, N_("This list is too long: 512 KiB at most.")) from None
    request.app.state.directory.site_changed(site.id)
    return redirect(request, f"{PREFIX}/admin/policies?site={site.slug}&published={version}")


@router.post("/policies/use")
async def use_version(request: Request) -> Response:
    who = await changer(request)
    form = await checked_form(request)
    site = site_of(who, str(form.get("site", "")))
    version = int_of(str(form.get("version", "")))
    now = request.app.state.clock()

    def publish(db: Session) -> int:
        if version is None:
            raise StoreError("policy-unknown")
        fresh = db.get_one(Site, site.id)
        chosen = policies.publish(db, site=fresh, version=version, now=now, by=who.user.id)
        db.commit()
        return chosen.version

    try:
        done = await work_of(request).write(publish)
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
    who = await reader(request)
    form = await checked_form(request)
    site = site_of(who, str(form.get("site", "")))
    draft = text_field(form, "text", policies.MAX_POLICY_BYTES)
    fields = {name: text_field(form, name, 500).strip()
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
