"""`kiosk policy check|show`, run as a person runs them."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.cli import policy as policy_cli

KIOSK = [str(Path(sys.executable).parent / "kiosk")]
REPO = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str | bytes | None = None, cwd: Path = REPO
        ) -> subprocess.CompletedProcess[str]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    result = subprocess.run([*KIOSK, *args], input=data, capture_output=True, cwd=cwd,
                            check=False, timeout=60)
    return subprocess.CompletedProcess(result.args, result.returncode,
                                       result.stdout.decode(), result.stderr.decode())


def test_check_prints_one_line_per_url_in_order() -> None:
    result = run("policy", "check", "https://www.caf.fr/", "https://www.caf.fr.evil.example/",
                 "about:blank", "file:///etc/passwd")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "allow\tcaf\thttps://www.caf.fr/",
        "deny\tnot-whitelisted\thttps://www.caf.fr.evil.example/",
        "allow\t-\tabout:blank",
        "deny\tscheme-not-allowed\tfile:///etc/passwd",
    ]
    assert result.stderr == ""


def test_urls_may_follow_a_double_dash() -> None:
    result = run("policy", "check", "--", "-not-an-option", "https://www.ameli.fr/")
    assert result.stdout.splitlines() == ["deny\tnot-absolute\t-not-an-option",
                                          "allow\tameli\thttps://www.ameli.fr/"]


def test_urls_are_read_from_standard_input_when_none_are_given() -> None:
    stdin = "https://www.impots.gouv.fr/\n\n  \nhttp://www.impots.gouv.fr/\r\nnot a url\n"
    result = run("policy", "check", stdin=stdin)
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "allow\timpots\thttps://www.impots.gouv.fr/",
        "deny\tnot-whitelisted\thttp://www.impots.gouv.fr/",
        "deny\tnot-absolute\tnot a url",
    ]


def test_garbage_on_standard_input_is_decided_not_crashed_on() -> None:
    result = run("policy", "check", stdin=b"https://www.caf.fr/\xff\xfe\nhttps://a\tb.fr/\x01\n")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "allow\tcaf\thttps://www.caf.fr/\ufffd\ufffd"
    assert lines[1] == "deny\tnot-whitelisted\thttps://a%09b.fr/%01"


def test_subresource_mode() -> None:
    policy = REPO / "policies" / "default.toml"
    nav = run("policy", "check", "--policy", str(policy), "https://api.piste.gouv.fr/x")
    sub = run("policy", "check", "--policy", str(policy), "--subresource",
              "https://api.piste.gouv.fr/x")
    assert nav.stdout == "deny\tresource-only\thttps://api.piste.gouv.fr/x\n"
    assert sub.stdout == "allow\tants\thttps://api.piste.gouv.fr/x\n"


def test_a_bad_policy_exits_2_with_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(textwrap.dedent("""\
        [policy]
        name = "Bad"

        [[site]]
        id = "caf"
        title = "CAF"
        home = "https://evil.example/"
        allow = ["*.fr", "caf.fr"]
        """), encoding="utf-8")
    result = run("policy", "check", "--policy", str(bad), "https://caf.fr/")
    assert result.returncode == 2
    assert result.stdout == ""
    assert f'error: {bad}:4: site "caf": "description" is missing' in result.stderr
    assert f'error: {bad}:8: site "caf": allow entry "*.fr"' in result.stderr
    assert "the policy has 2 problems; nothing was checked" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_policy_exits_2(tmp_path: Path) -> None:
    result = run("policy", "check", "--policy", str(tmp_path / "nope.toml"), "https://caf.fr/")
    assert result.returncode == 2
    assert "cannot read the file" in result.stderr
    assert "1 problem;" in result.stderr


def test_the_default_policy_is_found_outside_the_checkout(tmp_path: Path) -> None:
    result = run("policy", "check", "https://www.caf.fr/", cwd=tmp_path)
    assert result.stdout == "allow\tcaf\thttps://www.caf.fr/\n"


def test_show_lists_the_sites() -> None:
    result = run("policy", "show")
    assert result.returncode == 0
    assert "Policy: Démarches administratives" in result.stdout
    assert "caf" in result.stdout
    assert "home: https://www.caf.fr/" in result.stdout
    assert "Opening hours: none set in the policy" in result.stdout


def test_show_prints_opening_hours(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "centre.toml"
    policy.write_text(textwrap.dedent("""\
        [policy]
        name = "Centre"
        [opening_hours]
        timezone = "Europe/Paris"
        monday = ["09:00-12:00", "13:30-18:00"]
        [[site]]
        id = "caf"
        title = "CAF"
        description = "x"
        home = "https://www.caf.fr/"
        allow = ["*.caf.fr"]
        resources = ["cdn.example"]
        """), encoding="utf-8")
    assert main(["policy", "show", "--policy", str(policy)]) == 0
    out = capsys.readouterr().out
    assert "monday    09:00-12:00, 13:30-18:00" in out
    assert "sunday    closed" in out
    assert "resources: cdn.example" in out


def test_bad_show_policy_exits_2(tmp_path: Path) -> None:
    assert main(["policy", "show", "--policy", str(tmp_path / "x.toml")]) == 2


def test_usage_errors_exit_2() -> None:
    result = run("policy")
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert run("policy", "check", "--bogus").returncode == 2


def test_in_process_check_reads_stdin(monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("https://www.msa.fr/\n"))
    assert main(["policy", "check"]) == 0
    assert capsys.readouterr().out == "allow\tmsa\thttps://www.msa.fr/\n"


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("kiosk ")


def test_unexpected_errors_are_reported_without_a_traceback(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def broken(path: object) -> object:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(policy_cli, "load_policy", broken)
    monkeypatch.delenv("KIOSK_DEBUG", raising=False)
    assert main(["policy", "check", "https://x.fr/"]) == 70
    err = capsys.readouterr().err
    assert "kiosk: unexpected error: RuntimeError: disk on fire" in err
    assert "Traceback" not in err
    monkeypatch.setenv("KIOSK_DEBUG", "1")
    with pytest.raises(RuntimeError):
        main(["policy", "check", "https://x.fr/"])


def test_a_closed_pipe_ends_quietly() -> None:
    urls = "\n".join(f"https://www.caf.fr/{i}" for i in range(200_000))
    pipeline = subprocess.run(
        f"{KIOSK[0]} policy check | head -n 1", shell=True, input=urls.encode(),
        capture_output=True, cwd=REPO, check=False, timeout=120)
    assert pipeline.stdout == b"allow\tcaf\thttps://www.caf.fr/0\n"
    assert b"Traceback" not in pipeline.stderr
