"""Request and response bodies of the store's HTTP API (validated strictly: unknown fields
are refused, numbers are bounded, times carry a time zone)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

SiteSlug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9\-]{0,63}$")]
HostName = Annotated[str, Field(min_length=1, max_length=253,
                                pattern=r"^[a-z0-9_\-]+(\.[a-z0-9_\-]+)*$|^\[[0-9a-f:.]+\]$")]
Percent = Annotated[float, Field(ge=0, le=100)]

# The times the store keeps: a time zone, and a year the databases and every report can hold.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2200, 1, 1, tzinfo=UTC)


def _within_range(value: datetime) -> datetime:
    try:
        utc = value.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 shifted past the calendar by its offset
        utc = None
    if utc is None or not EARLIEST <= utc < LATEST:
        raise ValueError(f"must be between {EARLIEST.year} and {LATEST.year}")
    return utc


Instant = Annotated[AwareDatetime, AfterValidator(_within_range)]
EndReason = Literal["user", "time_up", "idle", "closing", "staff", "crash_recovered"]


def request_body(model: str) -> dict[str, Any]:
    """The OpenAPI description of a JSON body a route reads itself (see the heartbeat)."""
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{model}"}}}}}


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Problem(BaseModel):
    """Every error: a stable `code` for programs, a French `detail` for people."""

    type: str = "about:blank"
    title: str
    status: int
    code: str
    detail: str
    retry_after: int | None = None


# -- staff ------------------------------------------------------------------------------------


# Text that people type: any characters but control ones (a NUL byte, for one, is refused by
# PostgreSQL and has no business in a login or a message).
PlainText = r"^[^\x00-\x08\x0b-\x1f\x7f]*$"


class LoginIn(Strict):
    login: str = Field(min_length=1, max_length=100, pattern=PlainText)
    password: str = Field(min_length=1, max_length=200)


class DeskSettingsOut(BaseModel):
    durations: list[int]
    print_quota: int
    scan_quota: int
    hold_minutes: int


class LoginOut(BaseModel):
    token: str
    expires_at: datetime
    role: str
    site: str | None
    site_name: str | None = Field(None, description="the name slips and screens show")
    desk: DeskSettingsOut | None = Field(None, description="what the desk offers at the site")


# -- stations ---------------------------------------------------------------------------------


class SiteOut(BaseModel):
    slug: str
    name: str
    timezone: str
    opening_hours: dict[str, list[str]]
    satisfaction_question: bool = Field(
        default=False, description="ask guests one anonymous question at the end of a session")
    policy_version: str | None = Field(
        default=None, description="SHA-256 of the whitelist policy published for the site: "
        "a station running another fetches it from /stations/policy")
    help_button: bool = Field(
        default=True, description="guests may ask the reception for help or more time")


class StationPolicyOut(BaseModel):
    version: int
    digest: str = Field(description="SHA-256 of `text` in UTF-8: the station checks it")
    text: str = Field(description="the policy, TOML, as kept")


class EnrolIn(Strict):
    token: str = Field(min_length=10, max_length=200)


class EnrolOut(BaseModel):
    station_id: int
    station_name: str
    station_token: str
    site: SiteOut


class HealthIn(Strict):
    cpu_percent: Percent
    memory_percent: Percent
    disk_percent: Percent
    uptime_seconds: int = Field(0, ge=0, le=10 * 365 * 86400)
    software_version: str | None = Field(None, pattern=r"^[0-9A-Za-z.+-]{1,40}$",
                                         description="the version of kiosk the station runs")


class HeartbeatIn(Strict):
    health: HealthIn
    session_id: UUID | None = None
    outbox_backlog: int = Field(0, ge=0, le=10_000_000)
    refused_events: int = Field(0, ge=0, le=10_000_000,
                                description="events the store refused, kept aside")
    policy_version: str | None = Field(None, max_length=64, pattern=r"^[0-9a-f]*$")
    policy_refused: str | None = Field(
        None, max_length=64, pattern=r"^[0-9a-f]*$",
        description="digest of a published policy the station refused (it did not validate "
        "or did not match its digest); it keeps its last good one")
    codes_revision: int | None = Field(None, ge=0)


class OfflineCode(BaseModel):
    id: int
    hash: str
    seconds_left: int
    valid_until: datetime
    print_left: int
    scan_left: int


class OfflineCodes(BaseModel):
    revision: int
    salt: str
    iterations: int
    codes: list[OfflineCode]


class CommandOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: int
    kind: str


class HeartbeatOut(BaseModel):
    server_time: datetime
    commands: list[CommandOut]
    site: SiteOut
    codes: OfflineCodes | None


# -- sessions ---------------------------------------------------------------------------------


class OpenSessionIn(Strict):
    code: str = Field(min_length=1, max_length=40)


class SessionOut(BaseModel):
    session_id: str
    seconds_left: int
    valid_until: datetime
    print_left: int
    scan_left: int
    ended: bool


class TickIn(Strict):
    used_seconds: int = Field(ge=0, le=86_400)


class CloseIn(Strict):
    used_seconds: int = Field(ge=0, le=86_400)
    reason: EndReason


class OfflineSessionIn(Strict):
    """A session a station opened from its offline code list while the store was away."""

    id: UUID  # chosen by the station: sending the same session twice records it once
    code_id: int = Field(ge=1, le=2**31 - 1)
    started_at: Instant
    ended_at: Instant
    used_seconds: int = Field(ge=0, le=86_400)
    reason: EndReason
    print_pages: int = Field(0, ge=0, le=1000)
    scan_pages: int = Field(0, ge=0, le=1000)


class OfflineSessionOut(BaseModel):
    recorded: bool  # False when this session was already recorded
    seconds_left: int


class ReserveIn(Strict):
    kind: Literal["print", "scan"]
    pages: int = Field(ge=1, le=1000)


class ReservationOut(BaseModel):
    reservation_id: str
    session: SessionOut


# -- events -----------------------------------------------------------------------------------


class SessionStartData(Strict):
    session_id: UUID


class SessionEndData(Strict):
    session_id: UUID
    reason: EndReason
    seconds: int = Field(ge=0, le=86_400)


class PrintJobData(Strict):
    pages: int = Field(ge=0, le=10_000)
    copies: int = Field(ge=1, le=100)
    outcome: Literal["completed", "failed", "cancelled", "refused"]


class ScanData(Strict):
    pages: int = Field(ge=0, le=1000)


class ServiceUsedData(Strict):
    site_id: SiteSlug


class BlockedNavigationData(Strict):
    host: HostName


class WipeReportData(Strict):
    verified: bool
    counts: dict[Annotated[str, Field(pattern=r"^[a-z_]{1,40}$")],
                 Annotated[int, Field(ge=0, le=10_000_000)]] = Field(max_length=30)


class SatisfactionData(Strict):
    """The one anonymous answer a guest may give at the end of a session: tied to no
    session, code or time finer than the event's own."""

    answer: Literal["yes", "partly", "no", "skipped"]


