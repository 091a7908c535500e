"""The relay between the guest shell and the store.

The station's token stays with the station service's account: the shell, under the guest
account, speaks to this relay on a Unix socket and never sees the token. The relay passes on
only what a station may ask of the store (sessions, events, heartbeats, help, its policy),
adds the token, and answers `502 store-unreachable` when the store cannot be reached, which
the shell's agent treats as the store being away.

Three local requests belong to the relay itself: `GET /local/station` (the station's name
and place, from its enrolment), `POST /local/gate-policy` (the shell has taken the policy the
store published; the gate takes it too, fetched and checked here, never from the shell) and
`POST /local/offline-code` (the store is away: is this typed code on the offline list kept
here? see `kiosk.station.offline_codes`).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from kiosk.agent.policy_delivery import parse_or_problem
from kiosk.agent.private_files import write_private
from kiosk.core.policy import Policy
from kiosk.station.offline_codes import (
    OfflineCodeKeeper,
    reply_without_codes,
    request_with_revision,
)

log = logging.getLogger("kiosk.station")

API = "/api/v1"
GATE_POLICY_FILE = "gate-policy.toml"
SITE_HOURS_FILE = "site-hours.json"
# What a station may ask of the store, and nothing else (enrolment is done by an
# administrator, staff routes never go through a station).
_STATION_PATHS = re.compile(
    r"(stations/(heartbeat|policy|help)|events|sessions(/offline)?"
    r"|sessions/[A-Za-z0-9-]{1,64}/(tick|close|pages)"
    r"|sessions/[A-Za-z0-9-]{1,64}/pages/[A-Za-z0-9-]{1,64}/(commit|refund))")
_MAX_BODY = 4 * 1024 * 1024  # the store's own limit for a batch of events
_LOCAL_BODY = 4096  # a digest or a typed code
_PASSED_HEADERS = ("content-type", "retry-after")


def _problem(status: int, code: str, detail: str, *,
             retry_after: int | None = None) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "detail": detail}
    headers = {}
    if retry_after is not None:
        body["retry_after"] = retry_after
        headers["Retry-After"] = str(retry_after)
    return JSONResponse(body, status_code=status, headers=headers)


class Relay:
    """The relay's state: the store's address, the token, and the gate's policy."""

    def __init__(self, *, store_url: str, token: str, station: dict[str, Any],
                 state_dir: Path, upstream_proxy: str | None = None) -> None:
        self.store_url = store_url.rstrip("/")
        self._token = token
        self._station = station
        self._state_dir = state_dir
        # What takes a checked policy: the service points it at its gate.
        self.apply_policy: Callable[[Policy], None] = lambda _policy: None
        self._http = httpx.AsyncClient(base_url=self.store_url + API, proxy=upstream_proxy,
                                       timeout=15.0, follow_redirects=False)
        self._policy_lock = asyncio.Lock()
        self.gate_digest: str | None = None
        self._site_hours: dict[str, Any] | None = None
        self.offline_codes = OfflineCodeKeeper(state_dir)

    async def close(self) -> None:
        await self._http.aclose()

    def app(self, lifespan: Callable[[Starlette], Any] | None = None) -> Starlette:
        return Starlette(routes=[
            Route("/local/station", self.station, methods=["GET"]),
            Route("/local/gate-policy", self.gate_policy, methods=["POST"]),
            Route("/local/offline-code", self.offline_code, methods=["POST"]),
            Route(API + "/{path:path}", self.forward, methods=["GET", "POST"]),
        ], lifespan=lifespan)

    async def station(self, _request: Request) -> JSONResponse:
        return JSONResponse({key: self._station.get(key)
                             for key in ("store_url", "station_id", "station_name", "site")})

    async def forward(self, request: Request) -> Response:
        path = request.path_params["path"]
        if not _STATION_PATHS.fullmatch(path):
            return _problem(404, "not-relayed", "The station relay does not pass this on.")
        body = await _read_body(request)
        if body is None:
            return _problem(413, "too-large", "The request is too large.")
        heartbeat = path == "stations/heartbeat"
        if heartbeat:
            body = request_with_revision(body, self.offline_codes)
        headers = {"Authorization": f"Bearer {self._token}"}
        if "content-type" in request.headers:
            headers["Content-Type"] = request.headers["content-type"]
        try:
            answer = await self._http.request(request.method, "/" + path, content=body,
                                              headers=headers, params=request.query_params)
        except httpx.HTTPError as error:
            log.warning("the store cannot be reached: %s", type(error).__name__)
            return _problem(502, "store-unreachable", "The store cannot be reached.")
        content = answer.content
        if heartbeat and answer.status_code == 200:
            self._note_site_hours(content)
            content = reply_without_codes(content, self.offline_codes)
        return Response(content, status_code=answer.status_code,
                        headers={name: answer.headers[name] for name in _PASSED_HEADERS
                                 if name in answer.headers})

    def _note_site_hours(self, content: bytes) -> None:
        """The place's opening hours, as the heartbeats bring them: the station powers
        itself off and on by them (`kiosk station power`)."""
        try:
            site = json.loads(content).get("site") or {}
            hours = {"timezone": site["timezone"], "opening_hours": site["opening_hours"]}
        except (ValueError, KeyError, TypeError, AttributeError):
            return
        if hours != self._site_hours:
            self._site_hours = hours
            write_private(self._state_dir / SITE_HOURS_FILE, json.dumps(hours))

    async def offline_code(self, request: Request) -> JSONResponse:
        """The store is away: may this typed code open a session, by the list kept here?"""
        typed = await _local_field(request, "code")
        if not isinstance(typed, str) or len(typed) > 64:
            return _problem(400, "code-malformed", "Give the code as it was typed.")
        checked = await asyncio.to_thread(self.offline_codes.check, typed, datetime.now(UTC))
        if checked.code is not None:
            found = checked.code
            return JSONResponse({"id": found.id, "seconds_left": found.seconds_left,
                                 "print_left": found.print_left,
                                 "scan_left": found.scan_left})
        if checked.refusal == "rate-limited":
            return _problem(429, "rate-limited", "Too many wrong codes: wait a moment.",
                            retry_after=checked.retry_after)
        if checked.refusal == "code-malformed":
            return _problem(400, "code-malformed", "This cannot be a code.")
        return _problem(404, "code-unknown-offline", "This code is not on the offline list.")

    async def gate_policy(self, request: Request) -> JSONResponse:
        """The shell took the published policy with this digest: the gate takes it too,
        once fetched from the store with the station's token and checked here."""
        digest = await _local_field(request, "digest")
        if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
            return _problem(400, "invalid-request", "Give the policy's digest.")
        async with self._policy_lock:
            if digest == self.gate_digest:
                return JSONResponse({"digest": digest})
            try:
                answer = await self._http.get("/stations/policy", headers={
                    "Authorization": f"Bearer {self._token}"})
            except httpx.HTTPError:
                return _problem(502, "store-unreachable", "The store cannot be reached.")
            if answer.status_code != 200:
                return _problem(502, "store-refused", "The store did not give the policy.")
            try:
                published = answer.json()
                text = published["text"]
            except (ValueError, KeyError, TypeError):
                return _problem(502, "store-refused", "The store did not give the policy.")
            if not isinstance(text, str) or (
                    hashlib.sha256(text.encode("utf-8")).hexdigest() != digest):
                # The shell asked for another policy than the one published now.
                return _problem(409, "policy-not-published",
                                "This policy is not the one the store publishes.")
            policy, problem = parse_or_problem(
                text, f"store policy version {published.get('version')}")
            if policy is None:
                log.error("the published policy does not validate here: %s", problem)
                return _problem(409, "policy-invalid", "The published policy is not valid.")
            write_private(self._state_dir / GATE_POLICY_FILE, text)
            self.apply_policy(policy)
            self.gate_digest = digest
            log.warning("the gate runs policy version %s", published.get("version"))
            return JSONResponse({"digest": digest})


async def _read_body(request: Request, limit: int = _MAX_BODY) -> bytes | None:
    """The request's body, or None past `limit` bytes (read no further)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


async def _local_field(request: Request, name: str) -> object:
    """One field of a small JSON body sent to the relay itself; None when there is none."""
    body = await _read_body(request, limit=_LOCAL_BODY)
    try:
        return json.loads(body)[name] if body is not None else None
    except (ValueError, KeyError, TypeError):
        return None


def kept_gate_policy(state_dir: Path) -> Policy | None:
    path = state_dir / GATE_POLICY_FILE
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        text, problem = b"", str(error)
    else:
        policy, problem = parse_or_problem(text, f"{path} (from the store)")
        if policy is not None:
            return policy
    log.error("the gate's kept policy cannot be used: %s", problem)
    return None

