"""`kiosk bench policy` prints its table and, with --json, one JSON object last.

Only the shape of the output is checked here: speed targets are for the benchmark itself.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.cli import main


def test_policy_benchmark_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "policy", "--count", "3000", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("kiosk bench policy: 3000 decisions")
    assert any(line.startswith("median_us") for line in lines)
    result = json.loads(lines[-1])
    assert result["count"] == 3000
    assert 0 < result["median_us"] <= result["p99_us"]
    assert isinstance(result["targets_met"], bool)


def test_policy_benchmark_without_json_ends_with_the_verdict(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "policy", "--count", "10"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("targets ")


def test_bad_arguments(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for count in ("0", "many"):
        with pytest.raises(SystemExit) as caught:
            main(["bench", "policy", "--count", count])
        assert caught.value.code == 2
    assert main(["bench", "policy", "--policy", str(tmp_path / "none.toml")]) == 2
    assert "cannot read the file" in capsys.readouterr().err
    for rate in ("0", "-1", "fast", "1000"):
        with pytest.raises(SystemExit) as caught:
            main(["bench", "store", "--rate", rate])
        assert caught.value.code == 2
    assert "--rate" in capsys.readouterr().err


def test_store_benchmark_json(capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_TEST_DATABASE_URL", raising=False)
    assert main(["bench", "store", "--stations", "3", "--seconds", "2", "--real-stations",
                 "40", "--rate", "2", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("kiosk bench store: closed loop 3 stations, open loop 40 "
                               "stations x 2 heartbeat/s")
    result = json.loads(lines[-1])
    assert set(result) == {"sqlite", "postgresql", "baseline_highest_rps", "targets_met"}
    assert result["postgresql"] is None
    sqlite = result["sqlite"]
    assert {"heartbeat_rps", "heartbeat_ratio", "real_p50_ms", "real_p99_ms",
            "highest_rps_p99_50ms", "open_p99_ms", "errors"} <= set(sqlite)
    assert sqlite["errors"] == 0
    assert sqlite["heartbeat_rps"] > 0
    assert sqlite["real_rps"] > 0
    assert sqlite["highest_rps_p99_50ms"] >= sqlite["real_rps"] * 0.9
    assert sqlite["baseline_rps"] > 0
    assert sqlite["heartbeat_ratio"] == round(sqlite["heartbeat_rps"] / sqlite["baseline_rps"], 3)
    assert result["baseline_highest_rps"] > 0


def test_shell_benchmark_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "shell", "--runs", "1", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("kiosk bench shell: offscreen, 1 fresh start")
    result = json.loads(lines[-1])
    for key in ("cold_start_s", "code_to_tiles_ms", "end_to_locked_s", "idle_pss_mb",
                "page_pss_mb"):
        assert result[key] > 0
    assert result["wipe_verified"] is True
    chromium = result["chromium"]
    if chromium is not None:  # Debian's Chromium is not required by the tests
        assert set(chromium) == {"cold_start_s", "idle_pss_mb", "page_pss_mb"}


def test_dashboard_benchmark_json(capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_TEST_DATABASE_URL", raising=False)
    assert main(["bench", "dashboard", "--events", "3000", "--sites", "2", "--stations", "3",
                 "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("kiosk bench dashboard: ")
    assert lines[-2].startswith("targets ")
    result = json.loads(lines[-1])
    assert 2500 <= result["events"] <= 3500  # about what was asked
    timings = {key for key in result if key.endswith("_ms")}
    assert {"overview_year_ms", "report_year_ms", "stations_ms", "refused_ms", "audit_ms",
            "export_daily_ods_ms", "export_sessions_month_xlsx_ms",
            "baseline_ms"} <= timings
    assert all(result[key] > 0 for key in timings)
    assert not any(key.startswith("postgresql_") for key in result)
    assert isinstance(result["targets_met"], bool)
