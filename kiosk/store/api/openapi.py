"""The OpenAPI document, saying what the store really answers.

The framework's document knows the success bodies; it does not know that every refusal is an
`application/problem+json` problem (its own 422 description is replaced), which token each
operation wants, or that a busy database answers 503 with `Retry-After`. Each route declares
who may call it (`**for_stations()`, `**for_staff()` or nothing, for public ones); this
module writes the rest.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from kiosk.store import schemas


def for_stations(**extra: Any) -> dict[str, Any]:  # noqa: ANN401 - OpenAPI fragments
    """What a route called by stations adds to its decorator."""
    return {"openapi_extra": {"security": [{"stationToken": []}], **extra}}


def for_staff(**extra: Any) -> dict[str, Any]:  # noqa: ANN401 - OpenAPI fragments
    """What a route called by staff adds to its decorator."""
    return {"openapi_extra": {"security": [{"staffToken": []}], **extra}}


SECURITY_SCHEMES = {
    "stationToken": {"type": "http", "scheme": "bearer", "bearerFormat": "st_…",
                     "description": "a station's token, given once at enrolment"},
    "staffToken": {"type": "http", "scheme": "bearer", "bearerFormat": "sf_…",
                   "description": "a staff member's token, from POST /auth/login"},
}
# Bodies that routes read themselves (see the heartbeat), described here.
SELF_READ_BODIES = (schemas.HeartbeatIn,)
PROBLEM = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
RETRY_AFTER = {"description": "seconds to wait before trying again",
               "schema": {"type": "integer", "minimum": 1}}


def install(app: FastAPI) -> None:
    def document() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _document(app)
        return app.openapi_schema

    app.openapi = document  # type: ignore[method-assign]


def _document(app: FastAPI) -> dict[str, Any]:
    document = get_openapi(title=app.title, version=app.version, description=app.description,
                           routes=app.routes)
    components = document.setdefault("components", {})
    found = components.setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        found.pop(name, None)
    for model in (schemas.Problem, *SELF_READ_BODIES):
        described = model.model_json_schema(ref_template="#/components/schemas/{model}")
        found.update(described.pop("$defs", {}))
        found[model.__name__] = described
    components["securitySchemes"] = SECURITY_SCHEMES
    for path, operations in document["paths"].items():
        for operation in operations.values():
            _describe_refusals(path, operation)
    return document


def _describe_refusals(path: str, operation: dict[str, Any]) -> None:
    responses: dict[str, Any] = operation["responses"]
    responses.pop("422", None)  # the framework's shape; ours is a problem, below
    if path.endswith("/health"):
        return  # answered by the process itself, whatever the database does
    responses["4XX"] = {"description": "refused: the problem says why (`code`) in French "
                        "for people (`detail`); 429 comes with Retry-After",
                        "content": PROBLEM}
    responses["503"] = {"description": "the database is busy, full or unreachable: try again "
                        "after Retry-After seconds", "content": PROBLEM,
                        "headers": {"Retry-After": {**RETRY_AFTER, "required": True}}}
