"""The station's side of the store's API (see `kiosk.api_client` for its two kinds of
failure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from kiosk.api_client import API, ApiClient, StoreRefusal, StoreUnavailable

RELAY_URL = "http://station-relay"

__all__ = ["API", "Enrolment", "StoreClient", "StoreRefusal", "StoreUnavailable"]


@dataclass(frozen=True)
class Enrolment:
    station_id: int
    station_name: str
    station_token: str
    site: dict[str, Any]


class StoreClient(ApiClient):
    def __init__(self, base_url: str, *, token: str | None = None, timeout: float = 10.0,
                 verify: bool | str = True, gate: str | None = None,
                 gate_token: str | None = None,
                 transport: httpx.HTTPTransport | None = None) -> None:
        """`gate` (http://HOST:PORT) and `gate_token`: reach the store through the station's
        network gate, where the firewall lets the guest account go nowhere else."""
        proxy = (httpx.Proxy(gate, headers={"Proxy-Authorization": f"Bearer {gate_token}"})
                 if gate and gate_token else None)
        super().__init__(base_url, token=token, timeout=timeout, verify=verify, proxy=proxy,
                         transport=transport)

    @classmethod
    def through_relay(cls, socket_path: str, *, timeout: float = 10.0) -> StoreClient:
        """The store as the station service relays it (`kiosk station serve`): the relay
        adds the station's token, which the shell's account never reads."""
        return cls(RELAY_URL, token="held-by-the-station-service",  # noqa: S106
                   timeout=timeout, transport=httpx.HTTPTransport(uds=socket_path))

    @property
    def relayed(self) -> bool:
        """Whether the station service relays this client (and keeps the offline codes)."""
        return self.base_url == RELAY_URL

    def offline_code(self, typed: str) -> dict[str, Any]:
        """Through the relay, while the store is away: what the code the guest typed has
        left (`id`, `seconds_left`, `print_left`, `scan_left`), by the offline list the
        station service keeps. Raises StoreRefusal ("code-unknown-offline",
        "code-malformed", "rate-limited") or StoreUnavailable (no station service)."""
        result: dict[str, Any] = self._call("POST", self.base_url + "/local/offline-code",
                                            {"code": typed}, authenticated=False)
        return result

    def enrol(self, enrol_token: str) -> Enrolment:
        answer = self._call("POST", "/stations/enrol", {"token": enrol_token},
                            authenticated=False)
        self._token = answer["station_token"]
        return Enrolment(answer["station_id"], answer["station_name"], answer["station_token"],
                         answer["site"])

    def heartbeat(self, *, health: dict[str, Any], session_id: str | None = None,
                  outbox_backlog: int = 0, refused_events: int = 0,
                  policy_version: str | None = None, policy_refused: str | None = None,
                  codes_revision: int | None = None) -> dict[str, Any]:
        body = {"health": health, "session_id": session_id, "outbox_backlog": outbox_backlog,
                "refused_events": refused_events, "policy_version": policy_version,
                "policy_refused": policy_refused, "codes_revision": codes_revision}
        result: dict[str, Any] = self._call("POST", "/stations/heartbeat", body)
        return result

    def station(self) -> dict[str, Any]:
        """Through the relay: the station's name and place, from its enrolment."""
        try:
            response = self._http.get(self.base_url + "/local/station")
        except httpx.HTTPError as error:
            raise StoreUnavailable(f"{type(error).__name__}: {error}") from None
        if response.status_code != 200:
            raise StoreUnavailable(f"the station service answered {response.status_code}")
        result: dict[str, Any] = response.json()
        return result

    def gate_takes_policy(self, digest: str) -> bool:
        """Through the relay: the gate takes the published policy the shell took."""
        try:
            response = self._http.post(self.base_url + "/local/gate-policy",
                                       json={"digest": digest})
        except httpx.HTTPError:
            return False
        return response.status_code == 200

    def policy(self) -> dict[str, Any]:
        """The whitelist policy published for the station's site: version, digest, text."""
        result: dict[str, Any] = self._call("GET", "/stations/policy")
        return result

    def ask_help(self, need: str) -> int:
        """The guest asks the reception for "help" or "more_time"; the request's id."""
        answer: dict[str, Any] = self._call("POST", "/stations/help", {"need": need})
        return int(answer["id"])

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
