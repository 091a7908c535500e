"""Staff accounts: made with a password shown once, given a role and a place, a new
password, disabled; within the administrator's places, never oneself."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from kiosk.store.dashboard.admin.common import (
    administrator,
    int_of,
    text_field,
    work_of,
)
from kiosk.store.dashboard.i18n import N_
from kiosk.store.dashboard.web import (
    PREFIX,
    Viewer,
    checked_form,
    gettext,
    render,
)
from kiosk.store.errors import StoreError
from kiosk.store.models import Site, StaffUser
from kiosk.store.services import staff

router = APIRouter(prefix=PREFIX + "/admin", include_in_schema=False)

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

    accounts = await work_of(request).read(read)
    f = gettext(request)
    return render(request, "admin_staff.html", status=status, viewer=who, accounts=accounts,
                  message=message, problem=problem, password=password,
                  roles={k: f.gettext(v) for k, v in ROLE_LABELS.items()})


@router.get("/staff")
async def staff_page(request: Request) -> Response:
    return await _staff_page(request, await administrator(request))


async def _staff_change(request: Request, change: Callable[[Session, Viewer, FormData],
                                                           tuple[str, str | None]]) -> Response:
    """Run one change of the staff accounts; the page says what was done or why not, and
    shows a new password once when the change made one."""
    who = await administrator(request)
    form = await checked_form(request)
    f = gettext(request)

    def run(db: Session) -> tuple[str, str | None]:
        done = change(db, who, form)
        db.commit()
        return done

    try:
        message, login_password = await work_of(request).write(run)
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


def _role_and_site(who: Viewer, form: FormData) -> tuple[str, int | None]:
    """The role and the place the form gives an account, as the store accepts them."""
    role = str(form.get("role", ""))
    if role not in ROLE_LABELS:
        raise StaffRefusal("role")
    site_id = _staff_site(who, str(form.get("site", "")))
    if role == "secretariat" and site_id is None:
        raise StaffRefusal("secretariat")
    return role, site_id


@router.post("/staff/add")
async def add_staff(request: Request) -> Response:
    now = request.app.state.clock()

    def change(db: Session, who: Viewer, form: FormData) -> tuple[str, str | None]:
        login = text_field(form, "login", 100).strip().lower()
        if not _LOGIN.fullmatch(login):
            raise StaffRefusal("login")
        role, site_id = _role_and_site(who, form)
        password = staff.new_password()
        staff.add_user(db, login=login, password=password, role=role, site_id=site_id,
                       now=now, by=who.user.id)
        return N_("The account is made. Give its password to its owner now: it is shown "
                  "only once."), f"{login}\n{password}"

    return await _staff_change(request, change)


@router.post("/staff/change")
async def change_staff(request: Request) -> Response:
    now = request.app.state.clock()

    def change(db: Session, who: Viewer, form: FormData) -> tuple[str, str | None]:
        user = _staff_of(db, who, int_of(str(form.get("user", ""))))
        if user.id == who.user.id:
            raise StaffRefusal("self", 409)
        role, site_id = _role_and_site(who, form)
        staff.change_user(db, user=user, role=role, site_id=site_id, now=now, by=who.user.id)
        return N_("The account is changed."), None

    return await _staff_change(request, change)


@router.post("/staff/reset")
async def reset_staff(request: Request) -> Response:
    now = request.app.state.clock()

    def change(db: Session, who: Viewer, form: FormData) -> tuple[str, str | None]:
        user = _staff_of(db, who, int_of(str(form.get("user", ""))))
        password = staff.reset_password(db, user=user, now=now, by=who.user.id)
        return N_("A new password is made, and the account's log-ins are ended. Give it to "
                  "its owner now: it is shown only once."), f"{user.login}\n{password}"

    return await _staff_change(request, change)


@router.post("/staff/disable")
async def disable_staff(request: Request) -> Response:
    now = request.app.state.clock()

    def change(db: Session, who: Viewer, form: FormData) -> tuple[str, str | None]:
        user = _staff_of(db, who, int_of(str(form.get("user", ""))))
        if user.id == who.user.id:
            raise StaffRefusal("self", 409)
        if form.get("state") == "on":
            staff.enable_user(db, user=user, now=now, by=who.user.id)
            return N_("The account can log in again."), None
        staff.disable_user(db, login=user.login, now=now, by=who.user.id)
        return N_("The account is disabled: its log-ins end at once."), None

    return await _staff_change(request, change)
