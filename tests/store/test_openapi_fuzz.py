"""Schemathesis sends what the OpenAPI document allows, and more: never a 500."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.store.conftest import World

STATION_PATHS = ("/api/v1/stations/heartbeat", "/api/v1/events", "/api/v1/sessions")


def fuzz(operation: Any, headers: dict[str, str]) -> Callable[[], None]:
    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def no_server_error(case: Any) -> None:
        case.call_and_validate(headers=headers, checks=[not_a_server_error])

    return no_server_error


def test_no_server_errors(world: World) -> None:
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", world.client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 18
    # Logging out ends the token the other operations use: it goes last.
    operations.sort(key=lambda operation: operation.path == "/api/v1/auth/logout")
    for operation in operations:
        station_route = operation.path.startswith(STATION_PATHS)
        fuzz(operation, world.headers("poste-1" if station_route else "accueil"))()