class StationHealthData(Strict):
    cpu_percent: Percent
    memory_percent: Percent
    disk_percent: Percent


class _EventBase(Strict):
    id: UUID
    occurred_at: Instant


class SessionStartEvent(_EventBase):
    type: Literal["session_start"]
    data: SessionStartData


class SessionEndEvent(_EventBase):
    type: Literal["session_end"]
    data: SessionEndData


class PrintJobEvent(_EventBase):
    type: Literal["print_job"]
    data: PrintJobData


class ScanEvent(_EventBase):
    type: Literal["scan"]
    data: ScanData


class ServiceUsedEvent(_EventBase):
    type: Literal["service_used"]
    data: ServiceUsedData


class BlockedNavigationEvent(_EventBase):
    type: Literal["blocked_navigation"]
    data: BlockedNavigationData


class WipeReportEvent(_EventBase):
    type: Literal["wipe_report"]
    data: WipeReportData


class SatisfactionEvent(_EventBase):
    type: Literal["satisfaction"]
    data: SatisfactionData


class StationHealthEvent(_EventBase):
    type: Literal["station_health"]
    data: StationHealthData


EventIn = Annotated[
    SessionStartEvent | SessionEndEvent | PrintJobEvent | ScanEvent | ServiceUsedEvent
    | BlockedNavigationEvent | WipeReportEvent | StationHealthEvent | SatisfactionEvent,
    Field(discriminator="type"),
]


class EventsIn(Strict):
    """Each event is checked on its own (against `EventIn`): one the store cannot take is
    refused alone, and the rest of the batch is stored."""

    events: list[dict[str, Any]] = Field(
        min_length=1, max_length=500,
        description="events of the types of the EventIn schema; each is validated alone")


