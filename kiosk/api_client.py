"""Calling the store's API, for the station agent and for the desk.

Two kinds of failure matter to a caller and are kept apart: the store is unreachable or
broken (`StoreUnavailable`: carry on, retry later), or the store answered no (`StoreRefusal`:
a wrong code, an expired log-in; its stable `code` says which, its French `detail` is for
people).
"""

from __future__ import annotations

from typing import Any, Self

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


class ApiClient:
    """A connection to the store's API with a bearer token, kept open between calls."""

    def __init__(self, base_url: str, *, token: str | None = None, timeout: float = 10.0,
                 verify: bool | str = True, proxy: httpx.Proxy | None = None,
                 transport: httpx.HTTPTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        # The connection is kept from one call (a heartbeat every 10 s, the desk's board
        # every few seconds) to the next, and given up before the store's own keep-alive
        # (30 s) ends it.
        self._http = httpx.Client(base_url=self.base_url + API, timeout=timeout,
                                  verify=verify, follow_redirects=False, proxy=proxy,
                                  transport=transport,
                                  limits=httpx.Limits(keepalive_expiry=20))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, body: Any = None,  # noqa: ANN401 - JSON
              *, authenticated: bool = True,
              params: dict[str, Any] | None = None) -> Any:  # noqa: ANN401 - JSON
        headers = {}
        if authenticated:
            if not self._token:
                raise StoreRefusal(401, {"code": "unauthenticated"})
            headers["Authorization"] = f"Bearer {self._token}"
        try:
            response = self._http.request(method, path, json=body, headers=headers,
                                          params=params)
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
