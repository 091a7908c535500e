"""`kiosk store …` as an administrator runs it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.testpolicy import CAF_POLICY

KIOSK = str(Path(sys.executable).parent / "kiosk")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    clean["KIOSK_CONFIG"] = str(tmp_path / "config" / "store.toml")
    clean["KIOSK_DATABASE_URL"] = f"sqlite:///{tmp_path / 'data' / 'store.sqlite3'}"
    return clean


def kiosk(env: dict[str, str], *args: str, stdin: str | None = None
          ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([KIOSK, "store", *args], env=env, input=stdin, capture_output=True,
                          text=True, check=False, timeout=120)


def test_first_set_up_and_administration(env: dict[str, str], tmp_path: Path) -> None:
    init = kiosk(env, "init", "--site", "centre-nord", "--site-name", "Centre social Nord")
    assert init.returncode == 0, init.stderr
    assert "administrator: admin" in init.stdout
    assert "password: " in init.stdout
    config = Path(env["KIOSK_CONFIG"])
    assert config.stat().st_mode & 0o777 == 0o600
    assert "secret_key" in config.read_text(encoding="utf-8")
    again = kiosk(env, "init")
    assert again.returncode == 0
    assert "already there" in again.stdout

    hours = tmp_path / "hours.toml"
    hours.write_text('[opening_hours]\ntimezone = "Europe/Paris"\nmonday = ["09:00-12:00"]\n'
                     "closed_dates = [2026-12-25]\n", encoding="utf-8")
    added = kiosk(env, "site", "add", "centre-sud", "--name", "Centre Sud", "--hours",
                  str(hours))
    assert added.returncode == 0, added.stderr
    assert kiosk(env, "site", "add", "centre-sud", "--name", "x").returncode == 2
    bad_hours = tmp_path / "bad.toml"
    bad_hours.write_text('monday = ["9h-12h"]\n', encoding="utf-8")
    refused = kiosk(env, "site", "add", "ouest", "--name", "Ouest", "--hours", str(bad_hours))
    assert refused.returncode == 2
    assert "is not an interval" in refused.stderr
    assert "Traceback" not in refused.stderr
    listed = kiosk(env, "site", "list")
    assert "centre-nord" in listed.stdout
    assert "centre-sud" in listed.stdout

    user = kiosk(env, "user", "add", "Accueil", "--role", "secretariat", "--site",
                 "centre-nord", "--password-stdin", stdin="un mot de passe long\n")
    assert user.returncode == 0, user.stderr
    short = kiosk(env, "user", "add", "x", "--role", "admin", "--password-stdin", stdin="a\n")
    assert short.returncode == 2
    assert "at least 10 characters" in short.stderr
    no_site = kiosk(env, "user", "add", "y", "--role", "secretariat", "--password-stdin",
                    stdin="un mot de passe long\n")
    assert "belongs to one site" in no_site.stderr
    duplicate = kiosk(env, "user", "add", "accueil", "--role", "admin", "--password-stdin",
                      stdin="un mot de passe long\n")
    assert "exists already" in duplicate.stderr
    assert kiosk(env, "user", "add", "z", "--role", "admin").returncode == 2  # no TTY
    users = kiosk(env, "user", "list").stdout
    assert "accueil" in users
    assert "secretariat" in users
    assert kiosk(env, "user", "disable", "accueil").returncode == 0
    assert "disabled" in kiosk(env, "user", "list").stdout
    assert kiosk(env, "user", "disable", "nobody").returncode == 2

    token = kiosk(env, "station", "enrol-token", "centre-nord", "poste-1")
    assert token.returncode == 0, token.stderr
    assert token.stdout.strip().startswith("en_")
    assert kiosk(env, "station", "enrol-token", "nowhere", "poste-1").returncode == 2

    purge = kiosk(env, "purge", "--retention-days", "30")
    assert purge.returncode == 0
    assert "deleted 0 events" in purge.stdout
    assert kiosk(env, "migrate").stdout.startswith("database schema at ")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_serve_answers_until_stopped(env: dict[str, str], workers: str) -> None:
    assert kiosk(env, "init").returncode == 0
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([KIOSK, "store", "serve", "--port", str(port), "--workers",
                               workers], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                assert time.monotonic() < deadline, "the store did not start"
                time.sleep(0.1)
        assert health.json()["status"] == "ok"
        assert "server" not in health.headers
        document = httpx.get(f"http://127.0.0.1:{port}/api/v1/openapi.json", timeout=5).json()
        assert "/api/v1/sessions" in document["paths"]
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_serve_refuses_an_unmigrated_database(env: dict[str, str], tmp_path: Path) -> None:
    env["KIOSK_SECRET_KEY"] = "k" * 40
    result = kiosk(env, "serve", "--database", f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert result.returncode == 2
    assert "run `kiosk store migrate`" in result.stderr


def test_serve_refuses_zero_workers(env: dict[str, str]) -> None:
    assert kiosk(env, "init").returncode == 0
    result = kiosk(env, "serve", "--workers", "0")
    assert result.returncode == 2
    assert "--workers must be at least 1" in result.stderr


def test_settings_problems_are_explained(env: dict[str, str]) -> None:
    result = kiosk(env, "serve")
    assert result.returncode == 2
    assert "run `kiosk store init`" in result.stderr
    env["KIOSK_SECRET_KEY"] = "k" * 40
    env["KIOSK_PORT"] = "eighty"
    result = kiosk(env, "migrate")
    assert result.returncode == 2
    assert "port" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreachable_database_is_explained(env: dict[str, str]) -> None:
    env["KIOSK_SECRET_KEY"] = "k" * 40
    result = kiosk(env, "migrate", "--database",
                   "postgresql+psycopg://nobody:nothing@127.0.0.1:9/none")
    assert result.returncode == 2
    assert "cannot use the database" in result.stderr
    assert "Traceback" not in result.stderr


def test_what_the_desk_offers_is_set_per_site(env: dict[str, str]) -> None:
    assert kiosk(env, "init", "--site", "centre-nord", "--site-name", "Centre social Nord"
                 ).returncode == 0
    done = kiosk(env, "site", "desk", "centre-nord", "--durations", "45,20",
                 "--print-pages", "2", "--hold-minutes", "3")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("desk at centre-nord: durations 20, 45 min, 2 pages to "
                                   "print, 5 to scan, tickets held 3 min, satisfaction "
                                   "question off")
    asking = kiosk(env, "site", "desk", "centre-nord", "--satisfaction-question", "on",
                   "--help-button", "off")
    assert asking.stdout.strip().endswith("satisfaction question on"), asking.stderr
    wrong = kiosk(env, "site", "desk", "centre-nord", "--durations", "trente")
    assert wrong.returncode == 2
    assert "minutes separated by commas" in wrong.stderr
    assert kiosk(env, "site", "desk", "nulle-part", "--print-pages", "1").returncode == 2
    too_long = kiosk(env, "site", "desk", "centre-nord", "--hold-minutes", "0")
    assert too_long.returncode == 2
    assert "hold minutes" in too_long.stderr


def test_publish_a_policy_from_the_command_line(env: dict[str, str], tmp_path: Path) -> None:
    assert kiosk(env, "init", "--site", "centre-nord", "--site-name", "Centre social Nord"
                 ).returncode == 0
    good = tmp_path / "nord.toml"
    good.write_text(CAF_POLICY, encoding="utf-8")
    done = kiosk(env, "policy", "publish", "centre-nord", str(good), "--note", "la CAF")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("centre-nord: version 1 published (")
    broken = tmp_path / "broken.toml"
    broken.write_text(CAF_POLICY.replace('title = "CAF"', "title = 3"), encoding="utf-8")
    refused = kiosk(env, "policy", "publish", "centre-nord", str(broken))
    assert refused.returncode == 2
    assert f"error: {broken}:7: site \"caf\": \"title\"" in refused.stderr
    assert "nothing was published" in refused.stderr
    assert "Traceback" not in refused.stderr
    good.write_text(CAF_POLICY + "\n# with a comment\n", encoding="utf-8")
    assert kiosk(env, "policy", "publish", "centre-nord", str(good)).returncode == 0
    listed = kiosk(env, "policy", "list", "centre-nord").stdout.splitlines()
    assert [line.split()[0] for line in listed] == ["2", "1"]
    assert "published" in listed[0]
    assert listed[1].endswith("la CAF")
    back = kiosk(env, "policy", "use", "centre-nord", "1")
    assert back.returncode == 0, back.stderr
    assert "published" in kiosk(env, "policy", "list", "centre-nord").stdout.splitlines()[1]
    assert kiosk(env, "policy", "show", "centre-nord").stdout == CAF_POLICY
    missing = kiosk(env, "policy", "use", "centre-nord", "7")
    assert missing.returncode == 2
    assert "has no version 7" in missing.stderr
    assert kiosk(env, "policy", "list", "nulle-part").returncode == 2


def test_init_leaves_a_complete_configuration_as_it_is(env: dict[str, str],
                                                       tmp_path: Path) -> None:
    """The packages write the configuration (root's, readable by the store's group): the
    administrator's `kiosk store init` adds the first place and account without touching
    it."""
    config = Path(env["KIOSK_CONFIG"])
    config.parent.mkdir()
    written = (f'secret_key = "{"k" * 48}"\n'
               f'database_url = "{env.pop("KIOSK_DATABASE_URL")}"\nport = 8420\n')
    config.write_text(written, encoding="utf-8")
    config.chmod(0o440)
    init = kiosk(env, "init", "--site", "centre-nord", "--site-name", "Centre social Nord")
    assert init.returncode == 0, init.stderr
    assert config.read_text(encoding="utf-8") == written
    assert config.stat().st_mode & 0o777 == 0o440
    # A configuration it must change but cannot write is said plainly.
    config.write_text('database_url = "sqlite:///elsewhere.sqlite3"\n', encoding="utf-8")
    config.chmod(0o444)
    config.parent.chmod(0o555)
    # Root writes past modes: an immutable file stops it as a read-only mount would.
    as_root = os.geteuid() == 0
    if as_root and subprocess.run(["chattr", "+i", str(config)], check=False).returncode:
        config.parent.chmod(0o755)
        pytest.skip("root, on a file system without immutable files")
    try:
        refused = kiosk({**env, "KIOSK_DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"},
                        "init")
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(config)], check=True)
        config.parent.chmod(0o755)
    assert refused.returncode == 2
    assert f"cannot write {config}" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert config.read_text(encoding="utf-8") == 'database_url = "sqlite:///elsewhere.sqlite3"\n'
