"""A place's settings: name, time zone, opening hours and closed dates (with the coming
months shown), what the desk offers, the guests' buttons and question, the retention."""

from __future__ import annotations

import itertools
import re
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
from kiosk.store.dashboard.admin.common import (
    changer,
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
    zone_named,
)
from kiosk.store.models import AuditEntry, Site
from kiosk.store.services import sites

router = APIRouter(prefix=PREFIX + "/admin", include_in_schema=False)

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
            text_field(form, "name", 300).strip(), text_field(form, "timezone", 64).strip(),
            {day: text_field(form, f"hours_{day}", 200).strip() for day in WEEKDAYS},
            text_field(form, "closed", 4000), text_field(form, "durations", 100),
            text_field(form, "print_quota", 10), text_field(form, "scan_quota", 10),
            text_field(form, "hold_minutes", 10), text_field(form, "retention_days", 10),
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

    fresh, purges = await work_of(request).read(read)
    f = gettext(request)
    today = request.app.state.clock().astimezone(zone_named(fresh.timezone)).date()
    return render(request, "admin_sites.html", status=status, viewer=who, site=fresh,
                  calendar=calendar(fresh, today),
                  weekday_initials=[f.weekday(i, "abbreviated") for i in range(7)],
                  data=data or SiteForm.of(fresh, settings), problems=problems or [],
                  message=message, last_purge=purges[0] if purges else None,
                  weekdays=[(day, f.gettext(label))
                            for day, label in zip(WEEKDAYS, WEEKDAY_LABELS, strict=True)])


@router.get("/sites")
async def sites_page(request: Request) -> Response:
    who = await reader(request)
    message = None
    if request.query_params.get("added"):
        message = gettext(request).gettext(
            "The place is added. Give it its hours below, then its computers, its accounts "
            "and its whitelist.")
    return await _sites_page(request, who, site_of(who, request.query_params.get("site")),
                             message=message)


@router.post("/sites/save")
async def save_site(request: Request) -> Response:
    who = await changer(request)
    form = await checked_form(request)
    site = site_of(who, str(form.get("site", "")))
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
        await work_of(request).write(save)
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
    who = await changer(request)
    form = await checked_form(request)
    f = gettext(request)
    if who.user.site_id is not None:
        raise Refused(403, N_("Only an administrator of every place can add one."))
    slug = text_field(form, "slug", 100).strip().lower()
    name = text_field(form, "name", 300).strip()
    timezone = text_field(form, "timezone", 64).strip() or "Europe/Paris"
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

    if not problems and not await work_of(request).write(add):
        problems.append(f.gettext("Another place already has this short name."))
    if problems:
        return await _sites_page(request, who, site_of(who, None), status=422,
                                 problems=problems)
    return redirect(request, f"{PREFIX}/admin/sites?site={slug}&added=1")
