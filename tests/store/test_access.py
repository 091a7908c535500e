"""Who may call what: tokens, roles, site scope, log-in limits, the audit log."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from kiosk.store.models import AuditEntry, RateLimit, StaffUser
from tests.store.conftest import PASSWORD, World

OPEN_ROUTES = {("POST", "/api/v1/auth/login"), ("POST", "/api/v1/stations/enrol"),
               ("GET", "/api/v1/health")}
STATION_ROUTES = {"/api/v1/stations/heartbeat", "/api/v1/sessions", "/api/v1/events",
                  "/api/v1/stations/help", "/api/v1/stations/policy"}


def routes(world: World) -> list[tuple[str, str]]:
    """Every operation of the API, from its own OpenAPI document."""
    document = world.client.get("/api/v1/openapi.json").json()
    return sorted((method.upper(), re.sub(r"\{[a-z_]+\}", "1", path))
                  for path, operations in document["paths"].items() for method in operations)


def call(world: World, method: str, path: str, headers: dict[str, str]) -> int:
    response = world.client.request(method, path, headers=headers,
                                    json={} if method == "POST" else None)
    return response.status_code


def test_every_endpoint_refuses_a_missing_or_wrong_token(world: World) -> None:
    checked = 0
    for method, path in routes(world):
        if (method, path) in OPEN_ROUTES:
            continue
        for headers in ({}, {"Authorization": "Bearer sf_not-a-real-token"},
                        {"Authorization": "Basic YWRtaW46YWRtaW4="}):
            response = world.client.request(method, path, headers=headers,
                                            json={} if method == "POST" else None)
            assert response.status_code == 401, (method, path, response.text)
            assert response.json()["code"] == "unauthenticated"
            assert response.headers["WWW-Authenticate"] == "Bearer"
        checked += 1
    assert checked >= 15


def test_station_tokens_do_not_open_staff_endpoints_and_back(world: World) -> None:
    for method, path in routes(world):
        if (method, path) in OPEN_ROUTES:
            continue
        is_station_route = path in STATION_ROUTES or path.startswith("/api/v1/sessions/")
        wrong = "accueil" if is_station_route else "poste-1"
        assert call(world, method, path, world.headers(wrong)) == 401, (method, path, wrong)


def test_coordinators_read_but_do_not_issue(world: World) -> None:
    assert world.get("/board", "coordination").status_code == 200
    assert world.get("/codes", "coordination").status_code == 200
    for path, body in (("/codes", {"minutes": 30}), ("/turned-away", {}),
                       ("/codes/lookup", {"code": "K7M2-9QHX-T"})):
        response = world.post(path, "coordination", **body)
        assert response.status_code == 403
        assert response.json()["code"] == "forbidden"
        assert "ne permet pas" in response.json()["detail"]


def test_staff_see_only_their_site(world: World) -> None:
    ours = world.issue()
    code_id = ours["details"]["id"]
    for path in (f"/codes/{code_id}", "/codes", "/board", "/turned-away"):
        response = world.get(path, "accueil-sud", site="centre-nord")
        assert response.status_code == 403, path
        assert response.json()["code"] == "forbidden-site"
    # Without naming the site, they get their own site's data, where the code is not.
    assert world.get(f"/codes/{code_id}", "accueil-sud").status_code == 404
    assert world.post(f"/codes/{code_id}/revoke", "accueil-sud").status_code == 404
    assert world.post("/codes/lookup", "accueil-sud", code=ours["code"]).json()["code"] == \
        "code-unknown"
    board = world.get("/board", "accueil-sud").json()
    assert [s["name"] for s in board["stations"]] == ["poste-sud"]
    station_id = world.get("/board", "accueil").json()["stations"][0]["id"]
    refused = world.post(f"/stations/{station_id}/commands", "accueil-sud", kind="message",
                         text="Bonjour")
    assert refused.status_code == 404


def test_admins_name_the_site(world: World) -> None:
    missing = world.get("/board", "admin")
    assert missing.status_code == 422
    assert missing.json()["code"] == "site-required"
    assert world.get("/board", "admin", site="centre-sud").status_code == 200
    assert world.get("/board", "admin", site="nowhere").json()["code"] == "site-unknown"


def test_login_failures_are_slowed_down(world: World) -> None:
    statuses = []
    for _ in range(7):
        response = world.client.post("/api/v1/auth/login",
                                     json={"login": "accueil", "password": "wrong password"})
        statuses.append(response.status_code)
    assert statuses == [401] * 6 + [429]
    blocked = world.client.post("/api/v1/auth/login",
                                json={"login": "accueil", "password": PASSWORD})
    assert blocked.status_code == 429
    world.clock.advance(seconds=2)
    assert world.client.post("/api/v1/auth/login",
                             json={"login": "ACCUEIL ", "password": PASSWORD}).status_code == 200


def test_what_was_typed_at_a_failed_log_in_is_not_kept_in_clear(world: World) -> None:
    for login in ("marie.dupont@mairie.example", "accueil"):
        world.client.post("/api/v1/auth/login", json={"login": login, "password": "wrong"})
    world.db.expire_all()
    keys = list(world.db.scalars(select(RateLimit.key)))
    world.db.rollback()
    assert len(keys) == 3  # two accounts, one client
    assert not [key for key in keys if "dupont" in key or "accueil" in key or "testclient" in key]
    assert {key.split(":")[0] for key in keys} == {"login", "login-from"}


def test_unknown_logins_answer_like_wrong_passwords(world: World) -> None:
    unknown = world.client.post("/api/v1/auth/login",
                                json={"login": "nobody", "password": PASSWORD})
    wrong = world.client.post("/api/v1/auth/login",
                              json={"login": "accueil", "password": "not it at all"})
    assert unknown.status_code == wrong.status_code == 401
    assert unknown.json() == wrong.json()


def test_tokens_expire_and_log_out(world: World) -> None:
    assert world.post("/auth/logout", "coordination").status_code == 204
    assert world.get("/board", "coordination").status_code == 401
    world.clock.advance(hours=13)
    assert world.get("/board", "accueil").status_code == 401


def test_disabled_accounts_are_locked_out(world: World) -> None:
    from kiosk.store.services import staff  # noqa: PLC0415

    assert staff.disable_user(world.db, login="accueil", now=world.clock())
    world.db.commit()
    assert world.get("/board", "accueil").status_code == 401
    assert world.client.post("/api/v1/auth/login", json={
        "login": "accueil", "password": PASSWORD}).status_code == 401


def test_staff_actions_are_audited_without_secrets(world: World) -> None:
    issued = world.issue(count=2)
    world.post(f"/codes/{issued['details']['id']}/revoke", "accueil")
    world.post("/turned-away", "accueil")
    entries = world.db.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    actions = [e.action for e in entries]
    assert {"code.issue", "code.revoke", "turned_away.add", "auth.login"} <= set(actions)
    user = world.db.scalar(select(StaffUser).where(StaffUser.login == "accueil"))
    assert user is not None
    issue = next(e for e in entries if e.action == "code.issue")
    assert issue.user_id == user.id
    assert issue.detail["count"] == 2
    text = " ".join(f"{e.target} {e.detail}" for e in entries)
    assert issued["code"] not in text
    assert issued["code"].replace("-", "") not in text
    world.db.rollback()


@pytest.mark.parametrize("body", [
    {"login": "", "password": "Sesame-123"},
    {"login": "a", "password": "Sesame-123", "extra": 1},
    {"login": "a"},
    {"login": "a" * 101, "password": "Sesame-123"},
    {"login": "ac\x00cueil", "password": "Sesame-123"},  # found by the fuzzer on PostgreSQL
])
def test_bad_login_bodies_are_problems_in_french(world: World, body: dict[str, object]) -> None:
    response = world.client.post("/api/v1/auth/login", json=body)
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "invalid-request"
    assert problem["detail"] == "La demande est incomplète ou mal formée."
    assert problem["errors"]
    assert "Sesame" not in response.text  # what was sent is never echoed


@pytest.mark.parametrize(("method", "path", "who"), [
    ("GET", "/api/v1/board?site=a%00b", "admin"),
    ("GET", "/api/v1/codes?site=centre%00nord", "admin"),
    ("POST", "/api/v1/sessions/a%00b/tick", "poste-1"),
    ("GET", "/api/v1/codes/1%00", "accueil"),
])
def test_a_nul_byte_in_a_path_or_query_is_a_clear_refusal(world: World, method: str, path: str,
                                                      who: str) -> None:
    """PostgreSQL cannot take a NUL byte in a text parameter: refused before any query."""
    response = world.client.request(method, path, headers=world.headers(who),
                                    json={"used_seconds": 60} if method == "POST" else None)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "invalid-request"


def test_a_method_not_allowed_says_which_are(world: World) -> None:
    response = world.client.delete("/api/v1/stations/heartbeat",
                                   headers=world.headers("poste-1"))
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert response.json()["code"] == "method-not-allowed"
