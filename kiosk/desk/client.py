"""The reception desk's side of the store's API: log-in, codes, the station board, commands
to stations and the people turned away. Blocking calls: the desk runs them off its GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from kiosk.api_client import ApiClient, StoreRefusal, StoreUnavailable

__all__ = ["Board", "BoardStation", "CodeDetails", "DeskClient", "HelpRequest", "IssuedCode",
           "LineTicket", "Login", "StoreRefusal", "StoreUnavailable"]


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@dataclass(frozen=True)
class Login:
    token: str
    expires_at: datetime
    role: str
    site: str | None
    site_name: str | None
    desk: dict[str, Any] | None = None  # what the desk offers at the site


@dataclass(frozen=True)
class CodeDetails:
    id: int
    state: str  # issued, active, exhausted, revoked, expired
    minutes_total: int
    seconds_left: int
    valid_until: datetime
    print_quota: int
    print_left: int
    scan_quota: int
    scan_left: int
    issued_at: datetime

    @classmethod
    def of(cls, data: dict[str, Any]) -> CodeDetails:
        return cls(id=data["id"], state=data["state"], minutes_total=data["minutes_total"],
                   seconds_left=data["seconds_left"],
                   valid_until=datetime.fromisoformat(data["valid_until"]),
                   print_quota=data["print_quota"], print_left=data["print_left"],
                   scan_quota=data["scan_quota"], scan_left=data["scan_left"],
                   issued_at=datetime.fromisoformat(data["issued_at"]))


@dataclass(frozen=True)
class IssuedCode:
    code: str  # shown once: on the slip and on screen
    details: CodeDetails


@dataclass(frozen=True)
class BoardStation:
    id: int
    name: str
    state: Literal["free", "in_use", "offline", "out_of_order"]
    last_seen_at: datetime | None
    ends_at: datetime | None
    policy_behind: bool = False  # has not taken its site's published whitelist yet


@dataclass(frozen=True)
class HelpRequest:
    id: int
    station_id: int
    station: str
    need: Literal["help", "more_time"]
    asked_at: datetime


@dataclass(frozen=True)
class LineTicket:
    id: int
    number: int
    issued_at: datetime
    state: str  # waiting, called, served, gone
    station_id: int | None
    station: str | None
    called_at: datetime | None
    estimated_minutes: int | None

    @classmethod
    def of(cls, data: dict[str, Any]) -> LineTicket:
        return cls(data["id"], data["number"], datetime.fromisoformat(data["issued_at"]),
                   data["state"], data.get("station_id"), data.get("station"),
                   _when(data.get("called_at")), data.get("estimated_minutes"))


@dataclass(frozen=True)
class Board:
    stations: tuple[BoardStation, ...]
    free: int
    next_free_at: datetime | None
    alerts: tuple[dict[str, Any], ...]
    requests: tuple[HelpRequest, ...] = ()
    tickets: tuple[LineTicket, ...] = ()


class DeskClient(ApiClient):
    """One staff member's connection; `site` is the site slug for staff of several sites."""

    def __init__(self, base_url: str, *, token: str | None = None, site: str | None = None,
                 timeout: float = 10.0, verify: bool | str = True) -> None:
        super().__init__(base_url, token=token, timeout=timeout, verify=verify)
        self.site = site

    @property
    def token(self) -> str | None:
        return self._token

    def _site(self) -> dict[str, Any] | None:
        return {"site": self.site} if self.site else None

    def login(self, login: str, password: str) -> Login:
        answer = self._call("POST", "/auth/login", {"login": login, "password": password},
                            authenticated=False)
        self._token = answer["token"]
        self.site = self.site or answer["site"]
        return Login(answer["token"], datetime.fromisoformat(answer["expires_at"]),
                     answer["role"], answer["site"], answer.get("site_name"),
                     answer.get("desk"))

    def logout(self) -> None:
        if self._token:
            try:
                self._call("POST", "/auth/logout")
            finally:
                self._token = None

    def issue_codes(self, *, minutes: int, count: int = 1, print_quota: int = 0,
                    scan_quota: int = 0) -> list[IssuedCode]:
        answer = self._call("POST", "/codes", {"count": count, "minutes": minutes,
                                               "print_quota": print_quota,
                                               "scan_quota": scan_quota},
                            params=self._site())
        return [IssuedCode(item["code"], CodeDetails.of(item["details"])) for item in answer]

    def codes(self, *, state: str | None = None, limit: int = 200) -> list[CodeDetails]:
        params = {**(self._site() or {}), "limit": limit}
        if state:
            params["state"] = state
        return [CodeDetails.of(item) for item in self._call("GET", "/codes", params=params)]

    def lookup(self, code: str) -> CodeDetails:
        return CodeDetails.of(self._call("POST", "/codes/lookup", {"code": code},
                                         params=self._site()))

    def revoke(self, code_id: int) -> CodeDetails:
        return CodeDetails.of(self._call("POST", f"/codes/{code_id}/revoke",
                                         params=self._site()))

    def extend_code(self, code_id: int, minutes: int) -> CodeDetails:
        return CodeDetails.of(self._call("POST", f"/codes/{code_id}/extend",
                                         {"minutes": minutes}, params=self._site()))

    def board(self) -> Board:
        answer = self._call("GET", "/board", params=self._site())
        stations = tuple(BoardStation(item["id"], item["name"], item["state"],
                                      _when(item["last_seen_at"]), _when(item["ends_at"]),
                                      bool(item.get("policy_behind", False)))
                         for item in answer["stations"])
        requests = tuple(HelpRequest(item["id"], item["station_id"], item["station"],
                                     item["need"], datetime.fromisoformat(item["asked_at"]))
                         for item in answer.get("requests", []))
        tickets = tuple(LineTicket.of(item) for item in answer.get("tickets", []))
        return Board(stations, answer["free"], _when(answer["next_free_at"]),
                     tuple(answer["alerts"]), requests, tickets)

    def take_ticket(self) -> LineTicket:
        return LineTicket.of(self._call("POST", "/waiting-line", params=self._site()))

    def call_ticket(self, ticket_id: int, station_id: int) -> LineTicket:
        return LineTicket.of(self._call("POST", f"/waiting-line/{ticket_id}/call",
                                        {"station_id": station_id}, params=self._site()))

    def finish_ticket(self, ticket_id: int, outcome: Literal["served", "gone"]) -> LineTicket:
        return LineTicket.of(self._call("POST", f"/waiting-line/{ticket_id}/done",
                                        {"outcome": outcome}, params=self._site()))

    def answer_help(self, request_id: int, answer: Literal["coming", "granted", "refused"],
                    minutes: int | None = None) -> None:
        body: dict[str, Any] = {"answer": answer}
        if minutes is not None:
            body["minutes"] = minutes
        self._call("POST", f"/help-requests/{request_id}/answer", body, params=self._site())

    def command(self, station_id: int, kind: Literal["end_session", "extend", "message"], *,
                minutes: int | None = None, text: str | None = None) -> int:
        body: dict[str, Any] = {"kind": kind}
        if minutes is not None:
            body["minutes"] = minutes
        if text is not None:
            body["text"] = text
        answer = self._call("POST", f"/stations/{station_id}/commands", body,
                            params=self._site())
        return int(answer["id"])

    def printer_care(self, action: str, queue: str, job: int | None = None) -> None:
        """Tell the store what was done to a printer, for its audit."""
        body: dict[str, Any] = {"action": action, "queue": queue}
        if job is not None:
            body["job"] = job
        self._call("POST", "/printer-care", body, params=self._site())

    def set_out_of_order(self, station_id: int, out_of_order: bool) -> None:  # noqa: FBT001
        self._call("POST", f"/stations/{station_id}/out-of-order",
                   {"out_of_order": out_of_order}, params=self._site())

    def turned_away(self, reason: str = "no_free_station") -> None:
        self._call("POST", "/turned-away", {"reason": reason}, params=self._site())