class RefusedEvent(BaseModel):
    index: int = Field(description="its place in the batch, from 0")
    id: str | None = Field(description="its id, when it had a readable one")
    status: int = Field(description="the HTTP status this event alone would have had")
    code: str
    detail: str
    errors: list[dict[str, Any]]


class EventsOut(BaseModel):
    accepted: int
    duplicates: int
    refused: list[RefusedEvent] = Field(
        default_factory=list,
        description="events the store will never take: the station keeps them aside")


# -- codes ------------------------------------------------------------------------------------


class IssueCodesIn(Strict):
    count: int = Field(1, ge=1, le=100)
    minutes: int = Field(ge=5, le=600)
    print_quota: int = Field(0, ge=0, le=500)
    scan_quota: int = Field(0, ge=0, le=500)
    valid_until: Instant | None = None


class CodeOut(BaseModel):
    id: int
    state: str
    minutes_total: int
    seconds_left: int
    valid_from: datetime
    valid_until: datetime
    print_quota: int
    print_left: int
    scan_quota: int
    scan_left: int
    issued_at: datetime


class IssuedCodeOut(BaseModel):
    code: str = Field(description="the code to print on the slip; never shown again")
    details: CodeOut


class ExtendIn(Strict):
    minutes: int = Field(ge=0, le=1440)
    valid_until: Instant | None = None


class LookupIn(Strict):
    code: str = Field(min_length=1, max_length=40)


# -- board, commands, turned away -------------------------------------------------------------


class BoardStation(BaseModel):
    id: int
    name: str
    state: Literal["free", "in_use", "offline", "out_of_order"]
    last_seen_at: datetime | None
    ends_at: datetime | None
    outbox_backlog: int
    refused_events: int
    health: dict[str, Any]
    policy_behind: bool = Field(
        default=False, description="it has not taken its site's published whitelist yet: it "
        "will between two sessions")


class BoardAlert(BaseModel):
    kind: Literal["code_failures"]
    at: datetime
    station: str | None = Field(description="the station whose wrong code raised it")
    failures: int = Field(description="wrong codes across the site within the window")


class BoardRequest(BaseModel):
    id: int
    station_id: int
    station: str
    need: Literal["help", "more_time"]
    asked_at: datetime


class TicketOut(BaseModel):
    id: int
    number: int
    issued_at: datetime
    state: Literal["waiting", "called", "served", "gone"]
    station_id: int | None = None
    station: str | None = None
    called_at: datetime | None = None
    estimated_minutes: int | None = Field(
        None, description="for a waiting ticket: minutes until a computer should be free")


class TicketCallIn(Strict):
    station_id: int = Field(ge=1, le=2**31 - 1)


class TicketDoneIn(Strict):
    outcome: Literal["served", "gone"]


class BoardOut(BaseModel):
    stations: list[BoardStation]
    free: int
    next_free_at: datetime | None
    requests: list[BoardRequest] = Field(
        default_factory=list, description="guests waiting for an answer, oldest first")
    tickets: list[TicketOut] = Field(
        default_factory=list, description="today's waiting line: tickets waiting or called")
    alerts: list[BoardAlert] = Field(
        description="what the reception should know: many wrong codes at the site lately")


class CommandIn(Strict):
    kind: Literal["end_session", "extend", "message"]
    minutes: int | None = Field(None, ge=1, le=240)
    text: str | None = Field(None, min_length=1, max_length=500, pattern=PlainText)


class CommandCreated(BaseModel):
    id: int
    kind: str


class OutOfOrderIn(Strict):
    out_of_order: bool


class HelpIn(Strict):
    need: Literal["help", "more_time"]


class HelpOut(BaseModel):
    id: int


class HelpAnswerIn(Strict):
    answer: Literal["coming", "granted", "refused"]
    minutes: int | None = Field(None, ge=1, le=120)


class PrinterCareIn(Strict):
    """What the desk did to a printer of the site, for the audit."""

    action: Literal["resume", "accept", "test_page", "cancel_all", "cancel_job", "hold_job",
                    "release_job"]
    queue: str = Field(min_length=1, max_length=127, pattern=PlainText)
    job: int | None = Field(None, ge=1, le=2**31 - 1)


class TurnedAwayIn(Strict):
    reason: Literal["no_free_station", "closing_soon", "other"] = "no_free_station"


class TurnedAwayOut(BaseModel):
    id: int
    at: datetime


class TurnedAwayDay(BaseModel):
    day: str
    count: int
