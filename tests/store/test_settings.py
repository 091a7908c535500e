"""The store's settings refuse to run in production without a real secret."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from kiosk.store.config import DEVELOPMENT_SECRET, StoreSettings


def test_production_needs_a_secret() -> None:
    with pytest.raises(ValidationError, match="kiosk store init"):
        StoreSettings()
    with pytest.raises(ValidationError, match="kiosk store init"):
        StoreSettings(secret_key=DEVELOPMENT_SECRET)
    with pytest.raises(ValidationError, match="at least 32"):
        StoreSettings(secret_key="short")


def test_development_runs_on_the_builtin_secret() -> None:
    settings = StoreSettings(environment="development")
    assert settings.secret == DEVELOPMENT_SECRET.encode()


def test_environment_and_file_are_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "store.toml"
    config.write_text('secret_key = "' + "f" * 40 + '"\nport = 9000\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    monkeypatch.setenv("KIOSK_PORT", "9100")
    settings = StoreSettings()
    assert settings.secret == b"f" * 40
    assert settings.port == 9100  # the environment wins over the file
    assert settings.database_url.startswith("sqlite:///")


def test_unknown_settings_are_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "store.toml"
    config.write_text('secret_key = "' + "f" * 40 + '"\nprot = 9000\n', encoding="utf-8")
    monkeypatch.setenv("KIOSK_CONFIG", str(config))
    with pytest.raises(ValidationError, match="prot"):
        StoreSettings()


def test_every_setting_is_documented() -> None:
    for name, field in StoreSettings.model_fields.items():
        assert field.description, name
