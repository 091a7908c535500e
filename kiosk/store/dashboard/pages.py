"""The dashboard's pages: log-in, the overview of a period, stations, refused hosts, audit,
the printable summary and the exports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.core import periods
from kiosk.core.periods import Period
from kiosk.store.dashboard import charts, exports
from kiosk.store.dashboard.i18n import N_, Formats
from kiosk.store.dashboard.web import (
    LANGUAGE_COOKIE,
    PREFIX,
    SESSION_COOKIE,
    Refused,
    Viewer,
    checked_form,
    finish,
    gettext,
    redirect,
    render,
    secure,
    viewer,
)
from kiosk.store.dbwork import DatabaseWork
from kiosk.store.errors import StoreError
from kiosk.store.models import AuditEntry, Site, StaffUser
from kiosk.store.security import verify_password
from kiosk.store.services import reports, staff, usage
from kiosk.store.services.reports import SiteScope

router = APIRouter(prefix=PREFIX, include_in_schema=False)

# How a session ended, as reports say it (translated in the catalogues).
END_REASON_LABELS = {
    "time_up": N_("Time was up"),
    "user": N_("Ended by the guest"),
    "idle": N_("Left unattended"),
    "closing": N_("Closing time"),
    "staff": N_("Ended by the reception"),
    "crash_recovered": N_("Station restarted"),
}
SATISFACTION_LABELS = {"yes": N_("Yes"), "partly": N_("Partly"), "no": N_("No"),
                       "skipped": N_("Did not answer")}
PERIOD_LABELS = {"day": N_("Day"), "week": N_("Week"), "month": N_("Month"), "year": N_("Year"),
                 "custom": N_("Dates of my choice")}
# The hours the heat map shows when no place of the choice has opening hours yet.
DEFAULT_HEAT_HOURS = range(8, 20)


def _work(request: Request) -> DatabaseWork:
    work: DatabaseWork = request.app.state.work
    return work


def _now(request: Request) -> datetime:
    now: datetime = request.app.state.clock()
    return now


# -- log-in -----------------------------------------------------------------------------------


@router.get("/login")
async def login_page(request: Request, next: str = "") -> Response:  # noqa: A002
    return render(request, "login.html", next=_safe_next(next), error=None, login="")


def _safe_next(target: str) -> str:
    """Only a page of the dashboard: never an address elsewhere (an open redirect)."""
    if target.startswith(PREFIX + "/") and not target.startswith("//") and "\\" not in target:
        return target
    return PREFIX + "/"


@router.post("/login")
async def login(request: Request) -> Response:
    form = await checked_form(request)
    name = str(form.get("login", ""))[:100]
    password = str(form.get("password", ""))[:200]
    target = _safe_next(str(form.get("next", "")))
    f = gettext(request)
    if not name.strip() or not password:
        return render(request, "login.html", status=422, next=target, login=name,
                      error=f.gettext("Type your login and your password."))
    work, now, settings = _work(request), _now(request), request.app.state.settings
    client = request.client.host if request.client else "unknown"
    try:
        user = await work.write(lambda db: staff.begin_login(
            db, settings=settings, login=name, client=client, now=now))
        password_ok = await run_in_threadpool(
            verify_password, password, user.password_hash if user else None)

        def finish_login(db: Session) -> str:
            done = staff.finish_login(db, settings=settings, user=user,
                                      password_ok=password_ok, login=name, client=client,
                                      now=now)
            db.commit()
            return done.token

        token = await work.write(finish_login)
    except StoreError as error:
        message = {
            "bad-credentials": N_("Wrong login or password."),
            "rate-limited": N_("Too many attempts. Wait a moment before trying again."),
        }.get(error.code, N_("The server cannot check your password just now. Try again in "
                             "a moment."))
        return render(request, "login.html", status=error.status, next=target, login=name,
                      error=f.gettext(message))
    response = redirect(request, target)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax",
                        secure=secure(request), path=PREFIX,
                        max_age=settings.staff_token_hours * 3600)
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    await checked_form(request)
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        def end(db: Session) -> None:
            staff.logout(db, token=token)
            db.commit()
        await _work(request).write(end)
    response = redirect(request, PREFIX + "/login")
    response.delete_cookie(SESSION_COOKIE, path=PREFIX)
    return response


@router.post("/language")
async def language(request: Request) -> Response:
    form = await checked_form(request)
    chosen = str(form.get("language", ""))
    response = redirect(request, _safe_next(str(form.get("next", ""))))
    response.set_cookie(LANGUAGE_COOKIE, chosen if chosen in ("fr", "en") else "fr",
                        samesite="lax", secure=secure(request), path=PREFIX,
                        max_age=365 * 86_400)
    return response


# -- what the viewer asked to see ---------------------------------------------------------------


@dataclass
class Choice:
    period: Period
    sites: tuple[Site, ...]
    today: date
    problems: list[str] = field(default_factory=list)

    @property
    def scopes(self) -> list[SiteScope]:
        return [SiteScope.of(site) for site in self.sites]

    def query(self) -> str:
        """The query string of this choice, for links to exports and other pages."""
        values: list[tuple[str, str]] = [("period", self.period.kind)]
        if self.period.kind == "custom":
            values += [("from", self.period.first.isoformat()),
                       ("to", self.period.last.isoformat())]
        else:
            values.append(("date", self.period.first.isoformat()))
        values += [("site", site.slug) for site in self.sites]
        return urlencode(values)


def _parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def choose(request: Request, who: Viewer) -> Choice:
    """The period and sites of the query, within what the account may see."""
    params = request.query_params
    f = gettext(request)
    wanted = params.getlist("site")
    known = {site.slug: site for site in who.sites}
    if any(slug not in known for slug in wanted):
        raise Refused(403, N_("Your account does not give access to this place."))
    sites = tuple(known[slug] for slug in dict.fromkeys(wanted)) or who.sites
    zone = ZoneInfo(sites[0].timezone) if sites else ZoneInfo("Europe/Paris")
    today = _now(request).astimezone(zone).date()
    problems: list[str] = []
    if not who.sees_figures:
        # The reception sees its own site's day, nothing more.
        return Choice(periods.containing("day", today), sites, today)
    kind = periods.parse_kind(params.get("period"))
    if kind == "custom":
        first, last = _parse_day(params.get("from")), _parse_day(params.get("to"))
        if first is None or last is None:
            problems.append(f.gettext("Give both dates, as day/month/year."))
        else:
            try:
                return Choice(periods.custom(first, last), sites, today)
            except ValueError:
                problems.append(f.gettext(
                    "The end date comes before the start date, or the period is longer "
                    "than three years."))
        kind = "month"
    day = _parse_day(params.get("date"))
    if day is None:
        if params.get("date"):
            problems.append(f.gettext("This date is not a date: the current period is shown."))
        day = today
    return Choice(periods.containing(kind, day), sites, today, problems)


# -- the overview -------------------------------------------------------------------------------


def _grouping(period: Period) -> str:
    if period.days <= 62:
        return "day"
    if period.days <= 190:
        return "week"
    return "month"


def _series(lines: list[reports.DayFigures], period: Period, f: Formats
            ) -> list[tuple[str, date, dict[str, int]]]:
    """The daily figures grouped by day, week or month: (label, first day, sums)."""
    grouping = _grouping(period)
    groups: dict[date, dict[str, int]] = {}
    for line in lines:
        if grouping == "day":
            start = line.day
        elif grouping == "week":
            start = line.day - timedelta(days=line.day.weekday())
        else:
            start = line.day.replace(day=1)
        sums = groups.setdefault(start, dict.fromkeys(reports.DAILY_COLUMNS, 0))
        for column in reports.DAILY_COLUMNS:
            sums[column] += getattr(line, column)
    out = []
    for start, sums in groups.items():
        label = f.day(start, "MMM yy") if grouping == "month" else f.day(start, "d/M")
        out.append((label, start, sums))
    return out


def _figures(f: Formats, now: reports.Overview, before: reports.Overview
             ) -> list[dict[str, str]]:
    """The overview's figures, each with its previous value and the change."""
    rows = [
        ("sessions", N_("Sessions"), now.sessions, before.sessions, f.number),
        ("codes", N_("People (distinct codes)"), now.codes, before.codes, f.number),
        ("hours", N_("Hours of use"), now.seconds, before.seconds, f.hours),
        ("average", N_("Average session"), now.average_seconds, before.average_seconds,
         f.duration),
        ("median", N_("Median session"), now.median_seconds, before.median_seconds, f.duration),
        ("printed", N_("Pages printed"), now.pages_printed, before.pages_printed, f.number),
        ("scanned", N_("Pages scanned"), now.pages_scanned, before.pages_scanned, f.number),
        ("turned_away", N_("People turned away"), now.turned_away, before.turned_away, f.number),
        ("help", N_("Help requests"), now.help_requests, before.help_requests, f.number),
        ("occupancy", N_("Occupancy during opening hours"), now.occupancy, before.occupancy,
         f.percent),
    ]
    return [{"id": key, "label": f.gettext(label), "value": show(value),  # type: ignore[operator]
             "before": show(previous), "change": f.change(value, previous)}  # type: ignore[operator]
            for key, label, value, previous, show in rows]


