"""Schemathesis sends what the OpenAPI document allows, and more: never a 500, and every
answer is one the document describes (status, content type, body, headers)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.store.conftest import World

STATION_PATHS = ("/api/v1/stations/heartbeat", "/api/v1/stations/help",
                 "/api/v1/stations/policy", "/api/v1/events",
                 "/api/v1/sessions")
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance, response_headers_conformance, ignored_auth,
          negative_data_rejection]


def fuzz(operation: Any, headers: dict[str, str]) -> Callable[[], None]:
    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def no_server_error(case: Any) -> None:
        case.call_and_validate(headers=headers, checks=CHECKS)

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


def test_the_document_says_who_may_call_and_how_refusals_look(world: World) -> None:
    document = world.client.get("/api/v1/openapi.json").json()
    assert set(document["components"]["securitySchemes"]) == {"stationToken", "staffToken"}
    assert "HTTPValidationError" not in document["components"]["schemas"]
    public = {("/api/v1/health", "get"), ("/api/v1/auth/login", "post"),
              ("/api/v1/stations/enrol", "post")}
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            if (path, method) in public:
                assert "security" not in operation
            else:
                wanted = "stationToken" if path.startswith(STATION_PATHS) else "staffToken"
                assert operation["security"] == [{wanted: []}], (path, method)
            if path == "/api/v1/health":
                continue
            refusal = operation["responses"]["4XX"]["content"]
            assert list(refusal) == ["application/problem+json"]
            busy = operation["responses"]["503"]
            assert busy["headers"]["Retry-After"]["required"] is True
    heartbeat = document["paths"]["/api/v1/stations/heartbeat"]["post"]
    assert heartbeat["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/HeartbeatIn"}
    assert "HealthIn" in document["components"]["schemas"]
