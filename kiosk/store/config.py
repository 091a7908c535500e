"""Settings of the central store, declared once with their defaults and a sentence of help.

Values come from, in order of precedence: environment variables `KIOSK_<NAME>`, then the
configuration file (`KIOSK_CONFIG`, by default `store.toml` in the platform's configuration
folder for kiosk, written by `kiosk store init`), then the defaults below.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from platformdirs import user_config_dir, user_data_dir
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEVELOPMENT_SECRET = "development-only-secret-never-use-in-production"  # noqa: S105
MINIMUM_SECRET_LENGTH = 32


def default_config_path() -> Path:
    return Path(os.environ.get("KIOSK_CONFIG") or Path(user_config_dir("kiosk")) / "store.toml")


def default_database_url() -> str:
    return f"sqlite:///{Path(user_data_dir('kiosk')) / 'store.sqlite3'}"


class StoreSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KIOSK_", extra="forbid", frozen=True)

    environment: Literal["production", "development"] = Field(
        "production", description="development accepts a built-in secret; never use it for real")
    secret_key: SecretStr | None = Field(
        None, description="the store's secret: keys the code hashes and signs nothing else; "
        f"at least {MINIMUM_SECRET_LENGTH} characters, written by `kiosk store init`")
    database_url: str = Field(
        default_factory=default_database_url,
        description="SQLAlchemy URL: a SQLite file by default, postgresql+psycopg://… for many "
        "sites")
    host: str = Field("127.0.0.1", description="address `kiosk store serve` listens on")
    port: int = Field(8420, ge=1, le=65535, description="port `kiosk store serve` listens on")
    access_log: bool = Field(
        default=True,
        description="log one line per request (method, path, status: never a body)")
    database_wait_seconds: float = Field(
        3, gt=0, le=60, description="how long a request waits for the database (its turn to "
        "write, another program's lock) before the store answers 503 \"try again later\"")
    retention_days: int = Field(
        396, ge=1, description="raw usage events older than this are deleted by the daily "
        "purge (their figures stay), unless the site sets its own (13 months by default)")
    purge_check_seconds: int = Field(
        3600, ge=1, description="how often the store looks whether its daily purge is due")
    purge_first_seconds: int = Field(
        60, ge=0, description="how long after it starts the store first looks (it settles "
        "first: stations reconnecting come before old events)")
    staff_token_hours: int = Field(
        12, ge=1, le=24 * 30, description="how long a staff log-in stays valid")
    enrol_token_hours: int = Field(
        72, ge=1, description="how long a station enrolment token can be used")
    station_offline_seconds: int = Field(
        60, ge=10, description="a station silent for this long shows as offline on the board")
    free_code_attempts: int = Field(
        5, ge=1, description="failed code entries allowed per station before "
        "delays start (they double with each further failure)")
    site_code_attempts: int = Field(
        30, ge=1, description="failed code entries across a whole site that raise an alert on "
        "the reception's board (only the station where they are typed is slowed down)")
    free_login_attempts: int = Field(
        5, ge=1, description="failed staff log-ins allowed per account before delays start")
    max_delay_seconds: int = Field(
        900, ge=1, description="the longest delay a rate limit imposes")
    attempt_window_seconds: int = Field(
        900, ge=60, description="failures older than this are forgotten by the rate limits")
    offline_hash_iterations: int = Field(
        200_000, ge=1000, description="PBKDF2 rounds of the code hashes sent to stations for "
        "offline opening; they make guessing codes from a stolen station slow")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        path = default_config_path()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if path.is_file():
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)

    @field_validator("secret_key")
    @classmethod
    def _long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < MINIMUM_SECRET_LENGTH:
            raise ValueError(f"must be at least {MINIMUM_SECRET_LENGTH} characters")
        return value

    @model_validator(mode="after")
    def _production_needs_a_real_secret(self) -> StoreSettings:
        secret = self.secret_key.get_secret_value() if self.secret_key else None
        if self.environment == "production" and secret in (None, DEVELOPMENT_SECRET):
            raise ValueError(
                "the store has no secret key: run `kiosk store init`, or set KIOSK_SECRET_KEY "
                f"(at least {MINIMUM_SECRET_LENGTH} random characters)")
        return self

    @property
    def secret(self) -> bytes:
        value = self.secret_key.get_secret_value() if self.secret_key else DEVELOPMENT_SECRET
        return value.encode("utf-8")
