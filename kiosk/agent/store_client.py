"""The station's side of the store's API.

Two kinds of failure matter to a station and are kept apart: the store is unreachable or
broken (`StoreUnavailable`: carry on offline, retry later), or the store answered no
(`StoreRefusal`: a wrong code, an exhausted quota; its French `detail` is for the guest).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

API = "/api/v1"


class StoreUnavailable(Exception):  # noqa: N818 - a state of the network, not a bug
    """The store could not be reached, or failed; try again later."""


class StoreRefusal(Exception):  # noqa: N818 - an answer, not a bug
    """The store refused the request; `code` is stable, `detail` is for people."""

    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        self.status = status
        self.code = str(problem.get("code", "unknown"))
        self.detail = str(problem.get("detail", ""))
        self.retry_after = problem.get("retry_after")
        self.problem = problem
        super().__init__(f"{status} {self.code}")


@dataclass(frozen=True)
class Enrolment:
    station_id: int
    station_name: str
    station_token: str
    site: dict[str, Any]


class StoreClient:
    def __init__(self, base_url: str, *, token: str | None = None, timeout: float = 10.0,
                 verify: bool | str = True, gate: str | None = None,
                 gate_token: str | None = None) -> None:
        """`gate` (http://HOST:PORT) and `gate_token`: reach the store through the station's
        network gate, where the firewall lets the guest account go nowhere else."""
        self.base_url = base_url.rstrip("/")
        self._token = token
        proxy = (httpx.Proxy(gate, headers={"Proxy-Authorization": f"Bearer {gate_token}"})
                 if gate and gate_token else None)
        # The connection is kept from one heartbeat (every 10 s) to the next, and given up
        # before the store's own keep-alive (30 s) ends it.
        self._http = httpx.Client(base_url=self.base_url + API, timeout=timeout,
                                  verify=verify, follow_redirects=False, proxy=proxy,
                                  limits=httpx.Limits(keepalive_expiry=20))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> StoreClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, body: Any = None,  # noqa: ANN401 - JSON
              *, authenticated: bool = True) -> Any:  # noqa: ANN401 - JSON
        headers = {}
        if authenticated:
            if not self._token:
                raise StoreRefusal(401, {"code": "unauthenticated"})
            headers["Authorization"] = f"Bearer {self._token}"
        try:
            response = self._http.request(method, path, json=body, headers=headers)
        except httpx.HTTPError as error:
            raise StoreUnavailable(f"{type(error).__name__}: {error}") from None
        if response.status_code >= 500:
            raise StoreUnavailable(f"the store answered {response.status_code}")
        try:
            payload = response.json() if response.content else None
        except ValueError:
            raise StoreUnavailable("the store's answer is not JSON") from None
        if response.status_code >= 400:
            raise StoreRefusal(response.status_code, payload if isinstance(payload, dict)
                               else {})
        return payload

    def enrol(self, enrol_token: str) -> Enrolment:
        answer = self._call("POST", "/stations/enrol", {"token": enrol_token},
                            authenticated=False)
        self._token = answer["station_token"]
        return Enrolment(answer["station_id"], answer["station_name"], answer["station_token"],
                         answer["site"])

    def heartbeat(self, *, health: dict[str, Any], session_id: str | None = None,
                  outbox_backlog: int = 0, refused_events: int = 0,
                  policy_version: str | None = None,
                  codes_revision: int | None = None) -> dict[str, Any]:
        body = {"health": health, "session_id": session_id, "outbox_backlog": outbox_backlog,
                "refused_events": refused_events, "policy_version": policy_version,
                "codes_revision": codes_revision}
        result: dict[str, Any] = self._call("POST", "/stations/heartbeat", body)
        return result

    def open_session(self, code: str) -> dict[str, Any]:
        result: dict[str, Any] = self._call("POST", "/sessions", {"code": code})
        return result

    def tick(self, session_id: str, used_seconds: int) -> dict[str, Any]:
        result: dict[str, Any] = self._call("POST", f"/sessions/{session_id}/tick",
                                            {"used_seconds": used_seconds})
        return result

    def close_session(self, session_id: str, used_seconds: int, reason: str) -> dict[str, Any]:
        result: dict[str, Any] = self._call("POST", f"/sessions/{session_id}/close",
                                            {"used_seconds": used_seconds, "reason": reason})
        return result

    def reserve_pages(self, session_id: str, kind: str, pages: int) -> dict[str, Any]:
        result: dict[str, Any] = self._call("POST", f"/sessions/{session_id}/pages",
                                            {"kind": kind, "pages": pages})
        return result

    def settle_pages(self, session_id: str, reservation_id: str, outcome: str
                     ) -> dict[str, Any]:
        """`outcome` is "commit" or "refund"."""
        result: dict[str, Any] = self._call(
            "POST", f"/sessions/{session_id}/pages/{reservation_id}/{outcome}")
        return result

    def record_offline_session(self, body: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = self._call("POST", "/sessions/offline", body)
        return result

    def send_events(self, events: list[dict[str, Any]]) -> dict[str, str]:
        """Store a batch; returns the events the store refused for good, {id: reason}.

        The others are delivered (new, or already stored by an earlier attempt). When the
        store refuses the batch as a whole (an older store validating batches whole), each
        event is sent alone, so that one bad event never holds back the rest.
        """
        try:
            answer = self._call("POST", "/events", {"events": events})
        except StoreRefusal as refusal:
            if refusal.status not in (400, 413, 422):
                # Not about the events (a token revoked, say): keep them all for later.
                raise StoreUnavailable(f"the store refused the events: {refusal.code}") from None
            if len(events) == 1:
                return {str(events[0]["id"]): refusal.code}
            refused: dict[str, str] = {}
            for event in events:
                refused.update(self.send_events([event]))
            return refused
        return {str(events[int(r["index"])]["id"]): str(r.get("code", "refused"))
                for r in answer.get("refused", [])}