@dataclass(frozen=True)
class ChartView:
    id: str
    title: str
    svg: Any
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    empty: bool


def _bars_chart(chart_id: str, title: str, header: str, series: list[tuple[str, int, str]],
                f: Formats, *, columns: bool) -> ChartView:
    bars = [charts.Bar(label, value, text) for label, value, text in series]
    if columns:
        every = max(1, len(bars) // 16)
        svg = charts.columns(bars, title, label_every=every)
    else:
        svg = charts.rows(bars, title)
    return ChartView(chart_id, title, svg, (f.gettext("Period") if columns else "", header),
                     [(label, text) for label, _v, text in series],
                     not any(value for _l, value, _t in series))


def _heat_hours(rates: tuple[tuple[float | None, ...], ...]) -> list[int]:
    """The hours the heat map shows: from the first to the last hour a computer was taken,
    else those the places open, else the usual day."""
    for wanted in (bool, lambda r: r is not None):
        found = [h for h in range(24) if any(wanted(day[h]) for day in rates)]
        if found:
            return list(range(found[0], found[-1] + 1))
    return list(DEFAULT_HEAT_HOURS)


def overview_context(db: Session, choice: Choice, f: Formats) -> dict[str, Any]:
    scopes = choice.scopes
    now = reports.overview(db, scopes, choice.period, choice.today)
    previous_period = choice.period.previous()
    before = reports.overview(db, scopes, previous_period, choice.today)
    whole_months = not choice.period.whole_months()[1]
    lines = (reports.monthly(db, scopes, choice.period)
             if _grouping(choice.period) == "month" and whole_months
             else reports.daily(db, scopes, choice.period))
    series = _series(lines, choice.period, f)
    grouping = {"day": f.gettext("per day"), "week": f.gettext("per week"),
                "month": f.gettext("per month")}[_grouping(choice.period)]
    titles = reports.service_titles()
    services = reports.counts_by_key(db, scopes, choice.period, "service_used")
    reasons = reports.counts_by_key(db, scopes, choice.period, usage.SESSION)
    heat = reports.heat_map(db, scopes, choice.period, choice.today)
    hours = _heat_hours(heat.rates)
    weekdays = [f.weekday(i) for i in range(7)]
    satisfaction = [(f.gettext(SATISFACTION_LABELS[k]), now.satisfaction.get(k, 0))
                    for k in usage.SATISFACTION_ANSWERS]
    chart_list = [
        _bars_chart("sessions", f.gettext("Sessions") + " " + grouping, f.gettext("Sessions"),
                    [(label, sums["sessions"], f.number(sums["sessions"]))
                     for label, _s, sums in series], f, columns=True),
        ChartView("heat", f.gettext("Busy hours: share of the computers taken"),
                  charts.heat_map(heat.rates, f.gettext("Busy hours: share of the computers "
                                                         "taken"),
                                  [f.weekday(i, "abbreviated") for i in range(7)], hours,
                                  f.percent),
                  (f.gettext("Day"), *(f"{h} h" for h in hours)),
                  [(weekdays[w], *(f.percent(heat.rates[w][h]) for h in hours))
                   for w in range(7)],
                  not any(r for day in heat.rates for r in day)),
        _bars_chart("services", f.gettext("Services used"), f.gettext("Visits"),
                    [(titles.get(key, key), count, f.number(count))
                     for key, count, _t in services[:15]], f, columns=False),
        _bars_chart("printed", f.gettext("Pages printed") + " " + grouping,
                    f.gettext("Pages printed"),
                    [(label, sums["pages_printed"], f.number(sums["pages_printed"]))
                     for label, _s, sums in series], f, columns=True),
        _bars_chart("turned_away", f.gettext("People turned away") + " " + grouping,
                    f.gettext("People turned away"),
                    [(label, sums["turned_away"], f.number(sums["turned_away"]))
                     for label, _s, sums in series], f, columns=True),
        _bars_chart("endings", f.gettext("How sessions ended"), f.gettext("Sessions"),
                    [(f.gettext(END_REASON_LABELS.get(key, key)), count, f.number(count))
                     for key, count, _t in reasons], f, columns=False),
        _bars_chart("satisfaction",
                    f.gettext("\u201cCould you do what you wanted?\u201d"),
                    f.gettext("Answers"),
                    [(label, count, f.number(count)) for label, count in satisfaction], f,
                    columns=False),
    ]
    return {"overview": now, "before": before, "previous_period": previous_period,
            "figures": _figures(f, now, before), "charts": chart_list,
            "services": [(titles.get(k, k), c) for k, c, _t in services],
            "reasons": [(f.gettext(END_REASON_LABELS.get(k, k)), c) for k, c, _t in reasons],
            "satisfaction": satisfaction}


def _period_title(f: Formats, period: Period) -> str:
    match period.kind:
        case "day":
            return f.day(period.first, "full")
        case "month":
            return f.month(period.first)
        case "year":
            return str(period.first.year)
        case _:
            return f"{f.day(period.first)} \u2013 {f.day(period.last)}"


def _page(request: Request, who: Viewer, choice: Choice, **extra: Any) -> dict[str, Any]:  # noqa: ANN401
    f = gettext(request)
    return {"viewer": who, "choice": choice, "period_title": _period_title(f, choice.period),
            "previous_title": _period_title(f, choice.period.previous()),
            "period_labels": {k: f.gettext(v) for k, v in PERIOD_LABELS.items()}, **extra}


@router.get("/")
async def overview(request: Request) -> Response:
    return await _figures_page(request, await viewer(request), "overview.html")


@router.get("/report")
async def report(request: Request) -> Response:
    return await _figures_page(request, await _figures_viewer(request), "report.html")


async def _figures_page(request: Request, who: Viewer, template: str) -> Response:
    choice = choose(request, who)
    f = gettext(request)
    context = await _work(request).read(lambda db: overview_context(db, choice, f))
    return render(request, template, **_page(request, who, choice, **context))


async def _figures_viewer(request: Request) -> Viewer:
    who = await viewer(request)
    if not who.sees_figures:
        raise Refused(403, N_("This page is for coordinators and administrators."))
    return who


# -- stations and refused hosts -------------------------------------------------------------------


@router.get("/stations")
async def stations(request: Request) -> Response:
    who = await _figures_viewer(request)
    choice = choose(request, who)
    settings = request.app.state.settings
    rows = await _work(request).read(lambda db: reports.stations(db, choice.scopes,
                                                                 choice.period))
    now = _now(request)
    online_after = now - timedelta(seconds=settings.station_offline_seconds)
    return render(request, "stations.html", **_page(
        request, who, choice, stations=rows, online_after=online_after))


@router.get("/refused")
async def refused(request: Request) -> Response:
    who = await _figures_viewer(request)
    choice = choose(request, who)
    rows = await _work(request).read(lambda db: reports.counts_by_key(
        db, choice.scopes, choice.period, "blocked_navigation"))
    return render(request, "refused.html", **_page(request, who, choice, hosts=rows[:100],
                                                   more=max(len(rows) - 100, 0)))


# -- audit ----------------------------------------------------------------------------------------

AUDIT_PAGE = 100


@router.get("/audit")
async def audit(request: Request) -> Response:
    who = await viewer(request)
    if not who.is_admin:
        raise Refused(403, N_("This page is for administrators."))
    choice = choose(request, who)
    action = request.query_params.get("action", "").strip()[:40]
    account = request.query_params.get("account", "").strip().lower()[:100]
    scopes = choice.scopes

    def read(db: Session) -> dict[str, Any]:
        start = min(s.bounds(choice.period)[0] for s in scopes) if scopes else _now(request)
        end = max(s.bounds(choice.period)[1] for s in scopes) if scopes else _now(request)
        query = (select(AuditEntry, StaffUser.login, Site.name)
                 .outerjoin(StaffUser, StaffUser.id == AuditEntry.user_id)
                 .outerjoin(Site, Site.id == AuditEntry.site_id)
                 .where(AuditEntry.at >= start, AuditEntry.at < end)
                 .order_by(AuditEntry.at.desc()).limit(AUDIT_PAGE + 1))
        if who.user.site_id is not None:
            query = query.where(AuditEntry.site_id == who.user.site_id)
        elif len(choice.sites) < len(who.sites):
            query = query.where(AuditEntry.site_id.in_([s.id for s in choice.sites]))
        if action:
            query = query.where(AuditEntry.action.startswith(action))
        if account:
            query = query.where(StaffUser.login == account)
        rows = db.execute(query).all()
        actions = sorted({a for (a,) in db.execute(select(AuditEntry.action).distinct())})
        return {"entries": rows[:AUDIT_PAGE], "truncated": len(rows) > AUDIT_PAGE,
                "actions": actions}

    context = await _work(request).read(read)
    zone = choice.scopes[0].zone if choice.scopes else ZoneInfo("Europe/Paris")
    return render(request, "audit.html", **_page(request, who, choice, action=action,
                                                 account=account, zone=zone, **context))


# -- exports --------------------------------------------------------------------------------------


def daily_sheet(db: Session, choice: Choice, f: Formats) -> exports.Sheet:
    lines = reports.daily(db, choice.scopes, choice.period)
    return exports.Sheet(
        f.gettext("Daily figures"),
        [f.gettext("Date"), f.gettext("Sessions"), f.gettext("Hours of use"),
         f.gettext("Pages printed"), f.gettext("Pages scanned"),
         f.gettext("People turned away"), f.gettext("Help requests")],
        [(line.day, line.sessions, round(line.seconds / 3600, 2), line.pages_printed,
          line.pages_scanned, line.turned_away, line.help_requests) for line in lines])


def sessions_sheet(db: Session, choice: Choice, f: Formats) -> exports.Sheet:
    reasons = {k: f.gettext(v) for k, v in END_REASON_LABELS.items()}
    return exports.Sheet(
        f.gettext("Sessions"),
        [f.gettext("Place"), f.gettext("Computer"), f.gettext("Start"), f.gettext("End"),
         f.gettext("Minutes counted"), f.gettext("How it ended")],
        [(line.site, line.station, line.started_at, line.ended_at,
          round(line.seconds / 60), reasons.get(line.end_reason, line.end_reason))
         for line in reports.session_list(db, choice.scopes, choice.period)])


SHEETS = {"daily": daily_sheet, "sessions": sessions_sheet}


@router.get("/export/{name}.{fmt}")
async def export(request: Request, name: str, fmt: str) -> Response:
    who = await _figures_viewer(request)
    if name not in SHEETS or fmt not in exports.FORMATS:
        raise Refused(404, N_("This page does not exist."))
    choice = choose(request, who)
    f = gettext(request)
    build = SHEETS[name]

    def write(db: Session) -> bytes:
        return exports.write(build(db, choice, f), fmt)

    body = await _work(request).read(write)
    filename = f"{name}-{choice.period.first.isoformat()}-{choice.period.last.isoformat()}.{fmt}"
    response = Response(body, media_type=exports.MEDIA_TYPES[fmt], headers={
        "Content-Disposition": f'attachment; filename="{filename}"'})
    return finish(request, response)
